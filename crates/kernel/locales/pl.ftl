## Layout (every page)
layout-site-name = Kansrijk
layout-description = Razem tworzymy dzielnicę, w której każdy jest mile widziany.
layout-tagline = Razem tworzymy dzielnicę, w której każdy jest mile widziany
layout-skip-link = Przejdź do treści
layout-language-nav = Wybierz język
# A language named in the reader's language, inside a sentence (the switcher keeps each name in its own language).
lang-name-nl = niderlandzki
lang-name-en = angielski
lang-name-tr = turecki
lang-name-ar = arabski
lang-name-pl = polski
lang-name-ngt = niderlandzki język migowy
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
error-too-many-requests-title = Poczekaj chwilę
error-too-many-requests-message = Było zbyt wiele prób w krótkim czasie. Poczekaj kilka minut i spróbuj ponownie.
error-bad-request-title = Coś poszło nie tak z Twoim zapytaniem
error-bad-request-message = Nie udało się przetworzyć Twojego zapytania. Wróć i spróbuj ponownie.
error-internal-title = Coś poszło nie tak po naszej stronie
error-internal-message = To nasz błąd, nie Twój. Spróbuj ponownie później. Jeśli problem się powtarza, skontaktuj się z nami.
error-forbidden-title = Nie masz do tego uprawnień
error-forbidden-message = Nie masz dostępu do tej strony albo formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.
error-unauthorised-title = Najpierw się zaloguj
error-unauthorised-message = Aby zobaczyć tę stronę, musisz się zalogować.

## Layout: account links
layout-breadcrumb = Jesteś tutaj
layout-login = Zaloguj się
layout-account = Moje konto
layout-manage = Zarządzanie
layout-logout = Wyloguj się
layout-logged-in-as = Zalogowano jako { $name }

## Forms (shared)
form-error-summary = Coś poszło nie tak. Sprawdź pola poniżej.
form-name = Imię lub nazwa
form-email = Adres e-mail
form-password = Hasło
form-new-password = Nowe hasło
form-password-again = Wpisz hasło jeszcze raz
form-save = Zapisz
form-yes = Tak
form-no = Nie
form-error-name = Wpisz imię lub nazwę (maksymalnie 120 znaków).
form-error-email = Wpisz poprawny adres e-mail, na przykład imie@przyklad.pl.
password-hint = Co najmniej 10 znaków. Zdanie z kilku słów łatwo zapamiętać i trudno odgadnąć.
password-error-short = Hasło jest za krótkie. Użyj co najmniej 10 znaków.
password-error-long = Hasło jest za długie. Użyj maksymalnie 256 znaków.
password-error-weak = To hasło jest zbyt łatwe do odgadnięcia. Wybierz dłuższe hasło, na przykład zdanie z kilku słów.
password-error-mismatch = Te dwa hasła nie są takie same.
pagination = Strony
pagination-next = Następna strona
pagination-previous = Poprzednia strona

## Log in
login-title = Logowanie
login-intro = Zaloguj się za pomocą adresu e-mail i hasła.
login-submit = Zaloguj się
login-forgot = Nie pamiętasz hasła?
login-register = Nie masz jeszcze konta? Załóż konto.
login-error-failed = Adres e-mail lub hasło jest nieprawidłowe. Albo było zbyt wiele prób: wtedy poczekaj kilka minut.
code-title = Kod z aplikacji
code-intro = Otwórz aplikację w telefonie i wpisz 6-cyfrowy kod. Nie masz przy sobie telefonu? Wpisz jeden ze swoich kodów odzyskiwania.
code-label = Kod
code-hint = 6 cyfr z aplikacji albo 12-cyfrowy kod odzyskiwania.
code-submit = Sprawdź
code-error-wrong = Ten kod jest nieprawidłowy. Sprawdź, czy używasz najnowszego kodu z aplikacji.
code-error-locked = Zbyt wiele razy wpisano nieprawidłowy kod. Spróbuj ponownie za 15 minut.

## Forgotten password
forgot-title = Nie pamiętasz hasła
forgot-intro = Wpisz swój adres e-mail. Dostaniesz e-mail z linkiem do wybrania nowego hasła.
forgot-submit = Wyślij mi link
forgot-sent-title = Sprawdź swoją skrzynkę e-mail
forgot-sent-message = Jeśli istnieje konto z tym adresem e-mail, w ciągu kilku minut dostaniesz wiadomość. Link działa przez godzinę. Sprawdź też folder ze spamem.
reset-title = Wybierz nowe hasło
reset-intro = Wybierz nowe hasło do swojego konta. Potem zaloguj się ponownie na każdym urządzeniu.
reset-done-title = Hasło zostało zmienione
reset-done-message = Możesz teraz zalogować się nowym hasłem.
set-password-submit = Zapisz hasło
token-invalid-title = Ten link już nie działa
token-invalid-message = Link został już użyty albo wygasł. Poproś o nowy link.
token-invalid-link = Poproś o nowy link

## Invitation
invite-title = Witamy w Kansrijk
invite-intro = Masz zaproszenie. Sprawdź, czy Twoje imię jest wpisane poprawnie, i wybierz hasło.
invite-invalid-message = To zaproszenie zostało już użyte albo wygasło. Poproś osobę, która Cię zaprosiła, o nowe zaproszenie.
invite-inviter-default = Koordynator planu dzielnicy

## Registration
register-title = Załóż konto
register-intro = Z kontem możesz brać udział: popierać pomysły i dodawać komentarze. Dostaniesz e-mail, aby potwierdzić swój adres e-mail.
register-name-hint = Wystarczy imię albo pseudonim.
register-consent = Wiem, co dzieje się z moimi danymi.
register-error-consent = Zaznacz pole, jeśli się zgadzasz.
register-submit = Załóż konto
register-sent-title = Sprawdź swoją skrzynkę e-mail
register-sent-message = Wysłaliśmy Ci e-mail. Kliknij link w tej wiadomości, aby potwierdzić swoje konto. Link działa przez dwa dni.
confirm-done-title = Twój adres e-mail został potwierdzony
confirm-done-message = Twoje konto jest gotowe. Możesz się teraz zalogować.

## My account
account-title = Moje konto
account-roles = Role
account-no-roles = Brak
account-twofactor-on = Logowanie dwuetapowe jest włączone.
account-twofactor-off = Logowanie dwuetapowe jest wyłączone.
account-twofactor-setup = Włącz logowanie dwuetapowe
account-recovery-left = { $count ->
    [one] Masz jeszcze 1 kod odzyskiwania.
    [few] Masz jeszcze { $count } kody odzyskiwania.
    [many] Masz jeszcze { $count } kodów odzyskiwania.
   *[other] Masz jeszcze { $count } kodu odzyskiwania.
}
account-sessions-heading = Gdzie Twoje konto jest zalogowane?
account-sessions = { $count ->
    [one] Twoje konto jest zalogowane w 1 miejscu.
    [few] Twoje konto jest zalogowane w { $count } miejscach.
    [many] Twoje konto jest zalogowane w { $count } miejscach.
   *[other] Twoje konto jest zalogowane w { $count } miejscach.
}
account-logout-everywhere = Wyloguj się wszędzie
account-display-name-heading = Twoje imię na stronach publicznych
account-display-name-now = Przy Twoich propozycjach i komentarzach widać teraz: { $name }
account-display-name-label = Imię na stronach publicznych
account-display-name-hint = Zostaw puste, aby pokazać imię i pierwszą literę nazwiska. Wybierasz własną nazwę? Użyj od 2 do 40 znaków.
account-display-name-save = Zapisz nazwę
account-display-name-saved = Twoja nazwa na stronach publicznych została zapisana.
account-display-name-error-length = Wybierz nazwę o długości od 2 do 40 znaków.
account-display-name-error-characters = Ta nazwa zawiera niedozwolone znaki. Użyj liter, cyfr i znaków interpunkcyjnych.

## Two-factor
twofactor-title = Logowanie dwuetapowe
twofactor-intro = Twoja rola daje dostęp do danych wrażliwych. Dlatego logujesz się hasłem i kodem z aplikacji w telefonie.
twofactor-step-app = Zainstaluj w telefonie aplikację do kodów logowania, na przykład aplikację uwierzytelniającą (authenticator).
twofactor-step-scan = Zeskanuj kod QR w aplikacji.
twofactor-step-code = Wpisz 6-cyfrowy kod, który pokazuje aplikacja.
twofactor-manual = Nie da się zeskanować? Wpisz ten klucz w aplikacji:
twofactor-submit = Sprawdź kod
twofactor-done = Logowanie dwuetapowe jest teraz włączone.
twofactor-recovery-heading = Twoje kody odzyskiwania
twofactor-recovery-intro = Przechowuj te kody w bezpiecznym miejscu. Użyj ich, gdy nie masz przy sobie telefonu. Każdy kod działa tylko jeden raz. Te kody widzisz tylko raz.
twofactor-continue = Dalej

## Roles
role-resident = Mieszkaniec
role-volunteer = Wolontariusz
role-professional = Specjalista
role-report-handler = Osoba obsługująca zgłoszenia
role-mediation-coordinator = Koordynator mediacji
role-mediator = Mediator sąsiedzki
role-youth-coach = Opiekun młodzieży
role-trainer = Trener
role-coordinator = Koordynator programu
role-error-unknown = Wybierz rolę z listy.
role-error-last-coordinator = To ostatnia osoba z rolą koordynatora programu. Najpierw daj tę rolę komuś innemu.

## Management
admin-title = Zarządzanie
admin-intro = Tutaj możesz zarządzać organizacjami, osobami i ich rolami.
admin-people-text = Wyszukuj osoby, nadawaj role i blokuj konta.
admin-invitations-text = Zapraszaj specjalistów i wolontariuszy.
admin-organisations-text = Organizacje partnerskie w dzielnicy.
admin-audit-text = Kto przeglądał lub zmieniał jakie dane osobowe?
admin-jobs-heading = Zadania w tle
admin-jobs-status = Status
admin-jobs-count = Liczba
job-status-queued = Czeka
job-status-running = W toku
job-status-done = Gotowe
job-status-failed = Nieudane
organisations-title = Organizacje
organisations-new = Nowa organizacja
organisations-count = { $count ->
    [one] 1 organizacja
    [few] { $count } organizacje
    [many] { $count } organizacji
   *[other] { $count } organizacji
}
organisation-kind = Rodzaj organizacji
organisation-kind-school = Szkoła
organisation-kind-welfare = Pomoc społeczna
organisation-kind-housing = Korporacja mieszkaniowa
organisation-kind-police = Policja
organisation-kind-municipality = Gmina
organisation-kind-sports-culture = Sport i kultura
organisation-kind-other = Inne
organisation-error-kind = Wybierz rodzaj organizacji.
organisation-error-taken = Organizacja o tej nazwie już istnieje.
organisation-error-unknown = Wybierz organizację z listy.
people-title = Osoby
people-search = Szukaj po imieniu lub adresie e-mail
people-search-submit = Szukaj
people-status = Status konta
people-organisation = Organizacja
people-no-organisation = Brak organizacji
people-twofactor = Logowanie dwuetapowe
people-verified-resident = Mieszkaniec dzielnicy (sprawdzono)
people-last-login = Ostatnie logowanie
people-role = Rola
people-role-organisation = Tylko dla organizacji
people-role-any-organisation = Wszystkie organizacje
people-role-area = Tylko dla dzielnicy lub osiedla
people-role-any-area = Wszystkie dzielnice i osiedla
people-error-area = Wybierz dzielnicę lub osiedle z listy.
people-add-role = Nadaj rolę
people-remove-role = Usuń rolę { $role }
people-block = Zablokuj konto
people-unblock = Odblokuj konto
people-verify-resident = Oznacz jako mieszkańca dzielnicy
people-unverify-resident = Usuń oznaczenie mieszkańca
people-error-block-self = Nie możesz zablokować własnego konta.
people-audit-link = Kto przeglądał te dane?
user-status-invited = Zaproszenie wysłane
user-status-unconfirmed = Jeszcze niepotwierdzone
user-status-active = Aktywne
user-status-disabled = Zablokowane
invitations-title = Zaproszenia
invitations-intro = Zaproś osobę i nadaj jej rolę. Ta osoba dostanie e-mail z linkiem. Link działa przez tydzień i tylko jeden raz.
invitations-new = Zaproś kogoś
invitations-language = Język wiadomości e-mail
invitations-submit = Wyślij zaproszenie
invitations-sent = Zaproszenie zostało wysłane na adres { $email }.
invitations-open = Otwarte zaproszenia
invitations-none = Nie ma otwartych zaproszeń.
invitations-valid-until = ważne do { $date }
invite-error-exists = Konto z tym adresem e-mail już istnieje.
audit-title = Rejestr danych osobowych
audit-intro = Kto przeglądał lub zmieniał jakie dane osobowe i kiedy. Nikt nie może zmienić tego rejestru.
audit-actor = Kto
audit-action = Co
audit-any = Wszystko
audit-subject = Dotyczy
audit-subject-type = Rodzaj danych
audit-subject-id = Numer
audit-from = Od (data)
audit-until = Do (data, włącznie)
audit-filter = Filtruj
audit-when = Kiedy
audit-detail = Szczegóły
audit-action-read = Wyświetlono
audit-action-create = Utworzono
audit-action-update = Zmieniono
audit-action-delete = Usunięto
audit-action-login = Zalogowano
audit-action-login_failed = Nieudane logowanie
audit-action-logout = Wylogowano
audit-action-export = Wyeksportowano
audit-action-denied = Odmowa (poza zakresem)

## Mail
mail-footer = Kansrijk to platforma planu dzielnicy. Dostajesz ten e-mail, ponieważ ktoś wpisał ten adres e-mail na stronie.
mail-invite-subject = Zaproszenie do Kansrijk
mail-invite-body = Dzień dobry, { $name },

    { $inviter } zaprasza Cię do Kansrijk, platformy planu dzielnicy.

    Kliknij link, aby wybrać hasło. Link działa przez tydzień i tylko jeden raz.
mail-invite-action = Przyjmij zaproszenie
mail-reset-subject = Wybierz nowe hasło
mail-reset-body = Dzień dobry, { $name },

    Otrzymaliśmy prośbę o nowe hasło. Kliknij link, aby wybrać nowe hasło. Link działa przez godzinę.

    To nie była Twoja prośba? Wtedy możesz zignorować ten e-mail. Twoje hasło się nie zmieni.
mail-reset-action = Wybierz nowe hasło
mail-wrong-codes-subject = Nieprawidłowe kody przy logowaniu na Twoje konto
mail-wrong-codes-body = Dzień dobry, { $name },

    Ktoś { $count ->
        [one] 1 raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    } wpisał nieprawidłowy kod przy logowaniu na Twoje konto. Dlatego przez { $minutes ->
        [one] 1 minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } nie można zalogować się kodem.

    Czy to Ty? Wtedy nie musisz nic robić.

    To nie Ty? Wtedy ktoś inny może znać Twoje hasło. Od razu wybierz nowe hasło.
mail-wrong-codes-action = Wybierz nowe hasło
mail-confirm-subject = Potwierdź swój adres e-mail
mail-confirm-body = Dzień dobry, { $name },

    Witamy w Kansrijk. Kliknij link, aby potwierdzić swój adres e-mail. Link działa przez dwa dni.
mail-confirm-action = Potwierdź adres e-mail
mail-exists-subject = Masz już konto
mail-exists-body = Dzień dobry, { $name },

    Ktoś próbował założyć konto z tym adresem e-mail. Ale Ty masz już konto.

    Nie pamiętasz hasła? Wybierz nowe hasło za pomocą linku.
mail-exists-action = Wybierz nowe hasło

# OpenID Connect login for staff
login-oidc-heading = Logowanie przez Twoją organizację
login-oidc-intro = Czy Twoja organizacja ma własną usługę logowania? Zaloguj się tam.
login-oidc-button = Zaloguj się przez { $provider }
oidc-failed-title = Logowanie nie powiodło się
oidc-failed-message = Logowanie przez Twoją organizację nie powiodło się. Spróbuj ponownie. Jeśli nadal nie działa, skontaktuj się z administratorem.
oidc-unknown-message = Nie ma tu konta z adresem e-mail podanym przez Twoją organizację. Poproś koordynatora o zaproszenie.
# The local outbox (/beheer/post), when no SMTP server is set
local-mail-title = Poczta wersji demonstracyjnej
local-mail-card = Wszystkie e-maile wysłane przez platformę, tak jak widzi je odbiorca. Nie ustawiono serwera poczty.
local-mail-intro = Nie ustawiono serwera poczty, więc żaden e-mail nie jest wysyłany: cała poczta zostaje tutaj. Otwórz e-mail, aby zobaczyć go tak, jak dostaje go odbiorca. Jak długo poczta tu zostaje (dni): { $days }.
local-mail-smtp = Ustawiono serwer poczty, więc poczta naprawdę wychodzi i nie zostaje tutaj. Poniżej jest tylko dawniejsza poczta, z czasu, gdy nie było jeszcze serwera poczty.
local-mail-empty = Nie ma jeszcze poczty.
local-mail-when = Wysłano
local-mail-from = Od
local-mail-to = Do
local-mail-subject = Temat
local-mail-language = Język
local-mail-by-reference = Adres chroniony (osoba zgłaszająca w punkcie zgłoszeń)
local-mail-html = E-mail tak, jak wygląda
local-mail-links = Linki w tym e-mailu
local-mail-text = Tylko tekst
# Klucze API (/beheer/api-sleutels)
admin-api-tokens-text = Klucze dla innych systemów korzystających z API.
api-tokens-title = Klucze API
api-tokens-intro = Za pomocą klucza API inny system (pulpit, system spraw) odczytuje dane przez API. Klucz działa tylko dla wybranej organizacji, obszaru i tematów.
api-tokens-count = { $count ->
    [one] 1 klucz API
    [few] { $count } klucze API
    [many] { $count } kluczy API
   *[other] { $count } klucza API
}
api-tokens-new = Nowy klucz API
api-token-description = Opis
api-token-description-hint = Dla jakiego systemu jest klucz? Na przykład: pulpit zespołu dzielnicowego.
api-token-organisation = Organizacja
api-token-area = Tylko dla dzielnicy lub osiedla (nieobowiązkowe)
api-token-any-area = Wszystkie dzielnice i osiedla
api-token-scopes = Co może odczytywać klucz?
api-token-scope-registrations = Zgłoszenia na zajęcia własnej organizacji
api-token-scope-cases = Dane o zgłoszeniach na własnym obszarze (bez nazwisk i treści)
api-token-scope-coverage = Dane liczbowe o szkoleniach
api-token-expires = Ważny do dnia (włącznie)
api-token-create = Utwórz klucz
api-token-created = Klucz został utworzony. Skopiuj go teraz: zobaczysz go tylko raz.
api-token-status = Status
api-token-active = Aktywny
api-token-expired = Wygasł
api-token-revoked = Wycofany
api-token-revoke = Wycofaj
api-token-error-description = Wpisz opis o długości maksymalnie 120 znaków.
api-token-error-organisation = Wybierz organizację z listy.
api-token-error-area = Wybierz dzielnicę lub osiedle z listy.
api-token-error-scopes = Wybierz co najmniej jeden temat.
api-token-error-expires = Wybierz datę w ciągu najbliższych dwóch lat.
# The command line, when the PostgreSQL database is missing
cli-database-missing = Baza danych "{ $name }" nie istnieje, a rola "{ $role }" nie może jej utworzyć. Jako administrator PostgreSQL uruchom: CREATE DATABASE "{ $name }" OWNER "{ $role }"; (lub: createdb -O { $role } { $name })
# API keys: the mediation scope
api-token-scope-mediation = Sprawy mediacyjne skierowane przez Twoją organizację (bez nazwisk)
# Moje dane i usunięcie konta (RODO)
rights-title = Moje dane
rights-intro = Oto wszystko, co o Tobie przechowujemy, według części serwisu. Możesz to też pobrać.
rights-download-json = Pobierz jako JSON
rights-download-html = Pobierz jako stronę internetową
rights-nothing = Tutaj nic o Tobie nie przechowujemy.
rights-value-yes = tak
rights-value-no = nie
rights-module-account = Twoje konto
rights-module-programme = Plan dzielnicy
rights-module-activities = Wydarzenia
rights-module-agreements = Ustalenia sąsiedzkie
rights-module-reports = Punkt zgłoszeń
rights-module-training = Szkolenie
rights-module-mediation = Mediacja sąsiedzka
rights-part-person = O Tobie
rights-part-roles = Role
rights-part-sessions = Gdzie konto jest zalogowane
rights-part-mails = Wiadomości do Ciebie
rights-part-contact-of = Osoba kontaktowa dla
rights-part-registrations = Zapisy
rights-part-proposals = Propozycje
rights-part-comments = Komentarze
rights-part-supports = Propozycje z Twoim poparciem
rights-part-follows = Obserwowane propozycje
rights-part-flags = Zgłoszone komentarze
rights-part-assigned-reports = Zgłoszenia przypisane do Ciebie
rights-part-messages-written = Napisane wiadomości
rights-part-enrolments = Zapisy na szkolenia
rights-part-certificates = Certyfikaty
rights-part-cases = Sprawy jako mediator
rights-part-steps-logged = Zapisane kroki
rights-part-street-registered = Twoja ulica
rights-delete-title = Usuń konto
rights-delete-intro = Możesz usunąć swoje konto. Nie można tego cofnąć.
rights-delete-what-stays = To, czego potrzebują inni, zostaje bez Twojego imienia. Komentarz otrzyma opis 'usunięte przez autora'. Certyfikat przestanie być ważny.
rights-delete-download-first = Najpierw pobierz swoje dane, jeśli chcesz je zachować.
rights-delete-link = Przejdź do usuwania konta
rights-delete-open-work = Nie możesz jeszcze usunąć konta
rights-delete-hand-over = Najpierw przekaż to innej osobie z zespołu. Poproś koordynatora o pomoc.
rights-delete-sessions = { $count ->
    [one] Konto jest zalogowane w 1 miejscu. Tam też nastąpi wylogowanie.
    [few] Konto jest zalogowane w { $count } miejscach. Nastąpi wylogowanie wszędzie.
    [many] Konto jest zalogowane w { $count } miejscach. Nastąpi wylogowanie wszędzie.
   *[other] Konto jest zalogowane w { $count } miejscach. Nastąpi wylogowanie wszędzie.
}
rights-delete-password = Twoje hasło
rights-delete-code = Kod z aplikacji
rights-delete-button = Usuń moje konto
rights-delete-error-password = To hasło jest nieprawidłowe.
rights-deleted-title = Twoje konto zostało usunięte
rights-deleted-text = Usunęliśmy Twoje konto. Nastąpiło wylogowanie wszędzie.
rights-deleted-home = Do strony głównej
# Requests about data handled by staff (AVG art. 15, 17)
rights-requests-title = Wnioski dotyczące danych
rights-requests-card = Wnioski o dostęp lub usunięcie listem albo w okienku: odpowiedź w ciągu 30 dni.
rights-requests-intro = Czy ktoś poprosił listem lub w okienku o dostęp albo usunięcie? Zapisz to tutaj. Na odpowiedź jest 30 dni.
rights-requests-list = Wnioski, najpierw otwarte
rights-requests-number = Numer
rights-requests-kind = Rodzaj wniosku
rights-requests-kind-access = Dostęp
rights-requests-kind-erasure = Usunięcie
rights-requests-channel = Otrzymano przez
rights-requests-channel-letter = List
rights-requests-channel-counter = Okienko
rights-requests-channel-mail = E-mail
rights-requests-person = Konto
rights-requests-email = Adres e-mail konta
rights-requests-email-hint = Najpierw sprawdź, kto pyta, na przykład na podstawie dokumentu tożsamości.
rights-requests-received = Data otrzymania
rights-requests-note = Jak rozpoznano osobę
rights-requests-note-hint = Na przykład: paszport okazany w okienku. Nie zapisuj numeru.
rights-requests-due = Odpowiedź najpóźniej
rights-requests-overdue = Po terminie
rights-requests-status = Status
rights-requests-status-open = Otwarty
rights-requests-status-answered = Załatwiony
rights-requests-status-refused = Odrzucony
rights-requests-new = Zapisz nowy wniosek
rights-requests-save = Zapisz wniosek
rights-requests-answer = Pobierz odpowiedź (JSON)
rights-requests-done = Odpowiedź została wysłana
rights-requests-erase = Usuń dane
rights-requests-open-work = Najpierw przekaż
rights-requests-back = Wróć do wniosków
rights-requests-error-kind = Wybierz dostęp lub usunięcie.
rights-requests-error-channel = Wybierz, jak wpłynął wniosek.
rights-requests-error-received = Podaj datę, która nie jest w przyszłości.
rights-requests-error-person = Nie ma konta z tym adresem e-mail.
# My data: the names of the fields
rights-field-email = Adres e-mail
rights-field-name = Imię i nazwisko
rights-field-display-name = Nazwa na stronie
rights-field-language = Język
rights-field-status = Status
rights-field-verified-resident = Mieszkaniec potwierdzony
rights-field-two-step-login = Logowanie dwuetapowe
rights-field-organisation = Organizacja
rights-field-created-at = Utworzono
rights-field-last-login-at = Ostatnie logowanie
rights-field-role = Rola
rights-field-area = Obszar
rights-field-since = Od
rights-field-started-at = Rozpoczęto
rights-field-last-seen-at = Ostatnio widziano
rights-field-subject = Temat
rights-field-sent-at = Wysłano
rights-field-page = Strona
rights-field-contact-name = Osoba kontaktowa
rights-field-contact-email = E-mail kontaktowy
rights-field-activity = Wydarzenie
rights-field-starts-at = Początek
rights-field-phone = Numer telefonu
rights-field-people = Liczba osób
rights-field-interpreter = Tłumacz
rights-field-interpreter-language = Język tłumacza
rights-field-sign-language = Język migowy
rights-field-wheelchair = Wózek inwalidzki
rights-field-childcare = Opieka nad dziećmi
rights-field-other-needs = Inne potrzeby
rights-field-checked-in = Obecność
rights-field-proposal = Propozycja (numer)
rights-field-title = Tytuł
rights-field-explanation = Wyjaśnienie
rights-field-pillar = Filar
rights-field-on-behalf-of = W imieniu
rights-field-comment = Komentarz (numer)
rights-field-text = Treść
rights-field-edited-at = Edytowano
rights-field-hidden-at = Ukryto
rights-field-mode = Jak często
rights-field-reason = Powód
rights-field-kind = Rodzaj
rights-field-course = Kurs
rights-field-meetings-attended = Obecność na spotkaniach
rights-field-number = Numer
rights-field-issued-at = Wydano
rights-field-valid-until = Ważny do
rights-field-revoked-at = Unieważniono
rights-field-report = Zgłoszenie (numer)
rights-field-messages = Wiadomości
rights-field-case = Sprawa (numer)
rights-field-stage = Etap
rights-field-assigned-on = Przydzielono
rights-field-contacts-logged = Zapisane kontakty
rights-field-count = Liczba
rights-field-registered = Zapisano
rights-module-youth = Scena młodzieży
rights-module-monitor = Monitor olievlek
rights-part-reactions = Reakcje
rights-part-campaigns-coached = Kampanie, które prowadzisz
rights-part-timeline-entries = Co dodałeś do osi czasu
rights-field-campaign = Kampania
area-municipality = Gmina
area-municipality-hint = Najpierw wybierz gminę i naciśnij ‘Wybierz tę gminę’. Potem zobaczysz tylko to, co leży w tej gminie. To, co już wpisano, zostaje.
area-choose-municipality = Wybierz tę gminę
area-error-other-municipality = Ten obszar nie leży w wybranej gminie. Wybierz z listy.
area-municipality-filter-hint = Wybierz gminę i naciśnij przycisk poniżej. Wtedy na liście osiedli zobaczysz osiedla tej gminy.
