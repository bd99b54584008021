//! The charter's part in the monitor (`kernel::indicators`): of the partners' commitments made by
//! the end of the year, the share that is "living" — made or reviewed in the twelve months before
//! (or before now, in the running year). Only the last review is kept, so a past year counts a
//! commitment reviewed since then by its making only. For the municipality only: commitments belong to
//! organisations, not to a buurt.

use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::indicators::{self, AreaCount, IndicatorHooks, ModuleIndicator};
use kansrijk_kernel::rights::BoxFuture;
use kansrijk_kernel::web::AppState;

pub const LIVING: &str = "agreements_living_commitments";

/// A commitment lives this long after it was made or last reviewed.
pub const LIVES_FOR_SECS: i64 = 365 * 86_400;

pub const HOOKS: IndicatorHooks = IndicatorHooks {
    indicators: &[ModuleIndicator {
        per_buurt: false,
        ..ModuleIndicator::share(
            LIVING,
            "agr-indicator-living",
            "agr-indicator-living-about",
            &["tasks_responsibilities"],
        )
    }],
    year: |state: AppState, year: i32| -> BoxFuture<Vec<AreaCount>> {
        Box::pin(async move { Ok(year_counts(&state.db, year).await?) })
    },
};

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<Vec<AreaCount>> {
    let at = indicators::year_moment(year, now());
    let (n, hits): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN created_at > $2 \
             OR (reviewed_at > $2 AND reviewed_at <= $1) THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM charter_commitments WHERE created_at <= $1",
    )
    .bind(at)
    .bind(at - LIVES_FOR_SECS)
    .fetch_one(&db.pool)
    .await?;
    Ok(indicators::from_rows(LIVING, vec![(None, n, hits)]))
}
