//! The page cache (`web::page_cache`): what is shared between anonymous visitors, and what never is.
use askama::filters::escape;
use axum::body::{Body, HttpBody};
use axum::http::{Request, StatusCode};
use axum::response::Html;
use axum::routing::{get, post};
use http_body_util::BodyExt;
use kansrijk_kernel::authz::{Access, Role};
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::TestResponse;
use kansrijk_kernel::testing::{create_person, Browser};
use kansrijk_kernel::testing::{TestApp, TestDb};
use kansrijk_kernel::web::forms::Slot;
use kansrijk_kernel::web::{Feature, Form, Page, Routes};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tower::ServiceExt;

/// A page with a form as the features write them: a CSRF token and an idempotency key.
fn form_page(page: &Page) -> String {
    format!(
        "<!doctype html><html lang=\"nl\"><title>Formulier</title><main><p>Vul in.</p>\
         <form method=\"post\" action=\"/formulier\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <input type=\"hidden\" name=\"key\" value=\"{}\">\
         <label for=\"naam\">Naam</label><input id=\"naam\" name=\"naam\">\
         <button>Versturen</button></form></main></html>",
        page.csrf(),
        page.form_key()
    )
}

/// A page with a header as the layout has it: the person's name (escaped), whether the
/// management link shows, and the logout form with its token; `n` counts the renders.
fn personal_header(page: &Page, n: usize) -> String {
    let name = page
        .user_name()
        .map(|n| escape(n, askama::filters::Html).unwrap().to_string());
    let logout = match name {
        Some(_) => format!(
            "<form method=\"post\" action=\"/uitloggen\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{}\"></form>",
            page.csrf()
        ),
        None => String::new(),
    };
    format!(
        "<!doctype html><html lang=\"nl\"><title>Gedeeld</title><header>\
         <span class=\"naam\">{}</span> beheer:{} {logout}</header><main>render {n}</main></html>",
        name.unwrap_or_default(),
        page.can_manage()
    )
}

/// The posted form's key: only reached with a valid token.
async fn sent(Form(fields): Form<Vec<(String, String)>>) -> String {
    fields
        .into_iter()
        .find(|(k, _)| k == "key")
        .map(|(_, v)| v)
        .unwrap_or_default()
}

/// A kernel app with test routes: a counter page (shows how often its handler ran), a page with
/// a form (a CSRF token and a form key) that may be shared and one that may not, and a POST
/// that changes nothing.
async fn app(t: &TestDb, page_cache_millis: u64) -> (TestApp, Arc<AtomicUsize>) {
    t.db.migrate(&[kernel_migrations()])
        .await
        .expect("migrations");
    let runs = Arc::new(AtomicUsize::new(0));
    let (r1, r2, r3, r4) = (runs.clone(), runs.clone(), runs.clone(), runs.clone());
    let (r5, r6) = (runs.clone(), runs.clone());
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
                r2.fetch_add(1, Ordering::SeqCst);
                async move { Html(form_page(&page)) }
            })
            .post(sent),
        )
        .route(
            "/formulier-eigen",
            get(move |page: Page| {
                r4.fetch_add(1, Ordering::SeqCst);
                async move { Html(form_page(&page)) }
            })
            .post(sent),
            Access::Public,
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
        .public_shared(
            "/voor-iedereen",
            get(move |page: Page| {
                let n = r5.fetch_add(1, Ordering::SeqCst) + 1;
                async move { Html(personal_header(&page, n)) }
            })
            .post(sent),
        )
        .public_cached(
            "/niet-voor-ingelogden",
            get(move |page: Page| {
                let n = r6.fetch_add(1, Ordering::SeqCst) + 1;
                async move { Html(personal_header(&page, n)) }
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

fn field(r: &TestResponse, name: &str) -> String {
    r.field(name)
        .unwrap_or_else(|| panic!("no {name} in {}", r.body))
}

fn csrf_cookie(r: &TestResponse) -> Option<String> {
    r.cookie("kr_csrf")
}

/// The page with its token and key blanked out: what every visitor gets alike.
fn markup(r: &TestResponse) -> String {
    r.markup_without(&["csrf", "key"])
}

fn assert_no_placeholder(body: &str) {
    for slot in Slot::ALL {
        assert!(
            !body.contains(slot.placeholder()),
            "{slot:?} left in {body}"
        );
    }
}

async fn post_as(app: &TestApp, uri: &str, csrf: &str, cookie: &str, key: &str) -> TestResponse {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("csrf", csrf), ("key", key)])
        .finish();
    app.request(
        Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", format!("kr_csrf={cookie}"))
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

#[db_test]
async fn a_page_with_a_form_is_shared_with_fresh_values_in_every_answer(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let a = app.get("/formulier").await;
    let b = app.get("/formulier").await;
    assert_eq!(runs.load(Ordering::SeqCst), 1, "rendered once for both");
    assert_eq!(b.header("age"), "0", "served from the cache");
    for r in [&a, &b] {
        assert_no_placeholder(&r.body);
        assert_eq!(field(r, "csrf").len(), 64, "{}", r.body);
        assert_eq!(field(r, "key").len(), 24);
        assert!(csrf_cookie(r).is_some_and(|c| c.len() == 43));
        assert_eq!(r.header("cache-control"), "private");
    }
    // The first answer, the one that filled the cache, shares nothing with the next either.
    assert_ne!(field(&a, "csrf"), field(&b, "csrf"));
    assert_ne!(field(&a, "key"), field(&b, "key"));
    assert_ne!(csrf_cookie(&a), csrf_cookie(&b));
    // The same markup as a page rendered without the cache, apart from the values.
    assert_eq!(markup(&a), markup(&b));
    let (off, _) = self::app(&t, 0).await;
    let fresh = off.get("/formulier").await;
    assert_no_placeholder(&fresh.body);
    assert_eq!(markup(&fresh), markup(&a));

    // A visitor who has a `kr_csrf` cookie keeps it: their own token, no new cookie, and still
    // a fresh form key per answer.
    let own = csrf_cookie(&a).unwrap();
    let c = app
        .request(get_with("/formulier", "cookie", &format!("kr_csrf={own}")))
        .await;
    let d = app
        .request(get_with("/formulier", "cookie", &format!("kr_csrf={own}")))
        .await;
    assert_eq!(d.header("age"), "0");
    assert_eq!(csrf_cookie(&c), None);
    assert_eq!(field(&c, "csrf"), field(&a, "csrf"));
    assert_eq!(field(&d, "csrf"), field(&a, "csrf"));
    assert_ne!(field(&c, "key"), field(&d, "key"));

    // Compressed: a gzip stream built from the parts, decoded by a standard decoder.
    let mut gzipped = vec![];
    for _ in 0..2 {
        let response = app
            .router
            .clone()
            .oneshot(get_with("/formulier", "accept-encoding", "br, gzip"))
            .await
            .unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip");
        assert!(response
            .headers()
            .get_all("vary")
            .iter()
            .any(|v| v == "accept-encoding"));
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_string();
        // Sent with its length (not chunked), though it leaves the cache in pieces.
        let length = response.body().size_hint().exact();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(length, Some(bytes.len() as u64));
        let mut body = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut body)
            .expect("valid gzip");
        let cookie = cookie["kr_csrf=".len()..cookie.find(';').unwrap()].to_string();
        let r = TestResponse {
            status: StatusCode::OK,
            headers: Default::default(),
            body,
        };
        assert_eq!(markup(&r), markup(&a));
        gzipped.push((field(&r, "csrf"), cookie));
    }
    assert_ne!(gzipped[0], gzipped[1]);
    assert_eq!(runs.load(Ordering::SeqCst), 2, "one render per encoding");

    // A session cookie: never from the cache.
    let e = app
        .request(get_with("/formulier", "cookie", "kr_session=abc"))
        .await;
    assert_eq!(e.header("age"), "");
    assert_no_placeholder(&e.body);
    assert_eq!(runs.load(Ordering::SeqCst), 3);

    // A token is accepted with the cookie of its own answer only.
    let (token_a, cookie_a) = (field(&a, "csrf"), csrf_cookie(&a).unwrap());
    let (token_b, cookie_b) = (field(&b, "csrf"), csrf_cookie(&b).unwrap());
    let mixed = post_as(&app, "/formulier", &token_a, &cookie_b, "k").await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    let mixed = post_as(&app, "/formulier", &token_b, &cookie_a, "k").await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    let (token_g, cookie_g) = &gzipped[0];
    assert_eq!(
        post_as(&app, "/formulier", token_g, &cookie_a, "k")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let key_a = field(&a, "key");
    let ok = post_as(&app, "/formulier", &token_a, &cookie_a, &key_a).await;
    assert_eq!(
        (ok.status, ok.body.as_str()),
        (StatusCode::OK, key_a.as_str())
    );
    let ok = post_as(&app, "/formulier", &token_b, &cookie_b, "k").await;
    assert_eq!(ok.status, StatusCode::OK);
    let ok = post_as(&app, "/formulier", token_g, cookie_g, "k").await;
    assert_eq!(ok.status, StatusCode::OK);
}

#[db_test]
async fn a_form_on_a_page_that_is_not_shared_gets_the_visitors_own_values(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let a = app.get("/formulier-eigen").await;
    let b = app.get("/formulier-eigen").await;
    assert_eq!(runs.load(Ordering::SeqCst), 2, "rendered for each visitor");
    assert_eq!(b.header("age"), "");
    for r in [&a, &b] {
        assert_no_placeholder(&r.body);
        assert_eq!(field(r, "key").len(), 24);
    }
    assert_ne!(field(&a, "csrf"), field(&b, "csrf"));
    assert_ne!(field(&a, "key"), field(&b, "key"));
    let (token, cookie) = (field(&a, "csrf"), csrf_cookie(&a).unwrap());
    let ok = post_as(&app, "/formulier-eigen", &token, &cookie, "k").await;
    assert_eq!(ok.status, StatusCode::OK);
    let other = csrf_cookie(&b).unwrap();
    let mixed = post_as(&app, "/formulier-eigen", &token, &other, "k").await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
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

#[db_test]
async fn a_query_longer_than_any_page_reads_is_served_without_the_cache(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    let long = format!(
        "/teller?q={}",
        "x".repeat(kansrijk_kernel::web::page_cache::MAX_KEY_PART_BYTES)
    );
    let before = runs.load(Ordering::SeqCst);
    app.get(&long).await;
    app.get(&long).await;
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 2,
        "rendered each time"
    );
    assert_eq!(app.state.page_cache.len(), 0, "nothing kept");
    let short = "/teller?q=x";
    app.get(short).await;
    app.get(short).await;
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 3,
        "a short query is cached"
    );
}

const PASSWORD: &str = "een lang genoeg wachtwoord";

#[db_test]
async fn people_with_the_same_roles_share_a_page_with_their_own_name_and_token(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[Role::Resident]).await;
    create_person(&t.db, "bram@example.nl", PASSWORD, &[Role::Resident]).await;
    create_person(&t.db, "coby@example.nl", PASSWORD, &[Role::Volunteer]).await;
    sqlx::query("UPDATE users SET name = $1 WHERE email = $2")
        .bind("Bram <b>&")
        .bind("bram@example.nl")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let mut ayse = Browser::logged_in(&app, "127.0.1.1:1", "ayse@example.nl", PASSWORD).await;
    let mut bram = Browser::logged_in(&app, "127.0.1.2:1", "bram@example.nl", PASSWORD).await;
    let mut coby = Browser::logged_in(&app, "127.0.1.3:1", "coby@example.nl", PASSWORD).await;
    let before = runs.load(Ordering::SeqCst);
    // The first answer is the person's own: it shows that the route may be shared.
    let first = ayse.get("/voor-iedereen").await;
    assert!(first.body.contains(">ayse</span>"), "{}", first.body);
    let ayse_page = ayse.get("/voor-iedereen").await;
    let ayse_token = field(&ayse_page, "csrf");
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 2,
        "one render to share"
    );
    let bram_page = bram.get("/voor-iedereen").await;
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 2,
        "Bram gets the shared page"
    );
    assert_eq!(bram_page.header("age"), "0");
    assert!(
        bram_page.body.contains(">Bram &#60;b&#62;&#38;</span>")
            || bram_page.body.contains(">Bram &lt;b&gt;&amp;</span>"),
        "his own name, escaped: {}",
        bram_page.body
    );
    assert!(!bram_page.body.contains("ayse"));
    for page in [&ayse_page, &bram_page] {
        assert_no_placeholder(&page.body);
    }
    assert_eq!(
        markup(&ayse_page).replace(">ayse<", "><"),
        markup(&bram_page)
            .replace(">Bram &#60;b&#62;&#38;<", "><")
            .replace(">Bram &lt;b&gt;&amp;<", "><")
    );
    // Each token is bound to its own session: Ayse's does not work in Bram's.
    let bram_token = field(&bram_page, "csrf");
    assert_ne!(ayse_token, bram_token);
    let mixed = bram
        .post_raw(
            "/voor-iedereen",
            &[("csrf", &ayse_token), ("key", "k")],
            "same-origin",
        )
        .await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    // Other roles, another page; and no visitor without a session gets a person's page.
    let coby_page = coby.get("/voor-iedereen").await;
    assert!(coby_page.body.contains(">coby</span>"));
    let anonymous = app.get("/voor-iedereen").await;
    assert!(
        anonymous.body.contains("<span class=\"naam\"></span>"),
        "{}",
        anonymous.body
    );
    assert_eq!(
        runs.load(Ordering::SeqCst),
        before + 4,
        "one render per role set, one anonymous"
    );
    let ok = bram
        .post_raw(
            "/voor-iedereen",
            &[("csrf", &bram_token), ("key", "k")],
            "same-origin",
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "his own token works");
}

#[db_test]
async fn a_page_not_marked_for_people_is_rendered_for_each_person(t: TestDb) {
    let (app, runs) = app(&t, 60_000).await;
    create_person(&t.db, "ayse@example.nl", PASSWORD, &[Role::Resident]).await;
    let mut ayse = Browser::logged_in(&app, "127.0.1.1:1", "ayse@example.nl", PASSWORD).await;
    let before = runs.load(Ordering::SeqCst);
    for i in 1..=3 {
        let page = ayse.get("/niet-voor-ingelogden").await;
        assert!(page.body.contains(">ayse</span>"));
        assert_eq!(page.header("age"), "");
        assert_eq!(runs.load(Ordering::SeqCst), before + i);
    }
    // Anonymous visitors still share it.
    app.get("/niet-voor-ingelogden").await;
    app.get("/niet-voor-ingelogden").await;
    assert_eq!(runs.load(Ordering::SeqCst), before + 4);
}
