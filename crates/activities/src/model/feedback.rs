//! The anonymous feedback form.

use super::{Answer, FieldError, QUESTIONS};
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

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
