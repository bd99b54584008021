//! The programme feature end to end over HTTP, on SQLite and PostgreSQL: the seed, the home and
//! approach pages in several languages, creating approaches, and the JSON API.

use axum::http::StatusCode;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::i18n::{kernel_locales, Lang};
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{TestApp, TestDb};
use kansrijk_programme::model::{ApproachText, NewApproach, Pillar, Status};
use kansrijk_programme::{queries, seed};

async fn app(t: &TestDb, seeded: bool) -> TestApp {
    t.db.migrate(&[kernel_migrations(), kansrijk_programme::migrations()])
        .await
        .unwrap();
    if seeded {
        kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
            .await
            .unwrap();
        seed::apply(&t.db, seed::LIENDERT).await.unwrap();
    }
    TestApp::new(t.db.clone(), vec![kansrijk_programme::feature()])
}

fn new_approach(slug: &str, title: &str) -> NewApproach {
    NewApproach {
        slug: slug.into(),
        status: Status::Planned,
        contact_name: None,
        contact_email: None,
        pillars: vec![Pillar::Diversity],
        texts: vec![(
            Lang::Nl,
            ApproachText {
                title: title.into(),
                summary: "Een korte samenvatting.".into(),
                body: "Eerste alinea.\n\nTweede alinea.".into(),
            },
        )],
    }
}

#[db_test]
async fn the_seed_is_idempotent(t: TestDb) {
    let _app = app(&t, true).await;
    seed::apply(&t.db, seed::LIENDERT).await.unwrap();
    let count = |sql: &'static str| {
        let pool = t.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("SELECT COUNT(*) FROM programmes").await, 1);
    assert_eq!(count("SELECT COUNT(*) FROM approaches").await, 1);
    assert_eq!(count("SELECT COUNT(*) FROM approach_actions").await, 5);
    assert_eq!(count("SELECT COUNT(*) FROM approach_texts").await, 5);
    assert_eq!(
        count("SELECT COUNT(*) FROM approach_action_texts").await,
        25
    );
    assert_eq!(count("SELECT COUNT(*) FROM approach_pillars").await, 4);
}

#[db_test]
async fn a_seed_with_an_unknown_pillar_or_missing_dutch_is_refused(t: TestDb) {
    let _app = app(&t, true).await;
    let bad = seed::LIENDERT.replacen("\"diversity\"", "\"harmony\"", 1);
    assert!(seed::apply(&t.db, &bad)
        .await
        .unwrap_err()
        .to_string()
        .contains("unknown pillar"));
    let no_dutch = "[programme]\nslug = \"x\"\nstatus = \"active\"\n[programme.text.en]\ntitle = \"X\"\nsummary = \"Y\"\n";
    assert!(seed::apply(&t.db, no_dutch)
        .await
        .unwrap_err()
        .to_string()
        .contains("Dutch"));
    assert_eq!(queries::programmes(&t.db, Lang::Nl).await.unwrap().len(), 1);
}

#[db_test]
async fn home_shows_the_plan_its_approaches_and_buurten(t: TestDb) {
    let app = app(&t, true).await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("<h1>Kansrijk Liendert</h1>"));
    assert!(home
        .body
        .contains(r#"<a href="/aanpak/liendert-voor-iedereen">Liendert voor iedereen</a>"#));
    assert!(home.body.contains("<title>Kansrijk Liendert</title>"));
    assert!(home
        .body
        .contains(r#"<a class="kr-header__title" href="/">Kansrijk Liendert</a>"#));
    assert!(home.body.contains(r#"aria-current="page">Wijkplan</a>"#));
    for buurt in [
        "Liendert-Noord",
        "Zangvogelbuurt",
        "De Horsten",
        "Watervogelbuurt",
        "Liendert-Zuid",
    ] {
        assert!(home.body.contains(&format!("<li>{buurt}</li>")), "{buurt}");
    }
    assert_eq!(
        home.body
            .matches(r#"<path class="kr-area-map__area""#)
            .count(),
        5
    );
    assert!(home.body.contains("Kadaster / CBS"));
    assert!(home
        .body
        .contains("Contact: Programmateam Kansrijk Liendert"));
}

#[db_test]
async fn pages_speak_the_chosen_language(t: TestDb) {
    let app = app(&t, true).await;
    let ar = app.get("/?lang=ar").await.body;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    let arabic_title = queries::approach_by_slug(&t.db, "liendert-voor-iedereen", Lang::Ar)
        .await
        .unwrap()
        .unwrap()
        .title;
    assert_ne!(arabic_title, "Liendert voor iedereen");
    assert!(ar.contains(&arabic_title));
    let en = app.get("/aanpak/liendert-voor-iedereen?lang=en").await.body;
    assert!(en.contains("Liendert for everyone"));
    assert!(
        !en.contains(r#"<div class="kr-page-header" lang="nl" dir="ltr">"#),
        "translated, no fallback"
    );
    assert!(
        !en.contains(r#"<li lang="nl" dir="ltr">"#),
        "actions translated too"
    );
}

#[db_test]
async fn the_approach_page_has_actions_pillars_and_contact(t: TestDb) {
    let app = app(&t, true).await;
    let page = app.get("/aanpak/liendert-voor-iedereen").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    assert!(body.contains("<h1>Liendert voor iedereen</h1>"));
    assert!(body.contains("Wat gaan we doen?"));
    assert!(body.contains("Contactpersoon: Jane Mateika"));
    assert_eq!(body.matches(r#"<h3 class="kr-actions__title">"#).count(), 5);
    assert_eq!(
        body.matches(r#"<li class="kr-pillar kr-pillar--"#).count(),
        4
    );
    assert!(body.contains("We horen bij elkaar, we hebben hart voor elkaar"));
    assert!(body.contains(r#"<title>Liendert voor iedereen · Kansrijk Liendert</title>"#));
    let missing = app.get("/aanpak/bestaat-niet").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Deze pagina bestaat niet"));
}

#[db_test]
async fn a_coordinator_adds_an_approach_that_falls_back_to_dutch(t: TestDb) {
    let app = app(&t, true).await;
    let programme = queries::primary_programme(&t.db, Lang::Nl)
        .await
        .unwrap()
        .unwrap();
    let new = new_approach("gezond-opgroeien", "Gezond <opgroeien>");
    assert!(new.broken_rules().is_empty());
    queries::create_approach(&t.db, programme.id, &new)
        .await
        .unwrap();
    let list = queries::approaches(&t.db, programme.id, Lang::Nl)
        .await
        .unwrap();
    assert_eq!(
        list.iter()
            .map(|a| (a.slug.as_str(), a.position))
            .collect::<Vec<_>>(),
        [("liendert-voor-iedereen", 1), ("gezond-opgroeien", 2)]
    );
    // A taken slug is a unique violation, not a second approach.
    let err = queries::create_approach(&t.db, programme.id, &new)
        .await
        .unwrap_err();
    assert!(kansrijk_kernel::db::is_unique_violation(&err), "{err}");

    let en = app.get("/aanpak/gezond-opgroeien?lang=en").await.body;
    assert!(
        en.contains(r#"<div class="kr-page-header" lang="nl" dir="ltr">"#),
        "Dutch fallback is marked"
    );
    assert!(
        en.contains("Gezond &#60;opgroeien&#62;"),
        "HTML in content is shown as text"
    );
    assert!(en.contains("Planned"));
    let home = app.get("/?lang=en").await.body;
    assert!(home.contains(r#"<li class="kr-card" lang="nl" dir="ltr">"#));
    // On a right-to-left page the Dutch fallback keeps its own direction.
    let ar = app.get("/aanpak/gezond-opgroeien?lang=ar").await.body;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#), "{ar}");
    assert!(
        ar.contains(r#"<div class="kr-page-header" lang="nl" dir="ltr">"#),
        "{ar}"
    );
    assert!(
        ar.contains(r#"<div class="kr-prose kr-section" lang="nl" dir="ltr">"#),
        "{ar}"
    );
    assert!(home.contains("The neighbourhood plan has 2 core approaches"));
}

#[db_test]
async fn an_empty_installation_shows_a_welcome(t: TestDb) {
    let app = app(&t, false).await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home
        .body
        .contains("Er staat nog geen wijkplan op deze site."));
    assert!(home.body.contains("<title>Kansrijk</title>"));
}

#[db_test]
async fn the_api_serves_programmes_and_approaches(t: TestDb) {
    let app = app(&t, true).await;
    let list = app.get("/api/v1/programmes").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.header("api-version"), "1.0.0");
    let list = list.json();
    assert_eq!(list[0]["slug"], "kansrijk-liendert");
    assert_eq!(list[0]["approaches"][0]["slug"], "liendert-voor-iedereen");
    assert_eq!(
        list[0]["approaches"][0]["pillars"]
            .as_array()
            .unwrap()
            .len(),
        4
    );

    let tr = app
        .get("/api/v1/approaches/liendert-voor-iedereen?lang=tr")
        .await
        .json();
    assert_eq!(tr["language"], "tr");
    assert_eq!(tr["programme"], "kansrijk-liendert");
    assert_eq!(tr["contact_name"], "Jane Mateika");
    assert_eq!(tr["actions"].as_array().unwrap().len(), 5);
    assert_eq!(tr["status"], "active");
    let one = app.get("/api/v1/programmes/kansrijk-liendert").await.json();
    assert_eq!(one["language"], "nl");

    let missing = app.get("/api/v1/approaches/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("content-type"), "application/problem+json");
    assert_eq!(
        app.get("/api/v1/programmes/nope").await.status,
        StatusCode::NOT_FOUND
    );
}

#[test]
fn locales_are_complete() {
    assert_eq!(
        kansrijk_kernel::i18n::missing_keys(&kansrijk_programme::locales()),
        Vec::<String>::new()
    );
}

#[test]
fn every_key_a_template_uses_exists() {
    let i18n = kansrijk_kernel::i18n::I18n::new(&[kernel_locales(), kansrijk_programme::locales()])
        .unwrap();
    let mut keys = kansrijk_kernel::testing::template_keys(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/templates"
    )));
    keys.extend(kansrijk_kernel::testing::template_keys(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../kernel/templates")),
    ));
    assert!(keys.len() > 10);
    // Keys built in code: statuses, pillars, error messages of the model.
    let built: Vec<String> = Status::ALL
        .iter()
        .map(|s| s.label_key())
        .chain(
            Pillar::ALL
                .iter()
                .flat_map(|p| [p.key(), p.motto_key(), p.explanation_key()]),
        )
        .collect();
    for lang in Lang::ALL {
        for (file, key) in &keys {
            assert!(
                i18n.has(lang, key),
                "{file}: `{key}` missing in {}",
                lang.code()
            );
        }
        for key in &built {
            assert!(i18n.has(lang, key), "`{key}` missing in {}", lang.code());
        }
    }
}

#[test]
fn every_validation_message_is_translated() {
    let i18n = kansrijk_kernel::i18n::I18n::new(&[kernel_locales(), kansrijk_programme::locales()])
        .unwrap();
    let mut bad = new_approach("Niet Goed", "");
    bad.texts.push((
        Lang::En,
        ApproachText {
            title: "x".repeat(200),
            summary: "x".repeat(500),
            body: "x".repeat(30_000),
        },
    ));
    bad.contact_email = Some("nee".into());
    bad.contact_name = Some("x".repeat(200));
    let errors = bad.broken_rules();
    assert!(errors.len() >= 6);
    for (_, message) in errors {
        assert!(i18n.has(Lang::Nl, message), "{message}");
    }
}

#[db_test]
async fn a_coordinator_creates_and_translates_an_approach_in_the_browser(t: TestDb) {
    use kansrijk_kernel::authz::Role;
    use kansrijk_kernel::testing::{create_person, enable_totp, totp_now, Browser};
    let app = app(&t, true).await;
    let jane = create_person(
        &t.db,
        "jane@example.nl",
        "paars fietsje zingt op dinsdag",
        &[Role::Coordinator],
    )
    .await;
    let secret = enable_totp(&t.db, jane).await;
    let mut b = Browser::new(&app);
    b.get("/inloggen").await;
    b.post(
        "/inloggen",
        &[
            ("email", "jane@example.nl"),
            ("password", "paars fietsje zingt op dinsdag"),
        ],
    )
    .await;
    b.get("/inloggen/code").await;
    b.post("/inloggen/code", &[("code", &totp_now(&secret))])
        .await;
    assert!(
        b.get("/beheer")
            .await
            .body
            .contains("href=\"/beheer/aanpakken\""),
        "a card on the management home"
    );
    let list = b.get("/beheer/aanpakken").await;
    assert!(list.body.contains("Liendert voor iedereen"));
    let bad = b
        .post(
            "/beheer/aanpakken",
            &[
                ("slug", "Gezond Opgroeien"),
                ("status", "planned"),
                ("title", ""),
                ("summary", "Samen"),
            ],
        )
        .await;
    assert!(
        bad.body.contains("Gebruik alleen kleine letters") && bad.body.contains("Vul een titel in")
    );
    assert!(bad.body.contains("Samen</textarea>"), "input kept");
    let taken = b
        .post(
            "/beheer/aanpakken",
            &[
                ("slug", "liendert-voor-iedereen"),
                ("status", "planned"),
                ("title", "Dubbel"),
            ],
        )
        .await;
    assert!(taken.body.contains("Dit adres is al in gebruik"));
    let r = b
        .post(
            "/beheer/aanpakken",
            &[
                ("slug", "gezond-opgroeien"),
                ("status", "active"),
                ("title", "Gezond opgroeien"),
                ("summary", "Kinderen groeien gezond op."),
                ("body", "Eerste alinea.\n\nTweede alinea."),
                ("pillars", "tasks_responsibilities"),
            ],
        )
        .await;
    assert_eq!(r.header("location"), "/beheer/aanpakken/gezond-opgroeien");
    b.get("/beheer/aanpakken/gezond-opgroeien?taal=en").await;
    let saved = b
        .post(
            "/beheer/aanpakken/gezond-opgroeien",
            &[
                ("lang", "en"),
                ("status", "active"),
                ("title", "Growing up healthy"),
                ("summary", "Children grow up healthy."),
                ("body", "First."),
                ("pillars", "tasks_responsibilities"),
            ],
        )
        .await;
    assert!(saved.body.contains("De wijzigingen zijn opgeslagen"));
    assert!(app
        .get("/aanpak/gezond-opgroeien?lang=en")
        .await
        .body
        .contains("<h1>Growing up healthy</h1>"));
    assert!(app
        .get("/aanpak/gezond-opgroeien")
        .await
        .body
        .contains("<h1>Gezond opgroeien</h1>"));
    assert!(app
        .get("/")
        .await
        .body
        .contains("Het wijkplan heeft nu 2 kernaanpakken"));
    let audit: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'approach'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(audit, 2);
}
