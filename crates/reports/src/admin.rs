//! Case handling for report handlers (`/beheer/meldingen`): the queue, a case, assigning,
//! status and handling code, due dates, internal notes, messages to the reporter, and the
//! hand-over to the antidiscriminatievoorziening (ADV). Every opening of a case is audited.

use crate::model::{may_change_status, HANDLINGS, MESSAGE_MAX, STATUSES};
use crate::queries::{self, Contact, QueueFilter, ReportRow};
use crate::stats;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Json};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{Permission, Role};
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::{Deserialize, Serialize};

const PAGE_SIZE: i64 = 50;

#[derive(Template)]
#[template(path = "reports/admin_queue.html")]
pub struct QueuePage {
    pub page: Page,
    pub rows: Vec<queries::QueueRow>,
    pub f: QueueFilter,
    pub more: bool,
    pub statuses: &'static [&'static str],
    pub grounds: &'static [&'static str],
    pub buurten: Vec<(String, String)>,
}

pub async fn queue(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    page: Page,
    Query(f): Query<QueueFilter>,
) -> AppResult<Response> {
    let areas = Scope::load(&state.db, &me, Permission::HandleReports)
        .await?
        .areas;
    let mut rows = queries::queue(&state.db, &f, me.id, &areas, PAGE_SIZE + 1).await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let buurten = kansrijk_kernel::areas::list_shared(&state.db)
        .await?
        .iter()
        .filter(|a| a.kind == "neighbourhood" && areas.covers(Some(a.id)))
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let title = page.t("report-queue-title");
    Ok(render(&QueuePage {
        page: page.with_title(title),
        rows,
        f,
        more,
        statuses: STATUSES,
        grounds: crate::model::GROUNDS,
        buurten,
    }))
}

/// A case with its personal content opened.
pub struct CaseView {
    pub row: ReportRow,
    pub grounds: Vec<String>,
    pub wants: Vec<String>,
    pub narrative: Option<String>,
    pub place: Option<String>,
    pub happened_about: Option<String>,
    pub contact: Option<Contact>,
    pub area_name: Option<String>,
    pub assigned_name: Option<String>,
    pub messages: Vec<(String, Option<String>, String, i64)>,
}

/// The report if it lies within the handler's areas (a role limited to a wijk or buurt); any
/// other reference answers 404 like an unknown one, and the attempt is audited.
pub(crate) async fn case_row(
    state: &AppState,
    me: &CurrentUser,
    report_ref: &str,
) -> AppResult<ReportRow> {
    let row = queries::by_ref(&state.db, report_ref)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        me,
        Permission::HandleReports,
        "report",
        &row.r#ref,
        Owner::Area(row.area_id),
    )
    .await?;
    Ok(row)
}

async fn open_case(state: &AppState, me: &CurrentUser, report_ref: &str) -> AppResult<CaseView> {
    let row = case_row(state, me, report_ref).await?;
    let open = |field: &str, value: &Option<String>| {
        value.as_deref().and_then(|v| {
            state
                .sealer
                .open(&queries::place(&row.r#ref, field), v)
                .ok()
        })
    };
    let narrative = open("narrative", &row.narrative_sealed);
    let place = open("place", &row.place_sealed);
    let happened_about = queries::happened_about(&state.sealer, &row);
    let contact = open("contact", &row.contact_sealed).and_then(|c| serde_json::from_str(&c).ok());
    let grounds = queries::grounds(&state.db, row.id).await?;
    let area_name = match row.area_id {
        Some(id) => kansrijk_kernel::areas::list_shared(&state.db)
            .await?
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone()),
        None => None,
    };
    let assigned_name = match row.assigned_to {
        Some(id) => kansrijk_kernel::accounts::queries::user_by_id(&state.db, id)
            .await?
            .map(|u| u.name),
        None => None,
    };
    let mut messages = vec![];
    for m in queries::messages(&state.db, row.id, true).await? {
        let author = match m.author_user_id {
            Some(id) => kansrijk_kernel::accounts::queries::user_by_id(&state.db, id)
                .await?
                .map(|u| u.name),
            None => None,
        };
        let body = queries::open_message(&state.sealer, &row.r#ref, &m).unwrap_or_default();
        messages.push((m.author, author, body, m.created_at));
    }
    Ok(CaseView {
        wants: row
            .wants
            .split(',')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect(),
        row,
        grounds,
        narrative,
        place,
        happened_about,
        contact,
        area_name,
        assigned_name,
        messages,
    })
}

#[derive(Template)]
#[template(path = "reports/admin_case.html")]
pub struct CasePage {
    pub page: Page,
    pub case: CaseView,
    pub handlers: Vec<(i64, String)>,
    pub statuses: Vec<&'static str>,
    pub handlings: &'static [&'static str],
    pub errors: FieldErrors,
    pub draft: String,
}

/// The handlers a report in `area` can be given to: those whose role covers the area (no area
/// limit, the buurt itself, or its wijk or municipality), so nobody gets a case they cannot open.
async fn handlers(state: &AppState, area: Option<i64>) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT u.id, u.name FROM users u JOIN role_assignments r ON r.user_id = u.id \
         WHERE r.role = $1 AND u.status = 'active' AND (r.area_id IS NULL OR r.area_id = $2 \
           OR r.area_id = (SELECT a.parent_id FROM areas a WHERE a.id = $2) \
           OR r.area_id = (SELECT p.parent_id FROM areas a JOIN areas p ON p.id = a.parent_id WHERE a.id = $2)) \
         ORDER BY u.name",
    )
    .bind(Role::ReportHandler.as_str())
    .bind(area)
    .fetch_all(&state.db.pool)
    .await?)
}

async fn case_page(
    state: &AppState,
    me: &CurrentUser,
    report_ref: &str,
    page: Page,
    errors: FieldErrors,
    draft: String,
) -> AppResult<Response> {
    let case = open_case(state, me, report_ref).await?;
    audit::record(&state.db, Some(me), Action::Read, "report", report_ref, "").await?;
    let statuses = STATUSES
        .iter()
        .copied()
        .filter(|s| may_change_status(&case.row.status, s))
        .collect();
    let title = page.t_str("report-case-title", "ref", report_ref);
    Ok(render(&CasePage {
        page: page.with_title(title),
        handlers: handlers(state, case.row.area_id).await?,
        case,
        statuses,
        handlings: HANDLINGS,
        errors,
        draft,
    }))
}

pub async fn case(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
) -> AppResult<Response> {
    case_page(
        &state,
        &me,
        &report_ref,
        page,
        FieldErrors::new(),
        String::new(),
    )
    .await
}

fn back(report_ref: &str) -> Response {
    Redirect::to(&format!("/beheer/meldingen/{report_ref}")).into_response()
}

#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    handler: String,
}

pub async fn assign(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let target = match form.handler.as_str() {
        "" => None,
        "me" => Some(me.id),
        id => match id.parse::<i64>().ok().filter(|_| true) {
            Some(id)
                if handlers(&state, row.area_id)
                    .await?
                    .iter()
                    .any(|(h, _)| *h == id) =>
            {
                Some(id)
            }
            _ => {
                let errors = FieldErrors::single("handler", "report-error-handler");
                return case_page(&state, &me, &report_ref, page, errors, String::new()).await;
            }
        },
    };
    queries::assign(&state.db, row.id, target).await?;
    audit::record(
        &state.db,
        Some(&me),
        Action::Update,
        "report",
        &report_ref,
        &format!("assigned to {target:?}"),
    )
    .await?;
    Ok(back(&report_ref))
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    handling: String,
}

/// Changing the status; closing or referring needs a handling code (for the CBS figures).
pub async fn set_status(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let mut errors = FieldErrors::new();
    if !may_change_status(&row.status, &form.status) {
        errors.add("status", "report-error-status");
    }
    let handling = (!form.handling.is_empty()).then_some(form.handling.as_str());
    if handling.is_some_and(|h| !HANDLINGS.contains(&h))
        || (crate::model::is_finished(&form.status) && handling.is_none() && row.handling.is_none())
    {
        errors.add("handling", "report-error-handling");
    }
    if !errors.is_empty() {
        return case_page(&state, &me, &report_ref, page, errors, String::new()).await;
    }
    queries::set_status(&state.db, row.id, &form.status, handling).await?;
    stats::invalidate(&state.db);
    audit::record(
        &state.db,
        Some(&me),
        Action::Update,
        "report",
        &report_ref,
        &format!("status {} → {}", row.status, form.status),
    )
    .await?;
    Ok(back(&report_ref))
}

#[derive(Deserialize)]
pub struct DueForm {
    #[serde(default)]
    due: String,
}

pub async fn set_due(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<DueForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let due = match form.due.trim() {
        "" => None,
        value => match kansrijk_kernel::time::parse_local_date(value) {
            // Due at the end of that day.
            Some(ts) => Some(ts + 86_399),
            None => {
                let errors = FieldErrors::single("due", "report-error-date");
                return case_page(&state, &me, &report_ref, page, errors, String::new()).await;
            }
        },
    };
    queries::set_due(&state.db, row.id, due).await?;
    audit::record(
        &state.db,
        Some(&me),
        Action::Update,
        "report",
        &report_ref,
        "due date",
    )
    .await?;
    Ok(back(&report_ref))
}

#[derive(Deserialize)]
pub struct TextForm {
    #[serde(default)]
    text: String,
    /// "note" (internal) or "message" (to the reporter).
    #[serde(default)]
    kind: String,
}

/// An internal note, or a message to the reporter (who reads it with their code; if they asked
/// for it, a mail tells them there is news — without the content).
pub async fn add_text(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<TextForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let text = crate::model::clean_text(&form.text);
    let length = text.chars().count();
    if length == 0 || length > MESSAGE_MAX || row.personal_deleted_at.is_some() {
        let errors = FieldErrors::single(
            "text",
            if length == 0 {
                "report-message-error-empty"
            } else {
                "report-error-too-long"
            },
        );
        return case_page(
            &state,
            &me,
            &report_ref,
            page,
            errors,
            form.text.chars().take(MESSAGE_MAX * 2).collect(),
        )
        .await;
    }
    let author = if form.kind == "message" {
        "handler"
    } else {
        "note"
    };
    queries::add_message(&state.db, &state.sealer, &row, author, Some(me.id), &text).await?;
    audit::record(
        &state.db,
        Some(&me),
        Action::Update,
        "report",
        &report_ref,
        author,
    )
    .await?;
    if author == "handler" && row.mail_updates != 0 {
        kansrijk_kernel::jobs::enqueue(
            &state.db.pool,
            crate::NOTIFY_JOB,
            &serde_json::json!({ "ref": report_ref }),
            kansrijk_kernel::db::now(),
            None,
            5,
        )
        .await?;
    }
    Ok(back(&report_ref))
}

// ---- hand-over to the ADV -------------------------------------------------------------------

/// The structured summary the antidiscriminatievoorziening receives (only with consent).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Handover {
    pub reference: String,
    pub received: String,
    pub reporter_role: String,
    pub happened_on: Option<String>,
    pub happened_about: Option<String>,
    pub place: Option<String>,
    pub buurt: Option<String>,
    pub terrain: String,
    pub grounds: Vec<String>,
    pub nature: String,
    pub wants: Vec<String>,
    pub narrative: Option<String>,
    pub contact: Option<Contact>,
    pub handling: Option<String>,
}

async fn handover(state: &AppState, me: &CurrentUser, report_ref: &str) -> AppResult<Handover> {
    let case = open_case(state, me, report_ref).await?;
    if case.row.consent_handover == 0 {
        return Err(AppError::Forbidden);
    }
    audit::record(
        &state.db,
        Some(me),
        Action::Export,
        "report",
        report_ref,
        "hand-over to ADV",
    )
    .await?;
    Ok(Handover {
        reference: case.row.r#ref.clone(),
        received: kansrijk_kernel::time::format_local(case.row.created_at),
        reporter_role: case.row.reporter_role.clone(),
        happened_on: case.row.happened_on.clone(),
        happened_about: case.happened_about,
        place: case.place,
        buurt: case.area_name,
        terrain: case.row.terrain.clone(),
        grounds: case.grounds,
        nature: case.row.nature.clone(),
        wants: case.wants,
        narrative: case.narrative,
        contact: case.contact,
        handling: case.row.handling.clone(),
    })
}

#[derive(Template)]
#[template(path = "reports/admin_handover.html")]
pub struct HandoverPage {
    pub page: Page,
    pub h: Handover,
}

/// A printable summary (the print stylesheet makes it a clean A4).
pub async fn handover_page(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let h = handover(&state, &me, &report_ref).await?;
    let title = page.t("report-handover-title");
    Ok(render(&HandoverPage {
        page: page.with_title(title),
        h,
    }))
}

/// The same summary as a file for the ADV's own registration.
pub async fn handover_file(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(report_ref): Path<String>,
) -> AppResult<Response> {
    let h = handover(&state, &me, &report_ref).await?;
    let mut response = Json(h).into_response();
    let disposition = format!(
        "attachment; filename=\"melding-{}.json\"",
        report_ref.replace(
            |c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_',
            ""
        )
    );
    if let Ok(v) = disposition.parse() {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}
