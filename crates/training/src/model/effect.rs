//! Effect measurement (Kirkpatrick): the forms, when they open, their validation, and the
//! averages shown only for groups large enough to keep answers anonymous.

use kansrijk_kernel::web::FieldErrors;

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

impl EffectForm {
    /// The scores of a sent form: every statement needs a score 1–5; the first one without is
    /// the message.
    pub fn validate(
        self,
        pairs: &[(String, String)],
    ) -> Result<Vec<(&'static str, i64)>, FieldErrors> {
        self.questions()
            .iter()
            .map(|(q, _)| {
                pairs
                    .iter()
                    .find(|(k, _)| k == q)
                    .and_then(|(_, v)| v.parse::<i64>().ok())
                    .filter(|s| (1..=5).contains(s))
                    .map(|s| (*q, s))
                    .ok_or_else(|| FieldErrors::single(q, "training-error-score"))
            })
            .collect()
    }
}

/// An average score (1–5) as text with one decimal (`3,8`), hidden below the minimum group.
pub fn average(sum: i64, count: i64, respondents: i64) -> Option<String> {
    if respondents < MIN_RESPONDENTS || count == 0 {
        return None;
    }
    let tenths = (sum * 10 + count / 2) / count;
    Some(format!("{},{}", tenths / 10, tenths % 10))
}
