//! The page cache (`web::page_cache`): what is shared between anonymous visitors, and what never is.
use axum::body::Body;
use axum::http::Request;
use axum::routing::{get, post};
use kansrijk_kernel::authz::Access;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{TestApp, TestDb};
use kansrijk_kernel::web::{Feature, Page, Routes};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A kernel app with three test routes: a counter page (shows how often its handler ran), the
/// same with a form (a CSRF token), and a POST that changes nothing.
async fn app(t: &TestDb, page_cache_millis: u64) -> (TestApp, Arc<AtomicUsize>) {
    t.db.migrate(&[kernel_migrations()])
        .await
        .expect("migrations");
    let runs = Arc::new(AtomicUsize::new(0));
    let (r1, r2, r3) = (runs.clone(), runs.clone(), runs.clone());
    let routes = Routes::new()
        .public_cached(
            "/teller",
            get(move |page: Page| {
                let n = r1.fetch_add(1, Ordering::SeqCst) + 1;
                async move { format!("{} {n}", page.lang().code()) }
            }),
        )
        .public_cached(
            "/formulier",
            get(move |page: Page| {
                let n = r2.fetch_add(1, Ordering::SeqCst) + 1;
                async move { format!("{} {n}", page.csrf()) }
            }),
        )
        // A page that takes a while to render, as a busy database makes every page.
        .public_cached(
            "/traag",
            get(move || {
                let n = r3.fetch_add(1, Ordering::SeqCst) + 1;
                async move {
                    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
                    format!("render {n}")
                }
            }),
        )
        .route("/niet-gedeeld", get(|| async { "x" }), Access::Public)
        .route("/opslaan", post(|| async { "ok" }), Access::Public);
    let feature = Feature {
        routes,
        ..Feature::new("test")
    };
    let config = Config {
        page_cache_millis,
        ..Config::default()
    };
    let app = TestApp::with_config(t.db.clone(), config, vec![feature]);
    (app, runs)
}

fn get_with(uri: &str, name: &str, value: &str) -> Request<Body> {
    Request::get(uri)
        .header(name, value)
        .body(Body::empty())
        .unwrap()
}

#[db_test]
async fn anonymous_visitors_share_a_page_for_a_moment(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let first = app.get("/teller").await;
    assert_eq!(first.body, "nl 1");
    assert_eq!(first.header("age"), "");
    let second = app.get("/teller").await;
    assert_eq!(second.body, "nl 1", "served from the cache");
    assert_eq!(second.header("age"), "0");
    // Security headers and the language are part of the stored answer.
    assert!(second
        .header("content-security-policy")
        .contains("default-src 'none'"));
    assert_eq!(second.header("content-language"), "nl");
    assert_eq!(runs.load(Ordering::SeqCst), 1);

    // Another language, query or encoding is another page.
    assert_eq!(
        app.request(get_with("/teller", "accept-language", "en"))
            .await
            .body,
        "en 2"
    );
    assert_eq!(app.get("/teller?x=1").await.body, "nl 3");
    let gzip = app
        .request(get_with("/teller", "accept-encoding", "gzip"))
        .await;
    assert_eq!(runs.load(Ordering::SeqCst), 4, "{:?}", gzip.headers);
    assert_eq!(
        app.request(get_with("/teller", "accept-language", "en"))
            .await
            .body,
        "en 2"
    );

    // Someone with a session cookie always gets a fresh page.
    let logged_in = app
        .request(get_with("/teller", "cookie", "kr_session=abc"))
        .await;
    assert_eq!(logged_in.body, "nl 5");
    assert_eq!(logged_in.header("age"), "");

    // An accepted change on this instance empties the cache.
    let saved = app
        .request(Request::post("/opslaan").body(Body::empty()).unwrap())
        .await;
    assert_eq!(saved.body, "ok");
    assert_eq!(app.get("/teller").await.body, "nl 6");
    assert_eq!(app.get("/teller").await.body, "nl 6");
}

#[db_test]
async fn a_page_with_a_form_token_is_never_shared(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let a = app.get("/formulier").await;
    let b = app.get("/formulier").await;
    assert_eq!(runs.load(Ordering::SeqCst), 2, "rendered for each visitor");
    assert_ne!(a.body, b.body, "each visitor has an own token");
    assert_eq!(b.header("age"), "");
    // Also not for a visitor who already has a CSRF cookie (then no cookie is set).
    let cookie = "kr_csrf=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let c = app.request(get_with("/formulier", "cookie", cookie)).await;
    let d = app.request(get_with("/formulier", "cookie", cookie)).await;
    let token = |body: &str| body.split(' ').next().unwrap().to_string();
    assert_eq!(
        token(&c.body),
        token(&d.body),
        "the visitor's own token both times"
    );
    assert_eq!(runs.load(Ordering::SeqCst), 4);
    assert_eq!(d.header("age"), "");
    // Routes that did not opt in are never stored.
    app.get("/niet-gedeeld").await;
    assert_eq!(app.get("/niet-gedeeld").await.header("age"), "");
}

#[db_test]
async fn pages_expire_and_the_cache_can_be_switched_off(t: TestDb) {
    let (app, runs) = app(&t, 50).await;
    app.get("/teller").await;
    assert_eq!(app.get("/teller").await.body, "nl 1");
    tokio::time::sleep(std::time::Duration::from_millis(80)).await;
    assert_eq!(
        app.get("/teller").await.body,
        "nl 2",
        "older than the maximum age"
    );
    let (off, _) = self::app(&t, 0).await;
    off.get("/teller").await;
    assert_eq!(off.get("/teller").await.header("age"), "");
    assert_eq!(runs.load(Ordering::SeqCst), 2);
}

#[db_test]
async fn a_crowd_arriving_at_once_gets_one_render(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let app = Arc::new(app);
    let answers: Vec<_> = (0..16)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move { app.get("/traag").await.body })
        })
        .collect();
    for answer in answers {
        assert_eq!(answer.await.unwrap(), "render 1");
    }
    assert_eq!(
        runs.load(Ordering::SeqCst),
        1,
        "the others waited for the one render"
    );
}

#[db_test]
async fn an_expired_page_is_rendered_once_while_the_others_get_the_previous_answer(t: TestDb) {
    let (app, runs) = app(&t, 400).await;
    assert_eq!(app.get("/traag").await.body, "render 1");
    tokio::time::sleep(std::time::Duration::from_millis(450)).await;
    let app = Arc::new(app);
    let renderer = {
        let app = app.clone();
        tokio::spawn(async move { app.get("/traag").await.body })
    };
    tokio::task::yield_now().await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let others: Vec<_> = (0..8)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move { app.get("/traag").await.body })
        })
        .collect();
    let mut bodies = vec![];
    for other in others {
        bodies.push(other.await.unwrap());
    }
    let others = bodies;
    assert_eq!(
        others,
        vec!["render 1".to_string(); 8],
        "stale while one renders"
    );
    assert_eq!(renderer.await.unwrap(), "render 2");
    assert_eq!(runs.load(Ordering::SeqCst), 2);
    assert_eq!(app.get("/traag").await.body, "render 2");
}

#[db_test]
async fn made_up_query_parameters_are_served_but_do_not_fill_the_cache(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    assert_eq!(app.get("/teller?a=1&b=2").await.body, "nl 1");
    assert_eq!(
        app.get("/teller?b=2&a=1").await.body,
        "nl 1",
        "one page, parameters in any order"
    );
    let max = kansrijk_kernel::web::page_cache::MAX_VARIANTS_PER_PATH;
    for i in 0..max + 10 {
        app.get(&format!("/teller?x={i}")).await;
    }
    assert!(
        app.state.page_cache.len() <= max,
        "{} pages kept",
        app.state.page_cache.len()
    );
    assert_eq!(
        app.get("/teller?a=1&b=2").await.body,
        "nl 1",
        "the useful page stayed"
    );
    let before = runs.load(Ordering::SeqCst);
    app.get(&format!("/teller?x={}", max + 5)).await;
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 1,
        "a variant over the limit is rendered each time"
    );
}
