//! The published figures: per indicator, every closed wave (or, for another module's indicator,
//! every year) with its buurten and municipalities, through [`model::publish_municipality`]
//! (floor and secondary suppression). Pages, CSV and API read only this, and this reads only the
//! aggregates and the modules' counts.

use crate::model::{self, Cell, Indicator, Source, Stats};
use crate::queries::{self, WaveRow};
use kansrijk_kernel::areas;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::figures_cache::FiguresCache;
use kansrijk_kernel::indicators::Measure;
use kansrijk_kernel::web::AppState;
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

/// How old published figures may be on an instance that did not make the change itself.
pub const MAX_AGE: Duration = Duration::from_secs(60);

type Published = Arc<Vec<WaveFigures>>;

static CACHE: LazyLock<FiguresCache<Published>> = LazyLock::new(|| FiguresCache::new(MAX_AGE));

fn db_key(db: &Db) -> String {
    format!("{}|", db.pool.connect_options().database_url)
}

/// Forgets this instance's published figures of the database (after an aggregation or a new
/// floor); other instances follow within [`MAX_AGE`].
pub fn invalidate(db: &Db) {
    CACHE.invalidate(&db_key(db));
}

/// Every indicator of this installation: the survey's and those of the modules it runs.
pub fn indicators(state: &AppState) -> Vec<Indicator> {
    model::all(&kansrijk_kernel::indicators::all(state))
}

/// The indicator with this key, if this installation has it.
pub fn find(state: &AppState, key: &str) -> Option<Indicator> {
    indicators(state).into_iter().find(|i| i.key == key)
}

/// One published area of a wave.
#[derive(Debug, Clone)]
pub struct AreaFigure {
    pub code: String,
    pub name: String,
    pub municipality: bool,
    pub cell: Cell,
}

/// One closed wave of an indicator.
#[derive(Debug, Clone)]
pub struct WaveFigures {
    pub wave: WaveRow,
    /// The method changed since the previous wave (another questionnaire or version).
    pub break_before: bool,
    pub areas: Vec<AreaFigure>,
}

impl WaveFigures {
    pub fn cell(&self, code: &str) -> Option<&Cell> {
        self.areas.iter().find(|a| a.code == code).map(|a| &a.cell)
    }
}

/// Marks a break where a wave's questionnaire or version differs from the wave before.
pub fn breaks(waves: &[WaveRow]) -> Vec<bool> {
    waves
        .iter()
        .enumerate()
        .map(|(i, w)| i > 0 && waves[i - 1].version_id != w.version_id)
        .collect()
}

/// Every period of `indicator` (a survey's closed waves, a module's years), published with the
/// floor: at most [`MAX_AGE`] old, computed by one request at a time and refreshed ahead (see
/// [`FiguresCache`]).
pub async fn published(db: &Db, indicator: &Indicator) -> anyhow::Result<Published> {
    let db = db.clone();
    let ind = *indicator;
    CACHE
        .get(format!("{}{}", db_key(&db), ind.key), move || async move {
            let figures = match ind.source {
                Source::Survey => publish_survey(&db, ind.key).await?,
                Source::Module(measure) => publish_module(&db, ind.key, measure).await?,
            };
            Ok::<_, anyhow::Error>(Arc::new(figures))
        })
        .await
}

/// A module's year as a period: no questionnaire, so never a break. Its id is minus the year, so
/// it never meets a wave's id in `?meting=`.
fn year_period(year: i64) -> WaveRow {
    WaveRow {
        id: -year,
        instrument_id: 0,
        version_id: 0,
        version: 0,
        name: year.to_string(),
        kind: "year".into(),
        year,
        status: "closed".into(),
        link_token: String::new(),
        responses: 0,
    }
}

async fn publish_module(
    db: &Db,
    indicator: &str,
    measure: Measure,
) -> anyhow::Result<Vec<WaveFigures>> {
    let counts = queries::module_counts(db, indicator).await?;
    let residents = queries::residents(db).await?;
    let years: std::collections::BTreeSet<i64> = counts.keys().map(|(y, _)| *y).collect();
    let periods = years.into_iter().map(|y| (year_period(y), false)).collect();
    let sums = counts
        .into_iter()
        .map(|((y, code), (n, hits))| {
            let stats = match measure {
                // Each record scores 100 % or 0 %, in hundredths like a survey's share.
                Measure::Share => Stats {
                    n,
                    total: hits * 10_000,
                    total_sq: hits * 10_000 * 10_000,
                },
                Measure::PerThousand => Stats {
                    n,
                    total: n,
                    total_sq: 0,
                },
            };
            ((-y, code), stats)
        })
        .collect();
    publish(db, periods, &sums, |code, s| match measure {
        Measure::Share => s.estimate(),
        Measure::PerThousand => {
            model::publish::per_thousand(s.n, residents.get(code).map_or(0, |r| r.0))
        }
    })
    .await
}

async fn publish_survey(db: &Db, indicator: &str) -> anyhow::Result<Vec<WaveFigures>> {
    let sums = queries::aggregates(db, indicator).await?;
    let waves = queries::closed_waves(db).await?;
    let breaks = breaks(&waves);
    let periods = waves.into_iter().zip(breaks).collect();
    publish(db, periods, &sums, |_, s| s.estimate()).await
}

/// Publishes each period's sums per municipality with the floor and secondary suppression;
/// `estimate` turns an area's sums into its value.
async fn publish(
    db: &Db,
    periods: Vec<(WaveRow, bool)>,
    sums: &BTreeMap<(i64, String), Stats>,
    estimate: impl Fn(&str, &Stats) -> Option<model::Published>,
) -> anyhow::Result<Vec<WaveFigures>> {
    let floor = queries::floor(db).await?;
    let index = areas::index(db).await?;
    let mut out = vec![];
    for (wave, break_before) in periods {
        let mut figures = vec![];
        for gm in index.municipalities() {
            let total = sums.get(&(wave.id, gm.code.clone())).copied();
            let Some(total) = total else { continue };
            let buurten: Vec<(String, Stats)> = index
                .buurten_of(gm.id)
                .map(|b| {
                    let s = sums.get(&(wave.id, b.code.clone())).copied();
                    (b.code.clone(), s.unwrap_or_default())
                })
                .collect();
            let (cells, gm_cell) =
                model::publish::publish_municipality_with(&buurten, &total, floor, |code, s| {
                    estimate(code.unwrap_or(&gm.code), s)
                });
            figures.push(AreaFigure {
                code: gm.code.clone(),
                name: gm.name.clone(),
                municipality: true,
                cell: gm_cell,
            });
            for (code, cell) in cells {
                let name = index
                    .by_code(&code)
                    .map(|a| a.name.clone())
                    .unwrap_or_default();
                figures.push(AreaFigure {
                    code,
                    name,
                    municipality: false,
                    cell,
                });
            }
        }
        out.push(WaveFigures {
            wave,
            break_before,
            areas: figures,
        });
    }
    Ok(out)
}

/// A value as text in the page's language conventions: one decimal.
pub fn fmt(v: f64) -> String {
    format!("{v:.1}")
}
