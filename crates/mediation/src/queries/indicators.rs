//! Mediation's part in the monitor (`kernel::indicators`): of the cases closed in a year after
//! mediation took place (solved, partly solved or not solved — a case referred on or stopped
//! before talks says nothing about mediation), the share solved fully or partly; per buurt of the
//! case.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::indicators::{self, AreaCount, IndicatorHooks, ModuleIndicator};
use kansrijk_kernel::rights::BoxFuture;
use kansrijk_kernel::web::AppState;

pub const SUCCESS: &str = "mediation_success";

pub const HOOKS: IndicatorHooks = IndicatorHooks {
    indicators: &[ModuleIndicator::share(
        SUCCESS,
        "mediation-indicator-success",
        "mediation-indicator-success-about",
        &["conflict_mediation"],
    )],
    year: |state: AppState, year: i32| -> BoxFuture<Vec<AreaCount>> {
        Box::pin(async move { Ok(year_counts(&state.db, year).await?) })
    },
};

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<Vec<AreaCount>> {
    let (from, to) = indicators::year_bounds(year);
    let rows: Vec<(Option<i64>, i64, i64)> = sqlx::query_as(
        "SELECT area_id, COUNT(*), \
           CAST(SUM(CASE WHEN outcome IN ('solved', 'partly_solved') THEN 1 ELSE 0 END) AS BIGINT) \
         FROM mediation_cases WHERE closed_at >= $1 AND closed_at < $2 \
           AND outcome IN ('solved', 'partly_solved', 'not_solved') GROUP BY area_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?;
    Ok(indicators::from_rows(SUCCESS, rows))
}
