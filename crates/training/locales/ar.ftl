nav-training = التدريب
training-title = تدريب العمل بحساسية ثقافية
training-lead = هل تعمل في ليندرت كمهني أو متطوع؟ شارك في التدريب وتعلّم كيف تتواصل بشكل أفضل مع سكان المنطقة.
training-breadcrumb = أنت هنا
training-courses = الدورات التدريبية
training-coming-sessions = مواعيد التدريب القادمة
training-no-sessions = لا توجد مواعيد تدريب مخططة حاليًا.
training-sessions = مواعيد التدريب
training-col-date = التاريخ
training-col-course = الدورة
training-col-venue = المكان
training-col-places = الأماكن
training-col-status = الحالة
training-col-actions = ما يمكنك فعله
training-col-trainer = المدرّب
training-col-enrolled = المسجَّلون
training-col-name = الاسم
training-col-organisation = المنظمة
training-col-attended = الحضور
training-col-certificate = الشهادة
training-col-role = الدور
training-col-working = يعمل في ليندرت
training-col-certified = لديه شهادة سارية
training-col-percent = النسبة المئوية
training-col-goal = الهدف
training-col-quarter = ربع السنة
training-col-group = المجموعة
training-col-form = الاستبيان
training-col-statement = العبارة
training-col-average = المتوسط (1–5)
training-col-respondents = عدد المجيبين
training-online = عبر الإنترنت
training-no-limit = بلا حد أقصى
training-places-left = { $count ->
    [zero] لم يبقَ أي مكان
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقيت { $count } أماكن
    [many] بقي { $count } مكانًا
   *[other] بقي { $count } مكان
}
training-waiting-count = { $count ->
    [zero] لا أحد على قائمة الانتظار
    [one] شخص واحد على قائمة الانتظار
    [two] شخصان على قائمة الانتظار
    [few] { $count } أشخاص على قائمة الانتظار
    [many] { $count } شخصًا على قائمة الانتظار
   *[other] { $count } شخص على قائمة الانتظار
}
training-hours = { $count ->
    [zero] 0 ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعةً
   *[other] { $count } ساعة
}
training-months = { $count ->
    [zero] 0 شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
training-meetings = { $count ->
    [zero] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
    [many] { $count } لقاءً
   *[other] { $count } لقاء
}
training-target = لمن
training-target-professional = المهنيون
training-target-volunteer = المتطوعون
training-target-both = المهنيون والمتطوعون
training-duration = المدة
training-validity = الصلاحية
training-validity-none = تبقى سارية
training-completion = الإتمام
training-completion-rule = تُتمّ الدورة إذا حضرت { $count }% على الأقل من اللقاءات.
training-prerequisite = مطلوب أولًا
training-trainer-is = المدرّب: { $name }
training-enrol = سجّل
training-enrol-waiting = سجّل في قائمة الانتظار
training-enrol-for = من تريد أن تسجّل؟
training-enrol-myself = نفسي
training-login-to-enrol = سجّل الدخول للتسجيل
training-see-courses = اطّلع على الدورات.
training-mine-title = تدريباتي
training-my-enrolments = تسجيلاتي
training-my-certificates = شهاداتي
training-no-enrolments = لم تسجّل بعد.
training-no-certificates = ليست لديك شهادة بعد.
training-status-confirmed = مسجَّل
training-status-waiting = على قائمة الانتظار
training-status-cancelled = ملغى
training-cancel = ألغِ التسجيل في { $course }
training-cancel-for = ألغِ تسجيل { $name }
training-number = الرقم
training-number-is = الرقم { $number }
training-issued = تاريخ الإصدار
training-issued-on = صدرت في { $date }
training-valid-until = سارية حتى { $date }
training-certificate-title = شهادة
training-certificate-states = نشهد بموجب هذا أن
training-certificate-completed = أتمّ بنجاح الدورة التالية:
training-certificate-check = تحقّق من هذه الشهادة على
training-back = العودة إلى تدريباتي
training-verify-title = التحقق من شهادة
training-verify-text = هل أراك أحدهم شهادة؟ اكتب الرقم لترى هل هي سارية.
training-verify-number = رقم الشهادة (مثلًا KL-2026-ABCD-EFGH)
training-verify-submit = تحقّق
training-verify-valid = هذه الشهادة سارية.
training-verify-not-valid = هذه الشهادة لم تعد سارية.
training-verify-unknown = لا نعرف هذا الرقم. تأكّد من أنك نقلته بشكل صحيح.
training-verify-initials = الأحرف الأولى من الاسم
training-verify-privacy = حفاظًا على الخصوصية نعرض الأحرف الأولى فقط.
training-verify-again = تحقّق من رقم آخر
training-form-satisfaction = ما رأيك في التدريب؟
training-form-before = استبيان قبل التدريب
training-form-after = استبيان بعد التدريب
training-form-followup = استبيان بعد ثلاثة أشهر
training-effect-anonymous = اختر لكل عبارة رقمًا من 1 (لا أوافق إطلاقًا) إلى 5 (أوافق تمامًا). تُحفظ إجاباتك بدون اسمك.
training-score = { $count ->
    [1] 1 – لا أوافق إطلاقًا
    [5] 5 – أوافق تمامًا
   *[other] { $count }
}
training-effect-submit = إرسال
training-effect-thanks = شكرًا على تعبئة الاستبيان.
training-q-useful = كان التدريب مفيدًا لعملي.
training-q-trainer = شرح المدرّب الأمور بشكل جيد.
training-q-recommend = أنصح زملائي بهذا التدريب.
training-q-own-norms = أعرف أيّ من معاييري الشخصية يؤثر في عملي.
training-q-frame = أفهم كيف قد ينظر شخص من خلفية أخرى إلى موقف ما.
training-q-interpreter = أعرف متى أستعين بمترجم.
training-q-ask = أجرؤ على طرح المزيد من الأسئلة عندما لا أفهم عادات شخص ما.
training-q-applied = أستخدم ما تعلّمته في عملي.
training-q-changed = تغيّرت محادثاتي مع السكان بفضل التدريب.
training-q-colleagues = شاركت ما تعلّمته مع زملائي.
training-q-unknown = سؤال آخر
training-manage-title = إدارة التدريب
training-manage-card-text = الدورات ومواعيد التدريب والحضور والشهادات والتغطية لكل منظمة.
training-course-new = دورة جديدة
training-session-new = موعد تدريب جديد
training-session-new-for = موعد جديد لـ { $course }
training-save = حفظ
training-choose = اختر…
training-none = لا شيء
training-show = عرض
training-f-title = اسم الدورة
training-f-key = المفتاح الثابت
training-f-key-hint = أحرف لاتينية صغيرة وأرقام وشرطات. اتركه فارغًا لإنشائه من الاسم. تستخدم أجزاء أخرى من الموقع هذا المفتاح.
training-f-description = الوصف
training-f-hours = المدة بالساعات
training-f-validity = صلاحية الشهادة بالأشهر
training-f-validity-hint = اتركه فارغًا إذا كانت الشهادة تبقى سارية.
training-f-completion = الإتمام عند نسبة حضور (%)
training-f-completion-hint = مثلًا 100 (كل اللقاءات) أو 80.
training-f-trainer-account = مدرّب لديه حساب
training-f-trainer-name = اسم المدرّب
training-f-trainer-name-hint = مطلوب إذا لم يكن للمدرّب حساب.
training-f-venue = المكان
training-f-capacity = عدد الأماكن
training-f-capacity-hint = اتركه فارغًا إذا لم يكن هناك حد أقصى.
training-f-meeting = اللقاء { $count }
training-f-date = التاريخ
training-f-start = وقت البدء
training-f-end = وقت الانتهاء
training-f-goal-percent = الهدف (%)
training-f-goal-date = قبل تاريخ
training-f-contact-email = البريد الإلكتروني لمسؤول التواصل
training-participants = المشاركون
training-no-participants = لم يسجّل أحد بعد.
training-completed = أتمّ
training-issue = أصدر شهادة لـ { $name }
training-attendance = الحضور لكل لقاء
training-attendance-save = احفظ الحضور
training-coverage-title = التغطية لكل منظمة
training-coverage-lead = كم من العاملين في ليندرت لديهم شهادة سارية؟
training-coverage-caption = تغطية { $course } لكل منظمة ودور
training-coverage-empty = لا توجد بعد منظمات لديها مهنيون أو متطوعون.
training-csv = تنزيل بصيغة CSV
training-role-professional = المهنيون
training-role-volunteer = المتطوعون
training-goal-by = قبل { $date }
training-chart-progress-title = نسبة من لديهم شهادة سارية في { $course }، لكل منظمة ودور
training-chart-progress-desc = كل عمود هو نسبة من لديهم شهادة سارية. الخط الأسود هو هدف المنظمة. الجدول أعلاه يحتوي على الأرقام نفسها.
training-chart-trend-title = التطور لكل ربع سنة في { $course }
training-chart-trend-desc = كل عمود يبيّن نسبة من يعملون هنا الآن وكانت لديهم شهادة سارية في نهاية الربع. الجدول أدناه يحتوي على الأرقام نفسها.
training-trend = التطور لكل ربع سنة
training-trend-note = محسوب من تواريخ الشهادات، للأشخاص الذين يعملون في ليندرت الآن.
training-goal-title = هدف لمنظمة
training-contacts-title = مسؤولو التواصل
training-contacts-text = يسجّل مسؤول التواصل في المنظمة زملاءه، ويتلقى رسالة عندما توشك شهاداتهم على الانتهاء.
training-effect-title = أثر التدريب
training-effect-lead = { $count ->
    [zero] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان 0 شخص على الأقل.
    [one] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان شخص واحد على الأقل.
    [two] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان شخصان على الأقل.
    [few] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان { $count } أشخاص على الأقل.
    [many] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان { $count } شخصًا على الأقل.
   *[other] المتوسطات لكل مجموعة. نعرض النتيجة فقط إذا ملأ الاستبيان { $count } شخص على الأقل.
}
training-effect-by-course = لكل دورة
training-effect-by-session = لكل موعد تدريب
training-effect-none = لا توجد إجابات بعد.
training-effect-hidden = مخفي
training-effect-fewer = أقل من { $count }
training-error-title = اكتب اسمًا (150 حرفًا على الأكثر).
training-error-key = استخدم فقط أحرفًا لاتينية صغيرة وأرقامًا وشرطات.
training-error-key-taken = هذا المفتاح موجود بالفعل. اختر مفتاحًا آخر.
training-error-number = اكتب عددًا صحيحًا.
training-error-target = اختر لمن هذه الدورة.
training-error-validity = اكتب عدد أشهر من 1 إلى 120، أو اتركه فارغًا.
training-error-prerequisite = اختر دورة من القائمة.
training-error-percent = اكتب نسبة من 1 إلى 100.
training-error-course = اختر دورة.
training-error-trainer = اختر مدرّبًا من القائمة.
training-error-trainer-name = اكتب اسم المدرّب، أو اختر مدرّبًا لديه حساب.
training-error-venue = اكتب مكانًا، أو اختر عبر الإنترنت.
training-error-capacity = اكتب عدد أماكن من 1 إلى 1000، أو اتركه فارغًا.
training-error-meeting = اكتب تاريخًا وأوقاتًا، مثل 15-12-2026 و 09:30.
training-error-ends-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
training-error-meeting-order = يجب أن يبدأ اللقاء بعد اللقاء السابق.
training-error-no-meeting = اكتب بيانات لقاء واحد على الأقل.
training-error-enrolled-twice = أنت مسجَّل بالفعل في هذا التدريب.
training-error-closed = لم يعد التسجيل ممكنًا: بدأ التدريب أو أُلغي.
training-error-not-your-staff = يمكنك تسجيل أشخاص من منظمتك فقط.
training-error-prerequisite-missing = لهذه الدورة تحتاج أولًا إلى شهادة سارية من الدورة السابقة.
training-error-not-found = هذا التسجيل غير موجود.
training-error-not-confirmed = ليس لهذا الشخص مكان في التدريب.
training-error-not-completed = لا شهادة: لم يُتمّ هذا الشخص التدريب (لم يحضر بما يكفي).
training-error-already-issued = لدى هذا الشخص شهادة لهذا التدريب بالفعل.
training-error-score = اختر رقمًا من 1 إلى 5.
training-error-organisation = اختر منظمة.
training-error-date = اكتب تاريخًا.
training-error-contact = هذا الشخص غير معروف في هذه المنظمة.
mail-training-expiry-subject = شهادتك في { $course } ستنتهي قريبًا
mail-training-expiry-body = مرحبًا { $name }،

    شهادتك في { $course } سارية حتى { $until }.

    سجّل في الوقت المناسب في تدريب جديد لتبقى شهادتك سارية.
mail-training-expiry-action = اطّلع على مواعيد التدريب
mail-training-expiry-contact-subject = شهادة { $name } ستنتهي قريبًا
mail-training-expiry-contact-body = شهادة { $course } الخاصة بـ { $name } سارية حتى { $until }.

    بصفتك مسؤول التواصل يمكنك تسجيل { $name } في تدريب جديد.
mail-training-expiry-contact-action = اطّلع على مواعيد التدريب
mail-training-followup-subject = كيف الحال بعد تدريب { $course }؟
mail-training-followup-body = مرحبًا { $name }،

    قبل ثلاثة أشهر شاركت في تدريب { $course }. هل تجيب عن ثلاثة أسئلة قصيرة؟ تُحفظ إجاباتك بدون اسمك.
mail-training-followup-action = املأ الاستبيان
mail-training-promoted-subject = أصبح هناك مكان شاغر: { $course }
mail-training-promoted-body = مرحبًا { $name }،

    أصبح هناك مكان شاغر. أنت الآن مسجَّل في { $course }.
mail-training-promoted-action = اطّلع على تسجيلك
training-sessions-count = { $count ->
    [zero] لا توجد مواعيد تدريب
    [one] موعد تدريب واحد
    [two] موعدا تدريب
    [few] { $count } مواعيد تدريب
    [many] { $count } موعدًا تدريبيًا
   *[other] { $count } موعد تدريب
}
training-enrolments-count = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
training-participants-count = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
training-results-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
training-trend-caption = الأشخاص الذين لديهم شهادة سارية في نهاية كل ربع سنة
training-course-edit = تعديل { $course }
training-course-edit-title = تعديل التدريب: { $course }
training-course-archive = أرشفة { $course }
training-course-unarchive = عرض { $course } من جديد
training-archived = مؤرشف
training-f-key-fixed = المفتاح لا يتغيّر أبدًا. تستخدمه الشهادات والروابط.
training-session-edit = تعديل موعد التدريب
training-session-edit-title = تعديل موعد التدريب: { $course }
training-session-cancel = إلغاء موعد التدريب
training-session-cancelled = تم إلغاء موعد التدريب هذا.
training-error-capacity-below-confirmed = عدد المسجَّلين أكبر من ذلك بالفعل. اختر عدد أماكن لا يقل عن عدد المسجَّلين، أو اترك الحقل فارغًا.
mail-training-session-cancelled-subject = أُلغي: { $course } في { $date }
mail-training-session-cancelled-body = مرحبًا { $name }،

    لن يُعقد تدريب { $course } في { $date }، لذلك انتهى تسجيلك. هل تريد التسجيل في موعد آخر؟ اطّلع على الدورات التدريبية.
mail-training-session-cancelled-action = اطّلع على الدورات التدريبية
# Rights of the people in the data
training-rights-open-sessions = { $count ->
    [zero] لا تقدّم أي جلسة تدريب.
    [one] ما زلت تقدّم جلسة تدريب واحدة كمدرّب.
    [two] ما زلت تقدّم جلستي تدريب كمدرّب.
    [few] ما زلت تقدّم { $count } جلسات تدريب كمدرّب.
    [many] ما زلت تقدّم { $count } جلسة تدريب كمدرّب.
   *[other] ما زلت تقدّم { $count } جلسة تدريب كمدرّب.
}
# The monitor's indicators from this module
training-indicator-coverage = مدرَّبون على العمل المراعي للثقافات
training-indicator-coverage-about = نسبة المهنيين والمتطوعين لدى الشركاء الذين لديهم شهادة سارية. للبلدية كلها فقط.
