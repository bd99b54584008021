//! Residents on the stage: reactions (moderated as in the agreements module: flags, hidden
//! after [`crate::model::FLAG_THRESHOLD`] flags until the coordinator decides, the author told why), support
//! (once per person), and the reach figures (views per day without cookies, supports,
//! reactions) for the team and the coordinator.

use super::campaign_page;
use crate::model::{self, ReachDay};
use crate::queries;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::{
    invalid, AppError, AppResult, AppState, Empty, Form, Page, ReasonForm, RecordId,
};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReactionForm {
    pub body: String,
}

/// `POST /podium/{id}/reageren`: a reaction by someone logged in, to a published campaign. At
/// most 20 an hour per person.
pub async fn react(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(input): Form<ReactionForm>,
) -> AppResult<Response> {
    let campaign = queries::published_one(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match model::validate_reaction(&input.body) {
        Ok(body) => {
            ratelimit::hit(&state.db, &format!("youth:react:{}", user.id), 20, 3600).await?;
            let r = queries::add_reaction(&state.db, id, user.id, &body).await?;
            Ok(Redirect::to(&format!("/podium/{id}#reactie-{r}")).into_response())
        }
        Err(errors) => Ok(invalid(
            campaign_page(&state, page, campaign, errors, input.body).await?,
        )),
    }
}

/// `POST /podium/{id}/steunen`: support, once per person.
pub async fn support(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    queries::published_one(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::support(&state.db, id, user.id).await?;
    Ok(Redirect::to(&format!("/podium/{id}#steun")).into_response())
}

/// `POST /podium/reacties/{id}/melden`: anyone logged in flags a reaction for the coordinator;
/// at [`crate::model::FLAG_THRESHOLD`] flags it is hidden until the coordinator decides.
pub async fn flag(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(input): Form<ReasonForm>,
) -> AppResult<Response> {
    let reaction = queries::reaction(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::published_one(&state.db, reaction.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    ratelimit::hit(&state.db, &format!("youth:flag:{}", user.id), 30, 3600).await?;
    let reason = clean(&input.reason, 200);
    queries::flag_reaction(&state.db, id, user.id, &reason).await?;
    Ok(Redirect::to(&format!("/podium/{}#reacties", reaction.campaign_id)).into_response())
}

/// Reach per day of a campaign, newest first (days in Amsterdam time).
pub async fn reach(state: &AppState, campaign_id: i64) -> AppResult<Vec<ReachDay>> {
    let views = queries::views(&state.db, campaign_id).await?;
    let moments: Vec<(String, String)> = queries::reach_moments(&state.db, campaign_id)
        .await?
        .into_iter()
        .map(|(kind, ts)| (kind, kansrijk_kernel::time::utc_to_local(ts).0))
        .collect();
    Ok(model::reach_by_day(&views, &moments))
}
