## Main navigation
nav-home = Wijkplan

## Home page
home-approaches-heading = Onze kernaanpakken
home-approaches-intro = { $count ->
    [one] Het wijkplan heeft nu één kernaanpak op deze site.
   *[other] Het wijkplan heeft nu { $count } kernaanpakken op deze site.
}
home-pillar-count = { $count ->
    [one] 1 pijler
   *[other] { $count } pijlers
}
home-coming-up-heading = Binnenkort
home-areas-heading = De buurten
home-areas-intro = { $count ->
    [one] Het wijkplan gaat over één buurt.
   *[other] Het wijkplan gaat over { $count } buurten.
}
home-areas-map-title = Kaart van de buurten in de wijk
home-areas-source = Bron kaart
home-empty-title = Welkom
home-empty-message = Er staat nog geen wijkplan op deze site. De beheerder kan het wijkplan toevoegen.

## Approach page
approach-breadcrumb = Je bent hier
approach-pillars-heading = De vier pijlers
approach-pillars-intro = We werken volgens de vier pijlers van De Vreedzame Wijk en De Vreedzame School.
approach-actions-heading = Wat gaan we doen?
approach-action-pillars = Pijlers
approach-contact-heading = Contact
approach-contact-person = Contactpersoon: { $name }
approach-contact-none = Er is nog geen contactpersoon.

## Status
status-planned = Gepland
status-active = Loopt
status-paused = Gepauzeerd
status-completed = Afgerond

## Validation messages (coordinator forms)
approach-error-slug = Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld: gezond-opgroeien.
approach-error-dutch-required = Vul in elk geval de Nederlandse tekst in.
approach-error-title-empty = Vul een titel in.
approach-error-title-long = De titel is te lang. Gebruik hoogstens 120 tekens.
approach-error-summary-long = De samenvatting is te lang. Gebruik hoogstens 400 tekens.
approach-error-body-long = De tekst is te lang.
approach-error-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@amersfoort.nl.
approach-error-contact-long = De naam is te lang.
## The four pillars of De Vreedzame Wijk (generated from seed/pillars.toml)
pillar-positive-community = Positieve sociale gemeenschap
pillar-positive-community-motto = We horen bij elkaar, we hebben hart voor elkaar
pillar-positive-community-explanation = We zorgen samen dat iedereen zich welkom voelt en erbij hoort.
pillar-conflict-mediation = Conflicthantering en mediatie
pillar-conflict-mediation-motto = We hebben oor voor elkaar, we lossen conflicten zelf op
pillar-conflict-mediation-explanation = We luisteren naar elkaar en leren hoe we een ruzie samen op een goede manier oplossen.
pillar-tasks-responsibilities = Taken en verantwoordelijkheden
pillar-tasks-responsibilities-motto = We dragen allemaal een steentje bij
pillar-tasks-responsibilities-explanation = Iedereen doet mee en helpt om van de wijk een fijne plek te maken.
pillar-diversity = Omgaan met diversiteit
pillar-diversity-motto = We zijn allemaal anders
pillar-diversity-explanation = We zien verschillen tussen mensen als iets normaals en gaan daar met respect mee om.

## Managing approaches
approach-admin-title = Kernaanpakken beheren
approach-admin-lead = Voeg de kernaanpakken van het wijkplan toe en schrijf hun teksten in elke taal.
approach-admin-new = Nieuwe kernaanpak
approach-admin-create = Kernaanpak maken
approach-admin-edit = Kernaanpak bewerken
approach-admin-view = Bekijk de pagina
approach-admin-saved = De wijzigingen zijn opgeslagen.
approach-admin-languages = Taal van de tekst
approach-admin-slug = Adres (deel van de link)
approach-admin-slug-hint = Kleine letters, cijfers en streepjes, bijvoorbeeld: gezond-opgroeien.
approach-admin-status = Stand
approach-admin-contact-name = Contactpersoon
approach-admin-contact-email = E-mailadres contactpersoon
approach-admin-title-field = Titel
approach-admin-summary = Samenvatting (een of twee zinnen)
approach-admin-body = Tekst
approach-admin-body-hint = Schrijf in eenvoudige taal. Laat een lege regel tussen alinea's.
approach-error-status = Kies een stand.
approach-error-slug-taken = Dit adres is al in gebruik. Kies een ander.
