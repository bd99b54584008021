## Navigation
nav-reports = Punkt zgłoszeń

## Intro
report-title = Punkt zgłoszeń dyskryminacji i wykluczenia
report-intro-lead = Czy ktoś Cię wykluczył albo potraktował inaczej? Z powodu koloru skóry, pochodzenia, religii, dochodu albo czegoś innego? Powiedz nam o tym. Liendert jest dla wszystkich.
report-intro-what = Tutaj możesz zgłosić, co się stało. Nie musisz podawać imienia ani zakładać konta. Zgłoszenie przeczyta przeszkolona osoba z naszego zespołu. Jeśli chcesz, ta osoba Ci pomoże.
report-intro-how-heading = Jak to działa
report-intro-step-1 = Opisujesz, co się stało. To zajmuje kilka minut.
report-intro-step-2 = Dostajesz 16-cyfrowy kod. Zapisz go.
report-intro-step-3 = Za pomocą kodu możesz przeczytać naszą odpowiedź, dopisać coś więcej albo wycofać zgłoszenie.
report-privacy-heading = Co dzieje się z Twoimi danymi?
report-privacy-text = Zgłoszenie czytają tylko przeszkolone osoby z punktu zgłoszeń. Twoja historia i dane kontaktowe są przechowywane w formie zaszyfrowanej. Bez Twojej zgody nikomu niczego nie przekazujemy. Dwanaście miesięcy po zakończeniu sprawy usuwamy Twoją historię i dane. Zapisujemy tylko liczby, bez nazwisk. Małych liczb nigdy nie pokazujemy.
report-start = Złóż zgłoszenie
report-follow-link = Sprawdź swoje zgłoszenie za pomocą kodu
report-figures-link = Zobacz statystyki punktu zgłoszeń
report-emergency = Grozi Ci niebezpieczeństwo? Zadzwoń pod numer 112. Chcesz złożyć zawiadomienie na policji? Zadzwoń na policję: 0900-8844.

## The form
report-form-title = Złóż zgłoszenie
report-form-lead = Wpisz to, co wiesz. Nie musisz podawać imienia.
report-choose = Wybierz…
report-q-role = Kim jesteś w tej sytuacji?
report-role-victim = To spotkało mnie
report-role-witness = To działo się na moich oczach
report-role-on-behalf = Zgłaszam w imieniu innej osoby
report-q-narrative = Co się stało?
report-q-narrative-hint = Opisz to własnymi słowami i w swoim języku. Kto co zrobił? Co zostało powiedziane?
report-q-when = Kiedy to się stało?
report-q-date = Data (jeśli ją znasz)
report-q-about = Albo mniej więcej
report-q-about-hint = Na przykład: w zeszłym tygodniu albo już od roku.
report-q-where = Gdzie to się stało?
report-q-location = Osiedle
report-q-municipality = Gmina
report-q-municipality-hint = Najpierw wybierz gminę. Potem naciśnij „Pokaż osiedla”. Zobaczysz osiedla tej gminy.
report-show-buurten = Pokaż osiedla
report-location-municipality = W innym miejscu w gminie
report-location-outside = Poza gminą
report-location-unknown = Nie wiem albo wolę nie mówić
report-location-buurt = Na osiedlu
report-q-place = Miejsce (jeśli chcesz)
report-q-place-hint = Na przykład: przystanek autobusowy, szkoła albo sklep.
report-q-terrain = W jakiej sytuacji to było?
report-terrain-neighbours = Wśród sąsiadów albo na osiedlu
report-terrain-public-space = Na ulicy albo w parku
report-terrain-education = W szkole albo w czasie nauki
report-terrain-work = W pracy albo podczas szukania pracy
report-terrain-shops-hospitality = W sklepie, kawiarni albo w firmie
report-terrain-housing = Podczas szukania albo wynajmowania mieszkania
report-terrain-authorities-police = W urzędzie gminy, na policji albo w innej instytucji
report-terrain-sports-recreation = Podczas sportu albo w czasie wolnym
report-terrain-internet-media = W internecie albo w mediach
report-terrain-other = Gdzie indziej
report-q-grounds = Jak myślisz, dlaczego to się stało?
report-q-grounds-hint = Możesz wybrać więcej niż jedną odpowiedź.
report-ground-origin = Kolor skóry albo pochodzenie
report-ground-nationality = Obywatelstwo
report-ground-religion = Religia albo światopogląd
report-ground-gender = Bycie kobietą albo mężczyzną
report-ground-sexual-orientation = W kim się zakochuję (orientacja seksualna)
report-ground-gender-identity = Tożsamość płciowa
report-ground-disability = Niepełnosprawność albo choroba przewlekła
report-ground-age = Wiek
report-ground-political = Poglądy polityczne
report-ground-marital-status = Stan cywilny (w małżeństwie albo nie)
report-ground-income = Dochody albo ubóstwo
report-ground-other = Coś innego
report-q-nature = Co głównie się stało?
report-nature-hostile-treatment = Wyzwiska, nękanie albo wykluczanie
report-nature-unequal-treatment = Traktowanie inaczej niż innych
report-nature-threat = Groźby
report-nature-violence = Przemoc
report-nature-vandalism = Zniszczenie mienia albo napisy na ścianach
report-nature-other = Coś innego
report-q-wants = Czego potrzebujesz?
report-want-register = Tylko zgłosić, żeby sprawa była znana
report-want-advice = Porada albo rozmowa
report-want-mediation = Pomoc mediatora w rozmowie
report-want-handover = Przekazanie sprawy do biura przeciwdziałania dyskryminacji
report-want-police-report = Pomoc w złożeniu zawiadomienia na policji
report-q-residence = Czy mieszkasz w tej gminie?
report-residence-municipality = Tak
report-residence-elsewhere = Nie
report-residence-unknown = Wolę nie mówić
report-q-contact = Czy możemy się z Tobą skontaktować?
report-q-contact-hint = To nie jest obowiązkowe. Bez danych kontaktowych zgłoszenie jest anonimowe. Wtedy naszą odpowiedź przeczytasz za pomocą kodu.
report-q-phone = Numer telefonu
report-q-contact-way = Jaki kontakt wolisz?
report-contact-way-none = Bez kontaktu, używam kodu
report-contact-way-email = E-mailem
report-contact-way-phone = Telefonicznie
report-q-mail-updates = Chcę dostać e-mail, gdy pojawi się odpowiedź (bez jej treści).
report-q-consent-handover = Zgadzam się na przekazanie mojego zgłoszenia do biura przeciwdziałania dyskryminacji albo mediatorowi, jeśli to pomoże.
report-q-privacy-read = Wiem, co dzieje się z moimi danymi.
report-to-check = Dalej: sprawdź
report-error-role = Wybierz, kim jesteś w tej sytuacji.
report-error-narrative-short = Opisz, co się stało (co najmniej kilka słów).
report-error-narrative-long = Opis jest za długi. Skróć go (maksymalnie 10 000 znaków).
report-error-date = Wpisz poprawną datę.
report-error-date-future = Ta data jest w przyszłości.
report-error-too-long = Ten tekst jest za długi.
report-error-location = Wybierz osiedle albo inne miejsce.
report-error-terrain = Wybierz, w jakiej sytuacji to było.
report-error-grounds = Wybierz co najmniej jeden powód.
report-error-nature = Wybierz, co głównie się stało.
report-error-wants = Wybierz, czego potrzebujesz.
report-error-residence = Wybierz, czy mieszkasz w tej gminie.
report-error-phone = Wpisz poprawny numer telefonu, na przykład 06-12345678.
report-error-email-needed = Wpisz swój adres e-mail albo wybierz inny sposób.
report-error-phone-needed = Wpisz swój numer telefonu albo wybierz inny sposób.
report-error-contact-way = Wybierz, jaki kontakt wolisz.
report-error-privacy = Zaznacz pole, aby potwierdzić, że wiesz, co dzieje się z Twoimi danymi.

## Check and send
report-check-title = Czy wszystko się zgadza?
report-check-lead = Przeczytaj zgłoszenie jeszcze raz. Czy wszystko się zgadza? Jeśli tak, wyślij zgłoszenie.
report-anonymous = Anonimowo
report-send = Wyślij zgłoszenie
report-edit = Zmień

## Receipt
report-receipt-title = Otrzymaliśmy Twoje zgłoszenie
report-receipt-lead = Dziękujemy. Przeczytamy zgłoszenie jak najszybciej, zwykle w ciągu pięciu dni roboczych.
report-receipt-code-label = Twój kod:
report-receipt-keep = Zapisz ten kod albo zrób mu zdjęcie. Kod jest widoczny tylko raz. Nie możemy wysłać go ponownie.
report-receipt-next = Za pomocą kodu możesz przeczytać naszą odpowiedź, dopisać coś więcej albo wycofać zgłoszenie.

## Follow-up
report-follow-title = Sprawdź swoje zgłoszenie
report-follow-lead = Wpisz 16-cyfrowy kod, który pojawił się po wysłaniu zgłoszenia.
report-follow-code = Kod
report-follow-code-hint = 16 cyfr. Można wpisać spacje.
report-follow-submit = Otwórz zgłoszenie
report-follow-error-code = Nie znamy tego kodu. Sprawdź, czy każda z 16 cyfr jest wpisana poprawnie.
report-follow-status = Status: { $status }
report-follow-received = Data otrzymania: { $date }
report-follow-saved = Twoja wiadomość została zapisana.
report-follow-stop = Zamknij zgłoszenie na tym urządzeniu
report-follow-stopped = Zgłoszenie zostało zamknięte na tym urządzeniu.
report-messages-heading = Wiadomości
report-messages-none = Nie ma jeszcze wiadomości.
report-message-from-handler = Od punktu zgłoszeń
report-message-from-you = Od Ciebie
report-add-heading = Dopisz coś albo odpowiedz na pytanie
report-add-label = Twoja wiadomość
report-add-submit = Wyślij wiadomość
report-message-error-empty = Najpierw napisz wiadomość.
report-withdraw-heading = Wycofaj zgłoszenie
report-withdraw-text = Chcesz wycofać zgłoszenie? Wtedy od razu usuniemy Twoją historię, Twoje dane i wiadomości. Zostanie tylko liczba zgłoszeń, bez treści.
report-withdraw-confirm = Tak, chcę wycofać moje zgłoszenie.
report-withdraw-submit = Wycofaj zgłoszenie
report-withdraw-error-confirm = Zaznacz pole, jeśli naprawdę chcesz wycofać zgłoszenie.
report-withdrawn-title = Twoje zgłoszenie zostało wycofane
report-withdrawn-message = Twoja historia i dane zostały usunięte. Zawsze możesz złożyć nowe zgłoszenie.
report-already-title = To zgłoszenie już do nas dotarło
report-already-message = Otrzymaliśmy już to zgłoszenie, więc nie dostaniesz nowego kodu. Aby śledzić zgłoszenie, użyj kodu otrzymanego za pierwszym razem. Nie masz go już? Możesz złożyć nowe zgłoszenie.

## Statuses, handling
report-status-new = Nowe
report-status-in-progress = W trakcie rozpatrywania
report-status-closed = Zakończone
report-status-referred = Przekazane dalej
report-status-withdrawn = Wycofane
report-handling-registration = Tylko rejestracja
report-handling-advice = Porada i informacja
report-handling-mediation = Mediacja
report-handling-referral = Skierowanie do innej instytucji
report-handling-legal-support = Wsparcie w dalszym postępowaniu
report-handling-policy = Wpływanie na politykę
report-handling-open = Nadal w trakcie rozpatrywania

## Case handling (staff)
report-queue-title = Zgłoszenia
report-admin-text = Przeglądaj, przydzielaj i prowadź otwarte zgłoszenia.
report-queue-status = Status
report-queue-open = Otwarte (nowe i w trakcie rozpatrywania)
report-queue-who = Osoba prowadząca
report-queue-everyone = Wszyscy
report-queue-mine = Moje zgłoszenia
report-queue-unassigned = Jeszcze nieprzydzielone
report-queue-ref = Numer sprawy
report-queue-received = Data otrzymania
report-queue-handler = Osoba prowadząca
report-queue-due = Termin
report-case-title = Zgłoszenie { $ref }
report-case-deleted = Dane osobowe z tego zgłoszenia zostały usunięte. Liczby w statystykach zostają.
report-case-mail-updates = Chce dostawać e-mail o nowościach
report-case-consent = Zgoda na przekazanie
report-case-text = Tekst
report-case-text-kind = Rodzaj tekstu
report-case-to-reporter = Wiadomość do osoby zgłaszającej (odczyta ją za pomocą kodu)
report-case-internal-note = Notatka wewnętrzna (tylko dla osób prowadzących)
report-case-save-text = Zapisz
report-case-handling-heading = Rozpatrywanie
report-case-assign-me = Ja
report-case-assign = Przydziel
report-case-handling = Sposób zakończenia
report-case-set-status = Zapisz status
report-case-set-due = Zapisz termin
report-author-reporter = Osoba zgłaszająca
report-author-handler = Osoba prowadząca do osoby zgłaszającej
report-author-note = Notatka wewnętrzna
report-error-handler = Wybierz osobę prowadzącą z listy.
report-error-status = Ten status nie jest teraz możliwy.
report-error-handling = Wybierz sposób zakończenia, zanim zamkniesz zgłoszenie.
report-handover-title = Przekazanie do biura przeciwdziałania dyskryminacji
report-handover-lead = Podsumowanie zgłoszenia. Osoba zgłaszająca zgodziła się na jego przekazanie.
report-handover-file = Plik dla biura przeciwdziałania dyskryminacji
report-handover-no-consent = Bez zgody osoby zgłaszającej nie można przekazać zgłoszenia.
report-handover-print = Wydrukuj tę stronę albo zapisz ją jako PDF.

## Figures
report-figures-title = Statystyki punktu zgłoszeń
report-figures-lead = Ile zgłoszeń wpłynęło i w jakich sprawach? Dzięki temu każdy widzi, co się dzieje, a nikogo nie da się rozpoznać.
report-figures-year = Rok
report-figures-show = Pokaż
report-figures-suppression = Nie pokazujemy liczb mniejszych niż { $threshold } (<{ $threshold }). Czasem ukrywamy też inną liczbę (×), żeby nikt nie mógł obliczyć tej małej liczby.
report-figures-age = { $minutes ->
    [one] Liczby zaktualizowano najwyżej 1 minutę temu.
    [few] Liczby zaktualizowano najwyżej { $minutes } minuty temu.
    [many] Liczby zaktualizowano najwyżej { $minutes } minut temu.
   *[other] Liczby zaktualizowano najwyżej { $minutes } minuty temu.
}
report-figures-csv = Pobierz jako CSV
report-figures-api = Otwarte dane (JSON)
report-figures-per-quarter = Zgłoszenia według kwartałów w roku { $year }
report-figures-year-total = Razem w tym roku: { $total }
report-figures-quarter = Kwartał { $quarter }
report-figures-category = Temat
report-figures-count = Liczba
report-figures-by-terrain = Gdzie to się stało
report-figures-by-nature = Co się stało
report-figures-by-handling = Sposób zakończenia
report-figures-by-location = Osiedle
report-figures-by-municipality = Gmina
report-figures-by-ground = Powód (zgłoszenie może mieć kilka powodów)
report-figures-legend = <5: mniej niż pięć zgłoszeń. ×: ukryte, aby chronić małe liczby.
report-overview-heading = Przegląd roczny dla gminy
report-overview-caption = Zgłoszenia w roku { $year } według miejsca zamieszkania osoby zgłaszającej
report-overview-residents-own = Mieszkańcy gminy o zdarzeniach w swojej gminie
report-overview-residents-elsewhere = Mieszkańcy gminy o zdarzeniach w innym miejscu
report-overview-non-residents-here = Osoby spoza gminy o zdarzeniach w tej gminie
report-overview-unknown = Nieznane
report-staff-figures-title = Statystyki dla zespołu
report-staff-figures-lead = Dokładne liczby, tylko dla zespołu. Nie udostępniaj ich poza punktem zgłoszeń.

## Mail
mail-report-news-subject = Są nowości w Twoim zgłoszeniu
mail-report-news-body = Dzień dobry,

    W punkcie zgłoszeń jest nowa wiadomość dotycząca Twojego zgłoszenia. Aby chronić Twoją prywatność, nie ma jej treści w tym e-mailu.

    Przeczytaj wiadomość za pomocą swojego 16-cyfrowego kodu.
mail-report-news-action = Otwórz zgłoszenie
mail-report-due-subject = Termin zgłoszenia { $ref }
mail-report-due-body = Dzień dobry, { $name },

    Termin zgłoszenia { $ref } wkrótce minie.
mail-report-due-action = Otwórz zgłoszenie
# Passing a report on to buurtbemiddeling (the melder asked for mediation)
report-case-mediation = Przekaż do mediacji sąsiedzkiej
report-case-mediation-consent = Zgłaszający zgodził się na przekazanie zgłoszenia do mediacji sąsiedzkiej
report-case-mediation-hint = Zgłaszający poprosił o mediację. Przekazywane są tylko dane kontaktowe, nie opis zdarzenia; na osi czasu pojawia się notatka z numerem sprawy.
# Rights of the people in the data
report-rights-open-cases = { $count ->
    [one] Nadal zajmujesz się 1 otwartym zgłoszeniem.
    [few] Nadal zajmujesz się { $count } otwartymi zgłoszeniami.
    [many] Nadal zajmujesz się { $count } otwartymi zgłoszeniami.
   *[other] Nadal zajmujesz się { $count } otwartymi zgłoszeniami.
}
# The monitor's indicators from this module
report-indicator-rate = Zgłoszenia na 1000 mieszkańców
report-indicator-rate-about = Zgłoszenia dyskryminacji na 1000 mieszkańców według roku zgłoszenia. Więcej zgłoszeń może też oznaczać, że ludzie lepiej znają punkt zgłoszeń.
