//! Neighbourhood agreements end to end, on SQLite and PostgreSQL: proposing (with bad input),
//! discussing and moderating, supporting once (also under 20 concurrent clicks), the threshold,
//! deciding, the versioned charter and its differences, signing with commitments, reviews,
//! the poster with its QR code, mails to followers through a real SMTP server (once, also for
//! the daily digest), and the API.

use axum::http::StatusCode;
use kansrijk_agreements::jobs::EventPayload;
use kansrijk_agreements::model::{FollowMode, NewProposal, Outcome, Status};
use kansrijk_agreements::queries::{self, Decided, Decision};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{kernel_migrations, Db};
use kansrijk_kernel::i18n::{kernel_locales, Lang};
use kansrijk_kernel::jobs::NoPayload;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{
    create_person, enable_totp, location, totp_now, Browser, MailSink, TestApp, TestDb,
};
use kansrijk_programme::model::Pillar;
use utoipa::OpenApi;

const PASSWORD: &str = "paars fietsje zingt op dinsdag";

async fn migrate(t: &TestDb) {
    t.db.migrate(&[
        kernel_migrations(),
        kansrijk_programme::migrations(),
        kansrijk_agreements::migrations(),
    ])
    .await
    .unwrap();
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    kansrijk_programme::seed::apply(&t.db, kansrijk_programme::seed::LIENDERT)
        .await
        .unwrap();
}

fn app_with(db: Db, config: Config) -> TestApp {
    TestApp::with_config(
        db,
        config,
        vec![
            kansrijk_programme::feature(),
            kansrijk_agreements::feature(),
        ],
    )
}

async fn app(t: &TestDb, config: Config) -> TestApp {
    migrate(t).await;
    app_with(t.db.clone(), config)
}

async fn resident<'a>(app: &'a TestApp, email: &str) -> (Browser<'a>, i64) {
    let id = create_person(&app.state.db, email, PASSWORD, &[Role::Resident]).await;
    let mut b = Browser::new(app);
    b.get("/inloggen").await;
    let r = b
        .post("/inloggen", &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    (b, id)
}

async fn coordinator<'a>(app: &'a TestApp, email: &str) -> (Browser<'a>, i64) {
    let id = create_person(&app.state.db, email, PASSWORD, &[Role::Coordinator]).await;
    let secret = enable_totp(&app.state.db, id).await;
    let mut b = Browser::new(app);
    b.get("/inloggen").await;
    b.post("/inloggen", &[("email", email), ("password", PASSWORD)])
        .await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert_eq!(b.get("/beheer/afspraken").await.status, StatusCode::OK);
    (b, id)
}

fn proposal_id(location: &str) -> i64 {
    location
        .trim_start_matches("/afspraken/voorstellen/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The subjects of the mails an address received. A mail job hands its mail to the sink before
/// it ends, so once `run_jobs` has returned this is all there is: no waiting to see that
/// nothing more comes.
fn received(sink: &MailSink, to: &str) -> Vec<String> {
    sink.messages()
        .into_iter()
        .filter(|m| m.to == to)
        .map(|m| m.subject)
        .collect()
}

async fn new_proposal(db: &Db, author: i64, title: &str) -> i64 {
    queries::create_proposal(
        db,
        author,
        &NewProposal {
            title: title.into(),
            explanation: "Omdat het fijn is.".into(),
            pillar: Pillar::PositiveCommunity,
            area_id: None,
            on_behalf_of: String::new(),
        },
    )
    .await
    .unwrap()
}

#[db_test]
async fn a_proposal_goes_from_idea_to_the_charter(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let (mut amina, amina_id) = resident(&app, "amina@example.nl").await;
    kansrijk_kernel::accounts::queries::set_verified_resident(&t.db, amina_id, true)
        .await
        .unwrap();

    // Bad input: empty sentence, unknown pillar, too-long explanation; the input stays.
    let form = amina.get("/afspraken/voorstellen/nieuw").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("schrijfhulp.js?v="),
        "the writing aid is linked"
    );
    let long = "Dit is een zin. ".repeat(200);
    let r = amina
        .post(
            "/afspraken/voorstellen/nieuw",
            &[("title", "  "), ("explanation", &long), ("pillar", "geluk")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("id=\"f-title-error\">Vul dit in.</p>"),
        "{}",
        r.body
    );
    assert!(r
        .body
        .contains("id=\"f-explanation-error\">Deze tekst is te lang.</p>"));
    assert!(r
        .body
        .contains("id=\"f-pillar-error\">Kies een pijler.</p>"));
    assert!(
        r.body.contains("Dit is een zin. Dit is een zin."),
        "the input is kept"
    );
    assert_eq!(queries::proposals(&t.db, &[], 10).await.unwrap().len(), 0);

    // The plain-language advice counts words and long sentences (server side too).
    let long_sentence = vec!["woord"; 25].join(" ");
    let r = amina
        .post(
            "/afspraken/voorstellen/nieuw",
            &[
                ("title", "Kort"),
                ("explanation", &long_sentence),
                ("pillar", "diversity"),
            ],
        )
        .await;
    assert!(
        r.body
            .contains("Woorden: 25 · Lange zinnen (meer dan 20 woorden): 1"),
        "{}",
        r.body
    );

    let r = amina
        .post(
            "/afspraken/voorstellen/nieuw",
            &[
                ("title", "We groeten elkaar op straat"),
                ("explanation", "Dan voelt iedereen zich welkom."),
                ("pillar", "positive_community"),
                ("on_behalf_of", "Kinderraad Liendert"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = proposal_id(location(&r));
    let page = amina.get(location(&r)).await;
    assert!(page.body.contains("Je voorstel staat online."));
    assert!(page.body.contains("namens Kinderraad Liendert"));

    // Comments: empty is refused, a reply joins the thread, editing within the window.
    let (mut henk, _) = resident(&app, "henk@example.nl").await;
    henk.get(&format!("/afspraken/voorstellen/{id}")).await;
    let r = henk
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", " ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("id=\"f-body-error\">Vul dit in.</p>"));
    let r = henk
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "Goed idee!")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let comments = queries::comments(&t.db, id).await.unwrap();
    let first = comments[0].id;
    let page = amina
        .get(&format!("/afspraken/voorstellen/{id}?antwoord={first}"))
        .await;
    assert!(page.body.contains("Reageren op henk"), "{}", page.body);
    let r = amina
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "Dank je!"), ("parent", &first.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let reply = queries::comments(&t.db, id).await.unwrap()[1].clone();
    assert_eq!(reply.parent_id, Some(first));
    henk.get(&format!("/afspraken/reacties/{first}/bewerken"))
        .await;
    let r = henk
        .post(
            &format!("/afspraken/reacties/{first}/bewerken"),
            &[("body", "Heel goed idee!")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        queries::comment(&t.db, first).await.unwrap().unwrap().body,
        "Heel goed idee!"
    );
    // Someone else's comment cannot be edited.
    assert_eq!(
        amina
            .get(&format!("/afspraken/reacties/{first}/bewerken"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // After the window: refused with a translated message, the text unchanged.
    sqlx::query("UPDATE proposal_comments SET created_at = created_at - 3600 WHERE id = $1")
        .bind(first)
        .execute(&t.db.pool)
        .await
        .unwrap();
    henk.get(&format!("/afspraken/reacties/{first}/bewerken"))
        .await;
    let r = henk
        .post(
            &format!("/afspraken/reacties/{first}/bewerken"),
            &[("body", "Te laat")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r
        .body
        .contains("Je kunt deze reactie niet meer veranderen."));
    assert_eq!(
        queries::comment(&t.db, first).await.unwrap().unwrap().body,
        "Heel goed idee!"
    );

    // Supports: a double click counts once; the threshold moves the proposal.
    queries::set_threshold(&t.db, 3).await.unwrap();
    amina.get(&format!("/afspraken/voorstellen/{id}")).await;
    for _ in 0..2 {
        let r = amina
            .post(&format!("/afspraken/voorstellen/{id}/steunen"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let page = amina
        .get(&format!("/afspraken/voorstellen/{id}?ok=already-supported"))
        .await;
    assert!(
        page.body.contains("1 steunbetuiging · 1 uit Liendert"),
        "{}",
        page.body
    );
    henk.get(&format!("/afspraken/voorstellen/{id}")).await;
    henk.post(&format!("/afspraken/voorstellen/{id}/steunen"), &[])
        .await;
    let p = queries::proposal(&t.db, id).await.unwrap().unwrap();
    assert_eq!(
        (p.supports, p.verified_supports, p.status()),
        (2, 1, Status::Discussion)
    );
    let (mut fatma, _) = resident(&app, "fatma@example.nl").await;
    fatma.get(&format!("/afspraken/voorstellen/{id}")).await;
    fatma
        .post(&format!("/afspraken/voorstellen/{id}/steunen"), &[])
        .await;
    let p = queries::proposal(&t.db, id).await.unwrap().unwrap();
    assert_eq!((p.supports, p.status()), (3, Status::ForDecision));

    // A resident cannot decide; the coordinator can, once.
    assert_eq!(
        amina
            .get(&format!("/beheer/afspraken/voorstellen/{id}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let (mut jane, _) = coordinator(&app, "jane@example.nl").await;
    jane.get(&format!("/beheer/afspraken/voorstellen/{id}"))
        .await;
    let r = jane
        .post(
            &format!("/beheer/afspraken/voorstellen/{id}"),
            &[("outcome", "adopt"), ("reason", ""), ("text_nl", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("id=\"f-reason-error\">Vul dit in.</p>"));
    assert!(r.body.contains("id=\"f-text_nl-error\">Vul dit in.</p>"));
    let r = jane
        .post(
            &format!("/beheer/afspraken/voorstellen/{id}"),
            &[
                ("outcome", "adopt"),
                ("reason", "Veel steun uit de wijk."),
                ("text_nl", "We groeten elkaar op straat."),
                ("text_ar", "نُلقي التحية على بعضنا في الشارع."),
            ],
        )
        .await;
    assert_eq!(location(&r), "/beheer/afspraken?ok=decided", "{}", r.body);
    let r = jane
        .post(
            &format!("/beheer/afspraken/voorstellen/{id}"),
            &[("outcome", "decline"), ("reason", "Nog een keer")],
        )
        .await;
    assert!(r.body.contains("Over dit voorstel is al beslist."));

    // The charter shows it, in Arabic too, with a first version; no more supports.
    let charter = app.get("/afspraken").await;
    assert!(charter.body.contains("We groeten elkaar op straat."));
    assert!(charter.body.contains("Versie 1"));
    let ar = app.get("/afspraken?lang=ar").await;
    assert!(ar.body.contains("نُلقي التحية على بعضنا في الشارع."));
    let version = app.get("/afspraken/versies/1").await;
    assert!(
        version.body.contains("agr-change--added"),
        "{}",
        version.body
    );
    let proposal = app.get(&format!("/afspraken/voorstellen/{id}")).await;
    assert!(proposal.body.contains("Veel steun uit de wijk."));
    assert!(
        !proposal.body.contains("/steunen\""),
        "no support button after the decision"
    );

    // A new wording makes version 2 with the difference.
    let agreement = queries::agreements(&t.db, Lang::Nl).await.unwrap()[0].id;
    jane.get(&format!("/beheer/afspraken/{agreement}")).await;
    let r = jane
        .post(
            &format!("/beheer/afspraken/{agreement}"),
            &[
                ("text_nl", "We groeten elkaar op straat en in de winkel."),
                ("summary", "Winkel toegevoegd na de buurtavond."),
            ],
        )
        .await;
    assert_eq!(location(&r), "/beheer/afspraken?ok=texts");
    let v2 = app.get("/afspraken/versies/2").await;
    assert!(v2.body.contains("agr-change--changed"));
    assert!(v2.body.contains("<del>We groeten elkaar op straat.</del>"));
    assert!(v2
        .body
        .contains("<ins>We groeten elkaar op straat en in de winkel.</ins>"));
    // The Arabic text was left empty this time: Arabic readers now see Dutch, marked as such.
    let ar = app.get("/afspraken?lang=ar").await;
    assert!(ar
        .body
        .contains("<li lang=\"nl\" dir=\"ltr\">We groeten elkaar op straat en in de winkel.</li>"));
    // Old versions stay as they were.
    assert!(app
        .get("/afspraken/versies/1")
        .await
        .body
        .contains("We groeten elkaar op straat.</li>"));
    assert_eq!(
        app.get("/afspraken/versies/9").await.status,
        StatusCode::NOT_FOUND
    );
}

#[db_test]
async fn moderation_hides_a_comment_and_the_author_is_told_why(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let (mut piotr, piotr_id) = resident(&app, "piotr@example.nl").await;
    let (mut sanne, _) = resident(&app, "sanne@example.nl").await;
    let id = new_proposal(&t.db, piotr_id, "We ruimen samen op").await;
    piotr.get(&format!("/afspraken/voorstellen/{id}")).await;
    piotr
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "Nummer 12 is altijd de schuldige.")],
        )
        .await;
    let cid = queries::comments(&t.db, id).await.unwrap()[0].id;
    sanne.get(&format!("/afspraken/voorstellen/{id}")).await;
    let r = sanne
        .post(
            &format!("/afspraken/reacties/{cid}/melden"),
            &[("reason", "Wijst buren aan")],
        )
        .await;
    assert!(location(&r).contains("ok=flagged"));
    let r = sanne
        .post(&format!("/afspraken/reacties/{cid}/melden"), &[])
        .await;
    assert!(
        location(&r).contains("ok=already-flagged"),
        "a second flag counts once"
    );
    assert_eq!(
        queries::comment(&t.db, cid).await.unwrap().unwrap().flags,
        1
    );
    // Residents cannot hide.
    assert_eq!(
        sanne
            .post(
                &format!("/beheer/afspraken/reacties/{cid}/verbergen"),
                &[("reason", "x")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let (mut jane, _) = coordinator(&app, "jane@example.nl").await;
    let overview = jane.get("/beheer/afspraken").await;
    assert!(overview.body.contains("Nummer 12 is altijd de schuldige."));
    assert!(overview.body.contains("Wijst buren aan"));
    let r = jane
        .post(
            &format!("/beheer/afspraken/reacties/{cid}/verbergen"),
            &[("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("id=\"f-reason-error\">Vul dit in.</p>"),
        "{}",
        r.body
    );
    let r = jane
        .post(
            &format!("/beheer/afspraken/reacties/{cid}/verbergen"),
            &[("reason", "Dit wijst buren aan.")],
        )
        .await;
    assert_eq!(location(&r), "/beheer/afspraken?ok=hidden");
    // Everyone sees why; the text is gone from the page but kept in the database. The audit
    // log records ids and lengths, never the text.
    let page = app.get(&format!("/afspraken/voorstellen/{id}")).await;
    assert!(page
        .body
        .contains("Verborgen door de moderator: Dit wijst buren aan."));
    assert!(!page.body.contains("Nummer 12 is altijd de schuldige."));
    assert_eq!(
        queries::comment(&t.db, cid).await.unwrap().unwrap().body,
        "Nummer 12 is altijd de schuldige."
    );
    let audit: String =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE subject_type = 'proposal_comment'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!(
        !audit.contains("Nummer 12") && !audit.contains("buren aan"),
        "{audit}"
    );
    assert!(audit.contains("comment 33 characters"), "{audit}");
    // The author cannot edit it any more, and gets one mail with the reason.
    assert!(!queries::edit_comment(&t.db, cid, piotr_id, "Sorry")
        .await
        .unwrap());
    app.run_jobs().await;
    let mails = sink.wait_for("piotr@example.nl").await;
    let hidden: Vec<_> = mails
        .iter()
        .filter(|m| m.subject == "Je reactie is verborgen")
        .collect();
    assert_eq!(hidden.len(), 1, "{mails:?}");
    assert!(hidden[0].text.contains("Dit wijst buren aan."));
    // Hiding twice changes nothing and mails nobody again.
    jane.post(
        &format!("/beheer/afspraken/reacties/{cid}/verbergen"),
        &[("reason", "Nog eens")],
    )
    .await;
    app.run_jobs().await;
    let again = received(&sink, "piotr@example.nl")
        .into_iter()
        .filter(|s| s == "Je reactie is verborgen")
        .count();
    assert_eq!(again, 1);
}

#[db_test]
async fn twenty_concurrent_supports_count_once_per_person(t: TestDb) {
    let app = app(&t, Config::default()).await;
    queries::set_threshold(&t.db, 15).await.unwrap();
    let author = create_person(&t.db, "author@example.nl", PASSWORD, &[Role::Resident]).await;
    let id = new_proposal(&t.db, author, "We helpen elkaar met boodschappen").await;
    // One person, twenty clicks at once.
    let mut handles = vec![];
    for _ in 0..20 {
        let db = t.db.clone();
        handles.push(tokio::spawn(async move {
            queries::support(&db, id, author, false).await
        }));
    }
    let mut added = 0;
    for h in handles {
        if h.await.unwrap().unwrap().added {
            added += 1;
        }
    }
    assert_eq!(added, 1);
    // Twenty people at once: twenty supports; the threshold (15) is crossed exactly once.
    let mut people = vec![];
    for n in 0..20 {
        people.push(
            kansrijk_kernel::accounts::queries::create_user(
                &t.db,
                &kansrijk_kernel::accounts::queries::NewUser {
                    email: &format!("p{n}@example.nl"),
                    name: "p",
                    lang: "nl",
                    status: kansrijk_kernel::accounts::model::UserStatus::Active,
                    organisation_id: None,
                    password_hash: None,
                },
            )
            .await
            .unwrap(),
        );
    }
    let mut handles = vec![];
    for p in people {
        let db = t.db.clone();
        handles.push(tokio::spawn(async move {
            queries::support(&db, id, p, true).await
        }));
    }
    let mut moved = 0;
    for h in handles {
        if h.await.unwrap().unwrap().moved_to_decision {
            moved += 1;
        }
    }
    assert_eq!(moved, 1);
    let p = queries::proposal(&t.db, id).await.unwrap().unwrap();
    assert_eq!(
        (p.supports, p.verified_supports, p.status()),
        (21, 20, Status::ForDecision)
    );
    let events: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_events WHERE proposal_id = $1 AND kind = 'status'",
    )
    .bind(id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(events, 1);

    // Through HTTP too: twenty POSTs from one session at the same moment (a double click
    // in many tabs) add one support.
    let uid = create_person(&t.db, "klik@example.nl", PASSWORD, &[Role::Resident]).await;
    let token = kansrijk_kernel::accounts::session::create(&t.db, uid, true, 3600)
        .await
        .unwrap();
    let secret = app.state.secret().await.unwrap();
    let csrf = kansrijk_kernel::web::forms::csrf_token(
        secret,
        &kansrijk_kernel::web::forms::CsrfBinding(kansrijk_kernel::crypto::sha256_hex(&token)),
    );
    let app = std::sync::Arc::new(app);
    let mut handles = vec![];
    for n in 0..20 {
        let app = app.clone();
        let (token, csrf) = (token.clone(), csrf.clone());
        handles.push(tokio::spawn(async move {
            let mut request =
                axum::http::Request::post(format!("/afspraken/voorstellen/{id}/steunen"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("sec-fetch-site", "same-origin")
                    .header("cookie", format!("kr_session={token}"))
                    .body(axum::body::Body::from(format!("csrf={csrf}")))
                    .unwrap();
            let ip: std::net::SocketAddr = format!("127.0.0.{}:1", n + 1).parse().unwrap();
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(ip));
            let r = app.request(request).await;
            (r.status, r.header("location").to_string())
        }));
    }
    let mut supported = 0;
    for h in handles {
        let (status, location) = h.await.unwrap();
        assert_eq!(status, StatusCode::SEE_OTHER);
        if location.ends_with("ok=supported") {
            supported += 1;
        } else {
            assert!(location.ends_with("ok=already-supported"), "{location}");
        }
    }
    assert_eq!(supported, 1);
    assert!(queries::has_supported(&t.db, id, uid).await.unwrap());
    assert_eq!(
        queries::proposal(&t.db, id)
            .await
            .unwrap()
            .unwrap()
            .supports,
        22
    );
}

#[db_test]
async fn followers_get_each_change_once_or_a_daily_digest(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let (mut author, author_id) = resident(&app, "auteur@example.nl").await;
    let (mut daily, daily_id) = resident(&app, "dagelijks@example.nl").await;
    let id = new_proposal(&t.db, author_id, "We delen gereedschap").await;
    daily.get(&format!("/afspraken/voorstellen/{id}")).await;
    let r = daily
        .post(
            &format!("/afspraken/voorstellen/{id}/volgen"),
            &[("mode", "daily")],
        )
        .await;
    assert!(location(&r).ends_with("ok=following"));
    assert_eq!(
        queries::follow_mode(&t.db, id, daily_id).await.unwrap(),
        Some(FollowMode::Daily)
    );
    let r = daily
        .post(
            &format!("/afspraken/voorstellen/{id}/volgen"),
            &[("mode", "hourly")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Two replies by the daily follower and a decision: the author (instant) gets three mails.
    daily
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "Ik heb een boormachine.")],
        )
        .await;
    daily
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "En een ladder.")],
        )
        .await;
    // The author's own comment does not mail the author.
    author.get(&format!("/afspraken/voorstellen/{id}")).await;
    author
        .post(
            &format!("/afspraken/voorstellen/{id}/reageren"),
            &[("body", "Top!")],
        )
        .await;
    let jane = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let decided = queries::decide(
        &t.db,
        id,
        &Decision {
            outcome: Outcome::Decline,
            reason: "Past beter in de buurtapp.",
            by: jane,
            texts: &[],
            merge_into: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(decided, Decided::Done(None));
    app.run_jobs().await;
    app.run_jobs().await;
    sink.wait_for("auteur@example.nl").await;
    assert_eq!(received(&sink, "auteur@example.nl").len(), 3);
    let to_author: Vec<_> = sink
        .messages()
        .into_iter()
        .filter(|m| m.to == "auteur@example.nl")
        .collect();
    assert!(to_author
        .iter()
        .any(|m| m.text.contains("De status is nu: Niet aangenomen")));
    // Re-running the event jobs sends nothing twice.
    for e in sqlx::query_scalar::<_, i64>("SELECT id FROM proposal_events")
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
    {
        kansrijk_agreements::jobs::event_job(app.state.clone(), EventPayload { event_id: e })
            .await
            .unwrap();
    }
    // The daily follower: one digest with the decision and the author's reply (not their own).
    kansrijk_agreements::jobs::digest_job(app.state.clone(), NoPayload {})
        .await
        .unwrap();
    kansrijk_agreements::jobs::digest_job(app.state.clone(), NoPayload {})
        .await
        .unwrap();
    app.run_jobs().await;
    sink.wait_for("dagelijks@example.nl").await;
    let digest = received(&sink, "dagelijks@example.nl");
    assert_eq!(digest.len(), 1, "{digest:?}");
    assert!(digest[0].contains("2 berichten"), "{}", digest[0]);
    assert_eq!(received(&sink, "auteur@example.nl").len(), 3);
    // Stop following.
    let r = daily
        .post(
            &format!("/afspraken/voorstellen/{id}/volgen"),
            &[("mode", "stop")],
        )
        .await;
    assert!(location(&r).ends_with("ok=unfollowed"));
    assert_eq!(
        queries::follow_mode(&t.db, id, daily_id).await.unwrap(),
        None
    );
}

#[db_test]
async fn partners_sign_with_commitments_and_agreements_are_reviewed(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let org = kansrijk_kernel::accounts::queries::create_organisation(
        &t.db,
        "Basisschool De Horst",
        "school",
    )
    .await
    .unwrap();
    let teacher = create_person(&t.db, "juf@example.nl", PASSWORD, &[]).await;
    kansrijk_kernel::accounts::queries::assign_role(
        &t.db,
        teacher,
        Role::Professional,
        Some(org),
        None,
        None,
    )
    .await
    .unwrap();
    let mut b = Browser::new(&app);
    b.get("/inloggen").await;
    b.post(
        "/inloggen",
        &[("email", "juf@example.nl"), ("password", PASSWORD)],
    )
    .await;
    // Nothing to sign before the first version.
    b.get("/afspraken/ondertekenen").await;
    let r = b
        .post("/afspraken/ondertekenen", &[("commitment", "We doen mee.")])
        .await;
    assert!(r
        .body
        .contains("Er zijn nog geen afspraken om te ondertekenen."));
    let a = queries::add_agreement(
        &t.db,
        Pillar::Diversity,
        &[(Lang::Nl, "Iedereen hoort erbij.".into())],
        kansrijk_kernel::db::now() - 400 * 86_400,
    )
    .await
    .unwrap();
    queries::snapshot(&t.db, "Eerste versie").await.unwrap();
    let page = b.get("/afspraken/ondertekenen").await;
    assert!(
        page.body
            .contains("Je ondertekent namens Basisschool De Horst."),
        "{}",
        page.body
    );
    let r = b
        .post("/afspraken/ondertekenen", &[("commitment", "")])
        .await;
    assert!(r.body.contains("id=\"f-commitment-error\">Vul dit in.</p>"));
    let r = b
        .post(
            "/afspraken/ondertekenen",
            &[(
                "commitment",
                "Onze leerkrachten volgen de training vóór de zomer.",
            )],
        )
        .await;
    assert_eq!(location(&r), "/afspraken?ok=signed#partners");
    b.post(
        "/afspraken/ondertekenen",
        &[("commitment", "Elke klas hangt de poster op.")],
    )
    .await;
    assert_eq!(
        queries::signatures(&t.db).await.unwrap().len(),
        1,
        "one signature per organisation"
    );
    let charter = app.get("/afspraken").await;
    assert!(charter.body.contains("Basisschool De Horst"));
    assert!(charter
        .body
        .contains("Onze leerkrachten volgen de training vóór de zomer."));
    assert!(charter.body.contains("Nog niet nagekeken"));
    // A resident may not sign; a professional without organisation is told why.
    let (mut res, _) = resident(&app, "res@example.nl").await;
    assert_eq!(
        res.get("/afspraken/ondertekenen").await.status,
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
    assert!(pro
        .get("/afspraken/ondertekenen")
        .await
        .body
        .contains("Je hoort (nog) niet bij een organisatie."));

    // The review is due (adopted 400 days ago): the coordinator is reminded once.
    let (mut jane, _) = coordinator(&app, "jane@example.nl").await;
    kansrijk_agreements::jobs::reviews_job(app.state.clone(), NoPayload {})
        .await
        .unwrap();
    kansrijk_agreements::jobs::reviews_job(app.state.clone(), NoPayload {})
        .await
        .unwrap();
    app.run_jobs().await;
    app.run_jobs().await;
    let mails = sink.wait_for("jane@example.nl").await;
    assert_eq!(received(&sink, "jane@example.nl").len(), 1, "{mails:?}");
    assert!(jane
        .get("/beheer/afspraken")
        .await
        .body
        .contains("Iedereen hoort erbij."));
    jane.get(&format!("/beheer/afspraken/{a}")).await;
    let r = jane
        .post(&format!("/beheer/afspraken/{a}/evaluatie"), &[("note", "")])
        .await;
    assert!(r.body.contains("Kies of de afspraak nog leeft."));
    let r = jane
        .post(
            &format!("/beheer/afspraken/{a}/evaluatie"),
            &[
                ("outcome", "lives"),
                ("note", "Besproken op de buurtavond."),
            ],
        )
        .await;
    assert_eq!(location(&r), "/beheer/afspraken?ok=reviewed");
    let due = queries::agreement(&t.db, a, Lang::Nl)
        .await
        .unwrap()
        .unwrap()
        .review_due;
    assert!(due > kansrijk_kernel::db::now() + 360 * 86_400);
    // Commitments are marked as reviewed.
    let c = queries::commitments(&t.db).await.unwrap()[0].id;
    jane.get("/beheer/afspraken").await;
    let r = jane
        .post(
            &format!("/beheer/afspraken/toezeggingen/{c}"),
            &[("note", "Tien van de twaalf gedaan.")],
        )
        .await;
    assert_eq!(location(&r), "/beheer/afspraken?ok=commitment-reviewed");
    assert!(app
        .get("/afspraken")
        .await
        .body
        .contains("Tien van de twaalf gedaan."));
    // Retiring makes a new version without the agreement.
    jane.get(&format!("/beheer/afspraken/{a}")).await;
    jane.post(
        &format!("/beheer/afspraken/{a}/evaluatie"),
        &[
            ("outcome", "retire"),
            ("note", "Opgegaan in een andere afspraak."),
        ],
    )
    .await;
    let v2 = app.get("/afspraken/versies/2").await;
    assert!(v2.body.contains("agr-change--removed"));
    assert!(!app
        .get("/afspraken")
        .await
        .body
        .contains("Iedereen hoort erbij."));
    // The threshold: bad input is refused, a good one saved.
    let r = jane
        .post("/beheer/afspraken", &[("threshold", "nul")])
        .await;
    assert!(r
        .body
        .contains("id=\"f-threshold-error\">Vul een heel getal in van 1 of meer.</p>"));
    jane.post("/beheer/afspraken", &[("threshold", "12")]).await;
    assert_eq!(queries::threshold(&t.db).await.unwrap(), 12);
}

#[db_test]
async fn the_poster_and_the_api(t: TestDb) {
    let app = app(&t, Config::default()).await;
    kansrijk_agreements::demo::seed(&t.db).await.unwrap();
    kansrijk_agreements::demo::seed(&t.db).await.unwrap();
    assert_eq!(
        queries::versions(&t.db).await.unwrap().len(),
        2,
        "the demo runs once"
    );
    for lang in ["nl", "ar"] {
        let poster = app
            .get(&format!("/afspraken/poster?formaat=a3&lang={lang}"))
            .await;
        assert_eq!(poster.status, StatusCode::OK);
        assert!(poster.body.contains("agr-poster--a3"));
        assert!(poster.body.contains("<svg"), "a QR code");
        assert!(poster.body.contains(&format!("/afspraken?lang={lang}")));
        assert!(poster.body.contains(&format!("lang=\"{lang}\"")));
    }
    assert!(app
        .get("/afspraken/poster?lang=ar")
        .await
        .body
        .contains("dir=\"rtl\""));
    let css = app.get("/afspraken/poster.css").await;
    assert!(css.body.contains("@page a3"));
    assert!(css.header("content-type").starts_with("text/css"));
    let js = app.get("/afspraken/schrijfhulp.js").await;
    assert!(js.header("content-type").starts_with("text/javascript"));

    let charter = app.get("/api/v1/charter?lang=tr").await.json();
    assert_eq!(charter["version"]["number"], 2);
    assert_eq!(charter["agreements"].as_array().unwrap().len(), 12);
    assert_eq!(charter["agreements"][0]["language"], "tr");
    assert_eq!(charter["signatures"].as_array().unwrap().len(), 5);
    let v = app.get("/api/v1/charter/versions/2").await.json();
    assert_eq!(v["changes"].as_array().unwrap().len(), 1);
    assert_eq!(v["changes"][0]["change"], "added");
    assert_eq!(
        app.get("/api/v1/charter/versions")
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        app.get("/api/v1/charter/versions/99").await.status,
        StatusCode::NOT_FOUND
    );
    let proposals = app.get("/api/v1/proposals").await.json();
    let list = proposals.as_array().unwrap();
    assert_eq!(list.len(), 5);
    assert!(list
        .iter()
        .any(|p| p["status"] == "for_decision" && p["on_behalf_of"] == "Kinderraad Liendert"));
    assert!(
        list.iter().all(|p| p.get("author").is_none()),
        "authors are not published"
    );
    let one = list[0]["id"].as_i64().unwrap();
    assert_eq!(
        app.get(&format!("/api/v1/proposals/{one}")).await.json()["id"],
        one
    );
    assert_eq!(
        app.get("/api/v1/proposals/x").await.status,
        StatusCode::NOT_FOUND
    );
    // The demo: a hidden comment shows its reason; the flagged one waits for the moderator.
    assert_eq!(queries::flagged_comments(&t.db).await.unwrap().len(), 1);
    let doc = kansrijk_agreements::api::AgreementsApi::openapi();
    for path in [
        "/api/v1/charter",
        "/api/v1/charter/versions",
        "/api/v1/charter/versions/{number}",
        "/api/v1/proposals",
        "/api/v1/proposals/{id}",
    ] {
        assert!(doc.paths.paths.contains_key(path), "{path}");
    }
    // Every page in every language renders.
    for lang in ["nl", "en", "tr", "ar", "pl"] {
        for path in [
            "/afspraken",
            "/afspraken/versies",
            "/afspraken/versies/1",
            "/afspraken/voorstellen",
            &format!("/afspraken/voorstellen/{one}"),
        ] {
            let r = app.get(&format!("{path}?lang={lang}")).await;
            assert_eq!(r.status, StatusCode::OK, "{path} {lang}");
        }
    }
}

/// Status labels are built in code, so the template scan of the app's tests cannot see them.
#[test]
fn every_status_has_a_label_in_every_language() {
    let i18n = kansrijk_kernel::i18n::I18n::new(&[
        kernel_locales(),
        kansrijk_programme::locales(),
        kansrijk_agreements::locales(),
    ])
    .unwrap();
    for lang in Lang::ALL {
        for s in kansrijk_agreements::model::Status::ALL {
            assert!(i18n.has(lang, &s.label_key()));
        }
    }
}

#[db_test]
async fn merging_changes_an_agreement_and_declining_keeps_the_charter(t: TestDb) {
    migrate(&t).await;
    let author = create_person(&t.db, "a@example.nl", PASSWORD, &[Role::Resident]).await;
    let jane = create_person(&t.db, "jane@example.nl", PASSWORD, &[Role::Coordinator]).await;
    let a = queries::add_agreement(
        &t.db,
        Pillar::ConflictMediation,
        &[
            (Lang::Nl, "We luisteren.".into()),
            (Lang::En, "We listen.".into()),
        ],
        kansrijk_kernel::db::now(),
    )
    .await
    .unwrap();
    queries::snapshot(&t.db, "Eerste versie").await.unwrap();
    let decide = |outcome, merge_into, texts: Vec<(Lang, String)>| {
        let db = t.db.clone();
        async move {
            let id = new_proposal(&db, author, "We laten elkaar uitpraten").await;
            let d = queries::decide(
                &db,
                id,
                &Decision {
                    outcome,
                    reason: "Past bij een bestaande afspraak.",
                    by: jane,
                    texts: &texts,
                    merge_into,
                },
            )
            .await
            .unwrap();
            (id, d)
        }
    };
    // Merging into an agreement that does not exist is refused, and nothing changes.
    let (id, d) = decide(Outcome::Merge, Some(999), vec![]).await;
    assert_eq!(d, Decided::UnknownAgreement);
    assert_eq!(
        queries::proposal(&t.db, id)
            .await
            .unwrap()
            .unwrap()
            .status(),
        Status::Discussion
    );
    // Merging without a new text: no new version.
    let (id, d) = decide(Outcome::Merge, Some(a), vec![]).await;
    assert_eq!(d, Decided::Done(None));
    let p = queries::proposal(&t.db, id).await.unwrap().unwrap();
    assert_eq!((p.status(), p.agreement_id), (Status::Merged, Some(a)));
    // Merging with a new Dutch text: version 2 shows the change; the English text stays.
    let (_, d) = decide(
        Outcome::Merge,
        Some(a),
        vec![(Lang::Nl, "We luisteren en laten elkaar uitpraten.".into())],
    )
    .await;
    assert_eq!(d, Decided::Done(Some(2)));
    let changes = queries::version_changes(&t.db, 2, Lang::Nl).await.unwrap();
    assert_eq!(changes.len(), 1);
    assert!(
        matches!(&changes[0], kansrijk_agreements::model::Change::Changed { after, .. } if after == "We luisteren en laten elkaar uitpraten.")
    );
    assert!(queries::version_changes(&t.db, 2, Lang::En)
        .await
        .unwrap()
        .is_empty());
    // Declining: no version, no agreement.
    let (id, d) = decide(Outcome::Decline, None, vec![]).await;
    assert_eq!(d, Decided::Done(None));
    assert_eq!(
        queries::proposal(&t.db, id)
            .await
            .unwrap()
            .unwrap()
            .agreement_id,
        None
    );
    assert_eq!(queries::versions(&t.db).await.unwrap().len(), 2);
    assert_eq!(queries::agreements(&t.db, Lang::Nl).await.unwrap().len(), 1);
    // A decided proposal takes no more supports.
    let s = queries::support(&t.db, id, author, false).await.unwrap();
    assert!(!s.added);
}

#[db_test]
async fn above_200_buurten_a_proposal_is_about_a_buurt_of_the_own_municipality(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let (mut amina, amina_id) = resident(&app, "amina.buurt@example.nl").await;
    kansrijk_kernel::accounts::queries::set_verified_resident(&t.db, amina_id, true)
        .await
        .unwrap();
    let small = amina.get("/afspraken/voorstellen/nieuw").await.body;
    assert!(small.contains("Zangvogelbuurt"));
    kansrijk_kernel::areas::import_geojson(
        &t.db,
        &kansrijk_kernel::testing::municipality_geojson("GM9999", "Testgemeente", 200),
    )
    .await
    .unwrap();
    let national = amina.get("/afspraken/voorstellen/nieuw").await.body;
    assert!(
        national.contains("Zangvogelbuurt"),
        "Amersfoort's buurten stay"
    );
    assert!(
        !national.contains("Testgemeente buurt"),
        "no buurten of other municipalities"
    );
}

// ---- public names, abuse limits, pages of comments --------------------------------------

async fn rename(db: &Db, id: i64, name: &str) {
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
}

#[db_test]
async fn public_pages_show_the_chosen_name_or_first_name_and_initial(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let (mut fatima, fatima_id) = resident(&app, "fatima@example.nl").await;
    rename(&t.db, fatima_id, "Fatima El Amrani").await;
    let (mut henk, henk_id) = resident(&app, "henk@example.nl").await;
    rename(&t.db, henk_id, "Henk de Vries").await;
    let id = new_proposal(&t.db, fatima_id, "Samen de stoep vegen").await;
    henk.get(&format!("/afspraken/voorstellen/{id}")).await;
    henk.post(
        &format!("/afspraken/voorstellen/{id}/reageren"),
        &[("body", "Ik help mee.")],
    )
    .await;
    let cid = queries::comments(&t.db, id).await.unwrap()[0].id;

    let page = app.get(&format!("/afspraken/voorstellen/{id}")).await;
    assert!(
        page.body.contains("Voorgesteld door Fatima E."),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("<strong><bdi>Henk de V.</bdi></strong>"),
        "{}",
        page.body
    );
    let reply = fatima
        .get(&format!("/afspraken/voorstellen/{id}?antwoord={cid}"))
        .await;
    assert!(
        reply.body.contains("Reageren op Henk de V."),
        "{}",
        reply.body
    );
    // (Fatima's own full name is in her page header: only she sees it.)
    assert!(!reply.body.contains("Henk de Vries"));
    let api = app.get(&format!("/api/v1/proposals/{id}")).await;
    let list = app.get("/api/v1/proposals").await;
    let overview = app.get("/afspraken/voorstellen").await;
    for (n, body) in [&page.body, &api.body, &list.body, &overview.body]
        .iter()
        .enumerate()
    {
        for full in ["Amrani", "Vries"] {
            if let Some(at) = body.find(full) {
                panic!(
                    "page {n} shows {full}: …{}…",
                    &body[at.saturating_sub(300)..at + 20]
                );
            }
        }
    }

    // A chosen name replaces the default everywhere at once.
    fatima.get("/account").await;
    let r = fatima
        .post("/account", &[("display_name", "Fatima uit Liendert")])
        .await;
    assert_eq!(location(&r), "/account?opgeslagen=1");
    let page = app.get(&format!("/afspraken/voorstellen/{id}")).await;
    assert!(
        page.body.contains("Voorgesteld door Fatima uit Liendert"),
        "{}",
        page.body
    );

    // Management keeps the full name (the moderator must know who wrote it).
    let (mut jane, _) = coordinator(&app, "jane@example.nl").await;
    fatima.get(&format!("/afspraken/voorstellen/{id}")).await;
    fatima
        .post(&format!("/afspraken/reacties/{cid}/melden"), &[])
        .await;
    let manage = jane.get("/beheer/afspraken").await;
    assert!(
        manage.body.contains("<strong>Henk de Vries</strong>"),
        "{}",
        manage.body
    );
    assert!(
        manage
            .body
            .contains(&format!("?reactie={cid}#reactie-{cid}")),
        "the link finds the comment's page"
    );
}

#[db_test]
async fn the_demo_shows_first_names_and_initials(t: TestDb) {
    let app = app(&t, Config::default()).await;
    kansrijk_agreements::demo::seed(&t.db).await.unwrap();
    let mut shown = String::new();
    for p in queries::proposals(&t.db, &[], 100).await.unwrap() {
        let page = app.get(&format!("/afspraken/voorstellen/{}", p.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        shown.push_str(&page.body);
    }
    for full in [
        "Bakkali",
        "de Vries",
        "Yılmaz",
        "Kowalski",
        "Jansen",
        "El Idrissi",
        "Marja Tol",
        "Verbeek",
    ] {
        assert!(!shown.contains(full), "{full} is on a public page");
    }
    assert!(shown.contains("Henk de V."), "the default form is shown");
    assert!(shown.contains("Fatma Y."));
}

/// Posts a valid proposal; returns the status.
async fn propose(b: &mut Browser<'_>, title: &str) -> StatusCode {
    b.get("/afspraken/voorstellen/nieuw").await;
    let r = b
        .post(
            "/afspraken/voorstellen/nieuw",
            &[
                ("title", title),
                ("explanation", "Omdat het fijn is."),
                ("pillar", "diversity"),
            ],
        )
        .await;
    r.status
}

#[db_test]
async fn proposing_is_limited_per_account_and_per_address(t: TestDb) {
    use kansrijk_agreements::model::{PROPOSALS_PER_DAY, PROPOSALS_PER_DAY_PER_ADDRESS};
    let app = app(&t, Config::default()).await;
    let (mut amina, _) = resident(&app, "amina@example.nl").await;
    for n in 0..PROPOSALS_PER_DAY {
        assert_eq!(
            propose(&mut amina, &format!("Voorstel nummer {n}")).await,
            StatusCode::SEE_OTHER
        );
    }
    amina.get("/afspraken/voorstellen/nieuw").await;
    let r = amina
        .post(
            "/afspraken/voorstellen/nieuw",
            &[
                ("title", "Nog een voorstel"),
                ("explanation", "Mijn uitleg blijft staan."),
                ("pillar", "diversity"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        r.body
            .contains("Je hebt vandaag al veel voorstellen gedaan."),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("value=\"Nog een voorstel\""),
        "the input is kept"
    );
    assert!(r.body.contains("Mijn uitleg blijft staan."));
    // Bad input does not use up the limit, and is still answered with its errors.
    let bad = amina
        .post(
            "/afspraken/voorstellen/nieuw",
            &[("title", ""), ("pillar", "diversity")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    let count = |t: &TestDb| {
        let db = t.db.clone();
        async move { queries::proposals(&db, &[], 1000).await.unwrap().len() as i64 }
    };
    assert_eq!(count(&t).await, PROPOSALS_PER_DAY);

    // Others at the same address go on until the address's limit.
    let mut n = PROPOSALS_PER_DAY;
    let mut others = 0;
    while n < PROPOSALS_PER_DAY_PER_ADDRESS {
        let (mut b, _) = resident(&app, &format!("buur{others}@example.nl")).await;
        others += 1;
        for _ in 0..PROPOSALS_PER_DAY.min(PROPOSALS_PER_DAY_PER_ADDRESS - n) {
            assert_eq!(
                propose(&mut b, &format!("Voorstel nummer {n}")).await,
                StatusCode::SEE_OTHER
            );
            n += 1;
        }
    }
    let (mut late, _) = resident(&app, "laat@example.nl").await;
    assert_eq!(
        propose(&mut late, "Voorstel van het adres te veel").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // …but the same person from another address is fine.
    late.ip = "198.51.100.7:40000".parse().unwrap();
    assert_eq!(
        propose(&mut late, "Voorstel van een ander adres").await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(count(&t).await, PROPOSALS_PER_DAY_PER_ADDRESS + 1);
}

#[db_test]
async fn commenting_and_flagging_are_limited(t: TestDb) {
    use kansrijk_agreements::model::{COMMENTS_PER_HOUR, FLAGS_PER_HOUR};
    let app = app(&t, Config::default()).await;
    let (mut henk, henk_id) = resident(&app, "henk@example.nl").await;
    let id = new_proposal(&t.db, henk_id, "We ruimen samen op").await;
    let path = format!("/afspraken/voorstellen/{id}");
    henk.get(&path).await;
    for n in 0..COMMENTS_PER_HOUR {
        let r = henk
            .post(
                &format!("{path}/reageren"),
                &[("body", &format!("Reactie {n}"))],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let r = henk
        .post(
            &format!("{path}/reageren"),
            &[("body", "Deze tekst blijft staan")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        r.body
            .contains("id=\"f-body-error\">Je hebt in korte tijd veel reacties geplaatst."),
        "{}",
        r.body
    );
    assert!(
        r.body.contains(">Deze tekst blijft staan</textarea>"),
        "the input is kept"
    );
    assert_eq!(
        queries::comments(&t.db, id).await.unwrap().len() as i64,
        COMMENTS_PER_HOUR
    );
    let en = henk
        .post(&format!("{path}/reageren?lang=en"), &[("body", "x")])
        .await;
    assert!(
        en.body
            .contains("You have posted many comments in a short time."),
        "{}",
        en.body
    );

    // Another person at the same address may still comment (the address has more room; the
    // address's own limit works as for proposals, the same code).
    let (mut sanne, _) = resident(&app, "sanne@example.nl").await;
    sanne.get(&path).await;
    let r = sanne
        .post(&format!("{path}/reageren"), &[("body", "Ik ook")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // Flags: counted per attempt, also a second flag of the same comment.
    let cid = queries::comments(&t.db, id).await.unwrap()[0].id;
    for _ in 0..FLAGS_PER_HOUR {
        let r = sanne
            .post(&format!("/afspraken/reacties/{cid}/melden"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let r = sanne
        .post(&format!("/afspraken/reacties/{cid}/melden"), &[])
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        r.body
            .contains("Je hebt in korte tijd veel reacties gemeld."),
        "{}",
        r.body
    );
    assert!(
        r.body.contains(&format!("id=\"reactie-{cid}\"")),
        "the page with the comment"
    );
}

#[db_test]
async fn long_comment_lists_come_in_pages(t: TestDb) {
    use kansrijk_agreements::model::COMMENTS_PER_PAGE;
    let app = app(&t, Config::default()).await;
    let (mut henk, henk_id) = resident(&app, "henk@example.nl").await;
    let id = new_proposal(&t.db, henk_id, "We ruimen samen op").await;
    let mut threads = vec![];
    for n in 0..=COMMENTS_PER_PAGE {
        threads.push(
            queries::add_comment(&t.db, id, None, henk_id, &format!("Draad {n}."))
                .await
                .unwrap(),
        );
    }
    let last = *threads.last().unwrap();
    queries::add_comment(
        &t.db,
        id,
        Some(threads[0]),
        henk_id,
        "Antwoord op de eerste.",
    )
    .await
    .unwrap();
    queries::add_comment(&t.db, id, Some(last), henk_id, "Antwoord op de laatste.")
        .await
        .unwrap();
    let path = format!("/afspraken/voorstellen/{id}");
    let articles = |body: &str| body.matches("<article class=\"agr-comment").count() as i64;

    let first = app.get(&path).await;
    assert_eq!(
        articles(&first.body),
        COMMENTS_PER_PAGE + 1,
        "50 threads and one reply"
    );
    assert!(first.body.contains("Antwoord op de eerste."));
    assert!(!first.body.contains("Antwoord op de laatste."));
    assert!(
        first.body.contains(&format!(
            "href=\"{path}?pagina=2#comments-heading\" rel=\"next\""
        )),
        "{}",
        first.body
    );
    assert!(!first.body.contains("rel=\"prev\""));
    let one = app.get(&format!("{path}?pagina=1")).await;
    assert_eq!(articles(&one.body), COMMENTS_PER_PAGE + 1);
    assert!(one.body.contains("Reacties, pagina 1"));

    let second = app.get(&format!("{path}?pagina=2")).await;
    assert_eq!(articles(&second.body), 2, "the last thread with its reply");
    assert!(second.body.contains(&format!("Draad {COMMENTS_PER_PAGE}.")));
    assert!(second.body.contains("Antwoord op de laatste."));
    assert!(second.body.contains("Reacties, pagina 2"));
    assert!(second.body.contains(&format!(
        "href=\"{path}?pagina=1#comments-heading\" rel=\"prev\""
    )));
    assert!(!second.body.contains("rel=\"next\""));

    for bad in ["0", "3", "-1", "abc", "1.5", "99999999999999999999"] {
        assert_eq!(
            app.get(&format!("{path}?pagina={bad}")).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    // A link to a comment (or a reply to it) opens its page.
    let linked = app.get(&format!("{path}?reactie={last}")).await;
    assert!(linked.body.contains("Antwoord op de laatste."));
    henk.get(&path).await;
    let reply = henk.get(&format!("{path}?antwoord={last}")).await;
    assert!(reply.body.contains("Antwoord op de laatste."));
    // After posting, the redirect shows the page with the new comment.
    let r = henk
        .post(&format!("{path}/reageren"), &[("body", "Nog een draad.")])
        .await;
    let to = location(&r).to_string();
    assert!(to.contains("&reactie="), "{to}");
    let shown = henk.get(&to).await;
    assert!(shown.body.contains("Nog een draad."));
    assert!(shown.body.contains("Reacties, pagina 2"));
    // A short list has no page links.
    let other = new_proposal(&t.db, henk_id, "Nog een plan").await;
    let short = app.get(&format!("/afspraken/voorstellen/{other}")).await;
    assert!(!short.body.contains("kr-pagination"));
}
