//! `/api/v1/mediation/…`: the published figures per year (small cells suppressed, as on
//! `/bemiddeling/cijfers`). Case files never leave through the API.

use crate::figures::{self, PublishedCounts, PublishedMediationYear, DEFAULT_THRESHOLD};
use crate::queries;
use axum::extract::State;
use axum::Json;
use kansrijk_kernel::web::{AppResult, AppState};
use utoipa::OpenApi;

/// The first day of the year `years_back` years before this one.
pub fn from_year(years_back: i16) -> String {
    let today = jiff::Zoned::now()
        .with_time_zone(kansrijk_kernel::time::amsterdam().clone())
        .date();
    format!("{}-01-01", today.year() - years_back)
}

/// The published figures of this year and the two before, newest first.
pub async fn published_years(state: &AppState) -> AppResult<Vec<PublishedMediationYear>> {
    let rows = queries::figure_rows(&state.db, &from_year(2)).await?;
    Ok(figures::exact(&rows)
        .iter()
        .map(|y| figures::published(y, DEFAULT_THRESHOLD))
        .collect())
}

/// Mediation figures per year: cases per topic, referrer and outcome, the share solved and the
/// median days to intake and to closure. Counts below the threshold are "small"; cells that
/// would let one recompute a small count are "hidden".
#[utoipa::path(get, path = "/api/v1/mediation/figures", tag = "mediation",
    responses((status = 200, body = [PublishedMediationYear])))]
pub async fn figures(
    State(state): State<AppState>,
) -> AppResult<Json<Vec<PublishedMediationYear>>> {
    Ok(Json(published_years(&state).await?))
}

#[derive(OpenApi)]
#[openapi(
    paths(figures),
    components(schemas(PublishedMediationYear, PublishedCounts, kansrijk_reports::figures::Shown)),
    tags((name = "mediation", description = "Buurtbemiddeling: published figures (small cells suppressed)"))
)]
pub struct MediationApi;
