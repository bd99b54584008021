//! Test helpers for every crate: fresh SQLite and PostgreSQL databases and an in-process HTTP
//! client for the router. Enabled by the `testing` feature (dev-dependencies only).
//!
//! [`db_test!`] writes a test once and runs it against both databases, as `name::sqlite` and
//! `name::postgres`. PostgreSQL comes from `KANSRIJK_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test gets its own database, dropped afterwards.
//! A PostgreSQL that cannot be reached fails the test: skipping silently would hide a broken path.

use crate::config::{Config, DatabaseUrl};
use crate::db::{Backend, Db, PoolSettings};
use crate::i18n::{I18n, Locales};
use crate::web::{build_router, AppState, Feature, NavItem, SiteLoader};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

/// Runs the test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! db_test {
    ($(#[$meta:meta])* async fn $name:ident($db:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = $crate::testing::TestDb::sqlite().await;
                $body
            }

            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let $db = $crate::testing::TestDb::postgres().await;
                $body
            }
        }
    };
}

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

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl TestApp {
    pub fn new(
        db: Db,
        locales: Vec<Locales>,
        nav: Vec<NavItem>,
        features: Vec<Feature>,
        site_loader: Option<SiteLoader>,
        openapi_json: String,
    ) -> TestApp {
        let i18n = Arc::new(I18n::new(&locales).expect("translations"));
        let config = Arc::new(Config::default());
        let state = AppState::new(db, i18n, config, nav, site_loader, openapi_json);
        TestApp {
            router: build_router(state.clone(), features),
            state,
        }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
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
