//! Public account pages: log in (with a second factor), log out, forgotten password, accepting
//! an invitation, self-registration, e-mail confirmation, my account and two-factor set-up.
//! One file per errand; this one holds what they share (the return address after login, the
//! plain message page, the person a mailed link is for).

mod account;
mod data;
mod invitation;
mod login;
mod registration;
mod reset;

pub use account::{
    account, twofactor, twofactor_form, update_account, AccountForm, AccountPage, AccountQuery,
    EnrolForm, TwoFactorPage,
};
pub use data::{
    delete, delete_form, deleted, my_data, my_data_html, my_data_json, DataPage, DeleteForm,
    DeletePage, DeletedPage,
};
pub use invitation::{accept_invite, invite_form};
pub(super) use login::begin_session;
pub use login::{
    code, code_form, login, login_form, logout, logout_everywhere, CodeForm, CodePage, LoginForm,
    LoginPage, WRONG_CODE_LOCK_SECS, WRONG_CODE_MAX, WRONG_CODE_WINDOW_SECS,
};
pub use registration::{confirm, register, register_form, RegisterForm, RegisterPage};
pub use reset::{
    forgot, forgot_form, reset, reset_form, reset_job, EmailForm, ForgotPage, PasswordForm,
    ResetRequest, SetPasswordPage, RESET_JOB,
};

use super::model::User;
use super::queries;
use crate::web::{render, AppError, AppResult, AppState, Page};
use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

pub use crate::web::Empty;

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

pub(in crate::accounts) fn with_cookie(
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

#[derive(Deserialize, Default)]
pub struct ReturnTo {
    #[serde(default)]
    pub terug: String,
}

// ---- the person a mailed link is for -------------------------------------------------------

/// What opening a mailed link does with its one-time token: only look (the form) or use it up
/// (the form sent, the address confirmed).
#[derive(Clone, Copy)]
enum TokenUse {
    Peek,
    Consume,
}

/// The person a link's token (`purpose`: reset, invite, confirm) is for, while it is valid.
async fn token_holder(
    state: &AppState,
    token: &str,
    purpose: &str,
    token_use: TokenUse,
) -> AppResult<Option<User>> {
    let user_id = match token_use {
        TokenUse::Peek => queries::peek_token(&state.db, token, purpose).await?,
        TokenUse::Consume => queries::consume_token(&state.db, token, purpose).await?,
    };
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    let user = queries::user_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Some(user))
}

/// "This link no longer works", with `message_key` saying why and maybe where to go instead.
fn invalid_link(page: Page, message_key: &str, link: Option<(&str, &str)>) -> Response {
    notice(page, "token-invalid-title", message_key, link)
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
