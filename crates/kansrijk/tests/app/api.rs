//! The API: 405 with `Allow`, pagination links, strict filters, and API tokens for authorised
//! systems: made on `/beheer/api-sleutels`, shown once, stored as a
//! keyed hash; the scope allows, another scope is refused (403), expired and revoked tokens are
//! refused (401), the object-level scope applies as to a person, every use is audited, and each
//! token has a rate limit.

use super::*;
use axum::body::Body;
use axum::http::Request;
use kansrijk_kernel::accounts::api_tokens::{self, NewToken, TokenScope};
use kansrijk_kernel::authz::Role;

async fn bearer(app: &TestApp, secret: &str, uri: &str) -> kansrijk_kernel::testing::TestResponse {
    app.request(
        Request::get(uri)
            .header("authorization", format!("Bearer {secret}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

async fn scalar(t: &TestDb, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

fn is_problem(r: &kansrijk_kernel::testing::TestResponse) -> bool {
    r.header("content-type") == "application/problem+json" && r.json()["status"].is_number()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_reads_what_its_scope_allows_and_nothing_else() {
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = demo_app(&t).await;
        let coordinator = kansrijk_kernel::testing::create_person(
            &t.db,
            "coord@example.nl",
            "paars fietsje zingt op dinsdag",
            &[Role::Coordinator],
        )
        .await;
        let org =
            kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Dashboard BV", "other")
                .await
                .unwrap();
        let activities: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT activity_id FROM registrations ORDER BY activity_id LIMIT 2",
        )
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
        let (own, other) = (activities[0], activities[1]);
        sqlx::query("UPDATE activities SET organisation_id = $1 WHERE id = $2")
            .bind(org)
            .bind(own)
            .execute(&t.db.pool)
            .await
            .unwrap();

        // The coordinator makes a token on the management page; the secret is shown once.
        let (session, csrf) = fresh_session(&app, &t, coordinator).await;
        let expires = jiff::Zoned::now()
            .date()
            .checked_add(jiff::Span::new().days(30))
            .unwrap();
        let form = format!(
            "csrf={csrf}&description=Dashboard&organisation_id={org}&area_id=&expires={expires}&scope_registrations=1"
        );
        let r = app
            .request(
                Request::post("/beheer/api-sleutels")
                    .header("cookie", &session)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(form))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let secret = between(&r.body, "id=\"api-token-secret\">", "<").to_string();
        assert!(secret.starts_with("krt_"), "{secret}");
        let id: i64 =
            sqlx::query_scalar("SELECT id FROM api_tokens WHERE description = 'Dashboard'")
                .fetch_one(&t.db.pool)
                .await
                .unwrap();
        let stored: String = sqlx::query_scalar("SELECT token_hash FROM api_tokens WHERE id = $1")
            .bind(id)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
        assert_eq!(stored, app.state.sealer.keyed_hash("api-token", &secret));
        assert!(!stored.contains(&secret[4..]));
        let list = app
            .request(
                Request::get("/beheer/api-sleutels")
                    .header("cookie", &session)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(
            list.body.contains("Dashboard") && !list.body.contains(&secret),
            "shown once"
        );

        // The scope allows: the organisation's own activity, audited under the token.
        let before = scalar(&t, "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'api_token' AND subject_id = CAST($1 AS TEXT)", id).await;
        let r = bearer(
            &app,
            &secret,
            &format!("/api/v1/activities/{own}/registrations"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(!r.json().as_array().unwrap().is_empty());
        let after = scalar(&t, "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'api_token' AND subject_id = CAST($1 AS TEXT)", id).await;
        assert_eq!(after, before + 1, "every use is audited");
        let named: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'activity_registrations' AND actor_name = $1 AND actor_id IS NULL",
        )
        .bind(format!("api-token:{id}"))
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
        assert_eq!(named, 1, "the read names the token, not a person");

        // The object-level scope applies: another organisation's activity does not exist.
        let r = bearer(
            &app,
            &secret,
            &format!("/api/v1/activities/{other}/registrations"),
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Another scope is refused with 403 problem+json.
        for uri in ["/api/v1/reports/cases", "/api/v1/training/coverage"] {
            let r = bearer(&app, &secret, uri).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{uri}");
            assert!(is_problem(&r), "{uri}: {}", r.body);
        }
        // A token does not open the website's management pages.
        let r = bearer(&app, &secret, "/beheer/api-sleutels").await;
        assert_ne!(r.status, StatusCode::OK);

        // Revoked: refused with 401 and the Bearer challenge.
        let r = app
            .request(
                Request::post(format!("/beheer/api-sleutels/{id}/intrekken"))
                    .header("cookie", &session)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(format!("csrf={csrf}")))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = bearer(
            &app,
            &secret,
            &format!("/api/v1/activities/{own}/registrations"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert_eq!(r.header("www-authenticate"), "Bearer");
        assert!(is_problem(&r), "{}", r.body);

        // Expired: refused the same way.
        let (_, expired) = api_tokens::create(
            &t.db,
            &app.state.sealer,
            &NewToken {
                description: "Old",
                organisation_id: org,
                area_id: None,
                scopes: &[TokenScope::Registrations],
                expires_at: kansrijk_kernel::db::now() - 1,
                created_by: None,
            },
        )
        .await
        .unwrap();
        let r = bearer(
            &app,
            &expired,
            &format!("/api/v1/activities/{own}/registrations"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // A made-up secret too.
        let r = bearer(&app, "krt_madeup", "/api/v1/training/coverage").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_has_a_rate_limit_and_a_form_error_keeps_the_input() {
    let t = TestDb::sqlite().await;
    let app = demo_app(&t).await;
    let org = kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Teller BV", "other")
        .await
        .unwrap();
    let (id, secret) = api_tokens::create(
        &t.db,
        &app.state.sealer,
        &NewToken {
            description: "Teller",
            organisation_id: org,
            area_id: None,
            scopes: &[TokenScope::Coverage],
            expires_at: kansrijk_kernel::db::now() + 3600,
            created_by: None,
        },
    )
    .await
    .unwrap();
    let r = bearer(&app, &secret, "/api/v1/training/coverage").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Use up the rest of this minute's requests; a minute boundary in between starts again.
    loop {
        let window = kansrijk_kernel::db::now() / 60;
        for _ in 1..api_tokens::RATE_LIMIT_PER_MINUTE {
            let _ =
                kansrijk_kernel::ratelimit::take(&t.db, &format!("api-token:{id}"), i64::MAX, 60)
                    .await;
        }
        let r = bearer(&app, &secret, "/api/v1/training/coverage").await;
        if kansrijk_kernel::db::now() / 60 != window {
            continue;
        }
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(is_problem(&r), "{}", r.body);
        break;
    }

    // A form with errors comes back with the input and the message beside the field.
    let coordinator = kansrijk_kernel::testing::create_person(
        &t.db,
        "coord@example.nl",
        "paars fietsje zingt op dinsdag",
        &[Role::Coordinator],
    )
    .await;
    let (session, csrf) = fresh_session(&app, &t, coordinator).await;
    let r = app
        .request(
            Request::post("/beheer/api-sleutels")
                .header("cookie", &session)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!(
                    "csrf={csrf}&description=Mijn+dashboard&organisation_id={org}&expires=2000-01-01"
                )))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("value=\"Mijn dashboard\""), "input kept");
    assert!(r.body.contains("id=\"f-expires-error\""));
    assert!(r.body.contains("Kies minstens één onderwerp."));
    assert!(!r.body.contains("api-token-secret"));
}

/// An undeclared method answers 405 with `Allow`; under `/api/` as problem+json.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undeclared_method_answers_405_with_allow() {
    let t = TestDb::sqlite().await;
    let app = demo_app(&t).await;
    for (method, uri) in [
        ("DELETE", "/api/v1/activities"),
        ("PUT", "/api/v1/areas/GM0307"),
        ("POST", "/api/v1/openapi.json"),
        ("PATCH", "/privacy"),
    ] {
        let r = app
            .request(
                Request::builder()
                    .method(method)
                    .uri(uri)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
        assert!(
            r.header("allow").contains("GET"),
            "{method} {uri}: {:?}",
            r.headers
        );
        if uri.starts_with("/api/") {
            assert!(is_problem(&r), "{method} {uri}: {}", r.body);
            assert_eq!(r.json()["status"], 405);
        }
    }
}

/// Lists come a page at a time with RFC 8288 links; the areas also with their total. A filter
/// the API does not know the value of is a 400, not "everything".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_are_paged_with_links_and_filters_are_strict() {
    let t = TestDb::sqlite().await;
    let app = demo_app(&t).await;
    let r = app
        .get("/api/v1/areas?kind=neighbourhood&limit=2&offset=2")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let total: i64 = r.header("x-total-count").parse().unwrap();
    assert!(total > 4, "{total}");
    let link = r.header("link");
    assert!(
        link.contains("</api/v1/areas?kind=neighbourhood&limit=2&offset=4>; rel=\"next\""),
        "{link}"
    );
    assert!(
        link.contains("</api/v1/areas?kind=neighbourhood&limit=2&offset=0>; rel=\"prev\""),
        "{link}"
    );
    // Following `next` to the end: the last page has no `next`.
    let last = app
        .get(&format!(
            "/api/v1/areas?kind=neighbourhood&limit=2&offset={}",
            total - 1
        ))
        .await;
    assert_eq!(last.json().as_array().unwrap().len(), 1);
    assert!(!last.header("link").contains("rel=\"next\""));

    let first = app.get("/api/v1/activities?limit=2").await;
    assert_eq!(first.json().as_array().unwrap().len(), 2);
    let next = between(first.header("link"), "<", ">; rel=\"next\"")
        .rsplit('<')
        .next()
        .unwrap()
        .to_string();
    assert!(next.ends_with("limit=2&offset=2"), "{next}");
    let second = app.get(&next).await.json();
    assert_ne!(second[0]["id"], first.json()[0]["id"]);
    for bad in [
        "/api/v1/activities?offset=9223372036854775808",
        "/api/v1/activities?limit=0",
        "/api/v1/activities?soort=unknown",
        "/api/v1/activities?datum=morgen",
        "/api/v1/activities?buurt=x",
        "/api/v1/activities?gratis=ja",
        "/api/v1/activities?taal=",
    ] {
        assert_eq!(app.get(bad).await.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    assert_eq!(
        app.get("/api/v1/activities?gratis=1&taal=nl&soort=film_conversation")
            .await
            .status,
        StatusCode::OK
    );
    // Lists read whole anyway are cut in memory, with their total.
    for list in [
        "/api/v1/venues",
        "/api/v1/proposals",
        "/api/v1/charter/versions",
        "/api/v1/training/sessions",
    ] {
        let all = app.get(list).await;
        let total: usize = all.header("x-total-count").parse().unwrap();
        assert_eq!(
            all.json().as_array().unwrap().len(),
            total.min(100),
            "{list}"
        );
        let one = app.get(&format!("{list}?limit=1")).await;
        assert_eq!(one.json().as_array().unwrap().len(), total.min(1), "{list}");
        assert_eq!(
            one.header("link").contains("rel=\"next\""),
            total > 1,
            "{list}"
        );
        assert_eq!(
            app.get(&format!("{list}?offset=-1")).await.status,
            StatusCode::BAD_REQUEST
        );
    }
}
