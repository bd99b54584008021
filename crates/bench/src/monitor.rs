//! Monitor answers: four yearly waves of the standard questionnaire, residents spread over all
//! buurten (a few without one), five answers each (the cohesion items and "thuis en welkom"),
//! then the aggregation of each wave as its job would do it, so the map and trend pages read
//! pre-aggregated sums. At national scale: 2,000,000 responses, 10,000,000 answers.

use crate::bulk::{self, V};
use crate::rng::Rng;
use crate::Scale;
use kansrijk_kernel::db::Db;
use kansrijk_monitor::{jobs, model, queries};
use sqlx::Row;

const ITEMS: [&str; 5] = [
    "cohesion_know",
    "cohesion_pleasant",
    "cohesion_cosy",
    "cohesion_home",
    "welcome",
];

/// Responses per wave.
fn per_wave(scale: Scale) -> usize {
    match scale {
        Scale::Neighbourhood => 500,
        Scale::City => 10_000,
        Scale::National => 500_000,
    }
}

/// Generates the waves; returns (responses, answers).
pub async fn generate(db: &Db, scale: Scale, seed: u64) -> anyhow::Result<(usize, usize)> {
    let buurten = crate::areas::buurt_ids(db).await?;
    let mut rng = Rng::new(seed, 7);
    let id = queries::create_instrument(db, "Benchmark buurtmonitor").await?;
    let instrument = queries::instrument(db, id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no instrument"))?;
    let questions = queries::questions(db, instrument.version_id, "nl").await?;
    let qid = |item: &str| model::question_id(&questions, item).unwrap_or(0);
    let qids: Vec<i64> = ITEMS.iter().map(|i| qid(i)).collect();
    let (mut responses, mut answers) = (0, 0);
    for year in 2023..=2026 {
        let wave =
            queries::create_wave(db, &instrument, &format!("Meting {year}"), "panel", year).await?;
        queries::set_wave_status(db, wave, "open").await?;
        let lift = (year - 2023) as u64;
        let mut done = 0;
        while done < per_wave(scale) {
            let n = bulk::ROWS_PER_TRANSACTION.min(per_wave(scale) - done);
            let rows: Vec<Vec<V>> = (0..n)
                .map(|_| {
                    let code = match (rng.below(50), buurten.is_empty()) {
                        (0, _) | (_, true) => String::new(),
                        _ => rng.pick(&buurten).1.clone(),
                    };
                    vec![V::I(wave), V::T(code), V::T(String::new())]
                })
                .collect();
            let mut tx = bulk::begin(db).await?;
            let ids = bulk::insert(
                &mut tx,
                "monitor_responses",
                &["wave_id", "buurt_code", "age_band"],
                &rows,
                "RETURNING id",
            )
            .await?;
            let mut rows = Vec::with_capacity(ids.len() * qids.len());
            for r in &ids {
                let response: i64 = r.try_get(0)?;
                for q in &qids {
                    let v = (4 + lift + rng.below(5)).min(10) as i64;
                    rows.push(vec![V::I(response), V::I(*q), V::I(v)]);
                }
            }
            bulk::insert(
                &mut tx,
                "monitor_answers",
                &["response_id", "question_id", "value"],
                &rows,
                "",
            )
            .await?;
            tx.commit().await?;
            responses += ids.len();
            answers += rows.len();
            done += n;
        }
        queries::set_wave_status(db, wave, "closed").await?;
        let cells = jobs::compute(db, wave).await?;
        queries::replace_aggregates(db, wave, &cells).await?;
    }
    Ok((responses, answers))
}
