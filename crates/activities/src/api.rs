//! `/api/v1/activities` and `/api/v1/venues` (read-only, public). Texts come in the language
//! chosen with `?lang=` or `Accept-Language`; `language` says which one was found.
//! Registrations hold personal data: `/api/v1/activities/{id}/registrations` answers only to a
//! logged-in organiser, and every call is in the audit log.

use crate::handlers::AgendaQuery;
use crate::model::{AgeGroup, Kind};
use crate::queries::{self, Activity};
use axum::extract::{Query, State};
use axum::{Extension, Json};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{AppError, AppResult, AppState, RecordId};
use kansrijk_programme::model::Pillar;
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityDto {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// Language of the texts (falls back to `nl`).
    pub language: String,
    pub kind: Kind,
    pub pillars: Vec<Pillar>,
    /// Start and end, RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub starts_at: String,
    #[schema(format = DateTime)]
    pub ends_at: String,
    pub venue_id: Option<i64>,
    pub venue: Option<String>,
    pub online: bool,
    pub series_id: Option<String>,
    pub organisation: Option<String>,
    /// Languages spoken (`nl`, `en`, `tr`, `ar`, `pl`, `ngt` = Dutch sign language).
    pub languages: Vec<String>,
    /// 0 is free.
    pub cost_cents: i64,
    pub age_group: AgeGroup,
    /// No value: no limit.
    pub capacity: Option<i64>,
    pub places_left: Option<i64>,
    pub registration_required: bool,
    pub cancelled: bool,
    /// The page with the registration form.
    pub url: String,
    /// The calendar file.
    pub ics: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueDto {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The buurt (neighbourhood).
    pub neighbourhood: Option<String>,
    pub opening_hours: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub parking: bool,
}

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn dto(state: &AppState, a: Activity, pillars: Vec<Pillar>) -> ActivityDto {
    let base = state.config.public_url();
    ActivityDto {
        kind: a.kind(),
        age_group: a.age_group(),
        languages: a.language_list(),
        places_left: a.places_left(),
        cancelled: a.cancelled(),
        url: format!("{base}/activiteiten/{}", a.id),
        ics: format!("{base}/activiteiten/{}.ics", a.id),
        id: a.id,
        title: a.title,
        description: a.description,
        language: a.text_lang,
        pillars,
        starts_at: rfc3339(a.starts_at),
        ends_at: rfc3339(a.ends_at),
        venue_id: a.venue_id,
        venue: a.venue_name,
        online: a.online_url.is_some(),
        series_id: a.series_id,
        organisation: a.organisation_name,
        cost_cents: a.cost_cents,
        capacity: a.capacity,
        registration_required: a.registration_required,
    }
}

/// The agenda's filters.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct AgendaParams {
    /// Activity type.
    soort: Option<Kind>,
    /// Pillar.
    pijler: Option<Pillar>,
    /// Area id of a buurt.
    buurt: Option<i64>,
    /// From this local date (`YYYY-MM-DD`); default today.
    #[param(format = Date)]
    datum: Option<String>,
    /// Language spoken: `nl`, `en`, `tr`, `ar`, `pl` or `ngt` (Dutch sign language).
    #[param(pattern = "^(nl|en|tr|ar|pl|ngt)$")]
    taal: Option<String>,
    /// `1`: free activities only; `0`: all.
    #[param(pattern = "^[01]$")]
    gratis: Option<String>,
    /// `nl` (default), `en`, `tr`, `ar` or `pl`.
    lang: Option<String>,
    /// At most this many activities (default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// Skip this many first (for the next page: offset + limit; or follow the `next` link).
    #[param(minimum = 0)]
    offset: Option<i64>,
}

/// The API is strict where the agenda page is forgiving: a filter that is present must be
/// valid, else 400 (a system that sends a typo should hear so, not get everything).
fn checked(q: &AgendaQuery, uri: &axum::http::Uri) -> AppResult<(i64, i64)> {
    // The agenda's form sends empty fields for "any"; in the API an empty value is no value.
    const KEYS: [&str; 8] = [
        "soort", "pijler", "buurt", "datum", "taal", "gratis", "limit", "offset",
    ];
    let empty = url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .any(|(k, v)| v.is_empty() && KEYS.contains(&k.as_ref()));
    let ok = !empty
        && (q.soort.is_empty() || Kind::parse(&q.soort).is_some())
        && (q.pijler.is_empty() || Pillar::parse(&q.pijler).is_some())
        && (q.buurt.is_empty() || q.buurt.parse::<i64>().is_ok())
        && (q.datum.is_empty() || kansrijk_kernel::time::parse_local_date(&q.datum).is_some())
        && (q.taal.is_empty() || crate::model::SPOKEN.contains(&q.taal.as_str()))
        && (q.gratis.is_empty() || q.gratis == "0" || q.gratis == "1");
    let limit = if q.limit.is_empty() {
        Ok(100)
    } else {
        q.limit.parse::<i64>()
    };
    let offset = if q.offset.is_empty() {
        Ok(0)
    } else {
        q.offset.parse::<i64>()
    };
    match (ok, limit, offset) {
        (true, Ok(limit @ 1..=500), Ok(offset @ 0..)) => Ok((limit, offset)),
        _ => Err(AppError::BadRequest),
    }
}

/// Upcoming activities, with the agenda's filters, in order of start, a page at a time.
#[utoipa::path(get, path = "/api/v1/activities", tag = "activities", params(AgendaParams),
    responses((status = 200, body = [ActivityDto],
        headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page")))))]
pub async fn list_activities(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    uri: axum::http::Uri,
    Query(q): Query<AgendaQuery>,
) -> AppResult<axum::response::Response> {
    let (limit, offset) = checked(&q, &uri)?;
    let list = queries::activities_page(&state.db, lang, &q.filter(now()), limit, offset).await?;
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let mut pillars = queries::pillars(&state.db, &ids).await?;
    let items = list
        .into_iter()
        .map(|a| {
            let p = pillars.remove(&a.id).unwrap_or_default();
            dto(&state, a, p)
        })
        .collect();
    Ok(kansrijk_kernel::api::paged(
        items, &uri, limit, offset, None,
    ))
}

/// One activity.
#[utoipa::path(get, path = "/api/v1/activities/{id}", tag = "activities",
    params(("id" = i64, Path, description = "Activity id")),
    responses((status = 200, body = ActivityDto), (status = 404, description = "Unknown activity", content_type = "application/problem+json")))]
pub async fn get_activity(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    RecordId(id): RecordId,
) -> AppResult<Json<ActivityDto>> {
    let a = queries::activity(&state.db, id, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = queries::pillars(&state.db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    Ok(Json(dto(&state, a, p)))
}

/// Venues (meeting places) with their accessibility.
#[utoipa::path(get, path = "/api/v1/venues", tag = "activities", params(kansrijk_kernel::api::PageParams),
    responses((status = 200, body = [VenueDto], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are")))))]
pub async fn list_venues(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(page): Query<kansrijk_kernel::api::PageParams>,
) -> AppResult<axum::response::Response> {
    page.answer(
        queries::venues(&state.db)
            .await?
            .into_iter()
            .map(|v| VenueDto {
                id: v.id,
                name: v.name,
                address: v.address,
                neighbourhood: v.area_name,
                opening_hours: v.opening_hours,
                step_free: v.step_free,
                accessible_toilet: v.accessible_toilet,
                hearing_loop: v.hearing_loop,
                parking: v.parking,
            })
            .collect(),
        &uri,
    )
}

/// A registration as an organiser's system sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationDto {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i64,
    /// confirmed, waiting or cancelled.
    pub status: String,
    pub checked_in: bool,
    pub interpreter_language: Option<String>,
    pub sign_language: bool,
    pub wheelchair: bool,
    pub childcare: bool,
    pub other_needs: String,
    /// RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub registered_at: String,
}

/// The registrations of an activity, for organisers' systems (logged in with ManageActivities).
#[utoipa::path(get, path = "/api/v1/activities/{id}/registrations", tag = "activities",
    params(("id" = i64, Path, description = "Activity id")),
    responses((status = 200, body = [RegistrationDto]), (status = 401, description = "Not logged in as an organiser"),
        (status = 404, description = "Unknown activity, or one of another organisation", content_type = "application/problem+json")))]
pub async fn list_registrations(
    State(state): State<AppState>,
    me: CurrentUser,
    RecordId(id): RecordId,
) -> AppResult<Json<Vec<RegistrationDto>>> {
    let id = crate::manage::own_activity(&state, &me, id, Lang::Nl)
        .await?
        .id;
    let rows = queries::registrations(&state.db, id).await?;
    kansrijk_kernel::audit::record(
        &state.db,
        Some(&me),
        kansrijk_kernel::audit::Action::Read,
        "activity_registrations",
        &id.to_string(),
        "api",
    )
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| RegistrationDto {
                id: r.id,
                interpreter_language: r.interpreter.then(|| r.interpreter_lang.clone()),
                sign_language: r.sign_language,
                wheelchair: r.wheelchair,
                childcare: r.childcare,
                checked_in: r.checked_in,
                registered_at: rfc3339(r.created_at),
                name: r.name,
                email: r.email,
                phone: r.phone,
                people: r.people,
                status: r.status,
                other_needs: r.other_needs,
            })
            .collect(),
    ))
}

#[derive(OpenApi)]
#[openapi(
    paths(list_activities, get_activity, list_venues, list_registrations),
    components(schemas(ActivityDto, VenueDto, Kind, AgeGroup, RegistrationDto)),
    tags((name = "activities", description = "Activities and meeting places"))
)]
pub struct ActivitiesApi;
