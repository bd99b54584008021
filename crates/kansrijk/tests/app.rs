//! The whole application: all features joined, the command line, the same site on both
//! databases, recovery when PostgreSQL goes away, and graceful shutdown.

use axum::http::StatusCode;
use kansrijk_kernel::config::{Config, DatabaseUrl};
use kansrijk_kernel::db::{Db, PoolSettings};
use kansrijk_kernel::testing::{TestApp, TestDb};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn full_app(db: Db) -> TestApp {
    TestApp::new(db, kansrijk::features())
}

async fn demo_app(t: &TestDb) -> TestApp {
    kansrijk::migrate(&t.db).await.unwrap();
    kansrijk::seed_liendert(&t.db).await.unwrap();
    kansrijk::seed_demo(&t.db).await.unwrap();
    full_app(t.db.clone())
}

#[test]
fn all_translations_are_complete_and_join_without_duplicates() {
    for set in kansrijk::locales() {
        assert_eq!(
            kansrijk_kernel::i18n::missing_keys(&set),
            Vec::<String>::new()
        );
    }
    kansrijk_kernel::i18n::I18n::new(&kansrijk::locales())
        .expect("no duplicate keys across crates");
}

/// Plain messages are read from the files without Fluent (kernel `i18n`): every message of every
/// crate must still read exactly as a Fluent bundle of the whole file formats it.
#[test]
fn every_message_reads_as_fluent_formats_it() {
    use fluent_bundle::{concurrent::FluentBundle, FluentResource};
    use kansrijk_kernel::i18n::{I18n, Lang, Tr};
    let i18n = std::sync::Arc::new(I18n::new(&kansrijk::locales()).unwrap());
    let mut checked = 0;
    for lang in Lang::ALL {
        let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
        whole.set_use_isolating(false);
        for set in kansrijk::locales() {
            let source = set.sources.iter().find(|(l, _)| *l == lang).unwrap().1;
            whole
                .add_resource(FluentResource::try_new(source.to_string()).unwrap())
                .unwrap();
        }
        let tr = Tr::new(lang, i18n.clone());
        for set in kansrijk::locales() {
            let source = set.sources.iter().find(|(l, _)| *l == lang).unwrap().1;
            for key in kansrijk_kernel::i18n::message_keys(source) {
                let Some(pattern) = whole.get_message(&key).and_then(|m| m.value()) else {
                    continue;
                };
                let expected = whole.format_pattern(pattern, None, &mut vec![]);
                assert_eq!(tr.t(&key), expected, "{} {key}", lang.code());
                checked += 1;
            }
        }
    }
    assert!(checked > 5_000, "only {checked} messages checked");
}

#[test]
fn migration_versions_are_unique_across_crates() {
    let mut seen = std::collections::BTreeMap::new();
    for set in kansrijk::migration_sets() {
        for m in set.sqlite.iter() {
            if let Some(other) = seen.insert(m.version, set.name) {
                panic!("version {} in {} and {other}", m.version, set.name);
            }
        }
        let sqlite: Vec<i64> = set.sqlite.iter().map(|m| m.version).collect();
        let postgres: Vec<i64> = set.postgres.iter().map(|m| m.version).collect();
        assert_eq!(
            sqlite, postgres,
            "{}: both databases get the same migrations",
            set.name
        );
    }
}

#[test]
fn the_openapi_document_covers_the_api() {
    let doc: serde_json::Value =
        serde_json::from_str(&kansrijk::openapi().to_json().unwrap()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    for path in [
        "/areas",
        "/areas/{code}",
        "/programmes",
        "/programmes/{slug}",
        "/approaches/{slug}",
        "/training/courses",
        "/training/sessions",
        "/training/coverage",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} undocumented");
    }
    assert!(doc["components"]["schemas"].get("Problem").is_some());
}

/// The rules of the Dutch API Design Rules a linter can check (see `api::conformance`).
#[test]
fn the_openapi_document_follows_the_dutch_api_design_rules() {
    let doc: serde_json::Value =
        serde_json::from_str(&kansrijk::openapi().to_json().unwrap()).unwrap();
    let broken = kansrijk_kernel::api::conformance(&doc);
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    // The agenda's filters are query parameters (they were path parameters once).
    let params = doc["paths"]["/activities"]["get"]["parameters"]
        .as_array()
        .unwrap();
    assert!(params.iter().all(|p| p["in"] == "query"), "{params:?}");
}

/// Each component name stands for one schema: two enums both called `Status` once made the
/// proposals API look as if it could never answer `declined`.
#[test]
fn component_names_are_unique_across_the_parts_of_the_document() {
    let mut seen: std::collections::BTreeMap<String, (usize, serde_json::Value)> =
        Default::default();
    for (i, part) in kansrijk_kernel::web::app::openapi_parts(&kansrijk::features())
        .into_iter()
        .enumerate()
    {
        let part = serde_json::to_value(part).unwrap();
        for (name, schema) in part["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
        {
            if let Some((other, earlier)) = seen.insert(name.clone(), (i, schema.clone())) {
                assert!(
                    other == i || earlier == *schema,
                    "component {name} means two different things"
                );
            }
        }
    }
    let doc = serde_json::to_value(kansrijk::openapi()).unwrap();
    let proposal = &doc["components"]["schemas"]["ProposalStatus"]["enum"];
    assert!(
        proposal.as_array().unwrap().iter().any(|v| v == "declined"),
        "{proposal}"
    );
}

/// Both databases must serve byte-identical pages from the same seed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_serve_the_same_site() {
    let (s, p) = (TestDb::sqlite().await, TestDb::postgres().await);
    let (a, b) = (demo_app(&s).await, demo_app(&p).await);
    for uri in [
        "/",
        "/?lang=ar",
        "/aanpak/liendert-voor-iedereen?lang=pl",
        "/api/v1/programmes",
        "/api/v1/areas",
        "/privacy?lang=tr",
    ] {
        let (x, y) = (a.get(uri).await, b.get(uri).await);
        assert_eq!(x.status, StatusCode::OK, "{uri}");
        assert_eq!(
            x.body, y.body,
            "{uri} differs between SQLite and PostgreSQL"
        );
    }
}

/// The demo without an SMTP server: a visitor signs up in Arabic, and the demo's coordinator
/// reads the confirmation mail at `/beheer/post` in Arabic, with the personal link that works.
async fn the_demo_coordinator_reads_the_demos_mail(t: TestDb) {
    use kansrijk_kernel::authz::Role;
    use kansrijk_kernel::testing::{create_person, enable_totp, location, totp_now, Browser};
    let app = demo_app(&t).await;
    assert!(app.state.mailer.is_local());
    let id: i64 = sqlx::query_scalar(
        "SELECT id FROM activities WHERE status = 'scheduled' AND registration_required = 1 \
         AND starts_at > $1 ORDER BY starts_at, id LIMIT 1",
    )
    .bind(kansrijk_kernel::db::now() + 86_400)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    let mut visitor = Browser::new(&app);
    let page = visitor.get(&format!("/activiteiten/{id}?lang=ar")).await;
    let i = page
        .body
        .find("name=\"key\" value=\"")
        .expect("sign-up form")
        + 18;
    let key = page.body[i..i + page.body[i..].find('"').unwrap()].to_string();
    let fields = [
        ("key", key.as_str()),
        ("name", "سارة"),
        ("email", "sara@example.nl"),
        ("people", "1"),
        ("consent", "1"),
    ];
    let signed_up = visitor
        .post(&format!("/activiteiten/{id}/aanmelden"), &fields)
        .await;
    assert_eq!(
        signed_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_up.body
    );
    let personal = location(&signed_up).split('?').next().unwrap().to_string();
    let registry = app.jobs.clone();
    kansrijk_kernel::jobs::run_due(&app.state, &registry, "test")
        .await
        .unwrap();

    let coordinator = create_person(
        &t.db,
        "coord@example.nl",
        "paars fietsje zingt op dinsdag",
        &[Role::Coordinator],
    )
    .await;
    let secret = enable_totp(&t.db, coordinator).await;
    let mut jane = Browser::new(&app);
    jane.get("/inloggen").await;
    jane.post(
        "/inloggen",
        &[
            ("email", "coord@example.nl"),
            ("password", "paars fietsje zingt op dinsdag"),
            ("terug", "/beheer"),
        ],
    )
    .await;
    jane.get("/inloggen/code").await;
    jane.post(
        "/inloggen/code",
        &[("code", &totp_now(&secret)), ("terug", "/beheer")],
    )
    .await;
    let home = jane.get("/beheer").await;
    assert!(
        home.body.contains("href=\"/beheer/post\""),
        "a card on the management home"
    );
    let list = jane.get("/beheer/post").await;
    assert_eq!(list.status, StatusCode::OK);
    let at = list
        .body
        .find("sara@example.nl")
        .expect("the visitor's mail is listed");
    let row = &list.body[at..];
    let href = &row[row.find("href=\"/beheer/post/").unwrap() + 6..];
    let href = &href[..href.find('"').unwrap()];
    assert!(
        row[..row.find("</tr>").unwrap()].contains(r#"lang="ar""#),
        "sent in Arabic"
    );
    let mail = jane.get(href).await;
    assert_eq!(mail.status, StatusCode::OK);
    assert!(
        mail.body.contains(r#"<h1 lang="ar" dir="rtl">"#)
            && mail.body.contains(r#"<dd lang="ar">العربية</dd>"#),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains(r#"<pre class="kr-mail-text""#)
            && mail.body.contains(r#"lang="ar" dir="rtl">"#)
    );
    // The personal link is there to follow, and it opens the visitor's registration.
    let link_at = mail
        .body
        .find(&format!(
            "<a class=\"kr-code\" href=\"{}{personal}",
            app.state.config.public_url()
        ))
        .expect("the personal link");
    let link = &mail.body
        [link_at + "<a class=\"kr-code\" href=\"".len() + app.state.config.public_url().len()..];
    let link = &link[..link.find('"').unwrap()];
    assert_eq!(Browser::new(&app).get(link).await.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_coordinator_reads_the_demos_mail_on_sqlite() {
    the_demo_coordinator_reads_the_demos_mail(TestDb::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_coordinator_reads_the_demos_mail_on_postgres() {
    the_demo_coordinator_reads_the_demos_mail(TestDb::postgres().await).await;
}

/// A TCP proxy in front of PostgreSQL that can be cut, to play "the database went away".
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    cut: Arc<tokio::sync::Notify>,
}

impl Proxy {
    async fn start(target: String) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let cut = Arc::new(tokio::sync::Notify::new());
        let (up2, cut2) = (up.clone(), cut.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                if !up2.load(Ordering::SeqCst) {
                    continue; // dropped: the client sees the connection close
                }
                let (target, cut) = (target.clone(), cut2.clone());
                tokio::spawn(async move {
                    let Ok(mut server) = tokio::net::TcpStream::connect(target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = cut.notified() => {}
                    }
                });
            }
        });
        Proxy { port, up, cut }
    }

    fn down(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.cut.notify_waiters();
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_postgres_goes_away_pages_answer_503_and_recover() {
    let t = TestDb::postgres().await;
    demo_app(&t).await;
    let mut url = url::Url::parse(&t.url).unwrap();
    let target = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
    let proxy = Proxy::start(target).await;
    url.set_port(Some(proxy.port)).unwrap();
    let settings = PoolSettings {
        max_connections: 4,
        acquire_timeout: Duration::from_secs(1),
    };
    let db = Db::connect(&DatabaseUrl(url.to_string()), &settings).unwrap();
    let app = full_app(db);

    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    assert_eq!(
        app.get("/aanpak/liendert-voor-iedereen").await.status,
        StatusCode::OK
    );

    proxy.down();
    assert_eq!(
        app.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    // A public page stored a moment ago is still served from the page cache…
    assert_eq!(
        app.get("/aanpak/liendert-voor-iedereen").await.status,
        StatusCode::OK
    );
    // …but once it is gone, the database is needed.
    app.state.page_cache.clear();
    let page = app.get("/aanpak/liendert-voor-iedereen").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        page.body.contains("Even niet beschikbaar"),
        "a translated page, not a crash"
    );
    assert_eq!(page.header("retry-after"), "5");
    let api = app.get("/api/v1/programmes").await;
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api.header("content-type"), "application/problem+json");

    proxy.restore();
    let mut recovered = false;
    for _ in 0..20 {
        if app.get("/readyz").await.status == StatusCode::OK {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(recovered, "the app reconnects by itself");
    assert_eq!(
        app.get("/aanpak/liendert-voor-iedereen").await.status,
        StatusCode::OK
    );
}

// ---- the binary ---------------------------------------------------------------------------

fn kansrijk() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kansrijk"));
    cmd.env_remove("DATABASE_URL")
        .env_remove("KANSRIJK_CONFIG")
        .env("RUST_LOG", "warn");
    cmd
}

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kansrijk-cli-{:016x}", rand_u64()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos(),
    );
    h.finish()
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["demo", "--help"],
        &["migrate", "--help"],
        &["seed", "--help"],
        &["areas", "--help"],
        &["areas", "import", "--help"],
        &["user", "create", "--help"],
        &["api-token", "create", "--help"],
        &["check-config", "--help"],
        &["privacy-register", "--help"],
    ] {
        let out = kansrijk().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage: kansrijk"), "{args:?}: {text}");
    }
    let out = kansrijk().arg("frobnicate").output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn migrate_creates_the_sqlite_file_and_areas_import_reads_geojson() {
    let dir = temp_dir();
    let db = dir.join("k.db");
    let url = format!("sqlite://{}", db.display());
    let out = kansrijk()
        .env("DATABASE_URL", &url)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.exists());
    let file = dir.join("buurten.geojson");
    std::fs::write(&file, kansrijk_kernel::areas::LIENDERT_GEOJSON).unwrap();
    let out = kansrijk()
        .env("DATABASE_URL", &url)
        .args(["areas", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "imported 1 municipalities, 1 districts, 5 neighbourhoods"
    );
    // Progress on standard error: not a terminal here, so plain lines without `\r`.
    let progress = String::from_utf8_lossy(&out.stderr);
    assert!(progress.contains("areas: 5 in "), "{progress}");
    assert!(!progress.contains('\r'), "{progress:?}");
    std::fs::write(&file, "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"statcode\":\"nope\",\"statnaam\":\"x\"}}]}").unwrap();
    let out = kansrijk()
        .env("DATABASE_URL", &url)
        .args(["areas", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a CBS code"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn configuration_file_is_read_and_passwords_stay_out_of_logs() {
    let dir = temp_dir();
    let config = dir.join("kansrijk.toml");
    std::fs::write(&config, "database_url = \"postgres://kansrijk:supergeheim@127.0.0.1:1/none\"\ndb_acquire_timeout_secs = 1\n").unwrap();
    let out = kansrijk()
        .env("RUST_LOG", "info")
        .arg("--config")
        .arg(&config)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success(), "no database on port 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("supergeheim"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
    // The parsed configuration hides it too.
    let c = Config {
        database_url: DatabaseUrl("postgres://u:supergeheim@h/d".into()),
        ..Config::default()
    };
    assert!(!format!("{c:?}").contains("supergeheim"));
}

/// Runs `kansrijk check-config --config file` and returns (exit code, standard output).
fn check_config(file: &std::path::Path) -> (i32, String) {
    let out = kansrijk()
        .arg("check-config")
        .arg("--config")
        .arg(file)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn check_config_passes_a_good_configuration_and_fails_three_broken_ones() {
    let dir = temp_dir();
    let sink = kansrijk_kernel::testing::MailSink::start();
    let key_file = dir.join("kansrijk.key");
    std::fs::write(
        &key_file,
        format!("{}\n", kansrijk_kernel::sealing::new_key("k7").0),
    )
    .unwrap();
    let good = format!(
        "database_url = \"sqlite://{}\"\npublic_url = \"https://liendert.example.nl\"\ntrust_forwarded_for = true\n\
         encryption_key_file = \"{}\"\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {}\nsmtp_tls = \"none\"\n",
        dir.join("k.db").display(),
        key_file.display(),
        sink.port
    );
    let file = dir.join("kansrijk.toml");
    std::fs::write(&file, &good).unwrap();
    let (code, text) = check_config(&file);
    assert_eq!(code, 0, "{text}");
    for line in [
        "ok     database: SQLite file",
        "ok     cookies: Secure cookies and HSTS on",
        "ok     client address: the last X-Forwarded-For entry",
        "ok     encryption: key file",
        "encrypting with k7",
        &format!("ok     mail: SMTP 127.0.0.1:{} (none) reachable", sink.port),
        "no errors",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }
    assert!(!dir.join("k.db").exists(), "checking creates no database");

    // 1. A setting the application refuses.
    std::fs::write(&file, format!("{good}audit_retention_days = 30\n")).unwrap();
    let (code, text) = check_config(&file);
    assert_eq!(code, 78, "{text}");
    assert!(
        text.contains("ERROR  settings: audit_retention_days"),
        "{text}"
    );
    // 2. A damaged key file.
    std::fs::write(&key_file, "k1:not-a-key\n").unwrap();
    std::fs::write(&file, &good).unwrap();
    let (code, text) = check_config(&file);
    assert_eq!(code, 78, "{text}");
    assert!(text.contains("ERROR  encryption: key file"), "{text}");
    std::fs::write(
        &key_file,
        format!("{}\n", kansrijk_kernel::sealing::new_key("k7").0),
    )
    .unwrap();
    // 3. An SMTP server that does not answer, and a database directory that does not exist.
    drop(sink);
    std::fs::write(
        &file,
        good.replace(
            &dir.join("k.db").display().to_string(),
            &dir.join("nowhere/k.db").display().to_string(),
        ),
    )
    .unwrap();
    let (code, text) = check_config(&file);
    assert_eq!(code, 78, "{text}");
    assert!(
        text.contains("ERROR  mail: SMTP 127.0.0.1:") && text.contains("not reachable"),
        "{text}"
    );
    assert!(
        text.contains("ERROR  database: SQLite file") && text.contains("2 errors"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_postgres_database_is_created_or_explained_with_exit_code_64() {
    sqlx::any::install_default_drivers();
    let admin = kansrijk_kernel::testing::pg_admin_url();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
        .await
        .unwrap();
    let name = format!("kansrijk_cli_{:012x}", rand_u64() & 0xffff_ffff_ffff);
    let mut url = url::Url::parse(&admin).unwrap();
    url.set_path(&name);
    // The role may create databases: the database is created, then migrated.
    let out = kansrijk()
        .env("DATABASE_URL", url.as_str())
        .arg("migrate")
        .output()
        .unwrap();
    let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut conn)
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(exists, 1);

    // A role that may not: one line on how to create it, exit code 64 (usage).
    let role = format!("{name}_r");
    sqlx::query(&format!("CREATE ROLE {role} LOGIN NOCREATEDB"))
        .execute(&mut conn)
        .await
        .unwrap();
    url.set_username(&role).unwrap();
    // The line is in the operator's language: Dutch for a Dutch terminal, else English.
    let run = |lang: &str| {
        kansrijk()
            .env("DATABASE_URL", url.as_str())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .arg("demo")
            .output()
            .unwrap()
    };
    let dutch = run("nl_NL.UTF-8");
    let out = run("C.UTF-8");
    let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    sqlx::query(&format!("DROP ROLE {role}"))
        .execute(&mut conn)
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(64), "{stderr}");
    assert_eq!(exists, 0);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!("CREATE DATABASE \"{name}\" OWNER \"{role}\"")),
        "{stderr}"
    );
    assert!(stderr.contains("does not exist"), "{stderr}");
    let dutch = String::from_utf8_lossy(&dutch.stderr);
    assert_eq!(dutch.trim().lines().count(), 1, "{dutch}");
    assert!(
        dutch.contains(&format!("Database \"{name}\" bestaat niet"))
            && dutch.contains(&format!("CREATE DATABASE \"{name}\" OWNER \"{role}\"")),
        "{dutch}"
    );
}

#[test]
fn publiccode_yml_has_the_required_keys_in_dutch_and_english() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../publiccode.yml"))
            .expect("publiccode.yml at the root");
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    let get = |path: &str| {
        path.split('.')
            .try_fold(&doc, |v, key| v.get(key))
            .unwrap_or_else(|| panic!("{path} missing"))
    };
    // The keys publiccode.yml 0.4 requires.
    assert_eq!(get("publiccodeYmlVersion").as_str(), Some("0.4"));
    for key in [
        "name",
        "url",
        "platforms",
        "categories",
        "developmentStatus",
        "softwareType",
        "legal.license",
        "maintenance.type",
        "localisation.localisationReady",
        "localisation.availableLanguages",
    ] {
        get(key);
    }
    assert_eq!(get("legal.license").as_str(), Some("EUPL-1.2"));
    assert!(["concept", "development", "beta", "stable", "obsolete"]
        .contains(&get("developmentStatus").as_str().unwrap()));
    for lang in ["nl", "en"] {
        for key in ["shortDescription", "longDescription", "features"] {
            get(&format!("description.{lang}.{key}"));
        }
        let short = get(&format!("description.{lang}.shortDescription"))
            .as_str()
            .unwrap();
        assert!(
            short.chars().count() <= 150,
            "{lang}: shortDescription over 150 characters"
        );
        let long = get(&format!("description.{lang}.longDescription"))
            .as_str()
            .unwrap();
        assert!(
            (150..=10_000).contains(&long.chars().count()),
            "{lang}: longDescription 150–10000 characters"
        );
    }
    let languages: Vec<&str> = get("localisation.availableLanguages")
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(
        languages,
        ["nl", "en", "tr", "ar", "pl"],
        "the languages of the site"
    );
    if get("maintenance.type").as_str() == Some("internal")
        || get("maintenance.type").as_str() == Some("contract")
    {
        get("maintenance.contacts");
    }
}

#[test]
fn serve_stops_gracefully_on_sigterm() {
    let dir = temp_dir();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = kansrijk()
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.join("k.db").display()),
        )
        .env("KANSRIJK_ENCRYPTION_KEY_FILE", dir.join("k.key"))
        .args(["demo", "--bind", &format!("127.0.0.1:{port}")])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut ready = false;
    for _ in 0..100 {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::{Read, Write};
            s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .unwrap();
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                ready = true;
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(ready, "server did not become ready");
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut exited = None;
    for _ in 0..100 {
        if let Some(s) = child.try_wait().unwrap() {
            exited = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let exited = exited.unwrap_or_else(|| {
        let _ = child.kill();
        panic!("no exit within 5 s of SIGTERM")
    });
    assert!(exited.success(), "exit status {exited:?}");
    let _ = std::fs::remove_dir_all(dir);
}

// ---- the object × role matrix: tests/app/objects.rs ----------------------------------------

#[path = "app/objects.rs"]
mod objects;

#[path = "app/api.rs"]
mod api;
#[path = "app/indicators.rs"]
mod indicators;
#[path = "app/languages.rs"]
mod languages;
#[path = "app/register.rs"]
mod register;
#[path = "app/rights.rs"]
mod rights;
#[path = "app/shape.rs"]
mod shape;
#[path = "app/shared_pages.rs"]
mod shared_pages;
#[path = "app/transfer.rs"]
mod transfer;

// ---- the route × role matrix ----------------------------------------------------------------

mod matrix {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use kansrijk_kernel::accounts::session;
    use kansrijk_kernel::authz::Role;
    use kansrijk_kernel::testing::create_person;
    use kansrijk_kernel::web::forms::{csrf_token, CsrfBinding};

    /// Who asks: anonymous, resident, professional, report handler (second factor done),
    /// coordinator (second factor done), coordinator whose second factor is still pending.
    const PERSONAS: usize = 6;

    /// Expected status per persona, in the order above. Written out by hand, independent of the
    /// access table in the code, so a wrong entry there fails here.
    #[rustfmt::skip]
    const MATRIX: &[(&str, &str, &str, [u16; PERSONAS])] = &[
        ("GET", "/", "/", [200, 200, 200, 200, 200, 200]),
        ("GET", "/aanpak/{slug}", "/aanpak/liendert-voor-iedereen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/privacy", "/privacy", [200, 200, 200, 200, 200, 200]),
        ("GET", "/toegankelijkheid", "/toegankelijkheid", [200, 200, 200, 200, 200, 200]),
        ("GET", "/static/{file}", "@css", [200, 200, 200, 200, 200, 200]),
        ("GET", "/healthz", "/healthz", [200, 200, 200, 200, 200, 200]),
        ("GET", "/readyz", "/readyz", [200, 200, 200, 200, 200, 200]),
        // Only for a scraper with the configured bearer token; none is configured here.
        ("GET", "/metrics", "/metrics", [404, 404, 404, 404, 404, 404]),
        ("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/areas", "/api/v1/areas", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/areas/{code}", "/api/v1/areas/BU03071000", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/programmes", "/api/v1/programmes", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/programmes/{slug}", "/api/v1/programmes/kansrijk-liendert", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/approaches/{slug}", "/api/v1/approaches/liendert-voor-iedereen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/inloggen", "/inloggen", [200, 200, 200, 200, 200, 200]),
        ("POST", "/inloggen", "/inloggen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/inloggen/code", "/inloggen/code", [303, 200, 200, 200, 200, 200]),
        ("POST", "/inloggen/code", "/inloggen/code", [303, 200, 200, 200, 200, 200]),
        // Public; no OpenID Connect provider is configured here, so the name is unknown.
        ("GET", "/inloggen/oidc/{provider}", "/inloggen/oidc/gemeente", [404, 404, 404, 404, 404, 404]),
        ("GET", "/inloggen/oidc/{provider}/terug", "/inloggen/oidc/gemeente/terug", [404, 404, 404, 404, 404, 404]),
        ("POST", "/uitloggen", "/uitloggen", [303, 303, 303, 303, 303, 303]),
        ("GET", "/wachtwoord-vergeten", "/wachtwoord-vergeten", [200, 200, 200, 200, 200, 200]),
        ("POST", "/wachtwoord-vergeten", "/wachtwoord-vergeten", [200, 200, 200, 200, 200, 200]),
        ("GET", "/wachtwoord-herstellen/{token}", "/wachtwoord-herstellen/x", [200, 200, 200, 200, 200, 200]),
        ("POST", "/wachtwoord-herstellen/{token}", "/wachtwoord-herstellen/x", [200, 200, 200, 200, 200, 200]),
        ("GET", "/uitnodiging/{token}", "/uitnodiging/x", [200, 200, 200, 200, 200, 200]),
        ("POST", "/uitnodiging/{token}", "/uitnodiging/x", [200, 200, 200, 200, 200, 200]),
        ("GET", "/registreren", "/registreren", [200, 200, 200, 200, 200, 200]),
        ("POST", "/registreren", "/registreren", [200, 200, 200, 200, 200, 200]),
        ("GET", "/bevestigen/{token}", "/bevestigen/x", [200, 200, 200, 200, 200, 200]),
        ("GET", "/account", "/account", [303, 200, 200, 200, 200, 303]),
        ("POST", "/account", "/account", [303, 303, 303, 303, 303, 303]),
        ("GET", "/account/tweestaps", "/account/tweestaps", [303, 200, 200, 200, 200, 200]),
        ("POST", "/account/tweestaps", "/account/tweestaps", [303, 200, 200, 200, 200, 200]),
        ("POST", "/account/overal-uitloggen", "/account/overal-uitloggen", [303, 303, 303, 303, 303, 303]),
        ("GET", "/account/gegevens", "/account/gegevens", [303, 200, 200, 200, 200, 303]),
        ("GET", "/account/gegevens/json", "/account/gegevens/json", [303, 200, 200, 200, 200, 303]),
        ("GET", "/account/gegevens/html", "/account/gegevens/html", [303, 200, 200, 200, 200, 303]),
        ("GET", "/account/verwijderen", "/account/verwijderen", [303, 200, 200, 200, 200, 303]),
        // Without the password nothing is deleted: the form comes back.
        ("POST", "/account/verwijderen", "/account/verwijderen", [303, 200, 200, 200, 200, 303]),
        ("GET", "/account/verwijderd", "/account/verwijderd", [200, 200, 200, 200, 200, 200]),
        ("GET", "/beheer", "/beheer", [303, 403, 403, 200, 200, 303]),
        ("GET", "/beheer/organisaties", "/beheer/organisaties", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/organisaties", "/beheer/organisaties", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/organisaties/{id}", "/beheer/organisaties/@org", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/organisaties/{id}", "/beheer/organisaties/@org", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/mensen", "/beheer/mensen", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/mensen/{id}", "/beheer/mensen/@person", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/mensen/{id}/rollen", "/beheer/mensen/@person/rollen", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/mensen/{id}/rollen/{assignment}/verwijderen", "/beheer/mensen/@person/rollen/999999/verwijderen", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/mensen/{id}/status", "/beheer/mensen/@person/status", [303, 403, 403, 403, 303, 303]),
        ("POST", "/beheer/mensen/{id}/bewoner", "/beheer/mensen/@person/bewoner", [303, 403, 403, 403, 303, 303]),
        ("GET", "/beheer/uitnodigingen", "/beheer/uitnodigingen", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/uitnodigingen", "/beheer/uitnodigingen", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/api-sleutels", "/beheer/api-sleutels", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/api-sleutels", "/beheer/api-sleutels", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/api-sleutels/{id}/intrekken", "/beheer/api-sleutels/999999/intrekken", [303, 403, 403, 403, 404, 303]),
        ("GET", "/beheer/verzoeken", "/beheer/verzoeken", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/verzoeken", "/beheer/verzoeken", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/verzoeken/{id}", "/beheer/verzoeken/999999", [303, 403, 403, 403, 404, 303]),
        ("GET", "/beheer/verzoeken/{id}/antwoord", "/beheer/verzoeken/999999/antwoord", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/verzoeken/{id}/afgehandeld", "/beheer/verzoeken/999999/afgehandeld", [303, 403, 403, 403, 404, 303]),
        ("GET", "/beheer/audit", "/beheer/audit", [303, 403, 403, 403, 200, 303]),
        // The local outbox (no smtp_host in tests): everyone's mail, so the coordinator only.
        ("GET", "/beheer/post", "/beheer/post", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/post/{id}", "/beheer/post/999999", [303, 403, 403, 403, 404, 303]),
        ("GET", "/beheer/aanpakken", "/beheer/aanpakken", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/aanpakken", "/beheer/aanpakken", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/aanpakken/{slug}", "/beheer/aanpakken/liendert-voor-iedereen", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/aanpakken/{slug}", "/beheer/aanpakken/liendert-voor-iedereen", [303, 403, 403, 403, 200, 303]),
        // The meldpunt: public reporting and follow-up; cases for report handlers only.
        ("GET", "/meldpunt", "/meldpunt", [200, 200, 200, 200, 200, 200]),
        ("GET", "/meldpunt/melden", "/meldpunt/melden", [200, 200, 200, 200, 200, 200]),
        ("POST", "/meldpunt/melden", "/meldpunt/melden", [200, 200, 200, 200, 200, 200]),
        ("POST", "/meldpunt/versturen", "/meldpunt/versturen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/meldpunt/volgen", "/meldpunt/volgen", [200, 200, 200, 200, 200, 200]),
        ("POST", "/meldpunt/volgen", "/meldpunt/volgen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/meldpunt/volgen/melding", "/meldpunt/volgen/melding", [303, 303, 303, 303, 303, 303]),
        ("POST", "/meldpunt/volgen/bericht", "/meldpunt/volgen/bericht", [303, 303, 303, 303, 303, 303]),
        ("POST", "/meldpunt/volgen/intrekken", "/meldpunt/volgen/intrekken", [303, 303, 303, 303, 303, 303]),
        ("POST", "/meldpunt/volgen/stoppen", "/meldpunt/volgen/stoppen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/meldpunt/cijfers", "/meldpunt/cijfers", [200, 200, 200, 200, 200, 200]),
        ("GET", "/meldpunt/cijfers.csv", "/meldpunt/cijfers.csv", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/reports/figures", "/api/v1/reports/figures", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/reports/cases", "/api/v1/reports/cases", [401, 403, 403, 200, 403, 401]),
        ("GET", "/beheer/meldingen", "/beheer/meldingen", [303, 403, 403, 200, 403, 303]),
        ("GET", "/beheer/meldingen/cijfers", "/beheer/meldingen/cijfers", [303, 403, 403, 200, 200, 303]),
        ("GET", "/beheer/meldingen/{ref}", "/beheer/meldingen/@report", [303, 403, 403, 200, 403, 303]),
        ("POST", "/beheer/meldingen/{ref}/toewijzen", "/beheer/meldingen/@report/toewijzen", [303, 403, 403, 303, 403, 303]),
        ("POST", "/beheer/meldingen/{ref}/status", "/beheer/meldingen/@report/status", [303, 403, 403, 200, 403, 303]),
        ("POST", "/beheer/meldingen/{ref}/termijn", "/beheer/meldingen/@report/termijn", [303, 403, 403, 303, 403, 303]),
        ("POST", "/beheer/meldingen/{ref}/tekst", "/beheer/meldingen/@report/tekst", [303, 403, 403, 200, 403, 303]),
        ("GET", "/beheer/meldingen/{ref}/overdracht", "/beheer/meldingen/@report/overdracht", [303, 403, 403, 403, 403, 303]),
        ("GET", "/beheer/meldingen/{ref}/overdracht.json", "/beheer/meldingen/@report/overdracht.json", [303, 403, 403, 403, 403, 303]),
        // Activities: public agenda and sign-up; organisers need ManageActivities, and act only on
        // their own organisations' activities: this professional has no organisation (404).
        ("GET", "/api/v1/activities/{id}/registrations", "/api/v1/activities/1/registrations", [401, 403, 404, 403, 200, 401]),
        ("GET", "/activiteiten/locaties/{id}/foto", "/activiteiten/locaties/1/foto", [404, 404, 404, 404, 404, 404]),
        ("POST", "/beheer/activiteiten/locaties/{id}/foto", "/beheer/activiteiten/locaties/1/foto", [303, 403, 400, 403, 400, 303]),
        ("GET", "/activiteiten", "/activiteiten", [200, 200, 200, 200, 200, 200]),
        ("GET", "/activiteiten.ics", "/activiteiten.ics", [200, 200, 200, 200, 200, 200]),
        ("GET", "/activiteiten/maand", "/activiteiten/maand?jaar=2026&maand=12", [200, 200, 200, 200, 200, 200]),
        ("GET", "/activiteiten/{id}", "/activiteiten/1", [200, 200, 200, 200, 200, 200]),
        ("POST", "/activiteiten/{id}/aanmelden", "/activiteiten/1/aanmelden", [200, 200, 200, 200, 200, 200]),
        ("GET", "/activiteiten/{id}/feedback", "/activiteiten/1/feedback", [200, 200, 200, 200, 200, 200]),
        ("POST", "/activiteiten/{id}/feedback", "/activiteiten/1/feedback", [200, 200, 200, 200, 200, 200]),
        ("GET", "/aanmelding/{token}", "/aanmelding/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/aanmelding/{token}", "/aanmelding/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/aanmelding/{token}/verwijderen", "/aanmelding/x/verwijderen", [404, 404, 404, 404, 404, 404]),
        ("GET", "/bemiddeling/mijn-verzoek/{token}", "/bemiddeling/mijn-verzoek/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/bemiddeling/mijn-verzoek/{token}", "/bemiddeling/mijn-verzoek/x", [404, 404, 404, 404, 404, 404]),
        ("GET", "/beheer/activiteiten", "/beheer/activiteiten", [303, 403, 200, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/nieuw", "/beheer/activiteiten/nieuw", [303, 403, 200, 403, 200, 303]),
        ("POST", "/beheer/activiteiten/nieuw", "/beheer/activiteiten/nieuw", [303, 403, 200, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/cijfers", "/beheer/activiteiten/cijfers", [303, 403, 200, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/locaties", "/beheer/activiteiten/locaties", [303, 403, 200, 403, 200, 303]),
        ("POST", "/beheer/activiteiten/locaties", "/beheer/activiteiten/locaties", [303, 403, 200, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/{id}", "/beheer/activiteiten/1", [303, 403, 404, 403, 200, 303]),
        ("POST", "/beheer/activiteiten/{id}", "/beheer/activiteiten/1", [303, 403, 404, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/{id}/aanmeldingen", "/beheer/activiteiten/1/aanmeldingen", [303, 403, 404, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/{id}/export", "/beheer/activiteiten/1/export", [303, 403, 404, 403, 200, 303]),
        ("GET", "/beheer/activiteiten/{id}/aanwezig", "/beheer/activiteiten/1/aanwezig", [303, 403, 404, 403, 200, 303]),
        ("POST", "/beheer/activiteiten/{id}/aanwezig", "/beheer/activiteiten/1/aanwezig", [303, 403, 404, 403, 303, 303]),
        ("GET", "/beheer/activiteiten/{id}/presentielijst", "/beheer/activiteiten/1/presentielijst", [303, 403, 404, 403, 200, 303]),
        ("POST", "/beheer/activiteiten/{id}/annuleren", "/beheer/activiteiten/1/annuleren", [303, 403, 404, 403, 303, 303]),
        ("GET", "/api/v1/activities", "/api/v1/activities", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/activities/{id}", "/api/v1/activities/1", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/venues", "/api/v1/venues", [200, 200, 200, 200, 200, 200]),
        ("GET", "/training", "/training", [200, 200, 200, 200, 200, 200]),
        ("GET", "/training/controle", "/training/controle?nummer=kl-2026-aaaa-bbbb", [303, 303, 303, 303, 303, 303]),
        ("GET", "/training/cursus/{key}", "/training/cursus/cultuursensitief-basis", [200, 200, 200, 200, 200, 200]),
        ("GET", "/training/certificaat/{number}", "/training/certificaat/KL-2026-AAAA-BBBB", [404, 404, 404, 404, 404, 404]),
        ("POST", "/training/sessie/{id}/inschrijven", "/training/sessie/9/inschrijven", [303, 303, 303, 303, 303, 303]),
        ("GET", "/training/mijn", "/training/mijn", [303, 200, 200, 200, 200, 303]),
        ("GET", "/training/mijn/certificaat/{number}", "/training/mijn/certificaat/KL-2026-AAAA-BBBB", [303, 404, 404, 404, 404, 303]),
        ("GET", "/training/evaluatie/{id}/{form}", "/training/evaluatie/1/satisfaction", [303, 404, 404, 404, 404, 303]),
        ("POST", "/training/evaluatie/{id}/{form}", "/training/evaluatie/1/satisfaction", [303, 404, 404, 404, 404, 303]),
        ("GET", "/beheer/training", "/beheer/training", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/training/cursus/nieuw", "/beheer/training/cursus/nieuw", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/cursus/nieuw", "/beheer/training/cursus/nieuw", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/training/sessie/nieuw", "/beheer/training/sessie/nieuw", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/sessie/nieuw", "/beheer/training/sessie/nieuw", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/training/sessie/{id}", "/beheer/training/sessie/1", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/inschrijving/{id}/certificaat", "/beheer/training/inschrijving/1/certificaat", [303, 403, 403, 403, 422, 303]),
        ("POST", "/training/inschrijving/{id}/annuleren", "/training/inschrijving/1/annuleren", [303, 404, 404, 404, 303, 303]),
        ("POST", "/beheer/training/sessie/{id}/aanwezig", "/beheer/training/sessie/1/aanwezig", [303, 403, 403, 403, 303, 303]),
        ("GET", "/beheer/training/dekking", "/beheer/training/dekking", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/training/dekking.csv", "/beheer/training/dekking.csv", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/doel", "/beheer/training/doel", [303, 403, 403, 403, 422, 303]),
        ("POST", "/beheer/training/contactpersoon", "/beheer/training/contactpersoon", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/training/effect", "/beheer/training/effect", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/training/cursus/{id}/bewerken", "/beheer/training/cursus/1/bewerken", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/cursus/{id}/bewerken", "/beheer/training/cursus/1/bewerken", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/training/sessie/{id}/bewerken", "/beheer/training/sessie/1/bewerken", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/training/sessie/{id}/bewerken", "/beheer/training/sessie/1/bewerken", [303, 403, 403, 403, 422, 303]),
        // Last of the training rows: they archive course 1 and cancel session 1.
        ("POST", "/beheer/training/cursus/{id}/archiveren", "/beheer/training/cursus/1/archiveren", [303, 403, 403, 403, 303, 303]),
        ("POST", "/beheer/training/sessie/{id}/annuleren", "/beheer/training/sessie/1/annuleren", [303, 403, 403, 403, 303, 303]),
        ("GET", "/api/v1/training/courses", "/api/v1/training/courses", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/training/sessions", "/api/v1/training/sessions", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/training/coverage", "/api/v1/training/coverage", [401, 403, 403, 403, 200, 401]),
        // Mediation: the request and figures are public; case handling needs HandleMediation
        // (mediation coordinator, coordinator); the mediators' own view needs MediateCases.
        ("GET", "/bemiddeling", "/bemiddeling", [200, 200, 200, 200, 200, 200]),
        ("GET", "/bemiddeling/aanvragen", "/bemiddeling/aanvragen", [200, 200, 200, 200, 200, 200]),
        ("POST", "/bemiddeling/aanvragen", "/bemiddeling/aanvragen", [422, 422, 422, 422, 422, 422]),
        ("GET", "/bemiddeling/cijfers", "/bemiddeling/cijfers", [200, 200, 200, 200, 200, 200]),
        ("GET", "/bemiddeling/mijn", "/bemiddeling/mijn", [303, 403, 403, 403, 403, 303]),
        ("GET", "/bemiddeling/mijn/{id}", "/bemiddeling/mijn/@mediation", [303, 403, 403, 403, 403, 303]),
        ("POST", "/bemiddeling/mijn/{id}/contact", "/bemiddeling/mijn/@mediation/contact", [303, 403, 403, 403, 403, 303]),
        ("GET", "/beheer/bemiddeling", "/beheer/bemiddeling", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/bemiddeling/cijfers", "/beheer/bemiddeling/cijfers", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/bemiddeling/jaaroverzicht.csv", "/beheer/bemiddeling/jaaroverzicht.csv", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/bemiddeling/bemiddelaars", "/beheer/bemiddeling/bemiddelaars", [303, 403, 403, 403, 200, 303]),
        // Pupil-mediation counts: professionals of a school (this one has none: nothing to choose).
        ("GET", "/beheer/bemiddeling/school", "/beheer/bemiddeling/school", [303, 403, 200, 403, 200, 303]),
        ("POST", "/beheer/bemiddeling/school", "/beheer/bemiddeling/school", [303, 403, 422, 403, 422, 303]),
        ("POST", "/beheer/bemiddeling/bemiddelaars", "/beheer/bemiddeling/bemiddelaars", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/bemiddeling/{id}", "/beheer/bemiddeling/@mediation", [303, 403, 403, 403, 200, 303]),
        // Only the CSRF token: the form's version is missing, so the step is refused (422).
        ("POST", "/beheer/bemiddeling/{id}/stap", "/beheer/bemiddeling/@mediation/stap", [303, 403, 403, 403, 422, 303]),
        ("GET", "/api/v1/mediation/figures", "/api/v1/mediation/figures", [200, 200, 200, 200, 200, 200]),
        // Cases for referrers' systems (an API key with the mediation scope); a coordinator's own
        // organisation counts as the referrer.
        ("GET", "/api/v1/mediation/cases", "/api/v1/mediation/cases", [401, 403, 403, 403, 200, 401]),
        // From the meldpunt: the report handler passes a report on (only the CSRF token: refused).
        ("POST", "/beheer/bemiddeling/uit-melding/{ref}", "/beheer/bemiddeling/uit-melding/@report", [303, 403, 403, 422, 403, 303]),
        // Agreements: the charter and proposals are public; taking part needs a login; signing
        // needs SignCharter (coordinator, professional); deciding and moderating the steering group.
        ("GET", "/afspraken", "/afspraken", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/versies", "/afspraken/versies", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/versies/{number}", "/afspraken/versies/1", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/poster", "/afspraken/poster?formaat=a3", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/poster.css", "/afspraken/poster.css", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/schrijfhulp.js", "/afspraken/schrijfhulp.js", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/voorstellen", "/afspraken/voorstellen", [200, 200, 200, 200, 200, 200]),
        ("GET", "/afspraken/voorstellen/nieuw", "/afspraken/voorstellen/nieuw", [303, 200, 200, 200, 200, 303]),
        ("POST", "/afspraken/voorstellen/nieuw", "/afspraken/voorstellen/nieuw", [303, 200, 200, 200, 200, 303]),
        ("GET", "/afspraken/voorstellen/{id}", "/afspraken/voorstellen/1", [200, 200, 200, 200, 200, 200]),
        ("POST", "/afspraken/voorstellen/{id}/steunen", "/afspraken/voorstellen/2/steunen", [303, 303, 303, 303, 303, 303]),
        ("POST", "/afspraken/voorstellen/{id}/reageren", "/afspraken/voorstellen/2/reageren", [303, 200, 200, 200, 200, 303]),
        ("POST", "/afspraken/voorstellen/{id}/volgen", "/afspraken/voorstellen/2/volgen", [303, 400, 400, 400, 400, 303]),
        ("POST", "/afspraken/reacties/{id}/melden", "/afspraken/reacties/1/melden", [303, 303, 303, 303, 303, 303]),
        ("GET", "/afspraken/reacties/{id}/bewerken", "/afspraken/reacties/1/bewerken", [303, 403, 403, 403, 403, 303]),
        ("POST", "/afspraken/reacties/{id}/bewerken", "/afspraken/reacties/1/bewerken", [303, 403, 403, 403, 403, 303]),
        ("GET", "/afspraken/ondertekenen", "/afspraken/ondertekenen", [303, 403, 200, 403, 200, 303]),
        ("POST", "/afspraken/ondertekenen", "/afspraken/ondertekenen", [303, 403, 200, 403, 200, 303]),
        ("GET", "/beheer/afspraken", "/beheer/afspraken", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken", "/beheer/afspraken", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/afspraken/voorstellen/{id}", "/beheer/afspraken/voorstellen/2", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken/voorstellen/{id}", "/beheer/afspraken/voorstellen/2", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken/reacties/{id}/verbergen", "/beheer/afspraken/reacties/1/verbergen", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken/toezeggingen/{id}", "/beheer/afspraken/toezeggingen/1", [303, 403, 403, 403, 303, 303]),
        ("GET", "/beheer/afspraken/{id}", "/beheer/afspraken/1", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken/{id}", "/beheer/afspraken/1", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/afspraken/{id}/evaluatie", "/beheer/afspraken/1/evaluatie", [303, 403, 403, 403, 200, 303]),
        ("GET", "/api/v1/charter", "/api/v1/charter", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/charter/versions", "/api/v1/charter/versions", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/charter/versions/{number}", "/api/v1/charter/versions/1", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/proposals", "/api/v1/proposals", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/proposals/{id}", "/api/v1/proposals/1", [200, 200, 200, 200, 200, 200]),
        // Monitor: figures, map, trend and exports are public; answering needs a wave's link
        // (unknown: 404); the team dashboard ViewMonitorStaff; management ManageMonitor.
        ("GET", "/monitor", "/monitor", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/kaart", "/monitor/kaart", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/trend", "/monitor/trend", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/verslag", "/monitor/verslag", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/waarden.csv", "/monitor/waarden.csv", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/waarden.geojson", "/monitor/waarden.geojson", [200, 200, 200, 200, 200, 200]),
        ("GET", "/monitor/team", "/monitor/team", [303, 403, 200, 403, 200, 303]),
        ("GET", "/monitor/vragenlijst/{token}", "/monitor/vragenlijst/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/monitor/vragenlijst/{token}", "/monitor/vragenlijst/x", [404, 404, 404, 404, 404, 404]),
        ("GET", "/api/v1/monitor/values", "/api/v1/monitor/values", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/monitor/geojson", "/api/v1/monitor/geojson", [200, 200, 200, 200, 200, 200]),
        ("GET", "/beheer/monitor", "/beheer/monitor", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/monitor/vragenlijst", "/beheer/monitor/vragenlijst", [303, 403, 403, 403, 422, 303]),
        ("POST", "/beheer/monitor/meting", "/beheer/monitor/meting", [303, 403, 403, 403, 422, 303]),
        ("POST", "/beheer/monitor/drempel", "/beheer/monitor/drempel", [303, 403, 403, 403, 422, 303]),
        ("POST", "/beheer/monitor/inwoners", "/beheer/monitor/inwoners", [303, 403, 403, 403, 422, 303]),
        ("POST", "/beheer/monitor/buurtcodes", "/beheer/monitor/buurtcodes", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/monitor/vragenlijst/{id}", "/beheer/monitor/vragenlijst/1", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/monitor/vragenlijst/{id}", "/beheer/monitor/vragenlijst/1", [303, 403, 403, 403, 422, 303]),
        ("GET", "/beheer/monitor/meting/{id}", "/beheer/monitor/meting/1", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/monitor/meting/{id}/status", "/beheer/monitor/meting/1/status", [303, 403, 403, 403, 400, 303]),
        ("POST", "/beheer/monitor/meting/{id}/codes", "/beheer/monitor/meting/1/codes", [303, 403, 403, 403, 400, 303]),
        // Youth stage: the stage, taking part, team and consent links (secret tokens) are public;
        // the coach's own view needs CoachYouth (youth coaches only); management ManageYouth.
        ("GET", "/podium", "/podium", [200, 200, 200, 200, 200, 200]),
        ("GET", "/podium/meedoen", "/podium/meedoen", [200, 200, 200, 200, 200, 200]),
        ("POST", "/podium/meedoen", "/podium/meedoen", [422, 422, 422, 422, 422, 422]),
        ("GET", "/podium/{id}", "/podium/999999", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/{id}/reageren", "/podium/999999/reageren", [303, 404, 404, 404, 404, 303]),
        ("POST", "/podium/{id}/steunen", "/podium/999999/steunen", [303, 404, 404, 404, 404, 303]),
        ("POST", "/podium/reacties/{id}/melden", "/podium/reacties/999999/melden", [303, 404, 404, 404, 404, 303]),
        ("GET", "/beheer/podium/reacties", "/beheer/podium/reacties", [303, 403, 403, 403, 200, 303]),
        ("POST", "/beheer/podium/reacties/{id}", "/beheer/podium/reacties/999999", [303, 403, 403, 403, 404, 303]),
        ("GET", "/podium/team/{token}", "/podium/team/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/team/{token}/bericht", "/podium/team/x/bericht", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/team/{token}/oproep", "/podium/team/x/oproep", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/team/{token}/evaluatie", "/podium/team/x/evaluatie", [404, 404, 404, 404, 404, 404]),
        // An upload is multipart: the matrix's plain form is refused before the link is looked up.
        ("POST", "/podium/team/{token}/media", "/podium/team/x/media", [400, 400, 400, 400, 400, 400]),
        ("GET", "/podium/team/{token}/media/{id}", "/podium/team/x/media/1", [404, 404, 404, 404, 404, 404]),
        ("GET", "/podium/media/{id}", "/podium/media/999999", [404, 404, 404, 404, 404, 404]),
        ("GET", "/podium/toestemming/{token}", "/podium/toestemming/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/toestemming/{token}", "/podium/toestemming/x", [404, 404, 404, 404, 404, 404]),
        ("POST", "/podium/toestemming/{token}/intrekken", "/podium/toestemming/x/intrekken", [404, 404, 404, 404, 404, 404]),
        ("GET", "/podium/coach", "/podium/coach", [303, 403, 403, 403, 403, 303]),
        ("GET", "/podium/coach/{id}", "/podium/coach/999999", [303, 403, 403, 403, 403, 303]),
        ("POST", "/podium/coach/{id}/bericht", "/podium/coach/999999/bericht", [303, 403, 403, 403, 403, 303]),
        ("POST", "/podium/coach/{id}/mijlpaal", "/podium/coach/999999/mijlpaal", [303, 403, 403, 403, 403, 303]),
        ("GET", "/beheer/podium", "/beheer/podium", [303, 403, 403, 403, 200, 303]),
        ("GET", "/beheer/podium/{id}", "/beheer/podium/999999", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/podium/{id}/publiceren", "/beheer/podium/999999/publiceren", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/podium/{id}/offline", "/beheer/podium/999999/offline", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/podium/{id}/coach", "/beheer/podium/999999/coach", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/podium/{id}/einde", "/beheer/podium/999999/einde", [303, 403, 403, 403, 404, 303]),
        ("POST", "/beheer/podium/{id}/wissen", "/beheer/podium/999999/wissen", [303, 403, 403, 403, 404, 303]),
        ("GET", "/api/v1/youth/campaigns", "/api/v1/youth/campaigns", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/youth/campaigns/{id}", "/api/v1/youth/campaigns/999999", [404, 404, 404, 404, 404, 404]),
    ];

    #[test]
    fn every_route_is_in_the_matrix_and_every_matrix_row_is_a_route() {
        let mut features = kansrijk::features();
        let routes = kansrijk_kernel::web::all_routes(&mut features);
        let registered: std::collections::BTreeSet<&str> =
            routes.access_table().iter().map(|(p, _)| *p).collect();
        let tested: std::collections::BTreeSet<&str> =
            MATRIX.iter().map(|(_, p, _, _)| *p).collect();
        let untested: Vec<_> = registered.difference(&tested).collect();
        let unknown: Vec<_> = tested.difference(&registered).collect();
        assert!(
            untested.is_empty(),
            "routes without a row in the role matrix: {untested:?}"
        );
        assert!(
            unknown.is_empty(),
            "matrix rows for routes that do not exist: {unknown:?}"
        );
    }

    async fn run(t: TestDb) {
        let app = demo_app(&t).await;
        let person = create_person(
            &t.db,
            "bewoner@example.nl",
            "paars fietsje zingt op dinsdag",
            &[Role::Resident],
        )
        .await;
        let professional = create_person(
            &t.db,
            "pro@example.nl",
            "paars fietsje zingt op dinsdag",
            &[Role::Professional],
        )
        .await;
        let handler = create_person(
            &t.db,
            "meld@example.nl",
            "paars fietsje zingt op dinsdag",
            &[Role::ReportHandler],
        )
        .await;
        let coordinator = create_person(
            &t.db,
            "coord@example.nl",
            "paars fietsje zingt op dinsdag",
            &[Role::Coordinator],
        )
        .await;
        let org =
            kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Matrix BV", "other")
                .await
                .unwrap();
        let css = kansrijk_kernel::assets::url("kansrijk.css");
        // Demo reports; one without consent to hand over (the hand-over then answers 403, even to a handler).
        kansrijk_reports::demo::seed(&t.db, &app.state.sealer)
            .await
            .unwrap();
        kansrijk_mediation::demo::seed(&t.db, &app.state.sealer)
            .await
            .unwrap();
        let mediation: i64 = sqlx::query_scalar("SELECT MIN(id) FROM mediation_cases")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
        let report_ref: String = sqlx::query_scalar(
            "SELECT ref FROM reports WHERE consent_handover = 0 ORDER BY id LIMIT 1",
        )
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
        let secret = app.state.secret().await.unwrap();
        let personas: [Option<(i64, bool)>; PERSONAS] = [
            None,
            Some((person, true)),
            Some((professional, true)),
            Some((handler, true)),
            Some((coordinator, true)),
            Some((coordinator, false)),
        ];
        let mut failures = vec![];
        for (n, (method, _, sample, expected)) in MATRIX.iter().enumerate() {
            for (i, persona) in personas.iter().enumerate() {
                let uri = sample
                    .replace("@css", &css)
                    .replace("@org", &org.to_string())
                    .replace("@person", &person.to_string())
                    .replace("@report", &report_ref)
                    .replace("@mediation", &mediation.to_string());
                // A fresh session per request, so logging out in one row does not affect the next.
                let (cookie, binding) = match persona {
                    Some((id, mfa)) => {
                        let token = session::create(&t.db, *id, *mfa, 3600).await.unwrap();
                        (
                            format!("kr_session={token}"),
                            kansrijk_kernel::crypto::sha256_hex(&token),
                        )
                    }
                    None => {
                        let anon = "a".repeat(43);
                        (format!("kr_csrf={anon}"), anon)
                    }
                };
                let mut request = if *method == "GET" {
                    Request::get(&uri).body(Body::empty()).unwrap()
                } else {
                    let body = format!("csrf={}", csrf_token(secret, &CsrfBinding(binding)));
                    Request::post(&uri)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .header("sec-fetch-site", "same-origin")
                        .body(Body::from(body))
                        .unwrap()
                };
                request
                    .headers_mut()
                    .insert("cookie", cookie.parse().unwrap());
                // One address per row and role (rate limits count per address); more than 256
                // rows spread over two octets.
                let ip: std::net::SocketAddr = format!("127.{}.{}.{}:1", n / 256, n % 256, i + 1)
                    .parse()
                    .unwrap();
                request
                    .extensions_mut()
                    .insert(axum::extract::ConnectInfo(ip));
                let got = app.request(request).await.status.as_u16();
                if got != expected[i] {
                    failures.push(format!(
                        "{method} {uri} as persona {i}: expected {}, got {got}",
                        expected[i]
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_route_as_every_role_on_sqlite() {
        run(TestDb::sqlite().await).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_route_as_every_role_on_postgres() {
        run(TestDb::postgres().await).await;
    }
}

// ---- durability: an acknowledged report survives kill -9 ----------------------------------

/// One HTTP/1.1 request over a fresh connection; returns (status, headers+body as text).
fn http(port: u16, method: &str, path: &str, cookie: &str, body: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nCookie: {cookie}\r\n\
         Sec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, text)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .map(|i| i + start.len())
        .unwrap_or_else(|| panic!("{start} not in {text}"));
    &text[from..from + text[from..].find(end).unwrap()]
}

fn start_demo(db: &std::path::Path, port: u16) -> std::process::Child {
    let mut child = kansrijk()
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("KANSRIJK_ENCRYPTION_KEY_FILE", db.with_extension("key"))
        .env("KANSRIJK_RUN_JOBS", "false")
        .args(["demo", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/readyz", "", "").0 == 200
        {
            return child;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not start");
}

#[test]
fn an_acknowledged_report_survives_kill_9() {
    let dir = temp_dir();
    let db = dir.join("k.db");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = start_demo(&db, port);
    let (_, form) = http(port, "GET", "/meldpunt/melden", "", "");
    let cookie = format!("kr_csrf={}", between(&form, "kr_csrf=", ";"));
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"").to_string();
    let key = between(&form, "name=\"submission_key\" value=\"", "\"").to_string();
    let body = format!(
        "csrf={csrf}&submission_key={key}&role=witness&narrative=Dit+verhaal+moet+een+crash+overleven.&location=BU03071000\
         &terrain=public_space&grounds=origin&nature=threat&wants=register&residence=municipality&privacy_read=yes"
    );
    let (status, receipt) = http(port, "POST", "/meldpunt/versturen", &cookie, &body);
    assert_eq!(status, 200, "{receipt}");
    let code = between(
        &receipt,
        "id=\"receipt-code\" lang=\"en\" dir=\"ltr\">",
        "<",
    )
    .replace(' ', "");
    // The acknowledgement came after the commit: a hard crash right now loses nothing.
    server.kill().unwrap();
    server.wait().unwrap();
    let mut server = start_demo(&db, port);
    let (_, page) = http(port, "GET", "/meldpunt/volgen", "", "");
    let cookie = format!("kr_csrf={}", between(&page, "kr_csrf=", ";"));
    let csrf = between(&page, "name=\"csrf\" value=\"", "\"").to_string();
    let (status, answer) = http(
        port,
        "POST",
        "/meldpunt/volgen",
        &cookie,
        &format!("csrf={csrf}&code={code}"),
    );
    assert_eq!(
        status, 303,
        "the code still opens the report after kill -9: {answer}"
    );
    server.kill().unwrap();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_lists_what_is_coming_up() {
    let t = TestDb::sqlite().await;
    let app = demo_app(&t).await;
    let home = app.get("/").await.body;
    assert!(
        home.contains("<h2 id=\"coming-up-heading\">Binnenkort</h2>"),
        "{home}"
    );
    assert!(home.matches("href=\"/activiteiten/").count() >= 3);
}

#[test]
fn every_api_route_is_in_the_openapi_document() {
    let doc: serde_json::Value =
        serde_json::from_str(&kansrijk::openapi().to_json().unwrap()).unwrap();
    let mut features = kansrijk::features();
    let routes = kansrijk_kernel::web::all_routes(&mut features);
    for (path, _) in routes.access_table() {
        if let Some(relative) = path
            .strip_prefix("/api/v1")
            .filter(|_| *path != "/api/v1/openapi.json")
        {
            assert!(
                doc["paths"].get(relative).is_some(),
                "{path} is not in the OpenAPI document"
            );
        }
    }
}

/// A professional whose role is for a new organisation: (person, organisation).
async fn organiser_with_organisation(t: &TestDb) -> (i64, i64) {
    let organiser = kansrijk_kernel::testing::create_person(
        &t.db,
        "org@example.nl",
        "paars fietsje zingt op dinsdag",
        &[],
    )
    .await;
    let org =
        kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Organisator BV", "other")
            .await
            .unwrap();
    kansrijk_kernel::accounts::queries::assign_role(
        &t.db,
        organiser,
        kansrijk_kernel::authz::Role::Professional,
        Some(org),
        None,
        None,
    )
    .await
    .unwrap();
    (organiser, org)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organisers_read_registrations_through_the_api_and_it_is_audited() {
    let t = TestDb::postgres().await;
    let app = demo_app(&t).await;
    let (organiser, org) = organiser_with_organisation(&t).await;
    let token = kansrijk_kernel::accounts::session::create(&t.db, organiser, true, 3600)
        .await
        .unwrap();
    let id: i64 = sqlx::query_scalar("SELECT activity_id FROM registrations ORDER BY id LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE activities SET organisation_id = $1 WHERE id = $2")
        .bind(org)
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let request = axum::http::Request::get(format!("/api/v1/activities/{id}/registrations"))
        .header("cookie", format!("kr_session={token}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let r = app.request(request).await;
    assert_eq!(r.status, StatusCode::OK);
    let list = r.json();
    assert!(!list.as_array().unwrap().is_empty());
    assert!(list[0]["name"].is_string() && list[0]["status"].is_string());
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'activity_registrations' AND actor_id = $1")
        .bind(organiser)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(audited, 1);
}

/// A multipart body with the CSRF token, a text field and a file.
fn multipart(csrf: &str, alt: &str, file: &[u8], filename: &str) -> (String, Vec<u8>) {
    let boundary = "kansrijkgrens";
    let mut body = Vec::new();
    for (name, value) in [("csrf", csrf), ("photo_alt", alt)] {
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn venue_photos_are_uploaded_without_their_location_data() {
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = demo_app(&t).await;
        // The venue's own organisation may add its photo (another organisation gets 404: the
        // object matrix in tests/app/objects.rs).
        let (organiser, org) = organiser_with_organisation(&t).await;
        let (cookie, csrf) = fresh_session(&app, &t, organiser).await;
        let venue: i64 = sqlx::query_scalar(
            "SELECT venue_id FROM activities WHERE venue_id IS NOT NULL ORDER BY id LIMIT 1",
        )
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
        sqlx::query("UPDATE venues SET organisation_id = $1 WHERE id = $2")
            .bind(org)
            .bind(venue)
            .execute(&t.db.pool)
            .await
            .unwrap();
        let send = |alt: &str, file: Vec<u8>| {
            let (content_type, body) = multipart(&csrf, alt, &file, "foto.jpg");
            axum::http::Request::post(format!("/beheer/activiteiten/locaties/{venue}/foto"))
                .header("cookie", &cookie)
                .header("sec-fetch-site", "same-origin")
                .header("content-type", content_type)
                .body(axum::body::Body::from(body))
                .unwrap()
        };
        let jpeg = kansrijk_kernel::images::sample_jpeg_with_exif();
        let refused = app
            .request(send("Het gebouw", b"<svg onload=alert(1)>".to_vec()))
            .await;
        assert!(refused
            .body
            .contains("Dit bestand is geen JPEG- of PNG-foto"));
        let no_alt = app.request(send("", jpeg.clone())).await;
        assert!(no_alt.body.contains("Beschrijf de foto"));
        let ok = app
            .request(send("De ingang van het Huis van de Wijk", jpeg.clone()))
            .await;
        assert_eq!(ok.status, StatusCode::OK);
        let photo = app
            .get(&format!("/activiteiten/locaties/{venue}/foto"))
            .await;
        assert_eq!(photo.header("content-type"), "image/jpeg");
        assert!(!photo.body.contains("GPSLatitude"), "location data removed");
        assert!(photo.body.contains("JFIF"));
        let activity: i64 =
            sqlx::query_scalar("SELECT id FROM activities WHERE venue_id = $1 ORDER BY id LIMIT 1")
                .bind(venue)
                .fetch_one(&t.db.pool)
                .await
                .unwrap();
        let page = app.get(&format!("/activiteiten/{activity}")).await.body;
        assert!(page.contains(&format!("src=\"/activiteiten/locaties/{venue}/foto\" alt=\"De ingang van het Huis van de Wijk\"")));
        // A picture claiming more than 16 megapixels is refused from its header.
        let mut ihdr = 5000u32.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&5000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
        png.extend_from_slice(&ihdr);
        png.extend_from_slice(&[0; 4]);
        let pixels = app.request(send("Een heel grote foto", png)).await;
        assert!(
            pixels.body.contains("De foto heeft te veel pixels"),
            "{}",
            pixels.status
        );
        // Too large is refused cleanly too.
        let mut huge = jpeg.clone();
        huge.extend(vec![0u8; kansrijk_kernel::images::MAX_BYTES]);
        let large = app.request(send("Groot", huge)).await;
        assert!(
            large.body.contains("De foto is te groot")
                || large.status == StatusCode::PAYLOAD_TOO_LARGE,
            "{}",
            large.status
        );
    }
}

// ---- privacy and forgery: no-store, CSRF ----------------------------------------------------

/// The prefixes whose every answer must carry `Cache-Control: no-store` (issue 13).
const NO_STORE: [&str; 11] = [
    "/beheer",
    "/account",
    "/inloggen/code",
    "/inloggen/oidc",
    "/meldpunt/volgen",
    "/bemiddeling/aanvragen",
    "/bemiddeling/mijn",
    "/podium/meedoen",
    "/podium/team",
    "/podium/toestemming",
    "/podium/coach",
];

/// A sample URI for a registered path: each `{parameter}` becomes `1`.
fn sample_uri(path: &str) -> String {
    path.split('/')
        .map(|s| if s.starts_with('{') { "1" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

/// A person who holds every role.
async fn all_roles_person(t: &TestDb) -> i64 {
    kansrijk_kernel::testing::create_person(
        &t.db,
        "alles@example.nl",
        "paars fietsje zingt op dinsdag",
        &kansrijk_kernel::authz::Role::ALL,
    )
    .await
}

/// A fresh, fully logged-in session (a request that logs out must not affect the next one):
/// the cookie and a valid CSRF token.
async fn fresh_session(app: &TestApp, t: &TestDb, person: i64) -> (String, String) {
    let token = kansrijk_kernel::accounts::session::create(&t.db, person, true, 3600)
        .await
        .unwrap();
    let secret = app.state.secret().await.unwrap();
    let csrf = kansrijk_kernel::web::forms::csrf_token(
        secret,
        &kansrijk_kernel::web::forms::CsrfBinding(kansrijk_kernel::crypto::sha256_hex(&token)),
    );
    (format!("kr_session={token}"), csrf)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_under_a_personal_prefix_answers_no_store() {
    use kansrijk_kernel::web::middleware::is_under;
    let mut features = kansrijk::features();
    let routes = kansrijk_kernel::web::all_routes(&mut features);
    let paths: Vec<&str> = routes
        .access_table()
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| NO_STORE.iter().any(|prefix| is_under(p, prefix)))
        .collect();
    assert!(paths.len() > 50, "{}", paths.len());
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = demo_app(&t).await;
        let person = all_roles_person(&t).await;
        let mut missing = vec![];
        let mut shown = 0;
        for path in &paths {
            let uri = sample_uri(path);
            // Anonymous (redirected to log in) and logged in, reading and sending.
            for logged_in in [false, true] {
                for method in ["GET", "POST"] {
                    let (cookie, csrf) = if logged_in {
                        fresh_session(&app, &t, person).await
                    } else {
                        (String::new(), String::new())
                    };
                    let request = axum::http::Request::builder()
                        .method(method)
                        .uri(&uri)
                        .header("cookie", cookie)
                        .header("sec-fetch-site", "same-origin")
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(axum::body::Body::from(format!("csrf={csrf}")))
                        .unwrap();
                    let r = app.request(request).await;
                    shown += usize::from(r.status == StatusCode::OK);
                    if r.header("cache-control") != "no-store" {
                        missing.push(format!(
                            "{method} {uri} ({}) logged in: {logged_in}",
                            r.status
                        ));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "without no-store:\n{}",
            missing.join("\n")
        );
        // Real pages, not only redirects and refusals, were looked at.
        assert!(shown > 40, "{shown}");
    }
}

/// Every `<form method="post">` of every crate's templates, as (file, line, has a csrf field).
fn post_forms() -> Vec<(String, usize, bool)> {
    fn html_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                html_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                out.push(path);
            }
        }
    }
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![];
    for krate in std::fs::read_dir(&crates).unwrap().flatten() {
        html_files(&krate.path().join("templates"), &mut files);
    }
    // `method="post"`, `method='post'`, `method = POST`…
    let posts = |tag: &str| {
        let bare: String = tag
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '"' && *c != '\'')
            .collect();
        bare.contains("method=post")
    };
    let mut forms = vec![];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lower = text.to_ascii_lowercase();
        let mut from = 0;
        while let Some(start) = lower[from..].find("<form").map(|i| from + i) {
            let tag_end = lower[start..].find('>').map_or(lower.len(), |i| start + i);
            let end = lower[tag_end..]
                .find("</form")
                .map_or(lower.len(), |i| tag_end + i);
            if posts(&lower[start..tag_end]) {
                let has_csrf = text[tag_end..end].contains(r#"name="csrf""#);
                let line = text[..start].lines().count() + 1;
                forms.push((file.display().to_string(), line, has_csrf));
            }
            from = end.max(start + 1);
        }
    }
    forms
}

#[test]
fn every_post_form_in_every_template_carries_the_csrf_token() {
    let forms = post_forms();
    assert!(forms.len() > 50, "{}", forms.len());
    let without: Vec<String> = forms
        .iter()
        .filter(|(_, _, csrf)| !csrf)
        .map(|(file, line, _)| format!("{file}:{line}"))
        .collect();
    assert!(
        without.is_empty(),
        "POST forms without the hidden csrf field:\n{}",
        without.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_post_route_refuses_a_form_without_the_csrf_token() {
    let mut features = kansrijk::features();
    let routes = kansrijk_kernel::web::all_routes(&mut features);
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = demo_app(&t).await;
        let person = all_roles_person(&t).await;
        let mut posts = 0;
        let mut accepted = vec![];
        for (path, _) in routes.access_table() {
            let uri = sample_uri(path);
            let (session, _) = fresh_session(&app, &t, person).await;
            // A well-formed multipart body, so file uploads get as far as the token check too.
            let request = axum::http::Request::post(&uri)
                .header("cookie", &session)
                .header("sec-fetch-site", "same-origin")
                .header("content-type", "multipart/form-data; boundary=grens")
                .body(axum::body::Body::from(
                    "--grens\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--grens--\r\n",
                ))
                .unwrap();
            let status = app.request(request).await.status;
            if status == StatusCode::METHOD_NOT_ALLOWED {
                continue;
            }
            posts += 1;
            if status != StatusCode::FORBIDDEN {
                accepted.push(format!("POST {uri}: {status}"));
            }
        }
        assert!(posts > 40, "{posts}");
        assert!(
            accepted.is_empty(),
            "accepted without a CSRF token:\n{}",
            accepted.join("\n")
        );
    }
}

#[test]
fn every_key_a_template_uses_exists_in_every_language() {
    let i18n = kansrijk_kernel::i18n::I18n::new(&kansrijk::locales()).unwrap();
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut keys = vec![];
    for name in [
        "kernel",
        "programme",
        "reports",
        "activities",
        "training",
        "agreements",
    ] {
        let dir = crates.join(name).join("templates");
        keys.extend(kansrijk_kernel::testing::template_keys(&dir));
        for sub in std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
        {
            keys.extend(kansrijk_kernel::testing::template_keys(&sub.path()));
        }
    }
    assert!(keys.len() > 200, "{}", keys.len());
    let mut missing = vec![];
    for lang in kansrijk_kernel::i18n::Lang::ALL {
        for (file, key) in &keys {
            if !i18n.has(lang, key) {
                missing.push(format!("{file}: `{key}` in {}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
