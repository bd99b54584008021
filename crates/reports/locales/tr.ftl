## Navigation
nav-reports = Bildirim noktası

## Intro
report-title = Ayrımcılık ve dışlanma bildirim noktası
report-intro-lead = Dışlandınız mı ya da size farklı mı davranıldı? Ten renginiz, kökeniniz, dininiz, geliriniz ya da başka bir şey yüzünden mi? Bize anlatın. Liendert herkes için.
report-intro-what = Burada olanları bildirebilirsiniz. Bunu adınızı vermeden ve hesap açmadan yapabilirsiniz. Eğitimli bir çalışan bildiriminizi okur. İsterseniz size yardım eder.
report-intro-how-heading = Nasıl çalışır?
report-intro-step-1 = Ne olduğunu anlatırsınız. Bu birkaç dakika sürer.
report-intro-step-2 = 16 haneli bir kod alırsınız. Bu kodu bir yere yazın.
report-intro-step-3 = Bu kodla cevabımızı okuyabilir, daha fazlasını anlatabilir ya da bildiriminizi geri çekebilirsiniz.
report-privacy-heading = Bilgilerinize ne olur?
report-privacy-text = Bildiriminizi yalnızca bildirim noktasının eğitimli çalışanları okur. Anlattıklarınız ve iletişim bilgileriniz şifrelenerek saklanır. İzniniz olmadan hiçbir şeyi başkasına vermeyiz. Bildirim kapandıktan on iki ay sonra anlattıklarınızı ve bilgilerinizi sileriz. Yalnızca sayıları tutarız, isim olmadan. Küçük sayıları hiçbir zaman göstermeyiz.
report-start = Bildirim yap
report-follow-link = Bildiriminizi kodunuzla takip edin
report-figures-link = Bildirim noktasının rakamlarına bakın
report-emergency = Tehlikede misiniz? 112'yi arayın. Suç duyurusunda bulunmak mı istiyorsunuz? Polisi arayın: 0900-8844.

## The form
report-form-title = Bildirim yap
report-form-lead = Bildiklerinizi yazın. Adınızı yazmanız gerekmez.
report-choose = Seçin…
report-q-role = Bu olayla ilginiz ne?
report-role-victim = Bu benim başıma geldi
report-role-witness = Olanları gördüm
report-role-on-behalf = Başka biri adına bildiriyorum
report-q-narrative = Ne oldu?
report-q-narrative-hint = Kendi sözlerinizle ve kendi dilinizde anlatın. Kim ne yaptı? Ne dediler?
report-q-when = Ne zaman oldu?
report-q-date = Tarih (biliyorsanız)
report-q-about = Ya da yaklaşık olarak
report-q-about-hint = Örneğin: geçen hafta ya da bir yıldır.
report-q-where = Nerede oldu?
report-q-location = Mahalle
report-q-municipality = Belediye
report-q-municipality-hint = Önce belediyeyi seçin. Sonra ‘Mahalleleri göster’e basın. O belediyenin mahallelerini görürsünüz.
report-show-buurten = Mahalleleri göster
report-location-municipality = Belediye sınırları içinde başka bir yerde
report-location-outside = Belediye sınırlarının dışında
report-location-unknown = Bilmiyorum ya da söylemek istemiyorum
report-location-buurt = Bir mahallede
report-q-place = Yer (isterseniz)
report-q-place-hint = Örneğin: otobüs durağı, okul ya da dükkân.
report-q-terrain = Hangi ortamda oldu?
report-terrain-neighbours = Komşularla ya da mahallede
report-terrain-public-space = Sokakta ya da parkta
report-terrain-education = Okulda ya da eğitim sırasında
report-terrain-work = İşte ya da iş ararken
report-terrain-shops-hospitality = Bir dükkânda, kafede ya da bir işletmede
report-terrain-housing = Ev ararken ya da kiralarken
report-terrain-authorities-police = Belediyede, poliste ya da başka bir kurumda
report-terrain-sports-recreation = Spor yaparken ya da boş zamanlarda
report-terrain-internet-media = İnternette ya da medyada
report-terrain-other = Başka bir yerde
report-q-grounds = Sizce bu neden oldu?
report-q-grounds-hint = Birden fazla seçebilirsiniz.
report-ground-origin = Ten rengi ya da köken
report-ground-nationality = Uyruk
report-ground-religion = Din ya da inanç
report-ground-gender = Kadın ya da erkek olmak
report-ground-sexual-orientation = Kime âşık olduğum (cinsel yönelim)
report-ground-gender-identity = Cinsiyet kimliği
report-ground-disability = Engellilik ya da kronik hastalık
report-ground-age = Yaş
report-ground-political = Siyasi görüş
report-ground-marital-status = Evli olup olmamak
report-ground-income = Gelir ya da yoksulluk
report-ground-other = Başka bir şey
report-q-nature = Esas olarak ne oldu?
report-nature-hostile-treatment = Hakaret, zorbalık ya da dışlama
report-nature-unequal-treatment = Başkalarından farklı muamele görmek
report-nature-threat = Tehdit
report-nature-violence = Şiddet
report-nature-vandalism = Eşyaya zarar verme ya da duvar yazısı
report-nature-other = Başka bir şey
report-q-wants = Ne istiyorsunuz?
report-want-register = Sadece bildirmek, bilinsin diye
report-want-advice = Tavsiye ya da bir görüşme
report-want-mediation = Konuşmaya yardım eden bir arabulucu
report-want-handover = Ayrımcılıkla mücadele bürosuna iletilmesi
report-want-police-report = Polise suç duyurusunda bulunmak için yardım
report-q-residence = Belediye sınırları içinde mi yaşıyorsunuz?
report-residence-municipality = Evet
report-residence-elsewhere = Hayır
report-residence-unknown = Söylemek istemiyorum
report-q-contact = Sizinle iletişime geçebilir miyiz?
report-q-contact-hint = Bu zorunlu değil. Bilgilerinizi vermezseniz anonim kalırsınız. O zaman cevabımızı kodunuzla okursunuz.
report-q-phone = Telefon numarası
report-q-contact-way = Size nasıl ulaşalım?
report-contact-way-none = İletişim istemiyorum, kodumu kullanacağım
report-contact-way-email = E-posta ile
report-contact-way-phone = Telefonla
report-q-mail-updates = Bir cevap geldiğinde bana e-posta gönderin (cevabın içeriği olmadan).
report-q-consent-handover = Yardımı olacaksa, bildirimimin ayrımcılıkla mücadele bürosuna ya da bir arabulucuya iletilmesine izin veriyorum.
report-q-privacy-read = Bilgilerimin nasıl kullanıldığını okudum.
report-to-check = Devam: kontrol et
report-error-role = Bu olayla ilginizi seçin.
report-error-narrative-short = Ne olduğunu anlatın (en az birkaç kelime).
report-error-narrative-long = Anlattıklarınız çok uzun. Lütfen kısaltın (en fazla 10.000 karakter).
report-error-date = Geçerli bir tarih yazın.
report-error-date-future = Bu tarih gelecekte.
report-error-too-long = Bu metin çok uzun.
report-error-location = Bir mahalle ya da başka bir yer seçin.
report-error-terrain = Hangi ortamda olduğunu seçin.
report-error-grounds = En az bir neden seçin.
report-error-nature = Esas olarak ne olduğunu seçin.
report-error-wants = Ne istediğinizi seçin.
report-error-residence = Belediye sınırları içinde yaşayıp yaşamadığınızı seçin.
report-error-phone = Geçerli bir telefon numarası yazın, örneğin 06-12345678.
report-error-email-needed = E-posta adresinizi yazın ya da başka bir yol seçin.
report-error-phone-needed = Telefon numaranızı yazın ya da başka bir yol seçin.
report-error-contact-way = Size nasıl ulaşmamızı istediğinizi seçin.
report-error-privacy = Bilgilerinizin nasıl kullanıldığını okuduysanız kutuyu işaretleyin.

## Check and send
report-check-title = Her şey doğru mu?
report-check-lead = Bildiriminizi bir kez daha okuyun. Her şey doğru mu? O zaman bildirimi gönderin.
report-anonymous = Anonim
report-send = Bildirimi gönder
report-edit = Değiştir

## Receipt
report-receipt-title = Bildiriminiz alındı
report-receipt-lead = Teşekkür ederiz. Bildiriminizi en kısa sürede okuyacağız, genellikle beş iş günü içinde.
report-receipt-code-label = Kodunuz:
report-receipt-keep = Bu kodu bir yere yazın ya da fotoğrafını çekin. Kodu yalnızca bir kez görürsünüz. Kodu size tekrar gönderemeyiz.
report-receipt-next = Bu kodla cevabımızı okuyabilir, daha fazlasını anlatabilir ya da bildiriminizi geri çekebilirsiniz.

## Follow-up
report-follow-title = Bildiriminizi takip edin
report-follow-lead = Bildirim yaptığınızda aldığınız 16 haneli kodu yazın.
report-follow-code = Kod
report-follow-code-hint = 16 rakam. Boşluk bırakabilirsiniz.
report-follow-submit = Bildirimi aç
report-follow-error-code = Bu kodu tanımıyoruz. 16 rakamın hepsini doğru yazıp yazmadığınızı kontrol edin.
report-follow-status = Durum: { $status }
report-follow-received = Alınma tarihi: { $date }
report-follow-saved = Mesajınız kaydedildi.
report-follow-stop = Bu cihazda bildirimi kapat
report-follow-stopped = Bildirim bu cihazda kapatıldı.
report-messages-heading = Mesajlar
report-messages-none = Henüz mesaj yok.
report-message-from-handler = Bildirim noktasından
report-message-from-you = Sizden
report-add-heading = Bir şey ekleyin ya da bir soruyu cevaplayın
report-add-label = Mesajınız
report-add-submit = Mesajı gönder
report-message-error-empty = Önce bir mesaj yazın.
report-withdraw-heading = Bildirimi geri çek
report-withdraw-text = Bildirimi geri çekmek mi istiyorsunuz? O zaman anlattıklarınızı, bilgilerinizi ve mesajları hemen sileriz. Yalnızca bildirim sayısı kalır, içerik olmadan.
report-withdraw-confirm = Evet, bildirimimi geri çekmek istiyorum.
report-withdraw-submit = Bildirimi geri çek
report-withdraw-error-confirm = Bildirimi gerçekten geri çekmek istiyorsanız kutuyu işaretleyin.
report-withdrawn-title = Bildiriminiz geri çekildi
report-withdrawn-message = Anlattıklarınızı ve bilgilerinizi sildik. İstediğiniz zaman yeniden bildirim yapabilirsiniz.
report-already-title = Bu bildirim bize zaten ulaştı
report-already-message = Bu bildirimi zaten aldık, bu yüzden yeni bir kod almazsınız. Bildiriminizi takip etmek için ilk seferde aldığınız kodu kullanın. Kodu kaybettiyseniz yeni bir bildirim yapabilirsiniz.

## Statuses, handling
report-status-new = Yeni
report-status-in-progress = İnceleniyor
report-status-closed = Tamamlandı
report-status-referred = Yönlendirildi
report-status-withdrawn = Geri çekildi
report-handling-registration = Yalnızca kayıt
report-handling-advice = Tavsiye ve bilgi
report-handling-mediation = Arabuluculuk
report-handling-referral = Yönlendirme
report-handling-legal-support = Sonraki hukuki süreçte destek
report-handling-policy = Politikayı etkileme
report-handling-open = Hâlâ inceleniyor

## Case handling (staff)
report-queue-title = Bildirimler
report-admin-text = Açık bildirimleri görün, atayın ve ele alın.
report-queue-status = Durum
report-queue-open = Açık (yeni ve incelenen)
report-queue-who = Sorumlu
report-queue-everyone = Herkes
report-queue-mine = Bildirimlerim
report-queue-unassigned = Henüz atanmadı
report-queue-ref = Referans
report-queue-received = Alınma tarihi
report-queue-handler = Sorumlu
report-queue-due = Son tarih
report-case-title = Bildirim { $ref }
report-case-deleted = Bu bildirimin kişisel içeriği silindi. Rakamlar korunur.
report-case-mail-updates = Gelişmeleri e-postayla öğrenmek istiyor
report-case-consent = İletme izni
report-case-text = Metin
report-case-text-kind = Metin türü
report-case-to-reporter = Bildirimi yapan kişiye mesaj (kişi bunu kodla okur)
report-case-internal-note = İç not (yalnızca sorumlular için)
report-case-save-text = Kaydet
report-case-handling-heading = İşlem
report-case-assign-me = Bana
report-case-assign = Ata
report-case-handling = Sonuçlandırma şekli
report-case-set-status = Durumu kaydet
report-case-set-due = Son tarihi kaydet
report-author-reporter = Bildirimi yapan kişi
report-author-handler = Sorumludan bildirimi yapan kişiye
report-author-note = İç not
report-error-handler = Listeden bir sorumlu seçin.
report-error-status = Bu durum şu anda seçilemez.
report-error-handling = Bildirimi kapatmadan önce sonuçlandırma şeklini seçin.
report-handover-title = Ayrımcılıkla mücadele bürosuna aktarım
report-handover-lead = Bildirimin özeti. Bildirimi yapan kişi bunun iletilmesine izin verdi.
report-handover-file = Ayrımcılıkla mücadele bürosu için dosya
report-handover-no-consent = Bildirimi yapan kişinin izni olmadan bildirim iletilemez.
report-handover-print = Bu sayfayı yazdırın ya da PDF olarak kaydedin.

## Figures
report-figures-title = Bildirim noktasının rakamları
report-figures-lead = Kaç bildirim geldi ve konuları neydi? Böylece herkes neler olduğunu görür, ama kimse tanınmaz.
report-figures-year = Yıl
report-figures-show = Göster
report-figures-suppression = { $threshold } altındaki sayıları göstermiyoruz (<{ $threshold }). Bazen başka bir sayıyı da gizliyoruz (×). Böylece kimse küçük sayıyı hesaplayamaz.
report-figures-age = Rakamlar en çok { $minutes } dakika önce güncellendi.
report-figures-csv = CSV olarak indir
report-figures-api = Açık veri (JSON)
report-figures-per-quarter = { $year } yılında çeyreklere göre bildirimler
report-figures-year-total = Bu yıl toplam: { $total }
report-figures-quarter = { $quarter }. çeyrek
report-figures-category = Konu
report-figures-count = Sayı
report-figures-by-terrain = Nerede oldu
report-figures-by-nature = Ne oldu
report-figures-by-handling = Sonuçlandırma şekli
report-figures-by-location = Mahalle
report-figures-by-municipality = Belediye
report-figures-by-ground = Neden (bir bildirimde birden fazla neden olabilir)
report-figures-legend = <5: beşten az bildirim. ×: küçük sayıları korumak için gizlendi.
report-overview-heading = Belediye için yıllık özet
report-overview-caption = { $year } yılındaki bildirimler, bildirimi yapan kişinin yaşadığı yere göre
report-overview-residents-own = Belediyede yaşayanlar, kendi belediyeleri hakkında
report-overview-residents-elsewhere = Belediyede yaşayanlar, başka bir yer hakkında
report-overview-non-residents-here = Belediye dışında yaşayanlar, bu belediye hakkında
report-overview-unknown = Bilinmiyor
report-staff-figures-title = Çalışanlar için rakamlar
report-staff-figures-lead = Kesin sayılar, yalnızca çalışanlar için. Bildirim noktası dışında paylaşmayın.

## Mail
mail-report-news-subject = Bildiriminizle ilgili yeni bir gelişme var
mail-report-news-body = Merhaba,

    Bildirim noktasındaki bildiriminizle ilgili yeni bir mesaj var. Gizliliğinizi korumak için mesajın içeriği bu e-postada yer almıyor.

    Mesajı 16 haneli kodunuzla okuyun.
mail-report-news-action = Bildirimi aç
mail-report-due-subject = Bildirim { $ref } için son tarih
mail-report-due-body = Merhaba { $name },

    { $ref } numaralı bildirimin son tarihi dolmak üzere.
mail-report-due-action = Bildirimi aç
# Passing a report on to buurtbemiddeling (the melder asked for mediation)
report-case-mediation = Mahalle arabuluculuğuna ilet
report-case-mediation-consent = Bildirimde bulunan kişi, bildirimin mahalle arabuluculuğuna iletilmesine izin verdi
report-case-mediation-hint = Bildirimde bulunan kişi arabuluculuk istedi. Yalnızca iletişim bilgileri iletilir, anlatım iletilmez; zaman çizelgesine dosya numarasıyla bir not eklenir.
# Rights of the people in the data
report-rights-open-cases = Hâlâ { $count } açık bildirimi ele alıyorsunuz.
# The monitor's indicators from this module
report-indicator-rate = 1.000 kişi başına bildirim
report-indicator-rate-about = Ayrımcılık bildirimlerinin 1.000 kişi başına sayısı, bildirim yılına göre. Daha fazla bildirim, insanların bildirim noktasını daha iyi tanıdığı anlamına da gelebilir.
