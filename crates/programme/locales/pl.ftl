## Main navigation
nav-home = Plan dzielnicy

## Home page
home-approaches-heading = Nasze główne kierunki działania
home-approaches-intro = { $count ->
    [one] Na tej stronie plan dzielnicy ma na razie jeden główny kierunek działania.
    [few] Na tej stronie plan dzielnicy ma na razie { $count } główne kierunki działania.
    [many] Na tej stronie plan dzielnicy ma na razie { $count } głównych kierunków działania.
   *[other] Na tej stronie plan dzielnicy ma na razie { $count } głównego kierunku działania.
}
home-pillar-count = { $count ->
    [one] 1 filar
    [few] { $count } filary
    [many] { $count } filarów
   *[other] { $count } filaru
}
home-coming-up-heading = Wkrótce
home-areas-heading = Osiedla
home-areas-intro = { $count ->
    [one] Plan dzielnicy obejmuje jedno osiedle.
    [few] Plan dzielnicy obejmuje { $count } osiedla.
    [many] Plan dzielnicy obejmuje { $count } osiedli.
   *[other] Plan dzielnicy obejmuje { $count } osiedla.
}
home-areas-map-title = Mapa osiedli w dzielnicy
home-areas-source = Źródło mapy
home-empty-title = Witamy
home-empty-message = Na tej stronie nie ma jeszcze planu dzielnicy. Administrator może go dodać.

## Approach page
approach-breadcrumb = Jesteś tutaj
approach-pillars-heading = Cztery filary
approach-pillars-intro = Pracujemy zgodnie z czterema filarami programów De Vreedzame Wijk i De Vreedzame School (czyli Pokojowa Dzielnica i Pokojowa Szkoła).
approach-actions-heading = Co będziemy robić?
approach-action-pillars = Filary
approach-contact-heading = Kontakt
approach-contact-person = Osoba kontaktowa: { $name }
approach-contact-none = Nie ma jeszcze osoby kontaktowej.

## Status
status-planned = Zaplanowane
status-active = W trakcie
status-paused = Wstrzymane
status-completed = Zakończone

## Validation messages (coordinator forms)
approach-error-slug = Używaj tylko małych liter (a-z), cyfr i łączników, na przykład: zdrowe-dorastanie.
approach-error-dutch-required = Wpisz przynajmniej tekst po niderlandzku.
approach-error-title-empty = Wpisz tytuł.
approach-error-title-long = Tytuł jest za długi. Użyj najwyżej 120 znaków.
approach-error-summary-long = Podsumowanie jest za długie. Użyj najwyżej 400 znaków.
approach-error-body-long = Tekst jest za długi.
approach-error-email = Wpisz poprawny adres e-mail, na przykład imie@amersfoort.nl.
approach-error-contact-long = Imię i nazwisko jest za długie.
## The four pillars of De Vreedzame Wijk (generated from seed/pillars.toml)
pillar-positive-community = Pozytywna wspólnota społeczna
pillar-positive-community-motto = Jesteśmy jedną wspólnotą, dbamy o siebie nawzajem
pillar-positive-community-explanation = Razem dbamy o to, żeby każdy czuł się mile widziany i częścią wspólnoty.
pillar-conflict-mediation = Rozwiązywanie konfliktów i mediacja
pillar-conflict-mediation-motto = Słuchamy się nawzajem, sami rozwiązujemy konflikty
pillar-conflict-mediation-explanation = Słuchamy się nawzajem i uczymy się, jak razem dobrze rozwiązać kłótnię.
pillar-tasks-responsibilities = Zadania i obowiązki
pillar-tasks-responsibilities-motto = Każdy z nas dokłada swoją cegiełkę
pillar-tasks-responsibilities-explanation = Każdy bierze udział i pomaga, żeby dzielnica była dobrym miejscem do życia.
pillar-diversity = Życie w różnorodności
pillar-diversity-motto = Wszyscy jesteśmy różni
pillar-diversity-explanation = Widzimy różnice między ludźmi jako coś normalnego i traktujemy je z szacunkiem.

## Managing approaches
approach-admin-title = Zarządzanie głównymi kierunkami działania
approach-admin-lead = Dodaj główne kierunki działania planu dzielnicy i napisz ich teksty w każdym języku.
approach-admin-new = Nowy główny kierunek działania
approach-admin-create = Utwórz kierunek działania
approach-admin-edit = Edytuj kierunek działania
approach-admin-view = Zobacz stronę
approach-admin-saved = Zmiany zostały zapisane.
approach-admin-languages = Język tekstu
approach-admin-slug = Adres (część linku)
approach-admin-slug-hint = Małe litery (a-z), cyfry i łączniki, na przykład: zdrowe-dorastanie.
approach-admin-status = Status
approach-admin-contact-name = Osoba kontaktowa
approach-admin-contact-email = Adres e-mail osoby kontaktowej
approach-admin-title-field = Tytuł
approach-admin-summary = Podsumowanie (jedno lub dwa zdania)
approach-admin-body = Tekst
approach-admin-body-hint = Pisz prostym językiem. Zostaw pustą linię między akapitami.
approach-error-status = Wybierz status.
approach-error-slug-taken = Ten adres jest już zajęty. Wybierz inny.
