## Layout (every page)
layout-site-name = Kansrijk
layout-description = Samen werken aan een wijk waar iedereen welkom is.
layout-tagline = Samen werken aan een wijk waar iedereen welkom is
layout-skip-link = Naar de inhoud
layout-language-nav = Kies een taal
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
error-not-found-message = Misschien is de pagina verplaatst, of klopt het adres niet. Kijk of u het adres goed hebt getypt.
error-unavailable-title = Even niet beschikbaar
error-unavailable-message = Het lukt nu niet om deze pagina te laten zien. Probeer het over een paar minuten opnieuw. Er is niets verloren gegaan.
error-too-large-title = Te veel tekst of een te groot bestand
error-too-large-message = Wat u stuurde is te groot. Maak de tekst korter of kies een kleiner bestand.
error-method-not-allowed-title = Dit kan hier niet
error-method-not-allowed-message = Deze actie is op deze pagina niet mogelijk.
error-too-many-requests-title = Even wachten
error-too-many-requests-message = U hebt het te vaak kort na elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.
error-bad-request-title = Er ging iets mis met uw verzoek
error-bad-request-message = Wij konden uw verzoek niet verwerken. Ga terug en probeer het opnieuw.
error-internal-title = Er ging iets mis bij ons
error-internal-message = Dit is onze fout, niet de uwe. Probeer het later opnieuw. Blijft het misgaan? Neem dan contact op.
error-forbidden-title = Dit mag u niet doen
error-forbidden-message = U hebt geen toegang tot deze pagina, of het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-unauthorised-title = Log eerst in
error-unauthorised-message = Voor deze pagina moet u ingelogd zijn.

## Layout: account links
layout-breadcrumb = U bent hier
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
login-intro = Log in met uw e-mailadres en wachtwoord.
login-submit = Inloggen
login-forgot = Wachtwoord vergeten?
login-register = Nog geen account? Maak een account.
login-error-failed = Het e-mailadres of het wachtwoord klopt niet. Of u hebt het te vaak geprobeerd: wacht dan een paar minuten.
code-title = Code uit uw app
code-intro = Open de app op uw telefoon en typ de code van 6 cijfers. Hebt u uw telefoon niet? Typ dan een van uw herstelcodes.
code-label = Code
code-hint = 6 cijfers uit de app, of een herstelcode van 12 cijfers.
code-submit = Controleren
code-error-wrong = Deze code klopt niet. Kijk of u de nieuwste code uit de app gebruikt.
code-error-locked = Er zijn te vaak verkeerde codes ingevuld. Probeer het over 15 minuten opnieuw.

## Forgotten password
forgot-title = Wachtwoord vergeten
forgot-intro = Vul uw e-mailadres in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur mij een link
forgot-sent-title = Kijk in uw e-mail
forgot-sent-message = Als er een account is met dit e-mailadres, krijgt u binnen een paar minuten een e-mail. De link werkt één uur. Kijk ook in uw map met ongewenste e-mail.
reset-title = Kies een nieuw wachtwoord
reset-intro = Kies een nieuw wachtwoord voor uw account. Daarna logt u overal opnieuw in.
reset-done-title = Uw wachtwoord is veranderd
reset-done-message = U kunt nu inloggen met uw nieuwe wachtwoord.
set-password-submit = Wachtwoord opslaan
token-invalid-title = Deze link werkt niet meer
token-invalid-message = De link is al gebruikt of is verlopen. Vraag een nieuwe link aan.
token-invalid-link = Vraag een nieuwe link aan

## Invitation
invite-title = Welkom bij Kansrijk
invite-intro = U bent uitgenodigd. Kijk of uw naam goed is en kies een wachtwoord.
invite-invalid-message = Deze uitnodiging is al gebruikt of is verlopen. Vraag de persoon die u uitnodigde om een nieuwe uitnodiging.
invite-inviter-default = De coördinator van het wijkplan

## Registration
register-title = Account maken
register-intro = Met een account kunt u meedoen: ideeën steunen en reageren. U krijgt een e-mail om uw e-mailadres te bevestigen.
register-name-hint = Uw voornaam of een bijnaam is genoeg.
register-consent = Ik heb gelezen wat er met mijn gegevens gebeurt.
register-error-consent = Zet een vinkje als u akkoord bent.
register-submit = Account maken
register-sent-title = Kijk in uw e-mail
register-sent-message = We hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw account te bevestigen. De link werkt twee dagen.
confirm-done-title = Uw e-mailadres is bevestigd
confirm-done-message = Uw account is klaar. U kunt nu inloggen.

## My account
account-title = Mijn account
account-roles = Rollen
account-no-roles = Geen
account-twofactor-on = Inloggen in twee stappen staat aan.
account-twofactor-off = Inloggen in twee stappen staat uit.
account-twofactor-setup = Inloggen in twee stappen instellen
account-recovery-left = { $count ->
    [one] U hebt nog 1 herstelcode.
   *[other] U hebt nog { $count } herstelcodes.
}
account-sessions-heading = Waar bent u ingelogd?
account-sessions = { $count ->
    [one] U bent op 1 plek ingelogd.
   *[other] U bent op { $count } plekken ingelogd.
}
account-logout-everywhere = Overal uitloggen
account-display-name-heading = Uw naam op openbare pagina's
account-display-name-now = Bij uw voorstellen en reacties staat nu: { $name }
account-display-name-label = Naam op openbare pagina's
account-display-name-hint = Laat dit leeg voor uw voornaam en de eerste letter van uw achternaam. Kiest u zelf een naam? Gebruik dan 2 tot 40 tekens.
account-display-name-save = Naam opslaan
account-display-name-saved = Uw naam op openbare pagina's is opgeslagen.
account-display-name-error-length = Kies een naam van 2 tot 40 tekens.
account-display-name-error-characters = Deze naam bevat tekens die niet mogen. Gebruik letters, cijfers en leestekens.

## Two-factor
twofactor-title = Inloggen in twee stappen
twofactor-intro = Uw rol geeft toegang tot gevoelige gegevens. Daarom logt u in met uw wachtwoord én een code uit een app op uw telefoon.
twofactor-step-app = Zet een app voor inlogcodes op uw telefoon, bijvoorbeeld een authenticator-app.
twofactor-step-scan = Scan de QR-code met de app.
twofactor-step-code = Typ de code van 6 cijfers die de app laat zien.
twofactor-manual = Kunt u niet scannen? Typ deze sleutel in de app:
twofactor-submit = Code controleren
twofactor-done = Inloggen in twee stappen staat nu aan.
twofactor-recovery-heading = Uw herstelcodes
twofactor-recovery-intro = Bewaar deze codes op een veilige plek. Elke code werkt één keer, als u uw telefoon niet hebt. U ziet de codes maar één keer.
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
admin-intro = Hier beheert u de organisaties, de mensen en hun rollen.
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
people-error-block-self = U kunt uw eigen account niet blokkeren.
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
mail-footer = Kansrijk, het platform van het wijkplan. U krijgt deze e-mail omdat iemand dit e-mailadres op de site invulde.
mail-invite-subject = Uitnodiging voor Kansrijk
mail-invite-body = Beste { $name },

    { $inviter } nodigt u uit voor Kansrijk, het platform van het wijkplan.

    Klik op de link om een wachtwoord te kiezen. De link werkt één week en maar één keer.
mail-invite-action = Uitnodiging aannemen
mail-reset-subject = Kies een nieuw wachtwoord
mail-reset-body = Beste { $name },

    U vroeg om een nieuw wachtwoord. Klik op de link om een nieuw wachtwoord te kiezen. De link werkt één uur.

    Vroeg u niets? Dan kunt u deze e-mail negeren. Uw wachtwoord blijft dan hetzelfde.
mail-reset-action = Nieuw wachtwoord kiezen
mail-wrong-codes-subject = Verkeerde codes bij het inloggen op uw account
mail-wrong-codes-body = Beste { $name },

    Iemand heeft { $count } keer een verkeerde code ingevuld bij het inloggen op uw account. Daarom kan er { $minutes } minuten lang niet met een code worden ingelogd.

    Was u dat zelf? Dan hoeft u niets te doen.

    Was u dat niet? Dan kent iemand anders misschien uw wachtwoord. Kies dan meteen een nieuw wachtwoord.
mail-wrong-codes-action = Nieuw wachtwoord kiezen
mail-confirm-subject = Bevestig uw e-mailadres
mail-confirm-body = Beste { $name },

    Welkom bij Kansrijk. Klik op de link om uw e-mailadres te bevestigen. De link werkt twee dagen.
mail-confirm-action = E-mailadres bevestigen
mail-exists-subject = U hebt al een account
mail-exists-body = Beste { $name },

    Iemand probeerde een account te maken met dit e-mailadres. Maar u hebt al een account.

    Weet u uw wachtwoord niet meer? Kies dan een nieuw wachtwoord via de link.
mail-exists-action = Nieuw wachtwoord kiezen

# API-sleutels (/beheer/api-sleutels)
admin-api-tokens-text = Sleutels voor andere systemen die de API gebruiken.
api-tokens-title = API-sleutels
api-tokens-intro = Met een API-sleutel leest een ander systeem (een dashboard, een zaaksysteem) gegevens via de API. De sleutel werkt alleen voor de organisatie, het gebied en de onderwerpen die u kiest.
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
api-token-created = De sleutel is gemaakt. Kopieer hem nu: u ziet hem maar één keer.
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
