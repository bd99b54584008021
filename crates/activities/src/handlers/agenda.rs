//! The agenda: the list with its filters, the month, the calendar feed and the home page's
//! "coming up".

use super::{items, Item};
use crate::ics;
use crate::model::{local, month_bounds, spoken_name, Kind, SPOKEN};
use crate::queries::{self, Activity, Filter};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, Page};
use kansrijk_programme::model::Pillar;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AgendaQuery {
    pub soort: String,
    pub pijler: String,
    pub buurt: String,
    /// Above `CHOICE_LIMIT` buurten: the municipality (CBS code) whose buurten the buurt filter
    /// offers. It does not filter the activities itself.
    pub gemeente: String,
    pub datum: String,
    pub taal: String,
    pub gratis: String,
    /// Page of the agenda, from 1.
    pub pagina: String,
    /// API only: at most this many (default 100, at most 500), after skipping `offset`.
    pub limit: String,
    pub offset: String,
}

/// Activities per agenda page: quick to load on a cheap phone, and enough for a fortnight.
pub const AGENDA_PAGE_SIZE: i64 = 30;

impl AgendaQuery {
    pub fn filter(&self, default_from: i64) -> Filter {
        Filter {
            kind: Kind::parse(&self.soort),
            pillar: Pillar::parse(&self.pijler),
            area_id: self.buurt.parse().ok(),
            from: Some(
                kansrijk_kernel::time::parse_local_date(&self.datum).unwrap_or(default_from),
            ),
            until: None,
            language: SPOKEN
                .contains(&self.taal.as_str())
                .then(|| self.taal.clone()),
            free: self.gratis == "1",
            include_cancelled: false,
            organisations: None,
        }
    }

    /// The page asked for (1 when absent or nonsense; at most 1,000).
    pub fn page_number(&self) -> i64 {
        self.pagina.parse::<i64>().unwrap_or(1).clamp(1, 1000)
    }

    /// The agenda address of another page with the same filters.
    pub fn page_link(&self, number: i64) -> String {
        let filters = self.query_string();
        if number <= 1 {
            format!("/activiteiten{filters}")
        } else if filters.is_empty() {
            format!("/activiteiten?pagina={number}")
        } else {
            format!("/activiteiten{filters}&pagina={number}")
        }
    }

    /// The same filters as a query string (for the calendar feed link).
    pub fn query_string(&self) -> String {
        let pairs = [
            ("soort", &self.soort),
            ("pijler", &self.pijler),
            ("buurt", &self.buurt),
            ("gemeente", &self.gemeente),
            ("datum", &self.datum),
            ("taal", &self.taal),
            ("gratis", &self.gratis),
        ];
        let q = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().filter(|(_, v)| !v.is_empty()))
            .finish();
        if q.is_empty() {
            q
        } else {
            format!("?{q}")
        }
    }
}

#[derive(Template)]
#[template(path = "agenda.html")]
pub struct AgendaPage {
    pub page: Page,
    pub q: AgendaQuery,
    pub items: Vec<Item>,
    pub kinds: [Kind; 7],
    pub pillars: [Pillar; 4],
    /// The buurten the buurt filter offers (of `municipality` when there is a choice).
    pub buurten: Vec<(i64, String)>,
    /// (CBS code, name), by name: with more than `CHOICE_LIMIT` buurten the buurt filter offers
    /// the buurten of one municipality; empty (no choice) at neighbourhood and city scale.
    pub municipalities: Vec<(String, String)>,
    /// The CBS code of the municipality whose buurten are offered (when there is a choice).
    pub municipality: String,
    pub languages: Vec<(&'static str, &'static str)>,
    pub feed: String,
    pub can_manage: bool,
    /// Page number and the links to the pages beside it.
    pub number: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
}

pub(crate) fn spoken() -> Vec<(&'static str, &'static str)> {
    SPOKEN.iter().map(|c| (*c, spoken_name(c))).collect()
}

/// The buurt filter's choices: every buurt, or above `CHOICE_LIMIT` the municipalities and
/// the buurten of the one asked for (`gemeente`; else the municipality of the chosen buurt;
/// else the home municipality). A chosen buurt outside that municipality is dropped from the
/// filter, so the agenda never filters on a buurt the page does not show.
async fn buurt_choices(
    state: &AppState,
    q: &mut AgendaQuery,
) -> AppResult<(Vec<(String, String)>, String, Vec<(i64, String)>)> {
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    if !index.per_municipality() {
        return Ok((
            Vec::new(),
            String::new(),
            queries::buurten(&state.db).await?,
        ));
    }
    let municipalities = index
        .municipalities()
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let chosen_buurt = q.buurt.parse::<i64>().ok().and_then(|id| index.get(id));
    let current = chosen_buurt.map(|a| a.code.as_str()).unwrap_or_default();
    let Some(gm) = index.chosen_municipality(&q.gemeente, current) else {
        return Ok((municipalities, String::new(), Vec::new()));
    };
    if chosen_buurt.is_some_and(|b| index.municipality_of(b.id).is_none_or(|m| m.id != gm.id)) {
        q.buurt.clear();
    }
    let buurten = index
        .buurten_of(gm.id)
        .map(|a| (a.id, a.name.clone()))
        .collect();
    Ok((municipalities, gm.code.clone(), buurten))
}

/// `GET /activiteiten`
pub async fn agenda(
    State(state): State<AppState>,
    Query(mut q): Query<AgendaQuery>,
    page: Page,
) -> AppResult<Response> {
    let (municipalities, municipality, buurten) = buurt_choices(&state, &mut q).await?;
    let number = q.page_number();
    // One more than a page, to know whether there is a next one without counting them all.
    let mut list = queries::activities_page(
        &state.db,
        page.lang(),
        &q.filter(now()),
        AGENDA_PAGE_SIZE + 1,
        (number - 1) * AGENDA_PAGE_SIZE,
    )
    .await?;
    let next = (list.len() as i64 > AGENDA_PAGE_SIZE).then(|| q.page_link(number + 1));
    list.truncate(AGENDA_PAGE_SIZE as usize);
    let previous = (number > 1).then(|| q.page_link(number - 1));
    let items = items(&state, &list).await?;
    let title = page_title(&page, "agenda-title");
    let page = page.with_title(title);
    Ok(render(&AgendaPage {
        can_manage: page.can(Permission::ManageActivities),
        feed: format!("/activiteiten.ics{}", q.query_string()),
        buurten,
        municipalities,
        municipality,
        languages: spoken(),
        kinds: Kind::ALL,
        pillars: Pillar::ALL,
        items,
        number,
        previous,
        next,
        q,
        page,
    }))
}

fn page_title(page: &Page, key: &str) -> String {
    page.t(key)
}

/// `GET /activiteiten.ics`: the agenda (with the same filters) as a calendar to subscribe to.
pub async fn feed(
    State(state): State<AppState>,
    Query(q): Query<AgendaQuery>,
    page: Page,
) -> AppResult<Response> {
    // Keep a month of the past, so a subscribed calendar does not lose last week's events.
    let mut filter = q.filter(now() - 31 * 86400);
    filter.include_cancelled = true;
    let list = queries::activities(&state.db, page.lang(), &filter, 2000).await?;
    let events: Vec<ics::Event> = list.iter().map(|a| event(&state, &page, a)).collect();
    Ok(calendar_response(
        &ics::calendar(&page.t("agenda-title"), &events),
        "activiteiten.ics",
    ))
}

pub(super) fn event(state: &AppState, page: &Page, a: &Activity) -> ics::Event {
    let base = state.config.public_url();
    let host = url::Url::parse(&base)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_else(|| "kansrijk".into());
    ics::Event {
        uid: format!("activity-{}@{host}", a.id),
        stamp: a.updated_at,
        start: a.starts_at,
        end: a.ends_at,
        summary: a.title.clone(),
        description: a.description.clone(),
        location: place_line(a, &page.t("activity-online")),
        url: format!("{base}/activiteiten/{}", a.id),
        cancelled: a.cancelled(),
    }
}

fn place_line(a: &Activity, online: &str) -> String {
    match (&a.venue_name, &a.venue_address) {
        (Some(n), Some(addr)) if !addr.is_empty() => format!("{n}, {addr}"),
        (Some(n), _) => n.clone(),
        _ => a.online_url.clone().unwrap_or_else(|| online.to_string()),
    }
}

pub(super) fn calendar_response(body: &str, filename: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
        ],
        body.to_string(),
    )
        .into_response()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MonthQuery {
    pub jaar: String,
    pub maand: String,
}

pub struct Day {
    pub heading: String,
    pub label: String,
    pub items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "month.html")]
pub struct MonthPage {
    pub page: Page,
    pub heading: String,
    pub days: Vec<Day>,
    pub prev: String,
    pub next: String,
}

/// `GET /activiteiten/maand?jaar=2026&maand=12`: the month as a list of days.
pub async fn month(
    State(state): State<AppState>,
    Query(q): Query<MonthQuery>,
    page: Page,
) -> AppResult<Response> {
    let today = local(now()).map(|d| d.date()).unwrap_or_default();
    let year: i16 = q.jaar.parse().unwrap_or(today.year());
    let month: i8 = q.maand.parse().unwrap_or(today.month());
    let (start, end) = month_bounds(year, month).ok_or(AppError::NotFound)?;
    let filter = Filter {
        from: Some(start),
        until: Some(end),
        include_cancelled: true,
        ..Filter::default()
    };
    let list = queries::activities(&state.db, page.lang(), &filter, 1000).await?;
    let all = items(&state, &list).await?;
    let mut days: Vec<Day> = vec![];
    for item in all {
        match days.last_mut() {
            Some(d) if d.label == item.date => d.items.push(item),
            _ => days.push(Day {
                heading: format!("{} {}", page.t(&item.day_key), item.date),
                label: item.date.clone(),
                items: vec![item],
            }),
        }
    }
    let (py, pm) = if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    };
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let heading = format!("{} {year}", page.t(format!("month-{month}")));
    let page = page.with_title(heading.clone());
    Ok(render(&MonthPage {
        page,
        heading,
        days,
        prev: format!("/activiteiten/maand?jaar={py}&maand={pm}"),
        next: format!("/activiteiten/maand?jaar={ny}&maand={nm}"),
    }))
}

/// The next three activities, for the home page's "coming up" list.
pub fn coming_up() -> kansrijk_kernel::web::ComingUpLoader {
    std::sync::Arc::new(|db, lang| {
        Box::pin(async move {
            let filter = Filter {
                from: Some(now()),
                ..Default::default()
            };
            Ok(queries::activities(&db, lang, &filter, 3)
                .await?
                .into_iter()
                .map(|a| kansrijk_kernel::web::ComingUp {
                    href: format!("/activiteiten/{}", a.id),
                    place: a.venue_name.unwrap_or_default(),
                    title: a.title,
                    starts_at: a.starts_at,
                })
                .collect())
        })
    })
}
