//! Coordinators' and trainers' pages under `/beheer/training`: courses, sessions with their
//! meetings, enrolments and attendance per meeting (a trainer only for the sessions they give),
//! issuing certificates, the coverage dashboard with goals, organisation contacts, a chart and
//! CSV, and the effect results (only for groups of at least five respondents).

use crate::handlers::parse_id;
use crate::model::{
    self, average, quarters, CourseForm, EffectForm, SessionForm, TargetGroup, MEETING_FIELDS,
};
use crate::queries::{self, Course, CoverageRow, Meeting, Participant, Session};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use kansrijk_kernel::accounts::model::{normalise_email, CurrentUser};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{allows, Permission};
use kansrijk_kernel::db::{is_unique_violation, now};
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::Deserialize;

fn errors_of(list: Vec<(&'static str, &'static str)>) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, key) in list {
        errors.add(field, key);
    }
    errors
}

fn invalid(response: Response) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, response).into_response()
}

// ---- overview -------------------------------------------------------------------------------------

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
    Extension(user): Extension<CurrentUser>,
    page: Page,
) -> AppResult<Response> {
    let coordinator = allows(&user.roles, Permission::ManageTraining);
    let mut sessions = queries::sessions(&state.db, None, Some(now() - 365 * 86400)).await?;
    // A trainer sees the sessions assigned to them (the kernel's assignment scope).
    let scope = Scope::load(&state.db, &user, Permission::RecordTrainingAttendance).await?;
    sessions.retain(|s| scope.covers(Owner::Assigned(&trainers_of(s))));
    let courses = queries::courses(&state.db).await?;
    let title = page.t("training-manage-title");
    Ok(render(&IndexPage {
        page: page.with_title(title),
        courses,
        sessions,
        coordinator,
    }))
}

// ---- courses --------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/course_form.html")]
pub struct CourseFormPage {
    pub page: Page,
    /// Where the form is sent: the new course, or the course being edited.
    pub action: String,
    /// Editing: the stable key is shown, not asked.
    pub editing: bool,
    pub f: CourseForm,
    pub errors: FieldErrors,
    pub courses: Vec<Course>,
    pub targets: [TargetGroup; 3],
}

/// The course form, new (`editing` None) or of an existing course.
async fn course_form_page(
    state: &AppState,
    page: Page,
    editing: Option<i64>,
    f: CourseForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (title, action) = match editing {
        Some(id) => (
            page.t_str("training-course-edit-title", "course", &f.title),
            format!("/beheer/training/cursus/{id}/bewerken"),
        ),
        None => (
            page.t("training-course-new"),
            "/beheer/training/cursus/nieuw".to_string(),
        ),
    };
    let bad = !errors.is_empty();
    let mut courses = queries::courses(&state.db).await?;
    // A course cannot be its own prerequisite.
    courses.retain(|c| Some(c.id) != editing);
    let response = render(&CourseFormPage {
        page: page.with_title(title),
        action,
        editing: editing.is_some(),
        f,
        errors,
        courses,
        targets: TargetGroup::ALL,
    });
    Ok(if bad { invalid(response) } else { response })
}

/// `GET /beheer/training/cursus/nieuw`
pub async fn course_form(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let f = CourseForm {
        target_group: "both".into(),
        completion_percent: "100".into(),
        ..Default::default()
    };
    course_form_page(&state, page, None, f, FieldErrors::new()).await
}

/// `POST /beheer/training/cursus/nieuw`
pub async fn create_course(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(f): Form<CourseForm>,
) -> AppResult<Response> {
    let ids: Vec<i64> = queries::courses(&state.db)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let new = match f.validate(&ids) {
        Ok(new) => new,
        Err(list) => return course_form_page(&state, page, None, f, errors_of(list)).await,
    };
    match queries::create_course(&state.db, &new).await {
        Ok(id) => {
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "training_course",
                &id.to_string(),
                &new.course_key,
            )
            .await?;
            Ok(Redirect::to("/beheer/training").into_response())
        }
        Err(e) if is_unique_violation(&e) => {
            let mut f = f;
            f.course_key = new.course_key;
            course_form_page(
                &state,
                page,
                None,
                f,
                FieldErrors::single("course_key", "training-error-key-taken"),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

async fn course_of(state: &AppState, id: &str) -> AppResult<Course> {
    queries::course(&state.db, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// The form of an existing course, as it is stored.
fn course_form_of(c: &Course) -> CourseForm {
    CourseForm {
        title: c.title.clone(),
        course_key: c.course_key.clone(),
        description: c.description.clone(),
        duration_hours: c.duration_hours.to_string(),
        target_group: c.target_group.clone(),
        validity_months: c.validity_months.map(|m| m.to_string()).unwrap_or_default(),
        prerequisite_id: c.prerequisite_id.map(|p| p.to_string()).unwrap_or_default(),
        completion_percent: c.completion_percent.to_string(),
    }
}

/// `GET /beheer/training/cursus/{id}/bewerken`
pub async fn edit_course_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let c = course_of(&state, &id).await?;
    course_form_page(
        &state,
        page,
        Some(c.id),
        course_form_of(&c),
        FieldErrors::new(),
    )
    .await
}

/// `POST /beheer/training/cursus/{id}/bewerken`: the same rules as a new course; the stable key
/// stays (certificates and links name it).
pub async fn update_course(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(mut f): Form<CourseForm>,
) -> AppResult<Response> {
    let c = course_of(&state, &id).await?;
    f.course_key = c.course_key.clone();
    let ids: Vec<i64> = queries::courses(&state.db)
        .await?
        .iter()
        .map(|x| x.id)
        .filter(|x| *x != c.id)
        .collect();
    let new = match f.validate(&ids) {
        Ok(new) => new,
        Err(list) => return course_form_page(&state, page, Some(c.id), f, errors_of(list)).await,
    };
    queries::update_course(&state.db, c.id, &new).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_course",
        &c.id.to_string(),
        &c.course_key,
    )
    .await?;
    Ok(Redirect::to("/beheer/training").into_response())
}

/// `POST /beheer/training/cursus/{id}/archiveren`: archives the course, or offers an archived
/// one again. Its certificates stay valid either way.
pub async fn toggle_archive(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    Form(_): Form<kansrijk_kernel::web::Empty>,
) -> AppResult<Response> {
    let c = course_of(&state, &id).await?;
    let archive = !c.archived();
    queries::set_archived(&state.db, c.id, archive).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_course",
        &c.id.to_string(),
        if archive { "archived" } else { "offered again" },
    )
    .await?;
    Ok(Redirect::to("/beheer/training").into_response())
}

// ---- sessions -------------------------------------------------------------------------------------

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
        trainers: queries::trainers(&state.db).await?,
    });
    Ok(if bad { invalid(response) } else { response })
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
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = SessionForm::from_pairs(&pairs);
    let courses: Vec<i64> = queries::offered_courses(&state.db)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let trainer_list = queries::trainers(&state.db).await?;
    let trainers: Vec<i64> = trainer_list.iter().map(|t| t.0).collect();
    match f.validate(&courses, &trainers) {
        Err(list) => session_form_page(&state, page, None, f, errors_of(list)).await,
        Ok(mut new) => {
            name_trainer(&mut new, &trainer_list);
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
            Ok(Redirect::to(&format!("/beheer/training/sessie/{id}")).into_response())
        }
    }
}

/// A trainer with an account is shown by their name unless another was typed.
fn name_trainer(new: &mut model::NewSession, trainers: &[(i64, String)]) {
    if new.trainer_name.is_empty() {
        if let Some((_, name)) = trainers.iter().find(|t| Some(t.0) == new.trainer_id) {
            new.trainer_name = name.clone();
        }
    }
}

/// The form of an existing session, as it is stored (meetings in Amsterdam time).
fn session_form_of(s: &Session, meetings: &[Meeting]) -> SessionForm {
    let mut f = SessionForm {
        course_id: s.course_id.to_string(),
        trainer_id: s.trainer_id.map(|t| t.to_string()).unwrap_or_default(),
        trainer_name: s.trainer_name.clone(),
        venue: s.venue.clone(),
        online: if s.online == 1 {
            "1".into()
        } else {
            String::new()
        },
        capacity: s.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ..Default::default()
    };
    for (row, m) in f.meetings.iter_mut().zip(meetings) {
        let (date, start) = model::utc_to_local(m.starts_at);
        *row = (date, start, model::utc_to_local(m.ends_at).1);
    }
    f
}

async fn session_of(state: &AppState, id: &str) -> AppResult<Session> {
    queries::session(&state.db, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /beheer/training/sessie/{id}/bewerken`
pub async fn edit_session_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let s = session_of(&state, &id).await?;
    let meetings = queries::meetings(&state.db, s.id).await?;
    let f = session_form_of(&s, &meetings);
    session_form_page(&state, page, Some(&s), f, FieldErrors::new()).await
}

/// `POST /beheer/training/sessie/{id}/bewerken`: trainer, venue, capacity and meetings (the
/// course stays). More places move people up from the waiting list (with their mail); fewer
/// places than people with a place is refused beside the field.
pub async fn update_session(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let s = session_of(&state, &id).await?;
    let mut f = SessionForm::from_pairs(&pairs);
    f.course_id = s.course_id.to_string();
    let trainer_list = queries::trainers(&state.db).await?;
    let trainers: Vec<i64> = trainer_list.iter().map(|t| t.0).collect();
    let mut new = match f.validate(&[s.course_id], &trainers) {
        Ok(new) => new,
        Err(list) => return session_form_page(&state, page, Some(&s), f, errors_of(list)).await,
    };
    name_trainer(&mut new, &trainer_list);
    let promoted = match queries::update_session(&state.db, s.id, &new).await? {
        Ok(promoted) => promoted,
        Err(queries::BelowConfirmed { .. }) => {
            let errors = FieldErrors::single("capacity", "training-error-capacity-below-confirmed");
            return session_form_page(&state, page, Some(&s), f, errors).await;
        }
    };
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_session",
        &s.id.to_string(),
        &format!(
            "{} meeting(s), {} promoted",
            new.meetings.len(),
            promoted.len()
        ),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/training/sessie/{}", s.id)).into_response())
}

/// `POST /beheer/training/sessie/{id}/annuleren`: the session is cancelled and everyone with a
/// place or on the waiting list gets a mail in their language, once. Again: nothing changes.
pub async fn cancel_session(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    Form(_): Form<kansrijk_kernel::web::Empty>,
) -> AppResult<Response> {
    let s = session_of(&state, &id).await?;
    if let Some(told) = queries::cancel_session(&state.db, s.id).await? {
        audit::record(
            &state.db,
            Some(&user),
            Action::Update,
            "training_session",
            &s.id.to_string(),
            &format!("cancelled, {told} person(s) to tell"),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/beheer/training/sessie/{}", s.id)).into_response())
}

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

/// The people assigned to a session: its trainer, when they have an account.
fn trainers_of(s: &Session) -> Vec<i64> {
    s.trainer_id.into_iter().collect()
}

/// The session, if this person may see it: a coordinator always, a trainer their own; any other
/// answers 404 and is audited.
async fn session_for(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> AppResult<(Session, Course)> {
    let s = queries::session(&state.db, parse_id(id)?)
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

async fn session_page(
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
    Ok(if error.is_some() {
        invalid(response)
    } else {
        response
    })
}

/// `GET /beheer/training/sessie/{id}`
pub async fn session(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let (s, course) = session_for(&state, &user, &id).await?;
    session_page(&state, &user, page, s, course, None).await
}

/// `POST /beheer/training/sessie/{id}/aanwezig`: the ticked boxes (`a` = `meeting-enrolment`)
/// replace the session's attendance.
pub async fn save_attendance(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (s, _) = session_for(&state, &user, &id).await?;
    let ticks: Vec<(i64, i64)> = pairs
        .iter()
        .filter(|(k, _)| k == "a")
        .filter_map(|(_, v)| {
            let (m, e) = v.split_once('-')?;
            Some((m.parse().ok()?, e.parse().ok()?))
        })
        .collect();
    let saved = queries::save_attendance(&state.db, s.id, &ticks).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_session",
        &s.id.to_string(),
        &format!("attendance: {saved} tick(s)"),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/training/sessie/{}", s.id)).into_response())
}

/// `POST /beheer/training/inschrijving/{id}/certificaat`: only for a completed enrolment.
pub async fn issue(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(_): Form<kansrijk_kernel::web::Empty>,
) -> AppResult<Response> {
    let e = queries::enrolment(&state.db, parse_id(&id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let (s, course) = session_for(&state, &user, &e.session_id.to_string()).await?;
    match queries::issue_certificate(&state.db, e.id, now()).await? {
        Ok(number) => {
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "training_certificate",
                &number,
                &format!("enrolment {}", e.id),
            )
            .await?;
            Ok(Redirect::to(&format!("/beheer/training/sessie/{}", s.id)).into_response())
        }
        Err(refused) => {
            session_page(&state, &user, page, s, course, Some((e.id, refused.key()))).await
        }
    }
}

// ---- coverage -------------------------------------------------------------------------------------

/// A bar of a chart: label, vertical position, width, value text, and the goal's position.
pub struct Bar {
    pub label: String,
    pub y: i64,
    pub width: i64,
    pub text: String,
    pub goal_x: Option<i64>,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub desc: String,
    pub height: i64,
    pub bars: Vec<Bar>,
}

/// Bars are drawn on 0–400 px for 0–100 %.
const BAR_SCALE: i64 = 4;

fn chart(
    id: &'static str,
    title: String,
    desc: String,
    rows: Vec<(String, i64, Option<i64>)>,
) -> Chart {
    let bars: Vec<Bar> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, pct, goal))| Bar {
            label,
            y: i as i64 * 44,
            width: pct.clamp(0, 100) * BAR_SCALE,
            text: format!("{pct}%"),
            goal_x: goal.map(|g| g.clamp(0, 100) * BAR_SCALE),
        })
        .collect();
    Chart {
        id,
        title,
        desc,
        height: (bars.len() as i64 * 44).max(44),
        bars,
    }
}

#[derive(Template)]
#[template(path = "beheer/coverage.html")]
pub struct CoveragePage {
    pub page: Page,
    pub courses: Vec<Course>,
    pub course: Course,
    pub rows: Vec<CoverageRow>,
    pub progress: Chart,
    pub trend: Vec<(String, i64, i64)>,
    pub trend_chart: Chart,
    pub staff_total: i64,
    pub organisations: Vec<(i64, String)>,
    /// Organisation and its contact's name.
    pub contacts: Vec<(String, String)>,
    pub goal: GoalForm,
    pub contact: ContactForm,
    pub errors: FieldErrors,
}

impl CoveragePage {
    pub fn charts(&self) -> [&Chart; 2] {
        [&self.progress, &self.trend_chart]
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CoverageQuery {
    pub cursus: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub organisation_id: String,
    pub percent: String,
    pub due: String,
    pub cursus: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub contact_organisation_id: String,
    pub email: String,
    pub cursus: String,
}

/// The course of the dashboard: the one asked for, else the basic Cultuursensitief werken, else
/// the first.
async fn dashboard_course(state: &AppState, key: &str) -> AppResult<(Vec<Course>, Course)> {
    let courses = queries::courses(&state.db).await?;
    let course = courses
        .iter()
        .find(|c| c.course_key == key)
        .or_else(|| {
            courses
                .iter()
                .find(|c| c.course_key == crate::demo::BASIC_KEY)
        })
        .or(courses.first())
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((courses, course))
}

async fn coverage_page(
    state: &AppState,
    page: Page,
    key: &str,
    goal: GoalForm,
    contact: ContactForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (courses, course) = dashboard_course(state, key).await?;
    let t = now();
    let rows = queries::coverage(&state.db, course.id, t).await?;
    let staff_total = queries::staff_total(&state.db).await?;
    let trend_counts = queries::trend(&state.db, course.id, &quarters(t, 8)).await?;
    let trend: Vec<(String, i64, i64)> = trend_counts
        .into_iter()
        .map(|(label, n)| {
            let pct = model::percent(n, staff_total);
            (label, n, pct)
        })
        .collect();
    let progress = chart(
        "training-progress",
        page.t_str("training-chart-progress-title", "course", &course.title),
        page.t("training-chart-progress-desc"),
        rows.iter()
            .map(|r| {
                (
                    format!("{} · {}", r.organisation, page.t(r.role_key())),
                    r.percent(),
                    r.goal_percent,
                )
            })
            .collect(),
    );
    let trend_chart = chart(
        "training-trend",
        page.t_str("training-chart-trend-title", "course", &course.title),
        page.t("training-chart-trend-desc"),
        trend
            .iter()
            .map(|(l, _, p)| (l.clone(), *p, None))
            .collect(),
    );
    let organisations = queries::organisations(&state.db).await?;
    let mut contacts = vec![];
    for (id, name) in &organisations {
        if let Some((_, contact_name, _, _)) = queries::contact_of(&state.db, *id).await? {
            contacts.push((name.clone(), contact_name));
        }
    }
    let title = page.t("training-coverage-title");
    let bad = !errors.is_empty();
    let response = render(&CoveragePage {
        page: page.with_title(title),
        courses,
        course,
        rows,
        progress,
        trend,
        trend_chart,
        staff_total,
        organisations,
        contacts,
        goal,
        contact,
        errors,
    });
    Ok(if bad { invalid(response) } else { response })
}

/// `GET /beheer/training/dekking?cursus={key}`
pub async fn coverage(
    State(state): State<AppState>,
    Query(q): Query<CoverageQuery>,
    page: Page,
) -> AppResult<Response> {
    coverage_page(
        &state,
        page,
        &q.cursus,
        GoalForm::default(),
        ContactForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// `GET /beheer/training/dekking.csv?cursus={key}`
pub async fn coverage_csv(
    State(state): State<AppState>,
    Query(q): Query<CoverageQuery>,
) -> AppResult<Response> {
    let (_, course) = dashboard_course(&state, &q.cursus).await?;
    let rows = queries::coverage(&state.db, course.id, now()).await?;
    let mut csv = kansrijk_kernel::csv::Writer::new();
    csv.row([
        "course",
        "organisation",
        "role",
        "working",
        "certified",
        "enrolled",
        "percent_certified",
        "goal_percent",
        "goal_date",
    ]);
    for r in &rows {
        csv.row([
            course.course_key.clone(),
            r.organisation.clone(),
            r.role.to_string(),
            r.working.to_string(),
            r.certified.to_string(),
            r.enrolled.to_string(),
            r.percent().to_string(),
            r.goal_percent.map(|g| g.to_string()).unwrap_or_default(),
            r.goal_date(),
        ]);
    }
    Ok(csv.download(&format!("dekking-{}.csv", course.course_key)))
}

/// `POST /beheer/training/doel`: a goal per organisation (percentage before a date).
pub async fn set_goal(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(f): Form<GoalForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let orgs = queries::organisations(&state.db).await?;
    let org = f
        .organisation_id
        .parse::<i64>()
        .ok()
        .filter(|id| orgs.iter().any(|(o, _)| o == id));
    if org.is_none() {
        errors.add("organisation_id", "training-error-organisation");
    }
    let percent = f
        .percent
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (1..=100).contains(p));
    if percent.is_none() {
        errors.add("percent", "training-error-percent");
    }
    let due = kansrijk_kernel::time::parse_local_date(&f.due);
    if due.is_none() {
        errors.add("due", "training-error-date");
    }
    let (Some(org), Some(percent), Some(due)) = (org, percent, due) else {
        let key = f.cursus.clone();
        return coverage_page(&state, page, &key, f, ContactForm::default(), errors).await;
    };
    queries::set_goal(&state.db, org, percent, due).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_goal",
        &org.to_string(),
        &format!("{percent}% by {}", f.due),
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/beheer/training/dekking?cursus={}",
        model::slugify(&f.cursus)
    ))
    .into_response())
}

/// `POST /beheer/training/contactpersoon`: the person (by e-mail address, of that organisation)
/// who enrols the organisation's people and receives its expiry reminders.
pub async fn set_contact(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(f): Form<ContactForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let orgs = queries::organisations(&state.db).await?;
    let org = f
        .contact_organisation_id
        .parse::<i64>()
        .ok()
        .filter(|id| orgs.iter().any(|(o, _)| o == id));
    if org.is_none() {
        errors.add("contact_organisation_id", "training-error-organisation");
    }
    let person = queries::person_by_email(&state.db, &normalise_email(&f.email)).await?;
    let person = match (person, org) {
        (Some((id, Some(o))), Some(org)) if o == org => Some(id),
        (_, Some(_)) => {
            errors.add("email", "training-error-contact");
            None
        }
        _ => None,
    };
    let (Some(org), Some(person)) = (org, person) else {
        let key = f.cursus.clone();
        return coverage_page(&state, page, &key, GoalForm::default(), f, errors).await;
    };
    queries::set_contact(&state.db, org, person).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_contact",
        &org.to_string(),
        &format!("person {person}"),
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/beheer/training/dekking?cursus={}",
        model::slugify(&f.cursus)
    ))
    .into_response())
}

// ---- effect results -------------------------------------------------------------------------------

/// A line of results: group (course or session), form, statement, average or hidden, respondents.
pub struct ResultLine {
    pub group: String,
    pub form_key: String,
    pub question_key: &'static str,
    pub average: Option<String>,
    pub respondents: i64,
}

#[derive(Template)]
#[template(path = "beheer/effect.html")]
pub struct EffectPage {
    pub page: Page,
    pub by_course: Vec<ResultLine>,
    pub by_session: Vec<ResultLine>,
    pub min: i64,
}

impl EffectPage {
    pub fn sections(&self) -> [(&'static str, &Vec<ResultLine>); 2] {
        [
            ("training-effect-by-course", &self.by_course),
            ("training-effect-by-session", &self.by_session),
        ]
    }
}

fn question_key(form: EffectForm, q: &str) -> &'static str {
    form.questions()
        .iter()
        .find(|(id, _)| *id == q)
        .map(|(_, k)| *k)
        .unwrap_or("training-q-unknown")
}

fn lines(rows: Vec<queries::ResultRow>, name: impl Fn(i64) -> String) -> Vec<ResultLine> {
    rows.into_iter()
        .filter_map(|r| {
            let form = EffectForm::parse(&r.form)?;
            Some(ResultLine {
                group: name(r.group_id),
                form_key: form.key(),
                question_key: question_key(form, &r.question),
                average: average(r.total, r.answers, r.respondents),
                respondents: r.respondents,
            })
        })
        .collect()
}

/// `GET /beheer/training/effect`
pub async fn effect(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let courses = queries::courses(&state.db).await?;
    let sessions = queries::sessions(&state.db, None, None).await?;
    let by_course = lines(queries::results(&state.db, false).await?, |id| {
        courses
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    });
    let by_session = lines(queries::results(&state.db, true).await?, |id| {
        sessions
            .iter()
            .find(|s| s.id == id)
            .map(|s| format!("{} · {}", s.course_title, s.date()))
            .unwrap_or_default()
    });
    let title = page.t("training-effect-title");
    Ok(render(&EffectPage {
        page: page.with_title(title),
        by_course,
        by_session,
        min: model::MIN_RESPONDENTS,
    }))
}
