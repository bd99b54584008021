//! The effect results, only for groups of at least five respondents.

use crate::model::{self, average, EffectForm};
use crate::queries;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use kansrijk_kernel::web::{render, AppResult, AppState, Page};

/// A line of results: group (course or session), form, statement, average or hidden, respondents.
pub struct ResultLine {
    pub group: String,
    pub form_key: String,
    pub question_key: &'static str,
    pub average: Option<String>,
    pub respondents: i64,
}

#[derive(Template)]
#[template(path = "beheer/effect.html")]
pub struct EffectPage {
    pub page: Page,
    pub by_course: Vec<ResultLine>,
    pub by_session: Vec<ResultLine>,
    pub min: i64,
}

impl EffectPage {
    pub fn sections(&self) -> [(&'static str, &Vec<ResultLine>); 2] {
        [
            ("training-effect-by-course", &self.by_course),
            ("training-effect-by-session", &self.by_session),
        ]
    }
}

fn question_key(form: EffectForm, q: &str) -> &'static str {
    form.questions()
        .iter()
        .find(|(id, _)| *id == q)
        .map(|(_, k)| *k)
        .unwrap_or("training-q-unknown")
}

fn lines(rows: Vec<queries::ResultRow>, name: impl Fn(i64) -> String) -> Vec<ResultLine> {
    rows.into_iter()
        .filter_map(|r| {
            let form = EffectForm::parse(&r.form)?;
            Some(ResultLine {
                group: name(r.group_id),
                form_key: form.key(),
                question_key: question_key(form, &r.question),
                average: average(r.total, r.answers, r.respondents),
                respondents: r.respondents,
            })
        })
        .collect()
}

/// `GET /beheer/training/effect`
pub async fn effect(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let courses = queries::courses(&state.db).await?;
    let sessions = queries::sessions(&state.db, None, None).await?;
    let by_course = lines(queries::results(&state.db, false).await?, |id| {
        courses
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    });
    let by_session = lines(queries::results(&state.db, true).await?, |id| {
        sessions
            .iter()
            .find(|s| s.id == id)
            .map(|s| format!("{} · {}", s.course_title, s.date()))
            .unwrap_or_default()
    });
    Ok(render(&EffectPage {
        page: page.titled("training-effect-title"),
        by_course,
        by_session,
        min: model::MIN_RESPONDENTS,
    }))
}
