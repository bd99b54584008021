## Layout (every page)
layout-site-name = Kansrijk
layout-description = Samen werken aan een wijk waar iedereen welkom is.
layout-tagline = Samen werken aan een wijk waar iedereen welkom is
layout-skip-link = Naar de inhoud
layout-language-nav = Kies een taal
# A language named in the reader's language, inside a sentence (the switcher keeps each name in its own language).
lang-name-nl = Nederlands
lang-name-en = Engels
lang-name-tr = Turks
lang-name-ar = Arabisch
lang-name-pl = Pools
lang-name-ngt = Nederlandse Gebarentaal
layout-main-nav = Hoofdmenu
layout-contact = Contact
layout-privacy = Privacy
layout-accessibility = Toegankelijkheid
layout-open-data = Open data (API)
layout-made-by = Gemaakt voor en met de bewoners van de wijk.

## Statements
privacy-title = Privacyverklaring
accessibility-title = Toegankelijkheidsverklaring

## Error pages
error-back-home = Naar de startpagina
error-code = Foutcode { $status }
error-not-found-title = Deze pagina bestaat niet
error-not-found-message = Misschien is de pagina verplaatst, of klopt het adres niet. Kijk of je het adres goed hebt getypt.
error-unavailable-title = Even niet beschikbaar
error-unavailable-message = Het lukt nu niet om deze pagina te laten zien. Probeer het over een paar minuten opnieuw. Er is niets verloren gegaan.
error-too-large-title = Te veel tekst of een te groot bestand
error-too-large-message = Wat je stuurde is te groot. Maak de tekst korter of kies een kleiner bestand.
error-method-not-allowed-title = Dit kan hier niet
error-method-not-allowed-message = Deze actie is op deze pagina niet mogelijk.
error-too-many-requests-title = Even wachten
error-too-many-requests-message = Je hebt het te vaak kort na elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.
error-bad-request-title = Er ging iets mis met je verzoek
error-bad-request-message = Wij konden je verzoek niet verwerken. Ga terug en probeer het opnieuw.
error-internal-title = Er ging iets mis bij ons
error-internal-message = Dit is onze fout, niet de uwe. Probeer het later opnieuw. Blijft het misgaan? Neem dan contact op.
error-forbidden-title = Dit mag je niet doen
error-forbidden-message = Je hebt geen toegang tot deze pagina, of het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-unauthorised-title = Log eerst in
error-unauthorised-message = Voor deze pagina moet je ingelogd zijn.

## Layout: account links
layout-breadcrumb = Je bent hier
layout-login = Inloggen
layout-account = Mijn account
layout-manage = Beheer
layout-logout = Uitloggen
layout-logged-in-as = Ingelogd als { $name }

## Forms (shared)
form-error-summary = Er ging iets mis. Kijk naar de velden hieronder.
form-name = Naam
form-email = E-mailadres
form-password = Wachtwoord
form-new-password = Nieuw wachtwoord
form-password-again = Typ het wachtwoord nog een keer
form-save = Opslaan
form-yes = Ja
form-no = Nee
form-error-name = Vul een naam in (hoogstens 120 tekens).
form-error-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.
password-hint = Minstens 10 tekens. Een zin van een paar woorden is goed te onthouden en moeilijk te raden.
password-error-short = Het wachtwoord is te kort. Gebruik minstens 10 tekens.
password-error-long = Het wachtwoord is te lang. Gebruik hoogstens 256 tekens.
password-error-weak = Dit wachtwoord is te makkelijk te raden. Kies een langer wachtwoord, bijvoorbeeld een zin van een paar woorden.
password-error-mismatch = De twee wachtwoorden zijn niet hetzelfde.
pagination = Pagina's
pagination-next = Volgende pagina
pagination-previous = Vorige pagina

## Log in
login-title = Inloggen
login-intro = Log in met je e-mailadres en wachtwoord.
login-submit = Inloggen
login-forgot = Wachtwoord vergeten?
login-register = Nog geen account? Maak een account.
login-error-failed = Het e-mailadres of het wachtwoord klopt niet. Of je hebt het te vaak geprobeerd: wacht dan een paar minuten.
code-title = Code uit je app
code-intro = Open de app op je telefoon en typ de code van 6 cijfers. Heb je je telefoon niet? Typ dan een van je herstelcodes.
code-label = Code
code-hint = 6 cijfers uit de app, of een herstelcode van 12 cijfers.
code-submit = Controleren
code-error-wrong = Deze code klopt niet. Kijk of je de nieuwste code uit de app gebruikt.
code-error-locked = Er zijn te vaak verkeerde codes ingevuld. Probeer het over 15 minuten opnieuw.

## Forgotten password
forgot-title = Wachtwoord vergeten
forgot-intro = Vul je e-mailadres in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur mij een link
forgot-sent-title = Kijk in je e-mail
forgot-sent-message = Als er een account is met dit e-mailadres, krijg je binnen een paar minuten een e-mail. De link werkt één uur. Kijk ook in je map met ongewenste e-mail.
reset-title = Kies een nieuw wachtwoord
reset-intro = Kies een nieuw wachtwoord voor je account. Daarna log je overal opnieuw in.
reset-done-title = Je wachtwoord is veranderd
reset-done-message = Je kunt nu inloggen met je nieuwe wachtwoord.
set-password-submit = Wachtwoord opslaan
token-invalid-title = Deze link werkt niet meer
token-invalid-message = De link is al gebruikt of is verlopen. Vraag een nieuwe link aan.
token-invalid-link = Vraag een nieuwe link aan

## Invitation
invite-title = Welkom bij Kansrijk
invite-intro = Je bent uitgenodigd. Kijk of je naam goed is en kies een wachtwoord.
invite-invalid-message = Deze uitnodiging is al gebruikt of is verlopen. Vraag de persoon die je uitnodigde om een nieuwe uitnodiging.
invite-inviter-default = De coördinator van het wijkplan

## Registration
register-title = Account maken
register-intro = Met een account kun je meedoen: ideeën steunen en reageren. Je krijgt een e-mail om je e-mailadres te bevestigen.
register-name-hint = Je voornaam of een bijnaam is genoeg.
register-consent = Ik heb gelezen wat er met mijn gegevens gebeurt.
register-error-consent = Zet een vinkje als je akkoord bent.
register-submit = Account maken
register-sent-title = Kijk in je e-mail
register-sent-message = We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je account te bevestigen. De link werkt twee dagen.
confirm-done-title = Je e-mailadres is bevestigd
confirm-done-message = Je account is klaar. Je kunt nu inloggen.

## My account
account-title = Mijn account
account-roles = Rollen
account-no-roles = Geen
account-twofactor-on = Inloggen in twee stappen staat aan.
account-twofactor-off = Inloggen in twee stappen staat uit.
account-twofactor-setup = Inloggen in twee stappen instellen
account-recovery-left = { $count ->
    [one] Je hebt nog 1 herstelcode.
   *[other] Je hebt nog { $count } herstelcodes.
}
account-sessions-heading = Waar ben je ingelogd?
account-sessions = { $count ->
    [one] Je bent op 1 plek ingelogd.
   *[other] Je bent op { $count } plekken ingelogd.
}
account-logout-everywhere = Overal uitloggen
account-display-name-heading = Je naam op openbare pagina's
account-display-name-now = Bij je voorstellen en reacties staat nu: { $name }
account-display-name-label = Naam op openbare pagina's
account-display-name-hint = Laat dit leeg voor je voornaam en de eerste letter van je achternaam. Kies je zelf een naam? Gebruik dan 2 tot 40 tekens.
account-display-name-save = Naam opslaan
account-display-name-saved = Je naam op openbare pagina's is opgeslagen.
account-display-name-error-length = Kies een naam van 2 tot 40 tekens.
account-display-name-error-characters = Deze naam bevat tekens die niet mogen. Gebruik letters, cijfers en leestekens.

## Two-factor
twofactor-title = Inloggen in twee stappen
twofactor-intro = Je rol geeft toegang tot gevoelige gegevens. Daarom log je in met je wachtwoord én een code uit een app op je telefoon.
twofactor-step-app = Zet een app voor inlogcodes op je telefoon, bijvoorbeeld een authenticator-app.
twofactor-step-scan = Scan de QR-code met de app.
twofactor-step-code = Typ de code van 6 cijfers die de app laat zien.
twofactor-manual = Kun je niet scannen? Typ deze sleutel in de app:
twofactor-submit = Code controleren
twofactor-done = Inloggen in twee stappen staat nu aan.
twofactor-recovery-heading = Je herstelcodes
twofactor-recovery-intro = Bewaar deze codes op een veilige plek. Elke code werkt één keer, als je je telefoon niet hebt. Je ziet de codes maar één keer.
twofactor-continue = Verder

## Roles
role-resident = Bewoner
role-volunteer = Vrijwilliger
role-professional = Professional
role-report-handler = Behandelaar meldingen
role-mediation-coordinator = Coördinator bemiddeling
role-mediator = Bemiddelaar
role-youth-coach = Jongerencoach
role-trainer = Trainer
role-coordinator = Programmacoördinator
role-error-unknown = Kies een rol uit de lijst.
role-error-last-coordinator = Dit is de laatste programmacoördinator. Geef eerst iemand anders deze rol.

## Management
admin-title = Beheer
admin-intro = Hier beheer je de organisaties, de mensen en hun rollen.
admin-people-text = Zoek mensen, geef rollen en blokkeer accounts.
admin-invitations-text = Nodig professionals en vrijwilligers uit.
admin-organisations-text = De partnerorganisaties in de wijk.
admin-audit-text = Wie heeft welke persoonsgegevens bekeken of veranderd?
admin-jobs-heading = Achtergrondtaken
admin-jobs-status = Stand
admin-jobs-count = Aantal
job-status-queued = Wacht
job-status-running = Bezig
job-status-done = Klaar
job-status-failed = Mislukt
organisations-title = Organisaties
organisations-new = Nieuwe organisatie
organisations-count = { $count ->
    [one] 1 organisatie
   *[other] { $count } organisaties
}
organisation-kind = Soort organisatie
organisation-kind-school = School
organisation-kind-welfare = Welzijn
organisation-kind-housing = Woningcorporatie
organisation-kind-police = Politie
organisation-kind-municipality = Gemeente
organisation-kind-sports-culture = Sport en cultuur
organisation-kind-other = Anders
organisation-error-kind = Kies een soort organisatie.
organisation-error-taken = Er is al een organisatie met deze naam.
organisation-error-unknown = Kies een organisatie uit de lijst.
people-title = Mensen
people-search = Zoek op naam of e-mailadres
people-search-submit = Zoeken
people-status = Stand van het account
people-organisation = Organisatie
people-no-organisation = Geen organisatie
people-twofactor = Inloggen in twee stappen
people-verified-resident = Bewoner van de wijk (gecontroleerd)
people-last-login = Laatst ingelogd
people-role = Rol
people-role-organisation = Alleen voor organisatie
people-role-any-organisation = Alle organisaties
people-role-area = Alleen voor wijk of buurt
people-role-any-area = Alle wijken en buurten
people-error-area = Kies een wijk of buurt uit de lijst.
people-add-role = Rol geven
people-remove-role = Rol { $role } weghalen
people-block = Account blokkeren
people-unblock = Account weer openzetten
people-verify-resident = Markeer als bewoner van de wijk
people-unverify-resident = Niet meer als bewoner markeren
people-error-block-self = Je kunt je eigen account niet blokkeren.
people-audit-link = Wie heeft deze gegevens bekeken?
user-status-invited = Uitgenodigd
user-status-unconfirmed = Nog niet bevestigd
user-status-active = Actief
user-status-disabled = Geblokkeerd
invitations-title = Uitnodigingen
invitations-intro = Nodig iemand uit met een rol. De persoon krijgt een e-mail met een link. De link werkt één week en maar één keer.
invitations-new = Iemand uitnodigen
invitations-language = Taal van de e-mail
invitations-submit = Uitnodiging versturen
invitations-sent = De uitnodiging is verstuurd naar { $email }.
invitations-open = Open uitnodigingen
invitations-none = Er zijn geen open uitnodigingen.
invitations-valid-until = geldig tot { $date }
invite-error-exists = Er is al een account met dit e-mailadres.
audit-title = Logboek persoonsgegevens
audit-intro = Wie heeft welke persoonsgegevens bekeken of veranderd, en wanneer. Niemand kan dit logboek veranderen.
audit-actor = Wie
audit-action = Wat
audit-any = Alles
audit-subject = Over
audit-subject-type = Soort gegevens
audit-subject-id = Nummer
audit-from = Van (datum)
audit-until = Tot en met (datum)
audit-filter = Filteren
audit-when = Wanneer
audit-detail = Toelichting
audit-action-read = Bekeken
audit-action-create = Gemaakt
audit-action-update = Veranderd
audit-action-delete = Verwijderd
audit-action-login = Ingelogd
audit-action-login_failed = Inloggen mislukt
audit-action-logout = Uitgelogd
audit-action-export = Geëxporteerd
audit-action-denied = Geweigerd (buiten bereik)

## Mail
mail-footer = Kansrijk, het platform van het wijkplan. Je krijgt deze e-mail omdat iemand dit e-mailadres op de site invulde.
mail-invite-subject = Uitnodiging voor Kansrijk
mail-invite-body = Beste { $name },

    { $inviter } nodigt je uit voor Kansrijk, het platform van het wijkplan.

    Klik op de link om een wachtwoord te kiezen. De link werkt één week en maar één keer.
mail-invite-action = Uitnodiging aannemen
mail-reset-subject = Kies een nieuw wachtwoord
mail-reset-body = Beste { $name },

    Je vroeg om een nieuw wachtwoord. Klik op de link om een nieuw wachtwoord te kiezen. De link werkt één uur.

    Vroeg je niets? Dan kun je deze e-mail negeren. Je wachtwoord blijft dan hetzelfde.
mail-reset-action = Nieuw wachtwoord kiezen
mail-wrong-codes-subject = Verkeerde codes bij het inloggen op je account
mail-wrong-codes-body = Beste { $name },

    Iemand heeft { $count ->
        [one] 1 keer
       *[other] { $count } keer
    } een verkeerde code ingevuld bij het inloggen op je account. Daarom kan er { $minutes ->
        [one] 1 minuut
       *[other] { $minutes } minuten
    } lang niet met een code worden ingelogd.

    Was je dat zelf? Dan hoef je niets te doen.

    Was je dat niet? Dan kent iemand anders misschien je wachtwoord. Kies dan meteen een nieuw wachtwoord.
mail-wrong-codes-action = Nieuw wachtwoord kiezen
mail-confirm-subject = Bevestig je e-mailadres
mail-confirm-body = Beste { $name },

    Welkom bij Kansrijk. Klik op de link om je e-mailadres te bevestigen. De link werkt twee dagen.
mail-confirm-action = E-mailadres bevestigen
mail-exists-subject = Je hebt al een account
mail-exists-body = Beste { $name },

    Iemand probeerde een account te maken met dit e-mailadres. Maar je hebt al een account.

    Weet je je wachtwoord niet meer? Kies dan een nieuw wachtwoord via de link.
mail-exists-action = Nieuw wachtwoord kiezen

# OpenID Connect login for staff
login-oidc-heading = Inloggen via je organisatie
login-oidc-intro = Werk je bij een organisatie met een eigen inlogdienst? Log dan daar in.
login-oidc-button = Inloggen met { $provider }
oidc-failed-title = Inloggen is niet gelukt
oidc-failed-message = Inloggen via je organisatie is niet gelukt. Probeer het opnieuw. Lukt het weer niet? Neem dan contact op met de beheerder.
oidc-unknown-message = Er is hier geen account met het e-mailadres van je organisatie. Vraag een coördinator om je uit te nodigen.
# The local outbox (/beheer/post), when no SMTP server is set
local-mail-title = Post van de demo
local-mail-card = Alle e-mails die het platform verstuurde, zoals de ontvanger ze ziet. Er is geen mailserver ingesteld.
local-mail-intro = Er is geen mailserver ingesteld. Daarom gaat er geen e-mail weg: alle post blijft hier staan. Open een e-mail om hem te zien zoals de ontvanger hem krijgt. Hoelang de post blijft staan (dagen): { $days }.
local-mail-smtp = Er is een mailserver ingesteld. De post gaat dus echt weg en blijft niet hier staan. Hieronder staat alleen post van vroeger, toen er nog geen mailserver was.
local-mail-empty = Er is nog geen post.
local-mail-when = Verstuurd
local-mail-from = Van
local-mail-to = Aan
local-mail-subject = Onderwerp
local-mail-language = Taal
local-mail-by-reference = Adres afgeschermd (melder van het meldpunt)
local-mail-html = De e-mail zoals hij eruitziet
local-mail-links = Links in deze e-mail
local-mail-text = Alleen tekst
# API-sleutels (/beheer/api-sleutels)
admin-api-tokens-text = Sleutels voor andere systemen die de API gebruiken.
api-tokens-title = API-sleutels
api-tokens-intro = Met een API-sleutel leest een ander systeem (een dashboard, een zaaksysteem) gegevens via de API. De sleutel werkt alleen voor de organisatie, het gebied en de onderwerpen die je kiest.
api-tokens-count = { $count ->
    [one] 1 API-sleutel
   *[other] { $count } API-sleutels
}
api-tokens-new = Nieuwe API-sleutel
api-token-description = Omschrijving
api-token-description-hint = Voor welk systeem is de sleutel? Bijvoorbeeld: dashboard van het wijkteam.
api-token-organisation = Organisatie
api-token-area = Alleen voor wijk of buurt (niet verplicht)
api-token-any-area = Alle wijken en buurten
api-token-scopes = Wat mag de sleutel lezen?
api-token-scope-registrations = Aanmeldingen voor activiteiten van de eigen organisatie
api-token-scope-cases = Gegevens over meldingen in het eigen gebied (zonder namen en teksten)
api-token-scope-coverage = Cijfers over de training
api-token-expires = Geldig tot en met
api-token-create = Sleutel maken
api-token-created = De sleutel is gemaakt. Kopieer hem nu: je ziet hem maar één keer.
api-token-status = Status
api-token-active = Actief
api-token-expired = Verlopen
api-token-revoked = Ingetrokken
api-token-revoke = Intrekken
api-token-error-description = Vul een omschrijving in van hoogstens 120 tekens.
api-token-error-organisation = Kies een organisatie uit de lijst.
api-token-error-area = Kies een wijk of buurt uit de lijst.
api-token-error-scopes = Kies minstens één onderwerp.
api-token-error-expires = Kies een datum in de komende twee jaar.
# The command line, when the PostgreSQL database is missing
cli-database-missing = Database "{ $name }" bestaat niet en rol "{ $role }" mag hem niet maken. Maak hem als PostgreSQL-beheerder: CREATE DATABASE "{ $name }" OWNER "{ $role }"; (of: createdb -O { $role } { $name })
# API keys: the mediation scope
api-token-scope-mediation = Bemiddelingszaken die je organisatie doorverwees (zonder namen)
# My data and deleting my account (AVG)
rights-title = Mijn gegevens
rights-intro = Dit is alles wat we over je bewaren, per onderdeel. Je kunt het ook downloaden.
rights-download-json = Download als JSON
rights-download-html = Download als webpagina
rights-nothing = Hier bewaren we niets over je.
rights-value-yes = ja
rights-value-no = nee
rights-module-account = Je account
rights-module-programme = Wijkplan
rights-module-activities = Activiteiten
rights-module-agreements = Wijkafspraken
rights-module-reports = Meldpunt
rights-module-training = Training
rights-module-mediation = Buurtbemiddeling
rights-part-person = Over jou
rights-part-roles = Rollen
rights-part-sessions = Waar je bent ingelogd
rights-part-mails = Mails aan jou
rights-part-contact-of = Contactpersoon van
rights-part-registrations = Aanmeldingen
rights-part-proposals = Voorstellen
rights-part-comments = Reacties
rights-part-supports = Voorstellen die je steunt
rights-part-follows = Voorstellen die je volgt
rights-part-flags = Reacties die je meldde
rights-part-assigned-reports = Meldingen in behandeling bij jou
rights-part-messages-written = Berichten die je schreef
rights-part-enrolments = Inschrijvingen
rights-part-certificates = Certificaten
rights-part-cases = Zaken als bemiddelaar
rights-part-steps-logged = Stappen die je vastlegde
rights-part-street-registered = Je straat
rights-delete-title = Account verwijderen
rights-delete-intro = Je kunt je account verwijderen. Dat kan niet ongedaan worden gemaakt.
rights-delete-what-stays = Wat anderen nodig hebben, blijft zonder je naam. Een reactie wordt dan 'verwijderd door de schrijver'. Een certificaat is dan niet meer geldig.
rights-delete-download-first = Download eerst je gegevens als je ze wilt bewaren.
rights-delete-link = Naar account verwijderen
rights-delete-open-work = Je kunt je account nog niet verwijderen
rights-delete-hand-over = Draag dit eerst over aan een collega. Vraag de coördinator om hulp.
rights-delete-sessions = { $count ->
    [one] Je bent op 1 plek ingelogd. Daar log je ook uit.
   *[other] Je bent op { $count } plekken ingelogd. Overal log je uit.
}
rights-delete-password = Je wachtwoord
rights-delete-code = Code uit je app
rights-delete-button = Verwijder mijn account
rights-delete-error-password = Dit wachtwoord klopt niet.
rights-deleted-title = Je account is verwijderd
rights-deleted-text = We hebben je account verwijderd. Je bent overal uitgelogd.
rights-deleted-home = Naar de voorpagina
# Requests about data handled by staff (AVG art. 15, 17)
rights-requests-title = Verzoeken over gegevens
rights-requests-card = Verzoeken om inzage of verwijdering per brief of aan de balie: binnen 30 dagen beantwoorden.
rights-requests-intro = Vraagt iemand per brief of aan de balie om inzage of verwijdering? Leg het hier vast. Je hebt 30 dagen voor het antwoord.
rights-requests-list = Verzoeken, de open verzoeken eerst
rights-requests-number = Nummer
rights-requests-kind = Soort verzoek
rights-requests-kind-access = Inzage
rights-requests-kind-erasure = Verwijdering
rights-requests-channel = Ontvangen via
rights-requests-channel-letter = Brief
rights-requests-channel-counter = Balie
rights-requests-channel-mail = E-mail
rights-requests-person = Account
rights-requests-email = E-mailadres van het account
rights-requests-email-hint = Controleer eerst wie het vraagt, bijvoorbeeld met een identiteitsbewijs.
rights-requests-received = Ontvangen op
rights-requests-note = Hoe herkend
rights-requests-note-hint = Bijvoorbeeld: paspoort gezien aan de balie. Schrijf geen nummer op.
rights-requests-due = Antwoord uiterlijk
rights-requests-overdue = Te laat
rights-requests-status = Status
rights-requests-status-open = Open
rights-requests-status-answered = Afgehandeld
rights-requests-status-refused = Geweigerd
rights-requests-new = Nieuw verzoek vastleggen
rights-requests-save = Verzoek vastleggen
rights-requests-answer = Download het antwoord (JSON)
rights-requests-done = Antwoord is verstuurd
rights-requests-erase = Verwijder de gegevens
rights-requests-open-work = Eerst overdragen
rights-requests-back = Terug naar de verzoeken
rights-requests-error-kind = Kies inzage of verwijdering.
rights-requests-error-channel = Kies hoe het verzoek binnenkwam.
rights-requests-error-received = Vul een datum in die niet in de toekomst ligt.
rights-requests-error-person = Er is geen account met dit e-mailadres.
# My data: the names of the fields
rights-field-email = E-mailadres
rights-field-name = Naam
rights-field-display-name = Naam op de website
rights-field-language = Taal
rights-field-status = Status
rights-field-verified-resident = Bewoner bevestigd
rights-field-two-step-login = Inloggen in twee stappen
rights-field-organisation = Organisatie
rights-field-created-at = Gemaakt op
rights-field-last-login-at = Laatst ingelogd
rights-field-role = Rol
rights-field-area = Gebied
rights-field-since = Sinds
rights-field-started-at = Begonnen op
rights-field-last-seen-at = Laatst gezien
rights-field-subject = Onderwerp
rights-field-sent-at = Verstuurd op
rights-field-page = Pagina
rights-field-contact-name = Naam contactpersoon
rights-field-contact-email = E-mailadres contactpersoon
rights-field-activity = Activiteit
rights-field-starts-at = Begint op
rights-field-phone = Telefoonnummer
rights-field-people = Aantal personen
rights-field-interpreter = Tolk
rights-field-interpreter-language = Taal van de tolk
rights-field-sign-language = Gebarentaal
rights-field-wheelchair = Rolstoel
rights-field-childcare = Kinderopvang
rights-field-other-needs = Wat je nog meer nodig hebt
rights-field-checked-in = Aanwezig
rights-field-proposal = Voorstel (nummer)
rights-field-title = Titel
rights-field-explanation = Uitleg
rights-field-pillar = Pijler
rights-field-on-behalf-of = Namens
rights-field-comment = Reactie (nummer)
rights-field-text = Tekst
rights-field-edited-at = Aangepast op
rights-field-hidden-at = Verborgen op
rights-field-mode = Hoe vaak
rights-field-reason = Reden
rights-field-kind = Soort
rights-field-course = Cursus
rights-field-meetings-attended = Bijeenkomsten aanwezig
rights-field-number = Nummer
rights-field-issued-at = Uitgegeven op
rights-field-valid-until = Geldig tot
rights-field-revoked-at = Ingetrokken op
rights-field-report = Melding (nummer)
rights-field-messages = Berichten
rights-field-case = Zaak (nummer)
rights-field-stage = Stap
rights-field-assigned-on = Toegewezen op
rights-field-contacts-logged = Contacten vastgelegd
rights-field-count = Aantal
rights-field-registered = Vastgelegd
rights-module-youth = Jongerenpodium
rights-module-monitor = Monitor olievlek
rights-part-reactions = Reacties
rights-part-campaigns-coached = Campagnes die je begeleidt
rights-part-timeline-entries = Wat je in een tijdlijn zette
rights-field-campaign = Campagne
area-municipality = Gemeente
area-municipality-hint = Kies eerst de gemeente en druk op ‘Kies deze gemeente’. Dan zie je alleen wat in die gemeente ligt. Wat je al hebt ingevuld, blijft staan.
area-choose-municipality = Kies deze gemeente
area-error-other-municipality = Dit gebied ligt niet in de gekozen gemeente. Kies uit de lijst.
area-municipality-filter-hint = Kies een gemeente en druk op de knop eronder. Dan zie je bij de buurt de buurten van die gemeente.
