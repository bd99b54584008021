//! Requests to see or erase one's data received by letter, by mail or at the counter (AVG art. 15
//! and 17), handled by a coordinator on `/beheer/verzoeken`: registered with the person
//! identified and a deadline of 30 days, answered with the same export the person gets on
//! `/account/gegevens` (a JSON file), or erased by the same rules (refused while the person has
//! work to hand over). Every step is audited.

use crate::accounts::model::CurrentUser;
use crate::audit::{self, Action};
use crate::db::{now, Db};
use crate::rights;
use crate::web::{render, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId};
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The answer is due 30 days after the request came in (AVG art. 12(3)).
pub const ANSWER_DAYS: i64 = 30;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Request {
    pub id: i64,
    pub kind: String,
    pub channel: String,
    pub person_id: Option<i64>,
    pub person_email: Option<String>,
    pub note_sealed: Option<String>,
    pub received_at: i64,
    pub due_at: i64,
    pub status: String,
}

impl Request {
    pub fn kind_key(&self) -> String {
        format!("rights-requests-kind-{}", self.kind)
    }

    pub fn channel_key(&self) -> String {
        format!("rights-requests-channel-{}", self.channel)
    }

    pub fn status_key(&self) -> String {
        format!("rights-requests-status-{}", self.status)
    }

    pub fn overdue(&self) -> bool {
        self.status == "open" && self.due_at < now()
    }
}

const SELECT: &str = "SELECT r.id, r.kind, r.channel, r.person_id, u.email AS person_email, r.note_sealed, \
       r.received_at, r.due_at, r.status FROM rights_requests r LEFT JOIN users u ON u.id = r.person_id";

async fn list(db: &Db) -> sqlx::Result<Vec<Request>> {
    sqlx::query_as(&format!(
        "{SELECT} ORDER BY CASE r.status WHEN 'open' THEN 0 ELSE 1 END, r.due_at, r.id"
    ))
    .fetch_all(&db.pool)
    .await
}

async fn one(db: &Db, id: i64) -> AppResult<Request> {
    sqlx::query_as(&format!("{SELECT} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(AppError::NotFound)
}

async fn set_status(db: &Db, id: i64, status: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE rights_requests SET status = $2, answered_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status)
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "admin/rights_requests.html")]
pub struct RequestsPage {
    pub page: Page,
    pub requests: Vec<Request>,
    pub form: RequestForm,
    pub errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub kind: String,
    pub channel: String,
    pub email: String,
    pub received: String,
    pub note: String,
}

async fn requests_page(
    state: &AppState,
    page: Page,
    form: RequestForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    Ok(render(&RequestsPage {
        page: page.titled("rights-requests-title"),
        requests: list(&state.db).await?,
        form,
        errors,
    }))
}

/// `GET /beheer/verzoeken`: the requests, open ones first by deadline, and the form.
pub async fn requests(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    requests_page(&state, page, RequestForm::default(), FieldErrors::new()).await
}

/// `POST /beheer/verzoeken`: registers a request for an identified account.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<RequestForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    if !["access", "erasure"].contains(&form.kind.as_str()) {
        errors.add("kind", "rights-requests-error-kind");
    }
    if !["letter", "counter", "mail"].contains(&form.channel.as_str()) {
        errors.add("channel", "rights-requests-error-channel");
    }
    let received = crate::time::parse_local_date(&form.received).filter(|d| *d <= now());
    if received.is_none() {
        errors.add("received", "rights-requests-error-received");
    }
    let person = crate::accounts::queries::user_by_email(&state.db, form.email.trim()).await?;
    if person.is_none() {
        errors.add("email", "rights-requests-error-person");
    }
    let (Some(received), Some(person), true) = (received, person, errors.is_empty()) else {
        return requests_page(&state, page, form, errors).await;
    };
    let note = state.sealer.seal_opt(
        &format!("rights-request:{}:note", person.id),
        Some(form.note.trim()),
    );
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO rights_requests (kind, channel, person_id, note_sealed, received_at, due_at, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(&form.kind)
    .bind(&form.channel)
    .bind(person.id)
    .bind(note)
    .bind(received)
    .bind(received + ANSWER_DAYS * 86_400)
    .bind(user.id)
    .bind(now())
    .fetch_one(&state.db.pool)
    .await?;
    let detail = format!("{} request for person {}", form.kind, person.id);
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "rights_request",
        &id.to_string(),
        &detail,
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/verzoeken/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "admin/rights_request.html")]
pub struct RequestPage {
    pub page: Page,
    pub r: Request,
    pub note: String,
    pub open_work: Vec<String>,
}

/// `GET /beheer/verzoeken/{id}`: the request, its deadline, and what can be done.
pub async fn request(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let r = one(&state.db, id).await?;
    let note = match (&r.note_sealed, r.person_id) {
        (Some(sealed), Some(p)) => state
            .sealer
            .open(&format!("rights-request:{p}:note"), sealed)
            .map_err(|e| AppError::Internal(e.into()))?,
        _ => String::new(),
    };
    audit::record(
        &state.db,
        Some(&user),
        Action::Read,
        "rights_request",
        &id.to_string(),
        "",
    )
    .await?;
    let open_work = match subject_of(&state, &r).await? {
        Some(s) => rights::open_work(&state, &s)
            .await
            .map_err(AppError::Internal)?
            .into_iter()
            .map(|(key, n)| page.t_num(key, "count", n))
            .collect(),
        None => vec![],
    };
    Ok(render(&RequestPage {
        page: page.titled("rights-requests-title"),
        r,
        note,
        open_work,
    }))
}

async fn subject_of(state: &AppState, r: &Request) -> AppResult<Option<rights::Subject>> {
    match (r.person_id, &r.person_email) {
        (Some(id), Some(email)) if !rights::is_erased_address(email) => {
            Ok(rights::subject(&state.db, id).await?)
        }
        _ => Ok(None),
    }
}

/// `GET /beheer/verzoeken/{id}/antwoord`: the export of the person, as the answer to send.
pub async fn answer(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
) -> AppResult<Response> {
    let r = one(&state.db, id).await?;
    let subject = subject_of(&state, &r).await?.ok_or(AppError::NotFound)?;
    let export = rights::export(&state, &subject)
        .await
        .map_err(AppError::Internal)?;
    let detail = format!("export of person {} for the request", subject.person_id);
    audit::record(
        &state.db,
        Some(&user),
        Action::Export,
        "rights_request",
        &id.to_string(),
        &detail,
    )
    .await?;
    let body = serde_json::to_string_pretty(&export).map_err(|e| AppError::Internal(e.into()))?;
    let disposition = format!("attachment; filename=\"verzoek-{id}.json\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

/// `POST /beheer/verzoeken/{id}/afgehandeld`: the answer was sent (an access request), or the
/// data erased (an erasure request: erased here, refused while there is work to hand over).
pub async fn complete(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let r = one(&state.db, id).await?;
    if r.status != "open" {
        return Ok(Redirect::to(&format!("/beheer/verzoeken/{id}")).into_response());
    }
    if r.kind == "erasure" {
        if let Some(s) = subject_of(&state, &r).await? {
            if !rights::open_work(&state, &s)
                .await
                .map_err(AppError::Internal)?
                .is_empty()
            {
                return Ok(Redirect::to(&format!("/beheer/verzoeken/{id}")).into_response());
            }
            rights::erase(&state, &s, &user, &format!("erased on request {id}"))
                .await
                .map_err(AppError::Internal)?;
        }
    }
    set_status(&state.db, id, "answered").await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "rights_request",
        &id.to_string(),
        "answered",
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/verzoeken/{id}")).into_response())
}
