//! The rules of the youth stage: what a campaign proposal needs, who consents for whom (a
//! parent under 16, the young person from 16), what a consent covers, when a campaign may be
//! published, the milestones in their order. Data on minors is minimal: a first name (one word,
//! so no surname slips in), an age band, and only under 16 the birth month (to ask for the
//! young person's own consent when they turn 16).

pub mod media;
pub mod privacy;

use jiff::civil::Date;
use kansrijk_kernel::web::{forms::clean, FieldErrors};
use serde::Deserialize;

/// The course (by key) whose valid certificate a coach must hold (training module).
pub const COACH_COURSE: &str = "jongerencoach";

/// The version of the consent text shown to parents and young people; stored with each consent.
pub const CONSENT_TEXT_VERSION: &str = "2026-12-v1";

/// Forms a campaign can take.
pub const FORMS: &[&str] = &["video", "photos", "posters", "social", "event"];

/// Age bands of team members (12–23).
pub const AGE_BANDS: &[&str] = &["12-13", "14-15", "16-17", "18-23"];

/// How the parent (or young person) was reached with the consent link.
pub const CHANNELS: &[&str] = &["email", "phone", "in-person", "letter"];

/// The milestones of a campaign, in order.
pub const MILESTONES: &[&str] = &["idea", "plan", "production", "launch", "evaluation"];

/// Member slots on the proposal form; the first is the contact person.
pub const MEMBER_SLOTS: usize = 4;

/// Field names per member slot: (first name, age band, birth month).
pub const MEMBER_FIELDS: [(&str, &str, &str); MEMBER_SLOTS] = [
    ("m1_name", "m1_age", "m1_born"),
    ("m2_name", "m2_age", "m2_born"),
    ("m3_name", "m3_age", "m3_born"),
    ("m4_name", "m4_age", "m4_born"),
];

/// The proposal form as posted (kept as typed when it comes back with errors).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    pub name: String,
    pub idea: String,
    pub audience: String,
    pub form: String,
    pub email: String,
    pub phone: String,
    pub m1_name: String,
    pub m1_age: String,
    pub m1_born: String,
    pub m2_name: String,
    pub m2_age: String,
    pub m2_born: String,
    pub m3_name: String,
    pub m3_age: String,
    pub m3_born: String,
    pub m4_name: String,
    pub m4_age: String,
    pub m4_born: String,
}

impl CampaignForm {
    /// The member slots as (first name, age band, birth month).
    pub fn members(&self) -> [(&str, &str, &str); MEMBER_SLOTS] {
        [
            (&self.m1_name, &self.m1_age, &self.m1_born),
            (&self.m2_name, &self.m2_age, &self.m2_born),
            (&self.m3_name, &self.m3_age, &self.m3_born),
            (&self.m4_name, &self.m4_age, &self.m4_born),
        ]
    }
}

/// A team member as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMember {
    pub first_name: String,
    pub age_band: String,
    /// `YYYY-MM`, only under 16.
    pub born_month: Option<String>,
}

/// A valid proposal.
#[derive(Debug, Clone)]
pub struct NewCampaign {
    pub name: String,
    pub idea: String,
    pub audience: String,
    pub form: String,
    /// E-mail and phone of the contact person, one per line (sealed when stored).
    pub contact: String,
    pub members: Vec<NewMember>,
}

/// Is the age band under 16 (parental consent needed)?
pub fn under_16(age_band: &str) -> bool {
    matches!(age_band, "12-13" | "14-15")
}

/// A first name: one word of letters (a hyphen or apostrophe inside), so no surname slips in.
pub fn valid_first_name(name: &str) -> bool {
    let n = name.trim();
    !n.is_empty()
        && n.chars().count() <= 30
        && n.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && n.chars().next().is_some_and(char::is_alphabetic)
}

/// Parses a birth month `YYYY-MM`.
pub fn parse_month(value: &str) -> Option<Date> {
    let (y, m) = value.trim().split_once('-')?;
    Date::new(y.parse().ok()?, m.parse().ok()?, 1).ok()
}

/// Age in whole years on `today` of someone born in that month (counted from the first day).
pub fn age_on(born: Date, today: Date) -> i16 {
    let mut age = today.year() - born.year();
    if today.month() < born.month() {
        age -= 1;
    }
    age
}

/// Who consents for a member now: `parent` under 16, `self` from 16 (by birth month, or by band).
pub fn consent_by(age_band: &str, born_month: Option<&str>, today: Date) -> &'static str {
    match born_month.and_then(parse_month) {
        Some(born) if age_on(born, today) >= 16 => "self",
        Some(_) => "parent",
        None if under_16(age_band) => "parent",
        None => "self",
    }
}

fn validate_member(
    errors: &mut FieldErrors,
    fields: (&'static str, &'static str, &'static str),
    values: (&str, &str, &str),
    today: Date,
) -> Option<NewMember> {
    let (name, age, born) = values;
    if name.trim().is_empty() && age.is_empty() && born.trim().is_empty() {
        return None;
    }
    if !valid_first_name(name) {
        errors.add(fields.0, "youth-error-first-name");
    }
    if !AGE_BANDS.contains(&age) {
        errors.add(fields.1, "youth-error-age");
        return None;
    }
    let born_month = if under_16(age) {
        match parse_month(born).map(|d| age_on(d, today)) {
            Some(a) if (11..16).contains(&a) => Some(born.trim().to_string()),
            _ => {
                errors.add(fields.2, "youth-error-born");
                None
            }
        }
    } else {
        None
    };
    Some(NewMember {
        first_name: name.trim().to_string(),
        age_band: age.to_string(),
        born_month,
    })
}

fn valid_email(email: &str) -> bool {
    let e = email.trim();
    e.len() <= 200
        && !e.contains(char::is_whitespace)
        && e.split_once('@')
            .is_some_and(|(a, d)| !a.is_empty() && d.contains('.') && !d.ends_with('.'))
}

fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

/// Checks a proposal; errors are keyed by field and name a translation key.
pub fn validate(form: &CampaignForm, today: Date) -> Result<NewCampaign, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = clean(&form.name, 80);
    if name.chars().count() < 3 {
        errors.add("name", "youth-error-name");
    }
    let idea = clean(&form.idea, 2000);
    if idea.chars().count() < 20 {
        errors.add("idea", "youth-error-idea");
    }
    let audience = clean(&form.audience, 200);
    if audience.is_empty() {
        errors.add("audience", "youth-error-audience");
    }
    if !FORMS.contains(&form.form.as_str()) {
        errors.add("form", "youth-error-form");
    }
    let (email, phone) = (form.email.trim(), form.phone.trim());
    if email.is_empty() && phone.is_empty() {
        errors.add("email", "youth-error-contact");
    }
    if !email.is_empty() && !valid_email(email) {
        errors.add("email", "youth-error-email");
    }
    if !phone.is_empty() && !valid_phone(phone) {
        errors.add("phone", "youth-error-phone");
    }
    let mut members = vec![];
    for (fields, values) in MEMBER_FIELDS.into_iter().zip(form.members()) {
        if let Some(m) = validate_member(&mut errors, fields, values, today) {
            members.push(m);
        }
    }
    if form.m1_name.trim().is_empty() && !errors.has("m1_name") {
        errors.add("m1_name", "youth-error-first-name");
    }
    errors.or_ok(NewCampaign {
        name,
        idea,
        audience,
        form: form.form.clone(),
        contact: format!("{email}\n{phone}"),
        members,
    })
}

/// The consent form as posted.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ConsentForm {
    pub channel: String,
    pub take_part: String,
    pub publish_work: String,
    pub publish_photos: String,
    /// "on": I am the parent or guardian (parental consent only).
    pub guardian: String,
}

/// A valid consent.
#[derive(Debug, Clone, PartialEq)]
pub struct NewConsent {
    pub given_by: &'static str,
    pub channel: String,
    pub take_part: bool,
    pub publish_work: bool,
    pub publish_photos: bool,
}

/// Checks a consent: the channel, taking part (a consent without it is no consent), and for a
/// parent the statement that they are the parent or guardian.
pub fn validate_consent(form: &ConsentForm, by: &'static str) -> Result<NewConsent, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !CHANNELS.contains(&form.channel.as_str()) {
        errors.add("channel", "youth-error-channel");
    }
    if form.take_part != "on" {
        errors.add("take_part", "youth-error-take-part");
    }
    if by == "parent" && form.guardian != "on" {
        errors.add("guardian", "youth-error-guardian");
    }
    errors.or_ok(NewConsent {
        given_by: by,
        channel: form.channel.clone(),
        take_part: form.take_part == "on",
        publish_work: form.publish_work == "on",
        publish_photos: form.publish_photos == "on",
    })
}

/// What a member's current consent covers (none: no valid consent).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Covers {
    pub take_part: bool,
    pub publish_work: bool,
    pub publish_photos: bool,
}

/// May a campaign be published? Every member must have a valid consent that covers taking part
/// and publishing work; the key of the message otherwise.
pub fn may_publish(members: &[Covers]) -> Result<(), &'static str> {
    if members.is_empty() {
        return Err("youth-error-no-team");
    }
    if members.iter().all(|c| c.take_part && c.publish_work) {
        Ok(())
    } else {
        Err("youth-error-consent-missing")
    }
}

/// The milestone after this one (none after the evaluation).
pub fn next_milestone(current: &str) -> Option<&'static str> {
    let i = MILESTONES.iter().position(|m| *m == current)?;
    MILESTONES.get(i + 1).copied()
}

/// Flags after which a reaction is hidden until the coordinator decides.
pub const FLAG_THRESHOLD: i64 = 3;
/// Longest reaction (characters).
pub const REACTION_MAX: usize = 1000;

/// Checks a reaction: 2–1000 characters.
pub fn validate_reaction(body: &str) -> Result<String, FieldErrors> {
    let body = clean(body, REACTION_MAX);
    if body.chars().count() < 2 {
        return Err(FieldErrors::single("body", "youth-error-reaction"));
    }
    Ok(body)
}

/// Reach on one day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReachDay {
    pub day: String,
    pub views: i64,
    pub supports: i64,
    pub reactions: i64,
}

/// Reach per day, newest first, from views per day and the moments (kind, local day) of
/// supports and reactions.
pub fn reach_by_day(views: &[(String, i64)], moments: &[(String, String)]) -> Vec<ReachDay> {
    fn at<'a>(
        days: &'a mut std::collections::BTreeMap<String, ReachDay>,
        day: &str,
    ) -> &'a mut ReachDay {
        days.entry(day.to_string()).or_insert_with(|| ReachDay {
            day: day.to_string(),
            ..Default::default()
        })
    }
    let mut days = std::collections::BTreeMap::new();
    for (day, n) in views {
        at(&mut days, day).views += n;
    }
    for (kind, day) in moments {
        match kind.as_str() {
            "support" => at(&mut days, day).supports += 1,
            _ => at(&mut days, day).reactions += 1,
        }
    }
    days.into_values().rev().collect()
}

/// Checks a call to action: a text of 3–80 characters and a link on this site (`/…`) or
/// `https://`; both empty removes it.
pub fn validate_cta(text: &str, url: &str) -> Result<(String, String), FieldErrors> {
    let (text, url) = (clean(text, 80), url.trim().to_string());
    if text.is_empty() && url.is_empty() {
        return Ok((text, url));
    }
    let mut errors = FieldErrors::new();
    if text.chars().count() < 3 {
        errors.add("cta_text", "youth-error-cta-text");
    }
    let local = url.starts_with('/') && !url.starts_with("//");
    let safe = (local || url.starts_with("https://"))
        && url.len() <= 300
        && !url.contains(char::is_whitespace);
    if !safe {
        errors.add("cta_url", "youth-error-cta-url");
    }
    errors.or_ok((text, url))
}

/// The team's own evaluation: required, at most 2000 characters.
pub fn validate_evaluation(text: &str) -> Result<String, FieldErrors> {
    let text = clean(text, 2000);
    if text.is_empty() {
        return Err(FieldErrors::single("evaluation", "youth-error-evaluation"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_evaluation_is_required() {
        assert!(validate_evaluation("  ").unwrap_err().has("evaluation"));
        assert_eq!(
            validate_evaluation(" Goed gegaan. ").unwrap(),
            "Goed gegaan."
        );
        assert_eq!(validate_evaluation(&"a".repeat(3000)).unwrap().len(), 2000);
    }

    fn today() -> Date {
        Date::new(2026, 12, 3).unwrap()
    }

    fn good() -> CampaignForm {
        CampaignForm {
            name: "Liendert laat zich zien".into(),
            idea: "Posters over wat jongeren mooi vinden aan Liendert.".into(),
            audience: "Buren en winkeliers".into(),
            form: "posters".into(),
            email: "team@example.nl".into(),
            m1_name: "Sanne".into(),
            m1_age: "16-17".into(),
            m2_name: "Yusuf".into(),
            m2_age: "14-15".into(),
            m2_born: "2012-05".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_proposal_keeps_first_names_and_only_the_minors_birth_month() {
        let c = validate(&good(), today()).unwrap();
        assert_eq!(c.members.len(), 2);
        assert_eq!(c.members[0].born_month, None);
        assert_eq!(c.members[1].born_month.as_deref(), Some("2012-05"));
        assert_eq!(c.contact, "team@example.nl\n");
    }

    #[test]
    fn a_surname_a_missing_contact_and_a_bad_birth_month_are_refused_per_field() {
        let mut f = good();
        f.m1_name = "Sanne Jansen".into();
        f.email = String::new();
        f.m2_born = "2005-01".into();
        f.form = "tiktok".into();
        let e = validate(&f, today()).unwrap_err();
        assert_eq!(e.get("m1_name"), Some("youth-error-first-name"));
        assert_eq!(e.get("email"), Some("youth-error-contact"));
        assert_eq!(e.get("m2_born"), Some("youth-error-born"));
        assert_eq!(e.get("form"), Some("youth-error-form"));
        f.email = "geen-adres".into();
        let e = validate(&f, today()).unwrap_err();
        assert_eq!(e.get("email"), Some("youth-error-email"));
    }

    #[test]
    fn the_parent_consents_under_16_and_the_young_person_from_16() {
        assert_eq!(consent_by("14-15", Some("2012-05"), today()), "parent");
        assert_eq!(consent_by("14-15", Some("2010-12"), today()), "self");
        assert_eq!(consent_by("14-15", Some("2011-01"), today()), "parent");
        assert_eq!(consent_by("16-17", None, today()), "self");
        assert_eq!(consent_by("12-13", None, today()), "parent");
    }

    #[test]
    fn a_consent_needs_taking_part_a_channel_and_for_a_parent_the_guardian_statement() {
        let form = ConsentForm {
            channel: "email".into(),
            take_part: "on".into(),
            publish_work: "on".into(),
            ..Default::default()
        };
        let e = validate_consent(&form, "parent").unwrap_err();
        assert_eq!(e.get("guardian"), Some("youth-error-guardian"));
        let c = validate_consent(&form, "self").unwrap();
        assert!(c.publish_work && !c.publish_photos);
        let e = validate_consent(&ConsentForm::default(), "self").unwrap_err();
        assert_eq!(e.get("take_part"), Some("youth-error-take-part"));
        assert_eq!(e.get("channel"), Some("youth-error-channel"));
    }

    #[test]
    fn publishing_needs_every_members_consent_to_publish_work() {
        let yes = Covers {
            take_part: true,
            publish_work: true,
            publish_photos: false,
        };
        assert_eq!(may_publish(&[yes, yes]), Ok(()));
        assert_eq!(
            may_publish(&[yes, Covers::default()]),
            Err("youth-error-consent-missing")
        );
        assert_eq!(may_publish(&[]), Err("youth-error-no-team"));
    }

    #[test]
    fn reach_adds_up_per_day_newest_first() {
        let views = [("2026-12-01".to_string(), 5), ("2026-12-02".to_string(), 3)];
        let moments = [
            ("support".to_string(), "2026-12-02".to_string()),
            ("reaction".to_string(), "2026-12-02".to_string()),
            ("support".to_string(), "2026-12-03".to_string()),
        ];
        let r = reach_by_day(&views, &moments);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].day, "2026-12-03");
        assert_eq!((r[1].views, r[1].supports, r[1].reactions), (3, 1, 1));
        assert_eq!((r[2].views, r[2].supports), (5, 0));
    }

    #[test]
    fn a_reaction_needs_some_text() {
        assert!(validate_reaction(" ").is_err());
        assert_eq!(validate_reaction(" Mooi! ").unwrap(), "Mooi!");
    }

    #[test]
    fn a_call_to_action_links_to_this_site_or_https() {
        assert!(validate_cta("Doe mee", "/activiteiten/3").is_ok());
        assert!(validate_cta("Doe mee", "https://example.nl").is_ok());
        assert!(validate_cta("", "").is_ok());
        let e = validate_cta("Doe mee", "javascript:alert(1)").unwrap_err();
        assert_eq!(e.get("cta_url"), Some("youth-error-cta-url"));
        assert!(validate_cta("Doe mee", "//evil.example").is_err());
    }

    #[test]
    fn milestones_go_in_order() {
        assert_eq!(next_milestone("idea"), Some("plan"));
        assert_eq!(next_milestone("evaluation"), None);
        assert_eq!(next_milestone("nonsense"), None);
    }
}
