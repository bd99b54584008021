## Layout (every page)
layout-site-name = Kansrijk
layout-description = Herkesin hoş karşılandığı bir semt için birlikte çalışıyoruz.
layout-tagline = Herkesin hoş karşılandığı bir semt için birlikte çalışıyoruz
layout-skip-link = İçeriğe geç
layout-language-nav = Dil seçin
# A language named in the reader's language, inside a sentence (the switcher keeps each name in its own language).
lang-name-nl = Felemenkçe
lang-name-en = İngilizce
lang-name-tr = Türkçe
lang-name-ar = Arapça
lang-name-pl = Lehçe
lang-name-ngt = Hollanda İşaret Dili
layout-main-nav = Ana menü
layout-contact = İletişim
layout-privacy = Gizlilik
layout-accessibility = Erişilebilirlik
layout-open-data = Açık veri (API)
layout-made-by = Semtteki mahalle sakinleri için ve onlarla birlikte yapıldı.

## Statements
privacy-title = Gizlilik beyanı
accessibility-title = Erişilebilirlik beyanı

## Error pages
error-back-home = Ana sayfaya dön
error-code = Hata kodu { $status }
error-not-found-title = Bu sayfa mevcut değil
error-not-found-message = Sayfa taşınmış olabilir ya da adres yanlış olabilir. Adresi doğru yazıp yazmadığınızı kontrol edin.
error-unavailable-title = Şu anda kullanılamıyor
error-unavailable-message = Bu sayfayı şu anda gösteremiyoruz. Birkaç dakika sonra tekrar deneyin. Hiçbir şey kaybolmadı.
error-too-large-title = Çok fazla metin veya çok büyük bir dosya
error-too-large-message = Gönderdiğiniz içerik çok büyük. Metni kısaltın veya daha küçük bir dosya seçin.
error-method-not-allowed-title = Bu burada yapılamaz
error-method-not-allowed-message = Bu işlem bu sayfada yapılamaz.
error-too-many-requests-title = Lütfen biraz bekleyin
error-too-many-requests-message = Kısa sürede çok fazla deneme yaptınız. Birkaç dakika bekleyin, sonra tekrar deneyin.
error-bad-request-title = İsteğinizde bir sorun oluştu
error-bad-request-message = İsteğinizi işleyemedik. Geri dönün ve tekrar deneyin.
error-internal-title = Bizim tarafımızda bir sorun oluştu
error-internal-message = Bu bizim hatamız, sizin değil. Lütfen daha sonra tekrar deneyin. Sorun devam ederse bizimle iletişime geçin.
error-forbidden-title = Bunu yapma izniniz yok
error-forbidden-message = Bu sayfaya erişiminiz yok ya da formun süresi doldu. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
error-unauthorised-title = Önce giriş yapın
error-unauthorised-message = Bu sayfayı görmek için giriş yapmanız gerekiyor.

## Layout: account links
layout-breadcrumb = Buradasınız
layout-login = Giriş yap
layout-account = Hesabım
layout-manage = Yönetim
layout-logout = Çıkış yap
layout-logged-in-as = { $name } olarak giriş yapıldı

## Forms (shared)
form-error-summary = Bir sorun oluştu. Lütfen aşağıdaki alanlara bakın.
form-name = Ad
form-email = E-posta adresi
form-password = Şifre
form-new-password = Yeni şifre
form-password-again = Şifreyi tekrar yazın
form-save = Kaydet
form-yes = Evet
form-no = Hayır
form-error-name = Bir ad yazın (en fazla 120 karakter).
form-error-email = Geçerli bir e-posta adresi yazın, örneğin isim@ornek.nl.
password-hint = En az 10 karakter. Birkaç kelimelik bir cümle kolay hatırlanır ve zor tahmin edilir.
password-error-short = Şifre çok kısa. En az 10 karakter kullanın.
password-error-long = Şifre çok uzun. En fazla 256 karakter kullanın.
password-error-weak = Bu şifre çok kolay tahmin edilir. Daha uzun bir şifre seçin, örneğin birkaç kelimelik bir cümle.
password-error-mismatch = İki şifre aynı değil.
pagination = Sayfalar
pagination-next = Sonraki sayfa
pagination-previous = Önceki sayfa

## Log in
login-title = Giriş yap
login-intro = E-posta adresiniz ve şifrenizle giriş yapın.
login-submit = Giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-register = Henüz hesabınız yok mu? Bir hesap oluşturun.
login-error-failed = E-posta adresi veya şifre yanlış. Ya da çok fazla deneme yaptınız: o zaman birkaç dakika bekleyin.
code-title = Uygulamanızdaki kod
code-intro = Telefonunuzdaki uygulamayı açın ve 6 haneli kodu yazın. Telefonunuz yanınızda değil mi? O zaman kurtarma kodlarınızdan birini yazın.
code-label = Kod
code-hint = Uygulamadaki 6 haneli kod veya 12 haneli bir kurtarma kodu.
code-submit = Kontrol et
code-error-wrong = Bu kod yanlış. Uygulamadaki en yeni kodu kullandığınızdan emin olun.
code-error-locked = Çok fazla yanlış kod girildi. Lütfen 15 dakika sonra tekrar deneyin.

## Forgotten password
forgot-title = Şifremi unuttum
forgot-intro = E-posta adresinizi yazın. Size bir e-posta göndereceğiz. İçindeki bağlantı ile yeni bir şifre seçebilirsiniz.
forgot-submit = Bana bağlantı gönder
forgot-sent-title = E-postanıza bakın
forgot-sent-message = Bu e-posta adresiyle bir hesap varsa, birkaç dakika içinde bir e-posta alacaksınız. Bağlantı bir saat geçerlidir. İstenmeyen e-posta (spam) klasörünüze de bakın.
reset-title = Yeni bir şifre seçin
reset-intro = Hesabınız için yeni bir şifre seçin. Bundan sonra her yerde yeniden giriş yapmanız gerekir.
reset-done-title = Şifreniz değiştirildi
reset-done-message = Artık yeni şifrenizle giriş yapabilirsiniz.
set-password-submit = Şifreyi kaydet
token-invalid-title = Bu bağlantı artık çalışmıyor
token-invalid-message = Bağlantı zaten kullanılmış veya süresi dolmuş. Yeni bir bağlantı isteyin.
token-invalid-link = Yeni bir bağlantı isteyin

## Invitation
invite-title = Kansrijk'e hoş geldiniz
invite-intro = Davet edildiniz. Adınızın doğru olup olmadığını kontrol edin ve bir şifre seçin.
invite-invalid-message = Bu davet zaten kullanılmış veya süresi dolmuş. Sizi davet eden kişiden yeni bir davet isteyin.
invite-inviter-default = Semt planının koordinatörü

## Registration
register-title = Hesap oluşturun
register-intro = Bir hesapla katılabilirsiniz: fikirleri destekleyebilir ve yorum yazabilirsiniz. E-posta adresinizi onaylamanız için size bir e-posta göndereceğiz.
register-name-hint = Adınız veya bir takma ad yeterlidir.
register-consent = Verilerimin nasıl kullanıldığını okudum.
register-error-consent = Kabul ediyorsanız kutuyu işaretleyin.
register-submit = Hesap oluştur
register-sent-title = E-postanıza bakın
register-sent-message = Size bir e-posta gönderdik. Hesabınızı onaylamak için o e-postadaki bağlantıya tıklayın. Bağlantı iki gün geçerlidir.
confirm-done-title = E-posta adresiniz onaylandı
confirm-done-message = Hesabınız hazır. Artık giriş yapabilirsiniz.

## My account
account-title = Hesabım
account-roles = Roller
account-no-roles = Yok
account-twofactor-on = İki adımlı giriş açık.
account-twofactor-off = İki adımlı giriş kapalı.
account-twofactor-setup = İki adımlı girişi ayarlayın
account-recovery-left = { $count ->
    [one] 1 kurtarma kodunuz kaldı.
   *[other] { $count } kurtarma kodunuz kaldı.
}
account-sessions-heading = Oturumunuz nerelerde açık?
account-sessions = { $count ->
    [one] Oturumunuz 1 yerde açık.
   *[other] Oturumunuz { $count } yerde açık.
}
account-logout-everywhere = Her yerden çıkış yap
account-display-name-heading = Herkese açık sayfalardaki adınız
account-display-name-now = Önerilerinizde ve yorumlarınızda şu an görünen ad: { $name }
account-display-name-label = Herkese açık sayfalardaki ad
account-display-name-hint = Adınız ve soyadınızın ilk harfi görünsün istiyorsanız boş bırakın. Kendiniz bir ad mı seçiyorsunuz? 2 ile 40 karakter arası kullanın.
account-display-name-save = Adı kaydet
account-display-name-saved = Herkese açık sayfalardaki adınız kaydedildi.
account-display-name-error-length = 2 ile 40 karakter arasında bir ad seçin.
account-display-name-error-characters = Bu ad izin verilmeyen karakterler içeriyor. Harf, rakam ve noktalama işaretleri kullanın.

## Two-factor
twofactor-title = İki adımlı giriş
twofactor-intro = Rolünüz hassas verilere erişim sağlıyor. Bu yüzden şifreniz ve telefonunuzdaki bir uygulamadan gelen bir kodla giriş yaparsınız.
twofactor-step-app = Telefonunuza giriş kodları için bir uygulama yükleyin, örneğin bir doğrulama (authenticator) uygulaması.
twofactor-step-scan = QR kodunu uygulamayla tarayın.
twofactor-step-code = Uygulamanın gösterdiği 6 haneli kodu yazın.
twofactor-manual = Tarayamıyor musunuz? Bu anahtarı uygulamaya yazın:
twofactor-submit = Kodu kontrol et
twofactor-done = İki adımlı giriş artık açık.
twofactor-recovery-heading = Kurtarma kodlarınız
twofactor-recovery-intro = Bu kodları güvenli bir yerde saklayın. Telefonunuz yanınızda değilse bu kodları kullanabilirsiniz. Her kod yalnızca bir kez çalışır. Kodları yalnızca bir kez görürsünüz.
twofactor-continue = Devam et

## Roles
role-resident = Mahalle sakini
role-volunteer = Gönüllü
role-professional = Profesyonel
role-report-handler = Bildirim sorumlusu
role-mediation-coordinator = Arabuluculuk koordinatörü
role-mediator = Arabulucu
role-youth-coach = Gençlik koçu
role-trainer = Eğitmen
role-coordinator = Program koordinatörü
role-error-unknown = Listeden bir rol seçin.
role-error-last-coordinator = Bu kişi son program koordinatörü. Önce bu rolü başka birine verin.

## Management
admin-title = Yönetim
admin-intro = Burada kuruluşları, kişileri ve rollerini yönetirsiniz.
admin-people-text = Kişileri arayın, rol verin ve hesapları engelleyin.
admin-invitations-text = Profesyonelleri ve gönüllüleri davet edin.
admin-organisations-text = Semtteki ortak kuruluşlar.
admin-audit-text = Kim hangi kişisel verilere baktı veya onları değiştirdi?
admin-jobs-heading = Arka plan görevleri
admin-jobs-status = Durum
admin-jobs-count = Sayı
job-status-queued = Bekliyor
job-status-running = Çalışıyor
job-status-done = Bitti
job-status-failed = Başarısız
organisations-title = Kuruluşlar
organisations-new = Yeni kuruluş
organisations-count = { $count ->
    [one] 1 kuruluş
   *[other] { $count } kuruluş
}
organisation-kind = Kuruluş türü
organisation-kind-school = Okul
organisation-kind-welfare = Sosyal hizmetler
organisation-kind-housing = Sosyal konut kuruluşu
organisation-kind-police = Polis
organisation-kind-municipality = Belediye
organisation-kind-sports-culture = Spor ve kültür
organisation-kind-other = Diğer
organisation-error-kind = Bir kuruluş türü seçin.
organisation-error-taken = Bu adla bir kuruluş zaten var.
organisation-error-unknown = Listeden bir kuruluş seçin.
people-title = Kişiler
people-search = Ad veya e-posta adresiyle arayın
people-search-submit = Ara
people-status = Hesabın durumu
people-organisation = Kuruluş
people-no-organisation = Kuruluş yok
people-twofactor = İki adımlı giriş
people-verified-resident = Mahalle sakini (kontrol edildi)
people-last-login = Son giriş
people-role = Rol
people-role-organisation = Yalnızca şu kuruluş için
people-role-any-organisation = Tüm kuruluşlar
people-role-area = Yalnızca semt veya mahalle için
people-role-any-area = Tüm semtler ve mahalleler
people-error-area = Listeden bir semt veya mahalle seçin.
people-add-role = Rol ver
people-remove-role = { $role } rolünü kaldır
people-block = Hesabı engelle
people-unblock = Hesabın engelini kaldır
people-verify-resident = Mahalle sakini olarak işaretle
people-unverify-resident = Mahalle sakini işaretini kaldır
people-error-block-self = Kendi hesabınızı engelleyemezsiniz.
people-audit-link = Bu verilere kim baktı?
user-status-invited = Davet edildi
user-status-unconfirmed = Henüz onaylanmadı
user-status-active = Etkin
user-status-disabled = Engellendi
invitations-title = Davetler
invitations-intro = Birini bir rolle davet edin. Bu kişiye bağlantı içeren bir e-posta gider. Bağlantı bir hafta geçerlidir ve yalnızca bir kez çalışır.
invitations-new = Birini davet et
invitations-language = E-postanın dili
invitations-submit = Daveti gönder
invitations-sent = Davet { $email } adresine gönderildi.
invitations-open = Açık davetler
invitations-none = Açık davet yok.
invitations-valid-until = { $date } tarihine kadar geçerli
invite-error-exists = Bu e-posta adresiyle bir hesap zaten var.
audit-title = Kişisel veri kayıt defteri
audit-intro = Burada kimin hangi kişisel verilere ne zaman baktığını veya onları değiştirdiğini görürsünüz. Bu kayıt defterini kimse değiştiremez.
audit-actor = Kim
audit-action = Ne
audit-any = Tümü
audit-subject = Hakkında
audit-subject-type = Veri türü
audit-subject-id = Numara
audit-from = Başlangıç (tarih)
audit-until = Bitiş (tarih, bu gün dahil)
audit-filter = Filtrele
audit-when = Ne zaman
audit-detail = Açıklama
audit-action-read = Görüntülendi
audit-action-create = Oluşturuldu
audit-action-update = Değiştirildi
audit-action-delete = Silindi
audit-action-login = Giriş yapıldı
audit-action-login_failed = Giriş başarısız
audit-action-logout = Çıkış yapıldı
audit-action-export = Dışa aktarıldı
audit-action-denied = Reddedildi (yetki alanı dışında)

## Mail
mail-footer = Kansrijk, semt planının platformudur. Birisi bu e-posta adresini sitede yazdığı için bu e-postayı alıyorsunuz.
mail-invite-subject = Kansrijk'e davet
mail-invite-body = Merhaba { $name },

    { $inviter } sizi semt planının platformu Kansrijk'e davet ediyor.

    Bir şifre seçmek için bağlantıya tıklayın. Bağlantı bir hafta geçerlidir ve yalnızca bir kez çalışır.
mail-invite-action = Daveti kabul et
mail-reset-subject = Yeni bir şifre seçin
mail-reset-body = Merhaba { $name },

    Yeni bir şifre istediniz. Yeni bir şifre seçmek için bağlantıya tıklayın. Bağlantı bir saat geçerlidir.

    Bunu siz istemediniz mi? O zaman bu e-postayı dikkate almayın. Şifreniz aynı kalır.
mail-reset-action = Yeni şifre seç
mail-wrong-codes-subject = Hesabınıza girişte yanlış kodlar
mail-wrong-codes-body = Merhaba { $name },

    Biri hesabınıza giriş yaparken { $count } kez yanlış kod girdi. Bu yüzden { $minutes } dakika boyunca kodla giriş yapılamaz.

    Bunu siz mi yaptınız? O zaman bir şey yapmanıza gerek yok.

    Siz yapmadınız mı? O zaman başka biri şifrenizi biliyor olabilir. Hemen yeni bir şifre seçin.
mail-wrong-codes-action = Yeni şifre seç
mail-confirm-subject = E-posta adresinizi onaylayın
mail-confirm-body = Merhaba { $name },

    Kansrijk'e hoş geldiniz. E-posta adresinizi onaylamak için bağlantıya tıklayın. Bağlantı iki gün geçerlidir.
mail-confirm-action = E-posta adresini onayla
mail-exists-subject = Zaten bir hesabınız var
mail-exists-body = Merhaba { $name },

    Birisi bu e-posta adresiyle bir hesap oluşturmaya çalıştı. Ama sizin zaten bir hesabınız var.

    Şifrenizi hatırlamıyor musunuz? O zaman bağlantı ile yeni bir şifre seçin.
mail-exists-action = Yeni şifre seç

# OpenID Connect login for staff
login-oidc-heading = Kurumunuz üzerinden giriş yapın
login-oidc-intro = Kurumunuzun kendi giriş hizmeti var mı? O zaman orada giriş yapın.
login-oidc-button = { $provider } ile giriş yap
oidc-failed-title = Giriş yapılamadı
oidc-failed-message = Kurumunuz üzerinden giriş yapılamadı. Lütfen tekrar deneyin. Yine olmazsa yöneticiye başvurun.
oidc-unknown-message = Kurumunuzun bildirdiği e-posta adresiyle burada bir hesap yok. Bir koordinatörden sizi davet etmesini isteyin.
# The local outbox (/beheer/post), when no SMTP server is set
local-mail-title = Demo postası
local-mail-card = Platformun gönderdiği tüm e-postalar, alıcının gördüğü gibi. Posta sunucusu ayarlanmamış.
local-mail-intro = Posta sunucusu ayarlanmadığı için hiçbir e-posta dışarı gitmez: tüm posta burada kalır. Bir e-postayı alıcının gördüğü gibi görmek için açın. Postanın burada kalma süresi (gün): { $days }.
local-mail-smtp = Bir posta sunucusu ayarlanmış; posta gerçekten gönderilir ve burada kalmaz. Aşağıda yalnızca daha önceki, posta sunucusu yokken kalan posta var.
local-mail-empty = Henüz posta yok.
local-mail-when = Gönderilme zamanı
local-mail-from = Kimden
local-mail-to = Kime
local-mail-subject = Konu
local-mail-language = Dil
local-mail-by-reference = Adres gizlendi (bildirim noktasına bildirimde bulunan kişi)
local-mail-html = E-postanın görünümü
local-mail-links = Bu e-postadaki bağlantılar
local-mail-text = Yalnızca metin
# API anahtarları (/beheer/api-sleutels)
admin-api-tokens-text = API'yi kullanan diğer sistemler için anahtarlar.
api-tokens-title = API anahtarları
api-tokens-intro = Bir API anahtarıyla başka bir sistem (bir gösterge paneli, bir vaka takip sistemi) API üzerinden veri okur. Anahtar yalnızca seçtiğiniz kuruluş, bölge ve konular için çalışır.
api-tokens-count = { $count ->
    [one] 1 API anahtarı
   *[other] { $count } API anahtarı
}
api-tokens-new = Yeni API anahtarı
api-token-description = Açıklama
api-token-description-hint = Anahtar hangi sistem için? Örneğin: semt ekibinin gösterge paneli.
api-token-organisation = Kuruluş
api-token-area = Yalnızca bir semt veya mahalle için (isteğe bağlı)
api-token-any-area = Tüm semtler ve mahalleler
api-token-scopes = Anahtar neleri okuyabilir?
api-token-scope-registrations = Kuruluşun kendi etkinliklerine yapılan kayıtlar
api-token-scope-cases = Kendi bölgesindeki bildirimlerin bilgileri (isim ve metin olmadan)
api-token-scope-coverage = Eğitim rakamları
api-token-expires = Son geçerlilik günü
api-token-create = Anahtar oluştur
api-token-created = Anahtar oluşturuldu. Şimdi kopyalayın: onu yalnızca bir kez göreceksiniz.
api-token-status = Durum
api-token-active = Etkin
api-token-expired = Süresi doldu
api-token-revoked = İptal edildi
api-token-revoke = İptal et
api-token-error-description = En fazla 120 karakterlik bir açıklama girin.
api-token-error-organisation = Listeden bir kuruluş seçin.
api-token-error-area = Listeden bir semt veya mahalle seçin.
api-token-error-scopes = En az bir konu seçin.
api-token-error-expires = Önümüzdeki iki yıl içinde bir tarih seçin.
# The command line, when the PostgreSQL database is missing
cli-database-missing = "{ $name }" veritabanı yok ve "{ $role }" rolü onu oluşturamaz. Veritabanını PostgreSQL yöneticisi olarak oluşturun: CREATE DATABASE "{ $name }" OWNER "{ $role }"; (veya: createdb -O { $role } { $name })
# API keys: the mediation scope
api-token-scope-mediation = Kuruluşunuzun yönlendirdiği arabuluculuk dosyaları (isimsiz)
# Verilerim ve hesabımı silme (KVKK/AVG)
rights-title = Verilerim
rights-intro = Hakkınızda sakladığımız her şey burada, bölüm bölüm. Bunu indirebilirsiniz de.
rights-download-json = JSON olarak indir
rights-download-html = Web sayfası olarak indir
rights-nothing = Burada hakkınızda hiçbir şey saklamıyoruz.
rights-value-yes = evet
rights-value-no = hayır
rights-module-account = Hesabınız
rights-module-programme = Semt planı
rights-module-activities = Etkinlikler
rights-module-agreements = Mahalle anlaşmaları
rights-module-reports = Bildirim noktası
rights-module-training = Eğitim
rights-module-mediation = Komşuluk arabuluculuğu
rights-part-person = Hakkınızda
rights-part-roles = Roller
rights-part-sessions = Giriş yaptığınız yerler
rights-part-mails = Size gönderilen e-postalar
rights-part-contact-of = İletişim kişisi olduğunuz yerler
rights-part-registrations = Kayıtlar
rights-part-proposals = Öneriler
rights-part-comments = Yorumlar
rights-part-supports = Destek verdiğiniz öneriler
rights-part-follows = Takip ettiğiniz öneriler
rights-part-flags = Bildirdiğiniz yorumlar
rights-part-assigned-reports = Sizin ele aldığınız bildirimler
rights-part-messages-written = Yazdığınız mesajlar
rights-part-enrolments = Eğitim kayıtları
rights-part-certificates = Sertifikalar
rights-part-cases = Arabulucu olarak dosyalar
rights-part-steps-logged = Kaydettiğiniz adımlar
rights-part-street-registered = Sokağınız
rights-delete-title = Hesabı sil
rights-delete-intro = Hesabınızı silebilirsiniz. Bu geri alınamaz.
rights-delete-what-stays = Başkalarının ihtiyaç duyduğu bilgiler adınız olmadan kalır. Bir yorum 'yazarı tarafından kaldırıldı' olur. Bir sertifika artık geçerli olmaz.
rights-delete-download-first = Saklamak istiyorsanız önce verilerinizi indirin.
rights-delete-link = Hesap silmeye git
rights-delete-open-work = Hesabınızı henüz silemezsiniz
rights-delete-hand-over = Önce bunları bir meslektaşınıza devredin. Koordinatörden yardım isteyin.
rights-delete-sessions = { $count ->
    [one] 1 yerde giriş yapmış durumdasınız. Oradan da çıkış yapılır.
   *[other] { $count } yerde giriş yapmış durumdasınız. Her yerden çıkış yapılır.
}
rights-delete-password = Şifreniz
rights-delete-code = Uygulamanızdaki kod
rights-delete-button = Hesabımı sil
rights-delete-error-password = Bu şifre doğru değil.
rights-deleted-title = Hesabınız silindi
rights-deleted-text = Hesabınızı sildik. Her yerden çıkış yaptınız.
rights-deleted-home = Ana sayfaya
# Requests about data handled by staff (AVG art. 15, 17)
rights-requests-title = Verilerle ilgili talepler
rights-requests-card = Mektupla veya gişede yapılan erişim ya da silme talepleri: 30 gün içinde yanıtlayın.
rights-requests-intro = Biri mektupla veya gişede erişim ya da silme mi istedi? Bunu buraya kaydedin. Yanıt için 30 gününüz var.
rights-requests-list = Talepler, önce açık olanlar
rights-requests-number = Numara
rights-requests-kind = Talep türü
rights-requests-kind-access = Erişim
rights-requests-kind-erasure = Silme
rights-requests-channel = Alındığı yol
rights-requests-channel-letter = Mektup
rights-requests-channel-counter = Gişe
rights-requests-channel-mail = E-posta
rights-requests-person = Hesap
rights-requests-email = Hesabın e-posta adresi
rights-requests-email-hint = Önce kimin istediğini kontrol edin, örneğin bir kimlik belgesiyle.
rights-requests-received = Alındığı tarih
rights-requests-note = Nasıl tanındı
rights-requests-note-hint = Örneğin: gişede pasaport görüldü. Numara yazmayın.
rights-requests-due = En geç yanıt tarihi
rights-requests-overdue = Gecikmiş
rights-requests-status = Durum
rights-requests-status-open = Açık
rights-requests-status-answered = Tamamlandı
rights-requests-status-refused = Reddedildi
rights-requests-new = Yeni talep kaydet
rights-requests-save = Talebi kaydet
rights-requests-answer = Yanıtı indir (JSON)
rights-requests-done = Yanıt gönderildi
rights-requests-erase = Verileri sil
rights-requests-open-work = Önce devredin
rights-requests-back = Taleplere dön
rights-requests-error-kind = Erişim veya silme seçin.
rights-requests-error-channel = Talebin nasıl geldiğini seçin.
rights-requests-error-received = Gelecekte olmayan bir tarih girin.
rights-requests-error-person = Bu e-posta adresiyle bir hesap yok.
# My data: the names of the fields
rights-field-email = E-posta adresi
rights-field-name = Ad
rights-field-display-name = Sitede görünen ad
rights-field-language = Dil
rights-field-status = Durum
rights-field-verified-resident = Mahalle sakini onaylandı
rights-field-two-step-login = İki adımlı giriş
rights-field-organisation = Kuruluş
rights-field-created-at = Oluşturulma tarihi
rights-field-last-login-at = Son giriş
rights-field-role = Rol
rights-field-area = Bölge
rights-field-since = Başlangıç
rights-field-started-at = Başlangıç
rights-field-last-seen-at = Son görülme
rights-field-subject = Konu
rights-field-sent-at = Gönderilme tarihi
rights-field-page = Sayfa
rights-field-contact-name = İletişim kişisi
rights-field-contact-email = İletişim e-postası
rights-field-activity = Etkinlik
rights-field-starts-at = Başlangıç
rights-field-phone = Telefon numarası
rights-field-people = Kişi sayısı
rights-field-interpreter = Tercüman
rights-field-interpreter-language = Tercümanın dili
rights-field-sign-language = İşaret dili
rights-field-wheelchair = Tekerlekli sandalye
rights-field-childcare = Çocuk bakımı
rights-field-other-needs = Diğer ihtiyaçlar
rights-field-checked-in = Katıldı
rights-field-proposal = Öneri (numara)
rights-field-title = Başlık
rights-field-explanation = Açıklama
rights-field-pillar = Temel
rights-field-on-behalf-of = Adına
rights-field-comment = Yorum (numara)
rights-field-text = Metin
rights-field-edited-at = Düzenlenme tarihi
rights-field-hidden-at = Gizlenme tarihi
rights-field-mode = Ne sıklıkla
rights-field-reason = Neden
rights-field-kind = Tür
rights-field-course = Kurs
rights-field-meetings-attended = Katılınan oturumlar
rights-field-number = Numara
rights-field-issued-at = Veriliş tarihi
rights-field-valid-until = Geçerlilik sonu
rights-field-revoked-at = İptal tarihi
rights-field-report = Bildirim (numara)
rights-field-messages = Mesajlar
rights-field-case = Dosya (numara)
rights-field-stage = Aşama
rights-field-assigned-on = Atanma tarihi
rights-field-contacts-logged = Kaydedilen görüşmeler
rights-field-count = Sayı
rights-field-registered = Kaydedildi
rights-module-youth = Gençlik sahnesi
rights-module-monitor = Olievlek izleme
rights-part-reactions = Tepkiler
rights-part-campaigns-coached = Rehberlik ettiğiniz kampanyalar
rights-part-timeline-entries = Bir zaman çizelgesine eklediğiniz
rights-field-campaign = Kampanya
area-municipality = Belediye
area-municipality-hint = Önce belediyeyi seçin ve ‘Bu belediyeyi seç’ düğmesine basın. Sonra yalnızca o belediyede olanları görürsünüz. Doldurduklarınız kalır.
area-choose-municipality = Bu belediyeyi seç
area-error-other-municipality = Bu bölge seçilen belediyede değil. Listeden seçin.
area-municipality-filter-hint = Bir belediye seçin ve aşağıdaki düğmeye basın. Sonra mahalle listesinde o belediyenin mahallelerini görürsünüz.
