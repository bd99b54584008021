//! Demo content of the youth stage, written through the feature's own queries: four campaigns
//! at different milestones (one idea still waiting for a parent's consent, one in production
//! with a coach, two on the stage), with consents, a coach, a thread and a coach log.
//! Deterministic; running it twice adds nothing.

use crate::model::{self, NewCampaign, NewConsent, NewMember, COACH_COURSE};
use crate::queries;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::sealing::Sealer;
use kansrijk_training::queries as training;

/// Gives these people a valid youth-coach certificate through the training registry: a
/// session of the course, their enrolment, attendance and the certificate (issued now).
pub async fn certify(db: &Db, people: &[i64]) -> anyhow::Result<()> {
    let course = match training::course_by_key(db, COACH_COURSE).await? {
        Some(c) => c.id,
        None => {
            training::create_course(
                db,
                &kansrijk_training::model::NewCourse {
                    course_key: COACH_COURSE.into(),
                    title: "Training jongerencoach".into(),
                    description:
                        "Jongeren begeleiden bij een eigen campagne, veilig en met respect.".into(),
                    duration_hours: 12,
                    target_group: kansrijk_training::model::TargetGroup::Professional,
                    validity_months: Some(24),
                    prerequisite_id: None,
                    completion_percent: 75,
                },
            )
            .await?
        }
    };
    kansrijk_training::demo::certify_in_a_session(db, course, people).await
}

fn member(first_name: &str, age_band: &str, born_month: Option<&str>) -> NewMember {
    NewMember {
        first_name: first_name.into(),
        age_band: age_band.into(),
        born_month: born_month.map(str::to_string),
    }
}

fn consent(by: &'static str, photos: bool) -> NewConsent {
    NewConsent {
        given_by: by,
        channel: "email".into(),
        take_part: true,
        publish_work: true,
        publish_photos: photos,
    }
}

/// (campaign, milestone reached, everyone consents, published)
fn campaigns() -> Vec<(NewCampaign, &'static str, bool, bool)> {
    let c =
        |name: &str, idea: &str, audience: &str, form: &str, members: Vec<NewMember>| NewCampaign {
            name: name.into(),
            idea: idea.into(),
            audience: audience.into(),
            form: form.into(),
            contact: "team@example.nl\n".into(),
            members,
        };
    vec![
        (
            c(
                "Liendert Lacht",
                "Foto's van mensen die lachen in Liendert, op posters in het winkelcentrum.",
                "Iedereen die boodschappen doet",
                "posters",
                vec![
                    member("Noor", "16-17", None),
                    member("Daan", "14-15", Some("2011-09")),
                ],
            ),
            "launch",
            true,
            true,
        ),
        (
            c(
                "Ons Plein",
                "Een filmpje over het plein: wie speelt er, wie zit er, wat kan beter?",
                "Buren en de gemeente",
                "video",
                vec![
                    member("Amira", "18-23", None),
                    member("Milan", "16-17", None),
                ],
            ),
            "evaluation",
            true,
            true,
        ),
        (
            c(
                "Straatstemmen",
                "Korte verhalen van jongeren op sociale media, elke week een nieuw verhaal.",
                "Jongeren uit Amersfoort",
                "social",
                vec![
                    member("Selin", "14-15", Some("2012-02")),
                    member("Jayden", "16-17", None),
                ],
            ),
            "production",
            true,
            false,
        ),
        (
            c(
                "Liendert Danst",
                "Een dansmiddag op het grasveld voor alle leeftijden, met muziek van hier.",
                "Gezinnen en ouderen",
                "event",
                vec![member("Lina", "12-13", Some("2013-06"))],
            ),
            "idea",
            false,
            false,
        ),
    ]
}

/// The coach's first entries in the timeline of a campaign past the idea.
const FIRST_ENTRIES: [(&str, &str); 3] = [
    ("message", "Welkom! Wat willen jullie als eerste doen?"),
    (
        "task",
        "Maak een lijstje van plekken voor de foto's of opnames.",
    ),
    ("log", "Eerste gesprek met het team, iedereen was er."),
];

/// Adds the demo campaigns once; `coach`: the coach of the campaigns past the idea. Returns how
/// many were added.
pub async fn seed(db: &Db, sealer: &Sealer, coach: Option<i64>) -> anyhow::Result<usize> {
    if !queries::campaigns(db, None).await?.is_empty() {
        return Ok(0);
    }
    let all = campaigns();
    let count = all.len();
    for (campaign, reached, consented, published) in all {
        let (id, _) = queries::insert_campaign(db, sealer, &campaign).await?;
        if consented {
            for m in queries::members(db, id).await? {
                let by = model::consent_by(
                    &m.age_band,
                    m.born_month.as_deref(),
                    kansrijk_kernel::time::today(),
                );
                queries::give_consent(
                    db,
                    m.id,
                    &consent(by, by == "self"),
                    model::CONSENT_TEXT_VERSION,
                )
                .await?;
            }
        }
        if let Some(coach) = coach.filter(|_| reached != "idea") {
            queries::assign_coach(db, id, coach).await?;
            for (kind, text) in FIRST_ENTRIES {
                queries::add_entry(db, sealer, id, kind, "", text, Some(coach)).await?;
            }
            for m in model::MILESTONES.iter().skip(1) {
                queries::add_entry(db, sealer, id, "milestone", m, "", Some(coach)).await?;
                if *m == reached {
                    break;
                }
            }
        }
        if published {
            queries::set_published(db, id, true).await?;
        }
    }
    Ok(count)
}
