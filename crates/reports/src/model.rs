//! The meldpunt's model and rules: the categories (ADV/CBS practice, plus income and social
//! position from the factsheet), the report a resident enters and its validation, and the
//! status rules of case handling.

pub mod privacy;

use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

/// Who the reporter is in this.
pub const ROLES: &[&str] = &["victim", "witness", "on_behalf"];
/// Grounds (several per report). "origin" covers skin colour and origin ("ras" in Dutch law);
/// "income" (income or social position) is not a legal ground but named by Liendert's residents.
pub const GROUNDS: &[&str] = &[
    "origin",
    "nationality",
    "religion",
    "gender",
    "sexual_orientation",
    "gender_identity",
    "disability",
    "age",
    "political",
    "marital_status",
    "income",
    "other",
];
/// Terrein: the domain where it happened.
pub const TERRAINS: &[&str] = &[
    "neighbours",
    "public_space",
    "education",
    "work",
    "shops_hospitality",
    "housing",
    "authorities_police",
    "sports_recreation",
    "internet_media",
    "other",
];
/// Aard: the nature of what happened.
pub const NATURES: &[&str] = &[
    "hostile_treatment",
    "unequal_treatment",
    "threat",
    "violence",
    "vandalism",
    "other",
];
/// What the reporter wants.
pub const WANTS: &[&str] = &[
    "register",
    "advice",
    "mediation",
    "handover",
    "police_report",
];
/// Afhandeling (CBS categories), chosen by the handler.
pub const HANDLINGS: &[&str] = &[
    "registration",
    "advice",
    "mediation",
    "referral",
    "legal_support",
    "policy",
];
pub const STATUSES: &[&str] = &["new", "in_progress", "closed", "referred", "withdrawn"];
/// Does the reporter live in the municipality?
pub const RESIDENCES: &[&str] = &["municipality", "elsewhere", "unknown"];
/// Where it happened, besides a buurt: elsewhere in the municipality, outside it, unknown.
pub const LOCATION_KINDS: &[&str] = &["buurt", "municipality", "outside", "unknown"];
pub const CONTACT_WAYS: &[&str] = &["email", "phone"];

pub const NARRATIVE_MIN: usize = 10;
pub const NARRATIVE_MAX: usize = 10_000;
pub const SHORT_MAX: usize = 120;
pub const PLACE_MAX: usize = 500;
pub const MESSAGE_MAX: usize = 5_000;

/// What a resident entered, as posted (every field a string, so nothing is lost on errors).
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    pub role: String,
    pub narrative: String,
    pub happened_on: String,
    pub happened_about: String,
    pub location: String,
    pub place: String,
    pub terrain: String,
    pub grounds: Vec<String>,
    pub nature: String,
    pub wants: Vec<String>,
    pub residence: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_way: String,
    pub mail_updates: bool,
    pub consent_handover: bool,
    pub privacy_read: bool,
    pub submission_key: String,
}

/// Removes control characters (binary input) but keeps line breaks and tabs.
pub fn clean_text(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_string()
}

/// The value of a posted field (empty when absent; the first of repeated ones).
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

impl ReportInput {
    /// Reads the posted pairs; repeated keys (grounds, wants) become lists.
    pub fn from_pairs(pairs: &[(String, String)]) -> ReportInput {
        let one = |k: &str| field(pairs, k).to_string();
        let many = |k: &str| {
            let mut v: Vec<String> = pairs
                .iter()
                .filter(|(key, _)| key == k)
                // Checkboxes send one pair per value; the check page one comma-joined value.
                .flat_map(|(_, v)| v.split(','))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(String::from)
                .collect();
            v.sort();
            v.dedup();
            v
        };
        ReportInput {
            role: one("role"),
            narrative: clean_text(&one("narrative")),
            happened_on: one("happened_on").trim().to_string(),
            happened_about: clean_text(&one("happened_about")),
            location: one("location"),
            place: clean_text(&one("place")),
            terrain: one("terrain"),
            grounds: many("grounds"),
            nature: one("nature"),
            wants: many("wants"),
            residence: one("residence"),
            contact_name: clean_text(&one("contact_name")),
            contact_email: one("contact_email").trim().to_lowercase(),
            contact_phone: one("contact_phone").trim().to_string(),
            contact_way: one("contact_way"),
            mail_updates: one("mail_updates") == "yes",
            consent_handover: one("consent_handover") == "yes",
            privacy_read: one("privacy_read") == "yes",
            submission_key: one("submission_key").chars().take(64).collect(),
        }
    }

    /// Hidden fields that carry the input from the check page to sending (or back to the form).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("role", self.role.clone()),
            ("narrative", self.narrative.clone()),
            ("happened_on", self.happened_on.clone()),
            ("happened_about", self.happened_about.clone()),
            ("location", self.location.clone()),
            ("place", self.place.clone()),
            ("terrain", self.terrain.clone()),
            ("nature", self.nature.clone()),
            ("residence", self.residence.clone()),
            ("contact_name", self.contact_name.clone()),
            ("contact_email", self.contact_email.clone()),
            ("contact_phone", self.contact_phone.clone()),
            ("contact_way", self.contact_way.clone()),
            ("submission_key", self.submission_key.clone()),
        ];
        pairs.push(("grounds", self.grounds.join(",")));
        pairs.push(("wants", self.wants.join(",")));
        for (name, on) in [
            ("mail_updates", self.mail_updates),
            ("consent_handover", self.consent_handover),
            ("privacy_read", self.privacy_read),
        ] {
            if on {
                pairs.push((name, "yes".into()));
            }
        }
        pairs
    }

    /// Every rule; `location_is_buurt` says whether `location` is the CBS code of an existing
    /// buurt (looked up by the caller), `today` is `YYYY-MM-DD` in Amsterdam. Messages are
    /// translation keys. The report itself is the input, checked.
    pub fn validate(&self, location_is_buurt: bool, today: &str) -> Result<&Self, FieldErrors> {
        let mut e = FieldErrors::new();
        if !ROLES.contains(&self.role.as_str()) {
            e.add("role", "report-error-role");
        }
        let length = self.narrative.chars().count();
        if length < NARRATIVE_MIN {
            e.add("narrative", "report-error-narrative-short");
        } else if length > NARRATIVE_MAX {
            e.add("narrative", "report-error-narrative-long");
        }
        if !self.happened_on.is_empty() {
            match self.happened_on.parse::<jiff::civil::Date>() {
                Ok(d) if d.to_string().as_str() > today => {
                    e.add("happened_on", "report-error-date-future")
                }
                Ok(_) => {}
                Err(_) => e.add("happened_on", "report-error-date"),
            }
        }
        if self.happened_about.chars().count() > SHORT_MAX {
            e.add("happened_about", "report-error-too-long");
        }
        let location_ok =
            LOCATION_KINDS[1..].contains(&self.location.as_str()) || location_is_buurt;
        if !location_ok {
            e.add("location", "report-error-location");
        }
        if self.place.chars().count() > PLACE_MAX {
            e.add("place", "report-error-too-long");
        }
        if !TERRAINS.contains(&self.terrain.as_str()) {
            e.add("terrain", "report-error-terrain");
        }
        if self.grounds.is_empty() || self.grounds.iter().any(|g| !GROUNDS.contains(&g.as_str())) {
            e.add("grounds", "report-error-grounds");
        }
        if !NATURES.contains(&self.nature.as_str()) {
            e.add("nature", "report-error-nature");
        }
        if self.wants.is_empty() || self.wants.iter().any(|w| !WANTS.contains(&w.as_str())) {
            e.add("wants", "report-error-wants");
        }
        if !RESIDENCES.contains(&self.residence.as_str()) {
            e.add("residence", "report-error-residence");
        }
        if self.contact_name.chars().count() > SHORT_MAX {
            e.add("contact_name", "report-error-too-long");
        }
        if !self.contact_email.is_empty()
            && !kansrijk_kernel::accounts::model::valid_email(&self.contact_email)
        {
            e.add("contact_email", "form-error-email");
        }
        if !self.contact_phone.is_empty() && !valid_phone(&self.contact_phone) {
            e.add("contact_phone", "report-error-phone");
        }
        match self.contact_way.as_str() {
            "" => {}
            "email" if self.contact_email.is_empty() => {
                e.add("contact_email", "report-error-email-needed")
            }
            "phone" if self.contact_phone.is_empty() => {
                e.add("contact_phone", "report-error-phone-needed")
            }
            "email" | "phone" => {}
            _ => e.add("contact_way", "report-error-contact-way"),
        }
        if self.mail_updates && self.contact_email.is_empty() {
            e.add("contact_email", "report-error-email-needed");
        }
        if !self.privacy_read {
            e.add("privacy_read", "report-error-privacy");
        }
        e.or_ok(self)
    }

    pub fn has_contact(&self) -> bool {
        !(self.contact_name.is_empty()
            && self.contact_email.is_empty()
            && self.contact_phone.is_empty())
    }

    /// The buurt code, or the kind of place when no buurt was chosen.
    pub fn location_kind(&self) -> &str {
        if LOCATION_KINDS[1..].contains(&self.location.as_str()) {
            &self.location
        } else {
            "buurt"
        }
    }
}

pub fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(|c| c.is_ascii_digit()).count();
    (6..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        && phone.len() <= 25
}

/// Which status changes a handler may make. Withdrawing is the reporter's alone.
pub fn may_change_status(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("new", "in_progress")
            | ("new", "closed")
            | ("new", "referred")
            | ("in_progress", "closed")
            | ("in_progress", "referred")
            | ("closed", "in_progress")
    )
}

/// Closed, referred and withdrawn reports count down to the deletion of personal content.
pub fn is_finished(status: &str) -> bool {
    matches!(status, "closed" | "referred" | "withdrawn")
}

/// A handler's status change as entered, with the handling code (CBS category).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
    pub handling: String,
}

/// A status change after its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatus {
    pub status: String,
    /// A new handling code; `None` keeps the one the case has.
    pub handling: Option<String>,
}

impl StatusForm {
    /// The status rules ([`may_change_status`]) and the handling-code rule: a code must be a
    /// known one, and closing or referring needs one (for the CBS figures) unless the case has
    /// one already (`has_handling`).
    pub fn validate(&self, from: &str, has_handling: bool) -> Result<NewStatus, FieldErrors> {
        let handling = (!self.handling.is_empty()).then(|| self.handling.clone());
        let unknown = handling.as_deref().is_some_and(|h| !HANDLINGS.contains(&h));
        let missing = is_finished(&self.status) && handling.is_none() && !has_handling;
        [
            (!may_change_status(from, &self.status)).then_some(("status", "report-error-status")),
            (unknown || missing).then_some(("handling", "report-error-handling")),
        ]
        .into_iter()
        .flatten()
        .collect::<FieldErrors>()
        .or_ok(NewStatus {
            status: self.status.clone(),
            handling,
        })
    }
}

/// A message (to or from the reporter) or an internal note, as `field` of its form: cleaned of
/// control characters, not empty, not too long; nothing is added to a case whose personal
/// content was deleted (`deleted`).
pub fn validate_message(
    field: &'static str,
    raw: &str,
    deleted: bool,
) -> Result<String, FieldErrors> {
    let text = clean_text(raw);
    let length = text.chars().count();
    if length == 0 {
        return Err(FieldErrors::single(field, "report-message-error-empty"));
    }
    if length > MESSAGE_MAX || deleted {
        return Err(FieldErrors::single(field, "report-error-too-long"));
    }
    Ok(text)
}

/// A due date as entered (`YYYY-MM-DD`, Amsterdam): due at the end of that day; empty is none.
pub fn validate_due(value: &str) -> Result<Option<i64>, FieldErrors> {
    match value.trim() {
        "" => Ok(None),
        value => kansrijk_kernel::time::parse_local_date(value)
            .map(|ts| Some(ts + 86_399))
            .ok_or_else(|| FieldErrors::single("due", "report-error-date")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ReportInput {
        ReportInput {
            role: "victim".into(),
            narrative: "In de supermarkt werd ik genegeerd en anders behandeld.".into(),
            location: "BU03071001".into(),
            terrain: "shops_hospitality".into(),
            grounds: vec!["origin".into()],
            nature: "unequal_treatment".into(),
            wants: vec!["register".into()],
            residence: "municipality".into(),
            privacy_read: true,
            ..Default::default()
        }
    }

    /// The one buurt these tests know.
    fn is_buurt(r: &ReportInput) -> bool {
        r.location == "BU03071001"
    }

    #[test]
    fn an_anonymous_report_with_the_essentials_is_valid() {
        let r = valid();
        assert!(r.validate(is_buurt(&r), "2026-11-28").is_ok());
        let mut elsewhere = valid();
        elsewhere.location = "outside".into();
        assert!(elsewhere.validate(false, "2026-11-28").is_ok());
        assert!(!valid().has_contact());
    }

    #[test]
    fn each_broken_rule_lands_beside_its_field() {
        let mut r = valid();
        r.role = "boss".into();
        r.narrative = "kort".into();
        r.happened_on = "2027-01-01".into();
        r.location = "BU99999999".into();
        r.grounds = vec![];
        r.wants = vec!["revenge".into()];
        r.contact_way = "email".into();
        r.privacy_read = false;
        let e = r.validate(is_buurt(&r), "2026-11-28").unwrap_err();
        for field in [
            "role",
            "narrative",
            "happened_on",
            "location",
            "grounds",
            "wants",
            "contact_email",
            "privacy_read",
        ] {
            assert!(e.has(field), "{field}");
        }
        assert_eq!(e.get("happened_on"), Some("report-error-date-future"));
    }

    #[test]
    fn mail_updates_need_an_address_and_phones_are_plausible() {
        let mut r = valid();
        r.mail_updates = true;
        assert_eq!(
            r.validate(is_buurt(&r), "2026-11-28")
                .unwrap_err()
                .get("contact_email"),
            Some("report-error-email-needed")
        );
        assert!(valid_phone("06-12345678") && valid_phone("+31 33 123 4567"));
        assert!(!valid_phone("123") && !valid_phone("bel me") && !valid_phone(&"1".repeat(30)));
    }

    #[test]
    fn binary_and_control_characters_are_removed_but_line_breaks_stay() {
        assert_eq!(clean_text("  Eerst\r\nDan\u{0}\u{7}  "), "Eerst\nDan");
    }

    #[test]
    fn input_survives_the_round_trip_through_hidden_fields() {
        let mut r = valid();
        r.grounds = vec!["income".into(), "origin".into()];
        r.mail_updates = true;
        let pairs: Vec<(String, String)> = r
            .to_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let back = ReportInput::from_pairs(&pairs);
        assert_eq!(back.grounds, r.grounds);
        assert_eq!(back.narrative, r.narrative);
        assert!(back.mail_updates && back.privacy_read && !back.consent_handover);
    }

    #[test]
    fn handlers_follow_the_status_rules() {
        assert!(may_change_status("new", "in_progress"));
        assert!(may_change_status("in_progress", "closed"));
        assert!(may_change_status("closed", "in_progress"), "reopen");
        assert!(
            !may_change_status("new", "withdrawn"),
            "only the reporter withdraws"
        );
        assert!(!may_change_status("withdrawn", "in_progress"));
        assert!(!may_change_status("referred", "closed"));
    }

    fn change(status: &str, handling: &str) -> StatusForm {
        StatusForm {
            status: status.into(),
            handling: handling.into(),
        }
    }

    #[test]
    fn closing_or_referring_needs_a_known_handling_code() {
        assert_eq!(
            change("closed", "advice")
                .validate("in_progress", false)
                .unwrap(),
            NewStatus {
                status: "closed".into(),
                handling: Some("advice".into())
            }
        );
        let e = change("closed", "")
            .validate("in_progress", false)
            .unwrap_err();
        assert_eq!(e.get("handling"), Some("report-error-handling"));
        assert!(
            change("referred", "").validate("new", true).is_ok(),
            "the case has a code already"
        );
        let e = change("in_progress", "revenge")
            .validate("new", false)
            .unwrap_err();
        assert_eq!(e.get("handling"), Some("report-error-handling"));
        assert_eq!(
            change("in_progress", "")
                .validate("new", false)
                .unwrap()
                .handling,
            None
        );
        let e = change("withdrawn", "advice")
            .validate("new", false)
            .unwrap_err();
        assert_eq!(e.get("status"), Some("report-error-status"));
    }

    #[test]
    fn messages_are_cleaned_and_bounded_and_due_dates_end_the_day() {
        assert_eq!(
            validate_message("text", " Hallo\u{0} ", false).unwrap(),
            "Hallo"
        );
        assert_eq!(
            validate_message("message", "  ", false)
                .unwrap_err()
                .get("message"),
            Some("report-message-error-empty")
        );
        let long = "x".repeat(MESSAGE_MAX + 1);
        assert!(validate_message("text", &long, false)
            .unwrap_err()
            .has("text"));
        assert!(
            validate_message("text", "Hallo", true).is_err(),
            "content deleted"
        );
        assert_eq!(validate_due("").unwrap(), None);
        assert!(validate_due("morgen").unwrap_err().has("due"));
        let due = validate_due("2026-12-01").unwrap().unwrap();
        assert_eq!(due % 60, 59);
    }
}

/// The case status as a state machine, and the report form's decoding under hostile bytes.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const STATUSES: &[&str] = &["new", "in_progress", "closed", "referred", "withdrawn", "x"];

    proptest! {
        #[test]
        fn a_handler_changes_status_only_along_the_rules_and_finishes_with_a_handling_code(
            ops in prop::collection::vec((0..STATUSES.len(), 0..HANDLINGS.len() + 2), 1..40),
        ) {
            let (mut status, mut handling): (&str, Option<String>) = ("new", None);
            for (s, h) in ops {
                let form = StatusForm {
                    status: STATUSES[s].into(),
                    handling: HANDLINGS.get(h).map_or(if h == HANDLINGS.len() { "" } else { "made-up" }, |h| h).into(),
                };
                let Ok(change) = form.validate(status, handling.is_some()) else { continue };
                prop_assert!(may_change_status(status, &change.status), "{status} → {}", change.status);
                prop_assert!(change.status != "withdrawn", "only the reporter withdraws");
                prop_assert!(status != "referred", "referred is final");
                if let Some(h) = &change.handling {
                    prop_assert!(HANDLINGS.contains(&h.as_str()));
                    handling = Some(h.clone());
                }
                status = STATUSES[s];
                if is_finished(status) {
                    prop_assert!(handling.is_some(), "a finished case has its handling code");
                }
            }
        }

        /// Whatever a client posts, reading and checking the form answers (never panics), and
        /// an accepted report has only known categories and no control characters.
        #[test]
        fn any_posted_bytes_are_read_and_checked_without_panicking(
            body in prop::collection::vec(any::<u8>(), 0..600),
            known in prop::collection::vec((0..6usize, 0..12usize), 0..12),
        ) {
            let mut pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
            let fields = ["role", "grounds", "terrain", "nature", "wants", "location"];
            let values = ["witness", "origin", "public_space", "threat", "register", "BU03071000",
                "victim", "religion", "work", "violence", "advice", "\u{0}\u{7}"];
            pairs.extend(known.into_iter().map(|(f, v)| (fields[f].to_string(), values[v].to_string())));
            let input = ReportInput::from_pairs(&pairs);
            if let Ok(ok) = input.validate(true, "2026-12-03") {
                prop_assert!(ok.grounds.iter().all(|g| GROUNDS.contains(&g.as_str())));
                prop_assert!(ROLES.contains(&ok.role.as_str()));
                prop_assert!(!ok.narrative.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            }
        }
    }
}
