nav-training = Szkolenia
training-title = Szkolenie „Praca z wrażliwością kulturową”
training-lead = Pracujesz w Liendert zawodowo albo w wolontariacie? Weź udział w szkoleniu i naucz się lepiej docierać do mieszkańców dzielnicy.
training-breadcrumb = Jesteś tutaj
training-courses = Szkolenia
training-coming-sessions = Najbliższe terminy szkoleń
training-no-sessions = Obecnie nie zaplanowano żadnych terminów szkoleń.
training-sessions = Terminy szkoleń
training-col-date = Data
training-col-course = Szkolenie
training-col-venue = Miejsce
training-col-places = Miejsca
training-col-status = Status
training-col-actions = Co możesz zrobić
training-col-trainer = Trener
training-col-enrolled = Zapisy
training-col-name = Imię i nazwisko
training-col-organisation = Organizacja
training-col-attended = Obecność
training-col-certificate = Certyfikat
training-col-role = Rola
training-col-working = Pracuje w Liendert
training-col-certified = Z ważnym certyfikatem
training-col-percent = Procent
training-col-goal = Cel
training-col-quarter = Kwartał
training-col-group = Grupa
training-col-form = Ankieta
training-col-statement = Stwierdzenie
training-col-average = Średnia (1–5)
training-col-respondents = Liczba osób, które wypełniły ankietę
training-online = Online
training-no-limit = Bez limitu
training-places-left = { $count ->
    [one] Zostało 1 miejsce
    [few] Zostały { $count } miejsca
    [many] Zostało { $count } miejsc
   *[other] Zostało { $count } miejsc
}
training-waiting-count = { $count ->
    [one] 1 osoba na liście oczekujących
    [few] { $count } osoby na liście oczekujących
    [many] { $count } osób na liście oczekujących
   *[other] { $count } osób na liście oczekujących
}
training-hours = { $count ->
    [one] 1 godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godzin
}
training-months = { $count ->
    [one] 1 miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesięcy
}
training-meetings = { $count ->
    [one] 1 spotkanie
    [few] { $count } spotkania
    [many] { $count } spotkań
   *[other] { $count } spotkań
}
training-target = Dla kogo
training-target-professional = Specjaliści
training-target-volunteer = Wolontariusze
training-target-both = Specjaliści i wolontariusze
training-duration = Czas trwania
training-validity = Ważność
training-validity-none = Ważny bezterminowo
training-completion = Ukończenie
training-completion-rule = Kończysz szkolenie, jeśli weźmiesz udział w co najmniej { $count }% spotkań.
training-prerequisite = Najpierw wymagane
training-trainer-is = Trener: { $name }
training-enrol = Zapisz się
training-enrol-waiting = Zapisz się na listę oczekujących
training-enrol-for = Kogo zapisujesz?
training-enrol-myself = Siebie
training-login-to-enrol = Zaloguj się, aby się zapisać
training-see-courses = Zobacz szkolenia.
training-mine-title = Moje szkolenia
training-my-enrolments = Moje zapisy
training-my-certificates = Moje certyfikaty
training-no-enrolments = Nie masz jeszcze żadnych zapisów.
training-no-certificates = Nie masz jeszcze certyfikatu.
training-status-confirmed = Zapis potwierdzony
training-status-waiting = Na liście oczekujących
training-status-cancelled = Zapis anulowany
training-cancel = Wypisz się ze szkolenia { $course }
training-cancel-for = Wypisz: { $name }
training-number = Numer
training-number-is = Numer { $number }
training-issued = Data wydania
training-issued-on = Data wydania: { $date }
training-valid-until = Ważny do { $date }
training-certificate-title = Certyfikat
training-certificate-states = Niniejszym potwierdzamy, że osoba
training-certificate-completed = ukończyła z wynikiem pozytywnym następujące szkolenie:
training-certificate-check = Sprawdź ten certyfikat na stronie
training-back = Wróć do moich szkoleń
training-verify-title = Sprawdź certyfikat
training-verify-text = Ktoś pokazał Ci certyfikat? Wpisz numer, a zobaczysz, czy jest ważny.
training-verify-number = Numer certyfikatu (na przykład KL-2026-ABCD-EFGH)
training-verify-submit = Sprawdź
training-verify-valid = Ten certyfikat jest ważny.
training-verify-not-valid = Ten certyfikat nie jest już ważny.
training-verify-unknown = Nie znamy tego numeru. Sprawdź, czy został dobrze przepisany.
training-verify-initials = Inicjały
training-verify-privacy = Aby chronić prywatność, pokazujemy tylko inicjały.
training-verify-again = Sprawdź inny numer
training-form-satisfaction = Jak oceniasz szkolenie?
training-form-before = Ankieta przed szkoleniem
training-form-after = Ankieta po szkoleniu
training-form-followup = Ankieta po trzech miesiącach
training-effect-anonymous = Przy każdym stwierdzeniu wybierz liczbę od 1 (zupełnie się nie zgadzam) do 5 (całkowicie się zgadzam). Twoje odpowiedzi są zapisywane bez Twojego nazwiska.
training-score = { $count ->
    [1] 1 – zupełnie się nie zgadzam
    [5] 5 – całkowicie się zgadzam
   *[other] { $count }
}
training-effect-submit = Wyślij
training-effect-thanks = Dziękujemy za wypełnienie ankiety.
training-q-useful = Szkolenie było przydatne w mojej pracy.
training-q-trainer = Osoba prowadząca szkolenie dobrze wyjaśniała.
training-q-recommend = Polecam to szkolenie koleżankom i kolegom.
training-q-own-norms = Wiem, które moje własne normy wpływają na moją pracę.
training-q-frame = Rozumiem, jak ktoś o innym pochodzeniu może patrzeć na daną sytuację.
training-q-interpreter = Wiem, kiedy skorzystać z tłumacza.
training-q-ask = Odważam się dopytać, gdy nie rozumiem czyichś zwyczajów.
training-q-applied = Wykorzystuję w pracy wiedzę ze szkolenia.
training-q-changed = Dzięki szkoleniu zmieniły się moje rozmowy z mieszkańcami.
training-q-colleagues = Dzielę się wiedzą ze szkolenia z koleżankami i kolegami.
training-q-unknown = Inne pytanie
training-manage-title = Zarządzanie szkoleniami
training-manage-card-text = Szkolenia, terminy, obecność, certyfikaty i pokrycie według organizacji.
training-course-new = Nowe szkolenie
training-session-new = Nowy termin szkolenia
training-session-new-for = Nowy termin: { $course }
training-save = Zapisz
training-choose = Wybierz…
training-none = Brak
training-show = Pokaż
training-f-title = Nazwa szkolenia
training-f-key = Stały klucz
training-f-key-hint = Małe litery, cyfry i łączniki. Zostaw puste, a utworzymy go z nazwy. Inne części serwisu używają tego klucza.
training-f-description = Opis
training-f-hours = Czas trwania w godzinach
training-f-validity = Ważność certyfikatu w miesiącach
training-f-validity-hint = Zostaw puste, jeśli certyfikat jest ważny bezterminowo.
training-f-completion = Ukończenie przy obecności (%)
training-f-completion-hint = Na przykład 100 (wszystkie spotkania) lub 80.
training-f-trainer-account = Trener z kontem
training-f-trainer-name = Imię i nazwisko trenera
training-f-trainer-name-hint = Wymagane, jeśli trener nie ma konta.
training-f-venue = Miejsce
training-f-capacity = Liczba miejsc
training-f-capacity-hint = Zostaw puste, jeśli nie ma limitu.
training-f-meeting = Spotkanie { $count }
training-f-date = Data
training-f-start = Godzina rozpoczęcia
training-f-end = Godzina zakończenia
training-f-goal-percent = Cel (%)
training-f-goal-date = Do dnia
training-f-contact-email = Adres e-mail osoby kontaktowej
training-participants = Uczestnicy
training-no-participants = Nikt się jeszcze nie zapisał.
training-completed = ukończone
training-issue = Wydaj certyfikat: { $name }
training-attendance = Obecność na spotkaniach
training-attendance-save = Zapisz obecność
training-coverage-title = Pokrycie według organizacji
training-coverage-lead = Ile osób pracujących w Liendert ma ważny certyfikat?
training-coverage-caption = Pokrycie szkoleniem { $course } według organizacji i roli
training-coverage-empty = Nie ma jeszcze organizacji ze specjalistami lub wolontariuszami.
training-csv = Pobierz jako CSV
training-role-professional = Specjaliści
training-role-volunteer = Wolontariusze
training-goal-by = do { $date }
training-chart-progress-title = Odsetek osób z ważnym certyfikatem ze szkolenia { $course } według organizacji i roli
training-chart-progress-desc = Każdy słupek to odsetek osób z ważnym certyfikatem. Czarna kreska to cel organizacji. Tabela powyżej zawiera te same dane.
training-chart-trend-title = Zmiany kwartalne: { $course }
training-chart-trend-desc = Każdy słupek to odsetek obecnych osób, które na koniec kwartału miały ważny certyfikat. Tabela poniżej zawiera te same dane.
training-trend = Zmiany kwartalne
training-trend-note = Obliczone na podstawie dat certyfikatów, dla osób, które teraz pracują w Liendert.
training-goal-title = Cel dla organizacji
training-contacts-title = Osoby kontaktowe
training-contacts-text = Osoba kontaktowa organizacji zapisuje współpracowników i dostaje wiadomość, gdy ich certyfikat wkrótce wygaśnie.
training-effect-title = Efekt szkolenia
training-effect-lead = { $count ->
    [one] Średnie według grup. Wynik pokazujemy tylko wtedy, gdy ankietę wypełniła co najmniej 1 osoba.
    [few] Średnie według grup. Wynik pokazujemy tylko wtedy, gdy ankietę wypełniły co najmniej { $count } osoby.
    [many] Średnie według grup. Wynik pokazujemy tylko wtedy, gdy ankietę wypełniło co najmniej { $count } osób.
   *[other] Średnie według grup. Wynik pokazujemy tylko wtedy, gdy ankietę wypełniło co najmniej { $count } osoby.
}
training-effect-by-course = Według szkolenia
training-effect-by-session = Według terminu
training-effect-none = Nie ma jeszcze odpowiedzi.
training-effect-hidden = Ukryte
training-effect-fewer = mniej niż { $count }
training-error-title = Wpisz nazwę (maksymalnie 150 znaków).
training-error-key = Używaj tylko małych liter, cyfr i łączników.
training-error-key-taken = Ten klucz już istnieje. Wybierz inny.
training-error-number = Wpisz liczbę całkowitą.
training-error-target = Wybierz, dla kogo jest szkolenie.
training-error-validity = Wpisz liczbę miesięcy od 1 do 120 albo zostaw puste.
training-error-prerequisite = Wybierz szkolenie z listy.
training-error-percent = Wpisz procent od 1 do 100.
training-error-course = Wybierz szkolenie.
training-error-trainer = Wybierz trenera z listy.
training-error-trainer-name = Wpisz imię i nazwisko trenera albo wybierz trenera z kontem.
training-error-venue = Wpisz miejsce albo wybierz online.
training-error-capacity = Wpisz liczbę miejsc od 1 do 1000 albo zostaw puste.
training-error-meeting = Wpisz datę i godziny, na przykład 15-12-2026 i 09:30.
training-error-ends-before-start = Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.
training-error-meeting-order = Spotkanie musi zaczynać się po poprzednim.
training-error-no-meeting = Wpisz co najmniej jedno spotkanie.
training-error-enrolled-twice = Masz już zapis na to szkolenie.
training-error-closed = Zapisy nie są już możliwe: szkolenie się rozpoczęło lub zostało odwołane.
training-error-not-your-staff = Możesz zapisywać tylko osoby z własnej organizacji.
training-error-prerequisite-missing = Na to szkolenie potrzebujesz najpierw ważnego certyfikatu z wcześniejszego szkolenia.
training-error-not-found = Taki zapis nie istnieje.
training-error-not-confirmed = Ta osoba nie ma miejsca na szkoleniu.
training-error-not-completed = Brak certyfikatu: ta osoba nie ukończyła szkolenia (za mało obecności).
training-error-already-issued = Ta osoba ma już certyfikat z tego szkolenia.
training-error-score = Wybierz liczbę od 1 do 5.
training-error-organisation = Wybierz organizację.
training-error-date = Wpisz datę.
training-error-contact = Ta osoba nie jest znana w tej organizacji.
mail-training-expiry-subject = Twój certyfikat { $course } wkrótce wygaśnie
mail-training-expiry-body = Dzień dobry, { $name },

    Twój certyfikat { $course } jest ważny do { $until }.

    Zapisz się na czas na nowe szkolenie, aby certyfikat pozostał ważny.
mail-training-expiry-action = Zobacz terminy szkoleń
mail-training-expiry-contact-subject = Certyfikat osoby { $name } wkrótce wygaśnie
mail-training-expiry-contact-body = Certyfikat { $course } osoby { $name } jest ważny do { $until }.

    Jako osoba kontaktowa możesz zapisać osobę { $name } na nowe szkolenie.
mail-training-expiry-contact-action = Zobacz terminy szkoleń
mail-training-followup-subject = Jak Ci idzie po szkoleniu { $course }?
mail-training-followup-body = Dzień dobry, { $name },

    Trzy miesiące temu odbyło się szkolenie { $course } z Twoim udziałem. Czy odpowiesz na trzy krótkie pytania? Twoje odpowiedzi są zapisywane bez Twojego nazwiska.
mail-training-followup-action = Wypełnij ankietę
mail-training-promoted-subject = Zwolniło się miejsce: { $course }
mail-training-promoted-body = Dzień dobry, { $name },

    Zwolniło się miejsce. Masz teraz zapis na szkolenie { $course }.
mail-training-promoted-action = Zobacz swój zapis
training-sessions-count = { $count ->
    [one] 1 termin szkolenia
    [few] { $count } terminy szkoleń
    [many] { $count } terminów szkoleń
   *[other] { $count } terminów szkoleń
}
training-enrolments-count = { $count ->
    [one] 1 zapis
    [few] { $count } zapisy
    [many] { $count } zapisów
   *[other] { $count } zapisów
}
training-participants-count = { $count ->
    [one] 1 osoba uczestnicząca
    [few] { $count } osoby uczestniczące
    [many] { $count } osób uczestniczących
   *[other] { $count } osób uczestniczących
}
training-results-count = { $count ->
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyników
}
training-trend-caption = Osoby z ważnym certyfikatem na koniec każdego kwartału
training-course-edit = Edytuj { $course }
training-course-edit-title = Edytuj szkolenie: { $course }
training-course-archive = Archiwizuj { $course }
training-course-unarchive = Przywróć do oferty: { $course }
training-archived = Zarchiwizowane
training-f-key-fixed = Klucz nigdy się nie zmienia. Używają go certyfikaty i linki.
training-session-edit = Edytuj termin szkolenia
training-session-edit-title = Edytuj termin szkolenia: { $course }
training-session-cancel = Odwołaj termin szkolenia
training-session-cancelled = Ten termin szkolenia został odwołany.
training-error-capacity-below-confirmed = Więcej osób ma już miejsce. Wybierz co najmniej tyle miejsc, ile osób jest zapisanych, albo zostaw puste.
mail-training-session-cancelled-subject = Odwołane: { $course } w dniu { $date }
mail-training-session-cancelled-body = Dzień dobry, { $name },

    Szkolenie { $course } w dniu { $date } się nie odbędzie, dlatego Twój zapis wygasł. Chcesz zapisać się na inny termin? Zobacz szkolenia.
mail-training-session-cancelled-action = Zobacz szkolenia
# Rights of the people in the data
training-rights-open-sessions = { $count ->
    [one] Nadal prowadzisz 1 szkolenie jako trener.
    [few] Nadal prowadzisz { $count } szkolenia jako trener.
    [many] Nadal prowadzisz { $count } szkoleń jako trener.
   *[other] Nadal prowadzisz { $count } szkolenia jako trener.
}
# The monitor's indicators from this module
training-indicator-coverage = Przeszkoleni w pracy wrażliwej kulturowo
training-indicator-coverage-about = Odsetek profesjonalistów i wolontariuszy partnerów z ważnym certyfikatem. Tylko dla całej gminy.
