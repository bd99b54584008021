//! Public account pages: log in (with a second factor), log out, forgotten password, accepting
//! an invitation, self-registration, e-mail confirmation, my account and two-factor set-up.

use super::model::{
    normalise_email, password_problem, valid_email, CurrentUser, UserStatus, NAME_MAX,
};
use super::{display_name, password, queries, session, totp};
use crate::audit::{self, Action};
use crate::db::{is_unique_violation, now};
use crate::ratelimit;
use crate::web::middleware::client_ip;
use crate::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use serde::Deserialize;

const RESET_VALID_SECS: i64 = 3_600;
const CONFIRM_VALID_SECS: i64 = 2 * 86_400;
pub const RESET_JOB: &str = "accounts.reset_request";

/// Where to go after logging in when no (acceptable) return address was given.
pub const DEFAULT_RETURN: &str = "/account";

/// The return address after login (`terug` on `/inloggen` and `/inloggen/code`), when it is a
/// path on this site; anything else goes to [`DEFAULT_RETURN`].
pub fn safe_return(target: &str) -> String {
    if is_local_path(target) && is_local_path(&percent_decoded(target)) {
        target.to_string()
    } else {
        DEFAULT_RETURN.to_string()
    }
}

/// A path starting with a single `/`, without backslashes or control characters: browsers read
/// `//host` and `/\host` as another site, and drop tabs and newlines (`/\t/host`). The decoded
/// form is checked too, for anything in between that decodes `%2F` or `%5C`.
fn is_local_path(target: &str) -> bool {
    target.starts_with('/')
        && !target.starts_with("//")
        && !target.chars().any(|c| c == '\\' || c.is_control())
}

/// `%XX` sequences decoded (lossy for invalid UTF-8, which then fails the checks anyway).
fn percent_decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'%')
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn with_cookie(
    response: impl IntoResponse,
    cookie: axum::http::HeaderValue,
) -> Response {
    let mut response = response.into_response();
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

fn link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.config.public_url())
}

// ---- a plain message page ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/notice.html")]
pub struct Notice {
    pub page: Page,
    pub heading: String,
    pub message: String,
    pub link: Option<(String, String)>,
}

pub fn notice(
    page: Page,
    heading_key: &str,
    message_key: &str,
    link: Option<(&str, &str)>,
) -> Response {
    let heading = page.t(heading_key);
    let message = page.t(message_key);
    let link = link.map(|(href, key)| (href.to_string(), page.t(key)));
    render(&Notice {
        page: page.with_title(heading.clone()),
        heading,
        message,
        link,
    })
}

// ---- log in ---------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct ReturnTo {
    #[serde(default)]
    pub terug: String,
}

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
    let title = page.t("login-title");
    let oidc_links = super::oidc::login_links(&state, &page, &q.terug);
    render(&LoginPage {
        page: page.with_title(title),
        email: String::new(),
        terug: q.terug,
        errors: FieldErrors::new(),
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
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    page: Page,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let ip = client_ip(&headers, &extensions, state.config.trust_forwarded_for);
    ratelimit::hit(&state.db, &format!("login:ip:{ip}"), 10, 300).await?;
    let email = normalise_email(&form.email);
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
    let Some(user) = user.filter(|_| ok && usable) else {
        // One answer for unknown address, wrong password, locked or blocked account.
        if let Some(known) = queries::user_by_email(&state.db, &email).await? {
            if !ok {
                queries::record_failed_login(&state.db, known.id).await?;
            }
            audit::record(
                &state.db,
                None,
                Action::LoginFailed,
                "person",
                &known.id.to_string(),
                "",
            )
            .await?;
        }
        let errors = FieldErrors::single("email", "login-error-failed");
        let title = page.t("login-title");
        let oidc_links = super::oidc::login_links(&state, &page, &form.terug);
        return Ok(render(&LoginPage {
            page: page.with_title(title),
            email: form.email.chars().take(254).collect(),
            terug: form.terug,
            errors,
            self_registration: state.config.self_registration,
            oidc_links,
        }));
    };
    let (next, cookie) = begin_session(&state, &page, &user, false, "", &form.terug).await?;
    Ok(with_cookie(Redirect::to(&next), cookie))
}

/// Starts the session of a person who just proved who they are (password, or OpenID Connect,
/// whose provider may also have done the second step: `mfa_passed`), audits the login with
/// `detail`, and says where to go next — `back` (made safe), or the second step when it is still
/// to come — with the session cookie.
pub(super) async fn begin_session(
    state: &AppState,
    page: &Page,
    user: &super::model::User,
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
    audit::record(
        &state.db,
        Some(&actor),
        Action::Login,
        "person",
        &user.id.to_string(),
        detail,
    )
    .await?;
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
pub(super) fn next_after_login(totp_enabled: bool, back: &str) -> String {
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
    let title = page.t("code-title");
    render(&CodePage {
        page: page.with_title(title),
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
async fn totp_secret(state: &AppState, user_id: i64, stored: &str) -> AppResult<String> {
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
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("mfa:user:{}", user.id), 10, 300).await?;
    let person = queries::user_by_id(&state.db, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let show_error = |page: Page, key: &str| {
        let title = page.t("code-title");
        render(&CodePage {
            page: page.with_title(title),
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
        audit::record(
            &state.db,
            Some(&user),
            Action::LoginFailed,
            "person",
            &user.id.to_string(),
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

pub use crate::web::Empty;

pub async fn logout(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    session::delete(&state.db, &user.session_hash).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Logout,
        "person",
        &user.id.to_string(),
        "",
    )
    .await?;
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        "",
        0,
        state.config.secure_cookies(),
    );
    Ok(with_cookie(Redirect::to("/"), cookie))
}

pub async fn logout_everywhere(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let ended = session::delete_all_for_user(&state.db, user.id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Logout,
        "person",
        &user.id.to_string(),
        &format!("everywhere ({ended} sessions)"),
    )
    .await?;
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        "",
        0,
        state.config.secure_cookies(),
    );
    Ok(with_cookie(Redirect::to("/inloggen"), cookie))
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
    let title = page.t("forgot-title");
    render(&ForgotPage {
        page: page.with_title(title),
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
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    page: Page,
    Form(form): Form<EmailForm>,
) -> AppResult<Response> {
    let ip = client_ip(&headers, &extensions, state.config.trust_forwarded_for);
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
    let payload = serde_json::json!({ "email": email, "lang": page.lang_code() });
    crate::jobs::enqueue(&state.db.pool, RESET_JOB, &payload, now(), None, 5).await?;
    Ok(notice(
        page,
        "forgot-sent-title",
        "forgot-sent-message",
        None,
    ))
}

pub async fn reset_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let email = payload["email"].as_str().unwrap_or_default();
    let Some(user) = queries::user_by_email(&state.db, email).await? else {
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
fn set_password_page(
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
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
}

fn check_password(form: &PasswordForm, email: &str, name: &str, errors: &mut FieldErrors) {
    if let Some(problem) = password_problem(&form.password, email, name) {
        errors.add("password", problem);
    } else if form.password != form.password_again {
        errors.add("password_again", "password-error-mismatch");
    }
}

pub async fn reset_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    if queries::peek_token(&state.db, &token, "reset")
        .await?
        .is_none()
    {
        return Ok(notice(
            page,
            "token-invalid-title",
            "token-invalid-message",
            Some(("/wachtwoord-vergeten", "token-invalid-link")),
        ));
    }
    Ok(set_password_page(page, &token, None, FieldErrors::new()))
}

pub async fn reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Some(user_id) = queries::peek_token(&state.db, &token, "reset").await? else {
        return Ok(notice(
            page,
            "token-invalid-title",
            "token-invalid-message",
            Some(("/wachtwoord-vergeten", "token-invalid-link")),
        ));
    };
    let user = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    check_password(&form, &user.email, &user.name, &mut errors);
    if !errors.is_empty() {
        return Ok(set_password_page(page, &token, None, errors));
    }
    if queries::consume_token(&state.db, &token, "reset")
        .await?
        .is_none()
    {
        return Ok(notice(
            page,
            "token-invalid-title",
            "token-invalid-message",
            None,
        ));
    }
    let hash = password::hash_async(form.password).await;
    queries::set_password(&state.db, user.id, &hash).await?;
    // A new password ends every session that might have been opened with the old one.
    session::delete_all_for_user(&state.db, user.id).await?;
    audit::record(
        &state.db,
        None,
        Action::Update,
        "person",
        &user.id.to_string(),
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

pub async fn invite_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let Some(user_id) = queries::peek_token(&state.db, &token, "invite").await? else {
        return Ok(notice(
            page,
            "token-invalid-title",
            "invite-invalid-message",
            None,
        ));
    };
    let user = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
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
    let Some(user_id) = queries::peek_token(&state.db, &token, "invite").await? else {
        return Ok(notice(
            page,
            "token-invalid-title",
            "invite-invalid-message",
            None,
        ));
    };
    let user = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let name = form.name.trim().to_string();
    let mut errors = FieldErrors::new();
    if name.is_empty() || name.chars().count() > NAME_MAX {
        errors.add("name", "form-error-name");
    }
    check_password(&form, &user.email, &name, &mut errors);
    if !errors.is_empty() {
        return Ok(set_password_page(
            page,
            &token,
            Some(form.name.chars().take(NAME_MAX * 2).collect()),
            errors,
        ));
    }
    if queries::consume_token(&state.db, &token, "invite")
        .await?
        .is_none()
    {
        return Ok(notice(
            page,
            "token-invalid-title",
            "invite-invalid-message",
            None,
        ));
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
    audit::record(
        &state.db,
        None,
        Action::Update,
        "person",
        &user.id.to_string(),
        "invitation accepted",
    )
    .await?;
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

// ---- self-registration ----------------------------------------------------------------------

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
    let title = page.t("register-title");
    Ok(render(&RegisterPage {
        page: page.with_title(title),
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

/// The same answer whether or not the address already has an account: a known address gets a
/// mail saying so instead of a confirmation link.
pub async fn register(
    State(state): State<AppState>,
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    page: Page,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    if !state.config.self_registration {
        return Err(AppError::NotFound);
    }
    let ip = client_ip(&headers, &extensions, state.config.trust_forwarded_for);
    ratelimit::hit(&state.db, &format!("register:ip:{ip}"), 5, 3600).await?;
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
    if !errors.is_empty() {
        let title = page.t("register-title");
        return Ok(render(&RegisterPage {
            page: page.with_title(title),
            name: form.name.chars().take(NAME_MAX * 2).collect(),
            email: form.email.chars().take(254).collect(),
            errors,
        }));
    }
    let hash = password::hash_async(form.password).await;
    let created = queries::create_user(
        &state.db,
        &queries::NewUser {
            email: &email,
            name: &name,
            lang: page.lang_code(),
            status: UserStatus::Unconfirmed,
            organisation_id: None,
            password_hash: Some(&hash),
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
            let url = link(&state, &format!("/bevestigen/{token}"));
            let mail = crate::mail::compose(&tr, &email, "confirm", &[("name", &name)], Some(&url));
            crate::mail::queue(&state.db, &mail).await?;
            audit::record(
                &state.db,
                None,
                Action::Create,
                "person",
                &id.to_string(),
                "self-registration",
            )
            .await?;
        }
        Err(e) if is_unique_violation(&e) => {
            let url = link(&state, "/wachtwoord-vergeten");
            let mail = crate::mail::compose(&tr, &email, "exists", &[("name", &name)], Some(&url));
            crate::mail::queue(&state.db, &mail).await?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(notice(
        page,
        "register-sent-title",
        "register-sent-message",
        None,
    ))
}

pub async fn confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let Some(user_id) = queries::consume_token(&state.db, &token, "confirm").await? else {
        return Ok(notice(
            page,
            "token-invalid-title",
            "token-invalid-message",
            None,
        ));
    };
    let user = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.status == "unconfirmed" {
        queries::set_status(&state.db, user_id, UserStatus::Active).await?;
    }
    Ok(notice(
        page,
        "confirm-done-title",
        "confirm-done-message",
        Some(("/inloggen", "login-title")),
    ))
}

// ---- my account and two-factor set-up -------------------------------------------------------

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
    let title = page.t("account-title");
    let role_labels = user.roles.iter().map(|r| page.t(r.label_key())).collect();
    Ok(render(&AccountPage {
        page: page.with_title(title),
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
    Extension(user): Extension<CurrentUser>,
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
    Extension(user): Extension<CurrentUser>,
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
    Extension(user): Extension<CurrentUser>,
    page: Page,
) -> AppResult<Response> {
    let (enabled, secret) = pending_secret(&state, user.id).await?;
    let qr_svg = if enabled {
        String::new()
    } else {
        totp::enrolment(&secret, &user.email).1
    };
    let title = page.t("twofactor-title");
    Ok(render(&TwoFactorPage {
        page: page.with_title(title),
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
    Extension(user): Extension<CurrentUser>,
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
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "person",
        &user.id.to_string(),
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

#[cfg(test)]
mod tests {
    use super::{safe_return, DEFAULT_RETURN};

    #[test]
    fn only_local_paths_are_followed_after_login() {
        for good in ["/beheer/meldingen?x=1", "/beheer/mensen?q=a%20b", "/"] {
            assert_eq!(safe_return(good), good);
        }
        for evil in [
            "/\t/evil.example",
            "/\n/evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\evil.example",
            "https://evil.example",
            "/%2F%2Fevil.example",
            "/%2f/evil.example",
            "/%5Cevil.example",
            "/%09/evil.example",
            "/beheer\u{7f}",
            "",
            "beheer",
            "javascript:alert(1)",
            " /beheer",
        ] {
            assert_eq!(safe_return(evil), DEFAULT_RETURN, "{evil:?}");
        }
    }
}
