## Layout (every page)
layout-site-name = Kansrijk
layout-description = Razem tworzymy dzielnicę, w której każdy jest mile widziany.
layout-tagline = Razem tworzymy dzielnicę, w której każdy jest mile widziany
layout-skip-link = Przejdź do treści
layout-language-nav = Wybierz język
layout-main-nav = Menu główne
layout-contact = Kontakt
layout-privacy = Prywatność
layout-accessibility = Dostępność
layout-open-data = Otwarte dane (API)
layout-made-by = Stworzone dla mieszkańców dzielnicy i razem z nimi.

## Statements
privacy-title = Polityka prywatności
accessibility-title = Deklaracja dostępności

## Error pages
error-back-home = Przejdź do strony głównej
error-code = Kod błędu { $status }
error-not-found-title = Ta strona nie istnieje
error-not-found-message = Być może strona została przeniesiona albo adres jest błędny. Sprawdź, czy adres jest wpisany poprawnie.
error-unavailable-title = Chwilowo niedostępne
error-unavailable-message = Nie możemy teraz pokazać tej strony. Spróbuj ponownie za kilka minut. Nic nie zostało utracone.
error-too-large-title = Za dużo tekstu albo za duży plik
error-too-large-message = Przesłana treść jest za duża. Skróć tekst albo wybierz mniejszy plik.
error-method-not-allowed-title = Tutaj nie można tego zrobić
error-method-not-allowed-message = Na tej stronie nie można wykonać tej czynności.
error-too-many-requests-title = Proszę chwilę poczekać
error-too-many-requests-message = Było zbyt wiele prób w krótkim czasie. Poczekaj kilka minut i spróbuj ponownie.
error-bad-request-title = Coś poszło nie tak z Twoim zapytaniem
error-bad-request-message = Nie udało się przetworzyć Twojego zapytania. Wróć i spróbuj ponownie.
error-internal-title = Coś poszło nie tak po naszej stronie
error-internal-message = To nasz błąd, nie Twój. Spróbuj ponownie później. Jeśli problem się powtarza, skontaktuj się z nami.
