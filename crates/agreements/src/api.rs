//! `/api/v1/charter` (the charter in force and its versions) and `/api/v1/proposals` (read-only,
//! public). Texts come in the language chosen with `?lang=` or `Accept-Language`, falling back
//! to Dutch; `language` says which one was found. Authors are not published.

use crate::model::{Change, Status};
use crate::queries::{self, Proposal};
use axum::extract::{Query, State};
use axum::{Extension, Json};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{AppError, AppResult, AppState, RecordId};
use kansrijk_programme::model::Pillar;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgreementDto {
    pub id: i64,
    pub pillar: Pillar,
    pub text: String,
    /// Language of the text (falls back to `nl`).
    pub language: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommitmentDto {
    pub text: String,
    /// When the coordinator checked that the commitment is kept (RFC 3339), if ever.
    #[schema(format = DateTime)]
    pub reviewed_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignatureDto {
    pub organisation: String,
    /// The charter version that was signed.
    pub version: i64,
    #[schema(format = DateTime)]
    pub signed_at: String,
    pub commitments: Vec<CommitmentDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionDto {
    pub number: i64,
    #[schema(format = DateTime)]
    pub adopted_at: String,
    /// What changed, in the steering group's words (Dutch).
    pub summary: String,
    pub agreements: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CharterDto {
    /// The version in force; none before the first adoption.
    pub version: Option<VersionDto>,
    pub agreements: Vec<AgreementDto>,
    pub signatures: Vec<SignatureDto>,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionDetailDto {
    #[serde(flatten)]
    pub version: VersionDto,
    pub items: Vec<AgreementDto>,
    /// Differences with the version before.
    pub changes: Vec<Change>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalDto {
    pub id: i64,
    pub title: String,
    pub explanation: String,
    pub pillar: Pillar,
    pub neighbourhood: Option<String>,
    /// E.g. the children's council, when proposed through its supervisor.
    pub on_behalf_of: Option<String>,
    pub status: Status,
    pub supports: i64,
    /// Supports from verified residents of Liendert.
    pub supports_from_liendert: i64,
    pub comments: i64,
    pub decision_reason: Option<String>,
    #[schema(format = DateTime)]
    pub decided_at: Option<String>,
    /// The agreement it became or was merged into.
    pub agreement_id: Option<i64>,
    #[schema(format = DateTime)]
    pub created_at: String,
    pub url: String,
}

fn version_dto(v: queries::Version) -> VersionDto {
    VersionDto {
        number: v.number,
        adopted_at: rfc3339(v.adopted_at),
        summary: v.summary,
        agreements: v.agreements,
    }
}

fn proposal_dto(state: &AppState, p: Proposal) -> ProposalDto {
    ProposalDto {
        url: format!(
            "{}/afspraken/voorstellen/{}",
            state.config.public_url(),
            p.id
        ),
        pillar: p.pillar(),
        status: p.status(),
        id: p.id,
        title: p.title,
        explanation: p.explanation,
        neighbourhood: p.area_name,
        on_behalf_of: (!p.on_behalf_of.is_empty()).then_some(p.on_behalf_of),
        supports: p.supports,
        supports_from_liendert: p.verified_supports,
        comments: p.comments,
        decision_reason: (!p.decision_reason.is_empty()).then_some(p.decision_reason),
        decided_at: p.decided_at.map(rfc3339),
        agreement_id: p.agreement_id,
        created_at: rfc3339(p.created_at),
    }
}

/// The charter "Zó willen we samenleven" in force, with the partners' signatures.
#[utoipa::path(get, path = "/api/v1/charter", tag = "agreements",
    params(("lang" = Option<String>, Query, description = "`nl` (default), `en`, `tr`, `ar` or `pl`")),
    responses((status = 200, body = CharterDto)))]
pub async fn charter(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> AppResult<Json<CharterDto>> {
    let commitments = queries::commitments(&state.db).await?;
    let signatures = queries::signatures(&state.db)
        .await?
        .into_iter()
        .map(|s| SignatureDto {
            commitments: commitments
                .iter()
                .filter(|c| c.organisation_id == s.organisation_id)
                .map(|c| CommitmentDto {
                    text: c.text.clone(),
                    reviewed_at: c.reviewed_at.map(rfc3339),
                })
                .collect(),
            organisation: s.organisation,
            version: s.version,
            signed_at: rfc3339(s.signed_at),
        })
        .collect();
    Ok(Json(CharterDto {
        version: queries::latest_version(&state.db).await?.map(version_dto),
        agreements: queries::agreements(&state.db, lang)
            .await?
            .into_iter()
            .map(|a| AgreementDto {
                pillar: a.pillar(),
                id: a.id,
                text: a.text,
                language: a.text_lang,
            })
            .collect(),
        signatures,
        url: format!("{}/afspraken", state.config.public_url()),
    }))
}

/// Every version of the charter, newest first.
#[utoipa::path(get, path = "/api/v1/charter/versions", tag = "agreements", params(kansrijk_kernel::api::PageParams),
    responses((status = 200, body = [VersionDto], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are")))))]
pub async fn list_versions(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(page): Query<kansrijk_kernel::api::PageParams>,
) -> AppResult<axum::response::Response> {
    page.answer(
        queries::versions(&state.db)
            .await?
            .into_iter()
            .map(version_dto)
            .collect(),
        &uri,
    )
}

/// One version: its agreements and the differences with the version before.
#[utoipa::path(get, path = "/api/v1/charter/versions/{number}", tag = "agreements",
    params(("number" = i64, Path, description = "Version number, from 1"),
        ("lang" = Option<String>, Query, description = "`nl` (default), `en`, `tr`, `ar` or `pl`")),
    responses((status = 200, body = VersionDetailDto),
        (status = 404, description = "Unknown version", content_type = "application/problem+json")))]
pub async fn get_version(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    RecordId(n): RecordId,
) -> AppResult<Json<VersionDetailDto>> {
    let v = queries::version(&state.db, n)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(VersionDetailDto {
        version: version_dto(v),
        items: queries::version_items(&state.db, n, lang)
            .await?
            .into_iter()
            .map(|i| AgreementDto {
                pillar: i.pillar(),
                id: i.agreement_id,
                text: i.text,
                language: i.text_lang,
            })
            .collect(),
        changes: queries::version_changes(&state.db, n, lang).await?,
    }))
}

/// Proposals for agreements, newest first.
#[utoipa::path(get, path = "/api/v1/proposals", tag = "agreements", params(kansrijk_kernel::api::PageParams),
    responses((status = 200, body = [ProposalDto], headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many there are")))))]
pub async fn list_proposals(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(page): Query<kansrijk_kernel::api::PageParams>,
) -> AppResult<axum::response::Response> {
    page.answer(
        queries::proposals(&state.db, &[], 1000)
            .await?
            .into_iter()
            .map(|p| proposal_dto(&state, p))
            .collect(),
        &uri,
    )
}

/// One proposal.
#[utoipa::path(get, path = "/api/v1/proposals/{id}", tag = "agreements",
    params(("id" = i64, Path, description = "Proposal id")),
    responses((status = 200, body = ProposalDto),
        (status = 404, description = "Unknown proposal", content_type = "application/problem+json")))]
pub async fn get_proposal(
    State(state): State<AppState>,
    RecordId(id): RecordId,
) -> AppResult<Json<ProposalDto>> {
    let p = queries::proposal(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(proposal_dto(&state, p)))
}

#[derive(OpenApi)]
#[openapi(
    paths(charter, list_versions, get_version, list_proposals, get_proposal),
    components(schemas(AgreementDto, CommitmentDto, SignatureDto, VersionDto, CharterDto,
        VersionDetailDto, ProposalDto, Status, Change, Pillar)),
    tags((name = "agreements", description = "Neighbourhood agreements \"Zó willen we samenleven\": the charter and proposals"))
)]
pub struct AgreementsApi;
