//! My data (AVG art. 15 and 20) and deleting my account (art. 17): the export of every module
//! as a page, as JSON and as a readable HTML file; deletion after the password (and the second
//! step when the account has one), refused while the person still has work to hand over.

use crate::accounts::model::CurrentUser;
use crate::accounts::{password, queries, session, totp};
use crate::audit::{self, Action};
use crate::db::now;
use crate::ratelimit;
use crate::rights::{self, Section, Subject};
use crate::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/data.html")]
pub struct DataPage {
    pub page: Page,
    pub sections: Vec<Section>,
    /// True for the downloaded file: no links to the other formats.
    pub download: bool,
}

async fn subject_of(state: &AppState, user: &CurrentUser) -> AppResult<Subject> {
    rights::subject(&state.db, user.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The export of the person's own data, with an audit entry (ids only) naming the form.
async fn own_export(
    state: &AppState,
    user: &CurrentUser,
    form: &str,
) -> AppResult<serde_json::Value> {
    let subject = subject_of(state, user).await?;
    let export = rights::export(state, &subject)
        .await
        .map_err(AppError::Internal)?;
    audit::person(
        &state.db,
        Some(user),
        Action::Export,
        user.id,
        &format!("own data ({form})"),
    )
    .await?;
    Ok(export)
}

async fn data_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    download: bool,
) -> AppResult<String> {
    let export = own_export(state, user, if download { "html" } else { "page" }).await?;
    let sections = rights::sections(&export, &state.i18n, page.lang());
    DataPage {
        page: page.titled("rights-title"),
        sections,
        download,
    }
    .render()
    .map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))
}

/// `GET /account/gegevens`: what the platform holds about me, per module.
pub async fn my_data(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let html = data_page(&state, &user, page, false).await?;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
}

/// `GET /account/gegevens/html`: the same as a file to keep.
pub async fn my_data_html(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let html = data_page(&state, &user, page, true).await?;
    Ok(attachment(
        "text/html; charset=utf-8",
        "mijn-gegevens.html",
        html,
    ))
}

/// `GET /account/gegevens/json`: the export as JSON (AVG art. 20).
pub async fn my_data_json(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    let export = own_export(&state, &user, "json").await?;
    let body = serde_json::to_string_pretty(&export).map_err(|e| AppError::Internal(e.into()))?;
    Ok(attachment("application/json", "mijn-gegevens.json", body))
}

fn attachment(kind: &'static str, name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
pub struct DeletePage {
    pub page: Page,
    pub needs_code: bool,
    /// What must be handed over first: (text, count).
    pub open_work: Vec<(String, i64)>,
    pub sessions: i64,
    pub errors: FieldErrors,
}

async fn delete_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    errors: FieldErrors,
) -> AppResult<Response> {
    let subject = subject_of(state, user).await?;
    let open_work = rights::open_work(state, &subject)
        .await
        .map_err(AppError::Internal)?
        .into_iter()
        .map(|(key, n)| (page.t_num(key, "count", n), n))
        .collect();
    let sessions = session::count_for_user(&state.db, user.id).await?;
    Ok(render(&DeletePage {
        page: page.titled("rights-delete-title"),
        needs_code: user.totp_enabled,
        open_work,
        sessions,
        errors,
    }))
}

/// `GET /account/verwijderen`: what deleting means, and the form.
pub async fn delete_form(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    delete_page(&state, &user, page, FieldErrors::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeleteForm {
    pub password: String,
    pub code: String,
}

/// True when the code is the account's current two-step code (each code counts once).
async fn code_matches(state: &AppState, user: &CurrentUser, code: &str) -> AppResult<bool> {
    let person = queries::user_by_id(&state.db, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(stored) = person.totp_secret.filter(|_| person.totp_enabled != 0) else {
        return Ok(false);
    };
    let (secret, _) = totp::open_secret(&state.sealer, user.id, &stored)
        .map_err(|e| AppError::Internal(e.into()))?;
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    Ok(match totp::matching_step(&secret, &digits, now() as u64) {
        Some(step) => queries::use_totp_step(&state.db, user.id, step).await?,
        None => false,
    })
}

/// `POST /account/verwijderen`: deletes the account after the password (and the code).
pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    ratelimit::hit(&state.db, &format!("delete:user:{}", user.id), 10, 300).await?;
    let stored = queries::user_by_id(&state.db, user.id)
        .await?
        .and_then(|u| u.password_hash);
    let mut errors = FieldErrors::new();
    if !password::verify_async(form.password, stored).await {
        errors.add("password", "rights-delete-error-password");
    } else if user.totp_enabled && !code_matches(&state, &user, &form.code).await? {
        errors.add("code", "code-error-wrong");
    }
    let subject = subject_of(&state, &user).await?;
    let open = rights::open_work(&state, &subject)
        .await
        .map_err(AppError::Internal)?;
    if !errors.is_empty() || !open.is_empty() {
        return delete_page(&state, &user, page, errors).await;
    }
    rights::erase(&state, &subject, &user, "own account erased")
        .await
        .map_err(AppError::Internal)?;
    let cookie = session::set_cookie(
        session::SESSION_COOKIE,
        "",
        0,
        state.config.secure_cookies(),
    );
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to("/account/verwijderd"),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "accounts/deleted.html")]
pub struct DeletedPage {
    pub page: Page,
}

/// `GET /account/verwijderd`: the account is gone.
pub async fn deleted(page: Page) -> Response {
    render(&DeletedPage {
        page: page.titled("rights-deleted-title"),
    })
}
