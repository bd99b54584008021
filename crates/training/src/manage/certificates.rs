//! Issuing the certificate of a completed enrolment.

use super::attendance::{session_for, session_page};
use super::to_session;
use crate::queries;
use axum::extract::State;
use axum::response::Response;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{AppError, AppResult, AppState, Empty, Form, Page, RecordId};

/// `POST /beheer/training/inschrijving/{id}/certificaat`: only for a completed enrolment.
pub async fn issue(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let e = queries::enrolment(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (s, course) = session_for(&state, &user, e.session_id).await?;
    match queries::issue_certificate(&state.db, e.id, now()).await? {
        Ok(number) => {
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "training_certificate",
                &number,
                &format!("enrolment {}", e.id),
            )
            .await?;
            Ok(to_session(s.id))
        }
        Err(refused) => {
            session_page(&state, &user, page, s, course, Some((e.id, refused.key()))).await
        }
    }
}
