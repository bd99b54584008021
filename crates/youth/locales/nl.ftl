nav-youth = Jongerenpodium

## The stage

youth-title = Jongerenpodium
youth-lead = Jongeren maken hier een campagne over Liendert. Een coach helpt ze. Kijk wat ze maakten.
youth-join-start = Doe mee met je team
youth-stage-heading = Op het podium
youth-stage-empty = Er staat nog geen campagne op het podium.
youth-story = Het verhaal
youth-team = Het team
youth-team-hidden = De namen van het team staan hier niet.
youth-coached-by = Met hulp van een coach van { $organisation }.
youth-back = Terug naar het podium

## Taking part

youth-join-title = Doe mee met een campagne
youth-join-lead = Ben je tussen 12 en 23 jaar? Maak met je team een campagne over Liendert. Een coach helpt jullie.
youth-q-campaign = Jullie campagne
youth-q-name = Naam van de campagne
youth-q-idea = Jullie idee
youth-q-idea-hint = Welk beeld van Liendert willen jullie laten zien? En hoe?
youth-q-audience = Voor wie is het?
youth-q-form = Wat maken jullie?
youth-choose = Kies
youth-form-video = Video
youth-form-photos = Foto's
youth-form-posters = Posters
youth-form-social = Sociale media
youth-form-event = Een evenement
youth-q-team-hint = Vul per teamlid alleen de voornaam en de leeftijd in. Het eerste teamlid is de contactpersoon.
youth-q-contact-person = Contactpersoon
youth-q-member = Teamlid { $number } (niet verplicht)
youth-q-first-name = Voornaam
youth-q-first-name-hint = Alleen je voornaam, geen achternaam.
youth-q-age = Leeftijd
youth-age-band = { $band } jaar
youth-q-born = Geboortemaand (alleen onder 16 jaar)
youth-q-born-hint = Zo weten we wanneer je 16 wordt. Dan vragen we jou zelf om toestemming.
youth-q-contact = Contact
youth-q-contact-hint = Vul een e-mailadres of een telefoonnummer in. Alleen de coördinator ziet het.
youth-q-email = E-mailadres
youth-q-phone = Telefoonnummer
youth-privacy-text = We bewaren zo weinig mogelijk over jullie. Na de campagne wissen we het.
youth-privacy-link = Lees de privacyverklaring
youth-send = Versturen

youth-error-name = Geef de campagne een naam van minstens 3 tekens.
youth-error-idea = Vertel iets meer over jullie idee.
youth-error-audience = Schrijf voor wie de campagne is.
youth-error-form = Kies wat jullie maken.
youth-error-contact = Vul een e-mailadres of een telefoonnummer in.
youth-error-email = Dit e-mailadres klopt niet.
youth-error-phone = Dit telefoonnummer klopt niet.
youth-error-first-name = Vul alleen een voornaam in, zonder spaties of cijfers.
youth-error-age = Kies een leeftijd.
youth-error-born = Vul een geboortemaand in die past bij een leeftijd onder 16.

youth-joined-title = Jullie campagne is aangemeld
youth-joined-text = Bewaar deze link goed. Met de link open je de pagina van jullie team.
youth-joined-next = Op die pagina staat voor elk teamlid een link voor toestemming. Onder 16 jaar geeft een ouder toestemming.

## The team page

youth-team-lead = Dit is de pagina van jullie team. Deel de link niet met anderen.
youth-team-published = Jullie campagne staat op het podium.
youth-team-ready = Iedereen heeft toestemming gegeven. De coördinator kan de campagne nu op het podium zetten.
youth-team-waiting = Nog niet iedereen heeft toestemming gegeven. Zonder toestemming komt er niets op het podium.
youth-team-consent = Toestemming
youth-team-consent-hint = Stuur elke link naar de juiste persoon. Ieder kan de toestemming altijd weer intrekken.
youth-consent-given = toestemming gegeven
youth-consent-needed-parent = een ouder moet nog toestemming geven
youth-consent-needed-self = moet zelf nog toestemming geven
youth-consent-link-parent = Link voor een ouder:
youth-consent-link-self = Link voor dit teamlid zelf:

## Consent

youth-consent-title-parent = Toestemming van een ouder
youth-consent-title-self = Jouw toestemming
youth-consent-lead-parent = { $name } wil meedoen aan een campagne op het Jongerenpodium. { $name } is jonger dan 16. Daarom vragen we jou om toestemming.
youth-consent-lead-self = { $name }, je doet mee aan een campagne op het Jongerenpodium. Geef hier zelf je toestemming.
youth-consent-campaign = De campagne
youth-consent-what = Waar gaat de toestemming over?
youth-consent-text = Je kiest drie dingen apart. Meedoen met het team. Het werk van het team laten zien op het podium. Foto's laten zien waarop je het teamlid herkent. Op het podium staat alleen de voornaam. Je kunt de toestemming altijd intrekken. Dan halen we de campagne meteen van het podium.
youth-consent-version = Versie van deze tekst: { $version }
youth-consent-covers = Ik geef toestemming voor
youth-q-take-part = meedoen met het team
youth-q-publish-work = het werk laten zien op het podium, met de voornaam
youth-q-publish-photos = foto's laten zien waarop het teamlid te herkennen is
youth-q-channel = Hoe kreeg je deze link?
youth-channel-email = Per e-mail
youth-channel-phone = Per telefoon of bericht
youth-channel-in-person = Persoonlijk
youth-channel-letter = Per brief
youth-q-guardian = Ik ben de ouder of voogd
youth-consent-give = Toestemming geven
youth-consent-saved = Dank je. We hebben de toestemming opgeslagen.
youth-consent-current = Wat je nu toestaat
youth-yes = ja
youth-no = nee
youth-consent-withdraw = Toestemming intrekken
youth-error-take-part = Zonder toestemming om mee te doen kan het niet. Vink het aan.
youth-error-channel = Kies hoe je deze link kreeg.
youth-error-guardian = Alleen een ouder of voogd kan toestemming geven.

## The timeline and the coach

youth-timeline = Tijdlijn
youth-timeline-empty = Er staat nog niets op de tijdlijn.
youth-milestone-idea = Idee
youth-milestone-plan = Plan
youth-milestone-production = Maken
youth-milestone-launch = Lancering
youth-milestone-evaluation = Terugblik
youth-milestone-now = nu
youth-milestone-reach = Volgende stap: { $milestone }
youth-entry-milestone = Stap bereikt
youth-entry-task = Taak
youth-entry-message = Bericht
youth-entry-log = Coachlogboek
youth-entry-kind = Soort
youth-by-team = het team
youth-task-done = Klaar
youth-task-mark-done = Klaar
youth-thread-write = Schrijf een bericht
youth-thread-hint = Het team en de coach lezen alle berichten. Er zijn geen privéberichten.
youth-coach-thread-hint = Het hele team leest je berichten en taken. Het logboek leest alleen de coördinator.
youth-thread-message = Bericht
youth-thread-send = Versturen
youth-error-kind = Kies een soort.
youth-error-body = Schrijf een bericht.
youth-coach-title = Mijn teams
youth-coach-lead = De campagnes die jij als coach begeleidt.
youth-coach-none = Je begeleidt nog geen team.

## Management

youth-manage-title = Jongerenpodium
youth-manage-card-text = Campagnes van jongeren: toestemming, coach en het podium.
youth-manage-lead = Alle campagnes. Een campagne komt pas op het podium als het hele team toestemming gaf.
youth-manage-none = Er zijn nog geen campagnes.
youth-state = Stand
youth-state-draft = Niet op het podium
youth-state-published = Op het podium
youth-state-ended = Afgelopen
youth-consent-complete = Compleet
youth-consent-incomplete = Nog niet iedereen gaf toestemming.
youth-consent-no-publishing = niet voor het podium
youth-coach = Coach
youth-coach-current = Coach: { $name }
youth-coach-choose = Kies een coach
youth-coach-hint = Alleen iemand met een geldig certificaat jongerencoach.
youth-coach-assign = Coach kiezen
youth-error-coach = Kies een coach uit de lijst.
youth-error-coach-untrained = Deze coach heeft geen geldig certificaat jongerencoach. Kies iemand anders.
youth-publish-heading = Podium
youth-publish = Op het podium zetten
youth-unpublish = Van het podium halen
youth-error-consent-missing = Nog niet iedereen gaf toestemming om het werk te laten zien.
youth-error-no-team = Deze campagne heeft geen team meer.
youth-end-heading = Einde van de campagne
youth-end = Campagne afsluiten
youth-erase = Gegevens van het team nu wissen

## Media

youth-media = Foto's, documenten en video's
youth-media-kind-photo = Foto
youth-media-kind-document = Document (pdf)
youth-media-kind-video = Video (link)
youth-media-recognisable-note = Op deze foto is iemand te herkennen. Hij komt alleen op het podium als iedereen daar toestemming voor gaf.
youth-media-add = Wat voeg je toe?
youth-media-description = Beschrijving
youth-media-description-hint = Wat staat erop? Zo weten mensen die niet kunnen zien het ook.
youth-media-file = Bestand
youth-media-file-hint = Een foto (JPEG, PNG of WebP) of een pdf van hoogstens 2 MB. We halen plaats en camera uit foto's.
youth-media-recognisable = Op deze foto is iemand te herkennen
youth-media-url = Link naar de video
youth-media-url-hint = Zet de video eerst op YouTube, Vimeo, TikTok of Instagram. Plak hier de link.
youth-media-upload = Toevoegen
youth-media-error-large = Het bestand is te groot. Het mag hoogstens 2 MB zijn.
youth-media-error-pixels = De foto heeft te veel pixels. Maak hem kleiner.
youth-media-error-photo-type = Dit is geen foto die we kunnen gebruiken. Kies een JPEG, PNG of WebP.
youth-media-error-document-type = Dit is geen pdf. Kies een pdf-bestand.
youth-media-error-document-active = Deze pdf bevat code die iets uitvoert. Sla hem opnieuw op als gewone pdf.
youth-media-error-video = Plak een link die begint met https:// naar YouTube, Vimeo, TikTok of Instagram.
youth-media-error-description = Schrijf wat erop staat.
youth-media-error-kind = Kies wat je toevoegt.
youth-media-error-file = Kies een bestand.

## Reactions, support and reach

youth-support-heading = Steun
youth-supports = { $count ->
    [one] 1 steunbetuiging
   *[other] { $count } steunbetuigingen
}
youth-support = Ik steun deze campagne
youth-reactions = Reacties
youth-reactions-none = Er zijn nog geen reacties.
youth-flag = Melden bij de moderator
youth-react = Jouw reactie
youth-react-hint = Blijf vriendelijk. De makers zijn jongeren. Na drie meldingen verbergen we een reactie tot de moderator kijkt.
youth-react-send = Reageren
youth-react-login = Log in om te reageren of de campagne te steunen
youth-error-reaction = Schrijf een reactie.
youth-moderate-title = Gemelde reacties op het Jongerenpodium
youth-moderate-lead = { $count ->
    [one] Na 1 melding is een reactie verborgen tot je beslist.
   *[other] Na { $count } meldingen is een reactie verborgen tot je beslist.
}
youth-moderate-none = Er zijn geen gemelde reacties.
youth-flags = { $count ->
    [one] 1 melding
   *[other] { $count } meldingen
}
youth-moderate-auto-hidden = nu verborgen
youth-moderate-campaign = Bekijk de campagne
youth-moderate-keep = Laten staan
youth-moderate-reason = Reden voor de schrijver
youth-moderate-hide = Verbergen
youth-error-reason = Schrijf de reden. De schrijver krijgt die te zien.
youth-reach = Bereik
youth-reach-hint = Bezoeken, steunbetuigingen en reacties per dag. We tellen zonder cookies en zonder te weten wie kijkt.
youth-reach-none = Er zijn nog geen bezoeken.
youth-reach-day = Dag
youth-reach-views = Bezoeken
youth-reach-supports = Steunbetuigingen
mail-youth-hidden-subject = Je reactie op het Jongerenpodium is verborgen
mail-youth-hidden-body = De moderator heeft je reactie verborgen.

    De reden: { $reason }

    Heb je een vraag? Neem contact op met de coördinator.
mail-youth-hidden-action = Bekijk de campagne

## Call to action and the team's evaluation

youth-cta = Oproep
youth-cta-hint = Wat kunnen mensen doen na jullie campagne? Bijvoorbeeld meedoen met een activiteit.
youth-cta-text = Tekst op de knop
youth-cta-url = Link
youth-cta-url-hint = Een pagina van deze site, zoals /activiteiten, of een link die begint met https://.
youth-cta-save = Oproep opslaan
youth-error-cta-text = Schrijf een tekst van minstens 3 tekens.
youth-error-cta-url = Gebruik een pagina van deze site of een link die begint met https://.
youth-evaluation = Jullie terugblik
youth-evaluation-hint = Wat ging goed? Wat zou je anders doen? Alleen jullie team en de coördinator lezen dit.
youth-evaluation-text = Terugblik
youth-evaluation-save = Terugblik opslaan
youth-evaluation-none = Het team schreef nog geen terugblik.
youth-error-evaluation = Schrijf jullie terugblik.
youth-rights-open-campaigns = { $count ->
    [one] Je begeleidt nog 1 lopende campagne.
   *[other] Je begeleidt nog { $count } lopende campagnes.
}
