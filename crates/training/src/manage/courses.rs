//! Courses: new, edited (the stable key stays), archived or offered again.

use super::audit_update;
use crate::model::{CourseForm, TargetGroup};
use crate::queries::{self, Course};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::is_unique_violation;
use kansrijk_kernel::web::{
    render, shown, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId,
};

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
    Ok(shown(response, bad))
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
    user: CurrentUser,
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
        Err(errors) => return course_form_page(&state, page, None, f, errors).await,
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

async fn course_of(state: &AppState, id: i64) -> AppResult<Course> {
    queries::course(&state.db, id)
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
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let c = course_of(&state, id).await?;
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
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(mut f): Form<CourseForm>,
) -> AppResult<Response> {
    let c = course_of(&state, id).await?;
    f.course_key = c.course_key.clone();
    let ids: Vec<i64> = queries::courses(&state.db)
        .await?
        .iter()
        .map(|x| x.id)
        .filter(|x| *x != c.id)
        .collect();
    let new = match f.validate(&ids) {
        Ok(new) => new,
        Err(errors) => return course_form_page(&state, page, Some(c.id), f, errors).await,
    };
    queries::update_course(&state.db, c.id, &new).await?;
    audit_update(&state, &user, "training_course", c.id, &c.course_key).await?;
    Ok(Redirect::to("/beheer/training").into_response())
}

/// `POST /beheer/training/cursus/{id}/archiveren`: archives the course, or offers an archived
/// one again. Its certificates stay valid either way.
pub async fn toggle_archive(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let c = course_of(&state, id).await?;
    let archive = !c.archived();
    queries::set_archived(&state.db, c.id, archive).await?;
    audit_update(
        &state,
        &user,
        "training_course",
        c.id,
        if archive { "archived" } else { "offered again" },
    )
    .await?;
    Ok(Redirect::to("/beheer/training").into_response())
}
