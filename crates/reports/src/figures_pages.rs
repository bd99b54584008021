//! Figures pages: the public `/meldpunt/cijfers` (with small-cell suppression, charts drawn as
//! SVG on the server with a data table beside each, and a CSV download of the same published
//! numbers), the staff view with exact counts, and the JSON API.

use crate::figures::{PublishedYear, Shown};
use crate::{queries, stats};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::Json;
use kansrijk_kernel::web::{render, AppResult, AppState, Page};
use serde::{Deserialize, Serialize};
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

async fn chosen_year(state: &AppState, q: &YearQuery) -> AppResult<(i32, Vec<i32>)> {
    let years = years(state).await?;
    let year = q.jaar.filter(|y| years.contains(y)).unwrap_or(years[0]);
    Ok((year, years))
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

fn category_label(
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
#[template(path = "reports/figures.html")]
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

pub async fn public_figures(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (year, years) = chosen_year(&state, &q).await?;
    let published = stats::published(&state.db, year).await?;
    // A map: at national scale there are thousands of areas to name.
    let buurten: HashMap<String, String> = kansrijk_kernel::areas::list_shared(&state.db)
        .await?
        .iter()
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let t = published.threshold;
    // Charts show the latest quarter that has reports.
    let quarter = (0..4)
        .rev()
        .find(|q| published.quarter_totals[*q] != Shown::Value(0))
        .unwrap_or(0);
    let quarter_name = |q: usize| page.t_num("report-figures-quarter", "quarter", q as i64 + 1);
    let mut tables = vec![];
    for b in published
        .breakdowns
        .iter()
        .chain(std::iter::once(&published.grounds))
    {
        let heading = page.t(format!("report-figures-by-{}", b.dimension));
        let rows: Vec<(String, Vec<String>)> = b
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    category_label(&page, &b.dimension, c, &buurten),
                    (0..4).map(|q| b.quarters[q][i].text(t)).collect(),
                )
            })
            .collect();
        let items = b
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    category_label(&page, &b.dimension, c, &buurten),
                    b.quarters[quarter][i],
                )
            })
            .collect();
        let caption = format!("{heading}, {} {year}", quarter_name(quarter));
        tables.push(TableView {
            chart: chart(format!("chart-{}", b.dimension), caption, items, t),
            dimension: b.dimension.clone(),
            heading,
            rows,
        });
    }
    let totals_chart = chart(
        "chart-quarters".into(),
        page.t_num("report-figures-per-quarter", "year", year as i64),
        (0..4)
            .map(|q| (quarter_name(q), published.quarter_totals[q]))
            .collect(),
        t,
    );
    let overview = [
        "residents_own",
        "residents_elsewhere",
        "non_residents_here",
        "unknown",
    ]
    .iter()
    .zip(&published.overview)
    .map(|(k, s)| {
        (
            page.t(format!("report-overview-{}", k.replace('_', "-"))),
            s.text(t),
        )
    })
    .collect();
    let title = page.t("report-figures-title");
    Ok(render(&FiguresPage {
        page: page.with_title(title),
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

/// The published figures as CSV: the same numbers as the page, suppression included.
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
    for (k, s) in [
        "residents_own",
        "residents_elsewhere",
        "non_residents_here",
        "unknown",
    ]
    .iter()
    .zip(&p.overview)
    {
        csv.row([y.as_str(), "", "overview", k, &s.text(t)]);
    }
    Ok(csv.download(&format!("meldpunt-cijfers-{year}.csv")))
}

/// A heading and its rows (label, count per quarter).
pub type StaffTable = (String, Vec<(String, Vec<i64>)>);

#[derive(Template)]
#[template(path = "reports/staff_figures.html")]
pub struct StaffFiguresPage {
    pub page: Page,
    pub year: i32,
    pub years: Vec<i32>,
    pub totals: Vec<i64>,
    pub tables: Vec<StaffTable>,
}

/// Exact counts for the staff (no suppression: they may see them; nothing personal is shown).
pub async fn staff_figures(
    State(state): State<AppState>,
    axum::Extension(me): axum::Extension<kansrijk_kernel::accounts::model::CurrentUser>,
    page: Page,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (year, years) = chosen_year(&state, &q).await?;
    // A handler limited to a wijk or buurt counts the reports in it only.
    let areas = kansrijk_kernel::scope::Scope::load(
        &state.db,
        &me,
        kansrijk_kernel::authz::Permission::ViewReportFigures,
    )
    .await?
    .areas;
    let counts = stats::year_counts(&state.db, year, &areas).await?;
    // A map: at national scale there are thousands of areas to name.
    let buurten: HashMap<String, String> = kansrijk_kernel::areas::list_shared(&state.db)
        .await?
        .iter()
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let mut tables = vec![];
    for (dimension, categories, quarters) in counts
        .breakdowns
        .iter()
        .map(|b| (b.dimension.to_string(), &b.categories, &b.counts))
        .chain(std::iter::once((
            "ground".to_string(),
            &counts.grounds.0,
            &counts.grounds.1,
        )))
    {
        let rows = categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    category_label(&page, &dimension, c, &buurten),
                    (0..4).map(|q| quarters[q][i]).collect(),
                )
            })
            .collect();
        tables.push((page.t(format!("report-figures-by-{dimension}")), rows));
    }
    let title = page.t("report-staff-figures-title");
    Ok(render(&StaffFiguresPage {
        page: page.with_title(title),
        year,
        years,
        totals: counts.quarter_totals.to_vec(),
        tables,
    }))
}

/// Published figures of the meldpunt for one year (small cells suppressed).
#[utoipa::path(get, path = "/api/v1/reports/figures", tag = "reports", params(YearQuery),
    responses((status = 200, body = PublishedYear)))]
pub async fn api_figures(
    State(state): State<AppState>,
    Query(q): Query<YearQuery>,
) -> AppResult<Json<PublishedYear>> {
    let (year, _) = chosen_year(&state, &q).await?;
    Ok(Json(stats::published(&state.db, year).await?))
}

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// Case metadata (no personal content), for report handlers' systems.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CaseMeta {
    pub reference: String,
    pub status: String,
    /// RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub received_at: String,
    pub buurt: Option<String>,
    pub terrain: String,
    pub nature: String,
    /// RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub due_at: Option<String>,
}

/// Open cases (metadata only). Needs a logged-in report handler.
#[utoipa::path(get, path = "/api/v1/reports/cases", tag = "reports",
    responses((status = 200, body = [CaseMeta]), (status = 401, description = "Not logged in as a report handler")))]
pub async fn api_cases(
    State(state): State<AppState>,
    axum::Extension(me): axum::Extension<kansrijk_kernel::accounts::model::CurrentUser>,
) -> AppResult<Json<Vec<CaseMeta>>> {
    let areas = kansrijk_kernel::scope::Scope::load(
        &state.db,
        &me,
        kansrijk_kernel::authz::Permission::HandleReports,
    )
    .await?
    .areas;
    let rows = queries::queue(&state.db, &Default::default(), me.id, &areas, 1000).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| CaseMeta {
                reference: r.r#ref,
                status: r.status,
                received_at: rfc3339(r.created_at),
                buurt: r.area_name,
                terrain: r.terrain,
                nature: r.nature,
                due_at: r.due_at.map(rfc3339),
            })
            .collect(),
    ))
}
