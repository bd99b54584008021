## Main navigation
nav-home = خطة المنطقة

## Home page
home-approaches-heading = محاورنا الأساسية
home-approaches-intro = { $count ->
    [zero] لا تضم خطة المنطقة على هذا الموقع أي محور أساسي حتى الآن.
    [one] تضم خطة المنطقة الآن على هذا الموقع محورًا أساسيًا واحدًا.
    [two] تضم خطة المنطقة الآن على هذا الموقع محورين أساسيين.
    [few] تضم خطة المنطقة الآن على هذا الموقع { $count } محاور أساسية.
    [many] تضم خطة المنطقة الآن على هذا الموقع { $count } محورًا أساسيًا.
   *[other] تضم خطة المنطقة الآن على هذا الموقع { $count } محور أساسي.
}
home-pillar-count = { $count ->
    [zero] لا توجد ركائز
    [one] ركيزة واحدة
    [two] ركيزتان
    [few] { $count } ركائز
    [many] { $count } ركيزة
   *[other] { $count } ركيزة
}
home-coming-up-heading = قريبًا
home-areas-heading = الأحياء
home-areas-intro = { $count ->
    [zero] لا تشمل خطة المنطقة أي حي.
    [one] تشمل خطة المنطقة حيًا واحدًا.
    [two] تشمل خطة المنطقة حيّين.
    [few] تشمل خطة المنطقة { $count } أحياء.
    [many] تشمل خطة المنطقة { $count } حيًا.
   *[other] تشمل خطة المنطقة { $count } حي.
}
home-areas-map-title = خريطة الأحياء في المنطقة
home-areas-source = مصدر الخريطة
home-empty-title = مرحبًا بك
home-empty-message = لا توجد خطة للمنطقة على هذا الموقع بعد. يمكن للمسؤول إضافة خطة المنطقة.

## Approach page
approach-breadcrumb = أنت هنا
approach-pillars-heading = الركائز الأربع
approach-pillars-intro = نعمل حسب الركائز الأربع لبرنامج De Vreedzame Wijk وبرنامج De Vreedzame School (أي: الحي المسالم والمدرسة المسالمة).
approach-actions-heading = ماذا سنفعل؟
approach-action-pillars = الركائز
approach-contact-heading = التواصل
approach-contact-person = مسؤول التواصل: { $name }
approach-contact-none = لا يوجد مسؤول تواصل بعد.

## Status
status-planned = مخطط له
status-active = قيد التنفيذ
status-paused = متوقف مؤقتًا
status-completed = مكتمل

## Validation messages (coordinator forms)
approach-error-slug = استخدم فقط الحروف اللاتينية الصغيرة (a-z) والأرقام والشرطة (-)، مثلًا: gezond-opgroeien
approach-error-dutch-required = اكتب النص باللغة الهولندية على الأقل.
approach-error-title-empty = اكتب عنوانًا.
approach-error-title-long = العنوان طويل جدًا. استخدم 120 حرفًا على الأكثر.
approach-error-summary-long = الملخص طويل جدًا. استخدم 400 حرف على الأكثر.
approach-error-body-long = النص طويل جدًا.
approach-error-email = اكتب عنوان بريد إلكتروني صحيحًا، مثلًا: name@amersfoort.nl
approach-error-contact-long = الاسم طويل جدًا.
## The four pillars of De Vreedzame Wijk (generated from seed/pillars.toml)
pillar-positive-community = مجتمع إيجابي
pillar-positive-community-motto = ننتمي إلى بعضنا، ونهتم ببعضنا
pillar-positive-community-explanation = نعمل معًا حتى يشعر الجميع بالترحيب والانتماء.
pillar-conflict-mediation = حل النزاعات والوساطة
pillar-conflict-mediation-motto = نستمع إلى بعضنا، ونحل النزاعات بأنفسنا
pillar-conflict-mediation-explanation = نستمع إلى بعضنا، ونتعلم كيف نحل الخلاف معًا بطريقة جيدة.
pillar-tasks-responsibilities = المهام والمسؤوليات
pillar-tasks-responsibilities-motto = كل واحد منا يساهم بدوره
pillar-tasks-responsibilities-explanation = يشارك الجميع ويساعدون في جعل المنطقة مكانًا جميلًا.
pillar-diversity = التعامل مع التنوع
pillar-diversity-motto = كلنا مختلفون
pillar-diversity-explanation = نرى الاختلافات بين الناس أمرًا طبيعيًا، ونتعامل معها باحترام.

## Managing approaches
approach-admin-title = إدارة المحاور الأساسية
approach-admin-lead = أضف المحاور الأساسية لخطة المنطقة واكتب نصوصها بكل لغة.
approach-admin-new = محور أساسي جديد
approach-admin-create = إنشاء محور أساسي
approach-admin-edit = تعديل المحور الأساسي
approach-admin-view = عرض الصفحة
approach-admin-saved = تم حفظ التغييرات.
approach-admin-languages = لغة النص
approach-admin-slug = العنوان (جزء من الرابط)
approach-admin-slug-hint = حروف لاتينية صغيرة (a-z) وأرقام وشرطات، مثال: gezond-opgroeien
approach-admin-status = الحالة
approach-admin-contact-name = مسؤول التواصل
approach-admin-contact-email = البريد الإلكتروني لمسؤول التواصل
approach-admin-title-field = العنوان الرئيسي
approach-admin-summary = ملخص (جملة أو جملتان)
approach-admin-body = النص
approach-admin-body-hint = اكتب بلغة بسيطة. اترك سطرًا فارغًا بين الفقرات.
approach-error-status = اختر حالة.
approach-error-slug-taken = هذا العنوان مستخدم بالفعل. اختر عنوانًا آخر.
