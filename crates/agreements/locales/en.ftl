# Neighbourhood agreements "This is how we want to live together"
agr-nav = Neighbourhood agreements
agr-breadcrumb = You are here
agr-charter-title = This is how we want to live together
agr-charter-lead = These are the agreements we made together in Liendert. Residents, children, teachers and professionals came up with them.
agr-charter-empty = No agreements have been adopted yet.
agr-pillar-empty = There is no agreement for this pillar yet.
agr-adopted-on = Adopted on
agr-what-changed = What has changed?
agr-proposals-link = { $count ->
    [one] 1 proposal is open
   *[other] { $count } proposals are open
}
agr-poster-a4 = Print the poster (A4)
agr-poster-a3 = Print the poster (A3)
agr-partners-heading = Who has signed?
agr-partners-intro = These organisations support the agreements. Each organisation makes its own concrete promise.
agr-partners-empty = No organisation has signed yet.
agr-signed-version = { $number ->
   *[other] Signed under version { $number }
}
agr-commitment-reviewed = Checked on
agr-commitment-not-reviewed = Not checked yet
agr-versions-title = All versions
agr-versions-lead = Each new agreement creates a new version. Old versions stay visible here.
agr-version-title = { $number ->
   *[other] Version { $number }
}
agr-version-current = this is the current version
agr-agreement-count = { $count ->
    [one] 1 agreement
   *[other] { $count } agreements
}
agr-changes-heading = Changes compared with the previous version
agr-changes-none = No changes in the text.
agr-change-added = New
agr-change-removed = Dropped
agr-change-changed = Changed
agr-poster-lead = Agreements of residents, children, schools and organisations in Liendert.
agr-poster-qr-label = QR code to the agreements online
agr-poster-scan = Scan the code and read the agreements in five languages. Take part by making a new proposal.
agr-poster-signed-by = Signed by:
agr-poster-back = Back to the agreements
agr-poster-print-hint = Print this page on A4 or A3.
agr-proposals-title = Proposals
agr-proposals-lead = { $count ->
    [one] Everyone who is logged in can propose an agreement, comment on it and support it. With 1 supporter, the steering group decides.
   *[other] Everyone who is logged in can propose an agreement, comment on it and support it. With { $count } supporters, the steering group decides.
}
agr-proposals-open = Open proposals
agr-proposals-decided = Decided proposals
agr-proposals-none = There are no proposals here.
agr-supports-count = { $count ->
    [one] 1 supporter
   *[other] { $count } supporters
}
agr-supports-verified = { $count ->
    [one] 1 from Liendert
   *[other] { $count } from Liendert
}
agr-comments-count = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
agr-status-discussion = Under discussion
agr-status-for-decision = Ready for decision
agr-status-adopted = Adopted
agr-status-merged = Merged
agr-status-declined = Not adopted
agr-new-title = Propose an agreement
agr-new-lead = Write briefly and in everyday words what we agree with each other. For example: "We greet each other in the street".
agr-field-title = The agreement in one sentence
agr-field-title-hint = Between 5 and 140 characters. Start with "We …".
agr-field-explanation = Why is this agreement important?
agr-field-explanation-hint = Optional. Write short sentences.
agr-advice-words = Words
agr-advice-long = Long sentences (more than 20 words)
agr-field-pillar = Pillar
agr-field-area = Neighbourhood
agr-field-area-none = All of Liendert
agr-field-on-behalf = On behalf of a group
agr-field-on-behalf-hint = Optional. For example: Liendert Children's Council.
agr-new-submit = Post proposal
agr-proposed-by = Proposed by { $name }
agr-on-behalf = on behalf of { $name }
agr-decision-heading = Decision of the steering group
agr-see-charter = See the agreements
agr-support-heading = Support
agr-threshold-info = { $count ->
    [one] With 1 supporter, the steering group decides on this proposal.
   *[other] With { $count } supporters, the steering group decides on this proposal.
}
agr-you-support = You support this proposal.
agr-support-button = I support this proposal
agr-login-to-take-part = Log in to support and comment
agr-follow-heading = Follow
agr-follow-legend = Would you like an e-mail when this proposal changes or gets a comment?
agr-follow-instant = Yes, straight away
agr-follow-daily = Yes, once a day
agr-follow-stop = No
agr-follow-save = Save
agr-comment-heading = Comment
agr-reply-to = Reply to { $name }
agr-field-comment = Your comment
agr-comment-submit = Post comment
agr-comment-edited = edited
agr-comment-hidden = Hidden by the moderator: { $reason }
agr-reply = Reply
agr-edit = Edit
agr-flag = Report to the moderator
agr-moderate = Moderate
agr-edit-title = Edit comment
agr-edit-lead = You can change your comment up to 15 minutes after posting it.
agr-edit-submit = Save
agr-back-to-proposal = Back to the proposal
agr-sign-title = Sign
agr-sign-lead = Your organisation signs the agreements and promises something concrete. For example: "Our teachers take the training before the summer".
agr-sign-for = You sign on behalf of { $name }.
agr-sign-already = Your organisation has already signed. You can add a new promise.
agr-sign-own = Promises of your organisation
agr-field-commitment = What does your organisation promise?
agr-field-commitment-hint = Between 5 and 500 characters. Make it concrete: who does what, and when?
agr-sign-submit = Sign
agr-sign-add = Add promise
agr-ok-proposed = Your proposal is online. You will get an e-mail when something changes.
agr-ok-supported = Thank you for your support.
agr-ok-already-supported = You already supported this proposal. Your support counts once.
agr-ok-closed = This proposal has already been decided.
agr-ok-commented = Your comment has been posted.
agr-ok-edited = Your comment has been changed.
agr-ok-flagged = Thank you. The moderator will look at this comment.
agr-ok-already-flagged = You had already reported this comment.
agr-ok-following = You are following this proposal.
agr-ok-unfollowed = You are no longer following this proposal.
agr-ok-signed = Thank you. Your organisation is now listed among those who signed.
agr-error-required = Please fill this in.
agr-error-too-short = This text is too short.
agr-error-too-long = This text is too long.
agr-error-pillar = Choose a pillar.
agr-error-area = Choose a neighbourhood from the list.
agr-error-closed = This proposal has already been decided. Comments are closed.
agr-error-edit-window = You can no longer change this comment. That is possible up to 15 minutes after posting.
agr-error-too-many-proposals = You have already made many proposals today. Please try again later, for example tomorrow. Your text is still below.
agr-error-too-many-comments = You have posted many comments in a short time. Please try again in an hour. Your text is still below.
agr-error-too-many-flags = You have reported many comments in a short time. Please try again in an hour.
agr-comments-page = Comments, page { $number }
agr-error-no-organisation = You do not belong to an organisation (yet). Ask the coordinator to link you to your organisation.
agr-error-no-charter = There are no agreements to sign yet.
agr-error-outcome = Choose a decision.
agr-error-decided = This proposal has already been decided.
agr-error-merge-into = Choose the agreement to merge the proposal with.
agr-error-threshold = Enter a whole number of 1 or more.
agr-error-review-outcome = Choose whether the agreement is still followed.
agr-error-retired = This agreement no longer applies.
agr-manage-title = Manage neighbourhood agreements
agr-manage-card-text = Decide on proposals, moderate comments, review agreements.
agr-manage-lead = The steering group decides on proposals, moderates comments and keeps the agreements alive.
agr-manage-open = Proposals to decide on
agr-manage-flagged = Reported comments
agr-manage-flagged-none = There are no reported comments.
agr-manage-threshold = Support threshold
agr-manage-due = Agreements to review
agr-manage-due-none = No agreements need a review right now.
agr-manage-agreements = All agreements
agr-manage-commitments = Promises of partners
agr-col-status = Status
agr-col-action = Action
agr-col-agreement = Agreement
agr-flags-count = { $count ->
    [one] reported once
   *[other] reported { $count } times
}
agr-field-hide-reason = Reason for hiding (the author and everyone else will see this reason)
agr-hide-submit = Hide comment
agr-field-threshold = Number of supporters needed
agr-field-threshold-hint = When a proposal reaches this number, it goes to the steering group.
agr-save = Save
agr-review-due = Review before
agr-last-review = Last review
agr-field-review-note = Short note
agr-field-review-note-hint = For example: discussed at the neighbourhood evening in March.
agr-commitment-review-submit = Mark the promise as checked
agr-decide-title = Decide
agr-field-outcome = Decision
agr-outcome-adopt = Adopt as a new agreement
agr-outcome-merge = Merge with an existing agreement
agr-outcome-decline = Do not adopt
agr-field-reason = Reason (public)
agr-field-reason-hint = Everyone sees this reason with the proposal.
agr-field-merge-into = Merge with
agr-field-texts = Text of the agreement
agr-field-texts-hint = Dutch is required to adopt a proposal. Other languages may stay empty; then we show the Dutch.
agr-lang-nl = Dutch
agr-lang-en = English
agr-lang-tr = Turkish
agr-lang-ar = Arabic
agr-lang-pl = Polish
agr-decide-submit = Save decision
agr-agreement-title = Agreement
agr-retired = dropped
agr-review-heading = Review
agr-review-question = Is this agreement still followed in the district?
agr-review-lives = Yes, the agreement stays
agr-review-retire = No, the agreement is dropped
agr-review-submit = Save review
agr-field-summary = What has changed?
agr-field-summary-hint = Shown with the new version.
agr-texts-submit = Save as a new version
agr-ok-manage-threshold = The threshold has been saved.
agr-ok-manage-decided = The decision has been saved. Followers will be notified.
agr-ok-manage-hidden = The comment is hidden. The author gets an e-mail with the reason.
agr-ok-manage-reviewed = The review has been saved. We will look again in a year.
agr-ok-manage-retired = The agreement has been dropped. A new version has been made.
agr-ok-manage-commitment-reviewed = The promise has been checked.
agr-ok-manage-texts = The text has been saved as a new version.
agr-event-status = The status is now: { $status }
agr-event-reply = There is a new comment.
mail-agr-event-subject = News about "{ $title }"
mail-agr-event-body = Something has changed in the proposal "{ $title }" that you are following.

    { $what }
mail-agr-event-action = See the proposal
mail-agr-digest-subject = { $count ->
    [one] Neighbourhood agreements: 1 update from today
   *[other] Neighbourhood agreements: { $count } updates from today
}
mail-agr-digest-body = This is what happened today in the proposals you are following:

    { $list }
mail-agr-digest-action = See the proposals
mail-agr-hidden-subject = Your comment has been hidden
mail-agr-hidden-body = The moderator has hidden your comment on "{ $title }".

    The reason: { $reason }

    Do you have a question? Contact the coordinator.
mail-agr-hidden-action = See the proposal
mail-agr-review-subject = Review the agreement: "{ $text }"
mail-agr-review-body = The agreement "{ $text }" must be reviewed before { $due }. Is the agreement still followed in the district?
mail-agr-review-action = Fill in the review
# Rights of the people in the data
agr-comment-removed-by-author = Removed by the author.
# The monitor's indicators from this module
agr-indicator-living = Living partner commitments
agr-indicator-living-about = Share of the partners' commitments to the charter made or reviewed in the last 12 months. For the whole municipality only.
