//! The second step of logging in: asked again when a role starts to need it, wrong codes counted
//! per person with a lock-out and a mail, sealed TOTP secrets, keyed recovery-code hashes, and
//! the return address after login.

use super::accounts::{coordinator, log_in, PASSWORD};
use super::kernel_app;
use axum::http::StatusCode;
use kansrijk_kernel::accounts::{queries, totp};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::testing::{
    create_person, db_test, enable_totp, location, totp_next, totp_now, Browser, MailSink, TestDb,
};

#[db_test]
async fn a_role_that_needs_the_second_step_asks_for_it_before_the_next_protected_page(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let (mut jane, _, _) = coordinator(&app).await;
    let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[Role::Resident]).await;
    let mut phone = Browser::new(&app);
    let mut laptop = Browser::new(&app);
    assert_eq!(
        location(&log_in(&mut phone, "mo@example.nl", PASSWORD).await),
        "/account"
    );
    assert_eq!(
        location(&log_in(&mut laptop, "mo@example.nl", PASSWORD).await),
        "/account"
    );
    assert_eq!(phone.get("/account").await.status, StatusCode::OK);

    jane.get(&format!("/beheer/mensen/{mo}")).await;
    let r = jane
        .post(
            &format!("/beheer/mensen/{mo}/rollen"),
            &[("role", "report_handler")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Both sessions stay, but neither opens a protected page before the second step.
    for b in [&mut phone, &mut laptop] {
        let r = b.get("/account").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&r), "/account/tweestaps");
    }
    assert_eq!(
        phone.get("/account/tweestaps").await.status,
        StatusCode::OK,
        "the set-up page itself opens"
    );

    // Set up on the phone: that session passes; the laptop still has to do the step.
    let stored: String = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(mo)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (secret, _) = totp::open_secret(&app.state.sealer, mo, &stored).unwrap();
    let done = phone
        .post("/account/tweestaps", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(phone.get("/account").await.status, StatusCode::OK);
    assert_eq!(location(&laptop.get("/account").await), "/inloggen/code");

    // Taking the role away again: the second step is still asked, because Mo turned it on.
    let assignment: i64 = sqlx::query_scalar(
        "SELECT id FROM role_assignments WHERE user_id = $1 AND role = 'report_handler'",
    )
    .bind(mo)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    jane.post(
        &format!("/beheer/mensen/{mo}/rollen/{assignment}/verwijderen"),
        &[],
    )
    .await;
    assert_eq!(location(&laptop.get("/account").await), "/inloggen/code");
    laptop.get("/inloggen/code").await;
    let r = laptop
        .post("/inloggen/code", &[("code", &totp_next(&secret))])
        .await;
    assert_eq!(location(&r), "/account");
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
}

#[db_test]
async fn wrong_codes_count_per_person_lock_the_second_step_and_mail_the_person(t: TestDb) {
    let sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    let id = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, id).await;
    sqlx::query("UPDATE users SET lang = 'en' WHERE id = $1")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut phone = Browser::new(&app);
    let mut laptop = Browser::new(&app);
    log_in(&mut phone, "jane@example.nl", PASSWORD).await;
    log_in(&mut laptop, "jane@example.nl", PASSWORD).await;
    phone.get("/inloggen/code").await;
    laptop.get("/inloggen/code").await;
    // Four wrong codes spread over two sessions (TOTP and recovery codes alike)…
    for (n, code) in ["000000", "111111", "1234-5678-9012", "222222"]
        .into_iter()
        .enumerate()
    {
        let b = if n % 2 == 0 { &mut phone } else { &mut laptop };
        let r = b.post("/inloggen/code", &[("code", code)]).await;
        assert!(r.body.contains("Deze code klopt niet"), "{}", r.body);
    }
    assert!(sink.messages().is_empty());
    // …and the fifth locks the account's second step, in every session.
    let r = phone.post("/inloggen/code", &[("code", "333333")]).await;
    assert!(r.body.contains("te vaak verkeerde codes"), "{}", r.body);
    let right = laptop
        .post(
            "/inloggen/code",
            &[("code", &totp_now(&secret)), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(
        right.status,
        StatusCode::OK,
        "even the right code is refused while locked"
    );
    assert!(right.body.contains("te vaak verkeerde codes"));
    assert_eq!(location(&laptop.get("/beheer").await), "/inloggen/code");
    let mut fresh = Browser::new(&app);
    log_in(&mut fresh, "jane@example.nl", PASSWORD).await;
    fresh.get("/inloggen/code").await;
    let r = fresh
        .post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert!(
        r.body.contains("te vaak verkeerde codes"),
        "a new session does not start afresh"
    );

    // The person hears of it, in her own language, with a way to change her password.
    assert!(app.run_jobs().await >= 1);
    let mails = sink.wait_for("jane@example.nl").await;
    assert_eq!(mails.len(), 1, "one mail per lock-out");
    assert_eq!(
        mails[0].subject,
        "Wrong codes when logging in to your account"
    );
    assert!(mails[0].text.contains("5"), "{}", mails[0].text);
    assert_eq!(mails[0].path(), "/wachtwoord-vergeten");
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND detail LIKE 'second step locked%'").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(audited, 1);

    // After the lock (15 minutes, moved back here) the right code works again.
    sqlx::query("UPDATE users SET mfa_locked_until = $1 WHERE id = $2")
        .bind(kansrijk_kernel::db::now() - 1)
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let r = laptop
        .post(
            "/inloggen/code",
            &[("code", &totp_next(&secret)), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(location(&r), "/beheer");
}

#[db_test]
async fn wrong_codes_older_than_the_window_no_longer_count(t: TestDb) {
    let _app = kernel_app(&t, Default::default()).await;
    let id = create_person(&t.db, "jane@example.nl", PASSWORD, &[]).await;
    let wrong = || queries::record_wrong_code(&t.db, id, 5, 900, 900);
    for _ in 0..4 {
        assert!(!wrong().await.unwrap());
    }
    sqlx::query("UPDATE users SET mfa_window_start = mfa_window_start - 901")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert!(!wrong().await.unwrap(), "a fresh window: this is the first");
    for _ in 0..3 {
        assert!(!wrong().await.unwrap());
    }
    assert!(wrong().await.unwrap(), "the fifth in the window locks");
    let person = queries::user_by_id(&t.db, id).await.unwrap().unwrap();
    let now = kansrijk_kernel::db::now();
    assert!((now + 899..=now + 900).contains(&person.mfa_locked_until));
    assert!(
        !wrong().await.unwrap(),
        "the count starts afresh after a lock"
    );
    queries::clear_wrong_codes(&t.db, id).await.unwrap();
    for _ in 0..4 {
        assert!(!wrong().await.unwrap());
    }
}

#[db_test]
async fn a_plaintext_totp_secret_still_works_and_is_sealed_on_first_use(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let (_, id, secret) = coordinator(&app).await;
    let stored: String = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(
        stored.starts_with("v1:") && !stored.contains(&secret),
        "{stored}"
    );
    assert_eq!(
        totp::open_secret(&app.state.sealer, id, &stored).unwrap(),
        (secret.clone(), false)
    );
    // The sealed secret works for the next login too.
    let mut b = Browser::new(&app);
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    let r = b
        .post(
            "/inloggen/code",
            &[("code", &totp_next(&secret)), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(location(&r), "/beheer");
}

#[db_test]
async fn recovery_codes_are_keyed_hashes_and_old_sha256_ones_still_work_once(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let id = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    enable_totp(&t.db, id).await;
    let keyed = totp::recovery_hash(&app.state.sealer, id, "4444-5555-6666");
    let legacy = totp::legacy_hash_code("1111-2222-3333");
    queries::replace_recovery_codes(&t.db, id, &[keyed.clone(), legacy.clone()])
        .await
        .unwrap();
    let mut b = Browser::new(&app);
    for code in ["1111-2222-3333", "444455556666"] {
        log_in(&mut b, "jane@example.nl", PASSWORD).await;
        b.get("/inloggen/code").await;
        let r = b
            .post("/inloggen/code", &[("code", code), ("terug", "/beheer")])
            .await;
        assert_eq!(location(&r), "/beheer", "{code}");
        b.post("/uitloggen", &[]).await;
    }
    let hashes: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM recovery_codes WHERE user_id = $1 AND used_at IS NOT NULL ORDER BY code_hash").bind(id).fetch_all(&t.db.pool).await.unwrap();
    assert_eq!(hashes.len(), 2);
    assert!(
        !hashes.contains(&legacy),
        "the old hash was replaced on use"
    );
    assert!(hashes.iter().all(|h| h.starts_with("h1:")));
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    let again = b
        .post("/inloggen/code", &[("code", "1111-2222-3333")])
        .await;
    assert!(
        again.body.contains("Deze code klopt niet"),
        "used once only"
    );
    // Another person's identical code does not match: the hash is bound to the person.
    let other = create_person(&t.db, "mo@example.nl", PASSWORD, &[]).await;
    assert_ne!(
        totp::recovery_hash(&app.state.sealer, other, "4444-5555-6666"),
        keyed
    );
}

#[db_test]
async fn the_return_address_after_login_stays_on_this_site(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let id = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, id).await;
    let mut b = Browser::new(&app);
    let cases = [
        ("/beheer/meldingen?x=1", "/beheer/meldingen?x=1"),
        ("//evil.example", "/account"),
        ("/\\evil.example", "/account"),
        ("/\t/evil.example", "/account"),
        ("https://evil.example", "/account"),
        ("/%2F%2Fevil.example", "/account"),
    ];
    for (terug, expected) in cases {
        b.get("/inloggen").await;
        let r = b
            .post(
                "/inloggen",
                &[
                    ("email", "ayse@example.nl"),
                    ("password", PASSWORD),
                    ("terug", terug),
                ],
            )
            .await;
        assert_eq!(location(&r), expected, "{terug:?}");
    }
    // The two-step page checks it the same way.
    let mut steps = [totp_now(&secret), totp_next(&secret)].into_iter();
    for (terug, expected) in [
        ("//evil.example", "/account"),
        ("/beheer/meldingen?x=1", "/beheer/meldingen?x=1"),
    ] {
        let mut j = Browser::new(&app);
        j.get("/inloggen").await;
        let r = j
            .post(
                "/inloggen",
                &[
                    ("email", "jane@example.nl"),
                    ("password", PASSWORD),
                    ("terug", terug),
                ],
            )
            .await;
        j.get(location(&r)).await;
        let r = j
            .post(
                "/inloggen/code",
                &[("code", &steps.next().unwrap()), ("terug", terug)],
            )
            .await;
        assert_eq!(location(&r), expected, "{terug:?}");
    }
}
