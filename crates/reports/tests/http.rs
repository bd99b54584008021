//! The meldpunt end to end over HTTP, on SQLite and PostgreSQL: reporting anonymously,
//! following up with the code, case handling, encryption at rest, figures with suppression,
//! retention and withdrawal.

use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{
    create_person, enable_totp, location, totp_now, Browser, MailSink, TestApp, TestDb,
    TestResponse,
};

const PASSWORD: &str = "paars fietsje zingt op dinsdag";
const STORY: &str =
    "Bij de bushalte in de Zangvogelbuurt riep een man dat ik terug moest naar mijn eigen land.";

async fn app_with(t: &TestDb, config: Config) -> TestApp {
    t.db.migrate(&[kernel_migrations(), kansrijk_reports::migrations()])
        .await
        .unwrap();
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    TestApp::with_config(t.db.clone(), config, vec![kansrijk_reports::feature()])
}

async fn app(t: &TestDb) -> TestApp {
    app_with(t, Config::default()).await
}

fn report_fields<'a>(story: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("role", "victim"),
        ("narrative", story),
        ("location", "BU03071001"),
        ("terrain", "public_space"),
        ("grounds", "origin"),
        ("grounds", "income"),
        ("nature", "hostile_treatment"),
        ("wants", "advice"),
        ("residence", "municipality"),
        ("privacy_read", "yes"),
    ];
    f.extend_from_slice(extra);
    f
}

/// Fills in, checks and sends a report; returns the receipt code as shown.
async fn submit(b: &mut Browser<'_>, story: &str, extra: &[(&str, &str)]) -> String {
    let form = b.get("/meldpunt/melden").await;
    let key = form
        .body
        .split("name=\"submission_key\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let mut fields = report_fields(story, extra);
    fields.push(("submission_key", &key));
    let check = b.post("/meldpunt/melden", &fields).await;
    assert!(check.body.contains("Klopt alles?"), "{}", check.body);
    let sent = b.post("/meldpunt/versturen", &fields).await;
    assert_eq!(sent.status, StatusCode::OK);
    assert_eq!(sent.header("cache-control"), "no-store");
    let code = sent
        .body
        .split("id=\"receipt-code\" lang=\"en\" dir=\"ltr\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(code.replace(' ', "").len(), 16, "{code}");
    code
}

async fn handler_browser<'a>(t: &TestDb, app: &'a TestApp) -> Browser<'a> {
    let id = create_person(
        &t.db,
        "handler@example.nl",
        PASSWORD,
        &[Role::ReportHandler],
    )
    .await;
    let secret = enable_totp(&t.db, id).await;
    let mut b = Browser::new(app);
    b.ip = "127.0.0.9:1".parse().unwrap();
    b.get("/inloggen").await;
    b.post(
        "/inloggen",
        &[("email", "handler@example.nl"), ("password", PASSWORD)],
    )
    .await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(b.get("/beheer/meldingen").await.status, StatusCode::OK);
    b
}

async fn only_ref(t: &TestDb) -> String {
    sqlx::query_scalar("SELECT ref FROM reports ORDER BY id DESC LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

#[db_test]
async fn bad_input_is_kept_with_messages_beside_the_fields(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    b.get("/meldpunt/melden").await;
    let r = b
        .post(
            "/meldpunt/melden",
            &[
                ("narrative", "<b>x</b>"),
                ("happened_on", "2999-01-01"),
                ("contact_way", "email"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("&#60;b&#62;x&#60;/b&#62;"),
        "kept, and HTML shown as text"
    );
    for message in [
        "Kies wie je bent",
        "Vertel wat er gebeurde",
        "Deze datum ligt in de toekomst",
        "Kies minstens één reden",
        "Vul je e-mailadres in",
        "Zet een vinkje",
    ] {
        assert!(r.body.contains(message), "{message}");
    }
    let long = "x".repeat(10_001);
    let r = b.post("/meldpunt/melden", &report_fields(&long, &[])).await;
    assert!(r.body.contains("Je verhaal is te lang"));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[db_test]
async fn anonymous_report_follow_up_reply_and_close(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    let code = submit(&mut reporter, STORY, &[]).await;
    // The reporter opens the report with the code (spaces allowed).
    let mut later = Browser::new(&app);
    later.get("/meldpunt/volgen").await;
    let r = later.post("/meldpunt/volgen", &[("code", &code)]).await;
    assert_eq!(location(&r), "/meldpunt/volgen/melding");
    let view = later.get("/meldpunt/volgen/melding").await;
    assert!(view.body.contains("Stand: Nieuw"));
    // A handler reads it (audited) and replies.
    let mut handler = handler_browser(&t, &app).await;
    let report_ref = only_ref(&t).await;
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    assert!(case.body.contains("terug moest naar mijn eigen land"));
    let reads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND subject_type = 'report' AND subject_id = $1")
        .bind(&report_ref).fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(reads, 1);
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/toewijzen"),
            &[("handler", "me")],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[
                (
                    "text",
                    "Dank voor uw melding. Wanneer ging u meestal naar die bushalte?",
                ),
                ("kind", "message"),
            ],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[
                ("text", "Interne notitie: wijkagent inlichten"),
                ("kind", "note"),
            ],
        )
        .await;
    // The reporter reads the reply (not the internal note) and adds information.
    let view = later.get("/meldpunt/volgen/melding").await;
    assert!(view.body.contains("Wanneer ging u meestal"));
    assert!(
        !view.body.contains("wijkagent"),
        "internal notes stay internal"
    );
    assert!(view.body.contains("Stand: In behandeling"));
    let r = later
        .post(
            "/meldpunt/volgen/bericht",
            &[("message", "Elke ochtend rond half acht.")],
        )
        .await;
    assert_eq!(location(&r), "/meldpunt/volgen/melding?opgeslagen=1");
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    assert!(case.body.contains("Elke ochtend rond half acht."));
    // Closing needs a handling code.
    let r = handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/status"),
            &[("status", "closed")],
        )
        .await;
    assert!(r.body.contains("Kies de afhandeling"));
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    let r = handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/status"),
            &[("status", "closed"), ("handling", "advice")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(later
        .get("/meldpunt/volgen/melding")
        .await
        .body
        .contains("Stand: Afgerond"));
}

#[db_test]
async fn the_database_holds_none_of_the_narrative_or_contact_text(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    submit(
        &mut b,
        STORY,
        &[
            ("contact_name", "Fatima Geheimnaam"),
            ("contact_email", "fatima.geheim@example.nl"),
            ("contact_phone", "06-98765432"),
            ("contact_way", "email"),
            ("place", "Halte Kwartelstraat"),
            ("happened_about", "Rond het Suikerfeestgeheim"),
        ],
    )
    .await;
    let mut follow = Browser::new(&app);
    let mut handler = handler_browser(&t, &app).await;
    let report_ref = only_ref(&t).await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[
                ("text", "Antwoord met Vertrouwelijkwoord"),
                ("kind", "message"),
            ],
        )
        .await;
    let _ = follow.get("/").await;
    let secrets = [
        "terug moest naar mijn eigen land",
        "Geheimnaam",
        "fatima.geheim",
        "98765432",
        "Kwartelstraat",
        "Vertrouwelijkwoord",
        "Suikerfeestgeheim",
    ];
    let dump: Vec<u8> = match t.backend() {
        kansrijk_kernel::db::Backend::Sqlite => {
            // Make sure everything is in the files (main database and write-ahead log).
            let path = t.url.trim_start_matches("sqlite://").to_string();
            let mut bytes = std::fs::read(&path).unwrap();
            bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
            bytes
        }
        kansrijk_kernel::db::Backend::Postgres => {
            let out = std::process::Command::new("pg_dump")
                .arg("--no-owner")
                .arg(&t.url)
                .output()
                .expect("pg_dump");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        }
    };
    assert!(dump.len() > 1000);
    let text = String::from_utf8_lossy(&dump);
    for secret in secrets {
        assert!(
            !text.contains(secret),
            "{secret} found in the database dump"
        );
    }
    // …while the statistical fields are there, and the handler reads everything.
    assert!(text.contains("public_space"));
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    for secret in [
        "Geheimnaam",
        "fatima.geheim@example.nl",
        "Halte Kwartelstraat",
        "Rond het Suikerfeestgeheim",
    ] {
        assert!(case.body.contains(secret), "{secret}");
    }
}

#[db_test]
async fn figures_never_reveal_a_small_cell_in_page_csv_or_api(t: TestDb) {
    let app = app(&t).await;
    // Seven reports this quarter: 3 about origin in Zangvogelbuurt, 4 about income in De Horsten.
    for i in 0..7 {
        let (buurt, ground) = if i < 3 {
            ("BU03071001", "origin")
        } else {
            ("BU03071002", "income")
        };
        // Seven people: the same story from one browser within the hour would be one report.
        let mut b = Browser::new(&app);
        b.ip = format!("127.0.1.{i}:1").parse().unwrap();
        let form = b.get("/meldpunt/melden").await;
        let key = form
            .body
            .split("name=\"submission_key\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let fields = vec![
            ("role", "victim"),
            ("narrative", STORY),
            ("location", buurt),
            ("terrain", "public_space"),
            ("grounds", ground),
            ("nature", "hostile_treatment"),
            ("wants", "register"),
            ("residence", "municipality"),
            ("privacy_read", "yes"),
            ("submission_key", key.as_str()),
        ];
        assert_eq!(
            b.post("/meldpunt/versturen", &fields).await.status,
            StatusCode::OK
        );
    }
    let api = app.get("/api/v1/reports/figures").await.json();
    let year = api["year"].as_i64().unwrap();
    let mut values = vec![];
    fn collect(v: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
        match v {
            serde_json::Value::Object(m) if m.contains_key("kind") => out.push(v.clone()),
            serde_json::Value::Object(m) => m.values().for_each(|x| collect(x, out)),
            serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    collect(&api, &mut values);
    assert!(values.len() > 50);
    for v in &values {
        if v["kind"] == "value" {
            let n = v["value"].as_i64().unwrap();
            assert!(n == 0 || n >= 5, "published small value {n}");
        }
    }
    assert!(values.iter().any(|v| v["kind"] == "small"));
    let csv = app.get(&format!("/meldpunt/cijfers.csv?jaar={year}")).await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    for line in csv.body.lines().skip(1) {
        let count = line.rsplit(',').next().unwrap();
        if let Ok(n) = count.parse::<i64>() {
            assert!(n == 0 || n >= 5, "CSV line {line}");
        }
    }
    assert!(csv.body.contains(",location,BU03071001,<5"));
    assert!(csv.body.contains(&format!("{year},,total,all,7")));
    let page = app.get(&format!("/meldpunt/cijfers?jaar={year}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<td>&#60;5</td>"),
        "small cells shown as <5"
    );
    assert!(!page.body.contains("<td>3</td>") && !page.body.contains("<td>4</td>"));
    assert!(page.body.contains("<svg viewBox=\"0 0 560"));
}

#[db_test]
async fn retention_deletes_personal_content_and_the_figures_stay(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    submit(
        &mut b,
        STORY,
        &[
            ("contact_email", "weg@example.nl"),
            ("contact_way", "email"),
        ],
    )
    .await;
    let report_ref = only_ref(&t).await;
    let mut handler = handler_browser(&t, &app).await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[("text", "Een antwoord"), ("kind", "message")],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/status"),
            &[("status", "closed"), ("handling", "registration")],
        )
        .await;
    app.run_jobs().await;
    let still: Option<String> = sqlx::query_scalar("SELECT narrative_sealed FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(still.is_some(), "not yet past the retention period");
    sqlx::query("UPDATE reports SET closed_at = closed_at - 366 * 86400")
        .execute(&t.db.pool)
        .await
        .unwrap();
    // A second report, closed 364 days ago: still inside the period.
    submit(
        &mut b,
        STORY,
        &[
            ("contact_email", "blijft@example.nl"),
            ("contact_way", "email"),
        ],
    )
    .await;
    let inside_ref = only_ref(&t).await;
    sqlx::query("UPDATE reports SET status = 'closed', closed_at = $1 WHERE ref = $2")
        .bind(kansrijk_kernel::db::now() - 364 * 86400)
        .bind(&inside_ref)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let before = {
        kansrijk_reports::stats::invalidate(&t.db);
        app.get("/api/v1/reports/figures").await.body
    };
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::RETENTION_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    app.run_jobs().await;
    let (narrative, contact, deleted): (Option<String>, Option<String>, Option<i64>) =
        sqlx::query_as("SELECT narrative_sealed, contact_sealed, personal_deleted_at FROM reports WHERE ref = $1").bind(&report_ref).fetch_one(&t.db.pool).await.unwrap();
    assert!(narrative.is_none() && contact.is_none() && deleted.is_some());
    let (narrative, contact, deleted): (Option<String>, Option<String>, Option<i64>) =
        sqlx::query_as("SELECT narrative_sealed, contact_sealed, personal_deleted_at FROM reports WHERE ref = $1").bind(&inside_ref).fetch_one(&t.db.pool).await.unwrap();
    assert!(
        narrative.is_some() && contact.is_some() && deleted.is_none(),
        "inside its period"
    );
    let bodies: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM report_messages WHERE body_sealed IS NOT NULL")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(bodies, 0);
    kansrijk_reports::stats::invalidate(&t.db);
    assert_eq!(
        app.get("/api/v1/reports/figures").await.body,
        before,
        "the figures are the same"
    );
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    assert!(case
        .body
        .contains("De persoonlijke inhoud van deze melding is verwijderd"));
}

#[db_test]
async fn withdrawing_deletes_the_content_and_ends_the_code(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let code = submit(&mut b, STORY, &[]).await;
    b.get("/meldpunt/volgen").await;
    b.post("/meldpunt/volgen", &[("code", &code)]).await;
    b.get("/meldpunt/volgen/melding").await;
    let r = b.post("/meldpunt/volgen/intrekken", &[]).await;
    assert!(r
        .body
        .contains("Zet een vinkje als je de melding echt wilt intrekken"));
    let r = b
        .post("/meldpunt/volgen/intrekken", &[("confirm", "yes")])
        .await;
    assert!(r.body.contains("Je melding is ingetrokken"));
    let (status, narrative): (String, Option<String>) =
        sqlx::query_as("SELECT status, narrative_sealed FROM reports")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), narrative), ("withdrawn", None));
    let mut again = Browser::new(&app);
    again.get("/meldpunt/volgen").await;
    let r = again.post("/meldpunt/volgen", &[("code", &code)]).await;
    assert!(r.body.contains("Deze code kennen wij niet"));
}

fn receipt_code(body: &str) -> String {
    body.split("id=\"receipt-code\" lang=\"en\" dir=\"ltr\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string()
}

fn submission_key(form: &str) -> String {
    form.split("name=\"submission_key\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

async fn report_count(t: &TestDb) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

#[db_test]
async fn the_same_report_again_within_the_hour_gets_no_second_code(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let key = submission_key(&b.get("/meldpunt/melden").await.body);
    let mut fields = report_fields(STORY, &[]);
    fields.push(("submission_key", &key));
    let first = b.post("/meldpunt/versturen", &fields).await;
    let code = receipt_code(&first.body);
    // The same form again (double click, back button): no second code.
    let second = b.post("/meldpunt/versturen", &fields).await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(
        second.body.contains("Wij hebben deze melding al ontvangen"),
        "{}",
        second.body
    );
    assert!(!second.body.contains("receipt-code"));
    assert_eq!(second.header("cache-control"), "no-store");
    assert_eq!(report_count(&t).await, 1);
    // The same content in a fresh form from the same browser: also already received.
    let key2 = submission_key(&b.get("/meldpunt/melden").await.body);
    assert_ne!(key, key2);
    let mut again = report_fields(STORY, &[]);
    again.push(("submission_key", &key2));
    let third = b.post("/meldpunt/versturen", &again).await;
    assert!(third.body.contains("Wij hebben deze melding al ontvangen"));
    // …in the reporter's language.
    let en = b.post("/meldpunt/versturen?lang=en", &again).await;
    assert!(
        en.body.contains("We have already received this report"),
        "{}",
        en.body
    );
    assert_eq!(report_count(&t).await, 1);
    // The first code still opens the report.
    let mut f = Browser::new(&app);
    f.get("/meldpunt/volgen").await;
    assert_eq!(
        location(&f.post("/meldpunt/volgen", &[("code", &code)]).await),
        "/meldpunt/volgen/melding"
    );
    // Someone else with the same story, and the same browser after an hour: new reports.
    let mut other = Browser::new(&app);
    submit(&mut other, STORY, &[]).await;
    assert_eq!(report_count(&t).await, 2);
    sqlx::query("UPDATE reports SET created_at = created_at - 3601")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let key3 = submission_key(&b.get("/meldpunt/melden").await.body);
    let mut later = report_fields(STORY, &[]);
    later.push(("submission_key", &key3));
    assert!(b
        .post("/meldpunt/versturen", &later)
        .await
        .body
        .contains("id=\"receipt-code\""));
    assert_eq!(report_count(&t).await, 3);
    // The periodic job forgets the keys older than the hour.
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::FORGET_DUPLICATES_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    app.run_jobs().await;
    let kept: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM reports WHERE duplicate_key IS NOT NULL")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        kept, 1,
        "only the report of the last hour keeps its duplicate key"
    );
}

/// Logs in with a receipt code; returns the follow-up cookie's value.
async fn follow_cookie(b: &mut Browser<'_>, code: &str) -> String {
    b.get("/meldpunt/volgen").await;
    let r = b.post("/meldpunt/volgen", &[("code", code)]).await;
    assert_eq!(location(&r), "/meldpunt/volgen/melding");
    r.header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("kr_report=")
        .to_string()
}

/// Opens the follow-up page with exactly this cookie.
async fn view_with(app: &TestApp, cookie: &str) -> StatusCode {
    let request = axum::http::Request::get("/meldpunt/volgen/melding")
        .header("cookie", format!("kr_report={cookie}"))
        .body(axum::body::Body::empty())
        .unwrap();
    app.request(request).await.status
}

#[db_test]
async fn the_follow_cookie_is_bound_to_the_receipt_and_ends_after_half_an_hour(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let code = submit(&mut b, STORY, &[]).await;
    let cookie = follow_cookie(&mut b, &code).await;
    let (report_ref, until) = kansrijk_reports::receipt::follow_parts(&cookie).unwrap();
    let now = kansrijk_kernel::db::now();
    assert!(
        (now + 1795..=now + 1800).contains(&until),
        "30 minutes, set by the server"
    );
    assert_eq!(view_with(&app, &cookie).await, StatusCode::OK);
    let hash: String = sqlx::query_scalar("SELECT receipt_hash FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    // A cookie whose half hour has passed is refused, though correctly made.
    let stale =
        kansrijk_reports::receipt::follow_token(&app.state.sealer, report_ref, now - 1, &hash);
    assert_eq!(view_with(&app, &stale).await, StatusCode::SEE_OTHER);
    // Made with the installation secret (in the database) as before: refused.
    let secret = app.state.secret().await.unwrap();
    let mac =
        kansrijk_kernel::crypto::hmac_hex(secret, &format!("report-follow|{report_ref}|{until}"));
    assert_eq!(
        view_with(&app, &format!("{report_ref}.{until}.{mac}")).await,
        StatusCode::SEE_OTHER
    );
    // Once the receipt changes, the cookie of the old receipt no longer works.
    sqlx::query("UPDATE reports SET receipt_hash = 'h1:k1:another'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(view_with(&app, &cookie).await, StatusCode::SEE_OTHER);
    sqlx::query("UPDATE reports SET receipt_hash = $1")
        .bind(&hash)
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(view_with(&app, &cookie).await, StatusCode::OK);
}

#[test]
fn past_the_alarm_level_each_failure_adds_a_bounded_delay() {
    use kansrijk_reports::handlers::{alarm_delay, FAILURE_ALARM};
    use std::time::Duration;
    assert_eq!(alarm_delay(0), Duration::ZERO);
    assert_eq!(alarm_delay(FAILURE_ALARM), Duration::ZERO);
    assert!(alarm_delay(FAILURE_ALARM + 1) > Duration::ZERO);
    assert!(alarm_delay(FAILURE_ALARM + 10) > alarm_delay(FAILURE_ALARM + 1));
    assert_eq!(
        alarm_delay(i64::MAX),
        alarm_delay(FAILURE_ALARM + 1_000_000)
    );
    assert!(alarm_delay(i64::MAX) <= Duration::from_secs(5));
}

const WRONG: &str = "1111 2222 3333 4444";

async fn try_code(b: &mut Browser<'_>, code: &str) -> StatusCode {
    b.get("/meldpunt/volgen").await;
    b.post("/meldpunt/volgen", &[("code", code)]).await.status
}

#[db_test]
async fn only_failed_codes_count_and_ipv6_counts_per_64(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    let code = submit(&mut reporter, STORY, &[]).await;
    // Failures are counted, successes not: four wrong codes, then the right one many times,
    // then the fifth wrong code is still answered; the sixth is refused.
    let mut b = Browser::new(&app);
    b.ip = "198.51.100.7:1".parse().unwrap();
    for _ in 0..4 {
        assert_eq!(try_code(&mut b, WRONG).await, StatusCode::OK);
    }
    for _ in 0..6 {
        assert_eq!(try_code(&mut b, &code).await, StatusCode::SEE_OTHER);
    }
    assert_eq!(try_code(&mut b, WRONG).await, StatusCode::OK);
    assert_eq!(try_code(&mut b, WRONG).await, StatusCode::TOO_MANY_REQUESTS);
    // IPv4: the next address is another address.
    b.ip = "198.51.100.8:1".parse().unwrap();
    assert_eq!(try_code(&mut b, WRONG).await, StatusCode::OK);
    // IPv6: one /64 is one address, however many addresses in it are used.
    let mut v6 = Browser::new(&app);
    for i in 1..=5 {
        v6.ip = format!("[2001:db8:1:2::{i:x}]:1").parse().unwrap();
        assert_eq!(try_code(&mut v6, WRONG).await, StatusCode::OK);
    }
    v6.ip = "[2001:db8:1:2:ffff:ffff:ffff:ffff]:1".parse().unwrap();
    assert_eq!(
        try_code(&mut v6, WRONG).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    v6.ip = "[2001:db8:1:3::1]:1".parse().unwrap();
    assert_eq!(
        try_code(&mut v6, &code).await,
        StatusCode::SEE_OTHER,
        "the next /64 is another address"
    );
}

#[db_test]
async fn many_failures_everywhere_slow_down_and_alert_but_lock_nobody_out(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    let code = submit(&mut reporter, STORY, &[]).await;
    // Just below the alarm level this hour (both in this window and the next, should the
    // hour turn during the test).
    let now = kansrijk_kernel::db::now();
    let window = now - now.rem_euclid(3600);
    for start in [window, window + 3600] {
        sqlx::query("INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('receipt:fail:all', $1, $2)")
            .bind(start)
            .bind(kansrijk_reports::handlers::FAILURE_ALARM)
            .execute(&t.db.pool)
            .await
            .unwrap();
    }
    let alarms = || {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'receipt'",
        )
        .fetch_one(&t.db.pool)
    };
    assert_eq!(alarms().await.unwrap(), 0);
    for i in 0..3 {
        let mut guesser = Browser::new(&app);
        guesser.ip = format!("203.0.113.{i}:1").parse().unwrap();
        assert_eq!(
            try_code(&mut guesser, WRONG).await,
            StatusCode::OK,
            "answered, not refused"
        );
    }
    assert_eq!(alarms().await.unwrap(), 1, "one alert, not one per failure");
    // A reporter with the right code still gets in (after a short wait).
    let mut later = Browser::new(&app);
    later.ip = "192.0.2.99:1".parse().unwrap();
    assert_eq!(try_code(&mut later, &code).await, StatusCode::SEE_OTHER);
    assert_eq!(
        later.get("/meldpunt/volgen/melding").await.status,
        StatusCode::OK
    );
}

#[db_test]
async fn guessing_codes_is_stopped(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    b.get("/meldpunt/volgen").await;
    let mut statuses = vec![];
    for i in 0..7 {
        statuses.push(
            b.post(
                "/meldpunt/volgen",
                &[("code", &format!("12345678901234{i:02}"))],
            )
            .await
            .status,
        );
    }
    assert_eq!(statuses[..5], [StatusCode::OK; 5]);
    assert_eq!(statuses[5..], [StatusCode::TOO_MANY_REQUESTS; 2]);
}

#[db_test]
async fn the_reporter_gets_a_content_free_mail_and_handlers_a_due_reminder(t: TestDb) {
    let sink = MailSink::start();
    let app = app_with(&t, sink.config()).await;
    let mut b = Browser::new(&app);
    submit(
        &mut b,
        STORY,
        &[
            ("contact_email", "melder@example.nl"),
            ("contact_way", "email"),
            ("mail_updates", "yes"),
            ("consent_handover", "yes"),
        ],
    )
    .await;
    let report_ref = only_ref(&t).await;
    let mut handler = handler_browser(&t, &app).await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/toewijzen"),
            &[("handler", "me")],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[
                ("text", "Geheime inhoud van het antwoord"),
                ("kind", "message"),
            ],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    let today = jiff::Zoned::now().date().to_string();
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/termijn"),
            &[("due", &today)],
        )
        .await;
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::DUE_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::DUE_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    for _ in 0..3 {
        app.run_jobs().await;
    }
    let news = sink.wait_for("melder@example.nl").await;
    assert_eq!(news.len(), 1);
    assert!(
        !news[0].text.contains("Geheime inhoud"),
        "never the content"
    );
    assert!(news[0].text.contains("/meldpunt/volgen"));
    let due = sink.wait_for("handler@example.nl").await;
    assert_eq!(due.len(), 1, "one reminder, however often the check runs");
    assert!(due[0].subject.contains(&report_ref));
    // Hand-over with consent: a printable page and a file, both audited.
    let page = handler
        .get(&format!("/beheer/meldingen/{report_ref}/overdracht"))
        .await;
    assert!(page.body.contains("melder@example.nl"));
    let file = handler
        .get(&format!("/beheer/meldingen/{report_ref}/overdracht.json"))
        .await;
    assert_eq!(file.json()["terrain"], "public_space");
    assert!(file.header("content-disposition").starts_with("attachment"));
    let exports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(exports, 2);
}

#[db_test]
async fn without_consent_nothing_is_handed_over_and_others_cannot_read_cases(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    submit(&mut b, STORY, &[]).await;
    let report_ref = only_ref(&t).await;
    let mut handler = handler_browser(&t, &app).await;
    assert_eq!(
        handler
            .get(&format!("/beheer/meldingen/{report_ref}/overdracht"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    create_person(&t.db, "pro@example.nl", PASSWORD, &[Role::Professional]).await;
    let mut pro = Browser::new(&app);
    pro.get("/inloggen").await;
    pro.post(
        "/inloggen",
        &[("email", "pro@example.nl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(
        pro.get(&format!("/beheer/meldingen/{report_ref}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        pro.get("/api/v1/reports/cases").await.status,
        StatusCode::FORBIDDEN
    );
    let cases = handler.get("/api/v1/reports/cases").await.json();
    assert_eq!(cases[0]["reference"], report_ref.as_str());
    assert!(cases[0].get("narrative").is_none());
}

#[db_test]
async fn after_a_key_rotation_values_are_resealed_and_still_readable(t: TestDb) {
    let old = kansrijk_kernel::sealing::new_key("k1");
    let app = app_with(
        &t,
        Config {
            encryption_keys: vec![old.clone()],
            ..Config::default()
        },
    )
    .await;
    let mut b = Browser::new(&app);
    submit(&mut b, STORY, &[]).await;
    let rotated = app_with(
        &t,
        Config {
            encryption_keys: vec![kansrijk_kernel::sealing::new_key("k2"), old],
            ..Config::default()
        },
    )
    .await;
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::RESEAL_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    rotated.run_jobs().await;
    let sealed: String = sqlx::query_scalar("SELECT narrative_sealed FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(sealed.starts_with("v1:k2:"), "{sealed}");
    let report_ref = only_ref(&t).await;
    assert_eq!(
        rotated
            .state
            .sealer
            .open(
                &kansrijk_reports::queries::place(&report_ref, "narrative"),
                &sealed
            )
            .unwrap(),
        STORY
    );
}

#[db_test]
async fn a_sealed_note_copied_into_a_message_does_not_open(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    let code = submit(&mut reporter, STORY, &[]).await;
    let report_ref = only_ref(&t).await;
    let mut handler = handler_browser(&t, &app).await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[
                ("text", "Interne notitie over de buurman"),
                ("kind", "note"),
            ],
        )
        .await;
    handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/tekst"),
            &[("text", "Een gewoon antwoord"), ("kind", "message")],
        )
        .await;
    follow_cookie(&mut reporter, &code).await;
    assert!(reporter
        .get("/meldpunt/volgen/melding")
        .await
        .body
        .contains("Een gewoon antwoord"));
    // Someone with access to the database copies the note over the message to the reporter.
    let note: String =
        sqlx::query_scalar("SELECT body_sealed FROM report_messages WHERE author = 'note'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    sqlx::query("UPDATE report_messages SET body_sealed = $1 WHERE author = 'handler'")
        .bind(&note)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let view = reporter.get("/meldpunt/volgen/melding").await;
    assert_eq!(view.status, StatusCode::OK);
    assert!(
        !view.body.contains("buurman") && !view.body.contains("Een gewoon antwoord"),
        "the copy does not open"
    );
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    assert_eq!(
        case.body.matches("Interne notitie over de buurman").count(),
        1,
        "only in its own row"
    );
}

#[db_test]
async fn plaintext_and_unbound_values_from_before_stay_readable_until_the_job_seals_them(
    t: TestDb,
) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    let code = submit(&mut reporter, STORY, &[]).await;
    let report_ref = only_ref(&t).await;
    // As stored before: "happened about" in plaintext, a message sealed under the report's place.
    sqlx::query("UPDATE reports SET happened_about = 'Vorige zomer', happened_about_sealed = NULL")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let old = app.state.sealer.seal(
        &kansrijk_reports::queries::place(&report_ref, "message"),
        "Een oud antwoord",
    );
    sqlx::query("INSERT INTO report_messages (report_id, author, body_sealed, created_at) SELECT id, 'handler', $1, created_at FROM reports")
        .bind(&old)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut handler = handler_browser(&t, &app).await;
    let check = |body: &str| {
        assert!(body.contains("Vorige zomer"), "happened about");
        assert!(body.contains("Een oud antwoord"), "the old message");
    };
    check(
        &handler
            .get(&format!("/beheer/meldingen/{report_ref}"))
            .await
            .body,
    );
    follow_cookie(&mut reporter, &code).await;
    assert!(reporter
        .get("/meldpunt/volgen/melding")
        .await
        .body
        .contains("Een oud antwoord"));
    kansrijk_kernel::jobs::enqueue(
        &t.db.pool,
        kansrijk_reports::jobs::RESEAL_JOB,
        &serde_json::json!({}),
        0,
        None,
        1,
    )
    .await
    .unwrap();
    app.run_jobs().await;
    let (plain, sealed): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT happened_about, happened_about_sealed FROM reports")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(plain, None);
    assert!(sealed.unwrap().starts_with("v1:"));
    let unbound: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM report_messages WHERE place_version = 0")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(unbound, 0);
    let body: String = sqlx::query_scalar("SELECT body_sealed FROM report_messages")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_ne!(body, old, "re-sealed with its id and author");
    check(
        &handler
            .get(&format!("/beheer/meldingen/{report_ref}"))
            .await
            .body,
    );
    assert!(reporter
        .get("/meldpunt/volgen/melding")
        .await
        .body
        .contains("Een oud antwoord"));
}

#[db_test]
async fn a_receipt_from_before_keyed_hashes_still_opens_and_is_rehashed(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let code = submit(&mut b, STORY, &[]).await;
    let stored: String = sqlx::query_scalar("SELECT receipt_hash FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(
        stored.starts_with("h1:"),
        "new receipts are keyed hashes: {stored}"
    );
    // Turn it into a receipt as issued before keyed hashes: argon2id with the installation salt.
    let salt = "een-oud-zout-van-16-bytes";
    sqlx::query("INSERT INTO settings (name, value) VALUES ('receipt_salt', $1)")
        .bind(salt)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let legacy = kansrijk_reports::receipt::legacy_hash(digits, salt.into()).await;
    sqlx::query("UPDATE reports SET receipt_hash = $1")
        .bind(&legacy)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut later = Browser::new(&app);
    later.get("/meldpunt/volgen").await;
    let r = later.post("/meldpunt/volgen", &[("code", &code)]).await;
    assert_eq!(
        location(&r),
        "/meldpunt/volgen/melding",
        "the old receipt still opens"
    );
    let rehashed: String = sqlx::query_scalar("SELECT receipt_hash FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(rehashed, stored, "and is stored as a keyed hash again");
    let mut wrong = Browser::new(&app);
    wrong.get("/meldpunt/volgen").await;
    let r = wrong
        .post("/meldpunt/volgen", &[("code", "1111 2222 3333 4444")])
        .await;
    assert!(r.body.contains("Deze code kennen wij niet"));
}

#[db_test]
async fn with_hundreds_of_buurten_the_figures_are_per_municipality(t: TestDb) {
    let app = app(&t).await;
    let now = kansrijk_kernel::db::now();
    let insert = "INSERT INTO areas (code, kind, name, parent_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id";
    let gm: i64 = sqlx::query_scalar(insert)
        .bind("GM9999")
        .bind("municipality")
        .bind("Testgemeente")
        .bind(None::<i64>)
        .bind(now)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let wk: i64 = sqlx::query_scalar(insert)
        .bind("WK999901")
        .bind("district")
        .bind("Testwijk")
        .bind(Some(gm))
        .bind(now)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    for i in 0..=kansrijk_reports::stats::MAX_BUURT_ROWS {
        sqlx::query_scalar::<_, i64>(insert)
            .bind(format!("BU9999{i:04}"))
            .bind("neighbourhood")
            .bind(format!("Testbuurt {i}"))
            .bind(Some(wk))
            .bind(now)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    }
    let mut b = Browser::new(&app);
    submit(&mut b, STORY, &[]).await;
    sqlx::query("UPDATE reports SET area_id = (SELECT id FROM areas WHERE code = 'BU99990007')")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let counts = kansrijk_reports::stats::year_counts(
        &t.db,
        kansrijk_reports::stats::year_of(now),
        &kansrijk_kernel::scope::Limit::All,
    )
    .await
    .unwrap();
    assert!(counts.breakdowns.iter().all(|b| b.dimension != "location"));
    let by = counts
        .breakdowns
        .iter()
        .find(|b| b.dimension == "municipality")
        .expect("per municipality");
    assert!(
        by.categories.iter().all(|c| !c.starts_with("BU")),
        "no buurt rows"
    );
    let gm_column = by
        .categories
        .iter()
        .position(|c| c == "GM9999")
        .expect("the municipality is a row");
    let total: i64 = by.counts.iter().map(|q| q[gm_column]).sum();
    assert_eq!(
        total, 1,
        "the report in a buurt counts for its municipality"
    );
    let page = app.get("/meldpunt/cijfers").await;
    assert!(page.body.contains("Testgemeente") && !page.body.contains("Testbuurt 7"));
}

/// The `<select>` named `name` in a page, from its tag to `</select>`.
fn select<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let start = body.find(&format!("name=\"{name}\""))?;
    let end = start + body[start..].find("</select>")?;
    Some(&body[start..end])
}

#[db_test]
async fn above_200_buurten_the_form_offers_the_buurten_of_one_municipality(t: TestDb) {
    let app = app(&t).await;
    // Small scale: the five Liendert buurten, no choice of municipality.
    let small = app.get("/meldpunt/melden").await;
    assert!(
        select(&small.body, "gemeente").is_none() && !small.body.contains("value=\"gemeente\"")
    );
    assert!(select(&small.body, "location")
        .unwrap()
        .contains("Zangvogelbuurt"));
    // National scale: a second municipality with 200 buurten (205 in all); Amersfoort came first.
    kansrijk_kernel::areas::import_geojson(
        &t.db,
        &kansrijk_kernel::testing::municipality_geojson("GM9999", "Testgemeente", 200),
    )
    .await
    .unwrap();
    // The form is shared from the page cache for a moment; the import bypassed the app.
    app.state.page_cache.clear();
    let home = app.get("/meldpunt/melden").await;
    let gemeenten = select(&home.body, "gemeente").expect("a municipality select");
    assert!(
        gemeenten.contains(r#"<option value="GM0307" selected>Amersfoort</option>"#),
        "{gemeenten}"
    );
    assert!(gemeenten.contains(r#"<option value="GM9999">Testgemeente</option>"#));
    assert!(home
        .body
        .contains(r#"<label class="kr-form-label" for="f-gemeente">Gemeente</label>"#));
    assert!(home.body.contains(r#"<button class="kr-button kr-button--secondary" type="submit" name="step" value="gemeente" formnovalidate>Toon de buurten</button>"#));
    // Enter in a text field must not press "show the buurten": the first submit button of
    // the form goes on to the check.
    let first_submit = home.body.find(r#"type="submit""#).unwrap();
    assert!(home.body[..first_submit].ends_with(r#"<button class="kr-visually-hidden" "#));
    assert!(first_submit < home.body.find(r#"value="gemeente""#).unwrap());
    let buurten = select(&home.body, "location").unwrap();
    assert!(
        buurten.contains("Zangvogelbuurt") && !buurten.contains("Testgemeente buurt"),
        "only Amersfoort's buurten"
    );
    assert!(
        buurten.contains("value=\"outside\""),
        "the other kinds of place stay"
    );
    let other = app.get("/meldpunt/melden?gemeente=GM9999").await;
    assert!(select(&other.body, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    let buurten = select(&other.body, "location").unwrap();
    assert!(
        buurten.contains("Testgemeente buurt 000") && buurten.contains("Testgemeente buurt 199")
    );
    assert!(!buurten.contains("Zangvogelbuurt"));
    assert!(
        other.body.len() < 40_000,
        "one municipality's buurten, not all: {} bytes",
        other.body.len()
    );

    // Without JavaScript: "show the buurten" keeps what was typed and shows no errors.
    let mut b = Browser::new(&app);
    b.get("/meldpunt/melden").await;
    let shown = b
        .post(
            "/meldpunt/melden",
            &[
                ("narrative", STORY),
                ("role", "witness"),
                ("gemeente", "GM9999"),
                ("step", "gemeente"),
            ],
        )
        .await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(
        shown.body.contains(&format!(">{STORY}</textarea>")),
        "the story is kept"
    );
    assert!(
        shown.body.contains(r#"value="witness" checked"#),
        "the role is kept"
    );
    assert!(
        !shown.body.contains("kr-alert--error") && !shown.body.contains("kr-form-error"),
        "no errors"
    );
    assert!(select(&shown.body, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    assert!(select(&shown.body, "location")
        .unwrap()
        .contains("Testgemeente buurt 042"));

    // A buurt of the other municipality is accepted, checked and stored.
    let mut fields = report_fields(STORY, &[]);
    fields.retain(|(k, _)| *k != "location");
    fields.extend([("location", "BU99990142"), ("gemeente", "GM9999")]);
    let check = b.post("/meldpunt/melden", &fields).await;
    assert!(check.body.contains("Klopt alles?"), "{}", check.body);
    assert!(
        check.body.contains("Testgemeente buurt 042"),
        "the summary names the buurt"
    );
    let sent = b.post("/meldpunt/versturen", &fields).await;
    assert!(
        sent.body.contains("id=\"receipt-code\""),
        "a receipt: {}",
        sent.body
    );
    let stored: String =
        sqlx::query_scalar("SELECT a.code FROM reports r JOIN areas a ON a.id = r.area_id")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(stored, "BU99990142");
    // "Change" on the summary shows the buurt's own municipality with the buurt selected.
    let mut edit: Vec<(&str, &str)> = fields
        .iter()
        .copied()
        .filter(|(k, _)| *k != "gemeente")
        .collect();
    edit.push(("step", "edit"));
    let again = b.post("/meldpunt/melden", &edit).await;
    assert!(select(&again.body, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    assert!(select(&again.body, "location")
        .unwrap()
        .contains(r#"<option value="BU99990142" selected>"#));
    // A code that is no buurt is still refused.
    let mut wrong = fields.clone();
    wrong.retain(|(k, _)| *k != "location");
    wrong.push(("location", "BU99999999"));
    let refused = b.post("/meldpunt/melden", &wrong).await;
    assert!(refused.body.contains("kr-alert--error") && !refused.body.contains("Klopt alles?"));
}

#[db_test]
async fn a_case_goes_only_to_handlers_whose_area_covers_it(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    submit(&mut reporter, STORY, &[]).await;
    let report_ref = only_ref(&t).await;
    let (x, y): (i64, i64) =
        sqlx::query_as("SELECT MIN(id), MAX(id) FROM areas WHERE kind = 'neighbourhood'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    sqlx::query("UPDATE reports SET area_id = $1 WHERE ref = $2")
        .bind(x)
        .bind(&report_ref)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut limited = vec![];
    for (email, area) in [("x@example.nl", x), ("y@example.nl", y)] {
        let id = create_person(&t.db, email, PASSWORD, &[]).await;
        kansrijk_kernel::accounts::queries::assign_role(
            &t.db,
            id,
            Role::ReportHandler,
            None,
            Some(area),
            None,
        )
        .await
        .unwrap();
        limited.push(id);
    }
    let mut handler = handler_browser(&t, &app).await;
    let case = handler
        .get(&format!("/beheer/meldingen/{report_ref}"))
        .await;
    assert!(
        case.body.contains(&format!("value=\"{}\"", limited[0])),
        "the handler of buurt X is offered"
    );
    assert!(
        !case.body.contains(&format!("value=\"{}\"", limited[1])),
        "the handler of buurt Y is not"
    );
    let refused = handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/toewijzen"),
            &[("handler", &limited[1].to_string())],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::OK,
        "the case page again, with the error"
    );
    let assigned: Option<i64> =
        sqlx::query_scalar("SELECT assigned_to FROM reports WHERE ref = $1")
            .bind(&report_ref)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(assigned, None);
    let ok = handler
        .post(
            &format!("/beheer/meldingen/{report_ref}/toewijzen"),
            &[("handler", &limited[0].to_string())],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let assigned: Option<i64> =
        sqlx::query_scalar("SELECT assigned_to FROM reports WHERE ref = $1")
            .bind(&report_ref)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(assigned, Some(limited[0]));
}

#[db_test]
async fn the_outbox_never_holds_the_reporters_address(t: TestDb) {
    let sink = MailSink::start();
    let app = app_with(&t, sink.config()).await;
    let mut b = Browser::new(&app);
    submit(
        &mut b,
        STORY,
        &[
            ("contact_email", "melder@example.nl"),
            ("contact_way", "email"),
            ("mail_updates", "yes"),
        ],
    )
    .await;
    let report_ref = only_ref(&t).await;
    kansrijk_reports::jobs::notify_reporter(
        app.state.clone(),
        kansrijk_reports::jobs::NotifyPayload {
            report_ref: report_ref.clone(),
        },
    )
    .await
    .unwrap();
    // Queued: a reference to the report, no address anywhere in the outbox or the job queue.
    let (address, sent): (String, Option<i64>) =
        sqlx::query_as("SELECT to_address, sent_at FROM mail_outbox")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((address.as_str(), sent), ("", None));
    let leaks = "SELECT (SELECT COUNT(*) FROM mail_outbox WHERE to_address LIKE '%melder%' OR text_body LIKE '%melder%' OR html_body LIKE '%melder%') \
                 + (SELECT COUNT(*) FROM jobs WHERE payload LIKE '%melder%')";
    let n: i64 = sqlx::query_scalar(leaks)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let payload: String = sqlx::query_scalar("SELECT payload FROM jobs WHERE kind = $1")
        .bind(kansrijk_reports::jobs::REPORTER_MAIL_JOB)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(payload.contains(&report_ref), "{payload}");
    // Sending opens the sealed address for that one delivery; the row keeps none.
    app.run_jobs().await;
    assert_eq!(sink.wait_for("melder@example.nl").await.len(), 1);
    let (address, sent): (String, Option<i64>) =
        sqlx::query_as("SELECT to_address, sent_at FROM mail_outbox")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(address, "");
    assert!(sent.is_some());
    assert_eq!(
        sqlx::query_scalar::<_, i64>(leaks)
            .fetch_one(&t.db.pool)
            .await
            .unwrap(),
        0
    );
    // Queued, then the personal content goes (retention, withdrawal): the mail is dropped unsent.
    kansrijk_reports::jobs::notify_reporter(
        app.state.clone(),
        kansrijk_reports::jobs::NotifyPayload {
            report_ref: report_ref.clone(),
        },
    )
    .await
    .unwrap();
    let id: i64 = sqlx::query_scalar("SELECT id FROM reports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    kansrijk_reports::queries::delete_personal_content(&t.db, id)
        .await
        .unwrap();
    app.run_jobs().await;
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(unsent, 0);
    let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status <> 'done'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(failed, 0, "dropped, not retried");
}

#[db_test]
async fn the_form_is_shared_from_the_page_cache_with_a_token_and_key_per_visitor(t: TestDb) {
    let app = app(&t).await;
    let a = app.get("/meldpunt/melden").await;
    let b = app.get("/meldpunt/melden").await;
    assert_eq!(
        b.header("age"),
        "0",
        "the second answer came from the cache"
    );
    let values = |r: &TestResponse| {
        (
            r.field("csrf").unwrap(),
            r.field("submission_key").unwrap(),
            r.cookie("kr_csrf").expect("a kr_csrf cookie per answer"),
        )
    };
    let (token_a, key_a, cookie_a) = values(&a);
    let (token_b, key_b, cookie_b) = values(&b);
    assert_ne!(token_a, token_b);
    assert_ne!(key_a, key_b);
    assert_ne!(cookie_a, cookie_b);
    assert_eq!(a.header("cache-control"), "no-store");
    // The same markup as the form rendered without the cache, apart from the two values.
    let off = TestApp::with_config(
        t.db.clone(),
        Config {
            page_cache_millis: 0,
            ..Config::default()
        },
        vec![kansrijk_reports::feature()],
    );
    let plain = off.get("/meldpunt/melden").await;
    assert_eq!(plain.header("age"), "");
    let markup = |r: &TestResponse| r.markup_without(&["csrf", "submission_key"]);
    assert_eq!(markup(&a), markup(&plain));
    assert_eq!(markup(&b), markup(&plain));
    assert_eq!(
        a.body.matches("<form").count(),
        a.body.matches("</form>").count()
    );
    assert!(a.body.trim_end().ends_with("</html>"));

    // A token with another answer's cookie is refused, at both steps.
    let mut fields = report_fields(STORY, &[]);
    fields.push(("submission_key", &key_a));
    for uri in ["/meldpunt/melden", "/meldpunt/versturen"] {
        let mixed = app.post_as(uri, &token_a, &cookie_b, &fields).await;
        assert_eq!(mixed.status, StatusCode::FORBIDDEN, "{uri}");
    }
    assert_eq!(report_count(&t).await, 0);
    // With the token and cookie of one answer, the report goes through.
    let check = app
        .post_as("/meldpunt/melden", &token_a, &cookie_a, &fields)
        .await;
    assert!(check.body.contains("Klopt alles?"), "{}", check.body);
    let sent = app
        .post_as("/meldpunt/versturen", &token_a, &cookie_a, &fields)
        .await;
    assert_eq!(receipt_code(&sent.body).replace(' ', "").len(), 16);
    let mut fields = report_fields("Een ander verhaal over de markt.", &[]);
    fields.push(("submission_key", &key_b));
    let sent = app
        .post_as("/meldpunt/versturen", &token_b, &cookie_b, &fields)
        .await;
    assert_eq!(receipt_code(&sent.body).replace(' ', "").len(), 16);
    assert_eq!(report_count(&t).await, 2);
}

#[db_test]
async fn at_national_scale_the_queue_filter_offers_the_buurten_of_one_municipality(t: TestDb) {
    let app = app(&t).await;
    let mut reporter = Browser::new(&app);
    submit(&mut reporter, STORY, &[]).await;
    let liendert = only_ref(&t).await;
    let mut other = Browser::new(&app);
    submit(&mut other, STORY, &[]).await;
    let elsewhere = only_ref(&t).await;
    let mut handler = handler_browser(&t, &app).await;
    let small = handler.get("/beheer/meldingen").await.body;
    assert!(select(&small, "gemeente").is_none());
    assert!(select(&small, "buurt").unwrap().contains("De Horsten"));
    // Twelve municipalities of 30 buurten: 365 buurten.
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
    sqlx::query(
        "UPDATE reports SET area_id = (SELECT id FROM areas WHERE code = 'BU80020103') \
         WHERE ref = $1",
    )
    .bind(&elsewhere)
    .execute(&t.db.pool)
    .await
    .unwrap();
    let home = handler.get("/beheer/meldingen").await.body;
    assert!(select(&home, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM0307" selected>Amersfoort</option>"#));
    let buurten = select(&home, "buurt").unwrap();
    assert!(buurten.contains("De Horsten") && !buurten.contains("Gemeente"));
    let other = handler.get("/beheer/meldingen?gemeente=GM8002").await.body;
    let buurten = select(&other, "buurt").unwrap();
    // "Any" and the municipality's 30 buurten.
    assert_eq!(buurten.matches("<option").count(), 31, "{buurten}");
    assert!(
        other.contains(&liendert) && other.contains(&elsewhere),
        "the municipality alone does not filter the reports"
    );
    let one = handler
        .get("/beheer/meldingen?gemeente=GM8002&buurt=BU80020103")
        .await
        .body;
    assert!(one.contains(&elsewhere) && !one.contains(&liendert));
    // A buurt of another municipality than the chosen one no longer filters.
    let switched = handler
        .get("/beheer/meldingen?gemeente=GM0307&buurt=BU80020103")
        .await
        .body;
    assert!(switched.contains(&elsewhere) && switched.contains(&liendert));
    assert!(!select(&switched, "buurt").unwrap().contains(" selected"));
}

/// Reports sent at the same moment are stored together (one transaction on SQLite): each keeps
/// its own reference, story and grounds; the same form twice stores it once; a rate limit
/// shared by reports in one transaction lets exactly its maximum through.
#[db_test]
async fn reports_sent_at_the_same_moment_each_keep_their_own_content(t: TestDb) {
    use kansrijk_kernel::ratelimit::Limit;
    use kansrijk_reports::queries::{self, Submission};
    let app = app(&t).await;
    const GROUNDS: [&str; 3] = ["origin", "religion", "gender"];
    let mut tasks = vec![];
    for n in 0..50usize {
        let db = t.db.clone();
        let sealer = app.state.sealer.clone();
        tasks.push(tokio::spawn(async move {
            let input = kansrijk_reports::model::ReportInput {
                role: "victim".into(),
                narrative: format!("{STORY} ({n})"),
                terrain: "public_space".into(),
                nature: "hostile_treatment".into(),
                residence: "municipality".into(),
                grounds: GROUNDS[..n % 3 + 1].iter().map(|g| g.to_string()).collect(),
                // Forms 40 and 41 are one form sent twice.
                submission_key: format!("key-{}", if n == 41 { 40 } else { n }),
                ..Default::default()
            };
            let hash = format!("receipt-{n}");
            let submission = Submission {
                area_id: None,
                lang: "nl",
                receipt_hash: &hash,
                duplicate_key: None,
            };
            // Forms 42 to 49 come from one address whose limit is 3.
            let limit = (n >= 42).then(|| Limit::new("test:reports:one-address", 3, 3600));
            let stored =
                queries::insert_within(&db, &sealer, &input, &submission, limit.as_ref()).await;
            (n, stored)
        }));
    }
    let mut stored = vec![];
    let (mut twice, mut refused) = (vec![], 0);
    for task in tasks {
        match task.await.unwrap() {
            (n, Ok(Some(report))) => stored.push((n, report)),
            (_, Ok(None)) => refused += 1,
            (n, Err(e)) => {
                assert!(kansrijk_kernel::db::is_unique_violation(&e), "{n}: {e}");
                twice.push(n);
            }
        }
    }
    assert_eq!(refused, 5, "8 forms from one address, 3 pass");
    assert_eq!(
        twice.len(),
        1,
        "one of forms 40 and 41 is refused as stored: {twice:?}"
    );
    assert!(twice[0] == 40 || twice[0] == 41);
    assert_eq!(stored.len(), 50 - 5 - 1);
    assert_eq!(report_count(&t).await, 44);
    for (n, (id, report_ref)) in stored {
        let row = queries::by_ref(&t.db, &report_ref).await.unwrap().unwrap();
        assert_eq!(row.id, id);
        let story = app
            .state
            .sealer
            .open(
                &queries::place(&report_ref, "narrative"),
                row.narrative_sealed.as_deref().unwrap(),
            )
            .unwrap();
        assert_eq!(story, format!("{STORY} ({n})"));
        let mut grounds = queries::grounds(&t.db, id).await.unwrap();
        grounds.sort();
        let mut expected: Vec<String> =
            GROUNDS[..n % 3 + 1].iter().map(|g| g.to_string()).collect();
        expected.sort();
        assert_eq!(grounds, expected, "report {n}");
        assert_eq!(row.receipt_hash, format!("receipt-{n}"));
    }
}
