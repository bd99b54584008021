//! Demo data: Liendert's partner organisations with invented staff (professionals and
//! volunteers), the courses of the plan, sessions over the last two years and a few coming ones,
//! attendance, certificates (partial coverage, some about to expire), contacts, goals and effect
//! answers. Deterministic apart from certificate numbers; running it twice adds nothing.

use crate::model::{self, EffectForm, EnrolStatus, NewCourse, NewSession, TargetGroup};
use crate::queries;
use kansrijk_kernel::accounts::model::UserStatus;
use kansrijk_kernel::accounts::queries::{self as accounts, NewUser};
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::{is_unique_violation, now, Db};

pub use crate::model::BASIC_KEY;

/// Organisation, kind, professionals, volunteers.
const ORGANISATIONS: &[(&str, &str, usize, usize)] = &[
    ("Wijkteam Liendert", "welfare", 9, 0),
    ("Huis van de Wijk Liendert", "welfare", 4, 8),
    ("Welzijn Amersfoort, team Liendert", "welfare", 6, 5),
    ("Basisschool in Liendert", "school", 8, 2),
    ("Basisschool De Wegwijzer", "school", 7, 1),
    ("Woningcorporatie in Liendert", "housing", 4, 0),
    ("Politie, wijkagenten Liendert", "police", 3, 0),
    ("Gemeente Amersfoort", "municipality", 5, 0),
    ("Sportvereniging in Liendert", "sports_culture", 1, 6),
];

/// First names and surnames of the demo's made-up people, from the origins Liendert's residents
/// have; the mediation demo draws its names from the same lists.
pub const FIRST: &[&str] = &[
    "Fatma",
    "Mohamed",
    "Anna",
    "Jan",
    "Sanne",
    "Yusuf",
    "Khadija",
    "Piotr",
    "Agnieszka",
    "Kees",
    "Ilse",
    "Hamza",
    "Emine",
    "Bart",
    "Noura",
    "Tomasz",
    "Lotte",
    "Said",
    "Marieke",
    "Ahmet",
    "Esra",
    "Ruud",
    "Latifa",
    "Dirk",
    "Zeynep",
    "Mark",
    "Samira",
    "Karin",
    "Bilal",
    "Joke",
];

pub const LAST: &[&str] = &[
    "de Vries",
    "El Amrani",
    "Yılmaz",
    "Kowalski",
    "Jansen",
    "Bakker",
    "Benali",
    "Demir",
    "Nowak",
    "Visser",
    "Smit",
    "Aydın",
    "Mulder",
    "Haddou",
    "de Groot",
    "Wiśniewski",
    "Bos",
    "Öztürk",
    "Vermeulen",
    "Bouzid",
    "van Dijk",
];

/// Key, title, description, hours, target, validity (months), prerequisite key, completion %,
/// meetings per session.
#[allow(clippy::type_complexity)]
const COURSES: &[(&str, &str, &str, i64, TargetGroup, Option<i64>, Option<&str>, i64, usize)] = &[
    (
        BASIC_KEY,
        "Cultuursensitief werken – basis",
        "Twee interactieve bijeenkomsten met een trainer en een trainingsacteur. Je werkt met je eigen casussen. \
         Je wordt je bewust van je eigen normen en van het referentiekader van de ander: eten en drinken, \
         gezinsrollen, schaamte, en wanneer je een tolk inzet.",
        8,
        TargetGroup::Both,
        Some(36),
        None,
        100,
        2,
    ),
    (
        "cultuursensitief-verdieping",
        "Cultuursensitief werken – verdieping",
        "Vervolg op de basistraining, voor professionals. Lastige gesprekken oefenen met een acteur, \
         intervisie op eigen casussen en afspraken maken in je team.",
        6,
        TargetGroup::Professional,
        Some(36),
        Some(BASIC_KEY),
        100,
        2,
    ),
    (
        "vreedzame-wijk-trainer",
        "Vreedzame Wijk – train-de-trainer",
        "Je leert zelf trainingen van De Vreedzame Wijk geven aan collega's en vrijwilligers: \
         conflicten samen oplossen, iedereen hoort erbij.",
        12,
        TargetGroup::Professional,
        Some(24),
        Some(BASIC_KEY),
        75,
        4,
    ),
    (
        "mediator",
        "Training buurtbemiddelaar (mediator)",
        "Voor vrijwilligers die bemiddelen bij burenruzies en spanningen in de buurt: luisteren, \
         neutraal blijven, samen een afspraak maken.",
        16,
        TargetGroup::Volunteer,
        Some(36),
        None,
        75,
        4,
    ),
    (
        "jongerencoach",
        "Training jongerencoach",
        "Voor wie teams van jongeren begeleidt op het jongerenpodium: mijlpalen, feedback geven, \
         omgaan met ouders en toestemming onder de 16.",
        8,
        TargetGroup::Both,
        Some(24),
        None,
        100,
        2,
    ),
];

/// Sessions: course key, months from now (negative: past), capacity, venue.
const SESSIONS: &[(&str, i64, i64, &str)] = &[
    (BASIC_KEY, -23, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, -20, 14, "Wijkteam Liendert, Nijenburg"),
    (BASIC_KEY, -17, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, -14, 16, "Basisschool in Liendert"),
    (BASIC_KEY, -11, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, -8, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, -5, 14, "Welzijn Amersfoort, Liendert"),
    (BASIC_KEY, -2, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, 1, 14, "Huis van de Wijk Liendert"),
    (BASIC_KEY, 3, 14, "Basisschool De Wegwijzer"),
    (
        "cultuursensitief-verdieping",
        -10,
        12,
        "Huis van de Wijk Liendert",
    ),
    (
        "cultuursensitief-verdieping",
        2,
        12,
        "Huis van de Wijk Liendert",
    ),
    ("vreedzame-wijk-trainer", -15, 10, "Basisschool in Liendert"),
    ("vreedzame-wijk-trainer", -4, 10, "Basisschool De Wegwijzer"),
    ("mediator", -22, 10, "Huis van de Wijk Liendert"),
    ("mediator", -9, 10, "Huis van de Wijk Liendert"),
    ("mediator", 2, 10, "Huis van de Wijk Liendert"),
    ("jongerencoach", -23, 12, "Huis van de Wijk Liendert"),
    ("jongerencoach", -6, 12, "Sportvereniging in Liendert"),
];

/// The organisation of that name: created, or the one that exists already.
async fn organisation(db: &Db, name: &str, kind: &str) -> anyhow::Result<i64> {
    match accounts::create_organisation(db, name, kind).await {
        Ok(id) => Ok(id),
        Err(e) if is_unique_violation(&e) => accounts::organisations(db)
            .await?
            .into_iter()
            .find(|o| o.name == name)
            .map(|o| o.id)
            .ok_or_else(|| anyhow::anyhow!("organisation {name} vanished")),
        Err(e) => Err(e.into()),
    }
}

/// An active account with one role (of its organisation).
async fn person(
    db: &Db,
    email: &str,
    name: &str,
    org: Option<i64>,
    role: Role,
) -> anyhow::Result<i64> {
    let id = accounts::create_user(
        db,
        &NewUser {
            email,
            name,
            lang: "nl",
            status: UserStatus::Active,
            organisation_id: org,
            password_hash: None,
        },
    )
    .await?;
    accounts::assign_role(db, id, role, org, None, None).await?;
    Ok(id)
}

fn email_part(s: &str) -> String {
    model::slugify(s).replace('-', "")
}

/// Adds the demo training registry (once).
/// Gives `people` a valid certificate of `course` the way the registry does, for other modules'
/// demos (mediators, youth coaches): a session is planned (enrolment is open only before it
/// starts), they enrol, attend and get the certificate at once — the demo's shortcut for
/// training that took place elsewhere.
pub async fn certify_in_a_session(db: &Db, course: i64, people: &[i64]) -> anyhow::Result<()> {
    let start = now() + 86_400;
    let session = queries::create_session(
        db,
        &NewSession {
            course_id: course,
            trainer_id: None,
            trainer_name: "Meryem Koç".into(),
            venue: "Huis van de Wijk Liendert".into(),
            online: false,
            capacity: None,
            meetings: vec![(start, start + 3 * 3600)],
        },
    )
    .await?;
    let meeting = queries::meetings(db, session)
        .await?
        .first()
        .map(|m| m.id)
        .ok_or_else(|| anyhow::anyhow!("session without a meeting"))?;
    let mut enrolments = vec![];
    for person in people {
        if let queries::Enrolled::New { id, .. } =
            queries::enrol(db, session, *person, *person).await?
        {
            enrolments.push(id);
        }
    }
    let ticks: Vec<(i64, i64)> = enrolments.iter().map(|e| (meeting, *e)).collect();
    queries::save_attendance(db, session, &ticks).await?;
    for e in enrolments {
        let _ = queries::issue_certificate(db, e, now() - 60).await?;
    }
    Ok(())
}

pub async fn seed(db: &Db) -> anyhow::Result<()> {
    if queries::course_by_key(db, BASIC_KEY).await?.is_some() {
        return Ok(());
    }
    let day = 86400;
    let today = now() - now().rem_euclid(day);
    // Staff of the partner organisations: (user id, organisation, professional?).
    let mut staff: Vec<(i64, i64, bool)> = vec![];
    let mut n = 0usize;
    let mut contacts = vec![];
    for (name, kind, pros, vols) in ORGANISATIONS {
        let org = organisation(db, name, kind).await?;
        for i in 0..(pros + vols) {
            let first = FIRST[(n * 7) % FIRST.len()];
            let last = LAST[(n * 11 + 3) % LAST.len()];
            let full = format!("{first} {last}");
            let email = format!(
                "{}.{}.{n}@demo.invalid",
                email_part(first),
                email_part(last)
            );
            let professional = i < *pros;
            let role = if professional {
                Role::Professional
            } else {
                Role::Volunteer
            };
            let id = person(db, &email, &full, Some(org), role).await?;
            if i == 0 {
                contacts.push((org, id));
            }
            staff.push((id, org, professional));
            n += 1;
        }
    }
    for (org, id) in &contacts {
        queries::set_contact(db, *org, *id).await?;
    }
    let trainers = [
        person(
            db,
            "trainer.meryem@demo.invalid",
            "Meryem Koç",
            None,
            Role::Trainer,
        )
        .await?,
        person(
            db,
            "trainer.hans@demo.invalid",
            "Hans Verhoef",
            None,
            Role::Trainer,
        )
        .await?,
    ];
    let mut course_ids = std::collections::HashMap::new();
    for (key, title, description, hours, target, validity, pre, percent, _) in COURSES {
        let id = queries::create_course(
            db,
            &NewCourse {
                course_key: key.to_string(),
                title: title.to_string(),
                description: description.split_whitespace().collect::<Vec<_>>().join(" "),
                duration_hours: *hours,
                target_group: *target,
                validity_months: *validity,
                prerequisite_id: pre.and_then(|p| course_ids.get(p).copied()),
                completion_percent: *percent,
            },
        )
        .await?;
        course_ids.insert(*key, id);
    }
    // Goals: most organisations aim at 90 % before the end of next year.
    let goal_due = today + 400 * day;
    for (i, (org, _)) in contacts.iter().enumerate() {
        if i % 3 != 2 {
            queries::set_goal(db, *org, if i % 2 == 0 { 90 } else { 75 }, goal_due).await?;
        }
    }
    let mut taken: std::collections::HashSet<(usize, &str)> = Default::default();
    for (s_index, (key, months, capacity, venue)) in SESSIONS.iter().enumerate() {
        let course = COURSES.iter().find(|c| c.0 == *key).expect("course");
        let meetings_n = course.8;
        // 09:30–13:00 local on a Tuesday-ish day, weekly.
        let first_day = today + months * 30 * day + (s_index as i64 % 5) * day;
        let meetings: Vec<(i64, i64)> = (0..meetings_n as i64)
            .map(|m| {
                let start = first_day + m * 7 * day + 8 * 3600 + 1800;
                (start, start + 3 * 3600 + 1800)
            })
            .collect();
        let trainer = trainers[s_index % 2];
        let session_id = queries::create_session(
            db,
            &NewSession {
                course_id: course_ids[key],
                trainer_id: Some(trainer),
                trainer_name: if s_index % 2 == 0 {
                    "Meryem Koç".into()
                } else {
                    "Hans Verhoef".into()
                },
                venue: venue.to_string(),
                online: false,
                capacity: Some(*capacity),
                meetings: meetings.clone(),
            },
        )
        .await?;
        let meeting_ids: Vec<i64> = queries::meetings(db, session_id)
            .await?
            .iter()
            .map(|m| m.id)
            .collect();
        let past = *months < 0;
        // Who takes part: people of the target group not trained in this course yet.
        let fits = |p: &bool| match course.4 {
            TargetGroup::Professional => *p,
            TargetGroup::Volunteer => !*p,
            TargetGroup::Both => true,
        };
        let wanted = if past { *capacity - 2 } else { *capacity / 3 };
        let mut participants = vec![];
        for (i, (id, org, professional)) in staff.iter().enumerate() {
            if participants.len() as i64 >= wanted {
                break;
            }
            // Partial coverage: per organisation between a fifth and half of the people never
            // take part; the others are spread over the sessions.
            let never = (i * 7 + *org as usize * 3) % 10 < 2 + (*org as usize % 4);
            if !fits(professional)
                || never
                || (i * 13 + s_index * 5) % 3 == 0
                || taken.contains(&(i, *key))
            {
                continue;
            }
            taken.insert((i, *key));
            participants.push(*id);
        }
        let ts = now();
        let mut enrolments = vec![];
        let mut ticks = vec![];
        for (p_index, user_id) in participants.iter().enumerate() {
            let enrolled_at = meetings[0].0 - 30 * day;
            let confirmed = EnrolStatus::Confirmed;
            let id = queries::add_enrolment(
                &db.pool,
                session_id,
                *user_id,
                confirmed,
                *user_id,
                enrolled_at,
            )
            .await?;
            enrolments.push(id);
            // One in seven misses a meeting (and so does not complete).
            let misses = (p_index + s_index) % 7 == 3;
            for (m_index, meeting) in meeting_ids.iter().enumerate() {
                if past && !(misses && m_index == 0) {
                    ticks.push((*meeting, id));
                }
            }
        }
        if !past {
            continue;
        }
        queries::save_attendance(db, session_id, &ticks).await?;
        for (p_index, enrolment_id) in enrolments.into_iter().enumerate() {
            let issued_at = meetings.last().map(|m| m.1).unwrap_or(ts);
            if ts > issued_at {
                let _ = queries::issue_certificate(db, enrolment_id, issued_at).await?;
            }
            // Effect answers from most participants (anonymous).
            if p_index % 4 != 1 {
                answer(
                    db,
                    enrolment_id,
                    session_id,
                    course_ids[key],
                    key,
                    p_index + s_index,
                    p_index,
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// A participant's effect answers: satisfaction, and for the basic course the self-assessment
/// before and after. `seed` spreads the scores.
async fn answer(
    db: &Db,
    enrolment_id: i64,
    session_id: i64,
    course_id: i64,
    course_key: &str,
    seed: usize,
    p_index: usize,
) -> anyhow::Result<()> {
    let base = 3 + (seed % 3) as i64;
    let scores: Vec<(&str, i64)> = model::SATISFACTION
        .iter()
        .enumerate()
        .map(|(q, (id, _))| (*id, (base + q as i64 % 2).min(5)))
        .collect();
    let satisfaction = EffectForm::Satisfaction;
    queries::record_answers(
        db,
        enrolment_id,
        session_id,
        course_id,
        satisfaction,
        &scores,
    )
    .await?;
    if course_key != BASIC_KEY {
        return Ok(());
    }
    for (form, shift) in [(EffectForm::Before, 0), (EffectForm::After, 1)] {
        let scores: Vec<(&str, i64)> = model::SELF_ASSESSMENT
            .iter()
            .enumerate()
            .map(|(q, (id, _))| (*id, (2 + shift + ((p_index + q) % 2) as i64).min(5)))
            .collect();
        queries::record_answers(db, enrolment_id, session_id, course_id, form, &scores).await?;
    }
    Ok(())
}
