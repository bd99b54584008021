//! `/api/v1/reports/figures` (the published figures, public) and `/api/v1/reports/cases` (case
//! metadata without personal content, for report handlers' systems).

use crate::figures::{self, PublishedYear};
use crate::handlers::{chosen_year, YearQuery};
use crate::{queries, stats};
use axum::extract::{Query, State};
use axum::Json;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::scope::Scope;
use kansrijk_kernel::web::{AppResult, AppState};
use serde::Serialize;
use utoipa::OpenApi;

/// Published figures of the meldpunt for one year (small cells suppressed).
#[utoipa::path(get, path = "/api/v1/reports/figures", tag = "reports", params(YearQuery),
    responses((status = 200, body = PublishedYear)))]
pub async fn api_figures(
    State(state): State<AppState>,
    Query(q): Query<YearQuery>,
) -> AppResult<Json<PublishedYear>> {
    let (year, _) = chosen_year(&state, &q).await?;
    Ok(Json(stats::published(&state.db, year).await?))
}

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// Case metadata (no personal content), for report handlers' systems.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CaseMeta {
    pub reference: String,
    pub status: String,
    /// RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub received_at: String,
    pub buurt: Option<String>,
    pub terrain: String,
    pub nature: String,
    /// RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub due_at: Option<String>,
}

/// Open cases (metadata only). Needs a logged-in report handler.
#[utoipa::path(get, path = "/api/v1/reports/cases", tag = "reports",
    responses((status = 200, body = [CaseMeta]), (status = 401, description = "Not logged in as a report handler")))]
pub async fn api_cases(
    State(state): State<AppState>,
    me: CurrentUser,
) -> AppResult<Json<Vec<CaseMeta>>> {
    let areas = Scope::load(&state.db, &me, Permission::HandleReports)
        .await?
        .areas;
    let rows = queries::queue(&state.db, &Default::default(), me.id, &areas, 1000).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| CaseMeta {
                reference: r.r#ref,
                status: r.status,
                received_at: rfc3339(r.created_at),
                buurt: r.area_name,
                terrain: r.terrain,
                nature: r.nature,
                due_at: r.due_at.map(rfc3339),
            })
            .collect(),
    ))
}

#[derive(OpenApi)]
#[openapi(
    paths(api_figures, api_cases),
    components(schemas(figures::PublishedYear, figures::PublishedBreakdown, figures::Shown, CaseMeta)),
    tags((name = "reports", description = "The meldpunt: published figures (small cells suppressed) and case metadata"))
)]
pub struct ReportsApi;
