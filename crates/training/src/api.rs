//! `/api/v1/training/…`: courses and coming sessions (public, read-only) and the coverage figures
//! per organisation and role (for coordinators; counts only, no names).

use crate::model::TargetGroup;
use crate::queries::{self, CoverageRow};
use axum::extract::{Query, State};
use axum::Json;
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseDto {
    pub id: i64,
    /// Stable key, for example `cultuursensitief-basis`.
    pub key: String,
    pub title: String,
    pub description: String,
    pub duration_hours: i64,
    pub target_group: TargetGroup,
    /// No value: the certificate does not expire.
    pub validity_months: Option<i64>,
    /// Key of the course that must be completed first.
    pub prerequisite: Option<String>,
    /// Share of the meetings a participant must attend to complete.
    pub completion_percent: i64,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionDto {
    pub id: i64,
    pub course_key: String,
    pub course_title: String,
    pub trainer: String,
    pub venue: String,
    pub online: bool,
    /// Start of the first and end of the last meeting, RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub starts_at: String,
    #[schema(format = DateTime)]
    pub ends_at: String,
    pub meetings: i64,
    /// No value: no limit.
    pub capacity: Option<i64>,
    pub places_left: Option<i64>,
    pub waiting: i64,
    pub cancelled: bool,
}

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The courses on offer (archived ones left out, as on `/training`).
#[utoipa::path(get, path = "/api/v1/training/courses", tag = "training",
    responses((status = 200, body = [CourseDto])))]
pub async fn list_courses(State(state): State<AppState>) -> AppResult<Json<Vec<CourseDto>>> {
    let courses = queries::courses(&state.db).await?;
    let base = state.config.public_url();
    let key_of = |id: Option<i64>| {
        id.and_then(|id| courses.iter().find(|c| c.id == id))
            .map(|c| c.course_key.clone())
    };
    Ok(Json(
        courses
            .iter()
            .filter(|c| !c.archived())
            .map(|c| CourseDto {
                id: c.id,
                key: c.course_key.clone(),
                title: c.title.clone(),
                description: c.description.clone(),
                duration_hours: c.duration_hours,
                target_group: c.target(),
                validity_months: c.validity_months,
                prerequisite: key_of(c.prerequisite_id),
                completion_percent: c.completion_percent,
                url: format!("{base}/training/cursus/{}", c.course_key),
            })
            .collect(),
    ))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
pub struct SessionParams {
    /// Only this course (key).
    pub course: Option<String>,
    /// Also sessions that ended (default: coming and running ones only).
    pub past: Option<bool>,
}

#[utoipa::path(get, path = "/api/v1/training/sessions", tag = "training", params(SessionParams, kansrijk_kernel::api::PageParams),
    responses((status = 200, body = [SessionDto], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are"))), (status = 404, description = "Unknown course", content_type = "application/problem+json")))]
pub async fn list_sessions(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(q): Query<SessionParams>,
    Query(page): Query<kansrijk_kernel::api::PageParams>,
) -> AppResult<axum::response::Response> {
    let course = match &q.course {
        Some(key) => Some(
            queries::course_by_key(&state.db, key)
                .await?
                .ok_or(AppError::NotFound)?
                .id,
        ),
        None => None,
    };
    let from = if q.past == Some(true) {
        None
    } else {
        Some(now())
    };
    page.answer(
        queries::sessions(&state.db, course, from)
            .await?
            .into_iter()
            .map(|s| SessionDto {
                places_left: s.places_left(),
                id: s.id,
                course_key: s.course_key,
                course_title: s.course_title,
                trainer: s.trainer_name,
                venue: s.venue,
                online: s.online,
                starts_at: rfc3339(s.starts_at),
                ends_at: rfc3339(s.ends_at),
                meetings: s.meeting_count,
                capacity: s.capacity,
                waiting: s.waiting,
                cancelled: s.status == "cancelled",
            })
            .collect(),
        &uri,
    )
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
pub struct CoverageParams {
    /// The course (key); default `cultuursensitief-basis`.
    pub course: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CoverageDto {
    pub course_key: String,
    /// Moment of the figures, RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub on: String,
    pub rows: Vec<CoverageRow>,
}

#[utoipa::path(get, path = "/api/v1/training/coverage", tag = "training", params(CoverageParams),
    responses((status = 200, body = CoverageDto), (status = 401, description = "Not logged in as a coordinator"),
        (status = 404, description = "Unknown course", content_type = "application/problem+json")))]
pub async fn coverage(
    State(state): State<AppState>,
    Query(q): Query<CoverageParams>,
) -> AppResult<Json<CoverageDto>> {
    let key = q
        .course
        .unwrap_or_else(|| crate::model::BASIC_KEY.to_string());
    let course = queries::course_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = now();
    Ok(Json(CoverageDto {
        course_key: course.course_key,
        on: rfc3339(t),
        rows: queries::coverage(&state.db, course.id, t).await?,
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(list_courses, list_sessions, coverage),
    components(schemas(CourseDto, SessionDto, CoverageDto, CoverageRow, TargetGroup)),
    tags((name = "training", description = "Training registry Cultuursensitief werken: courses, sessions, coverage"))
)]
pub struct TrainingApi;
