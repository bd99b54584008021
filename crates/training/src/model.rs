//! Rules of the training registry: target groups, enrolment status, completion by attendance,
//! certificate numbers and validity, the effect forms (Kirkpatrick) with small-group
//! suppression, coverage percentages and quarters, and the validation of what a coordinator
//! enters.

use jiff::civil::{Date, Time};
use jiff::{Timestamp, ToSpan};
use kansrijk_kernel::capacity::Place;
use kansrijk_kernel::time::amsterdam;
use rand::Rng;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// For whom a course is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    Professional,
    Volunteer,
    Both,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 3] = [
        TargetGroup::Professional,
        TargetGroup::Volunteer,
        TargetGroup::Both,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TargetGroup::Professional => "professional",
            TargetGroup::Volunteer => "volunteer",
            TargetGroup::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("training-target-{}", self.as_str())
    }
}

/// Where an enrolment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EnrolStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl EnrolStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EnrolStatus::Confirmed => "confirmed",
            EnrolStatus::Waiting => "waiting",
            EnrolStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<EnrolStatus> {
        [
            EnrolStatus::Confirmed,
            EnrolStatus::Waiting,
            EnrolStatus::Cancelled,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("training-status-{}", self.as_str())
    }
}

impl From<Place> for EnrolStatus {
    fn from(p: Place) -> EnrolStatus {
        match p {
            Place::Confirmed => EnrolStatus::Confirmed,
            Place::Waiting => EnrolStatus::Waiting,
        }
    }
}

/// Completed when the person attended at least `percent` % of the session's meetings
/// (rounded up: 80 % of 3 meetings is 3). A session without meetings is never completed.
pub fn completed(attended: i64, meetings: i64, percent: i64) -> bool {
    meetings > 0 && attended * 100 >= meetings * percent.clamp(1, 100)
}

/// Letters of a certificate number: no 0/O, 1/I/L, so a number read aloud or typed is not
/// mistaken.
const NUMBER_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A certificate number like `KL-2026-7KQ4-M9XD`: the year of issue and 8 letters from the OS
/// CSPRNG (about 40 bits), so numbers cannot be guessed; the database keeps them unique.
pub fn certificate_number(year: i16) -> String {
    let mut rng = rand::rng();
    let mut part = || -> String {
        (0..4)
            .map(|_| NUMBER_ALPHABET[rng.random_range(0..NUMBER_ALPHABET.len())] as char)
            .collect()
    };
    format!("KL-{year}-{}-{}", part(), part())
}

/// A typed number in the canonical form (upper case, trimmed), or `None` if it cannot be one.
pub fn normalise_number(s: &str) -> Option<String> {
    let s = s.trim().to_uppercase();
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 4
        && parts[0] == "KL"
        && parts[1].len() == 4
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && parts[2..]
            .iter()
            .all(|p| p.len() == 4 && p.bytes().all(|b| NUMBER_ALPHABET.contains(&b)));
    ok.then_some(s)
}

/// The year (Amsterdam) of a moment.
pub fn year_of(ts: i64) -> i16 {
    Timestamp::from_second(ts)
        .map(|t| t.to_zoned(amsterdam().clone()).year())
        .unwrap_or(2026)
}

/// Valid until: the issue moment plus the course's validity in months (local calendar), or no
/// end when the course has no validity.
pub fn valid_until(issued_at: i64, validity_months: Option<i64>) -> Option<i64> {
    let months = validity_months.filter(|m| *m > 0)?;
    let zoned = Timestamp::from_second(issued_at)
        .ok()?
        .to_zoned(amsterdam().clone());
    Some(
        zoned
            .checked_add(months.months())
            .ok()?
            .timestamp()
            .as_second(),
    )
}

/// Valid on `on`: issued by then, not ended, not revoked.
pub fn is_valid(
    issued_at: i64,
    valid_until: Option<i64>,
    revoked_at: Option<i64>,
    on: i64,
) -> bool {
    issued_at <= on && valid_until.is_none_or(|u| u > on) && revoked_at.is_none_or(|r| r > on)
}

/// The initials of a name, for the public verification page: `Fatma el Idrissi` → `F.E.I.`.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(|c| c.to_uppercase())
        .map(|c| format!("{c}."))
        .collect()
}

/// A stable key from a title: `Cultuursensitief werken – basis` → `cultuursensitief-werken-basis`.
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 60
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !key.starts_with('-')
}

/// Percentage, rounded down; 0 of 0 is 0.
pub fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        part * 100 / whole
    }
}

// ---- effect measurement (Kirkpatrick) ----------------------------------------------------------

/// Results of fewer respondents than this are not shown, so answers stay anonymous.
pub const MIN_RESPONDENTS: i64 = 5;

/// Days after the end of a session that the follow-up questionnaire is mailed.
pub const FOLLOWUP_AFTER_DAYS: i64 = 91;

/// Days before the end of a certificate that the reminder is mailed.
pub const REMINDER_DAYS: i64 = 60;

/// The forms: satisfaction after a session (level 1), the self-assessment before and after
/// (level 2) and the follow-up three months later (level 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectForm {
    Satisfaction,
    Before,
    After,
    Followup,
}

impl EffectForm {
    pub const ALL: [EffectForm; 4] = [
        EffectForm::Satisfaction,
        EffectForm::Before,
        EffectForm::After,
        EffectForm::Followup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EffectForm::Satisfaction => "satisfaction",
            EffectForm::Before => "before",
            EffectForm::After => "after",
            EffectForm::Followup => "followup",
        }
    }

    pub fn parse(s: &str) -> Option<EffectForm> {
        EffectForm::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("training-form-{}", self.as_str())
    }

    /// The fixed statements (answered 1–5): question id and translation key.
    pub fn questions(self) -> &'static [(&'static str, &'static str)] {
        match self {
            EffectForm::Satisfaction => &SATISFACTION,
            EffectForm::Before | EffectForm::After => &SELF_ASSESSMENT,
            EffectForm::Followup => &FOLLOWUP,
        }
    }

    /// Open for a session at `now`: the self-assessment before until the session starts; the
    /// others once it ended (the follow-up from three months after the end).
    pub fn open(self, starts_at: i64, ends_at: i64, now: i64) -> bool {
        match self {
            EffectForm::Before => now < starts_at,
            EffectForm::Satisfaction | EffectForm::After => now >= ends_at,
            EffectForm::Followup => now >= ends_at + FOLLOWUP_AFTER_DAYS * 86400,
        }
    }
}

pub const SATISFACTION: [(&str, &str); 3] = [
    ("useful", "training-q-useful"),
    ("trainer", "training-q-trainer"),
    ("recommend", "training-q-recommend"),
];

pub const SELF_ASSESSMENT: [(&str, &str); 4] = [
    ("own_norms", "training-q-own-norms"),
    ("frame", "training-q-frame"),
    ("interpreter", "training-q-interpreter"),
    ("ask", "training-q-ask"),
];

pub const FOLLOWUP: [(&str, &str); 3] = [
    ("applied", "training-q-applied"),
    ("changed", "training-q-changed"),
    ("colleagues", "training-q-colleagues"),
];

/// The scores of a sent form, or the first question without a valid 1–5 answer.
pub fn parse_scores(
    form: EffectForm,
    pairs: &[(String, String)],
) -> Result<Vec<(&'static str, i64)>, &'static str> {
    form.questions()
        .iter()
        .map(|(q, _)| {
            pairs
                .iter()
                .find(|(k, _)| k == q)
                .and_then(|(_, v)| v.parse::<i64>().ok())
                .filter(|s| (1..=5).contains(s))
                .map(|s| (*q, s))
                .ok_or(*q)
        })
        .collect()
}

/// An average score (1–5) as text with one decimal (`3,8`), hidden below the minimum group.
pub fn average(sum: i64, count: i64, respondents: i64) -> Option<String> {
    if respondents < MIN_RESPONDENTS || count == 0 {
        return None;
    }
    let tenths = (sum * 10 + count / 2) / count;
    Some(format!("{},{}", tenths / 10, tenths % 10))
}

// ---- time -----------------------------------------------------------------------------------

/// A date and a time as typed in Amsterdam (`2026-12-15`, `19:30`), in UTC seconds.
pub fn local_to_utc(date: &str, time: &str) -> Option<i64> {
    let date: Date = date.trim().parse().ok()?;
    let time: Time = time.trim().parse().ok()?;
    let zoned = date.to_datetime(time).to_zoned(amsterdam().clone()).ok()?;
    Some(zoned.timestamp().as_second())
}

/// The date and time as typed in the session form (`2026-12-15`, `19:30`, Amsterdam): the
/// inverse of [`local_to_utc`], to fill in the form of an existing session.
pub fn utc_to_local(ts: i64) -> (String, String) {
    Timestamp::from_second(ts)
        .map(|t| {
            let z = t.to_zoned(amsterdam().clone());
            (
                z.strftime("%Y-%m-%d").to_string(),
                z.strftime("%H:%M").to_string(),
            )
        })
        .unwrap_or_default()
}

/// `15-12-2026` in Amsterdam.
pub fn local_date(ts: i64) -> String {
    Timestamp::from_second(ts)
        .map(|t| {
            t.to_zoned(amsterdam().clone())
                .strftime("%d-%m-%Y")
                .to_string()
        })
        .unwrap_or_default()
}

/// The ends of the last `n` quarters up to and including the current one (oldest first), with a
/// label like `2026 K4`. The current quarter ends at `now`.
pub fn quarters(now: i64, n: usize) -> Vec<(String, i64)> {
    let Ok(t) = Timestamp::from_second(now) else {
        return vec![];
    };
    let z = t.to_zoned(amsterdam().clone());
    let (mut year, mut q) = (z.year(), (z.month() - 1) / 3 + 1);
    let mut out = vec![(format!("{year} K{q}"), now)];
    while out.len() < n {
        // The end of the previous quarter: the start of this one.
        let start = Date::new(year, (q - 1) * 3 + 1, 1)
            .ok()
            .and_then(|d| d.to_zoned(amsterdam().clone()).ok())
            .map(|z| z.timestamp().as_second());
        q -= 1;
        if q == 0 {
            q = 4;
            year -= 1;
        }
        let Some(end) = start else { break };
        out.push((format!("{year} K{q}"), end));
    }
    out.reverse();
    out
}

// ---- what a coordinator enters ----------------------------------------------------------------

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CourseForm {
    pub title: String,
    pub course_key: String,
    pub description: String,
    pub duration_hours: String,
    pub target_group: String,
    pub validity_months: String,
    pub prerequisite_id: String,
    pub completion_percent: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCourse {
    pub course_key: String,
    pub title: String,
    pub description: String,
    pub duration_hours: i64,
    pub target_group: TargetGroup,
    pub validity_months: Option<i64>,
    pub prerequisite_id: Option<i64>,
    pub completion_percent: i64,
}

type Errors = Vec<(&'static str, &'static str)>;

impl CourseForm {
    /// `courses`: the ids of existing courses (for the prerequisite).
    pub fn validate(&self, courses: &[i64]) -> Result<NewCourse, Errors> {
        let mut errors = vec![];
        let title = self.title.trim().to_string();
        if title.is_empty() || title.chars().count() > 150 {
            errors.push(("title", "training-error-title"));
        }
        let key = if self.course_key.trim().is_empty() {
            slugify(&title)
        } else {
            self.course_key.trim().to_string()
        };
        if !title.is_empty() && !valid_key(&key) {
            errors.push(("course_key", "training-error-key"));
        }
        let duration_hours = match self.duration_hours.trim() {
            "" => 0,
            s => match s.parse::<i64>() {
                Ok(n) if (0..=500).contains(&n) => n,
                _ => {
                    errors.push(("duration_hours", "training-error-number"));
                    0
                }
            },
        };
        let target_group = TargetGroup::parse(&self.target_group).unwrap_or_else(|| {
            errors.push(("target_group", "training-error-target"));
            TargetGroup::Both
        });
        let validity_months = match self.validity_months.trim() {
            "" | "0" => None,
            s => match s.parse::<i64>() {
                Ok(n) if (1..=120).contains(&n) => Some(n),
                _ => {
                    errors.push(("validity_months", "training-error-validity"));
                    None
                }
            },
        };
        let prerequisite_id = match self.prerequisite_id.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(n) if courses.contains(&n) => Some(n),
                _ => {
                    errors.push(("prerequisite_id", "training-error-prerequisite"));
                    None
                }
            },
        };
        let completion_percent = match self.completion_percent.trim() {
            "" => 100,
            s => match s.parse::<i64>() {
                Ok(n) if (1..=100).contains(&n) => n,
                _ => {
                    errors.push(("completion_percent", "training-error-percent"));
                    100
                }
            },
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewCourse {
            course_key: key,
            title,
            description: self.description.trim().chars().take(4000).collect(),
            duration_hours,
            target_group,
            validity_months,
            prerequisite_id,
            completion_percent,
        })
    }
}

/// How many meeting rows the session form has.
pub const MEETING_ROWS: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct SessionForm {
    pub course_id: String,
    pub trainer_id: String,
    pub trainer_name: String,
    pub venue: String,
    pub online: String,
    pub capacity: String,
    /// Per meeting row: date, start time, end time.
    pub meetings: [(String, String, String); MEETING_ROWS],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub course_id: i64,
    pub trainer_id: Option<i64>,
    pub trainer_name: String,
    pub venue: String,
    pub online: bool,
    pub capacity: Option<i64>,
    /// Start and end of each meeting, in order.
    pub meetings: Vec<(i64, i64)>,
}

/// Field names of the meeting rows.
pub const MEETING_FIELDS: [(&str, &str, &str); MEETING_ROWS] = [
    ("date_1", "start_1", "end_1"),
    ("date_2", "start_2", "end_2"),
    ("date_3", "start_3", "end_3"),
    ("date_4", "start_4", "end_4"),
];

impl SessionForm {
    pub fn from_pairs(pairs: &[(String, String)]) -> SessionForm {
        let mut f = SessionForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "course_id" => f.course_id = v.clone(),
                "trainer_id" => f.trainer_id = v.clone(),
                "trainer_name" => f.trainer_name = v.clone(),
                "venue" => f.venue = v.clone(),
                "online" => f.online = v.clone(),
                "capacity" => f.capacity = v.clone(),
                k => {
                    for (i, (d, s, e)) in MEETING_FIELDS.iter().enumerate() {
                        if k == *d {
                            f.meetings[i].0 = v.clone();
                        } else if k == *s {
                            f.meetings[i].1 = v.clone();
                        } else if k == *e {
                            f.meetings[i].2 = v.clone();
                        }
                    }
                }
            }
        }
        f
    }

    /// `courses`, `trainers`: the ids that may be chosen.
    pub fn validate(&self, courses: &[i64], trainers: &[i64]) -> Result<NewSession, Errors> {
        let mut errors = vec![];
        let course_id = match self.course_id.parse::<i64>() {
            Ok(id) if courses.contains(&id) => id,
            _ => {
                errors.push(("course_id", "training-error-course"));
                0
            }
        };
        let trainer_id = match self.trainer_id.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(id) if trainers.contains(&id) => Some(id),
                _ => {
                    errors.push(("trainer_id", "training-error-trainer"));
                    None
                }
            },
        };
        let trainer_name = self
            .trainer_name
            .trim()
            .chars()
            .take(120)
            .collect::<String>();
        if trainer_id.is_none() && trainer_name.is_empty() {
            errors.push(("trainer_name", "training-error-trainer-name"));
        }
        let online = self.online == "1";
        let venue = self.venue.trim().chars().take(200).collect::<String>();
        if !online && venue.is_empty() {
            errors.push(("venue", "training-error-venue"));
        }
        let capacity = match self.capacity.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(n) if (1..=1000).contains(&n) => Some(n),
                _ => {
                    errors.push(("capacity", "training-error-capacity"));
                    None
                }
            },
        };
        let mut meetings = vec![];
        for (i, (date, start, end)) in self.meetings.iter().enumerate() {
            let (fd, _, fe) = MEETING_FIELDS[i];
            if date.trim().is_empty() && start.trim().is_empty() && end.trim().is_empty() {
                continue;
            }
            match (local_to_utc(date, start), local_to_utc(date, end)) {
                (Some(s), Some(e)) if e > s => {
                    if meetings.last().is_some_and(|(_, prev_end)| s < *prev_end) {
                        errors.push((fd, "training-error-meeting-order"));
                    }
                    meetings.push((s, e));
                }
                (Some(_), Some(_)) => errors.push((fe, "training-error-ends-before-start")),
                _ => errors.push((fd, "training-error-meeting")),
            }
        }
        if meetings.is_empty() && !errors.iter().any(|(f, _)| f.starts_with("date_")) {
            errors.push(("date_1", "training-error-no-meeting"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewSession {
            course_id,
            trainer_id,
            trainer_name,
            venue,
            online,
            capacity,
            meetings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_needs_the_share_of_meetings_of_the_course() {
        assert!(completed(3, 3, 100));
        assert!(!completed(2, 3, 100));
        assert!(completed(4, 5, 80));
        assert!(!completed(3, 5, 80));
        assert!(!completed(2, 3, 80), "80 % of 3 meetings is 3 (rounded up)");
        assert!(!completed(0, 0, 100), "no meetings, no completion");
    }

    #[test]
    fn certificate_numbers_have_the_form_and_are_not_repeated() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1000 {
            let n = certificate_number(2026);
            assert_eq!(n.len(), "KL-2026-XXXX-XXXX".len());
            assert_eq!(normalise_number(&n.to_lowercase()), Some(n.clone()));
            assert!(seen.insert(n));
        }
        assert_eq!(normalise_number("KL-2026-0000-AAAA"), None, "0 is not used");
        assert_eq!(normalise_number("KL-2026-AAAA"), None);
        assert_eq!(normalise_number("' OR 1=1"), None);
    }

    #[test]
    fn validity_runs_from_the_issue_date_in_calendar_months_or_forever() {
        let issued = local_to_utc("2026-01-31", "10:00").unwrap();
        let until = valid_until(issued, Some(36)).unwrap();
        assert_eq!(local_date(until), "31-01-2029");
        assert_eq!(valid_until(issued, None), None);
        assert!(is_valid(issued, Some(until), None, until - 1));
        assert!(!is_valid(issued, Some(until), None, until));
        assert!(!is_valid(issued, None, Some(issued + 10), issued + 20));
        assert!(!is_valid(issued, None, None, issued - 1));
    }

    #[test]
    fn initials_and_keys() {
        assert_eq!(initials("Fatma el Idrissi"), "F.E.I.");
        assert_eq!(initials("  Jan  "), "J.");
        assert_eq!(
            slugify("Cultuursensitief werken – basis"),
            "cultuursensitief-werken-basis"
        );
        assert_eq!(slugify("Mediator (Één dag)"), "mediator-een-dag");
        assert!(valid_key("vreedzame-wijk-trainer"));
        assert!(!valid_key("Vreedzame Wijk"));
    }

    #[test]
    fn averages_are_hidden_below_five_respondents() {
        assert_eq!(average(19, 5, 5), Some("3,8".into()));
        assert_eq!(average(16, 4, 4), None);
        assert_eq!(average(0, 0, 9), None);
    }

    #[test]
    fn scores_must_be_one_to_five_for_every_statement() {
        let pairs = |v: &str| -> Vec<(String, String)> {
            SATISFACTION
                .iter()
                .map(|(q, _)| (q.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            parse_scores(EffectForm::Satisfaction, &pairs("4")).unwrap(),
            vec![("useful", 4), ("trainer", 4), ("recommend", 4)]
        );
        assert_eq!(
            parse_scores(EffectForm::Satisfaction, &pairs("6")),
            Err("useful")
        );
        assert_eq!(
            parse_scores(EffectForm::Before, &pairs("3")),
            Err("own_norms")
        );
    }

    #[test]
    fn a_session_form_filled_in_from_the_database_reads_back_the_same_moment() {
        for (date, time) in [("2026-12-15", "19:30"), ("2027-07-01", "09:05")] {
            let ts = local_to_utc(date, time).unwrap();
            assert_eq!(utc_to_local(ts), (date.to_string(), time.to_string()));
        }
    }

    #[test]
    fn forms_open_at_their_moment() {
        let (s, e) = (1000, 2000);
        assert!(EffectForm::Before.open(s, e, 999));
        assert!(!EffectForm::Before.open(s, e, 1000));
        assert!(EffectForm::After.open(s, e, 2000));
        assert!(!EffectForm::Satisfaction.open(s, e, 1999));
        assert!(!EffectForm::Followup.open(s, e, 2000 + 90 * 86400));
        assert!(EffectForm::Followup.open(s, e, 2000 + 91 * 86400));
    }

    #[test]
    fn quarters_count_back_from_now() {
        let now = local_to_utc("2026-11-28", "12:00").unwrap();
        let q = quarters(now, 3);
        let labels: Vec<&str> = q.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["2026 K2", "2026 K3", "2026 K4"]);
        assert_eq!(q[2].1, now);
        assert_eq!(q[1].1, local_to_utc("2026-10-01", "00:00").unwrap());
        let q = quarters(local_to_utc("2026-02-01", "12:00").unwrap(), 2);
        assert_eq!(q[0].0, "2025 K4");
    }

    fn session_form() -> SessionForm {
        SessionForm {
            course_id: "1".into(),
            trainer_name: "Trainer".into(),
            venue: "Huis van de Wijk".into(),
            meetings: [
                ("2026-12-01".into(), "09:00".into(), "12:00".into()),
                ("2026-12-08".into(), "09:00".into(), "12:00".into()),
                Default::default(),
                Default::default(),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_session_needs_meetings_that_end_after_they_start_in_order() {
        let ok = session_form().validate(&[1], &[]).unwrap();
        assert_eq!(ok.meetings.len(), 2);
        let mut f = session_form();
        f.meetings[0].2 = "08:00".into();
        assert_eq!(
            f.validate(&[1], &[]).unwrap_err(),
            vec![("end_1", "training-error-ends-before-start")]
        );
        let mut f = session_form();
        f.meetings[1].0 = "2026-11-01".into();
        assert_eq!(
            f.validate(&[1], &[]).unwrap_err(),
            vec![("date_2", "training-error-meeting-order")]
        );
        let mut f = session_form();
        f.meetings = Default::default();
        f.capacity = "nul".into();
        assert_eq!(
            f.validate(&[2], &[]).unwrap_err(),
            vec![
                ("course_id", "training-error-course"),
                ("capacity", "training-error-capacity"),
                ("date_1", "training-error-no-meeting")
            ]
        );
    }

    #[test]
    fn a_course_gets_a_key_from_its_title_and_checks_its_numbers() {
        let f = CourseForm {
            title: "Mediator training".into(),
            target_group: "both".into(),
            validity_months: "36".into(),
            ..Default::default()
        };
        let c = f.validate(&[]).unwrap();
        assert_eq!(c.course_key, "mediator-training");
        assert_eq!(c.validity_months, Some(36));
        assert_eq!(c.completion_percent, 100);
        let f = CourseForm {
            title: "".into(),
            target_group: "x".into(),
            completion_percent: "120".into(),
            prerequisite_id: "9".into(),
            ..Default::default()
        };
        assert_eq!(
            f.validate(&[1]).unwrap_err(),
            vec![
                ("title", "training-error-title"),
                ("target_group", "training-error-target"),
                ("prerequisite_id", "training-error-prerequisite"),
                ("completion_percent", "training-error-percent")
            ]
        );
    }
}
