//! Organisers' pages under `/beheer/activiteiten` (permission ManageActivities): create, edit and
//! cancel activities, registrations with access needs, CSV export, a check-in list for a phone,
//! a printable attendance sheet with a QR code to the feedback form, figures, and venues.

mod activities;
mod registrations;
mod venues;

pub use activities::*;
pub use registrations::*;
pub use venues::*;

use crate::handlers::{details, Details};
use crate::queries;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::web::{AppError, AppResult, AppState, Page};

/// The organiser's scope: their own organisations' activities and venues (all for a coordinator).
async fn organiser_scope(state: &AppState, user: &CurrentUser) -> AppResult<Scope> {
    Ok(Scope::load(&state.db, user, Permission::ManageActivities).await?)
}

/// The activity `id` if the person may act on it; otherwise 404 (and audited when it exists).
pub(crate) async fn own_activity(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    lang: Lang,
) -> AppResult<queries::Activity> {
    let a = queries::activity(&state.db, id, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        user,
        Permission::ManageActivities,
        "activity",
        &id.to_string(),
        Owner::Organisation(a.organisation_id),
    )
    .await?;
    Ok(a)
}

/// [`own_activity`], prepared for its pages.
async fn own_details(
    state: &AppState,
    user: &CurrentUser,
    page: &Page,
    id: i64,
) -> AppResult<Details> {
    let a = own_activity(state, user, id, page.lang()).await?;
    details(state, a, page.lang()).await
}
