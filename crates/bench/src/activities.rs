//! Venues, activities and registrations: a year back and a year ahead, mostly in the evening,
//! with the kinds, pillars and capacities of the demo agenda. Registrations are confirmed up to
//! the capacity and waiting beyond it, as the sign-up rules would have placed them. Names and
//! addresses are obviously invented (`@bench.invalid`).

use crate::bulk::{self, V};
use crate::rng::Rng;
use crate::Scale;
use kansrijk_kernel::db::{now, Db};
use kansrijk_programme::model::Pillar;
use sqlx::Row;

const KINDS: &[(&str, u64)] = &[
    ("workshop", 30),
    ("film_conversation", 15),
    ("cultural_festival", 5),
    ("expert_talk", 15),
    ("childrens_council", 10),
    ("training_session", 10),
    ("other", 15),
];
const TITLES: &[&str] = &[
    "Koffie-ochtend voor nieuwe buren",
    "Filmavond met gesprek",
    "Samen koken uit vele keukens",
    "Spreekuur over geldzaken",
    "Kinderraad van de wijk",
    "Workshop ruzie oplossen",
    "Buurtfeest op het plein",
    "Taalcafé",
];

impl Scale {
    pub fn activities(self) -> usize {
        match self {
            Scale::Neighbourhood => 1_000,
            Scale::City => 20_000,
            Scale::National => 500_000,
        }
    }
}

/// Generates venues, activities (with a Dutch text and pillars) and ~10 registrations per
/// activity; returns (activities, registrations).
pub async fn generate(db: &Db, scale: Scale, seed: u64) -> anyhow::Result<(usize, usize)> {
    let buurten = crate::areas::buurt_ids(db).await?;
    let mut rng = Rng::new(seed, 4);
    let end = now();
    let from = end - 365 * 86_400;
    let span = 2 * 365 * 86_400;

    // One meeting place per ~10 buurten (at least 3).
    let venue_rows: Vec<Vec<V>> = (0..(buurten.len() / 10).max(3))
        .map(|i| {
            let area = (!buurten.is_empty()).then(|| rng.pick(&buurten).0);
            vec![
                V::T(format!("Ontmoetingsplek {i}")),
                V::T(format!("Buurtplein {}, Plaats", i + 1)),
                V::OptI(area),
                V::I((rng.below(4) > 0) as i64),
                V::I(end),
                V::I(end),
            ]
        })
        .collect();
    let mut tx = bulk::begin(db).await?;
    let venues: Vec<i64> = bulk::insert(
        &mut tx,
        "venues",
        &[
            "name",
            "address",
            "area_id",
            "step_free",
            "created_at",
            "updated_at",
        ],
        &venue_rows,
        "RETURNING id",
    )
    .await?
    .iter()
    .map(|r| r.get(0))
    .collect();
    tx.commit().await?;

    let total = scale.activities();
    let (mut done, mut registrations) = (0, 0);
    // Fewer activities per transaction than reports: each brings ~10 registrations.
    let per_tx = bulk::ROWS_PER_TRANSACTION / 10;
    while done < total {
        let n = per_tx.min(total - done);
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let day = from + rng.below(span as u64) as i64 / 86_400 * 86_400;
            let starts = day + (9 + rng.below(12) as i64) * 3_600;
            let capacity = (rng.below(4) > 0).then(|| 15 + rng.below(46) as i64);
            rows.push(vec![
                V::T(rng.weighted(KINDS).into()),
                V::OptI(Some(*rng.pick(&venues))),
                V::I(starts),
                V::I(starts + (1 + rng.below(3) as i64) * 3_600),
                V::T((*rng.pick(&["nl", "nl", "nl,en", "nl,tr,ar"])).into()),
                V::OptI(capacity),
                V::T(
                    if rng.below(40) == 0 {
                        "cancelled"
                    } else {
                        "scheduled"
                    }
                    .into(),
                ),
                V::I(starts - 30 * 86_400),
                V::I(starts - 30 * 86_400),
            ]);
        }
        let mut tx = bulk::begin(db).await?;
        let returned = bulk::insert(
            &mut tx,
            "activities",
            &[
                "kind",
                "venue_id",
                "starts_at",
                "ends_at",
                "languages",
                "capacity",
                "status",
                "created_at",
                "updated_at",
            ],
            &rows,
            "RETURNING id, capacity, starts_at",
        )
        .await?;
        let (mut texts, mut pillars, mut regs) = (vec![], vec![], vec![]);
        for row in &returned {
            let id: i64 = row.get(0);
            let capacity: Option<i64> = row.get(1);
            let starts: i64 = row.get(2);
            let title = rng.pick(TITLES);
            texts.push(vec![
                V::I(id),
                V::T("nl".into()),
                V::T(format!("{title} {id}")),
                V::T(format!(
                    "{title}. Iedereen is welkom; neem gerust iemand mee. Activiteit {id}."
                )),
            ]);
            let first = rng.below(4) as usize;
            pillars.push(vec![V::I(id), V::T(Pillar::ALL[first].as_str().into())]);
            if rng.below(3) == 0 {
                pillars.push(vec![
                    V::I(id),
                    V::T(Pillar::ALL[(first + 1) % 4].as_str().into()),
                ]);
            }
            let mut confirmed = 0;
            for r in 0..rng.below(21) {
                let people = 1 + (rng.below(5) == 0) as i64;
                let status = match capacity {
                    Some(c) if confirmed + people > c => "waiting",
                    _ => {
                        confirmed += people;
                        "confirmed"
                    }
                };
                let at = starts - (1 + rng.below(20) as i64) * 86_400;
                regs.push(vec![
                    V::I(id),
                    V::T(rng.hex(32)),
                    V::T(rng.hex(16)),
                    V::T(format!("Deelnemer {id}-{r}")),
                    V::OptT(Some(format!("deelnemer{id}-{r}@bench.invalid"))),
                    V::I(people),
                    V::T("nl".into()),
                    V::T(status.into()),
                    V::I(at),
                    V::I(at),
                ]);
            }
        }
        bulk::insert(
            &mut tx,
            "activity_texts",
            &["activity_id", "lang", "title", "description"],
            &texts,
            "",
        )
        .await?;
        bulk::insert(
            &mut tx,
            "activity_pillars",
            &["activity_id", "pillar"],
            &pillars,
            "",
        )
        .await?;
        bulk::insert(
            &mut tx,
            "registrations",
            &[
                "activity_id",
                "token_hash",
                "idempotency_key",
                "name",
                "email",
                "people",
                "lang",
                "status",
                "created_at",
                "updated_at",
            ],
            &regs,
            "",
        )
        .await?;
        tx.commit().await?;
        registrations += regs.len();
        done += n;
    }
    Ok((total, registrations))
}
