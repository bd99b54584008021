# Mahalle anlaşmaları "Böyle bir arada yaşamak istiyoruz"
agr-nav = Mahalle anlaşmaları
agr-breadcrumb = Buradasınız
agr-charter-title = Böyle bir arada yaşamak istiyoruz
agr-charter-lead = Bunlar Liendert'te birlikte yaptığımız anlaşmalardır. Onları mahalle sakinleri, çocuklar, öğretmenler ve profesyoneller düşündü.
agr-charter-empty = Henüz kabul edilmiş bir anlaşma yok.
agr-pillar-empty = Bu temel ilkede henüz bir anlaşma yok.
agr-adopted-on = Kabul tarihi
agr-what-changed = Neler değişti?
agr-proposals-link = { $count ->
    [one] 1 öneri açık
   *[other] { $count } öneri açık
}
agr-poster-a4 = Posteri yazdır (A4)
agr-poster-a3 = Posteri yazdır (A3)
agr-partners-heading = Kimler imzaladı?
agr-partners-intro = Bu kuruluşlar anlaşmaları destekliyor. Her kuruluş kendi somut sözünü veriyor.
agr-partners-empty = Henüz hiçbir kuruluş imzalamadı.
agr-signed-version = { $number ->
   *[other] { $number }. sürümde imzalandı
}
agr-commitment-reviewed = Kontrol tarihi
agr-commitment-not-reviewed = Henüz kontrol edilmedi
agr-versions-title = Tüm sürümler
agr-versions-lead = Her yeni anlaşmayla yeni bir sürüm oluşur. Eski sürümler burada görünmeye devam eder.
agr-version-title = { $number ->
   *[other] Sürüm { $number }
}
agr-version-current = şu anda geçerli olan sürüm budur
agr-agreement-count = { $count ->
    [one] 1 anlaşma
   *[other] { $count } anlaşma
}
agr-changes-heading = Önceki sürüme göre değişiklikler
agr-changes-none = Metinde değişiklik yok.
agr-change-added = Yeni
agr-change-removed = Kaldırıldı
agr-change-changed = Değişti
agr-poster-lead = Liendert'teki mahalle sakinlerinin, çocukların, okulların ve kuruluşların anlaşmaları.
agr-poster-qr-label = İnternetteki anlaşmalara giden QR kodu
agr-poster-scan = Kodu tarayın ve anlaşmaları beş dilde okuyun. Yeni bir öneriyle siz de katılın.
agr-poster-signed-by = İmzalayanlar:
agr-poster-back = Anlaşmalara geri dön
agr-poster-print-hint = Bu sayfayı A4 veya A3 olarak yazdırın.
agr-proposals-title = Öneriler
agr-proposals-lead = { $count ->
    [one] Giriş yapan herkes bir anlaşma önerebilir, yorum yapabilir ve destek verebilir. Öneri 1 desteğe ulaşınca yönlendirme grubu karar verir.
   *[other] Giriş yapan herkes bir anlaşma önerebilir, yorum yapabilir ve destek verebilir. Öneri { $count } desteğe ulaşınca yönlendirme grubu karar verir.
}
agr-proposals-open = Açık öneriler
agr-proposals-decided = Karar verilmiş öneriler
agr-proposals-none = Burada öneri yok.
agr-supports-count = { $count ->
    [one] 1 destek
   *[other] { $count } destek
}
agr-supports-verified = Liendert'ten { $count } kişi
agr-comments-count = { $count ->
    [one] 1 yorum
   *[other] { $count } yorum
}
agr-status-discussion = Tartışılıyor
agr-status-for-decision = Karara hazır
agr-status-adopted = Kabul edildi
agr-status-merged = Birleştirildi
agr-status-declined = Kabul edilmedi
agr-new-title = Bir anlaşma önerin
agr-new-lead = Birbirimizle neyi kararlaştırdığımızı kısaca ve sade sözcüklerle yazın. Örneğin: "Sokakta birbirimizi selamlarız".
agr-field-title = Anlaşma (tek cümle)
agr-field-title-hint = 5 ile 140 karakter arası. "Biz …" diye başlayın.
agr-field-explanation = Bu anlaşma neden önemli?
agr-field-explanation-hint = Zorunlu değil. Kısa cümleler yazın.
agr-advice-words = Sözcük sayısı
agr-advice-long = Uzun cümleler (20 sözcükten fazla)
agr-field-pillar = Temel ilke
agr-field-area = Mahalle
agr-field-area-none = Bütün Liendert
agr-field-on-behalf = Bir grup adına
agr-field-on-behalf-hint = Zorunlu değil. Örneğin: Liendert Çocuk Meclisi.
agr-new-submit = Öneriyi yayımla
agr-proposed-by = Öneren: { $name }
agr-on-behalf = { $name } adına
agr-decision-heading = Yönlendirme grubunun kararı
agr-see-charter = Anlaşmaları görün
agr-support-heading = Destek
agr-threshold-info = { $count ->
    [one] Öneri 1 desteğe ulaşınca yönlendirme grubu bu öneri hakkında karar verir.
   *[other] Öneri { $count } desteğe ulaşınca yönlendirme grubu bu öneri hakkında karar verir.
}
agr-you-support = Bu öneriyi destekliyorsunuz.
agr-support-button = Bu öneriyi destekliyorum
agr-login-to-take-part = Destek vermek ve yorum yapmak için giriş yapın
agr-follow-heading = Takip et
agr-follow-legend = Bu öneri değiştiğinde veya yorum aldığında e-posta almak ister misiniz?
agr-follow-instant = Evet, hemen
agr-follow-daily = Evet, günde bir kez
agr-follow-stop = Hayır
agr-follow-save = Kaydet
agr-comment-heading = Yorum yap
agr-reply-to = { $name } kişisine yanıt ver
agr-field-comment = Yorumunuz
agr-comment-submit = Yorumu yayımla
agr-comment-edited = düzenlendi
agr-comment-hidden = Moderatör tarafından gizlendi: { $reason }
agr-reply = Yanıtla
agr-edit = Düzenle
agr-flag = Moderatöre bildir
agr-moderate = Denetle
agr-edit-title = Yorumu düzenle
agr-edit-lead = Yorumunuzu yayımladıktan sonra 15 dakika içinde değiştirebilirsiniz.
agr-edit-submit = Kaydet
agr-back-to-proposal = Öneriye geri dön
agr-sign-title = İmzala
agr-sign-lead = Kuruluşunuz anlaşmaları imzalar ve somut bir söz verir. Örneğin: "Öğretmenlerimiz yazdan önce eğitime katılır".
agr-sign-for = { $name } adına imzalıyorsunuz.
agr-sign-already = Kuruluşunuz zaten imzaladı. Yeni bir söz ekleyebilirsiniz.
agr-sign-own = Kuruluşunuzun sözleri
agr-field-commitment = Kuruluşunuz ne söz veriyor?
agr-field-commitment-hint = 5 ile 500 karakter arası. Somut olsun: kim, neyi, ne zaman yapacak?
agr-sign-submit = İmzala
agr-sign-add = Söz ekle
agr-ok-proposed = Öneriniz yayında. Bir şey değiştiğinde e-posta alacaksınız.
agr-ok-supported = Desteğiniz için teşekkürler.
agr-ok-already-supported = Bu öneriyi zaten desteklediniz. Desteğiniz bir kez sayılır.
agr-ok-closed = Bu öneri hakkında zaten karar verildi.
agr-ok-commented = Yorumunuz yayımlandı.
agr-ok-edited = Yorumunuz değiştirildi.
agr-ok-flagged = Teşekkürler. Moderatör bu yoruma bakacak.
agr-ok-already-flagged = Bu yorumu zaten bildirmiştiniz.
agr-ok-following = Bu öneriyi takip ediyorsunuz.
agr-ok-unfollowed = Bu öneriyi artık takip etmiyorsunuz.
agr-ok-signed = Teşekkürler. Kuruluşunuz artık imzalayanlar arasında.
agr-error-required = Lütfen bunu doldurun.
agr-error-too-short = Bu metin çok kısa.
agr-error-too-long = Bu metin çok uzun.
agr-error-pillar = Bir temel ilke seçin.
agr-error-area = Listeden bir mahalle seçin.
agr-error-closed = Bu öneri hakkında zaten karar verildi. Artık yorum yapılamaz.
agr-error-edit-window = Bu yorumu artık değiştiremezsiniz. Bu, yayımladıktan sonra 15 dakika içinde mümkündür.
agr-error-too-many-proposals = Bugün zaten çok sayıda öneri yaptınız. Lütfen daha sonra, örneğin yarın tekrar deneyin. Metniniz aşağıda duruyor.
agr-error-too-many-comments = Kısa sürede çok sayıda yorum yazdınız. Lütfen bir saat sonra tekrar deneyin. Metniniz aşağıda duruyor.
agr-error-too-many-flags = Kısa sürede çok sayıda yorumu bildirdiniz. Lütfen bir saat sonra tekrar deneyin.
agr-comments-page = Yorumlar, sayfa { $number }
agr-error-no-organisation = (Henüz) bir kuruluşa bağlı değilsiniz. Koordinatörden sizi kuruluşunuza bağlamasını isteyin.
agr-error-no-charter = Henüz imzalanacak anlaşma yok.
agr-error-outcome = Bir karar seçin.
agr-error-decided = Bu öneri hakkında zaten karar verildi.
agr-error-merge-into = Öneriyi birleştireceğiniz anlaşmayı seçin.
agr-error-threshold = 1 veya daha büyük bir tam sayı girin.
agr-error-review-outcome = Anlaşmanın hâlâ uygulanıp uygulanmadığını seçin.
agr-error-retired = Bu anlaşma artık geçerli değil.
agr-manage-title = Mahalle anlaşmalarını yönet
agr-manage-card-text = Öneriler hakkında karar verin, yorumları denetleyin, anlaşmaları değerlendirin.
agr-manage-lead = Yönlendirme grubu öneriler hakkında karar verir, yorumları denetler ve anlaşmaları canlı tutar.
agr-manage-open = Karar bekleyen öneriler
agr-manage-flagged = Bildirilen yorumlar
agr-manage-flagged-none = Bildirilen yorum yok.
agr-manage-threshold = Destek eşiği
agr-manage-due = Değerlendirilecek anlaşmalar
agr-manage-due-none = Şu anda değerlendirilmesi gereken anlaşma yok.
agr-manage-agreements = Tüm anlaşmalar
agr-manage-commitments = Ortakların sözleri
agr-col-status = Durum
agr-col-action = İşlem
agr-col-agreement = Anlaşma
agr-flags-count = { $count ->
    [one] 1 kez bildirildi
   *[other] { $count } kez bildirildi
}
agr-field-hide-reason = Gizleme nedeni (yazar ve herkes bu nedeni görür)
agr-hide-submit = Yorumu gizle
agr-field-threshold = Destek sayısı
agr-field-threshold-hint = Bir öneri bu sayıda desteğe ulaşınca yönlendirme grubuna gider.
agr-save = Kaydet
agr-review-due = Son değerlendirme tarihi
agr-last-review = Son değerlendirme
agr-field-review-note = Kısa açıklama
agr-field-review-note-hint = Örneğin: mart ayındaki mahalle toplantısında konuşuldu.
agr-commitment-review-submit = Söz kontrol edildi
agr-decide-title = Karar ver
agr-field-outcome = Karar
agr-outcome-adopt = Yeni anlaşma olarak kabul et
agr-outcome-merge = Mevcut bir anlaşmayla birleştir
agr-outcome-decline = Kabul etme
agr-field-reason = Gerekçe (herkese açık)
agr-field-reason-hint = Herkes bu gerekçeyi önerinin yanında görür.
agr-field-merge-into = Birleştirilecek anlaşma
agr-field-texts = Anlaşmanın metni
agr-field-texts-hint = Kabul için Felemenkçe zorunludur. Diğer diller boş kalabilir; o zaman Felemenkçesini gösteririz.
agr-lang-nl = Felemenkçe
agr-lang-en = İngilizce
agr-lang-tr = Türkçe
agr-lang-ar = Arapça
agr-lang-pl = Lehçe
agr-decide-submit = Kararı kaydet
agr-agreement-title = Anlaşma
agr-retired = geçersiz
agr-review-heading = Değerlendirme
agr-review-question = Bu anlaşma semtte hâlâ uygulanıyor mu?
agr-review-lives = Evet, anlaşma kalıyor
agr-review-retire = Hayır, anlaşma kaldırılıyor
agr-review-submit = Değerlendirmeyi kaydet
agr-field-summary = Neler değişti?
agr-field-summary-hint = Yeni sürümde gösterilir.
agr-texts-submit = Yeni sürüm olarak kaydet
agr-ok-manage-threshold = Eşik kaydedildi.
agr-ok-manage-decided = Karar kaydedildi. Takipçiler bilgilendirilecek.
agr-ok-manage-hidden = Yorum gizlendi. Yazar, nedeni içeren bir e-posta alacak.
agr-ok-manage-reviewed = Değerlendirme kaydedildi. Bir yıl sonra tekrar bakacağız.
agr-ok-manage-retired = Anlaşma kaldırıldı. Yeni bir sürüm oluşturuldu.
agr-ok-manage-commitment-reviewed = Söz kontrol edildi.
agr-ok-manage-texts = Metin yeni bir sürüm olarak kaydedildi.
agr-event-status = Durum şimdi: { $status }
agr-event-reply = Yeni bir yorum var.
mail-agr-event-subject = "{ $title }" hakkında yeni gelişme
mail-agr-event-body = Takip ettiğiniz "{ $title }" önerisinde bir şey değişti.

    { $what }
mail-agr-event-action = Öneriyi görün
mail-agr-digest-subject = Mahalle anlaşmaları: bugünkü haberler ({ $count })
mail-agr-digest-body = Takip ettiğiniz önerilerde bugün şunlar oldu:

    { $list }
mail-agr-digest-action = Önerileri görün
mail-agr-hidden-subject = Yorumunuz gizlendi
mail-agr-hidden-body = Moderatör "{ $title }" önerisindeki yorumunuzu gizledi.

    Nedeni: { $reason }

    Bir sorunuz mu var? Koordinatörle iletişime geçin.
mail-agr-hidden-action = Öneriyi görün
mail-agr-review-subject = Anlaşmayı değerlendirin: "{ $text }"
mail-agr-review-body = "{ $text }" anlaşması { $due } tarihinden önce değerlendirilmelidir. Anlaşma semtte hâlâ uygulanıyor mu?
mail-agr-review-action = Değerlendirmeyi doldurun
# Rights of the people in the data
agr-comment-removed-by-author = Yazarı tarafından kaldırıldı.
# The monitor's indicators from this module
agr-indicator-living = Ortakların canlı taahhütleri
agr-indicator-living-about = Ortakların tüzüğe verdiği taahhütlerden son 12 ayda yapılan veya gözden geçirilenlerin payı. Yalnızca tüm belediye için.
