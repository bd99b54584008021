//! Sessions live in the database (so any app instance can serve any request), identified by a
//! random cookie of which only the hash is stored. Idle and absolute timeouts; "log out
//! everywhere" deletes them all.

use super::model::CurrentUser;
use super::queries;
use crate::crypto::{random_token, sha256_hex};
use crate::db::{now, Db};
use crate::web::forms::{CsrfBinding, CsrfIssued};
use crate::web::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

pub const SESSION_COOKIE: &str = "kr_session";
pub const CSRF_COOKIE: &str = "kr_csrf";

/// Starts a session and returns the cookie value.
pub async fn create(
    db: &Db,
    user_id: i64,
    mfa_passed: bool,
    absolute_secs: i64,
) -> sqlx::Result<String> {
    let token = random_token(32);
    let ts = now();
    let (_gate, pool) = db.write().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, mfa_passed, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
    )
    .bind(sha256_hex(&token))
    .bind(user_id)
    .bind(mfa_passed as i64)
    .bind(ts)
    .bind(ts + absolute_secs)
    .execute(pool)
    .await?;
    Ok(token)
}

pub async fn set_mfa_passed(db: &Db, session_hash: &str) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query("UPDATE sessions SET mfa_passed = 1 WHERE token_hash = $1")
        .bind(session_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(db: &Db, session_hash: &str) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(session_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// "Log out everywhere" (and what a password change or a blocked account does).
pub async fn delete_all_for_user(db: &Db, user_id: i64) -> sqlx::Result<u64> {
    let (_gate, pool) = db.write().await?;
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(pool)
        .await?
        .rows_affected())
}

pub async fn count_for_user(db: &Db, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
        .bind(user_id)
        .bind(now())
        .fetch_one(&db.pool)
        .await
}

/// Removes expired sessions (run by the cleanup job).
pub async fn delete_expired(db: &Db, idle_secs: i64) -> sqlx::Result<u64> {
    let ts = now();
    let (_gate, pool) = db.write().await?;
    Ok(
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(ts)
            .bind(ts - idle_secs)
            .execute(pool)
            .await?
            .rows_affected(),
    )
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    user_id: i64,
    mfa_passed: i64,
    last_seen_at: i64,
    name: String,
    email: String,
    lang: String,
    organisation_id: Option<i64>,
    totp_enabled: i64,
}

/// The person of a session cookie, if the session is still valid.
pub async fn load(db: &Db, token: &str, idle_secs: i64) -> sqlx::Result<Option<CurrentUser>> {
    let hash = sha256_hex(token);
    let ts = now();
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.user_id, s.mfa_passed, s.last_seen_at, u.name, u.email, u.lang, u.organisation_id, u.totp_enabled \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.status = 'active'",
    )
    .bind(&hash)
    .bind(ts)
    .bind(ts - idle_secs)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    // Touch at most once a minute: a write per page view would be wasteful.
    if ts - row.last_seen_at >= 60 {
        let (_gate, pool) = db.write().await?;
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(ts)
            .bind(&hash)
            .execute(pool)
            .await?;
    }
    let assignments = queries::role_assignments(db, row.user_id).await?;
    let mut roles: Vec<_> = assignments.iter().filter_map(|a| a.role()).collect();
    roles.sort();
    roles.dedup();
    Ok(Some(CurrentUser {
        id: row.user_id,
        name: row.name,
        email: row.email,
        lang: row.lang,
        organisation_id: row.organisation_id,
        assignments,
        roles,
        totp_enabled: row.totp_enabled != 0,
        mfa_passed: row.mfa_passed != 0,
        session_hash: hash,
        token: None,
    }))
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value; `max_age` 0 removes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The visitor's `kr_csrf` cookie, if it has a well-formed one (what an anonymous visitor's
/// CSRF token is bound to).
pub fn csrf_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers, CSRF_COOKIE).filter(|v| v.len() == 43)
}

/// A new `kr_csrf` cookie: the value and its `Set-Cookie`.
pub fn new_csrf_cookie(secure: bool) -> (String, HeaderValue) {
    let value = random_token(32);
    let header = set_cookie(CSRF_COOKIE, &value, 60 * 60 * 24, secure);
    (value, header)
}

/// Loads the current person (if any) and the CSRF binding into the request.
pub async fn middleware(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let secure = state.config.secure_cookies();
    // Static files need no person and no cookie.
    if request.uri().path().starts_with("/static/") {
        return next.run(request).await;
    }
    let mut set_cookies = vec![];
    let mut user = None;
    if let Some(token) = cookie_value(request.headers(), SESSION_COOKIE) {
        match load(&state.db, &token, state.config.session_idle_secs()).await {
            Ok(Some(u)) => user = Some(u),
            Ok(None) => set_cookies.push(set_cookie(SESSION_COOKIE, "", 0, secure)),
            // Database away: carry on anonymously; protected pages will ask to log in.
            Err(e) => tracing::warn!(error = %e, "session lookup failed"),
        }
    }
    let mut fresh_cookie = None;
    // The page cache may have put the flag in already, to learn whether the page has a form.
    let issued = request
        .extensions()
        .get::<CsrfIssued>()
        .cloned()
        .unwrap_or_default();
    let binding = match &user {
        Some(u) => CsrfBinding(u.session_hash.clone()),
        None => match csrf_cookie(request.headers()) {
            Some(v) => CsrfBinding(v),
            None => {
                // A fresh cookie, sent only if the page really shows a form (see below).
                let (value, header) = new_csrf_cookie(secure);
                fresh_cookie = Some(header);
                CsrfBinding(value)
            }
        },
    };
    request.extensions_mut().insert(binding);
    request.extensions_mut().insert(issued.clone());
    if let Some(u) = user {
        request.extensions_mut().insert(u);
    }
    let mut response = next.run(request).await;
    if issued.has_placeholders() {
        // The page cache fills in the token and sends the cookie that goes with it, per answer;
        // the mark keeps the compression layer off the body it has yet to fill in.
        response.extensions_mut().insert(issued);
    } else if let Some(fresh) = fresh_cookie.filter(|_| issued.is_set()) {
        // Pages without a form set no cookie, so they stay cacheable and cookie-free.
        set_cookies.push(fresh);
    }
    for cookie in set_cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
