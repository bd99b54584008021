//! Retention: every period is a setting, the privacy statement shows each one, and the cleanup
//! job really deletes what is past its period and leaves what is not.

use super::kernel_app;
use kansrijk_kernel::accounts::cleanup_job;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::jobs;
use kansrijk_kernel::mail;
use kansrijk_kernel::testing::{db_test, MailSink, TestDb};

const DAY: i64 = 86_400;

fn odd_periods() -> Config {
    Config {
        report_retention_days: 401,
        registration_retention_days: 97,
        feedback_retention_days: 383,
        unconfirmed_account_retention_days: 43,
        mail_retention_days: 37,
        audit_retention_days: 777,
        mediation_retention_days: 733,
        youth_retention_days: 367,
        ..Config::default()
    }
}

async fn ids(db: &Db, sql: &str) -> Vec<i64> {
    sqlx::query_scalar(sql).fetch_all(&db.pool).await.unwrap()
}

#[db_test]
async fn the_privacy_statement_shows_every_configured_period_in_every_language(t: TestDb) {
    let config = odd_periods();
    config.check().unwrap();
    let app = kernel_app(&t, config.clone()).await;
    let defaults = kernel_app(&t, Config::default()).await;
    for lang in Lang::ALL {
        let uri = format!("/privacy?lang={}", lang.code());
        let page = app.get(&uri).await.body;
        let default_page = defaults.get(&uri).await.body;
        for (key, days) in config.retention_periods() {
            assert!(
                page.contains(&format!(" {days} ")),
                "{lang:?}: {key} = {days} missing"
            );
            assert!(
                !default_page.contains(&format!(" {days} ")),
                "{lang:?}: {key} follows the setting"
            );
        }
        for (key, days) in Config::default().retention_periods() {
            assert!(
                default_page.contains(&format!(" {days} ")),
                "{lang:?}: default {key} = {days} missing"
            );
        }
        assert!(
            !page.contains("_retention_days"),
            "{lang:?}: a placeholder was not filled in"
        );
    }
}

/// Queues a mail to `to` and dates it `age_days` back; sent then too when `sent`.
async fn outbox_mail(
    app: &kansrijk_kernel::testing::TestApp,
    to: &str,
    age_days: i64,
    sent: bool,
) -> i64 {
    let tr = app.state.tr("nl");
    let id = mail::queue(
        &app.state.db,
        &mail::compose(&tr, to, "confirm", &[("name", "X")], None),
    )
    .await
    .unwrap();
    let at = now() - age_days * DAY;
    sqlx::query("UPDATE mail_outbox SET created_at = $1, sent_at = $2 WHERE id = $3")
        .bind(at)
        .bind(sent.then_some(at + 60))
        .bind(id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    id
}

#[db_test]
async fn outbox_mail_sent_or_not_is_deleted_after_the_mail_period(t: TestDb) {
    let app = kernel_app(
        &t,
        Config {
            mail_retention_days: 30,
            ..Config::default()
        },
    )
    .await;
    let _old_unsent = outbox_mail(&app, "a@example.nl", 31, false).await;
    let _old_sent = outbox_mail(&app, "b@example.nl", 31, true).await;
    let young_unsent = outbox_mail(&app, "c@example.nl", 29, false).await;
    let young_sent = outbox_mail(&app, "d@example.nl", 29, true).await;
    cleanup_job(app.state.clone(), Default::default())
        .await
        .unwrap();
    assert_eq!(
        ids(&t.db, "SELECT id FROM mail_outbox ORDER BY id").await,
        vec![young_unsent, young_sent]
    );
}

#[db_test]
async fn a_sent_mail_keeps_no_address_and_a_mail_by_reference_never_had_one(t: TestDb) {
    let sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    let tr = app.state.tr("nl");
    let plain = mail::queue(
        &t.db,
        &mail::compose(&tr, "plain@example.nl", "confirm", &[("name", "X")], None),
    )
    .await
    .unwrap();
    // The feature's job knows where the address is; here it is given by the test.
    let by_reference = mail::queue_by_reference(
        &t.db,
        &mail::compose(&tr, "", "confirm", &[("name", "Y")], None),
        "test.sealed_mail",
        "case-7",
    )
    .await
    .unwrap();
    let (address, payload): (String, String) = sqlx::query_as(
        "SELECT o.to_address, j.payload FROM mail_outbox o JOIN jobs j ON j.kind = 'test.sealed_mail' WHERE o.id = $1",
    )
    .bind(by_reference)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(address, "", "queued without an address");
    assert!(
        payload.contains("case-7") && !payload.contains('@'),
        "{payload}"
    );
    let registry = kansrijk_kernel::accounts::jobs().handle(
        "test.sealed_mail",
        |state, payload: serde_json::Value| async move {
            assert_eq!(payload["reference"], "case-7");
            mail::send_to(
                &state,
                payload["mail_id"].as_i64().unwrap(),
                "sealed@example.nl",
            )
            .await
        },
    );
    jobs::run_due(&app.state, &registry, "w").await.unwrap();
    assert_eq!(sink.wait_for("plain@example.nl").await.len(), 1);
    assert_eq!(sink.wait_for("sealed@example.nl").await.len(), 1);
    for id in [plain, by_reference] {
        let (address, sent): (String, Option<i64>) =
            sqlx::query_as("SELECT to_address, sent_at FROM mail_outbox WHERE id = $1")
                .bind(id)
                .fetch_one(&t.db.pool)
                .await
                .unwrap();
        assert_eq!(address, "", "no address after sending");
        assert!(sent.is_some());
    }
    // A mail whose address is gone is dropped unsent.
    let dropped = mail::queue_by_reference(
        &t.db,
        &mail::compose(&tr, "", "confirm", &[("name", "Z")], None),
        "test.gone",
        "case-8",
    )
    .await
    .unwrap();
    mail::discard(&t.db, dropped).await.unwrap();
    assert!(
        ids(&t.db, "SELECT id FROM mail_outbox WHERE sent_at IS NULL")
            .await
            .is_empty()
    );
}

async fn person(db: &Db, email: &str, status: &str, age_days: i64) -> i64 {
    let at = now() - age_days * DAY;
    sqlx::query_scalar(
        "INSERT INTO users (email, name, lang, password_hash, status, created_at, updated_at) \
         VALUES ($1, 'X', 'nl', 'x', $2, $3, $3) RETURNING id",
    )
    .bind(email)
    .bind(status)
    .bind(at)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[db_test]
async fn unconfirmed_accounts_are_deleted_after_their_period_and_no_others(t: TestDb) {
    let app = kernel_app(
        &t,
        Config {
            unconfirmed_account_retention_days: 30,
            ..Config::default()
        },
    )
    .await;
    let old_unconfirmed = person(&t.db, "oud@example.nl", "unconfirmed", 31).await;
    // Its role and its (expired) confirmation token go with it.
    sqlx::query(
        "INSERT INTO role_assignments (user_id, role, created_at) VALUES ($1, 'resident', $2)",
    )
    .bind(old_unconfirmed)
    .bind(now())
    .execute(&t.db.pool)
    .await
    .unwrap();
    kansrijk_kernel::accounts::queries::create_token(&t.db, old_unconfirmed, "confirm", DAY)
        .await
        .unwrap();
    let young_unconfirmed = person(&t.db, "nieuw@example.nl", "unconfirmed", 29).await;
    let old_active = person(&t.db, "actief@example.nl", "active", 400).await;
    let old_invited = person(&t.db, "uitgenodigd@example.nl", "invited", 400).await;
    // One that something still points to is kept, and does not stop the others.
    let referenced = person(&t.db, "verwezen@example.nl", "unconfirmed", 31).await;
    sqlx::query("INSERT INTO role_assignments (user_id, role, created_by, created_at) VALUES ($1, 'professional', $2, $3)")
        .bind(old_active)
        .bind(referenced)
        .bind(now())
        .execute(&t.db.pool)
        .await
        .unwrap();
    cleanup_job(app.state.clone(), Default::default())
        .await
        .unwrap();
    assert_eq!(
        ids(&t.db, "SELECT id FROM users ORDER BY id").await,
        vec![young_unconfirmed, old_active, old_invited, referenced]
    );
    assert_eq!(
        ids(&t.db, "SELECT user_id FROM role_assignments").await,
        vec![old_active]
    );
    assert!(ids(&t.db, "SELECT user_id FROM user_tokens")
        .await
        .is_empty());
    let logged: Vec<String> = sqlx::query_scalar(
        "SELECT subject_id FROM audit_log WHERE action = 'delete' AND subject_type = 'person'",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(logged, vec![old_unconfirmed.to_string()]);
}

async fn audit_entry(db: &Db, age_days: i64) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO audit_log (at, action, subject_type, subject_id, detail) VALUES ($1, 'read', 'person', '1', '') RETURNING id",
    )
    .bind(now() - age_days * DAY)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[db_test]
async fn audit_entries_are_deleted_after_the_audit_period_and_young_ones_never(t: TestDb) {
    let app = kernel_app(
        &t,
        Config {
            audit_retention_days: 730,
            ..Config::default()
        },
    )
    .await;
    let _past = audit_entry(&t.db, 731).await;
    let inside = audit_entry(&t.db, 700).await;
    let young = audit_entry(&t.db, 10).await;
    cleanup_job(app.state.clone(), Default::default())
        .await
        .unwrap();
    assert_eq!(
        ids(&t.db, "SELECT id FROM audit_log ORDER BY id").await,
        vec![inside, young]
    );
    // Append-only stays true for every entry younger than the minimum, whoever asks.
    let young_delete = sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(young)
        .execute(&t.db.pool)
        .await;
    assert!(young_delete.is_err(), "a young entry cannot be deleted");
    let edit = sqlx::query("UPDATE audit_log SET detail = 'x' WHERE id = $1")
        .bind(inside)
        .execute(&t.db.pool)
        .await;
    assert!(edit.is_err(), "no entry can be changed");
    let barely = audit_entry(&t.db, kansrijk_kernel::audit::MIN_RETENTION_DAYS - 1).await;
    assert!(sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(barely)
        .execute(&t.db.pool)
        .await
        .is_err());
    // Past the minimum, the database lets an entry go (what a longer setting relies on).
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(inside)
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        ids(&t.db, "SELECT id FROM audit_log ORDER BY id").await,
        vec![young, barely]
    );
}
