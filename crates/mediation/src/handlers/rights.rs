//! A resident who asked for mediation without an account gets a link in the confirmation mail
//! (when they gave an e-mail address): it shows what they told us and lets them withdraw, which
//! deletes the file (AVG art. 15 and 17). The token is stored as a keyed hash and expires after
//! [`PARTY_LINK_DAYS`]; an unknown, expired or used link answers 404.

use crate::model::CaseFile;
use crate::queries;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::now;
use kansrijk_kernel::mail;
use kansrijk_kernel::web::{no_store, render, AppError, AppResult, AppState, Empty, Form, Page};

/// How long the link in the confirmation mail works (the mail says "three months").
pub const PARTY_LINK_DAYS: i64 = 90;
const PURPOSE: &str = "mediation-party-link";

/// Makes the link for a new request and mails it to the resident.
pub async fn issue_party_link(
    state: &AppState,
    case_id: i64,
    email: &str,
    lang: &str,
) -> AppResult<()> {
    let token = random_token(24);
    let expires = now() + PARTY_LINK_DAYS * 86_400;
    let hash = state.sealer.keyed_hash(PURPOSE, &token);
    queries::rights::set_party_link(&state.db, case_id, &hash, expires).await?;
    let url = format!(
        "{}/bemiddeling/mijn-verzoek/{token}",
        state.config.public_url()
    );
    let outgoing = mail::compose(&state.tr(lang), email, "mediation-party", &[], Some(&url));
    mail::queue(&state.db, &outgoing).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "party.html")]
pub struct PartyPage {
    pub page: Page,
    pub file: CaseFile,
    pub token: String,
}

async fn party_case(state: &AppState, token: &str) -> AppResult<(i64, CaseFile)> {
    let hashes = state.sealer.keyed_hash_candidates(PURPOSE, token);
    let (id, sealed, _) = queries::rights::case_by_party_link(&state.db, &hashes)
        .await?
        .ok_or(AppError::NotFound)?;
    let sealed = sealed.ok_or(AppError::NotFound)?;
    let json = state
        .sealer
        .open(&queries::place(id, "file"), &sealed)
        .map_err(|e| AppError::Internal(e.into()))?;
    let file = serde_json::from_str(&json).map_err(|e| AppError::Internal(e.into()))?;
    Ok((id, file))
}

/// `GET /bemiddeling/mijn-verzoek/{token}`: what the resident told us.
pub async fn party(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let (id, file) = party_case(&state, &token).await?;
    let detail = "read by the resident with the mailed link";
    audit::record(
        &state.db,
        None,
        Action::Read,
        "mediation_case",
        &id.to_string(),
        detail,
    )
    .await?;
    Ok(no_store(render(&PartyPage {
        page: page.titled("mediation-party-title"),
        file,
        token,
    })))
}

#[derive(Template)]
#[template(path = "party_removed.html")]
pub struct PartyRemovedPage {
    pub page: Page,
}

/// `POST /bemiddeling/mijn-verzoek/{token}`: the resident withdraws; the file is deleted.
pub async fn party_withdraw(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let (id, _) = party_case(&state, &token).await?;
    queries::rights::withdraw_by_party(&state.db, id, &kansrijk_kernel::time::today().to_string())
        .await?;
    super::audit_file_deleted(&state, id, "withdrawn by the resident, file deleted").await?;
    Ok(no_store(render(&PartyRemovedPage {
        page: page.titled("mediation-party-removed-title"),
    })))
}
