//! Logging in: the password, the second step (a code from the app or a recovery code), and
//! logging out (here or everywhere).

use super::{link, safe_return, with_cookie, ReturnTo};
use crate::accounts::model::{normalise_email, valid_email, CurrentUser, User};
use crate::accounts::{password, queries, session, totp};
use crate::audit::{self, Action};
use crate::db::now;
use crate::ratelimit;
use crate::web::{
    render, AppError, AppResult, AppState, ClientAddr, Empty, FieldErrors, Form, Page,
};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

// ---- log in ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct LoginPage {
    pub page: Page,
    pub email: String,
    pub terug: String,
    pub errors: FieldErrors,
    pub self_registration: bool,
    /// One button per OpenID Connect provider: (address, label).
    pub oidc_links: Vec<(String, String)>,
}

pub async fn login_form(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ReturnTo>,
) -> Response {
    login_page(&state, page, String::new(), q.terug, FieldErrors::new())
}

fn login_page(
    state: &AppState,
    page: Page,
    email: String,
    terug: String,
    errors: FieldErrors,
) -> Response {
    let oidc_links = crate::accounts::oidc::login_links(state, &page, &terug);
    render(&LoginPage {
        page: page.titled("login-title"),
        email,
        terug,
        errors,
        self_registration: state.config.self_registration,
        oidc_links,
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    terug: String,
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("login:ip:{ip}"), 10, 300).await?;
    let email = normalise_email(&form.email);
    // Only a valid address is looked up: PostgreSQL refuses text with a NUL character (`%00`),
    // which would turn a hostile login into a server error.
    let user = if valid_email(&email) {
        queries::user_by_email(&state.db, &email).await?
    } else {
        None
    };
    let ok = password::verify_async(
        form.password.clone(),
        user.as_ref().and_then(|u| u.password_hash.clone()),
    )
    .await;
    let usable = user
        .as_ref()
        .is_some_and(|u| u.status == "active" && u.locked_until <= now());
    let user = match user {
        Some(user) if ok && usable => user,
        known => {
            // One answer for unknown address, wrong password, locked or blocked account.
            if let Some(known) = known {
                if !ok {
                    queries::record_failed_login(&state.db, known.id).await?;
                }
                audit::person(&state.db, None, Action::LoginFailed, known.id, "").await?;
            }
            let errors = FieldErrors::single("email", "login-error-failed");
            let email = form.email.chars().take(254).collect();
            return Ok(login_page(&state, page, email, form.terug, errors));
        }
    };
    let (next, cookie) = begin_session(&state, &page, &user, false, "", &form.terug).await?;
    Ok(with_cookie(Redirect::to(&next), cookie))
}

/// Starts the session of a person who just proved who they are (password, or OpenID Connect,
/// whose provider may also have done the second step: `mfa_passed`), audits the login with
/// `detail`, and says where to go next — `back` (made safe), or the second step when it is still
/// to come — with the session cookie.
pub(in crate::accounts) async fn begin_session(
    state: &AppState,
    page: &Page,
    user: &User,
    mfa_passed: bool,
    detail: &str,
    back: &str,
) -> AppResult<(String, axum::http::HeaderValue)> {
    queries::record_login(&state.db, user.id).await?;
    // A fresh session on every login (no session fixation); the old one, if any, ends.
    if let Some(old) = &page.user {
        session::delete(&state.db, &old.session_hash).await?;
    }
    let roles = queries::role_assignments(&state.db, user.id).await?;
    // Unless the provider did it, the second step marks the session itself (see
    // `CurrentUser::mfa_passed`).
    let token = session::create(
        &state.db,
        user.id,
        mfa_passed,
        state.config.session_absolute_secs(),
    )
    .await?;
    let actor = CurrentUser::logging_in(user, roles, mfa_passed);
    audit::person(&state.db, Some(&actor), Action::Login, user.id, detail).await?;
    let back = safe_return(back);
    let next = if actor.fully_authenticated() {
        back
    } else {
        next_after_login(actor.totp_enabled, &back)
    };
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        &token,
        state.config.session_absolute_secs(),
        state.config.secure_cookies(),
    );
    Ok((next, cookie))
}

/// Where a login goes when the second step is still to come: the code page, or setting up
/// two-step login when the person has none yet.
fn next_after_login(totp_enabled: bool, back: &str) -> String {
    if totp_enabled {
        format!("/inloggen/code?{}", encode_back(back))
    } else {
        "/account/tweestaps".to_string()
    }
}

fn encode_back(back: &str) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .append_pair("terug", back)
        .finish()
}

// ---- second factor --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/code.html")]
pub struct CodePage {
    pub page: Page,
    pub terug: String,
    pub errors: FieldErrors,
}

pub async fn code_form(page: Page, Query(q): Query<ReturnTo>) -> Response {
    render(&CodePage {
        page: page.titled("code-title"),
        terug: q.terug,
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    terug: String,
}

/// Wrong codes (TOTP or recovery) counted per person, whichever session sends them: this many
/// in [`WRONG_CODE_WINDOW_SECS`] lock the second step for [`WRONG_CODE_LOCK_SECS`] and mail the
/// person, since whoever typed them knows the password.
pub const WRONG_CODE_MAX: i64 = 5;
pub const WRONG_CODE_WINDOW_SECS: i64 = 15 * 60;
/// `code-error-locked` names these 15 minutes; change the text with it.
pub const WRONG_CODE_LOCK_SECS: i64 = 15 * 60;

/// The person's TOTP secret, sealed again when it was stored in plaintext (from before sealing)
/// or under an older key.
pub(super) async fn totp_secret(state: &AppState, user_id: i64, stored: &str) -> AppResult<String> {
    let (secret, reseal) = totp::open_secret(&state.sealer, user_id, stored)
        .map_err(|e| AppError::Internal(e.into()))?;
    if reseal {
        let sealed = totp::seal_secret(&state.sealer, user_id, &secret);
        queries::reseal_totp_secret(&state.db, user_id, stored, &sealed).await?;
    }
    Ok(secret)
}

pub async fn code(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("mfa:user:{}", user.id), 10, 300).await?;
    let person = queries::user_by_id(&state.db, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let show_error = |page: Page, key: &str| {
        render(&CodePage {
            page: page.titled("code-title"),
            terug: form.terug.clone(),
            errors: FieldErrors::single("code", key),
        })
    };
    // While locked, no code is even looked at: guessing stays useless.
    if person.mfa_locked_until > now() {
        return Ok(show_error(page, "code-error-locked"));
    }
    let digits: String = form.code.chars().filter(|c| c.is_ascii_digit()).collect();
    let valid = match (&person.totp_secret, person.totp_enabled != 0) {
        (Some(stored), true) if digits.len() == 6 => {
            let secret = totp_secret(&state, user.id, stored).await?;
            match totp::matching_step(&secret, &digits, now() as u64) {
                Some(step) => queries::use_totp_step(&state.db, user.id, step).await?,
                None => false,
            }
        }
        (_, true) if digits.len() == 12 => {
            let candidates = totp::recovery_candidates(&state.sealer, user.id, &digits);
            queries::use_recovery_code(&state.db, user.id, &candidates, &candidates[0]).await?
        }
        _ => false,
    };
    if !valid {
        if person.totp_enabled == 0 {
            return Ok(show_error(page, "code-error-wrong"));
        }
        let locked = queries::record_wrong_code(
            &state.db,
            user.id,
            WRONG_CODE_MAX,
            WRONG_CODE_WINDOW_SECS,
            WRONG_CODE_LOCK_SECS,
        )
        .await?;
        if !locked {
            return Ok(show_error(page, "code-error-wrong"));
        }
        audit::person(
            &state.db,
            Some(&user),
            Action::LoginFailed,
            user.id,
            &format!("second step locked after {WRONG_CODE_MAX} wrong codes"),
        )
        .await?;
        let minutes = (WRONG_CODE_LOCK_SECS / 60).to_string();
        let mail = crate::mail::compose(
            &state.tr(&person.lang),
            &person.email,
            "wrong-codes",
            &[
                ("name", &person.name),
                ("count", &WRONG_CODE_MAX.to_string()),
                ("minutes", &minutes),
            ],
            Some(&link(&state, "/wachtwoord-vergeten")),
        );
        crate::mail::queue(&state.db, &mail).await?;
        return Ok(show_error(page, "code-error-locked"));
    }
    queries::clear_wrong_codes(&state.db, user.id).await?;
    session::set_mfa_passed(&state.db, &user.session_hash).await?;
    Ok(Redirect::to(&safe_return(&form.terug)).into_response())
}

// ---- log out --------------------------------------------------------------------------------

pub async fn logout(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    session::delete(&state.db, &user.session_hash).await?;
    audit::person(&state.db, Some(&user), Action::Logout, user.id, "").await?;
    Ok(logged_out(&state, "/"))
}

pub async fn logout_everywhere(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let ended = session::delete_all_for_user(&state.db, user.id).await?;
    audit::person(
        &state.db,
        Some(&user),
        Action::Logout,
        user.id,
        &format!("everywhere ({ended} sessions)"),
    )
    .await?;
    Ok(logged_out(&state, "/inloggen"))
}

/// Off to `next`, with the session cookie cleared.
fn logged_out(state: &AppState, next: &str) -> Response {
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        "",
        0,
        state.config.secure_cookies(),
    );
    with_cookie(Redirect::to(next), cookie)
}
