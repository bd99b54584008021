## Layout (every page)
layout-site-name = Kansrijk
layout-description = Herkesin hoş karşılandığı bir semt için birlikte çalışıyoruz.
layout-tagline = Herkesin hoş karşılandığı bir semt için birlikte çalışıyoruz
layout-skip-link = İçeriğe geç
layout-language-nav = Dil seçin
layout-main-nav = Ana menü
layout-contact = İletişim
layout-privacy = Gizlilik
layout-accessibility = Erişilebilirlik
layout-open-data = Açık veri (API)
layout-made-by = Semt sakinleri için ve onlarla birlikte yapıldı.

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
