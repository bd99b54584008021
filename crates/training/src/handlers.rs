//! Public and personal pages: courses and coming sessions, a course with its sessions and the
//! enrolment form (for oneself, or by an organisation's contact for their staff), one's own
//! enrolments and certificates (printable), the public certificate check (initials, course and
//! validity only; rate-limited), and the effect forms.

use crate::model::{normalise_number, EffectForm, EnrolForm, EnrolStatus};
use crate::queries::{self, Certificate, Course, Enrolled, MyEnrolment, Session};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::{allows, Permission};
use kansrijk_kernel::db::now;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::scope::{self, Owner};
use kansrijk_kernel::web::{
    no_store, parse_id, render, shown, AppError, AppResult, AppState, ClientAddr, Empty,
    FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

// ---- courses and sessions -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage {
    pub page: Page,
    pub courses: Vec<Course>,
    pub sessions: Vec<Session>,
}

/// `GET /training`
pub async fn index(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let courses = queries::offered_courses(&state.db).await?;
    let sessions = queries::scheduled_sessions(&state.db, None, Some(now())).await?;
    Ok(render(&IndexPage {
        page: page.titled("training-title"),
        courses,
        sessions,
    }))
}

#[derive(Template)]
#[template(path = "course.html")]
pub struct CoursePage {
    pub page: Page,
    pub course: Course,
    pub prerequisite: Option<Course>,
    pub sessions: Vec<Session>,
    /// As an organisation's contact: the organisation's people (id, name).
    pub staff: Vec<(i64, String)>,
    pub error: Option<String>,
    pub now: i64,
}

impl CoursePage {
    pub fn target_key(&self) -> String {
        self.course.target().key()
    }
    pub fn login_href(&self) -> String {
        format!(
            "/inloggen?terug=/training/cursus/{}",
            self.course.course_key
        )
    }
}

async fn course_page(
    state: &AppState,
    page: Page,
    course: Course,
    error: Option<&str>,
) -> AppResult<Response> {
    let sessions = queries::scheduled_sessions(&state.db, Some(course.id), Some(now())).await?;
    let prerequisite = match course.prerequisite_id {
        Some(id) => queries::course(&state.db, id).await?,
        None => None,
    };
    let staff = match &page.user {
        Some(u) => staff_of_contact(state, u.id).await?,
        None => vec![],
    };
    let title = course.title.clone();
    let response = render(&CoursePage {
        page: page.with_title(title),
        course,
        prerequisite,
        sessions,
        staff,
        error: error.map(str::to_string),
        now: now(),
    });
    Ok(shown(response, error.is_some()))
}

async fn find_course(state: &AppState, key: &str) -> AppResult<Course> {
    let found = match key.parse::<i64>() {
        Ok(id) => queries::course(&state.db, id).await?,
        Err(_) => queries::course_by_key(&state.db, key).await?,
    };
    found.ok_or(AppError::NotFound)
}

/// `GET /training/cursus/{key}` (the stable key, or the id)
pub async fn course(
    State(state): State<AppState>,
    Path(key): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let course = find_course(&state, &key).await?;
    course_page(&state, page, course, None).await
}

/// The people of the organisation this person is the training contact of (none when they are
/// no contact).
async fn staff_of_contact(state: &AppState, user_id: i64) -> AppResult<Vec<(i64, String)>> {
    Ok(
        match queries::contact_organisation(&state.db, user_id).await? {
            Some((org, _)) => queries::staff(&state.db, org).await?,
            None => vec![],
        },
    )
}

/// Holds the person the certificate the course asks for first (if it asks for one)?
async fn has_prerequisite(state: &AppState, course: &Course, person: i64) -> AppResult<bool> {
    let Some(pre) = course.prerequisite_id else {
        return Ok(true);
    };
    Ok(match queries::course(&state.db, pre).await? {
        Some(pre) => queries::holds_valid(&state.db, person, &pre.course_key, now()).await?,
        None => true,
    })
}

/// `POST /training/sessie/{id}/inschrijven`: enrols oneself, or (as an organisation's contact)
/// one of the organisation's people. Twice, closed, or without the prerequisite: refused with a
/// message beside the form. A full session puts the person on the waiting list.
pub async fn enrol(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<EnrolForm>,
) -> AppResult<Response> {
    let session = queries::session(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let course = queries::course(&state.db, session.course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let staff: Vec<i64> = staff_of_contact(&state, user.id)
        .await?
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let new = match form.validate(user.id, &staff) {
        Ok(new) => new,
        Err(errors) => return course_page(&state, page, course, errors.get("person")).await,
    };
    if !has_prerequisite(&state, &course, new.person).await? {
        let error = Some("training-error-prerequisite-missing");
        return course_page(&state, page, course, error).await;
    }
    let error = match queries::enrol(&state.db, session.id, new.person, new.by).await? {
        Enrolled::New { id, status } => {
            let what = format!(
                "person {}, session {}, {}",
                new.person,
                session.id,
                status.as_str()
            );
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "training_enrolment",
                &id.to_string(),
                &what,
            )
            .await?;
            let to = if new.person == user.id {
                "/training/mijn".to_string()
            } else {
                format!("/training/cursus/{}", course.course_key)
            };
            return Ok(Redirect::to(&to).into_response());
        }
        Enrolled::Already { .. } => "training-error-enrolled-twice",
        Enrolled::Closed => "training-error-closed",
    };
    course_page(&state, page, course, Some(error)).await
}

// ---- one's own enrolments and certificates --------------------------------------------------------

#[derive(Template)]
#[template(path = "mine.html")]
pub struct MinePage {
    pub page: Page,
    pub enrolments: Vec<MyEnrolment>,
    pub certificates: Vec<Certificate>,
    pub answered: Vec<(i64, String)>,
    pub now: i64,
}

impl MinePage {
    /// Forms still to fill in for an enrolment.
    pub fn forms(&self, e: &MyEnrolment) -> Vec<EffectForm> {
        e.open_forms(self.now)
            .into_iter()
            .filter(|f| {
                !self
                    .answered
                    .iter()
                    .any(|(id, form)| *id == e.id && form == f.as_str())
            })
            .collect()
    }
    pub fn cancellable(&self, e: &MyEnrolment) -> bool {
        e.active() && e.starts_at > self.now
    }
}

/// `GET /training/mijn`
pub async fn mine(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let enrolments = queries::enrolments_of(&state.db, user.id).await?;
    let mut answered = vec![];
    for e in &enrolments {
        for form in queries::answered(&state.db, e.id).await? {
            answered.push((e.id, form));
        }
    }
    let certificates = queries::certificates_of(&state.db, user.id).await?;
    Ok(no_store(render(&MinePage {
        page: page.titled("training-mine-title"),
        enrolments,
        certificates,
        answered,
        now: now(),
    })))
}

/// `POST /training/inschrijving/{id}/annuleren`: one's own enrolment, or any for a coordinator;
/// the waiting list moves up.
pub async fn cancel(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let e = queries::enrolment(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The person, whoever enrolled them (their organisation's contact), or a coordinator.
    let assigned: Vec<i64> = std::iter::once(e.user_id).chain(e.enrolled_by).collect();
    scope::check(
        &state.db,
        &user,
        Permission::ManageTraining,
        "training_enrolment",
        &e.id.to_string(),
        Owner::Assigned(&assigned),
    )
    .await?;
    queries::cancel_enrolment(&state.db, e.id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_enrolment",
        &e.id.to_string(),
        "cancelled",
    )
    .await?;
    let to = if e.user_id == user.id {
        "/training/mijn".to_string()
    } else {
        format!("/beheer/training/sessie/{}", e.session_id)
    };
    Ok(Redirect::to(&to).into_response())
}

#[derive(Template)]
#[template(path = "certificate.html")]
pub struct PrintablePage {
    pub page: Page,
    pub c: Certificate,
    pub verify_url: String,
}

/// `GET /training/mijn/certificaat/{number}`: the printable certificate (own, or for a
/// coordinator).
pub async fn printable(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(number): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let number = normalise_number(&number).ok_or(AppError::NotFound)?;
    let c = queries::certificate_by_number(&state.db, &number)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.user_id != user.id && !allows(&user.roles, Permission::ManageTraining) {
        return Err(AppError::NotFound);
    }
    if c.user_id != user.id {
        audit::record(
            &state.db,
            Some(&user),
            Action::Read,
            "training_certificate",
            &c.id.to_string(),
            "printable certificate",
        )
        .await?;
    }
    let verify_url = format!(
        "{}/training/certificaat/{}",
        state.config.public_url(),
        c.number
    );
    Ok(no_store(render(&PrintablePage {
        page: page.titled("training-certificate-title"),
        c,
        verify_url,
    })))
}

// ---- the public check -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "verify.html")]
pub struct VerifyPage {
    pub page: Page,
    pub number: String,
    /// Initials, course, issued, valid until, valid now.
    pub found: Option<(String, String, String, Option<String>, bool)>,
}

/// Lookups per address per 10 minutes: enough for a person checking a few certificates, far too
/// few to try numbers.
pub const VERIFY_LIMIT: i64 = 30;

/// `GET /training/certificaat/{number}`: initials, course and validity only.
pub async fn verify(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    Path(number): Path<String>,
    page: Page,
) -> AppResult<Response> {
    ratelimit::hit(
        &state.db,
        &format!("training-verify:ip:{ip}"),
        VERIFY_LIMIT,
        600,
    )
    .await?;
    let canonical = normalise_number(&number);
    let found = match &canonical {
        Some(n) => queries::certificate_by_number(&state.db, n).await?,
        None => None,
    };
    let t = now();
    let found = found.map(|c| {
        (
            c.initials(),
            c.course_title.clone(),
            c.issued(),
            c.until(),
            c.valid_on(t),
        )
    });
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let response = render(&VerifyPage {
        page: page.titled("training-verify-title"),
        number: canonical.unwrap_or_else(|| number.chars().take(40).collect()),
        found,
    });
    Ok((status, no_store(response)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LookupQuery {
    pub nummer: String,
}

/// `GET /training/controle?nummer=…`: the check form on `/training` leads to the check page.
pub async fn lookup(Query(q): Query<LookupQuery>) -> Response {
    let number = normalise_number(&q.nummer).unwrap_or_else(|| "onbekend".into());
    Redirect::to(&format!("/training/certificaat/{number}")).into_response()
}

// ---- effect forms ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "effect.html")]
pub struct EffectPage {
    pub page: Page,
    pub action: String,
    pub form_key: String,
    pub course_title: String,
    pub questions: Vec<(&'static str, &'static str, Option<i64>)>,
    pub errors: FieldErrors,
    pub done: bool,
}

impl EffectPage {
    pub fn scale(&self) -> [i64; 5] {
        [1, 2, 3, 4, 5]
    }
    pub fn is_checked(&self, given: &Option<i64>, n: &i64) -> bool {
        *given == Some(*n)
    }
}

async fn effect_target(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    form: &str,
) -> AppResult<(i64, EffectForm, Session)> {
    let form = EffectForm::parse(form).ok_or(AppError::NotFound)?;
    let e = queries::enrolment(&state.db, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if e.user_id != user.id || EnrolStatus::parse(&e.status) != Some(EnrolStatus::Confirmed) {
        return Err(AppError::NotFound);
    }
    let session = queries::session(&state.db, e.session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !form.open(session.starts_at, session.ends_at, now()) {
        return Err(AppError::NotFound);
    }
    Ok((e.id, form, session))
}

fn effect_page(
    page: Page,
    id: i64,
    form: EffectForm,
    session: &Session,
    answers: &[(String, String)],
    errors: FieldErrors,
    done: bool,
) -> Response {
    let questions = form
        .questions()
        .iter()
        .map(|(q, key)| {
            let given = answers
                .iter()
                .find(|(k, _)| k == q)
                .and_then(|(_, v)| v.parse::<i64>().ok());
            (*q, *key, given)
        })
        .collect();
    let title = page.t(form.key());
    no_store(render(&EffectPage {
        page: page.with_title(title),
        action: format!("/training/evaluatie/{id}/{}", form.as_str()),
        form_key: form.key(),
        course_title: session.course_title.clone(),
        questions,
        errors,
        done,
    }))
}

/// `GET /training/evaluatie/{id}/{form}`
pub async fn effect_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, form)): Path<(String, String)>,
    page: Page,
) -> AppResult<Response> {
    let (id, form, session) = effect_target(&state, &user, &id, &form).await?;
    let done = queries::answered(&state.db, id)
        .await?
        .iter()
        .any(|f| f == form.as_str());
    Ok(effect_page(
        page,
        id,
        form,
        &session,
        &[],
        FieldErrors::new(),
        done,
    ))
}

/// `POST /training/evaluatie/{id}/{form}`: every statement needs a score 1–5; the answers are
/// stored without the person.
pub async fn effect_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, form)): Path<(String, String)>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (id, form, session) = effect_target(&state, &user, &id, &form).await?;
    match form.validate(&pairs) {
        Err(errors) => Ok(effect_page(page, id, form, &session, &pairs, errors, false)),
        Ok(scores) => {
            queries::record_answers(&state.db, id, session.id, session.course_id, form, &scores)
                .await?;
            Ok(effect_page(
                page,
                id,
                form,
                &session,
                &[],
                FieldErrors::new(),
                true,
            ))
        }
    }
}
