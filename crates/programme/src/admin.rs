//! `/beheer/aanpakken`: the coordinator creates the plan's other core approaches (their names are
//! not in the seed and are never invented) and edits their texts in each language.

use crate::model::{valid_email, ApproachText, FieldError, NewApproach, Pillar, Status};
use crate::queries;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::Deserialize;

/// The posted form, every field a string so nothing is lost on errors.
#[derive(Debug, Clone, Default)]
pub struct ApproachForm {
    pub slug: String,
    pub status: String,
    pub contact_name: String,
    pub contact_email: String,
    pub pillars: Vec<String>,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

impl ApproachForm {
    fn from_pairs(pairs: &[(String, String)]) -> ApproachForm {
        let one = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        ApproachForm {
            slug: one("slug").trim().to_string(),
            status: one("status"),
            contact_name: one("contact_name").trim().to_string(),
            contact_email: one("contact_email").trim().to_lowercase(),
            pillars: pairs
                .iter()
                .filter(|(k, _)| k == "pillars")
                .map(|(_, v)| v.clone())
                .collect(),
            lang: one("lang"),
            title: one("title"),
            summary: one("summary"),
            body: one("body"),
        }
    }

    fn to_new(&self) -> (NewApproach, FieldErrors) {
        let mut errors = FieldErrors::new();
        let status = Status::parse(&self.status).unwrap_or_else(|| {
            errors.add("status", "approach-error-status");
            Status::Planned
        });
        let lang = Lang::from_code(&self.lang).unwrap_or(Lang::Nl);
        let new = NewApproach {
            slug: self.slug.clone(),
            status,
            contact_name: (!self.contact_name.is_empty()).then(|| self.contact_name.clone()),
            contact_email: (!self.contact_email.is_empty()).then(|| self.contact_email.clone()),
            pillars: self
                .pillars
                .iter()
                .filter_map(|p| Pillar::parse(p))
                .collect(),
            texts: vec![(
                lang,
                ApproachText {
                    title: self.title.clone(),
                    summary: self.summary.clone(),
                    body: self.body.clone(),
                },
            )],
        };
        for FieldError { field, message } in new.validate() {
            // Editing another language needs no Dutch text in the same form.
            if message == "approach-error-dutch-required" && lang != Lang::Nl {
                continue;
            }
            errors.add(field, message);
        }
        if new
            .contact_email
            .as_deref()
            .is_some_and(|e| !valid_email(e))
            && !errors.has("contact_email")
        {
            errors.add("contact_email", "approach-error-email");
        }
        (new, errors)
    }

    pub fn has_pillar(&self, p: &str) -> bool {
        self.pillars.iter().any(|x| x == p)
    }
}

#[derive(Template)]
#[template(path = "admin_approaches.html")]
pub struct ApproachesPage {
    pub page: Page,
    pub approaches: Vec<queries::Approach>,
    pub form: ApproachForm,
    pub errors: FieldErrors,
    pub pillars: Vec<Pillar>,
    pub statuses: Vec<Status>,
}

async fn list_page(
    state: &AppState,
    page: Page,
    form: ApproachForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let programme = queries::primary_programme(&state.db, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let title = page.t("approach-admin-title");
    Ok(render(&ApproachesPage {
        approaches: queries::approaches(&state.db, programme.id, page.lang()).await?,
        page: page.with_title(title),
        form,
        errors,
        pillars: Pillar::ALL.to_vec(),
        statuses: Status::ALL.to_vec(),
    }))
}

pub async fn approaches(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let form = ApproachForm {
        status: "planned".into(),
        lang: "nl".into(),
        ..Default::default()
    };
    list_page(&state, page, form, FieldErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut form = ApproachForm::from_pairs(&pairs);
    form.lang = "nl".into();
    let (new, mut errors) = form.to_new();
    if errors.is_empty() {
        let programme = queries::primary_programme(&state.db, Lang::Nl)
            .await?
            .ok_or(AppError::NotFound)?;
        match queries::create_approach(&state.db, programme.id, &new).await {
            Ok(id) => {
                audit::record(
                    &state.db,
                    Some(&me),
                    Action::Create,
                    "approach",
                    &id.to_string(),
                    &new.slug,
                )
                .await?;
                return Ok(Redirect::to(&format!("/beheer/aanpakken/{}", new.slug)).into_response());
            }
            Err(e) if kansrijk_kernel::db::is_unique_violation(&e) => {
                errors.add("slug", "approach-error-slug-taken")
            }
            Err(e) => return Err(e.into()),
        }
    }
    list_page(&state, page, form, errors).await
}

#[derive(Deserialize, Default)]
pub struct LangQuery {
    #[serde(default)]
    taal: String,
}

#[derive(Template)]
#[template(path = "admin_approach.html")]
pub struct ApproachPage {
    pub page: Page,
    pub form: ApproachForm,
    pub errors: FieldErrors,
    pub pillars: Vec<Pillar>,
    pub statuses: Vec<Status>,
    pub languages: Vec<(&'static str, &'static str)>,
    pub saved: bool,
}

async fn edit_page(page: Page, form: ApproachForm, errors: FieldErrors, saved: bool) -> Response {
    let title = page.t("approach-admin-edit");
    render(&ApproachPage {
        page: page.with_title(title),
        form,
        errors,
        pillars: Pillar::ALL.to_vec(),
        statuses: Status::ALL.to_vec(),
        languages: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        saved,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
    page: Page,
) -> AppResult<Response> {
    let lang = Lang::from_code(&q.taal).unwrap_or(Lang::Nl);
    let approach = queries::approach_by_slug(&state.db, &slug, Lang::Nl)
        .await?
        .ok_or(AppError::NotFound)?;
    let pillars = queries::approach_pillars(&state.db, approach.programme_id).await?;
    let text = queries::approach_text(&state.db, approach.id, lang)
        .await?
        .unwrap_or(ApproachText {
            title: String::new(),
            summary: String::new(),
            body: String::new(),
        });
    let form = ApproachForm {
        slug: approach.slug,
        status: approach.status,
        contact_name: approach.contact_name.unwrap_or_default(),
        contact_email: approach.contact_email.unwrap_or_default(),
        pillars: pillars
            .iter()
            .filter(|(id, _)| *id == approach.id)
            .map(|(_, p)| p.as_str().to_string())
            .collect(),
        lang: lang.code().into(),
        title: text.title,
        summary: text.summary,
        body: text.body,
    };
    Ok(edit_page(page, form, FieldErrors::new(), false).await)
}

pub async fn update(
    State(state): State<AppState>,
    Extension(me): Extension<CurrentUser>,
    Path(slug): Path<String>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let approach = queries::approach_by_slug(&state.db, &slug, Lang::Nl)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = ApproachForm::from_pairs(&pairs);
    form.slug = approach.slug.clone();
    let (new, errors) = form.to_new();
    if !errors.is_empty() {
        return Ok(edit_page(page, form, errors, false).await);
    }
    queries::update_approach(&state.db, approach.id, &new).await?;
    state.refresh_site().await;
    audit::record(
        &state.db,
        Some(&me),
        Action::Update,
        "approach",
        &approach.id.to_string(),
        &format!("text {}", form.lang),
    )
    .await?;
    Ok(edit_page(page, form, FieldErrors::new(), true).await)
}
