//! Sessions: new, edited (trainer, venue, capacity, meetings; the course stays) and cancelled.

use super::{audit_update, to_session};
use crate::model::{self, SessionForm, MEETING_FIELDS};
use crate::queries::{self, Course, Meeting, Session};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::accounts::queries::people_with_role;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::web::{
    render, shown, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "beheer/session_form.html")]
pub struct SessionFormPage {
    pub page: Page,
    /// Where the form is sent: the new session, or the session being edited.
    pub action: String,
    /// Editing: the session's course, shown and not asked.
    pub fixed_course: Option<String>,
    pub f: SessionForm,
    pub errors: FieldErrors,
    pub courses: Vec<Course>,
    pub trainers: Vec<(i64, String)>,
}

impl SessionFormPage {
    /// Per meeting row: number, field names and values.
    #[allow(clippy::type_complexity)]
    pub fn rows(
        &self,
    ) -> Vec<(
        i64,
        (&'static str, &'static str, &'static str),
        (String, String, String),
    )> {
        MEETING_FIELDS
            .iter()
            .enumerate()
            .map(|(i, names)| (i as i64 + 1, *names, self.f.meetings[i].clone()))
            .collect()
    }
}

/// The session form, new (`editing` None) or of an existing session.
async fn session_form_page(
    state: &AppState,
    page: Page,
    editing: Option<&Session>,
    f: SessionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (title, action) = match editing {
        Some(s) => (
            page.t_str(
                "training-session-edit-title",
                "course",
                format!("{} · {}", s.course_title, s.date()),
            ),
            format!("/beheer/training/sessie/{}/bewerken", s.id),
        ),
        None => (
            page.t("training-session-new"),
            "/beheer/training/sessie/nieuw".to_string(),
        ),
    };
    let bad = !errors.is_empty();
    let response = render(&SessionFormPage {
        page: page.with_title(title),
        action,
        fixed_course: editing.map(|s| s.course_title.clone()),
        f,
        errors,
        // Archived courses get no new sessions.
        courses: queries::offered_courses(&state.db).await?,
        trainers: trainers(state).await?,
    });
    Ok(shown(response, bad))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewSessionQuery {
    pub cursus: String,
}

/// `GET /beheer/training/sessie/nieuw?cursus={id}`
pub async fn session_form(
    State(state): State<AppState>,
    Query(q): Query<NewSessionQuery>,
    page: Page,
) -> AppResult<Response> {
    let f = SessionForm {
        course_id: q.cursus,
        ..Default::default()
    };
    session_form_page(&state, page, None, f, FieldErrors::new()).await
}

/// `POST /beheer/training/sessie/nieuw`
pub async fn create_session(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = SessionForm::from_pairs(&pairs);
    let courses: Vec<i64> = queries::offered_courses(&state.db)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    match f.validate(&courses, &trainers(&state).await?) {
        Err(errors) => session_form_page(&state, page, None, f, errors).await,
        Ok(new) => {
            let id = queries::create_session(&state.db, &new).await?;
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "training_session",
                &id.to_string(),
                &format!("{} meeting(s)", new.meetings.len()),
            )
            .await?;
            Ok(to_session(id))
        }
    }
}

/// The people who may give a session: active accounts with the trainer role (id and name).
async fn trainers(state: &AppState) -> AppResult<Vec<(i64, String)>> {
    Ok(people_with_role(&state.db, Role::Trainer, None)
        .await?
        .into_iter()
        .map(|t| (t.user_id, t.name))
        .collect())
}

/// The form of an existing session, as it is stored (meetings in Amsterdam time).
fn session_form_of(s: &Session, meetings: &[Meeting]) -> SessionForm {
    let mut f = SessionForm {
        course_id: s.course_id.to_string(),
        trainer_id: s.trainer_id.map(|t| t.to_string()).unwrap_or_default(),
        trainer_name: s.trainer_name.clone(),
        venue: s.venue.clone(),
        online: if s.online { "1".into() } else { String::new() },
        capacity: s.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ..Default::default()
    };
    for (row, m) in f.meetings.iter_mut().zip(meetings) {
        let (date, start) = model::utc_to_local(m.starts_at);
        *row = (date, start, model::utc_to_local(m.ends_at).1);
    }
    f
}

async fn session_of(state: &AppState, id: i64) -> AppResult<Session> {
    queries::session(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /beheer/training/sessie/{id}/bewerken`
pub async fn edit_session_form(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let s = session_of(&state, id).await?;
    let meetings = queries::meetings(&state.db, s.id).await?;
    let f = session_form_of(&s, &meetings);
    session_form_page(&state, page, Some(&s), f, FieldErrors::new()).await
}

/// `POST /beheer/training/sessie/{id}/bewerken`: trainer, venue, capacity and meetings (the
/// course stays). More places move people up from the waiting list (with their mail); fewer
/// places than people with a place is refused beside the field.
pub async fn update_session(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let s = session_of(&state, id).await?;
    let mut f = SessionForm::from_pairs(&pairs);
    f.course_id = s.course_id.to_string();
    let new = match f.validate(&[s.course_id], &trainers(&state).await?) {
        Ok(new) => new,
        Err(errors) => return session_form_page(&state, page, Some(&s), f, errors).await,
    };
    let promoted = match queries::update_session(&state.db, s.id, &new).await? {
        Ok(promoted) => promoted,
        Err(queries::BelowConfirmed { .. }) => {
            let errors = FieldErrors::single("capacity", "training-error-capacity-below-confirmed");
            return session_form_page(&state, page, Some(&s), f, errors).await;
        }
    };
    audit_update(
        &state,
        &user,
        "training_session",
        s.id,
        &format!(
            "{} meeting(s), {} promoted",
            new.meetings.len(),
            promoted.len()
        ),
    )
    .await?;
    Ok(to_session(s.id))
}

/// `POST /beheer/training/sessie/{id}/annuleren`: the session is cancelled and everyone with a
/// place or on the waiting list gets a mail in their language, once. Again: nothing changes.
pub async fn cancel_session(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let s = session_of(&state, id).await?;
    if let Some(told) = queries::cancel_session(&state.db, s.id).await? {
        audit_update(
            &state,
            &user,
            "training_session",
            s.id,
            &format!("cancelled, {told} person(s) to tell"),
        )
        .await?;
    }
    Ok(to_session(s.id))
}
