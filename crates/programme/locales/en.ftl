## Main navigation
nav-home = Neighbourhood plan

## Home page
home-approaches-heading = Our core approaches
home-approaches-intro = { $count ->
    [one] The neighbourhood plan has one core approach on this site so far.
   *[other] The neighbourhood plan has { $count } core approaches on this site so far.
}
home-pillar-count = { $count ->
    [one] 1 pillar
   *[other] { $count } pillars
}
home-coming-up-heading = Coming up
home-areas-heading = The neighbourhoods
home-areas-intro = { $count ->
    [one] The neighbourhood plan covers one neighbourhood.
   *[other] The neighbourhood plan covers { $count } neighbourhoods.
}
home-areas-map-title = Map of the neighbourhoods in the district
home-areas-source = Map source
home-empty-title = Welcome
home-empty-message = There is no neighbourhood plan on this site yet. The administrator can add it.

## Approach page
approach-breadcrumb = You are here
approach-pillars-heading = The four pillars
approach-pillars-intro = We follow the four pillars of De Vreedzame Wijk and De Vreedzame School (the Peaceful Neighbourhood and the Peaceful School).
approach-actions-heading = What are we going to do?
approach-action-pillars = Pillars
approach-contact-heading = Contact
approach-contact-person = Contact person: { $name }
approach-contact-none = There is no contact person yet.

## Status
status-planned = Planned
status-active = Ongoing
status-paused = Paused
status-completed = Completed

## Validation messages (coordinator forms)
approach-error-slug = Use only lower-case letters, digits and hyphens, for example: healthy-growing-up.
approach-error-dutch-required = Please fill in at least the Dutch text.
approach-error-title-empty = Please fill in a title.
approach-error-title-long = The title is too long. Use at most 120 characters.
approach-error-summary-long = The summary is too long. Use at most 400 characters.
approach-error-body-long = The text is too long.
approach-error-email = Please enter a valid e-mail address, for example name@amersfoort.nl.
approach-error-contact-long = The name is too long.
## The four pillars of De Vreedzame Wijk (generated from seed/pillars.toml)
pillar-positive-community = Positive social community
pillar-positive-community-motto = We belong together, we care for each other
pillar-positive-community-explanation = Together we make sure that everyone feels welcome and belongs.
pillar-conflict-mediation = Conflict resolution and mediation
pillar-conflict-mediation-motto = We listen to each other, we solve conflicts ourselves
pillar-conflict-mediation-explanation = We listen to each other and learn how to solve a quarrel together in a good way.
pillar-tasks-responsibilities = Tasks and responsibilities
pillar-tasks-responsibilities-motto = We all contribute
pillar-tasks-responsibilities-explanation = Everyone takes part and helps to make the district a nice place.
pillar-diversity = Dealing with diversity
pillar-diversity-motto = We are all different
pillar-diversity-explanation = We see differences between people as something normal and treat them with respect.

## Managing approaches
approach-admin-title = Manage core approaches
approach-admin-lead = Add the core approaches of the neighbourhood plan and write their texts in each language.
approach-admin-new = New core approach
approach-admin-create = Create core approach
approach-admin-edit = Edit core approach
approach-admin-view = View the page
approach-admin-saved = The changes have been saved.
approach-admin-languages = Language of the text
approach-admin-slug = Address (part of the link)
approach-admin-slug-hint = Lower-case letters, digits and hyphens, for example: healthy-growing-up.
approach-admin-status = Status
approach-admin-contact-name = Contact person
approach-admin-contact-email = E-mail address of the contact person
approach-admin-title-field = Title
approach-admin-summary = Summary (one or two sentences)
approach-admin-body = Text
approach-admin-body-hint = Write in plain language. Leave an empty line between paragraphs.
approach-error-status = Choose a status.
approach-error-slug-taken = This address is already in use. Choose another one.
