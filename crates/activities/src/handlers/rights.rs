//! A registrant without an account sees what is kept about them on their registration's page
//! (the link in the confirmation mail) and removes it there (AVG art. 15 and 17). A removed
//! registration's link answers "not found" from then on.

use super::notice;
use crate::queries;
use axum::extract::{Path, State};
use axum::response::Response;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::web::{AppError, AppResult, AppState, Empty, Form, Page};

/// `POST /aanmelding/{token}/verwijderen`: cancels the registration (the waiting list moves up)
/// and removes the name, address, phone and needs.
pub async fn remove_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let r = queries::registration_by_token(&state.db, &token)
        .await?
        .filter(|r| !r.name.is_empty())
        .ok_or(AppError::NotFound)?;
    if r.status != "cancelled" {
        queries::cancel_registration(&state.db, r.id).await?;
    }
    queries::rights::erase_registration(&state.db, r.id).await?;
    audit::record(
        &state.db,
        None,
        Action::Delete,
        "registration",
        &r.id.to_string(),
        "removed by the registrant",
    )
    .await?;
    Ok(notice(
        page,
        "registration-removed-title",
        "registration-removed-text",
        None,
    ))
}
