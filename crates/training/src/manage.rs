//! Coordinators' and trainers' pages under `/beheer/training`: courses, sessions with their
//! meetings, enrolments and attendance per meeting (a trainer only for the sessions they give),
//! issuing certificates, the coverage dashboard with goals, organisation contacts, a chart and
//! CSV, and the effect results (only for groups of at least five respondents). One file per kind
//! of page; everything is re-exported here (`manage::create_course`, …).

mod attendance;
mod certificates;
mod courses;
mod coverage;
mod effect;
mod sessions;

pub use attendance::*;
pub use certificates::*;
pub use courses::*;
pub use coverage::*;
pub use effect::*;
pub use sessions::*;

use crate::queries::{self, Course, Session};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{allows, Permission};
use kansrijk_kernel::db::now;
use kansrijk_kernel::scope::{Owner, Scope};
use kansrijk_kernel::web::{render, AppResult, AppState, Page};

/// After a change to a session: back to its page.
fn to_session(id: i64) -> Response {
    Redirect::to(&format!("/beheer/training/sessie/{id}")).into_response()
}

/// A change to a session or a course (`subject_type`) in the audit log: ids and counts, never
/// names.
async fn audit_update(
    state: &AppState,
    user: &CurrentUser,
    subject_type: &str,
    id: i64,
    detail: &str,
) -> sqlx::Result<()> {
    let id = id.to_string();
    audit::record(
        &state.db,
        Some(user),
        Action::Update,
        subject_type,
        &id,
        detail,
    )
    .await
}

/// The people assigned to a session: its trainer, when they have an account.
fn trainers_of(s: &Session) -> Vec<i64> {
    s.trainer_id.into_iter().collect()
}

#[derive(Template)]
#[template(path = "beheer/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub courses: Vec<Course>,
    pub sessions: Vec<Session>,
    pub coordinator: bool,
}

/// `GET /beheer/training`: everything for a coordinator; a trainer sees the sessions they give.
pub async fn index(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let coordinator = allows(&user.roles, Permission::ManageTraining);
    let mut sessions = queries::sessions(&state.db, None, Some(now() - 365 * 86400)).await?;
    // A trainer sees the sessions assigned to them (the kernel's assignment scope).
    let scope = Scope::load(&state.db, &user, Permission::RecordTrainingAttendance).await?;
    sessions.retain(|s| scope.covers(Owner::Assigned(&trainers_of(s))));
    let courses = queries::courses(&state.db).await?;
    Ok(render(&IndexPage {
        page: page.titled("training-manage-title"),
        courses,
        sessions,
        coordinator,
    }))
}
