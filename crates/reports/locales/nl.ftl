## Navigation
nav-reports = Meldpunt

## Intro
report-title = Meldpunt discriminatie en uitsluiting
report-intro-lead = Ben je buitengesloten of anders behandeld? Door je huidskleur, afkomst, geloof, inkomen of iets anders? Vertel het ons. Liendert is voor iedereen.
report-intro-what = Je kunt hier melden wat er gebeurde. Dat kan zonder naam en zonder account. Een getrainde medewerker leest je melding en helpt je als je dat wilt.
report-intro-how-heading = Zo werkt het
report-intro-step-1 = Je vertelt wat er gebeurde. Dat duurt een paar minuten.
report-intro-step-2 = Je krijgt een code van 16 cijfers. Schrijf die op.
report-intro-step-3 = Met de code lees je ons antwoord, vertel je meer of trek je de melding in.
report-privacy-heading = Wat gebeurt er met je gegevens?
report-privacy-text = Alleen getrainde medewerkers van het meldpunt lezen je melding. Je verhaal en contactgegevens worden versleuteld bewaard. Wij geven niets door zonder je toestemming. Twaalf maanden na het afronden verwijderen wij je verhaal en gegevens. Wij houden alleen aantallen bij, zonder namen. Kleine aantallen laten wij nooit zien.
report-start = Melding maken
report-follow-link = Melding volgen met je code
report-figures-link = Bekijk de cijfers van het meldpunt
report-emergency = Ben je in gevaar? Bel 112. Wil je aangifte doen? Bel de politie: 0900-8844.

## The form
report-form-title = Melding maken
report-form-lead = Vul in wat je weet. Je naam is niet nodig.
report-choose = Kies…
report-q-role = Wie ben je in dit verhaal?
report-role-victim = Het is mij overkomen
report-role-witness = Ik zag het gebeuren
report-role-on-behalf = Ik meld voor iemand anders
report-q-narrative = Wat is er gebeurd?
report-q-narrative-hint = Vertel het in je eigen woorden en in je eigen taal. Wie deed wat? Wat zeiden ze?
report-q-when = Wanneer gebeurde het?
report-q-date = Datum (als je die weet)
report-q-about = Of ongeveer
report-q-about-hint = Bijvoorbeeld: vorige week, of al een jaar lang.
report-q-where = Waar gebeurde het?
report-q-location = Buurt
report-q-municipality = Gemeente
report-q-municipality-hint = Kies eerst de gemeente. Druk dan op ‘Toon de buurten’. Dan zie je de buurten van die gemeente.
report-show-buurten = Toon de buurten
report-location-municipality = Ergens anders in de gemeente
report-location-outside = Buiten de gemeente
report-location-unknown = Weet ik niet of zeg ik liever niet
report-location-buurt = In een buurt
report-q-place = Plek (als je wilt)
report-q-place-hint = Bijvoorbeeld: de bushalte, de school of de winkel.
report-q-terrain = Waar was het?
report-terrain-neighbours = Bij de buren of in de buurt
report-terrain-public-space = Op straat of in een park
report-terrain-education = Op school of bij een opleiding
report-terrain-work = Op het werk of bij het zoeken naar werk
report-terrain-shops-hospitality = In een winkel, café of bij een bedrijf
report-terrain-housing = Bij het zoeken of huren van een woning
report-terrain-authorities-police = Bij de gemeente, politie of een andere instantie
report-terrain-sports-recreation = Bij sport of vrije tijd
report-terrain-internet-media = Op internet of in de media
report-terrain-other = Ergens anders
report-q-grounds = Waarom denk je dat dit gebeurde?
report-q-grounds-hint = Je mag meer dan één kiezen.
report-ground-origin = Huidskleur of afkomst
report-ground-nationality = Nationaliteit
report-ground-religion = Geloof of levensovertuiging
report-ground-gender = Man of vrouw zijn
report-ground-sexual-orientation = Op wie ik verliefd word (seksuele gerichtheid)
report-ground-gender-identity = Genderidentiteit
report-ground-disability = Handicap of chronische ziekte
report-ground-age = Leeftijd
report-ground-political = Politieke mening
report-ground-marital-status = Getrouwd zijn of niet
report-ground-income = Inkomen of armoede
report-ground-other = Iets anders
report-q-nature = Wat gebeurde er vooral?
report-nature-hostile-treatment = Uitschelden, pesten of buitensluiten
report-nature-unequal-treatment = Anders behandeld dan anderen
report-nature-threat = Bedreiging
report-nature-violence = Geweld
report-nature-vandalism = Vernieling of bekladding
report-nature-other = Iets anders
report-q-wants = Wat wil je?
report-want-register = Alleen melden, zodat het bekend is
report-want-advice = Advies of een gesprek
report-want-mediation = Een bemiddelaar die helpt praten
report-want-handover = Doorgeven aan het antidiscriminatiebureau
report-want-police-report = Hulp bij aangifte bij de politie
report-q-residence = Woon je in de gemeente?
report-residence-municipality = Ja
report-residence-elsewhere = Nee
report-residence-unknown = Zeg ik liever niet
report-q-contact = Mogen wij contact met jou opnemen?
report-q-contact-hint = Dit hoeft niet. Zonder gegevens blijf je anoniem. Je leest ons antwoord dan met je code.
report-q-phone = Telefoonnummer
report-q-contact-way = Hoe wil je contact?
report-contact-way-none = Geen contact, ik gebruik mijn code
report-contact-way-email = Per e-mail
report-contact-way-phone = Per telefoon
report-q-mail-updates = Stuur mij een e-mail als er een antwoord is (zonder de inhoud).
report-q-consent-handover = Ik geef toestemming om mijn melding door te geven aan het antidiscriminatiebureau of een bemiddelaar, als dat helpt.
report-q-privacy-read = Ik heb gelezen wat er met mijn gegevens gebeurt.
report-to-check = Verder: controleren
report-error-role = Kies wie je bent in dit verhaal.
report-error-narrative-short = Vertel wat er gebeurde (minstens een paar woorden).
report-error-narrative-long = Je verhaal is te lang. Maak het korter (hoogstens 10.000 tekens).
report-error-date = Vul een geldige datum in.
report-error-date-future = Deze datum ligt in de toekomst.
report-error-too-long = Deze tekst is te lang.
report-error-location = Kies een buurt of een andere plek.
report-error-terrain = Kies waar het was.
report-error-grounds = Kies minstens één reden.
report-error-nature = Kies wat er vooral gebeurde.
report-error-wants = Kies wat je wilt.
report-error-residence = Kies of je in de gemeente woont.
report-error-phone = Vul een geldig telefoonnummer in, bijvoorbeeld 06-12345678.
report-error-email-needed = Vul je e-mailadres in, of kies een andere manier.
report-error-phone-needed = Vul je telefoonnummer in, of kies een andere manier.
report-error-contact-way = Kies hoe je contact wilt.
report-error-privacy = Zet een vinkje als je gelezen hebt wat er met je gegevens gebeurt.

## Check and send
report-check-title = Klopt alles?
report-check-lead = Lees je melding nog een keer. Klopt alles? Verstuur de melding dan.
report-anonymous = Anoniem
report-send = Melding versturen
report-edit = Aanpassen

## Receipt
report-receipt-title = Je melding is ontvangen
report-receipt-lead = Dank je wel. Wij lezen je melding zo snel mogelijk, meestal binnen vijf werkdagen.
report-receipt-code-label = Je code:
report-receipt-keep = Schrijf deze code op of maak er een foto van. Je ziet de code maar één keer. Wij kunnen de code niet opnieuw sturen.
report-receipt-next = Met de code lees je ons antwoord, vertel je meer of trek je de melding in.

## Follow-up
report-follow-title = Je melding volgen
report-follow-lead = Vul de code van 16 cijfers in die je kreeg bij je melding.
report-follow-code = Code
report-follow-code-hint = 16 cijfers. Spaties mogen.
report-follow-submit = Melding openen
report-follow-error-code = Deze code kennen wij niet. Kijk of je alle 16 cijfers goed hebt overgenomen.
report-follow-status = Stand: { $status }
report-follow-received = Ontvangen op { $date }
report-follow-saved = Je bericht is opgeslagen.
report-follow-stop = Melding sluiten op dit apparaat
report-follow-stopped = De melding is gesloten op dit apparaat.
report-messages-heading = Berichten
report-messages-none = Er zijn nog geen berichten.
report-message-from-handler = Van het meldpunt
report-message-from-you = Van jou
report-add-heading = Iets toevoegen of een vraag beantwoorden
report-add-label = Je bericht
report-add-submit = Bericht versturen
report-message-error-empty = Schrijf eerst een bericht.
report-withdraw-heading = Melding intrekken
report-withdraw-text = Wil je de melding intrekken? Dan verwijderen wij je verhaal, je gegevens en de berichten meteen. Alleen het aantal meldingen blijft, zonder inhoud.
report-withdraw-confirm = Ja, ik wil mijn melding intrekken.
report-withdraw-submit = Melding intrekken
report-withdraw-error-confirm = Zet een vinkje als je de melding echt wilt intrekken.
report-withdrawn-title = Je melding is ingetrokken
report-withdrawn-message = Wij hebben je verhaal en gegevens verwijderd. Je kunt altijd opnieuw een melding maken.
report-already-title = Deze melding hebben wij al
report-already-message = Wij hebben deze melding al ontvangen. Je krijgt daarom geen nieuwe code. Gebruik de code die je de eerste keer kreeg om je melding te volgen. Ben je die kwijt? Dan kun je een nieuwe melding maken.

## Statuses, handling
report-status-new = Nieuw
report-status-in-progress = In behandeling
report-status-closed = Afgerond
report-status-referred = Doorverwezen
report-status-withdrawn = Ingetrokken
report-handling-registration = Alleen registratie
report-handling-advice = Advies en informatie
report-handling-mediation = Bemiddeling
report-handling-referral = Doorverwijzing
report-handling-legal-support = Bijstand in een vervolgprocedure
report-handling-policy = Beleid beïnvloeden
report-handling-open = Nog in behandeling

## Case handling (staff)
report-queue-title = Meldingen
report-admin-text = Open meldingen bekijken, toewijzen en behandelen.
report-queue-status = Stand
report-queue-open = Open (nieuw en in behandeling)
report-queue-who = Behandelaar
report-queue-everyone = Iedereen
report-queue-mine = Mijn meldingen
report-queue-unassigned = Nog niet toegewezen
report-queue-ref = Kenmerk
report-queue-received = Ontvangen
report-queue-handler = Behandelaar
report-queue-due = Termijn
report-case-title = Melding { $ref }
report-case-deleted = De persoonlijke inhoud van deze melding is verwijderd. De cijfers blijven.
report-case-mail-updates = Wil e-mail bij nieuws
report-case-consent = Toestemming om door te geven
report-case-text = Tekst
report-case-text-kind = Soort tekst
report-case-to-reporter = Bericht aan de melder (leest het met de code)
report-case-internal-note = Interne notitie (alleen voor behandelaars)
report-case-save-text = Opslaan
report-case-handling-heading = Behandeling
report-case-assign-me = Aan mij
report-case-assign = Toewijzen
report-case-handling = Afhandeling
report-case-set-status = Stand opslaan
report-case-set-due = Termijn opslaan
report-author-reporter = Melder
report-author-handler = Behandelaar aan melder
report-author-note = Interne notitie
report-error-handler = Kies een behandelaar uit de lijst.
report-error-status = Deze stand kan nu niet.
report-error-handling = Kies de afhandeling voordat je de melding afrondt.
report-handover-title = Overdracht aan het antidiscriminatiebureau
report-handover-lead = Samenvatting van de melding. De melder gaf toestemming om deze door te geven.
report-handover-file = Bestand voor het antidiscriminatiebureau
report-handover-no-consent = Zonder toestemming van de melder kan de melding niet worden doorgegeven.
report-handover-print = Print deze pagina of sla hem op als pdf.

## Figures
report-figures-title = Cijfers van het meldpunt
report-figures-lead = Hoeveel meldingen kwamen er binnen, en waarover? Zo ziet iedereen wat er speelt, zonder dat iemand herkenbaar is.
report-figures-year = Jaar
report-figures-show = Tonen
report-figures-suppression = Aantallen kleiner dan { $threshold } laten wij niet zien (<{ $threshold }). Soms verbergen wij ook een ander getal (×), zodat niemand het kleine aantal kan uitrekenen.
report-figures-age = { $minutes ->
    [one] De cijfers zijn hoogstens 1 minuut oud.
   *[other] De cijfers zijn hoogstens { $minutes } minuten oud.
}
report-figures-csv = Download als CSV
report-figures-api = Open data (JSON)
report-figures-per-quarter = Meldingen per kwartaal in { $year }
report-figures-year-total = Totaal dit jaar: { $total }
report-figures-quarter = Kwartaal { $quarter }
report-figures-category = Onderwerp
report-figures-count = Aantal
report-figures-by-terrain = Waar het gebeurde
report-figures-by-nature = Wat er gebeurde
report-figures-by-handling = Afhandeling
report-figures-by-location = Buurt
report-figures-by-municipality = Gemeente
report-figures-by-ground = Reden (een melding kan meer redenen hebben)
report-figures-legend = <5: minder dan vijf meldingen. ×: verborgen om kleine aantallen te beschermen.
report-overview-heading = Jaaroverzicht voor de gemeente
report-overview-caption = Meldingen in { $year } naar woonplaats van de melder
report-overview-residents-own = Inwoners over hun eigen gemeente
report-overview-residents-elsewhere = Inwoners over een andere plek
report-overview-non-residents-here = Niet-inwoners over deze gemeente
report-overview-unknown = Onbekend
report-staff-figures-title = Cijfers voor medewerkers
report-staff-figures-lead = Precieze aantallen, alleen voor medewerkers. Niet delen buiten het meldpunt.

## Mail
mail-report-news-subject = Er is nieuws over je melding
mail-report-news-body = Hallo,

    Er is een nieuw bericht over je melding bij het meldpunt. Om je privacy te beschermen staat de inhoud niet in deze e-mail.

    Lees het bericht met je code van 16 cijfers.
mail-report-news-action = Melding openen
mail-report-due-subject = Termijn melding { $ref }
mail-report-due-body = Beste { $name },

    De termijn van melding { $ref } is bijna verlopen.
mail-report-due-action = Melding openen
# Passing a report on to buurtbemiddeling (the melder asked for mediation)
report-case-mediation = Doorzetten naar buurtbemiddeling
report-case-mediation-consent = De melder gaf toestemming om de melding door te zetten naar buurtbemiddeling
report-case-mediation-hint = De melder vroeg om bemiddeling. Alleen de contactgegevens gaan mee, niet het verhaal; in de tijdlijn komt een notitie met het zaaknummer.
# Rights of the people in the data
report-rights-open-cases = { $count ->
    [one] Je behandelt nog 1 open melding.
   *[other] Je behandelt nog { $count } open meldingen.
}
# The monitor's indicators from this module
report-indicator-rate = Meldingen per 1.000 inwoners
report-indicator-rate-about = Meldingen van discriminatie bij het meldpunt per 1.000 inwoners, naar het jaar van de melding. Meer meldingen kan ook betekenen dat mensen het meldpunt beter kennen.
