## Layout (every page)
layout-site-name = Kansrijk
layout-description = Working together for a district where everyone is welcome.
layout-tagline = Working together for a district where everyone is welcome
layout-skip-link = Skip to content
layout-language-nav = Choose a language
# A language named in the reader's language, inside a sentence (the switcher keeps each name in its own language).
lang-name-nl = Dutch
lang-name-en = English
lang-name-tr = Turkish
lang-name-ar = Arabic
lang-name-pl = Polish
lang-name-ngt = Sign Language of the Netherlands
layout-main-nav = Main menu
layout-contact = Contact
layout-privacy = Privacy
layout-accessibility = Accessibility
layout-open-data = Open data (API)
layout-made-by = Made for and with the residents of the district.

## Statements
privacy-title = Privacy statement
accessibility-title = Accessibility statement

## Error pages
error-back-home = Go to the home page
error-code = Error code { $status }
error-not-found-title = This page does not exist
error-not-found-message = The page may have moved, or the address may be wrong. Check that you typed the address correctly.
error-unavailable-title = Not available right now
error-unavailable-message = We cannot show this page right now. Please try again in a few minutes. Nothing has been lost.
error-too-large-title = Too much text or a file that is too large
error-too-large-message = What you sent is too large. Make the text shorter or choose a smaller file.
error-method-not-allowed-title = This is not possible here
error-method-not-allowed-message = This action is not possible on this page.
error-too-many-requests-title = Please wait
error-too-many-requests-message = You tried too many times in a short time. Wait a few minutes and then try again.
error-bad-request-title = Something went wrong with your request
error-bad-request-message = We could not process your request. Go back and try again.
error-internal-title = Something went wrong on our side
error-internal-message = This is our mistake, not yours. Please try again later. If it keeps going wrong, please contact us.
error-forbidden-title = You may not do this
error-forbidden-message = You have no access to this page, or the form has expired. Go back, reload the page and try again.
error-unauthorised-title = Please log in first
error-unauthorised-message = You need to be logged in for this page.

## Layout: account links
layout-breadcrumb = You are here
layout-login = Log in
layout-account = My account
layout-manage = Admin
layout-logout = Log out
layout-logged-in-as = Logged in as { $name }

## Forms (shared)
form-error-summary = Something went wrong. Please look at the fields below.
form-name = Name
form-email = E-mail address
form-password = Password
form-new-password = New password
form-password-again = Type the password again
form-save = Save
form-yes = Yes
form-no = No
form-error-name = Please fill in a name (at most 120 characters).
form-error-email = Please enter a valid e-mail address, for example name@example.nl.
password-hint = At least 10 characters. A sentence of a few words is easy to remember and hard to guess.
password-error-short = The password is too short. Use at least 10 characters.
password-error-long = The password is too long. Use at most 256 characters.
password-error-weak = This password is too easy to guess. Choose a longer one, for example a sentence of a few words.
password-error-mismatch = The two passwords are not the same.
pagination = Pages
pagination-next = Next page
pagination-previous = Previous page

## Log in
login-title = Log in
login-intro = Log in with your e-mail address and password.
login-submit = Log in
login-forgot = Forgot your password?
login-register = No account yet? Create an account.
login-error-failed = The e-mail address or the password is not correct. Or you tried too many times: if so, wait a few minutes.
code-title = Code from your app
code-intro = Open the app on your phone and type the 6-digit code. Don't have your phone? Type one of your recovery codes.
code-label = Code
code-hint = 6 digits from the app, or a 12-digit recovery code.
code-submit = Check
code-error-wrong = This code is not correct. Check that you are using the latest code from the app.
code-error-locked = A wrong code was entered too many times. Please try again in 15 minutes.

## Forgotten password
forgot-title = Forgot your password
forgot-intro = Fill in your e-mail address. You will get an e-mail with a link to choose a new password.
forgot-submit = Send me a link
forgot-sent-title = Check your e-mail
forgot-sent-message = If there is an account with this e-mail address, you will get an e-mail within a few minutes. The link works for one hour. Also check your spam folder.
reset-title = Choose a new password
reset-intro = Choose a new password for your account. After that, you will need to log in again everywhere.
reset-done-title = Your password has been changed
reset-done-message = You can now log in with your new password.
set-password-submit = Save password
token-invalid-title = This link no longer works
token-invalid-message = The link has already been used or has expired. Ask for a new link.
token-invalid-link = Ask for a new link

## Invitation
invite-title = Welcome to Kansrijk
invite-intro = You have been invited. Check that your name is right and choose a password.
invite-invalid-message = This invitation has already been used or has expired. Ask the person who invited you for a new invitation.
invite-inviter-default = The coordinator of the neighbourhood plan

## Registration
register-title = Create an account
register-intro = With an account you can take part: support ideas and comment on them. You will get an e-mail to confirm your e-mail address.
register-name-hint = Your first name or a nickname is enough.
register-consent = I have read what happens with my data.
register-error-consent = Tick the box if you agree.
register-submit = Create account
register-sent-title = Check your e-mail
register-sent-message = We sent you an e-mail. Click the link in that e-mail to confirm your account. The link works for two days.
confirm-done-title = Your e-mail address is confirmed
confirm-done-message = Your account is ready. You can now log in.

## My account
account-title = My account
account-roles = Roles
account-no-roles = None
account-twofactor-on = Two-step login is on.
account-twofactor-off = Two-step login is off.
account-twofactor-setup = Set up two-step login
account-recovery-left = { $count ->
    [one] You have 1 recovery code left.
   *[other] You have { $count } recovery codes left.
}
account-sessions-heading = Where are you logged in?
account-sessions = { $count ->
    [one] You are logged in on 1 device.
   *[other] You are logged in on { $count } devices.
}
account-logout-everywhere = Log out everywhere
account-display-name-heading = Your name on public pages
account-display-name-now = Your proposals and comments now show: { $name }
account-display-name-label = Name on public pages
account-display-name-hint = Leave this empty to show your first name and the first letter of your surname. Choosing your own name? Use 2 to 40 characters.
account-display-name-save = Save name
account-display-name-saved = Your name on public pages has been saved.
account-display-name-error-length = Choose a name of 2 to 40 characters.
account-display-name-error-characters = This name contains characters that are not allowed. Use letters, numbers and punctuation.

## Two-factor
twofactor-title = Two-step login
twofactor-intro = Your role gives access to sensitive data. That is why you log in with your password and a code from an app on your phone.
twofactor-step-app = Install an app for login codes on your phone, for example an authenticator app.
twofactor-step-scan = Scan the QR code with the app.
twofactor-step-code = Type the 6-digit code that the app shows.
twofactor-manual = Can't scan the code? Type this key into the app:
twofactor-submit = Check code
twofactor-done = Two-step login is now on.
twofactor-recovery-heading = Your recovery codes
twofactor-recovery-intro = Keep these codes in a safe place. Use one when you don't have your phone; each code works once. You will see these codes only once.
twofactor-continue = Continue

## Roles
role-resident = Resident
role-volunteer = Volunteer
role-professional = Professional
role-report-handler = Report handler
role-mediation-coordinator = Mediation coordinator
role-mediator = Mediator
role-youth-coach = Youth coach
role-trainer = Trainer
role-coordinator = Programme coordinator
role-error-unknown = Choose a role from the list.
role-error-last-coordinator = This is the last programme coordinator. First give someone else this role.

## Management
admin-title = Admin
admin-intro = Here you manage the organisations, the people and their roles.
admin-people-text = Find people, give roles and block accounts.
admin-invitations-text = Invite professionals and volunteers.
admin-organisations-text = The partner organisations in the district.
admin-audit-text = Who looked at or changed which personal data?
admin-jobs-heading = Background tasks
admin-jobs-status = Status
admin-jobs-count = Number
job-status-queued = Waiting
job-status-running = Running
job-status-done = Done
job-status-failed = Failed
organisations-title = Organisations
organisations-new = New organisation
organisations-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
organisation-kind = Kind of organisation
organisation-kind-school = School
organisation-kind-welfare = Welfare
organisation-kind-housing = Housing corporation
organisation-kind-police = Police
organisation-kind-municipality = Municipality
organisation-kind-sports-culture = Sports and culture
organisation-kind-other = Other
organisation-error-kind = Choose a kind of organisation.
organisation-error-taken = There is already an organisation with this name.
organisation-error-unknown = Choose an organisation from the list.
people-title = People
people-search = Search by name or e-mail address
people-search-submit = Search
people-status = Account status
people-organisation = Organisation
people-no-organisation = No organisation
people-twofactor = Two-step login
people-verified-resident = Resident of the district (checked)
people-last-login = Last logged in
people-role = Role
people-role-organisation = Only for organisation
people-role-any-organisation = All organisations
people-role-area = Only for district or neighbourhood
people-role-any-area = All districts and neighbourhoods
people-error-area = Choose a district or neighbourhood from the list.
people-add-role = Give role
people-remove-role = Remove role { $role }
people-block = Block account
people-unblock = Unblock account
people-verify-resident = Mark as a resident of the district
people-unverify-resident = No longer mark as resident
people-error-block-self = You cannot block your own account.
people-audit-link = Who looked at this data?
user-status-invited = Invited
user-status-unconfirmed = Not confirmed yet
user-status-active = Active
user-status-disabled = Blocked
invitations-title = Invitations
invitations-intro = Invite someone with a role. The person gets an e-mail with a link. The link works for one week and only once.
invitations-new = Invite someone
invitations-language = Language of the e-mail
invitations-submit = Send invitation
invitations-sent = The invitation has been sent to { $email }.
invitations-open = Open invitations
invitations-none = There are no open invitations.
invitations-valid-until = valid until { $date }
invite-error-exists = There is already an account with this e-mail address.
audit-title = Personal data log
audit-intro = Who looked at or changed which personal data, and when. Nobody can change this log.
audit-actor = Who
audit-action = What
audit-any = Everything
audit-subject = About
audit-subject-type = Kind of data
audit-subject-id = Number
audit-from = From (date)
audit-until = Up to and including (date)
audit-filter = Filter
audit-when = When
audit-detail = Details
audit-action-read = Viewed
audit-action-create = Created
audit-action-update = Changed
audit-action-delete = Deleted
audit-action-login = Logged in
audit-action-login_failed = Login failed
audit-action-logout = Logged out
audit-action-export = Exported
audit-action-denied = Refused (outside scope)

## Mail
mail-footer = Kansrijk, the platform of the neighbourhood plan. You are getting this e-mail because someone entered this e-mail address on the site.
mail-invite-subject = Invitation to Kansrijk
mail-invite-body = Dear { $name },

    { $inviter } invites you to Kansrijk, the platform of the neighbourhood plan.

    Click the link to choose a password. The link works for one week and only once.
mail-invite-action = Accept the invitation
mail-reset-subject = Choose a new password
mail-reset-body = Dear { $name },

    You asked for a new password. Click the link to choose a new password. The link works for one hour.

    Did you not ask for this? Then you can ignore this e-mail. Your password stays the same.
mail-reset-action = Choose a new password
mail-wrong-codes-subject = Wrong codes when logging in to your account
mail-wrong-codes-body = Dear { $name },

    Someone entered a wrong code { $count ->
        [one] once
       *[other] { $count } times
    } when logging in to your account. Because of this, nobody can log in with a code for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.

    Was this you? Then you do not need to do anything.

    Was this not you? Then someone else may know your password. Please choose a new password straight away.
mail-wrong-codes-action = Choose a new password
mail-confirm-subject = Confirm your e-mail address
mail-confirm-body = Dear { $name },

    Welcome to Kansrijk. Click the link to confirm your e-mail address. The link works for two days.
mail-confirm-action = Confirm e-mail address
mail-exists-subject = You already have an account
mail-exists-body = Dear { $name },

    Someone tried to create an account with this e-mail address. But you already have an account.

    Don't remember your password? Then choose a new one with the link.
mail-exists-action = Choose a new password

# OpenID Connect login for staff
login-oidc-heading = Log in through your organisation
login-oidc-intro = Does your organisation have its own login service? Then log in there.
login-oidc-button = Log in with { $provider }
oidc-failed-title = Logging in did not work
oidc-failed-message = Logging in through your organisation did not work. Please try again. If it still does not work, contact the administrator.
oidc-unknown-message = There is no account here with the e-mail address your organisation gave. Ask a coordinator to invite you.
# The local outbox (/beheer/post), when no SMTP server is set
local-mail-title = Demo mail
local-mail-card = Every e-mail the platform sent, as the recipient sees it. No mail server is set up.
local-mail-intro = No mail server is set up, so no e-mail goes out: all mail stays here. Open an e-mail to see it as the recipient gets it. How long mail stays here (days): { $days }.
local-mail-smtp = A mail server is set up, so mail really goes out and does not stay here. Below is only older mail, from before there was a mail server.
local-mail-empty = There is no mail yet.
local-mail-when = Sent
local-mail-from = From
local-mail-to = To
local-mail-subject = Subject
local-mail-language = Language
local-mail-by-reference = Address protected (someone who made a report to the reporting service)
local-mail-html = The e-mail as it looks
local-mail-links = Links in this e-mail
local-mail-text = Text only
# API tokens (/beheer/api-sleutels)
admin-api-tokens-text = Tokens for other systems that use the API.
api-tokens-title = API tokens
api-tokens-intro = An API token lets another system (a dashboard, a case management system) read data through the API. The token only works for the organisation, the area and the subjects you choose.
api-tokens-count = { $count ->
    [one] 1 API token
   *[other] { $count } API tokens
}
api-tokens-new = New API token
api-token-description = Description
api-token-description-hint = Which system is the token for? For example: the neighbourhood team's dashboard.
api-token-organisation = Organisation
api-token-area = Only for a district or neighbourhood (optional)
api-token-any-area = All districts and neighbourhoods
api-token-scopes = What may the token read?
api-token-scope-registrations = Registrations for the organisation's own activities
api-token-scope-cases = Details of reports in its own area (without names or texts)
api-token-scope-coverage = Training figures
api-token-expires = Valid up to and including
api-token-create = Create token
api-token-created = The token has been created. Copy it now: you will only see it once.
api-token-status = Status
api-token-active = Active
api-token-expired = Expired
api-token-revoked = Revoked
api-token-revoke = Revoke
api-token-error-description = Please enter a description of at most 120 characters.
api-token-error-organisation = Please choose an organisation from the list.
api-token-error-area = Please choose a district or neighbourhood from the list.
api-token-error-scopes = Please choose at least one subject.
api-token-error-expires = Please choose a date within the next two years.
# The command line, when the PostgreSQL database is missing
cli-database-missing = Database "{ $name }" does not exist and role "{ $role }" may not create it. As a PostgreSQL superuser, run: CREATE DATABASE "{ $name }" OWNER "{ $role }"; (or: createdb -O { $role } { $name })
# API keys: the mediation scope
api-token-scope-mediation = Mediation cases your organisation referred (without names)
# My data and deleting my account (GDPR)
rights-title = My data
rights-intro = This is everything we keep about you, per part of the site. You can also download it.
rights-download-json = Download as JSON
rights-download-html = Download as a web page
rights-nothing = We keep nothing about you here.
rights-value-yes = yes
rights-value-no = no
rights-module-account = Your account
rights-module-programme = Neighbourhood plan
rights-module-activities = Activities
rights-module-agreements = Neighbourhood agreements
rights-module-reports = Reporting service
rights-module-training = Training
rights-module-mediation = Neighbourhood mediation
rights-part-person = About you
rights-part-roles = Roles
rights-part-sessions = Where you are logged in
rights-part-mails = Mails to you
rights-part-contact-of = Contact person of
rights-part-registrations = Registrations
rights-part-proposals = Proposals
rights-part-comments = Comments
rights-part-supports = Proposals you back as a supporter
rights-part-follows = Proposals you follow
rights-part-flags = Comments you flagged
rights-part-assigned-reports = Reports you handle
rights-part-messages-written = Messages you wrote
rights-part-enrolments = Enrolments
rights-part-certificates = Certificates
rights-part-cases = Cases as a mediator
rights-part-steps-logged = Steps you recorded
rights-part-street-registered = Your street
rights-delete-title = Delete account
rights-delete-intro = You can delete your account. This cannot be undone.
rights-delete-what-stays = What others need stays, without your name. A comment then reads 'removed by the author'. A certificate is then no longer valid.
rights-delete-download-first = Download your data first if you want to keep it.
rights-delete-link = Go to delete account
rights-delete-open-work = You cannot delete your account yet
rights-delete-hand-over = Hand this over to a colleague first. Ask the coordinator for help.
rights-delete-sessions = { $count ->
    [one] You are logged in at 1 place. You will be logged out there too.
   *[other] You are logged in at { $count } places. You will be logged out everywhere.
}
rights-delete-password = Your password
rights-delete-code = Code from your app
rights-delete-button = Delete my account
rights-delete-error-password = This password is not correct.
rights-deleted-title = Your account has been deleted
rights-deleted-text = We have deleted your account. You are logged out everywhere.
rights-deleted-home = To the home page
# Requests about data handled by staff (AVG art. 15, 17)
rights-requests-title = Requests about data
rights-requests-card = Requests for access or erasure by letter or at the counter: answer within 30 days.
rights-requests-intro = Did someone ask for access or erasure by letter or at the counter? Record it here. You have 30 days to answer.
rights-requests-list = Requests, open ones first
rights-requests-number = Number
rights-requests-kind = Kind of request
rights-requests-kind-access = Access
rights-requests-kind-erasure = Erasure
rights-requests-channel = Received by
rights-requests-channel-letter = Letter
rights-requests-channel-counter = Counter
rights-requests-channel-mail = Email
rights-requests-person = Account
rights-requests-email = Email address of the account
rights-requests-email-hint = Check who is asking first, for example with an identity document.
rights-requests-received = Received on
rights-requests-note = How identified
rights-requests-note-hint = For example: passport seen at the counter. Do not write down a number.
rights-requests-due = Answer by
rights-requests-overdue = Overdue
rights-requests-status = Status
rights-requests-status-open = Open
rights-requests-status-answered = Handled
rights-requests-status-refused = Refused
rights-requests-new = Record a new request
rights-requests-save = Record request
rights-requests-answer = Download the answer (JSON)
rights-requests-done = The answer has been sent
rights-requests-erase = Erase the data
rights-requests-open-work = Hand over first
rights-requests-back = Back to the requests
rights-requests-error-kind = Choose access or erasure.
rights-requests-error-channel = Choose how the request came in.
rights-requests-error-received = Enter a date that is not in the future.
rights-requests-error-person = There is no account with this email address.
# My data: the names of the fields
rights-field-email = Email address
rights-field-name = Name
rights-field-display-name = Name on the website
rights-field-language = Language
rights-field-status = Status
rights-field-verified-resident = Resident confirmed
rights-field-two-step-login = Two-step login
rights-field-organisation = Organisation
rights-field-created-at = Created on
rights-field-last-login-at = Last logged in
rights-field-role = Role
rights-field-area = Area
rights-field-since = Since
rights-field-started-at = Started on
rights-field-last-seen-at = Last seen
rights-field-subject = Subject
rights-field-sent-at = Sent on
rights-field-page = Page
rights-field-contact-name = Contact name
rights-field-contact-email = Contact email
rights-field-activity = Activity
rights-field-starts-at = Starts on
rights-field-phone = Phone number
rights-field-people = Number of people
rights-field-interpreter = Interpreter
rights-field-interpreter-language = Interpreter's language
rights-field-sign-language = Sign language
rights-field-wheelchair = Wheelchair
rights-field-childcare = Childcare
rights-field-other-needs = Other needs
rights-field-checked-in = Present
rights-field-proposal = Proposal (number)
rights-field-title = Title
rights-field-explanation = Explanation
rights-field-pillar = Pillar
rights-field-on-behalf-of = On behalf of
rights-field-comment = Comment (number)
rights-field-text = Text
rights-field-edited-at = Edited on
rights-field-hidden-at = Hidden on
rights-field-mode = How often
rights-field-reason = Reason
rights-field-kind = Kind
rights-field-course = Course
rights-field-meetings-attended = Meetings attended
rights-field-number = Number
rights-field-issued-at = Issued on
rights-field-valid-until = Valid until
rights-field-revoked-at = Revoked on
rights-field-report = Report (number)
rights-field-messages = Messages
rights-field-case = Case (number)
rights-field-stage = Stage
rights-field-assigned-on = Assigned on
rights-field-contacts-logged = Contacts recorded
rights-field-count = Number
rights-field-registered = Recorded
rights-module-youth = Youth stage
rights-module-monitor = Olievlek monitor
rights-part-reactions = Reactions
rights-part-campaigns-coached = Campaigns you coach
rights-part-timeline-entries = What you added to a timeline
rights-field-campaign = Campaign
area-municipality = Municipality
area-municipality-hint = First choose the municipality and press ‘Choose this municipality’. Then you only see what lies in that municipality. What you have filled in stays.
area-choose-municipality = Choose this municipality
area-error-other-municipality = This area is not in the chosen municipality. Choose one from the list.
area-municipality-filter-hint = Choose a municipality and press the button below. Then the neighbourhood list shows the neighbourhoods of that municipality.
