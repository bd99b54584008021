//! `/api/v1/monitor/values`: every published indicator value (the same as the pages, the CSV
//! and the GeoJSON): per indicator, wave and area, with the number of answers and the 95%
//! confidence interval; cells below the floor carry only their state.

use crate::figures;
use crate::model::Published;
use axum::extract::{OriginalUri, Query, State};
use axum::response::Response;
use kansrijk_kernel::api::PageParams;
use kansrijk_kernel::web::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct MonitorValue {
    /// cohesion, welcome, discrimination, respectless.
    pub indicator: String,
    pub wave_id: i64,
    pub wave: String,
    pub year: i64,
    /// The method changed since the previous wave.
    pub break_before: bool,
    /// CBS code of the buurt or municipality.
    pub area_code: String,
    pub area_name: String,
    /// shown, small (fewer answers than the floor) or hidden (so no small group can be computed).
    pub state: String,
    /// Only when shown.
    pub value: Option<Published>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ValuesFilter {
    /// One indicator (cohesion, welcome, discrimination, respectless).
    #[param(pattern = "^(cohesion|welcome|discrimination|respectless)$")]
    pub indicator: Option<String>,
}

/// All published values of the monitor, per indicator, wave and area, in pages.
#[utoipa::path(get, path = "/api/v1/monitor/values", tag = "monitor", params(ValuesFilter, PageParams),
    responses((status = 200, body = [MonitorValue], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
        ("X-Total-Count" = i64, description = "How many there are")))))]
pub async fn values(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    Query(filter): Query<ValuesFilter>,
    Query(page): Query<PageParams>,
) -> AppResult<Response> {
    if let Some(key) = &filter.indicator {
        if figures::find(&state, key).is_none() {
            return Err(AppError::BadRequest);
        }
    }
    let mut out = vec![];
    for ind in figures::indicators(&state) {
        if filter.indicator.as_deref().is_some_and(|k| k != ind.key) {
            continue;
        }
        for wf in figures::published(&state.db, &ind).await?.iter() {
            for a in &wf.areas {
                out.push(MonitorValue {
                    indicator: ind.key.into(),
                    wave_id: wf.wave.id,
                    wave: wf.wave.name.clone(),
                    year: wf.wave.year,
                    break_before: wf.break_before,
                    area_code: a.code.clone(),
                    area_name: a.name.clone(),
                    state: a.cell.state().into(),
                    value: a.cell.value().copied(),
                });
            }
        }
    }
    page.answer(out, &uri)
}

/// The buurten of the home municipality as GeoJSON (CBS polygons) with the published values:
/// per indicator and wave the properties `<indicator>_<year>_<wave id>` (mean) and `…_n`
/// (answers), `null` where a cell is below the floor or hidden.
#[utoipa::path(get, path = "/api/v1/monitor/geojson", tag = "monitor",
    responses((status = 200, body = Object, content_type = "application/geo+json")))]
pub async fn geojson(state: State<AppState>) -> AppResult<axum::response::Response> {
    crate::handlers::export::geojson(state).await
}

#[derive(OpenApi)]
#[openapi(paths(values, geojson), components(schemas(MonitorValue, Published)))]
pub struct MonitorApi;
