//! Activities' part in the monitor (`kernel::indicators`), per buurt of the meeting place and
//! year of the activity: visitors per 1,000 residents (confirmed places of activities that took
//! place, not cancelled) and the share of feedback that says "I met someone new" (only "yes"
//! counts, "somewhat" does not).

use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::indicators::{self, AreaCount, IndicatorHooks, Measure, ModuleIndicator};
use kansrijk_kernel::rights::BoxFuture;
use kansrijk_kernel::web::AppState;

pub const VISITORS: &str = "activity_visitors";
pub const MET_SOMEONE: &str = "activity_met_someone";

pub const HOOKS: IndicatorHooks = IndicatorHooks {
    indicators: &[
        ModuleIndicator {
            key: VISITORS,
            label: "activity-indicator-visitors",
            about: "activity-indicator-visitors-about",
            measure: Measure::PerThousand,
            higher_is_better: true,
            per_buurt: true,
            classes: [50.0, 100.0, 200.0, 400.0],
            max: 1000.0,
            pillars: &["positive_community"],
        },
        ModuleIndicator::share(
            MET_SOMEONE,
            "activity-indicator-met-someone",
            "activity-indicator-met-someone-about",
            &["positive_community", "diversity"],
        ),
    ],
    year: |state: AppState, year: i32| -> BoxFuture<Vec<AreaCount>> {
        Box::pin(async move { Ok(year_counts(&state.db, year).await?) })
    },
};

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<Vec<AreaCount>> {
    let (from, to) = indicators::year_bounds(year);
    let visitors: Vec<(Option<i64>, i64, i64)> = sqlx::query_as(
        "SELECT v.area_id, CAST(SUM(r.people) AS BIGINT), CAST(SUM(r.people) AS BIGINT) \
         FROM registrations r JOIN activities a ON a.id = r.activity_id \
         LEFT JOIN venues v ON v.id = a.venue_id \
         WHERE r.status = 'confirmed' AND a.status = 'scheduled' \
           AND a.starts_at >= $1 AND a.starts_at < $2 AND a.ends_at < $3 \
         GROUP BY v.area_id",
    )
    .bind(from)
    .bind(to)
    .bind(now())
    .fetch_all(&db.pool)
    .await?;
    let met: Vec<(Option<i64>, i64, i64)> = sqlx::query_as(
        "SELECT v.area_id, COUNT(*), \
           CAST(SUM(CASE WHEN f.met_someone = 'yes' THEN 1 ELSE 0 END) AS BIGINT) \
         FROM activity_feedback f JOIN activities a ON a.id = f.activity_id \
         LEFT JOIN venues v ON v.id = a.venue_id \
         WHERE a.starts_at >= $1 AND a.starts_at < $2 GROUP BY v.area_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?;
    let mut out = indicators::from_rows(VISITORS, visitors);
    out.extend(indicators::from_rows(MET_SOMEONE, met));
    Ok(out)
}
