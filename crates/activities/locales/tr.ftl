## Gezinme
nav-activities = Etkinlikler

## Etkinlik türleri
activity-kind-cultural-festival = Kültür festivali
activity-kind-film-conversation = Film ve sohbet
activity-kind-workshop = Atölye
activity-kind-expert-talk = Deneyim sahibinin anlatımı
activity-kind-childrens-council = Çocuk meclisi
activity-kind-training-session = Eğitim
activity-kind-other = Başka bir şey

## Kimin için
activity-age-all = Herkes
activity-age-children = Çocuklar
activity-age-youth = Gençler
activity-age-adults = Yetişkinler
activity-age-seniors = Yaşlılar

## Ajanda
agenda-title = Semtteki etkinlikler
agenda-intro = Uğrayın, komşularınızla tanışın ve katılın. Etkinliklerin çoğu ücretsizdir.
agenda-breadcrumb = Buradasınız
agenda-month-link = Aya göre görüntüle
agenda-feed-link = Etkinlik takvimini kendi takvim uygulamanıza ekleyin
agenda-manage-link = Etkinlikleri yönet
agenda-filter-heading = Etkinlik arayın
agenda-filter-kind = Tür
agenda-filter-pillar = Temel ilke
agenda-filter-area = Mahalle
agenda-filter-municipality = Belediye
agenda-filter-municipality-hint = Bir belediye seçin ve ‘Ara’ya basın. Sonra Mahalle altında o belediyenin mahallelerini görürsünüz.
agenda-filter-date = Bu tarihten itibaren
agenda-filter-language = Dil
agenda-filter-free = Sadece ücretsiz etkinlikler
agenda-filter-all = Hepsi
agenda-filter-submit = Ara
agenda-count = { $count ->
    [one] 1 etkinlik
   *[other] { $count } etkinlik
}
agenda-page = Etkinlikler, sayfa { $number }
agenda-pages = Etkinlik takvimi sayfaları
agenda-previous = ← Daha önceki etkinlikler
agenda-next = Daha sonraki etkinlikler →
agenda-empty = Etkinlik bulunamadı. Daha az filtre seçin.

## Ay
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-previous = Önceki ay
month-next = Sonraki ay
month-empty = Bu ay etkinlik yok.

## Etkinlik
activity-details-heading = Pratik bilgiler
activity-kind = Etkinlik türü
activity-when = Ne zaman
activity-where = Nerede
activity-area = Mahalle
activity-online = Çevrim içi
activity-route = Nasıl gidilir
activity-accessibility = Erişilebilirlik
activity-languages = Diller
activity-cost = Ücret
activity-free = Ücretsiz
activity-age = Kimin için
activity-places = Yerler
activity-places-left = { $count ->
    [0] Boş yer kalmadı
    [one] 1 boş yer kaldı
   *[other] { $count } boş yer kaldı
}
activity-capacity-of = { $count ->
    [one] toplam 1 yer
   *[other] toplam { $count } yer
}
activity-no-limit = Sınır yok
activity-registration-required = Kayıt gerekli
activity-walk-in = Kayıt olmadan gelebilirsiniz
activity-organiser = Düzenleyen
activity-pillars = Temel ilkeler
activity-approach = Bağlı olduğu temel yaklaşım
activity-cancelled = İptal edildi
activity-cancelled-notice = Bu etkinlik iptal edildi.
activity-full = Dolu
activity-add-to-calendar = Takviminize ekleyin
activity-feedback-link = Nasıl geçtiğini bize anlatın

## Mekânın erişilebilirliği
venue-step-free = Basamak veya merdiven yok
venue-accessible-toilet = Engellilerin kullanabileceği tuvalet
venue-hearing-loop = İndüksiyon döngüsü (işitme cihazları için)
venue-parking = Yakında otopark
venue-opening-hours = Açık olduğu saatler

## Kayıt
signup-heading = Kayıt olun
signup-intro = Buradan kayıt olun. Hesaba ihtiyacınız yok.
signup-intro-walk-in = Kayıt olmadan gelebilirsiniz. Yerinizden emin olmak mı istiyorsunuz? O zaman kayıt olun.
signup-full = Tüm yerler dolu. Bekleme listesine kayıt olun. Bir yer boşalırsa e-posta alırsınız.
signup-name = Ad veya baş harfler
signup-name-hint = Baş harfleriniz yeterli.
signup-email = E-posta adresi
signup-contact-hint = Size ulaşabilmemiz için bir e-posta adresi veya telefon numarası yazın.
signup-phone = Telefon numarası
signup-people = Kaç kişi geliyorsunuz?
signup-people-hint = Siz dahil, en fazla 10.
signup-needs = Katılmak için neye ihtiyacınız var?
signup-needs-hint = İhtiyacınız olanı işaretleyin, böylece ayarlayabiliriz.
signup-interpreter = Tercüman
signup-interpreter-lang = Hangi dilde tercüman?
signup-sign-language = İşaret dili tercümanı
signup-wheelchair = Tekerlekli sandalye için yer
signup-childcare = Çocuk bakımı
signup-other-needs = Başka bir şey
signup-consent = Düzenleyenin bilgilerimi bu etkinlik için kullanmasını kabul ediyorum.
signup-submit = Kayıt ol

registration-title = Kaydınız
registration-thanks = Teşekkürler! Kaydınız yapıldı. E-posta adresi yazdıysanız bir e-posta da alırsınız.
registration-thanks-waiting = Teşekkürler! Etkinlik dolu. Bekleme listesindesiniz.
registration-status-confirmed = Kayıtlı
registration-status-waiting = Bekleme listesinde
registration-status-cancelled = İptal edildi
registration-position = { $count ->
    [one] sıradaki sizsiniz
   *[other] bekleme listesinde { $count }. sıradasınız
}
registration-people = { $count ->
    [one] 1 kişi
   *[other] { $count } kişi
}
registration-keep-link = Bu sayfanın bağlantısını saklayın. Onunla kaydınızı görebilir veya iptal edebilirsiniz.
registration-cancel-heading = Kaydı iptal et
registration-cancel-text = Gelemiyor musunuz? Lütfen iptal edin, böylece yeriniz başkasına geçer.
registration-cancel-submit = Kaydımı iptal et
registration-cancelled-now = Kaydınız iptal edildi. Haber verdiğiniz için teşekkürler.
registration-again-title = Zaten kayıtlısınız
registration-again-text = Bu form zaten gönderildi. Kaydınız var. Bağlantı için e-postanıza bakın.
registration-closed-title = Artık kayıt olunamaz
registration-closed-text = Bu etkinlik iptal edildi veya sona erdi.
registration-error-name = Adınızı veya baş harflerinizi yazın.
registration-error-name-long = Adınız çok uzun (en fazla 100 karakter).
registration-error-email = Bu e-posta adresi doğru değil. Örnek: isim@ornek.nl
registration-error-phone = Bu telefon numarası doğru değil. En az 8 rakam kullanın.
registration-error-contact = Bir e-posta adresi veya telefon numarası yazın.
registration-error-people = 1 ile 10 arasında bir sayı seçin.
registration-error-consent = Bilgilerinizi kullanmamızı kabul ediyorsanız kutuyu işaretleyin.
registration-error-form-expired = Formun süresi doldu. Lütfen tekrar gönderin.
notice-back = Etkinliğe geri dön

## Geri bildirim
feedback-title = Nasıldı?
feedback-intro = Üç kısa soru. Cevaplarınız anonimdir.
feedback-not-yet = Etkinlik başladıktan sonra görüşünüzü verebilirsiniz.
feedback-q-met-someone = Yeni biriyle tanıştınız mı?
feedback-q-understand = Başkalarını şimdi daha iyi anlıyor musunuz?
feedback-q-come-again = Tekrar gelir misiniz?
feedback-answer-yes = Evet
feedback-answer-somewhat = Biraz
feedback-answer-no = Hayır
feedback-comment = Söylemek istediğiniz başka bir şey var mı?
feedback-comment-hint = Zorunlu değil. Lütfen isim yazmayın.
feedback-submit = Gönder
feedback-error-answer = Bir cevap seçin.
feedback-error-comment = Yorumunuz çok uzun (en fazla 1000 karakter).
feedback-thanks-title = Teşekkürler!
feedback-thanks-text = Cevaplarınız etkinlikleri daha iyi yapmamıza yardım ediyor.

## Yönetim
manage-title = Etkinlikleri yönet
manage-card-text = Etkinlik oluşturun, kayıtları görün ve katılımı takip edin.
manage-new-link = Yeni etkinlik
manage-new-title = Yeni etkinlik
manage-edit-title = Etkinliği düzenle
manage-col-activity = Etkinlik
manage-col-actions = Listeler
manage-col-contact = İletişim
manage-col-needs = İhtiyaçlar
manage-registrations-title = Kayıtlar
manage-export = CSV olarak indir
manage-public-page = Herkese açık sayfayı görüntüle
manage-attendance-heading = Katılım
manage-confirmed = { $count ->
    [one] 1 kişi kayıtlı
   *[other] { $count } kişi kayıtlı
}
manage-waiting = { $count ->
    [one] bekleme listesinde 1 kişi
   *[other] bekleme listesinde { $count } kişi
}
manage-present = { $count ->
    [one] kayıtlı 1 kişi geldi
   *[other] kayıtlı { $count } kişi geldi
}
manage-walk-ins = { $count ->
    [one] kayıtsız 1 kişi
   *[other] kayıtsız { $count } kişi
}
manage-attendance-total = { $count ->
    [one] toplam 1 kişi
   *[other] toplam { $count } kişi
}
manage-feedback-heading = Katılımcılar ne diyor
manage-comments = Yorumlar
manage-cancel-heading = Etkinliği iptal et
manage-cancel-text = E-posta adresiyle kayıt olan herkes bir mesaj alır.
manage-cancel-submit = Etkinliği iptal et

form-activity-title = Başlık (Felemenkçe)
form-activity-description = Açıklama (Felemenkçe)
form-activity-translations-hint = Zorunlu değil: başka dillerde başlık ve açıklama. Çeviri yoksa herkes Felemenkçe metni görür.
form-activity-translation = { $language } metin
form-activity-translation-title = Başlık
form-activity-translation-description = Açıklama
form-activity-venue = Mekân
form-activity-online-only = Mekân yok (sadece çevrim içi)
form-activity-unknown-venue = Bilinmeyen mekân
form-activity-online-url = Çevrim içi katılım bağlantısı
form-activity-date = Tarih
form-activity-start = Başlangıç saati
form-activity-time-hint = Hollanda saati, örneğin 19:30.
form-activity-end = Bitiş saati
form-activity-repeat-weeks = Kaç haftada bir tekrarlansın?
form-activity-repeat-hint = Bir kez için boş bırakın veya 0 yazın.
form-activity-repeat-count = Toplam kaç kez?
form-activity-contact = İletişim kişisinin adı
form-activity-cost = Avro olarak ücret
form-activity-cost-hint = Boş ise ücretsiz. Örnek: 3,50
form-activity-capacity = Yer sayısı
form-activity-capacity-hint = Boş ise sınır yok.
form-none = Yok

activity-error-title = Bir başlık yazın.
activity-error-title-long = Başlık çok uzun (en fazla 120 karakter).
activity-error-translation-title = Bu dilde bir başlık da yazın.
activity-error-description-long = Açıklama çok uzun (en fazla 5000 karakter).
activity-error-kind = Bir etkinlik türü seçin.
activity-error-venue = Bu mekânı tanımıyoruz. Listeden bir mekân seçin.
activity-error-place = Bir mekân seçin veya çevrim içi katılım bağlantısı yazın.
activity-error-url = https:// ile başlayan bir bağlantı yazın.
activity-error-date = Bir tarih ve başlangıç saati yazın.
activity-error-time = Bir bitiş saati yazın, örneğin 21:00.
activity-error-end-before-start = Bitiş saati başlangıç saatinden sonra olmalı.
activity-error-past = Bu tarih geçti. Gelecekte bir tarih seçin.
activity-error-repeat = 1 ile 8 haftada bir, en fazla 52 kez tekrarlanabilir.
activity-error-cost = Bir tutar yazın, örneğin 3,50.
activity-error-capacity = 1 ile 10000 arasında bir yer sayısı yazın.
activity-error-capacity-below = Daha fazla kişi zaten kayıtlı. Yer sayısı daha düşük olamaz.
activity-error-contact-long = İsim çok uzun (en fazla 120 karakter).

checkin-title = Katılım
checkin-present = Geldi
checkin-mark = { $name } burada
checkin-undo = { $name } gelmedi
checkin-has-needs = bir ihtiyacı var, listeye bakın
checkin-walk-ins-heading = Kayıtsız gelenler
checkin-walk-ins = Kayıtsız gelen kişi sayısı

sheet-title = Katılım listesi
sheet-feedback-heading = Nasıldı?
sheet-feedback-text = Kodu telefonunuzla tarayın ve üç kısa soruyu cevaplayın. Anonimdir.
sheet-qr-label = Geri bildirim formuna giden QR kodu

figures-title = Etkinlik rakamları
figures-intro = Katılımcıların söyledikleri, etkinlik türüne ve temel ilkeye göre. 5'ten az cevapta rakam göstermiyoruz.
figures-by-kind = Etkinlik türüne göre
figures-by-pillar = Temel ilkeye göre
figures-question = Soru
figures-answers = { $count ->
    [one] 1 cevap
   *[other] { $count } cevap
}
figures-too-few = Göstermek için çok az cevap var.
figures-none = Henüz cevap yok.

venues-title = Mekânlar
venues-new = Mekân ekle
venues-saved = Mekân kaydedildi.
venue-name = Ad
venue-address = Adres
venue-address-hint = Sokak ve numara veya bir tarif.
venue-error-name = Bir ad yazın (en fazla 120 karakter).
venue-error-address = Bir adres yazın (en fazla 200 karakter).
venue-error-area = Listeden bir mahalle seçin.

csv-name = Ad
csv-email = E-posta
csv-phone = Telefon
csv-people = Sayı
csv-status = Durum
csv-interpreter = Tercüman
csv-sign-language = İşaret dili tercümanı
csv-wheelchair = Tekerlekli sandalye
csv-childcare = Çocuk bakımı
csv-other-needs = Başka bir şey
csv-present = Geldi
csv-registered-at = Kayıt tarihi

## E-posta
mail-activity-confirmed-subject = Kaydınız yapıldı: { $title }
mail-activity-confirmed-body = { $title } etkinliğine kaydınız yapıldı.

    Ne zaman: { $when }
    Nerede: { $place }

    Gelemeyecek misiniz? Lütfen aşağıdaki bağlantıyla iptal edin, böylece yeriniz başkasına geçer.
mail-activity-confirmed-action = Kaydınızı görün veya değiştirin
mail-activity-waiting-subject = Bekleme listesindesiniz: { $title }
mail-activity-waiting-body = { $title } dolu. Bekleme listesindesiniz.

    Ne zaman: { $when }
    Nerede: { $place }

    Bir yer boşalırsa hemen e-posta alırsınız.
mail-activity-waiting-action = Kaydınızı görün
mail-activity-promoted-subject = Sizin için bir yer var: { $title }
mail-activity-promoted-body = İyi haber! Bir yer boşaldı. Artık { $title } etkinliğine kayıtlısınız.

    Ne zaman: { $when }
    Nerede: { $place }

    Gelemeyecek misiniz? İlk e-postanızdaki bağlantıyla iptal edin.
mail-activity-promoted-action = Etkinliği görün
mail-activity-cancelled-subject = İptal edildi: { $title }
mail-activity-cancelled-body = Maalesef { $when } tarihindeki { $title } etkinliği yapılmayacak.

    Başka etkinlikler için ajandaya bakın.
mail-activity-cancelled-action = Etkinliği görün
mail-activity-registration-cancelled-subject = Kaydınız iptal edildi: { $title }
mail-activity-registration-cancelled-body = { $when } tarihindeki { $title } etkinliği için kaydınız iptal edildi. Haber verdiğiniz için teşekkürler.
mail-activity-registration-cancelled-action = Etkinliği görün
mail-activity-reminder-subject = Hatırlatma: { $title }
mail-activity-reminder-body = Sizi { $title } etkinliğinde görmekten mutluluk duyarız.

    Ne zaman: { $when }
    Nerede: { $place }

    Sonrasında nasıl geçtiğini bilmek isteriz. Üç kısa soru: { $feedback }
mail-activity-reminder-action = Etkinliği görün

## Venue photos
venue-photo = Mekânın fotoğrafı
venue-photo-hint = En fazla 2 MB büyüklüğünde bir JPEG veya PNG fotoğrafı. Kamera ve konum bilgilerini sileriz.
venue-photo-alt = Fotoğrafın açıklaması (göremeyenler için)
venue-photo-submit = Fotoğrafı kaydet
venue-photo-error-alt = Fotoğrafı birkaç kelimeyle anlatın (en fazla 200 karakter).
venue-photo-error-missing = Bir fotoğraf seçin.
venue-photo-error-large = Fotoğraf çok büyük. En fazla 2 MB olan bir fotoğraf seçin.
venue-photo-error-pixels = Fotoğrafta çok fazla piksel var. En fazla 4096 x 4096 piksel ve 16 megapiksel olan bir fotoğraf seçin.
venue-photo-error-type = Bu dosya bir JPEG veya PNG fotoğrafı değil.

# Object-level access: own organisations only
activity-error-organisation = Kendi kuruluşlarınızdan birini seçin.
venue-error-name-taken = Başka bir kuruluşun bu adda bir mekânı zaten var. Başka bir ad seçin.
venue-owner = Yöneten
venue-owner-programme = Program (koordinatörler)
registration-anonymised = Anonim hale getirildi (saklama süresi doldu)
# Rights of the people in the data: the registrant removes their registration
registration-kept-heading = Hakkınızda sakladıklarımız
registration-kept-name = Ad
registration-kept-email = E-posta adresi
registration-kept-phone = Telefon numarası
registration-kept-needs = İhtiyaçlarınız
registration-remove-text = Bunları silmemizi ister misiniz? O zaman kaydınız da iptal edilir.
registration-remove-submit = Verilerimi sil
registration-removed-title = Verileriniz silindi
registration-removed-text = Adınızı ve iletişim bilgilerinizi sildik. Kaydınız iptal edildi. Bu bağlantı artık çalışmıyor.
# The monitor's indicators from this module
activity-indicator-visitors = 1.000 kişi başına etkinlik ziyaretçisi
activity-indicator-visitors-about = Mahalledeki etkinliklerde onaylanmış yerlerin 1.000 kişi başına sayısı, etkinlik yılına göre.
activity-indicator-met-someone = Yeni biriyle tanıştı
activity-indicator-met-someone-about = Bir etkinlikten sonra “yeni biriyle tanıştım” diyen ziyaretçilerin payı.
venues-in-municipality = Belediyedeki mekânlar
venues-show = Mekânları göster
venue-error-other-municipality = Bu mekân seçilen belediyede değil. Listeden bir mekân seçin.
