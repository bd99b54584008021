## Main navigation
nav-home = Semt planı

## Home page
home-approaches-heading = Temel yaklaşımlarımız
home-approaches-intro = { $count ->
    [one] Semt planında şu anda bu sitede bir temel yaklaşım var.
   *[other] Semt planında şu anda bu sitede { $count } temel yaklaşım var.
}
home-pillar-count = { $count ->
    [one] 1 temel ilke
   *[other] { $count } temel ilke
}
home-coming-up-heading = Yakında
home-areas-heading = Mahalleler
home-areas-intro = { $count ->
    [one] Semt planı bir mahalle ile ilgili.
   *[other] Semt planı { $count } mahalle ile ilgili.
}
home-areas-map-title = Semtteki mahallelerin haritası
home-areas-source = Harita kaynağı
home-empty-title = Hoş geldiniz
home-empty-message = Bu sitede henüz bir semt planı yok. Yönetici semt planını ekleyebilir.

## Approach page
approach-breadcrumb = Buradasınız
approach-pillars-heading = Dört temel ilke
approach-pillars-intro = De Vreedzame Wijk ve De Vreedzame School (Barışçıl Semt ve Barışçıl Okul) programlarının dört temel ilkesine göre çalışıyoruz.
approach-actions-heading = Ne yapacağız?
approach-action-pillars = Temel ilkeler
approach-contact-heading = İletişim
approach-contact-person = İletişim kişisi: { $name }
approach-contact-none = Henüz bir iletişim kişisi yok.

## Status
status-planned = Planlandı
status-active = Devam ediyor
status-paused = Ara verildi
status-completed = Tamamlandı

## Validation messages (coordinator forms)
approach-error-slug = Sadece küçük harf (a-z), rakam ve tire kullanın, örneğin: saglikli-buyume.
approach-error-dutch-required = En azından Felemenkçe metni doldurun.
approach-error-title-empty = Lütfen bir başlık girin.
approach-error-title-long = Başlık çok uzun. En fazla 120 karakter kullanın.
approach-error-summary-long = Özet çok uzun. En fazla 400 karakter kullanın.
approach-error-body-long = Metin çok uzun.
approach-error-email = Lütfen geçerli bir e-posta adresi girin, örneğin isim@amersfoort.nl.
approach-error-contact-long = İsim çok uzun.
## The four pillars of De Vreedzame Wijk (generated from seed/pillars.toml)
pillar-positive-community = Olumlu sosyal topluluk
pillar-positive-community-motto = Birbirimize aitiz, birbirimizi önemsiyoruz
pillar-positive-community-explanation = Herkesin kendini hoş karşılanmış ve topluluğun bir parçası olarak hissetmesini birlikte sağlıyoruz.
pillar-conflict-mediation = Çatışma çözümü ve arabuluculuk
pillar-conflict-mediation-motto = Birbirimizi dinliyoruz, anlaşmazlıkları kendimiz çözüyoruz
pillar-conflict-mediation-explanation = Birbirimizi dinliyor ve bir kavgayı birlikte iyi bir şekilde nasıl çözeceğimizi öğreniyoruz.
pillar-tasks-responsibilities = Görevler ve sorumluluklar
pillar-tasks-responsibilities-motto = Hepimiz katkıda bulunuyoruz
pillar-tasks-responsibilities-explanation = Herkes katılıyor ve semti güzel bir yer yapmaya yardım ediyor.
pillar-diversity = Farklılıklarla yaşamak
pillar-diversity-motto = Hepimiz farklıyız
pillar-diversity-explanation = İnsanlar arasındaki farklılıkları normal görüyor ve onlara saygıyla yaklaşıyoruz.

## Managing approaches
approach-admin-title = Temel yaklaşımları yönet
approach-admin-lead = Semt planının temel yaklaşımlarını ekleyin ve metinlerini her dilde yazın.
approach-admin-new = Yeni temel yaklaşım
approach-admin-create = Temel yaklaşım oluştur
approach-admin-edit = Temel yaklaşımı düzenle
approach-admin-view = Sayfayı görüntüle
approach-admin-saved = Değişiklikler kaydedildi.
approach-admin-languages = Metnin dili
approach-admin-slug = Adres (bağlantının bir parçası)
approach-admin-slug-hint = Küçük harfler (a-z), rakamlar ve tireler, örneğin: saglikli-buyume.
approach-admin-status = Durum
approach-admin-contact-name = İletişim kişisi
approach-admin-contact-email = İletişim kişisinin e-posta adresi
approach-admin-title-field = Başlık
approach-admin-summary = Özet (bir veya iki cümle)
approach-admin-body = Metin
approach-admin-body-hint = Sade bir dille yazın. Paragraflar arasında boş bir satır bırakın.
approach-error-status = Bir durum seçin.
approach-error-slug-taken = Bu adres zaten kullanılıyor. Başka bir adres seçin.
