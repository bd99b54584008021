## التنقل
nav-activities = الأنشطة

## أنواع الأنشطة
activity-kind-cultural-festival = مهرجان ثقافي
activity-kind-film-conversation = فيلم وحوار
activity-kind-workshop = ورشة عمل
activity-kind-expert-talk = حديث شخص صاحب تجربة
activity-kind-childrens-council = مجلس الأطفال
activity-kind-training-session = تدريب
activity-kind-other = شيء آخر

## لمن
activity-age-all = للجميع
activity-age-children = الأطفال
activity-age-youth = الشباب
activity-age-adults = البالغون
activity-age-seniors = كبار السن

## جدول الأنشطة
agenda-title = الأنشطة في المنطقة
agenda-intro = تعال، تعرّف على جيرانك وشارك. معظم الأنشطة مجانية.
agenda-breadcrumb = أنت هنا
agenda-month-link = العرض حسب الشهر
agenda-feed-link = أضف جدول الأنشطة إلى تقويمك
agenda-manage-link = إدارة الأنشطة
agenda-filter-heading = ابحث عن نشاط
agenda-filter-kind = النوع
agenda-filter-pillar = الركيزة
agenda-filter-area = الحي
agenda-filter-municipality = البلدية
agenda-filter-municipality-hint = اختر بلدية واضغط على «بحث». بعد ذلك ترى أحياء هذه البلدية تحت «الحي».
agenda-filter-date = ابتداءً من تاريخ
agenda-filter-language = اللغة
agenda-filter-free = الأنشطة المجانية فقط
agenda-filter-all = الكل
agenda-filter-submit = بحث
agenda-count = { $count ->
    [zero] لا توجد أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
agenda-page = الأنشطة، الصفحة { $number }
agenda-pages = صفحات جدول الأنشطة
agenda-previous = → أنشطة سابقة
agenda-next = أنشطة لاحقة ←
agenda-empty = لم يتم العثور على أنشطة. اختر عوامل تصفية أقل.

## الشهر
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-previous = الشهر السابق
month-next = الشهر التالي
month-empty = لا توجد أنشطة في هذا الشهر.

## النشاط
activity-details-heading = معلومات عملية
activity-kind = نوع النشاط
activity-when = متى
activity-where = أين
activity-area = الحي
activity-online = عبر الإنترنت
activity-route = كيف تصل
activity-accessibility = إمكانية الوصول
activity-languages = اللغات
activity-cost = التكلفة
activity-free = مجاني
activity-age = لمن
activity-places = الأماكن
activity-places-left = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقيت { $count } أماكن
    [many] بقي { $count } مكانًا
   *[other] بقي { $count } مكان
}
activity-capacity-of = { $count ->
    [zero] لا أماكن
    [one] مكان واحد في المجموع
    [two] مكانان في المجموع
    [few] { $count } أماكن في المجموع
    [many] { $count } مكانًا في المجموع
   *[other] { $count } مكان في المجموع
}
activity-no-limit = بلا حد أقصى
activity-registration-required = التسجيل مطلوب
activity-walk-in = يمكنك الحضور دون تسجيل
activity-organiser = المنظِّم
activity-pillars = الركائز
activity-approach = جزء من
activity-cancelled = أُلغي
activity-cancelled-notice = تم إلغاء هذا النشاط.
activity-full = ممتلئ
activity-add-to-calendar = أضف إلى تقويمك
activity-feedback-link = أخبرنا كيف كان

## سهولة الوصول إلى المكان
venue-step-free = بدون عتبات أو درج
venue-accessible-toilet = مرحاض مهيأ لذوي الإعاقة
venue-hearing-loop = حلقة سمعية
venue-parking = موقف سيارات قريب
venue-opening-hours = ساعات العمل

## التسجيل
signup-heading = التسجيل
signup-intro = سجّل هنا. لا تحتاج إلى حساب.
signup-intro-walk-in = يمكنك الحضور دون تسجيل. هل تريد أن تضمن مكانًا؟ إذن سجّل.
signup-full = كل الأماكن محجوزة. سجّل في قائمة الانتظار. إذا أصبح مكان شاغرًا ستصلك رسالة بالبريد الإلكتروني.
signup-name = الاسم أو الأحرف الأولى
signup-name-hint = تكفي الأحرف الأولى من اسمك.
signup-email = البريد الإلكتروني
signup-contact-hint = اكتب بريدًا إلكترونيًا أو رقم هاتف حتى نتمكن من التواصل معك.
signup-phone = رقم الهاتف
signup-people = كم شخصًا سيأتي؟
signup-people-hint = بما فيهم أنت، 10 على الأكثر.
signup-needs = ماذا تحتاج لكي تشارك؟
signup-needs-hint = ضع علامة على ما تحتاجه، حتى نتمكن من ترتيبه.
signup-interpreter = مترجم شفهي
signup-interpreter-lang = مترجم لأي لغة؟
signup-sign-language = مترجم لغة الإشارة
signup-wheelchair = مكان لكرسي متحرك
signup-childcare = رعاية الأطفال
signup-other-needs = شيء آخر
signup-consent = أوافق على أن يستخدم المنظِّم بياناتي لهذا النشاط.
signup-submit = سجّل

registration-title = تسجيلك
registration-thanks = شكرًا! تم تسجيلك. ستصلك أيضًا رسالة إذا كتبت بريدًا إلكترونيًا.
registration-thanks-waiting = شكرًا! النشاط ممتلئ. أنت في قائمة الانتظار.
registration-status-confirmed = مسجَّل
registration-status-waiting = في قائمة الانتظار
registration-status-cancelled = ملغى
registration-position = { $count ->
    [one] أنت التالي
   *[other] رقم { $count } في قائمة الانتظار
}
registration-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
registration-keep-link = احتفظ برابط هذه الصفحة. يمكنك به أن ترى تسجيلك أو تلغيه.
registration-cancel-heading = إلغاء التسجيل
registration-cancel-text = لا تستطيع الحضور؟ ألغِ تسجيلك حتى يحصل شخص آخر على مكانك.
registration-cancel-submit = ألغِ تسجيلي
registration-cancelled-now = تم إلغاء تسجيلك. شكرًا لأنك أخبرتنا.
registration-again-title = أنت مسجَّل بالفعل
registration-again-text = تم إرسال هذا النموذج من قبل. تسجيلك موجود. انظر في بريدك الإلكتروني للحصول على الرابط.
registration-closed-title = لم يعد التسجيل ممكنًا
registration-closed-text = تم إلغاء هذا النشاط أو أنه انتهى.
registration-error-name = اكتب اسمك أو الأحرف الأولى من اسمك.
registration-error-name-long = اسمك طويل جدًا (100 حرف على الأكثر).
registration-error-email = هذا البريد الإلكتروني غير صحيح. مثال: name@example.com
registration-error-phone = رقم الهاتف هذا غير صحيح. استخدم 8 أرقام على الأقل.
registration-error-contact = اكتب بريدًا إلكترونيًا أو رقم هاتف.
registration-error-people = اختر عددًا من 1 إلى 10.
registration-error-consent = ضع علامة في المربع إذا كنت توافق على استخدام بياناتك.
registration-error-form-expired = انتهت صلاحية النموذج. أرسله مرة أخرى من فضلك.
notice-back = العودة إلى النشاط

## الرأي
feedback-title = كيف كان؟
feedback-intro = ثلاثة أسئلة قصيرة. إجاباتك مجهولة الهوية.
feedback-not-yet = يمكنك إبداء رأيك بعد أن يبدأ النشاط.
feedback-q-met-someone = هل تعرّفت على شخص جديد؟
feedback-q-understand = هل تفهم الآخرين الآن بشكل أفضل؟
feedback-q-come-again = هل ستأتي مرة أخرى؟
feedback-answer-yes = نعم
feedback-answer-somewhat = إلى حد ما
feedback-answer-no = لا
feedback-comment = هل تريد أن تقول شيئًا آخر؟
feedback-comment-hint = ليس إلزاميًا. لا تكتب أسماء من فضلك.
feedback-submit = إرسال
feedback-error-answer = اختر إجابة.
feedback-error-comment = تعليقك طويل جدًا (1000 حرف على الأكثر).
feedback-thanks-title = شكرًا لك!
feedback-thanks-text = إجاباتك تساعدنا على تحسين الأنشطة.

## الإدارة
manage-title = إدارة الأنشطة
manage-card-text = أنشئ الأنشطة واطّلع على التسجيلات وسجّل الحضور.
manage-new-link = نشاط جديد
manage-new-title = نشاط جديد
manage-edit-title = تعديل النشاط
manage-col-activity = النشاط
manage-col-actions = القوائم
manage-col-contact = التواصل
manage-col-needs = الاحتياجات
manage-registrations-title = التسجيلات
manage-export = تنزيل بصيغة CSV
manage-public-page = عرض الصفحة العامة
manage-attendance-heading = الحضور
manage-confirmed = { $count ->
    [zero] لا أحد مسجَّل
    [one] شخص واحد مسجَّل
    [two] شخصان مسجَّلان
    [few] { $count } أشخاص مسجَّلين
    [many] { $count } شخصًا مسجَّلًا
   *[other] { $count } شخص مسجَّل
}
manage-waiting = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
manage-present = { $count ->
    [zero] لم يحضر أحد من المسجَّلين
    [one] حضر شخص واحد من المسجَّلين
    [two] حضر شخصان من المسجَّلين
    [few] حضر { $count } أشخاص من المسجَّلين
    [many] حضر { $count } شخصًا من المسجَّلين
   *[other] حضر { $count } شخص من المسجَّلين
}
manage-walk-ins = { $count ->
    [zero] لا أحد دون تسجيل
    [one] شخص واحد دون تسجيل
    [two] شخصان دون تسجيل
    [few] { $count } أشخاص دون تسجيل
    [many] { $count } شخصًا دون تسجيل
   *[other] { $count } شخص دون تسجيل
}
manage-attendance-total = { $count ->
    [zero] المجموع: لا أحد
    [one] المجموع: شخص واحد
    [two] المجموع: شخصان
    [few] المجموع: { $count } أشخاص
    [many] المجموع: { $count } شخصًا
   *[other] المجموع: { $count } شخص
}
manage-feedback-heading = ماذا يقول المشاركون
manage-comments = التعليقات
manage-cancel-heading = إلغاء النشاط
manage-cancel-text = كل من سجّل ببريد إلكتروني ستصله رسالة.
manage-cancel-submit = إلغاء النشاط

form-activity-title = العنوان (بالهولندية)
form-activity-description = الوصف (بالهولندية)
form-activity-translations-hint = ليس إلزاميًا: العنوان والوصف بلغات أخرى. بدون ترجمة يرى الجميع النص الهولندي.
form-activity-translation = النص باللغة { $language }
form-activity-translation-title = العنوان
form-activity-translation-description = الوصف
form-activity-venue = المكان
form-activity-online-only = بدون مكان (عبر الإنترنت فقط)
form-activity-unknown-venue = مكان غير معروف
form-activity-online-url = رابط المشاركة عبر الإنترنت
form-activity-date = التاريخ
form-activity-start = وقت البدء
form-activity-time-hint = بتوقيت هولندا، مثلًا 19:30.
form-activity-end = وقت الانتهاء
form-activity-repeat-weeks = التكرار كل كم أسبوعًا؟
form-activity-repeat-hint = اتركه فارغًا أو 0 لمرة واحدة.
form-activity-repeat-count = كم مرة في المجموع؟
form-activity-contact = اسم الشخص المسؤول عن التواصل
form-activity-cost = التكلفة باليورو
form-activity-cost-hint = اتركه فارغًا إذا كان النشاط مجانيًا. مثلًا: 3,50
form-activity-capacity = عدد الأماكن
form-activity-capacity-hint = اتركه فارغًا إذا لم يكن هناك حد أقصى.
form-none = لا شيء

activity-error-title = اكتب عنوانًا.
activity-error-title-long = العنوان طويل جدًا (120 حرفًا على الأكثر).
activity-error-translation-title = اكتب عنوانًا بهذه اللغة أيضًا.
activity-error-description-long = الوصف طويل جدًا (5000 حرف على الأكثر).
activity-error-kind = اختر نوع النشاط.
activity-error-venue = لا نعرف هذا المكان. اختر مكانًا من القائمة.
activity-error-place = اختر مكانًا أو اكتب رابطًا للمشاركة عبر الإنترنت.
activity-error-url = اكتب رابطًا يبدأ بـ https://
activity-error-date = اكتب تاريخًا ووقت بدء.
activity-error-time = اكتب وقت انتهاء، مثلًا 21:00.
activity-error-end-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
activity-error-past = هذا التاريخ قد مضى. اختر تاريخًا في المستقبل.
activity-error-repeat = يمكن التكرار كل 1 إلى 8 أسابيع، 52 مرة على الأكثر.
activity-error-cost = اكتب مبلغًا، مثلًا 3,50.
activity-error-capacity = اكتب عدد أماكن من 1 إلى 10000.
activity-error-capacity-below = عدد المسجَّلين أكبر من ذلك بالفعل. لا يمكن تقليل عدد الأماكن إلى هذا الحد.
activity-error-contact-long = الاسم طويل جدًا (120 حرفًا على الأكثر).

checkin-title = الحضور
checkin-present = حاضر
checkin-mark = { $name } حاضر
checkin-undo = { $name } ليس حاضرًا
checkin-has-needs = يحتاج إلى شيء، انظر القائمة
checkin-walk-ins-heading = دون تسجيل
checkin-walk-ins = عدد الأشخاص دون تسجيل

sheet-title = قائمة الحضور
sheet-feedback-heading = كيف كان؟
sheet-feedback-text = امسح الرمز بهاتفك وأجب عن ثلاثة أسئلة قصيرة. الإجابات مجهولة الهوية.
sheet-qr-label = رمز QR لنموذج الرأي

figures-title = أرقام عن الأنشطة
figures-intro = ماذا يقول المشاركون، حسب نوع النشاط وحسب الركيزة. إذا كانت الإجابات أقل من 5 لا نعرض أرقامًا.
figures-by-kind = حسب نوع النشاط
figures-by-pillar = حسب الركيزة
figures-question = السؤال
figures-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
}
figures-too-few = الإجابات قليلة جدًا لعرضها.
figures-none = لا توجد إجابات بعد.

venues-title = الأماكن
venues-new = إضافة مكان
venues-saved = تم حفظ المكان.
venue-name = الاسم
venue-address = العنوان
venue-address-hint = الشارع والرقم، أو وصف.
venue-error-name = اكتب اسمًا (120 حرفًا على الأكثر).
venue-error-address = اكتب عنوانًا (200 حرف على الأكثر).
venue-error-area = اختر حيًا من القائمة.

csv-name = الاسم
csv-email = البريد الإلكتروني
csv-phone = الهاتف
csv-people = العدد
csv-status = الحالة
csv-interpreter = مترجم
csv-sign-language = مترجم لغة الإشارة
csv-wheelchair = كرسي متحرك
csv-childcare = رعاية الأطفال
csv-other-needs = شيء آخر
csv-present = حاضر
csv-registered-at = تاريخ التسجيل

## البريد الإلكتروني
mail-activity-confirmed-subject = تم تسجيلك: { $title }
mail-activity-confirmed-body = تم تسجيلك في { $title }.

    متى: { $when }
    أين: { $place }

    لا تستطيع الحضور؟ ألغِ تسجيلك بالرابط أدناه حتى يحصل شخص آخر على مكانك.
mail-activity-confirmed-action = اعرض تسجيلك أو غيّره
mail-activity-waiting-subject = أنت في قائمة الانتظار: { $title }
mail-activity-waiting-body = { $title } ممتلئ. أنت في قائمة الانتظار.

    متى: { $when }
    أين: { $place }

    إذا أصبح مكان شاغرًا ستصلك رسالة فورًا.
mail-activity-waiting-action = اعرض تسجيلك
mail-activity-promoted-subject = يوجد مكان لك: { $title }
mail-activity-promoted-body = خبر سار! أصبح مكان شاغرًا. أنت الآن مسجَّل في { $title }.

    متى: { $when }
    أين: { $place }

    لا تستطيع الحضور؟ ألغِ تسجيلك بالرابط الموجود في رسالتك الأولى.
mail-activity-promoted-action = اعرض النشاط
mail-activity-cancelled-subject = أُلغي: { $title }
mail-activity-cancelled-body = للأسف لن يُقام { $title } في { $when }.

    ابحث عن أنشطة أخرى في جدول الأنشطة.
mail-activity-cancelled-action = اعرض النشاط
mail-activity-registration-cancelled-subject = تم إلغاء تسجيلك: { $title }
mail-activity-registration-cancelled-body = تم إلغاء تسجيلك في { $title } في { $when }. شكرًا لأنك أخبرتنا.
mail-activity-registration-cancelled-action = اعرض النشاط
mail-activity-reminder-subject = تذكير: { $title }
mail-activity-reminder-body = يسعدنا أن نراك في { $title }.

    متى: { $when }
    أين: { $place }

    بعد ذلك نود أن نعرف كيف كان. إنها ثلاثة أسئلة قصيرة: { $feedback }
mail-activity-reminder-action = اعرض النشاط

## Venue photos
venue-photo = صورة المكان
venue-photo-hint = صورة بصيغة JPEG أو PNG حجمها 2 ميغابايت على الأكثر. نحذف بيانات الكاميرا والموقع منها.
venue-photo-alt = وصف الصورة (لمن لا يستطيع رؤيتها)
venue-photo-submit = حفظ الصورة
venue-photo-error-alt = صِف الصورة ببضع كلمات (200 حرف على الأكثر).
venue-photo-error-missing = اختر صورة.
venue-photo-error-large = الصورة كبيرة جدًا. اختر صورة حجمها 2 ميغابايت على الأكثر.
venue-photo-error-pixels = في الصورة عدد كبير جدًا من البكسلات. اختر صورة لا تزيد عن 4096 × 4096 بكسل و16 ميغابكسل.
venue-photo-error-type = هذا الملف ليس صورة بصيغة JPEG أو PNG.

# Object-level access: own organisations only
activity-error-organisation = اختر إحدى منظماتك.
venue-error-name-taken = لدى منظمة أخرى مكان بهذا الاسم. اختر اسمًا آخر.
venue-owner = تديره
venue-owner-programme = البرنامج (المنسقون)
registration-anonymised = أُزيلت البيانات الشخصية (انتهت مدة الحفظ)
# Rights of the people in the data: the registrant removes their registration
registration-kept-heading = ما نحفظه عنك
registration-kept-name = الاسم
registration-kept-email = البريد الإلكتروني
registration-kept-phone = رقم الهاتف
registration-kept-needs = ما تحتاجه
registration-remove-text = هل تريد أن نحذف هذا؟ عندها يُلغى تسجيلك أيضًا.
registration-remove-submit = احذف بياناتي
registration-removed-title = تم حذف بياناتك
registration-removed-text = حذفنا اسمك وبيانات الاتصال بك. أُلغي تسجيلك. هذا الرابط لم يعد يعمل.
# The monitor's indicators from this module
activity-indicator-visitors = زوار الأنشطة لكل 1000 ساكن
activity-indicator-visitors-about = الأماكن المؤكدة في أنشطة الحي لكل 1000 ساكن حسب سنة النشاط.
activity-indicator-met-someone = تعرّف على شخص جديد
activity-indicator-met-someone-about = نسبة الزوار الذين يقولون بعد النشاط: تعرفت على شخص جديد.
venues-in-municipality = الأماكن في البلدية
venues-show = اعرض الأماكن
venue-error-other-municipality = هذا المكان ليس في البلدية المختارة. اختر مكاناً من القائمة.
