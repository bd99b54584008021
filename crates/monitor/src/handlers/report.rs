//! The programme's view of the monitor: per core approach (from the programme feature) its
//! actions and the indicators that follow its pillars, and the printable yearly report
//! (`/monitor/verslag`: HTML for print or PDF) with each indicator's map, table and trend.

use super::{map_areas, rows, Row};
use crate::figures::{self, fmt, WaveFigures};
use crate::map::{self, LegendEntry, MapView};
use crate::model::Indicator;
use crate::queries;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kansrijk_kernel::areas;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, Page};
use kansrijk_programme::queries as programme;
use serde::Deserialize;

/// A core approach with its actions and indicators.
pub struct ApproachView {
    pub title: String,
    pub slug: String,
    pub text_lang: String,
    /// (action title, its language, the labels of its indicators)
    pub actions: Vec<(String, String, Vec<&'static str>)>,
    pub indicators: Vec<Indicator>,
}

pub async fn approaches(state: &AppState, page: &Page) -> AppResult<Vec<ApproachView>> {
    let lang = page.lang();
    let Some(plan) = programme::primary_programme(&state.db, lang).await? else {
        return Ok(vec![]);
    };
    let all = figures::indicators(state);
    let mut out = vec![];
    for a in programme::approaches(&state.db, plan.id, lang).await? {
        let mut keys: Vec<&'static str> = vec![];
        let mut actions = vec![];
        for x in programme::actions(&state.db, a.id, lang).await? {
            let pillars: Vec<&str> = x.pillars.split(',').map(str::trim).collect();
            let own: Vec<&Indicator> = all
                .iter()
                .filter(|i| i.pillars.iter().any(|p| pillars.contains(p)))
                .collect();
            for i in &own {
                if !keys.contains(&i.key) {
                    keys.push(i.key);
                }
            }
            actions.push((x.title, x.text_lang, own.iter().map(|i| i.label).collect()));
        }
        out.push(ApproachView {
            title: a.title,
            slug: a.slug,
            text_lang: a.text_lang,
            actions,
            indicators: all
                .iter()
                .filter(|i| keys.contains(&i.key))
                .copied()
                .collect(),
        });
    }
    Ok(out)
}

/// One indicator in the yearly report.
pub struct ReportPart {
    pub indicator: Indicator,
    pub name: String,
    pub wave: WaveFigures,
    pub map: Option<MapView>,
    pub legend: Vec<LegendEntry>,
    pub rows: Vec<Row>,
    /// (wave name, break, municipality value, interval)
    pub trend: Vec<(String, bool, String, String)>,
}

#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub page: Page,
    pub year: i64,
    pub years: Vec<i64>,
    pub approaches: Vec<ApproachView>,
    pub parts: Vec<ReportPart>,
    pub floor: i64,
}

#[derive(Debug, Default, Deserialize)]
pub struct YearChoice {
    #[serde(default)]
    pub jaar: String,
}

async fn part(
    state: &AppState,
    page: &Page,
    ind: Indicator,
    year: i64,
    gm: &str,
    floor: i64,
) -> AppResult<Option<ReportPart>> {
    let waves = figures::published(&state.db, &ind).await?;
    let Some(wave) = waves.iter().rev().find(|w| w.wave.year == year).cloned() else {
        return Ok(None);
    };
    let buurten = match ind.per_buurt {
        true => map_areas(state).await?,
        false => vec![],
    };
    let trend = waves
        .iter()
        .filter(|w| w.wave.year <= year)
        .map(|w| {
            let p = w.cell(gm).and_then(|c| c.value());
            (
                w.wave.name.clone(),
                w.break_before,
                p.map(|p| fmt(p.mean)).unwrap_or_else(|| "·".into()),
                p.map(|p| format!("{} – {}", fmt(p.low), fmt(p.high)))
                    .unwrap_or_default(),
            )
        })
        .collect();
    Ok(Some(ReportPart {
        indicator: ind,
        name: page.t(ind.label),
        map: map::draw(&buurten, &ind, &wave, 420, floor),
        legend: map::legend(&ind),
        rows: rows(&wave, floor, |code| {
            code == gm || buurten.iter().any(|b| b.code == code)
        }),
        wave,
        trend,
    }))
}

/// `/monitor/verslag?jaar=2026`: the yearly report (the latest year with a closed wave).
pub async fn report(
    State(state): State<AppState>,
    Query(choice): Query<YearChoice>,
    page: Page,
) -> AppResult<Response> {
    let mut years: Vec<i64> = queries::closed_waves(&state.db)
        .await?
        .iter()
        .map(|w| w.year)
        .collect();
    years.dedup();
    let year = match choice.jaar.trim() {
        "" => years.last().copied().unwrap_or(0),
        y => y
            .parse::<i64>()
            .ok()
            .filter(|y| years.contains(y))
            .ok_or(AppError::NotFound)?,
    };
    let floor = queries::floor(&state.db).await?;
    let index = areas::index(&state.db).await?;
    let gm = index
        .home_municipality()
        .map(|m| m.code.clone())
        .unwrap_or_default();
    let mut parts = vec![];
    for ind in figures::indicators(&state) {
        if let Some(p) = part(&state, &page, ind, year, &gm, floor).await? {
            parts.push(p);
        }
    }
    let title = page.t_str("monitor-report-title", "year", year.to_string());
    let approaches = approaches(&state, &page).await?;
    Ok(render(&ReportPage {
        page: page.with_title(title),
        year,
        years,
        approaches,
        parts,
        floor,
    }))
}
