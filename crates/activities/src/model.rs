//! Rules of activities: kinds, age groups, answers, local time in Amsterdam, recurring series,
//! capacity and the waiting list, and the validation of what an organiser enters.

pub mod privacy;

mod activity;
mod feedback;
mod registration;
mod time;
mod venue;

pub use activity::*;
pub use feedback::*;
pub use registration::*;
pub use time::*;
pub use venue::*;

use kansrijk_kernel::capacity;
use kansrijk_kernel::i18n::Lang;
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

/// A form error while the rules are checked: (field, translation key).
type FieldError = (&'static str, &'static str);

/// A number typed in a form field (spaces around it allowed).
fn number(v: &str) -> Option<i64> {
    v.trim().parse::<i64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;
    use kansrijk_kernel::scope::Limit;
    use kansrijk_kernel::web::FieldErrors;
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
            elsewhere: &[2],
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
        let mut elsewhere = form();
        elsewhere.venue_id = "2".into();
        assert_eq!(
            pairs(&elsewhere.validate(&known(&[1])).unwrap_err()),
            vec![("venue_id", "venue-error-other-municipality")],
            "a venue in another municipality than the chosen one"
        );
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
        let known = |a: i64| {
            if a == 3 {
                Ok(a)
            } else {
                Err("venue-error-area")
            }
        };
        let v = f.validate(known, &only(&[5])).unwrap();
        assert_eq!(v.name, "Buurtkamer");
        assert_eq!(v.organisation_id, Some(5), "the only organisation");
        assert_eq!(v.opening_hours.chars().count(), 500);
        assert!(v.step_free && !v.parking);
        let bad = VenueForm {
            area_id: "4".into(),
            organisation_id: "6".into(),
            ..Default::default()
        };
        let fields: Vec<_> = pairs(&bad.validate(known, &only(&[5])).unwrap_err())
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

    #[test]
    fn a_venue_photo_needs_a_description_and_a_jpeg_or_png() {
        let png: &[u8] = b"\x89PNG\r\n\x1a\n";
        assert_eq!(
            validate_photo("  ", Some(png)),
            Err("venue-photo-error-alt")
        );
        assert_eq!(
            validate_photo(&"x".repeat(201), Some(png)),
            Err("venue-photo-error-alt")
        );
        assert_eq!(
            validate_photo("De zaal", None),
            Err("venue-photo-error-missing")
        );
        assert_eq!(
            validate_photo("De zaal", Some(b"GIF89a")),
            Err("venue-photo-error-type")
        );
    }
}
