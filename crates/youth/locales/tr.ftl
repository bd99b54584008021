nav-youth = Gençlik sahnesi

## The stage

youth-title = Gençlik sahnesi
youth-lead = Gençler burada Liendert hakkında bir kampanya yapıyor. Bir koç onlara yardım ediyor. Yaptıklarına bakın.
youth-join-start = Ekibinle katıl
youth-stage-heading = Sahnede
youth-stage-empty = Sahnede henüz bir kampanya yok.
youth-story = Hikâye
youth-team = Ekip
youth-team-hidden = Ekibin adları burada gösterilmiyor.
youth-coached-by = { $organisation } kuruluşundan bir koçun yardımıyla.
youth-back = Sahneye dön

## Taking part

youth-join-title = Bir kampanyaya katıl
youth-join-lead = 12 ile 23 yaş arasında mısın? Ekibinle Liendert hakkında bir kampanya yap. Bir koç size yardım eder.
youth-q-campaign = Kampanyanız
youth-q-name = Kampanyanın adı
youth-q-idea = Fikriniz
youth-q-idea-hint = Liendert'in hangi yüzünü göstermek istiyorsunuz? Nasıl?
youth-q-audience = Kimin için?
youth-q-form = Ne yapacaksınız?
youth-choose = Seç
youth-form-video = Video
youth-form-photos = Fotoğraflar
youth-form-posters = Afişler
youth-form-social = Sosyal medya
youth-form-event = Bir etkinlik
youth-q-team-hint = Her ekip üyesi için yalnızca adı ve yaşı yazın. İlk ekip üyesi iletişim kişisidir.
youth-q-contact-person = İletişim kişisi
youth-q-member = Ekip üyesi { $number } (zorunlu değil)
youth-q-first-name = Ad
youth-q-first-name-hint = Yalnızca adın, soyadı yok.
youth-q-age = Yaş
youth-age-band = { $band } yaş
youth-q-born = Doğum ayı (yalnızca 16 yaş altı)
youth-q-born-hint = Böylece 16 yaşına ne zaman girdiğini biliriz. O zaman iznini senden isteriz.
youth-q-contact = İletişim
youth-q-contact-hint = Bir e-posta adresi veya telefon numarası yazın. Yalnızca koordinatör görür.
youth-q-email = E-posta adresi
youth-q-phone = Telefon numarası
youth-privacy-text = Sizinle ilgili olabildiğince az bilgi saklıyoruz. Kampanyadan sonra siliyoruz.
youth-privacy-link = Gizlilik bildirimini okuyun
youth-send = Gönder

youth-error-name = Kampanyaya en az 3 karakterlik bir ad verin.
youth-error-idea = Fikriniz hakkında biraz daha anlatın.
youth-error-audience = Kampanyanın kimin için olduğunu yazın.
youth-error-form = Ne yapacağınızı seçin.
youth-error-contact = Bir e-posta adresi veya telefon numarası yazın.
youth-error-email = Bu e-posta adresi doğru değil.
youth-error-phone = Bu telefon numarası doğru değil.
youth-error-first-name = Yalnızca bir ad yazın, boşluk veya rakam olmadan.
youth-error-age = Bir yaş seçin.
youth-error-born = 16 yaş altına uyan bir doğum ayı yazın.

youth-joined-title = Kampanyanız gönderildi
youth-joined-text = Bu bağlantıyı iyi saklayın. Ekibinizin sayfasını bununla açarsınız.
youth-joined-next = O sayfada her ekip üyesi için bir izin bağlantısı var. 16 yaş altında izni bir ebeveyn verir.

## The team page

youth-team-lead = Bu, ekibinizin sayfası. Bağlantıyı başkalarıyla paylaşmayın.
youth-team-published = Kampanyanız sahnede.
youth-team-ready = Herkes izin verdi. Koordinatör kampanyayı artık sahneye koyabilir.
youth-team-waiting = Henüz herkes izin vermedi. İzin olmadan sahneye hiçbir şey çıkmaz.
youth-team-consent = İzin
youth-team-consent-hint = Her bağlantıyı doğru kişiye gönderin. Herkes iznini her zaman geri alabilir.
youth-consent-given = izin verildi
youth-consent-needed-parent = bir ebeveynin hâlâ izin vermesi gerekiyor
youth-consent-needed-self = hâlâ kendisi izin vermeli
youth-consent-link-parent = Ebeveyn için bağlantı:
youth-consent-link-self = Bu ekip üyesi için bağlantı:

## Consent

youth-consent-title-parent = Ebeveyn izni
youth-consent-title-self = Senin iznin
youth-consent-lead-parent = { $name } Gençlik sahnesinde bir kampanyaya katılmak istiyor. { $name } 16 yaşından küçük. Bu yüzden sizden izin istiyoruz.
youth-consent-lead-self = { $name }, Gençlik sahnesinde bir kampanyaya katılıyorsun. İznini burada kendin ver.
youth-consent-campaign = Kampanya
youth-consent-what = İzin ne hakkında?
youth-consent-text = Üç şeyi ayrı ayrı seçersiniz. Ekipte yer almak. Ekibin çalışmasını sahnede göstermek. Ekip üyesinin tanınabildiği fotoğrafları göstermek. Sahnede yalnızca ad görünür. İzni her zaman geri alabilirsiniz. O zaman kampanyayı hemen sahneden kaldırırız.
youth-consent-version = Bu metnin sürümü: { $version }
youth-consent-covers = Şunlar için izin veriyorum
youth-q-take-part = ekipte yer almak
youth-q-publish-work = çalışmayı adıyla birlikte sahnede göstermek
youth-q-publish-photos = ekip üyesinin tanınabildiği fotoğrafları göstermek
youth-q-channel = Bu bağlantıyı nasıl aldınız?
youth-channel-email = E-posta ile
youth-channel-phone = Telefon veya mesaj ile
youth-channel-in-person = Yüz yüze
youth-channel-letter = Mektup ile
youth-q-guardian = Ebeveyn veya vasiyim
youth-consent-give = İzin ver
youth-consent-saved = Teşekkürler. İzni kaydettik.
youth-consent-current = Şu anda izin verdikleriniz
youth-yes = evet
youth-no = hayır
youth-consent-withdraw = İzni geri al
youth-error-take-part = Katılma izni olmadan olmaz. İşaretleyin.
youth-error-channel = Bu bağlantıyı nasıl aldığınızı seçin.
youth-error-guardian = Yalnızca bir ebeveyn veya vasi izin verebilir.

## The timeline and the coach

youth-timeline = Zaman çizelgesi
youth-timeline-empty = Zaman çizelgesinde henüz bir şey yok.
youth-milestone-idea = Fikir
youth-milestone-plan = Plan
youth-milestone-production = Yapım
youth-milestone-launch = Yayın
youth-milestone-evaluation = Değerlendirme
youth-milestone-now = şimdi
youth-milestone-reach = Sonraki adım: { $milestone }
youth-entry-milestone = Adıma ulaşıldı
youth-entry-task = Görev
youth-entry-message = Mesaj
youth-entry-log = Koç günlüğü
youth-entry-kind = Tür
youth-by-team = ekip
youth-task-done = Tamam
youth-task-mark-done = Tamam
youth-thread-write = Bir mesaj yaz
youth-thread-hint = Ekip ve koç tüm mesajları okur. Özel mesaj yoktur.
youth-coach-thread-hint = Tüm ekip mesajlarını ve görevlerini okur. Günlüğü yalnızca koordinatör okur.
youth-thread-message = Mesaj
youth-thread-send = Gönder
youth-error-kind = Bir tür seçin.
youth-error-body = Bir mesaj yazın.
youth-coach-title = Ekiplerim
youth-coach-lead = Koç olarak rehberlik ettiğin kampanyalar.
youth-coach-none = Henüz bir ekibe rehberlik etmiyorsun.

## Management

youth-manage-title = Gençlik sahnesi
youth-manage-card-text = Gençlerin kampanyaları: izin, koç ve sahne.
youth-manage-lead = Tüm kampanyalar. Bir kampanya ancak tüm ekip izin verdiğinde sahneye çıkar.
youth-manage-none = Henüz kampanya yok.
youth-state = Durum
youth-state-draft = Sahnede değil
youth-state-published = Sahnede
youth-state-ended = Bitti
youth-consent-complete = Tamam
youth-consent-incomplete = Henüz herkes izin vermedi.
youth-consent-no-publishing = sahne için değil
youth-coach = Koç
youth-coach-current = Koç: { $name }
youth-coach-choose = Bir koç seçin
youth-coach-hint = Yalnızca geçerli bir gençlik koçu sertifikası olan biri.
youth-coach-assign = Koçu seç
youth-error-coach = Listeden bir koç seçin.
youth-error-coach-untrained = Bu koçun geçerli bir gençlik koçu sertifikası yok. Başka birini seçin.
youth-publish-heading = Sahne
youth-publish = Sahneye koy
youth-unpublish = Sahneden kaldır
youth-error-consent-missing = Henüz herkes çalışmanın gösterilmesine izin vermedi.
youth-error-no-team = Bu kampanyanın artık ekibi yok.
youth-end-heading = Kampanyanın sonu
youth-end = Kampanyayı kapat
youth-erase = Ekibin verilerini şimdi sil

## Media

youth-media = Fotoğraflar, belgeler ve videolar
youth-media-kind-photo = Fotoğraf
youth-media-kind-document = Belge (PDF)
youth-media-kind-video = Video (bağlantı)
youth-media-recognisable-note = Bu fotoğrafta biri tanınabiliyor. Ancak herkes buna izin verdiyse sahneye çıkar.
youth-media-add = Ne ekliyorsun?
youth-media-description = Açıklama
youth-media-description-hint = Üzerinde ne var? Böylece göremeyen kişiler de bilir.
youth-media-file = Dosya
youth-media-file-hint = En fazla 2 MB bir fotoğraf (JPEG, PNG veya WebP) ya da PDF. Fotoğraflardan yer ve kamera bilgilerini kaldırıyoruz.
youth-media-recognisable = Bu fotoğrafta biri tanınabiliyor
youth-media-url = Videonun bağlantısı
youth-media-url-hint = Videoyu önce YouTube, Vimeo, TikTok veya Instagram'a koy. Bağlantıyı buraya yapıştır.
youth-media-upload = Ekle
youth-media-error-large = Dosya çok büyük. En fazla 2 MB olabilir.
youth-media-error-pixels = Fotoğrafın pikseli çok fazla. Küçült.
youth-media-error-photo-type = Bu, kullanabileceğimiz bir fotoğraf değil. JPEG, PNG veya WebP seç.
youth-media-error-document-type = Bu bir PDF değil. Bir PDF dosyası seç.
youth-media-error-document-active = Bu PDF çalışan kod içeriyor. Düz bir PDF olarak yeniden kaydet.
youth-media-error-video = YouTube, Vimeo, TikTok veya Instagram'a giden, https:// ile başlayan bir bağlantı yapıştır.
youth-media-error-description = Üzerinde ne olduğunu yaz.
youth-media-error-kind = Ne eklediğini seç.
youth-media-error-file = Bir dosya seç.

## Reactions, support and reach

youth-support-heading = Destek
youth-supports = { $count ->
    [one] 1 destek
   *[other] { $count } destek
}
youth-support = Bu kampanyaya destek veriyorum
youth-reactions = Tepkiler
youth-reactions-none = Henüz tepki yok.
youth-flag = Moderatöre bildir
youth-react = Tepkin
youth-react-hint = Nazik ol. Yapanlar gençler. Üç bildirimden sonra moderatör bakana kadar tepkiyi gizleriz.
youth-react-send = Tepki ver
youth-react-login = Tepki vermek veya kampanyaya destek olmak için giriş yap
youth-error-reaction = Bir tepki yaz.
youth-moderate-title = Gençlik sahnesinde bildirilen tepkiler
youth-moderate-lead = { $count ->
    [one] 1 bildirimden sonra tepki, sen karar verene kadar gizlenir.
   *[other] { $count } bildirimden sonra tepki, sen karar verene kadar gizlenir.
}
youth-moderate-none = Bildirilen tepki yok.
youth-flags = { $count ->
    [one] 1 bildirim
   *[other] { $count } bildirim
}
youth-moderate-auto-hidden = şu anda gizli
youth-moderate-campaign = Kampanyaya bak
youth-moderate-keep = Kalsın
youth-moderate-reason = Yazana gösterilecek neden
youth-moderate-hide = Gizle
youth-error-reason = Nedeni yaz. Yazan kişi bunu görür.
youth-reach = Erişim
youth-reach-hint = Günlük ziyaretler, destek ve tepkiler. Çerez kullanmadan ve kimin baktığını bilmeden sayıyoruz.
youth-reach-none = Henüz ziyaret yok.
youth-reach-day = Gün
youth-reach-views = Ziyaretler
youth-reach-supports = Destek
mail-youth-hidden-subject = Gençlik sahnesindeki tepkin gizlendi
mail-youth-hidden-body = Moderatör tepkini gizledi.

    Nedeni: { $reason }

    Bir sorun mu var? Koordinatörle iletişime geç.
mail-youth-hidden-action = Kampanyaya bak

## Call to action and the team's evaluation

youth-cta = Çağrı
youth-cta-hint = Kampanyanızdan sonra insanlar ne yapabilir? Örneğin bir etkinliğe katılmak.
youth-cta-text = Düğmedeki metin
youth-cta-url = Bağlantı
youth-cta-url-hint = Bu sitenin bir sayfası, örneğin /activiteiten, veya https:// ile başlayan bir bağlantı.
youth-cta-save = Çağrıyı kaydet
youth-error-cta-text = En az 3 karakterlik bir metin yaz.
youth-error-cta-url = Bu sitenin bir sayfasını veya https:// ile başlayan bir bağlantı kullan.
youth-evaluation = Değerlendirmeniz
youth-evaluation-hint = Ne iyi gitti? Neyi farklı yapardınız? Bunu yalnızca ekibiniz ve koordinatör okur.
youth-evaluation-text = Değerlendirme
youth-evaluation-save = Değerlendirmeyi kaydet
youth-evaluation-none = Ekip henüz bir değerlendirme yazmadı.
youth-error-evaluation = Değerlendirmenizi yazın.
youth-rights-open-campaigns = Hâlâ { $count } devam eden kampanyaya rehberlik ediyorsunuz.
