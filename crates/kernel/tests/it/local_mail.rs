//! The local outbox: without an SMTP server the mail is kept, and the coordinator reads each
//! one at `/beheer/post` as its recipient would, in the language it was sent in.

use super::accounts::{coordinator, log_in, PASSWORD};
use super::kernel_app;
use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::jobs;
use kansrijk_kernel::mail;
use kansrijk_kernel::testing::{create_person, db_test, Browser, TestDb};

#[db_test]
async fn without_smtp_the_coordinator_reads_every_mail_in_the_language_it_was_sent_in(t: TestDb) {
    let app = kernel_app(&t, Config::default()).await;
    assert!(
        app.state.mailer.is_local(),
        "no smtp_host: the local outbox"
    );
    let arabic = mail::queue(
        &t.db,
        &mail::compose(
            &app.state.tr("ar"),
            "ahmed@example.nl",
            "reset",
            &[("name", "أحمد")],
            Some("http://127.0.0.1:8080/wachtwoord-herstellen/abc"),
        ),
    )
    .await
    .unwrap();
    let dutch = mail::queue(
        &t.db,
        &mail::compose(
            &app.state.tr("nl"),
            "els@example.nl",
            "confirm",
            &[("name", "Els")],
            None,
        ),
    )
    .await
    .unwrap();
    // A reporter's mail: queued by reference; its job hands the address over for sending only.
    let sealed = mail::queue_by_reference(
        &t.db,
        &mail::compose(
            &app.state.tr("tr"),
            "",
            "confirm",
            &[("name", "Ayşe")],
            None,
        ),
        "test.sealed",
        "case-1",
    )
    .await
    .unwrap();
    let registry = kansrijk_kernel::accounts::jobs().handle(
        "test.sealed",
        |state, payload: serde_json::Value| async move {
            mail::send_to(
                &state,
                payload["mail_id"].as_i64().unwrap(),
                "melder@example.nl",
            )
            .await
        },
    );
    jobs::run_due(&app.state, &registry, "w").await.unwrap();
    let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status <> 'done'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(failed, 0, "kept, not failed and retried");
    let leaks: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE to_address LIKE '%melder%'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(leaks, 0, "an address given by reference is never stored");

    let (mut jane, _, _) = coordinator(&app).await;
    let list = jane.get("/beheer/post").await;
    assert_eq!(list.status, StatusCode::OK);
    for (id, subject) in [
        (arabic, "اختر كلمة مرور جديدة"),
        (dutch, "Bevestig je e-mailadres"),
    ] {
        assert!(
            list.body.contains(&format!("href=\"/beheer/post/{id}\"")),
            "{id} listed"
        );
        assert!(list.body.contains(subject), "{subject}");
    }
    assert!(list.body.contains("ahmed@example.nl") && list.body.contains("els@example.nl"));
    assert!(list
        .body
        .contains(&format!("href=\"/beheer/post/{sealed}\"")));
    assert!(
        list.body.contains("Adres afgeschermd"),
        "the reporter's mail shows no address"
    );

    let page = jane.get(&format!("/beheer/post/{arabic}")).await;
    assert_eq!(page.status, StatusCode::OK);
    // The text part in Arabic, right to left; the HTML part in a frame without permissions.
    assert!(
        page.body
            .contains(r#"<h1 lang="ar" dir="rtl">اختر كلمة مرور جديدة</h1>"#),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"lang="ar" dir="rtl">"#) && page.body.contains("أحمد"));
    let frame = &page.body[page.body.find("<iframe").expect("an iframe")..];
    assert!(
        frame.starts_with(r#"<iframe class="kr-mail-frame" sandbox="" "#),
        "{frame}"
    );
    assert!(
        frame.contains("srcdoc=\"&#60;!DOCTYPE html&#62;"),
        "the HTML part, escaped into srcdoc: {frame}"
    );
    assert!(
        frame.contains("lang=&#34;ar&#34;") || frame.contains("lang=&quot;ar&quot;"),
        "{frame}"
    );
    assert!(
        !frame[..frame.find("</iframe>").unwrap()].contains("<a "),
        "no live markup of the mail in the page"
    );
    assert!(page
        .body
        .contains(r#"<a class="kr-code" href="http://127.0.0.1:8080/wachtwoord-herstellen/abc">"#));
    assert!(page
        .header("content-security-policy")
        .contains("script-src 'self'"));
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'mail' AND subject_id = $1",
    )
    .bind(arabic.to_string())
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1, "reading a mail is audited");
    // The page follows the reader's language, the mail keeps its own.
    let english = jane.get(&format!("/beheer/post/{dutch}?lang=en")).await;
    assert!(
        english.body.contains("Text only")
            && english
                .body
                .contains(r#"<h1 lang="nl" dir="ltr">Bevestig je e-mailadres</h1>"#)
    );
    assert_eq!(
        jane.get("/beheer/post/999999").await.status,
        StatusCode::NOT_FOUND
    );

    // Anyone but the coordinator is refused.
    create_person(&t.db, "mo@example.nl", PASSWORD, &[Role::Resident]).await;
    let mut mo = Browser::new(&app);
    log_in(&mut mo, "mo@example.nl", PASSWORD).await;
    assert_eq!(mo.get("/beheer/post").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        mo.get(&format!("/beheer/post/{arabic}")).await.status,
        StatusCode::FORBIDDEN
    );

    // Kept for the mail retention period, then gone like any outbox mail.
    sqlx::query("UPDATE mail_outbox SET created_at = created_at - $1 WHERE id = $2")
        .bind(31 * 86_400i64)
        .bind(arabic)
        .execute(&t.db.pool)
        .await
        .unwrap();
    kansrijk_kernel::accounts::cleanup_job(app.state.clone(), Default::default())
        .await
        .unwrap();
    assert_eq!(
        jane.get(&format!("/beheer/post/{arabic}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        jane.get(&format!("/beheer/post/{dutch}")).await.status,
        StatusCode::OK
    );
}
