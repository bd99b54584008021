## Navigation
nav-activities = Activities

## Kinds of activity
activity-kind-cultural-festival = Cultural festival
activity-kind-film-conversation = Film and conversation
activity-kind-workshop = Workshop
activity-kind-expert-talk = Talk by someone with lived experience
activity-kind-childrens-council = Children's council
activity-kind-training-session = Training
activity-kind-other = Something else

## For whom
activity-age-all = Everyone
activity-age-children = Children
activity-age-youth = Young people
activity-age-adults = Adults
activity-age-seniors = Older people

## Agenda
agenda-title = Activities in the district
agenda-intro = Drop in, meet your neighbours and join in. Most activities are free.
agenda-breadcrumb = You are here
agenda-month-link = View by month
agenda-feed-link = Add these activities to your own calendar
agenda-manage-link = Manage activities
agenda-filter-heading = Find an activity
agenda-filter-kind = Kind
agenda-filter-pillar = Pillar
agenda-filter-area = Neighbourhood
agenda-filter-municipality = Municipality
agenda-filter-municipality-hint = Choose a municipality and press ‘Search’. Then you see the neighbourhoods of that municipality under Neighbourhood.
agenda-filter-date = From date
agenda-filter-language = Language
agenda-filter-free = Free activities only
agenda-filter-all = All
agenda-filter-submit = Search
agenda-count = { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
agenda-page = Activities, page { $number }
agenda-pages = Pages of activities
agenda-previous = ← Earlier activities
agenda-next = Later activities →
agenda-empty = No activities found. Choose fewer filters.

## Month
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-previous = Previous month
month-next = Next month
month-empty = There are no activities this month.

## Activity
activity-details-heading = Practical information
activity-kind = Kind of activity
activity-when = When
activity-where = Where
activity-area = Neighbourhood
activity-online = Online
activity-route = How to get there
activity-accessibility = Accessibility
activity-languages = Languages
activity-cost = Cost
activity-free = Free
activity-age = For whom
activity-places = Places
activity-places-left = { $count ->
    [0] No places left
    [one] 1 place left
   *[other] { $count } places left
}
activity-capacity-of = { $count ->
    [one] 1 place in total
   *[other] { $count } places in total
}
activity-no-limit = No maximum
activity-registration-required = You need to sign up
activity-walk-in = You can just drop in
activity-organiser = Organiser
activity-pillars = Pillars
activity-approach = Part of
activity-cancelled = Cancelled
activity-cancelled-notice = This activity has been cancelled.
activity-full = Full
activity-add-to-calendar = Add to your calendar
activity-feedback-link = Tell us how it was

## Accessibility of a venue
venue-step-free = No steps or stairs
venue-accessible-toilet = Accessible toilet
venue-hearing-loop = Hearing loop
venue-parking = Parking nearby
venue-opening-hours = Opening hours

## Signing up
signup-heading = Sign up
signup-intro = Sign up here. You do not need an account.
signup-intro-walk-in = You can just drop in. Want to be sure of a place? Then sign up.
signup-full = All places are taken. Sign up for the waiting list. If a place becomes free, you will get an e-mail.
signup-name = Name or initials
signup-name-hint = Your initials are enough.
signup-email = E-mail address
signup-contact-hint = Fill in an e-mail address or a phone number, so we can reach you.
signup-phone = Phone number
signup-people = How many people are coming?
signup-people-hint = Including yourself, 10 at most.
signup-needs = What do you need to take part?
signup-needs-hint = Tick what you need, so we can arrange it.
signup-interpreter = An interpreter
signup-interpreter-lang = Interpreter for which language?
signup-sign-language = A sign language interpreter
signup-wheelchair = Space for a wheelchair
signup-childcare = Childcare
signup-other-needs = Something else
signup-consent = I agree that the organiser uses my details for this activity.
signup-submit = Sign up

registration-title = Your registration
registration-thanks = Thank you! You are signed up. You will also get an e-mail if you gave an e-mail address.
registration-thanks-waiting = Thank you! The activity is full. You are on the waiting list.
registration-status-confirmed = Signed up
registration-status-waiting = On the waiting list
registration-status-cancelled = Cancelled
registration-position = { $count ->
    [one] you are next
   *[other] number { $count } on the waiting list
}
registration-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
registration-keep-link = Keep the link to this page. With it you can view or cancel your registration.
registration-cancel-heading = Cancel
registration-cancel-text = Can't come? Please cancel, so someone else gets your place.
registration-cancel-submit = Cancel my registration
registration-cancelled-now = Your registration is cancelled. Thank you for letting us know.
registration-again-title = You are already signed up
registration-again-text = This form has already been sent. We have your registration. Look in your e-mail for the link.
registration-closed-title = Signing up is no longer possible
registration-closed-text = This activity has been cancelled or is over.
registration-error-name = Fill in your name or initials.
registration-error-name-long = Your name is too long (100 characters at most).
registration-error-email = This e-mail address is not right. For example: name@example.com
registration-error-phone = This phone number is not right. Use at least 8 digits.
registration-error-contact = Fill in an e-mail address or a phone number.
registration-error-people = Choose a number from 1 to 10.
registration-error-consent = Tick the box if you agree that we use your details.
registration-error-form-expired = The form has expired. Please send it again.
notice-back = Back to the activity

## Feedback
feedback-title = How was it?
feedback-intro = Three short questions. Your answers are anonymous.
feedback-not-yet = You can give your opinion once the activity has started.
feedback-q-met-someone = Did you meet someone new?
feedback-q-understand = Do you understand others better now?
feedback-q-come-again = Would you come again?
feedback-answer-yes = Yes
feedback-answer-somewhat = Somewhat
feedback-answer-no = No
feedback-comment = Anything else you want to say?
feedback-comment-hint = Optional. Please do not write names.
feedback-submit = Send
feedback-error-answer = Choose an answer.
feedback-error-comment = Your comment is too long (1000 characters at most).
feedback-thanks-title = Thank you!
feedback-thanks-text = Your answers help us make the activities better.

## Management
manage-title = Manage activities
manage-card-text = Create activities, see registrations and keep track of attendance.
manage-new-link = New activity
manage-new-title = New activity
manage-edit-title = Edit activity
manage-col-activity = Activity
manage-col-actions = Lists
manage-col-contact = Contact
manage-col-needs = Access needs
manage-registrations-title = Registrations
manage-export = Download as CSV
manage-public-page = View the public page
manage-attendance-heading = Attendance
manage-confirmed = { $count ->
    [one] 1 person signed up
   *[other] { $count } people signed up
}
manage-waiting = { $count ->
    [one] 1 person on the waiting list
   *[other] { $count } people on the waiting list
}
manage-present = { $count ->
    [one] 1 registered person present
   *[other] { $count } registered people present
}
manage-walk-ins = { $count ->
    [one] 1 person without registration
   *[other] { $count } people without registration
}
manage-attendance-total = { $count ->
    [one] 1 person in total
   *[other] { $count } people in total
}
manage-feedback-heading = What participants say
manage-comments = Comments
manage-cancel-heading = Cancel the activity
manage-cancel-text = Everyone who signed up with an e-mail address gets a message.
manage-cancel-submit = Cancel the activity

form-activity-title = Title (Dutch)
form-activity-description = Description (Dutch)
form-activity-translations-hint = Optional: the title and description in other languages. Without a translation everyone sees the Dutch text.
form-activity-translation = Text in { $language }
form-activity-translation-title = Title
form-activity-translation-description = Description
form-activity-venue = Venue
form-activity-online-only = No venue (online only)
form-activity-unknown-venue = Unknown venue
form-activity-online-url = Link to join online
form-activity-date = Date
form-activity-start = Start time
form-activity-time-hint = Dutch time, for example 19:30.
form-activity-end = End time
form-activity-repeat-weeks = How many weeks between repeats?
form-activity-repeat-hint = Leave empty or enter 0 for a one-off activity.
form-activity-repeat-count = How many times in total?
form-activity-contact = Name of the contact person
form-activity-cost = Cost in euros
form-activity-cost-hint = Leave empty if it is free. For example: 3.50
form-activity-capacity = Number of places
form-activity-capacity-hint = Leave empty for no maximum.
form-none = None

activity-error-title = Fill in a title.
activity-error-title-long = The title is too long (120 characters at most).
activity-error-translation-title = Also fill in a title in this language.
activity-error-description-long = The description is too long (5000 characters at most).
activity-error-kind = Choose a kind of activity.
activity-error-venue = We do not know this venue. Choose a venue from the list.
activity-error-place = Choose a venue or fill in a link to join online.
activity-error-url = Fill in a link that starts with https://
activity-error-date = Fill in a date and a start time.
activity-error-time = Fill in an end time, for example 21:00.
activity-error-end-before-start = The end time must be after the start time.
activity-error-past = This date has passed. Choose a date in the future.
activity-error-repeat = You can repeat every 1 to 8 weeks, 52 times at most.
activity-error-cost = Fill in an amount, for example 3.50.
activity-error-capacity = Fill in a number of places from 1 to 10000.
activity-error-capacity-below = More people have already signed up. The number of places cannot be lower.
activity-error-contact-long = The name is too long (120 characters at most).

checkin-title = Attendance
checkin-present = Present
checkin-mark = { $name } is here
checkin-undo = { $name } not present after all
checkin-has-needs = needs something, see the list
checkin-walk-ins-heading = Without registration
checkin-walk-ins = Number of people without registration

sheet-title = Attendance sheet
sheet-feedback-heading = How was it?
sheet-feedback-text = Scan the code with your phone and answer three short questions. It is anonymous.
sheet-qr-label = QR code to the feedback form

figures-title = Figures about activities
figures-intro = What participants say, per kind of activity and per pillar. We show no figures when there are fewer than 5 answers.
figures-by-kind = Per kind of activity
figures-by-pillar = Per pillar
figures-question = Question
figures-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
figures-too-few = Too few answers to show.
figures-none = No answers yet.

venues-title = Venues
venues-new = Add a venue
venues-saved = The venue has been saved.
venue-name = Name
venue-address = Address
venue-address-hint = Street and number, or a description.
venue-error-name = Fill in a name (120 characters at most).
venue-error-address = Fill in an address (200 characters at most).
venue-error-area = Choose a neighbourhood from the list.

csv-name = Name
csv-email = E-mail
csv-phone = Phone
csv-people = Number
csv-status = Status
csv-interpreter = Interpreter
csv-sign-language = Sign language interpreter
csv-wheelchair = Wheelchair
csv-childcare = Childcare
csv-other-needs = Something else
csv-present = Present
csv-registered-at = Signed up on

## E-mail
mail-activity-confirmed-subject = You are signed up: { $title }
mail-activity-confirmed-body = You are signed up for { $title }.

    When: { $when }
    Where: { $place }

    Can't come after all? Please cancel with the link below, so someone else gets your place.
mail-activity-confirmed-action = View or change your registration
mail-activity-waiting-subject = You are on the waiting list: { $title }
mail-activity-waiting-body = { $title } is full. You are on the waiting list.

    When: { $when }
    Where: { $place }

    If a place becomes free, you will get an e-mail straight away.
mail-activity-waiting-action = View your registration
mail-activity-promoted-subject = There is a place for you: { $title }
mail-activity-promoted-body = Good news! A place has become free. You are now signed up for { $title }.

    When: { $when }
    Where: { $place }

    Can't come? Please cancel with the link in your first e-mail.
mail-activity-promoted-action = View the activity
mail-activity-cancelled-subject = Cancelled: { $title }
mail-activity-cancelled-body = Unfortunately { $title } on { $when } will not take place.

    Look at what's on for other activities.
mail-activity-cancelled-action = View the activity
mail-activity-registration-cancelled-subject = Your registration is cancelled: { $title }
mail-activity-registration-cancelled-body = Your registration for { $title } on { $when } is cancelled. Thank you for letting us know.
mail-activity-registration-cancelled-action = View the activity
mail-activity-reminder-subject = Reminder: { $title }
mail-activity-reminder-body = We look forward to seeing you at { $title }.

    When: { $when }
    Where: { $place }

    Afterwards we would like to know how it was. There are three short questions: { $feedback }
mail-activity-reminder-action = View the activity

## Venue photos
venue-photo = Photo of the venue
venue-photo-hint = A JPEG or PNG photo of at most 2 MB. We remove data about the camera and the place.
venue-photo-alt = Description of the photo (for people who cannot see it)
venue-photo-submit = Save photo
venue-photo-error-alt = Describe the photo in a few words (at most 200 characters).
venue-photo-error-missing = Choose a photo.
venue-photo-error-large = The photo is too large. Choose a photo of at most 2 MB.
venue-photo-error-pixels = The photo has too many pixels. Choose a photo of at most 4096 by 4096 pixels and 16 megapixels.
venue-photo-error-type = This file is not a JPEG or PNG photo.

# Object-level access: own organisations only
activity-error-organisation = Choose one of your own organisations.
venue-error-name-taken = Another organisation already has a venue with this name. Choose another name.
venue-owner = Managed by
venue-owner-programme = The programme (coordinators)
registration-anonymised = Anonymised (retention period ended)
# Rights of the people in the data: the registrant removes their registration
registration-kept-heading = What we keep about you
registration-kept-name = Name
registration-kept-email = Email address
registration-kept-phone = Phone number
registration-kept-needs = What you need
registration-remove-text = Do you want us to remove this? Then your registration is cancelled too.
registration-remove-submit = Remove my data
registration-removed-title = Your data has been removed
registration-removed-text = We have removed your name and contact details. Your registration is cancelled. This link no longer works.
# The monitor's indicators from this module
activity-indicator-visitors = Activity visitors per 1,000 residents
activity-indicator-visitors-about = Confirmed places at activities in the buurt per 1,000 residents, by the year of the activity.
activity-indicator-met-someone = Met someone new
activity-indicator-met-someone-about = Share of visitors who say after an activity: I met someone new.
venues-in-municipality = Venues in the municipality
venues-show = Show the venues
venue-error-other-municipality = This venue is not in the chosen municipality. Choose a venue from the list.
