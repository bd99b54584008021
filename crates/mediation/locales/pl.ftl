nav-mediation = Mediacja sąsiedzka

## Public pages

mediation-title = Mediacja sąsiedzka
mediation-intro-lead = Masz spór z sąsiadami albo Ci przeszkadzają? Dwie przeszkolone osoby wolontariackie pomogą Wam razem znaleźć rozwiązanie.
mediation-intro-what = Mediacja sąsiedzka jest bezpłatna. Mediatorzy nie stają po żadnej stronie. Pomagają Wam rozmawiać i słuchać. Rozwiązanie wymyślacie sami.
mediation-intro-how-heading = Jak to działa?
mediation-intro-step-1 = Prosisz o pomoc przez formularz. Możesz też trafić do nas przez policję, spółdzielnię mieszkaniową, szkołę albo wijkteam.
mediation-intro-step-2 = W ciągu pięciu dni roboczych kontaktujemy się z Tobą w sprawie pierwszej rozmowy.
mediation-intro-step-3 = Dwie osoby mediujące rozmawiają najpierw z Tobą, a potem z Twoimi sąsiadami.
mediation-intro-step-4 = Jeśli wszyscy się zgodzą, rozmawiacie razem w spokojnym miejscu. Ustalenia zapisujemy.
mediation-privacy-heading = Co robimy z Twoimi danymi?
mediation-privacy-text = Twoje dane czytają tylko koordynator i dwie osoby mediujące. Przechowujemy je zaszyfrowane. Usuwamy je dwa lata po zakończeniu.
mediation-privacy-link = Przeczytaj oświadczenie o prywatności
mediation-start = Poproś o pomoc
mediation-figures-link = Zobacz liczby mediacji sąsiedzkiej
mediation-back = Wróć do mediacji sąsiedzkiej

mediation-form-title = Poproś o pomoc w konflikcie z sąsiadami
mediation-form-lead = Wpisz to, co wiesz. Pola bez dopisku „nieobowiązkowe” są potrzebne.
mediation-q-requester = Kto prosi o pomoc?
mediation-requester-resident = Mieszkam na osiedlu i proszę o pomoc dla siebie
mediation-requester-professional = Pracuję w organizacji i zgłaszam osobę mieszkającą na osiedlu
mediation-q-referrer = Dla pracowników organizacji
mediation-q-referrer-hint = Wypełnij to tylko wtedy, gdy zgłaszasz inną osobę. Ta osoba musi się na to zgodzić.
mediation-q-referrer-type = Rodzaj organizacji
mediation-q-referrer-org = Nazwa Twojej organizacji
mediation-q-consent = Osoba zgłaszana zgadza się na zgłoszenie
mediation-q-updates = Chcę dostać krótką wiadomość, gdy mediacja się zacznie i gdy się skończy
mediation-q-referrer-email = Twój adres e-mail do tej wiadomości
mediation-q-referrer-email-hint = W wiadomości nigdy nie ma nazwiska ani opisu tego, co się stało.
mediation-q-you = Osoba, która prosi o pomoc
mediation-q-name = Imię i nazwisko
mediation-q-street = Ulica
mediation-q-house-number = Numer domu (nieobowiązkowe)
mediation-q-phone = Numer telefonu
mediation-q-contact-hint = Wpisz numer telefonu albo adres e-mail.
mediation-q-email = Adres e-mail
mediation-q-language = Język rozmów (nieobowiązkowe)
mediation-q-language-hint = Na przykład niderlandzki, turecki albo arabski.
mediation-q-interpreter = Potrzebna jest osoba tłumacząca
mediation-q-other = Sąsiedzi, z którymi jest konflikt
mediation-q-other-hint = Nieobowiązkowe. Znasz ich nazwisko albo adres? Wtedy pomożemy szybciej.
mediation-q-other-name = Nazwisko sąsiadów
mediation-q-conflict = Konflikt
mediation-q-topic = Czego dotyczy?
mediation-q-buurt = Osiedle
mediation-buurt-unknown = Nie wiem
mediation-q-description = Co się dzieje?
mediation-q-description-hint = Napisz krótko, co się dzieje i od jak dawna.
mediation-q-urgency = Jak szybko potrzebna jest pomoc?
mediation-urgency-normal = Zwyczajnie
mediation-urgency-urgent = Szybko, jest coraz gorzej
mediation-choose = Wybierz
mediation-send = Wyślij

mediation-thanks-title = Otrzymaliśmy Twoją prośbę
mediation-thanks-text = Dziękujemy. Skontaktujemy się z Tobą najpóźniej { $date }.

mediation-topic-noise = Hałas
mediation-topic-garden = Dom lub ogród
mediation-topic-children = Dzieci
mediation-topic-pets = Zwierzęta domowe
mediation-topic-parking = Parkowanie
mediation-topic-intimidation = Grożenie lub nękanie
mediation-topic-pollution = Śmieci lub zapach
mediation-topic-treatment = Złe traktowanie lub dyskryminacja
mediation-topic-other = Coś innego

mediation-referrer-self = Sama osoba mieszkająca na osiedlu
mediation-referrer-police = Policja
mediation-referrer-housing = Spółdzielnia mieszkaniowa
mediation-referrer-municipality = Gmina
mediation-referrer-school = Szkoła
mediation-referrer-meldpunt = Punkt zgłoszeń
mediation-referrer-wijkteam = Wijkteam

## Errors

mediation-error-requester = Wybierz, kto prosi o pomoc.
mediation-error-referrer-type = Wybierz rodzaj organizacji.
mediation-error-referrer-org = Wpisz nazwę swojej organizacji.
mediation-error-consent = Możesz zgłosić osobę tylko za jej zgodą. Zaznacz pole, jeśli się zgadza.
mediation-error-email = Wpisz poprawny adres e-mail, na przykład imie@przyklad.nl.
mediation-error-name = Wpisz imię i nazwisko.
mediation-error-street = Wpisz ulicę.
mediation-error-contact = Wpisz numer telefonu albo adres e-mail.
mediation-error-topic = Wybierz, czego dotyczy.
mediation-error-buurt = Wybierz osiedle z listy.
mediation-error-description = Napisz w kilku słowach, co się dzieje.
mediation-error-urgency = Wybierz, jak szybko potrzebna jest pomoc.
mediation-error-step-order = Ten krok nie jest jeszcze możliwy. Najpierw wykonaj poprzedni krok.
mediation-error-decide-first = Najpierw wybierz, czy mediacja jest odpowiednia.
mediation-error-date = Wpisz datę.
mediation-error-date-future = Ta data jest w przyszłości.
mediation-error-date-order = Ta data jest wcześniejsza niż poprzedni krok.
mediation-error-suitable = Wybierz, czy mediacja jest odpowiednia.
mediation-error-reason = Wybierz powód.
mediation-error-referral = Wpisz, dokąd kierujesz mieszkańców.
mediation-error-mediator = Wybierz osobę mediującą z listy.
mediation-error-untrained = Ta osoba mediująca nie ma ważnego certyfikatu szkolenia.
mediation-error-same-street = Ta osoba mediująca mieszka na tej samej ulicy co jedna ze stron.
mediation-error-same-mediator = Wybierz dwie różne osoby mediujące.
mediation-error-agrees = Wybierz, czy sąsiedzi biorą udział.
mediation-error-venue = Wybierz miejsce z listy.
mediation-error-agreements = Zapisz ustalenia.
mediation-error-aftercare-early = Kontakt kontrolny odbywa się co najmniej dwa tygodnie po ustaleniach.
mediation-error-outcome = Wybierz wynik.
mediation-error-outcome-too-early = Ten wynik jest możliwy dopiero po rozmowie z pierwszą stroną.
mediation-error-outcome-refused = Sąsiedzi nie wzięli udziału. Wybierz inny wynik.
mediation-error-stale = Ktoś inny właśnie zmienił tę sprawę. Zobacz, co jest teraz zapisane, i wykonaj swój krok jeszcze raz.
mediation-error-contact-kind = Wybierz rodzaj kontaktu.
mediation-error-case-closed = Ta sprawa jest zakończona. Nie można już dodawać kontaktów.

## Figures

mediation-figures-title = Liczby mediacji sąsiedzkiej
mediation-figures-lead = Ile było mediacji, czego dotyczyły i jak się skończyły. Nie pokazujemy liczb mniejszych niż { $threshold }.
mediation-figures-none = Nie ma jeszcze liczb.
mediation-figures-total = Prośby
mediation-figures-solved = Rozwiązane (w całości lub częściowo)
mediation-figures-days-intake = Dni do pierwszej rozmowy (mediana)
mediation-figures-days-close = Dni do zakończenia (mediana)
mediation-figures-too-few = za mało, aby pokazać
mediation-figures-cases = Liczba
mediation-figures-note = Liczba mniejsza niż { $threshold } jest pokazana jako „<{ $threshold }”. Znakiem „×” ukrywamy liczbę, z której dałoby się obliczyć małą liczbę.
mediation-dimension-topic = Temat
mediation-dimension-referrer = Kto zgłosił
mediation-dimension-outcome = Wynik

## Case flow

mediation-case-title = Sprawa { $number }
mediation-number = Sprawa
mediation-stage-received = Zgłoszona
mediation-stage-intake = Pierwsza rozmowa odbyta
mediation-stage-suitable = Odpowiednia do mediacji
mediation-stage-assigned = Osoby mediujące wybrane
mediation-stage-party1 = Rozmowa z pierwszą stroną
mediation-stage-party2 = Druga strona zapytana
mediation-stage-joint = Wspólna rozmowa odbyta
mediation-stage-agreements = Ustalenia zapisane
mediation-stage-aftercare = Kontakt kontrolny odbyty
mediation-stage-closed = Zamknięta
mediation-step-received = Zgłoszenie
mediation-step-intake = Pierwsza rozmowa (intake)
mediation-step-decide = Czy mediacja jest odpowiednia?
mediation-step-assign = Wybór dwóch osób mediujących
mediation-step-party1 = Rozmowa z pierwszą stroną
mediation-step-party2 = Zapytanie drugiej strony
mediation-step-joint = Wspólna rozmowa
mediation-step-agreements = Ustalenia
mediation-step-aftercare = Kontakt kontrolny
mediation-step-close = Zamknięcie
mediation-outcome = Wynik
mediation-outcome-solved = Rozwiązana
mediation-outcome-partly-solved = Częściowo rozwiązana
mediation-outcome-not-solved = Nierozwiązana
mediation-outcome-referred = Przekierowana
mediation-outcome-stopped = Przerwana
mediation-outcome-open = W toku
mediation-reason = Powód
mediation-reason-other-party-refused = Druga strona nie chciała
mediation-reason-no-reaction = Druga strona nie odpowiedziała
mediation-reason-no-motivation = Brak chęci
mediation-reason-psychosocial = Potrzebna inna pomoc, na przykład przy uzależnieniu
mediation-reason-escalated = Konflikt zaszedł za daleko
mediation-reason-not-suitable-business = Nieodpowiednia: firma
mediation-reason-not-suitable-violence = Nieodpowiednia: przemoc
mediation-reason-not-suitable-family = Nieodpowiednia: rodzina
mediation-reason-not-suitable-legal = Nieodpowiednia: sprawa jest już w sądzie
mediation-reason-moved = Ktoś się przeprowadził
mediation-reason-resolved-itself = Rozwiązała się sama
mediation-reason-other = Coś innego
mediation-decide-question = Czy mediacja jest odpowiednia w tym konflikcie?
mediation-decide-suitable = Tak, mediacja jest odpowiednia
mediation-decide-not-suitable = Nie, mediacja nie jest odpowiednia
mediation-referral = Dokąd kierujesz?
mediation-mediator-1 = Pierwsza osoba mediująca
mediation-mediator-2 = Druga osoba mediująca
mediation-party2-question = Czy druga strona bierze udział?
mediation-party2-agrees = Tak, bierze udział
mediation-party2-refuses = Nie, nie chce
mediation-venue = Spokojne miejsce na rozmowę
mediation-agreements-text = Ustalenia
mediation-agreements-hint = Obie strony dostają ten tekst.
mediation-date = Data
mediation-save-step = Zapisz krok
mediation-close-case = Zamknij sprawę
mediation-next = Następny krok
mediation-file-heading = Akta sprawy
mediation-file-stage = Status
mediation-file-intake-due = Pierwsza rozmowa najpóźniej
mediation-file-mediators = Osoby mediujące
mediation-file-address = Adres
mediation-file-interpreter = potrzebna osoba tłumacząca
mediation-file-deleted = Dane osobowe zostały usunięte po okresie przechowywania.
mediation-timeline-heading = Przebieg
mediation-contacts-heading = Kontakty
mediation-contacts-none = Nie ma jeszcze kontaktów.
mediation-contact-add = Zapisz kontakt
mediation-contact-kind = Rodzaj kontaktu
mediation-contact-note = Notatka (nieobowiązkowe)
mediation-contact-save = Zapisz kontakt
mediation-contact-phone = Telefon
mediation-contact-visit = Wizyta w domu
mediation-contact-talk = Rozmowa
mediation-contact-mail = E-mail lub wiadomość

## The mediators' own view

mediation-mine-title = Moje mediacje
mediation-mine-lead = Sprawy, w których prowadzisz mediację, z następnym krokiem.
mediation-mine-none = Nie masz jeszcze spraw.

## The coordinator's pages

mediation-manage-title = Sprawy mediacyjne
mediation-manage-card-text = Zgłoszenia, pierwsza rozmowa, wybór osób mediujących i kroki każdej sprawy.
mediation-manage-open = Sprawy w toku
mediation-manage-closed = Niedawno zamknięte
mediation-manage-none = Brak spraw.
mediation-manage-received = Data zgłoszenia
mediation-manage-overdue = Po terminie
mediation-manage-workload = Osoby mediujące i ich praca
mediation-manage-mediator = Osoba mediująca
mediation-manage-certificate = Certyfikat
mediation-manage-certified = przeszkolona
mediation-manage-not-certified = nieprzeszkolona
mediation-manage-year = Sprawy w ciągu 12 miesięcy
mediation-manage-silent = Sprawy bez kontaktu (14 dni)
mediation-manage-busy = dużo
mediation-manage-no-mediators = Nie ma jeszcze osób mediujących.
mediation-manage-workload-note = Osoba mediująca prowadzi zwykle od 6 do 8 spraw rocznie.
mediation-manage-open-cases = { $count ->
    [one] { $count } sprawa w toku
    [few] { $count } sprawy w toku
    [many] { $count } spraw w toku
   *[other] { $count } sprawy w toku
}
mediation-manage-mediators-title = Osoby mediujące
mediation-manage-street-heading = Nie na tej samej ulicy
mediation-manage-street-text = Nie można wybrać osoby mediującej, która mieszka na tej samej ulicy co jedna ze stron. Nie przechowujemy ulicy w czytelnej formie, tylko kod.
mediation-manage-same-street = Sprawdzaj, czy osoba mediująca mieszka na tej samej ulicy
mediation-manage-street-of = Ulica: { $name }
mediation-manage-street-known = znana
mediation-manage-save = Zapisz
mediation-manage-saved = Zapisano.
mediation-manage-figures-title = Liczby mediacji (dokładne)
mediation-manage-figures-lead = Wszystkie liczby, także małe. Nie do publikacji.
mediation-manage-on-time = Pierwsza rozmowa w ciągu 5 dni roboczych

mediation-csv-link = Pobierz podsumowanie roku { $year } (CSV)
mediation-csv-part = Część
mediation-csv-item = Co
mediation-csv-overall = Razem
mediation-csv-closed = Zamknięte

mediation-school-title = Uczniowie mediatorzy w szkole
mediation-school-card-text = Wpisz co miesiąc, ilu uczniów przeszkolono i ile było mediacji.
mediation-school-lead = Tylko liczby. Nigdy nie wpisuj imienia dziecka ani tego, co się stało.
mediation-school-no-school = Nie należysz do żadnej szkoły. Poproś koordynatora o powiązanie Twojej roli ze szkołą.
mediation-school-school = Szkoła
mediation-school-month = Miesiąc
mediation-school-year = Rok szkolny
mediation-school-trained = Uczniowie przeszkoleni na mediatorów
mediation-school-mediations = Mediacje prowadzone przez uczniów
mediation-school-mediations-hint = Tylko liczba.
mediation-school-wijkmediators = Certyfikaty mediatora dzielnicowego
mediation-school-years-heading = Pokojowa Szkoła: uczniowie mediatorzy w każdej szkole
mediation-school-none = Nie ma jeszcze liczb ze szkół.
mediation-error-school = Wybierz swoją szkołę.
mediation-error-month = Wybierz miesiąc, który już się zaczął.
mediation-error-count = Wpisz liczbę od 0 do 999.

## Mail

mail-mediation-aftercare-subject = Kontakt kontrolny w sprawie { $case }
mail-mediation-aftercare-body = Dzień dobry, { $name },

    Sześć tygodni temu w sprawie { $case } zapisano ustalenia. Czas na kontakt kontrolny: zapytaj, jak jest teraz.
mail-mediation-aftercare-action = Otwórz sprawę
mail-mediation-started-subject = Mediacja sąsiedzka się zaczęła
mail-mediation-started-body = Dzień dobry,

    Mediacja dla osób, które zgłoszono (sprawa { $case }), się zaczęła. Wybrano dwie osoby mediujące.
mail-mediation-finished-subject = Mediacja sąsiedzka się zakończyła
mail-mediation-finished-body = Dzień dobry,

    Mediacja dla osób, które zgłoszono (sprawa { $case }), się zakończyła. Wynik: { $outcome }.
# From the meldpunt: a report becomes a request
mediation-case-from-report = Ze zgłoszenia w punkcie zgłoszeń
mediation-from-report-note = Przekazano do mediacji sąsiedzkiej (sprawa { $case }).
mediation-error-report-not-asked = Zgłaszający nie prosił o mediację: tego zgłoszenia nie można przekazać.
mediation-error-report-converted = To zgłoszenie zostało już przekazane do mediacji sąsiedzkiej.
mediation-error-report-contact = To zgłoszenie nie ma danych kontaktowych: mediatorzy nie mogą skontaktować się ze zgłaszającym.
mediation-error-report-consent = Zaznacz, że zgłaszający zgodził się na przekazanie zgłoszenia.
mediation-school-council = Spotkania rady dzieci
mediation-school-council-hint = Ile razy rada dzieci szkoły spotkała się w tym miesiącu.
mediation-council-proposals-heading = Propozycje rad dzieci
mediation-council-proposals-lead = Rady dzieci zgłaszają swoje pomysły do umów sąsiedzkich. W propozycji wpisz: w imieniu Kinderraad i nazwę szkoły.
mediation-council-proposals-none = Nie ma jeszcze propozycji od rady dzieci.
# Rights of the people in the data
mediation-rights-open-cases = { $count ->
    [one] Nadal prowadzisz mediację w 1 otwartej sprawie.
    [few] Nadal prowadzisz mediację w { $count } otwartych sprawach.
    [many] Nadal prowadzisz mediację w { $count } otwartych sprawach.
   *[other] Nadal prowadzisz mediację w { $count } otwartych sprawach.
}
# Rights of the people in the data: the link to the request of a resident
mediation-party-title = Twoja prośba o mediację sąsiedzką
mediation-party-intro = Oto, co nam przekazano. Czytać to mogą tylko koordynator i mediatorzy.
mediation-party-name = Imię i nazwisko
mediation-party-address = Adres
mediation-party-phone = Numer telefonu
mediation-party-email = Adres e-mail
mediation-party-other = Pozostali sąsiedzi
mediation-party-description = Co się dzieje
mediation-party-withdraw-heading = Wycofaj prośbę i usuń dane
mediation-party-withdraw-text = Mediacja nie jest już potrzebna? Wtedy usuniemy wszystko, co nam przekazano. Nie można tego cofnąć.
mediation-party-withdraw-submit = Wycofaj moją prośbę
mediation-party-removed-title = Prośba została wycofana
mediation-party-removed-text = Usunęliśmy Twoje dane. Link w wiadomości e-mail już nie działa.
mail-mediation-party-subject = Otrzymaliśmy prośbę o mediację sąsiedzką
mail-mediation-party-body = Dzień dobry,

    Dziękujemy za prośbę o mediację sąsiedzką. Skontaktujemy się w ciągu pięciu dni roboczych. Link pokazuje, co nam przekazano. Tam można też wycofać prośbę. Link działa przez trzy miesiące.
mail-mediation-party-action = Zobacz prośbę
# The monitor's indicators from this module
mediation-indicator-success = Udana mediacja
mediation-indicator-success-about = Odsetek zakończonych mediacji rozwiązanych całkowicie lub częściowo. Tylko sprawy, w których odbyły się rozmowy.
