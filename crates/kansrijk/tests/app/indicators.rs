//! The monitor's indicators from the other modules (`kernel::indicators`), with every feature
//! joined and the demo content, on both databases: each module's query runs, the counts land
//! per buurt and municipality, and each indicator has its map page.

use super::demo_app;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::indicators::{year_bounds, year_of};
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::TestDb;

async fn one(db: &Db, sql: &str, binds: &[i64]) -> i64 {
    let mut q = sqlx::query_scalar(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.fetch_one(&db.pool).await.unwrap()
}

#[db_test]
async fn every_module_hands_the_monitor_its_counts(t: TestDb) {
    let app = demo_app(&t).await;
    // The sealed demo content (reports, mediation cases) as `serve --demo` adds it.
    kansrijk::demo_accounts(&app.state).await.unwrap();
    kansrijk_monitor::jobs::module_counts(&app.state)
        .await
        .unwrap();
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT indicator FROM monitor_module_counts")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    let modules = kansrijk_kernel::indicators::all(&app.state);
    assert_eq!(
        modules.len(),
        6,
        "reports, activities (2), training, mediation, charter"
    );
    for m in &modules {
        assert!(
            keys.iter().any(|k| k == m.key),
            "{} has demo figures",
            m.key
        );
        let page = app
            .get(&format!("/monitor/kaart?indicator={}", m.key))
            .await;
        assert_eq!(page.status, 200, "{}", m.key);
    }
    // The meldpunt's count for the municipality is every report of the year but the withdrawn.
    let year = year_of(now());
    let (from, to) = year_bounds(year);
    let reports = one(
        &t.db,
        "SELECT COUNT(*) FROM reports WHERE created_at >= $1 AND created_at < $2 \
         AND status <> 'withdrawn'",
        &[from, to],
    )
    .await;
    let counted = one(
        &t.db,
        "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM monitor_module_counts \
         WHERE indicator = 'reports_rate' AND area_code = 'GM0307' AND year = $1",
        &[i64::from(year)],
    )
    .await;
    assert_eq!(counted, reports);
    // A buurt never counts more than its municipality, and hits never exceed records.
    assert_eq!(
        one(
            &t.db,
            "SELECT COUNT(*) FROM monitor_module_counts b JOIN monitor_module_counts m \
             ON m.indicator = b.indicator AND m.year = b.year AND m.area_code = 'GM0307' \
             WHERE b.area_code LIKE 'BU%' AND b.n > m.n",
            &[],
        )
        .await,
        0
    );
    assert_eq!(
        one(
            &t.db,
            "SELECT COUNT(*) FROM monitor_module_counts WHERE hits > n OR hits < 0",
            &[]
        )
        .await,
        0
    );
}
