nav-youth = Youth stage

## The stage

youth-title = Youth stage
youth-lead = Young people make a campaign about Liendert here. A coach helps them. See what they made.
youth-join-start = Take part with your team
youth-stage-heading = On the stage
youth-stage-empty = There is no campaign on the stage yet.
youth-story = The story
youth-team = The team
youth-team-hidden = The names of the team are not shown here.
youth-coached-by = With the help of a coach from { $organisation }.
youth-back = Back to the stage

## Taking part

youth-join-title = Take part in a campaign
youth-join-lead = Are you between 12 and 23? Make a campaign about Liendert with your team. A coach helps you.
youth-q-campaign = Your campaign
youth-q-name = Name of the campaign
youth-q-idea = Your idea
youth-q-idea-hint = What image of Liendert do you want to show? And how?
youth-q-audience = Who is it for?
youth-q-form = What will you make?
youth-choose = Choose
youth-form-video = Video
youth-form-photos = Photos
youth-form-posters = Posters
youth-form-social = Social media
youth-form-event = An event
youth-q-team-hint = For each team member, fill in only the first name and the age. The first team member is the contact person.
youth-q-contact-person = Contact person
youth-q-member = Team member { $number } (optional)
youth-q-first-name = First name
youth-q-first-name-hint = Only your first name, no surname.
youth-q-age = Age
youth-age-band = { $band } years
youth-q-born = Month of birth (only under 16)
youth-q-born-hint = So we know when you turn 16. Then we ask you yourself for consent.
youth-q-contact = Contact
youth-q-contact-hint = Fill in an e-mail address or a phone number. Only the coordinator sees it.
youth-q-email = E-mail address
youth-q-phone = Phone number
youth-privacy-text = We keep as little as possible about you. After the campaign we delete it.
youth-privacy-link = Read the privacy statement
youth-send = Send

youth-error-name = Give the campaign a name of at least 3 characters.
youth-error-idea = Tell a little more about your idea.
youth-error-audience = Write who the campaign is for.
youth-error-form = Choose what you will make.
youth-error-contact = Fill in an e-mail address or a phone number.
youth-error-email = This e-mail address is not right.
youth-error-phone = This phone number is not right.
youth-error-first-name = Fill in only a first name, without spaces or digits.
youth-error-age = Choose an age.
youth-error-born = Fill in a month of birth that fits an age under 16.

youth-joined-title = Your campaign has been sent
youth-joined-text = Keep this link safe. It opens your team's page.
youth-joined-next = That page has a consent link for each team member. Under 16, a parent gives consent.

## The team page

youth-team-lead = This is your team's page. Do not share the link with others.
youth-team-published = Your campaign is on the stage.
youth-team-ready = Everyone has given consent. The coordinator can now put the campaign on the stage.
youth-team-waiting = Not everyone has given consent yet. Without consent nothing goes on the stage.
youth-team-consent = Consent
youth-team-consent-hint = Send each link to the right person. Anyone can withdraw consent at any time.
youth-consent-given = consent given
youth-consent-needed-parent = a parent still has to give consent
youth-consent-needed-self = still has to give consent
youth-consent-link-parent = Link for a parent:
youth-consent-link-self = Link for this team member:

## Consent

youth-consent-title-parent = Consent from a parent
youth-consent-title-self = Your consent
youth-consent-lead-parent = { $name } wants to take part in a campaign on the Youth stage. { $name } is under 16. That is why we ask you for consent.
youth-consent-lead-self = { $name }, you take part in a campaign on the Youth stage. Give your own consent here.
youth-consent-campaign = The campaign
youth-consent-what = What is the consent about?
youth-consent-text = You choose three things separately. Taking part in the team. Showing the team's work on the stage. Showing photos in which the team member can be recognised. The stage shows only the first name. You can always withdraw consent. Then we take the campaign off the stage at once.
youth-consent-version = Version of this text: { $version }
youth-consent-covers = I give consent for
youth-q-take-part = taking part in the team
youth-q-publish-work = showing the work on the stage, with the first name
youth-q-publish-photos = showing photos in which the team member can be recognised
youth-q-channel = How did you get this link?
youth-channel-email = By e-mail
youth-channel-phone = By phone or message
youth-channel-in-person = In person
youth-channel-letter = By letter
youth-q-guardian = I am the parent or guardian
youth-consent-give = Give consent
youth-consent-saved = Thank you. We have saved the consent.
youth-consent-current = What you allow now
youth-yes = yes
youth-no = no
youth-consent-withdraw = Withdraw consent
youth-error-take-part = It is not possible without consent to take part. Tick it.
youth-error-channel = Choose how you got this link.
youth-error-guardian = Only a parent or guardian can give consent.

## The timeline and the coach

youth-timeline = Timeline
youth-timeline-empty = There is nothing on the timeline yet.
youth-milestone-idea = Idea
youth-milestone-plan = Plan
youth-milestone-production = Production
youth-milestone-launch = Launch
youth-milestone-evaluation = Evaluation
youth-milestone-now = now
youth-milestone-reach = Next step: { $milestone }
youth-entry-milestone = Step reached
youth-entry-task = Task
youth-entry-message = Message
youth-entry-log = Coach log
youth-entry-kind = Kind
youth-by-team = the team
youth-task-done = Done
youth-task-mark-done = Done
youth-thread-write = Write a message
youth-thread-hint = The team and the coach read all messages. There are no private messages.
youth-coach-thread-hint = The whole team reads your messages and tasks. Only the coordinator reads the log.
youth-thread-message = Message
youth-thread-send = Send
youth-error-kind = Choose a kind.
youth-error-body = Write a message.
youth-coach-title = My teams
youth-coach-lead = The campaigns you guide as a coach.
youth-coach-none = You do not guide a team yet.

## Management

youth-manage-title = Youth stage
youth-manage-card-text = Campaigns by young people: consent, coach and the stage.
youth-manage-lead = All campaigns. A campaign goes on the stage only when the whole team gave consent.
youth-manage-none = There are no campaigns yet.
youth-state = Status
youth-state-draft = Not on the stage
youth-state-published = On the stage
youth-state-ended = Ended
youth-consent-complete = Complete
youth-consent-incomplete = Not everyone gave consent yet.
youth-consent-no-publishing = not for the stage
youth-coach = Coach
youth-coach-current = Coach: { $name }
youth-coach-choose = Choose a coach
youth-coach-hint = Only someone with a valid youth coach certificate.
youth-coach-assign = Choose coach
youth-error-coach = Choose a coach from the list.
youth-error-coach-untrained = This coach has no valid youth coach certificate. Choose someone else.
youth-publish-heading = Stage
youth-publish = Put on the stage
youth-unpublish = Take off the stage
youth-error-consent-missing = Not everyone gave consent to show the work yet.
youth-error-no-team = This campaign has no team any more.
youth-end-heading = End of the campaign
youth-end = Close the campaign
youth-erase = Delete the team's data now

## Media

youth-media = Photos, documents and videos
youth-media-kind-photo = Photo
youth-media-kind-document = Document (PDF)
youth-media-kind-video = Video (link)
youth-media-recognisable-note = Someone can be recognised in this photo. It goes on the stage only if everyone gave consent for that.
youth-media-add = What are you adding?
youth-media-description = Description
youth-media-description-hint = What does it show? Then people who cannot see it know too.
youth-media-file = File
youth-media-file-hint = A photo (JPEG, PNG or WebP) or a PDF of at most 2 MB. We remove place and camera data from photos.
youth-media-recognisable = Someone can be recognised in this photo
youth-media-url = Link to the video
youth-media-url-hint = First put the video on YouTube, Vimeo, TikTok or Instagram. Paste the link here.
youth-media-upload = Add
youth-media-error-large = The file is too large. It may be at most 2 MB.
youth-media-error-pixels = The photo has too many pixels. Make it smaller.
youth-media-error-photo-type = This is not a photo we can use. Choose a JPEG, PNG or WebP.
youth-media-error-document-type = This is not a PDF. Choose a PDF file.
youth-media-error-document-active = This PDF contains code that runs. Save it again as a plain PDF.
youth-media-error-video = Paste a link starting with https:// to YouTube, Vimeo, TikTok or Instagram.
youth-media-error-description = Write what it shows.
youth-media-error-kind = Choose what you are adding.
youth-media-error-file = Choose a file.

## Reactions, support and reach

youth-support-heading = Support
youth-supports = { $count ->
    [one] 1 supporter
   *[other] { $count } supporters
}
youth-support = I support this campaign
youth-reactions = Reactions
youth-reactions-none = There are no reactions yet.
youth-flag = Report to the moderator
youth-react = Your reaction
youth-react-hint = Stay friendly. The makers are young people. After three reports we hide a reaction until the moderator looks.
youth-react-send = React
youth-react-login = Log in to react or to support the campaign
youth-error-reaction = Write a reaction.
youth-moderate-title = Reported reactions on the Youth stage
youth-moderate-lead = { $count ->
    [one] After 1 report a reaction is hidden until you decide.
   *[other] After { $count } reports a reaction is hidden until you decide.
}
youth-moderate-none = There are no reported reactions.
youth-flags = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
youth-moderate-auto-hidden = hidden now
youth-moderate-campaign = See the campaign
youth-moderate-keep = Keep
youth-moderate-reason = Reason for the writer
youth-moderate-hide = Hide
youth-error-reason = Write the reason. The writer will see it.
youth-reach = Reach
youth-reach-hint = Visits, supporters and reactions per day. We count without cookies and without knowing who looks.
youth-reach-none = There are no visits yet.
youth-reach-day = Day
youth-reach-views = Visits
youth-reach-supports = Supporters
mail-youth-hidden-subject = Your reaction on the Youth stage has been hidden
mail-youth-hidden-body = The moderator has hidden your reaction.

    The reason: { $reason }

    Do you have a question? Contact the coordinator.
mail-youth-hidden-action = See the campaign

## Call to action and the team's evaluation

youth-cta = Call to action
youth-cta-hint = What can people do after your campaign? For example join an activity.
youth-cta-text = Text on the button
youth-cta-url = Link
youth-cta-url-hint = A page of this site, such as /activiteiten, or a link starting with https://.
youth-cta-save = Save call to action
youth-error-cta-text = Write a text of at least 3 characters.
youth-error-cta-url = Use a page of this site or a link starting with https://.
youth-evaluation = Your evaluation
youth-evaluation-hint = What went well? What would you do differently? Only your team and the coordinator read this.
youth-evaluation-text = Evaluation
youth-evaluation-save = Save evaluation
youth-evaluation-none = The team has not written an evaluation yet.
youth-error-evaluation = Write your evaluation.
youth-rights-open-campaigns = { $count ->
    [one] You still coach 1 running campaign.
   *[other] You still coach { $count } running campaigns.
}
