//! Public pages: the agenda (list, month, calendar feed), the page of an activity with its
//! registration form, the personal registration page and the feedback form.

use crate::ics;
use crate::model::{
    format_cost, local, local_date, local_time, month_bounds, spoken_name, weekday_key, Answer,
    Kind, RegStatus, RegistrationForm, QUESTIONS, SPOKEN,
};
use crate::queries::{self, Activity, Filter, Registered, Registration};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, Extensions, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use kansrijk_programme::model::{paragraphs, Pillar};
use serde::Deserialize;

/// The visitor's address for rate limits (the last proxy hop when configured to trust it).
pub fn client_ip(
    headers: &HeaderMap,
    extensions: &Extensions,
    trust_forwarded_for: bool,
) -> String {
    if trust_forwarded_for {
        if let Some(last) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
        {
            return last.trim().to_string();
        }
    }
    extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

pub use kansrijk_kernel::web::no_store;

pub fn parse_id(id: &str) -> AppResult<i64> {
    id.parse().map_err(|_| AppError::NotFound)
}

/// An activity as a line in a list.
pub struct Item {
    pub id: i64,
    pub title: String,
    pub text_lang: String,
    pub kind: Kind,
    pub day_key: String,
    pub date: String,
    pub time: String,
    pub place: Option<String>,
    pub area: Option<String>,
    pub cost: Option<String>,
    pub cancelled: bool,
    pub full: bool,
    pub pillars: Vec<Pillar>,
}

impl Item {
    pub fn new(a: &Activity, pillars: Vec<Pillar>) -> Item {
        Item {
            id: a.id,
            title: a.title.clone(),
            text_lang: a.text_lang.clone(),
            kind: a.kind(),
            day_key: weekday_key(a.starts_at),
            date: local_date(a.starts_at),
            time: format!("{}–{}", local_time(a.starts_at), local_time(a.ends_at)),
            place: a.venue_name.clone(),
            area: a.area_name.clone(),
            cost: (a.cost_cents > 0).then(|| format_cost(a.cost_cents)),
            cancelled: a.cancelled(),
            full: a.places_left() == Some(0),
            pillars,
        }
    }
}

pub async fn items(state: &AppState, list: &[Activity]) -> AppResult<Vec<Item>> {
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let mut pillars = queries::pillars(&state.db, &ids).await?;
    Ok(list
        .iter()
        .map(|a| Item::new(a, pillars.remove(&a.id).unwrap_or_default()))
        .collect())
}

/// The agenda's filters as sent by its GET form (Dutch names, as in the address bar).
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

fn spoken() -> Vec<(&'static str, &'static str)> {
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

fn event(state: &AppState, page: &Page, a: &Activity) -> ics::Event {
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

fn calendar_response(body: &str, filename: &str) -> Response {
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

/// Everything the activity page shows, prepared.
pub struct Details {
    pub a: Activity,
    pub day_key: String,
    pub date: String,
    pub time: String,
    pub body: Vec<String>,
    pub pillars: Vec<Pillar>,
    pub languages: Vec<(String, &'static str)>,
    pub cost: Option<String>,
    pub access: Vec<&'static str>,
    pub approach: Option<(String, String)>,
    pub open: bool,
    pub started: bool,
    /// The venue's photo description, when it has a photo.
    pub photo_alt: Option<String>,
}

pub async fn details(state: &AppState, a: Activity, lang: Lang) -> AppResult<Details> {
    let pillars = queries::pillars(&state.db, &[a.id])
        .await?
        .remove(&a.id)
        .unwrap_or_default();
    let mut access = vec![];
    if let Some(v) = a.venue_id {
        if let Some(v) = queries::venue(&state.db, v).await? {
            for (flag, key) in [
                (v.step_free, "venue-step-free"),
                (v.accessible_toilet, "venue-accessible-toilet"),
                (v.hearing_loop, "venue-hearing-loop"),
                (v.parking, "venue-parking"),
            ] {
                if flag == 1 {
                    access.push(key);
                }
            }
        }
    }
    let approach = match a.approach_id {
        Some(id) => queries::approach_link(&state.db, id, lang).await?,
        None => None,
    };
    let ts = now();
    let photo_alt = match a.venue_id {
        Some(v) => queries::venue_photo_alt(&state.db, v).await?,
        None => None,
    };
    Ok(Details {
        photo_alt,
        day_key: weekday_key(a.starts_at),
        date: local_date(a.starts_at),
        time: format!("{}–{}", local_time(a.starts_at), local_time(a.ends_at)),
        body: paragraphs(&a.description),
        languages: a
            .language_list()
            .into_iter()
            .map(|c| {
                let name = spoken_name(&c);
                (c, name)
            })
            .collect(),
        cost: (a.cost_cents > 0).then(|| format_cost(a.cost_cents)),
        open: !a.cancelled() && a.ends_at > ts,
        started: a.starts_at <= ts,
        pillars,
        access,
        approach,
        a,
    })
}

#[derive(Template)]
#[template(path = "activity.html")]
pub struct ActivityPage {
    pub page: Page,
    pub d: Details,
    pub form: RegistrationForm,
    pub errors: FieldErrors,
    pub languages: Vec<(&'static str, &'static str)>,
}

fn activity_page(page: Page, d: Details, form: RegistrationForm, errors: FieldErrors) -> Response {
    let page = page.with_title(d.a.title.clone());
    render(&ActivityPage {
        page,
        d,
        form,
        errors,
        languages: spoken(),
    })
}

/// A fresh form: one idempotency key per render, so sending the same form twice is recognised.
fn fresh_form() -> RegistrationForm {
    RegistrationForm {
        people: "1".into(),
        key: random_token(18),
        ..Default::default()
    }
}

/// `GET /activiteiten/{id}` and `GET /activiteiten/{id}.ics`
pub async fn activity(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let (id, ics) = match id.strip_suffix(".ics") {
        Some(id) => (parse_id(id)?, true),
        None => (parse_id(&id)?, false),
    };
    let a = queries::activity(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    if ics {
        let body = ics::calendar(&a.title, &[event(&state, &page, &a)]);
        return Ok(calendar_response(&body, &format!("activiteit-{id}.ics")));
    }
    let d = details(&state, a, page.lang()).await?;
    Ok(activity_page(page, d, fresh_form(), FieldErrors::new()))
}

/// `POST /activiteiten/{id}/aanmelden`: sign up without an account.
pub async fn register(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    extensions: Extensions,
    page: Page,
    Form(form): Form<RegistrationForm>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let ip = client_ip(&headers, &extensions, state.config.trust_forwarded_for);
    ratelimit::hit(&state.db, &format!("activity-register:ip:{ip}"), 20, 3600).await?;
    let a = queries::activity(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let contact_required = a.registration_required == 1;
    let d = details(&state, a, page.lang()).await?;
    if !d.open {
        return Ok(notice(
            page,
            "registration-closed-title",
            "registration-closed-text",
            Some(format!("/activiteiten/{id}")),
        ));
    }
    let new = match form.validate(contact_required) {
        Ok(new) => new,
        Err(list) => {
            let mut errors = FieldErrors::new();
            for (field, key) in list {
                errors.add(field, key);
            }
            let mut form = form;
            if form.key.len() < 16 {
                form.key = random_token(18);
            }
            return Ok(activity_page(page, d, form, errors));
        }
    };
    let confirmation = |token: &str, status: RegStatus| {
        let email = new.email.as_deref()?;
        let name = match status {
            RegStatus::Waiting => "activity-waiting",
            _ => "activity-confirmed",
        };
        let link = format!("{}/aanmelding/{token}", state.config.public_url());
        Some(crate::jobs::compose(
            &state,
            email,
            page.lang(),
            name,
            &d.a,
            &[],
            &link,
        ))
    };
    match queries::register_with_mail(&state.db, id, &new, page.lang_code(), &confirmation).await? {
        Registered::New {
            id: reg_id,
            token,
            status,
        } => {
            tracing::info!(
                activity = id,
                registration = reg_id,
                status = status.as_str(),
                "registration"
            );
            Ok(Redirect::to(&format!("/aanmelding/{token}?nieuw=1")).into_response())
        }
        Registered::Again { .. } => Ok(notice(
            page,
            "registration-again-title",
            "registration-again-text",
            Some(format!("/activiteiten/{id}")),
        )),
        Registered::Closed => Ok(notice(
            page,
            "registration-closed-title",
            "registration-closed-text",
            Some(format!("/activiteiten/{id}")),
        )),
    }
}

#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    pub page: Page,
    pub heading: String,
    pub text: String,
    pub back: Option<String>,
}

pub fn notice(page: Page, title_key: &str, text_key: &str, back: Option<String>) -> Response {
    let heading = page.t(title_key);
    let text = page.t(text_key);
    let page = page.with_title(heading.clone());
    render(&NoticePage {
        page,
        heading,
        text,
        back,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    pub nieuw: String,
}

#[derive(Template)]
#[template(path = "registration.html")]
pub struct RegistrationPage {
    pub page: Page,
    pub token: String,
    pub r: Registration,
    pub d: Details,
    pub just_made: bool,
    pub just_cancelled: bool,
    pub position: i64,
}

async fn registration_page(
    state: &AppState,
    page: Page,
    token: String,
    just_made: bool,
    just_cancelled: bool,
) -> AppResult<Response> {
    let r = queries::registration_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = queries::activity(&state.db, r.activity_id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let d = details(state, a, page.lang()).await?;
    let position = if r.status() == RegStatus::Waiting {
        queries::waiting_position(&state.db, &r).await?
    } else {
        0
    };
    let title = page.t("registration-title");
    let page = page.with_title(title);
    Ok(no_store(render(&RegistrationPage {
        page,
        token,
        r,
        d,
        just_made,
        just_cancelled,
        position,
    })))
}

/// `GET /aanmelding/{token}`: the personal page of a registration.
pub async fn registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<NewQuery>,
    page: Page,
) -> AppResult<Response> {
    registration_page(&state, page, token, q.nieuw == "1", false).await
}

/// `POST /aanmelding/{token}`: cancels; the next people on the waiting list get the place.
pub async fn cancel_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(_): Form<kansrijk_kernel::web::forms::Empty>,
) -> AppResult<Response> {
    let r = queries::registration_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::cancel_registration(&state.db, r.id).await?;
    registration_page(&state, page, token, false, true).await
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub met_someone: String,
    pub understand: String,
    pub come_again: String,
    pub comment: String,
}

impl FeedbackForm {
    pub fn value(&self, column: &str) -> &str {
        match column {
            "met_someone" => &self.met_someone,
            "understand" => &self.understand,
            _ => &self.come_again,
        }
    }
}

#[derive(Template)]
#[template(path = "feedback.html")]
pub struct FeedbackPage {
    pub page: Page,
    pub a: Activity,
    pub started: bool,
    pub form: FeedbackForm,
    pub errors: FieldErrors,
    pub questions: [(&'static str, &'static str); 3],
    pub answers: [Answer; 3],
}

fn feedback_page(page: Page, a: Activity, form: FeedbackForm, errors: FieldErrors) -> Response {
    let title = page.t("feedback-title");
    let page = page.with_title(title);
    render(&FeedbackPage {
        page,
        started: a.starts_at <= now(),
        a,
        form,
        errors,
        questions: QUESTIONS,
        answers: Answer::ALL,
    })
}

/// `GET /activiteiten/{id}/feedback`: three short questions, anonymous.
pub async fn feedback_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let a = queries::activity(&state.db, parse_id(&id)?, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(feedback_page(
        page,
        a,
        FeedbackForm::default(),
        FieldErrors::new(),
    ))
}

/// `POST /activiteiten/{id}/feedback`
pub async fn feedback_submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    extensions: Extensions,
    page: Page,
    Form(form): Form<FeedbackForm>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let ip = client_ip(&headers, &extensions, state.config.trust_forwarded_for);
    ratelimit::hit(&state.db, &format!("activity-feedback:ip:{ip}"), 20, 3600).await?;
    let a = queries::activity(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    if a.starts_at > now() || a.cancelled() {
        return Ok(feedback_page(page, a, form, FieldErrors::new()));
    }
    let mut errors = FieldErrors::new();
    for (column, _) in QUESTIONS {
        if Answer::parse(form.value(column)).is_none() {
            errors.add(column, "feedback-error-answer");
        }
    }
    if form.comment.chars().count() > 1000 {
        errors.add("comment", "feedback-error-comment");
    }
    if !errors.is_empty() {
        return Ok(feedback_page(page, a, form, errors));
    }
    queries::add_feedback(
        &state.db,
        id,
        [&form.met_someone, &form.understand, &form.come_again],
        form.comment.trim(),
    )
    .await?;
    Ok(notice(
        page,
        "feedback-thanks-title",
        "feedback-thanks-text",
        Some(format!("/activiteiten/{id}")),
    ))
}
