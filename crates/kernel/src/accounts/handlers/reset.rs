//! A forgotten password: asking for a link (always the same answer), the mail sent from a job,
//! and setting a new password with the link. The set-password page serves invitations too.

use super::{invalid_link, link, notice, token_holder, TokenUse};
use crate::accounts::model::{normalise_email, password_problem, valid_email};
use crate::accounts::{password, queries, session};
use crate::audit::{self, Action};
use crate::db::now;
use crate::ratelimit;
use crate::web::{render, AppResult, AppState, ClientAddr, FieldErrors, Form, Page};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};

const RESET_VALID_SECS: i64 = 3_600;
pub const RESET_JOB: &str = "accounts.reset_request";

/// The payload of [`RESET_JOB`]: the address asked for (which may have no account). The mail
/// goes out in the person's own language.
#[derive(Debug, Serialize, Deserialize)]
pub struct ResetRequest {
    pub email: String,
}

// ---- forgotten password ---------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub struct ForgotPage {
    pub page: Page,
    pub email: String,
    pub errors: FieldErrors,
}

pub async fn forgot_form(page: Page) -> Response {
    render(&ForgotPage {
        page: page.titled("forgot-title"),
        email: String::new(),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Always the same answer; the mail (if there is an account) is sent from a job, so even the
/// timing tells nothing.
pub async fn forgot(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<EmailForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("reset:ip:{ip}"), 5, 900).await?;
    let email = normalise_email(&form.email);
    if !valid_email(&email) {
        let errors = FieldErrors::single("email", "form-error-email");
        let title = page.t("forgot-title");
        return Ok(render(&ForgotPage {
            page: page.with_title(title),
            email: form.email.chars().take(254).collect(),
            errors,
        }));
    }
    let payload = ResetRequest { email };
    crate::jobs::enqueue(&state.db.pool, RESET_JOB, &payload, now(), None, 5).await?;
    Ok(notice(
        page,
        "forgot-sent-title",
        "forgot-sent-message",
        None,
    ))
}

pub async fn reset_job(state: AppState, request: ResetRequest) -> anyhow::Result<()> {
    let Some(user) = queries::user_by_email(&state.db, &request.email).await? else {
        return Ok(());
    };
    if user.status == "disabled" {
        return Ok(());
    }
    let token = queries::create_token(&state.db, user.id, "reset", RESET_VALID_SECS).await?;
    let tr = state.tr(&user.lang);
    let url = link(&state, &format!("/wachtwoord-herstellen/{token}"));
    let mail = crate::mail::compose(
        &tr,
        &user.email,
        "reset",
        &[("name", &user.name)],
        Some(&url),
    );
    crate::mail::queue(&state.db, &mail).await?;
    Ok(())
}

// ---- set a password (reset or invitation) ---------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/set_password.html")]
pub struct SetPasswordPage {
    pub page: Page,
    pub heading: String,
    pub intro: String,
    pub action: String,
    pub ask_name: bool,
    pub name: String,
    pub errors: FieldErrors,
}

/// The set-password page: for a password reset (`name` is None) or an invitation (the name is
/// asked too, prefilled).
pub(super) fn set_password_page(
    page: Page,
    token: &str,
    name: Option<String>,
    errors: FieldErrors,
) -> Response {
    let (heading_key, intro_key, action) = match name {
        None => (
            "reset-title",
            "reset-intro",
            format!("/wachtwoord-herstellen/{token}"),
        ),
        Some(_) => (
            "invite-title",
            "invite-intro",
            format!("/uitnodiging/{token}"),
        ),
    };
    let heading = page.t(heading_key);
    render(&SetPasswordPage {
        intro: page.t(intro_key),
        page: page.with_title(heading.clone()),
        heading,
        action,
        ask_name: name.is_some(),
        name: name.unwrap_or_default(),
        errors,
    })
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    pub(super) name: String,
    #[serde(default)]
    pub(super) password: String,
    #[serde(default)]
    pub(super) password_again: String,
}

pub(super) fn check_password(
    form: &PasswordForm,
    email: &str,
    name: &str,
    errors: &mut FieldErrors,
) {
    if let Some(problem) = password_problem(&form.password, email, name) {
        errors.add("password", problem);
    } else if form.password != form.password_again {
        errors.add("password_again", "password-error-mismatch");
    }
}

/// The reset link is no longer valid: ask for a new one.
fn invalid_reset_link(page: Page) -> Response {
    invalid_link(
        page,
        "token-invalid-message",
        Some(("/wachtwoord-vergeten", "token-invalid-link")),
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    if token_holder(&state, &token, "reset", TokenUse::Peek)
        .await?
        .is_none()
    {
        return Ok(invalid_reset_link(page));
    }
    Ok(set_password_page(page, &token, None, FieldErrors::new()))
}

pub async fn reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Some(user) = token_holder(&state, &token, "reset", TokenUse::Peek).await? else {
        return Ok(invalid_reset_link(page));
    };
    let mut errors = FieldErrors::new();
    check_password(&form, &user.email, &user.name, &mut errors);
    if !errors.is_empty() {
        return Ok(set_password_page(page, &token, None, errors));
    }
    if queries::consume_token(&state.db, &token, "reset")
        .await?
        .is_none()
    {
        return Ok(invalid_link(page, "token-invalid-message", None));
    }
    let hash = password::hash_async(form.password).await;
    queries::set_password(&state.db, user.id, &hash).await?;
    // A new password ends every session that might have been opened with the old one.
    session::delete_all_for_user(&state.db, user.id).await?;
    audit::person(
        &state.db,
        None,
        Action::Update,
        user.id,
        "password reset by e-mail",
    )
    .await?;
    Ok(notice(
        page,
        "reset-done-title",
        "reset-done-message",
        Some(("/inloggen", "login-title")),
    ))
}
