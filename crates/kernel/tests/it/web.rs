//! The kernel's web plumbing: areas, languages, error pages, security headers, static assets, operations.
use axum::body::Body;
use axum::http::{Request, StatusCode};
use kansrijk_kernel::areas;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::testing::{db_test, municipality_geojson, TestApp, TestDb};

async fn app(t: &TestDb) -> TestApp {
    t.db.migrate(&[kernel_migrations()])
        .await
        .expect("migrations");
    TestApp::new(t.db.clone(), vec![])
}

fn get_with(uri: &str, header: (&str, &str)) -> Request<Body> {
    Request::get(uri)
        .header(header.0, header.1)
        .body(Body::empty())
        .unwrap()
}

#[db_test]
async fn migrations_apply_from_empty_and_again(t: TestDb) {
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM areas")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[db_test]
async fn liendert_areas_import_as_a_hierarchy(t: TestDb) {
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    let summary = areas::import_geojson(&t.db, areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    assert_eq!(
        (
            summary.municipalities,
            summary.districts,
            summary.neighbourhoods
        ),
        (1, 1, 5)
    );
    // A second import updates in place.
    areas::import_geojson(&t.db, areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    let all = areas::list(&t.db).await.unwrap();
    assert_eq!(all.len(), 7);
    let gm = areas::by_code(&t.db, "GM0307").await.unwrap().unwrap();
    assert_eq!(gm.name, "Amersfoort");
    let wk = areas::by_code(&t.db, "WK030710").await.unwrap().unwrap();
    assert_eq!(wk.parent_id, Some(gm.id));
    let buurten: Vec<String> = areas::children(&t.db, wk.id)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(
        buurten,
        [
            "De Horsten",
            "Liendert-Noord",
            "Liendert-Zuid",
            "Watervogelbuurt",
            "Zangvogelbuurt"
        ]
    );
    assert!(areas::by_code(&t.db, "BU03071002")
        .await
        .unwrap()
        .unwrap()
        .geometry
        .unwrap()
        .contains("Polygon"));
}

#[db_test]
async fn a_bad_feature_imports_nothing(t: TestDb) {
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    let json = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"statcode":"BU03071000","statnaam":"Goed","wijkcode":"WK030710","wijknaam":"Liendert","gemeentecode":"GM0307","gemeentenaam":"Amersfoort"},"geometry":null},
        {"type":"Feature","properties":{"statcode":"BU12","statnaam":"Fout"},"geometry":null}]}"#;
    let err = areas::import_geojson(&t.db, json).await.unwrap_err();
    assert!(err.to_string().contains("feature 1"), "{err}");
    assert!(
        areas::list(&t.db).await.unwrap().is_empty(),
        "the transaction must roll back"
    );
    assert!(areas::import_geojson(&t.db, "{\"type\":\"Point\"}")
        .await
        .is_err());
    assert!(areas::import_geojson(&t.db, "not json").await.is_err());
}

#[db_test]
async fn areas_api_lists_filters_and_shows_geometry(t: TestDb) {
    let app = app(&t).await;
    areas::import_geojson(&t.db, areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    let all = app.get("/api/v1/areas").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.header("api-version"), "1.0.0");
    assert_eq!(all.json().as_array().unwrap().len(), 7);
    let buurten = app.get("/api/v1/areas?kind=neighbourhood").await.json();
    let buurten = buurten.as_array().unwrap();
    assert_eq!(buurten.len(), 5);
    assert!(buurten
        .iter()
        .all(|b| b["parent_code"] == "WK030710" && b.get("geometry").is_none()));
    let one = app.get("/api/v1/areas/BU03071003").await.json();
    assert_eq!(one["name"], "Watervogelbuurt");
    assert_eq!(one["geometry"]["type"], "Polygon");
    let missing = app.get("/api/v1/areas/BU99999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("content-type"), "application/problem+json");
    assert_eq!(missing.json()["status"], 404);
    assert_eq!(
        app.get("/api/v1/areas?kind=planet").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[db_test]
async fn the_home_municipality_is_the_first_imported_and_buurten_are_per_municipality(t: TestDb) {
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    assert!(
        areas::home_municipality(&t.db).await.unwrap().is_none(),
        "no areas, no home"
    );
    areas::import_geojson(&t.db, areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    // Imported later, and before Amersfoort in the alphabet.
    areas::import_geojson(&t.db, &municipality_geojson("GM0001", "Aadorp", 3))
        .await
        .unwrap();
    let home = areas::home_municipality(&t.db)
        .await
        .unwrap()
        .expect("a home municipality");
    assert_eq!(home.code, "GM0307");
    let names: Vec<String> = areas::municipalities(&t.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["Aadorp", "Amersfoort"], "by name");
    let liendert: Vec<String> = areas::buurten_of(&t.db, "GM0307")
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(
        liendert,
        [
            "De Horsten",
            "Liendert-Noord",
            "Liendert-Zuid",
            "Watervogelbuurt",
            "Zangvogelbuurt"
        ]
    );
    let aadorp: Vec<String> = areas::buurten_of(&t.db, "GM0001")
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.code)
        .collect();
    assert_eq!(aadorp, ["BU00010100", "BU00010101", "BU00010102"]);
    assert!(areas::buurten_of(&t.db, "GM9999").await.unwrap().is_empty());
    assert!(
        areas::buurten_of(&t.db, "WK030710")
            .await
            .unwrap()
            .is_empty(),
        "a district is no municipality"
    );
    let index = areas::index(&t.db).await.unwrap();
    assert_eq!(index.neighbourhood_count(), 8);
    assert!(!index.per_municipality());
    let buurt = index.by_code("BU00010102").unwrap();
    assert_eq!(index.municipality_of(buurt.id).unwrap().code, "GM0001");
    assert_eq!(
        index.chosen_municipality("GM0001", "").unwrap().code,
        "GM0001"
    );
    assert_eq!(
        index.chosen_municipality("", "BU00010101").unwrap().code,
        "GM0001"
    );
    assert_eq!(
        index.chosen_municipality("GM9999", "").unwrap().code,
        "GM0307",
        "unknown: home"
    );
    // An import clears the cached index: a third municipality pushes it over the limit.
    areas::import_geojson(
        &t.db,
        &municipality_geojson("GM0002", "Zuiddorp", areas::CHOICE_LIMIT - 7),
    )
    .await
    .unwrap();
    let index = areas::index(&t.db).await.unwrap();
    assert_eq!(index.neighbourhood_count(), areas::CHOICE_LIMIT + 1);
    assert!(index.per_municipality());
    assert_eq!(index.municipalities().count(), 3);
}

#[db_test]
async fn areas_api_filters_by_parent_and_pages(t: TestDb) {
    let app = app(&t).await;
    areas::import_geojson(&t.db, areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    areas::import_geojson(&t.db, &municipality_geojson("GM0001", "Aadorp", 3))
        .await
        .unwrap();
    let codes = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|a| a["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes(app.get("/api/v1/areas").await.json()).len(), 12);
    assert_eq!(
        codes(app.get("/api/v1/areas?parent=GM0001").await.json()),
        ["WK000101"]
    );
    let buurten = app.get("/api/v1/areas?parent=WK000101").await.json();
    assert_eq!(
        codes(buurten.clone()),
        ["BU00010100", "BU00010101", "BU00010102"]
    );
    assert!(buurten
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["parent_code"] == "WK000101"));
    assert_eq!(
        codes(
            app.get("/api/v1/areas?parent=GM0307&kind=district")
                .await
                .json()
        ),
        ["WK030710"]
    );
    assert!(
        codes(
            app.get("/api/v1/areas?parent=GM0307&kind=neighbourhood")
                .await
                .json()
        )
        .is_empty(),
        "only direct children"
    );
    assert!(
        codes(app.get("/api/v1/areas?parent=GM9999").await.json()).is_empty(),
        "unknown parent: empty"
    );
    let municipalities = codes(app.get("/api/v1/areas?kind=municipality").await.json());
    assert_eq!(municipalities, ["GM0001", "GM0307"]);
    let all = codes(app.get("/api/v1/areas?kind=neighbourhood").await.json());
    assert_eq!(all.len(), 8);
    assert_eq!(
        codes(
            app.get("/api/v1/areas?kind=neighbourhood&limit=3")
                .await
                .json()
        ),
        all[..3]
    );
    assert_eq!(
        codes(
            app.get("/api/v1/areas?kind=neighbourhood&limit=3&offset=3")
                .await
                .json()
        ),
        all[3..6]
    );
    assert_eq!(
        codes(
            app.get("/api/v1/areas?kind=neighbourhood&offset=6")
                .await
                .json()
        ),
        all[6..]
    );
    assert!(codes(app.get("/api/v1/areas?offset=100").await.json()).is_empty());
    assert_eq!(
        codes(app.get("/api/v1/areas?limit=5000").await.json()).len(),
        12
    );
    for bad in [
        "limit=0",
        "limit=-1",
        "limit=5001",
        "limit=ten",
        "offset=-1",
        "offset=x",
    ] {
        let r = app.get(&format!("/api/v1/areas?{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(
            r.header("content-type"),
            "application/problem+json",
            "{bad}"
        );
        assert_eq!(r.json()["status"], 400, "{bad}");
    }
}

#[db_test]
async fn language_comes_from_query_then_cookie_then_header(t: TestDb) {
    let app = app(&t).await;
    let nl = app.get("/privacy").await;
    assert!(nl.body.contains(r#"<html lang="nl" dir="ltr">"#));
    assert!(nl.body.contains("<h1>Privacyverklaring</h1>"));
    assert_eq!(nl.header("content-language"), "nl");

    let ar = app.get("/privacy?lang=ar").await;
    assert!(ar.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let lang_cookie = ar
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("lang="))
        .expect("language cookie");
    assert!(
        lang_cookie.starts_with("lang=ar;") && lang_cookie.contains("HttpOnly"),
        "{lang_cookie}"
    );

    let by_cookie = app
        .request(get_with("/privacy", ("cookie", "x=1; lang=tr")))
        .await;
    assert!(by_cookie.body.contains(r#"<html lang="tr" dir="ltr">"#));
    assert!(
        !by_cookie
            .headers
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap_or("").starts_with("lang=")),
        "only ?lang sets the language cookie"
    );

    let by_header = app
        .request(get_with(
            "/toegankelijkheid",
            ("accept-language", "de-DE,pl;q=0.8,en;q=0.5"),
        ))
        .await;
    assert!(by_header.body.contains(r#"<html lang="pl""#));

    let query_wins = app
        .request(get_with("/privacy?lang=en", ("cookie", "lang=ar")))
        .await;
    assert!(query_wins.body.contains(r#"<html lang="en""#));
    let unknown = app.get("/privacy?lang=xx").await;
    assert!(unknown.body.contains(r#"<html lang="nl""#));
}

#[db_test]
async fn every_page_links_its_alternates_and_keeps_other_parameters(t: TestDb) {
    let app = app(&t).await;
    let page = app.get("/privacy?lang=en&x=1").await.body;
    for code in ["nl", "en", "tr", "ar", "pl"] {
        assert!(
            page.contains(&format!(r#"<link rel="alternate" hreflang="{code}" href="http://127.0.0.1:8080/privacy?x=1&#38;lang={code}">"#)),
            "{code} alternate missing"
        );
    }
    assert!(page.contains(r#"hreflang="x-default" href="http://127.0.0.1:8080/privacy?x=1""#));
    assert!(
        page.contains(r#"<a href="/privacy?x=1&#38;lang=ar" lang="ar" hreflang="ar">العربية</a>"#)
    );
    assert!(page.contains(r#"lang="en" hreflang="en" aria-current="true""#));
}

#[db_test]
async fn unknown_pages_get_a_translated_404(t: TestDb) {
    let app = app(&t).await;
    let nl = app.get("/bestaat-niet").await;
    assert_eq!(nl.status, StatusCode::NOT_FOUND);
    assert!(nl.body.contains("Deze pagina bestaat niet"));
    assert!(nl
        .body
        .contains(r##"<a class="kr-skip-link" href="#main">"##));
    let ar = app.get("/bestaat-niet?lang=ar").await;
    assert!(ar.body.contains(r#"dir="rtl""#));
    assert!(!ar.body.contains("Deze pagina bestaat niet"));
    let api = app.get("/api/v1/nothing-here").await;
    assert_eq!(api.header("content-type"), "application/problem+json");
}

#[db_test]
async fn security_headers_are_on_every_response(t: TestDb) {
    let app = app(&t).await;
    let css = kansrijk_kernel::assets::url("kansrijk.css");
    for uri in [
        "/privacy",
        "/bestaat-niet",
        "/api/v1/areas",
        "/healthz",
        css.as_str(),
    ] {
        let r = app.get(uri).await;
        let csp = r.header("content-security-policy");
        assert!(
            csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
            "{uri}"
        );
        assert!(!csp.contains("unsafe-inline"), "{uri}");
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{uri}");
        assert_eq!(r.header("referrer-policy"), "no-referrer", "{uri}");
        assert!(
            r.header("permissions-policy").contains("camera=()"),
            "{uri}"
        );
        assert_eq!(
            r.header("strict-transport-security"),
            "",
            "no HSTS over plain http"
        );
    }
}

#[db_test]
async fn static_assets_are_immutable_under_hashed_names(t: TestDb) {
    let app = app(&t).await;
    let css = app.get(&kansrijk_kernel::assets::url("kansrijk.css")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(css.body.contains("--kr-color-primary"));
    assert_eq!(
        app.get("/static/kansrijk.000000000000.css").await.status,
        StatusCode::NOT_FOUND
    );
    let page = app.get("/privacy").await.body;
    assert!(page.contains(&format!(
        r#"href="{}""#,
        kansrijk_kernel::assets::url("kansrijk.css")
    )));
}

#[db_test]
async fn pages_are_compressed_when_asked(t: TestDb) {
    let app = app(&t).await;
    let r = app
        .request(get_with("/privacy", ("accept-encoding", "gzip")))
        .await;
    assert_eq!(r.header("content-encoding"), "gzip");
}

#[db_test]
async fn operations_endpoints_answer(t: TestDb) {
    let app = app(&t).await;
    assert_eq!(app.get("/healthz").await.body, "ok");
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    let openapi = app.get("/api/v1/openapi.json").await;
    assert_eq!(openapi.header("content-type"), "application/json");
}

#[db_test]
async fn metrics_do_not_exist_without_a_token(t: TestDb) {
    let app = app(&t).await;
    assert_eq!(app.get("/metrics").await.status, StatusCode::NOT_FOUND);
    let bearer = app
        .request(get_with("/metrics", ("authorization", "Bearer ")))
        .await;
    assert_eq!(bearer.status, StatusCode::NOT_FOUND);
}

#[db_test]
async fn metrics_need_the_configured_bearer_token(t: TestDb) {
    let config = kansrijk_kernel::config::Config {
        metrics_token: Some(kansrijk_kernel::config::Secret("s3cr3t-scraper".into())),
        ..Default::default()
    };
    let app = crate::kernel_app(&t, config).await;
    app.get("/privacy").await;
    let none = app.get("/metrics").await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.header("www-authenticate"), "Bearer");
    assert!(!none.body.contains("http_requests_total"));
    for wrong in [
        "Bearer s3cr3t",
        "Bearer s3cr3t-scraperX",
        "Basic s3cr3t-scraper",
        "s3cr3t-scraper",
    ] {
        let r = app
            .request(get_with("/metrics", ("authorization", wrong)))
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{wrong}");
    }
    let ok = app
        .request(get_with(
            "/metrics",
            ("authorization", "Bearer s3cr3t-scraper"),
        ))
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains("http_requests_total"), "{}", ok.body);
    assert!(ok.body.contains(r#"route="/privacy""#));
    assert!(ok.body.contains("http_request_duration_seconds"));
}

#[db_test]
async fn personal_prefixes_are_never_stored_and_public_pages_are(t: TestDb) {
    use kansrijk_kernel::web::middleware::is_under;
    assert!(is_under("/account", "/account") && is_under("/account/tweestaps", "/account"));
    assert!(!is_under("/accounts", "/account") && !is_under("/", "/account"));
    let app = app(&t).await;
    // Redirects, refusals and unknown pages under a prefix carry it too.
    for path in [
        "/beheer",
        "/beheer/mensen",
        "/beheer/bestaat-niet",
        "/account",
        "/account/tweestaps",
        "/inloggen/code",
    ] {
        let r = app.get(path).await;
        assert_eq!(
            r.header("cache-control"),
            "no-store",
            "{path} ({})",
            r.status
        );
    }
    for path in ["/privacy", "/inloggen", "/bestaat-niet", "/beheerder"] {
        let r = app.get(path).await;
        assert_ne!(r.header("cache-control"), "no-store", "{path}");
    }
}

#[db_test]
async fn html_in_content_is_escaped(t: TestDb) {
    let app = app(&t).await;
    let json = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"BU03071000","statnaam":"<script>alert(1)</script>","wijkcode":"WK030710","wijknaam":"Liendert","gemeentecode":"GM0307","gemeentenaam":"Amersfoort"},"geometry":null}]}"#;
    areas::import_geojson(&t.db, json).await.unwrap();
    let r = app.get("/api/v1/areas/BU03071000").await;
    assert_eq!(r.json()["name"], "<script>alert(1)</script>");
    assert_eq!(r.header("content-type"), "application/json");
}

#[db_test]
async fn pages_without_a_form_set_no_cookie(t: TestDb) {
    let app = crate::kernel_app(&t, Default::default()).await;
    let plain = app.get("/privacy").await;
    assert_eq!(
        plain.headers.get_all("set-cookie").iter().count(),
        0,
        "cacheable, cookie-free"
    );
    let css = app.get(&kansrijk_kernel::assets::url("kansrijk.css")).await;
    assert_eq!(css.headers.get_all("set-cookie").iter().count(), 0);
    let form = app.get("/inloggen").await;
    let cookie = form.header("set-cookie");
    assert!(
        cookie.starts_with("kr_csrf=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[db_test]
async fn https_installations_get_secure_cookies_and_hsts(t: TestDb) {
    let config = kansrijk_kernel::config::Config {
        public_url: Some("https://liendert.example.nl".into()),
        ..Default::default()
    };
    let app = crate::kernel_app(&t, config).await;
    let r = app.get("/inloggen?lang=en").await;
    assert_eq!(
        r.header("strict-transport-security"),
        "max-age=63072000; includeSubDomains"
    );
    let cookies: Vec<&str> = r
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert_eq!(cookies.len(), 2);
    assert!(
        cookies.iter().all(|c| c.contains("; Secure")),
        "{cookies:?}"
    );
}

/// Hits counted together in one statement (a batch of writers) are numbered in the order given:
/// the first `max` hits on a bucket pass, the others are refused, and the count carries over to
/// the next statement.
#[db_test]
async fn rate_limits_counted_together_pass_the_first_max_hits_of_each_bucket(t: TestDb) {
    use kansrijk_kernel::ratelimit::{counted_all, Limit};
    t.db.migrate(&[kernel_migrations()]).await.unwrap();
    let a = Limit::new("test:a", 2, 3600);
    let b = Limit::new("test:b", 2, 3600);
    let mut tx = t.db.writer().begin().await.unwrap();
    let first = counted_all(&mut *tx, &[&a, &b, &a, &a, &b]).await.unwrap();
    assert_eq!(first, [true, true, true, false, true]);
    let none = counted_all(&mut *tx, &[]).await.unwrap();
    assert!(none.is_empty());
    tx.commit().await.unwrap();
    let c = Limit::new("test:c", 1, 3600);
    let mut tx = t.db.writer().begin().await.unwrap();
    let second = counted_all(&mut *tx, &[&b, &c, &a, &c]).await.unwrap();
    assert_eq!(second, [false, true, false, false]);
    // One at a time, as a single request counts.
    assert!(!a.counted_in(&mut *tx).await.unwrap());
    tx.commit().await.unwrap();
    let hits: i64 = sqlx::query_scalar("SELECT hits FROM rate_limits WHERE bucket = 'test:a'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(hits, 5, "refused hits count too");
}
