//! The published figures: per indicator, every closed wave with its buurten and municipalities,
//! through [`model::publish_municipality`] (floor and secondary suppression). Pages, CSV and API
//! read only this, and this reads only the aggregates.

use crate::model::{self, Cell, Stats};
use crate::queries::{self, WaveRow};
use kansrijk_kernel::areas;
use kansrijk_kernel::db::Db;

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

/// Every closed wave of `indicator`, published with the floor.
pub async fn published(db: &Db, indicator: &str) -> anyhow::Result<Vec<WaveFigures>> {
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
