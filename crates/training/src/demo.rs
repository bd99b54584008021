//! Demo data: Liendert's partner organisations with invented staff (professionals and
//! volunteers), the courses of the plan, sessions over the last two years and a few coming ones,
//! attendance, certificates (partial coverage, some about to expire), contacts, goals and effect
//! answers. Deterministic apart from certificate numbers; running it twice adds nothing.

use crate::model::{self, EffectForm, NewCourse, NewSession, TargetGroup};
use crate::queries;
use kansrijk_kernel::db::{is_unique_violation, now, Db};

/// The basic course: the one the coverage dashboard shows first.
pub const BASIC_KEY: &str = "cultuursensitief-basis";

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

const FIRST: &[&str] = &[
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

const LAST: &[&str] = &[
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

async fn organisation(db: &Db, name: &str, kind: &str) -> anyhow::Result<i64> {
    use kansrijk_kernel::accounts::queries as accounts;
    match accounts::create_organisation(db, name, kind).await {
        Ok(id) => Ok(id),
        Err(e) if is_unique_violation(&e) => Ok(sqlx::query_scalar(
            "SELECT id FROM organisations WHERE name = $1",
        )
        .bind(name)
        .fetch_one(&db.pool)
        .await?),
        Err(e) => Err(e.into()),
    }
}

async fn person(
    db: &Db,
    email: &str,
    name: &str,
    org: Option<i64>,
    role: &str,
) -> anyhow::Result<i64> {
    let ts = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, name, lang, status, organisation_id, created_at, updated_at) \
         VALUES ($1, $2, 'nl', 'active', $3, $4, $4) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(org)
    .bind(ts)
    .fetch_one(&db.pool)
    .await?;
    sqlx::query("INSERT INTO role_assignments (user_id, role, organisation_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(role)
        .bind(org)
        .bind(ts)
        .execute(&db.pool)
        .await?;
    Ok(id)
}

fn email_part(s: &str) -> String {
    model::slugify(s).replace('-', "")
}

/// Adds the demo training registry (once).
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
                "professional"
            } else {
                "volunteer"
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
            "trainer",
        )
        .await?,
        person(
            db,
            "trainer.hans@demo.invalid",
            "Hans Verhoef",
            None,
            "trainer",
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
        for (p_index, user_id) in participants.iter().enumerate() {
            let enrolment_id: i64 = sqlx::query_scalar(
                "INSERT INTO training_enrolments (session_id, user_id, status, enrolled_by, created_at, updated_at) \
                 VALUES ($1, $2, 'confirmed', $2, $3, $3) RETURNING id",
            )
            .bind(session_id)
            .bind(user_id)
            .bind(meetings[0].0 - 30 * day)
            .fetch_one(&db.pool)
            .await?;
            if !past {
                continue;
            }
            // One in seven misses a meeting (and so does not complete).
            let misses = (p_index + s_index) % 7 == 3;
            for (m_index, meeting) in meeting_ids.iter().enumerate() {
                if misses && m_index == 0 {
                    continue;
                }
                sqlx::query(
                    "INSERT INTO training_attendance (meeting_id, enrolment_id) VALUES ($1, $2)",
                )
                .bind(meeting)
                .bind(enrolment_id)
                .execute(&db.pool)
                .await?;
            }
            let issued_at = meetings.last().map(|m| m.1).unwrap_or(ts);
            if ts > issued_at {
                let _ = queries::issue_certificate(db, enrolment_id, issued_at).await?;
            }
            // Effect answers from most participants (anonymous).
            if p_index % 4 != 1 {
                let base = 3 + ((p_index + s_index) % 3) as i64;
                let scores: Vec<(&str, i64)> = model::SATISFACTION
                    .iter()
                    .enumerate()
                    .map(|(q, (id, _))| (*id, (base + q as i64 % 2).min(5)))
                    .collect();
                queries::record_answers(
                    db,
                    enrolment_id,
                    session_id,
                    course_ids[key],
                    EffectForm::Satisfaction,
                    &scores,
                )
                .await?;
                if *key == BASIC_KEY {
                    for (form, shift) in [(EffectForm::Before, 0), (EffectForm::After, 1)] {
                        let scores: Vec<(&str, i64)> = model::SELF_ASSESSMENT
                            .iter()
                            .enumerate()
                            .map(|(q, (id, _))| {
                                (*id, (2 + shift + ((p_index + q) % 2) as i64).min(5))
                            })
                            .collect();
                        queries::record_answers(
                            db,
                            enrolment_id,
                            session_id,
                            course_ids[key],
                            form,
                            &scores,
                        )
                        .await?;
                    }
                }
            }
        }
    }
    Ok(())
}
