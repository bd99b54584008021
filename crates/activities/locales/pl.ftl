## Nawigacja
nav-activities = Wydarzenia

## Rodzaje wydarzeń
activity-kind-cultural-festival = Festiwal kultury
activity-kind-film-conversation = Film i rozmowa
activity-kind-workshop = Warsztat
activity-kind-expert-talk = Opowieść osoby z doświadczeniem
activity-kind-childrens-council = Rada dzieci
activity-kind-training-session = Szkolenie
activity-kind-other = Coś innego

## Dla kogo
activity-age-all = Dla wszystkich
activity-age-children = Dzieci
activity-age-youth = Młodzież
activity-age-adults = Dorośli
activity-age-seniors = Seniorzy

## Kalendarz
agenda-title = Wydarzenia w dzielnicy
agenda-intro = Wpadnij, poznaj sąsiadów i weź udział. Większość wydarzeń jest bezpłatna.
agenda-breadcrumb = Jesteś tutaj
agenda-month-link = Zobacz według miesięcy
agenda-feed-link = Dodaj kalendarz wydarzeń do swojego kalendarza
agenda-manage-link = Zarządzaj wydarzeniami
agenda-filter-heading = Znajdź wydarzenie
agenda-filter-kind = Rodzaj
agenda-filter-pillar = Filar
agenda-filter-area = Osiedle
agenda-filter-municipality = Gmina
agenda-filter-municipality-hint = Wybierz gminę i naciśnij „Szukaj”. Potem w polu Osiedle zobaczysz osiedla tej gminy.
agenda-filter-date = Od dnia
agenda-filter-language = Język
agenda-filter-free = Tylko bezpłatne wydarzenia
agenda-filter-all = Wszystkie
agenda-filter-submit = Szukaj
agenda-count = { $count ->
    [one] 1 wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzeń
}
agenda-page = Wydarzenia, strona { $number }
agenda-pages = Strony kalendarza wydarzeń
agenda-previous = ← Wcześniejsze wydarzenia
agenda-next = Późniejsze wydarzenia →
agenda-empty = Nie znaleziono wydarzeń. Wybierz mniej filtrów.

## Miesiąc
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-previous = Poprzedni miesiąc
month-next = Następny miesiąc
month-empty = W tym miesiącu nie ma wydarzeń.

## Wydarzenie
activity-details-heading = Informacje praktyczne
activity-kind = Rodzaj wydarzenia
activity-when = Kiedy
activity-where = Gdzie
activity-area = Osiedle
activity-online = Online
activity-route = Jak dojechać
activity-accessibility = Dostępność
activity-languages = Języki
activity-cost = Koszt
activity-free = Bezpłatnie
activity-age = Dla kogo
activity-places = Miejsca
activity-places-left = { $count ->
    [0] Brak wolnych miejsc
    [one] Zostało 1 wolne miejsce
    [few] Zostały { $count } wolne miejsca
    [many] Zostało { $count } wolnych miejsc
   *[other] Zostało { $count } wolnych miejsc
}
activity-capacity-of = { $count ->
    [one] razem 1 miejsce
    [few] razem { $count } miejsca
    [many] razem { $count } miejsc
   *[other] razem { $count } miejsc
}
activity-no-limit = Bez limitu
activity-registration-required = Trzeba się zapisać
activity-walk-in = Możesz po prostu przyjść
activity-organiser = Organizator
activity-pillars = Filary
activity-approach = Należy do
activity-cancelled = Odwołane
activity-cancelled-notice = To wydarzenie zostało odwołane.
activity-full = Brak miejsc
activity-add-to-calendar = Dodaj do kalendarza
activity-feedback-link = Powiedz nam, jak było

## Dostępność miejsca
venue-step-free = Bez progów i schodów
venue-accessible-toilet = Toaleta dla osób z niepełnosprawnością
venue-hearing-loop = Pętla indukcyjna
venue-parking = Parking w pobliżu
venue-opening-hours = Godziny otwarcia

## Zapisy
signup-heading = Zapisz się
signup-intro = Zapisz się tutaj. Nie potrzebujesz konta.
signup-intro-walk-in = Możesz po prostu przyjść. Chcesz mieć pewne miejsce? Wtedy się zapisz.
signup-full = Wszystkie miejsca są zajęte. Zapisz się na listę oczekujących. Gdy zwolni się miejsce, dostaniesz e-mail.
signup-name = Imię lub inicjały
signup-name-hint = Wystarczą inicjały.
signup-email = Adres e-mail
signup-contact-hint = Podaj adres e-mail lub numer telefonu, abyśmy mogli się z Tobą skontaktować.
signup-phone = Numer telefonu
signup-people = Ile osób przyjdzie?
signup-people-hint = Razem z Tobą, najwyżej 10.
signup-needs = Czego potrzebujesz, aby wziąć udział?
signup-needs-hint = Zaznacz, czego potrzebujesz, abyśmy mogli to zorganizować.
signup-interpreter = Tłumacz
signup-interpreter-lang = Tłumacz jakiego języka?
signup-sign-language = Tłumacz języka migowego
signup-wheelchair = Miejsce dla wózka inwalidzkiego
signup-childcare = Opieka nad dziećmi
signup-other-needs = Coś innego
signup-consent = Zgadzam się, aby organizator używał moich danych do tego wydarzenia.
signup-submit = Zapisz się

registration-title = Twój zapis
registration-thanks = Dziękujemy! Twój zapis został przyjęty. Jeśli podano adres e-mail, dostaniesz też wiadomość.
registration-thanks-waiting = Dziękujemy! Brak miejsc. Jesteś na liście oczekujących.
registration-status-confirmed = Zapis potwierdzony
registration-status-waiting = Na liście oczekujących
registration-status-cancelled = Zapis anulowany
registration-position = { $count ->
    [one] pierwsze miejsce w kolejce
   *[other] numer { $count } na liście oczekujących
}
registration-people = { $count ->
    [one] 1 osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osób
}
registration-keep-link = Zachowaj link do tej strony. Dzięki niemu możesz zobaczyć lub odwołać swój zapis.
registration-cancel-heading = Wypisz się
registration-cancel-text = Nie możesz przyjść? Wypisz się, aby ktoś inny dostał Twoje miejsce.
registration-cancel-submit = Wypisz mnie
registration-cancelled-now = Twój zapis został anulowany. Dziękujemy za informację.
registration-again-title = Twój zapis już istnieje
registration-again-text = Ten formularz został już wysłany. Twój zapis istnieje. Link znajdziesz w e-mailu.
registration-closed-title = Zapisy nie są już możliwe
registration-closed-text = To wydarzenie zostało odwołane lub już się odbyło.
registration-error-name = Podaj imię lub inicjały.
registration-error-name-long = Imię jest za długie (najwyżej 100 znaków).
registration-error-email = Ten adres e-mail jest nieprawidłowy. Na przykład: imie@przyklad.pl
registration-error-phone = Ten numer telefonu jest nieprawidłowy. Użyj co najmniej 8 cyfr.
registration-error-contact = Podaj adres e-mail lub numer telefonu.
registration-error-people = Wybierz liczbę od 1 do 10.
registration-error-consent = Zaznacz pole, jeśli zgadzasz się na użycie Twoich danych.
registration-error-form-expired = Formularz wygasł. Wyślij go jeszcze raz.
notice-back = Wróć do wydarzenia

## Opinia
feedback-title = Jak było?
feedback-intro = Trzy krótkie pytania. Twoje odpowiedzi są anonimowe.
feedback-not-yet = Opinię możesz wyrazić, gdy wydarzenie się zacznie.
feedback-q-met-someone = Czy udało Ci się poznać kogoś nowego?
feedback-q-understand = Czy teraz lepiej rozumiesz innych?
feedback-q-come-again = Czy chcesz przyjść jeszcze raz?
feedback-answer-yes = Tak
feedback-answer-somewhat = Trochę
feedback-answer-no = Nie
feedback-comment = Chcesz coś jeszcze powiedzieć?
feedback-comment-hint = Nieobowiązkowe. Nie wpisuj imion ani nazwisk.
feedback-submit = Wyślij
feedback-error-answer = Wybierz odpowiedź.
feedback-error-comment = Komentarz jest za długi (najwyżej 1000 znaków).
feedback-thanks-title = Dziękujemy!
feedback-thanks-text = Dzięki Twoim odpowiedziom ulepszamy wydarzenia.

## Zarządzanie
manage-title = Zarządzaj wydarzeniami
manage-card-text = Twórz wydarzenia, przeglądaj zapisy i zapisuj obecność.
manage-new-link = Nowe wydarzenie
manage-new-title = Nowe wydarzenie
manage-edit-title = Edytuj wydarzenie
manage-col-activity = Wydarzenie
manage-col-actions = Listy
manage-col-contact = Kontakt
manage-col-needs = Potrzeby
manage-registrations-title = Zapisy
manage-export = Pobierz jako CSV
manage-public-page = Zobacz stronę publiczną
manage-attendance-heading = Obecność
manage-confirmed = { $count ->
    [one] 1 osoba z zapisem
    [few] { $count } osoby z zapisem
    [many] { $count } osób z zapisem
   *[other] { $count } osób z zapisem
}
manage-waiting = { $count ->
    [one] 1 osoba na liście oczekujących
    [few] { $count } osoby na liście oczekujących
    [many] { $count } osób na liście oczekujących
   *[other] { $count } osób na liście oczekujących
}
manage-present = { $count ->
    [one] Obecna 1 osoba z zapisem
    [few] Obecne { $count } osoby z zapisem
    [many] Obecnych { $count } osób z zapisem
   *[other] Obecnych { $count } osób z zapisem
}
manage-walk-ins = { $count ->
    [one] 1 osoba bez zapisu
    [few] { $count } osoby bez zapisu
    [many] { $count } osób bez zapisu
   *[other] { $count } osób bez zapisu
}
manage-attendance-total = { $count ->
    [one] Razem 1 osoba
    [few] Razem { $count } osoby
    [many] Razem { $count } osób
   *[other] Razem { $count } osób
}
manage-feedback-heading = Co mówią uczestnicy
manage-comments = Komentarze
manage-cancel-heading = Odwołaj wydarzenie
manage-cancel-text = Każdy, kto zapisał się z adresem e-mail, dostanie wiadomość.
manage-cancel-submit = Odwołaj wydarzenie

form-activity-title = Tytuł (po niderlandzku)
form-activity-description = Opis (po niderlandzku)
form-activity-translations-hint = Nieobowiązkowe: tytuł i opis w innych językach. Bez tłumaczenia wszyscy widzą tekst niderlandzki.
form-activity-translation = Tekst w języku: { $language }
form-activity-translation-title = Tytuł
form-activity-translation-description = Opis
form-activity-venue = Miejsce
form-activity-online-only = Bez miejsca (tylko online)
form-activity-unknown-venue = Nieznane miejsce
form-activity-online-url = Link do udziału online
form-activity-date = Data
form-activity-start = Godzina rozpoczęcia
form-activity-time-hint = Czas holenderski, na przykład 19:30.
form-activity-end = Godzina zakończenia
form-activity-repeat-weeks = Powtarzać co ile tygodni?
form-activity-repeat-hint = Zostaw puste lub wpisz 0, jeśli wydarzenie jest jednorazowe.
form-activity-repeat-count = Ile razy łącznie?
form-activity-contact = Imię i nazwisko osoby kontaktowej
form-activity-cost = Koszt w euro
form-activity-cost-hint = Puste pole oznacza, że wydarzenie jest bezpłatne. Na przykład: 3,50
form-activity-capacity = Liczba miejsc
form-activity-capacity-hint = Puste pole oznacza brak limitu.
form-none = Brak

activity-error-title = Podaj tytuł.
activity-error-title-long = Tytuł jest za długi (najwyżej 120 znaków).
activity-error-translation-title = Podaj też tytuł w tym języku.
activity-error-description-long = Opis jest za długi (najwyżej 5000 znaków).
activity-error-kind = Wybierz rodzaj wydarzenia.
activity-error-venue = Nie znamy tego miejsca. Wybierz miejsce z listy.
activity-error-place = Wybierz miejsce lub podaj link do udziału online.
activity-error-url = Podaj link zaczynający się od https://
activity-error-date = Podaj datę i godzinę rozpoczęcia.
activity-error-time = Podaj godzinę zakończenia, na przykład 21:00.
activity-error-end-before-start = Godzina zakończenia musi być po godzinie rozpoczęcia.
activity-error-past = Ta data już minęła. Wybierz datę w przyszłości.
activity-error-repeat = Można powtarzać co 1 do 8 tygodni, najwyżej 52 razy.
activity-error-cost = Podaj kwotę, na przykład 3,50.
activity-error-capacity = Podaj liczbę miejsc od 1 do 10000.
activity-error-capacity-below = Zapisało się już więcej osób. Liczba miejsc nie może być mniejsza.
activity-error-contact-long = Imię i nazwisko jest za długie (najwyżej 120 znaków).

checkin-title = Obecność
checkin-present = Obecność
checkin-mark = Zaznacz obecność: { $name }
checkin-undo = Cofnij obecność: { $name }
checkin-has-needs = czegoś potrzebuje, zobacz listę
checkin-walk-ins-heading = Bez zapisu
checkin-walk-ins = Liczba osób bez zapisu

sheet-title = Lista obecności
sheet-feedback-heading = Jak było?
sheet-feedback-text = Zeskanuj kod telefonem i odpowiedz na trzy krótkie pytania. To anonimowe.
sheet-qr-label = Kod QR do formularza opinii

figures-title = Dane liczbowe o wydarzeniach
figures-intro = Co mówią uczestnicy, według rodzaju wydarzenia i filaru. Przy mniej niż 5 odpowiedziach nie pokazujemy liczb.
figures-by-kind = Według rodzaju wydarzenia
figures-by-pillar = Według filaru
figures-question = Pytanie
figures-answers = { $count ->
    [one] 1 odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
figures-too-few = Za mało odpowiedzi, aby je pokazać.
figures-none = Nie ma jeszcze odpowiedzi.

venues-title = Miejsca
venues-new = Dodaj miejsce
venues-saved = Miejsce zostało zapisane.
venue-name = Nazwa
venue-address = Adres
venue-address-hint = Ulica i numer albo opis.
venue-error-name = Podaj nazwę (najwyżej 120 znaków).
venue-error-address = Podaj adres (najwyżej 200 znaków).
venue-error-area = Wybierz osiedle z listy.

csv-name = Imię
csv-email = E-mail
csv-phone = Telefon
csv-people = Liczba
csv-status = Status
csv-interpreter = Tłumacz
csv-sign-language = Tłumacz języka migowego
csv-wheelchair = Wózek inwalidzki
csv-childcare = Opieka nad dziećmi
csv-other-needs = Coś innego
csv-present = Obecność
csv-registered-at = Data zapisu

## E-mail
mail-activity-confirmed-subject = Zapis przyjęty: { $title }
mail-activity-confirmed-body = Twój zapis na wydarzenie { $title } został przyjęty.

    Kiedy: { $when }
    Gdzie: { $place }

    Jednak nie możesz przyjść? Wypisz się przez link poniżej, aby ktoś inny dostał Twoje miejsce.
mail-activity-confirmed-action = Zobacz lub zmień swój zapis
mail-activity-waiting-subject = Jesteś na liście oczekujących: { $title }
mail-activity-waiting-body = Brak wolnych miejsc na wydarzenie { $title }. Jesteś na liście oczekujących.

    Kiedy: { $when }
    Gdzie: { $place }

    Gdy zwolni się miejsce, od razu dostaniesz e-mail.
mail-activity-waiting-action = Zobacz swój zapis
mail-activity-promoted-subject = Jest dla Ciebie miejsce: { $title }
mail-activity-promoted-body = Dobra wiadomość! Zwolniło się miejsce. Masz teraz miejsce na wydarzeniu { $title }.

    Kiedy: { $when }
    Gdzie: { $place }

    Nie możesz przyjść? Wypisz się przez link z pierwszego e-maila.
mail-activity-promoted-action = Zobacz wydarzenie
mail-activity-cancelled-subject = Odwołane: { $title }
mail-activity-cancelled-body = Niestety wydarzenie { $title } w dniu { $when } się nie odbędzie.

    Zajrzyj do kalendarza wydarzeń, aby znaleźć inne wydarzenia.
mail-activity-cancelled-action = Zobacz wydarzenie
mail-activity-registration-cancelled-subject = Wypisano Cię: { $title }
mail-activity-registration-cancelled-body = Wypisano Cię z wydarzenia { $title } w dniu { $when }. Dziękujemy za informację.
mail-activity-registration-cancelled-action = Zobacz wydarzenie
mail-activity-reminder-subject = Przypomnienie: { $title }
mail-activity-reminder-body = Czekamy na Ciebie na wydarzeniu { $title }.

    Kiedy: { $when }
    Gdzie: { $place }

    Potem chcielibyśmy wiedzieć, jak było. To trzy krótkie pytania: { $feedback }
mail-activity-reminder-action = Zobacz wydarzenie

## Venue photos
venue-photo = Zdjęcie miejsca
venue-photo-hint = Zdjęcie JPEG lub PNG o rozmiarze najwyżej 2 MB. Usuwamy dane o aparacie i miejscu.
venue-photo-alt = Opis zdjęcia (dla osób, które go nie widzą)
venue-photo-submit = Zapisz zdjęcie
venue-photo-error-alt = Opisz zdjęcie w kilku słowach (najwyżej 200 znaków).
venue-photo-error-missing = Wybierz zdjęcie.
venue-photo-error-large = Zdjęcie jest za duże. Wybierz zdjęcie o rozmiarze najwyżej 2 MB.
venue-photo-error-pixels = Zdjęcie ma za dużo pikseli. Wybierz zdjęcie o wymiarach najwyżej 4096 na 4096 pikseli i 16 megapikseli.
venue-photo-error-type = Ten plik nie jest zdjęciem JPEG ani PNG.

# Object-level access: own organisations only
activity-error-organisation = Wybierz jedną ze swoich organizacji.
venue-error-name-taken = Inna organizacja ma już miejsce o tej nazwie. Wybierz inną nazwę.
venue-owner = Zarządza
venue-owner-programme = Program (koordynatorzy)
registration-anonymised = Zanonimizowano (okres przechowywania minął)
# Rights of the people in the data: the registrant removes their registration
registration-kept-heading = Co o Tobie przechowujemy
registration-kept-name = Imię i nazwisko
registration-kept-email = Adres e-mail
registration-kept-phone = Numer telefonu
registration-kept-needs = Czego potrzebujesz
registration-remove-text = Czy chcesz, abyśmy to usunęli? Wtedy zapis zostanie też anulowany.
registration-remove-submit = Usuń moje dane
registration-removed-title = Twoje dane zostały usunięte
registration-removed-text = Usunęliśmy imię i dane kontaktowe. Zapis został anulowany. Ten link już nie działa.
# The monitor's indicators from this module
activity-indicator-visitors = Uczestnicy wydarzeń na 1000 mieszkańców
activity-indicator-visitors-about = Potwierdzone miejsca na wydarzeniach na osiedlu na 1000 mieszkańców według roku wydarzenia.
activity-indicator-met-someone = Poznali kogoś nowego
activity-indicator-met-someone-about = Odsetek uczestników, którzy po wydarzeniu mówią, że poznali kogoś nowego.
venues-in-municipality = Miejsca w gminie
venues-show = Pokaż miejsca
venue-error-other-municipality = To miejsce nie leży w wybranej gminie. Wybierz miejsce z listy.
