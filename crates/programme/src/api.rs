//! `/api/v1/programmes` and `/api/v1/approaches` (read-only). Texts come in the language chosen
//! with `?lang=` or `Accept-Language` (Dutch by default); `language` says which one was found.

use crate::model::{paragraphs, Pillar, Status};
use crate::queries;
use axum::extract::{Path, State};
use axum::Extension;
use axum::Json;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{AppError, AppResult, AppState};
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeDto {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub status: Status,
    /// Language of the texts (falls back to `nl`).
    pub language: String,
    pub contact_name: Option<String>,
    /// Links to the approaches of this programme.
    pub approaches: Vec<ApproachSummaryDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApproachSummaryDto {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub status: Status,
    pub language: String,
    pub pillars: Vec<Pillar>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApproachDto {
    pub slug: String,
    pub programme: String,
    pub title: String,
    pub summary: String,
    /// Paragraphs of the description.
    pub body: Vec<String>,
    pub status: Status,
    pub language: String,
    pub pillars: Vec<Pillar>,
    pub contact_name: Option<String>,
    /// "Wat gaan we doen?"
    pub actions: Vec<ActionDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionDto {
    pub title: String,
    pub body: Vec<String>,
    pub pillars: Vec<Pillar>,
    pub language: String,
}

/// The `lang` query parameter every text-bearing endpoint accepts.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct LangParam {
    /// `nl` (default), `en`, `tr`, `ar` or `pl`; `Accept-Language` is used when absent.
    lang: Option<String>,
}

async fn programme_dto(
    state: &AppState,
    p: queries::Programme,
    lang: Lang,
) -> AppResult<ProgrammeDto> {
    let pillars = queries::approach_pillars(&state.db, p.id).await?;
    let approaches = queries::approaches(&state.db, p.id, lang)
        .await?
        .into_iter()
        .map(|a| ApproachSummaryDto {
            pillars: pillars
                .iter()
                .filter(|(id, _)| *id == a.id)
                .map(|(_, x)| *x)
                .collect(),
            status: Status::parse(&a.status).unwrap_or(Status::Active),
            slug: a.slug,
            title: a.title,
            summary: a.summary,
            language: a.text_lang,
        })
        .collect();
    Ok(ProgrammeDto {
        status: Status::parse(&p.status).unwrap_or(Status::Active),
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        language: p.text_lang,
        contact_name: p.contact_name,
        approaches,
    })
}

/// List the neighbourhood plans (programmes) of this installation.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "programme", params(LangParam),
    responses((status = 200, body = [ProgrammeDto])))]
pub async fn list_programmes(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> AppResult<Json<Vec<ProgrammeDto>>> {
    let mut list = vec![];
    for p in queries::programmes(&state.db, lang).await? {
        list.push(programme_dto(&state, p, lang).await?);
    }
    Ok(Json(list))
}

/// One programme with its approaches.
#[utoipa::path(get, path = "/api/v1/programmes/{slug}", tag = "programme",
    params(("slug" = String, Path, description = "e.g. kansrijk-liendert"), LangParam),
    responses((status = 200, body = ProgrammeDto), (status = 404, description = "Unknown programme", content_type = "application/problem+json")))]
pub async fn get_programme(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(slug): Path<String>,
) -> AppResult<Json<ProgrammeDto>> {
    let p = queries::programme_by_slug(&state.db, &slug, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(programme_dto(&state, p, lang).await?))
}

/// One core approach (kernaanpak) with its actions.
#[utoipa::path(get, path = "/api/v1/approaches/{slug}", tag = "programme",
    params(("slug" = String, Path, description = "e.g. liendert-voor-iedereen"), LangParam),
    responses((status = 200, body = ApproachDto), (status = 404, description = "Unknown approach", content_type = "application/problem+json")))]
pub async fn get_approach(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(slug): Path<String>,
) -> AppResult<Json<ApproachDto>> {
    let detail = queries::approach_detail(&state.db, &slug, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    let (a, programme) = (detail.approach, detail.programme);
    let actions = detail
        .actions
        .into_iter()
        .map(|x| ActionDto {
            pillars: x.pillar_list(),
            body: paragraphs(&x.body),
            title: x.title,
            language: x.text_lang,
        })
        .collect();
    Ok(Json(ApproachDto {
        status: Status::parse(&a.status).unwrap_or(Status::Active),
        body: paragraphs(&a.body),
        slug: a.slug,
        programme: programme.slug,
        title: a.title,
        summary: a.summary,
        language: a.text_lang,
        pillars: detail.pillars,
        contact_name: a.contact_name,
        actions,
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(list_programmes, get_programme, get_approach),
    components(schemas(ProgrammeDto, ApproachSummaryDto, ApproachDto, ActionDto, Status, Pillar)),
    tags((name = "programme", description = "The neighbourhood plan and its core approaches"))
)]
pub struct ProgrammeApi;
