//! Public pages: the dashboard, the olievlek map with small multiples, the trend per buurt, the
//! answering form of a wave (no JavaScript; errors beside the questions, answers kept), and the
//! CSV and GeoJSON exports. Every figure comes from [`figures::published`].

pub mod answer;
pub mod export;
pub mod report;

use crate::figures::{self, fmt, WaveFigures};
use crate::map::{self, LegendEntry, MapView, TrendView};
use crate::model::Indicator;
use crate::queries;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kansrijk_kernel::areas::{self, Area};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, Page};
use serde::Deserialize;

/// One row of a data table.
pub struct Row {
    pub code: String,
    pub name: String,
    pub municipality: bool,
    pub state: &'static str,
    pub n: String,
    pub mean: String,
    pub ci: String,
}

/// The table rows of the areas `wanted` names (at national scale a wave holds every buurt of
/// the country; a page shows one municipality's).
pub fn rows(wave: &WaveFigures, floor: i64, wanted: impl Fn(&str) -> bool) -> Vec<Row> {
    wave.areas
        .iter()
        .filter(|a| wanted(&a.code))
        .map(|a| {
            let (n, mean, ci) = match a.cell.value() {
                Some(p) => (
                    p.n.to_string(),
                    fmt(p.mean),
                    format!("{} – {}", fmt(p.low), fmt(p.high)),
                ),
                None if a.cell.state() == "hidden" => ("×".into(), "×".into(), "×".into()),
                None => (format!("<{floor}"), "·".into(), "·".into()),
            };
            Row {
                code: a.code.clone(),
                name: a.name.clone(),
                municipality: a.municipality,
                state: a.cell.state(),
                n,
                mean,
                ci,
            }
        })
        .collect()
}

/// The buurten (with geometry) of the home municipality, for the map, by name.
pub async fn map_areas(state: &AppState) -> AppResult<Vec<Area>> {
    let index = areas::index(&state.db).await?;
    let Some(home) = index.home_municipality() else {
        return Ok(vec![]);
    };
    let mut buurten = vec![];
    for wijk in areas::children(&state.db, home.id).await? {
        buurten.extend(areas::children(&state.db, wijk.id).await?);
    }
    buurten.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(buurten)
}

#[derive(Debug, Default, Deserialize)]
pub struct Choice {
    #[serde(default)]
    pub indicator: String,
    #[serde(default)]
    pub meting: String,
    #[serde(default)]
    pub buurt: String,
    /// `1`: the spread as an animation.
    #[serde(default)]
    pub animatie: String,
}

fn chosen(state: &AppState, key: &str) -> AppResult<Indicator> {
    if key.is_empty() {
        return Ok(crate::model::INDICATORS[0]);
    }
    figures::find(state, key).ok_or(AppError::NotFound)
}

// ---- dashboard ----------------------------------------------------------------------------

pub struct IndicatorSummary {
    pub key: &'static str,
    pub label: &'static str,
    pub about: &'static str,
    pub wave: String,
    pub value: String,
    pub ci: String,
    pub n: String,
    pub reference: String,
    pub waves: usize,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    pub page: Page,
    pub summaries: Vec<IndicatorSummary>,
    pub floor: i64,
    /// The staff version: wave counts and the link to management.
    pub staff: Vec<queries::WaveRow>,
    /// Per core approach of the plan: its actions and indicators.
    pub approaches: Vec<report::ApproachView>,
}

impl DashboardPage {
    pub fn summary(&self, key: &str) -> Option<&IndicatorSummary> {
        self.summaries.iter().find(|s| s.key == key)
    }
}

pub async fn summaries(state: &AppState) -> AppResult<Vec<IndicatorSummary>> {
    let index = areas::index(&state.db).await?;
    let home = index
        .home_municipality()
        .map(|m| m.code.clone())
        .unwrap_or_default();
    let mut out = vec![];
    for ind in figures::indicators(state) {
        let waves = figures::published(&state.db, &ind).await?;
        let last = waves.last();
        let cell = last
            .and_then(|w| w.cell(&home))
            .and_then(|c| c.value())
            .copied();
        out.push(IndicatorSummary {
            key: ind.key,
            label: ind.label,
            about: ind.about,
            wave: last.map(|w| w.wave.name.clone()).unwrap_or_default(),
            value: cell.map(|p| fmt(p.mean)).unwrap_or_else(|| "·".into()),
            ci: cell
                .map(|p| format!("{} – {}", fmt(p.low), fmt(p.high)))
                .unwrap_or_default(),
            n: cell.map(|p| p.n.to_string()).unwrap_or_default(),
            reference: ind.reference.map(fmt).unwrap_or_default(),
            waves: waves.len(),
        });
    }
    Ok(out)
}

pub async fn dashboard(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    Ok(render(&DashboardPage {
        summaries: summaries(&state).await?,
        floor: queries::floor(&state.db).await?,
        staff: vec![],
        approaches: report::approaches(&state, &page).await?,
        page: page.titled("monitor-title"),
    }))
}

/// `/monitor/team`: the same figures with the waves' response counts for the programme team.
pub async fn staff_dashboard(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    Ok(render(&DashboardPage {
        summaries: summaries(&state).await?,
        floor: queries::floor(&state.db).await?,
        staff: queries::waves(&state.db).await?,
        approaches: report::approaches(&state, &page).await?,
        page: page.titled("monitor-staff-title"),
    }))
}

// ---- map ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "map.html")]
pub struct MapPage {
    pub page: Page,
    pub indicator: Indicator,
    pub indicators: Vec<Indicator>,
    pub wave: Option<WaveFigures>,
    pub map: Option<MapView>,
    /// One small map per wave: (wave, map).
    pub multiples: Vec<(WaveFigures, MapView)>,
    pub legend: Vec<LegendEntry>,
    pub rows: Vec<Row>,
    pub caption: String,
    pub animation: Option<map::AnimatedMap>,
    /// The indicator's name.
    pub title: String,
    pub floor: i64,
}

pub async fn map_page(
    State(state): State<AppState>,
    Query(choice): Query<Choice>,
    page: Page,
) -> AppResult<Response> {
    let ind = chosen(&state, &choice.indicator)?;
    let waves = figures::published(&state.db, &ind).await?;
    let floor = queries::floor(&state.db).await?;
    let wave = match choice.meting.parse::<i64>() {
        Ok(id) => Some(
            waves
                .iter()
                .find(|w| w.wave.id == id)
                .ok_or(AppError::NotFound)?,
        ),
        Err(_) if choice.meting.is_empty() => waves.last(),
        Err(_) => return Err(AppError::NotFound),
    }
    .cloned();
    // An indicator for the municipality only has no map: its buurten would all look "too few".
    let buurten = match ind.per_buurt {
        true => map_areas(&state).await?,
        false => vec![],
    };
    let map = wave
        .as_ref()
        .and_then(|w| map::draw(&buurten, &ind, w, 560, floor));
    let multiples = waves
        .iter()
        .filter_map(|w| Some((w.clone(), map::draw(&buurten, &ind, w, 200, floor)?)))
        .collect();
    let home = areas::index(&state.db)
        .await?
        .home_municipality()
        .map(|m| m.code.clone());
    let shown: std::collections::HashSet<&str> = home
        .iter()
        .map(String::as_str)
        .chain(buurten.iter().map(|b| b.code.as_str()))
        .collect();
    let title = page.t(ind.label);
    let caption = match &wave {
        Some(w) => format!("{title} — {}", w.wave.name),
        None => title.clone(),
    };
    let animation = match choice.animatie.as_str() {
        "1" => map::animate(&buurten, &ind, &waves, 560),
        _ => None,
    };
    Ok(render(&MapPage {
        caption,
        animation,
        title: title.clone(),
        page: page.with_title(title),
        indicator: ind,
        indicators: figures::indicators(&state),
        rows: wave
            .as_ref()
            .map(|w| rows(w, floor, |code| shown.contains(code)))
            .unwrap_or_default(),
        wave,
        map,
        multiples,
        legend: map::legend(&ind),
        floor,
    }))
}

// ---- trend --------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "trend.html")]
pub struct TrendPage {
    pub page: Page,
    pub indicator: Indicator,
    pub buurt: Area,
    pub buurten: Vec<Area>,
    pub chart: TrendView,
    /// (wave name, year, break, buurt row, municipality row)
    pub table: Vec<(String, i64, bool, Row, Row)>,
    pub reference: String,
}

pub async fn trend_page(
    State(state): State<AppState>,
    Query(choice): Query<Choice>,
    page: Page,
) -> AppResult<Response> {
    let ind = chosen(&state, &choice.indicator)?;
    let buurten = map_areas(&state).await?;
    let buurt = if choice.buurt.is_empty() {
        buurten.first()
    } else {
        buurten.iter().find(|b| b.code == choice.buurt)
    }
    .cloned()
    .ok_or(AppError::NotFound)?;
    let index = areas::index(&state.db).await?;
    let gm = index
        .municipality_of(buurt.id)
        .map(|m| m.code.clone())
        .unwrap_or_default();
    let waves = figures::published(&state.db, &ind).await?;
    let floor = queries::floor(&state.db).await?;
    let table = waves
        .iter()
        .map(|w| {
            let (mut b, mut m) = (None, None);
            for r in rows(w, floor, |code| code == buurt.code || code == gm) {
                if r.code == buurt.code {
                    b = Some(r);
                } else if r.code == gm {
                    m = Some(r);
                }
            }
            let empty = || Row {
                code: String::new(),
                name: String::new(),
                municipality: false,
                state: "small",
                n: format!("<{floor}"),
                mean: "·".into(),
                ci: "·".into(),
            };
            let (b, m) = (b.unwrap_or_else(empty), m.unwrap_or_else(empty));
            (w.wave.name.clone(), w.wave.year, w.break_before, b, m)
        })
        .collect();
    let title = page.t(ind.label);
    Ok(render(&TrendPage {
        page: page.with_title(title),
        indicator: ind,
        chart: map::trend(&ind, &waves, &buurt.code, &gm),
        buurt,
        buurten,
        table,
        reference: ind.reference.map(fmt).unwrap_or_default(),
    }))
}
