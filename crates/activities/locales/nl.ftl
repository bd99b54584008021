## Navigatie
nav-activities = Activiteiten

## Soorten activiteit
activity-kind-cultural-festival = Cultureel festival
activity-kind-film-conversation = Film en gesprek
activity-kind-workshop = Workshop
activity-kind-expert-talk = Verhaal van een ervaringsdeskundige
activity-kind-childrens-council = Kinderraad
activity-kind-training-session = Training
activity-kind-other = Iets anders

## Voor wie
activity-age-all = Iedereen
activity-age-children = Kinderen
activity-age-youth = Jongeren
activity-age-adults = Volwassenen
activity-age-seniors = Ouderen

## Agenda
agenda-title = Activiteiten in de wijk
agenda-intro = Kom langs, ontmoet je buren en doe mee. De meeste activiteiten zijn gratis.
agenda-breadcrumb = Je bent hier
agenda-month-link = Bekijk per maand
agenda-feed-link = Zet de agenda in je eigen kalender
agenda-manage-link = Activiteiten beheren
agenda-filter-heading = Zoek een activiteit
agenda-filter-kind = Soort
agenda-filter-pillar = Pijler
agenda-filter-area = Buurt
agenda-filter-municipality = Gemeente
agenda-filter-municipality-hint = Kies een gemeente en druk op ‘Zoeken’. Dan zie je bij Buurt de buurten van die gemeente.
agenda-filter-date = Vanaf datum
agenda-filter-language = Taal
agenda-filter-free = Alleen gratis activiteiten
agenda-filter-all = Alles
agenda-filter-submit = Zoeken
agenda-count = { $count ->
    [one] 1 activiteit
   *[other] { $count } activiteiten
}
agenda-page = Activiteiten, pagina { $number }
agenda-pages = Pagina’s van de agenda
agenda-previous = ← Eerdere activiteiten
agenda-next = Latere activiteiten →
agenda-empty = Er zijn geen activiteiten gevonden. Kies minder filters.

## Maand
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-previous = Vorige maand
month-next = Volgende maand
month-empty = Deze maand zijn er geen activiteiten.

## Activiteit
activity-details-heading = Praktische informatie
activity-kind = Soort activiteit
activity-when = Wanneer
activity-where = Waar
activity-area = Buurt
activity-online = Online
activity-route = Zo kom je er
activity-accessibility = Toegankelijkheid
activity-languages = Talen
activity-cost = Kosten
activity-free = Gratis
activity-age = Voor wie
activity-places = Plaatsen
activity-places-left = { $count ->
    [0] Geen plaatsen meer vrij
    [one] Nog 1 plaats vrij
   *[other] Nog { $count } plaatsen vrij
}
activity-capacity-of = { $count ->
    [one] 1 plaats in totaal
   *[other] { $count } plaatsen in totaal
}
activity-no-limit = Geen maximum
activity-registration-required = Aanmelden is nodig
activity-walk-in = Je kunt gewoon binnenlopen
activity-organiser = Organisator
activity-pillars = Pijlers
activity-approach = Hoort bij
activity-cancelled = Gaat niet door
activity-cancelled-notice = Deze activiteit gaat niet door.
activity-full = Vol
activity-add-to-calendar = Zet in je kalender
activity-feedback-link = Vertel ons hoe het was

## Toegankelijkheid van een locatie
venue-step-free = Zonder drempels of trappen
venue-accessible-toilet = Toegankelijk toilet
venue-hearing-loop = Ringleiding
venue-parking = Parkeerplaats in de buurt
venue-opening-hours = Openingstijden

## Aanmelden
signup-heading = Aanmelden
signup-intro = Meld je aan. Je hebt geen account nodig.
signup-intro-walk-in = Je kunt gewoon binnenlopen. Wil je zeker zijn van een plaats? Meld je dan aan.
signup-full = Alle plaatsen zijn bezet. Meld je aan voor de wachtlijst. Komt er een plaats vrij? Dan krijg je een e-mail.
signup-name = Naam of voorletters
signup-name-hint = Je voorletters zijn genoeg.
signup-email = E-mailadres
signup-contact-hint = Vul een e-mailadres of een telefoonnummer in, zodat we je kunnen bereiken.
signup-phone = Telefoonnummer
signup-people = Met hoeveel mensen kom je?
signup-people-hint = Jijzelf meegeteld, hoogstens 10.
signup-needs = Wat heb je nodig om mee te doen?
signup-needs-hint = Kruis aan wat voor jou nodig is. Dan kunnen we het regelen.
signup-interpreter = Een tolk
signup-interpreter-lang = Tolk in welke taal?
signup-sign-language = Een gebarentolk
signup-wheelchair = Plaats voor een rolstoel
signup-childcare = Opvang voor kinderen
signup-other-needs = Iets anders
signup-consent = Ik vind het goed dat de organisator mijn gegevens gebruikt voor deze activiteit.
signup-submit = Aanmelden

registration-title = Je aanmelding
registration-thanks = Bedankt! Je bent aangemeld. Je krijgt ook een e-mail als je een e-mailadres hebt ingevuld.
registration-thanks-waiting = Bedankt! De activiteit is vol. Je staat op de wachtlijst.
registration-status-confirmed = Aangemeld
registration-status-waiting = Op de wachtlijst
registration-status-cancelled = Afgemeld
registration-position = { $count ->
    [one] je bent de volgende
   *[other] nummer { $count } op de wachtlijst
}
registration-people = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
registration-keep-link = Bewaar de link naar deze pagina. Hiermee kun je je aanmelding bekijken of afmelden.
registration-cancel-heading = Afmelden
registration-cancel-text = Kun je niet komen? Meld je dan af. Dan krijgt iemand anders je plaats.
registration-cancel-submit = Afmelden
registration-cancelled-now = Je bent afgemeld. Dank je wel dat je het laat weten.
registration-again-title = Je bent al aangemeld
registration-again-text = Dit formulier is al verstuurd. Je aanmelding is er. Kijk in je e-mail voor de link.
registration-closed-title = Aanmelden kan niet meer
registration-closed-text = Deze activiteit gaat niet door of is al voorbij.
registration-error-name = Vul je naam of voorletters in.
registration-error-name-long = Je naam is te lang (hoogstens 100 tekens).
registration-error-email = Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl
registration-error-phone = Dit telefoonnummer klopt niet. Gebruik minstens 8 cijfers.
registration-error-contact = Vul een e-mailadres of een telefoonnummer in.
registration-error-people = Kies een aantal van 1 tot en met 10.
registration-error-consent = Zet een vinkje als je het goed vindt dat we je gegevens gebruiken.
registration-error-form-expired = Het formulier is verlopen. Verstuur het nog een keer.
notice-back = Terug naar de activiteit

## Feedback
feedback-title = Hoe was het?
feedback-intro = Drie korte vragen. Je antwoorden zijn anoniem.
feedback-not-yet = Je kunt je mening geven als de activiteit is begonnen.
feedback-q-met-someone = Heb je iemand nieuw ontmoet?
feedback-q-understand = Begrijp je anderen nu beter?
feedback-q-come-again = Zou je nog eens komen?
feedback-answer-yes = Ja
feedback-answer-somewhat = Een beetje
feedback-answer-no = Nee
feedback-comment = Wil je nog iets zeggen?
feedback-comment-hint = Niet verplicht. Schrijf geen namen op.
feedback-submit = Versturen
feedback-error-answer = Kies een antwoord.
feedback-error-comment = Je opmerking is te lang (hoogstens 1000 tekens).
feedback-thanks-title = Dank je wel!
feedback-thanks-text = Met jouw antwoorden maken we de activiteiten beter.

## Beheer
manage-title = Activiteiten beheren
manage-card-text = Activiteiten maken, aanmeldingen bekijken en aanwezigheid bijhouden.
manage-new-link = Nieuwe activiteit
manage-new-title = Nieuwe activiteit
manage-edit-title = Activiteit wijzigen
manage-col-activity = Activiteit
manage-col-actions = Lijsten
manage-col-contact = Contact
manage-col-needs = Wat is nodig
manage-registrations-title = Aanmeldingen
manage-export = Download als CSV
manage-public-page = Bekijk de openbare pagina
manage-attendance-heading = Aanwezig
manage-confirmed = { $count ->
    [one] 1 persoon aangemeld
   *[other] { $count } personen aangemeld
}
manage-waiting = { $count ->
    [one] 1 persoon op de wachtlijst
   *[other] { $count } personen op de wachtlijst
}
manage-present = { $count ->
    [one] 1 aangemelde persoon aanwezig
   *[other] { $count } aangemelde personen aanwezig
}
manage-walk-ins = { $count ->
    [one] 1 persoon zonder aanmelding
   *[other] { $count } personen zonder aanmelding
}
manage-attendance-total = { $count ->
    [one] In totaal 1 persoon
   *[other] In totaal { $count } personen
}
manage-feedback-heading = Wat deelnemers zeggen
manage-comments = Opmerkingen
manage-cancel-heading = Activiteit afzeggen
manage-cancel-text = Iedereen die zich heeft aangemeld met een e-mailadres krijgt een bericht.
manage-cancel-submit = Activiteit afzeggen

form-activity-title = Titel (Nederlands)
form-activity-description = Beschrijving (Nederlands)
form-activity-translations-hint = Niet verplicht: de titel en beschrijving in andere talen. Zonder vertaling ziet iedereen de Nederlandse tekst.
form-activity-translation = Tekst in het { $language }
form-activity-translation-title = Titel
form-activity-translation-description = Beschrijving
form-activity-venue = Locatie
form-activity-online-only = Geen locatie (alleen online)
form-activity-unknown-venue = Onbekende locatie
form-activity-online-url = Link voor online meedoen
form-activity-date = Datum
form-activity-start = Begintijd
form-activity-time-hint = Nederlandse tijd, bijvoorbeeld 19:30.
form-activity-end = Eindtijd
form-activity-repeat-weeks = Herhalen om de hoeveel weken?
form-activity-repeat-hint = Laat leeg of 0 voor één keer.
form-activity-repeat-count = Hoe vaak in totaal?
form-activity-contact = Naam van de contactpersoon
form-activity-cost = Kosten in euro
form-activity-cost-hint = Leeg is gratis. Bijvoorbeeld: 3,50
form-activity-capacity = Aantal plaatsen
form-activity-capacity-hint = Leeg is geen maximum.
form-none = Geen

activity-error-title = Vul een titel in.
activity-error-title-long = De titel is te lang (hoogstens 120 tekens).
activity-error-translation-title = Vul ook een titel in deze taal in.
activity-error-description-long = De beschrijving is te lang (hoogstens 5000 tekens).
activity-error-kind = Kies een soort activiteit.
activity-error-venue = Deze locatie kennen we niet. Kies een locatie uit de lijst.
activity-error-place = Kies een locatie of vul een link voor online meedoen in.
activity-error-url = Vul een link in die begint met https://
activity-error-date = Vul een datum en een begintijd in.
activity-error-time = Vul een eindtijd in, bijvoorbeeld 21:00.
activity-error-end-before-start = De eindtijd moet na de begintijd liggen.
activity-error-past = Deze datum is al voorbij. Kies een datum in de toekomst.
activity-error-repeat = Herhalen kan om 1 tot 8 weken, hoogstens 52 keer.
activity-error-cost = Vul een bedrag in, bijvoorbeeld 3,50.
activity-error-capacity = Vul een aantal plaatsen in van 1 tot 10000.
activity-error-capacity-below = Er zijn al meer mensen aangemeld. Het aantal plaatsen kan niet lager.
activity-error-contact-long = De naam is te lang (hoogstens 120 tekens).

checkin-title = Aanwezigheid
checkin-present = Aanwezig
checkin-mark = { $name } is er
checkin-undo = { $name } toch niet aanwezig
checkin-has-needs = heeft iets nodig, zie de lijst
checkin-walk-ins-heading = Zonder aanmelding
checkin-walk-ins = Aantal mensen zonder aanmelding

sheet-title = Presentielijst
sheet-feedback-heading = Hoe was het?
sheet-feedback-text = Scan de code met je telefoon en beantwoord drie korte vragen. Het is anoniem.
sheet-qr-label = QR-code naar het formulier voor je mening

figures-title = Cijfers over activiteiten
figures-intro = Wat deelnemers zeggen, per soort activiteit en per pijler. Bij minder dan 5 antwoorden laten we geen cijfers zien.
figures-by-kind = Per soort activiteit
figures-by-pillar = Per pijler
figures-question = Vraag
figures-answers = { $count ->
    [one] 1 antwoord
   *[other] { $count } antwoorden
}
figures-too-few = Te weinig antwoorden om te laten zien.
figures-none = Nog geen antwoorden.

venues-title = Locaties
venues-new = Locatie toevoegen
venues-saved = De locatie is opgeslagen.
venue-name = Naam
venue-address = Adres
venue-address-hint = Straat en huisnummer, of een beschrijving.
venue-error-name = Vul een naam in (hoogstens 120 tekens).
venue-error-address = Vul een adres in (hoogstens 200 tekens).
venue-error-area = Kies een buurt uit de lijst.

csv-name = Naam
csv-email = E-mail
csv-phone = Telefoon
csv-people = Aantal
csv-status = Status
csv-interpreter = Tolk
csv-sign-language = Gebarentolk
csv-wheelchair = Rolstoel
csv-childcare = Kinderopvang
csv-other-needs = Iets anders
csv-present = Aanwezig
csv-registered-at = Aangemeld op

## E-mail
mail-activity-confirmed-subject = Je bent aangemeld: { $title }
mail-activity-confirmed-body = Je bent aangemeld voor { $title }.

    Wanneer: { $when }
    Waar: { $place }

    Kun je toch niet komen? Meld je dan af via de link hieronder. Dan krijgt iemand anders je plaats.
mail-activity-confirmed-action = Bekijk of wijzig je aanmelding
mail-activity-waiting-subject = Je staat op de wachtlijst: { $title }
mail-activity-waiting-body = { $title } is vol. Je staat op de wachtlijst.

    Wanneer: { $when }
    Waar: { $place }

    Komt er een plaats vrij? Dan krijg je meteen een e-mail.
mail-activity-waiting-action = Bekijk je aanmelding
mail-activity-promoted-subject = Er is een plaats voor je: { $title }
mail-activity-promoted-body = Goed nieuws! Er is een plaats vrijgekomen. Je bent nu aangemeld voor { $title }.

    Wanneer: { $when }
    Waar: { $place }

    Kun je niet komen? Meld je af met de link uit je eerste e-mail.
mail-activity-promoted-action = Bekijk de activiteit
mail-activity-cancelled-subject = Gaat niet door: { $title }
mail-activity-cancelled-body = Helaas gaat { $title } op { $when } niet door.

    Kijk in de agenda voor andere activiteiten.
mail-activity-cancelled-action = Bekijk de activiteit
mail-activity-registration-cancelled-subject = Je bent afgemeld: { $title }
mail-activity-registration-cancelled-body = Je bent afgemeld voor { $title } op { $when }. Dank je wel dat je het laat weten.
mail-activity-registration-cancelled-action = Bekijk de activiteit
mail-activity-reminder-subject = Herinnering: { $title }
mail-activity-reminder-body = We zien je graag bij { $title }.

    Wanneer: { $when }
    Waar: { $place }

    Na afloop willen we graag weten hoe het was. Het zijn drie korte vragen: { $feedback }
mail-activity-reminder-action = Bekijk de activiteit

## Venue photos
venue-photo = Foto van de locatie
venue-photo-hint = Een JPEG- of PNG-foto van hoogstens 2 MB. Gegevens over de camera en de plek halen wij eruit.
venue-photo-alt = Beschrijving van de foto (voor wie hem niet kan zien)
venue-photo-submit = Foto opslaan
venue-photo-error-alt = Beschrijf de foto in een paar woorden (hoogstens 200 tekens).
venue-photo-error-missing = Kies een foto.
venue-photo-error-large = De foto is te groot. Kies een foto van hoogstens 2 MB.
venue-photo-error-pixels = De foto heeft te veel pixels. Kies een foto van hoogstens 4096 bij 4096 pixels en 16 megapixel.
venue-photo-error-type = Dit bestand is geen JPEG- of PNG-foto.

# Object-level access: own organisations only
activity-error-organisation = Kies een van je eigen organisaties.
venue-error-name-taken = Een andere organisatie heeft al een locatie met deze naam. Kies een andere naam.
venue-owner = Beheerd door
venue-owner-programme = Het programma (coördinatoren)
registration-anonymised = Geanonimiseerd (bewaartermijn voorbij)
# Rights of the people in the data: the registrant removes their registration
registration-kept-heading = Wat we van je bewaren
registration-kept-name = Naam
registration-kept-email = E-mailadres
registration-kept-phone = Telefoonnummer
registration-kept-needs = Wat je nodig hebt
registration-remove-text = Wil je dat we dit verwijderen? Dan meld je je ook af.
registration-remove-submit = Verwijder mijn gegevens
registration-removed-title = Je gegevens zijn verwijderd
registration-removed-text = We hebben je naam en contactgegevens verwijderd. Je bent afgemeld. Deze link werkt nu niet meer.
# The monitor's indicators from this module
activity-indicator-visitors = Bezoekers van activiteiten per 1.000 inwoners
activity-indicator-visitors-about = Bevestigde plaatsen bij activiteiten in de buurt per 1.000 inwoners, naar het jaar van de activiteit.
activity-indicator-met-someone = Iemand nieuw ontmoet
activity-indicator-met-someone-about = Deel van de bezoekers dat na een activiteit zegt: ik heb iemand nieuw ontmoet.
venues-in-municipality = Locaties in de gemeente
venues-show = Toon de locaties
venue-error-other-municipality = Deze locatie ligt niet in de gekozen gemeente. Kies een locatie uit de lijst.
