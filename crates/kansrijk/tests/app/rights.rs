//! The rights of the people in the data (issue 23, items 1–4): the export holds every module and
//! nothing of another person; deleting an account anonymises per module, ends every session and
//! leaves nothing sealed to open; staff with open cases are told what to hand over first.

use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::testing::{create_person, db_test, location, Browser, TestApp, TestDb};

const PASSWORD: &str = "paars fietsje zingt op dinsdag";

async fn app(t: &TestDb) -> TestApp {
    kansrijk::migrate(&t.db).await.unwrap();
    kansrijk::seed_liendert(&t.db).await.unwrap();
    TestApp::new(t.db.clone(), kansrijk::features())
}

async fn scalar(db: &Db, sql: &str, id: i64) -> String {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// What one person leaves behind in every module that holds data of residents: a registration,
/// a proposal, a comment on it, a support, a follow, an enrolment and a certificate. `tag`
/// makes every value recognisable.
async fn footprint(db: &Db, person: i64, email: &str, tag: &str) -> (i64, String) {
    let t = now();
    // A reaction on a youth-stage campaign.
    let campaign: i64 = sqlx::query_scalar(
        "INSERT INTO youth_campaigns (name, idea, audience, form, team_token_hash, created_at, updated_at) \
         VALUES ($1, 'Idee', 'Buurt', 'photos', $2, $3, $3) RETURNING id",
    )
    .bind(format!("Campagne {tag}"))
    .bind(format!("hash-{tag}"))
    .bind(t)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO youth_reactions (campaign_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(campaign)
    .bind(person)
    .bind(format!("Podiumreactie {tag}"))
    .bind(t)
    .execute(&db.pool)
    .await
    .unwrap();
    let activity: i64 = sqlx::query_scalar(
        "INSERT INTO activities (kind, starts_at, ends_at, created_at, updated_at) \
         VALUES ('workshop', $1, $2, $3, $3) RETURNING id",
    )
    .bind(t + 86_400)
    .bind(t + 90_000)
    .bind(t)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, 'nl', 'Workshop', '')")
        .bind(activity)
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO registrations (activity_id, token_hash, idempotency_key, name, email, people, lang, \
           other_needs, status, created_at, updated_at) \
         VALUES ($1, $2, $2, $3, $4, 1, 'nl', $5, 'confirmed', $6, $6)",
    )
    .bind(activity)
    .bind(format!("hash-{tag}"))
    .bind(format!("Naam {tag}"))
    .bind(email)
    .bind(format!("Behoefte {tag}"))
    .bind(t)
    .execute(&db.pool)
    .await
    .unwrap();
    let proposal: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (author_id, title, explanation, pillar, on_behalf_of, created_at, updated_at) \
         VALUES ($1, $2, $3, 'community', $4, $5, $5) RETURNING id",
    )
    .bind(person)
    .bind(format!("Voorstel {tag}"))
    .bind(format!("Uitleg {tag}"))
    .bind(format!("Namens {tag}"))
    .bind(t)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO proposal_comments (proposal_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(proposal)
    .bind(person)
    .bind(format!("Reactie {tag}"))
    .bind(t)
    .execute(&db.pool)
    .await
    .unwrap();
    for sql in [
        "INSERT INTO proposal_supports (proposal_id, user_id, created_at) VALUES ($1, $2, $3)",
        "INSERT INTO proposal_follows (proposal_id, user_id, mode, created_at) VALUES ($1, $2, 'instant', $3)",
    ] {
        sqlx::query(sql)
            .bind(proposal)
            .bind(person)
            .bind(t)
            .execute(&db.pool)
            .await
            .unwrap();
    }
    let number = certificate(db, person, tag).await;
    (proposal, number)
}

async fn certificate(db: &Db, person: i64, tag: &str) -> String {
    let t = now();
    let course: i64 = sqlx::query_scalar(
        "INSERT INTO training_courses (course_key, title, target_group, created_at, updated_at) \
         VALUES ($1, $2, 'both', $3, $3) RETURNING id",
    )
    .bind(format!("k-{tag}"))
    .bind(format!("Cursus {tag}"))
    .bind(t)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let session: i64 = sqlx::query_scalar(
        "INSERT INTO training_sessions (course_id, starts_at, ends_at, created_at, updated_at) \
         VALUES ($1, $2, $2, $2, $2) RETURNING id",
    )
    .bind(course)
    .bind(t - 86_400)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let enrolment: i64 = sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, created_at, updated_at) \
         VALUES ($1, $2, 'confirmed', $3, $3) RETURNING id",
    )
    .bind(session)
    .bind(person)
    .bind(t)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let number = format!("KL-2026-{}-ABCD", if tag == "A" { "2222" } else { "3333" });
    sqlx::query(
        "INSERT INTO training_certificates (number, user_id, course_id, enrolment_id, issued_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&number)
    .bind(person)
    .bind(course)
    .bind(enrolment)
    .bind(t)
    .execute(&db.pool)
    .await
    .unwrap();
    number
}

#[db_test]
async fn the_export_holds_every_module_and_nothing_of_another_person(t: TestDb) {
    let app = app(&t).await;
    let a = create_person(&t.db, "anna@example.nl", PASSWORD, &[Role::Resident]).await;
    let b = create_person(&t.db, "bram@example.nl", PASSWORD, &[Role::Resident]).await;
    footprint(&t.db, a, "anna@example.nl", "A").await;
    footprint(&t.db, b, "bram@example.nl", "B").await;
    let mut anna = Browser::logged_in(&app, "127.0.3.1:1", "anna@example.nl", PASSWORD).await;
    let r = anna.get("/account/gegevens/json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header("content-disposition").starts_with("attachment"));
    let export = r.json();
    assert!(export["account"].is_object());
    for feature in kansrijk::features() {
        assert!(
            export[feature.name].is_object(),
            "module {} missing: {export}",
            feature.name
        );
    }
    assert_eq!(export["account"]["person"]["email"], "anna@example.nl");
    for mine in [
        "Naam A",
        "Behoefte A",
        "Voorstel A",
        "Uitleg A",
        "Reactie A",
        "Podiumreactie A",
        "KL-2026-2222-ABCD",
    ] {
        assert!(r.body.contains(mine), "{mine} missing from the export");
    }
    for theirs in [
        "bram",
        "Naam B",
        "Voorstel B",
        "Reactie B",
        "Podiumreactie B",
        "Behoefte B",
        "3333",
    ] {
        assert!(
            !r.body.contains(theirs),
            "{theirs} of another person in the export"
        );
    }
    let page = anna.get("/account/gegevens").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Reactie A") && page.body.contains("Aanmeldingen"));
    assert!(!page.body.contains("Reactie B"));
    let html = anna.get("/account/gegevens/html").await;
    assert!(html
        .header("content-disposition")
        .contains("mijn-gegevens.html"));
    assert!(html.body.contains("Voorstel A") && !html.body.contains("Voorstel B"));
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND subject_id = $1 AND actor_id = $2",
    )
    .bind(a.to_string())
    .bind(a)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 3, "each export is audited");
}

#[db_test]
async fn deleting_an_account_anonymises_each_module_and_ends_every_session(t: TestDb) {
    let app = app(&t).await;
    let a = create_person(&t.db, "anna@example.nl", PASSWORD, &[Role::Resident]).await;
    let (proposal, number) = footprint(&t.db, a, "anna@example.nl", "A").await;
    let mut anna = Browser::logged_in(&app, "127.0.3.2:1", "anna@example.nl", PASSWORD).await;
    let mut elsewhere = Browser::logged_in(&app, "127.0.3.3:1", "anna@example.nl", PASSWORD).await;
    let form = anna.get("/account/verwijderen").await;
    assert!(form.body.contains("2 plekken"), "{}", form.body);
    let wrong = anna
        .post(
            "/account/verwijderen",
            &[("password", "niet het wachtwoord")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::OK);
    assert!(wrong.body.contains("Dit wachtwoord klopt niet."));
    let done = anna
        .post("/account/verwijderen", &[("password", PASSWORD)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/account/verwijderd");
    assert_eq!(
        location(&elsewhere.get("/account").await),
        "/inloggen?terug=%2Faccount",
        "the other session ended too"
    );
    let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
        .bind(a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
    // The account: no name, address or password; logging in again fails.
    assert_eq!(
        scalar(&t.db, "SELECT email FROM users WHERE id = $1", a).await,
        format!("erased-{a}@invalid")
    );
    let mut again = Browser::new(&app);
    again.get("/inloggen").await;
    let r = again
        .post(
            "/inloggen",
            &[("email", "anna@example.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "login refused");
    // Per module: the comment is "removed by the author", the registration has no name, the
    // certificate's public check says not valid, follows are gone.
    let public = Browser::new(&app)
        .get(&format!("/afspraken/voorstellen/{proposal}"))
        .await;
    assert!(public.body.contains("Verwijderd door de schrijver."));
    assert!(!public.body.contains("Reactie A") && !public.body.contains("Namens A"));
    let name: String =
        sqlx::query_scalar("SELECT name FROM registrations WHERE token_hash = 'hash-A'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(name, "");
    let reaction: String = sqlx::query_scalar(
        "SELECT body FROM youth_reactions WHERE author_id = $1 AND hidden_at IS NOT NULL",
    )
    .bind(a)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(
        reaction, "",
        "the youth-stage reaction's text is gone and it is hidden"
    );
    let check = Browser::new(&app)
        .get(&format!("/training/certificaat/{number}"))
        .await;
    assert!(check.body.contains("niet meer geldig"), "{}", check.body);
    let follows: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM proposal_follows WHERE user_id = $1")
            .bind(a)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(follows, 0);
}

#[db_test]
async fn deleting_needs_the_second_step_and_leaves_no_sealed_value_to_open(t: TestDb) {
    let app = app(&t).await;
    let a = create_person(&t.db, "anna@example.nl", PASSWORD, &[Role::Resident]).await;
    let secret = kansrijk_kernel::testing::enable_totp(&t.db, a).await;
    let mut anna = Browser::logged_in(&app, "127.0.3.4:1", "anna@example.nl", PASSWORD).await;
    anna.get("/inloggen/code").await;
    let r = anna
        .post(
            "/inloggen/code",
            &[("code", &kansrijk_kernel::testing::totp_now(&secret))],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sealed = scalar(&t.db, "SELECT totp_secret FROM users WHERE id = $1", a).await;
    assert!(sealed.starts_with("v1:"), "the second factor is sealed");
    let no_code = anna
        .post(
            "/account/verwijderen",
            &[("password", PASSWORD), ("code", "000000")],
        )
        .await;
    assert_eq!(no_code.status, StatusCode::OK);
    let done = anna
        .post(
            "/account/verwijderen",
            &[
                ("password", PASSWORD),
                ("code", &kansrijk_kernel::testing::totp_next(&secret)),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let left: Option<String> = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(left, None, "nothing sealed is left to open");
    let codes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1")
        .bind(a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(codes, 0);
}

#[db_test]
async fn staff_with_open_cases_are_told_what_to_hand_over_first(t: TestDb) {
    let app = app(&t).await;
    let m = create_person(&t.db, "bemiddelaar@example.nl", PASSWORD, &[Role::Mediator]).await;
    let secret = kansrijk_kernel::testing::enable_totp(&t.db, m).await;
    let case: i64 = sqlx::query_scalar(
        "INSERT INTO mediation_cases (requester, referrer_type, topic, received_on, intake_due, last_on, \
           created_at, updated_at) VALUES ('resident', 'self', 'noise', '2026-12-01', '2026-12-08', \
           '2026-12-01', $1, $1) RETURNING id",
    )
    .bind(now())
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO mediation_mediators (case_id, user_id, assigned_on) VALUES ($1, $2, '2026-12-02')")
        .bind(case)
        .bind(m)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut b = Browser::logged_in(&app, "127.0.3.5:1", "bemiddelaar@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    b.post(
        "/inloggen/code",
        &[("code", &kansrijk_kernel::testing::totp_now(&secret))],
    )
    .await;
    let form = b.get("/account/verwijderen").await;
    assert!(
        form.body.contains("Je bemiddelt nog in 1 open zaak."),
        "{}",
        form.body
    );
    assert!(
        !form.body.contains("name=\"password\""),
        "no form while work is open"
    );
    let refused = b
        .post(
            "/account/verwijderen",
            &[
                ("password", PASSWORD),
                ("code", &kansrijk_kernel::testing::totp_next(&secret)),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("Draag dit eerst over"));
    assert_eq!(
        scalar(&t.db, "SELECT email FROM users WHERE id = $1", m).await,
        "bemiddelaar@example.nl"
    );
    sqlx::query("UPDATE mediation_cases SET closed_at = $1 WHERE id = $2")
        .bind(now())
        .bind(case)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let form = b.get("/account/verwijderen").await;
    assert!(
        form.body.contains("name=\"password\""),
        "handed over: the form is there"
    );
}

/// Item 4: a request received at the counter is registered with its 30-day deadline, answered
/// with the same export, and an erasure request is refused while the person has open cases.
#[db_test]
async fn a_coordinator_registers_and_answers_a_request_received_at_the_counter(t: TestDb) {
    let app = app(&t).await;
    let a = create_person(&t.db, "anna@example.nl", PASSWORD, &[Role::Resident]).await;
    let b = create_person(&t.db, "bram@example.nl", PASSWORD, &[Role::Resident]).await;
    footprint(&t.db, a, "anna@example.nl", "A").await;
    footprint(&t.db, b, "bram@example.nl", "B").await;
    let c = create_person(&t.db, "coord@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = kansrijk_kernel::testing::enable_totp(&t.db, c).await;
    let mut coord = Browser::logged_in(&app, "127.0.3.6:1", "coord@example.nl", PASSWORD).await;
    coord.get("/inloggen/code").await;
    coord
        .post(
            "/inloggen/code",
            &[("code", &kansrijk_kernel::testing::totp_now(&secret))],
        )
        .await;
    coord.get("/beheer/verzoeken").await;
    let unknown = coord
        .post(
            "/beheer/verzoeken",
            &[
                ("kind", "access"),
                ("channel", "counter"),
                ("email", "niemand@example.nl"),
                ("received", "2026-11-20"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown
        .body
        .contains("Er is geen account met dit e-mailadres."));
    let made = coord
        .post(
            "/beheer/verzoeken",
            &[
                ("kind", "access"),
                ("channel", "counter"),
                ("email", "anna@example.nl"),
                ("received", "2026-11-20"),
                ("note", "Paspoort gezien aan de balie"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let path = location(&made).to_string();
    let (received, due, note): (i64, i64, String) =
        sqlx::query_as("SELECT received_at, due_at, note_sealed FROM rights_requests")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(due - received, 30 * 86_400, "30 days to answer");
    assert!(!note.contains("Paspoort"), "the note is sealed");
    let page = coord.get(&path).await;
    assert!(page.body.contains("Paspoort gezien aan de balie") && page.body.contains("20-12-2026"));
    let answer = coord.get(&format!("{path}/antwoord")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("Reactie A") && !answer.body.contains("Reactie B"));
    let done = coord.post(&format!("{path}/afgehandeld"), &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(coord.get(&path).await.body.contains("Afgehandeld"));
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'rights_request' AND actor_id = $1",
    )
    .bind(c)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert!(audited >= 4, "created, read, exported, answered: {audited}");
    // An erasure request for Bram: erased by the same rules.
    let made = coord
        .post(
            "/beheer/verzoeken",
            &[
                ("kind", "erasure"),
                ("channel", "letter"),
                ("email", "bram@example.nl"),
                ("received", "2026-11-25"),
            ],
        )
        .await;
    let path = location(&made).to_string();
    coord.get(&path).await;
    coord.post(&format!("{path}/afgehandeld"), &[]).await;
    assert_eq!(
        scalar(&t.db, "SELECT email FROM users WHERE id = $1", b).await,
        format!("erased-{b}@invalid")
    );
}
