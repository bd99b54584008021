//! The object × role matrix: for every route that acts on one record (`{id}`, `{ref}`), the
//! person who owns the record (their organisation's, their area's, assigned to them) can; a
//! person of another organisation, another area or not assigned gets 404 — exactly what an
//! unknown id gets — and the attempt is in the audit log. Written once, run on both databases;
//! a new `{id}` route without a row (or a stated reason why it needs none) fails the test.

use super::{demo_app, fresh_session, multipart};
use axum::body::Body;
use axum::http::Request;
use kansrijk_kernel::accounts::queries as accounts;
use kansrijk_kernel::authz::{allows, Access, Role};
use kansrijk_kernel::testing::{create_person, TestApp, TestDb};

/// Whose record a row is about; the owner and the outsider persona follow from it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    /// An activity or venue of organisation A: a professional of A / a professional of B.
    Organisation,
    /// A report in buurt X: a handler limited to X / a handler limited to Y.
    Area,
    /// A training session given by trainer 1: trainer 1 / trainer 2.
    Trainer,
    /// An enrolment of person P: P / another resident.
    Enrolment,
    /// A mediation case in buurt X: a mediation coordinator limited to X / limited to Y.
    MediationArea,
    /// A mediation case of mediators 1 and 2: mediator 1 / mediator 3.
    Mediator,
    /// A youth-stage campaign coached by coach 1: coach 1 / coach 2.
    Coach,
}

/// (method, route, sample, kind, [owner, outsider, coordinator]). The outsider's answer is 404
/// in every row, by design; the coordinator reaches every record their permissions allow.
#[rustfmt::skip]
const OBJECTS: &[(&str, &str, &str, Kind, [u16; 3])] = &[
    ("GET", "/beheer/activiteiten/{id}", "/beheer/activiteiten/@activity", Kind::Organisation, [200, 404, 200]),
    ("POST", "/beheer/activiteiten/{id}", "/beheer/activiteiten/@activity", Kind::Organisation, [200, 404, 200]),
    ("GET", "/beheer/activiteiten/{id}/aanmeldingen", "/beheer/activiteiten/@activity/aanmeldingen", Kind::Organisation, [200, 404, 200]),
    ("GET", "/beheer/activiteiten/{id}/export", "/beheer/activiteiten/@activity/export", Kind::Organisation, [200, 404, 200]),
    ("GET", "/beheer/activiteiten/{id}/aanwezig", "/beheer/activiteiten/@activity/aanwezig", Kind::Organisation, [200, 404, 200]),
    ("POST", "/beheer/activiteiten/{id}/aanwezig", "/beheer/activiteiten/@activity/aanwezig", Kind::Organisation, [303, 404, 303]),
    ("GET", "/beheer/activiteiten/{id}/presentielijst", "/beheer/activiteiten/@activity/presentielijst", Kind::Organisation, [200, 404, 200]),
    ("GET", "/api/v1/activities/{id}/registrations", "/api/v1/activities/@activity/registrations", Kind::Organisation, [200, 404, 200]),
    ("POST", "/beheer/activiteiten/locaties/{id}/foto", "/beheer/activiteiten/locaties/@venue/foto", Kind::Organisation, [200, 404, 200]),
    // Last of the activity rows: it cancels the activity.
    ("POST", "/beheer/activiteiten/{id}/annuleren", "/beheer/activiteiten/@activity/annuleren", Kind::Organisation, [303, 404, 303]),
    // Coordinators do not hold HandleReports: the meldpunt is the handlers' (403 by role).
    ("GET", "/beheer/meldingen/{ref}", "/beheer/meldingen/@report", Kind::Area, [200, 404, 403]),
    ("POST", "/beheer/meldingen/{ref}/toewijzen", "/beheer/meldingen/@report/toewijzen", Kind::Area, [303, 404, 403]),
    ("POST", "/beheer/meldingen/{ref}/status", "/beheer/meldingen/@report/status", Kind::Area, [200, 404, 403]),
    ("POST", "/beheer/meldingen/{ref}/termijn", "/beheer/meldingen/@report/termijn", Kind::Area, [303, 404, 403]),
    ("POST", "/beheer/meldingen/{ref}/tekst", "/beheer/meldingen/@report/tekst", Kind::Area, [200, 404, 403]),
    ("GET", "/beheer/meldingen/{ref}/overdracht", "/beheer/meldingen/@report/overdracht", Kind::Area, [200, 404, 403]),
    ("GET", "/beheer/meldingen/{ref}/overdracht.json", "/beheer/meldingen/@report/overdracht.json", Kind::Area, [200, 404, 403]),
    // Passing a report on to buurtbemiddeling: the report handler's (only the CSRF token: refused).
    ("POST", "/beheer/bemiddeling/uit-melding/{ref}", "/beheer/bemiddeling/uit-melding/@report", Kind::Area, [422, 404, 403]),
    ("GET", "/beheer/training/sessie/{id}", "/beheer/training/sessie/@session", Kind::Trainer, [200, 404, 200]),
    ("POST", "/beheer/training/sessie/{id}/aanwezig", "/beheer/training/sessie/@session/aanwezig", Kind::Trainer, [303, 404, 303]),
    ("POST", "/training/inschrijving/{id}/annuleren", "/training/inschrijving/@enrolment/annuleren", Kind::Enrolment, [303, 404, 303]),
    // Only the CSRF token: the step has no version, so it is refused (422) to those in scope.
    ("GET", "/beheer/bemiddeling/{id}", "/beheer/bemiddeling/@mediation", Kind::MediationArea, [200, 404, 200]),
    ("POST", "/beheer/bemiddeling/{id}/stap", "/beheer/bemiddeling/@mediation/stap", Kind::MediationArea, [422, 404, 422]),
    // Coordinators handle cases on the management pages; the mediators' view is the mediators' (403 by role).
    ("GET", "/bemiddeling/mijn/{id}", "/bemiddeling/mijn/@mediation", Kind::Mediator, [200, 404, 403]),
    ("POST", "/bemiddeling/mijn/{id}/contact", "/bemiddeling/mijn/@mediation/contact", Kind::Mediator, [422, 404, 403]),
    // The coach's own campaigns; coordinators handle campaigns on the management pages (403 by role).
    ("GET", "/podium/coach/{id}", "/podium/coach/@youth", Kind::Coach, [200, 404, 403]),
    ("POST", "/podium/coach/{id}/bericht", "/podium/coach/@youth/bericht", Kind::Coach, [422, 404, 403]),
    ("POST", "/podium/coach/{id}/mijlpaal", "/podium/coach/@youth/mijlpaal", Kind::Coach, [303, 404, 403]),
];

/// Routes with a record id that need no row, and why. The test checks each reason that it can:
/// a public record is registered as public (or for anyone logged in); a route for coordinators
/// only is checked by [`only_coordinators`].
#[rustfmt::skip]
const OPEN_RECORDS: &[(&str, &str)] = &[
    ("/activiteiten/{id}", "the agenda is public"),
    ("/activiteiten/{id}/aanmelden", "anyone may sign up for a public activity"),
    ("/activiteiten/{id}/feedback", "anonymous feedback on a public activity"),
    ("/activiteiten/locaties/{id}/foto", "venue photos are public"),
    ("/api/v1/activities/{id}", "the agenda is public"),
    ("/api/v1/proposals/{id}", "proposals are public"),
    ("/podium/{id}", "the stage is public (published campaigns only)"),
    ("/podium/{id}/reageren", "anyone logged in reacts to a published campaign"),
    ("/podium/{id}/steunen", "anyone logged in supports a published campaign"),
    ("/podium/reacties/{id}/melden", "anyone logged in flags a reaction on a published campaign"),
    ("/podium/media/{id}", "media of published campaigns, consent permitting (youth HTTP tests)"),
    ("/podium/team/{token}/media/{id}", "only with the team's secret link, of its own campaign (youth HTTP tests)"),
    ("/api/v1/youth/campaigns/{id}", "the stage is public (published campaigns only)"),
    ("/afspraken/voorstellen/{id}", "proposals are public"),
    ("/afspraken/voorstellen/{id}/steunen", "anyone logged in supports a public proposal"),
    ("/afspraken/voorstellen/{id}/reageren", "anyone logged in reacts to a public proposal"),
    ("/afspraken/voorstellen/{id}/volgen", "anyone logged in follows a public proposal"),
    ("/afspraken/reacties/{id}/melden", "anyone logged in flags a public comment"),
    ("/afspraken/reacties/{id}/bewerken", "own comment: anyone else gets an answer as for an unknown comment (agreements HTTP tests)"),
    ("/training/sessie/{id}/inschrijven", "anyone logged in enrols in a published session"),
    ("/training/evaluatie/{id}/{form}", "own enrolment: anyone else gets 404 (training HTTP tests)"),
];

/// True when only the programme coordinator holds what the route needs: coordinators act on
/// every record, so there is no scope to test.
fn only_coordinators(access: Access) -> bool {
    match access {
        Access::Needs(p) => Role::ALL
            .into_iter()
            .filter(|r| allows(&[*r], p))
            .eq([Role::Coordinator]),
        _ => false,
    }
}

#[test]
fn every_route_with_a_record_id_has_a_row_or_a_reason() {
    let mut features = kansrijk::features();
    let routes = kansrijk_kernel::web::all_routes(&mut features);
    let mut missing = vec![];
    for (path, access) in routes.access_table() {
        if !(path.contains("{id}") || path.contains("{ref}")) {
            continue;
        }
        let in_matrix = OBJECTS.iter().any(|(_, p, _, _, _)| p == path);
        let open = OPEN_RECORDS.iter().any(|(p, _)| p == path);
        if open {
            assert!(
                matches!(access, Access::Public | Access::LoggedIn),
                "{path} is listed as an open record but needs {access:?}: give it a row"
            );
        }
        if !in_matrix && !open && !only_coordinators(*access) {
            missing.push(*path);
        }
    }
    assert!(
        missing.is_empty(),
        "routes with a record id but no row in the object matrix: {missing:?}"
    );
    for (_, path, _, _, _) in OBJECTS {
        assert!(
            routes.access_table().iter().any(|(p, _)| p == path),
            "object matrix row for a route that does not exist: {path}"
        );
    }
}

struct People {
    owner_org: i64,
    other_org: i64,
    handler_x: i64,
    handler_y: i64,
    trainer: i64,
    other_trainer: i64,
    enrolled: i64,
    other_resident: i64,
    coordinator: i64,
    mediation_x: i64,
    mediation_y: i64,
    mediator: i64,
    other_mediator: i64,
    coach: i64,
    other_coach: i64,
}

async fn person(t: &TestDb, email: &str, role: Role, org: Option<i64>, area: Option<i64>) -> i64 {
    let id = create_person(&t.db, email, "paars fietsje zingt op dinsdag", &[]).await;
    accounts::assign_role(&t.db, id, role, org, area, None)
        .await
        .unwrap();
    id
}

async fn scalar(t: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&t.db.pool).await.unwrap()
}

async fn denied(t: &TestDb) -> i64 {
    scalar(t, "SELECT COUNT(*) FROM audit_log WHERE action = 'denied'").await
}

/// One request as `person` (second factor done), with a CSRF token for POSTs.
async fn ask(app: &TestApp, t: &TestDb, person: i64, method: &str, uri: &str) -> u16 {
    let (cookie, csrf) = fresh_session(app, t, person).await;
    let mut request = if method == "GET" {
        Request::get(uri).body(Body::empty()).unwrap()
    } else if uri.ends_with("/foto") {
        let (content_type, body) = multipart(&csrf, "Ingang", b"not an image", "x.png");
        Request::post(uri)
            .header("content-type", content_type)
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .unwrap()
    } else {
        Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(format!("csrf={csrf}")))
            .unwrap()
    };
    request
        .headers_mut()
        .insert("cookie", cookie.parse().unwrap());
    let ip: std::net::SocketAddr = format!("127.9.{}.1:1", person % 250).parse().unwrap();
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(ip));
    app.request(request).await.status.as_u16()
}

async fn youth_campaign(app: &TestApp, coach: i64) -> i64 {
    use kansrijk_youth::{model, queries};
    let campaign = model::NewCampaign {
        name: "Objecten".into(),
        idea: "Een campagne om de toegang te testen.".into(),
        audience: "Iedereen".into(),
        form: "posters".into(),
        contact: "team@example.nl\n".into(),
        members: vec![model::NewMember {
            first_name: "Noor".into(),
            age_band: "16-17".into(),
            born_month: None,
        }],
    };
    let (id, _) = queries::insert_campaign(&app.state.db, &app.state.sealer, &campaign)
        .await
        .unwrap();
    queries::assign_coach(&app.state.db, id, coach)
        .await
        .unwrap();
    id
}

async fn run(t: TestDb) {
    let app = demo_app(&t).await;
    kansrijk_reports::demo::seed(&t.db, &app.state.sealer)
        .await
        .unwrap();
    let org_a = accounts::create_organisation(&t.db, "Objecten A", "welfare")
        .await
        .unwrap();
    let org_b = accounts::create_organisation(&t.db, "Objecten B", "school")
        .await
        .unwrap();
    let buurt_x = scalar(&t, "SELECT MIN(id) FROM areas WHERE kind = 'neighbourhood'").await;
    let buurt_y = scalar(&t, "SELECT MAX(id) FROM areas WHERE kind = 'neighbourhood'").await;
    assert_ne!(buurt_x, buurt_y);
    // An activity and a venue of organisation A; a report in buurt X that may be handed over.
    let activity = scalar(&t, "SELECT MIN(id) FROM activities").await;
    let venue = scalar(&t, "SELECT MIN(id) FROM venues").await;
    for sql in [
        format!("UPDATE activities SET organisation_id = {org_a} WHERE id = {activity}"),
        format!("UPDATE venues SET organisation_id = {org_a} WHERE id = {venue}"),
        format!("UPDATE reports SET area_id = {buurt_x}, consent_handover = 1 WHERE id = (SELECT MIN(id) FROM reports)"),
    ] {
        sqlx::query(&sql).execute(&t.db.pool).await.unwrap();
    }
    let report: String = sqlx::query_scalar("SELECT ref FROM reports ORDER BY id LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let p = People {
        owner_org: person(&t, "a@example.nl", Role::Professional, Some(org_a), None).await,
        other_org: person(&t, "b@example.nl", Role::Professional, Some(org_b), None).await,
        handler_x: person(&t, "x@example.nl", Role::ReportHandler, None, Some(buurt_x)).await,
        handler_y: person(&t, "y@example.nl", Role::ReportHandler, None, Some(buurt_y)).await,
        trainer: person(&t, "t1@example.nl", Role::Trainer, None, None).await,
        other_trainer: person(&t, "t2@example.nl", Role::Trainer, None, None).await,
        enrolled: person(&t, "p@example.nl", Role::Resident, None, None).await,
        other_resident: person(&t, "q@example.nl", Role::Resident, None, None).await,
        coordinator: person(&t, "c@example.nl", Role::Coordinator, None, None).await,
        mediation_x: person(
            &t,
            "mx@example.nl",
            Role::MediationCoordinator,
            None,
            Some(buurt_x),
        )
        .await,
        mediation_y: person(
            &t,
            "my@example.nl",
            Role::MediationCoordinator,
            None,
            Some(buurt_y),
        )
        .await,
        mediator: person(&t, "m1@example.nl", Role::Mediator, None, None).await,
        other_mediator: person(&t, "m3@example.nl", Role::Mediator, None, None).await,
        coach: person(&t, "yc1@example.nl", Role::YouthCoach, None, None).await,
        other_coach: person(&t, "yc2@example.nl", Role::YouthCoach, None, None).await,
    };
    // A youth-stage campaign coached by coach 1.
    let youth = youth_campaign(&app, p.coach).await;
    // A mediation case in buurt X with mediators 1 and 2 (mediator 3 is not one of them).
    let second = person(&t, "m2@example.nl", Role::Mediator, None, None).await;
    let mediation = kansrijk_mediation::demo::assigned_case(
        &t.db,
        &app.state.sealer,
        Some(buurt_x),
        [p.mediator, second],
        2,
    )
    .await
    .unwrap();
    // A session given by trainer 1, with person P enrolled.
    let course = scalar(&t, "SELECT MIN(id) FROM training_courses").await;
    let start = kansrijk_kernel::db::now() + 30 * 86_400;
    let session = kansrijk_training::queries::create_session(
        &t.db,
        &kansrijk_training::model::NewSession {
            course_id: course,
            trainer_id: Some(p.trainer),
            trainer_name: "Trainer Een".into(),
            venue: "Huis van de Wijk".into(),
            online: false,
            capacity: Some(10),
            meetings: vec![(start, start + 7200)],
        },
    )
    .await
    .unwrap();
    kansrijk_training::queries::enrol(&t.db, session, p.enrolled, p.enrolled)
        .await
        .unwrap();
    let enrolment = scalar(
        &t,
        &format!("SELECT id FROM training_enrolments WHERE session_id = {session}"),
    )
    .await;

    let mut failures = vec![];
    for (method, _, sample, kind, expected) in OBJECTS {
        let uri = sample
            .replace("@activity", &activity.to_string())
            .replace("@venue", &venue.to_string())
            .replace("@report", &report)
            .replace("@session", &session.to_string())
            .replace("@enrolment", &enrolment.to_string())
            .replace("@mediation", &mediation.to_string())
            .replace("@youth", &youth.to_string());
        let (owner, outsider) = match kind {
            Kind::Organisation => (p.owner_org, p.other_org),
            Kind::Area => (p.handler_x, p.handler_y),
            Kind::Trainer => (p.trainer, p.other_trainer),
            Kind::Enrolment => (p.enrolled, p.other_resident),
            Kind::MediationArea => (p.mediation_x, p.mediation_y),
            Kind::Mediator => (p.mediator, p.other_mediator),
            Kind::Coach => (p.coach, p.other_coach),
        };
        // The outsider first (so a cancelling row has not yet changed the record), then the
        // owner and the coordinator.
        let before = denied(&t).await;
        let got = ask(&app, &t, outsider, method, &uri).await;
        if got != expected[1] {
            failures.push(format!(
                "{method} {uri} as outsider: expected {}, got {got}",
                expected[1]
            ));
        }
        if denied(&t).await != before + 1 {
            failures.push(format!("{method} {uri} as outsider: not audited as denied"));
        }
        for (who, want) in [(owner, expected[0]), (p.coordinator, expected[2])] {
            let got = ask(&app, &t, who, method, &uri).await;
            if got != want {
                failures.push(format!(
                    "{method} {uri} as person {who}: expected {want}, got {got}"
                ));
            }
        }
    }
    // An id that does not exist answers the same 404, and is no refusal to audit.
    let before = denied(&t).await;
    assert_eq!(
        ask(&app, &t, p.owner_org, "GET", "/beheer/activiteiten/999999").await,
        404
    );
    assert_eq!(denied(&t).await, before);
    // The audit entry names the person and the record, nothing else.
    let (actor, subject, detail): (Option<i64>, String, String) = sqlx::query_as(
        "SELECT actor_id, subject_id, detail FROM audit_log WHERE action = 'denied' AND subject_type = 'report' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (actor, subject.as_str(), detail.as_str()),
        (Some(p.handler_y), report.as_str(), "")
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_route_as_owner_outsider_and_coordinator_on_sqlite() {
    run(TestDb::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_route_as_owner_outsider_and_coordinator_on_postgres() {
    run(TestDb::postgres().await).await;
}
