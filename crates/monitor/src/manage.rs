//! `/beheer/monitor`: the coordinator builds questionnaires (standard items pre-loaded, custom
//! questions in five languages; a questionnaire with answers gets a new version), opens and
//! closes waves, hands out invitation codes (shown once) and sets the floor.

use crate::model::{self, QuestionForm, KINDS};
use crate::queries::{self, InstrumentRow, WaveRow};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::{
    render, shown, AppError, AppResult, AppState, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "beheer/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub instruments: Vec<InstrumentRow>,
    /// (id, name) for the choice of a new wave's questionnaire.
    pub options: Vec<(i64, String)>,
    pub waves: Vec<WaveRow>,
    pub floor: i64,
    /// Old CBS buurt code → current one.
    pub code_map: Vec<(String, String)>,
    /// Residents of the home municipality and its buurten: (code, name, residents, year).
    pub residents: Vec<(String, String, i64, i64)>,
    /// Of how many areas the residents are known.
    pub residents_known: usize,
    pub form: NewForm,
    pub errors: FieldErrors,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct NewForm {
    /// The name of a new questionnaire.
    #[serde(default)]
    pub title: String,
    /// The name of a new wave.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub instrument: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub floor: String,
    #[serde(default)]
    pub old_code: String,
    #[serde(default)]
    pub new_code: String,
    /// Lines `CODE;NUMBER`.
    #[serde(default)]
    pub residents: String,
    #[serde(default)]
    pub residents_year: String,
}

async fn index_with(
    state: &AppState,
    page: Page,
    form: NewForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = page.t("monitor-manage-title");
    let invalid = !errors.is_empty();
    let instruments = queries::instruments(&state.db).await?;
    let known = queries::residents(&state.db).await?;
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let home = index.home_municipality();
    let residents = home
        .into_iter()
        .chain(home.into_iter().flat_map(|m| index.buurten_of(m.id)))
        .filter_map(|a| {
            let (n, year) = known.get(&a.code)?;
            Some((a.code.clone(), a.name.clone(), *n, *year))
        })
        .collect();
    let body = render(&IndexPage {
        residents,
        residents_known: known.len(),
        page: page.with_title(title),
        options: instruments.iter().map(|i| (i.id, i.name.clone())).collect(),
        instruments,
        waves: queries::waves(&state.db).await?,
        floor: queries::floor(&state.db).await?,
        code_map: queries::code_map(&state.db).await?.into_iter().collect(),
        form,
        errors,
    });
    Ok(shown(body, invalid))
}

pub async fn index(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    index_with(&state, page, NewForm::default(), FieldErrors::new()).await
}

/// `POST /beheer/monitor/vragenlijst`: a new questionnaire with the standard items.
pub async fn create_instrument(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let name = clean(&form.title, 120);
    if name.is_empty() {
        let errors = FieldErrors::single("title", "monitor-error-name");
        return index_with(&state, page, form, errors).await;
    }
    let id = queries::create_instrument(&state.db, &name).await?;
    Ok(Redirect::to(&format!("/beheer/monitor/vragenlijst/{id}")).into_response())
}

/// `POST /beheer/monitor/meting`: a new wave of the latest version of a questionnaire.
pub async fn create_wave(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let instrument = match form.instrument.parse::<i64>() {
        Ok(id) => queries::instrument(&state.db, id).await?,
        Err(_) => None,
    };
    if instrument.is_none() {
        errors.add("instrument", "monitor-error-instrument");
    }
    let name = clean(&form.name, 120);
    if name.is_empty() {
        errors.add("name", "monitor-error-name");
    }
    if form.kind != "panel" && form.kind != "pulse" {
        errors.add("kind", "monitor-error-kind");
    }
    let year = form
        .year
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.add("year", "monitor-error-year");
    }
    match (instrument, year, errors.is_empty()) {
        (Some(i), Some(y), true) => {
            let id = queries::create_wave(&state.db, &i, &name, &form.kind, y).await?;
            Ok(Redirect::to(&format!("/beheer/monitor/meting/{id}")).into_response())
        }
        _ => index_with(&state, page, form, errors).await,
    }
}

/// `POST /beheer/monitor/drempel`: the floor (at least 5), applied to every published figure.
pub async fn set_floor(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    match form.floor.trim().parse::<i64>() {
        Ok(f) if (5..=1000).contains(&f) => {
            queries::set_floor(&state.db, f).await?;
            Ok(Redirect::to("/beheer/monitor").into_response())
        }
        _ => {
            let errors = FieldErrors::single("floor", "monitor-error-floor");
            index_with(&state, page, form, errors).await
        }
    }
}

/// `POST /beheer/monitor/buurtcodes`: an old CBS buurt code continues as a current one; the
/// closed waves are aggregated again.
pub async fn map_code(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let is_buurt = |code: &str| {
        index
            .by_code(code)
            .is_some_and(|a| a.kind == "neighbourhood")
    };
    match model::validate_code_map(&form.old_code, &form.new_code, is_buurt) {
        Ok((old, new)) => {
            queries::map_code(&state.db, &old, &new).await?;
            Ok(Redirect::to("/beheer/monitor").into_response())
        }
        Err(errors) => index_with(&state, page, form, errors).await,
    }
}

/// `POST /beheer/monitor/inwoners`: residents per area (CBS Kerncijfers wijken en buurten) for
/// the figures per 1,000 residents.
pub async fn set_residents(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let is_area = |code: &str| index.by_code(code).is_some();
    match model::validate_residents(&form.residents, &form.residents_year, is_area) {
        Ok((rows, year)) => {
            queries::set_residents(&state.db, &rows, year).await?;
            Ok(Redirect::to("/beheer/monitor#residents").into_response())
        }
        Err(errors) => index_with(&state, page, form, errors).await,
    }
}

// ---- one questionnaire --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/instrument.html")]
pub struct InstrumentPage {
    pub page: Page,
    pub instrument: InstrumentRow,
    /// (kind, text)
    pub questions: Vec<(String, String)>,
    pub answered: bool,
    /// (kind, label) for the choice of a question's kind.
    pub kinds: Vec<(String, String)>,
    pub form: QuestionForm,
    pub errors: FieldErrors,
}

async fn instrument_with(
    state: &AppState,
    page: Page,
    id: i64,
    form: QuestionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let instrument = queries::instrument(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let questions = queries::questions(&state.db, instrument.version_id, page.lang_code())
        .await?
        .into_iter()
        .map(|(q, text)| {
            let text = text
                .unwrap_or_else(|| page.t(format!("monitor-item-{}", q.item.replace('_', "-"))));
            (q.kind, text)
        })
        .collect();
    let title = instrument.name.clone();
    let invalid = !errors.is_empty();
    let kinds = KINDS
        .iter()
        .map(|k| (k.to_string(), page.t(format!("monitor-kind-{k}"))))
        .collect();
    let body = render(&InstrumentPage {
        answered: queries::version_has_answers(&state.db, instrument.version_id).await?,
        page: page.with_title(title),
        instrument,
        questions,
        kinds,
        form,
        errors,
    });
    Ok(shown(body, invalid))
}

pub async fn instrument(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    instrument_with(
        &state,
        page,
        id,
        QuestionForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// `POST /beheer/monitor/vragenlijst/{id}`: adds a question (a new version when answered).
pub async fn add_question(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<QuestionForm>,
) -> AppResult<Response> {
    queries::instrument(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match model::validate_question(&form) {
        Ok(q) => {
            queries::add_question(&state.db, id, &q).await?;
            Ok(Redirect::to(&format!("/beheer/monitor/vragenlijst/{id}")).into_response())
        }
        Err(errors) => instrument_with(&state, page, id, form, errors).await,
    }
}

// ---- one wave -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/wave.html")]
pub struct WavePage {
    pub page: Page,
    pub wave: WaveRow,
    pub codes: (i64, i64),
    /// Codes made just now (shown once).
    pub new_codes: Vec<String>,
    pub link: String,
}

async fn wave_with(
    state: &AppState,
    page: Page,
    id: i64,
    new_codes: Vec<String>,
) -> AppResult<Response> {
    let wave = queries::wave(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let title = wave.name.clone();
    Ok(render(&WavePage {
        codes: queries::code_counts(&state.db, id).await?,
        link: format!(
            "{}/monitor/vragenlijst/{}",
            state.config.public_url(),
            wave.link_token
        ),
        page: page.with_title(title),
        wave,
        new_codes,
    }))
}

pub async fn wave(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    wave_with(&state, page, id, vec![]).await
}

#[derive(Debug, Default, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub count: String,
}

/// `POST /beheer/monitor/meting/{id}/status`: open a draft wave or close an open one.
pub async fn set_status(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    queries::wave(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !queries::set_wave_status(&state.db, id, &form.to).await? {
        return Err(AppError::BadRequest);
    }
    Ok(Redirect::to(&format!("/beheer/monitor/meting/{id}")).into_response())
}

/// `POST /beheer/monitor/meting/{id}/codes`: 1–1000 new invitation codes for a panel wave.
pub async fn new_codes(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let wave = queries::wave(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let n = form
        .count
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=1000).contains(n));
    let (Some(n), "panel") = (n, wave.kind.as_str()) else {
        return Err(AppError::BadRequest);
    };
    let codes = queries::new_codes(&state.db, &state.sealer, id, n).await?;
    wave_with(&state, page, id, codes).await
}
