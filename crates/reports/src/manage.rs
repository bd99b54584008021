//! Case handling for report handlers (`/beheer/meldingen`): the queue, a case, assigning,
//! status and handling code, due dates, internal notes, messages to the reporter, and the
//! hand-over to the antidiscriminatievoorziening (ADV). Every opening of a case is audited.
//! And the staff figures (exact counts) at `/beheer/meldingen/cijfers`.

use crate::handlers::{area_names, category_label, chosen_year, YearQuery};
use crate::jobs::{NotifyPayload, NOTIFY_JOB};
use crate::model::{
    may_change_status, validate_due, validate_message, StatusForm, HANDLINGS, MESSAGE_MAX, STATUSES,
};
use crate::queries::{self, Contact, QueueFilter, ReportRow};
use crate::stats;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::accounts::queries::people_with_role;
use kansrijk_kernel::areas::{AreaChoice, Offer};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{Permission, Role};
use kansrijk_kernel::db::now;
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::{Deserialize, Serialize};

const PAGE_SIZE: i64 = 50;

#[derive(Template)]
#[template(path = "beheer/queue.html")]
pub struct QueuePage {
    pub page: Page,
    pub rows: Vec<queries::QueueRow>,
    pub f: QueueFilter,
    pub more: bool,
    pub statuses: &'static [&'static str],
    pub grounds: &'static [&'static str],
    /// (CBS code, name) of the buurten the filter offers: those within the person's areas, at
    /// national scale of one municipality.
    pub buurten: Vec<(String, String)>,
    /// At national scale: the municipality whose buurten the filter offers.
    pub places: AreaChoice,
}

pub async fn queue(
    State(state): State<AppState>,
    me: CurrentUser,
    page: Page,
    Query(mut f): Query<QueueFilter>,
) -> AppResult<Response> {
    let areas = Scope::load(&state.db, &me, Permission::HandleReports)
        .await?
        .areas;
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let chosen = index.by_code(&f.buurt).map(|a| a.id);
    let places = index.choice(Offer::Buurten, &f.gemeente, chosen);
    // A buurt outside the chosen municipality no longer filters (as on the agenda): the page
    // never filters on a buurt it does not show.
    if places.by_municipality() && chosen.is_some_and(|id| !places.offers(id)) {
        f.buurt.clear();
    }
    let mut rows = queries::queue(&state.db, &f, me.id, &areas, PAGE_SIZE + 1).await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let buurten = places
        .options
        .iter()
        .filter(|(id, _)| areas.covers(Some(*id)))
        .filter_map(|(id, name)| Some((index.get(*id)?.code.clone(), name.clone())))
        .collect();
    Ok(render(&QueuePage {
        page: page.titled("report-queue-title"),
        rows,
        f,
        more,
        statuses: STATUSES,
        grounds: crate::model::GROUNDS,
        buurten,
        places,
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

impl CaseView {
    /// The reporter asked for mediation: the page offers to pass the report on.
    pub fn wants_mediation(&self) -> bool {
        self.wants.iter().any(|w| w == "mediation")
    }
}

/// The report if it lies within the handler's areas (a role limited to a wijk or buurt); any
/// other reference answers 404 like an unknown one, and the attempt is audited.
pub async fn case_row(
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
#[template(path = "beheer/case.html")]
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
    Ok(people_with_role(&state.db, Role::ReportHandler, area)
        .await?
        .into_iter()
        .map(|h| (h.user_id, h.name))
        .collect())
}

/// The case page, with `errors` beside their fields (also for forms that post elsewhere, such as
/// the conversion to a mediation request).
pub async fn case_page(
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
    me: CurrentUser,
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

/// Audits a change to a case and goes back to it.
async fn changed(
    state: &AppState,
    me: &CurrentUser,
    report_ref: &str,
    detail: &str,
) -> AppResult<Response> {
    audit::record(
        &state.db,
        Some(me),
        Action::Update,
        "report",
        report_ref,
        detail,
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/meldingen/{report_ref}")).into_response())
}

#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    handler: String,
}

pub async fn assign(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let target = match form.handler.as_str() {
        "" => None,
        "me" => Some(me.id),
        id => match id.parse::<i64>().ok() {
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
    changed(&state, &me, &report_ref, &format!("assigned to {target:?}")).await
}

/// Changing the status; closing or referring needs a handling code (for the CBS figures).
pub async fn set_status(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let new = match form.validate(&row.status, row.handling.is_some()) {
        Ok(new) => new,
        Err(errors) => {
            return case_page(&state, &me, &report_ref, page, errors, String::new()).await;
        }
    };
    queries::set_status(&state.db, row.id, &new.status, new.handling.as_deref()).await?;
    stats::invalidate(&state.db);
    let detail = format!("status {} → {}", row.status, new.status);
    changed(&state, &me, &report_ref, &detail).await
}

#[derive(Deserialize)]
pub struct DueForm {
    #[serde(default)]
    due: String,
}

pub async fn set_due(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<DueForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let due = match validate_due(&form.due) {
        Ok(due) => due,
        Err(errors) => {
            return case_page(&state, &me, &report_ref, page, errors, String::new()).await;
        }
    };
    queries::set_due(&state.db, row.id, due).await?;
    changed(&state, &me, &report_ref, "due date").await
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
    me: CurrentUser,
    Path(report_ref): Path<String>,
    page: Page,
    Form(form): Form<TextForm>,
) -> AppResult<Response> {
    let row = case_row(&state, &me, &report_ref).await?;
    let deleted = row.personal_deleted_at.is_some();
    let text = match validate_message("text", &form.text, deleted) {
        Ok(text) => text,
        Err(errors) => {
            let draft = form.text.chars().take(MESSAGE_MAX * 2).collect();
            return case_page(&state, &me, &report_ref, page, errors, draft).await;
        }
    };
    let author = if form.kind == "message" {
        "handler"
    } else {
        "note"
    };
    let m = queries::NewMessage {
        author,
        user_id: Some(me.id),
        body: &text,
    };
    queries::add_message(&state.db, &state.sealer, &row, m).await?;
    if author == "handler" && row.mail_updates {
        let payload = NotifyPayload {
            report_ref: report_ref.clone(),
        };
        kansrijk_kernel::jobs::enqueue(&state.db.pool, NOTIFY_JOB, &payload, now(), None, 5)
            .await?;
    }
    changed(&state, &me, &report_ref, author).await
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
    if !case.row.consent_handover {
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
#[template(path = "beheer/handover.html")]
pub struct HandoverPage {
    pub page: Page,
    pub h: Handover,
}

/// A printable summary (the print stylesheet makes it a clean A4).
pub async fn handover_page(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(report_ref): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let h = handover(&state, &me, &report_ref).await?;
    Ok(render(&HandoverPage {
        page: page.titled("report-handover-title"),
        h,
    }))
}

/// The same summary as a file for the ADV's own registration.
pub async fn handover_file(
    State(state): State<AppState>,
    me: CurrentUser,
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

// ---- staff figures ---------------------------------------------------------------------------

/// A heading and its rows (label, count per quarter).
pub type StaffTable = (String, Vec<(String, Vec<i64>)>);

#[derive(Template)]
#[template(path = "beheer/figures.html")]
pub struct StaffFiguresPage {
    pub page: Page,
    pub year: i32,
    pub years: Vec<i32>,
    pub totals: Vec<i64>,
    pub tables: Vec<StaffTable>,
}

/// Exact counts for the staff (no suppression: they may see them; nothing personal is shown).
pub async fn staff_figures(
    State(state): State<AppState>,
    me: CurrentUser,
    page: Page,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (year, years) = chosen_year(&state, &q).await?;
    // A handler limited to a wijk or buurt counts the reports in it only.
    let areas = Scope::load(&state.db, &me, Permission::ViewReportFigures)
        .await?
        .areas;
    let counts = stats::year_counts(&state.db, year, &areas).await?;
    let buurten = area_names(&state).await?;
    let mut tables = vec![];
    for (dimension, categories, quarters) in counts
        .breakdowns
        .iter()
        .map(|b| (b.dimension.to_string(), &b.categories, &b.counts))
        .chain(std::iter::once((
            "ground".to_string(),
            &counts.grounds.0,
            &counts.grounds.1,
        )))
    {
        let rows = categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    category_label(&page, &dimension, c, &buurten),
                    (0..4).map(|q| quarters[q][i]).collect(),
                )
            })
            .collect();
        tables.push((page.t(format!("report-figures-by-{dimension}")), rows));
    }
    Ok(render(&StaffFiguresPage {
        page: page.titled("report-staff-figures-title"),
        year,
        years,
        totals: counts.quarter_totals.to_vec(),
        tables,
    }))
}
