//! Public pages of the youth stage: the stage (published campaigns), one campaign, the proposal
//! form, the team's page (opened with the team link, no account), and the consent page (opened
//! with a member's consent link: a parent under 16, the young person from 16).
//!
//! How a team acts without accounts: the proposal answers with a secret team link, shown once
//! and stored as a keyed hash (like the meldpunt's receipt codes). The link opens the team page,
//! with a consent link per member to pass on, the timeline and the team thread. Nothing on the
//! stage names anyone but by first name, and only with consent to publish.

pub mod reactions;

use crate::model::{self, CampaignForm, ConsentForm, AGE_BANDS, CHANNELS, FORMS, MEMBER_FIELDS};
use crate::queries::{self, CampaignRow, MemberRow};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::time::today;
use kansrijk_kernel::web::{
    invalid, render, AppError, AppResult, AppState, ClientAddr, Empty, FieldErrors, Form, Page,
    RecordId,
};

// ---- the stage ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "stage.html")]
pub struct StagePage {
    pub page: Page,
    pub campaigns: Vec<CampaignRow>,
}

/// `GET /podium`: the published campaigns.
pub async fn stage(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let campaigns = queries::published(&state.db, 100, 0).await?;
    Ok(render(&StagePage {
        page: page.titled("youth-title"),
        campaigns,
    }))
}

/// First names that may be shown: only members whose consent covers publishing work.
pub fn public_names(members: &[MemberRow]) -> Vec<String> {
    members
        .iter()
        .filter(|m| m.publish_work)
        .map(|m| m.first_name.clone())
        .collect()
}

#[derive(Template)]
#[template(path = "campaign.html")]
pub struct CampaignPage {
    pub page: Page,
    pub campaign: CampaignRow,
    pub team: Vec<String>,
    pub media: Vec<crate::queries::MediaRow>,
    pub reactions: Vec<crate::queries::ReactionRow>,
    pub supports: i64,
    pub errors: FieldErrors,
    pub body: String,
}

/// A published campaign's page, with a refused reaction's errors and text if any.
pub async fn campaign_page(
    state: &AppState,
    page: Page,
    campaign: CampaignRow,
    errors: FieldErrors,
    body: String,
) -> AppResult<Response> {
    let id = campaign.id;
    let team = public_names(&queries::members(&state.db, id).await?);
    let media = crate::media::public_media(state, &campaign).await?;
    let reactions = queries::reactions(&state.db, id)
        .await?
        .into_iter()
        .filter(|r| r.visible())
        .collect();
    let title = campaign.name.clone();
    Ok(render(&CampaignPage {
        page: page.with_title(title),
        supports: queries::supports(&state.db, id).await?,
        campaign,
        team,
        media,
        reactions,
        errors,
        body,
    }))
}

/// `GET /podium/{id}`: one published campaign (404 when it is not, or no longer, public). Each
/// view is counted per day, without a cookie or anything about the visitor.
pub async fn campaign(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let campaign = queries::published_one(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::count_view(&state.db, id, &today().to_string()).await?;
    campaign_page(&state, page, campaign, FieldErrors::new(), String::new()).await
}

// ---- taking part --------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub page: Page,
    pub form: CampaignForm,
    pub errors: FieldErrors,
    pub forms: &'static [&'static str],
    pub bands: &'static [&'static str],
    pub slots: [(&'static str, &'static str, &'static str); model::MEMBER_SLOTS],
}

impl JoinPage {
    /// The value typed in a member field.
    pub fn value(&self, field: &str) -> String {
        let members = self.form.members();
        for (fields, values) in MEMBER_FIELDS.iter().zip(members) {
            if fields.0 == field {
                return values.0.to_string();
            }
            if fields.1 == field {
                return values.1.to_string();
            }
            if fields.2 == field {
                return values.2.to_string();
            }
        }
        String::new()
    }
}

fn join_page(page: Page, form: CampaignForm, errors: FieldErrors) -> Response {
    render(&JoinPage {
        page: page.titled("youth-join-title"),
        form,
        errors,
        forms: FORMS,
        bands: AGE_BANDS,
        slots: MEMBER_FIELDS,
    })
}

pub async fn join_form(page: Page) -> Response {
    join_page(page, CampaignForm::default(), FieldErrors::new())
}

#[derive(Template)]
#[template(path = "joined.html")]
pub struct JoinedPage {
    pub page: Page,
    pub link: String,
}

/// `POST /podium/meedoen`: stores a valid proposal and shows the team link once. At most 10
/// proposals per address (IPv6: per /64) an hour.
pub async fn join(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(input): Form<CampaignForm>,
) -> AppResult<Response> {
    let campaign = match model::validate(&input, today()) {
        Ok(c) => c,
        Err(errors) => return Ok(invalid(join_page(page, input, errors))),
    };
    ratelimit::hit(
        &state.db,
        &format!("youth:ip:{}", ratelimit::address_group(&ip)),
        10,
        3600,
    )
    .await?;
    let (_, token) = queries::insert_campaign(&state.db, &state.sealer, &campaign).await?;
    Ok(render(&JoinedPage {
        page: page.titled("youth-joined-title"),
        link: format!("{}/podium/team/{token}", state.config.public_url()),
    }))
}

// ---- the team page ------------------------------------------------------------------------------

/// A member on the team page: the row, who consents now, and the consent link.
pub struct TeamMember {
    pub member: MemberRow,
    pub consent_by: &'static str,
    pub link: String,
}

#[derive(Template)]
#[template(path = "team.html")]
pub struct TeamPage {
    pub page: Page,
    pub campaign: CampaignRow,
    pub members: Vec<TeamMember>,
    pub ready: bool,
    pub timeline: crate::timeline::Timeline,
    pub token: String,
    pub media: Vec<crate::queries::MediaRow>,
    pub kinds: &'static [&'static str],
    pub errors: FieldErrors,
    pub reach: Vec<model::ReachDay>,
    pub evaluation: String,
}

/// The campaign of a team link, or 404.
pub async fn team_campaign(state: &AppState, token: &str) -> AppResult<CampaignRow> {
    queries::campaign_by_team_link(&state.db, &state.sealer, token)
        .await?
        .ok_or(AppError::NotFound)
}

/// The members with their consent links (for the team page and the coordinator).
pub async fn team_members(state: &AppState, campaign_id: i64) -> AppResult<Vec<TeamMember>> {
    let base = state.config.public_url();
    let today = today();
    Ok(queries::members(&state.db, campaign_id)
        .await?
        .into_iter()
        .map(|m| TeamMember {
            consent_by: model::consent_by(&m.age_band, m.born_month.as_deref(), today),
            link: queries::consent_link(&state.sealer, &m)
                .map(|t| format!("{base}/podium/toestemming/{t}"))
                .unwrap_or_default(),
            member: m,
        })
        .collect())
}

/// The team's page, with the errors of a refused upload if any.
pub async fn team_page(
    state: &AppState,
    page: Page,
    token: String,
    campaign: CampaignRow,
    errors: FieldErrors,
) -> AppResult<Response> {
    let members = team_members(state, campaign.id).await?;
    let covers: Vec<_> = members.iter().map(|m| m.member.covers()).collect();
    let timeline = crate::timeline::load(state, campaign.id, false)
        .await?
        .with_post_url(format!("/podium/team/{token}/bericht"));
    let title = campaign.name.clone();
    Ok(render(&TeamPage {
        page: page.with_title(title),
        ready: model::may_publish(&covers).is_ok(),
        media: queries::media(&state.db, campaign.id).await?,
        kinds: crate::model::media::KINDS,
        reach: reactions::reach(state, campaign.id).await?,
        evaluation: queries::evaluation(&state.db, &state.sealer, campaign.id).await?,
        campaign,
        members,
        timeline,
        token,
        errors,
    }))
}

/// `GET /podium/team/{token}`: the team's page.
pub async fn team(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let campaign = team_campaign(&state, &token).await?;
    team_page(&state, page, token, campaign, FieldErrors::new()).await
}

// ---- consent ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "consent.html")]
pub struct ConsentPage {
    pub page: Page,
    pub member: MemberRow,
    pub campaign: CampaignRow,
    pub by: &'static str,
    pub form: ConsentForm,
    pub errors: FieldErrors,
    pub channels: &'static [&'static str],
    pub version: &'static str,
    pub token: String,
    pub saved: bool,
}

async fn consent_member(state: &AppState, token: &str) -> AppResult<(MemberRow, CampaignRow)> {
    let member = queries::member_by_consent_link(&state.db, &state.sealer, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let campaign = queries::campaign(&state.db, member.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((member, campaign))
}

fn consent_page(
    page: Page,
    (member, campaign): (MemberRow, CampaignRow),
    form: ConsentForm,
    errors: FieldErrors,
    token: String,
    saved: bool,
) -> Response {
    let by = model::consent_by(&member.age_band, member.born_month.as_deref(), today());
    let title = page.t(format!("youth-consent-title-{by}"));
    render(&ConsentPage {
        page: page.with_title(title),
        member,
        campaign,
        by,
        form,
        errors,
        channels: CHANNELS,
        version: model::CONSENT_TEXT_VERSION,
        token,
        saved,
    })
}

/// `GET /podium/toestemming/{token}`: what the consent covers, and the form.
pub async fn consent_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let found = consent_member(&state, &token).await?;
    Ok(consent_page(
        page,
        found,
        ConsentForm::default(),
        FieldErrors::new(),
        token,
        false,
    ))
}

/// `POST /podium/toestemming/{token}`: records the consent (date, text version, channel, and
/// each thing covered separately).
pub async fn give_consent(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(input): Form<ConsentForm>,
) -> AppResult<Response> {
    let (member, campaign) = consent_member(&state, &token).await?;
    let by = model::consent_by(&member.age_band, member.born_month.as_deref(), today());
    match model::validate_consent(&input, by) {
        Ok(consent) => {
            queries::give_consent(&state.db, member.id, &consent, model::CONSENT_TEXT_VERSION)
                .await?;
            let found = consent_member(&state, &token).await?;
            Ok(consent_page(
                page,
                found,
                input,
                FieldErrors::new(),
                token,
                true,
            ))
        }
        Err(errors) => Ok(invalid(consent_page(
            page,
            (member, campaign),
            input,
            errors,
            token,
            false,
        ))),
    }
}

/// `POST /podium/toestemming/{token}/intrekken`: withdraws the consent with one click; the
/// campaign leaves the stage at once.
pub async fn withdraw_consent(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let (member, _) = consent_member(&state, &token).await?;
    queries::withdraw_consent(&state.db, member.id).await?;
    Ok(Redirect::to(&format!("/podium/toestemming/{token}")).into_response())
}
