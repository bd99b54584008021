//! Buurtbemiddeling's rules: the request a resident or a referrer sends and its validation, the
//! intake deadline in working days (Dutch public holidays respected), the order of the steps of a
//! case and what each step needs, and the choice of the two mediators.

pub mod privacy;

pub use crate::calendar::{
    add_working_days, days_between, easter, intake_deadline, is_public_holiday, is_working_day,
    parse_date,
};
pub use crate::from_report::{
    request_from_report, validate_from_report, FromReport, FromReportForm,
};
pub use crate::school::{school_year, validate_school, SchoolCount, SchoolForm};
use jiff::civil::Date;
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::FieldErrors;
use serde::{Deserialize, Serialize};

/// The training course (by key) a mediator must hold a valid certificate of.
pub const MEDIATOR_COURSE: &str = "mediator";
/// Working days from the request to the intake.
pub const INTAKE_WORKING_DAYS: i64 = 5;
/// Aftercare is planned this many days after the written agreements (practice: 2–6 weeks).
pub const AFTERCARE_DAYS: i64 = 42;
/// Aftercare comes at least this many days after the agreements.
pub const AFTERCARE_MIN_DAYS: i64 = 14;
/// An open case without a logged contact for this many days is flagged to the coordinator.
pub const SILENT_DAYS: i64 = 14;
/// The usual number of cases a mediator handles in a year (6–8).
pub const CASES_PER_YEAR: (i64, i64) = (6, 8);

pub const TOPICS: &[&str] = &[
    "noise",
    "garden",
    "children",
    "pets",
    "parking",
    "intimidation",
    "pollution",
    "treatment",
    "other",
];
/// Who sent the case: the resident themself or a referring organisation.
pub const REFERRERS: &[&str] = &[
    "self",
    "police",
    "housing",
    "municipality",
    "school",
    "meldpunt",
    "wijkteam",
];
pub const URGENCIES: &[&str] = &["normal", "urgent"];
pub const OUTCOMES: &[&str] = &[
    "solved",
    "partly_solved",
    "not_solved",
    "referred",
    "stopped",
];
pub const CLOSE_REASONS: &[&str] = &[
    "other_party_refused",
    "no_reaction",
    "no_motivation",
    "psychosocial",
    "escalated",
    "not_suitable_business",
    "not_suitable_violence",
    "not_suitable_family",
    "not_suitable_legal",
    "moved",
    "resolved_itself",
    "other",
];
pub const CONTACT_KINDS: &[&str] = &["phone", "visit", "talk", "mail"];

pub(crate) const NAME_MAX: usize = 120;
pub(crate) const LINE_MAX: usize = 200;
const TEXT_MAX: usize = 4000;

// ---- the request ----------------------------------------------------------------------------

/// The request form as posted (every field a string; missing fields are empty).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    /// `resident` or `professional`.
    pub requester: String,
    pub referrer_type: String,
    pub referrer_org: String,
    pub referrer_email: String,
    /// The professional confirms that the resident agreed to be registered.
    pub consent: String,
    /// The referrer wants a short status by mail (started, finished with outcome).
    pub updates: String,
    pub name: String,
    pub street: String,
    pub house_number: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub interpreter: String,
    pub other_name: String,
    pub other_street: String,
    pub other_house_number: String,
    pub topic: String,
    pub buurt: String,
    pub description: String,
    pub urgency: String,
    /// At national scale: the municipality whose buurten the form offers (a CBS code).
    pub gemeente: String,
    /// `gemeente`: the person chose a municipality; show the form again, nothing sent.
    pub step: String,
}

/// What the practice needs to know, sealed as one value (names, addresses, contact, the
/// conflict, language and interpreter).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub name: String,
    pub street: String,
    pub house_number: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub interpreter: bool,
    pub other_name: String,
    pub other_street: String,
    pub other_house_number: String,
    pub description: String,
}

/// A valid request.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRequest {
    pub professional: bool,
    pub referrer_type: String,
    pub referrer_org: String,
    /// The referrer's address for status mail: only with their wish and the resident's consent.
    pub referrer_email: Option<String>,
    pub consent: bool,
    pub topic: String,
    pub urgency: String,
    pub area_id: Option<i64>,
    pub file: CaseFile,
    /// The organisation that referred the case, when known (a report handler's, for a report
    /// from the meldpunt): its systems may read the case's metadata through the API.
    pub referrer_organisation_id: Option<i64>,
    /// The meldpunt report the case was converted from.
    pub report_ref: Option<String>,
}

pub(crate) fn checked(value: &str) -> bool {
    matches!(value, "on" | "1" | "yes" | "true")
}

fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.'))
        && !value.contains(char::is_whitespace)
}

/// Checks a request. `area_id` is the buurt the chosen code names (`None`: no buurt chosen, or
/// an unknown code when `buurt` was filled in).
pub fn validate(form: &RequestForm, area_id: Option<i64>) -> Result<NewRequest, FieldErrors> {
    let professional = form.requester == "professional";
    let file = case_file(form);
    let referrer_email = clean(&form.referrer_email, LINE_MAX);
    let updates = professional && checked(&form.updates);
    let errors = referrer_errors(form, professional, updates, &referrer_email)
        .into_iter()
        .chain(request_errors(form, &file, area_id))
        .filter(|(bad, _, _)| *bad)
        .map(|(_, field, key)| (field, key))
        .collect::<FieldErrors>();
    errors.or_ok(NewRequest {
        professional,
        referrer_type: if professional {
            form.referrer_type.clone()
        } else {
            "self".into()
        },
        referrer_org: if professional {
            clean(&form.referrer_org, LINE_MAX)
        } else {
            String::new()
        },
        referrer_email: updates.then_some(referrer_email),
        consent: professional,
        topic: form.topic.clone(),
        urgency: form.urgency.clone(),
        area_id,
        file,
        referrer_organisation_id: None,
        report_ref: None,
    })
}

/// The case file of a request, each field trimmed and capped.
fn case_file(form: &RequestForm) -> CaseFile {
    let f = |v: &str, max| clean(v, max);
    CaseFile {
        name: f(&form.name, NAME_MAX),
        street: f(&form.street, LINE_MAX),
        house_number: f(&form.house_number, 20),
        phone: f(&form.phone, 40),
        email: f(&form.email, LINE_MAX),
        language: f(&form.language, 60),
        interpreter: checked(&form.interpreter),
        other_name: f(&form.other_name, NAME_MAX),
        other_street: f(&form.other_street, LINE_MAX),
        other_house_number: f(&form.other_house_number, 20),
        description: f(&form.description, TEXT_MAX),
    }
}

type Check = (bool, &'static str, &'static str);

/// Who sends the request: a referrer needs an organisation and the resident's consent.
fn referrer_errors(
    form: &RequestForm,
    professional: bool,
    updates: bool,
    referrer_email: &str,
) -> [Check; 5] {
    let kind = form.referrer_type.as_str();
    [
        (
            !matches!(form.requester.as_str(), "resident" | "professional"),
            "requester",
            "mediation-error-requester",
        ),
        (
            professional && (!REFERRERS.contains(&kind) || kind == "self"),
            "referrer_type",
            "mediation-error-referrer-type",
        ),
        (
            professional && form.referrer_org.trim().is_empty(),
            "referrer_org",
            "mediation-error-referrer-org",
        ),
        (
            updates && !looks_like_email(referrer_email),
            "referrer_email",
            "mediation-error-email",
        ),
        (
            professional && !checked(&form.consent),
            "consent",
            "mediation-error-consent",
        ),
    ]
}

/// The resident's contact and the conflict.
fn request_errors(form: &RequestForm, file: &CaseFile, area_id: Option<i64>) -> [Check; 8] {
    [
        (file.name.is_empty(), "name", "mediation-error-name"),
        (file.street.is_empty(), "street", "mediation-error-street"),
        (
            file.phone.is_empty() && file.email.is_empty(),
            "phone",
            "mediation-error-contact",
        ),
        (
            !file.email.is_empty() && !looks_like_email(&file.email),
            "email",
            "mediation-error-email",
        ),
        (
            !TOPICS.contains(&form.topic.as_str()),
            "topic",
            "mediation-error-topic",
        ),
        (
            !form.buurt.is_empty() && area_id.is_none(),
            "buurt",
            "mediation-error-buurt",
        ),
        (
            file.description.chars().count() < 10,
            "description",
            "mediation-error-description",
        ),
        (
            !URGENCIES.contains(&form.urgency.as_str()),
            "urgency",
            "mediation-error-urgency",
        ),
    ]
}

/// A street as compared for conflicts of interest: lower case, letters and digits only
/// ("Van Randwijcklaan" = "van randwijcklaan " = "vanrandwijcklaan").
pub fn street_key(street: &str) -> String {
    street
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

// ---- stages and steps -----------------------------------------------------------------------

/// Where a case is: the last step taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Received,
    Intake,
    Suitable,
    Assigned,
    Party1,
    Party2,
    Joint,
    Agreements,
    Aftercare,
    Closed,
}

impl Stage {
    pub const ALL: [Stage; 10] = [
        Stage::Received,
        Stage::Intake,
        Stage::Suitable,
        Stage::Assigned,
        Stage::Party1,
        Stage::Party2,
        Stage::Joint,
        Stage::Agreements,
        Stage::Aftercare,
        Stage::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Received => "received",
            Stage::Intake => "intake",
            Stage::Suitable => "suitable",
            Stage::Assigned => "assigned",
            Stage::Party1 => "party1",
            Stage::Party2 => "party2",
            Stage::Joint => "joint",
            Stage::Agreements => "agreements",
            Stage::Aftercare => "aftercare",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Mediators are at work on the case (assigned, not yet closed).
    pub fn with_mediators(self) -> bool {
        self >= Stage::Assigned && self < Stage::Closed
    }
}

/// The kinds of step, in the order of the method.
pub const STEPS: &[&str] = &[
    "intake",
    "decide",
    "assign",
    "party1",
    "party2",
    "joint",
    "agreements",
    "aftercare",
    "close",
];

/// What is known of a case when a step is added.
#[derive(Debug, Clone, Copy)]
pub struct CaseState {
    pub stage: Stage,
    /// The date of the last step (the request's date at first).
    pub last_on: Date,
    /// Party 2 refused (then only closing is left).
    pub party2_refused: bool,
    /// The date of the written agreements, once there are.
    pub agreements_on: Option<Date>,
}

/// The steps that may come next.
pub fn next_steps(case: &CaseState) -> Vec<&'static str> {
    let next = match case.stage {
        Stage::Received => Some("intake"),
        Stage::Intake => Some("decide"),
        Stage::Suitable => Some("assign"),
        Stage::Assigned => Some("party1"),
        Stage::Party1 => Some("party2"),
        Stage::Party2 if case.party2_refused => None,
        Stage::Party2 => Some("joint"),
        Stage::Joint => Some("agreements"),
        Stage::Agreements => Some("aftercare"),
        Stage::Aftercare | Stage::Closed => None,
    };
    let mut steps: Vec<&'static str> = next.into_iter().collect();
    // Closing comes after the decision (at the intake stage "not suitable" closes the case).
    if case.stage > Stage::Intake && case.stage != Stage::Closed {
        steps.push("close");
    }
    steps
}

/// A step form as posted (only the fields of its kind are used).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub step: String,
    /// The version of the case the form was made from (optimistic locking).
    pub version: String,
    pub on: String,
    pub suitable: String,
    pub reason: String,
    pub referral: String,
    pub mediator_1: String,
    pub mediator_2: String,
    pub agrees: String,
    pub venue_id: String,
    pub text: String,
    pub outcome: String,
}

/// A valid step.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Intake,
    Decide {
        suitable: bool,
        reason: String,
        referral: String,
    },
    Assign {
        mediators: [i64; 2],
    },
    Party1,
    Party2 {
        agrees: bool,
    },
    Joint {
        venue_id: i64,
    },
    Agreements {
        text: String,
    },
    Aftercare,
    Close {
        outcome: String,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValidStep {
    pub on: Date,
    pub step: Step,
}

impl ValidStep {
    pub fn kind(&self) -> &'static str {
        match self.step {
            Step::Intake => "intake",
            Step::Decide { .. } => "decide",
            Step::Assign { .. } => "assign",
            Step::Party1 => "party1",
            Step::Party2 { .. } => "party2",
            Step::Joint { .. } => "joint",
            Step::Agreements { .. } => "agreements",
            Step::Aftercare => "aftercare",
            Step::Close { .. } => "close",
        }
    }

    /// The stage after this step.
    pub fn stage_after(&self) -> Stage {
        match &self.step {
            Step::Intake => Stage::Intake,
            Step::Decide { suitable: true, .. } => Stage::Suitable,
            Step::Decide { .. } | Step::Close { .. } => Stage::Closed,
            Step::Assign { .. } => Stage::Assigned,
            Step::Party1 => Stage::Party1,
            Step::Party2 { .. } => Stage::Party2,
            Step::Joint { .. } => Stage::Joint,
            Step::Agreements { .. } => Stage::Agreements,
            Step::Aftercare => Stage::Aftercare,
        }
    }

    /// The outcome and reason when this step closes the case. "Not suitable" closes as
    /// referred, with the reason why it was not suitable.
    pub fn closes(&self) -> Option<(&str, &str)> {
        match &self.step {
            Step::Decide {
                suitable: false,
                reason,
                ..
            } => Some(("referred", reason)),
            Step::Close { outcome, reason } => Some((outcome, reason)),
            _ => None,
        }
    }

    /// The non-personal detail kept with the step on the timeline (choices and ids, never text).
    pub fn detail(&self) -> String {
        match &self.step {
            Step::Decide {
                suitable, reason, ..
            } => {
                if *suitable {
                    "suitable".into()
                } else {
                    format!("not_suitable:{reason}")
                }
            }
            Step::Party2 { agrees } => if *agrees { "agrees" } else { "refuses" }.into(),
            Step::Joint { venue_id } => venue_id.to_string(),
            Step::Close { outcome, reason } => format!("{outcome}:{reason}"),
            _ => String::new(),
        }
    }
}

pub(crate) fn parse_id(value: &str) -> Option<i64> {
    value.trim().parse().ok().filter(|id| *id > 0)
}

/// The step of `form` if it may come next in `case` and is complete: no step skipped, dates in
/// order and not in the future, no closing without an outcome. `venues`: the venue ids that
/// may be chosen for the joint talk. The mediators of an assignment are checked apart
/// ([`check_mediators`]): that needs their certificates and streets.
pub fn validate_step(
    form: &StepForm,
    case: &CaseState,
    venues: &[i64],
    today: Date,
) -> Result<ValidStep, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !next_steps(case).contains(&form.step.as_str()) {
        let key = if form.step == "close" && case.stage == Stage::Intake {
            "mediation-error-decide-first"
        } else {
            "mediation-error-step-order"
        };
        return Err(FieldErrors::single("step", key));
    }
    let on = match parse_date(&form.on) {
        None => {
            errors.add("on", "mediation-error-date");
            today
        }
        Some(d) if d > today => {
            errors.add("on", "mediation-error-date-future");
            d
        }
        Some(d) if d < case.last_on => {
            errors.add("on", "mediation-error-date-order");
            d
        }
        Some(d) => d,
    };
    let step = step_details(form, case, venues, on, &mut errors);
    errors.or_ok(ValidStep { on, step })
}

/// The details of each kind of step, with their messages.
fn step_details(
    form: &StepForm,
    case: &CaseState,
    venues: &[i64],
    on: Date,
    errors: &mut FieldErrors,
) -> Step {
    let text = |v: &str| clean(v, TEXT_MAX);
    let reason_of = |errors: &mut FieldErrors, allowed: &dyn Fn(&str) -> bool| {
        if CLOSE_REASONS.contains(&form.reason.as_str()) && allowed(&form.reason) {
            form.reason.clone()
        } else {
            errors.add("reason", "mediation-error-reason");
            String::new()
        }
    };
    match form.step.as_str() {
        "intake" => Step::Intake,
        "decide" => decide_details(form, errors, &reason_of),
        "assign" => Step::Assign {
            mediators: [
                parse_id(&form.mediator_1).unwrap_or(0),
                parse_id(&form.mediator_2).unwrap_or(0),
            ],
        },
        "party1" => Step::Party1,
        "party2" => match form.agrees.as_str() {
            "yes" | "no" => Step::Party2 {
                agrees: form.agrees == "yes",
            },
            _ => {
                errors.add("agrees", "mediation-error-agrees");
                Step::Party1
            }
        },
        "joint" => match parse_id(&form.venue_id).filter(|v| venues.contains(v)) {
            Some(venue_id) => Step::Joint { venue_id },
            None => {
                errors.add("venue_id", "mediation-error-venue");
                Step::Party1
            }
        },
        "agreements" => {
            let text = text(&form.text);
            if text.is_empty() {
                errors.add("text", "mediation-error-agreements");
            }
            Step::Agreements { text }
        }
        "aftercare" => {
            if let Some(agreed) = case.agreements_on {
                if days_between(agreed, on) < AFTERCARE_MIN_DAYS {
                    errors.add("on", "mediation-error-aftercare-early");
                }
            }
            Step::Aftercare
        }
        _ => close_details(form, case, errors, &reason_of),
    }
}

/// Suitable, or not suitable with a reason and where the residents are referred to.
fn decide_details(form: &StepForm, errors: &mut FieldErrors, reason_of: &ReasonOf<'_>) -> Step {
    match form.suitable.as_str() {
        "yes" => Step::Decide {
            suitable: true,
            reason: String::new(),
            referral: String::new(),
        },
        "no" => {
            let reason = reason_of(errors, &|r| r.starts_with("not_suitable"));
            let referral = clean(&form.referral, TEXT_MAX);
            if referral.is_empty() {
                errors.add("referral", "mediation-error-referral");
            }
            Step::Decide {
                suitable: false,
                reason,
                referral,
            }
        }
        _ => {
            errors.add("suitable", "mediation-error-suitable");
            Step::Intake
        }
    }
}

type ReasonOf<'a> = dyn Fn(&mut FieldErrors, &dyn Fn(&str) -> bool) -> String + 'a;

/// Closing: an outcome is required; "solved" (fully or partly) and "not solved" only after the
/// talk with party 1; "stopped" and "referred" need a reason.
fn close_details(
    form: &StepForm,
    case: &CaseState,
    errors: &mut FieldErrors,
    reason_of: &ReasonOf<'_>,
) -> Step {
    let outcome = form.outcome.as_str();
    if !OUTCOMES.contains(&outcome) {
        errors.add("outcome", "mediation-error-outcome");
        return Step::Close {
            outcome: String::new(),
            reason: String::new(),
        };
    }
    let talked = case.stage >= Stage::Party1;
    if matches!(outcome, "solved" | "partly_solved" | "not_solved") && !talked {
        errors.add("outcome", "mediation-error-outcome-too-early");
    }
    if matches!(outcome, "solved" | "partly_solved") && case.party2_refused {
        errors.add("outcome", "mediation-error-outcome-refused");
    }
    let reason = if matches!(outcome, "stopped" | "referred") {
        reason_of(errors, &|_| true)
    } else {
        String::new()
    };
    Step::Close {
        outcome: outcome.to_string(),
        reason,
    }
}

/// What is known of a person offered as a mediator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub id: i64,
    /// Holds the Mediator role.
    pub mediator: bool,
    /// Holds a valid mediator certificate on the date of assignment.
    pub certified: bool,
    /// Lives in the same street as a party (only counted when the check is on).
    pub same_street: bool,
}

/// Two different, trained mediators without a conflict of interest.
pub fn check_mediators(candidates: &[Candidate; 2]) -> Result<[i64; 2], FieldErrors> {
    let fields = ["mediator_1", "mediator_2"];
    let mut errors = FieldErrors::new();
    for (c, field) in candidates.iter().zip(fields) {
        if c.id <= 0 || !c.mediator {
            errors.add(field, "mediation-error-mediator");
        } else if !c.certified {
            errors.add(field, "mediation-error-untrained");
        } else if c.same_street {
            errors.add(field, "mediation-error-same-street");
        }
    }
    if candidates[0].id > 0 && candidates[0].id == candidates[1].id {
        errors.add("mediator_2", "mediation-error-same-mediator");
    }
    errors.or_ok([candidates[0].id, candidates[1].id])
}

/// A contact a mediator logs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub on: String,
    pub kind: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewContact {
    pub on: Date,
    pub kind: String,
    pub note: String,
}

/// A contact on a date between the assignment and today, of a known kind.
pub fn validate_contact(
    form: &ContactForm,
    assigned_on: Date,
    today: Date,
) -> Result<NewContact, FieldErrors> {
    let on = parse_date(&form.on);
    let checks = [
        (on.is_none(), "on", "mediation-error-date"),
        (
            on.is_some_and(|d| d > today),
            "on",
            "mediation-error-date-future",
        ),
        (
            on.is_some_and(|d| d < assigned_on),
            "on",
            "mediation-error-date-order",
        ),
        (
            !CONTACT_KINDS.contains(&form.kind.as_str()),
            "kind",
            "mediation-error-contact-kind",
        ),
    ];
    let errors: FieldErrors = checks
        .into_iter()
        .filter(|(bad, _, _)| *bad)
        .map(|(_, f, k)| (f, k))
        .collect();
    errors.or_ok(NewContact {
        on: on.unwrap_or(today),
        kind: form.kind.clone(),
        note: clean(&form.note, TEXT_MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn state(stage: Stage, last_on: &str) -> CaseState {
        CaseState {
            stage,
            last_on: d(last_on),
            party2_refused: false,
            agreements_on: None,
        }
    }

    fn form(step: &str, on: &str) -> StepForm {
        StepForm {
            step: step.into(),
            on: on.into(),
            ..Default::default()
        }
    }

    const TODAY: &str = "2026-12-03";

    fn check(f: &StepForm, c: &CaseState) -> Result<ValidStep, FieldErrors> {
        validate_step(f, c, &[7], d(TODAY))
    }

    #[test]
    fn steps_come_in_order_and_none_is_skipped() {
        let c = state(Stage::Received, "2026-11-20");
        assert_eq!(
            check(&form("intake", "2026-11-23"), &c).unwrap().step,
            Step::Intake
        );
        for skip in [
            "decide",
            "assign",
            "party1",
            "joint",
            "agreements",
            "aftercare",
        ] {
            let e = check(&form(skip, "2026-11-23"), &c).unwrap_err();
            assert_eq!(e.get("step"), Some("mediation-error-step-order"), "{skip}");
        }
        // Closing needs the intake and the decision first.
        assert!(check(&form("close", "2026-11-23"), &c).is_err());
        let e = check(
            &form("close", "2026-11-23"),
            &state(Stage::Intake, "2026-11-23"),
        )
        .unwrap_err();
        assert_eq!(e.get("step"), Some("mediation-error-decide-first"));
        let c = state(Stage::Assigned, "2026-11-25");
        assert!(check(&form("joint", "2026-11-26"), &c).is_err());
        assert_eq!(
            check(&form("party1", "2026-11-26"), &c)
                .unwrap()
                .stage_after(),
            Stage::Party1
        );
    }

    #[test]
    fn dates_out_of_order_or_in_the_future_are_refused() {
        let c = state(Stage::Received, "2026-11-20");
        let e = check(&form("intake", "2026-11-19"), &c).unwrap_err();
        assert_eq!(e.get("on"), Some("mediation-error-date-order"));
        let e = check(&form("intake", "2026-12-04"), &c).unwrap_err();
        assert_eq!(e.get("on"), Some("mediation-error-date-future"));
        let e = check(&form("intake", "morgen"), &c).unwrap_err();
        assert_eq!(e.get("on"), Some("mediation-error-date"));
        // The same day as the last step is fine.
        assert!(check(&form("intake", "2026-11-20"), &c).is_ok());
    }

    #[test]
    fn closing_needs_an_outcome_and_the_right_moment() {
        let c = state(Stage::Suitable, "2026-11-20");
        let e = check(&form("close", "2026-11-21"), &c).unwrap_err();
        assert_eq!(e.get("outcome"), Some("mediation-error-outcome"));
        let mut f = form("close", "2026-11-21");
        f.outcome = "solved".into();
        let e = check(&f, &c).unwrap_err();
        assert_eq!(e.get("outcome"), Some("mediation-error-outcome-too-early"));
        f.outcome = "stopped".into();
        assert_eq!(
            check(&f, &c).unwrap_err().get("reason"),
            Some("mediation-error-reason")
        );
        f.reason = "moved".into();
        let ok = check(&f, &c).unwrap();
        assert_eq!(ok.closes(), Some(("stopped", "moved")));
        assert_eq!(ok.stage_after(), Stage::Closed);
        // Solved after the joint talk.
        let mut f = form("close", "2026-11-30");
        f.outcome = "solved".into();
        assert!(check(&f, &state(Stage::Aftercare, "2026-11-29")).is_ok());
        // Nothing after closing.
        assert!(next_steps(&state(Stage::Closed, "2026-11-30")).is_empty());
    }

    #[test]
    fn a_refusing_party_leaves_only_closing() {
        let mut c = state(Stage::Party2, "2026-11-20");
        c.party2_refused = true;
        assert_eq!(next_steps(&c), ["close"]);
        let mut f = form("close", "2026-11-21");
        f.outcome = "solved".into();
        let e = check(&f, &c).unwrap_err();
        assert_eq!(e.get("outcome"), Some("mediation-error-outcome-refused"));
    }

    #[test]
    fn not_suitable_needs_a_reason_and_a_referral_and_closes_as_referred() {
        let c = state(Stage::Intake, "2026-11-20");
        let mut f = form("decide", "2026-11-21");
        f.suitable = "no".into();
        f.reason = "moved".into();
        let e = check(&f, &c).unwrap_err();
        assert_eq!(e.get("reason"), Some("mediation-error-reason"));
        assert_eq!(e.get("referral"), Some("mediation-error-referral"));
        f.reason = "not_suitable_legal".into();
        f.referral = "Juridisch Loket".into();
        let ok = check(&f, &c).unwrap();
        assert_eq!(ok.closes(), Some(("referred", "not_suitable_legal")));
    }

    #[test]
    fn the_joint_talk_needs_a_known_venue_and_aftercare_two_weeks() {
        let mut f = form("joint", "2026-11-21");
        f.venue_id = "8".into();
        let c = state(Stage::Party2, "2026-11-20");
        assert_eq!(
            check(&f, &c).unwrap_err().get("venue_id"),
            Some("mediation-error-venue")
        );
        f.venue_id = "7".into();
        assert_eq!(check(&f, &c).unwrap().step, Step::Joint { venue_id: 7 });
        let mut c = state(Stage::Agreements, "2026-11-10");
        c.agreements_on = Some(d("2026-11-10"));
        let e = check(&form("aftercare", "2026-11-20"), &c).unwrap_err();
        assert_eq!(e.get("on"), Some("mediation-error-aftercare-early"));
        assert!(check(&form("aftercare", "2026-11-24"), &c).is_ok());
    }

    #[test]
    fn two_different_trained_mediators_without_a_conflict() {
        let ok = |id| Candidate {
            id,
            mediator: true,
            certified: true,
            same_street: false,
        };
        assert_eq!(check_mediators(&[ok(1), ok(2)]).unwrap(), [1, 2]);
        let e = check_mediators(&[ok(1), ok(1)]).unwrap_err();
        assert_eq!(e.get("mediator_2"), Some("mediation-error-same-mediator"));
        let untrained = Candidate {
            certified: false,
            ..ok(3)
        };
        let e = check_mediators(&[untrained, ok(2)]).unwrap_err();
        assert_eq!(e.get("mediator_1"), Some("mediation-error-untrained"));
        let neighbour = Candidate {
            same_street: true,
            ..ok(4)
        };
        let e = check_mediators(&[ok(1), neighbour]).unwrap_err();
        assert_eq!(e.get("mediator_2"), Some("mediation-error-same-street"));
        let e = check_mediators(&[ok(0), ok(2)]).unwrap_err();
        assert_eq!(e.get("mediator_1"), Some("mediation-error-mediator"));
    }

    fn request() -> RequestForm {
        RequestForm {
            requester: "resident".into(),
            name: "Anna de Vries".into(),
            street: "Van Randwijcklaan".into(),
            house_number: "12".into(),
            phone: "06 12345678".into(),
            topic: "noise".into(),
            description: "De buren draaien elke nacht harde muziek.".into(),
            urgency: "normal".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_resident_request_needs_contact_topic_and_description() {
        let ok = validate(&request(), None).unwrap();
        assert!(!ok.professional);
        assert_eq!(ok.referrer_type, "self");
        assert_eq!(ok.referrer_email, None);
        let mut f = request();
        f.phone.clear();
        f.topic = "weather".into();
        f.description = "kort".into();
        f.buurt = "BU0000".into();
        let e = validate(&f, None).unwrap_err();
        for (field, key) in [
            ("phone", "mediation-error-contact"),
            ("topic", "mediation-error-topic"),
            ("description", "mediation-error-description"),
            ("buurt", "mediation-error-buurt"),
        ] {
            assert_eq!(e.get(field), Some(key));
        }
    }

    #[test]
    fn a_referral_needs_the_residents_consent_and_an_address_for_updates() {
        let mut f = request();
        f.requester = "professional".into();
        f.referrer_type = "housing".into();
        f.referrer_org = "Woningcorporatie".into();
        f.updates = "on".into();
        let e = validate(&f, Some(3)).unwrap_err();
        assert_eq!(e.get("consent"), Some("mediation-error-consent"));
        assert_eq!(e.get("referrer_email"), Some("mediation-error-email"));
        f.consent = "on".into();
        f.referrer_email = "wijk@corporatie.nl".into();
        let ok = validate(&f, Some(3)).unwrap();
        assert!(ok.consent && ok.professional);
        assert_eq!(ok.referrer_email.as_deref(), Some("wijk@corporatie.nl"));
        assert_eq!(ok.area_id, Some(3));
        f.referrer_type = "self".into();
        assert!(validate(&f, Some(3)).is_err());
    }

    #[test]
    fn contacts_are_dated_between_assignment_and_today() {
        let f = ContactForm {
            on: "2026-11-01".into(),
            kind: "phone".into(),
            note: " Gebeld ".into(),
        };
        let e = validate_contact(&f, d("2026-11-02"), d(TODAY)).unwrap_err();
        assert_eq!(e.get("on"), Some("mediation-error-date-order"));
        let ok = validate_contact(&f, d("2026-10-30"), d(TODAY)).unwrap();
        assert_eq!(ok.note, "Gebeld");
        let bad = ContactForm {
            kind: "fax".into(),
            ..f
        };
        assert!(validate_contact(&bad, d("2026-10-30"), d(TODAY)).is_err());
    }

    #[test]
    fn streets_compare_without_case_and_spaces() {
        assert_eq!(
            street_key("Van Randwijcklaan "),
            street_key("vanrandwijcklaan")
        );
    }
}

/// The case flow as a state machine: random sequences of steps, valid and invalid, with dates
/// before, on and after the last one.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn form(step: &str, pick: usize, on: Date) -> StepForm {
        StepForm {
            step: step.into(),
            on: on.to_string(),
            suitable: ["yes", "no", "perhaps"][pick % 3].into(),
            reason: ["not_suitable_legal", "other_party_refused", "", "nonsense"][pick % 4].into(),
            referral: ["Wijkteam Liendert", ""][pick % 2].into(),
            mediator_1: "3".into(),
            mediator_2: "4".into(),
            agrees: ["yes", "no", ""][pick % 3].into(),
            venue_id: ["7", "8"][pick % 2].into(),
            text: ["We groeten elkaar weer.", "  "][pick % 2].into(),
            outcome: [
                "solved",
                "partly_solved",
                "not_solved",
                "referred",
                "stopped",
                "",
            ][pick % 6]
                .into(),
            ..StepForm::default()
        }
    }

    proptest! {
        #[test]
        fn a_case_moves_forward_one_step_at_a_time_and_a_closed_case_stays_closed(
            // Half the picks are among the steps that may come next, so cases get far.
            ops in prop::collection::vec((0..2 * STEPS.len(), 0usize..720, -3i64..30), 1..50),
        ) {
            let start = jiff::civil::date(2026, 1, 5);
            let today = jiff::civil::date(2026, 12, 1);
            let mut case = CaseState { stage: Stage::Received, last_on: start, party2_refused: false, agreements_on: None };
            for (k, pick, gap) in ops {
                let next_ones = next_steps(&case);
                let name = match STEPS.get(k) {
                    Some(name) => name,
                    None if next_ones.is_empty() => "intake",
                    None => next_ones[k % next_ones.len()],
                };
                let on = case.last_on.checked_add(jiff::Span::new().days(gap)).unwrap();
                let allowed = next_ones.contains(&name);
                let Ok(valid) = validate_step(&form(name, pick, on), &case, &[7], today) else {
                    continue;
                };
                prop_assert!(allowed, "{name} accepted at {:?}", case.stage);
                prop_assert!(valid.on >= case.last_on && valid.on <= today, "dates in order, none in the future");
                let after = valid.stage_after();
                prop_assert!(after > case.stage, "forward only: {:?} → {after:?}", case.stage);
                let next = Stage::ALL.iter().position(|s| *s == case.stage).map(|i| Stage::ALL[i + 1]);
                prop_assert!(after == Stage::Closed || Some(after) == next, "no step skipped: {:?} → {after:?}", case.stage);
                if let Some((outcome, _)) = valid.closes() {
                    prop_assert!(OUTCOMES.contains(&outcome), "closing has an outcome");
                    if matches!(outcome, "solved" | "partly_solved") {
                        prop_assert!(case.stage >= Stage::Party1 && !case.party2_refused);
                    }
                }
                if let Step::Aftercare = valid.step {
                    let agreed = case.agreements_on.unwrap();
                    prop_assert!(days_between(agreed, valid.on) >= AFTERCARE_MIN_DAYS);
                }
                if let Step::Party2 { agrees } = valid.step {
                    case.party2_refused = !agrees;
                }
                if let Step::Agreements { .. } = valid.step {
                    case.agreements_on = Some(valid.on);
                }
                case.stage = after;
                case.last_on = valid.on;
                if case.stage == Stage::Closed {
                    prop_assert!(next_steps(&case).is_empty(), "nothing after closing");
                }
            }
        }
    }
}
