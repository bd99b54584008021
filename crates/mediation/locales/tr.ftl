nav-mediation = Komşu arabuluculuğu

## Public pages

mediation-title = Komşu arabuluculuğu
mediation-intro-lead = Komşularınızla bir anlaşmazlığınız mı var ya da onlardan rahatsız mı oluyorsunuz? Eğitimli iki gönüllü, birlikte bir çözüm bulmanıza yardım eder.
mediation-intro-what = Komşu arabuluculuğu ücretsizdir. Arabulucular taraf tutmaz. Konuşmanıza ve dinlemenize yardım ederler. Çözümü siz kendiniz bulursunuz.
mediation-intro-how-heading = Nasıl işliyor?
mediation-intro-step-1 = Formla yardım istersiniz. Polis, konut kurumu, okul veya wijkteam aracılığıyla da gelebilirsiniz.
mediation-intro-step-2 = Beş iş günü içinde ilk görüşme için sizinle iletişime geçeriz.
mediation-intro-step-3 = İki arabulucu önce sizinle, sonra komşularınızla konuşur.
mediation-intro-step-4 = Herkes isterse sakin bir yerde birlikte konuşursunuz. Anlaşmaları yazıya geçiririz.
mediation-privacy-heading = Bilgilerinizle ne yapıyoruz?
mediation-privacy-text = Bilgilerinizi yalnızca koordinatör ve iki arabulucu okur. Bilgileri şifreli olarak saklarız. Bitişten iki yıl sonra sileriz.
mediation-privacy-link = Gizlilik bildirimini okuyun
mediation-start = Yardım isteyin
mediation-figures-link = Komşu arabuluculuğu rakamlarına bakın
mediation-back = Komşu arabuluculuğuna geri dönün

mediation-form-title = Komşularınızla bir anlaşmazlık için yardım isteyin
mediation-form-lead = Bildiklerinizi doldurun. "Zorunlu değil" yazmayan alanlar gereklidir.
mediation-q-requester = Yardımı kim istiyor?
mediation-requester-resident = Mahalle sakiniyim ve kendim yardım istiyorum
mediation-requester-professional = Bir kurumda çalışıyorum ve bir mahalle sakinini bildiriyorum
mediation-q-referrer = Kurum çalışanları için
mediation-q-referrer-hint = Bunu yalnızca bir mahalle sakinini bildiriyorsanız doldurun. Mahalle sakininin buna onay vermesi gerekir.
mediation-q-referrer-type = Kurum türü
mediation-q-referrer-org = Kurumunuzun adı
mediation-q-consent = Mahalle sakini, onu bildirmeme onay veriyor
mediation-q-updates = Arabuluculuk başladığında ve bittiğinde kısa bir mesaj almak istiyorum
mediation-q-referrer-email = Bu mesaj için e-posta adresiniz
mediation-q-referrer-email-hint = Mesajda asla bir isim veya ne olduğu yazmaz.
mediation-q-you = Yardım isteyen mahalle sakini
mediation-q-name = Ad
mediation-q-street = Sokak
mediation-q-house-number = Ev numarası (zorunlu değil)
mediation-q-phone = Telefon numarası
mediation-q-contact-hint = Bir telefon numarası veya e-posta adresi girin.
mediation-q-email = E-posta adresi
mediation-q-language = Görüşmeler için dil (zorunlu değil)
mediation-q-language-hint = Örneğin Felemenkçe, Türkçe veya Arapça.
mediation-q-interpreter = Tercüman gerekiyor
mediation-q-other = Anlaşmazlık yaşanan komşular
mediation-q-other-hint = Zorunlu değil. Adlarını veya adreslerini biliyor musunuz? O zaman daha hızlı yardım edebiliriz.
mediation-q-other-name = Komşuların adı
mediation-q-conflict = Anlaşmazlık
mediation-q-topic = Konu nedir?
mediation-q-buurt = Mahalle
mediation-buurt-unknown = Bilmiyorum
mediation-q-description = Ne oluyor?
mediation-q-description-hint = Ne olduğunu ve ne zamandır sürdüğünü kısaca anlatın.
mediation-q-urgency = Yardıma ne kadar hızlı ihtiyaç var?
mediation-urgency-normal = Normal
mediation-urgency-urgent = Hızlı, durum kötüleşiyor
mediation-choose = Seçin
mediation-send = Gönderin

mediation-thanks-title = Talebinizi aldık
mediation-thanks-text = Teşekkür ederiz. En geç { $date } tarihinde sizinle iletişime geçeceğiz.

mediation-topic-noise = Gürültü
mediation-topic-garden = Ev veya bahçe
mediation-topic-children = Çocuklar
mediation-topic-pets = Evcil hayvanlar
mediation-topic-parking = Park etme
mediation-topic-intimidation = Tehdit veya zorbalık
mediation-topic-pollution = Çöp veya koku
mediation-topic-treatment = Kötü davranış veya ayrımcılık
mediation-topic-other = Başka bir şey

mediation-referrer-self = Mahalle sakininin kendisi
mediation-referrer-police = Polis
mediation-referrer-housing = Konut kurumu
mediation-referrer-municipality = Belediye
mediation-referrer-school = Okul
mediation-referrer-meldpunt = Bildirim noktası
mediation-referrer-wijkteam = Wijkteam

## Errors

mediation-error-requester = Yardımı kimin istediğini seçin.
mediation-error-referrer-type = Kurum türünü seçin.
mediation-error-referrer-org = Kurumunuzun adını girin.
mediation-error-consent = Bir mahalle sakinini yalnızca onun onayıyla bildirebilirsiniz. Onay varsa kutuyu işaretleyin.
mediation-error-email = ad@ornek.nl gibi geçerli bir e-posta adresi girin.
mediation-error-name = Bir ad girin.
mediation-error-street = Sokağı girin.
mediation-error-contact = Bir telefon numarası veya e-posta adresi girin.
mediation-error-topic = Konuyu seçin.
mediation-error-buurt = Listeden bir mahalle seçin.
mediation-error-description = Ne olduğunu birkaç kelimeyle anlatın.
mediation-error-urgency = Yardıma ne kadar hızlı ihtiyaç olduğunu seçin.
mediation-error-step-order = Bu adım henüz mümkün değil. Önce bir önceki adımı yapın.
mediation-error-decide-first = Önce arabuluculuğun uygun olup olmadığını seçin.
mediation-error-date = Bir tarih girin.
mediation-error-date-future = Bu tarih gelecekte.
mediation-error-date-order = Bu tarih bir önceki adımdan önce.
mediation-error-suitable = Arabuluculuğun uygun olup olmadığını seçin.
mediation-error-reason = Bir neden seçin.
mediation-error-referral = Mahalle sakinlerini nereye yönlendirdiğinizi girin.
mediation-error-mediator = Listeden bir arabulucu seçin.
mediation-error-untrained = Bu arabulucunun geçerli bir eğitim sertifikası yok.
mediation-error-same-street = Bu arabulucu, komşulardan biriyle aynı sokakta oturuyor.
mediation-error-same-mediator = İki farklı arabulucu seçin.
mediation-error-agrees = Komşuların katılıp katılmadığını seçin.
mediation-error-venue = Listeden bir yer seçin.
mediation-error-agreements = Anlaşmaları yazın.
mediation-error-aftercare-early = Takip, anlaşmalardan en az iki hafta sonradır.
mediation-error-outcome = Bir sonuç seçin.
mediation-error-outcome-too-early = Bu sonuç ancak birinci tarafla görüşmeden sonra mümkündür.
mediation-error-outcome-refused = Komşular katılmadı. Başka bir sonuç seçin.
mediation-error-stale = Bu dosyayı az önce başka biri değiştirdi. Şimdi ne yazdığına bakın ve adımınızı yeniden yapın.
mediation-error-contact-kind = Ne tür bir iletişim olduğunu seçin.
mediation-error-case-closed = Bu dosya kapandı. Artık iletişim ekleyemezsiniz.

## Figures

mediation-figures-title = Komşu arabuluculuğu rakamları
mediation-figures-lead = Kaç arabuluculuk olduğu, konuları ve nasıl sonuçlandıkları. { $threshold } altındaki sayıları göstermiyoruz.
mediation-figures-none = Henüz rakam yok.
mediation-figures-total = Talepler
mediation-figures-solved = Çözüldü (tamamen veya kısmen)
mediation-figures-days-intake = İlk görüşmeye kadar gün (ortanca)
mediation-figures-days-close = Bitişe kadar gün (ortanca)
mediation-figures-too-few = göstermek için çok az
mediation-figures-cases = Sayı
mediation-figures-note = { $threshold } altındaki bir sayı "<{ $threshold }" olarak gösterilir. "×" ile, küçük bir sayıyı hesaplamaya yarayacak bir sayıyı gizliyoruz.
mediation-dimension-topic = Konu
mediation-dimension-referrer = Bildiren
mediation-dimension-outcome = Sonuç

## Case flow

mediation-case-title = Dosya { $number }
mediation-number = Dosya
mediation-stage-received = Bildirildi
mediation-stage-intake = İlk görüşme yapıldı
mediation-stage-suitable = Arabuluculuğa uygun
mediation-stage-assigned = Arabulucular seçildi
mediation-stage-party1 = Birinci tarafla görüşme
mediation-stage-party2 = İkinci tarafa soruldu
mediation-stage-joint = Birlikte konuşuldu
mediation-stage-agreements = Anlaşmalar yapıldı
mediation-stage-aftercare = Takip yapıldı
mediation-stage-closed = Kapatıldı
mediation-step-received = Bildirim
mediation-step-intake = İlk görüşme (intake)
mediation-step-decide = Arabuluculuk uygun mu?
mediation-step-assign = İki arabulucu seçin
mediation-step-party1 = Birinci tarafla görüşme
mediation-step-party2 = İkinci tarafa soruldu
mediation-step-joint = Birlikte konuşma
mediation-step-agreements = Anlaşmalar
mediation-step-aftercare = Takip
mediation-step-close = Kapatma
mediation-outcome = Sonuç
mediation-outcome-solved = Çözüldü
mediation-outcome-partly-solved = Kısmen çözüldü
mediation-outcome-not-solved = Çözülmedi
mediation-outcome-referred = Yönlendirildi
mediation-outcome-stopped = Durduruldu
mediation-outcome-open = Devam ediyor
mediation-reason = Neden
mediation-reason-other-party-refused = Diğer taraf istemedi
mediation-reason-no-reaction = Diğer taraf cevap vermedi
mediation-reason-no-motivation = Artık istek yok
mediation-reason-psychosocial = Bağımlılık gibi başka bir yardım gerekli
mediation-reason-escalated = Anlaşmazlık çok ileri gitti
mediation-reason-not-suitable-business = Uygun değil: bir işletme
mediation-reason-not-suitable-violence = Uygun değil: şiddet
mediation-reason-not-suitable-family = Uygun değil: aile
mediation-reason-not-suitable-legal = Uygun değil: zaten bir dava var
mediation-reason-moved = Biri taşındı
mediation-reason-resolved-itself = Kendiliğinden çözüldü
mediation-reason-other = Başka bir şey
mediation-decide-question = Arabuluculuk bu anlaşmazlık için uygun mu?
mediation-decide-suitable = Evet, arabuluculuk uygun
mediation-decide-not-suitable = Hayır, arabuluculuk uygun değil
mediation-referral = Nereye yönlendiriyorsunuz?
mediation-mediator-1 = Birinci arabulucu
mediation-mediator-2 = İkinci arabulucu
mediation-party2-question = İkinci taraf katılıyor mu?
mediation-party2-agrees = Evet, katılıyor
mediation-party2-refuses = Hayır, istemiyor
mediation-venue = Görüşme için sakin bir yer
mediation-agreements-text = Anlaşmalar
mediation-agreements-hint = Her iki taraf da bu metni alır.
mediation-date = Tarih
mediation-save-step = Adımı kaydedin
mediation-close-case = Dosyayı kapatın
mediation-next = Sonraki adım
mediation-file-heading = Dosya
mediation-file-stage = Durum
mediation-file-intake-due = İlk görüşme en geç
mediation-file-mediators = Arabulucular
mediation-file-address = Adres
mediation-file-interpreter = tercüman gerekli
mediation-file-deleted = Kişisel bilgiler saklama süresinden sonra silindi.
mediation-timeline-heading = Zaman çizelgesi
mediation-contacts-heading = İletişimler
mediation-contacts-none = Henüz iletişim yok.
mediation-contact-add = İletişim kaydedin
mediation-contact-kind = İletişim türü
mediation-contact-note = Not (zorunlu değil)
mediation-contact-save = İletişimi kaydedin
mediation-contact-phone = Telefon
mediation-contact-visit = Ev ziyareti
mediation-contact-talk = Görüşme
mediation-contact-mail = E-posta veya mesaj

## The mediators' own view

mediation-mine-title = Arabuluculuklarım
mediation-mine-lead = Sizin seçildiğiniz dosyalar ve sonraki adım.
mediation-mine-none = Henüz dosyanız yok.

## The coordinator's pages

mediation-manage-title = Arabuluculuk dosyaları
mediation-manage-card-text = Talepler, ilk görüşme, arabulucu seçimi ve her dosyanın adımları.
mediation-manage-open = Açık dosyalar
mediation-manage-closed = Son kapatılanlar
mediation-manage-none = Dosya yok.
mediation-manage-received = Bildirim tarihi
mediation-manage-overdue = Gecikti
mediation-manage-workload = Arabulucular ve işleri
mediation-manage-mediator = Arabulucu
mediation-manage-certificate = Sertifika
mediation-manage-certified = eğitimli
mediation-manage-not-certified = eğitimsiz
mediation-manage-year = 12 ayda dosyalar
mediation-manage-silent = İletişimsiz dosyalar (14 gün)
mediation-manage-busy = çok
mediation-manage-no-mediators = Henüz arabulucu yok.
mediation-manage-workload-note = Bir arabulucu genellikle yılda 6 ila 8 dosya üstlenir.
mediation-manage-open-cases = { $count } açık dosya
mediation-manage-mediators-title = Arabulucular
mediation-manage-street-heading = Aynı sokakta değil
mediation-manage-street-text = Komşulardan biriyle aynı sokakta oturan bir arabulucu seçilemez. Sokağı okunabilir şekilde saklamıyoruz, yalnızca bir kod saklıyoruz.
mediation-manage-same-street = Bir arabulucunun aynı sokakta oturup oturmadığını kontrol edin
mediation-manage-street-of = { $name } adlı kişinin sokağı
mediation-manage-street-known = biliniyor
mediation-manage-save = Kaydedin
mediation-manage-saved = Kaydedildi.
mediation-manage-figures-title = Arabuluculuk rakamları (kesin)
mediation-manage-figures-lead = Küçükler dahil tüm sayılar. Yayımlamak için değil.
mediation-manage-on-time = 5 iş günü içinde ilk görüşme

mediation-csv-link = { $year } yıllık özetini indirin (CSV)
mediation-csv-part = Bölüm
mediation-csv-item = Ne
mediation-csv-overall = Toplam
mediation-csv-closed = Kapatılan

mediation-school-title = Okulda öğrenci arabulucular
mediation-school-card-text = Her ay kaç öğrencinin eğitildiğini ve kaç arabuluculuk yapıldığını girin.
mediation-school-lead = Yalnızca sayılar. Asla bir çocuğun adını veya ne olduğunu yazmayın.
mediation-school-no-school = Bir okula bağlı değilsiniz. Koordinatörden rolünüzü okulunuza bağlamasını isteyin.
mediation-school-school = Okul
mediation-school-month = Ay
mediation-school-year = Öğretim yılı
mediation-school-trained = Öğrenci arabulucu olarak eğitilen öğrenciler
mediation-school-mediations = Öğrencilerin yaptığı arabuluculuklar
mediation-school-mediations-hint = Yalnızca sayı.
mediation-school-wijkmediators = Wijkmediator sertifikaları
mediation-school-years-heading = Barışçıl Okul: okul başına öğrenci arabulucular
mediation-school-none = Okullardan henüz sayı yok.
mediation-error-school = Okulunuzu seçin.
mediation-error-month = Başlamış bir ay seçin.
mediation-error-count = 0 ile 999 arasında bir sayı girin.

## Mail

mail-mediation-aftercare-subject = { $case } numaralı dosya için takip
mail-mediation-aftercare-body = Merhaba { $name },

    Altı hafta önce { $case } numaralı dosyada anlaşmalar yapıldı. Takip zamanı geldi: şimdi durumun nasıl olduğunu sorun.
mail-mediation-aftercare-action = Dosyayı açın
mail-mediation-started-subject = Komşu arabuluculuğu başladı
mail-mediation-started-body = Merhaba,

    Bildirdiğiniz mahalle sakinleri için arabuluculuk ({ $case } numaralı dosya) başladı. İki arabulucu seçildi.
mail-mediation-finished-subject = Komşu arabuluculuğu tamamlandı
mail-mediation-finished-body = Merhaba,

    Bildirdiğiniz mahalle sakinleri için arabuluculuk ({ $case } numaralı dosya) tamamlandı. Sonuç: { $outcome }.
# From the meldpunt: a report becomes a request
mediation-case-from-report = İhbar noktasındaki bir bildirimden
mediation-from-report-note = Mahalle arabuluculuğuna iletildi (dosya { $case }).
mediation-error-report-not-asked = Bildirimde bulunan kişi arabuluculuk istemedi: bu bildirim iletilemez.
mediation-error-report-converted = Bu bildirim zaten mahalle arabuluculuğuna iletildi.
mediation-error-report-contact = Bu bildirimde iletişim bilgisi yok: arabulucular bildirimde bulunan kişiye ulaşamaz.
mediation-error-report-consent = Bildirimde bulunan kişinin iletilmesine izin verdiğini işaretleyin.
mediation-school-council = Çocuk meclisi toplantıları
mediation-school-council-hint = Okulun çocuk meclisinin o ay kaç kez toplandığı.
mediation-council-proposals-heading = Çocuk meclislerinin önerileri
mediation-council-proposals-lead = Çocuk meclisleri fikirlerini mahalle anlaşmalarına getirir. Öneride şunu yazın: Kinderraad adına ve okulun adı.
mediation-council-proposals-none = Henüz bir çocuk meclisinden öneri yok.
# Rights of the people in the data
mediation-rights-open-cases = Hâlâ { $count } açık dosyada arabuluculuk yapıyorsunuz.
# Rights of the people in the data: the link to the request of a resident
mediation-party-title = Komşuluk arabuluculuğu talebiniz
mediation-party-intro = Bize anlattıklarınız bunlar. Bunları yalnızca koordinatör ve arabulucular okuyabilir.
mediation-party-name = Ad
mediation-party-address = Adres
mediation-party-phone = Telefon numarası
mediation-party-email = E-posta adresi
mediation-party-other = Diğer komşular
mediation-party-description = Neler oluyor
mediation-party-withdraw-heading = Talebi geri çek ve verileri sil
mediation-party-withdraw-text = Artık arabuluculuk istemiyor musunuz? O zaman bize anlattığınız her şeyi sileriz. Bu geri alınamaz.
mediation-party-withdraw-submit = Talebimi geri çek
mediation-party-removed-title = Talebiniz geri çekildi
mediation-party-removed-text = Verilerinizi sildik. E-postanızdaki bağlantı artık çalışmıyor.
mail-mediation-party-subject = Komşuluk arabuluculuğu talebinizi aldık
mail-mediation-party-body = Merhaba,

    Komşuluk arabuluculuğu talebiniz için teşekkürler. Beş iş günü içinde sizinle iletişime geçeceğiz. Bağlantıda bize anlattıklarınızı görebilirsiniz. Talebinizi orada geri de çekebilirsiniz. Bağlantı üç ay geçerlidir.
mail-mediation-party-action = Talebinizi görün
# The monitor's indicators from this module
mediation-indicator-success = Arabuluculuk başarılı
mediation-indicator-success-about = Kapanan arabuluculuk dosyalarından tamamen veya kısmen çözülenlerin payı. Yalnızca görüşme yapılan dosyalar.
