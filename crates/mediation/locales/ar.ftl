nav-mediation = الوساطة بين الجيران

## Public pages

mediation-title = الوساطة بين الجيران
mediation-intro-lead = هل لديك خلاف مع جيرانك أو يزعجونك؟ يساعدكم متطوعان مدرَّبان على إيجاد حل معًا.
mediation-intro-what = الوساطة بين الجيران مجانية. الوسطاء لا ينحازون لأي طرف. يساعدونكم على الحديث والاستماع. وأنتم تجدون الحل بأنفسكم.
mediation-intro-how-heading = كيف تتم؟
mediation-intro-step-1 = تطلب المساعدة عبر الاستمارة. يمكنك أيضًا أن تأتي عن طريق الشرطة أو مؤسسة الإسكان أو المدرسة أو فريق المنطقة (wijkteam).
mediation-intro-step-2 = خلال خمسة أيام عمل نتواصل معك لإجراء محادثة أولى.
mediation-intro-step-3 = يتحدث وسيطان أولًا معك ثم مع جيرانك.
mediation-intro-step-4 = إذا وافق الجميع، تتحدثون معًا في مكان هادئ. ونكتب الاتفاقات.
mediation-privacy-heading = ماذا نفعل ببياناتك؟
mediation-privacy-text = لا يقرأ بياناتك إلا المنسق والوسيطان. نحفظها مشفرة. ونحذفها بعد سنتين من انتهاء الوساطة.
mediation-privacy-link = اقرأ بيان الخصوصية
mediation-start = اطلب المساعدة
mediation-figures-link = اطلع على أرقام الوساطة بين الجيران
mediation-back = العودة إلى الوساطة بين الجيران

mediation-form-title = اطلب المساعدة في خلاف مع جيرانك
mediation-form-lead = املأ ما تعرفه. الحقول التي لا تحمل عبارة "غير إلزامي" مطلوبة.
mediation-q-requester = من يطلب المساعدة؟
mediation-requester-resident = أنا من السكان وأطلب المساعدة بنفسي
mediation-requester-professional = أعمل في مؤسسة وأسجّل أحد السكان
mediation-q-referrer = لموظفي المؤسسات
mediation-q-referrer-hint = املأ هذا فقط إذا كنت تسجّل أحد السكان. يجب أن يوافق على ذلك.
mediation-q-referrer-type = نوع المؤسسة
mediation-q-referrer-org = اسم مؤسستك
mediation-q-consent = الشخص من السكان موافق على أن أسجّله
mediation-q-updates = أريد رسالة قصيرة عندما تبدأ الوساطة وعندما تنتهي
mediation-q-referrer-email = بريدك الإلكتروني لهذه الرسالة
mediation-q-referrer-email-hint = لا تحتوي الرسالة أبدًا على اسم أو على ما حدث.
mediation-q-you = الشخص من السكان الذي يطلب المساعدة
mediation-q-name = الاسم
mediation-q-street = الشارع
mediation-q-house-number = رقم البيت (غير إلزامي)
mediation-q-phone = رقم الهاتف
mediation-q-contact-hint = اكتب رقم هاتف أو عنوان بريد إلكتروني.
mediation-q-email = البريد الإلكتروني
mediation-q-language = لغة المحادثات (غير إلزامي)
mediation-q-language-hint = مثلًا الهولندية أو التركية أو العربية.
mediation-q-interpreter = نحتاج إلى مترجم
mediation-q-other = الجيران الذين معهم الخلاف
mediation-q-other-hint = غير إلزامي. هل تعرف اسمهم أو عنوانهم؟ عندها نستطيع المساعدة بشكل أسرع.
mediation-q-other-name = اسم الجيران
mediation-q-conflict = الخلاف
mediation-q-topic = عن ماذا يدور الخلاف؟
mediation-q-buurt = الحي
mediation-buurt-unknown = لا أعرف
mediation-q-description = ما الذي يحدث؟
mediation-q-description-hint = اذكر باختصار ما يحدث ومنذ متى.
mediation-q-urgency = ما مدى سرعة الحاجة إلى المساعدة؟
mediation-urgency-normal = عادي
mediation-urgency-urgent = بسرعة، الوضع يزداد سوءًا
mediation-choose = اختر
mediation-send = إرسال

mediation-thanks-title = استلمنا طلبك
mediation-thanks-text = شكرًا لك. سنتواصل معك في موعد أقصاه { $date }.

mediation-topic-noise = الضجيج
mediation-topic-garden = البيت أو الحديقة
mediation-topic-children = الأطفال
mediation-topic-pets = الحيوانات الأليفة
mediation-topic-parking = ركن السيارات
mediation-topic-intimidation = التهديد أو التنمر
mediation-topic-pollution = القمامة أو الروائح
mediation-topic-treatment = سوء المعاملة أو التمييز
mediation-topic-other = شيء آخر

mediation-referrer-self = الشخص من السكان نفسه
mediation-referrer-police = الشرطة
mediation-referrer-housing = مؤسسة الإسكان
mediation-referrer-municipality = البلدية
mediation-referrer-school = المدرسة
mediation-referrer-meldpunt = مكتب البلاغات
mediation-referrer-wijkteam = فريق المنطقة (wijkteam)

## Errors

mediation-error-requester = اختر من يطلب المساعدة.
mediation-error-referrer-type = اختر نوع المؤسسة.
mediation-error-referrer-org = اكتب اسم مؤسستك.
mediation-error-consent = لا يجوز لك تسجيل أحد السكان إلا بموافقته. ضع علامة إذا كان موافقًا.
mediation-error-email = اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.nl.
mediation-error-name = اكتب اسمًا.
mediation-error-street = اكتب الشارع.
mediation-error-contact = اكتب رقم هاتف أو عنوان بريد إلكتروني.
mediation-error-topic = اختر موضوع الخلاف.
mediation-error-buurt = اختر حيًا من القائمة.
mediation-error-description = اذكر في كلمات قليلة ما الذي يحدث.
mediation-error-urgency = اختر مدى سرعة الحاجة إلى المساعدة.
mediation-error-step-order = هذه الخطوة غير ممكنة بعد. قم أولًا بالخطوة التي تسبقها.
mediation-error-decide-first = اختر أولًا ما إذا كانت الوساطة مناسبة.
mediation-error-date = اكتب تاريخًا.
mediation-error-date-future = هذا التاريخ في المستقبل.
mediation-error-date-order = هذا التاريخ قبل الخطوة السابقة.
mediation-error-suitable = اختر ما إذا كانت الوساطة مناسبة.
mediation-error-reason = اختر سببًا.
mediation-error-referral = اكتب الجهة التي تحيل السكان إليها.
mediation-error-mediator = اختر وسيطًا من القائمة.
mediation-error-untrained = ليس لدى هذا الوسيط شهادة تدريب سارية.
mediation-error-same-street = يسكن هذا الوسيط في نفس شارع أحد الجيران.
mediation-error-same-mediator = اختر وسيطين مختلفين.
mediation-error-agrees = اختر ما إذا كان الجيران يشاركون.
mediation-error-venue = اختر مكانًا من القائمة.
mediation-error-agreements = اكتب الاتفاقات.
mediation-error-aftercare-early = المتابعة تكون بعد الاتفاقات بأسبوعين على الأقل.
mediation-error-outcome = اختر نتيجة.
mediation-error-outcome-too-early = هذه النتيجة ممكنة فقط بعد المحادثة مع الطرف الأول.
mediation-error-outcome-refused = لم يشارك الجيران. اختر نتيجة أخرى.
mediation-error-stale = غيّر شخص آخر هذا الملف للتو. انظر إلى ما هو مكتوب الآن وأعد خطوتك.
mediation-error-contact-kind = اختر نوع التواصل.
mediation-error-case-closed = هذا الملف مغلق. لم يعد بإمكانك إضافة تواصل.

## Figures

mediation-figures-title = أرقام الوساطة بين الجيران
mediation-figures-lead = كم عدد الوساطات، وعن ماذا كانت، وكيف انتهت. لا نعرض الأعداد الأقل من { $threshold }.
mediation-figures-none = لا توجد أرقام بعد.
mediation-figures-total = الطلبات
mediation-figures-solved = تم الحل (كليًا أو جزئيًا)
mediation-figures-days-intake = الأيام حتى المحادثة الأولى (الوسيط الإحصائي)
mediation-figures-days-close = الأيام حتى النهاية (الوسيط الإحصائي)
mediation-figures-too-few = أقل من أن تُعرض
mediation-figures-cases = العدد
mediation-figures-note = يظهر العدد الأقل من { $threshold } بالشكل "<{ $threshold }". وبالرمز "×" نخفي عددًا يمكن أن يُحسب منه عدد صغير.
mediation-dimension-topic = الموضوع
mediation-dimension-referrer = جهة التسجيل
mediation-dimension-outcome = النتيجة

## Case flow

mediation-case-title = الملف { $number }
mediation-number = الملف
mediation-stage-received = مسجَّل
mediation-stage-intake = تمت المحادثة الأولى
mediation-stage-suitable = مناسب للوساطة
mediation-stage-assigned = تم اختيار الوسيطين
mediation-stage-party1 = محادثة مع الطرف الأول
mediation-stage-party2 = تم سؤال الطرف الثاني
mediation-stage-joint = تم الحديث معًا
mediation-stage-agreements = تم وضع الاتفاقات
mediation-stage-aftercare = تمت المتابعة
mediation-stage-closed = مغلق
mediation-step-received = التسجيل
mediation-step-intake = المحادثة الأولى
mediation-step-decide = هل الوساطة مناسبة؟
mediation-step-assign = اختيار وسيطين
mediation-step-party1 = محادثة مع الطرف الأول
mediation-step-party2 = سؤال الطرف الثاني
mediation-step-joint = الحديث معًا
mediation-step-agreements = الاتفاقات
mediation-step-aftercare = المتابعة
mediation-step-close = الإغلاق
mediation-outcome = النتيجة
mediation-outcome-solved = تم الحل
mediation-outcome-partly-solved = تم الحل جزئيًا
mediation-outcome-not-solved = لم يُحل
mediation-outcome-referred = تمت الإحالة
mediation-outcome-stopped = توقفت
mediation-outcome-open = جارية
mediation-reason = السبب
mediation-reason-other-party-refused = الطرف الآخر لم يرغب
mediation-reason-no-reaction = الطرف الآخر لم يرد
mediation-reason-no-motivation = لم تعد هناك رغبة
mediation-reason-psychosocial = هناك حاجة إلى مساعدة أخرى، مثل الإدمان
mediation-reason-escalated = الخلاف تجاوز الحد
mediation-reason-not-suitable-business = غير مناسب: شركة
mediation-reason-not-suitable-violence = غير مناسب: عنف
mediation-reason-not-suitable-family = غير مناسب: عائلة
mediation-reason-not-suitable-legal = غير مناسب: توجد قضية في المحكمة
mediation-reason-moved = انتقل أحدهم إلى سكن آخر
mediation-reason-resolved-itself = انحل من تلقاء نفسه
mediation-reason-other = شيء آخر
mediation-decide-question = هل الوساطة مناسبة لهذا الخلاف؟
mediation-decide-suitable = نعم، الوساطة مناسبة
mediation-decide-not-suitable = لا، الوساطة غير مناسبة
mediation-referral = إلى أين تحيلهم؟
mediation-mediator-1 = الوسيط الأول
mediation-mediator-2 = الوسيط الثاني
mediation-party2-question = هل يشارك الطرف الثاني؟
mediation-party2-agrees = نعم، يشارك
mediation-party2-refuses = لا، لا يريد
mediation-venue = مكان هادئ للمحادثة
mediation-agreements-text = الاتفاقات
mediation-agreements-hint = يحصل الطرفان على هذا النص.
mediation-date = التاريخ
mediation-save-step = حفظ الخطوة
mediation-close-case = إغلاق الملف
mediation-next = الخطوة التالية
mediation-file-heading = الملف
mediation-file-stage = الحالة
mediation-file-intake-due = المحادثة الأولى في موعد أقصاه
mediation-file-mediators = الوسيطان
mediation-file-address = العنوان
mediation-file-interpreter = يحتاج إلى مترجم
mediation-file-deleted = حُذفت البيانات الشخصية بعد انتهاء مدة الحفظ.
mediation-timeline-heading = التسلسل الزمني
mediation-contacts-heading = التواصل
mediation-contacts-none = لا يوجد تواصل بعد.
mediation-contact-add = تسجيل تواصل
mediation-contact-kind = نوع التواصل
mediation-contact-note = ملاحظة (غير إلزامي)
mediation-contact-save = حفظ التواصل
mediation-contact-phone = الهاتف
mediation-contact-visit = زيارة منزلية
mediation-contact-talk = محادثة
mediation-contact-mail = بريد أو رسالة

## The mediators' own view

mediation-mine-title = وساطاتي
mediation-mine-lead = الملفات التي اختِرت لها، مع الخطوة التالية.
mediation-mine-none = ليست لديك ملفات بعد.

## The coordinator's pages

mediation-manage-title = ملفات الوساطة
mediation-manage-card-text = الطلبات والمحادثة الأولى واختيار الوسطاء وخطوات كل ملف.
mediation-manage-open = الملفات الجارية
mediation-manage-closed = أُغلقت مؤخرًا
mediation-manage-none = لا توجد ملفات.
mediation-manage-received = تاريخ التسجيل
mediation-manage-overdue = متأخر
mediation-manage-workload = الوسطاء وعملهم
mediation-manage-mediator = الوسيط
mediation-manage-certificate = الشهادة
mediation-manage-certified = مدرَّب
mediation-manage-not-certified = غير مدرَّب
mediation-manage-year = الملفات خلال 12 شهرًا
mediation-manage-silent = ملفات بلا تواصل (14 يومًا)
mediation-manage-busy = كثير
mediation-manage-no-mediators = لا يوجد وسطاء بعد.
mediation-manage-workload-note = يتولى الوسيط عادة من 6 إلى 8 ملفات في السنة.
mediation-manage-open-cases = { $count ->
    [zero] لا ملفات جارية
    [one] ملف جارٍ واحد
    [two] ملفان جاريان
    [few] { $count } ملفات جارية
    [many] { $count } ملفًا جاريًا
   *[other] { $count } ملف جارٍ
}
mediation-manage-mediators-title = الوسطاء
mediation-manage-street-heading = ليس في نفس الشارع
mediation-manage-street-text = لا يمكن اختيار وسيط يسكن في نفس شارع أحد الجيران. لا نحفظ الشارع بشكل مقروء، بل رمزًا فقط.
mediation-manage-same-street = تحقق مما إذا كان الوسيط يسكن في نفس الشارع
mediation-manage-street-of = شارع { $name }
mediation-manage-street-known = معروف
mediation-manage-save = حفظ
mediation-manage-saved = تم الحفظ.
mediation-manage-figures-title = أرقام الوساطة (بالضبط)
mediation-manage-figures-lead = كل الأعداد، الصغيرة أيضًا. ليست للنشر.
mediation-manage-on-time = المحادثة الأولى خلال 5 أيام عمل

mediation-csv-link = تنزيل الملخص السنوي { $year } (CSV)
mediation-csv-part = القسم
mediation-csv-item = البند
mediation-csv-overall = المجموع
mediation-csv-closed = المغلقة

mediation-school-title = التلاميذ الوسطاء في المدرسة
mediation-school-card-text = اكتب لكل شهر عدد التلاميذ الذين تدربوا وعدد الوساطات.
mediation-school-lead = أعداد فقط. لا تكتب أبدًا اسم طفل أو ما حدث.
mediation-school-no-school = أنت لا تنتمي إلى مدرسة. اطلب من المنسق ربط دورك بمدرستك.
mediation-school-school = المدرسة
mediation-school-month = الشهر
mediation-school-year = السنة الدراسية
mediation-school-trained = التلاميذ المدرَّبون كوسطاء
mediation-school-mediations = الوساطات التي قام بها التلاميذ
mediation-school-mediations-hint = العدد فقط.
mediation-school-wijkmediators = شهادات وسيط الحي
mediation-school-years-heading = المدرسة المسالمة: التلاميذ الوسطاء لكل مدرسة
mediation-school-none = لا توجد أعداد من المدارس بعد.
mediation-error-school = اختر مدرستك.
mediation-error-month = اختر شهرًا قد بدأ.
mediation-error-count = اكتب عددًا من 0 إلى 999.

## Mail

mail-mediation-aftercare-subject = المتابعة للملف { $case }
mail-mediation-aftercare-body = مرحبًا { $name }،

    قبل ستة أسابيع وُضعت الاتفاقات في الملف { $case }. حان وقت المتابعة: اسأل كيف تسير الأمور الآن.
mail-mediation-aftercare-action = فتح الملف
mail-mediation-started-subject = بدأت الوساطة بين الجيران
mail-mediation-started-body = مرحبًا،

    بدأت الوساطة للسكان الذين سجّلتهم (الملف { $case }). تم اختيار وسيطين.
mail-mediation-finished-subject = انتهت الوساطة بين الجيران
mail-mediation-finished-body = مرحبًا،

    انتهت الوساطة للسكان الذين سجّلتهم (الملف { $case }). النتيجة: { $outcome }.
# From the meldpunt: a report becomes a request
mediation-case-from-report = من بلاغ لدى نقطة الإبلاغ
mediation-from-report-note = أُحيل إلى وساطة الحي (الحالة { $case }).
mediation-error-report-not-asked = لم يطلب المُبلِّغ الوساطة: لا يمكن إحالة هذا البلاغ.
mediation-error-report-converted = أُحيل هذا البلاغ بالفعل إلى وساطة الحي.
mediation-error-report-contact = لا يحتوي هذا البلاغ على بيانات اتصال: لا يستطيع الوسطاء الوصول إلى المُبلِّغ.
mediation-error-report-consent = ضع علامة على أن المُبلِّغ وافق على إحالة البلاغ.
mediation-school-council = اجتماعات مجلس الأطفال
mediation-school-council-hint = عدد مرات اجتماع مجلس الأطفال في المدرسة في ذلك الشهر.
mediation-council-proposals-heading = اقتراحات مجالس الأطفال
mediation-council-proposals-lead = تقدّم مجالس الأطفال أفكارها إلى اتفاقات الحي. اكتب في الاقتراح: نيابةً عن Kinderraad واسم المدرسة.
mediation-council-proposals-none = لا توجد اقتراحات من مجلس أطفال بعد.
# Rights of the people in the data
mediation-rights-open-cases = { $count ->
    [zero] لا تتوسط في أي قضية مفتوحة.
    [one] ما زلت تتوسط في قضية مفتوحة واحدة.
    [two] ما زلت تتوسط في قضيتين مفتوحتين.
    [few] ما زلت تتوسط في { $count } قضايا مفتوحة.
    [many] ما زلت تتوسط في { $count } قضية مفتوحة.
   *[other] ما زلت تتوسط في { $count } قضية مفتوحة.
}
# Rights of the people in the data: the link to the request of a resident
mediation-party-title = طلبك للوساطة بين الجيران
mediation-party-intro = هذا ما أخبرتنا به. لا يقرؤه إلا المنسق والوسطاء.
mediation-party-name = الاسم
mediation-party-address = العنوان
mediation-party-phone = رقم الهاتف
mediation-party-email = البريد الإلكتروني
mediation-party-other = الجيران الآخرون
mediation-party-description = ما الذي يحدث
mediation-party-withdraw-heading = سحب الطلب وحذف البيانات
mediation-party-withdraw-text = ألا تريد الوساطة بعد الآن؟ عندها نحذف كل ما أخبرتنا به. لا يمكن التراجع عن ذلك.
mediation-party-withdraw-submit = اسحب طلبي
mediation-party-removed-title = تم سحب طلبك
mediation-party-removed-text = حذفنا بياناتك. الرابط في بريدك لم يعد يعمل.
mail-mediation-party-subject = استلمنا طلبك للوساطة بين الجيران
mail-mediation-party-body = مرحبًا،

    شكرًا على طلبك للوساطة بين الجيران. سنتواصل معك خلال خمسة أيام عمل. يعرض الرابط ما أخبرتنا به. ويمكنك سحب طلبك هناك أيضًا. يعمل الرابط لمدة ثلاثة أشهر.
mail-mediation-party-action = اعرض طلبك
# The monitor's indicators from this module
mediation-indicator-success = نجاح الوساطة
mediation-indicator-success-about = نسبة حالات الوساطة المغلقة التي حُلّت كليًا أو جزئيًا. فقط الحالات التي جرت فيها محادثات.
