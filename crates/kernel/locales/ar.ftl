## Layout (every page)
layout-site-name = Kansrijk
layout-description = نعمل معًا من أجل منطقة يشعر فيها الجميع بالترحيب.
layout-tagline = نعمل معًا من أجل منطقة يشعر فيها الجميع بالترحيب
layout-skip-link = انتقل إلى المحتوى
layout-language-nav = اختر لغة
# A language named in the reader's language, inside a sentence (the switcher keeps each name in its own language).
lang-name-nl = الهولندية
lang-name-en = الإنجليزية
lang-name-tr = التركية
lang-name-ar = العربية
lang-name-pl = البولندية
lang-name-ngt = لغة الإشارة الهولندية
layout-main-nav = القائمة الرئيسية
layout-contact = اتصل بنا
layout-privacy = الخصوصية
layout-accessibility = إمكانية الوصول
layout-open-data = البيانات المفتوحة (API)
layout-made-by = صُنع لسكان المنطقة وبالتعاون معهم.

## Statements
privacy-title = بيان الخصوصية
accessibility-title = بيان إمكانية الوصول

## Error pages
error-back-home = العودة إلى الصفحة الرئيسية
error-code = رمز الخطأ { $status }
error-not-found-title = هذه الصفحة غير موجودة
error-not-found-message = ربما نُقلت الصفحة، أو ربما العنوان غير صحيح. تأكد من أنك كتبت العنوان بشكل صحيح.
error-unavailable-title = غير متاح الآن
error-unavailable-message = لا نستطيع عرض هذه الصفحة الآن. حاول مرة أخرى بعد بضع دقائق. لم يضِع أي شيء.
error-too-large-title = نص طويل جدًا أو ملف كبير جدًا
error-too-large-message = ما أرسلته كبير جدًا. اجعل النص أقصر أو اختر ملفًا أصغر.
error-method-not-allowed-title = لا يمكن فعل هذا هنا
error-method-not-allowed-message = لا يمكن القيام بهذا الإجراء في هذه الصفحة.
error-too-many-requests-title = انتظر قليلًا
error-too-many-requests-message = لقد حاولت مرات كثيرة في وقت قصير. انتظر بضع دقائق، ثم حاول مرة أخرى.
error-bad-request-title = حدث خطأ في طلبك
error-bad-request-message = لم نتمكن من معالجة طلبك. ارجع وحاول مرة أخرى.
error-internal-title = حدث خطأ من جهتنا
error-internal-message = هذا خطؤنا، وليس خطأك. حاول مرة أخرى لاحقًا. إذا استمرت المشكلة، تواصل معنا.
error-forbidden-title = لا يُسمح لك بفعل هذا
error-forbidden-message = ليس لديك صلاحية الدخول إلى هذه الصفحة، أو انتهت صلاحية النموذج. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-unauthorised-title = سجّل الدخول أولًا
error-unauthorised-message = يجب أن تسجّل الدخول لفتح هذه الصفحة.

## Layout: account links
layout-breadcrumb = أنت هنا
layout-login = تسجيل الدخول
layout-account = حسابي
layout-manage = الإدارة
layout-logout = تسجيل الخروج
layout-logged-in-as = تم تسجيل الدخول باسم { $name }

## Forms (shared)
form-error-summary = حدث خطأ. انظر إلى الحقول أدناه.
form-name = الاسم
form-email = البريد الإلكتروني
form-password = كلمة المرور
form-new-password = كلمة المرور الجديدة
form-password-again = اكتب كلمة المرور مرة أخرى
form-save = حفظ
form-yes = نعم
form-no = لا
form-error-name = اكتب اسمًا (120 حرفًا على الأكثر).
form-error-email = اكتب عنوان بريد إلكتروني صحيحًا. مثال: name@example.nl
password-hint = 10 أحرف على الأقل. الجملة المكوّنة من بضع كلمات سهلة التذكّر وصعبة التخمين.
password-error-short = كلمة المرور قصيرة جدًا. استخدم 10 أحرف على الأقل.
password-error-long = كلمة المرور طويلة جدًا. استخدم 256 حرفًا على الأكثر.
password-error-weak = من السهل جدًا تخمين كلمة المرور هذه. اختر كلمة مرور أطول، مثل جملة من بضع كلمات.
password-error-mismatch = كلمتا المرور غير متطابقتين.
pagination = الصفحات
pagination-next = الصفحة التالية
pagination-previous = الصفحة السابقة

## Log in
login-title = تسجيل الدخول
login-intro = سجّل الدخول بعنوان بريدك الإلكتروني وكلمة المرور.
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-register = ليس لديك حساب بعد؟ أنشئ حسابًا.
login-error-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. أو ربما حاولت مرات كثيرة: في هذه الحالة انتظر بضع دقائق.
code-title = الرمز من تطبيقك
code-intro = افتح التطبيق على هاتفك واكتب الرمز المكوّن من 6 أرقام. ليس معك هاتفك؟ اكتب أحد رموز الاسترداد الخاصة بك.
code-label = الرمز
code-hint = 6 أرقام من التطبيق، أو رمز استرداد من 12 رقمًا.
code-submit = تحقّق
code-error-wrong = هذا الرمز غير صحيح. تأكد من أنك تستخدم أحدث رمز في التطبيق.
code-error-locked = تم إدخال رموز خاطئة مرات كثيرة. حاول مرة أخرى بعد 15 دقيقة.

## Forgotten password
forgot-title = نسيت كلمة المرور
forgot-intro = اكتب عنوان بريدك الإلكتروني. ستصلك رسالة فيها رابط لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي رابطًا
forgot-sent-title = تحقّق من بريدك الإلكتروني
forgot-sent-message = إذا كان هناك حساب بهذا البريد الإلكتروني، فستصلك رسالة خلال بضع دقائق. الرابط صالح لمدة ساعة واحدة. انظر أيضًا في مجلد البريد غير المرغوب فيه.
reset-title = اختر كلمة مرور جديدة
reset-intro = اختر كلمة مرور جديدة لحسابك. بعد ذلك ستحتاج إلى تسجيل الدخول من جديد في كل مكان.
reset-done-title = تم تغيير كلمة المرور
reset-done-message = يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.
set-password-submit = حفظ كلمة المرور
token-invalid-title = هذا الرابط لم يعد يعمل
token-invalid-message = هذا الرابط استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا.
token-invalid-link = اطلب رابطًا جديدًا

## Invitation
invite-title = مرحبًا بك في Kansrijk
invite-intro = لقد وصلتك دعوة. تأكد من أن اسمك صحيح، واختر كلمة مرور.
invite-invalid-message = هذه الدعوة استُخدمت من قبل أو انتهت صلاحيتها. اطلب دعوة جديدة من الشخص الذي دعاك.
invite-inviter-default = منسق خطة المنطقة

## Registration
register-title = إنشاء حساب
register-intro = بحساب خاص بك يمكنك المشاركة، مثل تأييد الأفكار والتعليق عليها. ستصلك رسالة لتأكيد عنوان بريدك الإلكتروني.
register-name-hint = يكفي اسمك الأول أو اسم مستعار.
register-consent = قرأت ما يحدث لبياناتي.
register-error-consent = ضع علامة في المربع إذا كنت موافقًا.
register-submit = إنشاء حساب
register-sent-title = تحقّق من بريدك الإلكتروني
register-sent-message = أرسلنا إليك رسالة بريد إلكتروني. اضغط على الرابط في هذه الرسالة لتأكيد حسابك. الرابط صالح لمدة يومين.
confirm-done-title = تم تأكيد عنوان بريدك الإلكتروني
confirm-done-message = حسابك جاهز. يمكنك الآن تسجيل الدخول.

## My account
account-title = حسابي
account-roles = الأدوار
account-no-roles = لا يوجد
account-twofactor-on = تسجيل الدخول بخطوتين مُفعّل.
account-twofactor-off = تسجيل الدخول بخطوتين غير مُفعّل.
account-twofactor-setup = إعداد تسجيل الدخول بخطوتين
account-recovery-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد.
    [one] بقي لديك رمز استرداد واحد.
    [two] بقي لديك رمزا استرداد.
    [few] بقي لديك { $count } رموز استرداد.
    [many] بقي لديك { $count } رمز استرداد.
   *[other] بقي لديك { $count } رمز استرداد.
}
account-sessions-heading = أين سجّلت الدخول؟
account-sessions = { $count ->
    [zero] لم تسجّل الدخول في أي مكان.
    [one] سجّلت الدخول في مكان واحد.
    [two] سجّلت الدخول في مكانين.
    [few] سجّلت الدخول في { $count } أماكن.
    [many] سجّلت الدخول في { $count } مكانًا.
   *[other] سجّلت الدخول في { $count } مكان.
}
account-logout-everywhere = تسجيل الخروج من كل مكان
account-display-name-heading = اسمك على الصفحات العامة
account-display-name-now = يظهر الآن مع مقترحاتك وتعليقاتك: { $name }
account-display-name-label = الاسم على الصفحات العامة
account-display-name-hint = اترك هذا الحقل فارغًا ليظهر اسمك الأول والحرف الأول من اسم عائلتك. إذا اخترت اسمًا بنفسك، فاستخدم من 2 إلى 40 حرفًا.
account-display-name-save = حفظ الاسم
account-display-name-saved = تم حفظ اسمك على الصفحات العامة.
account-display-name-error-length = اختر اسمًا من 2 إلى 40 حرفًا.
account-display-name-error-characters = يحتوي هذا الاسم على رموز غير مسموح بها. استخدم الحروف والأرقام وعلامات الترقيم.

## Two-factor
twofactor-title = تسجيل الدخول بخطوتين
twofactor-intro = دورك يسمح لك برؤية بيانات حساسة. لذلك تسجّل الدخول بكلمة المرور وبرمز من تطبيق على هاتفك.
twofactor-step-app = ثبّت على هاتفك تطبيقًا لرموز تسجيل الدخول، مثل تطبيق مصادقة (authenticator).
twofactor-step-scan = امسح رمز QR بالتطبيق.
twofactor-step-code = اكتب الرمز المكوّن من 6 أرقام الذي يظهر في التطبيق.
twofactor-manual = لا تستطيع المسح؟ اكتب هذا المفتاح في التطبيق:
twofactor-submit = تحقّق من الرمز
twofactor-done = تسجيل الدخول بخطوتين مُفعّل الآن.
twofactor-recovery-heading = رموز الاسترداد الخاصة بك
twofactor-recovery-intro = احفظ هذه الرموز في مكان آمن. استخدمها عندما لا يكون هاتفك معك. كل رمز يعمل مرة واحدة فقط. سترى هذه الرموز مرة واحدة فقط.
twofactor-continue = متابعة

## Roles
role-resident = ساكن في المنطقة
role-volunteer = متطوع
role-professional = مهني
role-report-handler = مسؤول البلاغات
role-mediation-coordinator = منسق الوساطة
role-mediator = وسيط
role-youth-coach = مرشد الشباب
role-trainer = مدرّب
role-coordinator = منسق البرنامج
role-error-unknown = اختر دورًا من القائمة.
role-error-last-coordinator = هذا آخر منسق للبرنامج. أعطِ هذا الدور لشخص آخر أولًا.

## Management
admin-title = الإدارة
admin-intro = هنا تدير المنظمات والأشخاص وأدوارهم.
admin-people-text = ابحث عن أشخاص، وأعطِ أدوارًا، واحظر حسابات.
admin-invitations-text = ادعُ مهنيين ومتطوعين.
admin-organisations-text = المنظمات الشريكة في المنطقة.
admin-audit-text = من اطّلع على أي بيانات شخصية أو غيّرها؟
admin-jobs-heading = المهام في الخلفية
admin-jobs-status = الحالة
admin-jobs-count = العدد
job-status-queued = في الانتظار
job-status-running = قيد التنفيذ
job-status-done = تمّ
job-status-failed = فشل
organisations-title = المنظمات
organisations-new = منظمة جديدة
organisations-count = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
organisation-kind = نوع المنظمة
organisation-kind-school = مدرسة
organisation-kind-welfare = الرعاية الاجتماعية
organisation-kind-housing = مؤسسة إسكان اجتماعي
organisation-kind-police = الشرطة
organisation-kind-municipality = البلدية
organisation-kind-sports-culture = الرياضة والثقافة
organisation-kind-other = أخرى
organisation-error-kind = اختر نوع المنظمة.
organisation-error-taken = توجد بالفعل منظمة بهذا الاسم.
organisation-error-unknown = اختر منظمة من القائمة.
people-title = الأشخاص
people-search = ابحث بالاسم أو بالبريد الإلكتروني
people-search-submit = بحث
people-status = حالة الحساب
people-organisation = المنظمة
people-no-organisation = بدون منظمة
people-twofactor = تسجيل الدخول بخطوتين
people-verified-resident = من سكان المنطقة (تم التحقق)
people-last-login = آخر تسجيل دخول
people-role = الدور
people-role-organisation = لمنظمة محددة فقط
people-role-any-organisation = كل المنظمات
people-role-area = لمنطقة أو حي فقط
people-role-any-area = كل المناطق والأحياء
people-error-area = اختر منطقة أو حيًّا من القائمة.
people-add-role = إعطاء دور
people-remove-role = إزالة دور { $role }
people-block = حظر الحساب
people-unblock = إلغاء حظر الحساب
people-verify-resident = وضع علامة «من سكان المنطقة»
people-unverify-resident = إزالة علامة «من سكان المنطقة»
people-error-block-self = لا يمكنك حظر حسابك أنت.
people-audit-link = من اطّلع على هذه البيانات؟
user-status-invited = تمت الدعوة
user-status-unconfirmed = غير مؤكد بعد
user-status-active = نشط
user-status-disabled = محظور
invitations-title = الدعوات
invitations-intro = ادعُ شخصًا وأعطه دورًا. سيصله بريد إلكتروني فيه رابط. الرابط صالح لمدة أسبوع، ولمرة واحدة فقط.
invitations-new = دعوة شخص
invitations-language = لغة البريد الإلكتروني
invitations-submit = إرسال الدعوة
invitations-sent = تم إرسال الدعوة إلى هذا العنوان: { $email }
invitations-open = الدعوات المفتوحة
invitations-none = لا توجد دعوات مفتوحة.
invitations-valid-until = صالحة حتى { $date }
invite-error-exists = يوجد بالفعل حساب بهذا البريد الإلكتروني.
audit-title = سجل البيانات الشخصية
audit-intro = من اطّلع على أي بيانات شخصية أو غيّرها، ومتى. لا يستطيع أحد تغيير هذا السجل.
audit-actor = مَن
audit-action = ماذا
audit-any = الكل
audit-subject = بخصوص
audit-subject-type = نوع البيانات
audit-subject-id = الرقم
audit-from = من تاريخ
audit-until = حتى تاريخ (يشمل هذا اليوم)
audit-filter = تصفية
audit-when = متى
audit-detail = تفاصيل
audit-action-read = تم الاطّلاع
audit-action-create = تم الإنشاء
audit-action-update = تم التغيير
audit-action-delete = تم الحذف
audit-action-login = تسجيل الدخول
audit-action-login_failed = فشل تسجيل الدخول
audit-action-logout = تسجيل الخروج
audit-action-export = تم التصدير
audit-action-denied = مرفوض (خارج النطاق)

## Mail
mail-footer = هذه رسالة من Kansrijk، منصة خطة المنطقة. وصلتك لأن شخصًا ما كتب عنوان البريد الإلكتروني هذا في الموقع.
mail-invite-subject = دعوة إلى Kansrijk
mail-invite-body = مرحبًا { $name }،

    وصلتك دعوة من { $inviter } للانضمام إلى Kansrijk، منصة خطة المنطقة.

    اضغط على الرابط لاختيار كلمة مرور. الرابط صالح لمدة أسبوع، ولمرة واحدة فقط.
mail-invite-action = قبول الدعوة
mail-reset-subject = اختر كلمة مرور جديدة
mail-reset-body = مرحبًا { $name }،

    طلبت كلمة مرور جديدة. اضغط على الرابط لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.

    لم تطلب ذلك؟ إذن يمكنك تجاهل هذه الرسالة. ستبقى كلمة المرور كما هي.
mail-reset-action = اختيار كلمة مرور جديدة
mail-wrong-codes-subject = رموز خاطئة عند تسجيل الدخول إلى حسابك
mail-wrong-codes-body = مرحبًا { $name }،

    أدخل شخص ما رمزًا خاطئًا { $count ->
        [zero] 0 مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرةً
       *[other] { $count } مرة
    } عند تسجيل الدخول إلى حسابك. لذلك لا يمكن تسجيل الدخول برمز لمدة { $minutes ->
        [zero] 0 دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }.

    هل كنت أنت؟ إذن لا تحتاج إلى فعل أي شيء.

    لم تكن أنت؟ قد يعرف شخص آخر كلمة مرورك. اختر كلمة مرور جديدة فورًا.
mail-wrong-codes-action = اختيار كلمة مرور جديدة
mail-confirm-subject = أكّد عنوان بريدك الإلكتروني
mail-confirm-body = مرحبًا { $name }،

    أهلًا بك في Kansrijk. اضغط على الرابط لتأكيد عنوان بريدك الإلكتروني. الرابط صالح لمدة يومين.
mail-confirm-action = تأكيد عنوان البريد الإلكتروني
mail-exists-subject = لديك حساب بالفعل
mail-exists-body = مرحبًا { $name }،

    حاول شخص ما إنشاء حساب بعنوان البريد الإلكتروني هذا. لكن لديك حساب بالفعل.

    لا تتذكر كلمة المرور؟ اختر كلمة مرور جديدة من خلال الرابط.
mail-exists-action = اختيار كلمة مرور جديدة

# OpenID Connect login for staff
login-oidc-heading = تسجيل الدخول عبر منظمتك
login-oidc-intro = هل لدى منظمتك خدمة تسجيل دخول خاصة بها؟ سجّل الدخول هناك إذن.
login-oidc-button = تسجيل الدخول عبر { $provider }
oidc-failed-title = لم ينجح تسجيل الدخول
oidc-failed-message = لم ينجح تسجيل الدخول عبر منظمتك. حاول مرة أخرى. إذا لم ينجح ذلك، فاتصل بالمسؤول.
oidc-unknown-message = لا يوجد هنا حساب بعنوان البريد الإلكتروني الذي قدّمته منظمتك. اطلب من منسّق أن يدعوك.
# The local outbox (/beheer/post), when no SMTP server is set
local-mail-title = بريد العرض التجريبي
local-mail-card = كل الرسائل التي أرسلتها المنصة، كما يراها المستلم. لم يُضبط خادم بريد.
local-mail-intro = لم يُضبط خادم بريد، لذلك لا تُرسل أي رسالة فعلًا: يبقى كل البريد هنا. افتح رسالة لتراها كما تصل إلى المستلم. مدة بقاء البريد هنا (بالأيام): { $days }.
local-mail-smtp = ضُبط خادم بريد، فالبريد يُرسل فعلًا ولا يبقى هنا. في الأسفل فقط بريد قديم من الوقت الذي لم يكن فيه خادم بريد.
local-mail-empty = لا يوجد بريد بعد.
local-mail-when = أُرسلت
local-mail-from = من
local-mail-to = إلى
local-mail-subject = الموضوع
local-mail-language = اللغة
local-mail-by-reference = العنوان محمي (صاحب بلاغ في مكتب البلاغات)
local-mail-html = الرسالة كما تبدو
local-mail-links = الروابط في هذه الرسالة
local-mail-text = النص فقط
# مفاتيح API (/beheer/api-sleutels)
admin-api-tokens-text = مفاتيح للأنظمة الأخرى التي تستخدم واجهة API.
api-tokens-title = مفاتيح API
api-tokens-intro = باستخدام مفتاح API يقرأ نظام آخر (لوحة معلومات، نظام لإدارة الحالات) البيانات عبر واجهة API. يعمل المفتاح فقط للمنظمة والمنطقة والمواضيع التي تختارها.
api-tokens-count = { $count ->
    [zero] لا توجد مفاتيح API
    [one] مفتاح API واحد
    [two] مفتاحا API
    [few] { $count } مفاتيح API
    [many] { $count } مفتاحًا API
   *[other] { $count } مفتاح API
}
api-tokens-new = مفتاح API جديد
api-token-description = الوصف
api-token-description-hint = لأي نظام هذا المفتاح؟ مثلًا: لوحة معلومات فريق المنطقة.
api-token-organisation = المنظمة
api-token-area = لمنطقة أو حي فقط (اختياري)
api-token-any-area = كل المناطق والأحياء
api-token-scopes = ماذا يستطيع المفتاح أن يقرأ؟
api-token-scope-registrations = التسجيلات في أنشطة المنظمة نفسها
api-token-scope-cases = بيانات البلاغات في منطقتها (بدون أسماء ونصوص)
api-token-scope-coverage = أرقام التدريب
api-token-expires = صالح حتى تاريخ (يشمل هذا اليوم)
api-token-create = إنشاء المفتاح
api-token-created = تم إنشاء المفتاح. انسخه الآن: لن تراه إلا مرة واحدة.
api-token-status = الحالة
api-token-active = فعّال
api-token-expired = منتهي الصلاحية
api-token-revoked = ملغى
api-token-revoke = إلغاء
api-token-error-description = اكتب وصفًا من 120 حرفًا على الأكثر.
api-token-error-organisation = اختر منظمة من القائمة.
api-token-error-area = اختر منطقة أو حيًّا من القائمة.
api-token-error-scopes = اختر موضوعًا واحدًا على الأقل.
api-token-error-expires = اختر تاريخًا خلال السنتين القادمتين.
# The command line, when the PostgreSQL database is missing
cli-database-missing = قاعدة البيانات "{ $name }" غير موجودة، والدور "{ $role }" لا يملك صلاحية إنشائها. نفّذ بصفتك مديرًا لـ PostgreSQL: CREATE DATABASE "{ $name }" OWNER "{ $role }"; (أو: createdb -O { $role } { $name })
# API keys: the mediation scope
api-token-scope-mediation = حالات الوساطة التي أحالتها منظمتك (بدون أسماء)
# بياناتي وحذف حسابي
rights-title = بياناتي
rights-intro = هذا كل ما نحفظه عنك، حسب كل قسم. يمكنك أيضًا تنزيله.
rights-download-json = تنزيل بصيغة JSON
rights-download-html = تنزيل كصفحة ويب
rights-nothing = لا نحفظ هنا أي شيء عنك.
rights-value-yes = نعم
rights-value-no = لا
rights-module-account = حسابك
rights-module-programme = خطة المنطقة
rights-module-activities = الأنشطة
rights-module-agreements = اتفاقات الحي
rights-module-reports = مكتب البلاغات
rights-module-training = التدريب
rights-module-mediation = الوساطة بين الجيران
rights-part-person = عنك
rights-part-roles = الأدوار
rights-part-sessions = أين سجّلت الدخول
rights-part-mails = رسائل إليك
rights-part-contact-of = جهة الاتصال لـ
rights-part-registrations = التسجيلات
rights-part-proposals = المقترحات
rights-part-comments = التعليقات
rights-part-supports = مقترحات تؤيدها
rights-part-follows = مقترحات تتابعها
rights-part-flags = تعليقات أبلغت عنها
rights-part-assigned-reports = بلاغات تتولاها
rights-part-messages-written = رسائل كتبتها
rights-part-enrolments = التسجيل في التدريب
rights-part-certificates = الشهادات
rights-part-cases = قضايا بصفتك وسيطًا
rights-part-steps-logged = خطوات سجّلتها
rights-part-street-registered = شارعك
rights-delete-title = حذف الحساب
rights-delete-intro = يمكنك حذف حسابك. لا يمكن التراجع عن ذلك.
rights-delete-what-stays = ما يحتاجه الآخرون يبقى بدون اسمك. يصبح التعليق 'حذفه الكاتب'. ولا تبقى الشهادة صالحة.
rights-delete-download-first = نزّل بياناتك أولًا إذا أردت الاحتفاظ بها.
rights-delete-link = الذهاب إلى حذف الحساب
rights-delete-open-work = لا يمكنك حذف حسابك بعد
rights-delete-hand-over = سلّم هذا أولًا إلى زميل. اطلب المساعدة من المنسق.
rights-delete-sessions = { $count ->
    [zero] لم تسجّل الدخول في أي مكان.
    [one] سجّلت الدخول في مكان واحد. ستخرج منه أيضًا.
    [two] سجّلت الدخول في مكانين. ستخرج من كل مكان.
    [few] سجّلت الدخول في { $count } أماكن. ستخرج من كل مكان.
    [many] سجّلت الدخول في { $count } مكانًا. ستخرج من كل مكان.
   *[other] سجّلت الدخول في { $count } مكان. ستخرج من كل مكان.
}
rights-delete-password = كلمة المرور
rights-delete-code = الرمز من تطبيقك
rights-delete-button = احذف حسابي
rights-delete-error-password = كلمة المرور هذه غير صحيحة.
rights-deleted-title = تم حذف حسابك
rights-deleted-text = حذفنا حسابك. تم تسجيل خروجك من كل مكان.
rights-deleted-home = إلى الصفحة الرئيسية
# Requests about data handled by staff (AVG art. 15, 17)
rights-requests-title = طلبات بشأن البيانات
rights-requests-card = طلبات الاطلاع أو الحذف بالبريد أو عند الشباك: الرد خلال 30 يومًا.
rights-requests-intro = هل طلب أحد الاطلاع أو الحذف برسالة أو عند الشباك؟ سجّل ذلك هنا. لديك 30 يومًا للرد.
rights-requests-list = الطلبات، المفتوحة أولًا
rights-requests-number = الرقم
rights-requests-kind = نوع الطلب
rights-requests-kind-access = اطلاع
rights-requests-kind-erasure = حذف
rights-requests-channel = وصل عبر
rights-requests-channel-letter = رسالة
rights-requests-channel-counter = الشباك
rights-requests-channel-mail = البريد الإلكتروني
rights-requests-person = الحساب
rights-requests-email = البريد الإلكتروني للحساب
rights-requests-email-hint = تحقّق أولًا ممن يطلب، مثلًا بوثيقة هوية.
rights-requests-received = تاريخ الاستلام
rights-requests-note = كيف تم التعرّف عليه
rights-requests-note-hint = مثلًا: تمت رؤية جواز السفر عند الشباك. لا تكتب أي رقم.
rights-requests-due = آخر موعد للرد
rights-requests-overdue = متأخر
rights-requests-status = الحالة
rights-requests-status-open = مفتوح
rights-requests-status-answered = تمت معالجته
rights-requests-status-refused = مرفوض
rights-requests-new = تسجيل طلب جديد
rights-requests-save = سجّل الطلب
rights-requests-answer = نزّل الرد (JSON)
rights-requests-done = تم إرسال الرد
rights-requests-erase = احذف البيانات
rights-requests-open-work = سلّم أولًا
rights-requests-back = العودة إلى الطلبات
rights-requests-error-kind = اختر الاطلاع أو الحذف.
rights-requests-error-channel = اختر كيف وصل الطلب.
rights-requests-error-received = أدخل تاريخًا ليس في المستقبل.
rights-requests-error-person = لا يوجد حساب بهذا البريد الإلكتروني.
# My data: the names of the fields
rights-field-email = البريد الإلكتروني
rights-field-name = الاسم
rights-field-display-name = الاسم على الموقع
rights-field-language = اللغة
rights-field-status = الحالة
rights-field-verified-resident = تم تأكيد أنك من السكان
rights-field-two-step-login = تسجيل الدخول بخطوتين
rights-field-organisation = المنظمة
rights-field-created-at = تاريخ الإنشاء
rights-field-last-login-at = آخر تسجيل دخول
rights-field-role = الدور
rights-field-area = المنطقة
rights-field-since = منذ
rights-field-started-at = بدأ في
rights-field-last-seen-at = آخر ظهور
rights-field-subject = الموضوع
rights-field-sent-at = أُرسل في
rights-field-page = الصفحة
rights-field-contact-name = اسم جهة الاتصال
rights-field-contact-email = بريد جهة الاتصال
rights-field-activity = النشاط
rights-field-starts-at = يبدأ في
rights-field-phone = رقم الهاتف
rights-field-people = عدد الأشخاص
rights-field-interpreter = مترجم
rights-field-interpreter-language = لغة المترجم
rights-field-sign-language = لغة الإشارة
rights-field-wheelchair = الكرسي المتحرك
rights-field-childcare = رعاية الأطفال
rights-field-other-needs = احتياجات أخرى
rights-field-checked-in = حاضر
rights-field-proposal = المقترح (رقم)
rights-field-title = العنوان
rights-field-explanation = الشرح
rights-field-pillar = الركيزة
rights-field-on-behalf-of = نيابة عن
rights-field-comment = التعليق (رقم)
rights-field-text = النص
rights-field-edited-at = عُدّل في
rights-field-hidden-at = أُخفي في
rights-field-mode = كم مرة
rights-field-reason = السبب
rights-field-kind = النوع
rights-field-course = الدورة
rights-field-meetings-attended = اللقاءات التي حضرتها
rights-field-number = الرقم
rights-field-issued-at = تاريخ الإصدار
rights-field-valid-until = صالح حتى
rights-field-revoked-at = أُلغي في
rights-field-report = البلاغ (رقم)
rights-field-messages = الرسائل
rights-field-case = القضية (رقم)
rights-field-stage = المرحلة
rights-field-assigned-on = تاريخ التعيين
rights-field-contacts-logged = الاتصالات المسجّلة
rights-field-count = العدد
rights-field-registered = مسجّل
rights-module-youth = منصة الشباب
rights-module-monitor = مراقبة دوائر الماء
rights-part-reactions = التعليقات
rights-part-campaigns-coached = الحملات التي ترافقها
rights-part-timeline-entries = ما أضفته إلى خط زمني
rights-field-campaign = الحملة
area-municipality = البلدية
area-municipality-hint = اختر البلدية أولاً واضغط على ‘اختر هذه البلدية’. بعد ذلك ترى فقط ما يقع في تلك البلدية. ما كتبته يبقى كما هو.
area-choose-municipality = اختر هذه البلدية
area-error-other-municipality = هذه المنطقة ليست في البلدية المختارة. اختر من القائمة.
area-municipality-filter-hint = اختر بلدية واضغط على الزر أدناه. بعد ذلك تظهر في قائمة الأحياء أحياء تلك البلدية.
