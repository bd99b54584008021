//! Public pages: the agenda (list, month, calendar feed), the page of an activity with its
//! registration form, the personal registration page and the feedback form.

mod agenda;
mod feedback;
mod rights;

pub use agenda::*;
pub use feedback::*;
pub use rights::*;

use crate::ics;
use crate::model::{
    format_cost, local_date, local_time, spoken_name, weekday_key, Kind, NewRegistration,
    RegStatus, RegistrationForm,
};
use crate::queries::{self, Activity, Registered, Registration};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::{
    no_store, parse_id, render, AppError, AppResult, AppState, ClientAddr, FieldErrors, Form, Page,
    RecordId,
};
use kansrijk_programme::model::{paragraphs, Pillar};
use serde::Deserialize;

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
                if flag {
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

/// A fresh form: one idempotency key per render, so sending the same form twice is recognised
/// (from the page cache: one per answer, see `Page::form_key`).
fn fresh_form(page: &Page) -> RegistrationForm {
    RegistrationForm {
        people: "1".into(),
        key: page.form_key(),
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
    let form = fresh_form(&page);
    Ok(activity_page(page, d, form, FieldErrors::new()))
}

/// `POST /activiteiten/{id}/aanmelden`: sign up without an account.
pub async fn register(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<RegistrationForm>,
) -> AppResult<Response> {
    // Counted with the registration (one write transaction), or on its own for a form with
    // errors: every post counts.
    let limit = ratelimit::Limit::new(&format!("activity-register:ip:{ip}"), 20, 3600);
    let a = queries::activity_for_sign_up(&state.db, id, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    if a.cancelled() || a.ends_at <= now() {
        return Ok(closed(page, id));
    }
    // The page's other details (venue, pillars, photo) are read only to show the form again:
    // a sign-up needs just the activity, and every read is a hop to the database.
    let new = match form.validate(a.registration_required) {
        Ok(new) => new,
        Err(errors) => {
            limit.hit(&state.db).await?;
            let d = details(&state, a, page.lang()).await?;
            let mut form = form;
            if form.key.len() < 16 {
                form.key = random_token(18);
            }
            return Ok(activity_page(page, d, form, errors));
        }
    };
    sign_up(&state, page, a, new, limit).await
}

/// Stores a valid registration with its confirmation mail, and shows where it went.
async fn sign_up(
    state: &AppState,
    page: Page,
    activity: Activity,
    new: NewRegistration,
    limit: ratelimit::Limit,
) -> AppResult<Response> {
    // The sign-up may wait for its activity's next transaction in a task of its own
    // (group commit), so the mail takes owned copies of what it needs.
    let id = activity.id;
    let (mail_state, lang) = (state.clone(), page.lang());
    let email = new.email.clone();
    let confirmation = move |token: &str, status: RegStatus| {
        let email = email.as_deref()?;
        let name = match status {
            RegStatus::Waiting => "activity-waiting",
            _ => "activity-confirmed",
        };
        let link = format!("{}/aanmelding/{token}", mail_state.config.public_url());
        Some(crate::jobs::compose(
            &mail_state,
            email,
            lang,
            name,
            &activity,
            &[],
            &link,
        ))
    };
    let sign_up = queries::SignUp {
        registration: new,
        lang: page.lang_code().to_string(),
        mail: Some(Box::new(confirmation)),
        limit: Some(limit),
    };
    match queries::register_with_mail(&state.db, id, sign_up).await? {
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
        Registered::Closed => Ok(closed(page, id)),
        Registered::TooMany => Err(AppError::TooManyRequests),
    }
}

fn closed(page: Page, id: i64) -> Response {
    notice(
        page,
        "registration-closed-title",
        "registration-closed-text",
        Some(format!("/activiteiten/{id}")),
    )
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
        .filter(|r| !r.name.is_empty())
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
    let page = page.titled("registration-title");
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
    Form(_): Form<kansrijk_kernel::web::Empty>,
) -> AppResult<Response> {
    let r = queries::registration_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::cancel_registration(&state.db, r.id).await?;
    registration_page(&state, page, token, false, true).await
}
