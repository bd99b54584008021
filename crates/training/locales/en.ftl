nav-training = Training
training-title = Training in culturally sensitive working
training-lead = Do you work in Liendert as a professional or volunteer? Take the training and learn to connect better with the people in the district.
training-breadcrumb = You are here
training-courses = Courses
training-coming-sessions = Upcoming training dates
training-no-sessions = No training dates are planned right now.
training-sessions = Training dates
training-col-date = Date
training-col-course = Course
training-col-venue = Location
training-col-places = Places
training-col-status = Status
training-col-actions = What you can do
training-col-trainer = Trainer
training-col-enrolled = Enrolled
training-col-name = Name
training-col-organisation = Organisation
training-col-attended = Present
training-col-certificate = Certificate
training-col-role = Role
training-col-working = Works in Liendert
training-col-certified = With a valid certificate
training-col-percent = Percentage
training-col-goal = Goal
training-col-quarter = Quarter
training-col-group = Group
training-col-form = Questionnaire
training-col-statement = Statement
training-col-average = Average (1–5)
training-col-respondents = Respondents
training-online = Online
training-no-limit = No maximum
training-places-left = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
training-waiting-count = { $count ->
    [one] 1 person on the waiting list
   *[other] { $count } people on the waiting list
}
training-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
training-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
training-meetings = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
training-target = For whom
training-target-professional = Professionals
training-target-volunteer = Volunteers
training-target-both = Professionals and volunteers
training-duration = Duration
training-validity = Valid
training-validity-none = Stays valid
training-completion = Completion
training-completion-rule = You complete the course when you attend at least { $count }% of the meetings.
training-prerequisite = Needed first
training-trainer-is = Trainer: { $name }
training-enrol = Enrol
training-enrol-waiting = Join the waiting list
training-enrol-for = Who are you enrolling?
training-enrol-myself = Myself
training-login-to-enrol = Log in to enrol
training-see-courses = See the courses.
training-mine-title = My training
training-my-enrolments = My enrolments
training-my-certificates = My certificates
training-no-enrolments = You have not enrolled yet.
training-no-certificates = You do not have a certificate yet.
training-status-confirmed = Enrolled
training-status-waiting = On the waiting list
training-status-cancelled = Cancelled
training-cancel = Cancel my place on { $course }
training-cancel-for = Cancel the place for { $name }
training-number = Number
training-number-is = Number { $number }
training-issued = Issued on
training-issued-on = Issued on { $date }
training-valid-until = Valid until { $date }
training-certificate-title = Certificate
training-certificate-states = We hereby declare that
training-certificate-completed = has successfully completed the following course:
training-certificate-check = Check this certificate at
training-back = Back to my training
training-verify-title = Check a certificate
training-verify-text = Did someone show you a certificate? Enter the number to see whether it is valid.
training-verify-number = Certificate number (for example KL-2026-ABCD-EFGH)
training-verify-submit = Check
training-verify-valid = This certificate is valid.
training-verify-not-valid = This certificate is no longer valid.
training-verify-unknown = We do not recognise this number. Check that you copied it correctly.
training-verify-initials = Initials
training-verify-privacy = To protect privacy we only show the initials.
training-verify-again = Check another number
training-form-satisfaction = What did you think of the training?
training-form-before = Questionnaire before the training
training-form-after = Questionnaire after the training
training-form-followup = Questionnaire after three months
training-effect-anonymous = For each statement choose a number from 1 (strongly disagree) to 5 (strongly agree). Your answers are stored without your name.
training-score = { $count ->
    [1] 1 – strongly disagree
    [5] 5 – strongly agree
   *[other] { $count }
}
training-effect-submit = Send
training-effect-thanks = Thank you for filling this in.
training-q-useful = The training was useful for my work.
training-q-trainer = The trainer explained things well.
training-q-recommend = I recommend the training to colleagues.
training-q-own-norms = I know which of my own norms colour my work.
training-q-frame = I understand how someone with another background may see a situation.
training-q-interpreter = I know when to use an interpreter.
training-q-ask = I dare to ask further questions when I do not understand someone's habits.
training-q-applied = I use what I learned in my work.
training-q-changed = My conversations with residents changed because of the training.
training-q-colleagues = I shared what I learned with colleagues.
training-q-unknown = Other question
training-manage-title = Manage training
training-manage-card-text = Courses, training dates, attendance, certificates and coverage per organisation.
training-course-new = New course
training-session-new = New training date
training-session-new-for = New date for { $course }
training-save = Save
training-choose = Choose…
training-none = None
training-show = Show
training-f-title = Name of the course
training-f-key = Fixed key
training-f-key-hint = Lower-case letters, digits and hyphens. Leave empty to make it from the name. Other modules use this key.
training-f-description = Description
training-f-hours = Duration in hours
training-f-validity = Certificate validity in months
training-f-validity-hint = Leave empty if the certificate stays valid.
training-f-completion = Attendance needed to complete (%)
training-f-completion-hint = For example 100 (all meetings) or 80.
training-f-trainer-account = Trainer with an account
training-f-trainer-name = Name of the trainer
training-f-trainer-name-hint = Required if the trainer has no account.
training-f-venue = Location
training-f-capacity = Number of places
training-f-capacity-hint = Leave empty if there is no maximum.
training-f-meeting = Meeting { $count }
training-f-date = Date
training-f-start = Start time
training-f-end = End time
training-f-goal-percent = Goal (%)
training-f-goal-date = Before date
training-f-contact-email = E-mail address of the contact person
training-participants = Participants
training-no-participants = Nobody has enrolled yet.
training-completed = completed
training-issue = Issue certificate to { $name }
training-attendance = Attendance per meeting
training-attendance-save = Save attendance
training-coverage-title = Coverage per organisation
training-coverage-lead = How many people working in Liendert hold a valid certificate?
training-coverage-caption = Coverage of { $course } per organisation and role
training-coverage-empty = There are no organisations with professionals or volunteers yet.
training-csv = Download as CSV
training-role-professional = Professionals
training-role-volunteer = Volunteers
training-goal-by = before { $date }
training-chart-progress-title = Percentage with a valid certificate for { $course }, per organisation and role
training-chart-progress-desc = Each bar is the percentage with a valid certificate. The black line is the organisation's goal. The table above has the same figures.
training-chart-trend-title = Trend per quarter for { $course }
training-chart-trend-desc = Each bar is the percentage of today's people who held a valid certificate at the end of the quarter. The table below has the same figures.
training-trend = Trend per quarter
training-trend-note = Calculated from the certificate dates, for the people who work in Liendert now.
training-goal-title = Goal for an organisation
training-contacts-title = Contact persons
training-contacts-text = An organisation's contact person enrols colleagues and gets a message when their certificate is about to expire.
training-effect-title = Effect of the training
training-effect-lead = { $count ->
    [one] Averages per group. We only show a result when at least 1 person filled in the questionnaire.
   *[other] Averages per group. We only show a result when at least { $count } people filled in the questionnaire.
}
training-effect-by-course = Per course
training-effect-by-session = Per training date
training-effect-none = No answers yet.
training-effect-hidden = Hidden
training-effect-fewer = fewer than { $count }
training-error-title = Enter a name (at most 150 characters).
training-error-key = Use only lower-case letters, digits and hyphens.
training-error-key-taken = This key already exists. Choose another one.
training-error-number = Enter a whole number.
training-error-target = Choose who the course is for.
training-error-validity = Enter a number of months from 1 to 120, or leave it empty.
training-error-prerequisite = Choose a course from the list.
training-error-percent = Enter a percentage from 1 to 100.
training-error-course = Choose a course.
training-error-trainer = Choose a trainer from the list.
training-error-trainer-name = Enter the trainer's name, or choose a trainer with an account.
training-error-venue = Enter a location, or choose online.
training-error-capacity = Enter a number of places from 1 to 1000, or leave it empty.
training-error-meeting = Enter a date and times, like 15-12-2026 and 09:30.
training-error-ends-before-start = The end time must be after the start time.
training-error-meeting-order = A meeting must start after the previous one.
training-error-no-meeting = Enter at least one meeting.
training-error-enrolled-twice = You are already enrolled for this training.
training-error-closed = Enrolling is no longer possible: the training has started or is cancelled.
training-error-not-your-staff = You can only enrol people from your own organisation.
training-error-prerequisite-missing = For this course you first need a valid certificate for the earlier course.
training-error-not-found = This enrolment does not exist.
training-error-not-confirmed = This person has no place in the training.
training-error-not-completed = No certificate: this person did not complete the training (not present often enough).
training-error-already-issued = This person already has a certificate for this training.
training-error-score = Choose a number from 1 to 5.
training-error-organisation = Choose an organisation.
training-error-date = Enter a date.
training-error-contact = This person is not known at this organisation.
mail-training-expiry-subject = Your certificate for { $course } expires soon
mail-training-expiry-body = Dear { $name },

    Your certificate for { $course } is valid until { $until }.

    Enrol in time for a new training so your certificate stays valid.
mail-training-expiry-action = See the training dates
mail-training-expiry-contact-subject = { $name }'s certificate expires soon
mail-training-expiry-contact-body = { $name }'s certificate for { $course } is valid until { $until }.

    As the contact person you can enrol { $name } for a new training.
mail-training-expiry-contact-action = See the training dates
mail-training-followup-subject = How are things since the training { $course }?
mail-training-followup-body = Dear { $name },

    Three months ago you took the training { $course }. Would you answer three short questions? Your answers are stored without your name.
mail-training-followup-action = Fill in the questionnaire
mail-training-promoted-subject = A place has become free: { $course }
mail-training-promoted-body = Dear { $name },

    A place has become free. You are now enrolled for { $course }.
mail-training-promoted-action = See your enrolment
training-sessions-count = { $count ->
    [one] 1 training date
   *[other] { $count } training dates
}
training-enrolments-count = { $count ->
    [one] 1 enrolment
   *[other] { $count } enrolments
}
training-participants-count = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
training-results-count = { $count ->
    [one] 1 result
   *[other] { $count } results
}
training-trend-caption = People with a valid certificate at the end of each quarter
training-course-edit = Edit { $course }
training-course-edit-title = Edit training: { $course }
training-course-archive = Archive { $course }
training-course-unarchive = Offer { $course } again
training-archived = Archived
training-f-key-fixed = The key never changes. Certificates and links use it.
training-session-edit = Edit training date
training-session-edit-title = Edit training date: { $course }
training-session-cancel = Cancel training date
training-session-cancelled = This training date has been cancelled.
training-error-capacity-below-confirmed = More people already have a place. Choose at least as many places as there are people enrolled, or leave it empty.
mail-training-session-cancelled-subject = Cancelled: { $course } on { $date }
mail-training-session-cancelled-body = Dear { $name },

    The training { $course } on { $date } will not take place, so your enrolment has ended. Would you like to enrol for another date? Have a look at the courses.
mail-training-session-cancelled-action = See the courses
# Rights of the people in the data
training-rights-open-sessions = { $count ->
    [one] You still give 1 training session as a trainer.
   *[other] You still give { $count } training sessions as a trainer.
}
# The monitor's indicators from this module
training-indicator-coverage = Trained in culturally sensitive work
training-indicator-coverage-about = Share of the partners' professionals and volunteers with a valid certificate. For the whole municipality only.
