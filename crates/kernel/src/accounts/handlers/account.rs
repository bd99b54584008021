//! My account: what the person sees of themselves, the name shown on public pages, and setting
//! up two-step login.

use super::login::totp_secret;
use crate::accounts::model::CurrentUser;
use crate::accounts::{display_name, queries, session, totp};
use crate::audit::{self, Action};
use crate::db::now;
use crate::ratelimit;
use crate::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    pub page: Page,
    pub me: CurrentUser,
    pub role_labels: Vec<String>,
    pub sessions: i64,
    pub recovery_left: i64,
    /// What the display-name field holds (the stored choice, or the input sent back).
    pub display_name: String,
    /// How the name shows on public pages now.
    pub public_name: String,
    pub errors: FieldErrors,
    pub saved: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AccountQuery {
    pub opgeslagen: String,
}

async fn account_page(
    state: &AppState,
    user: CurrentUser,
    page: Page,
    display_name: Option<String>,
    errors: FieldErrors,
    saved: bool,
) -> AppResult<Response> {
    let sessions = session::count_for_user(&state.db, user.id).await?;
    let recovery_left = queries::unused_recovery_codes(&state.db, user.id).await?;
    let stored = display_name::get(&state.db, user.id).await?;
    let role_labels = user.roles.iter().map(|r| page.t(r.label_key())).collect();
    Ok(render(&AccountPage {
        page: page.titled("account-title"),
        public_name: display_name::public_name(&user.name, stored.as_deref()),
        display_name: display_name.or(stored).unwrap_or_default(),
        me: user,
        role_labels,
        sessions,
        recovery_left,
        saved,
        errors,
    }))
}

pub async fn account(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<AccountQuery>,
    page: Page,
) -> AppResult<Response> {
    account_page(
        &state,
        user,
        page,
        None,
        FieldErrors::new(),
        q.opgeslagen == "1",
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    pub display_name: String,
}

/// `POST /account`: sets the name shown on public pages (empty: back to the default).
pub async fn update_account(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<AccountForm>,
) -> AppResult<Response> {
    match display_name::check(&form.display_name) {
        Ok(chosen) => {
            display_name::set(&state.db, user.id, chosen.as_deref()).await?;
            // Kept so a moderator can see who posed as whom.
            audit::record(
                &state.db,
                Some(&user),
                Action::Update,
                "user",
                &user.id.to_string(),
                &format!("display name: {}", chosen.as_deref().unwrap_or("(default)")),
            )
            .await?;
            Ok(Redirect::to("/account?opgeslagen=1").into_response())
        }
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("display_name", message);
            account_page(&state, user, page, Some(form.display_name), errors, false).await
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/twofactor.html")]
pub struct TwoFactorPage {
    pub page: Page,
    pub enabled: bool,
    pub secret: String,
    pub qr_svg: String,
    pub recovery_codes: Vec<String>,
    pub errors: FieldErrors,
}

async fn pending_secret(state: &AppState, user_id: i64) -> AppResult<(bool, String)> {
    let person = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if person.totp_enabled != 0 {
        return Ok((true, String::new()));
    }
    // Keep the secret between page loads, so a code scanned earlier still matches.
    match person.totp_secret {
        Some(stored) => Ok((false, totp_secret(state, user_id, &stored).await?)),
        None => {
            let secret = totp::new_secret();
            let sealed = totp::seal_secret(&state.sealer, user_id, &secret);
            queries::set_totp(&state.db, user_id, Some(&sealed), false).await?;
            Ok((false, secret))
        }
    }
}

pub async fn twofactor_form(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let (enabled, secret) = pending_secret(&state, user.id).await?;
    let qr_svg = if enabled {
        String::new()
    } else {
        totp::enrolment(&secret, &user.email).1
    };
    Ok(render(&TwoFactorPage {
        page: page.titled("twofactor-title"),
        enabled,
        secret,
        qr_svg,
        recovery_codes: vec![],
        errors: FieldErrors::new(),
    }))
}

#[derive(Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    code: String,
}

pub async fn twofactor(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<EnrolForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("mfa:user:{}", user.id), 10, 300).await?;
    let (enabled, secret) = pending_secret(&state, user.id).await?;
    if enabled {
        return Ok(Redirect::to("/account").into_response());
    }
    let title = page.t("twofactor-title");
    let step = totp::matching_step(&secret, &form.code, now() as u64);
    let accepted = match step {
        Some(step) => queries::use_totp_step(&state.db, user.id, step).await?,
        None => false,
    };
    if !accepted {
        let mut errors = FieldErrors::new();
        errors.add("code", "code-error-wrong");
        let qr_svg = totp::enrolment(&secret, &user.email).1;
        return Ok(render(&TwoFactorPage {
            page: page.with_title(title),
            enabled: false,
            secret,
            qr_svg,
            recovery_codes: vec![],
            errors,
        }));
    }
    let sealed = totp::seal_secret(&state.sealer, user.id, &secret);
    queries::set_totp(&state.db, user.id, Some(&sealed), true).await?;
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| totp::recovery_hash(&state.sealer, user.id, c))
        .collect();
    queries::replace_recovery_codes(&state.db, user.id, &hashes).await?;
    session::set_mfa_passed(&state.db, &user.session_hash).await?;
    audit::person(
        &state.db,
        Some(&user),
        Action::Update,
        user.id,
        "two-factor enabled",
    )
    .await?;
    Ok(render(&TwoFactorPage {
        page: page.with_title(title),
        enabled: true,
        secret: String::new(),
        qr_svg: String::new(),
        recovery_codes: codes,
        errors: FieldErrors::new(),
    }))
}
