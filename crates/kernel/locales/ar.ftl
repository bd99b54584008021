## Layout (every page)
layout-site-name = Kansrijk
layout-description = نعمل معًا من أجل منطقة يشعر فيها الجميع بالترحيب.
layout-tagline = نعمل معًا من أجل منطقة يشعر فيها الجميع بالترحيب
layout-skip-link = انتقل إلى المحتوى
layout-language-nav = اختر لغة
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
