//! Rules of the training registry: target groups, enrolment status, completion by attendance,
//! certificate numbers and validity, the effect forms (Kirkpatrick, in [`effect`]) with
//! small-group suppression, coverage percentages and quarters, and the validation of every form:
//! `validate(…) -> Result<NewX, FieldErrors>`.

pub mod privacy;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use kansrijk_kernel::capacity::Place;
use kansrijk_kernel::time::amsterdam;
use kansrijk_kernel::web::FieldErrors;
use rand::Rng;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub mod effect;
pub use effect::*;

/// The basic course Cultuursensitief werken: the one the coverage dashboard shows first, and the
/// one [`crate::queries::was_trained`] asks about.
pub const BASIC_KEY: &str = "cultuursensitief-basis";

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

// ---- time -----------------------------------------------------------------------------------

pub use kansrijk_kernel::time::{local_to_utc, utc_to_local};

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

/// An optional whole number: empty is `None`; a number that is not `ok` (or no number) is a
/// message on `field` (and `None`).
fn optional_number(
    value: &str,
    ok: impl Fn(i64) -> bool,
    field: &'static str,
    key: &'static str,
    errors: &mut FieldErrors,
) -> Option<i64> {
    match value.trim() {
        "" => None,
        s => match s.parse::<i64>() {
            Ok(n) if ok(n) => Some(n),
            _ => {
                errors.add(field, key);
                None
            }
        },
    }
}

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

impl CourseForm {
    /// `courses`: the ids of existing courses (for the prerequisite).
    pub fn validate(&self, courses: &[i64]) -> Result<NewCourse, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = self.title.trim().to_string();
        if title.is_empty() || title.chars().count() > 150 {
            errors.add("title", "training-error-title");
        }
        let key = match self.course_key.trim() {
            "" => slugify(&title),
            key => key.to_string(),
        };
        if !title.is_empty() && !valid_key(&key) {
            errors.add("course_key", "training-error-key");
        }
        let duration_hours = optional_number(
            &self.duration_hours,
            |n| (0..=500).contains(&n),
            "duration_hours",
            "training-error-number",
            &mut errors,
        );
        let target_group = TargetGroup::parse(&self.target_group);
        if target_group.is_none() {
            errors.add("target_group", "training-error-target");
        }
        // No validity (empty or 0): the certificate does not expire.
        let validity_months = match self.validity_months.trim() {
            "0" => None,
            v => optional_number(
                v,
                |n| (1..=120).contains(&n),
                "validity_months",
                "training-error-validity",
                &mut errors,
            ),
        };
        let prerequisite_id = optional_number(
            &self.prerequisite_id,
            |n| courses.contains(&n),
            "prerequisite_id",
            "training-error-prerequisite",
            &mut errors,
        );
        let completion_percent = optional_number(
            &self.completion_percent,
            |n| (1..=100).contains(&n),
            "completion_percent",
            "training-error-percent",
            &mut errors,
        );
        errors.or_ok(NewCourse {
            course_key: key,
            title,
            description: self.description.trim().chars().take(4000).collect(),
            duration_hours: duration_hours.unwrap_or(0),
            target_group: target_group.unwrap_or(TargetGroup::Both),
            validity_months,
            prerequisite_id,
            completion_percent: completion_percent.unwrap_or(100),
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
            let field = match k.as_str() {
                "course_id" => &mut f.course_id,
                "trainer_id" => &mut f.trainer_id,
                "trainer_name" => &mut f.trainer_name,
                "venue" => &mut f.venue,
                "online" => &mut f.online,
                "capacity" => &mut f.capacity,
                k => match MEETING_FIELDS
                    .iter()
                    .enumerate()
                    .find_map(|(i, (d, s, e))| {
                        [*d, *s, *e].iter().position(|n| *n == k).map(|p| (i, p))
                    }) {
                    Some((i, 0)) => &mut f.meetings[i].0,
                    Some((i, 1)) => &mut f.meetings[i].1,
                    Some((i, _)) => &mut f.meetings[i].2,
                    None => continue,
                },
            };
            *field = v.clone();
        }
        f
    }

    /// `courses`, `trainers`: the ids that may be chosen. A trainer with an account is named
    /// after their account (`trainers`: id and name) unless another name was typed.
    pub fn validate(
        &self,
        courses: &[i64],
        trainers: &[(i64, String)],
    ) -> Result<NewSession, FieldErrors> {
        let mut errors = FieldErrors::new();
        let course_id = self
            .course_id
            .parse::<i64>()
            .ok()
            .filter(|id| courses.contains(id));
        if course_id.is_none() {
            errors.add("course_id", "training-error-course");
        }
        let trainer = optional_number(
            &self.trainer_id,
            |id| trainers.iter().any(|t| t.0 == id),
            "trainer_id",
            "training-error-trainer",
            &mut errors,
        );
        let mut trainer_name: String = self.trainer_name.trim().chars().take(120).collect();
        if trainer.is_none() && trainer_name.is_empty() {
            errors.add("trainer_name", "training-error-trainer-name");
        }
        if trainer_name.is_empty() {
            if let Some((_, name)) = trainers.iter().find(|t| Some(t.0) == trainer) {
                trainer_name = name.clone();
            }
        }
        let online = self.online == "1";
        let venue: String = self.venue.trim().chars().take(200).collect();
        if !online && venue.is_empty() {
            errors.add("venue", "training-error-venue");
        }
        let capacity = optional_number(
            &self.capacity,
            |n| (1..=1000).contains(&n),
            "capacity",
            "training-error-capacity",
            &mut errors,
        );
        let meetings = self.meetings(&mut errors);
        errors.or_ok(NewSession {
            course_id: course_id.unwrap_or(0),
            trainer_id: trainer,
            trainer_name,
            venue,
            online,
            capacity,
            meetings,
        })
    }

    /// The filled-in meeting rows: each ends after it starts and after the one before; at least
    /// one.
    fn meetings(&self, errors: &mut FieldErrors) -> Vec<(i64, i64)> {
        let mut meetings: Vec<(i64, i64)> = vec![];
        let mut bad_row = false;
        for ((date, start, end), (fd, _, fe)) in self.meetings.iter().zip(MEETING_FIELDS) {
            if date.trim().is_empty() && start.trim().is_empty() && end.trim().is_empty() {
                continue;
            }
            match (local_to_utc(date, start), local_to_utc(date, end)) {
                (Some(s), Some(e)) if e > s => {
                    if meetings.last().is_some_and(|(_, prev_end)| s < *prev_end) {
                        errors.add(fd, "training-error-meeting-order");
                        bad_row = true;
                    }
                    meetings.push((s, e));
                }
                (Some(_), Some(_)) => errors.add(fe, "training-error-ends-before-start"),
                _ => {
                    errors.add(fd, "training-error-meeting");
                    bad_row = true;
                }
            }
        }
        if meetings.is_empty() && !bad_row {
            errors.add("date_1", "training-error-no-meeting");
        }
        meetings
    }
}

/// The form of an enrolment: oneself, or (as an organisation's contact) one of its people.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EnrolForm {
    /// Someone else of the contact's organisation; empty for oneself.
    pub person: String,
}

/// Who is enrolled, by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewEnrolment {
    pub person: i64,
    pub by: i64,
}

impl EnrolForm {
    /// `user`: who sends the form; `staff`: the people of the organisation they are the contact
    /// of (empty when they are no contact).
    pub fn validate(&self, user: i64, staff: &[i64]) -> Result<NewEnrolment, FieldErrors> {
        let person = match self.person.trim() {
            "" => Some(user),
            s => s.parse::<i64>().ok(),
        }
        .filter(|p| *p == user || staff.contains(p));
        match person {
            Some(person) => Ok(NewEnrolment { person, by: user }),
            None => Err(FieldErrors::single(
                "person",
                "training-error-not-your-staff",
            )),
        }
    }
}

/// The ticked attendance boxes (`a` = `meeting-enrolment`) of a session page. Nothing here can
/// be wrong: a box is ticked or not; ticks that are not two numbers, or (when saved) name another
/// session's meeting or someone without a place, are left out.
pub fn attendance_ticks(pairs: &[(String, String)]) -> Vec<(i64, i64)> {
    pairs
        .iter()
        .filter(|(k, _)| k == "a")
        .filter_map(|(_, v)| {
            let (m, e) = v.split_once('-')?;
            Some((m.parse().ok()?, e.parse().ok()?))
        })
        .collect()
}

/// A coverage goal: this percentage of an organisation's people certified before a date.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub organisation_id: String,
    pub percent: String,
    pub due: String,
    /// The dashboard's course, to return to.
    pub cursus: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewGoal {
    pub organisation_id: i64,
    pub percent: i64,
    pub due_at: i64,
}

/// One of `organisations`, by the id sent.
fn organisation_of(raw: &str, organisations: &[i64]) -> Option<i64> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| organisations.contains(id))
}

impl GoalForm {
    pub fn validate(&self, organisations: &[i64]) -> Result<NewGoal, FieldErrors> {
        let organisation = organisation_of(&self.organisation_id, organisations);
        let percent = self
            .percent
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=100).contains(p));
        let due = kansrijk_kernel::time::parse_local_date(&self.due);
        let errors: FieldErrors = [
            (
                organisation.is_none(),
                "organisation_id",
                "training-error-organisation",
            ),
            (percent.is_none(), "percent", "training-error-percent"),
            (due.is_none(), "due", "training-error-date"),
        ]
        .into_iter()
        .filter(|(bad, _, _)| *bad)
        .map(|(_, field, key)| (field, key))
        .collect();
        errors.or_ok(NewGoal {
            organisation_id: organisation.unwrap_or(0),
            percent: percent.unwrap_or(0),
            due_at: due.unwrap_or(0),
        })
    }
}

/// The person (by e-mail address, of that organisation) who enrols the organisation's people and
/// receives its expiry reminders.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub contact_organisation_id: String,
    pub email: String,
    /// The dashboard's course, to return to.
    pub cursus: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewContact {
    pub organisation_id: i64,
    pub user_id: i64,
}

impl ContactForm {
    /// `person`: the account of the address typed (id and organisation), if there is one.
    pub fn validate(
        &self,
        organisations: &[i64],
        person: Option<(i64, Option<i64>)>,
    ) -> Result<NewContact, FieldErrors> {
        let Some(organisation) = organisation_of(&self.contact_organisation_id, organisations)
        else {
            return Err(FieldErrors::single(
                "contact_organisation_id",
                "training-error-organisation",
            ));
        };
        match person {
            Some((id, Some(o))) if o == organisation => Ok(NewContact {
                organisation_id: organisation,
                user_id: id,
            }),
            _ => Err(FieldErrors::single("email", "training-error-contact")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages, as (field, key), in order.
    fn messages(errors: FieldErrors) -> Vec<(&'static str, String)> {
        errors.iter().map(|(f, k)| (*f, k.clone())).collect()
    }

    fn expect(list: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        list.iter().map(|(f, k)| (*f, k.to_string())).collect()
    }

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
            EffectForm::Satisfaction.validate(&pairs("4")).unwrap(),
            vec![("useful", 4), ("trainer", 4), ("recommend", 4)]
        );
        assert_eq!(
            messages(EffectForm::Satisfaction.validate(&pairs("6")).unwrap_err()),
            expect(&[("useful", "training-error-score")])
        );
        assert_eq!(
            messages(EffectForm::Before.validate(&pairs("3")).unwrap_err()),
            expect(&[("own_norms", "training-error-score")])
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
            messages(f.validate(&[1], &[]).unwrap_err()),
            expect(&[("end_1", "training-error-ends-before-start")])
        );
        let mut f = session_form();
        f.meetings[1].0 = "2026-11-01".into();
        assert_eq!(
            messages(f.validate(&[1], &[]).unwrap_err()),
            expect(&[("date_2", "training-error-meeting-order")])
        );
        let mut f = session_form();
        f.meetings = Default::default();
        f.capacity = "nul".into();
        assert_eq!(
            messages(f.validate(&[2], &[]).unwrap_err()),
            expect(&[
                ("course_id", "training-error-course"),
                ("capacity", "training-error-capacity"),
                ("date_1", "training-error-no-meeting")
            ])
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
            messages(f.validate(&[1]).unwrap_err()),
            expect(&[
                ("title", "training-error-title"),
                ("target_group", "training-error-target"),
                ("prerequisite_id", "training-error-prerequisite"),
                ("completion_percent", "training-error-percent")
            ])
        );
    }

    #[test]
    fn a_trainer_with_an_account_is_named_after_it_unless_a_name_was_typed() {
        let trainers = [(7, "Meryem Koç".to_string())];
        let mut f = session_form();
        f.trainer_name = String::new();
        f.trainer_id = "7".into();
        assert_eq!(
            f.validate(&[1], &trainers).unwrap().trainer_name,
            "Meryem Koç"
        );
        f.trainer_name = "M. Koç".into();
        assert_eq!(f.validate(&[1], &trainers).unwrap().trainer_name, "M. Koç");
        f.trainer_id = "8".into();
        assert_eq!(
            messages(f.validate(&[1], &trainers).unwrap_err()),
            expect(&[("trainer_id", "training-error-trainer")])
        );
    }

    #[test]
    fn one_enrols_oneself_or_as_a_contact_one_of_the_organisations_people() {
        let form = |person: &str| EnrolForm {
            person: person.into(),
        };
        let me = NewEnrolment { person: 1, by: 1 };
        assert_eq!(form("").validate(1, &[]).unwrap(), me);
        assert_eq!(form(" 1 ").validate(1, &[]).unwrap(), me);
        assert_eq!(
            form("5").validate(1, &[5, 6]).unwrap(),
            NewEnrolment { person: 5, by: 1 }
        );
        for other in ["7", "iemand"] {
            assert_eq!(
                messages(form(other).validate(1, &[5, 6]).unwrap_err()),
                expect(&[("person", "training-error-not-your-staff")])
            );
        }
    }

    #[test]
    fn attendance_ticks_are_meeting_enrolment_pairs() {
        let pairs: Vec<(String, String)> =
            [("a", "3-9"), ("a", "x-1"), ("b", "4-9"), ("a", "4-10")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
        assert_eq!(attendance_ticks(&pairs), vec![(3, 9), (4, 10)]);
    }

    #[test]
    fn a_goal_needs_an_organisation_a_percentage_and_a_date() {
        let f = GoalForm {
            organisation_id: "2".into(),
            percent: "90".into(),
            due: "2027-12-31".into(),
            cursus: String::new(),
        };
        let goal = f.validate(&[2]).unwrap();
        assert_eq!((goal.organisation_id, goal.percent), (2, 90));
        assert_eq!(local_date(goal.due_at), "31-12-2027");
        let f = GoalForm {
            organisation_id: "3".into(),
            percent: "0".into(),
            due: "morgen".into(),
            cursus: String::new(),
        };
        assert_eq!(
            messages(f.validate(&[2]).unwrap_err()),
            expect(&[
                ("organisation_id", "training-error-organisation"),
                ("percent", "training-error-percent"),
                ("due", "training-error-date")
            ])
        );
    }

    #[test]
    fn a_contact_is_someone_of_that_organisation() {
        let f = ContactForm {
            contact_organisation_id: "2".into(),
            email: "contact@example.nl".into(),
            cursus: String::new(),
        };
        assert_eq!(
            f.validate(&[2], Some((9, Some(2)))).unwrap(),
            NewContact {
                organisation_id: 2,
                user_id: 9
            }
        );
        for person in [None, Some((9, None)), Some((9, Some(3)))] {
            assert_eq!(
                messages(f.validate(&[2], person).unwrap_err()),
                expect(&[("email", "training-error-contact")])
            );
        }
        assert_eq!(
            messages(f.validate(&[3], Some((9, Some(2)))).unwrap_err()),
            expect(&[("contact_organisation_id", "training-error-organisation")])
        );
    }
}
