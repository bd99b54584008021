//! The rules of neighbourhood agreements: the life of a proposal, what may be entered, the edit
//! window for comments, the support threshold, plain-language advice and the differences
//! between two versions of the charter.

pub mod privacy;

use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::FieldErrors;
use kansrijk_programme::model::Pillar;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A short sentence: "We groeten elkaar op straat".
pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 140;
pub const EXPLANATION_MAX: usize = 2_000;
pub const ON_BEHALF_MAX: usize = 80;
pub const COMMENT_MAX: usize = 2_000;
pub const REASON_MAX: usize = 1_000;
pub const COMMITMENT_MIN: usize = 5;
pub const COMMITMENT_MAX: usize = 500;
pub const AGREEMENT_TEXT_MAX: usize = 200;
pub const NOTE_MAX: usize = 500;
/// Authors may change a comment this long after placing it.
pub const EDIT_WINDOW_SECS: i64 = 15 * 60;
/// Each agreement is reviewed once a year unless the coordinator says otherwise.
pub const REVIEW_PERIOD_SECS: i64 = 365 * 24 * 3600;
/// The coordinator is reminded this long before a review is due.
pub const REVIEW_NOTICE_SECS: i64 = 14 * 24 * 3600;
pub const DEFAULT_THRESHOLD: i64 = 25;
pub const THRESHOLD_MAX: i64 = 100_000;
/// A sentence longer than this is hard to read at B1 level.
pub const LONG_SENTENCE_WORDS: usize = 20;

/// Abuse limits, per account and per address. An address gets more room than one account:
/// a community centre or a family shares one.
pub const PROPOSALS_PER_DAY: i64 = 5;
pub const PROPOSALS_PER_DAY_PER_ADDRESS: i64 = 20;
pub const COMMENTS_PER_HOUR: i64 = 30;
pub const COMMENTS_PER_HOUR_PER_ADDRESS: i64 = 100;
pub const FLAGS_PER_HOUR: i64 = 30;
pub const FLAGS_PER_HOUR_PER_ADDRESS: i64 = 100;

/// Top-level comments per page of a proposal (each with all its replies).
pub const COMMENTS_PER_PAGE: i64 = 50;

/// The number of pages for `threads` top-level comments (at least one, even when empty).
pub fn comment_pages(threads: i64) -> i64 {
    ((threads + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE).max(1)
}

/// A `?pagina=` value: digits only, from 1 to `pages`; anything else is no page (404).
pub fn parse_page(value: &str, pages: i64) -> Option<i64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|n| (1..=pages).contains(n))
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = ProposalStatus)]
pub enum Status {
    /// Open for comments and supports.
    Discussion,
    /// Enough supports: the steering group decides.
    ForDecision,
    Adopted,
    /// Taken up in an existing agreement.
    Merged,
    Declined,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Discussion,
        Status::ForDecision,
        Status::Adopted,
        Status::Merged,
        Status::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Discussion => "discussion",
            Status::ForDecision => "for_decision",
            Status::Adopted => "adopted",
            Status::Merged => "merged",
            Status::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("agr-status-{}", self.as_str().replace('_', "-"))
    }

    /// Still open: comments, supports and a decision are possible.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Discussion | Status::ForDecision)
    }
}

/// What the steering group decides about a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Adopt,
    Merge,
    Decline,
}

impl Outcome {
    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "adopt" => Some(Outcome::Adopt),
            "merge" => Some(Outcome::Merge),
            "decline" => Some(Outcome::Decline),
            _ => None,
        }
    }

    pub fn status(self) -> Status {
        match self {
            Outcome::Adopt => Status::Adopted,
            Outcome::Merge => Status::Merged,
            Outcome::Decline => Status::Declined,
        }
    }
}

/// How a follower hears about changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowMode {
    /// A mail at once.
    Instant,
    /// One mail a day with everything of that day.
    Daily,
}

impl FollowMode {
    pub fn as_str(self) -> &'static str {
        match self {
            FollowMode::Instant => "instant",
            FollowMode::Daily => "daily",
        }
    }

    pub fn parse(s: &str) -> Option<FollowMode> {
        match s {
            "instant" => Some(FollowMode::Instant),
            "daily" => Some(FollowMode::Daily),
            _ => None,
        }
    }
}

/// A checked text: trimmed, not empty (when required), not too long; a broken rule adds the
/// field's message to `errors`.
pub fn check_text(
    field: &'static str,
    value: &str,
    min: usize,
    max: usize,
    errors: &mut FieldErrors,
) -> String {
    let value = value.trim().to_string();
    let len = value.chars().count();
    if len == 0 && min > 0 {
        errors.add(field, "agr-error-required");
    } else if len < min {
        errors.add(field, "agr-error-too-short");
    } else if len > max {
        errors.add(field, "agr-error-too-long");
    }
    value
}

/// One required text of at most `max` characters.
pub fn validate_text(field: &'static str, value: &str, max: usize) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = check_text(field, value, 1, max, &mut errors);
    errors.or_ok(text)
}

/// A new proposal as entered.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub explanation: String,
    pub pillar: String,
    pub area: String,
    pub on_behalf_of: String,
}

/// A new proposal after its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProposal {
    pub title: String,
    pub explanation: String,
    pub pillar: Pillar,
    pub area_id: Option<i64>,
    pub on_behalf_of: String,
}

impl ProposalForm {
    /// Checks the input; `areas` are the buurten one may choose.
    pub fn validate(&self, areas: &[i64]) -> Result<NewProposal, FieldErrors> {
        let mut errors = FieldErrors::new();
        let e = &mut errors;
        let title = check_text("title", &self.title, TITLE_MIN, TITLE_MAX, e);
        let explanation = check_text("explanation", &self.explanation, 0, EXPLANATION_MAX, e);
        let on_behalf_of = check_text("on_behalf_of", &self.on_behalf_of, 0, ON_BEHALF_MAX, e);
        let pillar = Pillar::parse(&self.pillar);
        if pillar.is_none() {
            errors.add("pillar", "agr-error-pillar");
        }
        let area_id = match self.area.trim() {
            "" => None,
            a => {
                let id = a.parse::<i64>().ok().filter(|id| areas.contains(id));
                if id.is_none() {
                    errors.add("area", "agr-error-area");
                }
                id
            }
        };
        let Some(pillar) = pillar else {
            return Err(errors);
        };
        errors.or_ok(NewProposal {
            title,
            explanation,
            pillar,
            area_id,
            on_behalf_of,
        })
    }
}

/// A comment (or a reply): a text, on a proposal still open.
pub fn validate_comment(body: &str, open: bool) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let body = check_text("body", body, 1, COMMENT_MAX, &mut errors);
    if !open {
        errors.add("body", "agr-error-closed");
    }
    errors.or_ok(body)
}

/// A partner's commitment: a text, an organisation to sign for and a charter to sign.
pub fn validate_commitment(
    text: &str,
    has_organisation: bool,
    has_charter: bool,
) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = check_text(
        "commitment",
        text,
        COMMITMENT_MIN,
        COMMITMENT_MAX,
        &mut errors,
    );
    if !has_organisation {
        errors.add("commitment", "agr-error-no-organisation");
    }
    if !has_charter {
        errors.add("commitment", "agr-error-no-charter");
    }
    errors.or_ok(text)
}

/// The languages of an agreement's text, in the order of the form's fields.
pub const TEXT_LANGS: [Lang; 5] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl];

/// An agreement's text in the five languages as entered, Dutch first (part of the decision and
/// the texts form).
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct TextFields {
    pub text_nl: String,
    pub text_en: String,
    pub text_tr: String,
    pub text_ar: String,
    pub text_pl: String,
}

impl TextFields {
    /// The fields filled with an agreement's texts (language code → text).
    pub fn of(texts: &BTreeMap<String, String>) -> TextFields {
        let get = |l: &str| texts.get(l).cloned().unwrap_or_default();
        TextFields {
            text_nl: get("nl"),
            text_en: get("en"),
            text_tr: get("tr"),
            text_ar: get("ar"),
            text_pl: get("pl"),
        }
    }

    /// The texts per language, trimmed (an empty one removes that translation); with
    /// `required`, the Dutch text must be there.
    fn check(&self, required: bool, errors: &mut FieldErrors) -> Vec<(Lang, String)> {
        let values = [
            ("text_nl", &self.text_nl),
            ("text_en", &self.text_en),
            ("text_tr", &self.text_tr),
            ("text_ar", &self.text_ar),
            ("text_pl", &self.text_pl),
        ];
        TEXT_LANGS
            .into_iter()
            .zip(values)
            .enumerate()
            .map(|(i, (lang, (field, value)))| {
                let min = usize::from(i == 0 && required);
                (
                    lang,
                    check_text(field, value, min, AGREEMENT_TEXT_MAX, errors),
                )
            })
            .collect()
    }
}

/// The steering group's decision as entered.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct DecisionForm {
    pub outcome: String,
    pub reason: String,
    pub merge_into: String,
    #[serde(flatten)]
    pub texts: TextFields,
}

/// A decision after its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDecision {
    pub outcome: Outcome,
    /// The public reason.
    pub reason: String,
    /// The texts to write; empty when the agreement's wording stays as it is.
    pub texts: Vec<(Lang, String)>,
    /// The agreement a merged proposal becomes part of.
    pub merge_into: Option<i64>,
}

impl DecisionForm {
    /// The rules of deciding: a known outcome and a public reason, once (`open`: the proposal
    /// is still open); adopting needs the Dutch text, merging the agreement it joins. Declining
    /// keeps no text; merging without a new Dutch text leaves the wording as it is.
    pub fn validate(&self, open: bool) -> Result<NewDecision, FieldErrors> {
        let mut errors = FieldErrors::new();
        let outcome = Outcome::parse(&self.outcome);
        if outcome.is_none() {
            errors.add("outcome", "agr-error-outcome");
        }
        let reason = check_text("reason", &self.reason, 1, REASON_MAX, &mut errors);
        let texts = self
            .texts
            .check(outcome == Some(Outcome::Adopt), &mut errors);
        let merge_into = self.merge_into.trim().parse::<i64>().ok();
        if outcome == Some(Outcome::Merge) && merge_into.is_none() {
            errors.add("merge_into", "agr-error-merge-into");
        }
        if !open {
            errors.add("outcome", "agr-error-decided");
        }
        let Some(outcome) = outcome else {
            return Err(errors);
        };
        let keep_wording = outcome == Outcome::Decline
            || (outcome == Outcome::Merge && self.texts.text_nl.trim().is_empty());
        errors.or_ok(NewDecision {
            outcome,
            reason,
            texts: if keep_wording { vec![] } else { texts },
            merge_into: merge_into.filter(|_| outcome == Outcome::Merge),
        })
    }
}

/// New wording or translations of an agreement, with a summary for the charter version.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct TextsForm {
    pub summary: String,
    #[serde(flatten)]
    pub texts: TextFields,
}

/// New texts after their checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTexts {
    pub summary: String,
    pub texts: Vec<(Lang, String)>,
}

impl TextsForm {
    /// The form filled with an agreement's texts (language code → text), without a summary.
    pub fn of(texts: &BTreeMap<String, String>) -> TextsForm {
        TextsForm {
            summary: String::new(),
            texts: TextFields::of(texts),
        }
    }

    /// A summary and the Dutch text are required; a retired agreement keeps its texts.
    pub fn validate(&self, active: bool) -> Result<NewTexts, FieldErrors> {
        let mut errors = FieldErrors::new();
        let summary = check_text("summary", &self.summary, 1, NOTE_MAX, &mut errors);
        let texts = self.texts.check(true, &mut errors);
        if !active {
            errors.add("summary", "agr-error-retired");
        }
        errors.or_ok(NewTexts { summary, texts })
    }
}

/// A yearly review as entered: `lives` or `retire`, with a note.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct ReviewForm {
    pub outcome: String,
    pub note: String,
}

/// A partner's commitment was reviewed, with a note (which may be empty).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommitmentReviewForm {
    pub note: String,
}

impl CommitmentReviewForm {
    /// The note, trimmed and capped: nothing is refused for it.
    pub fn note(&self) -> String {
        kansrijk_kernel::web::forms::clean(&self.note, NOTE_MAX)
    }
}

/// A review after its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReview {
    /// The agreement still lives (else it is retired).
    pub lives: bool,
    pub note: String,
}

impl ReviewForm {
    pub fn validate(&self) -> Result<NewReview, FieldErrors> {
        let mut errors = FieldErrors::new();
        let note = check_text("note", &self.note, 1, NOTE_MAX, &mut errors);
        let lives = match self.outcome.as_str() {
            "lives" => true,
            "retire" => false,
            _ => {
                errors.add("outcome", "agr-error-review-outcome");
                false
            }
        };
        errors.or_ok(NewReview { lives, note })
    }
}

/// An author may change a comment within the edit window (and not after it was hidden).
pub fn can_edit(created_at: i64, now: i64) -> bool {
    now >= created_at && now - created_at <= EDIT_WINDOW_SECS
}

/// Enough supports to move a proposal in discussion to "for decision".
pub fn reaches_threshold(supports: i64, threshold: i64) -> bool {
    threshold > 0 && supports >= threshold
}

/// The threshold as entered on the management page: a whole number from 1.
pub fn parse_threshold(value: &str) -> Option<i64> {
    value
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=THRESHOLD_MAX).contains(n))
}

pub fn validate_threshold(value: &str) -> Result<i64, FieldErrors> {
    parse_threshold(value).ok_or_else(|| FieldErrors::single("threshold", "agr-error-threshold"))
}

/// Advice for plain language (B1): how many words, and how many sentences are long. Advice
/// only: nothing is refused for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Advice {
    pub words: usize,
    pub long_sentences: usize,
}

pub fn advice(text: &str) -> Advice {
    let mut a = Advice::default();
    for sentence in text.split(['.', '!', '?', '\n', ';']) {
        let words = sentence.split_whitespace().count();
        a.words += words;
        if words > LONG_SENTENCE_WORDS {
            a.long_sentences += 1;
        }
    }
    a
}

/// The review date after a review (or adoption) at `at`.
pub fn next_review(at: i64) -> i64 {
    at + REVIEW_PERIOD_SECS
}

/// Due for review (or soon: within the notice period).
pub fn review_due_soon(review_due: i64, now: i64) -> bool {
    review_due <= now + REVIEW_NOTICE_SECS
}

/// One difference between two versions of the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "change")]
pub enum Change {
    Added {
        agreement_id: i64,
        text: String,
    },
    Removed {
        agreement_id: i64,
        text: String,
    },
    Changed {
        agreement_id: i64,
        before: String,
        after: String,
    },
}

impl Change {
    pub fn agreement_id(&self) -> i64 {
        match self {
            Change::Added { agreement_id, .. }
            | Change::Removed { agreement_id, .. }
            | Change::Changed { agreement_id, .. } => *agreement_id,
        }
    }
}

/// What changed from `before` to `after` (agreement id → text), in order of agreement.
pub fn diff(before: &BTreeMap<i64, String>, after: &BTreeMap<i64, String>) -> Vec<Change> {
    let mut ids: Vec<i64> = before.keys().chain(after.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| match (before.get(&id), after.get(&id)) {
            (None, Some(t)) => Some(Change::Added {
                agreement_id: id,
                text: t.clone(),
            }),
            (Some(t), None) => Some(Change::Removed {
                agreement_id: id,
                text: t.clone(),
            }),
            (Some(b), Some(a)) if b != a => Some(Change::Changed {
                agreement_id: id,
                before: b.clone(),
                after: a.clone(),
            }),
            _ => None,
        })
        .collect()
}

/// The Amsterdam calendar day of a moment, `YYYY-MM-DD` (the daily digest's key).
pub fn local_day(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| {
            t.to_zoned(kansrijk_kernel::time::amsterdam().clone())
                .strftime("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_default()
}

/// The paper size of the poster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
}

impl Paper {
    pub fn parse(s: &str) -> Paper {
        if s.eq_ignore_ascii_case("a3") {
            Paper::A3
        } else {
            Paper::A4
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_pages_round_up_and_start_at_one() {
        assert_eq!(comment_pages(0), 1);
        assert_eq!(comment_pages(1), 1);
        assert_eq!(comment_pages(COMMENTS_PER_PAGE), 1);
        assert_eq!(comment_pages(COMMENTS_PER_PAGE + 1), 2);
        assert_eq!(comment_pages(3 * COMMENTS_PER_PAGE), 3);
    }

    #[test]
    fn a_page_number_is_digits_within_the_pages() {
        assert_eq!(parse_page("1", 1), Some(1));
        assert_eq!(parse_page("3", 3), Some(3));
        for bad in [
            "",
            "0",
            "4",
            "-1",
            "+1",
            " 1",
            "1.0",
            "abc",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_page(bad, 3), None, "{bad:?}");
        }
    }

    fn form(title: &str) -> ProposalForm {
        ProposalForm {
            title: title.into(),
            explanation: "Dan voelt iedereen zich welkom.".into(),
            pillar: "positive_community".into(),
            ..Default::default()
        }
    }

    /// The messages of a refusal, as (field, key) pairs.
    fn problems<T: std::fmt::Debug>(r: Result<T, FieldErrors>) -> Vec<(&'static str, String)> {
        r.unwrap_err().iter().cloned().collect()
    }

    fn p(field: &'static str, key: &str) -> (&'static str, String) {
        (field, key.to_string())
    }

    #[test]
    fn a_good_proposal_passes_and_is_trimmed() {
        let p = form("  We groeten elkaar op straat ")
            .validate(&[])
            .unwrap();
        assert_eq!(p.title, "We groeten elkaar op straat");
        assert_eq!(p.pillar, Pillar::PositiveCommunity);
        assert_eq!(p.area_id, None);
    }

    #[test]
    fn empty_short_and_over_long_texts_are_refused_per_field() {
        assert_eq!(
            problems(form("").validate(&[])),
            vec![p("title", "agr-error-required")]
        );
        assert_eq!(
            problems(form("Hoi").validate(&[])),
            vec![p("title", "agr-error-too-short")]
        );
        assert_eq!(
            problems(form(&"a".repeat(TITLE_MAX + 1)).validate(&[])),
            vec![p("title", "agr-error-too-long")]
        );
        // Characters, not bytes: 140 Arabic letters fit.
        assert!(form(&"ب".repeat(TITLE_MAX)).validate(&[]).is_ok());
        let mut f = form("We helpen elkaar");
        f.explanation = "x".repeat(EXPLANATION_MAX + 1);
        assert_eq!(
            problems(f.validate(&[])),
            vec![p("explanation", "agr-error-too-long")]
        );
    }

    #[test]
    fn pillar_and_buurt_must_be_known() {
        let mut f = form("We helpen elkaar");
        f.pillar = "happiness".into();
        f.area = "7".into();
        assert_eq!(
            problems(f.validate(&[1, 2])),
            vec![p("pillar", "agr-error-pillar"), p("area", "agr-error-area")]
        );
        f.pillar = "diversity".into();
        f.area = "2".into();
        assert_eq!(f.validate(&[1, 2]).unwrap().area_id, Some(2));
    }

    #[test]
    fn comments_need_text_and_an_open_proposal() {
        assert_eq!(validate_comment("  Goed idee ", true).unwrap(), "Goed idee");
        assert_eq!(
            problems(validate_comment(" ", false)),
            vec![
                p("body", "agr-error-required"),
                p("body", "agr-error-closed")
            ]
        );
        assert_eq!(
            problems(validate_commitment("Wij doen mee.", false, true)),
            vec![p("commitment", "agr-error-no-organisation")]
        );
    }

    fn decision(outcome: &str) -> DecisionForm {
        DecisionForm {
            outcome: outcome.into(),
            reason: "Veel steun uit de buurt.".into(),
            texts: TextFields {
                text_nl: " We groeten elkaar. ".into(),
                text_en: "We greet each other.".into(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn adopting_needs_a_reason_and_the_dutch_text() {
        let d = decision("adopt").validate(true).unwrap();
        assert_eq!(d.outcome, Outcome::Adopt);
        assert_eq!(d.texts[0], (Lang::Nl, "We groeten elkaar.".to_string()));
        assert_eq!(d.texts.len(), 5, "empty translations remove the language");
        let mut f = decision("adopt");
        f.texts.text_nl = String::new();
        f.reason = String::new();
        assert_eq!(
            problems(f.validate(true)),
            vec![
                p("reason", "agr-error-required"),
                p("text_nl", "agr-error-required")
            ]
        );
        assert_eq!(
            problems(decision("maybe").validate(true)),
            vec![p("outcome", "agr-error-outcome")]
        );
    }

    #[test]
    fn a_proposal_is_decided_once() {
        assert_eq!(
            problems(decision("decline").validate(false)),
            vec![p("outcome", "agr-error-decided")]
        );
    }

    #[test]
    fn declining_keeps_no_text_and_merging_keeps_the_wording_without_a_new_one() {
        let d = decision("decline").validate(true).unwrap();
        assert!(d.texts.is_empty() && d.merge_into.is_none());
        assert_eq!(
            problems(decision("merge").validate(true)),
            vec![p("merge_into", "agr-error-merge-into")]
        );
        let mut f = decision("merge");
        f.merge_into = "4".into();
        assert_eq!(f.validate(true).unwrap().texts.len(), 5, "a new wording");
        f.texts.text_nl = "  ".into();
        let d = f.validate(true).unwrap();
        assert_eq!((d.merge_into, d.texts), (Some(4), vec![]));
    }

    #[test]
    fn new_texts_need_a_summary_and_an_active_agreement() {
        let f = TextsForm {
            summary: "Vertaling".into(),
            texts: TextFields {
                text_nl: "We luisteren.".into(),
                ..Default::default()
            },
        };
        assert_eq!(f.validate(true).unwrap().summary, "Vertaling");
        assert_eq!(
            problems(f.validate(false)),
            vec![p("summary", "agr-error-retired")]
        );
        let texts = BTreeMap::from([("nl".to_string(), "We luisteren.".to_string())]);
        assert_eq!(TextFields::of(&texts).text_nl, "We luisteren.");
        let review = ReviewForm {
            outcome: "retire".into(),
            note: "Achterhaald".into(),
        };
        assert!(!review.validate().unwrap().lives);
        assert_eq!(
            problems(ReviewForm::default().validate()),
            vec![
                p("note", "agr-error-required"),
                p("outcome", "agr-error-review-outcome")
            ]
        );
    }

    #[test]
    fn comments_can_be_edited_for_fifteen_minutes_only() {
        assert!(can_edit(1000, 1000));
        assert!(can_edit(1000, 1000 + EDIT_WINDOW_SECS));
        assert!(!can_edit(1000, 1001 + EDIT_WINDOW_SECS));
        assert!(
            !can_edit(1000, 999),
            "a clock running backwards is no excuse"
        );
    }

    #[test]
    fn the_threshold_moves_a_proposal_once_reached() {
        assert!(!reaches_threshold(24, 25));
        assert!(reaches_threshold(25, 25));
        assert!(reaches_threshold(26, 25));
        assert!(!reaches_threshold(100, 0));
        assert_eq!(parse_threshold(" 3 "), Some(3));
        assert_eq!(parse_threshold("0"), None);
        assert_eq!(parse_threshold("-5"), None);
        assert_eq!(parse_threshold("veel"), None);
        assert!(validate_threshold("0").unwrap_err().has("threshold"));
    }

    #[test]
    fn plain_language_advice_counts_words_and_long_sentences() {
        assert_eq!(advice(""), Advice::default());
        assert_eq!(
            advice("We groeten elkaar. Ook als we elkaar niet kennen!"),
            Advice {
                words: 9,
                long_sentences: 0
            }
        );
        let long = vec!["woord"; 21].join(" ");
        assert_eq!(
            advice(&format!("{long}. Kort.")),
            Advice {
                words: 22,
                long_sentences: 1
            }
        );
    }

    #[test]
    fn statuses_round_trip_and_only_open_ones_take_supports() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert!(Status::Discussion.is_open() && Status::ForDecision.is_open());
        assert!(!Status::Adopted.is_open() && !Status::Declined.is_open());
        assert_eq!(Outcome::parse("merge").unwrap().status(), Status::Merged);
        assert_eq!(Outcome::parse("maybe"), None);
        assert_eq!(FollowMode::parse("daily"), Some(FollowMode::Daily));
        assert_eq!(FollowMode::parse("hourly"), None);
    }

    #[test]
    fn the_difference_between_versions_names_added_removed_and_changed() {
        let before = BTreeMap::from([
            (1, "We groeten elkaar".to_string()),
            (2, "We ruimen op".to_string()),
            (3, "We luisteren".to_string()),
        ]);
        let after = BTreeMap::from([
            (1, "We groeten elkaar".to_string()),
            (3, "We luisteren naar elkaar".to_string()),
            (4, "We zijn allemaal anders".to_string()),
        ]);
        assert_eq!(
            diff(&before, &after),
            vec![
                Change::Removed {
                    agreement_id: 2,
                    text: "We ruimen op".into()
                },
                Change::Changed {
                    agreement_id: 3,
                    before: "We luisteren".into(),
                    after: "We luisteren naar elkaar".into()
                },
                Change::Added {
                    agreement_id: 4,
                    text: "We zijn allemaal anders".into()
                },
            ]
        );
        assert!(diff(&after, &after).is_empty());
    }

    #[test]
    fn reviews_come_yearly_with_two_weeks_notice() {
        assert_eq!(next_review(0), 365 * 24 * 3600);
        assert!(review_due_soon(100 + REVIEW_NOTICE_SECS, 100));
        assert!(!review_due_soon(101 + REVIEW_NOTICE_SECS, 100));
        assert_eq!(local_day(0), "1970-01-01");
        assert_eq!(Paper::parse("A3"), Paper::A3);
        assert_eq!(Paper::parse("letter"), Paper::A4);
    }
}
