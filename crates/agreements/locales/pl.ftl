# Ustalenia sąsiedzkie "Tak chcemy żyć razem"
agr-nav = Ustalenia sąsiedzkie
agr-breadcrumb = Jesteś tutaj
agr-charter-title = Tak chcemy żyć razem
agr-charter-lead = To ustalenia, które wspólnie przyjęto w Liendert. Pomysły pochodzą od mieszkańców, dzieci, nauczycieli i specjalistów.
agr-charter-empty = Nie przyjęto jeszcze żadnych ustaleń.
agr-pillar-empty = Przy tym filarze nie ma jeszcze ustaleń.
agr-adopted-on = Przyjęto
agr-what-changed = Co się zmieniło?
agr-proposals-link = { $count ->
    [one] 1 otwarta propozycja
    [few] { $count } otwarte propozycje
    [many] { $count } otwartych propozycji
   *[other] { $count } otwartych propozycji
}
agr-poster-a4 = Wydrukuj plakat (A4)
agr-poster-a3 = Wydrukuj plakat (A3)
agr-partners-heading = Kto podpisał?
agr-partners-intro = Te organizacje popierają ustalenia. Każda organizacja sama obiecuje coś konkretnego.
agr-partners-empty = Żadna organizacja jeszcze nie podpisała.
agr-signed-version = { $number ->
   *[other] Podpisano przy wersji { $number }
}
agr-commitment-reviewed = Sprawdzono
agr-commitment-not-reviewed = Jeszcze nie sprawdzono
agr-versions-title = Wszystkie wersje
agr-versions-lead = Każde nowe ustalenie tworzy nową wersję. Stare wersje pozostają tu widoczne.
agr-version-title = { $number ->
   *[other] Wersja { $number }
}
agr-version-current = to jest obowiązująca wersja
agr-agreement-count = { $count ->
    [one] 1 ustalenie
    [few] { $count } ustalenia
    [many] { $count } ustaleń
   *[other] { $count } ustalenia
}
agr-changes-heading = Zmiany w porównaniu z poprzednią wersją
agr-changes-none = Brak zmian w tekście.
agr-change-added = Nowe
agr-change-removed = Usunięte
agr-change-changed = Zmienione
agr-poster-lead = Ustalenia mieszkańców, dzieci, szkół i organizacji w Liendert.
agr-poster-qr-label = Kod QR prowadzący do ustaleń w internecie
agr-poster-scan = Zeskanuj kod i przeczytaj ustalenia w pięciu językach. Zgłoś nową propozycję.
agr-poster-signed-by = Podpisane przez:
agr-poster-back = Wróć do ustaleń
agr-poster-print-hint = Wydrukuj tę stronę w formacie A4 lub A3.
agr-proposals-title = Propozycje
agr-proposals-lead = { $count ->
    [one] Każda zalogowana osoba może zaproponować ustalenie, skomentować je i poprzeć. Przy 1 poparciu decyduje grupa sterująca.
    [few] Każda zalogowana osoba może zaproponować ustalenie, skomentować je i poprzeć. Przy { $count } poparciach decyduje grupa sterująca.
    [many] Każda zalogowana osoba może zaproponować ustalenie, skomentować je i poprzeć. Przy { $count } poparciach decyduje grupa sterująca.
   *[other] Każda zalogowana osoba może zaproponować ustalenie, skomentować je i poprzeć. Przy { $count } poparciach decyduje grupa sterująca.
}
agr-proposals-open = Otwarte propozycje
agr-proposals-decided = Rozstrzygnięte propozycje
agr-proposals-none = Nie ma tu propozycji.
agr-supports-count = { $count ->
    [one] 1 poparcie
    [few] { $count } poparcia
    [many] { $count } poparć
   *[other] { $count } poparć
}
agr-supports-verified = { $count ->
    [one] 1 z Liendert
    [few] { $count } z Liendert
    [many] { $count } z Liendert
   *[other] { $count } z Liendert
}
agr-comments-count = { $count ->
    [one] 1 komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarzy
}
agr-status-discussion = W dyskusji
agr-status-for-decision = Gotowe do decyzji
agr-status-adopted = Przyjęte
agr-status-merged = Połączone
agr-status-declined = Nieprzyjęte
agr-new-title = Zaproponuj ustalenie
agr-new-lead = Napisz krótko i prostymi słowami, na co się umawiamy. Na przykład: "Pozdrawiamy się na ulicy".
agr-field-title = Ustalenie w jednym zdaniu
agr-field-title-hint = Od 5 do 140 znaków. Pisz w formie "my", na przykład "Pomagamy …".
agr-field-explanation = Dlaczego to ustalenie jest ważne?
agr-field-explanation-hint = Nieobowiązkowe. Pisz krótkimi zdaniami.
agr-advice-words = Słowa
agr-advice-long = Długie zdania (ponad 20 słów)
agr-field-pillar = Filar
agr-field-area = Osiedle
agr-field-area-none = Całe Liendert
agr-field-on-behalf = W imieniu grupy
agr-field-on-behalf-hint = Nieobowiązkowe. Na przykład: Rada Dzieci Liendert.
agr-new-submit = Opublikuj propozycję
agr-proposed-by = Propozycja od: { $name }
agr-on-behalf = w imieniu: { $name }
agr-decision-heading = Decyzja grupy sterującej
agr-see-charter = Zobacz ustalenia
agr-support-heading = Poparcie
agr-threshold-info = { $count ->
    [one] Przy 1 poparciu grupa sterująca decyduje o tej propozycji.
    [few] Przy { $count } poparciach grupa sterująca decyduje o tej propozycji.
    [many] Przy { $count } poparciach grupa sterująca decyduje o tej propozycji.
   *[other] Przy { $count } poparciach grupa sterująca decyduje o tej propozycji.
}
agr-you-support = Popierasz tę propozycję.
agr-support-button = Popieram tę propozycję
agr-login-to-take-part = Zaloguj się, aby poprzeć i komentować
agr-follow-heading = Obserwuj
agr-follow-legend = Czy chcesz dostać e-mail, gdy ta propozycja się zmieni lub dostanie komentarz?
agr-follow-instant = Tak, od razu
agr-follow-daily = Tak, raz dziennie
agr-follow-stop = Nie
agr-follow-save = Zapisz
agr-comment-heading = Skomentuj
agr-reply-to = Odpowiedz: { $name }
agr-field-comment = Twój komentarz
agr-comment-submit = Opublikuj komentarz
agr-comment-edited = edytowano
agr-comment-hidden = Ukryte przez moderację: { $reason }
agr-reply = Odpowiedz
agr-edit = Edytuj
agr-flag = Zgłoś do moderacji
agr-moderate = Moderuj
agr-edit-title = Edytuj komentarz
agr-edit-lead = Możesz zmienić komentarz do 15 minut po jego opublikowaniu.
agr-edit-submit = Zapisz
agr-back-to-proposal = Wróć do propozycji
agr-sign-title = Podpisz
agr-sign-lead = Twoja organizacja podpisuje ustalenia i obiecuje coś konkretnego. Na przykład: "Nasi nauczyciele przejdą szkolenie przed latem".
agr-sign-for = Podpisujesz w imieniu: { $name }.
agr-sign-already = Twoja organizacja już podpisała. Możesz dodać nową obietnicę.
agr-sign-own = Obietnice Twojej organizacji
agr-field-commitment = Co obiecuje Twoja organizacja?
agr-field-commitment-hint = Od 5 do 500 znaków. Konkretnie: kto, co i kiedy zrobi?
agr-sign-submit = Podpisz
agr-sign-add = Dodaj obietnicę
agr-ok-proposed = Twoja propozycja jest już na stronie. Dostaniesz e-mail, gdy coś się zmieni.
agr-ok-supported = Dziękujemy za poparcie.
agr-ok-already-supported = Ta propozycja ma już Twoje poparcie. Twoje poparcie liczy się tylko raz.
agr-ok-closed = O tej propozycji już zdecydowano.
agr-ok-commented = Twój komentarz został opublikowany.
agr-ok-edited = Twój komentarz został zmieniony.
agr-ok-flagged = Dziękujemy. Moderacja przyjrzy się temu komentarzowi.
agr-ok-already-flagged = Ten komentarz został już przez Ciebie zgłoszony.
agr-ok-following = Obserwujesz tę propozycję.
agr-ok-unfollowed = Nie obserwujesz już tej propozycji.
agr-ok-signed = Dziękujemy. Twoja organizacja jest teraz wśród sygnatariuszy.
agr-error-required = Wypełnij to pole.
agr-error-too-short = Ten tekst jest za krótki.
agr-error-too-long = Ten tekst jest za długi.
agr-error-pillar = Wybierz filar.
agr-error-area = Wybierz osiedle z listy.
agr-error-closed = O tej propozycji już zdecydowano. Nie można już komentować.
agr-error-edit-window = Nie możesz już zmienić tego komentarza. Można to zrobić tylko do 15 minut po opublikowaniu.
agr-error-too-many-proposals = Z Twojego konta dodano dziś już wiele propozycji. Spróbuj ponownie później, na przykład jutro. Twój tekst nadal jest poniżej.
agr-error-too-many-comments = Z Twojego konta w krótkim czasie dodano wiele komentarzy. Spróbuj ponownie za godzinę. Twój tekst nadal jest poniżej.
agr-error-too-many-flags = Z Twojego konta w krótkim czasie zgłoszono wiele komentarzy. Spróbuj ponownie za godzinę.
agr-comments-page = Komentarze, strona { $number }
agr-error-no-organisation = Nie należysz (jeszcze) do żadnej organizacji. Poproś koordynatora o przypisanie Cię do Twojej organizacji.
agr-error-no-charter = Nie ma jeszcze ustaleń do podpisania.
agr-error-outcome = Wybierz decyzję.
agr-error-decided = O tej propozycji już zdecydowano.
agr-error-merge-into = Wybierz ustalenie, z którym chcesz połączyć propozycję.
agr-error-threshold = Wpisz liczbę całkowitą równą 1 lub większą.
agr-error-review-outcome = Wybierz, czy to ustalenie nadal obowiązuje.
agr-error-retired = To ustalenie już nie obowiązuje.
agr-manage-title = Zarządzaj ustaleniami sąsiedzkimi
agr-manage-card-text = Decyzje o propozycjach, moderowanie komentarzy, ocena ustaleń.
agr-manage-lead = Grupa sterująca decyduje o propozycjach, moderuje komentarze i dba o to, by ustalenia były przestrzegane.
agr-manage-open = Propozycje do decyzji
agr-manage-flagged = Zgłoszone komentarze
agr-manage-flagged-none = Nie ma zgłoszonych komentarzy.
agr-manage-threshold = Próg poparcia
agr-manage-due = Ustalenia do oceny
agr-manage-due-none = Teraz żadne ustalenie nie wymaga oceny.
agr-manage-agreements = Wszystkie ustalenia
agr-manage-commitments = Obietnice partnerów
agr-col-status = Status
agr-col-action = Działanie
agr-col-agreement = Ustalenie
agr-flags-count = { $count ->
    [one] zgłoszono 1 raz
    [few] zgłoszono { $count } razy
    [many] zgłoszono { $count } razy
   *[other] zgłoszono { $count } razy
}
agr-field-hide-reason = Powód ukrycia (widzi go autor i wszyscy)
agr-hide-submit = Ukryj komentarz
agr-field-threshold = Liczba poparć
agr-field-threshold-hint = Przy tej liczbie propozycja trafia do grupy sterującej.
agr-save = Zapisz
agr-review-due = Termin oceny
agr-last-review = Ostatnia ocena
agr-field-review-note = Krótka notatka
agr-field-review-note-hint = Na przykład: omówiono na wieczorze sąsiedzkim w marcu.
agr-commitment-review-submit = Oznacz obietnicę jako sprawdzoną
agr-decide-title = Zdecyduj
agr-field-outcome = Decyzja
agr-outcome-adopt = Przyjmij jako nowe ustalenie
agr-outcome-merge = Połącz z istniejącym ustaleniem
agr-outcome-decline = Nie przyjmuj
agr-field-reason = Powód (publiczny)
agr-field-reason-hint = Wszyscy widzą ten powód przy propozycji.
agr-field-merge-into = Połącz z
agr-field-texts = Tekst ustalenia
agr-field-texts-hint = Przy przyjęciu niderlandzki jest obowiązkowy. Inne języki mogą zostać puste; wtedy pokazujemy tekst niderlandzki.
agr-lang-nl = Niderlandzki
agr-lang-en = Angielski
agr-lang-tr = Turecki
agr-lang-ar = Arabski
agr-lang-pl = Polski
agr-decide-submit = Zapisz decyzję
agr-agreement-title = Ustalenie
agr-retired = nieobowiązujące
agr-review-heading = Ocena
agr-review-question = Czy to ustalenie nadal obowiązuje w dzielnicy?
agr-review-lives = Tak, ustalenie zostaje
agr-review-retire = Nie, ustalenie wygasa
agr-review-submit = Zapisz ocenę
agr-field-summary = Co się zmieniło?
agr-field-summary-hint = Pojawi się przy nowej wersji.
agr-texts-submit = Zapisz jako nową wersję
agr-ok-manage-threshold = Próg został zapisany.
agr-ok-manage-decided = Decyzja została zapisana. Obserwujący dostaną wiadomość.
agr-ok-manage-hidden = Komentarz został ukryty. Autor dostanie e-mail z powodem.
agr-ok-manage-reviewed = Ocena została zapisana. Ponownie sprawdzimy za rok.
agr-ok-manage-retired = Ustalenie wygasło. Utworzono nową wersję.
agr-ok-manage-commitment-reviewed = Obietnica została sprawdzona.
agr-ok-manage-texts = Tekst zapisano jako nową wersję.
agr-event-status = Status to teraz: { $status }
agr-event-reply = Jest nowy komentarz.
mail-agr-event-subject = Wiadomość o "{ $title }"
mail-agr-event-body = Coś się zmieniło w obserwowanej przez Ciebie propozycji "{ $title }".

    { $what }
mail-agr-event-action = Zobacz propozycję
mail-agr-digest-subject = { $count ->
    [one] Ustalenia sąsiedzkie: 1 nowa wiadomość z dzisiaj
    [few] Ustalenia sąsiedzkie: { $count } nowe wiadomości z dzisiaj
    [many] Ustalenia sąsiedzkie: { $count } nowych wiadomości z dzisiaj
   *[other] Ustalenia sąsiedzkie: { $count } nowej wiadomości z dzisiaj
}
mail-agr-digest-body = Oto co wydarzyło się dziś w obserwowanych przez Ciebie propozycjach:

    { $list }
mail-agr-digest-action = Zobacz propozycje
mail-agr-hidden-subject = Twój komentarz został ukryty
mail-agr-hidden-body = Twój komentarz przy "{ $title }" został ukryty przez moderację.

    Powód: { $reason }

    Masz pytanie? Skontaktuj się z koordynatorem.
mail-agr-hidden-action = Zobacz propozycję
mail-agr-review-subject = Oceń ustalenie: "{ $text }"
mail-agr-review-body = Ustalenie "{ $text }" trzeba ocenić przed { $due }. Czy to ustalenie nadal obowiązuje w dzielnicy?
mail-agr-review-action = Wypełnij ocenę
# Rights of the people in the data
agr-comment-removed-by-author = Usunięte przez autora.
# The monitor's indicators from this module
agr-indicator-living = Żywe zobowiązania partnerów
agr-indicator-living-about = Odsetek zobowiązań partnerów wobec karty podjętych lub omówionych w ostatnich 12 miesiącach. Tylko dla całej gminy.
