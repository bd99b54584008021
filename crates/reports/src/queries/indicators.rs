//! The meldpunt's part in the monitor (`kernel::indicators`): reports per 1,000 residents, per
//! buurt where the reporter named one, by the year the report came in. Withdrawn reports do not
//! count.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::indicators::{self, AreaCount, IndicatorHooks, Measure, ModuleIndicator};
use kansrijk_kernel::rights::BoxFuture;
use kansrijk_kernel::web::AppState;

pub const RATE: &str = "reports_rate";

pub const HOOKS: IndicatorHooks = IndicatorHooks {
    indicators: &[ModuleIndicator {
        key: RATE,
        label: "report-indicator-rate",
        about: "report-indicator-rate-about",
        measure: Measure::PerThousand,
        // More reports can mean more trust in the meldpunt as much as more discrimination:
        // the colour scale says "more", not "better".
        higher_is_better: false,
        per_buurt: true,
        classes: [2.0, 4.0, 6.0, 8.0],
        max: 10.0,
        pillars: &["diversity"],
    }],
    year: |state: AppState, year: i32| -> BoxFuture<Vec<AreaCount>> {
        Box::pin(async move { Ok(year_counts(&state.db, year).await?) })
    },
};

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<Vec<AreaCount>> {
    let (from, to) = indicators::year_bounds(year);
    let rows: Vec<(Option<i64>, i64, i64)> = sqlx::query_as(
        "SELECT area_id, COUNT(*), COUNT(*) FROM reports \
         WHERE created_at >= $1 AND created_at < $2 AND status <> 'withdrawn' GROUP BY area_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?;
    Ok(indicators::from_rows(RATE, rows))
}
