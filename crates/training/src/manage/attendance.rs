//! A session's page: its people and their attendance per meeting (a trainer only for the
//! sessions they give).

use super::{audit_update, to_session, trainers_of};
use crate::model;
use crate::queries::{self, Course, Meeting, Participant, Session};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{allows, Permission};
use kansrijk_kernel::scope::{self, Owner};
use kansrijk_kernel::web::{render, shown, AppError, AppResult, AppState, Form, Page, RecordId};

#[derive(Template)]
#[template(path = "beheer/session.html")]
pub struct SessionPage {
    pub page: Page,
    pub s: Session,
    pub course: Course,
    pub meetings: Vec<Meeting>,
    pub participants: Vec<Participant>,
    pub ticks: Vec<(i64, i64)>,
    pub coordinator: bool,
    /// A refused certificate: the enrolment and the message.
    pub error: Option<(i64, &'static str)>,
}

impl SessionPage {
    pub fn ticked(&self, meeting: &i64, enrolment: &i64) -> bool {
        self.ticks.contains(&(*meeting, *enrolment))
    }
    pub fn completed(&self, p: &Participant) -> bool {
        model::completed(
            p.attended,
            self.meetings.len() as i64,
            self.course.completion_percent,
        )
    }
    pub fn error_for(&self, id: &i64) -> Option<&'static str> {
        self.error.filter(|(e, _)| e == id).map(|(_, k)| k)
    }
    pub fn numbered_meetings(&self) -> Vec<(i64, &Meeting)> {
        self.meetings
            .iter()
            .enumerate()
            .map(|(i, m)| (i as i64 + 1, m))
            .collect()
    }
    pub fn confirmed(&self) -> Vec<&Participant> {
        self.participants.iter().filter(|p| p.confirmed()).collect()
    }
}

/// The session, if this person may see it: a coordinator always, a trainer their own; any other
/// answers 404 and is audited.
pub(super) async fn session_for(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> AppResult<(Session, Course)> {
    let s = queries::session(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        user,
        Permission::RecordTrainingAttendance,
        "training_session",
        &s.id.to_string(),
        Owner::Assigned(&trainers_of(&s)),
    )
    .await?;
    let course = queries::course(&state.db, s.course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((s, course))
}

pub(super) async fn session_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    s: Session,
    course: Course,
    error: Option<(i64, &'static str)>,
) -> AppResult<Response> {
    let meetings = queries::meetings(&state.db, s.id).await?;
    let participants = queries::participants(&state.db, s.id).await?;
    let ticks = queries::attendance(&state.db, s.id).await?;
    audit::record(
        &state.db,
        Some(user),
        Action::Read,
        "training_session",
        &s.id.to_string(),
        "participants",
    )
    .await?;
    let title = format!("{} · {}", s.course_title, s.date());
    let response = render(&SessionPage {
        page: page.with_title(title),
        s,
        course,
        meetings,
        participants,
        ticks,
        coordinator: allows(&user.roles, Permission::ManageTraining),
        error,
    });
    Ok(shown(response, error.is_some()))
}

/// `GET /beheer/training/sessie/{id}`
pub async fn session(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let (s, course) = session_for(&state, &user, id).await?;
    session_page(&state, &user, page, s, course, None).await
}

/// `POST /beheer/training/sessie/{id}/aanwezig`: the ticked boxes (`a` = `meeting-enrolment`)
/// replace the session's attendance.
pub async fn save_attendance(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (s, _) = session_for(&state, &user, id).await?;
    let ticks = model::attendance_ticks(&pairs);
    let saved = queries::save_attendance(&state.db, s.id, &ticks).await?;
    audit_update(
        &state,
        &user,
        "training_session",
        s.id,
        &format!("attendance: {saved} tick(s)"),
    )
    .await?;
    Ok(to_session(s.id))
}
