//! Buurtbemiddeling end to end, on SQLite and PostgreSQL: the public request (bad input, a
//! referral without consent, the sealed case file), the coordinator's case flow through every
//! step (untrained, same and same-street mediators refused, dates out of order, a stale form),
//! the aftercare reminder and the referrer's status mail, the mediators' own view (never
//! another mediator's case), retention, and the figures with small cells suppressed. A meldpunt
//! report passed on with consent; the cases API for referrers' systems.

use axum::http::StatusCode;
use kansrijk_kernel::accounts::api_tokens::{self, NewToken, TokenScope};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{create_person, enable_totp, totp_now, Browser, TestApp, TestDb};
use kansrijk_mediation::{demo, figures, jobs, model, queries};

const PASSWORD: &str = "paars fietsje zingt op dinsdag";

async fn app(t: &TestDb) -> TestApp {
    TestApp::migrated(
        t,
        Config::default(),
        vec![
            kansrijk_programme::feature(),
            kansrijk_activities::feature(),
            kansrijk_agreements::feature(),
            kansrijk_training::feature(),
            kansrijk_reports::feature(),
            kansrijk_mediation::feature(),
        ],
    )
    .await
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

async fn login<'a>(app: &'a TestApp, email: &str, ip: u8) -> Browser<'a> {
    Browser::logged_in(app, &format!("127.0.2.{ip}:1"), email, PASSWORD).await
}

/// A mediation coordinator with the second factor done.
async fn coordinator<'a>(app: &'a TestApp, t: &TestDb) -> Browser<'a> {
    let id = create_person(
        &t.db,
        "bemiddeling@example.nl",
        PASSWORD,
        &[Role::MediationCoordinator],
    )
    .await;
    let secret = enable_totp(&t.db, id).await;
    let mut b = login(app, "bemiddeling@example.nl", 200).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(b.get("/beheer/bemiddeling").await.status, StatusCode::OK);
    b
}

/// A person with the Mediator role, certified or not.
async fn mediator(t: &TestDb, email: &str, certified: bool) -> i64 {
    let id = create_person(&t.db, email, PASSWORD, &[Role::Mediator]).await;
    if certified {
        demo::certify(&t.db, &[id]).await.unwrap();
    }
    id
}

async fn venue(db: &Db) -> i64 {
    kansrijk_activities::queries::upsert_venue(
        db,
        &kansrijk_activities::queries::NewVenue {
            name: "Huis van de Wijk".into(),
            address: "Liendert".into(),
            area_id: None,
            opening_hours: String::new(),
            route: String::new(),
            step_free: true,
            accessible_toilet: true,
            hearing_loop: false,
            parking: false,
            organisation_id: None,
        },
    )
    .await
    .unwrap()
    .unwrap()
}

fn resident_request<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("requester", "resident"),
        ("name", "Anna de Vries"),
        ("street", "Lindelaan"),
        ("house_number", "12"),
        ("phone", "06 12345678"),
        ("topic", "noise"),
        ("description", "De buren draaien elke nacht harde muziek."),
        ("urgency", "normal"),
    ]
}

fn day(offset: i64) -> String {
    kansrijk_kernel::time::today()
        .checked_add(jiff::Span::new().days(offset))
        .unwrap()
        .to_string()
}

#[db_test]
async fn a_resident_asks_for_help_and_the_case_file_is_sealed(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    assert_eq!(b.get("/bemiddeling").await.status, StatusCode::OK);
    assert_eq!(b.get("/bemiddeling/aanvragen").await.status, StatusCode::OK);
    // Bad input: errors beside the fields, the input kept.
    let r = b
        .post(
            "/bemiddeling/aanvragen",
            &[
                ("requester", "resident"),
                ("street", "Lindelaan"),
                ("topic", "noise"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Vul een naam in."), "{}", r.body);
    assert!(r
        .body
        .contains("Vul een telefoonnummer of een e-mailadres in."));
    assert!(r.body.contains(r#"value="Lindelaan""#));
    assert!(r.body.contains(r#"aria-invalid="true""#));
    // A referral without the resident's consent is refused.
    let mut referral = resident_request();
    referral.extend([
        ("requester", "professional"),
        ("referrer_type", "police"),
        ("referrer_org", "Politie"),
    ]);
    referral.retain(|(k, v)| *k != "requester" || *v == "professional");
    let r = b.post("/bemiddeling/aanvragen", &referral).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Zet een vinkje"));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        0
    );
    // A valid request: stored with the file sealed and the intake deadline set.
    let r = b.post("/bemiddeling/aanvragen", &resident_request()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let deadline = model::intake_deadline(kansrijk_kernel::time::today()).to_string();
    assert!(r.body.contains(&deadline));
    let (file, due, stage): (String, String, String) =
        sqlx::query_as("SELECT file_sealed, intake_due, stage FROM mediation_cases")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!(!file.contains("Anna") && !file.contains("muziek"));
    assert_eq!(
        (due.as_str(), stage.as_str()),
        (deadline.as_str(), "received")
    );
    let case = queries::case(&t.db, 1).await.unwrap().unwrap();
    assert_eq!(
        case.file(&app.state.sealer).unwrap().unwrap().name,
        "Anna de Vries"
    );
    assert!(!case.party_streets.contains("Lindelaan") && !case.party_streets.is_empty());
}

/// Posts a step with the case's current version.
async fn step(
    b: &mut Browser<'_>,
    db: &Db,
    id: i64,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let version = queries::case(db, id)
        .await
        .unwrap()
        .unwrap()
        .version
        .to_string();
    let mut all = vec![("version", version.as_str())];
    all.extend_from_slice(fields);
    let r = b
        .post(&format!("/beheer/bemiddeling/{id}/stap"), &all)
        .await;
    (r.status, r.body)
}

#[db_test]
async fn the_coordinator_takes_a_case_through_every_step(t: TestDb) {
    let app = app(&t).await;
    let venue = venue(&t.db).await.to_string();
    let m1 = mediator(&t, "m1@example.nl", true).await.to_string();
    let m2 = mediator(&t, "m2@example.nl", true).await.to_string();
    let untrained = mediator(&t, "m3@example.nl", false).await.to_string();
    let neighbour = mediator(&t, "m4@example.nl", true).await;
    let hash = queries::street_hash(&app.state.sealer, "lindelaan");
    queries::set_street(&t.db, neighbour, Some(&hash))
        .await
        .unwrap();
    let neighbour = neighbour.to_string();
    // A housing corporation refers a resident, with consent and a wish for status mail.
    let mut anon = Browser::new(&app);
    anon.get("/bemiddeling/aanvragen").await;
    let mut referral: Vec<(&str, &str)> = resident_request()
        .into_iter()
        .filter(|(k, _)| *k != "requester")
        .collect();
    referral.extend([
        ("requester", "professional"),
        ("referrer_type", "housing"),
        ("referrer_org", "Woningcorporatie"),
        ("consent", "on"),
        ("updates", "on"),
        ("referrer_email", "wijk@corporatie.nl"),
    ]);
    assert_eq!(
        anon.post("/bemiddeling/aanvragen", &referral).await.status,
        StatusCode::OK
    );
    let id = 1;
    // Received 60 days ago, so every step can be dated in the past.
    sqlx::query("UPDATE mediation_cases SET received_on = $1, last_on = $1, intake_due = $2")
        .bind(day(-60))
        .bind(day(-53))
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut b = coordinator(&app, &t).await;
    let page = b.get("/beheer/bemiddeling").await;
    assert!(
        page.body.contains("Te laat"),
        "an overdue intake stands out"
    );
    assert_eq!(b.get("/beheer/bemiddeling/1").await.status, StatusCode::OK);
    // Skipping steps and dates out of order are refused.
    let (s, body) = step(&mut b, &t.db, id, &[("step", "assign"), ("on", &day(-59))]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Deze stap kan nu nog niet"));
    let (s, body) = step(&mut b, &t.db, id, &[("step", "intake"), ("on", &day(-61))]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Deze datum ligt voor de vorige stap."));
    let (d58, d57) = (day(-58), day(-57));
    for fields in [
        vec![("step", "intake"), ("on", d58.as_str())],
        vec![("step", "decide"), ("on", &d57), ("suitable", "yes")],
    ] {
        assert_eq!(
            step(&mut b, &t.db, id, &fields).await.0,
            StatusCode::SEE_OTHER
        );
    }
    // Mediators: untrained, the same one twice, a neighbour of a party: refused.
    let on = day(-56);
    for (pair, message) in [
        ([untrained.as_str(), m1.as_str()], "geen geldig certificaat"),
        (
            [m1.as_str(), m1.as_str()],
            "Kies twee verschillende bemiddelaars.",
        ),
        ([m1.as_str(), neighbour.as_str()], "in dezelfde straat"),
    ] {
        let (s, body) = step(
            &mut b,
            &t.db,
            id,
            &[
                ("step", "assign"),
                ("on", &on),
                ("mediator_1", pair[0]),
                ("mediator_2", pair[1]),
            ],
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{pair:?}");
        assert!(body.contains(message), "{message}");
    }
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_mediators").await,
        0
    );
    let (s, _) = step(
        &mut b,
        &t.db,
        id,
        &[
            ("step", "assign"),
            ("on", &on),
            ("mediator_1", &m1),
            ("mediator_2", &m2),
        ],
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // A form made before that change is refused with a clear message.
    let stale = b
        .post(
            "/beheer/bemiddeling/1/stap",
            &[("version", "3"), ("step", "party1"), ("on", &day(-50))],
        )
        .await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale
        .body
        .contains("Iemand anders heeft deze zaak net veranderd."));
    let (d50, d45, d40) = (day(-50), day(-45), day(-40));
    for fields in [
        vec![("step", "party1"), ("on", d50.as_str())],
        vec![("step", "party2"), ("on", &d45), ("agrees", "yes")],
        vec![("step", "joint"), ("on", &d40), ("venue_id", &venue)],
        vec![
            ("step", "agreements"),
            ("on", &d40),
            ("text", "Na tien uur is het stil."),
        ],
    ] {
        let (s, body) = step(&mut b, &t.db, id, &fields).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{fields:?}: {body}");
    }
    // The aftercare reminder is planned 42 days after the agreements.
    let run_at: i64 =
        sqlx::query_scalar("SELECT run_at FROM jobs WHERE kind = 'mediation.aftercare'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!((run_at - (now() + 2 * 86_400)).abs() < 86_400, "{run_at}");
    // Closing without an outcome is refused; aftercare two weeks after the agreements.
    let (s, body) = step(&mut b, &t.db, id, &[("step", "close"), ("on", &day(-1))]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Kies een uitkomst."));
    let (s, _) = step(
        &mut b,
        &t.db,
        id,
        &[("step", "aftercare"), ("on", &day(-2))],
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM jobs WHERE kind = 'mediation.aftercare'"
        )
        .await,
        0
    );
    let (s, _) = step(
        &mut b,
        &t.db,
        id,
        &[("step", "close"), ("on", &day(-1)), ("outcome", "solved")],
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let page = b.get("/beheer/bemiddeling/1").await;
    for text in [
        "Eerste gesprek (intake)",
        "Twee bemiddelaars kiezen",
        "Huis van de Wijk",
        "Na tien uur is het stil.",
        "Opgelost",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    let case = queries::case(&t.db, id).await.unwrap().unwrap();
    assert_eq!(
        (case.stage.as_str(), case.outcome.as_deref()),
        ("closed", Some("solved"))
    );
    // The yearly overview in one click: exact counts, no personal data.
    let year = &day(-60)[..4];
    let csv = b
        .get(&format!(
            "/beheer/bemiddeling/jaaroverzicht.csv?jaar={year}"
        ))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(
        csv.body.contains("Geluid,1") && csv.body.contains("Opgelost,1"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("Anna"));
    // Every read of the case file is audited (ids only).
    assert!(count(&t.db, "SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND subject_type = 'mediation_case' AND subject_id = '1' AND detail = ''").await >= 2);
    // The referrer hears that it started and that it finished: the address only at sending.
    app.run_jobs().await;
    let subjects: Vec<(String, String)> =
        sqlx::query_as("SELECT subject, text_body FROM mail_outbox ORDER BY id")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert_eq!(subjects[0].0, "Buurtbemiddeling is begonnen");
    assert!(subjects[1].1.contains("Opgelost") && !subjects[1].1.contains("Anna"));
}

#[db_test]
async fn the_aftercare_reminder_mails_the_mediators_and_no_referrer_mail_without_consent(
    t: TestDb,
) {
    let app = app(&t).await;
    let m1 = mediator(&t, "m1@example.nl", true).await;
    let m2 = mediator(&t, "m2@example.nl", true).await;
    let id = demo::assigned_case(&t.db, &app.state.sealer, None, [m1, m2], 30)
        .await
        .unwrap();
    for step in [
        model::Step::Party1,
        model::Step::Party2 { agrees: true },
        model::Step::Agreements {
            text: "Afspraak".into(),
        },
    ] {
        let case = queries::case(&t.db, id).await.unwrap().unwrap();
        let on = model::parse_date(&day(-20)).unwrap();
        queries::add_step(
            &t.db,
            &app.state.sealer,
            &case,
            case.version,
            &model::ValidStep { on, step },
            None,
        )
        .await
        .unwrap()
        .unwrap();
    }
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE kind = 'mediation.aftercare'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    app.run_jobs().await;
    let to: Vec<String> = sqlx::query_scalar("SELECT subject FROM mail_outbox ORDER BY id")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        to,
        [
            format!("Nazorg voor zaak {id}"),
            format!("Nazorg voor zaak {id}")
        ]
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM jobs WHERE kind LIKE 'mediation.referrer%'"
        )
        .await,
        0
    );
}

#[db_test]
async fn mediators_see_only_their_own_cases_and_log_contacts(t: TestDb) {
    let app = app(&t).await;
    let m1 = mediator(&t, "m1@example.nl", true).await;
    let m2 = mediator(&t, "m2@example.nl", true).await;
    mediator(&t, "m3@example.nl", true).await;
    let id = demo::assigned_case(&t.db, &app.state.sealer, None, [m1, m2], 3)
        .await
        .unwrap();
    let mut own = login(&app, "m1@example.nl", 1).await;
    let mine = own.get("/bemiddeling/mijn").await;
    assert!(mine.body.contains(&format!("/bemiddeling/mijn/{id}")));
    let page = own.get(&format!("/bemiddeling/mijn/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Anna de Vries"));
    let r = own
        .post(
            &format!("/bemiddeling/mijn/{id}/contact"),
            &[("on", &day(0)), ("kind", "fax")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Kies wat voor contact het was."));
    let r = own
        .post(
            &format!("/bemiddeling/mijn/{id}/contact"),
            &[
                ("on", &day(0)),
                ("kind", "phone"),
                ("note", "Partij 1 gebeld"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(own
        .get(&format!("/bemiddeling/mijn/{id}"))
        .await
        .body
        .contains("Partij 1 gebeld"));
    let note: String = sqlx::query_scalar("SELECT note_sealed FROM mediation_contacts")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(!note.contains("gebeld"));
    // Another mediator: 404, as for a case that does not exist, and audited.
    let mut other = login(&app, "m3@example.nl", 3).await;
    assert!(!other
        .get("/bemiddeling/mijn")
        .await
        .body
        .contains(&format!("/bemiddeling/mijn/{id}")));
    let before = count(
        &t.db,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'denied'",
    )
    .await;
    assert_eq!(
        other.get(&format!("/bemiddeling/mijn/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = other
        .post(
            &format!("/bemiddeling/mijn/{id}/contact"),
            &[("on", &day(0)), ("kind", "phone")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'denied'"
        )
        .await,
        before + 2
    );
    assert_eq!(
        other.get("/bemiddeling/mijn/999999").await.status,
        StatusCode::NOT_FOUND
    );
    // Mediators do not reach the coordinator's pages.
    assert_eq!(
        own.get(&format!("/beheer/bemiddeling/{id}")).await.status,
        StatusCode::FORBIDDEN
    );
    // The silent-case flag counts an open case without contact for 14 days.
    let quiet = demo::assigned_case(&t.db, &app.state.sealer, None, [m2, m1], 20)
        .await
        .unwrap();
    assert!(quiet > id);
    let load = queries::workload(&t.db, &day(-365), &day(-14))
        .await
        .unwrap();
    let m2_load = load.iter().find(|w| w.user_id == m2).unwrap();
    assert_eq!((m2_load.open, m2_load.silent), (2, 1));
}

#[db_test]
async fn retention_deletes_case_files_after_the_period_and_keeps_the_figures(t: TestDb) {
    let app = app(&t).await;
    let m1 = mediator(&t, "m1@example.nl", true).await;
    let m2 = mediator(&t, "m2@example.nl", true).await;
    let old = demo::assigned_case(&t.db, &app.state.sealer, None, [m1, m2], 800)
        .await
        .unwrap();
    let recent = demo::assigned_case(&t.db, &app.state.sealer, None, [m1, m2], 100)
        .await
        .unwrap();
    for id in [old, recent] {
        let case = queries::case(&t.db, id).await.unwrap().unwrap();
        let close = model::ValidStep {
            on: model::parse_date(&case.last_on).unwrap(),
            step: model::Step::Close {
                outcome: "stopped".into(),
                reason: "moved".into(),
            },
        };
        queries::add_step(&t.db, &app.state.sealer, &case, case.version, &close, None)
            .await
            .unwrap()
            .unwrap();
        queries::add_contact(
            &t.db,
            &app.state.sealer,
            id,
            m1,
            &model::NewContact {
                on: close.on,
                kind: "phone".into(),
                note: "Gebeld".into(),
            },
        )
        .await
        .unwrap();
    }
    queries::set_closed_at(&t.db, old, now() - 731 * 86_400)
        .await
        .unwrap();
    queries::set_closed_at(&t.db, recent, now() - 700 * 86_400)
        .await
        .unwrap();
    let before = figures::exact(&queries::figure_rows(&t.db, "2000-01-01").await.unwrap());
    jobs::retention(app.state.clone(), serde::de::IgnoredAny)
        .await
        .unwrap();
    let after = figures::exact(&queries::figure_rows(&t.db, "2000-01-01").await.unwrap());
    assert_eq!(format!("{before:?}"), format!("{after:?}"));
    let old_case = queries::case(&t.db, old).await.unwrap().unwrap();
    assert!(old_case.file_sealed.is_none() && old_case.file_deleted_at.is_some());
    assert!(old_case.party_streets.is_empty());
    let recent_case = queries::case(&t.db, recent).await.unwrap().unwrap();
    assert!(recent_case.file(&app.state.sealer).unwrap().is_some());
    assert_eq!(count(&t.db, &format!("SELECT COUNT(*) FROM mediation_contacts WHERE case_id = {old} AND note_sealed IS NOT NULL")).await, 0);
    assert_eq!(count(&t.db, &format!("SELECT COUNT(*) FROM mediation_contacts WHERE case_id = {recent} AND note_sealed IS NOT NULL")).await, 1);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND subject_type = 'mediation_case'").await, 1);
}

#[db_test]
async fn figures_are_public_and_small_cells_are_suppressed(t: TestDb) {
    let app = app(&t).await;
    let m1 = mediator(&t, "m1@example.nl", true).await;
    let m2 = mediator(&t, "m2@example.nl", true).await;
    for _ in 0..3 {
        demo::assigned_case(&t.db, &app.state.sealer, None, [m1, m2], 1)
            .await
            .unwrap();
    }
    let page = app.get("/bemiddeling/cijfers").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("&#60;5"), "{}", page.body);
    let api = app.get("/api/v1/mediation/figures").await;
    assert_eq!(api.status, StatusCode::OK);
    let json = api.json();
    assert_eq!(json[0]["total"]["kind"], "small");
    assert!(json[0]["share_solved"].is_null());
    let openapi = app.get("/api/v1/openapi.json").await.body;
    assert!(
        openapi.contains("\"/mediation/figures\""),
        "paths are relative to /api/v1"
    );
}

#[db_test]
async fn the_demo_has_two_years_with_the_national_pattern(t: TestDb) {
    let app = app(&t).await;
    kansrijk_training::demo::seed(&t.db).await.unwrap();
    assert_eq!(demo::seed(&t.db, &app.state.sealer).await.unwrap(), 97);
    assert_eq!(
        demo::seed(&t.db, &app.state.sealer).await.unwrap(),
        0,
        "once"
    );
    let rows = queries::figure_rows(&t.db, "2000-01-01").await.unwrap();
    let years: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| &r.received_on[..4]).collect();
    assert!(years.len() >= 2, "{years:?}");
    let closed: Vec<_> = rows.iter().filter(|r| r.outcome.is_some()).collect();
    let solved = closed
        .iter()
        .filter(|r| matches!(r.outcome.as_deref(), Some("solved" | "partly_solved")))
        .count();
    let share = solved * 100 / closed.len();
    assert!(
        (60..=80).contains(&share),
        "{share}% of {} closed cases solved",
        closed.len()
    );
    let mut topics: Vec<(usize, &str)> = model::TOPICS
        .iter()
        .map(|topic| (rows.iter().filter(|r| r.topic == *topic).count(), *topic))
        .collect();
    topics.sort_by(|a, b| b.cmp(a));
    let top: std::collections::BTreeSet<&str> = topics[..3].iter().map(|(_, t)| *t).collect();
    assert_eq!(
        top,
        ["garden", "intimidation", "noise"].into_iter().collect()
    );
    // Open cases are under way; every case file opens with the installation's key.
    assert!(rows.iter().any(|r| r.outcome.is_none()));
    for id in [1, 50, 96] {
        let case = queries::case(&t.db, id).await.unwrap().unwrap();
        assert!(case.file(&app.state.sealer).unwrap().is_some());
    }
    // One case's aftercare is due now: the worker mails its mediators at start (browser test).
    let due: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE kind = $1 AND status = 'queued' AND run_at <= $2",
    )
    .bind(kansrijk_mediation::jobs::AFTERCARE_JOB)
    .bind(now())
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(due, 1, "one aftercare reminder is due");
    // Mediators were assigned only with a valid certificate.
    let uncertified =
        sqlx::query_scalar::<_, i64>("SELECT DISTINCT user_id FROM mediation_mediators")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    for id in uncertified {
        assert!(
            kansrijk_training::queries::holds_valid(&t.db, id, model::MEDIATOR_COURSE, now())
                .await
                .unwrap()
        );
    }
}

#[db_test]
async fn school_counts_hold_numbers_only_and_only_for_ones_own_school(t: TestDb) {
    let app = app(&t).await;
    use kansrijk_kernel::accounts::queries as accounts;
    let school = accounts::create_organisation(&t.db, "Basisschool De Regenboog", "school")
        .await
        .unwrap();
    let other = accounts::create_organisation(&t.db, "Basisschool Het Anker", "school")
        .await
        .unwrap();
    let teacher = create_person(&t.db, "juf@example.nl", PASSWORD, &[]).await;
    accounts::assign_role(&t.db, teacher, Role::Professional, Some(school), None, None)
        .await
        .unwrap();
    let mut b = login(&app, "juf@example.nl", 9).await;
    let page = b.get("/beheer/bemiddeling/school").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Basisschool De Regenboog") && !page.body.contains("Het Anker"));
    let month = day(0)[..7].to_string();
    let (school_id, other_id) = (school.to_string(), other.to_string());
    let r = b
        .post(
            "/beheer/bemiddeling/school",
            &[
                ("organisation_id", &other_id),
                ("month", &month),
                ("pupils_trained", "3"),
                ("mediations", "4"),
                ("wijkmediators", "0"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another school's counts are refused"
    );
    let r = b
        .post(
            "/beheer/bemiddeling/school",
            &[
                ("organisation_id", &school_id),
                ("month", &month),
                ("pupils_trained", "10"),
                ("mediations", "x"),
                ("wijkmediators", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Vul een aantal in van 0 tot 999."));
    let r = b
        .post(
            "/beheer/bemiddeling/school",
            &[
                ("organisation_id", &school_id),
                ("month", &month),
                ("pupils_trained", "10"),
                ("mediations", "6"),
                ("wijkmediators", "2"),
                ("council_meetings", "2"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // The teacher sees the counts at once (the same day), with the council's meetings.
    let own = b.get("/beheer/bemiddeling/school").await.body;
    assert!(own.contains("<td>6</td><td>2</td><td>2</td></tr>"), "{own}");
    // The children's council's proposal in the neighbourhood agreements is linked.
    let proposal = kansrijk_agreements::queries::create_proposal(
        &t.db,
        teacher,
        &kansrijk_agreements::model::NewProposal {
            title: "Een bankje bij het schoolplein".into(),
            explanation: String::new(),
            pillar: kansrijk_programme::model::Pillar::PositiveCommunity,
            area_id: None,
            on_behalf_of: "Kinderraad De Regenboog".into(),
        },
    )
    .await
    .unwrap();
    let figures = app.get("/bemiddeling/cijfers").await.body;
    assert!(figures.contains("Basisschool De Regenboog"));
    assert!(figures.contains(&format!(
        "<a href=\"/afspraken/voorstellen/{proposal}\"><bdi>Een bankje bij het schoolplein</bdi></a>"
    )));
    // The schema holds counts only: no column for a name or a conflict's details.
    let row = sqlx::query("SELECT * FROM mediation_school_counts")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let columns: Vec<String> = sqlx::Row::columns(&row)
        .iter()
        .map(|c| sqlx::Column::name(c).to_string())
        .collect();
    assert_eq!(
        columns,
        [
            "id",
            "organisation_id",
            "month",
            "pupils_trained",
            "mediations",
            "wijkmediators",
            "updated_at",
            "council_meetings"
        ]
    );
}

#[db_test]
async fn requests_are_rate_limited_per_address_but_corrections_do_not_count(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    b.get("/bemiddeling/aanvragen").await;
    for _ in 0..12 {
        let r = b
            .post("/bemiddeling/aanvragen", &[("requester", "resident")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    for _ in 0..10 {
        let r = b.post("/bemiddeling/aanvragen", &resident_request()).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let r = b.post("/bemiddeling/aanvragen", &resident_request()).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        10
    );
}

// ---- from the meldpunt; the cases API ------------------------------------------------------

/// Two buurten (codes BU99990100 and BU99990101) and their ids.
async fn buurten(db: &Db) -> (i64, i64) {
    kansrijk_kernel::areas::import_geojson(
        db,
        &kansrijk_kernel::testing::municipality_geojson("GM9999", "Testgemeente", 2),
    )
    .await
    .unwrap();
    let id = |code: &'static str| async move {
        kansrijk_kernel::areas::by_code(db, code)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    (id("BU99990100").await, id("BU99990101").await)
}

/// A report that wants `wants`, with the reporter's contact details, in `area`.
async fn report(app: &TestApp, t: &TestDb, wants: &str, area: i64) -> String {
    let input = kansrijk_reports::model::ReportInput {
        role: "victim".into(),
        narrative: "Mijn buurman scheldt me elke dag uit om mijn afkomst.".into(),
        terrain: "neighbourhood".into(),
        nature: "hostile_treatment".into(),
        wants: vec![wants.into()],
        residence: "municipality".into(),
        contact_name: "Fatima Bakker".into(),
        contact_email: "fatima@example.nl".into(),
        contact_phone: "06 98765432".into(),
        contact_way: "email".into(),
        ..Default::default()
    };
    let hash = format!("receipt-{wants}");
    kansrijk_reports::queries::insert(
        &t.db,
        &app.state.sealer,
        &input,
        Some(area),
        "nl",
        &hash,
        None,
    )
    .await
    .unwrap()
    .1
}

#[db_test]
async fn a_report_handler_passes_a_report_on_to_mediation_with_consent(t: TestDb) {
    let app = app(&t).await;
    let (buurt, _) = buurten(&t.db).await;
    let org =
        kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Meldpunt Regio", "other")
            .await
            .unwrap();
    let handler = create_person(
        &t.db,
        "melding@example.nl",
        PASSWORD,
        &[Role::ReportHandler],
    )
    .await;
    sqlx::query("UPDATE users SET organisation_id = $1 WHERE id = $2")
        .bind(org)
        .bind(handler)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let secret = enable_totp(&t.db, handler).await;
    let mut b = login(&app, "melding@example.nl", 201).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    let wants = report(&app, &t, "mediation", buurt).await;
    let other = report(&app, &t, "register", buurt).await;
    let page = b.get(&format!("/beheer/meldingen/{wants}")).await;
    assert!(
        page.body.contains("Doorzetten naar buurtbemiddeling"),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!(
        "action=\"/beheer/bemiddeling/uit-melding/{wants}\""
    )));
    let page = b.get(&format!("/beheer/meldingen/{other}")).await;
    assert!(!page.body.contains("Doorzetten naar buurtbemiddeling"));
    // Without the reporter's consent, or when they did not ask for mediation: refused.
    let url = format!("/beheer/bemiddeling/uit-melding/{wants}");
    let r = b.post(&url, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("Vink aan dat de melder toestemming gaf"),
        "{}",
        r.body
    );
    let consent = [("mediation_consent", "on")];
    let r = b
        .post(
            &format!("/beheer/bemiddeling/uit-melding/{other}"),
            &consent,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("De melder vroeg niet om bemiddeling"));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        0
    );
    let r = b.post(&url, &consent).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        kansrijk_kernel::testing::location(&r),
        format!("/beheer/meldingen/{wants}")
    );
    let id = queries::case_of_report(&t.db, &wants)
        .await
        .unwrap()
        .expect("a case");
    let case = queries::case(&t.db, id).await.unwrap().unwrap();
    assert_eq!(
        (
            case.referrer_type.as_str(),
            case.topic.as_str(),
            case.area_id,
            case.requester.as_str()
        ),
        ("meldpunt", "treatment", Some(buurt), "professional")
    );
    assert_eq!(case.referrer_org, "Meldpunt Regio");
    // The contact details travel sealed (under the case's place), never in clear.
    let file = case.file(&app.state.sealer).unwrap().unwrap();
    assert_eq!(
        (file.name.as_str(), file.email.as_str()),
        ("Fatima Bakker", "fatima@example.nl")
    );
    assert!(
        file.description.is_empty(),
        "the account stays at the meldpunt"
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM mediation_cases WHERE file_sealed LIKE '%Fatima%'"
        )
        .await,
        0
    );
    assert_eq!(
        count(&t.db, &format!("SELECT COUNT(*) FROM mediation_cases WHERE referrer_organisation_id = {org} AND consent_at IS NOT NULL")).await,
        1
    );
    // The link on the report's side: a note on its timeline; audited with ids only.
    let page = b.get(&format!("/beheer/meldingen/{wants}")).await;
    assert!(
        page.body
            .contains(&format!("Doorgezet naar buurtbemiddeling (zaak {id}).")),
        "{}",
        page.body
    );
    let audited = count(&t.db, &format!(
        "SELECT COUNT(*) FROM audit_log WHERE (subject_type = 'mediation_case' AND subject_id = '{id}' AND detail = 'report:{wants}') \
           OR (subject_type = 'report' AND subject_id = '{wants}' AND detail = 'mediation:{id}')"
    )).await;
    assert_eq!(audited, 2);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%Fatima%'"
        )
        .await,
        0
    );
    // Twice: refused with a message, still one case.
    let r = b.post(&url, &consent).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains("Deze melding is al doorgezet naar buurtbemiddeling."));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        1
    );
    // The coordinator sees where the case came from.
    let mut c = coordinator(&app, &t).await;
    let page = c.get(&format!("/beheer/bemiddeling/{id}")).await;
    assert!(page.body.contains("Uit melding van het meldpunt") && page.body.contains(&wants));
}

/// A case referred by `organisation` in `area`.
async fn referred(app: &TestApp, t: &TestDb, organisation: i64, area: i64) -> i64 {
    let mut request = model::request_from_report(&model::FromReport {
        report_ref: "-",
        area_id: Some(area),
        name: "Piet Geheim",
        email: "piet@example.nl",
        organisation: Some((organisation, "Woonstichting")),
        ..Default::default()
    });
    request.referrer_type = "housing".into();
    request.report_ref = None;
    queries::insert_request(
        &t.db,
        &app.state.sealer,
        &request,
        "nl",
        kansrijk_kernel::time::today(),
    )
    .await
    .unwrap()
}

async fn token(
    app: &TestApp,
    t: &TestDb,
    org: i64,
    area: Option<i64>,
    scope: TokenScope,
) -> String {
    api_tokens::create(
        &t.db,
        &app.state.sealer,
        &NewToken {
            description: "Zaaksysteem",
            organisation_id: org,
            area_id: area,
            scopes: &[scope],
            expires_at: now() + 3600,
            created_by: None,
        },
    )
    .await
    .unwrap()
    .1
}

async fn bearer(app: &TestApp, secret: &str, uri: &str) -> kansrijk_kernel::testing::TestResponse {
    let request = axum::http::Request::get(uri)
        .header("authorization", format!("Bearer {secret}"))
        .body(axum::body::Body::empty())
        .unwrap();
    app.request(request).await
}

#[db_test]
async fn referrer_systems_read_only_their_own_cases_without_personal_data(t: TestDb) {
    let app = app(&t).await;
    let (b1, b2) = buurten(&t.db).await;
    let orgs = kansrijk_kernel::accounts::queries::create_organisation;
    let (a, b) = (
        orgs(&t.db, "Woonstichting", "other").await.unwrap(),
        orgs(&t.db, "Politie", "other").await.unwrap(),
    );
    let first = referred(&app, &t, a, b1).await;
    let second = referred(&app, &t, a, b2).await;
    let theirs = referred(&app, &t, b, b1).await;
    let url = "/api/v1/mediation/cases";
    let r = bearer(
        &app,
        &token(&app, &t, a, None, TokenScope::Mediation).await,
        url,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.header("x-total-count"), "2");
    let json = r.json();
    let items = json.as_array().unwrap();
    let ids: Vec<i64> = items.iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert_eq!(
        ids,
        [second, first],
        "newest first, never another organisation's"
    );
    let mut keys: Vec<&str> = items[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "buurt",
            "closed_on",
            "id",
            "intake_on",
            "outcome",
            "received_on",
            "referrer_type",
            "stage",
            "topic"
        ]
    );
    assert_eq!(items[1]["buurt"], "BU99990100");
    assert_eq!(
        (
            items[1]["referrer_type"].as_str(),
            items[1]["stage"].as_str()
        ),
        (Some("housing"), Some("received"))
    );
    assert!(
        !r.body.contains("Piet")
            && !r.body.contains("example.nl")
            && !r.body.contains("Woonstichting")
    );
    // Paged like every list.
    let r = bearer(
        &app,
        &token(&app, &t, a, None, TokenScope::Mediation).await,
        &format!("{url}?limit=1"),
    )
    .await;
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    assert!(
        r.header("link").contains("rel=\"next\""),
        "{}",
        r.header("link")
    );
    // The key's area limit; the other organisation sees only its own.
    let r = bearer(
        &app,
        &token(&app, &t, a, Some(b2), TokenScope::Mediation).await,
        url,
    )
    .await;
    assert_eq!(r.json()[0]["id"].as_i64(), Some(second));
    assert_eq!(r.header("x-total-count"), "1");
    let r = bearer(
        &app,
        &token(&app, &t, b, None, TokenScope::Mediation).await,
        url,
    )
    .await;
    assert_eq!(r.json()[0]["id"].as_i64(), Some(theirs));
    assert_eq!(r.header("x-total-count"), "1");
    // A professional of the organisation, logged in, refers a case: it is the organisation's too.
    let pro = create_person(&t.db, "wijk@example.nl", PASSWORD, &[Role::Professional]).await;
    sqlx::query("UPDATE users SET organisation_id = $1 WHERE id = $2")
        .bind(a)
        .bind(pro)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut browser = login(&app, "wijk@example.nl", 202).await;
    browser.get("/bemiddeling/aanvragen").await;
    let mut referral = resident_request();
    referral.retain(|(k, _)| *k != "requester");
    referral.extend([
        ("requester", "professional"),
        ("referrer_type", "housing"),
        ("referrer_org", "Woonstichting"),
        ("consent", "on"),
    ]);
    let r = browser.post("/bemiddeling/aanvragen", &referral).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = bearer(
        &app,
        &token(&app, &t, a, None, TokenScope::Mediation).await,
        url,
    )
    .await;
    assert_eq!(r.header("x-total-count"), "3");
    // A key without the scope: 403; none at all: 401.
    let r = bearer(
        &app,
        &token(&app, &t, a, None, TokenScope::Cases).await,
        url,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(url).await.status, StatusCode::UNAUTHORIZED);
    // In the OpenAPI document.
    let doc = app.get("/api/v1/openapi.json").await.json();
    assert!(doc["paths"]["/mediation/cases"]["get"].is_object(), "{doc}");
    assert!(doc["components"]["schemas"]["ReferredCase"].is_object());
}

/// Issue 23, item 3: a resident who gave an e-mail address gets a link in the confirmation
/// mail; it shows their request (audited) and withdraws it, deleting the sealed file; the link
/// then answers 404, as do an unknown and an expired link.
#[db_test]
async fn a_resident_sees_and_withdraws_their_request_with_the_mailed_link(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    b.get("/bemiddeling/aanvragen").await;
    let mut fields = resident_request();
    fields.push(("email", "anna@example.nl"));
    let r = b.post("/bemiddeling/aanvragen", &fields).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let body: String = sqlx::query_scalar(
        "SELECT text_body FROM mail_outbox WHERE to_address = 'anna@example.nl'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    let start = body
        .find("/bemiddeling/mijn-verzoek/")
        .expect("the link is in the mail");
    let link: String = body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != ')' && *c != '>')
        .collect();
    let hash: String = sqlx::query_scalar("SELECT party_link_hash FROM mediation_cases")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(
        hash.starts_with("h1:") && !hash.contains(&link[26..]),
        "a keyed hash"
    );
    let mine = b.get(&link).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("Anna de Vries") && mine.body.contains("harde muziek"));
    assert_eq!(mine.header("cache-control"), "no-store");
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'mediation_case' AND action = 'read'").await,
        1
    );
    assert_eq!(
        b.get("/bemiddeling/mijn-verzoek/onbekend").await.status,
        StatusCode::NOT_FOUND
    );
    // Expired: 404 with the translated page.
    sqlx::query("UPDATE mediation_cases SET party_link_expires = $1")
        .bind(now() - 1)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let expired = b.get(&link).await;
    assert_eq!(expired.status, StatusCode::NOT_FOUND);
    sqlx::query("UPDATE mediation_cases SET party_link_expires = $1")
        .bind(now() + 3600)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let gone = b.post(&link, &[]).await;
    assert_eq!(gone.status, StatusCode::OK);
    assert!(gone.body.contains("Je vraag is ingetrokken"));
    let (file, stage): (Option<String>, String) =
        sqlx::query_as("SELECT file_sealed, stage FROM mediation_cases")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(file, None, "nothing sealed is left to open");
    assert_eq!(stage, "closed");
    assert_eq!(b.get(&link).await.status, StatusCode::NOT_FOUND);
}

/// The `<select>` named `name` in a page, from its tag to `</select>`.
fn select<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let start = body.find(&format!("name=\"{name}\""))?;
    let end = start + body[start..].find("</select>")?;
    Some(&body[start..end])
}

#[db_test]
async fn at_national_scale_the_request_form_offers_the_buurten_of_one_municipality(t: TestDb) {
    let app = app(&t).await;
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    let mut b = Browser::new(&app);
    // One municipality: the form as it always was.
    let small = b.get("/bemiddeling/aanvragen").await.body;
    assert!(select(&small, "gemeente").is_none() && !small.contains(r#"name="step""#));
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
    let page = b.get("/bemiddeling/aanvragen").await.body;
    assert!(select(&page, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM0307" selected>Amersfoort</option>"#));
    let buurten = select(&page, "buurt").unwrap();
    assert!(buurten.contains("De Horsten") && !buurten.contains("Gemeente"));
    // Choosing a municipality shows the form again as filled in, nothing sent.
    let mut chosen = resident_request();
    chosen.extend([("gemeente", "GM8002"), ("step", "gemeente")]);
    let r = b.post("/bemiddeling/aanvragen", &chosen).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"value="Anna de Vries""#));
    assert!(r.body.contains("De buren draaien elke nacht harde muziek."));
    let buurten = select(&r.body, "buurt").unwrap();
    // The empty choice and the municipality's 30 buurten.
    assert_eq!(buurten.matches("<option").count(), 31, "{buurten}");
    assert_eq!(buurten.matches("Gemeente 02 buurt").count(), 30);
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        0
    );
    // A buurt of another municipality than the chosen one: refused beside the field.
    let mut elsewhere = resident_request();
    elsewhere.extend([("gemeente", "GM8002"), ("buurt", "BU80030104")]);
    let r = b.post("/bemiddeling/aanvragen", &elsewhere).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains(
            r#"<p class="kr-form-error" id="f-buurt-error">Dit gebied ligt niet in de gekozen gemeente. Kies uit de lijst.</p>"#
        ),
        "{}",
        r.body
    );
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mediation_cases").await,
        0
    );
    // A buurt of the chosen municipality is stored with the request.
    let mut right = resident_request();
    right.extend([("gemeente", "GM8002"), ("buurt", "BU80020104")]);
    let r = b.post("/bemiddeling/aanvragen", &right).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM mediation_cases c JOIN areas a ON a.id = c.area_id \
             WHERE a.code = 'BU80020104'"
        )
        .await,
        1
    );
}
