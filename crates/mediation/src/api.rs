//! `/api/v1/mediation/…`: the published figures per year (small cells suppressed, as on
//! `/bemiddeling/cijfers`), and for a referrer's system (an API key with the `mediation` scope)
//! the metadata of the cases its organisation referred. Case files never leave through the API.

use crate::figures::{self, PublishedCounts, PublishedMediationYear, DEFAULT_THRESHOLD};
use crate::queries::{self, ReferredRow};
use axum::extract::{OriginalUri, Query, State};
use axum::response::Response;
use axum::Json;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::api::PageParams;
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::scope::Scope;
use kansrijk_kernel::web::{AppResult, AppState};
use serde::Serialize;
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

/// What a referrer's system sees of a case it referred: no names, contact details or texts.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReferredCase {
    pub id: i64,
    /// self, police, housing, municipality, school, meldpunt, wijkteam.
    pub referrer_type: String,
    /// noise, garden, children, pets, parking, intimidation, pollution, treatment, other.
    pub topic: String,
    /// The CBS code of the buurt, if known.
    pub buurt: Option<String>,
    /// received, intake, suitable, assigned, party1, party2, joint, agreements, aftercare, closed.
    pub stage: String,
    #[schema(format = Date)]
    pub received_on: String,
    #[schema(format = Date)]
    pub intake_on: Option<String>,
    #[schema(format = Date)]
    pub closed_on: Option<String>,
    /// solved, partly_solved, not_solved, referred, stopped (once closed).
    pub outcome: Option<String>,
}

impl From<ReferredRow> for ReferredCase {
    fn from(r: ReferredRow) -> Self {
        ReferredCase {
            id: r.id,
            referrer_type: r.referrer_type,
            topic: r.topic,
            buurt: r.buurt_code,
            stage: r.stage,
            received_on: r.received_on,
            intake_on: r.intake_on,
            closed_on: r.closed_on,
            outcome: r.outcome,
        }
    }
}

/// The cases the caller's organisation referred (within the key's area, if it has one), newest
/// first. Needs an API key with the `mediation` scope (or a mediation coordinator's session:
/// then the coordinator's organisation counts as the referrer).
#[utoipa::path(get, path = "/api/v1/mediation/cases", tag = "mediation", params(PageParams),
    responses((status = 200, body = [ReferredCase], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are"))),
        (status = 401, description = "No valid API key or session"),
        (status = 403, description = "The key lacks the mediation scope")))]
pub async fn cases(
    State(state): State<AppState>,
    me: CurrentUser,
    OriginalUri(uri): OriginalUri,
    Query(page): Query<PageParams>,
) -> AppResult<Response> {
    let areas = Scope::load(&state.db, &me, Permission::HandleMediation)
        .await?
        .areas;
    let rows = match me.organisation_id {
        Some(org) => queries::referred_by(&state.db, org, &areas).await?,
        // Without an organisation nobody referred anything.
        None => vec![],
    };
    page.answer(rows.into_iter().map(ReferredCase::from).collect(), &uri)
}

#[derive(OpenApi)]
#[openapi(
    paths(figures, cases),
    components(schemas(PublishedMediationYear, PublishedCounts, kansrijk_reports::figures::Shown, ReferredCase)),
    tags((name = "mediation", description = "Buurtbemiddeling: published figures (small cells suppressed) and the metadata of cases a referrer's system referred"))
)]
pub struct MediationApi;
