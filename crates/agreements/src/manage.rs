//! `/beheer/afspraken`: the steering group decides proposals, moderates comments, sets the
//! support threshold, edits agreements (translations), records reviews, and marks partners'
//! commitments as reviewed.

use crate::handlers::{errors_of, load_proposal, me, parse_id};
use crate::model::{self, check_text, Outcome};
use crate::queries::{self, Agreement, Comment, Commitment, Decided, Decision, Proposal};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::mail;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OverviewQuery {
    pub ok: String,
}

const NOTICES: &[&str] = &[
    "threshold",
    "decided",
    "hidden",
    "reviewed",
    "retired",
    "commitment-reviewed",
    "texts",
];

#[derive(Template)]
#[template(path = "beheer/overview.html")]
pub struct OverviewPage {
    pub page: Page,
    pub threshold: String,
    pub open: Vec<Proposal>,
    pub flagged: Vec<(Comment, Vec<String>)>,
    pub due: Vec<Agreement>,
    pub agreements: Vec<Agreement>,
    pub commitments: Vec<Commitment>,
    pub errors: FieldErrors,
    /// The comment whose hide form has an error.
    pub error_comment: i64,
    pub notice: Option<String>,
}

async fn overview_page(
    state: &AppState,
    page: Page,
    threshold: Option<String>,
    errors: FieldErrors,
    error_comment: i64,
    notice: Option<String>,
) -> AppResult<Response> {
    let mut flagged = vec![];
    for c in queries::flagged_comments(&state.db).await? {
        let reasons = queries::flag_reasons(&state.db, c.id).await?;
        flagged.push((c, reasons));
    }
    let threshold = match threshold {
        Some(t) => t,
        None => queries::threshold(&state.db).await?.to_string(),
    };
    let title = page.t("agr-manage-title");
    let page = page.with_title(title);
    Ok(render(&OverviewPage {
        open: queries::proposals(
            &state.db,
            &[model::Status::ForDecision, model::Status::Discussion],
            500,
        )
        .await?,
        due: queries::due_reviews(&state.db, now() + model::REVIEW_NOTICE_SECS).await?,
        agreements: queries::agreements(&state.db, Lang::Nl).await?,
        commitments: queries::commitments(&state.db).await?,
        threshold,
        flagged,
        errors,
        error_comment,
        notice,
        page,
    }))
}

/// `GET /beheer/afspraken`
pub async fn overview(
    State(state): State<AppState>,
    Query(q): Query<OverviewQuery>,
    page: Page,
) -> AppResult<Response> {
    let notice = NOTICES
        .contains(&q.ok.as_str())
        .then(|| format!("agr-ok-manage-{}", q.ok));
    overview_page(&state, page, None, FieldErrors::new(), 0, notice).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThresholdForm {
    pub threshold: String,
}

/// `POST /beheer/afspraken`: the support threshold.
pub async fn set_threshold(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<ThresholdForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let Some(value) = model::parse_threshold(&form.threshold) else {
        return overview_page(
            &state,
            page,
            Some(form.threshold),
            FieldErrors::single("threshold", "agr-error-threshold"),
            0,
            None,
        )
        .await;
    };
    queries::set_threshold(&state.db, value).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "agreement_settings",
        "support_threshold",
        &value.to_string(),
    )
    .await?;
    Ok(Redirect::to("/beheer/afspraken?ok=threshold").into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    pub reason: String,
}

/// `POST /beheer/afspraken/reacties/{id}/verbergen`: hides a comment with a reason; the author
/// gets a mail; the text stays in the database and the audit log.
pub async fn hide_comment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<HideForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let c = queries::comment(&state.db, parse_id(&id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut problems = vec![];
    let reason = check_text("reason", &form.reason, 1, model::REASON_MAX, &mut problems);
    if !problems.is_empty() {
        return overview_page(&state, page, None, errors_of(&problems), c.id, None).await;
    }
    if queries::hide_comment(&state.db, c.id, user.id, &reason).await? {
        audit::record(
            &state.db,
            Some(&user),
            Action::Update,
            "proposal_comment",
            &c.id.to_string(),
            // Ids and lengths, never the texts: the log outlives them (kernel::audit).
            &format!(
                "hidden; reason {} characters, comment {} characters",
                reason.chars().count(),
                c.body.chars().count()
            ),
        )
        .await?;
        let link = format!(
            "{}/afspraken/voorstellen/{}?reactie={}#reactie-{}",
            state.config.public_url(),
            c.proposal_id,
            c.id,
            c.id
        );
        let title = queries::proposal(&state.db, c.proposal_id)
            .await?
            .map(|p| p.title)
            .unwrap_or_default();
        let m = mail::compose(
            &state.tr(&c.author_lang),
            &c.author_email,
            "agr-hidden",
            &[("title", &title), ("reason", &reason)],
            Some(&link),
        );
        mail::queue(&state.db, &m).await?;
    }
    Ok(Redirect::to("/beheer/afspraken?ok=hidden").into_response())
}

// ---- decisions ------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct DecisionForm {
    pub outcome: String,
    pub reason: String,
    pub merge_into: String,
    pub text_nl: String,
    pub text_en: String,
    pub text_tr: String,
    pub text_ar: String,
    pub text_pl: String,
}

impl DecisionForm {
    pub fn texts(&self) -> Vec<(Lang, String)> {
        vec![
            (Lang::Nl, self.text_nl.trim().to_string()),
            (Lang::En, self.text_en.trim().to_string()),
            (Lang::Tr, self.text_tr.trim().to_string()),
            (Lang::Ar, self.text_ar.trim().to_string()),
            (Lang::Pl, self.text_pl.trim().to_string()),
        ]
    }

    fn check_texts(&self, required: bool, problems: &mut Vec<model::Problem>) {
        let fields: [(&'static str, &str); 5] = [
            ("text_nl", &self.text_nl),
            ("text_en", &self.text_en),
            ("text_tr", &self.text_tr),
            ("text_ar", &self.text_ar),
            ("text_pl", &self.text_pl),
        ];
        for (i, (field, value)) in fields.into_iter().enumerate() {
            let min = if i == 0 && required { 1 } else { 0 };
            check_text(field, value, min, model::AGREEMENT_TEXT_MAX, problems);
        }
    }
}

#[derive(Template)]
#[template(path = "beheer/decide.html")]
pub struct DecidePage {
    pub page: Page,
    pub p: Proposal,
    pub form: DecisionForm,
    pub errors: FieldErrors,
    pub agreements: Vec<Agreement>,
}

async fn decide_page(
    state: &AppState,
    page: Page,
    p: Proposal,
    form: DecisionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = page.t("agr-decide-title");
    let page = page.with_title(title);
    Ok(render(&DecidePage {
        agreements: queries::agreements(&state.db, Lang::Nl).await?,
        p,
        form,
        errors,
        page,
    }))
}

/// `GET /beheer/afspraken/voorstellen/{id}`
pub async fn decide_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let p = load_proposal(&state, &id).await?;
    let form = DecisionForm {
        text_nl: p.title.clone(),
        ..Default::default()
    };
    decide_page(&state, page, p, form, FieldErrors::new()).await
}

/// `POST /beheer/afspraken/voorstellen/{id}`: adopt, merge or decline, with a public reason.
pub async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let p = load_proposal(&state, &id).await?;
    let mut problems = vec![];
    let outcome = Outcome::parse(&form.outcome);
    if outcome.is_none() {
        problems.push(("outcome", "agr-error-outcome"));
    }
    let reason = check_text("reason", &form.reason, 1, model::REASON_MAX, &mut problems);
    form.check_texts(outcome == Some(Outcome::Adopt), &mut problems);
    let merge_into = form.merge_into.trim().parse::<i64>().ok();
    if outcome == Some(Outcome::Merge) && merge_into.is_none() {
        problems.push(("merge_into", "agr-error-merge-into"));
    }
    if !p.status().is_open() {
        problems.push(("outcome", "agr-error-decided"));
    }
    let Some(outcome) = outcome.filter(|_| problems.is_empty()) else {
        return decide_page(&state, page, p, form, errors_of(&problems)).await;
    };
    // Merging without a new Dutch text leaves the agreement's wording as it is.
    // Declining keeps no text; merging without a new Dutch text leaves the wording as it is.
    let keep_wording = outcome == Outcome::Decline
        || (outcome == Outcome::Merge && form.text_nl.trim().is_empty());
    let texts = if keep_wording { vec![] } else { form.texts() };
    let decided = queries::decide(
        &state.db,
        p.id,
        &Decision {
            outcome,
            reason: &reason,
            by: user.id,
            texts: &texts,
            merge_into,
        },
    )
    .await?;
    match decided {
        Decided::Done(version) => {
            audit::record(
                &state.db,
                Some(&user),
                Action::Update,
                "proposal",
                &p.id.to_string(),
                &format!(
                    "{}; reason {} characters{}",
                    outcome.status().as_str(),
                    reason.chars().count(),
                    version
                        .map(|v| format!(" (charter version {v})"))
                        .unwrap_or_default()
                ),
            )
            .await?;
            Ok(Redirect::to("/beheer/afspraken?ok=decided").into_response())
        }
        Decided::NotOpen => {
            decide_page(
                &state,
                page,
                p,
                form,
                FieldErrors::single("outcome", "agr-error-decided"),
            )
            .await
        }
        Decided::UnknownAgreement => {
            decide_page(
                &state,
                page,
                p,
                form,
                FieldErrors::single("merge_into", "agr-error-merge-into"),
            )
            .await
        }
    }
}

// ---- agreements: texts and reviews ----------------------------------------------------------

#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct TextsForm {
    pub summary: String,
    pub text_nl: String,
    pub text_en: String,
    pub text_tr: String,
    pub text_ar: String,
    pub text_pl: String,
}

#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct ReviewForm {
    pub outcome: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "beheer/agreement.html")]
pub struct AgreementPage {
    pub page: Page,
    pub a: Agreement,
    pub form: TextsForm,
    pub review: ReviewForm,
    pub errors: FieldErrors,
}

async fn load_agreement(state: &AppState, id: &str) -> AppResult<Agreement> {
    queries::agreement(&state.db, parse_id(id)?, Lang::Nl)
        .await?
        .ok_or(AppError::NotFound)
}

fn texts_form(texts: &BTreeMap<String, String>) -> TextsForm {
    let get = |l: &str| texts.get(l).cloned().unwrap_or_default();
    TextsForm {
        summary: String::new(),
        text_nl: get("nl"),
        text_en: get("en"),
        text_tr: get("tr"),
        text_ar: get("ar"),
        text_pl: get("pl"),
    }
}

fn agreement_page(
    page: Page,
    a: Agreement,
    form: TextsForm,
    review: ReviewForm,
    errors: FieldErrors,
) -> Response {
    let title = page.t("agr-agreement-title");
    let page = page.with_title(title);
    render(&AgreementPage {
        page,
        a,
        form,
        review,
        errors,
    })
}

/// `GET /beheer/afspraken/{id}`
pub async fn agreement_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let a = load_agreement(&state, &id).await?;
    let texts = queries::agreement_texts(&state.db, a.id).await?;
    Ok(agreement_page(
        page,
        a,
        texts_form(&texts),
        ReviewForm::default(),
        FieldErrors::new(),
    ))
}

/// `POST /beheer/afspraken/{id}`: new wording or translations, as a new charter version.
pub async fn update_agreement(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<TextsForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let a = load_agreement(&state, &id).await?;
    let d = DecisionForm {
        text_nl: form.text_nl.clone(),
        text_en: form.text_en.clone(),
        text_tr: form.text_tr.clone(),
        text_ar: form.text_ar.clone(),
        text_pl: form.text_pl.clone(),
        ..Default::default()
    };
    let mut problems = vec![];
    let summary = check_text("summary", &form.summary, 1, model::NOTE_MAX, &mut problems);
    d.check_texts(true, &mut problems);
    if a.status != "active" {
        problems.push(("summary", "agr-error-retired"));
    }
    if !problems.is_empty() {
        return Ok(agreement_page(
            page,
            a,
            form,
            ReviewForm::default(),
            errors_of(&problems),
        ));
    }
    let v = queries::update_agreement_texts(&state.db, a.id, &d.texts(), &summary).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "agreement",
        &a.id.to_string(),
        &format!(
            "texts changed (charter version {v}); summary {} characters",
            summary.chars().count()
        ),
    )
    .await?;
    Ok(Redirect::to("/beheer/afspraken?ok=texts").into_response())
}

/// `POST /beheer/afspraken/{id}/evaluatie`: the agreement still lives (next review in a year),
/// or is retired (a new charter version without it).
pub async fn review(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let a = load_agreement(&state, &id).await?;
    let mut problems = vec![];
    let note = check_text("note", &form.note, 1, model::NOTE_MAX, &mut problems);
    let lives = match form.outcome.as_str() {
        "lives" => Some(true),
        "retire" => Some(false),
        _ => {
            problems.push(("outcome", "agr-error-review-outcome"));
            None
        }
    };
    let Some(lives) = lives.filter(|_| problems.is_empty()) else {
        let texts = queries::agreement_texts(&state.db, a.id).await?;
        return Ok(agreement_page(
            page,
            a,
            texts_form(&texts),
            form,
            errors_of(&problems),
        ));
    };
    match queries::review(&state.db, a.id, lives, &note).await? {
        None => Err(AppError::NotFound),
        Some(_) => {
            audit::record(
                &state.db,
                Some(&user),
                Action::Update,
                "agreement",
                &a.id.to_string(),
                &format!(
                    "review: {}; note {} characters",
                    if lives { "still lives" } else { "retired" },
                    note.chars().count()
                ),
            )
            .await?;
            let ok = if lives { "reviewed" } else { "retired" };
            Ok(Redirect::to(&format!("/beheer/afspraken?ok={ok}")).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommitmentReviewForm {
    pub note: String,
}

/// `POST /beheer/afspraken/toezeggingen/{id}`: a partner's commitment was reviewed.
pub async fn review_commitment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<CommitmentReviewForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let id = parse_id(&id)?;
    let note: String = form.note.trim().chars().take(model::NOTE_MAX).collect();
    if !queries::review_commitment(&state.db, id, &note).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "charter_commitment",
        &id.to_string(),
        &format!("reviewed; note {} characters", note.chars().count()),
    )
    .await?;
    Ok(Redirect::to("/beheer/afspraken?ok=commitment-reviewed").into_response())
}
