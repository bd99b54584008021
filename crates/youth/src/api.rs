//! `/api/v1/youth/…`: the published campaigns of the stage, as on `/podium`: the story, the
//! form, the milestone, the team by first name (only members whose consent covers publishing)
//! and the coach's organisation. Never a contact, a surname, an age or a consent record.

use crate::handlers::public_names;
use crate::queries::{self, CampaignRow};
use axum::extract::{OriginalUri, Query, State};
use axum::response::Response;
use axum::Json;
use kansrijk_kernel::api::PageParams;
use kansrijk_kernel::web::{AppError, AppResult, AppState, RecordId};
use serde::Serialize;
use utoipa::OpenApi;

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// A campaign on the youth stage.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Campaign {
    pub id: i64,
    pub name: String,
    /// What image of Liendert the team wants to show, for whom and how.
    pub story: String,
    pub audience: String,
    /// video, photos, posters, social, event.
    pub form: String,
    /// idea, plan, production, launch, evaluation.
    pub milestone: String,
    /// First names of the team members who consented to publishing.
    pub team: Vec<String>,
    /// The organisation of the coach, if any.
    pub coach_organisation: Option<String>,
    #[schema(format = DateTime)]
    pub published_at: Option<String>,
}

async fn to_api(state: &AppState, c: CampaignRow) -> AppResult<Campaign> {
    let team = public_names(&queries::members(&state.db, c.id).await?);
    Ok(Campaign {
        id: c.id,
        name: c.name,
        story: c.idea,
        audience: c.audience,
        form: c.form,
        milestone: c.milestone,
        team,
        coach_organisation: c.coach_organisation,
        published_at: c.published_at.map(rfc3339),
    })
}

/// The published campaigns, newest first.
#[utoipa::path(get, path = "/api/v1/youth/campaigns", tag = "youth", params(PageParams),
    responses((status = 200, body = [Campaign], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are")))))]
pub async fn campaigns(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    Query(page): Query<PageParams>,
) -> AppResult<Response> {
    let mut all = vec![];
    for c in queries::published(&state.db, 10_000, 0).await? {
        all.push(to_api(&state, c).await?);
    }
    page.answer(all, &uri)
}

/// One published campaign.
#[utoipa::path(get, path = "/api/v1/youth/campaigns/{id}", tag = "youth",
    params(("id" = i64, Path, description = "The campaign's id")),
    responses((status = 200, body = Campaign), (status = 404, description = "No published campaign with this id")))]
pub async fn campaign(
    State(state): State<AppState>,
    RecordId(id): RecordId,
) -> AppResult<Json<Campaign>> {
    let c = queries::published_one(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(to_api(&state, c).await?))
}

#[derive(OpenApi)]
#[openapi(
    paths(campaigns, campaign),
    components(schemas(Campaign)),
    tags((name = "youth", description = "Jongerenpodium: the published campaigns of young people, team by first name only"))
)]
pub struct YouthApi;
