//! Background jobs of the youth stage: deleting the team's data `youth_retention_days` after a
//! campaign ends (the story stays), and asking members who turned 16 for their own consent.

use crate::model;
use crate::queries;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::jobs::{NoPayload, Registry};
use kansrijk_kernel::web::AppState;

pub const RETENTION_JOB: &str = "youth.retention";
pub const TURNS_16_JOB: &str = "youth.turns_16";

pub fn registry() -> Registry {
    Registry::new()
        .handle(RETENTION_JOB, retention)
        .every(RETENTION_JOB, 86_400)
        .handle(TURNS_16_JOB, turns_16)
        .every(TURNS_16_JOB, 86_400)
}

/// Deletes the team data of campaigns ended longer than `youth_retention_days` ago.
pub async fn retention(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    let cutoff = now() - state.config.youth_retention_days * 86_400;
    let ids = queries::past_retention(&state.db, cutoff).await?;
    for id in &ids {
        queries::delete_team_data(&state.db, *id).await?;
        audit::record(
            &state.db,
            None,
            Action::Delete,
            "youth_campaign",
            &id.to_string(),
            "retention period passed",
        )
        .await?;
    }
    if !ids.is_empty() {
        tracing::info!(
            campaigns = ids.len(),
            "youth team data deleted after the retention period"
        );
    }
    Ok(())
}

/// Marks members who turned 16 since their parent consented: the team page then shows that
/// they are asked for their own consent, and their consent link asks them, not the parent.
pub async fn turns_16(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    let today = kansrijk_kernel::time::today();
    let mut asked = 0;
    for (id, born) in queries::minors_not_yet_asked(&state.db).await? {
        if model::consent_by("14-15", Some(&born), today) == "self" {
            queries::ask_own_consent(&state.db, id).await?;
            asked += 1;
        }
    }
    if asked > 0 {
        tracing::info!(
            asked,
            "youth members who turned 16 asked for their own consent"
        );
    }
    Ok(())
}
