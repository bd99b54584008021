//! The rules of the monitor: question kinds and the standard items, validation of a new question
//! and of a resident's answers, the indicators computed from the items, and publishing with a
//! floor and secondary suppression (see [`publish`]).

pub mod privacy;
pub mod publish;

pub use publish::{publish_municipality, publish_municipality_with, Cell, Published, Stats};

use kansrijk_kernel::indicators::{Measure, ModuleIndicator};
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The default floor: a cell with fewer answers is never shown.
pub const DEFAULT_FLOOR: i64 = 10;

/// Question kinds.
pub const KINDS: &[&str] = &["scale10", "likert5", "yesno", "choice", "multi", "text"];

/// Age bands a resident may give (or none).
pub const AGE_BANDS: &[&str] = &["16-29", "30-44", "45-64", "65+"];

/// The longest short text answer.
pub const TEXT_MAX: usize = 300;

/// A standard item: key, kind, reverse-scored, choice keys.
pub struct StandardItem {
    pub item: &'static str,
    pub kind: &'static str,
    pub reverse: bool,
    pub choices: &'static [&'static str],
}

const fn item(item: &'static str, kind: &'static str) -> StandardItem {
    StandardItem {
        item,
        kind,
        reverse: false,
        choices: &[],
    }
}

/// The items every new questionnaire starts with: the Veiligheidsmonitor's social-cohesion items
/// (one reverse-scored), feeling at home and welcome, experienced discrimination and
/// respectless behaviour. Their texts are translations (`monitor-item-…`).
pub const STANDARD_ITEMS: &[StandardItem] = &[
    StandardItem {
        reverse: true,
        ..item("cohesion_know", "scale10")
    },
    item("cohesion_pleasant", "scale10"),
    item("cohesion_cosy", "scale10"),
    item("cohesion_home", "scale10"),
    item("welcome", "scale10"),
    item("discrimination", "yesno"),
    StandardItem {
        choices: &[
            "origin",
            "religion",
            "gender",
            "sexuality",
            "age",
            "disability",
            "other",
        ],
        ..item("discrimination_ground", "multi")
    },
    StandardItem {
        choices: &[
            "street",
            "work",
            "school",
            "shop",
            "online",
            "government",
            "other",
        ],
        ..item("discrimination_way", "multi")
    },
    item("discrimination_reported", "yesno"),
    StandardItem {
        choices: &["often", "sometimes", "rarely", "never"],
        ..item("respectless", "choice")
    },
];

pub fn standard(item: &str) -> Option<&'static StandardItem> {
    STANDARD_ITEMS.iter().find(|s| s.item == item)
}

/// The range of a numeric kind.
pub fn range(kind: &str) -> Option<(i64, i64)> {
    match kind {
        "scale10" => Some((0, 10)),
        "likert5" => Some((1, 5)),
        "yesno" => Some((0, 1)),
        _ => None,
    }
}

// ---- questions --------------------------------------------------------------------------------

/// The form for a custom question.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    pub kind: String,
    /// Dutch text (required), and optional translations.
    #[serde(default)]
    pub text_nl: String,
    #[serde(default)]
    pub text_en: String,
    #[serde(default)]
    pub text_tr: String,
    #[serde(default)]
    pub text_ar: String,
    #[serde(default)]
    pub text_pl: String,
    /// Choices, one a line (multiple choice only).
    #[serde(default)]
    pub choices: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewQuestion {
    pub kind: String,
    pub choices: Vec<String>,
    /// (language, text)
    pub texts: Vec<(&'static str, String)>,
}

pub fn validate_question(form: &QuestionForm) -> Result<NewQuestion, FieldErrors> {
    let mut errors = FieldErrors::new();
    let kind = form.kind.trim().to_string();
    if !KINDS.contains(&kind.as_str()) {
        errors.add("kind", "monitor-error-kind");
    }
    let text_nl = kansrijk_kernel::web::forms::clean(&form.text_nl, 300);
    if text_nl.is_empty() {
        errors.add("text_nl", "monitor-error-text");
    }
    let choices: Vec<String> = form
        .choices
        .lines()
        .map(|l| kansrijk_kernel::web::forms::clean(l, 80))
        .filter(|l| !l.is_empty())
        .collect();
    let needs_choices = kind == "choice" || kind == "multi";
    if needs_choices && !(2..=12).contains(&choices.len()) {
        errors.add("choices", "monitor-error-choices");
    }
    let mut texts = vec![("nl", text_nl)];
    for (lang, t) in [
        ("en", &form.text_en),
        ("tr", &form.text_tr),
        ("ar", &form.text_ar),
        ("pl", &form.text_pl),
    ] {
        let t = kansrijk_kernel::web::forms::clean(t, 300);
        if !t.is_empty() {
            texts.push((lang, t));
        }
    }
    errors.or_ok(NewQuestion {
        kind,
        choices: if needs_choices { choices } else { vec![] },
        texts,
    })
}

// ---- answers ----------------------------------------------------------------------------------

/// A question as the answering form needs it.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: i64,
    pub item: String,
    pub kind: String,
    pub reverse: bool,
    pub choices: Vec<String>,
}

/// The id of the question asking the standard `item`, among a version's questions with their
/// texts (as `queries::questions` gives them).
pub fn question_id<T>(questions: &[(Question, T)], item: &str) -> Option<i64> {
    questions
        .iter()
        .find(|(q, _)| q.item == item)
        .map(|(q, _)| q.id)
}

/// One answer as stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Value(i64),
    Choice(String),
    Text(String),
}

/// What a resident sent, validated: buurt code (may be empty), age band (may be empty), answers
/// per question id.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub buurt: String,
    pub age_band: String,
    pub answers: Vec<(i64, Answer)>,
}

/// The sent form as field → values (a multiple-choice question sends several).
pub fn fields(pairs: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in pairs {
        map.entry(k.clone()).or_default().push(v.clone());
    }
    map
}

/// Validates one question's sent values. `None` = not answered (every question may be skipped).
pub fn validate_answer(q: &Question, values: &[String]) -> Result<Option<Answer>, &'static str> {
    let values: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if values.is_empty() {
        return Ok(None);
    }
    match q.kind.as_str() {
        "text" => Ok(Some(Answer::Text(kansrijk_kernel::web::forms::clean(
            values[0], TEXT_MAX,
        )))),
        "choice" | "multi" => {
            if values.iter().any(|v| !q.choices.iter().any(|c| c == v))
                || (q.kind == "choice" && values.len() > 1)
            {
                return Err("monitor-error-answer-choice");
            }
            Ok(Some(Answer::Choice(values.join(","))))
        }
        kind => {
            let (lo, hi) = range(kind).ok_or("monitor-error-answer-range")?;
            match values[0].parse::<i64>() {
                Ok(v) if (lo..=hi).contains(&v) && values.len() == 1 => Ok(Some(Answer::Value(v))),
                _ => Err("monitor-error-answer-range"),
            }
        }
    }
}

/// Validates the whole answering form. Errors are per question id (beside each question) and
/// per fixed field (`buurt`, `age_band`).
pub fn validate_response(
    questions: &[Question],
    sent: &BTreeMap<String, Vec<String>>,
    buurten: &[String],
) -> Result<NewResponse, BTreeMap<String, &'static str>> {
    let mut errors = BTreeMap::new();
    let one = |k: &str| {
        sent.get(k)
            .and_then(|v| v.first())
            .map(|s| s.trim().to_string())
    };
    let buurt = one("buurt").unwrap_or_default();
    if !buurt.is_empty() && !buurten.contains(&buurt) {
        errors.insert("buurt".to_string(), "monitor-error-buurt");
    }
    let age_band = one("age_band").unwrap_or_default();
    if !age_band.is_empty() && !AGE_BANDS.contains(&age_band.as_str()) {
        errors.insert("age_band".to_string(), "monitor-error-age");
    }
    let mut answers = vec![];
    for q in questions {
        let values = sent.get(&format!("q{}", q.id)).cloned().unwrap_or_default();
        match validate_answer(q, &values) {
            Ok(Some(a)) => answers.push((q.id, a)),
            Ok(None) => {}
            Err(key) => {
                errors.insert(format!("q{}", q.id), key);
            }
        }
    }
    if errors.is_empty() && answers.is_empty() {
        errors.insert("answers".to_string(), "monitor-error-empty");
    }
    if errors.is_empty() {
        Ok(NewResponse {
            buurt,
            age_band,
            answers,
        })
    } else {
        Err(errors)
    }
}

/// Normalises an invitation code as people type it: letters and digits, upper case.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A mapping from an old CBS buurt code to a current one: the old code well-formed and not a
/// current buurt, the new one a current buurt.
pub fn validate_code_map(
    old: &str,
    new: &str,
    is_buurt: impl Fn(&str) -> bool,
) -> Result<(String, String), FieldErrors> {
    let (old, new) = (old.trim().to_uppercase(), new.trim().to_uppercase());
    let mut errors = FieldErrors::new();
    let well_formed = kansrijk_kernel::areas::AreaKind::from_cbs_code(&old)
        == Some(kansrijk_kernel::areas::AreaKind::Neighbourhood);
    if !well_formed || is_buurt(&old) {
        errors.add("old_code", "monitor-error-old-code");
    }
    if !is_buurt(&new) {
        errors.add("new_code", "monitor-error-new-code");
    }
    errors.or_ok((old, new))
}

// ---- residents ------------------------------------------------------------------------------

/// The most lines a residents form takes at once (a large municipality's buurten and wijken).
pub const RESIDENTS_MAX_LINES: usize = 5_000;

/// Reads residents per area from lines `CODE;NUMBER` (also `,`, tab or spaces between; a CBS
/// table pasted from a spreadsheet works; a header line and dots in numbers are skipped), for
/// the year the numbers count. `is_area` says whether a code is a known buurt, wijk or
/// municipality. Every bad line is refused, so nothing half-read is stored.
pub fn validate_residents(
    text: &str,
    year: &str,
    is_area: impl Fn(&str) -> bool,
) -> Result<(Vec<(String, i64)>, i64), FieldErrors> {
    let mut errors = FieldErrors::new();
    let year = year
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.add("residents_year", "monitor-error-year");
    }
    let mut rows: Vec<(String, i64)> = vec![];
    let mut bad = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut parts = line
            .split([';', ',', '\t', ' '])
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let (Some(code), Some(number), None) = (parts.next(), parts.next(), parts.next()) else {
            bad = true;
            continue;
        };
        let code = code.trim_matches('"').to_uppercase();
        let number = number.trim_matches('"').replace('.', "");
        match number.parse::<i64>() {
            Ok(n) if (0..=100_000_000).contains(&n) && is_area(&code) => {
                rows.retain(|(c, _)| *c != code);
                rows.push((code, n));
            }
            // A header line ("Codering;Inwoners") is not a mistake.
            Err(_) if rows.is_empty() && !is_area(&code) => {}
            _ => bad = true,
        }
    }
    if bad || rows.is_empty() || rows.len() > RESIDENTS_MAX_LINES {
        errors.add("residents", "monitor-error-residents");
    }
    errors.or_ok((rows, year.unwrap_or_default()))
}

// ---- indicators -------------------------------------------------------------------------------

/// Where an indicator's figures come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The answers of the monitor's own survey waves, scored per respondent ([`score`]).
    Survey,
    /// Counts per year from another module (`kernel::indicators`).
    Module(Measure),
}

/// An indicator: from survey items per respondent, or from another module's records per year.
#[derive(Debug, Clone, Copy)]
pub struct Indicator {
    pub key: &'static str,
    /// Translation keys of its name and its one-line explanation.
    pub label: &'static str,
    pub about: &'static str,
    /// `scale` (0–10 mean), `share` (percent) or `rate` (per 1,000 residents).
    pub unit: &'static str,
    /// The national reference value, where one exists.
    pub reference: Option<f64>,
    /// Higher is better (for the colour scale's direction in the legend text).
    pub higher_is_better: bool,
    pub source: Source,
    /// Figures exist per buurt (else for the municipality only: no map).
    pub per_buurt: bool,
    /// Lower bounds of the map's colour classes 2–5 and the top of the scale.
    pub classes: [f64; 4],
    pub max: f64,
    /// The pillars of De Vreedzame Wijk it shows progress on.
    pub pillars: &'static [&'static str],
}

const fn survey(
    key: &'static str,
    label: &'static str,
    about: &'static str,
    unit: &'static str,
    pillars: &'static [&'static str],
) -> Indicator {
    let scale = matches!(unit.as_bytes(), b"scale");
    Indicator {
        key,
        label,
        about,
        unit,
        reference: None,
        higher_is_better: true,
        source: Source::Survey,
        per_buurt: true,
        classes: if scale {
            [5.0, 6.0, 7.0, 8.0]
        } else {
            [5.0, 10.0, 20.0, 30.0]
        },
        max: if scale { 10.0 } else { 100.0 },
        pillars,
    }
}

/// The survey's indicators (labels are the monitor's translations).
pub const INDICATORS: &[Indicator] = &[
    Indicator {
        reference: Some(6.4),
        ..survey(
            "cohesion",
            "monitor-indicator-cohesion",
            "monitor-indicator-cohesion-about",
            "scale",
            &["positive_community", "tasks_responsibilities"],
        )
    },
    survey(
        "welcome",
        "monitor-indicator-welcome",
        "monitor-indicator-welcome-about",
        "scale",
        &["positive_community", "diversity"],
    ),
    Indicator {
        reference: Some(11.0),
        higher_is_better: false,
        ..survey(
            "discrimination",
            "monitor-indicator-discrimination",
            "monitor-indicator-discrimination-about",
            "share",
            &["diversity"],
        )
    },
    Indicator {
        higher_is_better: false,
        ..survey(
            "respectless",
            "monitor-indicator-respectless",
            "monitor-indicator-respectless-about",
            "share",
            &["conflict_mediation"],
        )
    },
];

/// A module's indicator in the monitor's terms.
pub fn from_module(m: &ModuleIndicator) -> Indicator {
    Indicator {
        key: m.key,
        label: m.label,
        about: m.about,
        unit: match m.measure {
            Measure::Share => "share",
            Measure::PerThousand => "rate",
        },
        reference: None,
        higher_is_better: m.higher_is_better,
        source: Source::Module(m.measure),
        per_buurt: m.per_buurt,
        classes: m.classes,
        max: m.max,
        pillars: m.pillars,
    }
}

/// Every indicator: the survey's, then the modules' in feature order.
pub fn all(modules: &[ModuleIndicator]) -> Vec<Indicator> {
    INDICATORS
        .iter()
        .copied()
        .chain(modules.iter().map(from_module))
        .collect()
}

pub fn indicator(key: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.key == key)
}

/// The cohesion items: at least three of the four answered make a scale score.
pub const COHESION_ITEMS: [&str; 4] = [
    "cohesion_know",
    "cohesion_pleasant",
    "cohesion_cosy",
    "cohesion_home",
];

/// A respondent's score on an indicator (in hundredths of the unit), from their answers by item
/// key. `reverse` items are scored 10 − x.
pub fn score(indicator: &str, answers: &BTreeMap<String, (Answer, bool)>) -> Option<i64> {
    let value = |item: &str| match answers.get(item) {
        Some((Answer::Value(v), reverse)) => Some(if *reverse { 10 - v } else { *v }),
        _ => None,
    };
    match indicator {
        "cohesion" => {
            let got: Vec<i64> = COHESION_ITEMS.iter().filter_map(|i| value(i)).collect();
            (got.len() >= 3).then(|| (got.iter().sum::<i64>() * 100) / got.len() as i64)
        }
        "welcome" => value("welcome").map(|v| v * 100),
        "discrimination" => value("discrimination").map(|v| v * 10_000),
        "respectless" => match answers.get("respectless") {
            Some((Answer::Choice(c), _)) => Some(if c == "often" || c == "sometimes" {
                10_000
            } else {
                0
            }),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests;
