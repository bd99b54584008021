//! What an organiser enters for an activity, and its rules.

use super::{local_to_utc, number, AgeGroup, FieldError, Kind, SPOKEN};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::scope::Limit;
use kansrijk_kernel::web::FieldErrors;
use kansrijk_programme::model::Pillar;
use serde::Deserialize;

/// An activity as entered in the form (strings as typed, so the form can show them again).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub title: String,
    pub description: String,
    /// Titles and descriptions in the other languages (optional; they fall back to Dutch).
    #[serde(skip)]
    pub translations: Vec<(Lang, String, String)>,
    pub kind: String,
    pub pillars: Vec<String>,
    pub approach_id: String,
    pub venue_id: String,
    pub online_url: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub repeat_weeks: String,
    pub repeat_count: String,
    pub organisation_id: String,
    pub contact_name: String,
    pub languages: Vec<String>,
    pub cost: String,
    pub age_group: String,
    pub capacity: String,
    pub registration_required: String,
    /// The municipality whose venues the form offers (national scale), a CBS code.
    pub gemeente: String,
    /// `gemeente`: the person chose a municipality; show the form again, nothing saved.
    pub step: String,
}

/// A validated activity.
#[derive(Debug, Clone, PartialEq)]
pub struct NewActivity {
    pub texts: Vec<(Lang, String, String)>,
    pub kind: Kind,
    pub pillars: Vec<Pillar>,
    pub approach_id: Option<i64>,
    pub venue_id: Option<i64>,
    pub online_url: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub repeat_weeks: i64,
    pub repeat_count: i64,
    pub organisation_id: Option<i64>,
    pub contact_name: String,
    pub languages: Vec<String>,
    pub cost_cents: i64,
    pub age_group: AgeGroup,
    pub capacity: Option<i64>,
    pub registration_required: bool,
}

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 5000;

/// What the validation needs to know from the database.
pub struct Known<'a> {
    /// The venues the form offers.
    pub venues: &'a [i64],
    /// Venues that exist but lie in another municipality than the one chosen (national scale).
    pub elsewhere: &'a [i64],
    /// The organisations the person may organise for (their scope).
    pub organisations: &'a Limit,
    pub now: i64,
    /// People already confirmed (when editing): the capacity may not go below it.
    pub confirmed: i64,
    /// When editing, a start in the past is allowed if it is unchanged.
    pub current_start: Option<i64>,
}

/// Parses "12,50", "12.50" or "12" euros into cents; empty is free.
pub fn parse_cost(s: &str) -> Option<i64> {
    let s = s.trim().replace(',', ".");
    if s.is_empty() {
        return Some(0);
    }
    let (euros, cents) = match s.split_once('.') {
        Some((e, c)) if c.len() <= 2 && c.bytes().all(|b| b.is_ascii_digit()) => {
            (e, format!("{c:0<2}"))
        }
        Some(_) => return None,
        None => (s.as_str(), "00".to_string()),
    };
    let euros: i64 = euros.parse().ok().filter(|e| (0..100_000).contains(e))?;
    Some(euros * 100 + cents.parse::<i64>().ok()?)
}

/// `€ 12,50` (Dutch notation is what people here see on price tags).
pub fn format_cost(cents: i64) -> String {
    format!("€ {},{:02}", cents / 100, cents % 100)
}

/// The languages besides Dutch that the form offers texts in.
pub const TRANSLATED: [Lang; 4] = [Lang::En, Lang::Tr, Lang::Ar, Lang::Pl];

/// The form field of the title in a language (`title_en`, …).
pub fn title_field(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "title_en",
        Lang::Tr => "title_tr",
        Lang::Ar => "title_ar",
        Lang::Pl => "title_pl",
        Lang::Nl => "title",
    }
}

impl ActivityForm {
    /// The title and description typed for a language (empty when none).
    pub fn translation(&self, lang: Lang) -> (String, String) {
        self.translations
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, t, d)| (t.clone(), d.clone()))
            .unwrap_or_default()
    }

    /// Sets the title or the description of a language, as the form fields arrive.
    pub fn set_translation(
        &mut self,
        lang: Lang,
        title: Option<String>,
        description: Option<String>,
    ) {
        let i = match self.translations.iter().position(|(l, _, _)| *l == lang) {
            Some(i) => i,
            None => {
                self.translations.push((lang, String::new(), String::new()));
                self.translations.len() - 1
            }
        };
        if let Some(t) = title {
            self.translations[i].1 = t;
        }
        if let Some(d) = description {
            self.translations[i].2 = d;
        }
    }

    /// The form body: repeated checkboxes (`pillars`, `languages`) need the pairs, not a map.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> ActivityForm {
        let mut f = ActivityForm::default();
        for (k, v) in pairs {
            let field = match k.as_str() {
                "title" => &mut f.title,
                "description" => &mut f.description,
                "kind" => &mut f.kind,
                "approach_id" => &mut f.approach_id,
                "venue_id" => &mut f.venue_id,
                "online_url" => &mut f.online_url,
                "date" => &mut f.date,
                "start_time" => &mut f.start_time,
                "end_time" => &mut f.end_time,
                "repeat_weeks" => &mut f.repeat_weeks,
                "repeat_count" => &mut f.repeat_count,
                "organisation_id" => &mut f.organisation_id,
                "contact_name" => &mut f.contact_name,
                "cost" => &mut f.cost,
                "age_group" => &mut f.age_group,
                "capacity" => &mut f.capacity,
                "registration_required" => &mut f.registration_required,
                "gemeente" => &mut f.gemeente,
                "step" => &mut f.step,
                "pillars" | "pillars[]" => {
                    f.pillars.push(v);
                    continue;
                }
                "languages" | "languages[]" => {
                    f.languages.push(v);
                    continue;
                }
                k => {
                    f.set_translation_field(k, v);
                    continue;
                }
            };
            *field = v;
        }
        f
    }

    /// `title_en`, `description_tr`, …: a text in one of the [`TRANSLATED`] languages.
    fn set_translation_field(&mut self, key: &str, value: String) {
        let Some((field, code)) = key.split_once('_') else {
            return;
        };
        let Some(lang) = Lang::from_code(code).filter(|l| TRANSLATED.contains(l)) else {
            return;
        };
        match field {
            "title" => self.set_translation(lang, Some(value), None),
            "description" => self.set_translation(lang, None, Some(value)),
            _ => {}
        }
    }

    /// Checks every rule; errors are (field, translation key), all at once.
    pub fn validate(&self, known: &Known) -> Result<NewActivity, FieldErrors> {
        let mut errors = vec![];
        let texts = self.texts(&mut errors);
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.push(("kind", "activity-error-kind"));
        }
        let (venue_id, online_url) = self.place(known, &mut errors);
        let (starts_at, ends_at) = self.times(known, &mut errors);
        let (repeat_weeks, repeat_count) = self.repeat(&mut errors);
        let cost = parse_cost(&self.cost);
        if cost.is_none() {
            errors.push(("cost", "activity-error-cost"));
        }
        let capacity = self.capacity(known, &mut errors);
        if self.contact_name.trim().chars().count() > TITLE_MAX {
            errors.push(("contact_name", "activity-error-contact-long"));
        }
        let organisation_id = owner(known.organisations, number(&self.organisation_id));
        if !known.organisations.covers(organisation_id) {
            errors.push(("organisation_id", "activity-error-organisation"));
        }
        errors
            .into_iter()
            .collect::<FieldErrors>()
            .or_ok(NewActivity {
                texts,
                kind: kind.unwrap_or(Kind::Other),
                pillars: self
                    .pillars
                    .iter()
                    .filter_map(|p| Pillar::parse(p))
                    .collect(),
                approach_id: number(&self.approach_id),
                venue_id,
                online_url,
                starts_at,
                ends_at,
                repeat_weeks,
                repeat_count,
                organisation_id,
                contact_name: self.contact_name.trim().to_string(),
                languages: self.spoken_languages(),
                cost_cents: cost.unwrap_or(0),
                age_group: AgeGroup::parse(&self.age_group).unwrap_or(AgeGroup::All),
                capacity,
                registration_required: self.registration_required == "1",
            })
    }

    /// The Dutch title and description, then each other language that has a title.
    fn texts(&self, errors: &mut Vec<FieldError>) -> Vec<(Lang, String, String)> {
        let title = self.title.trim();
        if title.is_empty() {
            errors.push(("title", "activity-error-title"));
        } else if title.chars().count() > TITLE_MAX {
            errors.push(("title", "activity-error-title-long"));
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            errors.push(("description", "activity-error-description-long"));
        }
        let mut texts = vec![(
            Lang::Nl,
            title.to_string(),
            self.description.trim().to_string(),
        )];
        for (lang, t, d) in &self.translations {
            let field = title_field(*lang);
            if t.trim().chars().count() > TITLE_MAX {
                errors.push((field, "activity-error-title-long"));
            } else if t.trim().is_empty() && !d.trim().is_empty() {
                errors.push((field, "activity-error-translation-title"));
            }
            if d.chars().count() > DESCRIPTION_MAX {
                errors.push((field, "activity-error-description-long"));
            }
            if !t.trim().is_empty() && *lang != Lang::Nl {
                texts.push((*lang, t.trim().to_string(), d.trim().to_string()));
            }
        }
        texts
    }

    /// A known venue, an online address, or both; never neither.
    fn place(&self, known: &Known, errors: &mut Vec<FieldError>) -> (Option<i64>, Option<String>) {
        let venue_id = match self.venue_id.trim() {
            "" => None,
            v => match v.parse::<i64>() {
                Ok(id) if known.venues.contains(&id) => Some(id),
                Ok(id) if known.elsewhere.contains(&id) => {
                    errors.push(("venue_id", "venue-error-other-municipality"));
                    None
                }
                _ => {
                    errors.push(("venue_id", "activity-error-venue"));
                    None
                }
            },
        };
        let online_url = Some(self.online_url.trim().to_string()).filter(|u| !u.is_empty());
        if online_url.as_deref().is_some_and(|u| {
            !(u.starts_with("https://") || u.starts_with("http://")) || u.len() > 500
        }) {
            errors.push(("online_url", "activity-error-url"));
        }
        if venue_id.is_none() && online_url.is_none() && !errors.iter().any(|e| e.0 == "venue_id") {
            errors.push(("venue_id", "activity-error-place"));
        }
        (venue_id, online_url)
    }

    /// Start and end on the one date; not in the past, unless the start is unchanged.
    fn times(&self, known: &Known, errors: &mut Vec<FieldError>) -> (i64, i64) {
        let start = local_to_utc(&self.date, &self.start_time);
        let end = local_to_utc(&self.date, &self.end_time);
        match (start, end) {
            (None, _) => errors.push(("date", "activity-error-date")),
            (Some(_), None) => errors.push(("end_time", "activity-error-time")),
            (Some(s), Some(e)) => {
                if e <= s {
                    errors.push(("end_time", "activity-error-end-before-start"));
                }
                if s < known.now && known.current_start != Some(s) {
                    errors.push(("date", "activity-error-past"));
                }
            }
        }
        (start.unwrap_or_default(), end.unwrap_or_default())
    }

    /// Every 0 to 8 weeks, 1 to 52 times (empty: once).
    fn repeat(&self, errors: &mut Vec<FieldError>) -> (i64, i64) {
        let or = |v: &str, default: i64| -> Option<i64> {
            match v.trim() {
                "" => Some(default),
                v => v.parse().ok(),
            }
        };
        let weeks = or(&self.repeat_weeks, 0).filter(|n| (0..=8).contains(n));
        let count = or(&self.repeat_count, 1).filter(|n| (1..=52).contains(n));
        if weeks.is_none() || count.is_none() {
            errors.push(("repeat_weeks", "activity-error-repeat"));
        }
        (weeks.unwrap_or(0), count.unwrap_or(1))
    }

    /// 1 to 10,000 places, not fewer than are taken (empty: no limit).
    fn capacity(&self, known: &Known, errors: &mut Vec<FieldError>) -> Option<i64> {
        match self.capacity.trim() {
            "" => None,
            v => match v.parse::<i64>() {
                Ok(c) if (1..=10_000).contains(&c) => {
                    if c < known.confirmed {
                        errors.push(("capacity", "activity-error-capacity-below"));
                    }
                    Some(c)
                }
                _ => {
                    errors.push(("capacity", "activity-error-capacity"));
                    None
                }
            },
        }
    }

    /// The languages chosen that the agenda knows, Dutch when none.
    fn spoken_languages(&self) -> Vec<String> {
        let mut languages: Vec<String> = self
            .languages
            .iter()
            .filter(|l| SPOKEN.contains(&l.as_str()))
            .cloned()
            .collect();
        languages.dedup();
        if languages.is_empty() {
            languages.push("nl".into());
        }
        languages
    }
}

/// The organisation a record belongs to: the one chosen, or, for an organiser of a single
/// organisation, that one (they need not choose it).
pub fn owner(organisations: &Limit, chosen: Option<i64>) -> Option<i64> {
    chosen.or_else(|| {
        organisations
            .ids()
            .filter(|ids| ids.len() == 1)
            .and_then(|ids| ids.first().copied())
    })
}
