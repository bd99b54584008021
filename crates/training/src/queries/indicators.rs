//! Training's part in the monitor (`kernel::indicators`): of today's professionals and
//! volunteers of the partner organisations, the share that held a valid certificate at the end of
//! the year (or now, in the running year). For the municipality only: people work for
//! organisations, not in one buurt. Years before the first certificate have no figure.

use super::coverage::STAFF;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::indicators::{self, AreaCount, IndicatorHooks, ModuleIndicator};
use kansrijk_kernel::rights::BoxFuture;
use kansrijk_kernel::web::AppState;

pub const COVERAGE: &str = "training_coverage";

pub const HOOKS: IndicatorHooks = IndicatorHooks {
    indicators: &[ModuleIndicator {
        per_buurt: false,
        ..ModuleIndicator::share(
            COVERAGE,
            "training-indicator-coverage",
            "training-indicator-coverage-about",
            &["diversity"],
        )
    }],
    year: |state: AppState, year: i32| -> BoxFuture<Vec<AreaCount>> {
        Box::pin(async move { Ok(year_counts(&state.db, year).await?) })
    },
};

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<Vec<AreaCount>> {
    let at = indicators::year_moment(year, now());
    let (n, hits, issued): (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(DISTINCT p.user_id), \
           COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM training_certificates x \
             WHERE x.user_id = p.user_id AND x.issued_at <= $1 \
             AND (x.valid_until IS NULL OR x.valid_until > $1) \
             AND (x.revoked_at IS NULL OR x.revoked_at > $1)) THEN p.user_id END), \
           (SELECT COUNT(*) FROM training_certificates WHERE issued_at <= $1) \
         FROM ({STAFF}) p"
    ))
    .bind(at)
    .fetch_one(&db.pool)
    .await?;
    if issued == 0 {
        return Ok(vec![]);
    }
    Ok(indicators::from_rows(COVERAGE, vec![(None, n, hits)]))
}
