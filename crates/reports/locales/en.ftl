## Navigation
nav-reports = Reporting service

## Intro
report-title = Report discrimination and exclusion
report-intro-lead = Were you left out or treated differently? Because of your skin colour, origin, religion, income or something else? Tell us. Liendert is for everyone.
report-intro-what = Here you can report what happened. You can do this without your name and without an account. A trained staff member reads your report and helps you if you want.
report-intro-how-heading = How it works
report-intro-step-1 = You tell us what happened. This takes a few minutes.
report-intro-step-2 = You get a 16-digit code. Write it down.
report-intro-step-3 = With the code you can read our answer, tell us more or withdraw the report.
report-privacy-heading = What happens to your data?
report-privacy-text = Only trained staff of the reporting service read your report. Your story and contact details are stored encrypted. We pass nothing on without your permission. Twelve months after the report is closed we delete your story and details. We only keep numbers, without names. We never show small numbers.
report-start = Make a report
report-follow-link = Follow your report with your code
report-figures-link = See the figures of the reporting service
report-emergency = Are you in danger? Call 112. Do you want to file a police report? Call the police: 0900-8844.

## The form
report-form-title = Make a report
report-form-lead = Fill in what you know. Your name is not needed.
report-choose = Choose…
report-q-role = Who are you in this story?
report-role-victim = It happened to me
report-role-witness = I saw it happen
report-role-on-behalf = I report for someone else
report-q-narrative = What happened?
report-q-narrative-hint = Tell it in your own words and in your own language. Who did what? What did they say?
report-q-when = When did it happen?
report-q-date = Date (if you know it)
report-q-about = Or roughly
report-q-about-hint = For example: last week, or for a year now.
report-q-where = Where did it happen?
report-q-location = Neighbourhood
report-q-municipality = Municipality
report-q-municipality-hint = First choose the municipality. Then press ‘Show the neighbourhoods’ to see the neighbourhoods of that municipality.
report-show-buurten = Show the neighbourhoods
report-location-municipality = Somewhere else in the municipality
report-location-outside = Outside the municipality
report-location-unknown = I don't know or I'd rather not say
report-location-buurt = In a neighbourhood
report-q-place = Place (if you want)
report-q-place-hint = For example: the bus stop, the school or the shop.
report-q-terrain = Where was it?
report-terrain-neighbours = With the neighbours or in the neighbourhood
report-terrain-public-space = On the street or in a park
report-terrain-education = At school or in education
report-terrain-work = At work or when looking for work
report-terrain-shops-hospitality = In a shop, café or at a company
report-terrain-housing = When looking for or renting a home
report-terrain-authorities-police = At the municipality, police or another authority
report-terrain-sports-recreation = During sport or free time
report-terrain-internet-media = On the internet or in the media
report-terrain-other = Somewhere else
report-q-grounds = Why do you think this happened?
report-q-grounds-hint = You may choose more than one.
report-ground-origin = Skin colour or origin
report-ground-nationality = Nationality
report-ground-religion = Religion or belief
report-ground-gender = Being a man or a woman
report-ground-sexual-orientation = Who I fall in love with (sexual orientation)
report-ground-gender-identity = Gender identity
report-ground-disability = Disability or chronic illness
report-ground-age = Age
report-ground-political = Political opinion
report-ground-marital-status = Being married or not
report-ground-income = Income or poverty
report-ground-other = Something else
report-q-nature = What mainly happened?
report-nature-hostile-treatment = Name-calling, bullying or leaving someone out
report-nature-unequal-treatment = Treated differently from others
report-nature-threat = Threat
report-nature-violence = Violence
report-nature-vandalism = Damage or graffiti
report-nature-other = Something else
report-q-wants = What do you want?
report-want-register = Only report it, so that it is known
report-want-advice = Advice or a conversation
report-want-mediation = A mediator who helps people talk
report-want-handover = Pass it on to the anti-discrimination office
report-want-police-report = Help with a police report
report-q-residence = Do you live in the municipality?
report-residence-municipality = Yes
report-residence-elsewhere = No
report-residence-unknown = I'd rather not say
report-q-contact = May we contact you?
report-q-contact-hint = You don't have to. Without contact details you stay anonymous. You then read our answer with your code.
report-q-phone = Phone number
report-q-contact-way = How would you like us to contact you?
report-contact-way-none = No contact, I will use my code
report-contact-way-email = By e-mail
report-contact-way-phone = By phone
report-q-mail-updates = Send me an e-mail when there is an answer (without the content).
report-q-consent-handover = I give permission to pass my report on to the anti-discrimination office or a mediator, if that helps.
report-q-privacy-read = I have read what happens to my data.
report-to-check = Next: check
report-error-role = Choose who you are in this story.
report-error-narrative-short = Tell us what happened (at least a few words).
report-error-narrative-long = Your story is too long. Make it shorter (at most 10,000 characters).
report-error-date = Please enter a valid date.
report-error-date-future = This date is in the future.
report-error-too-long = This text is too long.
report-error-location = Choose a neighbourhood or another place.
report-error-terrain = Choose where it was.
report-error-grounds = Choose at least one reason.
report-error-nature = Choose what mainly happened.
report-error-wants = Choose what you want.
report-error-residence = Choose whether you live in the municipality.
report-error-phone = Please enter a valid phone number, for example 06-12345678.
report-error-email-needed = Fill in your e-mail address, or choose another way.
report-error-phone-needed = Fill in your phone number, or choose another way.
report-error-contact-way = Choose how you would like us to contact you.
report-error-privacy = Tick the box when you have read what happens to your data.

## Check and send
report-check-title = Is everything right?
report-check-lead = Read your report once more. Is everything right? Then send the report.
report-anonymous = Anonymous
report-send = Send report
report-edit = Change

## Receipt
report-receipt-title = Your report has been received
report-receipt-lead = Thank you. We read your report as soon as possible, usually within five working days.
report-receipt-code-label = Your code:
report-receipt-keep = Write this code down or take a photo of it. You will see the code only once. We cannot send the code again.
report-receipt-next = With the code you can read our answer, tell us more or withdraw the report.

## Follow-up
report-follow-title = Follow your report
report-follow-lead = Fill in the 16-digit code you got with your report.
report-follow-code = Code
report-follow-code-hint = 16 digits. Spaces are fine.
report-follow-submit = Open report
report-follow-error-code = We do not recognise this code. Check that you copied all 16 digits correctly.
report-follow-status = Status: { $status }
report-follow-received = Received on { $date }
report-follow-saved = Your message has been saved.
report-follow-stop = Close the report on this device
report-follow-stopped = The report is closed on this device.
report-messages-heading = Messages
report-messages-none = There are no messages yet.
report-message-from-handler = From the reporting service
report-message-from-you = From you
report-add-heading = Add something or answer a question
report-add-label = Your message
report-add-submit = Send message
report-message-error-empty = Please write a message first.
report-withdraw-heading = Withdraw the report
report-withdraw-text = Do you want to withdraw the report? Then we delete your story, your details and the messages at once. Only the number of reports stays, without content.
report-withdraw-confirm = Yes, I want to withdraw my report.
report-withdraw-submit = Withdraw report
report-withdraw-error-confirm = Tick the box if you really want to withdraw the report.
report-withdrawn-title = Your report has been withdrawn
report-withdrawn-message = We have deleted your story and details. You can always make a new report.
report-already-title = We already have this report
report-already-message = We have already received this report, so you do not get a new code. Use the code you got the first time to follow your report. Lost it? Then you can make a new report.

## Statuses, handling
report-status-new = New
report-status-in-progress = In progress
report-status-closed = Closed
report-status-referred = Referred
report-status-withdrawn = Withdrawn
report-handling-registration = Registration only
report-handling-advice = Advice and information
report-handling-mediation = Mediation
report-handling-referral = Referral
report-handling-legal-support = Support in follow-up proceedings
report-handling-policy = Influencing policy
report-handling-open = Still in progress

## Case handling (staff)
report-queue-title = Reports
report-admin-text = See, assign and handle open reports.
report-queue-status = Status
report-queue-open = Open (new and in progress)
report-queue-who = Handler
report-queue-everyone = Everyone
report-queue-mine = My reports
report-queue-unassigned = Not assigned yet
report-queue-ref = Reference
report-queue-received = Received
report-queue-handler = Handler
report-queue-due = Due date
report-case-title = Report { $ref }
report-case-deleted = The personal content of this report has been deleted. The figures stay.
report-case-mail-updates = Wants an e-mail when there is news
report-case-consent = Permission to pass on
report-case-text = Text
report-case-text-kind = Kind of text
report-case-to-reporter = Message to the reporter (they read it with their code)
report-case-internal-note = Internal note (for handlers only)
report-case-save-text = Save
report-case-handling-heading = Handling
report-case-assign-me = To me
report-case-assign = Assign
report-case-handling = Handling
report-case-set-status = Save status
report-case-set-due = Save due date
report-author-reporter = Reporter
report-author-handler = Handler to reporter
report-author-note = Internal note
report-error-handler = Choose a handler from the list.
report-error-status = This status is not possible now.
report-error-handling = Choose the handling before you close the report.
report-handover-title = Hand-over to the anti-discrimination office
report-handover-lead = Summary of the report. The reporter gave permission to pass it on.
report-handover-file = File for the anti-discrimination office
report-handover-no-consent = Without the reporter's permission the report cannot be passed on.
report-handover-print = Print this page or save it as a PDF.

## Figures
report-figures-title = Figures of the reporting service
report-figures-lead = How many reports came in, and about what? This way everyone sees what is going on, without anyone being recognisable.
report-figures-year = Year
report-figures-show = Show
report-figures-suppression = We do not show numbers smaller than { $threshold } (<{ $threshold }). Sometimes we also hide another number (×), so that nobody can work out the small number.
report-figures-age = { $minutes ->
    [one] The figures are at most 1 minute old.
   *[other] The figures are at most { $minutes } minutes old.
}
report-figures-csv = Download as CSV
report-figures-api = Open data (JSON)
report-figures-per-quarter = Reports per quarter in { $year }
report-figures-year-total = Total this year: { $total }
report-figures-quarter = Quarter { $quarter }
report-figures-category = Subject
report-figures-count = Number
report-figures-by-terrain = Where it happened
report-figures-by-nature = What happened
report-figures-by-handling = Handling
report-figures-by-location = Neighbourhood
report-figures-by-municipality = Municipality
report-figures-by-ground = Reason (a report can have more than one reason)
report-figures-legend = <5: fewer than five reports. ×: hidden to protect small numbers.
report-overview-heading = Yearly overview for the municipality
report-overview-caption = Reports in { $year } by where the reporter lives
report-overview-residents-own = Residents about their own municipality
report-overview-residents-elsewhere = Residents about another place
report-overview-non-residents-here = Non-residents about this municipality
report-overview-unknown = Unknown
report-staff-figures-title = Figures for staff
report-staff-figures-lead = Exact numbers, for staff only. Do not share outside the reporting service.

## Mail
mail-report-news-subject = There is news about your report
mail-report-news-body = Hello,

    There is a new message about your report at the reporting service. To protect your privacy, the content is not in this e-mail.

    Read the message with your 16-digit code.
mail-report-news-action = Open report
mail-report-due-subject = Due date for report { $ref }
mail-report-due-body = Dear { $name },

    The due date for report { $ref } is almost here.
mail-report-due-action = Open report
# Passing a report on to buurtbemiddeling (the melder asked for mediation)
report-case-mediation = Pass on to neighbourhood mediation
report-case-mediation-consent = The reporter agreed to pass the report on to neighbourhood mediation
report-case-mediation-hint = The reporter asked for mediation. Only the contact details go along, not the account; a note with the case number is added to the timeline.
# Rights of the people in the data
report-rights-open-cases = { $count ->
    [one] You still handle 1 open report.
   *[other] You still handle { $count } open reports.
}
# The monitor's indicators from this module
report-indicator-rate = Reports per 1,000 residents
report-indicator-rate-about = Reports of discrimination to the meldpunt per 1,000 residents, by the year of the report. More reports can also mean that people know the meldpunt better.
