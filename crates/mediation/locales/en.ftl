nav-mediation = Neighbour mediation

## Public pages

mediation-title = Neighbour mediation
mediation-intro-lead = Are you in a dispute with your neighbours, or bothered by them? Two trained volunteers help you find a solution together.
mediation-intro-what = Neighbour mediation is free. The mediators do not take sides. They help you talk and listen. You come up with the solution yourselves.
mediation-intro-how-heading = How does it work?
mediation-intro-step-1 = You ask for help with the form. You can also come through the police, the housing corporation, the school or the wijkteam.
mediation-intro-step-2 = Within five working days we contact you for a first conversation.
mediation-intro-step-3 = Two mediators talk first with you and then with your neighbours.
mediation-intro-step-4 = If everyone agrees, you talk together in a quiet place. We write down the agreements.
mediation-privacy-heading = What do we do with your details?
mediation-privacy-text = Only the coordinator and the two mediators read your details. We store them encrypted. We delete them two years after the end.
mediation-privacy-link = Read the privacy statement
mediation-start = Ask for help
mediation-figures-link = See the figures of neighbour mediation
mediation-back = Back to neighbour mediation

mediation-form-title = Ask for help with a conflict with your neighbours
mediation-form-lead = Fill in what you know. Fields without "optional" are needed.
mediation-q-requester = Who is asking for help?
mediation-requester-resident = I am a resident and ask for help myself
mediation-requester-professional = I work for an organisation and refer a resident
mediation-q-referrer = For staff of an organisation
mediation-q-referrer-hint = Only fill this in if you refer a resident. The resident must agree.
mediation-q-referrer-type = Kind of organisation
mediation-q-referrer-org = Name of your organisation
mediation-q-consent = The resident agrees that I refer them
mediation-q-updates = I would like a short message when the mediation starts and when it has finished
mediation-q-referrer-email = Your e-mail address for that message
mediation-q-referrer-email-hint = The message never contains a name or what happened.
mediation-q-you = The resident asking for help
mediation-q-name = Name
mediation-q-street = Street
mediation-q-house-number = House number (optional)
mediation-q-phone = Phone number
mediation-q-contact-hint = Fill in a phone number or an e-mail address.
mediation-q-email = E-mail address
mediation-q-language = Language for the conversations (optional)
mediation-q-language-hint = For example Dutch, Turkish or Arabic.
mediation-q-interpreter = An interpreter is needed
mediation-q-other = The neighbours the conflict is with
mediation-q-other-hint = Optional. Do you know their name or address? Then we can help sooner.
mediation-q-other-name = Name of the neighbours
mediation-q-conflict = The conflict
mediation-q-topic = What is it about?
mediation-q-buurt = Neighbourhood
mediation-buurt-unknown = I don't know
mediation-q-description = What is going on?
mediation-q-description-hint = Say briefly what happens and for how long.
mediation-q-urgency = How soon is help needed?
mediation-urgency-normal = Normal
mediation-urgency-urgent = Soon, it is getting worse
mediation-choose = Choose
mediation-send = Send

mediation-thanks-title = We have received your request
mediation-thanks-text = Thank you. We will contact you by { $date } at the latest.

mediation-topic-noise = Noise
mediation-topic-garden = House or garden
mediation-topic-children = Children
mediation-topic-pets = Pets
mediation-topic-parking = Parking
mediation-topic-intimidation = Threats or bullying
mediation-topic-pollution = Litter or smell
mediation-topic-treatment = Treatment or discrimination
mediation-topic-other = Something else

mediation-referrer-self = The resident themself
mediation-referrer-police = Police
mediation-referrer-housing = Housing corporation
mediation-referrer-municipality = Municipality
mediation-referrer-school = School
mediation-referrer-meldpunt = Reporting service
mediation-referrer-wijkteam = Wijkteam

## Errors

mediation-error-requester = Choose who is asking for help.
mediation-error-referrer-type = Choose the kind of organisation.
mediation-error-referrer-org = Fill in the name of your organisation.
mediation-error-consent = You may only refer a resident who agrees. Tick the box if they do.
mediation-error-email = Fill in a valid e-mail address, like name@example.nl.
mediation-error-name = Fill in a name.
mediation-error-street = Fill in the street.
mediation-error-contact = Fill in a phone number or an e-mail address.
mediation-error-topic = Choose what it is about.
mediation-error-buurt = Choose a neighbourhood from the list.
mediation-error-description = Say in a few words what is going on.
mediation-error-urgency = Choose how soon help is needed.
mediation-error-step-order = This step is not possible yet. First do the step that comes before it.
mediation-error-decide-first = First choose whether mediation is suitable.
mediation-error-date = Fill in a date.
mediation-error-date-future = This date is in the future.
mediation-error-date-order = This date is before the previous step.
mediation-error-suitable = Choose whether mediation is suitable.
mediation-error-reason = Choose a reason.
mediation-error-referral = Fill in where you refer the residents to.
mediation-error-mediator = Choose a mediator from the list.
mediation-error-untrained = This mediator has no valid training certificate.
mediation-error-same-street = This mediator lives in the same street as one of the neighbours.
mediation-error-same-mediator = Choose two different mediators.
mediation-error-agrees = Choose whether the neighbours take part.
mediation-error-venue = Choose a place from the list.
mediation-error-agreements = Write down the agreements.
mediation-error-aftercare-early = Aftercare is at least two weeks after the agreements.
mediation-error-outcome = Choose an outcome.
mediation-error-outcome-too-early = This outcome is only possible after the talk with the first party.
mediation-error-outcome-refused = The neighbours did not take part. Choose another outcome.
mediation-error-stale = Someone else has just changed this case. Look at what it says now and do your step again.
mediation-error-contact-kind = Choose what kind of contact it was.
mediation-error-case-closed = This case is finished. You can no longer add contacts.

## Figures

mediation-figures-title = Figures of neighbour mediation
mediation-figures-lead = How many mediations there were, what about and how they ended. We do not show numbers below { $threshold }.
mediation-figures-none = There are no figures yet.
mediation-figures-total = Requests
mediation-figures-solved = Solved (fully or partly)
mediation-figures-days-intake = Days to the first conversation (median)
mediation-figures-days-close = Days to the end (median)
mediation-figures-too-few = too few to show
mediation-figures-cases = Number
mediation-figures-note = A number below { $threshold } is shown as "<{ $threshold }". With "×" we hide a number from which you could work out a small number.
mediation-dimension-topic = Topic
mediation-dimension-referrer = Referred by
mediation-dimension-outcome = Outcome

## Case flow

mediation-case-title = Case { $number }
mediation-number = Case
mediation-stage-received = Received
mediation-stage-intake = Intake done
mediation-stage-suitable = Suitable for mediation
mediation-stage-assigned = Mediators chosen
mediation-stage-party1 = Talk with the first party
mediation-stage-party2 = Second party approached
mediation-stage-joint = Talked together
mediation-stage-agreements = Agreements made
mediation-stage-aftercare = Aftercare done
mediation-stage-closed = Closed
mediation-step-received = Request
mediation-step-intake = First conversation (intake)
mediation-step-decide = Is mediation suitable?
mediation-step-assign = Choose two mediators
mediation-step-party1 = Talk with the first party
mediation-step-party2 = Second party approached
mediation-step-joint = Talk together
mediation-step-agreements = Agreements
mediation-step-aftercare = Aftercare
mediation-step-close = Close
mediation-outcome = Outcome
mediation-outcome-solved = Solved
mediation-outcome-partly-solved = Partly solved
mediation-outcome-not-solved = Not solved
mediation-outcome-referred = Referred
mediation-outcome-stopped = Stopped
mediation-outcome-open = Ongoing
mediation-reason = Reason
mediation-reason-other-party-refused = The other party did not want to
mediation-reason-no-reaction = The other party did not react
mediation-reason-no-motivation = No motivation any more
mediation-reason-psychosocial = Other help needed, such as for addiction
mediation-reason-escalated = The conflict has gone too far
mediation-reason-not-suitable-business = Not suitable: a business
mediation-reason-not-suitable-violence = Not suitable: violence
mediation-reason-not-suitable-family = Not suitable: family
mediation-reason-not-suitable-legal = Not suitable: a court case is already running
mediation-reason-moved = Someone moved house
mediation-reason-resolved-itself = Resolved by itself
mediation-reason-other = Something else
mediation-decide-question = Is mediation suitable for this conflict?
mediation-decide-suitable = Yes, mediation is suitable
mediation-decide-not-suitable = No, mediation is not suitable
mediation-referral = Where do you refer them to?
mediation-mediator-1 = First mediator
mediation-mediator-2 = Second mediator
mediation-party2-question = Does the second party take part?
mediation-party2-agrees = Yes, takes part
mediation-party2-refuses = No, does not want to
mediation-venue = Quiet place for the talk
mediation-agreements-text = The agreements
mediation-agreements-hint = Both parties get this text.
mediation-date = Date
mediation-save-step = Save step
mediation-close-case = Close case
mediation-next = Next step
mediation-file-heading = Case file
mediation-file-stage = Status
mediation-file-intake-due = First conversation by
mediation-file-mediators = Mediators
mediation-file-address = Address
mediation-file-interpreter = interpreter needed
mediation-file-deleted = The personal details were deleted after the retention period.
mediation-timeline-heading = Timeline
mediation-contacts-heading = Contacts
mediation-contacts-none = No contacts yet.
mediation-contact-add = Record a contact
mediation-contact-kind = Kind of contact
mediation-contact-note = Note (optional)
mediation-contact-save = Save contact
mediation-contact-phone = Phone
mediation-contact-visit = Home visit
mediation-contact-talk = Conversation
mediation-contact-mail = Mail or message

## The mediators' own view

mediation-mine-title = My mediations
mediation-mine-lead = The cases you were chosen for, with the next step.
mediation-mine-none = You have no cases yet.

## The coordinator's pages

mediation-manage-title = Mediation cases
mediation-manage-card-text = Requests, intake, choosing mediators and the steps of each case.
mediation-manage-open = Open cases
mediation-manage-closed = Recently closed
mediation-manage-none = No cases.
mediation-manage-received = Received on
mediation-manage-overdue = Overdue
mediation-manage-workload = Mediators and their work
mediation-manage-mediator = Mediator
mediation-manage-certificate = Certificate
mediation-manage-certified = trained
mediation-manage-not-certified = not trained
mediation-manage-year = Cases in 12 months
mediation-manage-silent = Cases without contact (14 days)
mediation-manage-busy = many
mediation-manage-no-mediators = There are no mediators yet.
mediation-manage-workload-note = A mediator usually handles 6 to 8 cases a year.
mediation-manage-open-cases = { $count ->
    [one] { $count } open case
   *[other] { $count } open cases
}
mediation-manage-mediators-title = Mediators
mediation-manage-street-heading = Not in the same street
mediation-manage-street-text = A mediator who lives in the same street as one of the neighbours cannot be chosen. We do not store the street in readable form, only a code.
mediation-manage-same-street = Check whether a mediator lives in the same street
mediation-manage-street-of = Street of { $name }
mediation-manage-street-known = known
mediation-manage-save = Save
mediation-manage-saved = Saved.
mediation-manage-figures-title = Mediation figures (exact)
mediation-manage-figures-lead = All numbers, the small ones too. Not for publication.
mediation-manage-on-time = First conversation within 5 working days

mediation-csv-link = Download the yearly overview { $year } (CSV)
mediation-csv-part = Part
mediation-csv-item = What
mediation-csv-overall = Overall
mediation-csv-closed = Closed

mediation-school-title = Pupil mediators at school
mediation-school-card-text = Fill in per month how many pupils were trained and how many mediations there were.
mediation-school-lead = Numbers only. Never write a child's name or what happened.
mediation-school-no-school = You do not belong to a school. Ask the coordinator to link your role to your school.
mediation-school-school = School
mediation-school-month = Month
mediation-school-year = School year
mediation-school-trained = Pupils trained as pupil mediator
mediation-school-mediations = Mediations by pupils
mediation-school-mediations-hint = Only the number.
mediation-school-wijkmediators = Wijkmediator certificates
mediation-school-years-heading = Vreedzame School: pupil mediators per school
mediation-school-none = There are no numbers from schools yet.
mediation-error-school = Choose your school.
mediation-error-month = Choose a month that has already started.
mediation-error-count = Fill in a number from 0 to 999.

## Mail

mail-mediation-aftercare-subject = Aftercare for case { $case }
mail-mediation-aftercare-body = Hello { $name },

    Six weeks ago the agreements were made in case { $case }. It is time for aftercare: ask how things are going now.
mail-mediation-aftercare-action = Open case
mail-mediation-started-subject = Neighbour mediation has started
mail-mediation-started-body = Hello,

    The mediation for the residents you referred (case { $case }) has started. Two mediators have been chosen.
mail-mediation-finished-subject = Neighbour mediation has finished
mail-mediation-finished-body = Hello,

    The mediation for the residents you referred (case { $case }) has finished. The outcome: { $outcome }.
# From the meldpunt: a report becomes a request
mediation-case-from-report = From a meldpunt report
mediation-from-report-note = Passed on to neighbourhood mediation (case { $case }).
mediation-error-report-not-asked = The reporter did not ask for mediation: this report cannot be passed on.
mediation-error-report-converted = This report has already been passed on to neighbourhood mediation.
mediation-error-report-contact = This report has no contact details: mediators cannot reach the reporter.
mediation-error-report-consent = Tick that the reporter agreed to pass the report on.
mediation-school-council = Children's council meetings
mediation-school-council-hint = How often the school's children's council met that month.
mediation-council-proposals-heading = Proposals from children's councils
mediation-council-proposals-lead = Children's councils bring their ideas to the neighbourhood agreements. On a proposal, fill in: on behalf of Kinderraad and the name of the school.
mediation-council-proposals-none = There are no proposals from a children's council yet.
# Rights of the people in the data
mediation-rights-open-cases = { $count ->
    [one] You still mediate in 1 open case.
   *[other] You still mediate in { $count } open cases.
}
# Rights of the people in the data: the link to the request of a resident
mediation-party-title = Your request for neighbourhood mediation
mediation-party-intro = This is what you told us. Only the coordinator and the mediators can read it.
mediation-party-name = Name
mediation-party-address = Address
mediation-party-phone = Phone number
mediation-party-email = Email address
mediation-party-other = The other neighbours
mediation-party-description = What is going on
mediation-party-withdraw-heading = Withdraw the request and remove your data
mediation-party-withdraw-text = No longer want mediation? Then we remove everything you told us. This cannot be undone.
mediation-party-withdraw-submit = Withdraw my request
mediation-party-removed-title = Your request has been withdrawn
mediation-party-removed-text = We have removed your data. The link in your email no longer works.
mail-mediation-party-subject = We have received your request for neighbourhood mediation
mail-mediation-party-body = Hello,

    Thank you for your request for neighbourhood mediation. We will contact you within five working days. The link shows what you told us. You can also withdraw your request there. The link works for three months.
mail-mediation-party-action = View your request
# The monitor's indicators from this module
mediation-indicator-success = Mediation successful
mediation-indicator-success-about = Share of closed mediation cases solved fully or partly. Only cases in which talks took place.
