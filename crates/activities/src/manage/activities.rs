//! Creating, editing and cancelling activities.

use super::{organiser_scope, own_activity};
use crate::handlers::{items, Item};
use crate::model::{
    spoken_name, title_field, utc_to_local, ActivityForm, AgeGroup, Kind, Known, SPOKEN, TRANSLATED,
};
use crate::queries::{self, Activity, Filter, Venue};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::areas::{self, AreaChoice, Offer};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{render, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId};
use kansrijk_programme::model::Pillar;

#[derive(Template)]
#[template(path = "beheer/list.html")]
pub struct ListPage {
    pub page: Page,
    pub items: Vec<Item>,
}

/// cancelled ones included.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let filter = Filter {
        from: Some(now() - 31 * 86400),
        include_cancelled: true,
        organisations: Some(organiser_scope(&state, &user).await?.organisations),
        ..Filter::default()
    };
    let list = queries::activities(&state.db, page.lang(), &filter, 500).await?;
    let items = items(&state, &list).await?;
    let page = page.titled("manage-title");
    Ok(render(&ListPage { page, items }))
}

/// A language's part of the activity form: code, own name, direction, title field, title,
/// description.
pub type TranslationRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    String,
    String,
);

#[derive(Template)]
#[template(path = "beheer/form.html")]
pub struct FormPage {
    pub page: Page,
    pub action: String,
    pub editing: bool,
    pub f: ActivityForm,
    pub errors: FieldErrors,
    pub kinds: [Kind; 7],
    pub pillars: [Pillar; 4],
    pub ages: [AgeGroup; 5],
    /// The venues the form offers (at national scale those in the municipality of `places`).
    pub venues: Vec<Venue>,
    /// At national scale: the municipality whose venues the form offers.
    pub places: AreaChoice,
    pub organisations: Vec<(i64, String)>,
    /// A coordinator may leave an activity without organisation (the programme's own).
    pub may_leave_unowned: bool,
    pub approaches: Vec<(i64, String)>,
    pub languages: Vec<(&'static str, &'static str)>,
}

impl FormPage {
    /// The empty choice (the programme's own) is only for coordinators.
    pub fn unowned_label(&self) -> &'static str {
        if self.may_leave_unowned {
            "form-none"
        } else {
            ""
        }
    }

    pub fn has_pillar(&self, p: &Pillar) -> bool {
        self.f.pillars.iter().any(|x| x == p.as_str())
    }
    /// A venue id that is not in the list (kept, so the error shows beside what was sent).
    pub fn unknown_venue(&self) -> bool {
        !self.f.venue_id.is_empty()
            && !self
                .venues
                .iter()
                .any(|v| v.id.to_string() == self.f.venue_id)
    }
    /// Per other language: code, its own name, direction, title field, title and description.
    pub fn translation_rows(&self) -> Vec<TranslationRow> {
        TRANSLATED
            .iter()
            .map(|l| {
                let (t, d) = self.f.translation(*l);
                (l.code(), l.native_name(), l.dir(), title_field(*l), t, d)
            })
            .collect()
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.f.languages.iter().any(|x| x == code)
    }
}

/// The venues the form offers: every venue, or at national scale those in the chosen
/// municipality (else in that of the venue filled in, else the home municipality) and those
/// without a buurt.
async fn venue_choice(state: &AppState, f: &ActivityForm) -> AppResult<(AreaChoice, Vec<Venue>)> {
    let venue = match f.venue_id.trim().parse::<i64>() {
        Ok(id) => queries::venue(&state.db, id).await?,
        Err(_) => None,
    };
    let places = areas::index(&state.db).await?.choice(
        Offer::Buurten,
        &f.gemeente,
        venue.and_then(|v| v.area_id),
    );
    let venues = super::venues_of(state, &places).await?;
    Ok((places, venues))
}

async fn form_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    editing: Option<i64>,
    f: ActivityForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = page.t(if editing.is_some() {
        "manage-edit-title"
    } else {
        "manage-new-title"
    });
    let lang = page.lang();
    let page = page.with_title(title);
    let scope = organiser_scope(state, user).await?;
    let (places, venues) = venue_choice(state, &f).await?;
    Ok(render(&FormPage {
        page,
        action: form_action(editing),
        editing: editing.is_some(),
        f,
        errors,
        kinds: Kind::ALL,
        pillars: Pillar::ALL,
        ages: AgeGroup::ALL,
        venues,
        places,
        organisations: queries::organisations(&state.db, &scope.organisations).await?,
        may_leave_unowned: scope.organisations.is_all(),
        approaches: queries::approaches(&state.db, lang).await?,
        languages: SPOKEN.iter().map(|c| (*c, spoken_name(c))).collect(),
    }))
}

fn form_action(editing: Option<i64>) -> String {
    match editing {
        Some(id) => format!("/beheer/activiteiten/{id}"),
        None => "/beheer/activiteiten/nieuw".into(),
    }
}

/// `GET /beheer/activiteiten/nieuw`
pub async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let f = ActivityForm {
        kind: "film_conversation".into(),
        languages: vec!["nl".into()],
        registration_required: "1".into(),
        age_group: "all".into(),
        organisation_id: user
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    form_page(&state, &user, page, None, f, FieldErrors::new()).await
}

/// Validates the form against the venues and the person's scope (and, when editing, the
/// activity as it is), then creates or saves it; the form again with the errors otherwise.
async fn save(
    state: &AppState,
    user: CurrentUser,
    page: Page,
    current: Option<&Activity>,
    mut f: ActivityForm,
) -> AppResult<Response> {
    if f.step == "gemeente" {
        // A venue of the municipality left behind is not offered any more: choose again.
        let (_, offered) = venue_choice(state, &f).await?;
        if !offered
            .iter()
            .any(|v| v.id.to_string() == f.venue_id.trim())
        {
            f.venue_id.clear();
        }
        let errors = FieldErrors::new();
        return form_page(state, &user, page, current.map(|a| a.id), f, errors).await;
    }
    let (_, offered) = venue_choice(state, &f).await?;
    let venues: Vec<i64> = offered.iter().map(|v| v.id).collect();
    // A venue that exists but is not offered lies in another municipality than the chosen one.
    let elsewhere: Vec<i64> = match f.venue_id.trim().parse::<i64>() {
        Ok(id) if !venues.contains(&id) && queries::venue(&state.db, id).await?.is_some() => {
            vec![id]
        }
        _ => Vec::new(),
    };
    let scope = organiser_scope(state, &user).await?;
    let known = Known {
        venues: &venues,
        elsewhere: &elsewhere,
        organisations: &scope.organisations,
        now: now(),
        confirmed: current.map_or(0, |a| a.confirmed),
        current_start: current.map(|a| a.starts_at),
    };
    let new = match f.validate(&known) {
        Ok(new) => new,
        Err(errors) => {
            return form_page(state, &user, page, current.map(|a| a.id), f, errors).await
        }
    };
    let (action, id, note) = match current {
        None => {
            let ids = queries::create_activity(&state.db, &new).await?;
            let first = ids.first().copied().unwrap_or_default();
            (
                Action::Create,
                first,
                format!("{} occurrence(s)", ids.len()),
            )
        }
        Some(a) => {
            let promoted = queries::update_activity(&state.db, a.id, &new).await?;
            (Action::Update, a.id, format!("{} promoted", promoted.len()))
        }
    };
    audit::record(
        &state.db,
        Some(&user),
        action,
        "activity",
        &id.to_string(),
        &note,
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanmeldingen")).into_response())
}

/// `POST /beheer/activiteiten/nieuw`
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    save(&state, user, page, None, ActivityForm::from_pairs(pairs)).await
}

/// The form filled in with an activity as stored.
async fn filled_in(state: &AppState, a: &Activity) -> AppResult<ActivityForm> {
    let texts = queries::texts(&state.db, a.id).await?;
    let text = |lang: &str| {
        texts
            .iter()
            .find(|t| t.0 == lang)
            .map(|t| (t.1.clone(), t.2.clone()))
            .unwrap_or_default()
    };
    let (title, description) = text("nl");
    let (date, start_time) = utc_to_local(a.starts_at);
    let (_, end_time) = utc_to_local(a.ends_at);
    let pillars = queries::pillars(&state.db, &[a.id])
        .await?
        .remove(&a.id)
        .unwrap_or_default();
    let id = |v: Option<i64>| v.map(|i| i.to_string()).unwrap_or_default();
    Ok(ActivityForm {
        title,
        description,
        translations: TRANSLATED
            .iter()
            .map(|l| {
                let (t, d) = text(l.code());
                (*l, t, d)
            })
            .collect(),
        kind: a.kind.clone(),
        pillars: pillars.iter().map(|p| p.as_str().to_string()).collect(),
        approach_id: id(a.approach_id),
        venue_id: id(a.venue_id),
        online_url: a.online_url.clone().unwrap_or_default(),
        date,
        start_time,
        end_time,
        repeat_weeks: String::new(),
        repeat_count: String::new(),
        organisation_id: id(a.organisation_id),
        contact_name: a.contact_name.clone(),
        languages: a.language_list(),
        cost: if a.cost_cents > 0 {
            format!("{},{:02}", a.cost_cents / 100, a.cost_cents % 100)
        } else {
            String::new()
        },
        age_group: a.age_group.clone(),
        capacity: id(a.capacity),
        registration_required: if a.registration_required { "1" } else { "0" }.into(),
        gemeente: String::new(),
        step: String::new(),
    })
}

/// `GET /beheer/activiteiten/{id}`: the edit form, filled in.
pub async fn edit_form(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let a = own_activity(&state, &user, id, page.lang()).await?;
    let f = filled_in(&state, &a).await?;
    form_page(&state, &user, page, Some(a.id), f, FieldErrors::new()).await
}

/// `POST /beheer/activiteiten/{id}`: saves; a raised capacity promotes people from the waiting list.
pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let a = own_activity(&state, &user, id, page.lang()).await?;
    save(
        &state,
        user,
        page,
        Some(&a),
        ActivityForm::from_pairs(pairs),
    )
    .await
}

/// `POST /beheer/activiteiten/{id}/annuleren`: cancels and mails everyone registered.
pub async fn cancel(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let id = own_activity(&state, &user, id, page.lang()).await?.id;
    if queries::cancel_activity(&state.db, id).await? {
        audit::record(
            &state.db,
            Some(&user),
            Action::Update,
            "activity",
            &id.to_string(),
            "cancelled",
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanmeldingen")).into_response())
}
