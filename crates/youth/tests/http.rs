//! The youth stage end to end, on SQLite and PostgreSQL: a team proposes a campaign (errors
//! beside the fields, input kept, the contact sealed, no surnames), consent through the links
//! (a parent under 16, the young person from 16; each thing covered separately), publishing only
//! with consent, withdrawal that unpublishes at once, no surname on any public page or the API,
//! the coach (certificate gating, assignment scope with 404 + audit), the timeline and thread,
//! retention and the "turns 16" job.

use axum::http::StatusCode;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{create_person, enable_totp, totp_now, Browser, TestApp, TestDb};
use kansrijk_kernel::web::AppState;
use kansrijk_youth::{demo, jobs};

const PASSWORD: &str = "paars fietsje zingt op dinsdag";

async fn app(t: &TestDb) -> TestApp {
    TestApp::migrated(
        t,
        Config::default(),
        vec![
            kansrijk_programme::feature(),
            kansrijk_training::feature(),
            kansrijk_youth::feature(),
        ],
    )
    .await
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

/// A coordinator with the second factor done.
async fn coordinator<'a>(app: &'a TestApp, t: &TestDb) -> Browser<'a> {
    let id = create_person(&t.db, "coord@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&t.db, id).await;
    let mut b = Browser::logged_in(app, "127.0.3.200:1", "coord@example.nl", PASSWORD).await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(b.get("/beheer/podium").await.status, StatusCode::OK);
    b
}

/// A 17-year-old contact person and a 14-year-old (born 2012-05).
fn proposal<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Liendert laat zich zien"),
        (
            "idea",
            "Posters over wat jongeren mooi vinden aan Liendert, in de bushokjes.",
        ),
        ("audience", "Buren en winkeliers"),
        ("form", "posters"),
        ("email", "sanne.verhoeven@example.nl"),
        ("m1_name", "Sanne"),
        ("m1_age", "16-17"),
        ("m2_name", "Yusuf"),
        ("m2_age", "14-15"),
        ("m2_born", "2012-05"),
    ]
}

/// Posts the proposal; returns the team page's path.
async fn propose(b: &mut Browser<'_>, fields: &[(&str, &str)]) -> String {
    b.get("/podium/meedoen").await;
    let r = b.post("/podium/meedoen", fields).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let start = r
        .body
        .find("/podium/team/")
        .expect("the team link is shown");
    let rest = &r.body[start..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// The consent links on the team page, in member order.
async fn consent_links(b: &mut Browser<'_>, team: &str) -> Vec<String> {
    let body = b.get(team).await.body;
    body.match_indices("class=\"youth-consent-link\" href=\"")
        .map(|(i, m)| {
            let rest = &body[i + m.len()..];
            let url = &rest[..rest.find('"').unwrap()];
            url[url.find("/podium/").unwrap()..].to_string()
        })
        .collect()
}

async fn campaign_id(db: &Db) -> i64 {
    count(db, "SELECT MAX(id) FROM youth_campaigns").await
}

#[db_test]
async fn a_team_proposes_a_campaign_with_errors_beside_the_fields_and_the_contact_sealed(
    t: TestDb,
) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    assert_eq!(b.get("/podium").await.status, StatusCode::OK);
    assert_eq!(b.get("/podium/meedoen").await.status, StatusCode::OK);
    // A surname, no contact, a birth month that is not under 16: errors beside the fields.
    let r = b
        .post(
            "/podium/meedoen",
            &[
                ("name", "Liendert laat zich zien"),
                ("idea", "Kort"),
                ("form", "posters"),
                ("m1_name", "Sanne Verhoeven"),
                ("m1_age", "16-17"),
                ("m2_name", "Yusuf"),
                ("m2_age", "14-15"),
                ("m2_born", "2001-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Vul alleen een voornaam in",
        "Vertel iets meer over jullie idee.",
        "Vul een e-mailadres of een telefoonnummer in.",
        "Vul een geboortemaand in die past bij een leeftijd onder 16.",
    ] {
        assert!(r.body.contains(message), "missing: {message}");
    }
    assert!(r.body.contains("value=\"Liendert laat zich zien\""));
    assert!(r.body.contains("id=\"f-m1_name-error\""));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM youth_campaigns").await,
        0
    );

    let team = propose(&mut b, &proposal()).await;
    let id = campaign_id(&t.db).await;
    let (contact, members): (Option<String>, i64) = sqlx::query_as(
        "SELECT contact_sealed, (SELECT COUNT(*) FROM youth_members WHERE campaign_id = $1) \
         FROM youth_campaigns WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert!(!contact.unwrap().contains("verhoeven"), "sealed at rest");
    assert_eq!(members, 2);
    let born: Vec<Option<String>> =
        sqlx::query_scalar("SELECT born_month FROM youth_members ORDER BY position")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(born, [None, Some("2012-05".to_string())], "only under 16");
    // The team page: a parent's link for Yusuf, Sanne's own; a wrong link is 404.
    let page = b.get(&team).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Link voor een ouder"));
    assert!(page.body.contains("Link voor dit teamlid zelf"));
    assert_eq!(consent_links(&mut b, &team).await.len(), 2);
    assert_eq!(
        b.get("/podium/team/geen-geldige-link").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get("/podium/toestemming/geen-geldige-link").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Gives consent through a link (parent: with the guardian statement).
async fn give(b: &mut Browser<'_>, link: &str, parent: bool, photos: bool) {
    let mut fields = vec![
        ("channel", "email"),
        ("take_part", "on"),
        ("publish_work", "on"),
    ];
    if parent {
        fields.push(("guardian", "on"));
    }
    if photos {
        fields.push(("publish_photos", "on"));
    }
    b.get(link).await;
    let r = b.post(link, &fields).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("toestemming opgeslagen"));
}

#[db_test]
async fn nothing_is_published_without_consent_and_withdrawing_unpublishes_at_once(t: TestDb) {
    let app = app(&t).await;
    let mut team_browser = Browser::new(&app);
    let team = propose(&mut team_browser, &proposal()).await;
    let links = consent_links(&mut team_browser, &team).await;
    let id = campaign_id(&t.db).await;
    let mut coord = coordinator(&app, &t).await;
    // No consent yet: refused with a translated message.
    let r = coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains("Nog niet iedereen gaf toestemming om het werk te laten zien."));
    // The parent's page asks the parent; without the guardian statement it is refused.
    let mut parent = Browser::new(&app);
    let page = parent.get(&links[1]).await;
    assert!(page.body.contains("Toestemming van een ouder"));
    let r = parent
        .post(
            &links[1],
            &[
                ("channel", "email"),
                ("take_part", "on"),
                ("publish_work", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains("Alleen een ouder of voogd kan toestemming geven."));
    give(&mut parent, &links[1], true, false).await;
    // One of two consented: still refused.
    let r = coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut sanne = Browser::new(&app);
    assert!(sanne.get(&links[0]).await.body.contains("Jouw toestemming"));
    give(&mut sanne, &links[0], false, true).await;
    // The consent record: date, text version, channel, each thing separately, by whom.
    let records: Vec<(String, String, String, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT given_by, text_version, channel, take_part, publish_work, publish_photos, given_at \
         FROM youth_consents ORDER BY id",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(
        (&records[0].0[..], &records[0].1[..], &records[0].2[..]),
        (
            "parent",
            kansrijk_youth::model::CONSENT_TEXT_VERSION,
            "email"
        )
    );
    assert_eq!((records[0].3, records[0].4, records[0].5), (1, 1, 0));
    assert_eq!((records[1].0.as_str(), records[1].5), ("self", 1));
    assert!(records[0].6 > now() - 60);
    // Published: on the stage with first names.
    let r = coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut visitor = Browser::new(&app);
    let stage = visitor.get(&format!("/podium/{id}")).await;
    assert_eq!(stage.status, StatusCode::OK);
    assert!(stage.body.contains("Yusuf") && stage.body.contains("Sanne"));
    // The parent withdraws with one click: off the stage at once.
    let r = parent.post(&format!("{}/intrekken", links[1]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.get(&format!("/podium/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM youth_campaigns WHERE published = 1"
        )
        .await,
        0
    );
    let api = visitor.get("/api/v1/youth/campaigns").await;
    assert_eq!(api.json().as_array().unwrap().len(), 0);
}

#[db_test]
async fn no_surname_of_anyone_under_18_appears_on_a_public_page_or_the_api(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    // The form takes first names only: a surname is refused.
    let mut with_surname = proposal();
    with_surname[5] = ("m1_name", "Sanne Verhoeven");
    b.get("/podium/meedoen").await;
    let r = b.post("/podium/meedoen", &with_surname).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The contact's e-mail holds the surname; it is sealed and never shown.
    let team = propose(&mut b, &proposal()).await;
    let links = consent_links(&mut b, &team).await;
    give(&mut b, &links[0], false, false).await;
    give(&mut b, &links[1], true, false).await;
    let id = campaign_id(&t.db).await;
    let mut coord = coordinator(&app, &t).await;
    coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    // The coordinator may see the contact (and it is audited); the public never does.
    let manage = coord.get(&format!("/beheer/podium/{id}")).await;
    assert!(manage.body.contains("sanne.verhoeven@example.nl"));
    let mut visitor = Browser::new(&app);
    let mut checked = 0;
    for path in [
        "/podium".to_string(),
        format!("/podium/{id}"),
        "/api/v1/youth/campaigns".to_string(),
        format!("/api/v1/youth/campaigns/{id}"),
        "/api/v1/openapi.json".to_string(),
    ] {
        let r = visitor.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(
            !r.body.to_lowercase().contains("verhoeven"),
            "a surname on {path}"
        );
        checked += 1;
    }
    assert_eq!(checked, 5);
    let one = visitor.get(&format!("/api/v1/youth/campaigns/{id}")).await;
    assert_eq!(one.json()["team"], serde_json::json!(["Sanne", "Yusuf"]));
    // Every stored first name is one word: nothing for a surname to hide in.
    let names: Vec<String> = sqlx::query_scalar("SELECT first_name FROM youth_members")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert!(names.iter().all(|n| !n.contains(' ')), "{names:?}");
}

/// A youth coach, certified or not; returns the id.
async fn coach(t: &TestDb, email: &str, certified: bool) -> i64 {
    let id = create_person(&t.db, email, PASSWORD, &[Role::YouthCoach]).await;
    if certified {
        demo::certify(&t.db, &[id]).await.unwrap();
    }
    id
}

#[db_test]
async fn only_a_certified_coach_is_assigned_and_sees_only_their_own_campaigns(t: TestDb) {
    let app = app(&t).await;
    let mut team_browser = Browser::new(&app);
    let team = propose(&mut team_browser, &proposal()).await;
    let id = campaign_id(&t.db).await;
    let untrained = coach(&t, "ongetraind@example.nl", false).await;
    let trained = coach(&t, "coach@example.nl", true).await;
    let other = coach(&t, "andere-coach@example.nl", true).await;
    let mut coord = coordinator(&app, &t).await;
    let path = format!("/beheer/podium/{id}/coach");
    let r = coord
        .post(&path, &[("coach", &untrained.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .body
        .contains("Deze coach heeft geen geldig certificaat jongerencoach."));
    let r = coord.post(&path, &[("coach", "999999")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coord.post(&path, &[("coach", &trained.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The other coach: 404 and an audit entry, and the campaign is not in their list.
    let mut stranger =
        Browser::logged_in(&app, "127.0.3.2:1", "andere-coach@example.nl", PASSWORD).await;
    assert!(!stranger
        .get("/podium/coach")
        .await
        .body
        .contains("Liendert laat"));
    assert_eq!(
        stranger.get(&format!("/podium/coach/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let denied: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND actor_id = $1 AND subject_type = 'youth_campaign'",
    )
    .bind(other)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(denied, 1);
    // The coach: a message, a task, a log entry, the next milestone.
    let mut c = Browser::logged_in(&app, "127.0.3.1:1", "coach@example.nl", PASSWORD).await;
    assert!(c.get("/podium/coach").await.body.contains("Liendert laat"));
    let post = format!("/podium/coach/{id}/bericht");
    let r = c.post(&post, &[("kind", "message"), ("body", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Schrijf een bericht."));
    for (kind, body) in [
        ("message", "Welkom team, wat is jullie eerste stap?"),
        ("task", "Maak drie schetsen van de poster."),
        (
            "log",
            "Eerste begeleidingsgesprek, het team is gemotiveerd.",
        ),
    ] {
        let r = c.post(&post, &[("kind", kind), ("body", body)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let r = c.post(&format!("/podium/coach/{id}/mijlpaal"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let milestone: String = sqlx::query_scalar("SELECT milestone FROM youth_campaigns")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(milestone, "plan");
    // Sealed at rest.
    let bodies: Vec<Option<String>> = sqlx::query_scalar("SELECT body_sealed FROM youth_timeline")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert!(bodies.iter().flatten().all(|b| !b.contains("Welkom")));
    // The team sees the thread and the task, not the coach log; it answers in the thread.
    let page = team_browser.get(&team).await.body;
    assert!(page.contains("Welkom team") && page.contains("Maak drie schetsen"));
    assert!(!page.contains("begeleidingsgesprek"));
    let r = team_browser
        .post(
            &format!("{team}/bericht"),
            &[("kind", "message"), ("body", "We beginnen met schetsen!")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let coach_page = c.get(&format!("/podium/coach/{id}")).await.body;
    assert!(coach_page.contains("We beginnen met schetsen!"));
    assert!(coach_page.contains("begeleidingsgesprek"));
}

async fn state(app: &TestApp) -> AppState {
    app.state.clone()
}

#[db_test]
async fn retention_deletes_the_team_data_after_the_campaign_ended(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let team = propose(&mut b, &proposal()).await;
    let links = consent_links(&mut b, &team).await;
    give(&mut b, &links[0], false, false).await;
    // A second campaign that has not ended keeps its data.
    propose(&mut b, &proposal()).await;
    let first: i64 = count(&t.db, "SELECT MIN(id) FROM youth_campaigns").await;
    let mut coord = coordinator(&app, &t).await;
    let r = coord
        .post(&format!("/beheer/podium/{first}/einde"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let days = Config::default().youth_retention_days;
    // Within the period nothing goes.
    jobs::retention(state(&app).await, Default::default())
        .await
        .unwrap();
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_members").await, 4);
    sqlx::query("UPDATE youth_campaigns SET ended_at = $1 WHERE id = $2")
        .bind(now() - (days + 1) * 86_400)
        .bind(first)
        .execute(&t.db.pool)
        .await
        .unwrap();
    jobs::retention(state(&app).await, Default::default())
        .await
        .unwrap();
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_members").await, 2);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_consents").await, 0);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM youth_campaigns WHERE contact_sealed IS NULL"
        )
        .await,
        1
    );
    // The team link no longer opens anything.
    assert_eq!(b.get(&team).await.status, StatusCode::NOT_FOUND);
}

#[db_test]
async fn a_member_who_turns_16_is_asked_for_their_own_consent(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let team = propose(&mut b, &proposal()).await;
    let links = consent_links(&mut b, &team).await;
    jobs::turns_16(state(&app).await, Default::default())
        .await
        .unwrap();
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM youth_members WHERE own_consent_asked_at IS NOT NULL"
        )
        .await,
        0
    );
    // Yusuf's birth month moves back: he is 16 now, and his link asks him, not a parent.
    sqlx::query("UPDATE youth_members SET born_month = '2009-01' WHERE born_month IS NOT NULL")
        .execute(&t.db.pool)
        .await
        .unwrap();
    jobs::turns_16(state(&app).await, Default::default())
        .await
        .unwrap();
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM youth_members WHERE own_consent_asked_at IS NOT NULL"
        )
        .await,
        1
    );
    assert!(b.get(&links[1]).await.body.contains("Jouw toestemming"));
}

#[db_test]
async fn the_demo_adds_campaigns_at_different_milestones_once(t: TestDb) {
    let app = app(&t).await;
    let coach = coach(&t, "coach@example.nl", true).await;
    let added = demo::seed(&t.db, &app.state.sealer, Some(coach))
        .await
        .unwrap();
    assert_eq!(added, 4);
    assert_eq!(
        demo::seed(&t.db, &app.state.sealer, Some(coach))
            .await
            .unwrap(),
        0
    );
    let milestones: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT milestone FROM youth_campaigns ORDER BY milestone")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(milestones.len(), 4, "{milestones:?}");
    let stage = Browser::new(&app).get("/api/v1/youth/campaigns").await;
    assert_eq!(stage.json().as_array().unwrap().len(), 2);
}
