//! The public figures `/meldpunt/cijfers`: small-cell suppression, charts drawn as SVG on the
//! server with a data table beside each, and a CSV download of the same published numbers. The
//! year choice and the category labels serve the staff figures and the API too.

use crate::figures::{PublishedBreakdown, PublishedYear, Shown, OVERVIEW};
use crate::{queries, stats};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kansrijk_kernel::web::{render, AppResult, AppState, Page};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize, Default, utoipa::IntoParams)]
pub struct YearQuery {
    /// The year (default: the latest year with reports).
    pub jaar: Option<i32>,
}

async fn years(state: &AppState) -> AppResult<Vec<i32>> {
    let (first, last) = queries::years(&state.db).await?;
    let now_year = stats::year_of(kansrijk_kernel::db::now());
    let (first, last) = (
        first.map(stats::year_of).unwrap_or(now_year),
        last.map(stats::year_of).unwrap_or(now_year),
    );
    Ok((first..=last.max(first)).rev().collect())
}

/// The year asked for when it has reports, else the latest; and all years with reports.
pub(crate) async fn chosen_year(state: &AppState, q: &YearQuery) -> AppResult<(i32, Vec<i32>)> {
    let years = years(state).await?;
    let year = q.jaar.filter(|y| years.contains(y)).unwrap_or(years[0]);
    Ok((year, years))
}

/// Area code → name. A map: at national scale there are thousands of areas to name.
pub(crate) async fn area_names(state: &AppState) -> AppResult<HashMap<String, String>> {
    Ok(kansrijk_kernel::areas::list_shared(&state.db)
        .await?
        .iter()
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect())
}

/// One bar of a chart.
pub struct Bar {
    pub label: String,
    pub text: String,
    pub y: u32,
    pub width: u32,
}

/// A horizontal bar chart drawn on the server.
pub struct Chart {
    pub id: String,
    pub caption: String,
    pub height: u32,
    pub bars: Vec<Bar>,
}

const CHART_LABEL_WIDTH: u32 = 0;
const BAR_AREA: u32 = 260;

fn chart(id: String, caption: String, items: Vec<(String, Shown)>, threshold: i64) -> Chart {
    let max = items
        .iter()
        .filter_map(|(_, s)| s.value())
        .max()
        .unwrap_or(0)
        .max(1);
    let bars = items
        .into_iter()
        .enumerate()
        .map(|(i, (label, s))| Bar {
            label,
            text: s.text(threshold),
            y: i as u32 * 44,
            width: s
                .value()
                .map(|v| (v as u32 * BAR_AREA / max as u32).max(if v > 0 { 2 } else { 0 }))
                .unwrap_or(0)
                + CHART_LABEL_WIDTH,
        })
        .collect::<Vec<_>>();
    Chart {
        id,
        caption,
        height: bars.len() as u32 * 44 + 4,
        bars,
    }
}

/// A published breakdown ready for the page: label per category, text per quarter.
pub struct TableView {
    pub dimension: String,
    pub heading: String,
    pub rows: Vec<(String, Vec<String>)>,
    pub chart: Chart,
}

pub(crate) fn category_label(
    page: &Page,
    dimension: &str,
    key: &str,
    buurten: &HashMap<String, String>,
) -> String {
    match dimension {
        "location" | "municipality" => buurten
            .get(key)
            .cloned()
            .unwrap_or_else(|| page.t(format!("report-location-{key}"))),
        "handling" if key == "open" => page.t("report-handling-open"),
        _ => page.t(format!("report-{dimension}-{}", key.replace('_', "-"))),
    }
}

#[derive(Template)]
#[template(path = "figures.html")]
pub struct FiguresPage {
    pub page: Page,
    pub year: i32,
    pub years: Vec<i32>,
    pub published: PublishedYear,
    pub quarter: usize,
    pub tables: Vec<TableView>,
    pub totals_chart: Chart,
    pub overview: Vec<(String, String)>,
    pub max_age_minutes: u64,
}

fn quarter_name(page: &Page, q: usize) -> String {
    page.t_num("report-figures-quarter", "quarter", q as i64 + 1)
}

/// One breakdown as a table (every quarter) and a chart (of `quarter`).
fn table(
    page: &Page,
    b: &PublishedBreakdown,
    (year, quarter, threshold): (i32, usize, i64),
    buurten: &HashMap<String, String>,
) -> TableView {
    let label = |c: &str| category_label(page, &b.dimension, c, buurten);
    let heading = page.t(format!("report-figures-by-{}", b.dimension));
    let rows = b
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let quarters = (0..4).map(|q| b.quarters[q][i].text(threshold)).collect();
            (label(c), quarters)
        })
        .collect();
    let items = b
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (label(c), b.quarters[quarter][i]))
        .collect();
    let caption = format!("{heading}, {} {year}", quarter_name(page, quarter));
    TableView {
        chart: chart(format!("chart-{}", b.dimension), caption, items, threshold),
        dimension: b.dimension.clone(),
        heading,
        rows,
    }
}

/// `GET /meldpunt/cijfers`
pub async fn public_figures(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (year, years) = chosen_year(&state, &q).await?;
    let published = stats::published(&state.db, year).await?;
    let buurten = area_names(&state).await?;
    let t = published.threshold;
    // Charts show the latest quarter that has reports.
    let quarter = (0..4)
        .rev()
        .find(|q| published.quarter_totals[*q] != Shown::Value(0))
        .unwrap_or(0);
    let tables = published
        .breakdowns
        .iter()
        .chain(std::iter::once(&published.grounds))
        .map(|b| table(&page, b, (year, quarter, t), &buurten))
        .collect();
    let totals_chart = chart(
        "chart-quarters".into(),
        page.t_num("report-figures-per-quarter", "year", year as i64),
        (0..4)
            .map(|q| (quarter_name(&page, q), published.quarter_totals[q]))
            .collect(),
        t,
    );
    let overview = OVERVIEW
        .iter()
        .zip(&published.overview)
        .map(|(k, s)| {
            let label = page.t(format!("report-overview-{}", k.replace('_', "-")));
            (label, s.text(t))
        })
        .collect();
    Ok(render(&FiguresPage {
        page: page.titled("report-figures-title"),
        year,
        years,
        quarter,
        tables,
        totals_chart,
        overview,
        max_age_minutes: stats::MAX_AGE.as_secs() / 60,
        published,
    }))
}

/// `GET /meldpunt/cijfers.csv`: the same numbers as the page, suppression included.
pub async fn public_csv(
    State(state): State<AppState>,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (year, _) = chosen_year(&state, &q).await?;
    let p = stats::published(&state.db, year).await?;
    let t = p.threshold;
    let mut csv = kansrijk_kernel::csv::Writer::new();
    let y = year.to_string();
    csv.row(["year", "quarter", "dimension", "category", "count"]);
    csv.row([y.as_str(), "", "total", "all", &p.year_total.text(t)]);
    for q in 0..4 {
        let quarter = (q + 1).to_string();
        csv.row([
            y.as_str(),
            &quarter,
            "total",
            "all",
            &p.quarter_totals[q].text(t),
        ]);
    }
    for b in p.breakdowns.iter().chain(std::iter::once(&p.grounds)) {
        for q in 0..4 {
            let quarter = (q + 1).to_string();
            for (i, c) in b.categories.iter().enumerate() {
                csv.row([
                    y.as_str(),
                    &quarter,
                    &b.dimension,
                    c,
                    &b.quarters[q][i].text(t),
                ]);
            }
        }
    }
    for (k, s) in OVERVIEW.iter().zip(&p.overview) {
        csv.row([y.as_str(), "", "overview", k, &s.text(t)]);
    }
    Ok(csv.download(&format!("meldpunt-cijfers-{year}.csv")))
}
