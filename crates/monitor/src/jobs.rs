//! Background jobs of the monitor: the aggregation of a wave into sums per indicator and area
//! (every page reads only these), enqueued when a wave closes or the floor changes, and the
//! deletion of short text answers a year after their wave closed.

use crate::model::{self, Answer, Stats};
use crate::queries;
use kansrijk_kernel::areas;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::jobs::{self, Registry};
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const AGGREGATE_JOB: &str = "monitor.aggregate";
pub const TEXT_RETENTION_JOB: &str = "monitor.text_retention";
pub const MODULE_JOB: &str = "monitor.module_counts";

/// Years the daily count of the other modules' figures covers, up to the running one: late
/// records (a report about last year, a case closed in January) still land in their year.
pub const MODULE_YEARS: i32 = 5;

/// Responses read per query while aggregating.
const PAGE: i64 = 5_000;

pub fn registry() -> Registry {
    Registry::new()
        .handle(AGGREGATE_JOB, aggregate)
        .handle(TEXT_RETENTION_JOB, text_retention)
        .handle(
            MODULE_JOB,
            |state: AppState, _: jobs::NoPayload| async move { module_counts(&state).await },
        )
        .every(MODULE_JOB, 86_400)
}

/// Counts the other modules' figures (`kernel::indicators`) of the last [`MODULE_YEARS`] years
/// per area code: a record tied to a buurt counts for the buurt and its municipality, one without
/// a buurt for the home municipality only.
pub async fn module_counts(state: &AppState) -> anyhow::Result<()> {
    let index = areas::index(&state.db).await?;
    let home = index
        .home_municipality()
        .map(|m| m.code.clone())
        .unwrap_or_else(|| "GM0000".into());
    let current = kansrijk_kernel::indicators::year_of(now());
    for year in current - MODULE_YEARS + 1..=current {
        let mut cells: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
        for (_, hooks) in state.indicators.iter() {
            for c in (hooks.year)(state.clone(), year).await? {
                let area = c.area_id.and_then(|id| index.get(id));
                let buurt = area.filter(|a| a.kind == "neighbourhood");
                let gm = area
                    .and_then(|a| index.municipality_of(a.id))
                    .map(|m| m.code.clone())
                    .unwrap_or_else(|| home.clone());
                let mut add = |code: String| {
                    let cell = cells.entry((c.indicator.to_string(), code)).or_default();
                    cell.0 += c.n;
                    cell.1 += c.hits;
                };
                add(gm);
                if let Some(b) = buurt {
                    add(b.code.clone());
                }
            }
        }
        queries::replace_module_counts(&state.db, year, &cells).await?;
    }
    Ok(())
}

#[derive(Debug, Serialize, Deserialize)]
pub struct WavePayload {
    pub wave_id: i64,
}

/// Enqueues the aggregation of a wave: once per change (each change counts up the wave's
/// `generation`, which names the job), so a change is never lost to an earlier job's key.
pub async fn enqueue_aggregate(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    wave_id: i64,
) -> sqlx::Result<()> {
    let generation: i64 = sqlx::query_scalar(
        "UPDATE monitor_waves SET generation = generation + 1 WHERE id = $1 RETURNING generation",
    )
    .bind(wave_id)
    .fetch_one(&mut **tx)
    .await?;
    jobs::enqueue(
        &mut **tx,
        AGGREGATE_JOB,
        &WavePayload { wave_id },
        now(),
        Some(&format!(
            "{}:{generation}",
            jobs::key(AGGREGATE_JOB, wave_id)
        )),
        5,
    )
    .await?;
    Ok(())
}

pub async fn enqueue_text_retention(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    wave_id: i64,
) -> sqlx::Result<()> {
    jobs::enqueue(
        &mut **tx,
        TEXT_RETENTION_JOB,
        &WavePayload { wave_id },
        now() + model::privacy::TEXT_RETENTION_DAYS * 86_400,
        Some(&jobs::key(TEXT_RETENTION_JOB, wave_id)),
        5,
    )
    .await?;
    Ok(())
}

async fn aggregate(state: AppState, p: WavePayload) -> anyhow::Result<()> {
    let cells = compute(&state.db, p.wave_id).await?;
    queries::replace_aggregates(&state.db, p.wave_id, &cells).await?;
    Ok(())
}

async fn text_retention(state: AppState, p: WavePayload) -> anyhow::Result<()> {
    queries::delete_texts(&state.db, p.wave_id).await?;
    Ok(())
}

/// Where a response counts: its (current) buurt code if known, and its municipality (the home
/// municipality when no buurt was given).
struct Places {
    map: BTreeMap<String, String>,
    index: std::sync::Arc<areas::AreaIndex>,
    home: String,
}

impl Places {
    fn of(&self, buurt: &str) -> (Option<String>, String) {
        let code = self.map.get(buurt).map(String::as_str).unwrap_or(buurt);
        match self.index.by_code(code) {
            Some(area) if area.kind == "neighbourhood" => {
                let gm = self
                    .index
                    .municipality_of(area.id)
                    .map(|m| m.code.clone())
                    .unwrap_or_else(|| self.home.clone());
                (Some(area.code.clone()), gm)
            }
            _ => (None, self.home.clone()),
        }
    }
}

/// The sums per (indicator, area code) of a wave's responses, read a page of responses at a time.
pub async fn compute(db: &Db, wave_id: i64) -> anyhow::Result<BTreeMap<(String, String), Stats>> {
    let index = areas::index(db).await?;
    let home = index
        .home_municipality()
        .map(|m| m.code.clone())
        .unwrap_or_else(|| "GM0000".into());
    let places = Places {
        map: queries::code_map(db).await?,
        index,
        home,
    };
    let mut cells: BTreeMap<(String, String), Stats> = BTreeMap::new();
    let mut after = 0;
    loop {
        let rows = queries::answers_page(db, wave_id, after, PAGE).await?;
        let Some(last) = rows.last().map(|r| r.0) else {
            break;
        };
        let mut i = 0;
        while i < rows.len() {
            let id = rows[i].0;
            let mut answers = BTreeMap::new();
            while i < rows.len() && rows[i].0 == id {
                let (_, _, item, reverse, value, choice) = &rows[i];
                let answer = match (value, choice) {
                    (Some(v), _) => Answer::Value(*v),
                    (None, Some(c)) => Answer::Choice(c.clone()),
                    _ => Answer::Text(String::new()),
                };
                answers.insert(item.clone(), (answer, *reverse != 0));
                i += 1;
            }
            let buurt = &rows[i - 1].1;
            let (buurt, gm) = places.of(buurt);
            for ind in model::INDICATORS {
                if let Some(score) = model::score(ind.key, &answers) {
                    let key = |area: &String| (ind.key.to_string(), area.clone());
                    cells.entry(key(&gm)).or_default().add(score);
                    if let Some(b) = &buurt {
                        cells.entry(key(b)).or_default().add(score);
                    }
                }
            }
        }
        after = last;
    }
    Ok(cells)
}
