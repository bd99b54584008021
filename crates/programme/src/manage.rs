//! `/beheer/aanpakken`: the coordinator creates the plan's other core approaches (their names are
//! not in the seed and are never invented) and edits their texts in each language.

use crate::model::{ApproachForm, ApproachText, Pillar, Status};
use crate::queries;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "beheer/approaches.html")]
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
    Ok(render(&ApproachesPage {
        approaches: queries::approaches(&state.db, programme.id, page.lang()).await?,
        page: page.titled("approach-admin-title"),
        form,
        errors,
        pillars: Pillar::ALL.to_vec(),
        statuses: Status::ALL.to_vec(),
    }))
}

/// `GET /beheer/aanpakken`: the approaches, and the form of a new one.
pub async fn approaches(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let form = ApproachForm {
        status: "planned".into(),
        lang: "nl".into(),
        ..Default::default()
    };
    list_page(&state, page, form, FieldErrors::new()).await
}

/// `POST /beheer/aanpakken`: a new approach, with its Dutch texts.
pub async fn create(
    State(state): State<AppState>,
    me: CurrentUser,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut form = ApproachForm::from_pairs(&pairs);
    form.lang = "nl".into();
    let new = match form.validate() {
        Ok(new) => new,
        Err(errors) => return list_page(&state, page, form, errors).await,
    };
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
            Ok(Redirect::to(&format!("/beheer/aanpakken/{}", new.slug)).into_response())
        }
        Err(e) if kansrijk_kernel::db::is_unique_violation(&e) => {
            let errors = FieldErrors::single("slug", "approach-error-slug-taken");
            list_page(&state, page, form, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct LangQuery {
    #[serde(default)]
    taal: String,
}

#[derive(Template)]
#[template(path = "beheer/approach.html")]
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
    render(&ApproachPage {
        page: page.titled("approach-admin-edit"),
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

/// `GET /beheer/aanpakken/{slug}?taal={code}`: the approach with its texts in one language.
pub async fn approach(
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

/// `POST /beheer/aanpakken/{slug}`: status, contact and pillars, and the texts in the form's
/// language.
pub async fn update(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(slug): Path<String>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let approach = queries::approach_by_slug(&state.db, &slug, Lang::Nl)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = ApproachForm::from_pairs(&pairs);
    form.slug = approach.slug.clone();
    let new = match form.validate() {
        Ok(new) => new,
        Err(errors) => return Ok(edit_page(page, form, errors, false).await),
    };
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
