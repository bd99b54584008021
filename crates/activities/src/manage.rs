//! Organisers' pages under `/beheer/activiteiten` (permission ManageActivities): create, edit and
//! cancel activities, registrations with access needs, CSV export, a check-in list for a phone,
//! a printable attendance sheet with a QR code to the feedback form, figures, and venues.

use crate::handlers::{details, items, parse_id, Details, Item};
use crate::model::{
    format_cost, spoken_name, title_field, utc_to_local, ActivityForm, AgeGroup, Answer, Kind,
    Known, QUESTIONS, SPOKEN, TRANSLATED,
};

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
use crate::queries::{self, FeedbackSummary, Filter, GroupBy, NewVenue, Registration, Venue};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use kansrijk_programme::model::Pillar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "beheer/list.html")]
pub struct ListPage {
    pub page: Page,
    pub items: Vec<Item>,
}

/// The organiser's scope: their own organisations' activities and venues (all for a coordinator).
async fn organiser_scope(state: &AppState, user: &CurrentUser) -> AppResult<Scope> {
    Ok(Scope::load(&state.db, user, Permission::ManageActivities).await?)
}

/// The activity `id` if the person may act on it; otherwise 404 (and audited when it exists).
pub(crate) async fn own_activity(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    lang: Lang,
) -> AppResult<queries::Activity> {
    let id = parse_id(id)?;
    let a = queries::activity(&state.db, id, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        user,
        Permission::ManageActivities,
        "activity",
        &id.to_string(),
        Owner::Organisation(a.organisation_id),
    )
    .await?;
    Ok(a)
}

/// `GET /beheer/activiteiten`: the person's organisations' activities from a month ago on,
/// cancelled ones included.
pub async fn list(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
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
    let title = page.t("manage-title");
    let page = page.with_title(title);
    Ok(render(&ListPage { page, items }))
}

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
    pub venues: Vec<Venue>,
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

async fn form_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    action: String,
    editing: bool,
    f: ActivityForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = page.t(if editing {
        "manage-edit-title"
    } else {
        "manage-new-title"
    });
    let lang = page.lang();
    let page = page.with_title(title);
    let scope = organiser_scope(state, user).await?;
    Ok(render(&FormPage {
        page,
        action,
        editing,
        f,
        errors,
        kinds: Kind::ALL,
        pillars: Pillar::ALL,
        ages: AgeGroup::ALL,
        venues: queries::venues(&state.db).await?,
        organisations: queries::organisations(&state.db, &scope.organisations).await?,
        may_leave_unowned: scope.organisations.is_all(),
        approaches: queries::approaches(&state.db, lang).await?,
        languages: SPOKEN.iter().map(|c| (*c, spoken_name(c))).collect(),
    }))
}

/// `GET /beheer/activiteiten/nieuw`
pub async fn new_form(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
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
    form_page(
        &state,
        &user,
        page,
        "/beheer/activiteiten/nieuw".into(),
        false,
        f,
        FieldErrors::new(),
    )
    .await
}

/// The form body: repeated checkboxes (`pillars`, `languages`) need the pairs, not a map.
fn parse_form(pairs: Vec<(String, String)>) -> ActivityForm {
    let mut f = ActivityForm::default();
    for (k, v) in pairs {
        match k.as_str() {
            "title" => f.title = v,
            "description" => f.description = v,
            k if k.starts_with("title_") || k.starts_with("description_") => {
                let (field, code) = k.split_once('_').unwrap_or_default();
                if let Some(lang) = Lang::from_code(code).filter(|l| TRANSLATED.contains(l)) {
                    if field == "title" {
                        f.set_translation(lang, Some(v), None);
                    } else {
                        f.set_translation(lang, None, Some(v));
                    }
                }
            }
            "kind" => f.kind = v,
            "pillars" | "pillars[]" => f.pillars.push(v),
            "approach_id" => f.approach_id = v,
            "venue_id" => f.venue_id = v,
            "online_url" => f.online_url = v,
            "date" => f.date = v,
            "start_time" => f.start_time = v,
            "end_time" => f.end_time = v,
            "repeat_weeks" => f.repeat_weeks = v,
            "repeat_count" => f.repeat_count = v,
            "organisation_id" => f.organisation_id = v,
            "contact_name" => f.contact_name = v,
            "languages" | "languages[]" => f.languages.push(v),
            "cost" => f.cost = v,
            "age_group" => f.age_group = v,
            "capacity" => f.capacity = v,
            "registration_required" => f.registration_required = v,
            _ => {}
        }
    }
    f
}

/// An activity is organised by one of the person's own organisations (any for a coordinator);
/// an organiser with a single organisation need not choose it.
fn in_scope(
    scope: &Scope,
    mut new: crate::model::NewActivity,
) -> Result<crate::model::NewActivity, Vec<(&'static str, &'static str)>> {
    if new.organisation_id.is_none() {
        if let Some(ids) = scope.organisations.ids().filter(|ids| ids.len() == 1) {
            new.organisation_id = ids.first().copied();
        }
    }
    if scope.covers(Owner::Organisation(new.organisation_id)) {
        Ok(new)
    } else {
        Err(vec![("organisation_id", "activity-error-organisation")])
    }
}

fn errors_of(list: Vec<(&'static str, &'static str)>) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, key) in list {
        errors.add(field, key);
    }
    errors
}

/// `POST /beheer/activiteiten/nieuw`
pub async fn create(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = parse_form(pairs);
    let venue_ids: Vec<i64> = queries::venues(&state.db)
        .await?
        .iter()
        .map(|v| v.id)
        .collect();
    let known = Known {
        venues: &venue_ids,
        now: now(),
        confirmed: 0,
        current_start: None,
    };
    let scope = organiser_scope(&state, &user).await?;
    match f.validate(&known).and_then(|new| in_scope(&scope, new)) {
        Err(list) => {
            form_page(
                &state,
                &user,
                page,
                "/beheer/activiteiten/nieuw".into(),
                false,
                f,
                errors_of(list),
            )
            .await
        }
        Ok(new) => {
            let ids = queries::create_activity(&state.db, &new).await?;
            let first = ids.first().copied().unwrap_or_default();
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "activity",
                &first.to_string(),
                &format!("{} occurrence(s)", ids.len()),
            )
            .await?;
            Ok(Redirect::to(&format!("/beheer/activiteiten/{first}/aanmeldingen")).into_response())
        }
    }
}

/// `GET /beheer/activiteiten/{id}`: the edit form, filled in.
pub async fn edit_form(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let a = own_activity(&state, &user, &id, page.lang()).await?;
    let id = a.id;
    let texts = queries::texts(&state.db, id).await?;
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
    let pillars = queries::pillars(&state.db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let f = ActivityForm {
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
        approach_id: a.approach_id.map(|i| i.to_string()).unwrap_or_default(),
        venue_id: a.venue_id.map(|i| i.to_string()).unwrap_or_default(),
        online_url: a.online_url.clone().unwrap_or_default(),
        date,
        start_time,
        end_time,
        repeat_weeks: String::new(),
        repeat_count: String::new(),
        organisation_id: a.organisation_id.map(|i| i.to_string()).unwrap_or_default(),
        contact_name: a.contact_name.clone(),
        languages: a.language_list(),
        cost: if a.cost_cents > 0 {
            format!("{},{:02}", a.cost_cents / 100, a.cost_cents % 100)
        } else {
            String::new()
        },
        age_group: a.age_group.clone(),
        capacity: a.capacity.map(|c| c.to_string()).unwrap_or_default(),
        registration_required: a.registration_required.to_string(),
    };
    form_page(
        &state,
        &user,
        page,
        format!("/beheer/activiteiten/{id}"),
        true,
        f,
        FieldErrors::new(),
    )
    .await
}

/// `POST /beheer/activiteiten/{id}`: saves; a raised capacity promotes people from the waiting list.
pub async fn update(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let a = own_activity(&state, &user, &id, page.lang()).await?;
    let id = a.id;
    let f = parse_form(pairs);
    let venue_ids: Vec<i64> = queries::venues(&state.db)
        .await?
        .iter()
        .map(|v| v.id)
        .collect();
    let known = Known {
        venues: &venue_ids,
        now: now(),
        confirmed: a.confirmed,
        current_start: Some(a.starts_at),
    };
    let scope = organiser_scope(&state, &user).await?;
    match f.validate(&known).and_then(|new| in_scope(&scope, new)) {
        Err(list) => {
            form_page(
                &state,
                &user,
                page,
                format!("/beheer/activiteiten/{id}"),
                true,
                f,
                errors_of(list),
            )
            .await
        }
        Ok(new) => {
            let promoted = queries::update_activity(&state.db, id, &new).await?;
            audit::record(
                &state.db,
                Some(&user),
                Action::Update,
                "activity",
                &id.to_string(),
                &format!("{} promoted", promoted.len()),
            )
            .await?;
            Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanmeldingen")).into_response())
        }
    }
}

/// `POST /beheer/activiteiten/{id}/annuleren`: cancels and mails everyone registered.
pub async fn cancel(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(_): Form<kansrijk_kernel::web::forms::Empty>,
) -> AppResult<Response> {
    let id = own_activity(&state, &user, &id, page.lang()).await?.id;
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

/// A feedback summary ready to show: per question the percentages, or nothing when too few.
pub struct Figures {
    /// Unique on the page (the table's caption id).
    pub id: String,
    pub label: String,
    pub total: i64,
    pub shown: bool,
    pub rows: Vec<(&'static str, Vec<String>)>,
}

pub fn figures_of(s: &FeedbackSummary, label: String) -> Figures {
    let shown = s.total >= crate::model::MIN_CELL;
    Figures {
        id: format!("fig-{}", s.group),
        label,
        total: s.total,
        shown,
        rows: QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, (_, key))| {
                (
                    *key,
                    s.counts[i]
                        .iter()
                        .map(|c| {
                            crate::model::suppressed(*c, s.total)
                                .map(|p| format!("{p}%"))
                                .unwrap_or_default()
                        })
                        .collect(),
                )
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "beheer/registrations.html")]
pub struct RegistrationsPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub present: i64,
    pub walk_ins: i64,
    pub feedback: Option<Figures>,
    pub answers: [Answer; 3],
    pub comments: Vec<String>,
}

async fn load_details(
    state: &AppState,
    user: &CurrentUser,
    page: &Page,
    id: &str,
) -> AppResult<Details> {
    let a = own_activity(state, user, id, page.lang()).await?;
    details(state, a, page.lang()).await
}

/// `GET /beheer/activiteiten/{id}/aanmeldingen`: registrations, access needs, attendance, feedback.
pub async fn registrations(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let d = load_details(&state, &user, &page, &id).await?;
    let id = d.a.id;
    let list = queries::registrations(&state.db, id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Read,
        "activity_registrations",
        &id.to_string(),
        "",
    )
    .await?;
    let (_, present, walk_ins) = queries::attendance(&state.db, id).await?;
    let summary = queries::feedback_summary(&state.db, GroupBy::Activity(id)).await?;
    let feedback = summary.first().map(|s| figures_of(s, String::new()));
    // Comments are shown only once enough people answered, so nobody is recognisable.
    let comments = if feedback.as_ref().is_some_and(|f| f.shown) {
        queries::feedback_comments(&state.db, id).await?
    } else {
        vec![]
    };
    let title = format!("{} · {}", page.t("manage-registrations-title"), d.a.title);
    let page = page.with_title(title);
    Ok(render(&RegistrationsPage {
        page,
        d,
        list,
        present,
        walk_ins,
        feedback,
        answers: Answer::ALL,
        comments,
    }))
}

/// `GET /beheer/activiteiten/{id}/export`: the registrations as CSV with a header row.
pub async fn export_csv(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let d = load_details(&state, &user, &page, &id).await?;
    let list = queries::registrations(&state.db, d.a.id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Export,
        "activity_registrations",
        &d.a.id.to_string(),
        &format!("{} rows", list.len()),
    )
    .await?;
    let yes = |f: i64| {
        if f == 1 {
            page.t("form-yes")
        } else {
            String::new()
        }
    };
    let mut csv = kansrijk_kernel::csv::Writer::new();
    csv.row(
        [
            "csv-name",
            "csv-email",
            "csv-phone",
            "csv-people",
            "csv-status",
            "csv-interpreter",
            "csv-sign-language",
            "csv-wheelchair",
            "csv-childcare",
            "csv-other-needs",
            "csv-present",
            "csv-registered-at",
        ]
        .map(|k| page.t(k)),
    );
    for r in &list {
        let interpreter = if r.interpreter == 1 {
            format!("{} {}", page.t("form-yes"), r.interpreter_lang)
                .trim()
                .to_string()
        } else {
            String::new()
        };
        csv.row([
            r.name.clone(),
            r.email.clone().unwrap_or_default(),
            r.phone.clone().unwrap_or_default(),
            r.people.to_string(),
            page.t(r.status().key()),
            interpreter,
            yes(r.sign_language),
            yes(r.wheelchair),
            yes(r.childcare),
            r.other_needs.clone(),
            yes(r.checked_in),
            kansrijk_kernel::time::format_local(r.created_at),
        ]);
    }
    Ok(csv.download(&format!("aanmeldingen-{}.csv", d.a.id)))
}

#[derive(Template)]
#[template(path = "beheer/checkin.html")]
pub struct CheckinPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub present: i64,
    pub walk_ins: i64,
}

/// `GET /beheer/activiteiten/{id}/aanwezig`: tick people off at the door (works on a phone).
pub async fn checkin(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let d = load_details(&state, &user, &page, &id).await?;
    let list: Vec<Registration> = queries::registrations(&state.db, d.a.id)
        .await?
        .into_iter()
        .filter(|r| r.status() == crate::model::RegStatus::Confirmed)
        .collect();
    let (_, present, walk_ins) = queries::attendance(&state.db, d.a.id).await?;
    let title = format!("{} · {}", page.t("checkin-title"), d.a.title);
    let page = page.with_title(title);
    Ok(render(&CheckinPage {
        page,
        d,
        list,
        present,
        walk_ins,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CheckinForm {
    pub registration: String,
    pub present: String,
    pub walk_ins: String,
}

/// `POST /beheer/activiteiten/{id}/aanwezig`: one tick, or the number of walk-ins.
pub async fn checkin_save(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    Form(f): Form<CheckinForm>,
) -> AppResult<Response> {
    let id = own_activity(&state, &user, &id, page.lang()).await?.id;
    let mut anchor = String::new();
    if let Ok(r) = f.registration.parse::<i64>() {
        queries::set_checked_in(&state.db, id, r, f.present == "1").await?;
        anchor = format!("#r-{r}");
    }
    if let Ok(n) = f.walk_ins.trim().parse::<i64>() {
        queries::set_walk_ins(&state.db, id, n.clamp(0, 10_000)).await?;
        anchor = "#walk-ins".into();
    }
    Ok(Redirect::to(&format!("/beheer/activiteiten/{id}/aanwezig{anchor}")).into_response())
}

#[derive(Template)]
#[template(path = "beheer/sheet.html")]
pub struct SheetPage {
    pub page: Page,
    pub d: Details,
    pub list: Vec<Registration>,
    pub feedback_url: String,
    pub qr: String,
}

/// `GET /beheer/activiteiten/{id}/presentielijst`: printable, with a QR code to the feedback.
pub async fn attendance_sheet(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let d = load_details(&state, &user, &page, &id).await?;
    let list: Vec<Registration> = queries::registrations(&state.db, d.a.id)
        .await?
        .into_iter()
        .filter(|r| r.status() == crate::model::RegStatus::Confirmed)
        .collect();
    let feedback_url = format!(
        "{}/activiteiten/{}/feedback",
        state.config.public_url(),
        d.a.id
    );
    let qr = kansrijk_kernel::qr::svg(&feedback_url, 160);
    let title = format!("{} · {}", page.t("sheet-title"), d.a.title);
    let page = page.with_title(title);
    Ok(render(&SheetPage {
        page,
        d,
        list,
        feedback_url,
        qr,
    }))
}

#[derive(Template)]
#[template(path = "beheer/figures.html")]
pub struct FiguresPage {
    pub page: Page,
    pub by_kind: Vec<Figures>,
    pub by_pillar: Vec<Figures>,
    pub answers: [Answer; 3],
}

/// `GET /beheer/activiteiten/cijfers`: feedback per type and pillar; small cells hidden.
pub async fn figures(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let by_kind = queries::feedback_summary(&state.db, GroupBy::Kind)
        .await?
        .iter()
        .map(|s| {
            figures_of(
                s,
                page.t(Kind::parse(&s.group).unwrap_or(Kind::Other).key()),
            )
        })
        .collect();
    let by_pillar = queries::feedback_summary(&state.db, GroupBy::Pillar)
        .await?
        .iter()
        .filter_map(|s| Some(figures_of(s, page.t(Pillar::parse(&s.group)?.key()))))
        .collect();
    let title = page.t("figures-title");
    let page = page.with_title(title);
    Ok(render(&FiguresPage {
        page,
        by_kind,
        by_pillar,
        answers: Answer::ALL,
    }))
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    pub name: String,
    pub address: String,
    pub area_id: String,
    pub opening_hours: String,
    pub route: String,
    pub step_free: String,
    pub accessible_toilet: String,
    pub hearing_loop: String,
    pub parking: String,
    pub organisation_id: String,
}

#[derive(Template)]
#[template(path = "beheer/venues.html")]
pub struct VenuesPage {
    pub page: Page,
    pub venues: Vec<Venue>,
    /// The organisations a new venue can belong to (the person's own; all for a coordinator).
    pub organisations: Vec<(i64, String)>,
    /// A coordinator may keep a venue as the programme's own (no organisation).
    pub may_leave_unowned: bool,
    /// The venues this person may change (photo): their own organisations'.
    pub own: std::collections::HashSet<i64>,
    pub buurten: Vec<(i64, String)>,
    pub f: VenueForm,
    pub errors: FieldErrors,
    pub saved: bool,
    /// Alt texts of the venues that have a photo.
    pub photos: std::collections::HashMap<i64, String>,
    /// A refused photo upload: (venue id, message key).
    pub photo_error: Option<(i64, String)>,
}

impl VenuesPage {
    /// The empty choice (the programme's own) is only for coordinators.
    pub fn unowned_label(&self) -> &'static str {
        if self.may_leave_unowned {
            "venue-owner-programme"
        } else {
            ""
        }
    }

    pub fn is_own(&self, venue_id: &i64) -> bool {
        self.own.contains(venue_id)
    }

    pub fn photo_alt(&self, venue_id: &i64) -> Option<&str> {
        self.photos.get(venue_id).map(String::as_str)
    }

    pub fn photo_error_for(&self, venue_id: &i64) -> Option<&str> {
        self.photo_error
            .as_ref()
            .filter(|(v, _)| v == venue_id)
            .map(|(_, m)| m.as_str())
    }
}

async fn venues_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    f: VenueForm,
    errors: FieldErrors,
    saved: bool,
) -> AppResult<Response> {
    venues_page_with(state, user, page, f, errors, saved, None).await
}

async fn venues_page_with(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    f: VenueForm,
    errors: FieldErrors,
    saved: bool,
    photo_error: Option<(i64, String)>,
) -> AppResult<Response> {
    let title = page.t("venues-title");
    let page = page.with_title(title);
    let scope = organiser_scope(state, user).await?;
    let venues = queries::venues(&state.db).await?;
    Ok(render(&VenuesPage {
        page,
        organisations: queries::organisations(&state.db, &scope.organisations).await?,
        may_leave_unowned: scope.organisations.is_all(),
        own: venues
            .iter()
            .filter(|v| scope.covers(Owner::Organisation(v.organisation_id)))
            .map(|v| v.id)
            .collect(),
        venues,
        buurten: queries::buurten(&state.db).await?,
        f,
        errors,
        saved,
        photos: queries::venue_photo_alts(&state.db).await?,
        photo_error,
    }))
}

/// `GET /beheer/activiteiten/locaties`: every venue (anyone may hold an activity there); a photo
/// only for the person's own organisations' venues.
pub async fn venues(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
) -> AppResult<Response> {
    let f = VenueForm {
        organisation_id: user
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
        ..VenueForm::default()
    };
    venues_page(&state, &user, page, f, FieldErrors::new(), false).await
}

/// `POST /beheer/activiteiten/locaties`: adds a venue for one of the person's organisations, or
/// updates that organisation's venue of the same name; never another organisation's venue.
pub async fn create_venue(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    page: Page,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let name = f.name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        errors.add("name", "venue-error-name");
    }
    if f.address.trim().is_empty() || f.address.chars().count() > 200 {
        errors.add("address", "venue-error-address");
    }
    let buurten = queries::buurten(&state.db).await?;
    let area_id = f.area_id.parse::<i64>().ok();
    if area_id.is_some_and(|a| !buurten.iter().any(|(id, _)| *id == a)) {
        errors.add("area_id", "venue-error-area");
    }
    let scope = organiser_scope(&state, &user).await?;
    // An organiser with a single organisation need not choose it.
    let organisation_id = f.organisation_id.parse::<i64>().ok().or_else(|| {
        let ids = scope.organisations.ids()?;
        (ids.len() == 1).then(|| ids.first().copied()).flatten()
    });
    if !scope.covers(Owner::Organisation(organisation_id)) {
        errors.add("organisation_id", "activity-error-organisation");
    }
    if !errors.is_empty() {
        return venues_page(&state, &user, page, f, errors, false).await;
    }
    let saved = queries::upsert_venue(
        &state.db,
        &NewVenue {
            name: name.to_string(),
            address: f.address.trim().to_string(),
            area_id,
            opening_hours: f.opening_hours.trim().chars().take(500).collect(),
            route: f.route.trim().chars().take(1000).collect(),
            step_free: f.step_free == "1",
            accessible_toilet: f.accessible_toilet == "1",
            hearing_loop: f.hearing_loop == "1",
            parking: f.parking == "1",
            organisation_id,
        },
    )
    .await?;
    let Some(id) = saved else {
        errors.add("name", "venue-error-name-taken");
        return venues_page(&state, &user, page, f, errors, false).await;
    };
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "venue",
        &id.to_string(),
        "",
    )
    .await?;
    let f = VenueForm {
        organisation_id: f.organisation_id,
        ..VenueForm::default()
    };
    venues_page(&state, &user, page, f, FieldErrors::new(), true).await
}

/// Used by templates: the cost as shown.
pub fn cost_label(cents: i64) -> String {
    format_cost(cents)
}

/// `POST /beheer/activiteiten/locaties/{id}/foto`: a photo of the venue, with a description for
/// people who cannot see it. Only JPEG and PNG; camera and location data are removed first.
pub async fn upload_venue_photo(
    State(state): State<AppState>,
    Extension(me): Extension<kansrijk_kernel::accounts::model::CurrentUser>,
    Path(id): Path<String>,
    page: Page,
    upload: kansrijk_kernel::web::Upload,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let venue = queries::venue(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        &me,
        Permission::ManageActivities,
        "venue",
        &id.to_string(),
        Owner::Organisation(venue.organisation_id),
    )
    .await?;
    let alt = upload.field("photo_alt").trim().to_string();
    let refused = |key: &str| Some((id, key.to_string()));
    let problem = if alt.is_empty() || alt.chars().count() > 200 {
        refused("venue-photo-error-alt")
    } else {
        match upload.file("photo").map(kansrijk_kernel::images::clean) {
            None => refused("venue-photo-error-missing"),
            Some(Err(kansrijk_kernel::images::ImageError::TooLarge)) => {
                refused("venue-photo-error-large")
            }
            Some(Err(kansrijk_kernel::images::ImageError::TooManyPixels)) => {
                refused("venue-photo-error-pixels")
            }
            Some(Err(_)) => refused("venue-photo-error-type"),
            Some(Ok((kind, bytes))) => {
                queries::set_venue_photo(&state.db, id, kind.content_type(), &bytes, &alt).await?;
                kansrijk_kernel::audit::record(
                    &state.db,
                    Some(&me),
                    kansrijk_kernel::audit::Action::Update,
                    "venue",
                    &id.to_string(),
                    "photo",
                )
                .await?;
                None
            }
        }
    };
    let saved = problem.is_none();
    venues_page_with(
        &state,
        &me,
        page,
        VenueForm::default(),
        FieldErrors::new(),
        saved,
        problem,
    )
    .await
}

/// `GET /activiteiten/locaties/{id}/foto`
pub async fn venue_photo(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let (content_type, bytes) = queries::venue_photo(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (
                axum::http::header::CACHE_CONTROL,
                "public, max-age=3600".to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}
