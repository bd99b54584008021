//! The form extractor (`kansrijk_kernel::web::Form`): any body, with or without a valid CSRF
//! token, is decoded or refused with 400/403/413, never a panic; a body without the token is
//! always refused (403), and one that starts with it is never refused for the token.
#![no_main]

use axum::body::Body;
use axum::extract::FromRequest;
use axum::http::Request;
use kansrijk_kernel::config::{Config, DatabaseUrl};
use kansrijk_kernel::db::{kernel_migrations, Db, PoolSettings};
use kansrijk_kernel::web::forms::{csrf_token, CsrfBinding};
use kansrijk_kernel::web::{App, AppError, AppState, Form};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The kinds of fields the application's forms have.
#[allow(dead_code)]
#[derive(serde::Deserialize)]
struct Sample {
    #[serde(default)]
    name: String,
    count: Option<i64>,
    choice: Option<String>,
    #[serde(default)]
    agree: bool,
}

struct Fixture {
    runtime: tokio::runtime::Runtime,
    state: AppState,
    token: String,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let dir = std::env::temp_dir().join(format!("kansrijk-fuzz-form-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = DatabaseUrl(format!("sqlite://{}", dir.join("fuzz.db").display()));
        let state = runtime.block_on(async {
            let db = Db::connect(&url, &PoolSettings::default()).unwrap();
            db.migrate(&[kernel_migrations()]).await.unwrap();
            let mut config = Config::default();
            config.encryption_keys = vec![kansrijk_kernel::sealing::new_key("fuzz")];
            App::new(db, config, vec![]).unwrap().state
        });
        let secret = runtime.block_on(state.secret()).ok().unwrap();
        let token = csrf_token(&secret, &CsrfBinding("visitor".into()));
        Fixture {
            runtime,
            state,
            token,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let with_token = mode & 1 == 1;
    let mut body = Vec::new();
    if with_token {
        body.extend_from_slice(format!("csrf={}&", f.token).as_bytes());
    }
    body.extend_from_slice(rest);
    let mut request = Request::post("/")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    request
        .extensions_mut()
        .insert(CsrfBinding("visitor".into()));
    let result = f
        .runtime
        .block_on(Form::<Sample>::from_request(request, &f.state));
    match result {
        Ok(_) => assert!(with_token || contains(rest, f.token.as_bytes())),
        Err(AppError::Forbidden) => assert!(!with_token, "refused although the token came first"),
        Err(AppError::BadRequest | AppError::PayloadTooLarge) => {}
        Err(other) => panic!("unexpected answer: {other:?}"),
    }
});

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
