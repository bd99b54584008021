//! Demo data: two years of buurtbemiddeling in Liendert with the national pattern — about 70%
//! of closed cases solved (fully or partly), noise, house/garden and intimidation the most
//! common topics, most requests from residents themselves and the housing corporation — handled
//! by the volunteers who hold the mediator certificate. Everything goes through the queries the
//! pages use. Deterministic; running it twice adds nothing but, when none is due, one case
//! whose aftercare reminder is due (so every demo start shows the reminder mail).

use crate::model::{self, CaseFile, NewRequest, Step, ValidStep, MEDIATOR_COURSE};
use crate::queries;
use jiff::civil::Date;
use kansrijk_kernel::accounts::queries as accounts;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::sealing::Sealer;
use kansrijk_training::demo::{FIRST, LAST};
use kansrijk_training::queries as training;

/// Gives these people a valid mediator certificate through the training registry: a session
/// of the mediator course, their enrolment, attendance and the certificate (issued today).
pub async fn certify(db: &Db, people: &[i64]) -> anyhow::Result<()> {
    let course = match training::course_by_key(db, MEDIATOR_COURSE).await? {
        Some(c) => c.id,
        None => {
            training::create_course(
                db,
                &kansrijk_training::model::NewCourse {
                    course_key: MEDIATOR_COURSE.into(),
                    title: "Training buurtbemiddelaar".into(),
                    description: "Luisteren, neutraal blijven, samen een afspraak maken.".into(),
                    duration_hours: 16,
                    target_group: kansrijk_training::model::TargetGroup::Volunteer,
                    validity_months: Some(36),
                    prerequisite_id: None,
                    completion_percent: 75,
                },
            )
            .await?
        }
    };
    kansrijk_training::demo::certify_in_a_session(db, course, people).await
}

const STREETS: &[&str] = &[
    "Lindelaan",
    "Beukenstraat",
    "Eikenlaan",
    "Wilgenhof",
    "Berkenplein",
    "Populierenweg",
    "Esdoornstraat",
    "Kastanjelaan",
];
/// Topics in a cycle of twenty cases (the national pattern: noise, house/garden and
/// intimidation first); case `n` takes slot `7n mod 20`, so every twenty cases keep the mix.
const TOPIC_CYCLE: [&str; 20] = [
    "noise",
    "garden",
    "intimidation",
    "noise",
    "children",
    "garden",
    "noise",
    "pets",
    "intimidation",
    "noise",
    "garden",
    "parking",
    "noise",
    "intimidation",
    "garden",
    "pollution",
    "noise",
    "children",
    "treatment",
    "other",
];
const REFERRERS: &[(&str, u64)] = &[
    ("self", 40),
    ("housing", 25),
    ("police", 12),
    ("municipality", 8),
    ("wijkteam", 8),
    ("school", 4),
    ("meldpunt", 3),
];
const DESCRIPTIONS: &[&str] = &[
    "De buren maken 's avonds veel lawaai. We hebben al een paar keer aangebeld.",
    "De heg van de buren groeit over onze tuin. Praten lukt niet meer.",
    "Er wordt naar ons geroepen als we langslopen. We voelen ons niet meer veilig.",
    "De kinderen spelen tegen onze schutting en de bal komt steeds in de tuin.",
    "De hond van de buren blaft de hele dag als ze weg zijn.",
];

/// A small deterministic generator (the demo must be the same every time).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn weighted(&mut self, options: &[(&'static str, u64)]) -> &'static str {
        let total: u64 = options.iter().map(|(_, w)| w).sum();
        let mut pick = self.below(total);
        for (value, weight) in options {
            if pick < *weight {
                return value;
            }
            pick -= weight;
        }
        options[0].0
    }
}

/// The certified mediators of the demo: volunteers of the training demo who hold the mediator
/// certificate get the Mediator role; without them, three demo volunteers are certified.
async fn mediators(db: &Db) -> anyhow::Result<Vec<i64>> {
    let mut found = vec![];
    let mut untrained = None;
    for v in accounts::people_with_role(db, Role::Volunteer, None).await? {
        if training::holds_valid(db, v.user_id, MEDIATOR_COURSE, now()).await? {
            found.push(v.user_id);
        } else if untrained.is_none() {
            untrained = Some(v.user_id);
        }
    }
    // One mediator whose training is not (yet) valid: the coordinator must not be able to
    // assign them.
    if let Some(id) = untrained {
        accounts::assign_role(db, id, Role::Mediator, None, None, None).await?;
    }
    if found.len() < 2 {
        for i in 1..=3 {
            let email = format!("bemiddelaar-demo-{i}@demo.invalid");
            let id = match accounts::user_by_email(db, &email).await? {
                Some(u) => u.id,
                None => {
                    accounts::create_user(
                        db,
                        &accounts::NewUser {
                            email: &email,
                            name: &format!("{} {}", FIRST[i], LAST[i]),
                            lang: "nl",
                            status: kansrijk_kernel::accounts::model::UserStatus::Active,
                            organisation_id: None,
                            password_hash: None,
                        },
                    )
                    .await?
                }
            };
            found.push(id);
        }
        certify(db, &found).await?;
    }
    found.truncate(8);
    for id in &found {
        accounts::assign_role(db, *id, Role::Mediator, None, None, None).await?;
    }
    Ok(found)
}

/// The neutral places for joint talks: the venues of the activities module. The demo runs
/// before the activities demo, so it adds the Huis van de Wijk as that demo does (same name and
/// organisation, so the activities demo later updates the same venue).
async fn venues(db: &Db) -> anyhow::Result<Vec<i64>> {
    let existing: Vec<i64> = kansrijk_activities::queries::venues(db)
        .await?
        .iter()
        .map(|v| v.id)
        .collect();
    if !existing.is_empty() {
        return Ok(existing);
    }
    let organisation_id = accounts::organisations(db)
        .await?
        .into_iter()
        .find(|o| o.name == "Huis van de Wijk Liendert")
        .map(|o| o.id);
    let venue = kansrijk_activities::queries::NewVenue {
        name: "Huis van de Wijk Liendert".into(),
        address: "Huis van de Wijk, Liendert".into(),
        area_id: None,
        opening_hours: "Maandag tot en met vrijdag overdag en op activiteitenavonden.".into(),
        route: "Vraag bij de ingang naar de zaal van de activiteit. Bussen stoppen in de wijk."
            .into(),
        step_free: true,
        accessible_toilet: true,
        hearing_loop: true,
        parking: true,
        organisation_id,
    };
    Ok(kansrijk_activities::queries::upsert_venue(db, &venue)
        .await?
        .into_iter()
        .collect())
}

fn plus(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(date)
}

/// The steps a demo case takes after its request, with the gaps in days; cases received in
/// the last weeks are still under way.
fn plan(dice: &mut Dice, age_days: i64, mediators: &[i64], venues: &[i64]) -> Vec<(i64, Step)> {
    let pair = {
        let a = dice.below(mediators.len() as u64) as usize;
        let b = (a + 1 + dice.below(mediators.len() as u64 - 1) as usize) % mediators.len();
        [mediators[a], mediators[b]]
    };
    let venue = venues
        .get(dice.below(venues.len().max(1) as u64) as usize)
        .copied();
    let roll = dice.below(100);
    let close = |outcome: &str, reason: &str| Step::Close {
        outcome: outcome.into(),
        reason: reason.into(),
    };
    let mut steps = vec![(1 + dice.below(6) as i64, Step::Intake)];
    if roll < 8 {
        steps.push((
            2,
            Step::Decide {
                suitable: false,
                reason: [
                    "not_suitable_legal",
                    "not_suitable_family",
                    "not_suitable_violence",
                ][dice.below(3) as usize]
                    .into(),
                referral: "Juridisch Loket of wijkteam".into(),
            },
        ));
        return steps;
    }
    steps.push((
        2,
        Step::Decide {
            suitable: true,
            reason: String::new(),
            referral: String::new(),
        },
    ));
    steps.push((3, Step::Assign { mediators: pair }));
    steps.push((7, Step::Party1));
    let refuses = (8..18).contains(&roll);
    steps.push((7, Step::Party2 { agrees: !refuses }));
    if refuses {
        steps.push((3, close("stopped", "other_party_refused")));
        return steps;
    }
    if let Some(venue_id) = venue {
        steps.push((10, Step::Joint { venue_id }));
    }
    steps.push((
        0,
        Step::Agreements {
            text: "We houden het 's avonds na tien uur stil. We bellen eerst aan als er iets is."
                .into(),
        },
    ));
    steps.push((42, Step::Aftercare));
    let outcome = match roll {
        18..=22 => close("not_solved", ""),
        23..=26 => close("stopped", "no_motivation"),
        27..=46 => close("partly_solved", ""),
        _ => close("solved", ""),
    };
    steps.push((3, outcome));
    // A case stays open at the step it reached by now.
    let mut total = 0;
    steps
        .into_iter()
        .take_while(|(gap, _)| {
            total += gap;
            total <= age_days
        })
        .collect()
}

/// Two years of cases (once); returns how many were added. It needs the installation's sealer,
/// so `kansrijk::demo_accounts` runs it (after the training demo it builds on), like the
/// meldpunt's demo.
pub async fn seed(db: &Db, sealer: &Sealer) -> anyhow::Result<usize> {
    let existing = queries::figure_rows(db, "0000-01-01").await?;
    if !existing.is_empty() {
        ensure_aftercare_due(db, sealer).await?;
        return Ok(0);
    }
    let mediators = mediators(db).await?;
    let buurten: Vec<i64> = kansrijk_kernel::areas::list(db)
        .await?
        .into_iter()
        .filter(|a| a.kind == "neighbourhood")
        .map(|a| a.id)
        .collect();
    let venues = venues(db).await?;
    let today = kansrijk_kernel::time::today();
    let mut dice = Dice(15);
    const CASES: i64 = 96;
    for n in 0..CASES {
        let age = 730 - n * 730 / CASES - dice.below(5) as i64;
        seed_case(
            db,
            sealer,
            &mut dice,
            today,
            (n, age.max(0)),
            &buurten,
            &mediators,
            &venues,
        )
        .await?;
    }
    let added = ensure_aftercare_due(db, sealer).await?;
    seed_schools(db, today).await?;
    Ok(CASES as usize + usize::from(added))
}

/// Two school years of pupil mediation at Liendert's primary schools (counts only): pupils
/// trained in the autumn, mediations on the rota every school month, a few wijkmediator
/// certificates in June.
async fn seed_schools(db: &Db, today: Date) -> anyhow::Result<()> {
    for (s, (school, _)) in queries::schools(db).await?.into_iter().enumerate() {
        for back in 0..24i64 {
            let month = plus(today, -back * 30).to_string()[..7].to_string();
            let m: i64 = month[5..7].parse().unwrap_or(1);
            if m == 7 || m == 8 {
                continue;
            }
            let count = model::SchoolCount {
                organisation_id: school,
                month,
                pupils_trained: if m == 10 {
                    8 + (s as i64 + back) % 5
                } else {
                    0
                },
                mediations: 2 + (back * 3 + s as i64 * 5) % 8,
                wijkmediators: if m == 6 { 2 + s as i64 % 3 } else { 0 },
                // The children's council meets about once a month, now and then twice.
                council_meetings: 1 + (back + s as i64) % 4 / 3,
            };
            queries::set_school_count(db, &count).await?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn seed_case(
    db: &Db,
    sealer: &Sealer,
    dice: &mut Dice,
    today: Date,
    (n, age): (i64, i64),
    buurten: &[i64],
    mediators: &[i64],
    venues: &[i64],
) -> anyhow::Result<()> {
    let received = plus(today, -age);
    let referrer = dice.weighted(REFERRERS);
    let professional = referrer != "self";
    let who = |d: &mut Dice| {
        format!(
            "{} {}",
            FIRST[d.below(FIRST.len() as u64) as usize],
            LAST[d.below(LAST.len() as u64) as usize]
        )
    };
    let street = STREETS[dice.below(STREETS.len() as u64) as usize];
    let request = NewRequest {
        professional,
        referrer_type: referrer.into(),
        referrer_org: if professional {
            format!("Demo {referrer}")
        } else {
            String::new()
        },
        referrer_email: None,
        consent: professional,
        topic: TOPIC_CYCLE[(n * 7 % 20) as usize].into(),
        urgency: if dice.below(10) == 0 {
            "urgent"
        } else {
            "normal"
        }
        .into(),
        area_id: buurten
            .get(dice.below(buurten.len().max(1) as u64) as usize)
            .copied(),
        file: CaseFile {
            name: who(dice),
            street: street.into(),
            house_number: (1 + dice.below(120)).to_string(),
            phone: format!("06 {:08}", dice.below(100_000_000)),
            language: ["Nederlands", "Turks", "Arabisch", "Pools"][dice.below(4) as usize].into(),
            other_name: who(dice),
            other_street: street.into(),
            other_house_number: (1 + dice.below(120)).to_string(),
            description: DESCRIPTIONS[dice.below(DESCRIPTIONS.len() as u64) as usize].into(),
            ..Default::default()
        },
        referrer_organisation_id: None,
        report_ref: None,
    };
    let id = queries::insert_request(db, sealer, &request, "nl", received).await?;
    let mut on = received;
    for (gap, step) in plan(dice, age, mediators, venues) {
        on = plus(on, gap);
        let case = queries::case(db, id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("case {id}"))?;
        let step = ValidStep { on, step };
        let closes = step.closes().is_some();
        if queries::add_step(db, sealer, &case, case.version, &step, None)
            .await?
            .is_err()
        {
            anyhow::bail!("demo case {id}: step refused");
        }
        if closes {
            let at = model::parse_date(&on.to_string())
                .and_then(|d| d.at(17, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).ok())
                .map(|z| z.timestamp().as_second())
                .unwrap_or_else(now);
            queries::set_closed_at(db, id, at).await?;
        }
    }
    Ok(())
}

/// One case in buurt `area_id`, received `days_ago` days ago, taken through intake and the
/// decision to the assignment of `mediators` (for tests and trying things out).
pub async fn assigned_case(
    db: &Db,
    sealer: &Sealer,
    area_id: Option<i64>,
    mediators: [i64; 2],
    days_ago: i64,
) -> anyhow::Result<i64> {
    let steps = [
        (0, Step::Intake),
        (
            0,
            Step::Decide {
                suitable: true,
                reason: String::new(),
                referral: String::new(),
            },
        ),
        (0, Step::Assign { mediators }),
    ];
    case_with_steps(db, sealer, area_id, days_ago, &steps).await
}

/// Adds an [`aftercare_due_case`] unless an aftercare reminder is due already: the worker sends
/// it at start, so each demo start (each browser test file) has one to follow. Returns whether
/// it added one.
async fn ensure_aftercare_due(db: &Db, sealer: &Sealer) -> anyhow::Result<bool> {
    let due = kansrijk_kernel::jobs::due(db).await?;
    if due
        .iter()
        .any(|(kind, _, _)| kind == crate::jobs::AFTERCARE_JOB)
    {
        return Ok(false);
    }
    let mut pair = vec![];
    for m in accounts::people_with_role(db, Role::Mediator, None).await? {
        if training::holds_valid(db, m.user_id, MEDIATOR_COURSE, now()).await? {
            pair.push(m.user_id);
        }
    }
    let (Some(&first), Some(&second)) = (pair.first(), pair.get(1)) else {
        return Ok(false);
    };
    let buurt = kansrijk_kernel::areas::list(db)
        .await?
        .into_iter()
        .find(|a| a.kind == "neighbourhood")
        .map(|a| a.id);
    let venue = venues(db).await?.first().copied();
    aftercare_due_case(db, sealer, buurt, [first, second], venue).await?;
    Ok(true)
}

/// A case whose written agreements are 45 days old and whose aftercare is not yet recorded:
/// its reminder is due, so the worker mails the mediators as soon as the demo starts (the
/// browser test follows that mail to the aftercare and the outcome).
async fn aftercare_due_case(
    db: &Db,
    sealer: &Sealer,
    area_id: Option<i64>,
    mediators: [i64; 2],
    venue_id: Option<i64>,
) -> anyhow::Result<i64> {
    let mut steps = vec![
        (0, Step::Intake),
        (
            1,
            Step::Decide {
                suitable: true,
                reason: String::new(),
                referral: String::new(),
            },
        ),
        (1, Step::Assign { mediators }),
        (7, Step::Party1),
        (6, Step::Party2 { agrees: true }),
    ];
    if let Some(venue_id) = venue_id {
        steps.push((5, Step::Joint { venue_id }));
    }
    steps.push((
        0,
        Step::Agreements {
            text: "We zetten de vuilnisbakken niet meer voor de deur van de buren.".into(),
        },
    ));
    let days: i64 = steps.iter().map(|(gap, _)| gap).sum();
    case_with_steps(db, sealer, area_id, 45 + days, &steps).await
}

/// A self-referred noise case received `days_ago` days ago, taken through `steps` (each dated
/// its gap in days after the one before).
async fn case_with_steps(
    db: &Db,
    sealer: &Sealer,
    area_id: Option<i64>,
    days_ago: i64,
    steps: &[(i64, Step)],
) -> anyhow::Result<i64> {
    let received = plus(kansrijk_kernel::time::today(), -days_ago);
    let request = NewRequest {
        professional: false,
        referrer_type: "self".into(),
        referrer_org: String::new(),
        referrer_email: None,
        consent: false,
        topic: "noise".into(),
        urgency: "normal".into(),
        area_id,
        file: CaseFile {
            name: "Anna de Vries".into(),
            street: "Lindelaan".into(),
            phone: "06 12345678".into(),
            description: DESCRIPTIONS[0].into(),
            ..Default::default()
        },
        referrer_organisation_id: None,
        report_ref: None,
    };
    let id = queries::insert_request(db, sealer, &request, "nl", received).await?;
    let mut on = received;
    for (gap, step) in steps {
        on = plus(on, *gap);
        let case = queries::case(db, id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("case {id}"))?;
        let step = ValidStep {
            on,
            step: step.clone(),
        };
        if queries::add_step(db, sealer, &case, case.version, &step, None)
            .await?
            .is_err()
        {
            anyhow::bail!("case {id}: step refused");
        }
    }
    Ok(id)
}
