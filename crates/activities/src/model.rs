//! Rules of activities: kinds, age groups, answers, local time in Amsterdam, recurring series,
//! capacity and the waiting list, and the validation of what an organiser enters.

use jiff::civil::{Date, DateTime, Time};
use jiff::{Timestamp, ToSpan};
use kansrijk_kernel::capacity;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::scope::Limit;
use kansrijk_kernel::time::amsterdam;
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::FieldErrors;
use kansrijk_programme::model::Pillar;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An activity ends on the date it starts ([`ActivityForm`] takes one date and two times), so it
/// never spans more than this (a day, plus an hour for the change to winter time, with margin).
pub const MAX_ACTIVITY_SPAN: i64 = 2 * 86_400;

/// What kind of activity (the types named in the plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    CulturalFestival,
    FilmConversation,
    Workshop,
    ExpertTalk,
    ChildrensCouncil,
    TrainingSession,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::CulturalFestival,
        Kind::FilmConversation,
        Kind::Workshop,
        Kind::ExpertTalk,
        Kind::ChildrensCouncil,
        Kind::TrainingSession,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::CulturalFestival => "cultural_festival",
            Kind::FilmConversation => "film_conversation",
            Kind::Workshop => "workshop",
            Kind::ExpertTalk => "expert_talk",
            Kind::ChildrensCouncil => "childrens_council",
            Kind::TrainingSession => "training_session",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("activity-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// For whom an activity is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    All,
    Children,
    Youth,
    Adults,
    Seniors,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 5] = [
        AgeGroup::All,
        AgeGroup::Children,
        AgeGroup::Youth,
        AgeGroup::Adults,
        AgeGroup::Seniors,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgeGroup::All => "all",
            AgeGroup::Children => "children",
            AgeGroup::Youth => "youth",
            AgeGroup::Adults => "adults",
            AgeGroup::Seniors => "seniors",
        }
    }

    pub fn parse(s: &str) -> Option<AgeGroup> {
        AgeGroup::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("activity-age-{}", self.as_str())
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RegStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl RegStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegStatus::Confirmed => "confirmed",
            RegStatus::Waiting => "waiting",
            RegStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RegStatus> {
        [
            RegStatus::Confirmed,
            RegStatus::Waiting,
            RegStatus::Cancelled,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("registration-status-{}", self.as_str())
    }
}

/// An answer of the feedback form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    Somewhat,
    No,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::Somewhat, Answer::No];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Somewhat => "somewhat",
            Answer::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("feedback-answer-{}", self.as_str())
    }
}

/// The feedback questions: column name and translation key.
pub const QUESTIONS: [(&str, &str); 3] = [
    ("met_someone", "feedback-q-met-someone"),
    ("understand", "feedback-q-understand"),
    ("come_again", "feedback-q-come-again"),
];

/// Figures based on fewer answers than this are not shown (small-cell suppression).
pub const MIN_CELL: i64 = 5;

/// How long before the start the reminder goes out (one day).
pub const REMINDER_LEAD_SECS: i64 = 24 * 3600;

/// Languages an activity can be held in: the site's languages plus Dutch sign language.
pub const SPOKEN: [&str; 6] = ["nl", "en", "tr", "ar", "pl", "ngt"];

/// The name of a spoken language in that language itself (so a speaker recognises it).
pub fn spoken_name(code: &str) -> &'static str {
    match code {
        "ngt" => "Nederlandse Gebarentaal",
        c => Lang::from_code(c).map(|l| l.native_name()).unwrap_or(""),
    }
}

// ---- local time ---------------------------------------------------------------------------------

/// A date and a time as typed in Amsterdam (`2026-12-15`, `19:30`), in UTC seconds. In the hour
/// that does not exist in spring, the time is moved forward (jiff's "compatible" choice).
pub fn local_to_utc(date: &str, time: &str) -> Option<i64> {
    let date: Date = date.trim().parse().ok()?;
    let time: Time = time.trim().parse().ok()?;
    let zoned = date.to_datetime(time).to_zoned(amsterdam().clone()).ok()?;
    Some(zoned.timestamp().as_second())
}

/// The local date and time of UTC seconds, as form values (`2026-12-15`, `19:30`).
pub fn utc_to_local(ts: i64) -> (String, String) {
    local(ts)
        .map(|dt| {
            (
                dt.date().to_string(),
                dt.time().strftime("%H:%M").to_string(),
            )
        })
        .unwrap_or_default()
}

pub fn local(ts: i64) -> Option<DateTime> {
    Some(
        Timestamp::from_second(ts)
            .ok()?
            .to_zoned(amsterdam().clone())
            .datetime(),
    )
}

/// `19:30` in Amsterdam.
pub fn local_time(ts: i64) -> String {
    local(ts)
        .map(|d| d.time().strftime("%H:%M").to_string())
        .unwrap_or_default()
}

/// `15-12-2026` in Amsterdam.
pub fn local_date(ts: i64) -> String {
    local(ts)
        .map(|d| d.date().strftime("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

/// Translation key of the local weekday: `weekday-1` (Monday) to `weekday-7` (Sunday).
pub fn weekday_key(ts: i64) -> String {
    let n = local(ts)
        .map(|d| d.date().weekday().to_monday_one_offset())
        .unwrap_or(1);
    format!("weekday-{n}")
}

/// The start of a local month and of the next one, in UTC seconds.
pub fn month_bounds(year: i16, month: i8) -> Option<(i64, i64)> {
    let first = Date::new(year, month, 1).ok()?;
    let next = first.checked_add(1.month()).ok()?;
    let start = first.to_zoned(amsterdam().clone()).ok()?.timestamp();
    let end = next.to_zoned(amsterdam().clone()).ok()?.timestamp();
    Some((start.as_second(), end.as_second()))
}

/// The start times of a series: every `every_weeks` weeks, `count` times, at the same local
/// clock time, so 19:30 stays 19:30 across the change to and from summer time.
pub fn series(start: i64, end: i64, every_weeks: i64, count: i64) -> Vec<(i64, i64)> {
    let (Some(first), Some(first_end)) = (local(start), local(end)) else {
        return vec![];
    };
    let duration = first_end.duration_since(first);
    (0..count.max(1))
        .filter_map(|n| {
            let dt = first
                .checked_add((n * every_weeks.max(1) * 7).days())
                .ok()?;
            let s = dt.to_zoned(amsterdam().clone()).ok()?;
            let e = dt
                .checked_add(duration)
                .ok()?
                .to_zoned(amsterdam().clone())
                .ok()?;
            Some((s.timestamp().as_second(), e.timestamp().as_second()))
        })
        .collect()
}

// ---- capacity and the waiting list -------------------------------------------------------------

/// Where a new registration of `people` goes: the kernel's capacity rule
/// ([`kansrijk_kernel::capacity::place_for`]), as a registration status.
pub fn place_for(
    capacity: Option<i64>,
    confirmed: i64,
    anyone_waiting: bool,
    people: i64,
) -> RegStatus {
    match capacity::place_for(capacity, confirmed, anyone_waiting, people) {
        capacity::Place::Confirmed => RegStatus::Confirmed,
        capacity::Place::Waiting => RegStatus::Waiting,
    }
}

pub use capacity::promotable;

/// Share of answers, hidden when there are too few to keep answers anonymous.
pub fn suppressed(count: i64, total: i64) -> Option<i64> {
    (total >= MIN_CELL).then(|| (count * 100 + total / 2) / total.max(1))
}

// ---- what an organiser enters -------------------------------------------------------------------

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
    pub venues: &'a [i64],
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

/// A form error while the rules are checked: (field, translation key).
type FieldError = (&'static str, &'static str);

fn number(v: &str) -> Option<i64> {
    v.trim().parse::<i64>().ok()
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

/// What a visitor enters to sign up.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub people: String,
    pub interpreter: String,
    pub interpreter_lang: String,
    pub sign_language: String,
    pub wheelchair: String,
    pub childcare: String,
    pub other_needs: String,
    pub consent: String,
    pub key: String,
}

/// A validated registration.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRegistration {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i64,
    pub interpreter: bool,
    pub interpreter_lang: String,
    pub sign_language: bool,
    pub wheelchair: bool,
    pub childcare: bool,
    pub other_needs: String,
    pub idempotency_key: String,
}

impl RegistrationForm {
    /// `contact_required`: the activity needs registration, so we must be able to reach people.
    pub fn validate(&self, contact_required: bool) -> Result<NewRegistration, FieldErrors> {
        let mut errors: Vec<FieldError> = vec![];
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(("name", "registration-error-name"));
        } else if name.chars().count() > 100 {
            errors.push(("name", "registration-error-name-long"));
        }
        let email = kansrijk_kernel::accounts::model::normalise_email(&self.email);
        let email = Some(email).filter(|e| !e.is_empty());
        if email
            .as_deref()
            .is_some_and(|e| !kansrijk_kernel::accounts::model::valid_email(e))
        {
            errors.push(("email", "registration-error-email"));
        }
        let phone: String = self.phone.trim().chars().take(30).collect();
        let phone = Some(phone).filter(|p| !p.is_empty());
        if phone
            .as_deref()
            .is_some_and(|p| p.chars().filter(|c| c.is_ascii_digit()).count() < 8)
        {
            errors.push(("phone", "registration-error-phone"));
        }
        if contact_required && email.is_none() && phone.is_none() {
            errors.push(("email", "registration-error-contact"));
        }
        let people = self
            .people
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=10).contains(n));
        if people.is_none() {
            errors.push(("people", "registration-error-people"));
        }
        if self.consent != "1" {
            errors.push(("consent", "registration-error-consent"));
        }
        let key = self.key.trim();
        if key.len() < 16 || key.len() > 64 {
            errors.push(("name", "registration-error-form-expired"));
        }
        let interpreter = self.interpreter == "1";
        errors
            .into_iter()
            .collect::<FieldErrors>()
            .or_ok(NewRegistration {
                name: name.to_string(),
                email,
                phone,
                people: people.unwrap_or(1),
                interpreter,
                interpreter_lang: if interpreter {
                    clean(&self.interpreter_lang, 50)
                } else {
                    String::new()
                },
                sign_language: self.sign_language == "1",
                wheelchair: self.wheelchair == "1",
                childcare: self.childcare == "1",
                other_needs: clean(&self.other_needs, 500),
                idempotency_key: key.to_string(),
            })
    }
}

// ---- venues -------------------------------------------------------------------------------------

/// A venue as entered in the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    pub name: String,
    pub address: String,
    pub area_id: String,
    pub opening_hours: String,
    pub route: String,
    pub step_free: String,
    pub accessible_toilet: String,
    pub hearing_loop: String,
    pub parking: String,
    pub organisation_id: String,
}

/// A validated venue.
#[derive(Debug, Clone, Default)]
pub struct NewVenue {
    pub name: String,
    pub address: String,
    pub area_id: Option<i64>,
    pub opening_hours: String,
    pub route: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub parking: bool,
    /// The owning organisation (`None`: the programme's own).
    pub organisation_id: Option<i64>,
}

impl VenueForm {
    /// `buurten`: the ids of the buurten a venue can lie in; `organisations`: the person's scope.
    pub fn validate(
        &self,
        buurten: &[i64],
        organisations: &Limit,
    ) -> Result<NewVenue, FieldErrors> {
        let mut errors: Vec<FieldError> = vec![];
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(("name", "venue-error-name"));
        }
        let address = self.address.trim();
        if address.is_empty() || self.address.chars().count() > 200 {
            errors.push(("address", "venue-error-address"));
        }
        let area_id = number(&self.area_id);
        if area_id.is_some_and(|a| !buurten.contains(&a)) {
            errors.push(("area_id", "venue-error-area"));
        }
        let organisation_id = owner(organisations, number(&self.organisation_id));
        if !organisations.covers(organisation_id) {
            errors.push(("organisation_id", "activity-error-organisation"));
        }
        errors.into_iter().collect::<FieldErrors>().or_ok(NewVenue {
            name: name.to_string(),
            address: address.to_string(),
            area_id,
            opening_hours: clean(&self.opening_hours, 500),
            route: clean(&self.route, 1000),
            step_free: self.step_free == "1",
            accessible_toilet: self.accessible_toilet == "1",
            hearing_loop: self.hearing_loop == "1",
            parking: self.parking == "1",
            organisation_id,
        })
    }
}

// ---- feedback and check-in ----------------------------------------------------------------------

/// The feedback form: three answers and an optional comment.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub met_someone: String,
    pub understand: String,
    pub come_again: String,
    pub comment: String,
}

/// Validated feedback: the answers in the order of [`QUESTIONS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFeedback {
    pub answers: [Answer; 3],
    pub comment: String,
}

pub const COMMENT_MAX: usize = 1000;

impl FeedbackForm {
    pub fn value(&self, column: &str) -> &str {
        match column {
            "met_someone" => &self.met_someone,
            "understand" => &self.understand,
            _ => &self.come_again,
        }
    }

    /// Every question answered; a comment of at most [`COMMENT_MAX`] characters.
    pub fn validate(&self) -> Result<NewFeedback, FieldErrors> {
        let answers = QUESTIONS.map(|(column, _)| Answer::parse(self.value(column)));
        let mut errors: Vec<FieldError> = QUESTIONS
            .iter()
            .zip(&answers)
            .filter(|(_, a)| a.is_none())
            .map(|((column, _), _)| (*column, "feedback-error-answer"))
            .collect();
        if self.comment.chars().count() > COMMENT_MAX {
            errors.push(("comment", "feedback-error-comment"));
        }
        errors
            .into_iter()
            .collect::<FieldErrors>()
            .or_ok(NewFeedback {
                answers: answers.map(|a| a.unwrap_or(Answer::No)),
                comment: self.comment.trim().to_string(),
            })
    }
}

/// One change at the door: a tick (or untick) of a registration, and/or the number of walk-ins.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CheckinForm {
    pub registration: String,
    pub present: String,
    pub walk_ins: String,
}

/// A validated check-in change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckIn {
    /// (registration id, present)
    pub tick: Option<(i64, bool)>,
    /// Walk-ins, within 0 to 10,000.
    pub walk_ins: Option<i64>,
}

impl CheckinForm {
    /// Nothing here can be refused: what is not a number is no change, and a count of walk-ins
    /// is brought within bounds (a registration of another activity is ignored by the query).
    pub fn validate(&self) -> Result<CheckIn, FieldErrors> {
        Ok(CheckIn {
            tick: number(&self.registration).map(|r| (r, self.present == "1")),
            walk_ins: number(&self.walk_ins).map(|n| n.clamp(0, 10_000)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The errors as (field, key) pairs, in the order they were found.
    fn pairs(errors: &FieldErrors) -> Vec<(&'static str, &str)> {
        errors.iter().map(|(f, k)| (*f, k.as_str())).collect()
    }

    fn only(ids: &[i64]) -> Limit {
        Limit::Only(ids.iter().copied().collect::<BTreeSet<_>>())
    }

    #[test]
    fn local_time_is_amsterdam_time_across_the_change_to_and_from_summer_time() {
        // 19:30 in December is 18:30 UTC; 19:30 in July is 17:30 UTC.
        let winter = local_to_utc("2026-12-15", "19:30").unwrap();
        let summer = local_to_utc("2027-07-06", "19:30").unwrap();
        assert_eq!(
            Timestamp::from_second(winter).unwrap().to_string(),
            "2026-12-15T18:30:00Z"
        );
        assert_eq!(
            Timestamp::from_second(summer).unwrap().to_string(),
            "2027-07-06T17:30:00Z"
        );
        assert_eq!(utc_to_local(winter), ("2026-12-15".into(), "19:30".into()));
        assert_eq!(utc_to_local(summer), ("2027-07-06".into(), "19:30".into()));
        assert_eq!(
            weekday_key(winter),
            "weekday-2",
            "15 December 2026 is a Tuesday"
        );
        // The night clocks go back: 02:30 happens twice, the first (summer time) is used.
        assert!(local_to_utc("2026-10-25", "02:30").is_some());
        assert_eq!(local_to_utc("2026-13-01", "19:30"), None);
        assert_eq!(local_to_utc("2026-12-01", "25:00"), None);
    }

    #[test]
    fn a_series_keeps_its_local_clock_time_across_summer_time() {
        // Every two weeks from 10 March 2027 19:30 (winter) into April (summer).
        let s = local_to_utc("2027-03-10", "19:30").unwrap();
        let e = local_to_utc("2027-03-10", "21:00").unwrap();
        let list = series(s, e, 2, 3);
        assert_eq!(list.len(), 3);
        for (start, end) in &list {
            assert_eq!(local_time(*start), "19:30");
            assert_eq!(local_time(*end), "21:00");
        }
        assert_eq!(local_date(list[2].0), "07-04-2027");
        assert_eq!(list[1].0 - list[0].0, 14 * 86400, "both in winter time");
        assert_eq!(
            list[2].0 - list[1].0,
            14 * 86400 - 3600,
            "an hour shorter across the change"
        );
    }

    #[test]
    fn months_are_local_months() {
        let (start, end) = month_bounds(2026, 12).unwrap();
        assert_eq!(utc_to_local(start), ("2026-12-01".into(), "00:00".into()));
        assert_eq!(utc_to_local(end), ("2027-01-01".into(), "00:00".into()));
        assert_eq!(month_bounds(2026, 13), None);
    }

    #[test]
    fn costs_parse_in_dutch_and_english_notation() {
        assert_eq!(parse_cost(""), Some(0));
        assert_eq!(parse_cost("12,5"), Some(1250));
        assert_eq!(parse_cost("3.75"), Some(375));
        assert_eq!(parse_cost("7"), Some(700));
        assert_eq!(parse_cost("-1"), None);
        assert_eq!(parse_cost("1,234"), None);
        assert_eq!(format_cost(1250), "€ 12,50");
    }

    #[test]
    fn small_cells_are_suppressed() {
        assert_eq!(suppressed(2, 4), None);
        assert_eq!(suppressed(2, 5), Some(40));
        assert_eq!(suppressed(2, 3 * MIN_CELL), Some(13));
    }

    fn form() -> ActivityForm {
        ActivityForm {
            title: "Film en gesprek".into(),
            kind: "film_conversation".into(),
            venue_id: "1".into(),
            date: "2026-12-15".into(),
            start_time: "19:30".into(),
            end_time: "21:30".into(),
            capacity: "40".into(),
            registration_required: "1".into(),
            ..Default::default()
        }
    }

    static ALL: Limit = Limit::All;

    fn known(venues: &[i64]) -> Known<'_> {
        Known {
            venues,
            organisations: &ALL,
            now: local_to_utc("2026-11-28", "12:00").unwrap(),
            confirmed: 10,
            current_start: None,
        }
    }

    #[test]
    fn a_complete_activity_is_valid() {
        let a = form().validate(&known(&[1])).unwrap();
        assert_eq!(a.kind, Kind::FilmConversation);
        assert_eq!(a.capacity, Some(40));
        assert_eq!(a.languages, vec!["nl".to_string()]);
        assert!(a.registration_required);
    }

    #[test]
    fn no_activity_spans_more_than_the_agenda_query_assumes() {
        // The agenda skips activities that started before `from - MAX_ACTIVITY_SPAN`.
        let mut f = form();
        f.date = "2026-10-25".into(); // the night the clocks go back: a 25-hour day
        f.start_time = "00:00".into();
        f.end_time = "23:59".into();
        let a = f
            .validate(&Known {
                now: local_to_utc("2026-10-01", "12:00").unwrap(),
                ..known(&[1])
            })
            .unwrap();
        assert!(a.ends_at - a.starts_at > 24 * 3600, "a 25-hour day");
        assert!(a.ends_at - a.starts_at < MAX_ACTIVITY_SPAN);
    }

    #[test]
    fn every_broken_rule_is_reported_beside_its_field() {
        let mut f = form();
        f.end_time = "18:00".into();
        f.capacity = "5".into();
        f.venue_id = "9".into();
        let errors = f.validate(&known(&[1])).unwrap_err();
        assert_eq!(
            pairs(&errors),
            vec![
                ("venue_id", "activity-error-venue"),
                ("end_time", "activity-error-end-before-start"),
                ("capacity", "activity-error-capacity-below"),
            ]
        );
        let mut past = form();
        past.date = "2026-01-10".into();
        assert_eq!(
            pairs(&past.validate(&known(&[1])).unwrap_err()),
            vec![("date", "activity-error-past")]
        );
    }

    #[test]
    fn translations_are_optional_but_need_a_title() {
        let mut f = form();
        f.set_translation(Lang::Ar, Some("فيلم وحوار".into()), None);
        f.set_translation(Lang::Tr, None, Some("Açıklama".into()));
        assert_eq!(
            pairs(&f.clone().validate(&known(&[1])).unwrap_err()),
            vec![("title_tr", "activity-error-translation-title")]
        );
        f.set_translation(Lang::Tr, Some("Film ve sohbet".into()), None);
        let langs: Vec<Lang> = f
            .validate(&known(&[1]))
            .unwrap()
            .texts
            .iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(langs, vec![Lang::Nl, Lang::Ar, Lang::Tr]);
    }

    #[test]
    fn a_registration_needs_a_name_consent_and_a_way_to_reach_people() {
        let f = RegistrationForm {
            name: "A.B.".into(),
            people: "2".into(),
            consent: "1".into(),
            key: "k".repeat(22),
            ..Default::default()
        };
        assert_eq!(f.clone().validate(false).unwrap().people, 2);
        assert_eq!(
            pairs(&f.validate(true).unwrap_err()),
            vec![("email", "registration-error-contact")]
        );
        let bad = RegistrationForm {
            people: "11".into(),
            email: "geen".into(),
            key: "k".repeat(22),
            ..Default::default()
        };
        let fields: Vec<_> = pairs(&bad.validate(true).unwrap_err())
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(fields, vec!["name", "email", "people", "consent"]);
    }

    #[test]
    fn an_organiser_organises_for_their_own_organisations_only() {
        let one = only(&[7]);
        let two = only(&[7, 8]);
        let k = |organisations| Known {
            organisations,
            ..known(&[1])
        };
        // A single organisation need not be chosen.
        assert_eq!(form().validate(&k(&one)).unwrap().organisation_id, Some(7));
        assert_eq!(
            pairs(&form().validate(&k(&two)).unwrap_err()),
            vec![("organisation_id", "activity-error-organisation")]
        );
        let mut other = form();
        other.organisation_id = "9".into();
        assert!(other.validate(&k(&one)).is_err());
        // The programme's own (no organisation) is for coordinators only.
        assert_eq!(form().validate(&known(&[1])).unwrap().organisation_id, None);
    }

    #[test]
    fn the_form_body_keeps_repeated_checkboxes_and_translations() {
        let f = ActivityForm::from_pairs(
            [
                ("title", "Film"),
                ("pillars[]", "diversity"),
                ("pillars", "positive_community"),
                ("languages", "nl"),
                ("languages", "ar"),
                ("title_en", "Film night"),
                ("description_en", "Together"),
                ("title_nl", "ignored: Dutch is the main field"),
                ("unknown", "x"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        );
        assert_eq!(f.title, "Film");
        assert_eq!(f.pillars, vec!["diversity", "positive_community"]);
        assert_eq!(f.languages, vec!["nl", "ar"]);
        assert_eq!(
            f.translations,
            vec![(Lang::En, "Film night".into(), "Together".into())]
        );
    }

    #[test]
    fn a_venue_needs_a_name_an_address_a_known_buurt_and_an_own_organisation() {
        let f = VenueForm {
            name: " Buurtkamer ".into(),
            address: "Buurtkamer, Zangvogelbuurt".into(),
            area_id: "3".into(),
            opening_hours: "x".repeat(600),
            step_free: "1".into(),
            ..Default::default()
        };
        let v = f.validate(&[3], &only(&[5])).unwrap();
        assert_eq!(v.name, "Buurtkamer");
        assert_eq!(v.organisation_id, Some(5), "the only organisation");
        assert_eq!(v.opening_hours.chars().count(), 500);
        assert!(v.step_free && !v.parking);
        let bad = VenueForm {
            area_id: "4".into(),
            organisation_id: "6".into(),
            ..Default::default()
        };
        let fields: Vec<_> = pairs(&bad.validate(&[3], &only(&[5])).unwrap_err())
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(
            fields,
            vec!["name", "address", "area_id", "organisation_id"]
        );
    }

    #[test]
    fn feedback_needs_every_answer_and_a_short_comment() {
        let f = FeedbackForm {
            met_someone: "yes".into(),
            understand: "somewhat".into(),
            come_again: "no".into(),
            comment: "  Fijn.  ".into(),
        };
        assert_eq!(
            f.validate().unwrap(),
            NewFeedback {
                answers: [Answer::Yes, Answer::Somewhat, Answer::No],
                comment: "Fijn.".into()
            }
        );
        let bad = FeedbackForm {
            understand: "maybe".into(),
            comment: "x".repeat(COMMENT_MAX + 1),
            ..f
        };
        assert_eq!(
            pairs(&bad.validate().unwrap_err()),
            vec![
                ("understand", "feedback-error-answer"),
                ("comment", "feedback-error-comment")
            ]
        );
    }

    #[test]
    fn a_check_in_is_a_tick_or_a_count_within_bounds() {
        let c = CheckinForm {
            registration: "12".into(),
            present: "1".into(),
            walk_ins: " 20000 ".into(),
        };
        assert_eq!(
            c.validate().unwrap(),
            CheckIn {
                tick: Some((12, true)),
                walk_ins: Some(10_000)
            }
        );
        let untick = CheckinForm {
            registration: "12".into(),
            ..Default::default()
        };
        assert_eq!(untick.validate().unwrap().tick, Some((12, false)));
        assert_eq!(untick.validate().unwrap().walk_ins, None);
    }
}
