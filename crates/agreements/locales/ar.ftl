# اتفاقات الحي "هكذا نريد أن نعيش معًا"
agr-nav = اتفاقات الحي
agr-breadcrumb = أنت هنا
agr-charter-title = هكذا نريد أن نعيش معًا
agr-charter-lead = هذه هي الاتفاقات التي وضعناها معًا في ليندرت. فكّر فيها السكان والأطفال والمعلمون والمهنيون.
agr-charter-empty = لم تُعتمد أي اتفاقات بعد.
agr-pillar-empty = لا يوجد اتفاق لهذه الركيزة بعد.
agr-adopted-on = تاريخ الاعتماد
agr-what-changed = ما الذي تغيّر؟
agr-proposals-link = { $count ->
    [zero] لا توجد مقترحات مفتوحة
    [one] مقترح واحد مفتوح
    [two] مقترحان مفتوحان
    [few] { $count } مقترحات مفتوحة
    [many] { $count } مقترحًا مفتوحًا
   *[other] { $count } مقترح مفتوح
}
agr-poster-a4 = طباعة الملصق (A4)
agr-poster-a3 = طباعة الملصق (A3)
agr-partners-heading = من وقّع؟
agr-partners-intro = هذه المنظمات تدعم الاتفاقات. كل منظمة تقدّم وعدًا ملموسًا خاصًا بها.
agr-partners-empty = لم توقّع أي منظمة بعد.
agr-signed-version = { $number ->
   *[other] وُقّع عند الإصدار { $number }
}
agr-commitment-reviewed = رُوجع في
agr-commitment-not-reviewed = لم يُراجَع بعد
agr-versions-title = جميع الإصدارات
agr-versions-lead = مع كل اتفاق جديد يصدر إصدار جديد. تبقى الإصدارات القديمة ظاهرة هنا.
agr-version-title = { $number ->
   *[other] الإصدار { $number }
}
agr-version-current = هذا هو الإصدار المعمول به الآن
agr-agreement-count = { $count ->
    [zero] لا توجد اتفاقات
    [one] اتفاق واحد
    [two] اتفاقان
    [few] { $count } اتفاقات
    [many] { $count } اتفاقًا
   *[other] { $count } اتفاق
}
agr-changes-heading = التغييرات مقارنة بالإصدار السابق
agr-changes-none = لا تغييرات في النص.
agr-change-added = جديد
agr-change-removed = أُلغي
agr-change-changed = تغيّر
agr-poster-lead = اتفاقات السكان والأطفال والمدارس والمنظمات في ليندرت.
agr-poster-qr-label = رمز QR يوصل إلى الاتفاقات على الإنترنت
agr-poster-scan = امسح الرمز واقرأ الاتفاقات بخمس لغات. شارك باقتراح جديد.
agr-poster-signed-by = وقّعت عليها:
agr-poster-back = العودة إلى الاتفاقات
agr-poster-print-hint = اطبع هذه الصفحة بحجم A4 أو A3.
agr-proposals-title = المقترحات
agr-proposals-lead = { $count ->
    [zero] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند بلوغ { $count } تأييد تقرّر مجموعة التوجيه.
    [one] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند تأييد واحد تقرّر مجموعة التوجيه.
    [two] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند تأييدين تقرّر مجموعة التوجيه.
    [few] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند { $count } تأييدات تقرّر مجموعة التوجيه.
    [many] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند { $count } تأييدًا تقرّر مجموعة التوجيه.
   *[other] كل من سجّل دخوله يمكنه اقتراح اتفاق والتعليق عليه وتأييده. عند { $count } تأييد تقرّر مجموعة التوجيه.
}
agr-proposals-open = المقترحات المفتوحة
agr-proposals-decided = المقترحات التي صدر فيها قرار
agr-proposals-none = لا توجد مقترحات هنا.
agr-supports-count = { $count ->
    [zero] لا تأييد
    [one] تأييد واحد
    [two] تأييدان
    [few] { $count } تأييدات
    [many] { $count } تأييدًا
   *[other] { $count } تأييد
}
agr-supports-verified = { $count ->
    [zero] لا أحد منهم من ليندرت
    [one] واحد منهم من ليندرت
    [two] اثنان منهم من ليندرت
    [few] { $count } منهم من ليندرت
    [many] { $count } منهم من ليندرت
   *[other] { $count } منهم من ليندرت
}
agr-comments-count = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
agr-status-discussion = قيد النقاش
agr-status-for-decision = جاهز للقرار
agr-status-adopted = تم اعتماده
agr-status-merged = تم دمجه
agr-status-declined = لم يُعتمد
agr-new-title = اقترح اتفاقًا
agr-new-lead = اكتب باختصار وبكلمات بسيطة ما نتفق عليه مع بعضنا. مثلًا: "نُلقي التحية على بعضنا في الشارع".
agr-field-title = الاتفاق في جملة واحدة
agr-field-title-hint = بين 5 و140 حرفًا. ابدأ بفعل بصيغة "نحن"، مثل: "نحترم …".
agr-field-explanation = لماذا هذا الاتفاق مهم؟
agr-field-explanation-hint = اختياري. اكتب جملًا قصيرة.
agr-advice-words = الكلمات
agr-advice-long = جمل طويلة (أكثر من 20 كلمة)
agr-field-pillar = الركيزة
agr-field-area = الحي
agr-field-area-none = ليندرت كلها
agr-field-on-behalf = باسم مجموعة
agr-field-on-behalf-hint = اختياري. مثلًا: مجلس أطفال ليندرت.
agr-new-submit = نشر المقترح
agr-proposed-by = اقترحه { $name }
agr-on-behalf = باسم { $name }
agr-decision-heading = قرار مجموعة التوجيه
agr-see-charter = عرض الاتفاقات
agr-support-heading = التأييد
agr-threshold-info = { $count ->
    [zero] عند بلوغ { $count } تأييد تقرّر مجموعة التوجيه بشأن هذا المقترح.
    [one] عند تأييد واحد تقرّر مجموعة التوجيه بشأن هذا المقترح.
    [two] عند تأييدين تقرّر مجموعة التوجيه بشأن هذا المقترح.
    [few] عند { $count } تأييدات تقرّر مجموعة التوجيه بشأن هذا المقترح.
    [many] عند { $count } تأييدًا تقرّر مجموعة التوجيه بشأن هذا المقترح.
   *[other] عند { $count } تأييد تقرّر مجموعة التوجيه بشأن هذا المقترح.
}
agr-you-support = أنت تؤيد هذا المقترح.
agr-support-button = أؤيد هذا المقترح
agr-login-to-take-part = سجّل الدخول لتأييد المقترح والتعليق عليه
agr-follow-heading = المتابعة
agr-follow-legend = هل تريد رسالة بريد إلكتروني عندما يتغير هذا المقترح أو يصله تعليق؟
agr-follow-instant = نعم، فورًا
agr-follow-daily = نعم، مرة في اليوم
agr-follow-stop = لا
agr-follow-save = حفظ
agr-comment-heading = التعليق
agr-reply-to = الرد على { $name }
agr-field-comment = تعليقك
agr-comment-submit = نشر التعليق
agr-comment-edited = مُعدَّل
agr-comment-hidden = أخفاه المشرف: { $reason }
agr-reply = ردّ
agr-edit = تعديل
agr-flag = إبلاغ المشرف
agr-moderate = الإشراف
agr-edit-title = تعديل التعليق
agr-edit-lead = يمكنك تغيير تعليقك خلال 15 دقيقة من نشره.
agr-edit-submit = حفظ
agr-back-to-proposal = العودة إلى المقترح
agr-sign-title = التوقيع
agr-sign-lead = توقّع منظمتك على الاتفاقات وتعد بشيء ملموس. مثلًا: "معلمونا يحضرون الدورة التدريبية قبل الصيف".
agr-sign-for = أنت توقّع باسم { $name }.
agr-sign-already = وقّعت منظمتك من قبل. يمكنك إضافة وعد جديد.
agr-sign-own = وعود منظمتك
agr-field-commitment = بماذا تعد منظمتك؟
agr-field-commitment-hint = بين 5 و500 حرف. اجعله ملموسًا: من يفعل ماذا، ومتى؟
agr-sign-submit = توقيع
agr-sign-add = إضافة وعد
agr-ok-proposed = مقترحك منشور الآن. ستصلك رسالة عندما يتغير شيء.
agr-ok-supported = شكرًا على تأييدك.
agr-ok-already-supported = لقد أيّدت هذا المقترح من قبل. تأييدك يُحسب مرة واحدة.
agr-ok-closed = تم اتخاذ قرار بشأن هذا المقترح من قبل.
agr-ok-commented = تم نشر تعليقك.
agr-ok-edited = تم تغيير تعليقك.
agr-ok-flagged = شكرًا. سينظر المشرف في هذا التعليق.
agr-ok-already-flagged = لقد أبلغت عن هذا التعليق من قبل.
agr-ok-following = أنت تتابع هذا المقترح.
agr-ok-unfollowed = لم تعد تتابع هذا المقترح.
agr-ok-signed = شكرًا. منظمتك الآن من بين الموقّعين.
agr-error-required = يُرجى ملء هذا الحقل.
agr-error-too-short = هذا النص قصير جدًا.
agr-error-too-long = هذا النص طويل جدًا.
agr-error-pillar = اختر ركيزة.
agr-error-area = اختر حيًّا من القائمة.
agr-error-closed = تم اتخاذ قرار بشأن هذا المقترح. لم يعد التعليق ممكنًا.
agr-error-edit-window = لم يعد بإمكانك تغيير هذا التعليق. يمكن ذلك خلال 15 دقيقة من النشر فقط.
agr-error-too-many-proposals = لقد قدّمت اليوم مقترحات كثيرة. يُرجى المحاولة لاحقًا، غدًا مثلًا. نصّك ما زال موجودًا أدناه.
agr-error-too-many-comments = لقد نشرت تعليقات كثيرة في وقت قصير. يُرجى المحاولة مرة أخرى بعد ساعة. نصّك ما زال موجودًا أدناه.
agr-error-too-many-flags = لقد أبلغت عن تعليقات كثيرة في وقت قصير. يُرجى المحاولة مرة أخرى بعد ساعة.
agr-comments-page = التعليقات، الصفحة { $number }
agr-error-no-organisation = أنت لست مرتبطًا بمنظمة (بعد). اطلب من المنسق ربطك بمنظمتك.
agr-error-no-charter = لا توجد اتفاقات للتوقيع عليها بعد.
agr-error-outcome = اختر قرارًا.
agr-error-decided = تم اتخاذ قرار بشأن هذا المقترح من قبل.
agr-error-merge-into = اختر الاتفاق الذي تريد دمج المقترح معه.
agr-error-threshold = اكتب عددًا صحيحًا يساوي 1 أو أكثر.
agr-error-review-outcome = اختر هل لا يزال الاتفاق مطبَّقًا أم لا.
agr-error-retired = هذا الاتفاق لم يعد ساريًا.
agr-manage-title = إدارة اتفاقات الحي
agr-manage-card-text = اتخاذ القرار بشأن المقترحات، والإشراف على التعليقات، وتقييم الاتفاقات.
agr-manage-lead = تقرّر مجموعة التوجيه بشأن المقترحات، وتشرف على التعليقات، وتحافظ على حيوية الاتفاقات.
agr-manage-open = مقترحات تنتظر القرار
agr-manage-flagged = تعليقات مُبلَّغ عنها
agr-manage-flagged-none = لا توجد تعليقات مُبلَّغ عنها.
agr-manage-threshold = حدّ التأييد
agr-manage-due = اتفاقات للتقييم
agr-manage-due-none = لا توجد اتفاقات تحتاج إلى تقييم الآن.
agr-manage-agreements = جميع الاتفاقات
agr-manage-commitments = وعود الشركاء
agr-col-status = الحالة
agr-col-action = الإجراء
agr-col-agreement = الاتفاق
agr-flags-count = { $count ->
    [zero] لم يُبلَّغ عنه
    [one] أُبلغ عنه مرة واحدة
    [two] أُبلغ عنه مرتين
    [few] أُبلغ عنه { $count } مرات
    [many] أُبلغ عنه { $count } مرةً
   *[other] أُبلغ عنه { $count } مرة
}
agr-field-hide-reason = سبب الإخفاء (يراه الكاتب والجميع)
agr-hide-submit = إخفاء التعليق
agr-field-threshold = عدد التأييدات
agr-field-threshold-hint = عند هذا العدد ينتقل المقترح إلى مجموعة التوجيه.
agr-save = حفظ
agr-review-due = التقييم قبل
agr-last-review = آخر تقييم
agr-field-review-note = ملاحظة قصيرة
agr-field-review-note-hint = مثلًا: نوقشت في أمسية الحي في مارس.
agr-commitment-review-submit = تمت مراجعة الوعد
agr-decide-title = اتخاذ القرار
agr-field-outcome = القرار
agr-outcome-adopt = اعتماده كاتفاق جديد
agr-outcome-merge = دمجه مع اتفاق قائم
agr-outcome-decline = عدم اعتماده
agr-field-reason = السبب (علني)
agr-field-reason-hint = يرى الجميع هذا السبب مع المقترح.
agr-field-merge-into = الدمج مع
agr-field-texts = نص الاتفاق
agr-field-texts-hint = الهولندية إلزامية عند الاعتماد. يمكن ترك اللغات الأخرى فارغة؛ عندها نعرض النص الهولندي.
agr-lang-nl = الهولندية
agr-lang-en = الإنجليزية
agr-lang-tr = التركية
agr-lang-ar = العربية
agr-lang-pl = البولندية
agr-decide-submit = حفظ القرار
agr-agreement-title = الاتفاق
agr-retired = ملغى
agr-review-heading = التقييم
agr-review-question = هل لا يزال هذا الاتفاق مطبَّقًا في المنطقة؟
agr-review-lives = نعم، يبقى الاتفاق
agr-review-retire = لا، يُلغى الاتفاق
agr-review-submit = حفظ التقييم
agr-field-summary = ما الذي تغيّر؟
agr-field-summary-hint = يظهر مع الإصدار الجديد.
agr-texts-submit = حفظ كإصدار جديد
agr-ok-manage-threshold = تم حفظ الحدّ.
agr-ok-manage-decided = تم حفظ القرار. سيتم إعلام المتابعين.
agr-ok-manage-hidden = تم إخفاء التعليق. ستصل الكاتبَ رسالة فيها السبب.
agr-ok-manage-reviewed = تم حفظ التقييم. سننظر مرة أخرى بعد سنة.
agr-ok-manage-retired = أُلغي الاتفاق. تم إنشاء إصدار جديد.
agr-ok-manage-commitment-reviewed = تمت مراجعة الوعد.
agr-ok-manage-texts = تم حفظ النص كإصدار جديد.
agr-event-status = الحالة الآن: { $status }
agr-event-reply = هناك تعليق جديد.
mail-agr-event-subject = أخبار عن "{ $title }"
mail-agr-event-body = تغيّر شيء في المقترح "{ $title }" الذي تتابعه.

    { $what }
mail-agr-event-action = عرض المقترح
mail-agr-digest-subject = { $count ->
    [zero] اتفاقات الحي: لا أخبار من اليوم
    [one] اتفاقات الحي: خبر واحد من اليوم
    [two] اتفاقات الحي: خبران من اليوم
    [few] اتفاقات الحي: { $count } أخبار من اليوم
    [many] اتفاقات الحي: { $count } خبرًا من اليوم
   *[other] اتفاقات الحي: { $count } خبر من اليوم
}
mail-agr-digest-body = هذا ما حدث اليوم في المقترحات التي تتابعها:

    { $list }
mail-agr-digest-action = عرض المقترحات
mail-agr-hidden-subject = تم إخفاء تعليقك
mail-agr-hidden-body = أخفى المشرف تعليقك على "{ $title }".

    السبب: { $reason }

    هل لديك سؤال؟ تواصل مع المنسق.
mail-agr-hidden-action = عرض المقترح
mail-agr-review-subject = تقييم الاتفاق: "{ $text }"
mail-agr-review-body = يجب تقييم الاتفاق "{ $text }" قبل { $due }. هل لا يزال الاتفاق مطبَّقًا في المنطقة؟
mail-agr-review-action = ملء التقييم
# Rights of the people in the data
agr-comment-removed-by-author = حذفه الكاتب.
# The monitor's indicators from this module
agr-indicator-living = التزامات الشركاء الحيّة
agr-indicator-living-about = نسبة التزامات الشركاء تجاه الميثاق التي قُدّمت أو رُوجعت في آخر 12 شهرًا. للبلدية كلها فقط.
