//! The durable job mechanism and the mail queue: once-only execution across instances,
//! take-over after a crash, retries with back-off, and mail that survives an SMTP outage.

use super::kernel_app;
use kansrijk_kernel::config::{Config, DatabaseUrl};
use kansrijk_kernel::db::{now, Db, PoolSettings};
use kansrijk_kernel::db_test;
use kansrijk_kernel::jobs::{self, Registry};
use kansrijk_kernel::testing::MailSink;

fn counting_registry() -> Registry {
    Registry::new().handle("test.count", |state, payload| async move {
        sqlx::query("INSERT INTO test_runs (n) VALUES ($1)")
            .bind(payload["n"].as_i64().unwrap_or(-1))
            .execute(&state.db.pool)
            .await?;
        Ok(())
    })
}

db_test!(
    async fn each_job_runs_once_with_several_instances(t) {
        let first = kernel_app(&t, Config::default()).await;
        t.db.execute("CREATE TABLE test_runs (n BIGINT NOT NULL)").await.unwrap();
        for n in 0..60 {
            jobs::enqueue(&t.db.pool, "test.count", &serde_json::json!({ "n": n }), now(), None, 3).await.unwrap();
        }
        // Four app instances, each with its own pool, working at the same time.
        let mut instances = vec![first.state.clone()];
        for _ in 0..3 {
            let db = Db::connect(&DatabaseUrl(t.url.clone()), &PoolSettings::default()).unwrap();
            let app = kansrijk_kernel::testing::TestApp::new(db, vec![kansrijk_kernel::i18n::kernel_locales()], vec![], vec![], None, "{}".into());
            instances.push(app.state.clone());
        }
        let handles: Vec<_> = instances
            .into_iter()
            .enumerate()
            .map(|(i, state)| tokio::spawn(async move { jobs::run_due(&state, &counting_registry(), &format!("w{i}")).await.unwrap() }))
            .collect();
        let mut ran = 0;
        for h in handles {
            ran += h.await.unwrap();
        }
        assert_eq!(ran, 60);
        let (total, distinct): (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT n) FROM test_runs").fetch_one(&t.db.pool).await.unwrap();
        assert_eq!((total, distinct), (60, 60));
        assert_eq!(jobs::counts(&t.db).await.unwrap(), vec![("done".to_string(), 60)]);
    }
);

db_test!(
    async fn a_job_of_a_crashed_worker_is_taken_over_after_its_lease(t) {
        let app = kernel_app(&t, Config::default()).await;
        t.db.execute("CREATE TABLE test_runs (n BIGINT NOT NULL)").await.unwrap();
        jobs::enqueue(&t.db.pool, "test.count", &serde_json::json!({ "n": 7 }), now(), None, 3).await.unwrap();
        // A worker claims it and dies without finishing.
        let claimed = jobs::claim(&t.db, "crashed", 300).await.unwrap().unwrap();
        assert!(jobs::claim(&t.db, "other", 300).await.unwrap().is_none(), "leased");
        assert_eq!(jobs::run_due(&app.state, &counting_registry(), "other").await.unwrap(), 0);
        sqlx::query("UPDATE jobs SET locked_until = $1 WHERE id = $2").bind(now() - 1).bind(claimed.id).execute(&t.db.pool).await.unwrap();
        assert_eq!(jobs::run_due(&app.state, &counting_registry(), "after-restart").await.unwrap(), 1);
        let n: i64 = sqlx::query_scalar("SELECT n FROM test_runs").fetch_one(&t.db.pool).await.unwrap();
        assert_eq!(n, 7);
    }
);

db_test!(
    async fn failures_are_recorded_and_retried_with_back_off(t) {
        let app = kernel_app(&t, Config { job_retry_base_secs: 30, ..Config::default() }).await;
        let failing = Registry::new().handle("test.fail", |_, _| async { anyhow::bail!("the printer is on fire") });
        let id = jobs::enqueue(&t.db.pool, "test.fail", &serde_json::json!({}), now(), None, 2).await.unwrap().unwrap();
        assert_eq!(jobs::run_due(&app.state, &failing, "w").await.unwrap(), 1);
        let (status, attempts, run_at, error): (String, i64, i64, String) =
            sqlx::query_as("SELECT status, attempts, run_at, last_error FROM jobs WHERE id = $1").bind(id).fetch_one(&t.db.pool).await.unwrap();
        assert_eq!((status.as_str(), attempts), ("queued", 1));
        assert!(run_at >= now() + 25, "first retry after about 30 s");
        assert_eq!(error, "the printer is on fire");
        sqlx::query("UPDATE jobs SET run_at = 0").execute(&t.db.pool).await.unwrap();
        jobs::run_due(&app.state, &failing, "w").await.unwrap();
        let status: String = sqlx::query_scalar("SELECT status FROM jobs WHERE id = $1").bind(id).fetch_one(&t.db.pool).await.unwrap();
        assert_eq!(status, "failed", "given up after max_attempts, kept for a person to see");
        // Unknown kinds fail too instead of vanishing.
        jobs::enqueue(&t.db.pool, "test.unknown", &serde_json::json!({}), now(), None, 1).await.unwrap();
        jobs::run_due(&app.state, &failing, "w").await.unwrap();
        let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'failed'").fetch_one(&t.db.pool).await.unwrap();
        assert_eq!(failed, 2);
    }
);

db_test!(
    async fn unique_keys_and_periodic_jobs_are_enqueued_once(t) {
        let _app = kernel_app(&t, Config::default()).await;
        let a = jobs::enqueue(&t.db.pool, "x", &serde_json::json!({}), now(), Some("reminder:42"), 3).await.unwrap();
        let b = jobs::enqueue(&t.db.pool, "x", &serde_json::json!({}), now(), Some("reminder:42"), 3).await.unwrap();
        assert!(a.is_some() && b.is_none());
        let registry = Registry::new().every("test.periodic", 3600);
        jobs::schedule_periodic(&t.db, &registry).await.unwrap();
        jobs::schedule_periodic(&t.db, &registry).await.unwrap();
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'test.periodic'").fetch_one(&t.db.pool).await.unwrap();
        assert_eq!(n, 1);
    }
);

db_test!(
    async fn mail_queued_while_smtp_is_down_arrives_once_when_it_returns(t) {
        let mut sink = MailSink::start();
        let app = kernel_app(&t, sink.config()).await;
        sink.stop();
        let tr = app.state.tr("nl");
        for i in 0..3 {
            let to = format!("bewoner{i}@example.nl");
            let mail = kansrijk_kernel::mail::compose(&tr, &to, "reset", &[("name", "Bewoner")], Some("http://127.0.0.1:8080/x"));
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
        sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'").execute(&t.db.pool).await.unwrap();
        app.run_jobs().await;
        app.run_jobs().await;
        let received = sink.messages();
        assert_eq!(received.len(), 3, "{received:?}");
        for i in 0..3 {
            assert_eq!(received.iter().filter(|m| m.to == format!("bewoner{i}@example.nl")).count(), 1);
        }
        let m = &received[0];
        assert_eq!(m.subject, "Kies een nieuw wachtwoord");
        assert!(m.text.contains("http://127.0.0.1:8080/x") && m.html.contains("href=\"http://127.0.0.1:8080/x\""));
        assert!(m.html.contains("lang=\"nl\""));
    }
);

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

db_test!(
    async fn an_smtp_outage_is_one_warning_not_one_per_mail(t) {
        use tracing_subscriber::layer::SubscriberExt;
        let warnings = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let _log = tracing::subscriber::set_default(tracing_subscriber::registry().with(Warnings(warnings.clone())));
        let count = || warnings.load(std::sync::atomic::Ordering::SeqCst);
        let mut sink = MailSink::start();
        let app = kernel_app(&t, sink.config()).await;
        assert!(!app.state.mailer.is_local());
        let queue = |n: usize| {
            let state = app.state.clone();
            async move {
                for i in 0..n {
                    let to = format!("bewoner{i}@example.nl");
                    let mail = kansrijk_kernel::mail::compose(&state.tr("nl"), &to, "reset", &[("name", "B")], Some("http://x/y"));
                    kansrijk_kernel::mail::queue(&state.db, &mail).await.unwrap();
                }
            }
        };
        sink.stop();
        queue(3).await;
        assert_eq!(app.run_jobs().await, 3);
        // Retries during the same outage: still the one warning.
        sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'").execute(&t.db.pool).await.unwrap();
        app.run_jobs().await;
        assert_eq!(count(), 1, "one warning for the outage, not one per mail or attempt");
        let retried: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND attempts = 2 AND last_error IS NOT NULL")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
        assert_eq!(retried, 3, "each mail is still retried, its error recorded");
        // Back: everything goes out; a second outage is a second warning.
        sink.restart();
        sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'").execute(&t.db.pool).await.unwrap();
        app.run_jobs().await;
        assert_eq!(sink.messages().len(), 3);
        sink.stop();
        queue(2).await;
        app.run_jobs().await;
        assert_eq!(count(), 2);
    }
);
