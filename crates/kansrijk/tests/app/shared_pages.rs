//! Pages shared between logged-in people (`Routes::public_shared`) may depend on nothing of the
//! person but their roles. Rendered for two people with the same role and a different name,
//! organisation or buurt, every such page must be the same but for the name and the token; and
//! the page the cache stores (rendered for a stand-in with only the roles) must be the page the
//! person would have got. A route marked shared whose page shows something personal fails here.

use super::fresh_session;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use kansrijk_kernel::accounts::queries as accounts;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::testing::{create_person, db_test, TestApp, TestDb, TestResponse};

async fn get(app: &TestApp, path: &str, cookie: &str) -> TestResponse {
    let request = Request::get(path)
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
    response
}

/// The page without its token and form key (fresh in every answer), with the person's name
/// made neutral.
fn neutral(response: &TestResponse, name: &str) -> String {
    assert!(
        response.body.contains(name),
        "the page shows the person's name {name}"
    );
    response
        .markup_without(&["csrf", "key"])
        .replace(name, "NAAM")
}

fn app_with_cache(t: &TestDb, page_cache_millis: u64) -> TestApp {
    let config = Config {
        page_cache_millis,
        ..Config::default()
    };
    TestApp::with_config(t.db.clone(), config, kansrijk::features())
}

async fn scalar(t: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&t.db.pool).await.unwrap()
}

#[db_test]
async fn shared_pages_show_nothing_of_the_person_beyond_their_roles(t: TestDb) {
    kansrijk::migrate(&t.db).await.unwrap();
    kansrijk::seed_liendert(&t.db).await.unwrap();
    kansrijk::seed_demo(&t.db).await.unwrap();
    let uncached = app_with_cache(&t, 0);
    let cached = app_with_cache(&t, 60_000);
    let slug: String = sqlx::query_scalar("SELECT slug FROM approaches ORDER BY id LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let activity = scalar(
        &t,
        "SELECT MAX(id) FROM activities WHERE status = 'scheduled'",
    )
    .await;
    let mut features = kansrijk::features();
    let routes = kansrijk_kernel::web::all_routes(&mut features);
    let paths: Vec<String> = routes
        .shared_paths()
        .iter()
        .map(|p| {
            p.replace("{slug}", &slug)
                .replace("{id}", &activity.to_string())
        })
        .collect();
    assert!(
        paths
            .iter()
            .any(|p| p.starts_with("/activiteiten/") && p.ends_with(&activity.to_string())),
        "{paths:?}"
    );
    assert!(paths.len() >= 8, "{paths:?}");
    let org_a = accounts::create_organisation(&t.db, "Gedeeld A", "welfare")
        .await
        .unwrap();
    let org_b = accounts::create_organisation(&t.db, "Gedeeld B", "school")
        .await
        .unwrap();
    let buurt_x = scalar(&t, "SELECT MIN(id) FROM areas WHERE kind = 'neighbourhood'").await;
    let buurt_y = scalar(&t, "SELECT MAX(id) FROM areas WHERE kind = 'neighbourhood'").await;
    let scopes = [
        (Role::Resident, [(None, None), (None, None)]),
        (Role::Volunteer, [(Some(org_a), None), (Some(org_b), None)]),
        (
            Role::Professional,
            [(Some(org_a), None), (Some(org_b), None)],
        ),
        (
            Role::ReportHandler,
            [(None, Some(buurt_x)), (None, Some(buurt_y))],
        ),
        (Role::Coordinator, [(None, None), (None, None)]),
    ];
    for (role, [first, second]) in scopes {
        let mut people = vec![];
        for (n, (org, area)) in [("een", first), ("twee", second)] {
            let name = format!("{n}{}", role.as_str().replace('_', ""));
            let id = create_person(&t.db, &format!("{name}@example.nl"), "x", &[]).await;
            accounts::assign_role(&t.db, id, role, org, area, None)
                .await
                .unwrap();
            let (cookie, _) = fresh_session(&uncached, &t, id).await;
            people.push((name, cookie));
        }
        let [(name_1, cookie_1), (name_2, cookie_2)] = &people[..] else {
            unreachable!()
        };
        for path in &paths {
            let own_1 = neutral(&get(&uncached, path, cookie_1).await, name_1);
            let own_2 = neutral(&get(&uncached, path, cookie_2).await, name_2);
            assert_eq!(own_1, own_2, "{path} as two people with role {role:?}");
            // The first answer learns that the route is shared, the second is stored, the third
            // (another person) comes from the cache.
            get(&cached, path, cookie_1).await;
            get(&cached, path, cookie_1).await;
            let shared = get(&cached, path, cookie_2).await;
            assert_eq!(shared.header("age"), "0", "{path} came from the cache");
            assert_eq!(
                neutral(&shared, name_2),
                own_2,
                "{path}: stored page as role {role:?}"
            );
        }
    }
}
