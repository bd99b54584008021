//! `/monitor/vragenlijst/{token}`: answering a wave. Panel waves ask for the invitation code
//! (one response per code); pulse waves are open links, limited per address. The form works
//! without JavaScript; an invalid answer is shown beside its question with everything kept.

use crate::model::{self, Question, AGE_BANDS};
use crate::queries::{self, Refused, WaveRow};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kansrijk_kernel::areas;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::{
    invalid, render, AppError, AppResult, AppState, ClientAddr, Form, Page,
};
use std::collections::BTreeMap;

/// Responses per address (IPv6: per /64) per hour on an open link.
pub const PULSE_LIMIT: i64 = 20;

/// Tries of an invitation code per address (IPv6: per /64) per hour on a panel wave.
pub const CODE_LIMIT: i64 = 30;

/// One question as shown: its text and, for choices, (value, label, checked).
pub struct QuestionView {
    pub name: String,
    pub kind: String,
    pub text: String,
    /// `lang` attribute when the text fell back to Dutch.
    pub fallback: bool,
    pub options: Vec<(String, String, bool)>,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "answer.html")]
pub struct AnswerPage {
    pub page: Page,
    pub wave: WaveRow,
    pub questions: Vec<QuestionView>,
    pub buurten: Vec<(String, String)>,
    pub age_bands: &'static [&'static str],
    pub sent: BTreeMap<String, Vec<String>>,
    pub errors: BTreeMap<String, &'static str>,
    pub code_error: Option<&'static str>,
}

impl AnswerPage {
    pub fn one(&self, name: &str) -> String {
        self.sent
            .get(name)
            .and_then(|v| v.first())
            .cloned()
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "answered.html")]
pub struct AnsweredPage {
    pub page: Page,
    pub refused: Option<&'static str>,
}

async fn open_wave(state: &AppState, token: &str) -> AppResult<WaveRow> {
    queries::wave_by_token(&state.db, token)
        .await?
        .ok_or(AppError::NotFound)
}

/// The text of a question in the page's language: standard items are translations.
fn label(page: &Page, q: &Question, text: &Option<String>) -> (String, bool) {
    match text {
        Some(t) => (t.clone(), false),
        None => (
            page.t(format!("monitor-item-{}", q.item.replace('_', "-"))),
            false,
        ),
    }
}

fn option_label(page: &Page, q: &Question, choice: &str) -> String {
    if model::standard(&q.item).is_some() {
        page.t(format!("monitor-choice-{choice}"))
    } else {
        choice.to_string()
    }
}

fn views(
    page: &Page,
    questions: &[(Question, Option<String>)],
    sent: &BTreeMap<String, Vec<String>>,
    errors: &BTreeMap<String, &'static str>,
) -> Vec<QuestionView> {
    questions
        .iter()
        .map(|(q, text)| {
            let name = format!("q{}", q.id);
            let values = sent.get(&name).cloned().unwrap_or_default();
            let (text, fallback) = label(page, q, text);
            let options = match q.kind.as_str() {
                "scale10" => (0..=10)
                    .map(|v| v.to_string())
                    .map(|v| (v.clone(), v))
                    .collect(),
                "likert5" => (1..=5)
                    .map(|v| (v.to_string(), page.t(format!("monitor-likert-{v}"))))
                    .collect(),
                "yesno" => vec![
                    ("1".into(), page.t("monitor-yes")),
                    ("0".into(), page.t("monitor-no")),
                ],
                _ => q
                    .choices
                    .iter()
                    .map(|c| (c.clone(), option_label(page, q, c)))
                    .collect(),
            };
            QuestionView {
                options: options
                    .into_iter()
                    .map(|(v, l)| {
                        let on = values.contains(&v);
                        (v, l, on)
                    })
                    .collect(),
                value: values.first().cloned().unwrap_or_default(),
                error: errors.get(&name).map(|k| page.t(k)),
                name,
                kind: q.kind.clone(),
                text,
                fallback,
            }
        })
        .collect()
}

async fn buurten(state: &AppState) -> AppResult<Vec<(String, String)>> {
    let index = areas::index(&state.db).await?;
    let Some(home) = index.home_municipality() else {
        return Ok(vec![]);
    };
    let mut all: Vec<(String, String)> = index
        .buurten_of(home.id)
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    all.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(all)
}

async fn form(
    state: &AppState,
    page: Page,
    wave: WaveRow,
    sent: BTreeMap<String, Vec<String>>,
    errors: BTreeMap<String, &'static str>,
    code_error: Option<&'static str>,
) -> AppResult<Response> {
    let questions = queries::questions(&state.db, wave.version_id, page.lang_code()).await?;
    Ok(render(&AnswerPage {
        questions: views(&page, &questions, &sent, &errors),
        page: page.titled("monitor-answer-title"),
        wave,
        buurten: buurten(state).await?,
        age_bands: AGE_BANDS,
        sent,
        errors,
        code_error,
    }))
}

pub async fn answer_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let wave = open_wave(&state, &token).await?;
    if wave.status != "open" {
        return closed(page);
    }
    form(&state, page, wave, BTreeMap::new(), BTreeMap::new(), None).await
}

fn closed(page: Page) -> AppResult<Response> {
    Ok((
        StatusCode::GONE,
        render(&AnsweredPage {
            page: page.titled("monitor-answer-title"),
            refused: Some("monitor-wave-closed"),
        }),
    )
        .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let wave = open_wave(&state, &token).await?;
    if wave.status != "open" {
        return closed(page);
    }
    let sent = model::fields(&pairs);
    let questions = queries::questions(&state.db, wave.version_id, "nl").await?;
    let qs: Vec<Question> = questions.into_iter().map(|(q, _)| q).collect();
    let codes: Vec<String> = buurten(&state).await?.into_iter().map(|b| b.0).collect();
    let code = sent
        .get("code")
        .and_then(|v| v.first())
        .cloned()
        .unwrap_or_default();
    let code_missing = wave.kind == "panel" && model::normalise_code(&code).is_empty();
    let response = match model::validate_response(&qs, &sent, &codes) {
        Ok(r) if !code_missing => r,
        Ok(_) => {
            return code_refused(&state, page, wave, sent, "monitor-error-code").await;
        }
        Err(errors) => {
            let code_error = code_missing.then_some("monitor-error-code");
            return Ok(invalid(
                form(&state, page, wave, sent, errors, code_error).await?,
            ));
        }
    };
    // Open links: a few responses per address. Panel waves: a few tries of a code per address,
    // so nobody guesses codes (a household shares one address).
    let (bucket, limit) = match wave.kind.as_str() {
        "pulse" => ("monitor", PULSE_LIMIT),
        _ => ("monitor-code", CODE_LIMIT),
    };
    let bucket = format!("{bucket}:{}:{}", wave.id, ratelimit::address_group(&ip));
    ratelimit::hit(&state.db, &bucket, limit, 3600).await?;
    let code = (wave.kind == "panel").then_some(code.as_str());
    match queries::insert_response(&state.db, &state.sealer, &wave, code, &response).await? {
        Ok(_) => Ok(render(&AnsweredPage {
            page: page.titled("monitor-answered-title"),
            refused: None,
        })),
        Err(Refused::Closed) => closed(page),
        Err(Refused::Code) => {
            code_refused(&state, page, wave, sent, "monitor-error-code-used").await
        }
    }
}

/// The answers are fine but the panel code is not (missing or used): the form again, 422.
async fn code_refused(
    state: &AppState,
    page: Page,
    wave: WaveRow,
    sent: BTreeMap<String, Vec<String>>,
    code_error: &'static str,
) -> AppResult<Response> {
    let errors = BTreeMap::new();
    Ok(invalid(
        form(state, page, wave, sent, errors, Some(code_error)).await?,
    ))
}
