nav-youth = منصة الشباب

## The stage

youth-title = منصة الشباب
youth-lead = يصنع الشباب هنا حملة عن ليندرت. يساعدهم مدرّب. شاهد ما صنعوه.
youth-join-start = شارك مع فريقك
youth-stage-heading = على المنصة
youth-stage-empty = لا توجد حملة على المنصة بعد.
youth-story = القصة
youth-team = الفريق
youth-team-hidden = أسماء الفريق غير معروضة هنا.
youth-coached-by = بمساعدة مدرّب من { $organisation }.
youth-back = العودة إلى المنصة

## Taking part

youth-join-title = شارك في حملة
youth-join-lead = هل عمرك بين 12 و23 سنة؟ اصنع مع فريقك حملة عن ليندرت. يساعدكم مدرّب.
youth-q-campaign = حملتكم
youth-q-name = اسم الحملة
youth-q-idea = فكرتكم
youth-q-idea-hint = ما الصورة التي تريدون إظهارها عن ليندرت؟ وكيف؟
youth-q-audience = لمن هي؟
youth-q-form = ماذا ستصنعون؟
youth-choose = اختر
youth-form-video = فيديو
youth-form-photos = صور
youth-form-posters = ملصقات
youth-form-social = وسائل التواصل الاجتماعي
youth-form-event = فعالية
youth-q-team-hint = اكتب لكل عضو في الفريق الاسم الأول والعمر فقط. العضو الأول هو جهة الاتصال.
youth-q-contact-person = جهة الاتصال
youth-q-member = عضو الفريق { $number } (اختياري)
youth-q-first-name = الاسم الأول
youth-q-first-name-hint = اسمك الأول فقط، بدون اسم العائلة.
youth-q-age = العمر
youth-age-band = { $band } سنة
youth-q-born = شهر الميلاد (فقط تحت 16 سنة)
youth-q-born-hint = هكذا نعرف متى تبلغ 16 سنة. عندها نطلب موافقتك أنت.
youth-q-contact = الاتصال
youth-q-contact-hint = اكتب بريدًا إلكترونيًا أو رقم هاتف. المنسّق فقط يراه.
youth-q-email = البريد الإلكتروني
youth-q-phone = رقم الهاتف
youth-privacy-text = نحتفظ بأقل قدر ممكن من البيانات عنكم. بعد الحملة نحذفها.
youth-privacy-link = اقرأ بيان الخصوصية
youth-send = إرسال

youth-error-name = أعطِ الحملة اسمًا من 3 أحرف على الأقل.
youth-error-idea = أخبرنا أكثر قليلًا عن فكرتكم.
youth-error-audience = اكتب لمن الحملة.
youth-error-form = اختر ماذا ستصنعون.
youth-error-contact = اكتب بريدًا إلكترونيًا أو رقم هاتف.
youth-error-email = هذا البريد الإلكتروني غير صحيح.
youth-error-phone = رقم الهاتف هذا غير صحيح.
youth-error-first-name = اكتب الاسم الأول فقط، بدون مسافات أو أرقام.
youth-error-age = اختر العمر.
youth-error-born = اكتب شهر ميلاد يناسب عمرًا تحت 16 سنة.

youth-joined-title = تم إرسال حملتكم
youth-joined-text = احتفظ بهذا الرابط جيدًا. به تفتح صفحة فريقكم.
youth-joined-next = في تلك الصفحة رابط موافقة لكل عضو. تحت 16 سنة يعطي أحد الوالدين الموافقة.

## The team page

youth-team-lead = هذه صفحة فريقكم. لا تشاركوا الرابط مع الآخرين.
youth-team-published = حملتكم على المنصة.
youth-team-ready = أعطى الجميع الموافقة. يمكن للمنسّق الآن وضع الحملة على المنصة.
youth-team-waiting = لم يعطِ الجميع الموافقة بعد. بدون موافقة لا يظهر شيء على المنصة.
youth-team-consent = الموافقة
youth-team-consent-hint = أرسل كل رابط إلى الشخص المناسب. يمكن لأي شخص سحب الموافقة في أي وقت.
youth-consent-given = تمت الموافقة
youth-consent-needed-parent = يجب أن يوافق أحد الوالدين بعد
youth-consent-needed-self = يجب أن يوافق بنفسه بعد
youth-consent-link-parent = رابط لأحد الوالدين:
youth-consent-link-self = رابط لعضو الفريق نفسه:

## Consent

youth-consent-title-parent = موافقة أحد الوالدين
youth-consent-title-self = موافقتك
youth-consent-lead-parent = يريد { $name } المشاركة في حملة على منصة الشباب. عمر { $name } أقل من 16 سنة. لذلك نطلب موافقتك.
youth-consent-lead-self = { $name }، أنت تشارك في حملة على منصة الشباب. أعطِ موافقتك بنفسك هنا.
youth-consent-campaign = الحملة
youth-consent-what = عن ماذا الموافقة؟
youth-consent-text = تختار ثلاثة أشياء كلًّا على حدة. المشاركة في الفريق. عرض عمل الفريق على المنصة. عرض صور يمكن فيها التعرف على عضو الفريق. على المنصة يظهر الاسم الأول فقط. يمكنك دائمًا سحب الموافقة. عندها نزيل الحملة من المنصة فورًا.
youth-consent-version = نسخة هذا النص: { $version }
youth-consent-covers = أوافق على
youth-q-take-part = المشاركة في الفريق
youth-q-publish-work = عرض العمل على المنصة مع الاسم الأول
youth-q-publish-photos = عرض صور يمكن فيها التعرف على عضو الفريق
youth-q-channel = كيف وصلك هذا الرابط؟
youth-channel-email = بالبريد الإلكتروني
youth-channel-phone = بالهاتف أو برسالة
youth-channel-in-person = شخصيًا
youth-channel-letter = برسالة ورقية
youth-q-guardian = أنا أحد الوالدين أو الوصي
youth-consent-give = إعطاء الموافقة
youth-consent-saved = شكرًا. حفظنا الموافقة.
youth-consent-current = ما توافق عليه الآن
youth-yes = نعم
youth-no = لا
youth-consent-withdraw = سحب الموافقة
youth-error-take-part = لا يمكن ذلك بدون موافقة على المشاركة. ضع علامة عليها.
youth-error-channel = اختر كيف وصلك هذا الرابط.
youth-error-guardian = فقط أحد الوالدين أو الوصي يمكنه إعطاء الموافقة.

## The timeline and the coach

youth-timeline = الخط الزمني
youth-timeline-empty = لا يوجد شيء على الخط الزمني بعد.
youth-milestone-idea = الفكرة
youth-milestone-plan = الخطة
youth-milestone-production = الإنتاج
youth-milestone-launch = الإطلاق
youth-milestone-evaluation = التقييم
youth-milestone-now = الآن
youth-milestone-reach = الخطوة التالية: { $milestone }
youth-entry-milestone = تم الوصول إلى خطوة
youth-entry-task = مهمة
youth-entry-message = رسالة
youth-entry-log = سجل المدرّب
youth-entry-kind = النوع
youth-by-team = الفريق
youth-task-done = تم
youth-task-mark-done = تم
youth-thread-write = اكتب رسالة
youth-thread-hint = يقرأ الفريق والمدرّب كل الرسائل. لا توجد رسائل خاصة.
youth-coach-thread-hint = يقرأ الفريق كله رسائلك ومهامك. السجل يقرؤه المنسّق فقط.
youth-thread-message = الرسالة
youth-thread-send = إرسال
youth-error-kind = اختر نوعًا.
youth-error-body = اكتب رسالة.
youth-coach-title = فرقي
youth-coach-lead = الحملات التي ترافقها كمدرّب.
youth-coach-none = لا ترافق أي فريق بعد.

## Management

youth-manage-title = منصة الشباب
youth-manage-card-text = حملات الشباب: الموافقة والمدرّب والمنصة.
youth-manage-lead = كل الحملات. تظهر الحملة على المنصة فقط عندما يوافق الفريق كله.
youth-manage-none = لا توجد حملات بعد.
youth-state = الحالة
youth-state-draft = ليست على المنصة
youth-state-published = على المنصة
youth-state-ended = انتهت
youth-consent-complete = مكتملة
youth-consent-incomplete = لم يوافق الجميع بعد.
youth-consent-no-publishing = ليس للمنصة
youth-coach = المدرّب
youth-coach-current = المدرّب: { $name }
youth-coach-choose = اختر مدرّبًا
youth-coach-hint = فقط شخص لديه شهادة سارية لمدرّب الشباب.
youth-coach-assign = اختيار المدرّب
youth-error-coach = اختر مدرّبًا من القائمة.
youth-error-coach-untrained = ليس لدى هذا المدرّب شهادة سارية لمدرّب الشباب. اختر شخصًا آخر.
youth-publish-heading = المنصة
youth-publish = وضع على المنصة
youth-unpublish = إزالة من المنصة
youth-error-consent-missing = لم يوافق الجميع بعد على عرض العمل.
youth-error-no-team = لم يعد لهذه الحملة فريق.
youth-end-heading = نهاية الحملة
youth-end = إغلاق الحملة
youth-erase = حذف بيانات الفريق الآن

## Media

youth-media = صور ووثائق وفيديوهات
youth-media-kind-photo = صورة
youth-media-kind-document = وثيقة (PDF)
youth-media-kind-video = فيديو (رابط)
youth-media-recognisable-note = يمكن التعرف على شخص في هذه الصورة. تظهر على المنصة فقط إذا وافق الجميع على ذلك.
youth-media-add = ماذا تضيف؟
youth-media-description = الوصف
youth-media-description-hint = ماذا يظهر فيها؟ هكذا يعرف ذلك أيضًا من لا يستطيع الرؤية.
youth-media-file = الملف
youth-media-file-hint = صورة (JPEG أو PNG أو WebP) أو ملف PDF بحجم 2 ميغابايت على الأكثر. نزيل المكان وبيانات الكاميرا من الصور.
youth-media-recognisable = يمكن التعرف على شخص في هذه الصورة
youth-media-url = رابط الفيديو
youth-media-url-hint = ضع الفيديو أولًا على YouTube أو Vimeo أو TikTok أو Instagram. الصق الرابط هنا.
youth-media-upload = إضافة
youth-media-error-large = الملف كبير جدًا. الحد الأقصى 2 ميغابايت.
youth-media-error-pixels = في الصورة بكسلات كثيرة جدًا. صغّرها.
youth-media-error-photo-type = هذه ليست صورة يمكننا استخدامها. اختر JPEG أو PNG أو WebP.
youth-media-error-document-type = هذا ليس ملف PDF. اختر ملف PDF.
youth-media-error-document-active = يحتوي ملف PDF هذا على شيفرة تعمل. احفظه من جديد كملف PDF عادي.
youth-media-error-video = الصق رابطًا يبدأ بـ https:// إلى YouTube أو Vimeo أو TikTok أو Instagram.
youth-media-error-description = اكتب ماذا يظهر فيها.
youth-media-error-kind = اختر ماذا تضيف.
youth-media-error-file = اختر ملفًا.

## Reactions, support and reach

youth-support-heading = التأييد
youth-supports = { $count ->
    [zero] لا تأييد
    [one] تأييد واحد
    [two] تأييدان
    [few] { $count } تأييدات
    [many] { $count } تأييدًا
   *[other] { $count } تأييد
}
youth-support = أؤيد هذه الحملة
youth-reactions = التعليقات
youth-reactions-none = لا توجد تعليقات بعد.
youth-flag = إبلاغ المشرف
youth-react = تعليقك
youth-react-hint = كن لطيفًا. الصانعون شباب. بعد ثلاثة بلاغات نخفي التعليق حتى ينظر فيه المشرف.
youth-react-send = علّق
youth-react-login = سجّل الدخول للتعليق أو لتأييد الحملة
youth-error-reaction = اكتب تعليقًا.
youth-moderate-title = التعليقات المُبلّغ عنها على منصة الشباب
youth-moderate-lead = { $count ->
    [zero] يُخفى التعليق حتى تقرر.
    [one] بعد بلاغ واحد يُخفى التعليق حتى تقرر.
    [two] بعد بلاغين يُخفى التعليق حتى تقرر.
    [few] بعد { $count } بلاغات يُخفى التعليق حتى تقرر.
    [many] بعد { $count } بلاغًا يُخفى التعليق حتى تقرر.
   *[other] بعد { $count } بلاغ يُخفى التعليق حتى تقرر.
}
youth-moderate-none = لا توجد تعليقات مُبلّغ عنها.
youth-flags = { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
youth-moderate-auto-hidden = مخفي الآن
youth-moderate-campaign = شاهد الحملة
youth-moderate-keep = إبقاء
youth-moderate-reason = السبب لكاتب التعليق
youth-moderate-hide = إخفاء
youth-error-reason = اكتب السبب. سيراه الكاتب.
youth-reach = الوصول
youth-reach-hint = الزيارات والتأييد والتعليقات في كل يوم. نعدّ بدون ملفات تعريف الارتباط وبدون معرفة من يشاهد.
youth-reach-none = لا توجد زيارات بعد.
youth-reach-day = اليوم
youth-reach-views = الزيارات
youth-reach-supports = التأييد
mail-youth-hidden-subject = تم إخفاء تعليقك على منصة الشباب
mail-youth-hidden-body = أخفى المشرف تعليقك.

    السبب: { $reason }

    هل لديك سؤال؟ تواصل مع المنسّق.
mail-youth-hidden-action = شاهد الحملة

## Call to action and the team's evaluation

youth-cta = دعوة
youth-cta-hint = ماذا يمكن للناس أن يفعلوا بعد حملتكم؟ مثلًا المشاركة في نشاط.
youth-cta-text = النص على الزر
youth-cta-url = الرابط
youth-cta-url-hint = صفحة من هذا الموقع، مثل /activiteiten، أو رابط يبدأ بـ https://.
youth-cta-save = حفظ الدعوة
youth-error-cta-text = اكتب نصًا من 3 أحرف على الأقل.
youth-error-cta-url = استخدم صفحة من هذا الموقع أو رابطًا يبدأ بـ https://.
youth-evaluation = تقييمكم
youth-evaluation-hint = ما الذي نجح؟ ماذا كنتم ستفعلون بشكل مختلف؟ فريقكم والمنسّق فقط يقرؤون هذا.
youth-evaluation-text = التقييم
youth-evaluation-save = حفظ التقييم
youth-evaluation-none = لم يكتب الفريق تقييمًا بعد.
youth-error-evaluation = اكتبوا تقييمكم.
youth-rights-open-campaigns = { $count ->
    [zero] لا ترافق أي حملة جارية.
    [one] ما زلت ترافق حملة جارية واحدة.
    [two] ما زلت ترافق حملتين جاريتين.
    [few] ما زلت ترافق { $count } حملات جارية.
    [many] ما زلت ترافق { $count } حملة جارية.
   *[other] ما زلت ترافق { $count } حملة جارية.
}
