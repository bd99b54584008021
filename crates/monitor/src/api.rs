//! `/api/v1/monitor/values`: every published indicator value (the same as the pages, the CSV
//! and the GeoJSON): per indicator, wave and area, with the number of answers and the 95%
//! confidence interval; cells below the floor carry only their state.

use crate::figures;
use crate::model::{Published, INDICATORS};
use axum::extract::{Query, State};
use axum::Json;
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
    pub indicator: Option<String>,
}

/// All published values of the monitor, per indicator, wave and area.
#[utoipa::path(get, path = "/api/v1/monitor/values", tag = "monitor", params(ValuesFilter),
    responses((status = 200, body = [MonitorValue])))]
pub async fn values(
    State(state): State<AppState>,
    Query(filter): Query<ValuesFilter>,
) -> AppResult<Json<Vec<MonitorValue>>> {
    if let Some(key) = &filter.indicator {
        if !INDICATORS.iter().any(|i| i.key == key) {
            return Err(AppError::BadRequest);
        }
    }
    let mut out = vec![];
    for ind in INDICATORS {
        if filter.indicator.as_deref().is_some_and(|k| k != ind.key) {
            continue;
        }
        for wf in figures::published(&state.db, ind.key).await?.iter() {
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
    Ok(Json(out))
}

#[derive(OpenApi)]
#[openapi(paths(values), components(schemas(MonitorValue, Published)))]
pub struct MonitorApi;
