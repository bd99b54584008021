//! Backup and restore on both databases, and the move from SQLite to PostgreSQL: an installation
//! with the demo content comes back identical, table by table (`kernel::backup::checksums`).

use super::demo_app;
use kansrijk_kernel::backup::{self, checksums, differences};
use kansrijk_kernel::config::DatabaseUrl;
use kansrijk_kernel::db::{Db, PoolSettings};
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::TestDb;

/// A change after the backup, in a table with sealed content and one with an audit trigger.
async fn change_something(db: &Db) {
    sqlx::query("INSERT INTO organisations (name, kind, created_at, updated_at) VALUES ('Na de back-up', 'other', 1, 1)")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM sessions")
        .execute(&db.pool)
        .await
        .unwrap();
}

#[db_test]
async fn a_restored_backup_is_identical_to_the_installation_at_backup_time(t: TestDb) {
    let _app = demo_app(&t).await;
    let before = checksums(&t.db).await.unwrap();
    assert!(
        before.iter().any(|s| s.table == "activities" && s.rows > 0),
        "demo content"
    );
    let dir = tempfile_dir();
    let file = dir.join("kansrijk.backup");
    backup::backup(&t.db, &DatabaseUrl(t.url.clone()), &file)
        .await
        .unwrap();
    assert!(
        backup::backup(&t.db, &DatabaseUrl(t.url.clone()), &file)
            .await
            .is_err(),
        "never overwrites"
    );

    change_something(&t.db).await;
    assert!(
        !differences(&before, &checksums(&t.db).await.unwrap()).is_empty(),
        "the change shows"
    );

    // The server is stopped for a restore.
    t.db.pool.close().await;
    backup::restore(t.backend(), &DatabaseUrl(t.url.clone()), &file)
        .await
        .unwrap();
    let db = Db::connect(&DatabaseUrl(t.url.clone()), &PoolSettings::default()).unwrap();
    assert_eq!(
        differences(&before, &checksums(&db).await.unwrap()),
        Vec::<String>::new()
    );
    std::fs::remove_dir_all(dir).ok();
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kansrijk_backup_{:016x}", rand::random::<u64>()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_sqlite_installation_moves_to_postgresql_completely() {
    let source = TestDb::sqlite().await;
    let app = demo_app(&source).await;
    // Sealed content too: reports whose text is encrypted at rest.
    kansrijk_reports::demo::seed(&source.db, &app.state.sealer)
        .await
        .unwrap();
    let target = TestDb::postgres().await;
    kansrijk::migrate(&target.db).await.unwrap();

    let mut seen = vec![];
    let copied = backup::copy_all(&source.db, &target.db, &mut |table, _| {
        seen.push(table.to_string())
    })
    .await
    .unwrap();
    assert_eq!(copied.len(), seen.len());
    // Parents before children: an activity's venue is copied before the activity.
    let at = |t: &str| seen.iter().position(|s| s == t).unwrap();
    assert!(at("venues") < at("activities") && at("users") < at("role_assignments"));

    let (a, b) = (
        checksums(&source.db).await.unwrap(),
        checksums(&target.db).await.unwrap(),
    );
    assert_eq!(
        differences(&a, &b),
        Vec::<String>::new(),
        "every table identical"
    );
    let sealed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&target.db.pool)
        .await
        .unwrap();
    assert!(sealed > 0);

    // Sequences continue after the copied ids.
    let max: i64 = sqlx::query_scalar("SELECT MAX(id) FROM organisations")
        .fetch_one(&target.db.pool)
        .await
        .unwrap();
    let id: i64 = sqlx::query_scalar("INSERT INTO organisations (name, kind, created_at, updated_at) VALUES ('Nieuw na de verhuizing', 'other', 1, 1) RETURNING id")
        .fetch_one(&target.db.pool)
        .await
        .unwrap();
    assert!(id > max);

    // A second copy into a database that has rows is refused, not doubled.
    let error = backup::copy_all(&source.db, &target.db, &mut |_, _| {})
        .await
        .unwrap_err();
    assert!(error.to_string().contains("not empty"), "{error}");
}
