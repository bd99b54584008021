nav-training = Eğitim
training-title = Kültüre duyarlı çalışma eğitimi
training-lead = Liendert'te profesyonel ya da gönüllü olarak mı çalışıyorsunuz? Eğitime katılın ve semtteki insanlarla daha iyi bağ kurmayı öğrenin.
training-breadcrumb = Buradasınız
training-courses = Eğitimler
training-coming-sessions = Yaklaşan eğitim tarihleri
training-no-sessions = Şu anda planlanmış eğitim tarihi yok.
training-sessions = Eğitim tarihleri
training-col-date = Tarih
training-col-course = Eğitim
training-col-venue = Yer
training-col-places = Yerler
training-col-status = Durum
training-col-actions = Neler yapabilirsiniz
training-col-trainer = Eğitmen
training-col-enrolled = Kayıtlı
training-col-name = Ad
training-col-organisation = Kuruluş
training-col-attended = Katıldı
training-col-certificate = Sertifika
training-col-role = Rol
training-col-working = Liendert'te çalışıyor
training-col-certified = Geçerli sertifikası var
training-col-percent = Yüzde
training-col-goal = Hedef
training-col-quarter = Çeyrek
training-col-group = Grup
training-col-form = Anket
training-col-statement = İfade
training-col-average = Ortalama (1–5)
training-col-respondents = Yanıtlayan sayısı
training-online = Çevrim içi
training-no-limit = Sınır yok
training-places-left = { $count ->
    [one] 1 yer kaldı
   *[other] { $count } yer kaldı
}
training-waiting-count = { $count ->
    [one] Bekleme listesinde 1 kişi
   *[other] Bekleme listesinde { $count } kişi
}
training-hours = { $count ->
    [one] 1 saat
   *[other] { $count } saat
}
training-months = { $count ->
    [one] 1 ay
   *[other] { $count } ay
}
training-meetings = { $count ->
    [one] 1 buluşma
   *[other] { $count } buluşma
}
training-target = Kimler için
training-target-professional = Profesyoneller
training-target-volunteer = Gönüllüler
training-target-both = Profesyoneller ve gönüllüler
training-duration = Süre
training-validity = Geçerlilik
training-validity-none = Süresiz geçerli
training-completion = Tamamlama
training-completion-rule = Buluşmaların en az %{ $count } kadarına katılırsanız eğitimi tamamlamış olursunuz.
training-prerequisite = Önce gerekli
training-trainer-is = Eğitmen: { $name }
training-enrol = Kaydol
training-enrol-waiting = Bekleme listesine yazıl
training-enrol-for = Kimi kaydediyorsunuz?
training-enrol-myself = Kendimi
training-login-to-enrol = Kaydolmak için giriş yapın
training-see-courses = Eğitimlere bakın.
training-mine-title = Eğitimlerim
training-my-enrolments = Kayıtlarım
training-my-certificates = Sertifikalarım
training-no-enrolments = Henüz kaydınız yok.
training-no-certificates = Henüz sertifikanız yok.
training-status-confirmed = Kayıtlı
training-status-waiting = Bekleme listesinde
training-status-cancelled = İptal edildi
training-cancel = { $course } kaydını iptal et
training-cancel-for = { $name } için kaydı iptal et
training-number = Numara
training-number-is = Numara { $number }
training-issued = Veriliş tarihi
training-issued-on = Veriliş tarihi: { $date }
training-valid-until = { $date } tarihine kadar geçerli
training-certificate-title = Sertifika
training-certificate-states = Bu belge ile aşağıdaki kişinin
training-certificate-completed = şu eğitimi başarıyla tamamladığını onaylarız:
training-certificate-check = Bu sertifikayı şu adreste kontrol edin:
training-back = Eğitimlerime dön
training-verify-title = Sertifika kontrolü
training-verify-text = Birisi size sertifika mı gösterdi? Numarayı girin; sertifikanın geçerli olup olmadığını görürsünüz.
training-verify-number = Sertifika numarası (örneğin KL-2026-ABCD-EFGH)
training-verify-submit = Kontrol et
training-verify-valid = Bu sertifika geçerlidir.
training-verify-not-valid = Bu sertifika artık geçerli değil.
training-verify-unknown = Bu numarayı tanımıyoruz. Doğru yazıp yazmadığınızı kontrol edin.
training-verify-initials = Ad ve soyadın baş harfleri
training-verify-privacy = Gizliliği korumak için yalnızca baş harfleri gösteriyoruz.
training-verify-again = Başka bir numara kontrol et
training-form-satisfaction = Eğitimi nasıl buldunuz?
training-form-before = Eğitim öncesi anket
training-form-after = Eğitim sonrası anket
training-form-followup = Üç ay sonraki anket
training-effect-anonymous = Her ifade için 1 (hiç katılmıyorum) ile 5 (tamamen katılıyorum) arasında bir sayı seçin. Yanıtlarınız adınız olmadan saklanır.
training-score = { $count ->
    [1] 1 – hiç katılmıyorum
    [5] 5 – tamamen katılıyorum
   *[other] { $count }
}
training-effect-submit = Gönder
training-effect-thanks = Doldurduğunuz için teşekkürler.
training-q-useful = Eğitim işim için faydalıydı.
training-q-trainer = Eğitmen konuları iyi anlattı.
training-q-recommend = Eğitimi meslektaşlarıma tavsiye ederim.
training-q-own-norms = Hangi kişisel normlarımın işimi etkilediğini biliyorum.
training-q-frame = Farklı geçmişi olan birinin bir duruma nasıl bakabileceğini anlıyorum.
training-q-interpreter = Ne zaman tercüman kullanmam gerektiğini biliyorum.
training-q-ask = Birinin alışkanlıklarını anlamadığımda ayrıntılı soru sormaktan çekinmem.
training-q-applied = Öğrendiklerimi işimde kullanıyorum.
training-q-changed = Eğitim sayesinde mahalle sakinleriyle konuşmalarım değişti.
training-q-colleagues = Öğrendiklerimi meslektaşlarımla paylaştım.
training-q-unknown = Diğer soru
training-manage-title = Eğitim yönetimi
training-manage-card-text = Eğitimler, eğitim tarihleri, katılım, sertifikalar ve kuruluşlara göre kapsam.
training-course-new = Yeni eğitim
training-session-new = Yeni eğitim tarihi
training-session-new-for = { $course } için yeni tarih
training-save = Kaydet
training-choose = Seçin…
training-none = Yok
training-show = Göster
training-f-title = Eğitimin adı
training-f-key = Sabit anahtar
training-f-key-hint = Küçük harf, rakam ve tire. Boş bırakırsanız addan oluşturulur. Diğer bölümler bu anahtarı kullanır.
training-f-description = Açıklama
training-f-hours = Saat olarak süre
training-f-validity = Sertifikanın ay olarak geçerliliği
training-f-validity-hint = Sertifika süresiz geçerliyse boş bırakın.
training-f-completion = Tamamlama için katılım (%)
training-f-completion-hint = Örneğin 100 (tüm buluşmalar) ya da 80.
training-f-trainer-account = Hesabı olan eğitmen
training-f-trainer-name = Eğitmenin adı
training-f-trainer-name-hint = Eğitmenin hesabı yoksa zorunludur.
training-f-venue = Yer
training-f-capacity = Yer sayısı
training-f-capacity-hint = Sınır yoksa boş bırakın.
training-f-meeting = Buluşma { $count }
training-f-date = Tarih
training-f-start = Başlangıç saati
training-f-end = Bitiş saati
training-f-goal-percent = Hedef (%)
training-f-goal-date = Son tarih
training-f-contact-email = İletişim kişisinin e-posta adresi
training-participants = Katılımcılar
training-no-participants = Henüz kimse kaydolmadı.
training-completed = tamamlandı
training-issue = { $name } için sertifika ver
training-attendance = Buluşmalara göre katılım
training-attendance-save = Katılımı kaydet
training-coverage-title = Kuruluşlara göre kapsam
training-coverage-lead = Liendert'te çalışanların kaçının geçerli sertifikası var?
training-coverage-caption = Kuruluş ve role göre { $course } kapsamı
training-coverage-empty = Henüz profesyoneli ya da gönüllüsü olan kuruluş yok.
training-csv = CSV olarak indir
training-role-professional = Profesyoneller
training-role-volunteer = Gönüllüler
training-goal-by = { $date } tarihinden önce
training-chart-progress-title = Kuruluş ve role göre { $course } için geçerli sertifika yüzdesi
training-chart-progress-desc = Her çubuk geçerli sertifikası olanların yüzdesidir. Siyah çizgi kuruluşun hedefidir. Yukarıdaki tablo aynı rakamları içerir.
training-chart-trend-title = { $course } için çeyreklere göre gelişim
training-chart-trend-desc = Her çubuk, bugünkü kişilerden çeyrek sonunda geçerli sertifikası olanların yüzdesidir. Aşağıdaki tablo aynı rakamları içerir.
training-trend = Çeyreklere göre gelişim
training-trend-note = Şu anda Liendert'te çalışanlar için sertifika tarihlerinden hesaplanmıştır.
training-goal-title = Bir kuruluş için hedef
training-contacts-title = İletişim kişileri
training-contacts-text = Bir kuruluşun iletişim kişisi meslektaşlarını kaydeder. Sertifikalarının süresi dolmak üzereyken bir mesaj alır.
training-effect-title = Eğitimin etkisi
training-effect-lead = Gruplara göre ortalamalar. Bir sonucu yalnızca en az { $count } kişi anketi doldurduysa gösteriyoruz.
training-effect-by-course = Eğitime göre
training-effect-by-session = Eğitim tarihine göre
training-effect-none = Henüz yanıt yok.
training-effect-hidden = Gizli
training-effect-fewer = { $count } kişiden az
training-error-title = Bir ad girin (en fazla 150 karakter).
training-error-key = Yalnızca küçük harf, rakam ve tire kullanın.
training-error-key-taken = Bu anahtar zaten var. Başka bir anahtar seçin.
training-error-number = Tam sayı girin.
training-error-target = Eğitimin kimler için olduğunu seçin.
training-error-validity = 1 ile 120 arasında bir ay sayısı girin ya da boş bırakın.
training-error-prerequisite = Listeden bir eğitim seçin.
training-error-percent = 1 ile 100 arasında bir yüzde girin.
training-error-course = Bir eğitim seçin.
training-error-trainer = Listeden bir eğitmen seçin.
training-error-trainer-name = Eğitmenin adını girin ya da hesabı olan bir eğitmen seçin.
training-error-venue = Bir yer girin ya da çevrim içi seçin.
training-error-capacity = 1 ile 1000 arasında bir yer sayısı girin ya da boş bırakın.
training-error-meeting = Bir tarih ve saatler girin, örneğin 15-12-2026 ve 09:30.
training-error-ends-before-start = Bitiş saati başlangıç saatinden sonra olmalı.
training-error-meeting-order = Bir buluşma bir öncekinden sonra başlamalı.
training-error-no-meeting = En az bir buluşma girin.
training-error-enrolled-twice = Bu eğitime zaten kayıtlısınız.
training-error-closed = Artık kayıt olunamaz: eğitim başladı ya da iptal edildi.
training-error-not-your-staff = Yalnızca kendi kuruluşunuzdan kişileri kaydedebilirsiniz.
training-error-prerequisite-missing = Bu eğitim için önce önceki eğitimin geçerli sertifikası gerekir.
training-error-not-found = Böyle bir kayıt yok.
training-error-not-confirmed = Bu kişinin eğitimde yeri yok.
training-error-not-completed = Sertifika yok: bu kişi eğitimi tamamlamadı (yeterince katılmadı).
training-error-already-issued = Bu kişinin bu eğitim için zaten sertifikası var.
training-error-score = 1 ile 5 arasında bir sayı seçin.
training-error-organisation = Bir kuruluş seçin.
training-error-date = Bir tarih girin.
training-error-contact = Bu kişi bu kuruluşta tanınmıyor.
mail-training-expiry-subject = { $course } sertifikanızın süresi yakında doluyor
mail-training-expiry-body = Merhaba { $name },

    { $course } sertifikanız { $until } tarihine kadar geçerlidir.

    Sertifikanızın geçerli kalması için zamanında yeni bir eğitime kaydolun.
mail-training-expiry-action = Eğitim tarihlerine bakın
mail-training-expiry-contact-subject = { $name } kişisinin sertifikasının süresi yakında doluyor
mail-training-expiry-contact-body = { $name } kişisinin { $course } sertifikası { $until } tarihine kadar geçerlidir.

    İletişim kişisi olarak { $name } kişisini yeni bir eğitime kaydedebilirsiniz.
mail-training-expiry-contact-action = Eğitim tarihlerine bakın
mail-training-followup-subject = { $course } eğitiminden sonra durum nasıl?
mail-training-followup-body = Merhaba { $name },

    Üç ay önce { $course } eğitimine katıldınız. Üç kısa soruyu yanıtlar mısınız? Yanıtlarınız adınız olmadan saklanır.
mail-training-followup-action = Anketi doldurun
mail-training-promoted-subject = Bir yer boşaldı: { $course }
mail-training-promoted-body = Merhaba { $name },

    Bir yer boşaldı. Artık { $course } eğitimine kayıtlısınız.
mail-training-promoted-action = Kaydınıza bakın
training-sessions-count = { $count ->
    [one] 1 eğitim tarihi
   *[other] { $count } eğitim tarihi
}
training-enrolments-count = { $count ->
    [one] 1 kayıt
   *[other] { $count } kayıt
}
training-participants-count = { $count ->
    [one] 1 katılımcı
   *[other] { $count } katılımcı
}
training-results-count = { $count ->
    [one] 1 sonuç
   *[other] { $count } sonuç
}
training-trend-caption = Her çeyreğin sonunda geçerli sertifikası olan kişiler
training-course-edit = { $course } eğitimini düzenle
training-course-edit-title = Eğitimi düzenle: { $course }
training-course-archive = { $course } eğitimini arşivle
training-course-unarchive = { $course } eğitimini yeniden sun
training-archived = Arşivlendi
training-f-key-fixed = Anahtar hiçbir zaman değişmez. Sertifikalar ve bağlantılar onu kullanır.
training-session-edit = Eğitim tarihini düzenle
training-session-edit-title = Eğitim tarihini düzenle: { $course }
training-session-cancel = Eğitim tarihini iptal et
training-session-cancelled = Bu eğitim tarihi iptal edildi.
training-error-capacity-below-confirmed = Daha fazla kişinin zaten yeri var. En az kayıtlı kişi sayısı kadar yer seçin veya boş bırakın.
mail-training-session-cancelled-subject = İptal edildi: { $date } tarihli { $course }
mail-training-session-cancelled-body = Merhaba { $name },

    { $date } tarihli { $course } eğitimi yapılmayacak. Bu nedenle kaydınız iptal edildi. Başka bir tarihe kaydolmak ister misiniz? Eğitimlere göz atın.
mail-training-session-cancelled-action = Eğitimlere bakın
# Rights of the people in the data
training-rights-open-sessions = Eğitmen olarak hâlâ { $count } eğitim oturumu veriyorsunuz.
# The monitor's indicators from this module
training-indicator-coverage = Kültüre duyarlı çalışma eğitimi almış
training-indicator-coverage-about = Ortak kuruluşların profesyonel ve gönüllülerinden geçerli sertifikası olanların payı. Yalnızca tüm belediye için.
