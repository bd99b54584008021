//! Demo content: the standard questionnaire and four yearly waves (2023–2026) in which cohesion
//! and "thuis en welkom" rise first in Liendert-Noord, the buurt of the Huis van de Wijk, and
//! then spread to the buurten around it — a visible olievlek — with realistic noise. In the
//! first wave Liendert-Zuid has too few answers, so the floor shows on the map. The other
//! modules' indicators come from their own demo data (the daily job `monitor.module_counts`
//! counts them at start); the residents for the figures per 1,000 are indicative.

use crate::model::{self, Answer, NewResponse, AGE_BANDS};
use crate::{jobs, queries};
use kansrijk_kernel::db::Db;

/// (buurt, ring: steps from the Huis van de Wijk, answers per wave)
const BUURTEN: &[(&str, i64, [usize; 4])] = &[
    ("BU03071000", 0, [42, 45, 48, 50]),
    ("BU03071001", 1, [35, 38, 40, 44]),
    ("BU03071003", 1, [30, 33, 35, 38]),
    ("BU03071002", 2, [28, 30, 34, 36]),
    ("BU03071004", 2, [7, 22, 26, 30]),
];

/// A small deterministic generator, so the demo is the same on every run and database.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64) / ((1u64 << 53) as f64)
    }

    /// Roughly normal around 0 with standard deviation 1.
    fn normal(&mut self) -> f64 {
        (0..6).map(|_| self.next()).sum::<f64>() - 3.0
    }

    fn scale(&mut self, mean: f64, sd: f64) -> i64 {
        (mean + sd * self.normal()).round().clamp(0.0, 10.0) as i64
    }
}

/// Residents for the figures per 1,000 residents: round, indicative numbers for the demo, not
/// CBS figures (an installation enters those on `/beheer/monitor`).
const RESIDENTS: &[(&str, i64)] = &[
    ("GM0307", 160_000),
    ("BU03071000", 2_900),
    ("BU03071001", 2_300),
    ("BU03071002", 1_700),
    ("BU03071003", 2_500),
    ("BU03071004", 1_400),
];

pub async fn seed(db: &Db) -> anyhow::Result<()> {
    if !queries::instruments(db).await?.is_empty() {
        return Ok(());
    }
    let residents: Vec<(String, i64)> = RESIDENTS
        .iter()
        .map(|(code, n)| (code.to_string(), *n))
        .collect();
    queries::set_residents(db, &residents, 2025).await?;
    let id = queries::create_instrument(db, "Buurtmonitor Liendert").await?;
    let instrument = queries::instrument(db, id).await?.expect("just made");
    let questions = queries::questions(db, instrument.version_id, "nl").await?;
    let qid = |item: &str| model::question_id(&questions, item).expect("standard item");
    let mut noise = Noise(2023);
    for (w, year) in (2023..=2026).enumerate() {
        let name = format!("Buurtmeting {year}");
        let wave = queries::create_wave(db, &instrument, &name, "panel", year).await?;
        queries::set_wave_status(db, wave, "open").await?;
        let mut responses = vec![];
        for (buurt, ring, counts) in BUURTEN {
            // The lift arrives a year later for each ring further from the Huis van de Wijk.
            let lift = 0.6 * (w as f64 - *ring as f64 + 1.0).max(0.0);
            for i in 0..counts[w] {
                let m = 5.4 + lift;
                let know = noise.scale(10.0 - (m - 0.4), 1.8);
                let mut answers = vec![
                    (qid("cohesion_know"), Answer::Value(know)),
                    (
                        qid("cohesion_pleasant"),
                        Answer::Value(noise.scale(m + 0.5, 1.5)),
                    ),
                    (
                        qid("cohesion_cosy"),
                        Answer::Value(noise.scale(m - 0.3, 1.7)),
                    ),
                    (
                        qid("cohesion_home"),
                        Answer::Value(noise.scale(m + 0.2, 1.6)),
                    ),
                    (qid("welcome"), Answer::Value(noise.scale(m + 0.6, 1.6))),
                ];
                let discriminated = noise.next() < 0.20 - 0.025 * lift;
                answers.push((
                    qid("discrimination"),
                    Answer::Value(i64::from(discriminated)),
                ));
                if discriminated {
                    answers.push((
                        qid("discrimination_ground"),
                        Answer::Choice("origin".into()),
                    ));
                    answers.push((
                        qid("discrimination_reported"),
                        Answer::Value(i64::from(noise.next() < 0.2)),
                    ));
                }
                let r = noise.next() + 0.05 * lift;
                let respectless =
                    ["often", "sometimes", "rarely", "never"][((r * 4.0) as usize).min(3)];
                answers.push((qid("respectless"), Answer::Choice(respectless.into())));
                responses.push(NewResponse {
                    buurt: buurt.to_string(),
                    age_band: AGE_BANDS[i % AGE_BANDS.len()].to_string(),
                    answers,
                });
            }
        }
        queries::insert_responses_batch(db, wave, &responses).await?;
        queries::set_wave_status(db, wave, "closed").await?;
        // Published at once (the job that closing enqueued does the same again).
        let cells = jobs::compute(db, wave).await?;
        queries::replace_aggregates(db, wave, &cells).await?;
    }
    Ok(())
}
