//! The published figures: per indicator, every closed wave with its buurten and municipalities,
//! through [`model::publish_municipality`] (floor and secondary suppression). Pages, CSV and API
//! read only this, and this reads only the aggregates.

use crate::model::{self, Cell, Stats};
use crate::queries::{self, WaveRow};
use kansrijk_kernel::areas;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::figures_cache::FiguresCache;
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

/// Every closed wave of `indicator`, published with the floor: at most [`MAX_AGE`] old,
/// computed by one request at a time and refreshed ahead (see [`FiguresCache`]).
pub async fn published(db: &Db, indicator: &'static str) -> anyhow::Result<Published> {
    let db = db.clone();
    CACHE
        .get(format!("{}{indicator}", db_key(&db)), move || async move {
            Ok::<_, anyhow::Error>(Arc::new(publish_now(&db, indicator).await?))
        })
        .await
}

async fn publish_now(db: &Db, indicator: &str) -> anyhow::Result<Vec<WaveFigures>> {
    let floor = queries::floor(db).await?;
    let sums = queries::aggregates(db, indicator).await?;
    let index = areas::index(db).await?;
    let waves = queries::closed_waves(db).await?;
    let breaks = breaks(&waves);
    let mut out = vec![];
    for (wave, break_before) in waves.into_iter().zip(breaks) {
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
            let (cells, gm_cell) = model::publish_municipality(&buurten, &total, floor);
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
