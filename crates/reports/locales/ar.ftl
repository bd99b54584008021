## Navigation
nav-reports = مكتب البلاغات

## Intro
report-title = مكتب البلاغات عن التمييز والإقصاء
report-intro-lead = هل تعرّضت للإقصاء أو لمعاملة مختلفة؟ بسبب لون بشرتك أو أصلك أو دينك أو دخلك أو لسبب آخر؟ أخبرنا. ليندرت مكان للجميع.
report-intro-what = يمكنك هنا أن تبلّغ عمّا حدث. يمكنك فعل ذلك دون ذكر اسمك ودون حساب. سيقرأ بلاغك موظف مدرَّب، وسيساعدك إذا أردت.
report-intro-how-heading = كيف يتم ذلك؟
report-intro-step-1 = تخبرنا بما حدث. يستغرق ذلك بضع دقائق.
report-intro-step-2 = تحصل على رمز من 16 رقمًا. اكتبه واحتفظ به.
report-intro-step-3 = بهذا الرمز تقرأ ردّنا، أو تخبرنا بالمزيد، أو تسحب البلاغ.
report-privacy-heading = ماذا يحدث لبياناتك؟
report-privacy-text = لا يقرأ بلاغك إلا موظفون مدرَّبون في مكتب البلاغات. نحفظ قصتك وبيانات الاتصال بك بشكل مشفّر. لا نعطي أي شيء لأحد دون إذنك. بعد اثني عشر شهرًا من إغلاق البلاغ نحذف قصتك وبياناتك. نحتفظ فقط بالأعداد، دون أسماء. لا نعرض الأعداد الصغيرة أبدًا.
report-start = تقديم بلاغ
report-follow-link = تابع بلاغك بالرمز الخاص بك
report-figures-link = اطّلع على أرقام مكتب البلاغات
report-emergency = هل أنت في خطر؟ اتصل بالرقم 112. هل تريد تقديم شكوى إلى الشرطة؟ اتصل بالشرطة: 0900-8844.

## The form
report-form-title = تقديم بلاغ
report-form-lead = املأ ما تعرفه. لا حاجة إلى ذكر اسمك.
report-choose = اختر…
report-q-role = ما علاقتك بما حدث؟
report-role-victim = تعرّضت لذلك بنفسي
report-role-witness = رأيت ذلك يحدث
report-role-on-behalf = أبلّغ نيابةً عن شخص آخر
report-q-narrative = ماذا حدث؟
report-q-narrative-hint = احكِ ما حدث بكلماتك وبلغتك. من فعل ماذا؟ ماذا قالوا؟
report-q-when = متى حدث ذلك؟
report-q-date = التاريخ (إذا كنت تعرفه)
report-q-about = أو بشكل تقريبي
report-q-about-hint = مثلًا: الأسبوع الماضي، أو منذ سنة.
report-q-where = أين حدث ذلك؟
report-q-location = الحي
report-q-municipality = البلدية
report-q-municipality-hint = اختر البلدية أولًا. ثم اضغط على «اعرض الأحياء». سترى أحياء هذه البلدية.
report-show-buurten = اعرض الأحياء
report-location-municipality = في مكان آخر داخل البلدية
report-location-outside = خارج البلدية
report-location-unknown = لا أعرف أو أفضّل ألا أقول
report-location-buurt = في حي
report-q-place = المكان (إذا أردت)
report-q-place-hint = مثلًا: موقف الحافلات، أو المدرسة، أو المتجر.
report-q-terrain = في أي مجال حدث ذلك؟
report-terrain-neighbours = مع الجيران أو في الحي
report-terrain-public-space = في الشارع أو في حديقة عامة
report-terrain-education = في المدرسة أو أثناء الدراسة
report-terrain-work = في العمل أو أثناء البحث عن عمل
report-terrain-shops-hospitality = في متجر أو مقهى أو لدى شركة
report-terrain-housing = أثناء البحث عن سكن أو استئجاره
report-terrain-authorities-police = لدى البلدية أو الشرطة أو جهة رسمية أخرى
report-terrain-sports-recreation = أثناء الرياضة أو في وقت الفراغ
report-terrain-internet-media = على الإنترنت أو في وسائل الإعلام
report-terrain-other = في مكان آخر
report-q-grounds = لماذا تعتقد أن هذا حدث؟
report-q-grounds-hint = يمكنك اختيار أكثر من سبب.
report-ground-origin = لون البشرة أو الأصل
report-ground-nationality = الجنسية
report-ground-religion = الدين أو المعتقد
report-ground-gender = الجنس (رجل أو امرأة)
report-ground-sexual-orientation = مَن أحبّ (التوجّه الجنسي)
report-ground-gender-identity = الهوية الجندرية
report-ground-disability = الإعاقة أو المرض المزمن
report-ground-age = العمر
report-ground-political = الرأي السياسي
report-ground-marital-status = الحالة الاجتماعية (متزوج أو غير متزوج)
report-ground-income = الدخل أو الفقر
report-ground-other = شيء آخر
report-q-nature = ما الذي حدث أساسًا؟
report-nature-hostile-treatment = شتائم أو تنمّر أو إقصاء
report-nature-unequal-treatment = معاملة مختلفة عن الآخرين
report-nature-threat = تهديد
report-nature-violence = عنف
report-nature-vandalism = تخريب أو كتابة على الجدران
report-nature-other = شيء آخر
report-q-wants = ماذا تريد؟
report-want-register = الإبلاغ فقط، حتى يكون الأمر معروفًا
report-want-advice = نصيحة أو محادثة
report-want-mediation = وسيط يساعد على الحوار
report-want-handover = إحالة البلاغ إلى مكتب مكافحة التمييز
report-want-police-report = المساعدة في تقديم شكوى إلى الشرطة
report-q-residence = هل تسكن داخل البلدية؟
report-residence-municipality = نعم
report-residence-elsewhere = لا
report-residence-unknown = أفضّل ألا أقول
report-q-contact = هل يمكننا التواصل معك؟
report-q-contact-hint = هذا ليس ضروريًا. إذا لم تعطِ بياناتك تبقى مجهول الهوية. عندها تقرأ ردّنا بالرمز الخاص بك.
report-q-phone = رقم الهاتف
report-q-contact-way = كيف تريد أن نتواصل معك؟
report-contact-way-none = لا أريد تواصلًا، سأستخدم الرمز الخاص بي
report-contact-way-email = عبر البريد الإلكتروني
report-contact-way-phone = عبر الهاتف
report-q-mail-updates = أريد رسالة بريد إلكتروني عندما يصل ردّ (دون محتوى الرد).
report-q-consent-handover = أوافق على إحالة بلاغي إلى مكتب مكافحة التمييز أو إلى وسيط، إذا كان ذلك مفيدًا.
report-q-privacy-read = قرأت ما يحدث لبياناتي.
report-to-check = التالي: المراجعة
report-error-role = اختر علاقتك بما حدث.
report-error-narrative-short = احكِ ما حدث (بضع كلمات على الأقل).
report-error-narrative-long = قصتك طويلة جدًا. اجعلها أقصر (10000 حرف على الأكثر).
report-error-date = اكتب تاريخًا صحيحًا.
report-error-date-future = هذا التاريخ في المستقبل.
report-error-too-long = هذا النص طويل جدًا.
report-error-location = اختر حيًّا أو مكانًا آخر.
report-error-terrain = اختر المجال الذي حدث فيه ذلك.
report-error-grounds = اختر سببًا واحدًا على الأقل.
report-error-nature = اختر ما الذي حدث أساسًا.
report-error-wants = اختر ما تريده.
report-error-residence = اختر هل تسكن داخل البلدية أم لا.
report-error-phone = اكتب رقم هاتف صحيحًا، مثلًا 06-12345678.
report-error-email-needed = اكتب عنوان بريدك الإلكتروني، أو اختر طريقة أخرى.
report-error-phone-needed = اكتب رقم هاتفك، أو اختر طريقة أخرى.
report-error-contact-way = اختر كيف تريد أن نتواصل معك.
report-error-privacy = ضع علامة في المربع إذا قرأت ما يحدث لبياناتك.

## Check and send
report-check-title = هل كل شيء صحيح؟
report-check-lead = اقرأ بلاغك مرة أخرى. هل كل شيء صحيح؟ إذن أرسل البلاغ.
report-anonymous = مجهول الهوية
report-send = إرسال البلاغ
report-edit = تعديل

## Receipt
report-receipt-title = تم استلام بلاغك
report-receipt-lead = شكرًا لك. سنقرأ بلاغك في أسرع وقت ممكن، وعادةً خلال خمسة أيام عمل.
report-receipt-code-label = الرمز الخاص بك:
report-receipt-keep = اكتب هذا الرمز أو التقط له صورة. سترى الرمز مرة واحدة فقط. لا نستطيع أن نرسل إليك الرمز مرة أخرى.
report-receipt-next = بهذا الرمز تقرأ ردّنا، أو تخبرنا بالمزيد، أو تسحب البلاغ.

## Follow-up
report-follow-title = متابعة بلاغك
report-follow-lead = اكتب الرمز المكوّن من 16 رقمًا الذي حصلت عليه عند تقديم بلاغك.
report-follow-code = الرمز
report-follow-code-hint = 16 رقمًا. يمكنك ترك مسافات.
report-follow-submit = فتح البلاغ
report-follow-error-code = لا نعرف هذا الرمز. تأكد من أنك كتبت الأرقام الـ16 كلها بشكل صحيح.
report-follow-status = الحالة: { $status }
report-follow-received = تاريخ الاستلام: { $date }
report-follow-saved = تم حفظ رسالتك.
report-follow-stop = إغلاق البلاغ على هذا الجهاز
report-follow-stopped = تم إغلاق البلاغ على هذا الجهاز.
report-messages-heading = الرسائل
report-messages-none = لا توجد رسائل بعد.
report-message-from-handler = من مكتب البلاغات
report-message-from-you = منك
report-add-heading = أضف شيئًا أو أجب عن سؤال
report-add-label = رسالتك
report-add-submit = إرسال الرسالة
report-message-error-empty = اكتب رسالة أولًا.
report-withdraw-heading = سحب البلاغ
report-withdraw-text = هل تريد سحب البلاغ؟ عندها نحذف فورًا قصتك وبياناتك والرسائل. يبقى فقط عدد البلاغات، دون أي محتوى.
report-withdraw-confirm = نعم، أريد سحب بلاغي.
report-withdraw-submit = سحب البلاغ
report-withdraw-error-confirm = ضع علامة في المربع إذا كنت تريد فعلًا سحب البلاغ.
report-withdrawn-title = تم سحب بلاغك
report-withdrawn-message = حذفنا قصتك وبياناتك. يمكنك دائمًا تقديم بلاغ جديد.
report-already-title = وصلنا هذا البلاغ من قبل
report-already-message = لقد استلمنا هذا البلاغ من قبل، لذلك لن تحصل على رمز جديد. استخدم الرمز الذي حصلت عليه في المرة الأولى لمتابعة بلاغك. هل أضعته؟ يمكنك عندها تقديم بلاغ جديد.

## Statuses, handling
report-status-new = جديد
report-status-in-progress = قيد المعالجة
report-status-closed = مكتمل
report-status-referred = تمت الإحالة
report-status-withdrawn = تم السحب
report-handling-registration = التسجيل فقط
report-handling-advice = نصيحة ومعلومات
report-handling-mediation = وساطة
report-handling-referral = إحالة
report-handling-legal-support = المساندة في إجراءات قانونية لاحقة
report-handling-policy = التأثير في السياسات
report-handling-open = لا يزال قيد المعالجة

## Case handling (staff)
report-queue-title = البلاغات
report-admin-text = اعرض البلاغات المفتوحة ووزّعها وعالجها.
report-queue-status = الحالة
report-queue-open = مفتوحة (جديدة وقيد المعالجة)
report-queue-who = المسؤول عن البلاغ
report-queue-everyone = الجميع
report-queue-mine = بلاغاتي
report-queue-unassigned = لم يُحدَّد مسؤول بعد
report-queue-ref = الرقم المرجعي
report-queue-received = تاريخ الاستلام
report-queue-handler = المسؤول عن البلاغ
report-queue-due = الموعد النهائي
report-case-title = البلاغ { $ref }
report-case-deleted = حُذف المحتوى الشخصي لهذا البلاغ. تبقى الأرقام.
report-case-mail-updates = يريد رسالة بريد إلكتروني عند وجود جديد
report-case-consent = الموافقة على الإحالة
report-case-text = النص
report-case-text-kind = نوع النص
report-case-to-reporter = رسالة إلى مقدّم البلاغ (يقرؤها بالرمز)
report-case-internal-note = ملاحظة داخلية (للمسؤولين عن البلاغات فقط)
report-case-save-text = حفظ
report-case-handling-heading = المعالجة
report-case-assign-me = أنا
report-case-assign = تعيين
report-case-handling = طريقة المعالجة
report-case-set-status = حفظ الحالة
report-case-set-due = حفظ الموعد النهائي
report-author-reporter = مقدّم البلاغ
report-author-handler = من المسؤول عن البلاغ إلى مقدّم البلاغ
report-author-note = ملاحظة داخلية
report-error-handler = اختر المسؤول عن البلاغ من القائمة.
report-error-status = لا يمكن اختيار هذه الحالة الآن.
report-error-handling = اختر طريقة المعالجة قبل إغلاق البلاغ.
report-handover-title = إحالة إلى مكتب مكافحة التمييز
report-handover-lead = ملخّص البلاغ. وافق مقدّم البلاغ على إحالته.
report-handover-file = ملف لمكتب مكافحة التمييز
report-handover-no-consent = لا يمكن إحالة البلاغ دون موافقة مقدّم البلاغ.
report-handover-print = اطبع هذه الصفحة أو احفظها بصيغة PDF.

## Figures
report-figures-title = أرقام مكتب البلاغات
report-figures-lead = كم بلاغًا وصلنا، وعن ماذا؟ هكذا يرى الجميع ما يحدث، دون أن يمكن التعرّف على أي شخص.
report-figures-year = السنة
report-figures-show = عرض
report-figures-suppression = لا نعرض الأعداد الأصغر من { $threshold } (<{ $threshold }). أحيانًا نُخفي عددًا آخر أيضًا (×)، حتى لا يستطيع أحد أن يحسب العدد الصغير.
report-figures-age = { $minutes ->
    [zero] تم تحديث الأرقام قبل أقل من دقيقة.
    [one] تم تحديث الأرقام قبل دقيقة واحدة على الأكثر.
    [two] تم تحديث الأرقام قبل دقيقتين على الأكثر.
    [few] تم تحديث الأرقام قبل { $minutes } دقائق على الأكثر.
    [many] تم تحديث الأرقام قبل { $minutes } دقيقةً على الأكثر.
   *[other] تم تحديث الأرقام قبل { $minutes } دقيقة على الأكثر.
}
report-figures-csv = تنزيل بصيغة CSV
report-figures-api = البيانات المفتوحة (JSON)
report-figures-per-quarter = البلاغات حسب ربع السنة في عام { $year }
report-figures-year-total = المجموع في هذا العام: { $total }
report-figures-quarter = { $quarter ->
    [1] الربع الأول
    [2] الربع الثاني
    [3] الربع الثالث
    [4] الربع الرابع
   *[other] الربع { $quarter }
}
report-figures-category = الموضوع
report-figures-count = العدد
report-figures-by-terrain = أين حدث ذلك
report-figures-by-nature = ماذا حدث
report-figures-by-handling = طريقة المعالجة
report-figures-by-location = الحي
report-figures-by-municipality = البلدية
report-figures-by-ground = السبب (قد يكون للبلاغ أكثر من سبب)
report-figures-legend = <5: أقل من خمسة بلاغات. ×: مخفي لحماية الأعداد الصغيرة.
report-overview-heading = ملخّص سنوي للبلدية
report-overview-caption = البلاغات في عام { $year } حسب مكان سكن مقدّم البلاغ
report-overview-residents-own = سكان البلدية عن أحداث في بلديتهم
report-overview-residents-elsewhere = سكان البلدية عن أحداث في مكان آخر
report-overview-non-residents-here = أشخاص من خارج البلدية عن أحداث في هذه البلدية
report-overview-unknown = غير معروف
report-staff-figures-title = أرقام للموظفين
report-staff-figures-lead = أعداد دقيقة، للموظفين فقط. لا تشاركها خارج مكتب البلاغات.

## Mail
mail-report-news-subject = هناك جديد بخصوص بلاغك
mail-report-news-body = مرحبًا،

    هناك رسالة جديدة بخصوص بلاغك لدى مكتب البلاغات. لحماية خصوصيتك، لا يظهر محتوى الرسالة في هذا البريد الإلكتروني.

    اقرأ الرسالة بالرمز المكوّن من 16 رقمًا الخاص بك.
mail-report-news-action = فتح البلاغ
mail-report-due-subject = الموعد النهائي للبلاغ { $ref }
mail-report-due-body = مرحبًا { $name }،

    الموعد النهائي للبلاغ { $ref } على وشك الانتهاء.
mail-report-due-action = فتح البلاغ
# Passing a report on to buurtbemiddeling (the melder asked for mediation)
report-case-mediation = إحالة إلى وساطة الحي
report-case-mediation-consent = وافق المُبلِّغ على إحالة البلاغ إلى وساطة الحي
report-case-mediation-hint = طلب المُبلِّغ الوساطة. تُنقل بيانات الاتصال فقط، لا الرواية؛ وتُضاف إلى السجل الزمني ملاحظة برقم الحالة.
# Rights of the people in the data
report-rights-open-cases = { $count ->
    [zero] لا تتولى أي بلاغ مفتوح.
    [one] ما زلت تتولى بلاغًا مفتوحًا واحدًا.
    [two] ما زلت تتولى بلاغين مفتوحين.
    [few] ما زلت تتولى { $count } بلاغات مفتوحة.
    [many] ما زلت تتولى { $count } بلاغًا مفتوحًا.
   *[other] ما زلت تتولى { $count } بلاغ مفتوح.
}
# The monitor's indicators from this module
report-indicator-rate = البلاغات لكل 1000 ساكن
report-indicator-rate-about = بلاغات التمييز لكل 1000 ساكن حسب سنة البلاغ. قد تعني زيادة البلاغات أيضًا أن الناس يعرفون نقطة الإبلاغ بشكل أفضل.
