//! Accepting an invitation: the invited person chooses a name and a password and is logged in.

use super::reset::{check_password, set_password_page, PasswordForm};
use super::{invalid_link, token_holder, with_cookie, TokenUse};
use crate::accounts::model::{User, NAME_MAX};
use crate::accounts::{password, queries, session};
use crate::audit::{self, Action};
use crate::web::{AppResult, AppState, FieldErrors, Form, Page};
use axum::extract::{Path, State};
use axum::response::{Redirect, Response};

/// The invitation link is used or expired.
fn invalid_invitation(page: Page) -> Response {
    invalid_link(page, "invite-invalid-message", None)
}

pub async fn invite_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let Some(user) = token_holder(&state, &token, "invite", TokenUse::Peek).await? else {
        return Ok(invalid_invitation(page));
    };
    Ok(set_password_page(
        page,
        &token,
        Some(user.name),
        FieldErrors::new(),
    ))
}

/// Accepting an invitation sets the password and logs the person in; people whose roles need a
/// second factor go straight on to set it up.
pub async fn accept_invite(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Some(user) = token_holder(&state, &token, "invite", TokenUse::Peek).await? else {
        return Ok(invalid_invitation(page));
    };
    let name = match validate(&form, &user) {
        Ok(name) => name,
        Err(errors) => {
            let shown = form.name.chars().take(NAME_MAX * 2).collect();
            return Ok(set_password_page(page, &token, Some(shown), errors));
        }
    };
    if queries::consume_token(&state.db, &token, "invite")
        .await?
        .is_none()
    {
        return Ok(invalid_invitation(page));
    }
    let hash = password::hash_async(form.password).await;
    queries::update_profile(
        &state.db,
        user.id,
        &name,
        page.lang_code(),
        user.organisation_id,
    )
    .await?;
    queries::set_password(&state.db, user.id, &hash).await?;
    audit::person(
        &state.db,
        None,
        Action::Update,
        user.id,
        "invitation accepted",
    )
    .await?;
    log_in(&state, &user).await
}

/// The chosen name (trimmed), or what is wrong with the form.
fn validate(form: &PasswordForm, user: &User) -> Result<String, FieldErrors> {
    let name = form.name.trim().to_string();
    let mut errors = FieldErrors::new();
    if name.is_empty() || name.chars().count() > NAME_MAX {
        errors.add("name", "form-error-name");
    }
    check_password(form, &user.email, &name, &mut errors);
    errors.or_ok(name)
}

/// The first session of a newly invited person, on to setting up the second step when their
/// roles need one.
async fn log_in(state: &AppState, user: &User) -> AppResult<Response> {
    let roles = queries::role_assignments(&state.db, user.id).await?;
    let needs_second_factor = roles
        .iter()
        .filter_map(|a| a.role())
        .any(|r| r.requires_two_factor());
    let token = session::create(
        &state.db,
        user.id,
        false,
        state.config.session_absolute_secs(),
    )
    .await?;
    let next = if needs_second_factor {
        "/account/tweestaps"
    } else {
        "/account"
    };
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        &token,
        state.config.session_absolute_secs(),
        state.config.secure_cookies(),
    );
    Ok(with_cookie(Redirect::to(next), cookie))
}
