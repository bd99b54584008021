//! Test helpers for every crate: fresh SQLite and PostgreSQL databases and an in-process HTTP
//! client for the router. Enabled by the `testing` feature (dev-dependencies only).
//!
//! [`db_test`] (`#[db_test] async fn name(t: TestDb) { … }`) writes a test once and runs it
//! against both databases, as `name::sqlite` and `name::postgres`. PostgreSQL comes from `KANSRIJK_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test gets its own database, dropped afterwards.
//! A PostgreSQL that cannot be reached fails the test: skipping silently would hide a broken path.

use crate::config::{Config, DatabaseUrl};
use crate::db::{Backend, Db, PoolSettings};
use crate::web::{App, AppState, Feature};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Runs a test once on SQLite and once on PostgreSQL: `#[db_test] async fn name(t: TestDb)`.
pub use kansrijk_macros::db_test;

/// A database that exists for one test.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pg_admin: Option<(String, String)>,
    sqlite_dir: Option<std::path::PathBuf>,
}

fn unique_name() -> String {
    format!("kansrijk_t_{:016x}", rand::random::<u64>())
}

pub fn pg_admin_url() -> String {
    std::env::var("KANSRIJK_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(unique_name());
        std::fs::create_dir_all(&dir).expect("temp dir");
        let url = format!("sqlite://{}", dir.join("test.db").display());
        let db = Db::connect(&DatabaseUrl(url.clone()), &PoolSettings::default()).expect("sqlite");
        TestDb {
            db,
            url,
            pg_admin: None,
            sqlite_dir: Some(dir),
        }
    }

    pub async fn postgres() -> TestDb {
        sqlx::any::install_default_drivers();
        let admin = pg_admin_url();
        let name = unique_name();
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {admin} is needed for the tests: {e}"));
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create test database");
        let mut url = url::Url::parse(&admin).expect("admin url");
        url.set_path(&name);
        let url = url.to_string();
        let db =
            Db::connect(&DatabaseUrl(url.clone()), &PoolSettings::default()).expect("postgres");
        TestDb {
            db,
            url,
            pg_admin: Some((admin, name)),
            sqlite_dir: None,
        }
    }

    pub fn backend(&self) -> Backend {
        self.db.backend
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(dir) = self.sqlite_dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some((admin, name)) = self.pg_admin.take() {
            // Drop needs its own runtime: the test's runtime may be shutting down.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                        .await
                        .ok()?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await
                        .ok()
                })
            })
            .join();
        }
    }
}

/// The whole web app in-process, without a socket.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub jobs: crate::jobs::Registry,
}

/// What a test reads of a response.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The value of a cookie this answer sets.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok()?.split(';').next()?.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    /// The value of the first form field `name` (`name="…" value="…"`) on the page.
    pub fn field(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\" value=\"");
        let rest = &self.body[self.body.find(&marker)? + marker.len()..];
        Some(rest[..rest.find('"')?].to_string())
    }

    /// The page with the values of these fields blanked out: the markup every visitor shares
    /// when the page cache fills in per-visitor values.
    pub fn markup_without(&self, fields: &[&str]) -> String {
        fields.iter().fold(self.body.clone(), |body, name| {
            match self.field(name).filter(|v| !v.is_empty()) {
                Some(value) => body.replace(&value, &format!("[{name}]")),
                None => body,
            }
        })
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl TestApp {
    /// The kernel and `features` on `db`, composed as the binary composes them ([`App`]).
    pub fn new(db: Db, features: Vec<Feature>) -> TestApp {
        TestApp::with_config(db, Config::default(), features)
    }

    pub fn with_config(db: Db, config: Config, features: Vec<Feature>) -> TestApp {
        let mut config = config;
        if config.encryption_keys.is_empty() {
            // Tests never write a key file into the source tree.
            config.encryption_keys = vec![crate::sealing::new_key("test")];
        }
        let app = App::new(db, config, features).expect("application");
        TestApp {
            router: app.router,
            state: app.state,
            jobs: app.jobs,
        }
    }

    /// Applies the kernel's and the features' migrations to `t`, then composes the app.
    pub async fn migrated(t: &TestDb, config: Config, features: Vec<Feature>) -> TestApp {
        t.db.migrate(&crate::web::app::migration_sets(&features))
            .await
            .expect("migrations");
        TestApp::with_config(t.db.clone(), config, features)
    }

    /// Runs every due background job, as the worker would.
    pub async fn run_jobs(&self) -> usize {
        crate::jobs::run_due(&self.state, &self.jobs, "test")
            .await
            .expect("jobs")
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    /// Posts `fields` with this CSRF token and `kr_csrf` cookie, as a browser on this site would
    /// (to show which token goes with which cookie).
    pub async fn post_as(
        &self,
        uri: &str,
        csrf: &str,
        cookie: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", csrf)
            .extend_pairs(fields)
            .finish();
        self.request(
            Request::post(uri)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .header("cookie", format!("kr_csrf={cookie}"))
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

/// The translation keys a template folder uses through `t("…")`, `t_str("…"` and `t_num("…"`,
/// so a test can check that each exists.
pub fn template_keys(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut found = vec![];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for marker in [".t(\"", ".t_str(\"", ".t_num(\""] {
            for (i, _) in text.match_indices(marker) {
                let rest = &text[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    found.push((path.display().to_string(), rest[..end].to_string()));
                }
            }
        }
    }
    found
}

// ---- a browser-like client: cookies, CSRF tokens, same-origin headers ----------------------

/// Keeps cookies like a browser and fills in the CSRF token of the last page it saw, so tests
/// read like a person using the site.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    cookies: std::collections::BTreeMap<String, String>,
    csrf: String,
    pub ip: std::net::SocketAddr,
}

impl<'a> Browser<'a> {
    /// A browser from address `ip` (`"127.0.1.7:1"`: login limits count per address) that
    /// logged in with the password; the login must succeed.
    pub async fn logged_in(app: &'a TestApp, ip: &str, email: &str, password: &str) -> Browser<'a> {
        let mut b = Browser::new(app);
        b.ip = ip.parse().expect("a socket address");
        b.get("/inloggen").await;
        let r = b
            .post("/inloggen", &[("email", email), ("password", password)])
            .await;
        assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
        b
    }

    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser {
            app,
            cookies: Default::default(),
            csrf: String::new(),
            ip: "192.0.2.10:50000".parse().unwrap(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, response: &TestResponse) {
        for value in response.headers.get_all("set-cookie") {
            let Ok(value) = value.to_str() else { continue };
            let first = value.split(';').next().unwrap_or("");
            if let Some((k, v)) = first.split_once('=') {
                if value.contains("Max-Age=0") || v.is_empty() {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        if let Some(i) = response.body.find("name=\"csrf\" value=\"") {
            let rest = &response.body[i + 19..];
            self.csrf = rest[..rest.find('"').unwrap_or(0)].to_string();
        }
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }

    pub fn csrf(&self) -> &str {
        &self.csrf
    }

    pub async fn send(&mut self, mut request: Request<Body>) -> TestResponse {
        if !self.cookies.is_empty() {
            request
                .headers_mut()
                .insert("cookie", self.cookie_header().parse().unwrap());
        }
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(self.ip));
        let response = self.app.request(request).await;
        self.remember(&response);
        response
    }

    pub async fn get(&mut self, uri: &str) -> TestResponse {
        self.send(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    /// Posts a form as the browser would from a page of this site, with the CSRF token.
    pub async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let csrf = self.csrf.clone();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(uri, &all, "same-origin").await
    }

    /// Posts exactly these fields with the given `Sec-Fetch-Site`.
    pub async fn post_raw(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        fetch_site: &str,
    ) -> TestResponse {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", fetch_site)
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }
}

/// Imports `count` made-up municipalities (`GM1000`, "Plaats 000", …) of `buurten` buurten each
/// (national scale: 349 of 40 beside Liendert).
pub async fn import_municipalities(db: &Db, count: usize, buurten: usize) {
    for m in 0..count {
        crate::areas::import_geojson(
            db,
            &municipality_geojson(
                &format!("GM{}", 1000 + m),
                &format!("Plaats {m:03}"),
                buurten,
            ),
        )
        .await
        .unwrap();
    }
}

/// A CBS-style GeoJSON (no geometry) for `areas::import_geojson`: municipality `gm`
/// (`GM` + 4 digits) named `name` with `n` buurten named "`name` buurt 000", "… 001", …,
/// a hundred per district (`WK` + digits + 01, 02, …; buurt codes `BU` + digits + wijk + 00…99).
pub fn municipality_geojson(gm: &str, name: &str, n: usize) -> String {
    let digits = &gm[2..];
    let features: Vec<String> = (0..n)
        .map(|i| {
            let (w, b) = (i / 100 + 1, i % 100);
            format!(
                r#"{{"type":"Feature","properties":{{"statcode":"BU{digits}{w:02}{b:02}","statnaam":"{name} buurt {i:03}","wijkcode":"WK{digits}{w:02}","wijknaam":"{name} wijk {w}","gemeentecode":"{gm}","gemeentenaam":"{name}"}},"geometry":null}}"#
            )
        })
        .collect();
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

/// Where a redirect points.
pub fn location(response: &TestResponse) -> &str {
    response.header("location")
}

// ---- a real SMTP server on loopback ---------------------------------------------------------

/// aiosmtpd (a real SMTP server, from PyPI) writing to a Maildir, for tests that must see the
/// mail a person would get.
pub struct MailSink {
    pub port: u16,
    dir: std::path::PathBuf,
    child: Option<std::process::Child>,
}

/// A message as the recipient's mail program would show it.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl ReceivedMail {
    /// The first link to this site in the text part.
    pub fn link(&self) -> String {
        let start = self.text.find("http://").expect("a link in the mail");
        let rest = &self.text[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        rest[..end].to_string()
    }

    /// The link without scheme and host, for the in-process client.
    pub fn path(&self) -> String {
        let link = self.link();
        let after_scheme = &link["http://".len()..];
        after_scheme[after_scheme.find('/').unwrap_or(after_scheme.len())..].to_string()
    }
}

impl MailSink {
    pub fn start() -> MailSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = std::env::temp_dir().join(unique_name());
        let mut sink = MailSink {
            port,
            dir,
            child: None,
        };
        sink.restart();
        sink
    }

    pub fn restart(&mut self) {
        assert!(self.child.is_none(), "already running");
        let child = std::process::Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(&self.dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (pip install aiosmtpd)");
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the SMTP sink did not start");
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// A configuration that sends mail to this sink.
    pub fn config(&self) -> Config {
        Config {
            smtp_host: "127.0.0.1".into(),
            smtp_port: self.port,
            job_retry_base_secs: 0,
            ..Config::default()
        }
    }

    pub fn messages(&self) -> Vec<ReceivedMail> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.join("new"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|raw| {
                let parsed = mail_parser::MessageParser::default().parse(&raw)?;
                Some(ReceivedMail {
                    to: parsed
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_string(),
                    subject: parsed.subject().unwrap_or_default().to_string(),
                    text: parsed
                        .body_text(0)
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                    html: parsed
                        .body_html(0)
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                })
            })
            .collect()
    }

    /// The messages to `to`, waiting up to 5 s for at least one.
    pub async fn wait_for(&self, to: &str) -> Vec<ReceivedMail> {
        for _ in 0..100 {
            let found: Vec<_> = self.messages().into_iter().filter(|m| m.to == to).collect();
            if !found.is_empty() {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!(
            "no mail for {to}; got {:?}",
            self.messages()
                .iter()
                .map(|m| (&m.to, &m.subject))
                .collect::<Vec<_>>()
        );
    }
}

impl Drop for MailSink {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Creates an active person with a password and roles, straight in the database.
pub async fn create_person(
    db: &Db,
    email: &str,
    password: &str,
    roles: &[crate::authz::Role],
) -> i64 {
    use crate::accounts::{model::UserStatus, password as pw, queries};
    let hash = pw::hash(password);
    let id = queries::create_user(
        db,
        &queries::NewUser {
            email,
            name: email.split('@').next().unwrap_or("x"),
            lang: "nl",
            status: UserStatus::Active,
            organisation_id: None,
            password_hash: Some(&hash),
        },
    )
    .await
    .expect("person");
    for role in roles {
        queries::assign_role(db, id, *role, None, None, None)
            .await
            .expect("role");
    }
    id
}

/// Gives a person a working second factor and returns its secret. It is stored in plaintext, as
/// before sealing; the first login seals it (so this also keeps that fallback tested).
pub async fn enable_totp(db: &Db, user_id: i64) -> String {
    let secret = crate::accounts::totp::new_secret();
    crate::accounts::queries::set_totp(db, user_id, Some(&secret), true)
        .await
        .expect("totp");
    secret
}

/// The current TOTP code for a secret.
pub fn totp_now(secret: &str) -> String {
    crate::accounts::totp::code_at(secret, crate::db::now() as u64)
}

/// The code of the next 30-second step (accepted within the allowed drift): for a second login
/// in the same step, since a code is accepted only once.
pub fn totp_next(secret: &str) -> String {
    crate::accounts::totp::code_at(secret, crate::db::now() as u64 + 30)
}
