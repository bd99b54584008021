//! Accounts and the security baseline: login, lock-out and rate limits, two-factor, sessions,
//! invitations and password reset through a real SMTP server, CSRF, the audit log.

use super::kernel_app;
use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::testing::{
    create_person, db_test, enable_totp, location, totp_next, totp_now, Browser, MailSink, TestDb,
};

pub const PASSWORD: &str = "paars fietsje zingt op dinsdag";

/// Jane, coordinator, logged in with her second factor: the browser, her id and her TOTP secret.
pub async fn coordinator<'a>(
    app: &'a kansrijk_kernel::testing::TestApp,
) -> (Browser<'a>, i64, String) {
    let id = create_person(
        &app.state.db,
        "jane@example.nl",
        PASSWORD,
        &[Role::Coordinator],
    )
    .await;
    let secret = enable_totp(&app.state.db, id).await;
    let mut b = Browser::new(app);
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    let r = b
        .post(
            "/inloggen/code",
            &[("code", &totp_now(&secret)), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(location(&r), "/beheer");
    (b, id, secret)
}

pub async fn log_in(
    b: &mut Browser<'_>,
    email: &str,
    password: &str,
) -> kansrijk_kernel::testing::TestResponse {
    b.get("/inloggen").await;
    b.post(
        "/inloggen",
        &[
            ("email", email),
            ("password", password),
            ("terug", "/account"),
        ],
    )
    .await
}

#[db_test]
async fn a_resident_logs_in_sees_the_account_and_logs_out(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[Role::Resident]).await;
    let mut b = Browser::new(&app);
    let r = log_in(&mut b, "Ayse@Example.nl ", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(location(&r), "/account");
    let cookie = r.header("set-cookie");
    assert!(
        cookie.starts_with("kr_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let account = b.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("ayse@example.nl"));
    assert!(account.body.contains("Bewoner"));
    let out = b.post("/uitloggen", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = b.get("/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&after), "/inloggen?terug=%2Faccount");
}

#[db_test]
async fn wrong_password_and_unknown_address_get_the_same_answer(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let mut b = Browser::new(&app);
    let wrong = log_in(&mut b, "ayse@example.nl", "verkeerd wachtwoord 123").await;
    let unknown = log_in(&mut b, "niemand@example.nl", "verkeerd wachtwoord 123").await;
    assert_eq!(wrong.status, StatusCode::OK);
    assert_eq!(unknown.status, StatusCode::OK);
    let message = "Het e-mailadres of het wachtwoord klopt niet.";
    assert!(wrong.body.contains(message) && unknown.body.contains(message));
    assert!(
        wrong.body.contains("value=\"ayse@example.nl\""),
        "input is kept"
    );
    assert!(wrong.body.contains("aria-invalid=\"true\""));
}

/// A NUL character (`%00`) cannot be stored in PostgreSQL text: a login with one gets the
/// ordinary wrong-login answer on both databases, not a server error.
#[db_test]
async fn a_nul_character_in_the_login_form_is_a_wrong_login(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[Role::Resident]).await;
    let mut b = Browser::new(&app);
    for email in ["%00\0nul", "ayse@example.nl\0"] {
        let r = log_in(&mut b, email, PASSWORD).await;
        assert_eq!(r.status, StatusCode::OK, "{email:?}: {}", r.body);
        assert!(r
            .body
            .contains("Het e-mailadres of het wachtwoord klopt niet."));
    }
}

#[db_test]
async fn twenty_wrong_passwords_in_a_row_get_429(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let mut b = Browser::new(&app);
    b.get("/inloggen").await;
    let mut statuses = vec![];
    for _ in 0..20 {
        let r = b
            .post(
                "/inloggen",
                &[
                    ("email", "ayse@example.nl"),
                    ("password", "fout fout fout fout"),
                ],
            )
            .await;
        statuses.push(r.status);
    }
    assert!(
        statuses[..10].iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    assert!(
        statuses[10..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let r = b
        .post(
            "/inloggen",
            &[("email", "ayse@example.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Even wachten"), "a translated page");
    // Another address is not blocked by this one's limit…
    let mut other = Browser::new(&app);
    other.ip = "198.51.100.7:1".parse().unwrap();
    // …but the account itself is locked after its failures, with back-off.
    let r = log_in(&mut other, "ayse@example.nl", PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "locked: the right password does not work yet"
    );
    sqlx::query("UPDATE users SET locked_until = 0")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let r = log_in(&mut other, "ayse@example.nl", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[db_test]
async fn coordinators_need_a_second_factor_with_recovery_codes(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let id = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let mut b = Browser::new(&app);
    let r = log_in(&mut b, "jane@example.nl", PASSWORD).await;
    assert_eq!(location(&r), "/account/tweestaps");
    // Without the second factor the management area stays closed.
    let r = b.get("/beheer").await;
    assert_eq!(location(&r), "/account/tweestaps");
    let setup = b.get("/account/tweestaps").await;
    assert!(setup.body.contains("<svg"), "a QR code");
    let stored: String = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (secret, _) =
        kansrijk_kernel::accounts::totp::open_secret(&app.state.sealer, id, &stored).unwrap();
    assert!(
        !stored.contains(&secret),
        "the secret is sealed in the database"
    );
    assert!(setup.body.contains(&secret));
    let wrong = b.post("/account/tweestaps", &[("code", "000000")]).await;
    assert!(wrong.body.contains("Deze code klopt niet"));
    let enrolment_code = totp_now(&secret);
    let done = b
        .post("/account/tweestaps", &[("code", &enrolment_code)])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    let codes: Vec<String> = done
        .body
        .split("<li>")
        .skip(1)
        .filter_map(|s| s.split("</li>").next())
        .filter(|s| s.len() == 14 && s.as_bytes()[4] == b'-')
        .map(String::from)
        .collect();
    assert_eq!(codes.len(), 10, "{}", done.body);
    let hashes: Vec<String> =
        sqlx::query_scalar("SELECT code_hash FROM recovery_codes WHERE user_id = $1")
            .bind(id)
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(hashes.len(), 10);
    assert!(
        hashes.iter().all(|h| h.starts_with("h1:")),
        "keyed hashes: {hashes:?}"
    );
    assert_eq!(b.get("/beheer").await.status, StatusCode::OK);

    // Next time: password, then the code.
    b.post("/uitloggen", &[]).await;
    let r = log_in(&mut b, "jane@example.nl", PASSWORD).await;
    assert!(
        location(&r).starts_with("/inloggen/code"),
        "{}",
        location(&r)
    );
    assert_eq!(location(&b.get("/beheer").await), "/inloggen/code");
    b.get("/inloggen/code").await;
    let bad = b
        .post(
            "/inloggen/code",
            &[("code", "123456"), ("terug", "/beheer")],
        )
        .await;
    assert!(bad.body.contains("Deze code klopt niet"));
    let good = b
        .post(
            "/inloggen/code",
            &[("code", &codes[0]), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(location(&good), "/beheer", "a recovery code works once");
    b.post("/uitloggen", &[]).await;
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    let again = b.post("/inloggen/code", &[("code", &codes[0])]).await;
    assert!(
        again.body.contains("Deze code klopt niet"),
        "…and only once"
    );
    let replay = b
        .post(
            "/inloggen/code",
            &[("code", &enrolment_code), ("terug", "/beheer")],
        )
        .await;
    assert!(
        replay.body.contains("Deze code klopt niet"),
        "the code of the enrolment cannot be used again"
    );
    let totp = b
        .post(
            "/inloggen/code",
            &[("code", &totp_next(&secret)), ("terug", "/beheer")],
        )
        .await;
    assert_eq!(location(&totp), "/beheer");
}

#[db_test]
async fn sessions_end_when_idle_at_the_absolute_limit_and_everywhere(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let mut phone = Browser::new(&app);
    let mut laptop = Browser::new(&app);
    log_in(&mut phone, "ayse@example.nl", PASSWORD).await;
    log_in(&mut laptop, "ayse@example.nl", PASSWORD).await;
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        laptop.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "idle for 31 minutes"
    );
    log_in(&mut laptop, "ayse@example.nl", PASSWORD).await;
    log_in(&mut phone, "ayse@example.nl", PASSWORD).await;
    sqlx::query("UPDATE sessions SET expires_at = 1")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "past the absolute limit"
    );
    log_in(&mut laptop, "ayse@example.nl", PASSWORD).await;
    log_in(&mut phone, "ayse@example.nl", PASSWORD).await;
    phone.get("/account").await;
    let r = phone.post("/account/overal-uitloggen", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        laptop.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "the other device is logged out too"
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[db_test]
async fn csrf_and_cross_origin_posts_are_refused(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let mut b = Browser::new(&app);
    b.get("/inloggen").await;
    let fields = [("email", "ayse@example.nl"), ("password", PASSWORD)];
    let no_token = b.post_raw("/inloggen", &fields, "same-origin").await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    assert!(no_token.body.contains("Dit mag je niet doen"));
    let token = b.csrf().to_string();
    let with_token: Vec<(&str, &str)> = [("csrf", token.as_str())]
        .into_iter()
        .chain(fields)
        .collect();
    let cross_site = b.post_raw("/inloggen", &with_token, "cross-site").await;
    assert_eq!(
        cross_site.status,
        StatusCode::FORBIDDEN,
        "a cross-origin POST is refused"
    );
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&with_token)
        .finish();
    let foreign_origin = app
        .request(
            axum::http::Request::post("/inloggen")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", "https://evil.example")
                .header("host", "127.0.0.1:8080")
                .header("cookie", format!("kr_csrf={}", "x".repeat(43)))
                .body(axum::body::Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(foreign_origin.status, StatusCode::FORBIDDEN);
    // Another visitor's token does not work for this one.
    let mut other = Browser::new(&app);
    other.get("/inloggen").await;
    let stolen = other
        .post_raw("/inloggen", &with_token, "same-origin")
        .await;
    assert_eq!(stolen.status, StatusCode::FORBIDDEN);
    let ok = b.post_raw("/inloggen", &with_token, "same-origin").await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
}

#[db_test]
async fn bad_form_input_never_breaks_a_page(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let mut b = Browser::new(&app);
    b.get("/registreren").await;
    let token = b.csrf().to_string();
    // Invalid UTF-8 and control characters in a form body.
    let mut body = format!("csrf={token}&name=").into_bytes();
    body.extend_from_slice(&[0xff, 0xfe, b'%', b'0', b'0']);
    body.extend_from_slice(b"&email=%C3%28&password=x&password_again=y");
    let r = b
        .send(
            axum::http::Request::post("/registreren")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(axum::body::Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Vul een geldig e-mailadres in"));
    assert!(r.body.contains("Het wachtwoord is te kort"));
    // A huge body is refused cleanly.
    let huge = "x".repeat(300 * 1024);
    let r = b.post("/registreren", &[("name", huge.as_str())]).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("Te veel tekst"));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[db_test]
async fn an_invitation_arrives_by_mail_and_sets_up_the_account(t: TestDb) {
    let sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    let coordinator = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, coordinator).await;
    let mut jane = Browser::new(&app);
    log_in(&mut jane, "jane@example.nl", PASSWORD).await;
    jane.get("/inloggen/code").await;
    jane.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    jane.get("/beheer/uitnodigingen").await;
    let bad = jane
        .post(
            "/beheer/uitnodigingen",
            &[
                ("name", "Mo"),
                ("email", "geen-adres"),
                ("role", "professional"),
            ],
        )
        .await;
    assert!(
        bad.body.contains("Vul een geldig e-mailadres in") && bad.body.contains("value=\"Mo\"")
    );
    let r = jane
        .post(
            "/beheer/uitnodigingen",
            &[
                ("name", "Mo Haddou"),
                ("email", "mo@example.nl"),
                ("role", "report_handler"),
                ("lang", "ar"),
            ],
        )
        .await;
    assert!(r.body.contains("mo@example.nl"), "{}", r.body);
    assert!(app.run_jobs().await >= 1);
    let mail = sink.wait_for("mo@example.nl").await.remove(0);
    assert_ne!(
        mail.subject, "Uitnodiging voor Kansrijk",
        "in the invitee's language (Arabic)"
    );
    assert!(mail.html.contains("dir=\"rtl\""));
    assert!(mail.text.contains("jane"), "the inviter is named");

    let mut mo = Browser::new(&app);
    let form = mo.get(&mail.path()).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("value=\"Mo Haddou\""), "{}", form.body);
    let weak = mo
        .post(
            &mail.path(),
            &[
                ("name", "Mo Haddou"),
                ("password", "password123"),
                ("password_again", "password123"),
            ],
        )
        .await;
    assert!(weak.body.contains("te makkelijk te raden"));
    let r = mo
        .post(
            &mail.path(),
            &[
                ("name", "Mo Haddou"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        location(&r),
        "/account/tweestaps",
        "a report handler sets up two-factor next"
    );
    // The link is single use.
    let mut again = Browser::new(&app);
    assert!(again
        .get(&mail.path())
        .await
        .body
        .contains("al gebruikt of is verlopen"));
}

#[db_test]
async fn a_forgotten_password_is_reset_through_the_mail(t: TestDb) {
    let sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[]).await;
    let mut b = Browser::new(&app);
    b.get("/wachtwoord-vergeten").await;
    let known = b
        .post("/wachtwoord-vergeten", &[("email", "ayse@example.nl")])
        .await;
    let unknown = b
        .post("/wachtwoord-vergeten", &[("email", "niemand@example.nl")])
        .await;
    assert_eq!(
        known.body.replace(b.csrf(), ""),
        unknown.body.replace(b.csrf(), ""),
        "no user enumeration"
    );
    app.run_jobs().await;
    app.run_jobs().await;
    let mails = sink.wait_for("ayse@example.nl").await;
    assert_eq!(mails.len(), 1);
    assert!(sink.messages().iter().all(|m| m.to != "niemand@example.nl"));
    let path = mails[0].path();
    assert!(path.starts_with("/wachtwoord-herstellen/"));
    b.get(&path).await;
    let new_password = "groene olifant danst in de regen";
    let mismatch = b
        .post(
            &path,
            &[
                ("password", new_password),
                ("password_again", "iets anders dan dat"),
            ],
        )
        .await;
    assert!(mismatch.body.contains("niet hetzelfde"));
    let done = b
        .post(
            &path,
            &[("password", new_password), ("password_again", new_password)],
        )
        .await;
    assert!(done.body.contains("Je wachtwoord is veranderd"));
    let mut fresh = Browser::new(&app);
    assert_eq!(
        log_in(&mut fresh, "ayse@example.nl", PASSWORD).await.status,
        StatusCode::OK,
        "old password fails"
    );
    assert_eq!(
        log_in(&mut fresh, "ayse@example.nl", new_password)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[db_test]
async fn residents_register_and_confirm_their_address(t: TestDb) {
    let sink = MailSink::start();
    let app = kernel_app(&t, sink.config()).await;
    let mut b = Browser::new(&app);
    b.get("/registreren?lang=tr").await;
    let no_consent = b
        .post(
            "/registreren",
            &[
                ("name", "Emre"),
                ("email", "emre@example.nl"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    assert!(no_consent.body.contains("value=\"Emre\""));
    assert!(no_consent.body.contains("aria-invalid=\"true\""));
    let r = b
        .post(
            "/registreren",
            &[
                ("name", "Emre"),
                ("email", "emre@example.nl"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    app.run_jobs().await;
    let mail = sink.wait_for("emre@example.nl").await.remove(0);
    assert_eq!(
        log_in(&mut b, "emre@example.nl", PASSWORD).await.status,
        StatusCode::OK,
        "not confirmed yet"
    );
    let confirmed = b.get(&mail.path()).await;
    assert_eq!(confirmed.status, StatusCode::OK);
    assert_eq!(
        log_in(&mut b, "emre@example.nl", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    // Registering an address that exists sends a different mail, and the page says the same.
    let mut c = Browser::new(&app);
    c.get("/registreren").await;
    c.post(
        "/registreren",
        &[
            ("name", "X"),
            ("email", "emre@example.nl"),
            ("password", PASSWORD),
            ("password_again", PASSWORD),
            ("consent", "yes"),
        ],
    )
    .await;
    app.run_jobs().await;
    let mails = sink.messages();
    assert_eq!(
        mails.iter().filter(|m| m.to == "emre@example.nl").count(),
        2
    );
}

#[db_test]
async fn the_audit_log_records_each_read_and_cannot_be_changed(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let jane = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, jane).await;
    let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[Role::Professional]).await;
    let mut b = Browser::new(&app);
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(
        b.get(&format!("/beheer/mensen/{mo}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        b.get(&format!("/beheer/mensen/{mo}")).await.status,
        StatusCode::OK
    );
    let reads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND subject_type = 'person' AND subject_id = $1 AND actor_id = $2 AND actor_roles = 'coordinator'")
        .bind(mo.to_string())
        .bind(jane)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(reads, 2);
    let page = b
        .get(&format!(
            "/beheer/audit?action=read&subject_type=person&subject_id={mo}"
        ))
        .await;
    assert_eq!(page.body.matches("<td>Bekeken</td>").count(), 2);
    assert!(sqlx::query("UPDATE audit_log SET detail = 'x'")
        .execute(&t.db.pool)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_log")
        .execute(&t.db.pool)
        .await
        .is_err());
    // Changes are logged too: giving a role.
    b.post(
        &format!("/beheer/mensen/{mo}/rollen"),
        &[("role", "mediator")],
    )
    .await;
    let changes: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND subject_id = $1",
    )
    .bind(mo.to_string())
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(changes, 1);
}

#[db_test]
async fn coordinators_manage_organisations_roles_and_blocking(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let jane = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, jane).await;
    let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[]).await;
    let mut b = Browser::new(&app);
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    b.get("/beheer/organisaties").await;
    let empty = b
        .post("/beheer/organisaties", &[("name", ""), ("kind", "school")])
        .await;
    assert!(empty.body.contains("Vul een naam in"));
    let r = b
        .post(
            "/beheer/organisaties",
            &[("name", "Basisschool Liendert"), ("kind", "school")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    b.get("/beheer/organisaties").await;
    let twice = b
        .post(
            "/beheer/organisaties",
            &[("name", "Basisschool Liendert"), ("kind", "school")],
        )
        .await;
    assert!(twice
        .body
        .contains("Er is al een organisatie met deze naam"));
    // The last coordinator cannot lose the role.
    let own: i64 = sqlx::query_scalar("SELECT id FROM role_assignments WHERE user_id = $1")
        .bind(jane)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    b.get(&format!("/beheer/mensen/{jane}")).await;
    let r = b
        .post(
            &format!("/beheer/mensen/{jane}/rollen/{own}/verwijderen"),
            &[],
        )
        .await;
    assert!(r.body.contains("laatste programmacoördinator"));
    // Blocking ends the person's sessions at once.
    let mut mo_browser = Browser::new(&app);
    log_in(&mut mo_browser, "mo@example.nl", PASSWORD).await;
    assert_eq!(mo_browser.get("/account").await.status, StatusCode::OK);
    b.get(&format!("/beheer/mensen/{mo}")).await;
    b.post(
        &format!("/beheer/mensen/{mo}/status"),
        &[("value", "blocked")],
    )
    .await;
    assert_eq!(
        mo_browser.get("/account").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        log_in(&mut mo_browser, "mo@example.nl", PASSWORD)
            .await
            .status,
        StatusCode::OK,
        "blocked"
    );
    b.get(&format!("/beheer/mensen/{mo}")).await;
    b.post(&format!("/beheer/mensen/{mo}/bewoner"), &[("value", "yes")])
        .await;
    let verified: i64 = sqlx::query_scalar("SELECT verified_resident FROM users WHERE id = $1")
        .bind(mo)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(verified, 1);
}

#[db_test]
async fn a_role_can_be_limited_to_an_organisation_and_an_area(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    let jane = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, jane).await;
    let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[]).await;
    let org =
        kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Basisschool", "school")
            .await
            .unwrap();
    let buurt = kansrijk_kernel::areas::by_code(&t.db, "BU03071002")
        .await
        .unwrap()
        .unwrap();
    let mut b = Browser::new(&app);
    log_in(&mut b, "jane@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    b.get(&format!("/beheer/mensen/{mo}")).await;
    let bad = b
        .post(
            &format!("/beheer/mensen/{mo}/rollen"),
            &[("role", "mediator"), ("area_id", "999999")],
        )
        .await;
    assert!(bad.body.contains("Kies een wijk of buurt uit de lijst"));
    let r = b
        .post(
            &format!("/beheer/mensen/{mo}/rollen"),
            &[
                ("role", "mediator"),
                ("organisation_id", &org.to_string()),
                ("area_id", &buurt.id.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (o, a): (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT organisation_id, area_id FROM role_assignments WHERE user_id = $1")
            .bind(mo)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((o, a), (Some(org), Some(buurt.id)));
    let page = b.get(&format!("/beheer/mensen/{mo}")).await;
    assert!(page.body.contains("Bemiddelaar (Basisschool, De Horsten)"));
}

#[db_test]
async fn a_person_chooses_the_name_shown_on_public_pages(t: TestDb) {
    let app = kernel_app(&t, Default::default()).await;
    let id = create_person(&t.db, "fatima@example.nl", PASSWORD, &[Role::Resident]).await;
    sqlx::query("UPDATE users SET name = 'Fatima El Amrani' WHERE id = $1")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut b = Browser::new(&app);
    log_in(&mut b, "fatima@example.nl", PASSWORD).await;
    let page = b.get("/account").await;
    assert!(
        page.body
            .contains("Bij je voorstellen en reacties staat nu: Fatima E."),
        "{}",
        page.body
    );

    // Too short: the error beside the field, the input kept, nothing stored.
    let short = b.post("/account", &[("display_name", " F ")]).await;
    assert_eq!(short.status, StatusCode::OK);
    assert!(
        short
            .body
            .contains("id=\"f-display_name-error\">Kies een naam van 2 tot 40 tekens."),
        "{}",
        short.body
    );
    assert!(short.body.contains("value=\" F \""), "the input is kept");
    let long = b
        .post("/account", &[("display_name", &"x".repeat(41))])
        .await;
    assert!(long.body.contains("Kies een naam van 2 tot 40 tekens."));
    let control = b.post("/account", &[("display_name", "Fa\u{0}tima")]).await;
    assert!(control
        .body
        .contains("Deze naam bevat tekens die niet mogen."));
    let stored = kansrijk_kernel::accounts::display_name::get(&t.db, id)
        .await
        .unwrap();
    assert_eq!(stored, None);

    // A valid name is trimmed and stored; the error text is translated.
    let ok = b
        .post("/account", &[("display_name", "  Fatima uit Liendert ")])
        .await;
    assert_eq!(location(&ok), "/account?opgeslagen=1");
    let stored = kansrijk_kernel::accounts::display_name::get(&t.db, id)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some("Fatima uit Liendert"));
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'user' AND detail = 'display name: Fatima uit Liendert'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1, "a change of public name is audited");
    let page = b.get("/account?opgeslagen=1").await;
    assert!(page.body.contains("staat nu: Fatima uit Liendert"));
    assert!(page.body.contains("value=\"Fatima uit Liendert\""));
    let en = b.get("/account?lang=en").await;
    assert!(en
        .body
        .contains("Your proposals and comments now show: Fatima uit Liendert"));
    let en_error = b.post("/account", &[("display_name", "x")]).await;
    assert!(
        en_error
            .body
            .contains("Choose a name of 2 to 40 characters."),
        "{}",
        en_error.body
    );

    // Empty: back to the default.
    b.get("/account?lang=nl").await;
    b.post("/account", &[("display_name", "")]).await;
    let stored = kansrijk_kernel::accounts::display_name::get(&t.db, id)
        .await
        .unwrap();
    assert_eq!(stored, None);
}

/// The `<select>` named `name` in a page, from its tag to `</select>`.
fn select<'a>(body: &'a str, name: &str) -> &'a str {
    let start = body
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no select {name}"));
    let end = start + body[start..].find("</select>").unwrap();
    &body[start..end]
}

#[db_test]
async fn at_national_scale_roles_and_api_tokens_are_limited_to_an_area_of_one_municipality(
    t: TestDb,
) {
    let app = kernel_app(&t, Default::default()).await;
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    let (mut b, _, _) = coordinator(&app).await;
    let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[]).await;
    let org =
        kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Basisschool", "school")
            .await
            .unwrap()
            .to_string();
    let person = format!("/beheer/mensen/{mo}");
    let roles = format!("/beheer/mensen/{mo}/rollen");
    // One municipality: every wijk and buurt, no extra step.
    let small = b.get(&person).await.body;
    assert!(!small.contains(r#"name="gemeente""#) && !small.contains(r#"name="step""#));
    assert!(select(&small, "area_id").contains("De Horsten"));

    // Twelve municipalities of 30 buurten (one wijk each): 365 buurten.
    for m in 0..12 {
        kansrijk_kernel::areas::import_geojson(
            &t.db,
            &kansrijk_kernel::testing::municipality_geojson(
                &format!("GM{}", 8000 + m),
                &format!("Gemeente {m:02}"),
                30,
            ),
        )
        .await
        .unwrap();
    }
    let id = |code: &'static str| {
        let db = t.db.clone();
        async move {
            kansrijk_kernel::areas::by_code(&db, code)
                .await
                .unwrap()
                .unwrap()
                .id
                .to_string()
        }
    };
    let page = b.get(&person).await.body;
    assert!(select(&page, "gemeente")
        .contains(r#"<option value="GM0307" selected>Amersfoort</option>"#));
    let areas = select(&page, "area_id");
    assert!(
        areas.contains("De Horsten") && !areas.contains("Gemeente"),
        "{areas}"
    );
    // Choosing a municipality keeps the role and organisation chosen.
    let chosen = b
        .post(
            &roles,
            &[
                ("role", "mediator"),
                ("organisation_id", &org),
                ("gemeente", "GM8005"),
                ("step", "gemeente"),
            ],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK);
    assert!(select(&chosen.body, "role").contains(r#"<option value="mediator" selected>"#));
    assert!(select(&chosen.body, "organisation_id").contains(&format!(
        r#"<option value="{org}" selected>Basisschool</option>"#
    )));
    let areas = select(&chosen.body, "area_id");
    // The empty choice, the wijk and its 30 buurten; nothing of another municipality.
    assert_eq!(areas.matches("<option").count(), 1 + 1 + 30, "{areas}");
    assert_eq!(areas.matches("Gemeente 05 ").count(), 31);
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM role_assignments WHERE user_id = $1")
            .bind(mo)
            .fetch_one(&t.db.pool)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 0);
    // A buurt of another municipality than the chosen one: refused beside the field.
    let elsewhere = id("BU80060110").await;
    let refused = b
        .post(
            &roles,
            &[
                ("role", "mediator"),
                ("gemeente", "GM8005"),
                ("area_id", &elsewhere),
            ],
        )
        .await;
    assert!(
        refused.body.contains(
            r#"<p class="kr-form-error" id="f-area_id-error">Dit gebied ligt niet in de gekozen gemeente. Kies uit de lijst.</p>"#
        ),
        "{}",
        refused.body
    );
    assert_eq!(count().await, 0);
    // A buurt of the chosen municipality is saved.
    let buurt = id("BU80050110").await;
    let saved = b
        .post(
            &roles,
            &[
                ("role", "mediator"),
                ("gemeente", "GM8005"),
                ("area_id", &buurt),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(count().await, 1);
    assert!(b
        .get(&person)
        .await
        .body
        .contains("Bemiddelaar (Gemeente 05 buurt 010)"));

    // The API token form, the same way.
    let tokens = b.get("/beheer/api-sleutels").await.body;
    assert!(select(&tokens, "gemeente").contains(r#"<option value="GM0307" selected>"#));
    assert!(!select(&tokens, "area_id").contains("Gemeente"));
    let chosen = b
        .post(
            "/beheer/api-sleutels",
            &[
                ("description", "Wijkdashboard"),
                ("organisation_id", &org),
                ("scope_cases", "1"),
                ("gemeente", "GM8005"),
                ("step", "gemeente"),
            ],
        )
        .await;
    assert!(chosen.body.contains(r#"value="Wijkdashboard""#));
    assert!(chosen
        .body
        .contains(r#"name="scope_cases" value="1" checked"#));
    let areas = select(&chosen.body, "area_id");
    assert_eq!(areas.matches("<option").count(), 1 + 1 + 30, "{areas}");
    assert!(!chosen.body.contains("De sleutel is gemaakt"));
    let expires = jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(30))
        .unwrap()
        .to_string();
    let token = |area: &str| {
        [
            ("description", "Wijkdashboard".to_string()),
            ("organisation_id", org.clone()),
            ("scope_cases", "1".into()),
            ("expires", expires.clone()),
            ("gemeente", "GM8005".into()),
            ("area_id", area.to_string()),
        ]
    };
    let refused = token(&elsewhere);
    let refused: Vec<(&str, &str)> = refused.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = b.post("/beheer/api-sleutels", &refused).await;
    assert!(
        refused.body.contains(
            r#"<p class="kr-form-error" id="f-area_id-error">Dit gebied ligt niet in de gekozen gemeente. Kies uit de lijst.</p>"#
        ),
        "{}",
        refused.body
    );
    let made = token(&buurt);
    let made: Vec<(&str, &str)> = made.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let made = b.post("/beheer/api-sleutels", &made).await;
    assert!(made.body.contains("De sleutel is gemaakt"), "{}", made.body);
    let area: Option<i64> = sqlx::query_scalar("SELECT area_id FROM api_tokens")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(area.map(|a| a.to_string()), Some(buurt));
}

/// A measurement, run by hand (`cargo test -p kansrijk-kernel --test it -- --ignored
/// national_scale_role --nocapture`): 349 municipalities of 40 buurten beside Liendert
/// (13,965 buurten), then 60 requests of the person page and the API-token page on each
/// database; prints p50 and p95 and fails above the 50 ms p95 goal. Debug build, in process.
#[tokio::test]
#[ignore]
async fn national_scale_role_and_api_token_pages_answer_within_50_ms_p95() {
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = kernel_app(&t, Default::default()).await;
        kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
            .await
            .unwrap();
        kansrijk_kernel::testing::import_municipalities(&t.db, 349, 40).await;
        let (mut b, _, _) = coordinator(&app).await;
        let mo = create_person(&t.db, "mo@example.nl", PASSWORD, &[]).await;
        for path in [
            format!("/beheer/mensen/{mo}"),
            "/beheer/api-sleutels".to_string(),
        ] {
            b.get(&path).await;
            let mut times = vec![];
            for _ in 0..60 {
                let started = std::time::Instant::now();
                let r = b.get(&path).await;
                times.push(started.elapsed());
                assert_eq!(r.status, StatusCode::OK);
            }
            times.sort();
            let p95 = times[56];
            eprintln!("{:?} {path}: p50 {:?} p95 {p95:?}", t.backend(), times[29]);
            assert!(
                p95 < std::time::Duration::from_millis(50),
                "{path}: {p95:?}"
            );
        }
    }
}
