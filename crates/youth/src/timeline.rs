//! The shared timeline of a team and its coach: milestones (idea → plan → production → launch
//! → evaluation), tasks, the team thread and the coach log of supervision moments. There are no
//! private messages: the coach talks to the team in the logged thread only. The coach's pages
//! (`/podium/coach`) show only the campaigns assigned to them; any other answers 404 and the
//! attempt is audited.

use crate::handlers::team_campaign;
use crate::model::{self, MILESTONES};
use crate::queries::{self, CampaignRow};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::scope::{self, Owner};
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::{
    invalid, render, AppResult, AppState, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

/// One entry as shown.
pub struct Entry {
    pub id: i64,
    pub kind: String,
    pub milestone: String,
    pub body: String,
    pub done: bool,
    /// The coach's name; empty for the team.
    pub by: String,
    pub at: i64,
}

/// The timeline of a campaign.
#[derive(Default)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    /// Where a task is marked done (the team's or the coach's address).
    pub post_url: String,
}

impl Timeline {
    pub fn milestones(&self) -> &'static [&'static str] {
        MILESTONES
    }

    pub fn with_post_url(mut self, url: String) -> Timeline {
        self.post_url = url;
        self
    }

    pub fn of_kind(&self, kind: &str) -> Vec<&Entry> {
        self.entries.iter().filter(|e| e.kind == kind).collect()
    }
}

/// Loads and opens the timeline; the coach log only with `with_log`.
pub async fn load(state: &AppState, campaign_id: i64, with_log: bool) -> AppResult<Timeline> {
    let rows = queries::timeline(&state.db, campaign_id, with_log).await?;
    let entries = rows
        .into_iter()
        .map(|r| Entry {
            body: r
                .body_sealed
                .as_deref()
                .and_then(|s| {
                    state
                        .sealer
                        .open(&queries::place("timeline", r.id, "body"), s)
                        .ok()
                })
                .unwrap_or_default(),
            id: r.id,
            kind: r.kind,
            milestone: r.milestone,
            done: r.done,
            by: r.by_name.unwrap_or_default(),
            at: r.created_at,
        })
        .collect();
    Ok(Timeline {
        entries,
        post_url: String::new(),
    })
}

/// A post to the timeline.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PostForm {
    /// `message`, `task` or `log` (the coach), `message` (the team), `done` (a task id).
    pub kind: String,
    pub body: String,
    pub task: String,
}

/// Checks a post: the kind allowed for the poster, a text of 1–2000 characters.
pub fn validate_post(form: &PostForm, coach: bool) -> Result<(String, String), FieldErrors> {
    let allowed: &[&str] = if coach {
        &["message", "task", "log"]
    } else {
        &["message"]
    };
    let mut errors = FieldErrors::new();
    if !allowed.contains(&form.kind.as_str()) {
        errors.add("kind", "youth-error-kind");
    }
    let body = clean(&form.body, 2000);
    if body.is_empty() {
        errors.add("body", "youth-error-body");
    }
    errors.or_ok((form.kind.clone(), body))
}

// ---- the team ----------------------------------------------------------------------------------

/// `POST /podium/team/{token}/bericht`: a message in the team thread, or a task marked done.
pub async fn team_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(input): Form<PostForm>,
) -> AppResult<Response> {
    let campaign = team_campaign(&state, &token).await?;
    let back = format!("/podium/team/{token}#tijdlijn");
    if let Ok(task) = input.task.parse::<i64>() {
        queries::task_done(&state.db, campaign.id, task).await?;
        return Ok(Redirect::to(&back).into_response());
    }
    if let Ok((kind, body)) = validate_post(&input, false) {
        queries::add_entry(
            &state.db,
            &state.sealer,
            campaign.id,
            &kind,
            "",
            &body,
            None,
        )
        .await?;
    }
    Ok(Redirect::to(&back).into_response())
}

// ---- the coach ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coach_list.html")]
pub struct CoachListPage {
    pub page: Page,
    pub campaigns: Vec<CampaignRow>,
}

/// `GET /podium/coach`: the campaigns assigned to this coach.
pub async fn coach_list(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let campaigns = queries::campaigns(&state.db, Some(user.id)).await?;
    Ok(render(&CoachListPage {
        page: page.titled("youth-coach-title"),
        campaigns,
    }))
}

#[derive(Template)]
#[template(path = "coach_campaign.html")]
pub struct CoachPage {
    pub page: Page,
    pub campaign: CampaignRow,
    pub timeline: Timeline,
    pub members: Vec<queries::MemberRow>,
    pub next: Option<&'static str>,
    pub form: PostForm,
    pub errors: FieldErrors,
}

/// The campaign, if this coach is assigned to it (404 and an audit entry otherwise).
async fn coached(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<CampaignRow> {
    let campaign = queries::campaign(&state.db, id).await?;
    let coach: Vec<i64> = campaign
        .as_ref()
        .and_then(|c| c.coach_id)
        .into_iter()
        .collect();
    scope::check(
        &state.db,
        user,
        Permission::CoachYouth,
        "youth_campaign",
        &id.to_string(),
        Owner::Assigned(&coach),
    )
    .await?;
    campaign.ok_or(kansrijk_kernel::web::AppError::NotFound)
}

async fn coach_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    campaign: CampaignRow,
    form: PostForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    audit::record(
        &state.db,
        Some(user),
        Action::Read,
        "youth_campaign",
        &campaign.id.to_string(),
        "team thread and coach log",
    )
    .await?;
    let timeline = load(state, campaign.id, true)
        .await?
        .with_post_url(format!("/podium/coach/{}/bericht", campaign.id));
    let members = queries::members(&state.db, campaign.id).await?;
    let title = campaign.name.clone();
    Ok(render(&CoachPage {
        page: page.with_title(title),
        next: model::next_milestone(&campaign.milestone),
        campaign,
        timeline,
        members,
        form,
        errors,
    }))
}

/// `GET /podium/coach/{id}`: the campaign's timeline, thread and coach log.
pub async fn coach_campaign(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let campaign = coached(&state, &user, id).await?;
    coach_page(
        &state,
        &user,
        page,
        campaign,
        PostForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// `POST /podium/coach/{id}/bericht`: a message, task or log entry by the coach.
pub async fn coach_post(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(input): Form<PostForm>,
) -> AppResult<Response> {
    let campaign = coached(&state, &user, id).await?;
    if let Ok(task) = input.task.parse::<i64>() {
        queries::task_done(&state.db, id, task).await?;
        return Ok(Redirect::to(&format!("/podium/coach/{id}#tijdlijn")).into_response());
    }
    match validate_post(&input, true) {
        Ok((kind, body)) => {
            queries::add_entry(
                &state.db,
                &state.sealer,
                id,
                &kind,
                "",
                &body,
                Some(user.id),
            )
            .await?;
            Ok(Redirect::to(&format!("/podium/coach/{id}#tijdlijn")).into_response())
        }
        Err(errors) => Ok(invalid(
            coach_page(&state, &user, page, campaign, input, errors).await?,
        )),
    }
}

/// `POST /podium/coach/{id}/mijlpaal`: the campaign reaches its next milestone.
pub async fn coach_milestone(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<kansrijk_kernel::web::Empty>,
) -> AppResult<Response> {
    let campaign = coached(&state, &user, id).await?;
    if let Some(next) = model::next_milestone(&campaign.milestone) {
        queries::add_entry(
            &state.db,
            &state.sealer,
            id,
            "milestone",
            next,
            "",
            Some(user.id),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/podium/coach/{id}#tijdlijn")).into_response())
}

// ---- the team's call to action and evaluation --------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct TeamTextForm {
    pub cta_text: String,
    pub cta_url: String,
    pub evaluation: String,
}

/// `POST /podium/team/{token}/oproep`: the campaign's call to action (e.g. join an activity).
pub async fn team_cta(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(input): Form<TeamTextForm>,
) -> AppResult<Response> {
    let cta = model::validate_cta(&input.cta_text, &input.cta_url);
    let campaign = team_campaign(&state, &token).await?;
    match cta {
        Ok((text, url)) => {
            queries::set_cta(&state.db, campaign.id, &text, &url).await?;
            Ok(Redirect::to(&format!("/podium/team/{token}#oproep")).into_response())
        }
        Err(errors) => Ok(invalid(
            crate::handlers::team_page(&state, page, token, campaign, errors).await?,
        )),
    }
}

/// `POST /podium/team/{token}/evaluatie`: the team's own evaluation (sealed; the team and the
/// coordinator read it).
pub async fn team_evaluation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(input): Form<TeamTextForm>,
) -> AppResult<Response> {
    let evaluation = model::validate_evaluation(&input.evaluation);
    let campaign = team_campaign(&state, &token).await?;
    let text = match evaluation {
        Ok(text) => text,
        Err(errors) => {
            let page = crate::handlers::team_page(&state, page, token, campaign, errors).await?;
            return Ok(invalid(page));
        }
    };
    queries::set_evaluation(&state.db, &state.sealer, campaign.id, &text).await?;
    Ok(Redirect::to(&format!("/podium/team/{token}#evaluatie")).into_response())
}
