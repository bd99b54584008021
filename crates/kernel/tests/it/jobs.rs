//! The durable job mechanism and the mail queue: once-only execution across instances,
//! take-over after a crash, retries with back-off, and mail that survives an SMTP outage.

use super::kernel_app;
use kansrijk_kernel::config::{Config, DatabaseUrl};
use kansrijk_kernel::db::{now, Db, PoolSettings};
use kansrijk_kernel::jobs::{self, Registry};
use kansrijk_kernel::testing::{db_test, MailSink, TestDb};

fn counting_registry() -> Registry {
    Registry::new().handle(
        "test.count",
        |state, payload: serde_json::Value| async move {
            sqlx::query("INSERT INTO test_runs (n) VALUES ($1)")
                .bind(payload["n"].as_i64().unwrap_or(-1))
                .execute(&state.db.pool)
                .await?;
            Ok(())
        },
    )
}

#[db_test]
async fn each_job_runs_once_with_several_instances(t: TestDb) {
    let first = kernel_app(&t, Config::default()).await;
    t.db.execute("CREATE TABLE test_runs (n BIGINT NOT NULL)")
        .await
        .unwrap();
    for n in 0..60 {
        jobs::enqueue(
            &t.db.pool,
            "test.count",
            &serde_json::json!({ "n": n }),
            now(),
            None,
            3,
        )
        .await
        .unwrap();
    }
    // Not yet due: a job for later is not listed.
    jobs::enqueue(
        &t.db.pool,
        "test.later",
        &serde_json::json!({}),
        now() + 3600,
        None,
        3,
    )
    .await
    .unwrap();
    assert_eq!(
        jobs::due(&t.db).await.unwrap(),
        vec![("test.count".to_string(), "queued".to_string(), 60)]
    );
    // Four app instances, each with its own pool, working at the same time.
    let mut instances = vec![first.state.clone()];
    for _ in 0..3 {
        let db = Db::connect(&DatabaseUrl(t.url.clone()), &PoolSettings::default()).unwrap();
        let app = kansrijk_kernel::testing::TestApp::new(db, vec![]);
        instances.push(app.state.clone());
    }
    let handles: Vec<_> = instances
        .into_iter()
        .enumerate()
        .map(|(i, state)| {
            tokio::spawn(async move {
                jobs::run_due(&state, &counting_registry(), &format!("w{i}"))
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut ran = 0;
    for h in handles {
        ran += h.await.unwrap();
    }
    assert_eq!(ran, 60);
    let (total, distinct): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT n) FROM test_runs")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((total, distinct), (60, 60));
    assert_eq!(
        jobs::counts(&t.db).await.unwrap(),
        vec![("done".to_string(), 60), ("queued".to_string(), 1)]
    );
    assert!(jobs::due(&t.db).await.unwrap().is_empty(), "idle");
}

#[db_test]
async fn a_job_of_a_crashed_worker_is_taken_over_after_its_lease(t: TestDb) {
    let app = kernel_app(&t, Config::default()).await;
    t.db.execute("CREATE TABLE test_runs (n BIGINT NOT NULL)")
        .await
        .unwrap();
    jobs::enqueue(
        &t.db.pool,
        "test.count",
        &serde_json::json!({ "n": 7 }),
        now(),
        None,
        3,
    )
    .await
    .unwrap();
    // A worker claims it and dies without finishing.
    let claimed = jobs::claim(&t.db, "crashed", 300).await.unwrap().unwrap();
    assert!(
        jobs::claim(&t.db, "other", 300).await.unwrap().is_none(),
        "leased"
    );
    assert_eq!(
        jobs::run_due(&app.state, &counting_registry(), "other")
            .await
            .unwrap(),
        0
    );
    sqlx::query("UPDATE jobs SET locked_until = $1 WHERE id = $2")
        .bind(now() - 1)
        .bind(claimed.id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        jobs::run_due(&app.state, &counting_registry(), "after-restart")
            .await
            .unwrap(),
        1
    );
    let n: i64 = sqlx::query_scalar("SELECT n FROM test_runs")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 7);
}

#[db_test]
async fn failures_are_recorded_and_retried_with_back_off(t: TestDb) {
    let app = kernel_app(
        &t,
        Config {
            job_retry_base_secs: 30,
            ..Config::default()
        },
    )
    .await;
    let failing = Registry::new().handle("test.fail", |_, _: serde_json::Value| async {
        anyhow::bail!("the printer is on fire")
    });
    let id = jobs::enqueue(
        &t.db.pool,
        "test.fail",
        &serde_json::json!({}),
        now(),
        None,
        2,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(jobs::run_due(&app.state, &failing, "w").await.unwrap(), 1);
    let (status, attempts, run_at, error): (String, i64, i64, String) =
        sqlx::query_as("SELECT status, attempts, run_at, last_error FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), attempts), ("queued", 1));
    assert!(run_at >= now() + 25, "first retry after about 30 s");
    assert_eq!(error, "the printer is on fire");
    sqlx::query("UPDATE jobs SET run_at = 0")
        .execute(&t.db.pool)
        .await
        .unwrap();
    jobs::run_due(&app.state, &failing, "w").await.unwrap();
    let status: String = sqlx::query_scalar("SELECT status FROM jobs WHERE id = $1")
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        status, "failed",
        "given up after max_attempts, kept for a person to see"
    );
    // Unknown kinds fail too instead of vanishing.
    jobs::enqueue(
        &t.db.pool,
        "test.unknown",
        &serde_json::json!({}),
        now(),
        None,
        1,
    )
    .await
    .unwrap();
    jobs::run_due(&app.state, &failing, "w").await.unwrap();
    let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'failed'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(failed, 2);
}

/// Times are whole seconds: a retry "a second later" can come due while one pass of the worker
/// is still running. It waits for the next pass, so one pass tries a failing job once.
#[db_test]
async fn a_failed_job_is_not_retried_in_the_same_pass(t: TestDb) {
    let app = kernel_app(&t, Config::default()).await;
    let registry = Registry::new()
        .handle("test.fail", |_, _: jobs::NoPayload| async {
            anyhow::bail!("out of paper")
        })
        // Runs after the failure and lets its back-off pass.
        .handle("test.time_passes", |state, _: jobs::NoPayload| async move {
            sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'")
                .execute(&state.db.pool)
                .await?;
            Ok(())
        });
    for (kind, run_at) in [("test.fail", now() - 10), ("test.time_passes", now())] {
        jobs::enqueue(&t.db.pool, kind, &serde_json::json!({}), run_at, None, 5)
            .await
            .unwrap();
    }
    assert_eq!(jobs::run_due(&app.state, &registry, "w").await.unwrap(), 2);
    let (status, attempts): (String, i64) =
        sqlx::query_as("SELECT status, attempts FROM jobs WHERE kind = 'test.fail'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), attempts), ("queued", 1));
    // The next pass does retry it.
    assert_eq!(jobs::run_due(&app.state, &registry, "w").await.unwrap(), 1);
}

/// A stored payload that is not JSON fails the job (kept with its error), even for a handler
/// that reads no payload.
#[db_test]
async fn a_payload_that_is_not_json_is_an_error(t: TestDb) {
    let app = kernel_app(&t, Config::default()).await;
    let registry = Registry::new().handle("test.scan", |_, _: jobs::NoPayload| async { Ok(()) });
    let id = jobs::enqueue(
        &t.db.pool,
        "test.scan",
        &serde_json::json!({}),
        now(),
        None,
        1,
    )
    .await
    .unwrap()
    .unwrap();
    sqlx::query("UPDATE jobs SET payload = 'not json' WHERE id = $1")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    jobs::run_due(&app.state, &registry, "w").await.unwrap();
    let (status, error): (String, String) =
        sqlx::query_as("SELECT status, last_error FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(status, "failed");
    assert!(error.contains("payload is not JSON"), "{error}");
}

#[db_test]
async fn unique_keys_and_periodic_jobs_are_enqueued_once(t: TestDb) {
    let _app = kernel_app(&t, Config::default()).await;
    let a = jobs::enqueue(
        &t.db.pool,
        "x",
        &serde_json::json!({}),
        now(),
        Some("reminder:42"),
        3,
    )
    .await
    .unwrap();
    let b = jobs::enqueue(
        &t.db.pool,
        "x",
        &serde_json::json!({}),
        now(),
        Some("reminder:42"),
        3,
    )
    .await
    .unwrap();
    assert!(a.is_some() && b.is_none());
    let registry = Registry::new().every("test.periodic", 3600);
    jobs::schedule_periodic(&t.db, &registry).await.unwrap();
    jobs::schedule_periodic(&t.db, &registry).await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'test.periodic'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[db_test]
async fn mail_queued_while_smtp_is_down_arrives_once_when_it_returns(t: TestDb) {
    let mut sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    sink.stop();
    let tr = app.state.tr("nl");
    for i in 0..3 {
        let to = format!("bewoner{i}@example.nl");
        let mail = kansrijk_kernel::mail::compose(
            &tr,
            &to,
            "reset",
            &[("name", "Bewoner")],
            Some("http://127.0.0.1:8080/x"),
        );
        kansrijk_kernel::mail::queue(&t.db, &mail).await.unwrap();
    }
    assert_eq!(app.run_jobs().await, 3);
    let failed_attempts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND attempts = 1 AND last_error IS NOT NULL")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(failed_attempts, 3, "kept for a retry, error recorded");
    sink.restart();
    // Time passes: the retries come due.
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    app.run_jobs().await;
    app.run_jobs().await;
    let received = sink.messages();
    assert_eq!(received.len(), 3, "{received:?}");
    for i in 0..3 {
        assert_eq!(
            received
                .iter()
                .filter(|m| m.to == format!("bewoner{i}@example.nl"))
                .count(),
            1
        );
    }
    let m = &received[0];
    assert_eq!(m.subject, "Kies een nieuw wachtwoord");
    assert!(
        m.text.contains("http://127.0.0.1:8080/x")
            && m.html.contains("href=\"http://127.0.0.1:8080/x\"")
    );
    assert!(m.html.contains("lang=\"nl\""));
}

/// Counts the kernel's warnings on this thread (the test's own task runs the jobs).
struct Warnings(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Warnings {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let meta = event.metadata();
        if *meta.level() == tracing::Level::WARN && meta.target().starts_with("kansrijk_kernel") {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
    }
}

#[db_test]
async fn an_smtp_outage_is_one_warning_not_one_per_mail(t: TestDb) {
    use tracing_subscriber::layer::SubscriberExt;
    let warnings = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let _log = tracing::subscriber::set_default(
        tracing_subscriber::registry().with(Warnings(warnings.clone())),
    );
    let count = || warnings.load(std::sync::atomic::Ordering::SeqCst);
    let mut sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    assert!(!app.state.mailer.is_local());
    let queue = |n: usize| {
        let state = app.state.clone();
        async move {
            for i in 0..n {
                let to = format!("bewoner{i}@example.nl");
                let mail = kansrijk_kernel::mail::compose(
                    &state.tr("nl"),
                    &to,
                    "reset",
                    &[("name", "B")],
                    Some("http://x/y"),
                );
                kansrijk_kernel::mail::queue(&state.db, &mail)
                    .await
                    .unwrap();
            }
        }
    };
    sink.stop();
    queue(3).await;
    assert_eq!(app.run_jobs().await, 3);
    // Retries during the same outage: still the one warning.
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    app.run_jobs().await;
    assert_eq!(
        count(),
        1,
        "one warning for the outage, not one per mail or attempt"
    );
    let retried: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND attempts = 2 AND last_error IS NOT NULL")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(retried, 3, "each mail is still retried, its error recorded");
    // Back: everything goes out; a second outage is a second warning.
    sink.restart();
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    app.run_jobs().await;
    assert_eq!(sink.messages().len(), 3);
    sink.stop();
    queue(2).await;
    app.run_jobs().await;
    assert_eq!(count(), 2);
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Numbered {
    n: i64,
}

#[db_test]
async fn a_typed_payload_is_read_back_and_a_malformed_one_fails_instead_of_becoming_zero(
    t: TestDb,
) {
    let app = kernel_app(&t, Config::default()).await;
    t.db.execute("CREATE TABLE test_runs (n BIGINT NOT NULL)")
        .await
        .unwrap();
    let typed = Registry::new().handle("test.typed", |state, p: Numbered| async move {
        sqlx::query("INSERT INTO test_runs (n) VALUES ($1)")
            .bind(p.n)
            .execute(&state.db.pool)
            .await?;
        Ok(())
    });
    let good = jobs::enqueue(
        &t.db.pool,
        "test.typed",
        &Numbered { n: 42 },
        now(),
        None,
        1,
    )
    .await
    .unwrap()
    .unwrap();
    let broken = jobs::enqueue(
        &t.db.pool,
        "test.typed",
        &serde_json::json!({ "n": "42" }),
        now(),
        None,
        1,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(jobs::run_due(&app.state, &typed, "w").await.unwrap(), 2);
    let runs: Vec<i64> = sqlx::query_scalar("SELECT n FROM test_runs")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(runs, vec![42], "the broken payload did not run as id 0");
    let status = |id: i64| {
        let db = t.db.clone();
        async move {
            sqlx::query_as::<_, (String, Option<String>)>(
                "SELECT status, last_error FROM jobs WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&db.pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(status(good).await.0, "done");
    let (state, error) = status(broken).await;
    assert_eq!(state, "failed");
    assert!(error.unwrap().contains("malformed payload"));
}

#[db_test]
async fn queued_jobs_move_or_go_by_their_keys_and_running_ones_stay(t: TestDb) {
    let _app = kernel_app(&t, Config::default()).await;
    let keys: Vec<String> = (1..=3).map(|id| jobs::key("test.reminder", id)).collect();
    assert_eq!(keys[0], "test.reminder:1");
    for key in &keys {
        jobs::enqueue(
            &t.db.pool,
            "test.reminder",
            &serde_json::json!({}),
            1000,
            Some(key),
            3,
        )
        .await
        .unwrap();
    }
    jobs::enqueue(
        &t.db.pool,
        "test.reminder",
        &serde_json::json!({}),
        1000,
        Some("test.reminder:9"),
        3,
    )
    .await
    .unwrap();
    sqlx::query("UPDATE jobs SET status = 'running' WHERE unique_key = $1")
        .bind(&keys[2])
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(jobs::reschedule(&t.db.pool, &keys, 5000).await.unwrap(), 2);
    let run_at: Vec<(String, i64)> =
        sqlx::query_as("SELECT unique_key, run_at FROM jobs ORDER BY unique_key")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        run_at.iter().map(|(_, r)| *r).collect::<Vec<_>>(),
        vec![5000, 5000, 1000, 1000]
    );
    assert_eq!(jobs::cancel(&t.db.pool, &keys[..2]).await.unwrap(), 2);
    assert_eq!(jobs::cancel(&t.db.pool, &[]).await.unwrap(), 0);
    let left: Vec<String> = sqlx::query_scalar("SELECT unique_key FROM jobs ORDER BY unique_key")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        left,
        vec!["test.reminder:3".to_string(), "test.reminder:9".to_string()]
    );
}
