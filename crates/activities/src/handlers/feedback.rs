//! The feedback form after an activity: three short questions, anonymous.

use super::notice;
use crate::model::{Answer, FeedbackForm, QUESTIONS};
use crate::queries::{self, Activity};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use kansrijk_kernel::db::now;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, ClientAddr, FieldErrors, Form, Page, RecordId,
};

#[derive(Template)]
#[template(path = "feedback.html")]
pub struct FeedbackPage {
    pub page: Page,
    pub a: Activity,
    pub started: bool,
    pub form: FeedbackForm,
    pub errors: FieldErrors,
    pub questions: [(&'static str, &'static str); 3],
    pub answers: [Answer; 3],
}

fn feedback_page(page: Page, a: Activity, form: FeedbackForm, errors: FieldErrors) -> Response {
    let page = page.titled("feedback-title");
    render(&FeedbackPage {
        page,
        started: a.starts_at <= now(),
        a,
        form,
        errors,
        questions: QUESTIONS,
        answers: Answer::ALL,
    })
}

/// `GET /activiteiten/{id}/feedback`: three short questions, anonymous.
pub async fn feedback_form(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let a = queries::activity(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(feedback_page(
        page,
        a,
        FeedbackForm::default(),
        FieldErrors::new(),
    ))
}

/// `POST /activiteiten/{id}/feedback`
pub async fn feedback_submit(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<FeedbackForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("activity-feedback:ip:{ip}"), 20, 3600).await?;
    let a = queries::activity(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    // Before the start or after a cancellation the page says so; nothing is stored.
    if a.starts_at > now() || a.cancelled() {
        return Ok(feedback_page(page, a, form, FieldErrors::new()));
    }
    let feedback = match form.validate() {
        Ok(feedback) => feedback,
        Err(errors) => return Ok(feedback_page(page, a, form, errors)),
    };
    queries::add_feedback(&state.db, id, &feedback, now()).await?;
    Ok(notice(
        page,
        "feedback-thanks-title",
        "feedback-thanks-text",
        Some(format!("/activiteiten/{id}")),
    ))
}
