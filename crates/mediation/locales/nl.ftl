nav-mediation = Buurtbemiddeling

## Public pages

mediation-title = Buurtbemiddeling
mediation-intro-lead = Heb je ruzie of last van je buren? Twee getrainde vrijwilligers helpen jullie om samen een oplossing te vinden.
mediation-intro-what = Buurtbemiddeling is gratis. De bemiddelaars kiezen geen partij. Ze helpen jullie praten en luisteren. Jullie bedenken zelf de oplossing.
mediation-intro-how-heading = Hoe gaat het?
mediation-intro-step-1 = Je vraagt hulp met het formulier. Je kunt ook via de politie, de woningcorporatie, de school of het wijkteam komen.
mediation-intro-step-2 = Binnen vijf werkdagen nemen we contact met je op voor een eerste gesprek.
mediation-intro-step-3 = Twee bemiddelaars praten eerst met jou en daarna met je buren.
mediation-intro-step-4 = Als iedereen wil, praten jullie samen op een rustige plek. De afspraken schrijven we op.
mediation-privacy-heading = Wat doen we met je gegevens?
mediation-privacy-text = Alleen de coördinator en de twee bemiddelaars lezen je gegevens. We slaan ze versleuteld op. Twee jaar na het einde verwijderen we ze.
mediation-privacy-link = Lees de privacyverklaring
mediation-start = Hulp vragen
mediation-figures-link = Bekijk de cijfers van buurtbemiddeling
mediation-back = Terug naar buurtbemiddeling

mediation-form-title = Hulp vragen bij een conflict met je buren
mediation-form-lead = Vul in wat je weet. Velden zonder "niet verplicht" zijn wel nodig.
mediation-q-requester = Wie vraagt de hulp?
mediation-requester-resident = Ik ben bewoner en vraag zelf hulp
mediation-requester-professional = Ik werk bij een organisatie en meld een bewoner aan
mediation-q-referrer = Voor medewerkers van een organisatie
mediation-q-referrer-hint = Vul dit alleen in als je een bewoner aanmeldt. De bewoner moet dat goed vinden.
mediation-q-referrer-type = Soort organisatie
mediation-q-referrer-org = Naam van je organisatie
mediation-q-consent = De bewoner vindt het goed dat ik hem of haar aanmeld
mediation-q-updates = Ik wil een kort bericht als de bemiddeling begint en als die klaar is
mediation-q-referrer-email = Jouw e-mailadres voor dat bericht
mediation-q-referrer-email-hint = In het bericht staat nooit een naam of wat er gebeurd is.
mediation-q-you = De bewoner die hulp vraagt
mediation-q-name = Naam
mediation-q-street = Straat
mediation-q-house-number = Huisnummer (niet verplicht)
mediation-q-phone = Telefoonnummer
mediation-q-contact-hint = Vul een telefoonnummer of een e-mailadres in.
mediation-q-email = E-mailadres
mediation-q-language = Taal voor de gesprekken (niet verplicht)
mediation-q-language-hint = Bijvoorbeeld Nederlands, Turks of Arabisch.
mediation-q-interpreter = Er is een tolk nodig
mediation-q-other = De buren met wie het conflict is
mediation-q-other-hint = Niet verplicht. Weet je de naam of het adres? Dan kunnen we sneller helpen.
mediation-q-other-name = Naam van de buren
mediation-q-conflict = Het conflict
mediation-q-topic = Waar gaat het over?
mediation-q-buurt = Buurt
mediation-buurt-unknown = Weet ik niet
mediation-q-description = Wat is er aan de hand?
mediation-q-description-hint = Vertel kort wat er gebeurt en hoe lang al.
mediation-q-urgency = Hoe snel is hulp nodig?
mediation-urgency-normal = Gewoon
mediation-urgency-urgent = Snel, het wordt erger
mediation-choose = Kies
mediation-send = Versturen

mediation-thanks-title = We hebben je vraag ontvangen
mediation-thanks-text = Bedankt. We nemen uiterlijk { $date } contact met je op.

mediation-topic-noise = Geluid
mediation-topic-garden = Huis of tuin
mediation-topic-children = Kinderen
mediation-topic-pets = Huisdieren
mediation-topic-parking = Parkeren
mediation-topic-intimidation = Bedreigen of pesten
mediation-topic-pollution = Vuil of stank
mediation-topic-treatment = Bejegening of discriminatie
mediation-topic-other = Iets anders

mediation-referrer-self = De bewoner zelf
mediation-referrer-police = Politie
mediation-referrer-housing = Woningcorporatie
mediation-referrer-municipality = Gemeente
mediation-referrer-school = School
mediation-referrer-meldpunt = Meldpunt
mediation-referrer-wijkteam = Wijkteam

## Errors

mediation-error-requester = Kies wie de hulp vraagt.
mediation-error-referrer-type = Kies de soort organisatie.
mediation-error-referrer-org = Vul de naam van je organisatie in.
mediation-error-consent = Je mag een bewoner alleen aanmelden als die dat goed vindt. Zet een vinkje als dat zo is.
mediation-error-email = Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.
mediation-error-name = Vul een naam in.
mediation-error-street = Vul de straat in.
mediation-error-contact = Vul een telefoonnummer of een e-mailadres in.
mediation-error-topic = Kies waar het over gaat.
mediation-error-buurt = Kies een buurt uit de lijst.
mediation-error-description = Vertel in een paar woorden wat er aan de hand is.
mediation-error-urgency = Kies hoe snel hulp nodig is.
mediation-error-step-order = Deze stap kan nu nog niet. Doe eerst de stap die hiervoor komt.
mediation-error-decide-first = Kies eerst of bemiddeling past.
mediation-error-date = Vul een datum in.
mediation-error-date-future = Deze datum ligt in de toekomst.
mediation-error-date-order = Deze datum ligt voor de vorige stap.
mediation-error-suitable = Kies of bemiddeling past.
mediation-error-reason = Kies een reden.
mediation-error-referral = Vul in waar je de bewoners naar verwijst.
mediation-error-mediator = Kies een bemiddelaar uit de lijst.
mediation-error-untrained = Deze bemiddelaar heeft geen geldig certificaat van de training.
mediation-error-same-street = Deze bemiddelaar woont in dezelfde straat als een van de buren.
mediation-error-same-mediator = Kies twee verschillende bemiddelaars.
mediation-error-agrees = Kies of de buren meedoen.
mediation-error-venue = Kies een plek uit de lijst.
mediation-error-agreements = Schrijf de afspraken op.
mediation-error-aftercare-early = De nazorg is minstens twee weken na de afspraken.
mediation-error-outcome = Kies een uitkomst.
mediation-error-outcome-too-early = Deze uitkomst kan pas na het gesprek met de eerste partij.
mediation-error-outcome-refused = De buren deden niet mee. Kies een andere uitkomst.
mediation-error-stale = Iemand anders heeft deze zaak net veranderd. Kijk wat er nu staat en doe je stap opnieuw.
mediation-error-contact-kind = Kies wat voor contact het was.
mediation-error-case-closed = Deze zaak is klaar. Je kunt geen contact meer toevoegen.

## Figures

mediation-figures-title = Cijfers van buurtbemiddeling
mediation-figures-lead = Hoeveel bemiddelingen er waren, waarover en hoe ze afliepen. Aantallen onder { $threshold } tonen we niet.
mediation-figures-none = Er zijn nog geen cijfers.
mediation-figures-total = Aanvragen
mediation-figures-solved = Opgelost (helemaal of voor een deel)
mediation-figures-days-intake = Dagen tot het eerste gesprek (midden)
mediation-figures-days-close = Dagen tot het einde (midden)
mediation-figures-too-few = te weinig om te tonen
mediation-figures-cases = Aantal
mediation-figures-note = Een getal onder { $threshold } staat er als "<{ $threshold }". Met "×" verbergen we een getal waarmee je een klein getal kunt uitrekenen.
mediation-dimension-topic = Onderwerp
mediation-dimension-referrer = Aangemeld door
mediation-dimension-outcome = Uitkomst

## Case flow

mediation-case-title = Zaak { $number }
mediation-number = Zaak
mediation-stage-received = Aangemeld
mediation-stage-intake = Eerste gesprek gedaan
mediation-stage-suitable = Past bij bemiddeling
mediation-stage-assigned = Bemiddelaars gekozen
mediation-stage-party1 = Gesprek met de eerste partij
mediation-stage-party2 = Tweede partij gevraagd
mediation-stage-joint = Samen gepraat
mediation-stage-agreements = Afspraken gemaakt
mediation-stage-aftercare = Nazorg gedaan
mediation-stage-closed = Afgesloten
mediation-step-received = Aanmelding
mediation-step-intake = Eerste gesprek (intake)
mediation-step-decide = Past bemiddeling?
mediation-step-assign = Twee bemiddelaars kiezen
mediation-step-party1 = Gesprek met de eerste partij
mediation-step-party2 = Tweede partij gevraagd
mediation-step-joint = Samen praten
mediation-step-agreements = Afspraken
mediation-step-aftercare = Nazorg
mediation-step-close = Afsluiten
mediation-outcome = Uitkomst
mediation-outcome-solved = Opgelost
mediation-outcome-partly-solved = Deels opgelost
mediation-outcome-not-solved = Niet opgelost
mediation-outcome-referred = Doorverwezen
mediation-outcome-stopped = Gestopt
mediation-outcome-open = Nog bezig
mediation-reason = Reden
mediation-reason-other-party-refused = De andere partij wilde niet
mediation-reason-no-reaction = De andere partij reageerde niet
mediation-reason-no-motivation = Geen zin meer
mediation-reason-psychosocial = Andere hulp nodig, zoals bij verslaving
mediation-reason-escalated = Het conflict is te ver gegaan
mediation-reason-not-suitable-business = Past niet: een bedrijf
mediation-reason-not-suitable-violence = Past niet: geweld
mediation-reason-not-suitable-family = Past niet: familie
mediation-reason-not-suitable-legal = Past niet: er loopt al een rechtszaak
mediation-reason-moved = Iemand is verhuisd
mediation-reason-resolved-itself = Vanzelf opgelost
mediation-reason-other = Iets anders
mediation-decide-question = Past bemiddeling bij dit conflict?
mediation-decide-suitable = Ja, bemiddeling past
mediation-decide-not-suitable = Nee, bemiddeling past niet
mediation-referral = Waar verwijs je naartoe?
mediation-mediator-1 = Eerste bemiddelaar
mediation-mediator-2 = Tweede bemiddelaar
mediation-party2-question = Doet de tweede partij mee?
mediation-party2-agrees = Ja, doet mee
mediation-party2-refuses = Nee, wil niet
mediation-venue = Rustige plek voor het gesprek
mediation-agreements-text = De afspraken
mediation-agreements-hint = Beide partijen krijgen deze tekst.
mediation-date = Datum
mediation-save-step = Stap opslaan
mediation-close-case = Zaak afsluiten
mediation-next = Volgende stap
mediation-file-heading = Dossier
mediation-file-stage = Stand
mediation-file-intake-due = Eerste gesprek uiterlijk
mediation-file-mediators = Bemiddelaars
mediation-file-address = Adres
mediation-file-interpreter = tolk nodig
mediation-file-deleted = De persoonlijke gegevens zijn verwijderd na de bewaartermijn.
mediation-timeline-heading = Tijdlijn
mediation-contacts-heading = Contacten
mediation-contacts-none = Nog geen contacten.
mediation-contact-add = Contact vastleggen
mediation-contact-kind = Soort contact
mediation-contact-note = Notitie (niet verplicht)
mediation-contact-save = Contact opslaan
mediation-contact-phone = Telefoon
mediation-contact-visit = Huisbezoek
mediation-contact-talk = Gesprek
mediation-contact-mail = Mail of bericht

## The mediators' own view

mediation-mine-title = Mijn bemiddelingen
mediation-mine-lead = De zaken waarvoor je bent gekozen, met de volgende stap.
mediation-mine-none = Je hebt nog geen zaken.

## The coordinator's pages

mediation-manage-title = Bemiddelingszaken
mediation-manage-card-text = Aanmeldingen, intake, bemiddelaars kiezen en de stappen van elke zaak.
mediation-manage-open = Lopende zaken
mediation-manage-closed = Onlangs afgesloten
mediation-manage-none = Geen zaken.
mediation-manage-received = Aangemeld op
mediation-manage-overdue = Te laat
mediation-manage-workload = Bemiddelaars en hun werk
mediation-manage-mediator = Bemiddelaar
mediation-manage-certificate = Certificaat
mediation-manage-certified = getraind
mediation-manage-not-certified = niet getraind
mediation-manage-year = Zaken in 12 maanden
mediation-manage-silent = Zaken zonder contact (14 dagen)
mediation-manage-busy = veel
mediation-manage-no-mediators = Er zijn nog geen bemiddelaars.
mediation-manage-workload-note = Een bemiddelaar doet meestal 6 tot 8 zaken per jaar.
mediation-manage-open-cases = { $count ->
    [one] { $count } lopende zaak
   *[other] { $count } lopende zaken
}
mediation-manage-mediators-title = Bemiddelaars
mediation-manage-street-heading = Niet in dezelfde straat
mediation-manage-street-text = Een bemiddelaar die in dezelfde straat woont als een van de buren, kan niet gekozen worden. We bewaren de straat niet leesbaar, alleen een code.
mediation-manage-same-street = Controleer of een bemiddelaar in dezelfde straat woont
mediation-manage-street-of = Straat van { $name }
mediation-manage-street-known = bekend
mediation-manage-save = Opslaan
mediation-manage-saved = Opgeslagen.
mediation-manage-figures-title = Cijfers bemiddeling (precies)
mediation-manage-figures-lead = Alle aantallen, ook de kleine. Niet om te publiceren.
mediation-manage-on-time = Eerste gesprek binnen 5 werkdagen

mediation-csv-link = Jaaroverzicht { $year } downloaden (CSV)
mediation-csv-part = Onderdeel
mediation-csv-item = Wat
mediation-csv-overall = Totaal
mediation-csv-closed = Afgesloten

mediation-school-title = Leerlingmediatoren op school
mediation-school-card-text = Vul per maand in hoeveel leerlingen zijn getraind en hoeveel bemiddelingen er waren.
mediation-school-lead = Alleen aantallen. Schrijf nooit de naam van een kind of wat er gebeurde.
mediation-school-no-school = Je hoort niet bij een school. Vraag de coördinator om je rol aan je school te koppelen.
mediation-school-school = School
mediation-school-month = Maand
mediation-school-year = Schooljaar
mediation-school-trained = Leerlingen getraind als leerlingmediator
mediation-school-mediations = Bemiddelingen door leerlingen
mediation-school-mediations-hint = Alleen het aantal.
mediation-school-wijkmediators = Certificaten wijkmediator
mediation-school-years-heading = Vreedzame School: leerlingmediatoren per school
mediation-school-none = Er zijn nog geen aantallen van scholen.
mediation-error-school = Kies je school.
mediation-error-month = Kies een maand die al begonnen is.
mediation-error-count = Vul een aantal in van 0 tot 999.

## Mail

mail-mediation-aftercare-subject = Nazorg voor zaak { $case }
mail-mediation-aftercare-body = Hallo { $name },

    Zes weken geleden zijn de afspraken gemaakt in zaak { $case }. Het is tijd voor de nazorg: vraag hoe het nu gaat.
mail-mediation-aftercare-action = Zaak openen
mail-mediation-started-subject = Buurtbemiddeling is begonnen
mail-mediation-started-body = Hallo,

    De bemiddeling voor de bewoners die je hebt aangemeld (zaak { $case }) is begonnen. Twee bemiddelaars zijn gekozen.
mail-mediation-finished-subject = Buurtbemiddeling is afgerond
mail-mediation-finished-body = Hallo,

    De bemiddeling voor de bewoners die je hebt aangemeld (zaak { $case }) is afgerond. De uitkomst: { $outcome }.
# From the meldpunt: a report becomes a request
mediation-case-from-report = Uit melding van het meldpunt
mediation-from-report-note = Doorgezet naar buurtbemiddeling (zaak { $case }).
mediation-error-report-not-asked = De melder vroeg niet om bemiddeling: deze melding kun je niet doorzetten.
mediation-error-report-converted = Deze melding is al doorgezet naar buurtbemiddeling.
mediation-error-report-contact = Deze melding heeft geen contactgegevens: bemiddelaars kunnen de melder niet bereiken.
mediation-error-report-consent = Vink aan dat de melder toestemming gaf om de melding door te zetten.
mediation-school-council = Bijeenkomsten kinderraad
mediation-school-council-hint = Hoe vaak de kinderraad van de school die maand bij elkaar kwam.
mediation-council-proposals-heading = Voorstellen van kinderraden
mediation-council-proposals-lead = Kinderraden brengen hun ideeën in bij de buurtafspraken. Vul bij een voorstel in: namens Kinderraad en de naam van de school.
mediation-council-proposals-none = Er zijn nog geen voorstellen van een kinderraad.
# Rights of the people in the data
mediation-rights-open-cases = { $count ->
    [one] Je bemiddelt nog in 1 open zaak.
   *[other] Je bemiddelt nog in { $count } open zaken.
}
# Rights of the people in the data: the link to the request of a resident
mediation-party-title = Je vraag om buurtbemiddeling
mediation-party-intro = Dit heb je ons verteld. Alleen de coördinator en de bemiddelaars kunnen dit lezen.
mediation-party-name = Naam
mediation-party-address = Adres
mediation-party-phone = Telefoonnummer
mediation-party-email = E-mailadres
mediation-party-other = De andere buren
mediation-party-description = Wat er speelt
mediation-party-withdraw-heading = Vraag intrekken en gegevens verwijderen
mediation-party-withdraw-text = Wil je geen bemiddeling meer? Dan verwijderen we alles wat je ons vertelde. Dat kan niet ongedaan worden gemaakt.
mediation-party-withdraw-submit = Trek mijn vraag in
mediation-party-removed-title = Je vraag is ingetrokken
mediation-party-removed-text = We hebben je gegevens verwijderd. De link in je e-mail werkt niet meer.
mail-mediation-party-subject = We hebben je vraag om buurtbemiddeling ontvangen
mail-mediation-party-body = Hallo,

    Bedankt voor je vraag om buurtbemiddeling. We nemen binnen vijf werkdagen contact met je op. Met de link zie je wat je ons vertelde. Je kunt je vraag daar ook intrekken. De link werkt drie maanden.
mail-mediation-party-action = Bekijk je vraag
# The monitor's indicators from this module
mediation-indicator-success = Bemiddeling geslaagd
mediation-indicator-success-about = Deel van de afgesloten bemiddelingen dat helemaal of voor een deel is opgelost. Alleen zaken waarin gesprekken waren.
