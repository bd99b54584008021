//! The training registry end to end, on SQLite and PostgreSQL: courses and sessions with bad
//! input, enrolment (twice, by a contact, waiting list under 40 concurrent enrolments), attendance
//! and certificates (refused before completion), the public check (initials only, rate-limited),
//! the gating function, expiry reminders through a real SMTP server (once), coverage with goals and
//! CSV, effect results hidden below five respondents, the API and the demo data.

use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::kernel_locales;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{
    create_person, enable_totp, location, totp_now, Browser, MailSink, TestApp, TestDb,
};
use kansrijk_training::model::{EffectForm, NewCourse, NewSession, TargetGroup};
use kansrijk_training::queries::{self, Enrolled, Refused};

const PASSWORD: &str = "paars fietsje zingt op dinsdag";
const DAY: i64 = 86400;

async fn app(t: &TestDb, config: Config) -> TestApp {
    TestApp::migrated(t, config, vec![kansrijk_training::feature()]).await
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

async fn course(db: &Db, key: &str, validity: Option<i64>, percent: i64) -> i64 {
    queries::create_course(
        db,
        &NewCourse {
            course_key: key.into(),
            title: format!("Cursus {key}"),
            description: "Met een trainingsacteur.".into(),
            duration_hours: 8,
            target_group: TargetGroup::Both,
            validity_months: validity,
            prerequisite_id: None,
            completion_percent: percent,
        },
    )
    .await
    .unwrap()
}

/// A session of `meetings` meetings a week apart, the first at `start`.
async fn session(db: &Db, course_id: i64, start: i64, meetings: i64, capacity: Option<i64>) -> i64 {
    queries::create_session(
        db,
        &NewSession {
            course_id,
            trainer_id: None,
            trainer_name: "Meryem Koç".into(),
            venue: "Huis van de Wijk".into(),
            online: false,
            capacity,
            meetings: (0..meetings)
                .map(|m| (start + m * 7 * DAY, start + m * 7 * DAY + 3 * 3600))
                .collect(),
        },
    )
    .await
    .unwrap()
}

async fn organisation(db: &Db, name: &str) -> i64 {
    kansrijk_kernel::accounts::queries::create_organisation(db, name, "welfare")
        .await
        .unwrap()
}

async fn staff(db: &Db, email: &str, org: i64, role: Role) -> i64 {
    let id = create_person(db, email, PASSWORD, &[role]).await;
    sqlx::query("UPDATE users SET organisation_id = $1 WHERE id = $2")
        .bind(org)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    id
}

async fn login<'a>(app: &'a TestApp, email: &str, ip: u8) -> Browser<'a> {
    Browser::logged_in(app, &format!("127.0.1.{ip}:1"), email, PASSWORD).await
}

async fn coordinator<'a>(app: &'a TestApp, t: &TestDb) -> Browser<'a> {
    let id = create_person(&t.db, "coord@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, id).await;
    let mut b = login(app, "coord@example.nl", 200).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(b.get("/beheer/training").await.status, StatusCode::OK);
    b
}

#[db_test]
async fn a_coordinator_creates_a_course_and_a_session_and_bad_input_keeps_the_form(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let mut c = coordinator(&app, &t).await;
    let r = c
        .post(
            "/beheer/training/cursus/nieuw",
            &[
                ("title", ""),
                ("target_group", "x"),
                ("completion_percent", "120"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Vul een naam in"));
    assert!(r.body.contains("Vul een percentage in van 1 tot 100."));
    assert!(r.body.contains("value=\"120\""), "the input is kept");
    let r = c
        .post(
            "/beheer/training/cursus/nieuw",
            &[
                ("title", "Cultuursensitief werken – basis"),
                ("course_key", "cultuursensitief-basis"),
                ("target_group", "both"),
                ("validity_months", "36"),
                ("completion_percent", "100"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = c
        .post(
            "/beheer/training/cursus/nieuw",
            &[
                ("title", "Nog eens"),
                ("course_key", "cultuursensitief-basis"),
                ("target_group", "both"),
            ],
        )
        .await;
    assert!(again.body.contains("Deze sleutel bestaat al."));
    let id = queries::course_by_key(&t.db, "cultuursensitief-basis")
        .await
        .unwrap()
        .unwrap()
        .id;
    let id_s = id.to_string();
    // A session that ends before it starts.
    let bad = c
        .post(
            "/beheer/training/sessie/nieuw",
            &[
                ("course_id", id_s.as_str()),
                ("trainer_name", "Meryem Koç"),
                ("venue", "Huis van de Wijk"),
                ("capacity", "12"),
                ("date_1", "2031-03-04"),
                ("start_1", "13:00"),
                ("end_1", "09:30"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad
        .body
        .contains("De eindtijd moet na de begintijd liggen."));
    assert!(bad.body.contains("value=\"2031-03-04\""));
    let ok = c
        .post(
            "/beheer/training/sessie/nieuw",
            &[
                ("course_id", id_s.as_str()),
                ("trainer_name", "Meryem Koç"),
                ("venue", "Huis van de Wijk"),
                ("capacity", "12"),
                ("date_1", "2031-03-04"),
                ("start_1", "09:30"),
                ("end_1", "13:00"),
                ("date_2", "2031-03-11"),
                ("start_2", "09:30"),
                ("end_2", "13:00"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(location(&ok).starts_with("/beheer/training/sessie/"));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM training_meetings").await,
        2
    );
    let public = app.get("/training/cursus/cultuursensitief-basis").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("04-03-2031"));
    assert!(public.body.contains("Log in om je in te schrijven"));
    // A trainer or a professional may not create courses.
    create_person(&t.db, "pro@example.nl", PASSWORD, &[Role::Professional]).await;
    let mut p = login(&app, "pro@example.nl", 3).await;
    assert_eq!(
        p.get("/beheer/training/cursus/nieuw").await.status,
        StatusCode::FORBIDDEN
    );
}

#[db_test]
async fn enrolling_twice_is_refused_a_full_session_has_a_waiting_list_and_a_contact_enrols_staff(
    t: TestDb,
) {
    let app = app(&t, Config::default()).await;
    let org = organisation(&t.db, "Wijkteam Liendert").await;
    let other = organisation(&t.db, "Elders").await;
    let fatma = staff(&t.db, "fatma@example.nl", org, Role::Professional).await;
    let jan = staff(&t.db, "jan@example.nl", org, Role::Volunteer).await;
    let outsider = staff(&t.db, "x@example.nl", other, Role::Professional).await;
    queries::set_contact(&t.db, org, fatma).await.unwrap();
    let c = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let s = session(&t.db, c, now() + 30 * DAY, 2, Some(1)).await;
    let mut b = login(&app, "fatma@example.nl", 1).await;
    let page = b.get("/training/cursus/cultuursensitief-basis").await;
    assert!(
        page.body.contains("Voor wie schrijf je in?"),
        "the contact may enrol staff"
    );
    let r = b
        .post(&format!("/training/sessie/{s}/inschrijven"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/training/mijn");
    let twice = b
        .post(&format!("/training/sessie/{s}/inschrijven"), &[])
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice
        .body
        .contains("Je bent al ingeschreven voor deze training."));
    // Someone of another organisation: refused.
    let o = outsider.to_string();
    let r = b
        .post(
            &format!("/training/sessie/{s}/inschrijven"),
            &[("person", o.as_str())],
        )
        .await;
    assert!(r
        .body
        .contains("Je kunt alleen mensen van je eigen organisatie inschrijven."));
    // Jan, by the contact: the one place is taken, so the waiting list.
    let j = jan.to_string();
    let r = b
        .post(
            &format!("/training/sessie/{s}/inschrijven"),
            &[("person", j.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let status: String =
        sqlx::query_scalar("SELECT status FROM training_enrolments WHERE user_id = $1")
            .bind(jan)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(status, "waiting");
    let mine = b.get("/training/mijn").await;
    assert!(mine.body.contains("Ingeschreven"));
    // Fatma cancels: Jan moves up and gets a mail job.
    let e: i64 = sqlx::query_scalar("SELECT id FROM training_enrolments WHERE user_id = $1")
        .bind(fatma)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let r = b
        .post(&format!("/training/inschrijving/{e}/annuleren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let status: String =
        sqlx::query_scalar("SELECT status FROM training_enrolments WHERE user_id = $1")
            .bind(jan)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(status, "confirmed");
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM jobs WHERE kind = 'training.notify'"
        )
        .await,
        1
    );
    // Someone else's enrolment cannot be cancelled.
    let je: i64 = sqlx::query_scalar("SELECT id FROM training_enrolments WHERE user_id = $1")
        .bind(jan)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let mut x = login(&app, "x@example.nl", 2).await;
    // The token from before logging in is refused (the form's CSRF token is checked)…
    assert_eq!(
        x.post(&format!("/training/inschrijving/{je}/annuleren"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    x.get("/training/mijn").await;
    assert_eq!(
        x.post(&format!("/training/inschrijving/{je}/annuleren"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A started session is closed.
    let past = session(&t.db, c, now() - DAY, 1, None).await;
    let r = x
        .post(&format!("/training/sessie/{past}/inschrijven"), &[])
        .await;
    assert!(r.body.contains("Inschrijven kan niet meer"));
}

#[db_test]
async fn forty_concurrent_enrolments_for_ten_places_give_ten_places_and_thirty_waiting(t: TestDb) {
    let _app = app(&t, Config::default()).await;
    let c = course(&t.db, "mediator", Some(36), 75).await;
    let s = session(&t.db, c, now() + 10 * DAY, 4, Some(10)).await;
    let mut people = vec![];
    for n in 0..40 {
        people.push(
            create_person(
                &t.db,
                &format!("p{n}@example.nl"),
                PASSWORD,
                &[Role::Volunteer],
            )
            .await,
        );
    }
    let tasks: Vec<_> = people
        .iter()
        .map(|id| {
            let db = t.db.clone();
            let id = *id;
            tokio::spawn(async move { queries::enrol(&db, s, id, id).await.unwrap() })
        })
        .collect();
    let mut confirmed = 0;
    for task in tasks {
        if let Enrolled::New { status, .. } = task.await.unwrap() {
            if status == kansrijk_training::model::EnrolStatus::Confirmed {
                confirmed += 1;
            }
        }
    }
    assert_eq!(confirmed, 10);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM training_enrolments WHERE status = 'confirmed'"
        )
        .await,
        10
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM training_enrolments WHERE status = 'waiting'"
        )
        .await,
        30
    );
}

#[db_test]
async fn a_certificate_needs_completion_and_the_public_check_shows_initials_only(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let org = organisation(&t.db, "Wijkteam Liendert").await;
    let person = staff(&t.db, "fatma.elidrissi@example.nl", org, Role::Professional).await;
    sqlx::query("UPDATE users SET name = 'Fatma el Idrissi' WHERE id = $1")
        .bind(person)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let c = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let s = session(&t.db, c, now() + 3 * DAY, 2, Some(12)).await;
    let Enrolled::New { id: e, .. } = queries::enrol(&t.db, s, person, person).await.unwrap()
    else {
        panic!()
    };
    let mut co = coordinator(&app, &t).await;
    let page = co.get(&format!("/beheer/training/sessie/{s}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Fatma el Idrissi"));
    // Before attendance: refused, with the message beside the person.
    let r = co
        .post(
            &format!("/beheer/training/inschrijving/{e}/certificaat"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("heeft de training niet afgerond"));
    let meetings = queries::meetings(&t.db, s).await.unwrap();
    // One of two meetings: still not complete (100 %).
    let one = format!("{}-{e}", meetings[0].id);
    co.post(
        &format!("/beheer/training/sessie/{s}/aanwezig"),
        &[("a", one.as_str())],
    )
    .await;
    assert_eq!(
        queries::issue_certificate(&t.db, e, now()).await.unwrap(),
        Err(Refused::NotCompleted)
    );
    let two = format!("{}-{e}", meetings[1].id);
    let r = co
        .post(
            &format!("/beheer/training/sessie/{s}/aanwezig"),
            &[("a", one.as_str()), ("a", two.as_str()), ("a", "99999-1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM training_attendance").await,
        2,
        "unknown ticks are ignored"
    );
    let r = co
        .post(
            &format!("/beheer/training/inschrijving/{e}/certificaat"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let number: String = sqlx::query_scalar("SELECT number FROM training_certificates")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(number.starts_with("KL-"));
    let again = co
        .post(
            &format!("/beheer/training/inschrijving/{e}/certificaat"),
            &[],
        )
        .await;
    assert!(again
        .body
        .contains("heeft voor deze training al een certificaat"));
    // The public check: initials, course, validity; never the name or e-mail.
    let v = app
        .get(&format!("/training/certificaat/{}", number.to_lowercase()))
        .await;
    assert_eq!(v.status, StatusCode::OK);
    assert!(v.body.contains("F.E.I."));
    assert!(v.body.contains("Cursus cultuursensitief-basis"));
    assert!(v.body.contains("Dit certificaat is geldig."));
    assert!(!v.body.contains("Fatma"));
    assert!(!v.body.contains("elidrissi"));
    assert_eq!(
        app.get("/training/certificaat/KL-2026-AAAA-BBBB")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The person's own printable certificate; someone else gets 404.
    let mut me = login(&app, "fatma.elidrissi@example.nl", 4).await;
    let p = me
        .get(&format!("/training/mijn/certificaat/{number}"))
        .await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("Fatma el Idrissi"));
    create_person(&t.db, "ander@example.nl", PASSWORD, &[Role::Professional]).await;
    let mut other = login(&app, "ander@example.nl", 5).await;
    assert_eq!(
        other
            .get(&format!("/training/mijn/certificaat/{number}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Guessing numbers is rate-limited.
    let mut last = StatusCode::OK;
    for n in 0..40 {
        last = app
            .get(&format!(
                "/training/certificaat/KL-2026-AAAA-{:04}",
                2000 + n
            ))
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[db_test]
async fn the_gating_function_knows_valid_expired_missing_and_revoked_certificates(t: TestDb) {
    let _app = app(&t, Config::default()).await;
    let person = create_person(&t.db, "m@example.nl", PASSWORD, &[Role::Mediator]).await;
    let c = course(&t.db, "mediator", Some(12), 100).await;
    let s = session(&t.db, c, now() - 400 * DAY, 1, None).await;
    let e: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
    ).bind(s).bind(person).fetch_one(&t.db.pool).await.unwrap();
    let m = queries::meetings(&t.db, s).await.unwrap()[0].id;
    queries::save_attendance(&t.db, s, &[(m, e)]).await.unwrap();
    let issued = now() - 390 * DAY;
    let number = queries::issue_certificate(&t.db, e, issued)
        .await
        .unwrap()
        .unwrap();
    use kansrijk_training::holds_valid_certificate as holds;
    assert!(
        holds(&t.db, person, "mediator", issued + 30 * DAY)
            .await
            .unwrap(),
        "valid a month after"
    );
    assert!(
        !holds(&t.db, person, "mediator", now()).await.unwrap(),
        "expired after 12 months"
    );
    assert!(
        !holds(&t.db, person, "mediator", issued - DAY)
            .await
            .unwrap(),
        "not yet issued"
    );
    assert!(
        !holds(&t.db, person, "jongerencoach", issued + DAY)
            .await
            .unwrap(),
        "another course"
    );
    assert!(
        !holds(&t.db, person + 1000, "mediator", issued + DAY)
            .await
            .unwrap(),
        "nobody"
    );
    queries::revoke_certificate(&t.db, &number, issued + 10 * DAY)
        .await
        .unwrap();
    assert!(
        holds(&t.db, person, "mediator", issued + 5 * DAY)
            .await
            .unwrap(),
        "before the revocation"
    );
    assert!(
        !holds(&t.db, person, "mediator", issued + 20 * DAY)
            .await
            .unwrap(),
        "revoked"
    );
}

#[db_test]
async fn the_expiry_reminder_reaches_the_person_and_the_contact_once(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let org = organisation(&t.db, "Basisschool in Liendert").await;
    let person = staff(&t.db, "leerkracht@example.nl", org, Role::Professional).await;
    let contact = staff(&t.db, "directeur@example.nl", org, Role::Professional).await;
    queries::set_contact(&t.db, org, contact).await.unwrap();
    let c = course(&t.db, "jongerencoach", Some(24), 100).await;
    let s = session(&t.db, c, now() - 700 * DAY, 1, None).await;
    let e: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
    ).bind(s).bind(person).fetch_one(&t.db.pool).await.unwrap();
    let m = queries::meetings(&t.db, s).await.unwrap()[0].id;
    queries::save_attendance(&t.db, s, &[(m, e)]).await.unwrap();
    // Issued 23 months ago: ends in about a month.
    queries::issue_certificate(&t.db, e, now() - 700 * DAY)
        .await
        .unwrap()
        .unwrap();
    for _ in 0..2 {
        assert!(
            kansrijk_training::jobs::scan_expiring(&app.state)
                .await
                .unwrap()
                <= 1
        );
        app.run_jobs().await;
    }
    assert_eq!(
        kansrijk_training::jobs::scan_expiring(&app.state)
            .await
            .unwrap(),
        0
    );
    app.run_jobs().await;
    // Two mails in the outbox (everything that will be sent), one for each of them.
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM mail_outbox").await, 2);
    let mine = sink.wait_for("leerkracht@example.nl").await;
    let boss = sink.wait_for("directeur@example.nl").await;
    assert_eq!(
        mine[0].subject,
        "Je certificaat Cursus jongerencoach verloopt binnenkort"
    );
    assert!(mine[0].path().starts_with("/training/cursus/jongerencoach"));
    assert!(boss[0].subject.contains("verloopt binnenkort"));
    assert!(boss[0].text.contains("leerkracht"));
    // Someone who already renewed gets no reminder for the old certificate.
    let renewed = staff(&t.db, "vernieuwd@example.nl", org, Role::Professional).await;
    for (start, issued) in [
        (now() - 700 * DAY, now() - 700 * DAY),
        (now() - 20 * DAY, now() - 19 * DAY),
    ] {
        let s = session(&t.db, c, start, 1, None).await;
        let e: i64 = sqlx::query_scalar(
            "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
        ).bind(s).bind(renewed).fetch_one(&t.db.pool).await.unwrap();
        let m = queries::meetings(&t.db, s).await.unwrap()[0].id;
        queries::save_attendance(&t.db, s, &[(m, e)]).await.unwrap();
        queries::issue_certificate(&t.db, e, issued)
            .await
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        kansrijk_training::jobs::scan_expiring(&app.state)
            .await
            .unwrap(),
        0
    );
}

#[db_test]
async fn coverage_moves_with_certificates_and_enrolments_with_goals_chart_and_csv(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let org = organisation(&t.db, "Huis van de Wijk Liendert").await;
    let a = staff(&t.db, "a@example.nl", org, Role::Professional).await;
    let b = staff(&t.db, "b@example.nl", org, Role::Professional).await;
    staff(&t.db, "v@example.nl", org, Role::Volunteer).await;
    let c = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let past = session(&t.db, c, now() - 30 * DAY, 1, None).await;
    let coming = session(&t.db, c, now() + 30 * DAY, 1, None).await;
    let e: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
    ).bind(past).bind(a).fetch_one(&t.db.pool).await.unwrap();
    let m = queries::meetings(&t.db, past).await.unwrap()[0].id;
    queries::save_attendance(&t.db, past, &[(m, e)])
        .await
        .unwrap();
    queries::issue_certificate(&t.db, e, now() - 29 * DAY)
        .await
        .unwrap()
        .unwrap();
    queries::enrol(&t.db, coming, b, b).await.unwrap();
    let rows = queries::coverage(&t.db, c, now()).await.unwrap();
    let pro = rows.iter().find(|r| r.role == "professional").unwrap();
    assert_eq!(
        (pro.working, pro.certified, pro.enrolled, pro.percent()),
        (2, 1, 1, 50)
    );
    let vol = rows.iter().find(|r| r.role == "volunteer").unwrap();
    assert_eq!((vol.working, vol.certified, vol.enrolled), (1, 0, 0));
    let mut co = coordinator(&app, &t).await;
    let bad = co
        .post(
            "/beheer/training/doel",
            &[
                ("organisation_id", "x"),
                ("percent", "150"),
                ("due", "morgen"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Kies een organisatie."));
    assert!(bad.body.contains("Vul een datum in."));
    let o = org.to_string();
    let ok = co
        .post(
            "/beheer/training/doel",
            &[
                ("organisation_id", o.as_str()),
                ("percent", "90"),
                ("due", "2027-12-31"),
                ("cursus", "cultuursensitief-basis"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = co.get("/beheer/training/dekking").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<title id=\"training-progress-title\">"));
    assert!(page.body.contains("<td>50%</td>"));
    assert!(page.body.contains("vóór 31-12-2027"));
    let csv = co.get("/beheer/training/dekking.csv").await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert!(csv.body.contains(
        "cultuursensitief-basis,Huis van de Wijk Liendert,professional,2,1,1,50,90,31-12-2027"
    ));
    // The contact must belong to the organisation.
    let bad = co
        .post(
            "/beheer/training/contactpersoon",
            &[
                ("contact_organisation_id", o.as_str()),
                ("email", "coord@example.nl"),
            ],
        )
        .await;
    assert!(bad
        .body
        .contains("Deze persoon is niet bekend bij deze organisatie."));
    let ok = co
        .post(
            "/beheer/training/contactpersoon",
            &[
                ("contact_organisation_id", o.as_str()),
                ("email", "A@example.nl"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(queries::contact_of(&t.db, org).await.unwrap().unwrap().0, a);
    // The API: coverage for coordinators only.
    assert_eq!(
        app.get("/api/v1/training/coverage").await.status,
        StatusCode::UNAUTHORIZED
    );
    let api = co.get("/api/v1/training/coverage").await;
    assert_eq!(api.json()["rows"][0]["certified"], 1);
    let courses = app.get("/api/v1/training/courses").await.json();
    assert_eq!(courses[0]["key"], "cultuursensitief-basis");
    let sessions = app
        .get("/api/v1/training/sessions?course=cultuursensitief-basis")
        .await
        .json();
    assert_eq!(
        sessions.as_array().unwrap().len(),
        1,
        "coming sessions only"
    );
}

#[db_test]
async fn effect_answers_are_anonymous_and_shown_only_from_five_respondents(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let c = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let s = session(&t.db, c, now() - 10 * DAY, 1, None).await;
    let mut enrolments = vec![];
    for n in 0..5 {
        let p = create_person(
            &t.db,
            &format!("d{n}@example.nl"),
            PASSWORD,
            &[Role::Professional],
        )
        .await;
        let e: i64 = sqlx::query_scalar(
            "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
        ).bind(s).bind(p).fetch_one(&t.db.pool).await.unwrap();
        enrolments.push(e);
    }
    // Through the form: a missing answer keeps the others.
    let mut b = login(&app, "d0@example.nl", 7).await;
    let url = format!("/training/evaluatie/{}/satisfaction", enrolments[0]);
    assert_eq!(b.get(&url).await.status, StatusCode::OK);
    let r = b.post(&url, &[("useful", "4"), ("trainer", "9")]).await;
    assert!(r.body.contains("Kies een cijfer van 1 tot 5."));
    assert!(r.body.contains("name=\"useful\" value=\"4\" checked"));
    let r = b
        .post(
            &url,
            &[("useful", "4"), ("trainer", "5"), ("recommend", "4")],
        )
        .await;
    assert!(r.body.contains("Bedankt voor het invullen."));
    assert!(
        !queries::record_answers(
            &t.db,
            enrolments[0],
            s,
            c,
            EffectForm::Satisfaction,
            &[("useful", 1)]
        )
        .await
        .unwrap(),
        "once per form"
    );
    // Someone else's enrolment, and the before-form after the session: not found.
    assert_eq!(
        b.get(&format!(
            "/training/evaluatie/{}/satisfaction",
            enrolments[1]
        ))
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/training/evaluatie/{}/before", enrolments[0]))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for e in &enrolments[1..4] {
        queries::record_answers(
            &t.db,
            *e,
            s,
            c,
            EffectForm::Satisfaction,
            &[("useful", 3), ("trainer", 4), ("recommend", 4)],
        )
        .await
        .unwrap();
    }
    let mut co = coordinator(&app, &t).await;
    let page = co.get("/beheer/training/effect").await;
    assert!(page.body.contains("Verborgen"), "four respondents: hidden");
    assert!(!page.body.contains("3,3"));
    queries::record_answers(
        &t.db,
        enrolments[4],
        s,
        c,
        EffectForm::Satisfaction,
        &[("useful", 3), ("trainer", 4), ("recommend", 4)],
    )
    .await
    .unwrap();
    let page = co.get("/beheer/training/effect").await;
    assert!(page.body.contains("3,2"), "useful: (4+3+3+3+3)/5");
    // No names anywhere in the answers.
    let columns: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT response_id FROM training_answers")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(columns.len(), 5);
    assert!(!page.body.contains("d0@example.nl"));
}

#[db_test]
async fn the_demo_registry_has_partial_coverage_and_can_run_twice(t: TestDb) {
    let app = app(&t, Config::default()).await;
    kansrijk_training::demo::seed(&t.db).await.unwrap();
    kansrijk_training::demo::seed(&t.db).await.unwrap();
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM training_courses").await,
        5
    );
    let staff = queries::staff_total(&t.db).await.unwrap();
    let basic = queries::course_by_key(&t.db, "cultuursensitief-basis")
        .await
        .unwrap()
        .unwrap();
    let rows = queries::coverage(&t.db, basic.id, now()).await.unwrap();
    let certified: i64 = rows.iter().map(|r| r.certified).sum();
    assert!(staff > 50, "{staff}");
    assert!(
        certified > staff / 4 && certified < staff,
        "partial coverage: {certified} of {staff}"
    );
    assert!(count(&t.db, "SELECT COUNT(*) FROM training_sessions").await >= 19);
    assert!(app
        .get("/training")
        .await
        .body
        .contains("Cultuursensitief werken – basis"));
    assert!(
        kansrijk_training::jobs::scan_expiring(&app.state)
            .await
            .unwrap()
            > 0,
        "some certificates end soon"
    );
}

#[db_test]
async fn the_follow_up_questionnaire_is_mailed_once_three_months_after_the_session(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let c = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let old = session(&t.db, c, now() - 100 * DAY, 1, None).await;
    let recent = session(&t.db, c, now() - 20 * DAY, 1, None).await;
    let p = create_person(&t.db, "volg@example.nl", PASSWORD, &[Role::Professional]).await;
    for s in [old, recent] {
        sqlx::query(
            "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0)",
        ).bind(s).bind(p).execute(&t.db.pool).await.unwrap();
    }
    assert_eq!(
        kansrijk_training::jobs::scan_followups(&app.state)
            .await
            .unwrap(),
        1,
        "only the session of three months ago"
    );
    assert_eq!(
        kansrijk_training::jobs::scan_followups(&app.state)
            .await
            .unwrap(),
        0,
        "once"
    );
    app.run_jobs().await;
    app.run_jobs().await;
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM mail_outbox").await,
        1,
        "once"
    );
    let mails = sink.wait_for("volg@example.nl").await;
    let e: i64 = sqlx::query_scalar("SELECT id FROM training_enrolments WHERE session_id = $1")
        .bind(old)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(mails[0].path(), format!("/training/evaluatie/{e}/followup"));
    // The link opens the follow-up form for that person.
    let mut b = login(&app, "volg@example.nl", 9).await;
    let form = b.get(&mails[0].path()).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Vragenlijst na drie maanden"));
}

/// Every key the templates and the code name (also as macro arguments and built from enums)
/// exists in all five languages, and so do the mails.
#[test]
fn every_key_exists_in_every_language() {
    use kansrijk_kernel::i18n::{I18n, Lang};
    let i18n = I18n::new(&[kernel_locales(), kansrijk_training::locales()]).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = vec![];
    let mut files = vec![];
    let mut dirs = vec![root.join("templates"), root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                dirs.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for part in text.split('"') {
            if part.starts_with("training-")
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !part.ends_with('-')
                // Chart ids and mail names (their keys are checked below).
                && !["training-progress", "training-expiry", "training-expiry-contact", "training-followup", "training-promoted", "training-session-cancelled"].contains(&part)
            {
                keys.push(part.to_string());
            }
        }
    }
    assert!(keys.len() > 150, "{}", keys.len());
    for t in TargetGroup::ALL {
        keys.push(t.key());
    }
    for f in EffectForm::ALL {
        keys.push(f.key());
        keys.extend(f.questions().iter().map(|(_, k)| k.to_string()));
    }
    for s in ["confirmed", "waiting", "cancelled"] {
        keys.push(format!("training-status-{s}"));
    }
    for r in ["professional", "volunteer"] {
        keys.push(format!("training-role-{r}"));
    }
    for mail in [
        "training-expiry",
        "training-expiry-contact",
        "training-followup",
        "training-promoted",
        "training-session-cancelled",
    ] {
        for part in ["subject", "body", "action"] {
            keys.push(format!("mail-{mail}-{part}"));
        }
    }
    keys.push("nav-training".into());
    let mut missing = vec![];
    for lang in Lang::ALL {
        for key in &keys {
            if !i18n.has(lang, key) {
                missing.push(format!("{key} in {}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[db_test]
async fn a_trainer_ticks_attendance_only_for_the_sessions_they_give(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let trainer = create_person(&t.db, "trainer@example.nl", PASSWORD, &[Role::Trainer]).await;
    let c = course(&t.db, "vreedzame-wijk-trainer", Some(24), 75).await;
    let mine = queries::create_session(
        &t.db,
        &NewSession {
            course_id: c,
            trainer_id: Some(trainer),
            trainer_name: String::new(),
            venue: "Basisschool".into(),
            online: false,
            capacity: None,
            meetings: vec![(now() + DAY, now() + DAY + 3600)],
        },
    )
    .await
    .unwrap();
    let other = session(&t.db, c, now() + DAY, 1, None).await;
    let p = create_person(
        &t.db,
        "deelnemer@example.nl",
        PASSWORD,
        &[Role::Professional],
    )
    .await;
    let Enrolled::New { id: e, .. } = queries::enrol(&t.db, mine, p, p).await.unwrap() else {
        panic!()
    };
    let mut b = login(&app, "trainer@example.nl", 11).await;
    let list = b.get("/beheer/training").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list
        .body
        .contains(&format!("/beheer/training/sessie/{mine}\"")));
    assert!(
        !list
            .body
            .contains(&format!("/beheer/training/sessie/{other}\"")),
        "only their own sessions"
    );
    assert!(!list.body.contains("/beheer/training/cursus/nieuw"));
    let page = b.get(&format!("/beheer/training/sessie/{mine}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("/certificaat\""),
        "issuing is for coordinators"
    );
    let m = queries::meetings(&t.db, mine).await.unwrap()[0].id;
    let tick = format!("{m}-{e}");
    let r = b
        .post(
            &format!("/beheer/training/sessie/{mine}/aanwezig"),
            &[("a", tick.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        queries::attendance(&t.db, mine).await.unwrap(),
        vec![(m, e)]
    );
    // Another trainer's session is answered as if it did not exist, and the attempt audited.
    assert_eq!(
        b.get(&format!("/beheer/training/sessie/{other}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.post(&format!("/beheer/training/sessie/{other}/aanwezig"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let denied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND subject_type = 'training_session' AND subject_id = $1")
        .bind(other.to_string())
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(denied, 2);
    assert_eq!(
        b.post(
            &format!("/beheer/training/inschrijving/{e}/certificaat"),
            &[]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        b.get("/beheer/training/dekking").await.status,
        StatusCode::FORBIDDEN
    );
}

#[db_test]
async fn a_follow_up_course_needs_a_valid_certificate_of_its_prerequisite(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let basic = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let follow_up = queries::create_course(
        &t.db,
        &NewCourse {
            course_key: "cultuursensitief-verdieping".into(),
            title: "Verdieping".into(),
            description: String::new(),
            duration_hours: 6,
            target_group: TargetGroup::Professional,
            validity_months: Some(36),
            prerequisite_id: Some(basic),
            completion_percent: 100,
        },
    )
    .await
    .unwrap();
    let s = session(&t.db, follow_up, now() + 20 * DAY, 1, None).await;
    let p = create_person(&t.db, "pre@example.nl", PASSWORD, &[Role::Professional]).await;
    let mut b = login(&app, "pre@example.nl", 12).await;
    let page = b.get("/training/cursus/cultuursensitief-verdieping").await;
    assert!(
        page.body
            .contains("href=\"/training/cursus/cultuursensitief-basis\""),
        "the prerequisite is named"
    );
    let r = b
        .post(&format!("/training/sessie/{s}/inschrijven"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains("eerst een geldig certificaat van de eerdere training nodig"));
    // With the basic certificate it works.
    let past = session(&t.db, basic, now() - 30 * DAY, 1, None).await;
    let e: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
    ).bind(past).bind(p).fetch_one(&t.db.pool).await.unwrap();
    let m = queries::meetings(&t.db, past).await.unwrap()[0].id;
    queries::save_attendance(&t.db, past, &[(m, e)])
        .await
        .unwrap();
    queries::issue_certificate(&t.db, e, now() - 29 * DAY)
        .await
        .unwrap()
        .unwrap();
    let r = b
        .post(&format!("/training/sessie/{s}/inschrijven"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

async fn audited(db: &Db, subject: &str, id: i64, detail_like: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE subject_type = $1 AND subject_id = $2 AND action = 'update' AND detail LIKE $3",
    )
    .bind(subject)
    .bind(id.to_string())
    .bind(detail_like)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

async fn enrolled(db: &Db, session_id: i64, email: &str, lang: &str) -> i64 {
    let id = create_person(db, email, PASSWORD, &[Role::Professional]).await;
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    queries::enrol(db, session_id, id, id).await.unwrap();
    id
}

async fn status_of(db: &Db, user_id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM training_enrolments WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[db_test]
async fn a_coordinator_edits_a_course_with_the_same_rules_and_the_key_stays(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let mut c = coordinator(&app, &t).await;
    let id = course(&t.db, "jongerencoach", Some(24), 80).await;
    let index = c.get("/beheer/training").await;
    assert!(index
        .body
        .contains(&format!("/beheer/training/cursus/{id}/bewerken")));
    let form = c
        .get(&format!("/beheer/training/cursus/{id}/bewerken"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("value=\"Cursus jongerencoach\""),
        "filled in"
    );
    assert!(
        form.body.contains("<code>jongerencoach</code>"),
        "the key is shown"
    );
    assert!(!form.body.contains("name=\"course_key\""), "and not asked");
    let url = format!("/beheer/training/cursus/{id}/bewerken");
    let bad = c
        .post(
            &url,
            &[
                ("title", ""),
                ("target_group", "both"),
                ("completion_percent", "120"),
                ("validity_months", "24"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Vul een naam in"));
    assert!(bad.body.contains("Vul een percentage in van 1 tot 100."));
    assert!(bad.body.contains("value=\"120\""), "the input is kept");
    assert_eq!(
        queries::course(&t.db, id).await.unwrap().unwrap().title,
        "Cursus jongerencoach"
    );
    let ok = c
        .post(
            &url,
            &[
                ("title", "Jongerencoach – vervolg"),
                ("course_key", "iets-anders"),
                ("target_group", "professional"),
                ("validity_months", "36"),
                ("completion_percent", "100"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let saved = queries::course(&t.db, id).await.unwrap().unwrap();
    assert_eq!(saved.title, "Jongerencoach – vervolg");
    assert_eq!(saved.course_key, "jongerencoach", "the stable key stays");
    assert_eq!(saved.validity_months, Some(36));
    assert_eq!(saved.completion_percent, 100);
    assert_eq!(
        audited(&t.db, "training_course", id, "jongerencoach").await,
        1
    );
    // A course is not its own prerequisite.
    let own = id.to_string();
    let r = c
        .post(
            &url,
            &[
                ("title", "X"),
                ("target_group", "both"),
                ("prerequisite_id", own.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Only coordinators edit.
    create_person(&t.db, "trainer@example.nl", PASSWORD, &[Role::Trainer]).await;
    let mut tr = login(&app, "trainer@example.nl", 3).await;
    assert_eq!(tr.get(&url).await.status, StatusCode::FORBIDDEN);
}

#[db_test]
async fn an_archived_course_is_not_offered_but_its_certificates_stay_valid(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let mut c = coordinator(&app, &t).await;
    let id = course(&t.db, "mediator", Some(36), 100).await;
    let s = session(&t.db, id, now() - 10 * DAY, 1, None).await;
    let p = create_person(
        &t.db,
        "bemiddelaar@example.nl",
        PASSWORD,
        &[Role::Professional],
    )
    .await;
    let e: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) VALUES ($1, $2, 'confirmed', 0, 0) RETURNING id",
    ).bind(s).bind(p).fetch_one(&t.db.pool).await.unwrap();
    let m = queries::meetings(&t.db, s).await.unwrap()[0].id;
    queries::save_attendance(&t.db, s, &[(m, e)]).await.unwrap();
    let number = queries::issue_certificate(&t.db, e, now() - 9 * DAY)
        .await
        .unwrap()
        .unwrap();
    assert!(app.get("/training").await.body.contains("Cursus mediator"));
    let r = c
        .post(&format!("/beheer/training/cursus/{id}/archiveren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(queries::course(&t.db, id)
        .await
        .unwrap()
        .unwrap()
        .archived());
    assert_eq!(audited(&t.db, "training_course", id, "archived").await, 1);
    assert!(
        !app.get("/training").await.body.contains("Cursus mediator"),
        "not on /training"
    );
    assert_eq!(
        app.get("/api/v1/training/courses").await.json(),
        serde_json::json!([]),
        "nor in the API"
    );
    let option = format!("<option value=\"{id}\"");
    assert!(
        !c.get("/beheer/training/sessie/nieuw")
            .await
            .body
            .contains(&option),
        "not offered"
    );
    let ids = id.to_string();
    let refused = c
        .post(
            "/beheer/training/sessie/nieuw",
            &[
                ("course_id", ids.as_str()),
                ("trainer_name", "M. Koç"),
                ("venue", "Huis van de Wijk"),
                ("date_1", "2031-03-04"),
                ("start_1", "09:30"),
                ("end_1", "13:00"),
            ],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no new sessions"
    );
    assert!(c
        .get("/beheer/training")
        .await
        .body
        .contains("Gearchiveerd"));
    // The certificate still verifies and still gates.
    let v = app.get(&format!("/training/certificaat/{number}")).await;
    assert_eq!(v.status, StatusCode::OK);
    assert!(v.body.contains("Dit certificaat is geldig."));
    assert!(
        kansrijk_training::holds_valid_certificate(&t.db, p, "mediator", now())
            .await
            .unwrap()
    );
    // Offered again.
    let r = c
        .post(&format!("/beheer/training/cursus/{id}/archiveren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!queries::course(&t.db, id)
        .await
        .unwrap()
        .unwrap()
        .archived());
    assert_eq!(
        audited(&t.db, "training_course", id, "offered again").await,
        1
    );
    assert!(c
        .get("/beheer/training/sessie/nieuw")
        .await
        .body
        .contains(&option));
}

#[db_test]
async fn more_places_move_people_up_with_a_mail_and_fewer_than_confirmed_is_refused(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let mut c = coordinator(&app, &t).await;
    let id = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    // 09:00 UTC, so that three hours later is still the same day (the form has one date).
    let start = now() + 30 * DAY;
    let start = start - start.rem_euclid(DAY) + 9 * 3600;
    let s = session(&t.db, id, start, 1, Some(1)).await;
    let first = enrolled(&t.db, s, "eerste@example.nl", "nl").await;
    let second = enrolled(&t.db, s, "tweede@example.nl", "nl").await;
    assert_eq!(status_of(&t.db, second).await, "waiting");
    let url = format!("/beheer/training/sessie/{s}/bewerken");
    let (date, from) = kansrijk_training::model::utc_to_local(start);
    let (_, to) = kansrijk_training::model::utc_to_local(start + 3 * 3600);
    let form = c.get(&url).await;
    assert_eq!(form.status, StatusCode::OK);
    for v in [&date, &from, &to, &"Huis van de Wijk".to_string()] {
        assert!(
            form.body.contains(&format!("value=\"{v}\"")),
            "filled in: {v}"
        );
    }
    let fields = |capacity: &'static str| {
        vec![
            ("trainer_name", "Meryem Koç".to_string()),
            ("venue", "Buurthuis De Kroon".to_string()),
            ("capacity", capacity.to_string()),
            ("date_1", date.clone()),
            ("start_1", from.clone()),
            ("end_1", to.clone()),
        ]
    };
    let raised = fields("2");
    let raised: Vec<(&str, &str)> = raised.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(&url, &raised).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status_of(&t.db, second).await, "confirmed", "moved up");
    assert_eq!(status_of(&t.db, first).await, "confirmed");
    let saved = queries::session(&t.db, s).await.unwrap().unwrap();
    assert_eq!(
        (saved.capacity, saved.venue.as_str()),
        (Some(2), "Buurthuis De Kroon")
    );
    assert_eq!(
        queries::meetings(&t.db, s).await.unwrap().len(),
        1,
        "the meeting is kept, not doubled"
    );
    assert_eq!(
        audited(&t.db, "training_session", s, "%1 promoted").await,
        1
    );
    app.run_jobs().await;
    let mail = sink.wait_for("tweede@example.nl").await;
    assert_eq!(
        mail[0].subject,
        "Er is een plaats vrij: Cursus cultuursensitief-basis"
    );
    // Two people have a place: one place is refused beside the field, the input kept.
    let lowered = fields("1");
    let lowered: Vec<(&str, &str)> = lowered.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(&url, &lowered).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("id=\"f-capacity-error\""),
        "beside the field"
    );
    assert!(r.body.contains("Er hebben al meer mensen een plaats."));
    assert!(r.body.contains("value=\"1\""));
    assert_eq!(
        queries::session(&t.db, s).await.unwrap().unwrap().capacity,
        Some(2)
    );
    // Bad input is refused with the same rules as a new session.
    let r = c.post(&url, &[("trainer_name", ""), ("venue", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[db_test]
async fn a_cancelled_session_mails_everyone_once_in_their_language_and_leaves_the_public_pages(
    t: TestDb,
) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let mut c = coordinator(&app, &t).await;
    let id = course(&t.db, "cultuursensitief-basis", Some(36), 100).await;
    let start = now() + 40 * DAY;
    let s = session(&t.db, id, start, 2, Some(1)).await;
    let date = kansrijk_training::model::local_date(start);
    let placed = enrolled(&t.db, s, "plaats@example.nl", "nl").await;
    let waiting = enrolled(&t.db, s, "wacht@example.nl", "en").await;
    assert_eq!(status_of(&t.db, waiting).await, "waiting");
    assert!(app.get("/training").await.body.contains(&date));
    let url = format!("/beheer/training/sessie/{s}/annuleren");
    assert!(c
        .get(&format!("/beheer/training/sessie/{s}"))
        .await
        .body
        .contains(&url));
    for _ in 0..2 {
        let r = c.post(&url, &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        queries::session(&t.db, s).await.unwrap().unwrap().status,
        "cancelled"
    );
    assert_eq!(
        audited(&t.db, "training_session", s, "cancelled%").await,
        1,
        "the second time changes nothing"
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM jobs WHERE kind = 'training.notify'"
        )
        .await,
        2
    );
    app.run_jobs().await;
    // The same job once more (a worker whose lease ran out): nobody is told twice.
    for e in sqlx::query_scalar::<_, i64>("SELECT id FROM training_enrolments ORDER BY id")
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
    {
        kansrijk_kernel::jobs::enqueue(
            &t.db.pool,
            "training.notify",
            &serde_json::json!({ "enrolment_id": e, "what": "session_cancelled" }),
            now(),
            None,
            10,
        )
        .await
        .unwrap();
    }
    app.run_jobs().await;
    let all = sink.messages();
    assert_eq!(
        all.len(),
        2,
        "{:?}",
        all.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let nl = all.iter().find(|m| m.to == "plaats@example.nl").unwrap();
    assert_eq!(
        nl.subject,
        format!("Geannuleerd: Cursus cultuursensitief-basis op {date}")
    );
    let en = all.iter().find(|m| m.to == "wacht@example.nl").unwrap();
    assert_eq!(
        en.subject,
        format!("Cancelled: Cursus cultuursensitief-basis on {date}")
    );
    assert_eq!(en.path(), "/training");
    assert_eq!(status_of(&t.db, placed).await, "cancelled");
    assert_eq!(status_of(&t.db, waiting).await, "cancelled");
    // Gone from the public pages; the coordinator still sees it, marked.
    assert!(!app.get("/training").await.body.contains(&date));
    assert!(!app
        .get("/training/cursus/cultuursensitief-basis")
        .await
        .body
        .contains(&date));
    assert!(c
        .get(&format!("/beheer/training/sessie/{s}"))
        .await
        .body
        .contains("Deze trainingsdatum is geannuleerd."));
    let late = create_person(&t.db, "laat@example.nl", PASSWORD, &[Role::Professional]).await;
    assert_eq!(
        queries::enrol(&t.db, s, late, late).await.unwrap(),
        Enrolled::Closed
    );
}
