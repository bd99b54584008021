//! The coordinator's pages (`/beheer/podium`): every campaign with its consent state; one
//! campaign with the team, the contact (opened and audited), the coach (only someone with a
//! valid youth-coach certificate), publishing (only with consent), ending and deleting the
//! team's data on request.

use crate::handlers::{team_members, TeamMember};
use crate::model::{self, COACH_COURSE};
use crate::queries::{self, CampaignRow};
use crate::timeline::{self, Timeline};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::accounts::queries::people_with_role;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{
    invalid, render, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

/// A campaign in the list, with whether its team's consent is complete.
pub struct Listed {
    pub campaign: CampaignRow,
    pub ready: bool,
}

#[derive(Template)]
#[template(path = "beheer/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub campaigns: Vec<Listed>,
}

pub async fn index(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let mut campaigns = vec![];
    for campaign in queries::campaigns(&state.db, None).await? {
        let covers: Vec<_> = queries::members(&state.db, campaign.id)
            .await?
            .iter()
            .map(|m| m.covers())
            .collect();
        campaigns.push(Listed {
            ready: model::may_publish(&covers).is_ok(),
            campaign,
        });
    }
    Ok(render(&IndexPage {
        page: page.titled("youth-manage-title"),
        campaigns,
    }))
}

#[derive(Template)]
#[template(path = "beheer/campaign.html")]
pub struct CampaignPage {
    pub page: Page,
    pub campaign: CampaignRow,
    pub members: Vec<TeamMember>,
    /// E-mail and phone of the contact person.
    pub contact: Vec<String>,
    pub coaches: Vec<(i64, String)>,
    pub coach_name: String,
    pub timeline: Timeline,
    pub errors: FieldErrors,
    pub ready: bool,
    pub reach: Vec<model::ReachDay>,
    pub evaluation: String,
}

/// The campaign, or 404.
async fn campaign_of(state: &AppState, id: i64) -> AppResult<CampaignRow> {
    queries::campaign(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// After a change to a campaign: back to its page.
fn to_campaign(id: i64) -> Response {
    Redirect::to(&format!("/beheer/podium/{id}")).into_response()
}

async fn campaign_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    id: i64,
    errors: FieldErrors,
) -> AppResult<Response> {
    let campaign = campaign_of(state, id).await?;
    audit::record(
        &state.db,
        Some(user),
        Action::Read,
        "youth_campaign",
        &id.to_string(),
        "team, contact, thread and coach log",
    )
    .await?;
    let members = team_members(state, id).await?;
    let covers: Vec<_> = members.iter().map(|m| m.member.covers()).collect();
    let contact = queries::contact(&state.db, &state.sealer, id)
        .await?
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let coaches: Vec<(i64, String)> = people_with_role(&state.db, Role::YouthCoach, None)
        .await?
        .into_iter()
        .map(|c| (c.user_id, c.name))
        .collect();
    let coach_name = coaches
        .iter()
        .find(|(c, _)| Some(*c) == campaign.coach_id)
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    let title = campaign.name.clone();
    Ok(render(&CampaignPage {
        page: page.with_title(title),
        ready: model::may_publish(&covers).is_ok(),
        reach: crate::handlers::reactions::reach(state, id).await?,
        evaluation: queries::evaluation(&state.db, &state.sealer, id).await?,
        timeline: timeline::load(state, id, true).await?,
        campaign,
        members,
        contact,
        coaches,
        coach_name,
        errors,
    }))
}

/// `GET /beheer/podium/{id}`.
pub async fn campaign(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    campaign_page(&state, &user, page, id, FieldErrors::new()).await
}

/// `POST /beheer/podium/{id}/publiceren`: on the stage, only when every member consented.
pub async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    if queries::set_published(&state.db, id, true).await? {
        return Ok(to_campaign(id));
    }
    let covers: Vec<_> = queries::members(&state.db, id)
        .await?
        .iter()
        .map(|m| m.covers())
        .collect();
    let key = model::may_publish(&covers)
        .err()
        .unwrap_or("youth-error-consent-missing");
    let errors = FieldErrors::single("publish", key);
    Ok(invalid(
        campaign_page(&state, &user, page, id, errors).await?,
    ))
}

/// `POST /beheer/podium/{id}/offline`: off the stage.
pub async fn unpublish(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    campaign_of(&state, id).await?;
    queries::set_published(&state.db, id, false).await?;
    Ok(to_campaign(id))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CoachForm {
    pub coach: String,
}

/// `POST /beheer/podium/{id}/coach`: assigns a coach holding a valid youth-coach certificate
/// (training module); anyone else is refused with a message beside the field.
pub async fn assign_coach(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(input): Form<CoachForm>,
) -> AppResult<Response> {
    campaign_of(&state, id).await?;
    let coaches = people_with_role(&state.db, Role::YouthCoach, None).await?;
    let chosen = input
        .coach
        .parse::<i64>()
        .ok()
        .filter(|c| coaches.iter().any(|h| h.user_id == *c));
    let error = match chosen {
        None => Some("youth-error-coach"),
        Some(c)
            if !kansrijk_training::holds_valid_certificate(&state.db, c, COACH_COURSE, now())
                .await? =>
        {
            Some("youth-error-coach-untrained")
        }
        Some(c) => {
            queries::assign_coach(&state.db, id, c).await?;
            None
        }
    };
    match error {
        None => Ok(to_campaign(id)),
        Some(key) => Ok(invalid(
            campaign_page(&state, &user, page, id, FieldErrors::single("coach", key)).await?,
        )),
    }
}

/// `POST /beheer/podium/{id}/einde`: the campaign ends; the retention period starts.
pub async fn end(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    campaign_of(&state, id).await?;
    queries::end_campaign(&state.db, id).await?;
    Ok(to_campaign(id))
}

/// `POST /beheer/podium/{id}/wissen`: deletes the team's data now (on request).
pub async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    campaign_of(&state, id).await?;
    queries::delete_team_data(&state.db, id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Delete,
        "youth_campaign",
        &id.to_string(),
        "team data deleted on request",
    )
    .await?;
    Ok(to_campaign(id))
}

// ---- moderation of reactions -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/reactions.html")]
pub struct ReactionsPage {
    pub page: Page,
    pub reactions: Vec<queries::ReactionRow>,
    pub threshold: i64,
    pub errors: FieldErrors,
}

async fn reactions_page(state: &AppState, page: Page, errors: FieldErrors) -> AppResult<Response> {
    Ok(render(&ReactionsPage {
        page: page.titled("youth-moderate-title"),
        reactions: queries::flagged_reactions(&state.db).await?,
        threshold: model::FLAG_THRESHOLD,
        errors,
    }))
}

/// `GET /beheer/podium/reacties`: flagged reactions waiting for a decision.
pub async fn reactions(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    reactions_page(&state, page, FieldErrors::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    /// `keep` or `hide`.
    pub decision: String,
    pub reason: String,
}

/// `POST /beheer/podium/reacties/{id}`: keep a flagged reaction, or hide it with a reason the
/// author gets by mail (as in the agreements module).
pub async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(input): Form<DecisionForm>,
) -> AppResult<Response> {
    let reaction = queries::reaction(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reason = kansrijk_kernel::web::forms::clean(&input.reason, 500);
    let hide = match input.decision.as_str() {
        "keep" => None,
        "hide" if !reason.is_empty() => Some(reason.as_str()),
        "hide" => {
            let errors = FieldErrors::single("reason", "youth-error-reason");
            return Ok(invalid(reactions_page(&state, page, errors).await?));
        }
        _ => return Err(AppError::BadRequest),
    };
    if queries::decide_reaction(&state.db, id, user.id, hide).await? {
        audit::record(
            &state.db,
            Some(&user),
            Action::Update,
            "youth_reaction",
            &id.to_string(),
            if hide.is_some() { "hidden" } else { "kept" },
        )
        .await?;
        if let Some(reason) = hide {
            let link = format!(
                "{}/podium/{}",
                state.config.public_url(),
                reaction.campaign_id
            );
            let m = kansrijk_kernel::mail::compose(
                &state.tr(&reaction.author.lang),
                &reaction.author.email,
                "youth-hidden",
                &[("reason", reason)],
                Some(&link),
            );
            kansrijk_kernel::mail::queue(&state.db, &m).await?;
        }
    }
    Ok(Redirect::to("/beheer/podium/reacties").into_response())
}
