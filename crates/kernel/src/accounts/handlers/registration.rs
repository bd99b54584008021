//! Self-registration (when the installation allows it) and confirming the e-mail address.

use super::reset::{check_password, PasswordForm};
use super::{invalid_link, link, notice, token_holder, TokenUse};
use crate::accounts::model::{normalise_email, valid_email, UserStatus, NAME_MAX};
use crate::accounts::{password, queries};
use crate::audit::{self, Action};
use crate::db::is_unique_violation;
use crate::ratelimit;
use crate::web::{render, AppError, AppResult, AppState, ClientAddr, FieldErrors, Form, Page};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

const CONFIRM_VALID_SECS: i64 = 2 * 86_400;

#[derive(Template)]
#[template(path = "accounts/register.html")]
pub struct RegisterPage {
    pub page: Page,
    pub name: String,
    pub email: String,
    pub errors: FieldErrors,
}

pub async fn register_form(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    if !state.config.self_registration {
        return Err(AppError::NotFound);
    }
    Ok(render(&RegisterPage {
        page: page.titled("register-title"),
        name: String::new(),
        email: String::new(),
        errors: FieldErrors::new(),
    }))
}

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
    #[serde(default)]
    consent: String,
}

/// A registration that passed the checks: the trimmed name and the normalised address.
struct Registration {
    name: String,
    email: String,
}

fn validate(form: &RegisterForm) -> Result<Registration, FieldErrors> {
    let name = form.name.trim().to_string();
    let email = normalise_email(&form.email);
    let mut errors = FieldErrors::new();
    if name.is_empty() || name.chars().count() > NAME_MAX {
        errors.add("name", "form-error-name");
    }
    if !valid_email(&email) {
        errors.add("email", "form-error-email");
    }
    let as_password = PasswordForm {
        name: String::new(),
        password: form.password.clone(),
        password_again: form.password_again.clone(),
    };
    check_password(&as_password, &email, &name, &mut errors);
    if form.consent != "yes" {
        errors.add("consent", "register-error-consent");
    }
    errors.or_ok(Registration { name, email })
}

/// The same answer whether or not the address already has an account: a known address gets a
/// mail saying so instead of a confirmation link.
pub async fn register(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    if !state.config.self_registration {
        return Err(AppError::NotFound);
    }
    ratelimit::hit(&state.db, &format!("register:ip:{ip}"), 5, 3600).await?;
    let registration = match validate(&form) {
        Ok(registration) => registration,
        Err(errors) => {
            let title = page.t("register-title");
            return Ok(render(&RegisterPage {
                page: page.with_title(title),
                name: form.name.chars().take(NAME_MAX * 2).collect(),
                email: form.email.chars().take(254).collect(),
                errors,
            }));
        }
    };
    let hash = password::hash_async(form.password).await;
    create_account(&state, &page, &registration, &hash).await?;
    Ok(notice(
        page,
        "register-sent-title",
        "register-sent-message",
        None,
    ))
}

/// Creates the unconfirmed account and mails the confirmation link, or, for an address that
/// already has an account, mails that instead.
async fn create_account(
    state: &AppState,
    page: &Page,
    registration: &Registration,
    password_hash: &str,
) -> AppResult<()> {
    let Registration { name, email } = registration;
    let created = queries::create_user(
        &state.db,
        &queries::NewUser {
            email,
            name,
            lang: page.lang_code(),
            status: UserStatus::Unconfirmed,
            organisation_id: None,
            password_hash: Some(password_hash),
        },
    )
    .await;
    let tr = state.tr(page.lang_code());
    match created {
        Ok(id) => {
            queries::assign_role(
                &state.db,
                id,
                crate::authz::Role::Resident,
                None,
                None,
                None,
            )
            .await?;
            let token = queries::create_token(&state.db, id, "confirm", CONFIRM_VALID_SECS).await?;
            let url = link(state, &format!("/bevestigen/{token}"));
            let mail = crate::mail::compose(&tr, email, "confirm", &[("name", name)], Some(&url));
            crate::mail::queue(&state.db, &mail).await?;
            audit::person(&state.db, None, Action::Create, id, "self-registration").await?;
        }
        Err(e) if is_unique_violation(&e) => {
            let url = link(state, "/wachtwoord-vergeten");
            let mail = crate::mail::compose(&tr, email, "exists", &[("name", name)], Some(&url));
            crate::mail::queue(&state.db, &mail).await?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

pub async fn confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let Some(user) = token_holder(&state, &token, "confirm", TokenUse::Consume).await? else {
        return Ok(invalid_link(page, "token-invalid-message", None));
    };
    if user.status == "unconfirmed" {
        queries::set_status(&state.db, user.id, UserStatus::Active).await?;
    }
    Ok(notice(
        page,
        "confirm-done-title",
        "confirm-done-message",
        Some(("/inloggen", "login-title")),
    ))
}
