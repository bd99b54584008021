//! An activity's registrations: the list with access needs and feedback, the CSV export,
//! check-in at the door, the printable attendance sheet, and the feedback figures.

use super::own_details;
use crate::handlers::Details;
use crate::model::{Answer, CheckinForm, Kind, RegStatus, QUESTIONS};
use crate::queries::{self, FeedbackSummary, GroupBy, Registration};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::web::{render, AppResult, AppState, Form, Page, RecordId};
use kansrijk_programme::model::Pillar;

/// A feedback summary ready to show: per question the percentages, or nothing when too few.
pub struct Figures {
    /// Unique on the page (the table's caption id).
    pub id: String,
    pub label: String,
    pub total: i64,
    pub shown: bool,
    pub rows: Vec<(&'static str, Vec<String>)>,
}

pub fn figures_of(s: &FeedbackSummary, label: String) -> Figures {
    let shown = s.total >= crate::model::MIN_CELL;
    Figures {
        id: format!("fig-{}", s.group),
        label,
        total: s.total,
        shown,
        rows: QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, (_, key))| {
                (
                    *key,
                    s.counts[i]
                        .iter()
                        .map(|c| {
                            crate::model::suppressed(*c, s.total)
                                .map(|p| format!("{p}%"))
                                .unwrap_or_default()
                        })
                        .collect(),
                )
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "beheer/registrations.html")]
pub struct RegistrationsPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub present: i64,
    pub walk_ins: i64,
    pub feedback: Option<Figures>,
    pub answers: [Answer; 3],
    pub comments: Vec<String>,
}

/// The activity and all its registrations, their reading audited: on the page (`Action::Read`)
/// or as CSV (`Action::Export`, with the number of rows).
async fn registrations_of(
    state: &AppState,
    user: &CurrentUser,
    page: &Page,
    id: i64,
    action: Action,
) -> AppResult<(Details, Vec<Registration>)> {
    let d = own_details(state, user, page, id).await?;
    let list = queries::registrations(&state.db, d.a.id).await?;
    let detail = match action {
        Action::Export => format!("{} rows", list.len()),
        _ => String::new(),
    };
    let id = d.a.id.to_string();
    let kind = "activity_registrations";
    audit::record(&state.db, Some(user), action, kind, &id, &detail).await?;
    Ok((d, list))
}

/// `GET /beheer/activiteiten/{id}/aanmeldingen`: registrations, access needs, attendance, feedback.
pub async fn registrations(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let (d, list) = registrations_of(&state, &user, &page, id, Action::Read).await?;
    let id = d.a.id;
    let (_, present, walk_ins) = queries::attendance(&state.db, id).await?;
    let summary = queries::feedback_summary(&state.db, GroupBy::Activity(id)).await?;
    let feedback = summary.first().map(|s| figures_of(s, String::new()));
    // Comments are shown only once enough people answered, so nobody is recognisable.
    let comments = if feedback.as_ref().is_some_and(|f| f.shown) {
        queries::feedback_comments(&state.db, id).await?
    } else {
        vec![]
    };
    Ok(render(&RegistrationsPage {
        page: titled(page, "manage-registrations-title", &d),
        d,
        list,
        present,
        walk_ins,
        feedback,
        answers: Answer::ALL,
        comments,
    }))
}

/// `GET /beheer/activiteiten/{id}/export`: the registrations as CSV with a header row.
pub async fn export_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let (d, list) = registrations_of(&state, &user, &page, id, Action::Export).await?;
    let yes = |f: bool| {
        if f {
            page.t("form-yes")
        } else {
            String::new()
        }
    };
    let mut csv = kansrijk_kernel::csv::Writer::new();
    csv.row(
        [
            "csv-name",
            "csv-email",
            "csv-phone",
            "csv-people",
            "csv-status",
            "csv-interpreter",
            "csv-sign-language",
            "csv-wheelchair",
            "csv-childcare",
            "csv-other-needs",
            "csv-present",
            "csv-registered-at",
        ]
        .map(|k| page.t(k)),
    );
    for r in &list {
        let interpreter = if r.interpreter {
            format!("{} {}", page.t("form-yes"), r.interpreter_lang)
                .trim()
                .to_string()
        } else {
            String::new()
        };
        csv.row([
            r.name.clone(),
            r.email.clone().unwrap_or_default(),
            r.phone.clone().unwrap_or_default(),
            r.people.to_string(),
            page.t(r.status().key()),
            interpreter,
            yes(r.sign_language),
            yes(r.wheelchair),
            yes(r.childcare),
            r.other_needs.clone(),
            yes(r.checked_in),
            kansrijk_kernel::time::format_local(r.created_at),
        ]);
    }
    Ok(csv.download(&format!("aanmeldingen-{}.csv", d.a.id)))
}

/// The activity and the registrations that have a place (the people expected at the door),
/// with the page titled `title_key` and the activity.
async fn confirmed(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    id: i64,
    title_key: &str,
) -> AppResult<(Page, Details, Vec<Registration>)> {
    let d = own_details(state, user, &page, id).await?;
    let list = queries::registrations(&state.db, d.a.id)
        .await?
        .into_iter()
        .filter(|r| r.status() == RegStatus::Confirmed)
        .collect();
    Ok((titled(page, title_key, &d), d, list))
}

/// The page titled "`key` · the activity's title".
fn titled(page: Page, key: &str, d: &Details) -> Page {
    let title = format!("{} · {}", page.t(key), d.a.title);
    page.with_title(title)
}

#[derive(Template)]
#[template(path = "beheer/checkin.html")]
pub struct CheckinPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub present: i64,
    pub walk_ins: i64,
}

/// `GET /beheer/activiteiten/{id}/aanwezig`: tick people off at the door (works on a phone).
pub async fn checkin(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let (page, d, list) = confirmed(&state, &user, page, id, "checkin-title").await?;
    let (_, present, walk_ins) = queries::attendance(&state.db, d.a.id).await?;
    Ok(render(&CheckinPage {
        page,
        d,
        list,
        present,
        walk_ins,
    }))
}

/// `POST /beheer/activiteiten/{id}/aanwezig`: one tick, or the number of walk-ins.
pub async fn checkin_save(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(f): Form<CheckinForm>,
) -> AppResult<Response> {
    let id = super::own_activity(&state, &user, id, page.lang())
        .await?
        .id;
    let Ok(change) = f.validate() else {
        return Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanwezig")).into_response());
    };
    let mut anchor = String::new();
    if let Some((r, present)) = change.tick {
        queries::set_checked_in(&state.db, id, r, present).await?;
        anchor = format!("#r-{r}");
    }
    if let Some(n) = change.walk_ins {
        queries::set_walk_ins(&state.db, id, n).await?;
        anchor = "#walk-ins".into();
    }
    Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanwezig{anchor}")).into_response())
}

#[derive(Template)]
#[template(path = "beheer/sheet.html")]
pub struct SheetPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub feedback_url: String,
    pub qr: String,
}

/// `GET /beheer/activiteiten/{id}/presentielijst`: printable, with a QR code to the feedback.
pub async fn attendance_sheet(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let (page, d, list) = confirmed(&state, &user, page, id, "sheet-title").await?;
    let feedback_url = format!(
        "{}/activiteiten/{}/feedback",
        state.config.public_url(),
        d.a.id
    );
    let qr = kansrijk_kernel::qr::svg(&feedback_url, 160);
    Ok(render(&SheetPage {
        page,
        d,
        list,
        feedback_url,
        qr,
    }))
}

#[derive(Template)]
#[template(path = "beheer/figures.html")]
pub struct FiguresPage {
    pub page: Page,
    pub by_kind: Vec<Figures>,
    pub by_pillar: Vec<Figures>,
    pub answers: [Answer; 3],
}

/// `GET /beheer/activiteiten/cijfers`: feedback per type and pillar; small cells hidden.
pub async fn figures(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let by_kind = queries::feedback_summary(&state.db, GroupBy::Kind)
        .await?
        .iter()
        .map(|s| {
            figures_of(
                s,
                page.t(Kind::parse(&s.group).unwrap_or(Kind::Other).key()),
            )
        })
        .collect();
    let by_pillar = queries::feedback_summary(&state.db, GroupBy::Pillar)
        .await?
        .iter()
        .filter_map(|s| Some(figures_of(s, page.t(Pillar::parse(&s.group)?.key()))))
        .collect();
    let page = page.titled("figures-title");
    Ok(render(&FiguresPage {
        page,
        by_kind,
        by_pillar,
        answers: Answer::ALL,
    }))
}
