nav-youth = Scena Młodzieży

## The stage

youth-title = Scena Młodzieży
youth-lead = Młodzi ludzie robią tu kampanię o Liendert. Pomaga im trener. Zobacz, co zrobili.
youth-join-start = Dołącz ze swoim zespołem
youth-stage-heading = Na scenie
youth-stage-empty = Na scenie nie ma jeszcze żadnej kampanii.
youth-story = Historia
youth-team = Zespół
youth-team-hidden = Imiona zespołu nie są tu pokazane.
youth-coached-by = Z pomocą trenera z { $organisation }.
youth-back = Wróć na scenę

## Taking part

youth-join-title = Weź udział w kampanii
youth-join-lead = Masz od 12 do 23 lat? Zrób ze swoim zespołem kampanię o Liendert. Pomoże wam trener.
youth-q-campaign = Wasza kampania
youth-q-name = Nazwa kampanii
youth-q-idea = Wasz pomysł
youth-q-idea-hint = Jaki obraz Liendert chcecie pokazać? I jak?
youth-q-audience = Dla kogo to jest?
youth-q-form = Co zrobicie?
youth-choose = Wybierz
youth-form-video = Wideo
youth-form-photos = Zdjęcia
youth-form-posters = Plakaty
youth-form-social = Media społecznościowe
youth-form-event = Wydarzenie
youth-q-team-hint = Dla każdej osoby z zespołu wpisz tylko imię i wiek. Pierwsza osoba to osoba kontaktowa.
youth-q-contact-person = Osoba kontaktowa
youth-q-member = Osoba z zespołu { $number } (nieobowiązkowe)
youth-q-first-name = Imię
youth-q-first-name-hint = Tylko twoje imię, bez nazwiska.
youth-q-age = Wiek
youth-age-band = { $band } lat
youth-q-born = Miesiąc urodzenia (tylko poniżej 16 lat)
youth-q-born-hint = Dzięki temu wiemy, kiedy skończysz 16 lat. Wtedy poprosimy o zgodę ciebie.
youth-q-contact = Kontakt
youth-q-contact-hint = Wpisz adres e-mail lub numer telefonu. Widzi go tylko koordynator.
youth-q-email = Adres e-mail
youth-q-phone = Numer telefonu
youth-privacy-text = Przechowujemy o was jak najmniej. Po kampanii to usuwamy.
youth-privacy-link = Przeczytaj oświadczenie o prywatności
youth-send = Wyślij

youth-error-name = Nadaj kampanii nazwę z co najmniej 3 znaków.
youth-error-idea = Napisz trochę więcej o waszym pomyśle.
youth-error-audience = Napisz, dla kogo jest kampania.
youth-error-form = Wybierz, co zrobicie.
youth-error-contact = Wpisz adres e-mail lub numer telefonu.
youth-error-email = Ten adres e-mail jest niepoprawny.
youth-error-phone = Ten numer telefonu jest niepoprawny.
youth-error-first-name = Wpisz tylko imię, bez spacji i cyfr.
youth-error-age = Wybierz wiek.
youth-error-born = Wpisz miesiąc urodzenia pasujący do wieku poniżej 16 lat.

youth-joined-title = Wasza kampania została wysłana
youth-joined-text = Zachowaj ten link. Otwiera on stronę waszego zespołu.
youth-joined-next = Na tej stronie jest link do zgody dla każdej osoby z zespołu. Poniżej 16 lat zgodę daje rodzic.

## The team page

youth-team-lead = To jest strona waszego zespołu. Nie udostępniajcie linku innym.
youth-team-published = Wasza kampania jest na scenie.
youth-team-ready = Wszyscy dali zgodę. Koordynator może teraz umieścić kampanię na scenie.
youth-team-waiting = Jeszcze nie wszyscy dali zgodę. Bez zgody nic nie trafia na scenę.
youth-team-consent = Zgoda
youth-team-consent-hint = Wyślij każdy link do właściwej osoby. Każdy może w każdej chwili wycofać zgodę.
youth-consent-given = zgoda wyrażona
youth-consent-needed-parent = rodzic musi jeszcze dać zgodę
youth-consent-needed-self = musi jeszcze sam dać zgodę
youth-consent-link-parent = Link dla rodzica:
youth-consent-link-self = Link dla tej osoby z zespołu:

## Consent

youth-consent-title-parent = Zgoda rodzica
youth-consent-title-self = Twoja zgoda
youth-consent-lead-parent = { $name } chce wziąć udział w kampanii na Scenie Młodzieży. { $name } ma mniej niż 16 lat. Dlatego prosimy cię o zgodę.
youth-consent-lead-self = { $name }, bierzesz udział w kampanii na Scenie Młodzieży. Daj tu swoją zgodę.
youth-consent-campaign = Kampania
youth-consent-what = Czego dotyczy zgoda?
youth-consent-text = Wybierasz trzy rzeczy osobno. Udział w zespole. Pokazanie pracy zespołu na scenie. Pokazanie zdjęć, na których można rozpoznać tę osobę. Na scenie widać tylko imię. Zgodę zawsze możesz wycofać. Wtedy od razu zdejmujemy kampanię ze sceny.
youth-consent-version = Wersja tego tekstu: { $version }
youth-consent-covers = Daję zgodę na
youth-q-take-part = udział w zespole
youth-q-publish-work = pokazanie pracy na scenie, z imieniem
youth-q-publish-photos = pokazanie zdjęć, na których można rozpoznać tę osobę
youth-q-channel = Jak dostałeś ten link?
youth-channel-email = E-mailem
youth-channel-phone = Telefonicznie lub wiadomością
youth-channel-in-person = Osobiście
youth-channel-letter = Listem
youth-q-guardian = Jestem rodzicem lub opiekunem
youth-consent-give = Daj zgodę
youth-consent-saved = Dziękujemy. Zapisaliśmy zgodę.
youth-consent-current = Na co teraz się zgadzasz
youth-yes = tak
youth-no = nie
youth-consent-withdraw = Wycofaj zgodę
youth-error-take-part = Bez zgody na udział nie można. Zaznacz ją.
youth-error-channel = Wybierz, jak dostałeś ten link.
youth-error-guardian = Zgodę może dać tylko rodzic lub opiekun.

## The timeline and the coach

youth-timeline = Oś czasu
youth-timeline-empty = Na osi czasu nie ma jeszcze nic.
youth-milestone-idea = Pomysł
youth-milestone-plan = Plan
youth-milestone-production = Produkcja
youth-milestone-launch = Start
youth-milestone-evaluation = Ocena
youth-milestone-now = teraz
youth-milestone-reach = Następny krok: { $milestone }
youth-entry-milestone = Krok osiągnięty
youth-entry-task = Zadanie
youth-entry-message = Wiadomość
youth-entry-log = Dziennik trenera
youth-entry-kind = Rodzaj
youth-by-team = zespół
youth-task-done = Gotowe
youth-task-mark-done = Gotowe
youth-thread-write = Napisz wiadomość
youth-thread-hint = Zespół i trener czytają wszystkie wiadomości. Nie ma prywatnych wiadomości.
youth-coach-thread-hint = Cały zespół czyta twoje wiadomości i zadania. Dziennik czyta tylko koordynator.
youth-thread-message = Wiadomość
youth-thread-send = Wyślij
youth-error-kind = Wybierz rodzaj.
youth-error-body = Napisz wiadomość.
youth-coach-title = Moje zespoły
youth-coach-lead = Kampanie, które prowadzisz jako trener.
youth-coach-none = Nie prowadzisz jeszcze żadnego zespołu.

## Management

youth-manage-title = Scena Młodzieży
youth-manage-card-text = Kampanie młodzieży: zgoda, trener i scena.
youth-manage-lead = Wszystkie kampanie. Kampania trafia na scenę dopiero, gdy cały zespół dał zgodę.
youth-manage-none = Nie ma jeszcze kampanii.
youth-state = Status
youth-state-draft = Nie na scenie
youth-state-published = Na scenie
youth-state-ended = Zakończona
youth-consent-complete = Komplet
youth-consent-incomplete = Jeszcze nie wszyscy dali zgodę.
youth-consent-no-publishing = nie na scenę
youth-coach = Trener
youth-coach-current = Trener: { $name }
youth-coach-choose = Wybierz trenera
youth-coach-hint = Tylko osoba z ważnym certyfikatem trenera młodzieży.
youth-coach-assign = Wybierz trenera
youth-error-coach = Wybierz trenera z listy.
youth-error-coach-untrained = Ten trener nie ma ważnego certyfikatu trenera młodzieży. Wybierz kogoś innego.
youth-publish-heading = Scena
youth-publish = Umieść na scenie
youth-unpublish = Zdejmij ze sceny
youth-error-consent-missing = Jeszcze nie wszyscy zgodzili się na pokazanie pracy.
youth-error-no-team = Ta kampania nie ma już zespołu.
youth-end-heading = Koniec kampanii
youth-end = Zamknij kampanię
youth-erase = Usuń teraz dane zespołu

## Media

youth-media = Zdjęcia, dokumenty i filmy
youth-media-kind-photo = Zdjęcie
youth-media-kind-document = Dokument (PDF)
youth-media-kind-video = Film (link)
youth-media-recognisable-note = Na tym zdjęciu można kogoś rozpoznać. Trafi na scenę tylko wtedy, gdy wszyscy się na to zgodzili.
youth-media-add = Co dodajesz?
youth-media-description = Opis
youth-media-description-hint = Co na nim jest? Dzięki temu wiedzą to też osoby, które nie widzą.
youth-media-file = Plik
youth-media-file-hint = Zdjęcie (JPEG, PNG lub WebP) albo PDF do 2 MB. Usuwamy ze zdjęć miejsce i dane aparatu.
youth-media-recognisable = Na tym zdjęciu można kogoś rozpoznać
youth-media-url = Link do filmu
youth-media-url-hint = Najpierw umieść film na YouTube, Vimeo, TikTok lub Instagramie. Wklej tu link.
youth-media-upload = Dodaj
youth-media-error-large = Plik jest za duży. Może mieć najwyżej 2 MB.
youth-media-error-pixels = Zdjęcie ma za dużo pikseli. Zmniejsz je.
youth-media-error-photo-type = To nie jest zdjęcie, którego możemy użyć. Wybierz JPEG, PNG lub WebP.
youth-media-error-document-type = To nie jest PDF. Wybierz plik PDF.
youth-media-error-document-active = Ten PDF zawiera kod, który się uruchamia. Zapisz go ponownie jako zwykły PDF.
youth-media-error-video = Wklej link zaczynający się od https:// do YouTube, Vimeo, TikTok lub Instagrama.
youth-media-error-description = Napisz, co na nim jest.
youth-media-error-kind = Wybierz, co dodajesz.
youth-media-error-file = Wybierz plik.

## Reactions, support and reach

youth-support-heading = Poparcie
youth-supports = { $count ->
    [one] 1 poparcie
    [few] { $count } poparcia
    [many] { $count } poparć
   *[other] { $count } poparć
}
youth-support = Udzielam poparcia tej kampanii
youth-reactions = Komentarze
youth-reactions-none = Nie ma jeszcze komentarzy.
youth-flag = Zgłoś moderatorowi
youth-react = Twój komentarz
youth-react-hint = Bądź miły. Twórcy to młodzi ludzie. Po trzech zgłoszeniach ukrywamy komentarz, aż moderator go sprawdzi.
youth-react-send = Skomentuj
youth-react-login = Zaloguj się, aby komentować lub udzielić poparcia kampanii
youth-error-reaction = Napisz komentarz.
youth-moderate-title = Zgłoszone komentarze na Scenie Młodzieży
youth-moderate-lead = { $count ->
    [one] Po 1 zgłoszeniu komentarz jest ukryty, aż zdecydujesz.
    [few] Po { $count } zgłoszeniach komentarz jest ukryty, aż zdecydujesz.
    [many] Po { $count } zgłoszeniach komentarz jest ukryty, aż zdecydujesz.
   *[other] Po { $count } zgłoszeniach komentarz jest ukryty, aż zdecydujesz.
}
youth-moderate-none = Nie ma zgłoszonych komentarzy.
youth-flags = { $count ->
    [one] 1 zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
}
youth-moderate-auto-hidden = teraz ukryty
youth-moderate-campaign = Zobacz kampanię
youth-moderate-keep = Zostaw
youth-moderate-reason = Powód dla autora
youth-moderate-hide = Ukryj
youth-error-reason = Napisz powód. Autor go zobaczy.
youth-reach = Zasięg
youth-reach-hint = Wizyty, poparcie i komentarze dziennie. Liczymy bez plików cookie i bez wiedzy, kto ogląda.
youth-reach-none = Nie ma jeszcze wizyt.
youth-reach-day = Dzień
youth-reach-views = Wizyty
youth-reach-supports = Poparcie
mail-youth-hidden-subject = Twój komentarz na Scenie Młodzieży został ukryty
mail-youth-hidden-body = Moderator ukrył twój komentarz.

    Powód: { $reason }

    Masz pytanie? Skontaktuj się z koordynatorem.
mail-youth-hidden-action = Zobacz kampanię

## Call to action and the team's evaluation

youth-cta = Wezwanie do działania
youth-cta-hint = Co ludzie mogą zrobić po waszej kampanii? Na przykład wziąć udział w wydarzeniu.
youth-cta-text = Tekst na przycisku
youth-cta-url = Link
youth-cta-url-hint = Strona tej witryny, np. /activiteiten, albo link zaczynający się od https://.
youth-cta-save = Zapisz wezwanie
youth-error-cta-text = Napisz tekst z co najmniej 3 znaków.
youth-error-cta-url = Użyj strony tej witryny albo linku zaczynającego się od https://.
youth-evaluation = Wasza ocena
youth-evaluation-hint = Co poszło dobrze? Co zrobilibyście inaczej? Czyta to tylko wasz zespół i koordynator.
youth-evaluation-text = Ocena
youth-evaluation-save = Zapisz ocenę
youth-evaluation-none = Zespół nie napisał jeszcze oceny.
youth-error-evaluation = Napiszcie waszą ocenę.
youth-rights-open-campaigns = { $count ->
    [one] Nadal prowadzisz 1 trwającą kampanię.
    [few] Nadal prowadzisz { $count } trwające kampanie.
    [many] Nadal prowadzisz { $count } trwających kampanii.
   *[other] Nadal prowadzisz { $count } trwającej kampanii.
}
