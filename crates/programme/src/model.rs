//! The programme's model and rules: statuses, the four pillars of De Vreedzame Wijk, and the
//! validation of what a coordinator enters.

pub mod privacy;

// The contact address follows the accounts' rule for an address (one rule in the kernel).
use kansrijk_kernel::accounts::model::valid_email;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::FieldErrors;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a programme or approach stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
#[schema(as = ApproachStatus)]
pub enum Status {
    Planned,
    Active,
    Paused,
    Completed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Active,
        Status::Paused,
        Status::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Completed => "completed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Translation key of the label.
    pub fn label_key(self) -> String {
        format!("status-{}", self.as_str())
    }
}

/// The four pillars of De Vreedzame Wijk and De Vreedzame School.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Pillar {
    PositiveCommunity,
    ConflictMediation,
    TasksResponsibilities,
    Diversity,
}

impl Pillar {
    pub const ALL: [Pillar; 4] = [
        Pillar::PositiveCommunity,
        Pillar::ConflictMediation,
        Pillar::TasksResponsibilities,
        Pillar::Diversity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Pillar::PositiveCommunity => "positive_community",
            Pillar::ConflictMediation => "conflict_mediation",
            Pillar::TasksResponsibilities => "tasks_responsibilities",
            Pillar::Diversity => "diversity",
        }
    }

    pub fn parse(s: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Translation key of the name: `pillar-positive-community`.
    pub fn key(self) -> String {
        format!("pillar-{}", self.as_str().replace('_', "-"))
    }

    pub fn motto_key(self) -> String {
        format!("{}-motto", self.key())
    }

    pub fn explanation_key(self) -> String {
        format!("{}-explanation", self.key())
    }
}

/// Texts of an approach in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ApproachText {
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// What a coordinator enters to create an approach (kernaanpak).
#[derive(Debug, Clone)]
pub struct NewApproach {
    pub slug: String,
    pub status: Status,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub pillars: Vec<Pillar>,
    /// Dutch is required; other languages are optional and fall back to Dutch.
    pub texts: Vec<(Lang, ApproachText)>,
}

pub const TITLE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 400;
pub const BODY_MAX: usize = 20_000;
pub const SLUG_MAX: usize = 80;

/// A slug is what the address shows: lower-case letters, digits and single hyphens.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= SLUG_MAX
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

impl NewApproach {
    /// Every rule the approach breaks, as (field, message key), all at once and each once, so a
    /// form can show each message beside its field.
    pub fn broken_rules(&self) -> Vec<(&'static str, &'static str)> {
        let mut errors = vec![];
        if !valid_slug(&self.slug) {
            errors.push(("slug", "approach-error-slug"));
        }
        if !self.texts.iter().any(|(l, _)| *l == Lang::Nl) {
            errors.push(("title", "approach-error-dutch-required"));
        }
        for (_, text) in &self.texts {
            let title = text.title.trim();
            if title.is_empty() {
                errors.push(("title", "approach-error-title-empty"));
            } else if title.chars().count() > TITLE_MAX {
                errors.push(("title", "approach-error-title-long"));
            }
            if text.summary.chars().count() > SUMMARY_MAX {
                errors.push(("summary", "approach-error-summary-long"));
            }
            if text.body.chars().count() > BODY_MAX {
                errors.push(("body", "approach-error-body-long"));
            }
        }
        if let Some(email) = &self.contact_email {
            if !valid_email(email) {
                errors.push(("contact_email", "approach-error-email"));
            }
        }
        if self
            .contact_name
            .as_ref()
            .is_some_and(|n| n.chars().count() > TITLE_MAX)
        {
            errors.push(("contact_name", "approach-error-contact-long"));
        }
        errors.dedup();
        errors
    }

    pub fn validate(self) -> Result<NewApproach, FieldErrors> {
        let errors: FieldErrors = self.broken_rules().into_iter().collect();
        errors.or_ok(self)
    }
}

/// The form of an approach (new, or its texts in one language), every field a string so nothing
/// is lost on errors.
#[derive(Debug, Clone, Default)]
pub struct ApproachForm {
    pub slug: String,
    pub status: String,
    pub contact_name: String,
    pub contact_email: String,
    pub pillars: Vec<String>,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

impl ApproachForm {
    pub fn from_pairs(pairs: &[(String, String)]) -> ApproachForm {
        let one = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        ApproachForm {
            slug: one("slug").trim().to_string(),
            status: one("status"),
            contact_name: one("contact_name").trim().to_string(),
            contact_email: one("contact_email").trim().to_lowercase(),
            pillars: pairs
                .iter()
                .filter(|(k, _)| k == "pillars")
                .map(|(_, v)| v.clone())
                .collect(),
            lang: one("lang"),
            title: one("title"),
            summary: one("summary"),
            body: one("body"),
        }
    }

    /// The approach with the texts of the form's language. Texts in another language than
    /// Dutch need no Dutch text in the same form (it is there already).
    pub fn validate(&self) -> Result<NewApproach, FieldErrors> {
        let status = Status::parse(&self.status);
        let lang = Lang::from_code(&self.lang).unwrap_or(Lang::Nl);
        let new = NewApproach {
            slug: self.slug.clone(),
            status: status.unwrap_or(Status::Planned),
            contact_name: (!self.contact_name.is_empty()).then(|| self.contact_name.clone()),
            contact_email: (!self.contact_email.is_empty()).then(|| self.contact_email.clone()),
            pillars: self
                .pillars
                .iter()
                .filter_map(|p| Pillar::parse(p))
                .collect(),
            texts: vec![(
                lang,
                ApproachText {
                    title: self.title.clone(),
                    summary: self.summary.clone(),
                    body: self.body.clone(),
                },
            )],
        };
        let errors: FieldErrors = status
            .is_none()
            .then_some(("status", "approach-error-status"))
            .into_iter()
            .chain(new.broken_rules().into_iter().filter(|(_, message)| {
                *message != "approach-error-dutch-required" || lang == Lang::Nl
            }))
            .collect();
        errors.or_ok(new)
    }

    pub fn has_pillar(&self, p: &str) -> bool {
        self.pillars.iter().any(|x| x == p)
    }
}

/// Splits a plain-text body into paragraphs at blank lines.
pub fn paragraphs(body: &str) -> Vec<String> {
    body.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> NewApproach {
        NewApproach {
            slug: "gezond-opgroeien".into(),
            status: Status::Planned,
            contact_name: Some("Programmateam".into()),
            contact_email: None,
            pillars: vec![],
            texts: vec![(
                Lang::Nl,
                ApproachText {
                    title: "Gezond opgroeien".into(),
                    summary: "Kort.".into(),
                    body: "Tekst.".into(),
                },
            )],
        }
    }

    #[test]
    fn a_complete_approach_is_valid() {
        assert_eq!(sample().broken_rules(), vec![]);
        assert!(sample().validate().is_ok());
    }

    #[test]
    fn dutch_text_is_required() {
        let mut a = sample();
        a.texts[0].0 = Lang::En;
        assert!(a
            .broken_rules()
            .iter()
            .any(|(_, message)| *message == "approach-error-dutch-required"));
    }

    #[test]
    fn every_broken_rule_is_reported_beside_its_field() {
        let mut a = sample();
        a.slug = "Niet Goed".into();
        a.texts[0].1.title = " ".into();
        a.texts[0].1.summary = "x".repeat(SUMMARY_MAX + 1);
        a.contact_email = Some("geen-adres".into());
        let fields: Vec<_> = a.broken_rules().iter().map(|(field, _)| *field).collect();
        assert_eq!(fields, vec!["slug", "title", "summary", "contact_email"]);
    }

    #[test]
    fn titles_count_characters_not_bytes() {
        let mut a = sample();
        a.texts[0].1.title = "ع".repeat(TITLE_MAX); // 2 bytes each, still within the limit
        assert_eq!(a.broken_rules(), vec![]);
        a.texts[0].1.title.push('ع');
        assert_eq!(a.broken_rules()[0].1, "approach-error-title-long");
    }

    #[test]
    fn slugs_are_strict() {
        assert!(valid_slug("liendert-voor-iedereen"));
        assert!(valid_slug("aanpak-2"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "é", &"a".repeat(81)] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_fold_whitespace() {
        assert_eq!(
            paragraphs("Een\nregel.\n\n\nTwee.  \n\n  "),
            vec!["Een regel.".to_string(), "Twee.".to_string()]
        );
    }

    #[test]
    fn pillars_and_statuses_round_trip() {
        for p in Pillar::ALL {
            assert_eq!(Pillar::parse(p.as_str()), Some(p));
        }
        assert_eq!(Pillar::Diversity.key(), "pillar-diversity");
        assert_eq!(Pillar::PositiveCommunity.key(), "pillar-positive-community");
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("gone"), None);
    }

    fn form(lang: &str, title: &str) -> ApproachForm {
        ApproachForm {
            slug: "gezond-opgroeien".into(),
            status: "active".into(),
            contact_email: "team@amersfoort.nl".into(),
            pillars: vec!["diversity".into(), "onbekend".into()],
            lang: lang.into(),
            title: title.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_form_gives_the_approach_in_its_language() {
        let new = form("en", "Growing up healthy").validate().unwrap();
        assert_eq!(new.status, Status::Active);
        assert_eq!(new.pillars, vec![Pillar::Diversity]);
        assert_eq!(new.texts[0].0, Lang::En, "no Dutch text needed for English");
        assert_eq!(new.contact_email.as_deref(), Some("team@amersfoort.nl"));
    }

    #[test]
    fn the_form_reports_a_bad_status_and_every_broken_rule() {
        let mut f = form("nl", "");
        f.status = "weg".into();
        f.contact_email = "nee".into();
        let errors = f.validate().unwrap_err();
        let got: Vec<(&str, &str)> = errors.iter().map(|(f, m)| (*f, m.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("status", "approach-error-status"),
                ("title", "approach-error-title-empty"),
                ("contact_email", "approach-error-email")
            ]
        );
    }
}
