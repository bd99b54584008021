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
    // On request the coordinator deletes the other team's data at once (audited).
    let second: i64 = count(&t.db, "SELECT MAX(id) FROM youth_campaigns").await;
    let r = coord
        .post(&format!("/beheer/podium/{second}/wissen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_members").await, 0);
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND subject_type = 'youth_campaign' AND subject_id = $1",
    )
    .bind(second.to_string())
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
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

/// A multipart upload to the team's media form.
async fn upload(
    b: &mut Browser<'_>,
    team: &str,
    fields: &[(&str, &str)],
    file: &[u8],
    filename: &str,
) -> kansrijk_kernel::testing::TestResponse {
    let boundary = "jongerengrens";
    let csrf = b.csrf().to_string();
    let mut body = Vec::new();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    for (name, value) in all {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = axum::http::Request::post(format!("{team}/media"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("sec-fetch-site", "same-origin")
        .body(axum::body::Body::from(body))
        .unwrap();
    b.send(request).await
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A PNG whose header claims `side` × `side` pixels (nothing behind it: a decompression bomb's
/// first bytes).
fn png_claiming(side: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend_from_slice(&side.to_be_bytes());
    png.extend_from_slice(&side.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    png
}

#[db_test]
async fn hostile_files_are_refused_and_stored_photos_carry_no_gps(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let team = propose(&mut b, &proposal()).await;
    b.get(&team).await;
    let photo = [
        ("kind", "photo"),
        ("description", "Het plein bij de school"),
    ];
    // A PHP file named .jpg, an SVG with a script, a zip bomb's header, 100 megapixels, a
    // bomb whose header claims 50 000 × 50 000: refused, with a message beside the field.
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00bomb.txt".to_vec();
    let hostile: [(&[u8], &str, &str); 5] = [
        (
            b"<?php system($_GET['c']); ?>",
            "foto.jpg",
            "Dit is geen foto die we kunnen gebruiken.",
        ),
        (
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "foto.svg",
            "Dit is geen foto die we kunnen gebruiken.",
        ),
        (
            &zip,
            "foto.png",
            "Dit is geen foto die we kunnen gebruiken.",
        ),
        (
            &png_claiming(10_000),
            "groot.png",
            "De foto heeft te veel pixels.",
        ),
        (
            &png_claiming(50_000),
            "bom.png",
            "De foto heeft te veel pixels.",
        ),
    ];
    for (file, name, message) in hostile {
        let r = upload(&mut b, &team, &photo, file, name).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(r.body.contains(message), "{name}: {message}");
        assert!(r.body.contains("id=\"f-file-error\""), "{name}");
    }
    // A zip as a document, a PDF with a script, a video on another site.
    let doc = [("kind", "document"), ("description", "Ons plan")];
    let r = upload(&mut b, &team, &doc, &zip, "plan.pdf").await;
    assert!(r.body.contains("Dit is geen pdf."));
    let active = b"%PDF-1.4\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n%%EOF\n";
    let r = upload(&mut b, &team, &doc, active, "plan.pdf").await;
    assert!(r.body.contains("Deze pdf bevat code die iets uitvoert."));
    let video = [
        ("kind", "video"),
        ("description", "Onze film"),
        ("url", "https://video.example/film"),
    ];
    let r = upload(&mut b, &team, &video, b"", "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Oversized: refused by the body limit before anything is read.
    let huge = vec![0u8; kansrijk_kernel::images::MAX_BYTES + 128 * 1024];
    let r = upload(&mut b, &team, &photo, &huge, "groot.jpg").await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_media").await, 0);

    // A real photo with GPS in its EXIF: stored without it, with a thumbnail.
    let with_gps = kansrijk_kernel::images::sample_photo_with_gps(1200, 800);
    assert!(contains(&with_gps, b"GPSLatitude"));
    let r = upload(&mut b, &team, &photo, &with_gps, "plein.jpg").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (bytes, thumb): (Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT bytes, thumb FROM youth_media_blobs")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    for stored in [&bytes, &thumb] {
        assert!(!contains(stored, b"GPS") && !contains(stored, b"Exif"));
        assert!(stored.starts_with(&[0xFF, 0xD8]));
    }
    assert!(thumb.len() < bytes.len());
    // WebP is decoded and re-encoded; a PDF and a video link are kept as such.
    let r = upload(
        &mut b,
        &team,
        &photo,
        &kansrijk_kernel::images::sample_webp(64, 48),
        "a.webp",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n";
    assert_eq!(
        upload(&mut b, &team, &doc, pdf, "plan.pdf").await.status,
        StatusCode::SEE_OTHER
    );
    let video = [
        ("kind", "video"),
        ("description", "Onze film"),
        ("url", "https://www.youtube.com/watch?v=abc"),
    ];
    assert_eq!(
        upload(&mut b, &team, &video, b"", "").await.status,
        StatusCode::SEE_OTHER
    );
    let kinds: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, content_type FROM youth_media ORDER BY id")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        kinds,
        [
            ("photo".into(), "image/jpeg".into()),
            ("photo".into(), "image/png".into()),
            ("document".into(), "application/pdf".into()),
            ("video".into(), "".into())
        ]
    );
    // The team sees its media; a document is a download, never sniffed, no script allowed.
    let first: i64 = count(&t.db, "SELECT MIN(id) FROM youth_media").await;
    let doc_id = first + 2;
    let served = b.get(&format!("{team}/media/{doc_id}")).await;
    assert_eq!(served.status, StatusCode::OK);
    assert!(served
        .header("content-disposition")
        .starts_with("attachment"));
    assert_eq!(served.header("x-content-type-options"), "nosniff");
    assert!(served
        .header("content-security-policy")
        .contains("default-src 'none'"));
    let small = b.get(&format!("{team}/media/{first}?formaat=klein")).await;
    assert_eq!(small.header("content-type"), "image/jpeg");
    // Not public before the campaign is published.
    let mut visitor = Browser::new(&app);
    assert_eq!(
        visitor.get(&format!("/podium/media/{first}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[db_test]
async fn a_recognisable_photo_is_public_only_with_consent_for_photos(t: TestDb) {
    let app = app(&t).await;
    let mut b = Browser::new(&app);
    let team = propose(&mut b, &proposal()).await;
    let links = consent_links(&mut b, &team).await;
    b.get(&team).await;
    let photo = kansrijk_kernel::images::sample_photo_with_gps(300, 200);
    let r = upload(
        &mut b,
        &team,
        &[
            ("kind", "photo"),
            ("description", "Het team op het plein"),
            ("recognisable", "on"),
        ],
        &photo,
        "team.jpg",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = upload(
        &mut b,
        &team,
        &[("kind", "photo"), ("description", "Een lege bank")],
        &photo,
        "bank.jpg",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Sanne consents to photos, Yusuf's parent not.
    give(&mut b, &links[0], false, true).await;
    give(&mut b, &links[1], true, false).await;
    let id = campaign_id(&t.db).await;
    let mut coord = coordinator(&app, &t).await;
    coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    let (team_photo, bench): (i64, i64) =
        sqlx::query_as("SELECT MIN(id), MAX(id) FROM youth_media")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    let mut visitor = Browser::new(&app);
    let page = visitor.get(&format!("/podium/{id}")).await.body;
    assert!(page.contains("Een lege bank") && !page.contains("Het team op het plein"));
    assert_eq!(
        visitor
            .get(&format!("/podium/media/{team_photo}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let shown = visitor.get(&format!("/podium/media/{bench}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_eq!(shown.header("content-type"), "image/jpeg");
}

/// A published campaign (both members consented); returns its id and the team page's path.
async fn published<'a>(app: &'a TestApp, t: &TestDb) -> (i64, String, Browser<'a>) {
    let mut b = Browser::new(app);
    let team = propose(&mut b, &proposal()).await;
    let links = consent_links(&mut b, &team).await;
    give(&mut b, &links[0], false, true).await;
    give(&mut b, &links[1], true, true).await;
    let id = campaign_id(&t.db).await;
    let mut coord = coordinator(app, t).await;
    let r = coord
        .post(&format!("/beheer/podium/{id}/publiceren"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    (id, team, coord)
}

async fn resident<'a>(app: &'a TestApp, t: &TestDb, n: u8) -> Browser<'a> {
    let email = format!("bewoner{n}@example.nl");
    create_person(&t.db, &email, PASSWORD, &[Role::Resident]).await;
    Browser::logged_in(app, &format!("127.0.4.{n}:1"), &email, PASSWORD).await
}

#[db_test]
async fn a_reaction_is_hidden_after_three_flags_until_the_coordinator_decides(t: TestDb) {
    let app = app(&t).await;
    let (id, _, mut coord) = published(&app, &t).await;
    let mut writer = resident(&app, &t, 1).await;
    let page = format!("/podium/{id}");
    writer.get(&page).await;
    let r = writer
        .post(&format!("{page}/reageren"), &[("body", " ")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Schrijf een reactie."));
    let r = writer
        .post(
            &format!("{page}/reageren"),
            &[("body", "Wat een mooie posters, ik herken mijn straat!")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let reaction: i64 = count(&t.db, "SELECT MAX(id) FROM youth_reactions").await;
    let flag = format!("/podium/reacties/{reaction}/melden");
    // Two flags (one person twice counts once): still shown.
    let mut flaggers = vec![];
    for n in 2..=4 {
        flaggers.push(resident(&app, &t, n).await);
    }
    for f in flaggers.iter_mut().take(2) {
        f.get(&page).await;
        assert_eq!(f.post(&flag, &[]).await.status, StatusCode::SEE_OTHER);
    }
    flaggers[0].post(&flag, &[]).await;
    let mut visitor = Browser::new(&app);
    assert!(visitor
        .get(&page)
        .await
        .body
        .contains("ik herken mijn straat"));
    // The third person's flag hides it until the coordinator decides.
    flaggers[2].get(&page).await;
    flaggers[2].post(&flag, &[("reason", "Niet aardig")]).await;
    assert!(!visitor
        .get(&page)
        .await
        .body
        .contains("ik herken mijn straat"));
    let list = coord.get("/beheer/podium/reacties").await;
    assert!(list.body.contains("ik herken mijn straat"));
    assert!(list.body.contains("3 meldingen") && list.body.contains("nu verborgen"));
    // Kept: visible again whatever the flags.
    let r = coord
        .post(
            &format!("/beheer/podium/reacties/{reaction}"),
            &[("decision", "keep")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(visitor
        .get(&page)
        .await
        .body
        .contains("ik herken mijn straat"));
}

#[db_test]
async fn the_coordinator_hides_a_reaction_with_a_reason_the_author_is_mailed(t: TestDb) {
    let app = app(&t).await;
    let (id, _, mut coord) = published(&app, &t).await;
    let mut writer = resident(&app, &t, 1).await;
    let page = format!("/podium/{id}");
    writer.get(&page).await;
    writer
        .post(
            &format!("{page}/reageren"),
            &[("body", "Dit is een nare reactie.")],
        )
        .await;
    let reaction: i64 = count(&t.db, "SELECT MAX(id) FROM youth_reactions").await;
    let mut flagger = resident(&app, &t, 2).await;
    flagger.get(&page).await;
    flagger
        .post(&format!("/podium/reacties/{reaction}/melden"), &[])
        .await;
    let list = coord.get("/beheer/podium/reacties").await;
    assert!(list.body.contains("Dit is een nare reactie."));
    let decide = format!("/beheer/podium/reacties/{reaction}");
    let r = coord.post(&decide, &[("decision", "hide")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Schrijf de reden."));
    let r = coord
        .post(
            &decide,
            &[("decision", "hide"), ("reason", "Dit kwetst de makers.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!Browser::new(&app)
        .get(&page)
        .await
        .body
        .contains("nare reactie"));
    let (to, body): (String, String) =
        sqlx::query_as("SELECT to_address, text_body FROM mail_outbox ORDER BY id DESC LIMIT 1")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(to, "bewoner1@example.nl");
    assert!(body.contains("Dit kwetst de makers."));
}

#[db_test]
async fn supports_count_once_and_reach_is_shown_to_the_team_without_cookies(t: TestDb) {
    let app = app(&t).await;
    let (id, team, _) = published(&app, &t).await;
    let page = format!("/podium/{id}");
    let mut fan = resident(&app, &t, 1).await;
    fan.get(&page).await;
    for _ in 0..2 {
        let r = fan.post(&format!("{page}/steunen"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let mut visitor = Browser::new(&app);
    let shown = visitor.get(&page).await;
    assert!(shown.body.contains("1 steunbetuiging"));
    // Anonymous support is refused (a login is needed).
    let r = visitor.post(&format!("{page}/steunen"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM youth_supports").await, 1);
    let views: i64 = count(&t.db, "SELECT CAST(SUM(views) AS BIGINT) FROM youth_views").await;
    assert_eq!(views, 2);
    let mut b = Browser::new(&app);
    let team_page = b.get(&team).await.body;
    assert!(team_page.contains("Bereik"));
    assert!(team_page.contains(&format!(
        "<td>{}</td><td>2</td><td>1</td><td>0</td>",
        demo_today()
    )));
}

fn demo_today() -> String {
    kansrijk_kernel::time::today().to_string()
}

#[db_test]
async fn a_campaign_runs_a_call_to_action_and_the_team_writes_its_own_evaluation(t: TestDb) {
    let app = app(&t).await;
    let (id, team, mut coord) = published(&app, &t).await;
    let mut b = Browser::new(&app);
    b.get(&team).await;
    let cta = format!("{team}/oproep");
    let r = b
        .post(
            &cta,
            &[("cta_text", "Doe mee"), ("cta_url", "javascript:alert(1)")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("id=\"f-cta_url-error\""));
    let r = b
        .post(
            &cta,
            &[
                ("cta_text", "Doe mee met de schilderdag"),
                ("cta_url", "/activiteiten"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let stage = Browser::new(&app).get(&format!("/podium/{id}")).await.body;
    assert!(stage.contains("href=\"/activiteiten\""));
    assert!(stage.contains("Doe mee met de schilderdag"));
    // The evaluation: sealed, for the team and the coordinator, never on the stage.
    let evaluation = format!("{team}/evaluatie");
    let r = b.post(&evaluation, &[("evaluation", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = b
        .post(
            &evaluation,
            &[(
                "evaluation",
                "De posters hingen te hoog, volgende keer lager.",
            )],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let sealed: String = sqlx::query_scalar("SELECT evaluation_sealed FROM youth_campaigns")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(!sealed.contains("posters"));
    assert!(b
        .get(&team)
        .await
        .body
        .contains("te hoog, volgende keer lager"));
    let manage = coord.get(&format!("/beheer/podium/{id}")).await.body;
    assert!(manage.contains("te hoog, volgende keer lager"));
    assert!(!Browser::new(&app)
        .get(&format!("/podium/{id}"))
        .await
        .body
        .contains("te hoog"));
}
