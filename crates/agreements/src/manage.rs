//! `/beheer/afspraken`: the steering group decides proposals, moderates comments, sets the
//! support threshold, edits agreements (translations), records reviews, and marks partners'
//! commitments as reviewed.

use crate::handlers::{audited, load_comment, load_proposal};
use crate::model::{self, validate_text, CommitmentReviewForm, DecisionForm, ReviewForm};
use crate::model::{TextFields, TextsForm};
use crate::queries::{self, Agreement, Comment, Commitment, Decided, Decision, Proposal};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::mail;
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, FieldErrors, Form, Page, ReasonForm, RecordId,
};
use serde::Deserialize;

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
    let page = page.titled("agr-manage-title");
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
    user: CurrentUser,
    page: Page,
    Form(form): Form<ThresholdForm>,
) -> AppResult<Response> {
    let value = match model::validate_threshold(&form.threshold) {
        Ok(value) => value,
        Err(errors) => {
            return overview_page(&state, page, Some(form.threshold), errors, 0, None).await;
        }
    };
    queries::set_threshold(&state.db, value).await?;
    let change = (Action::Update, "agreement_settings", "support_threshold");
    audited(
        &state,
        &user,
        change,
        &value.to_string(),
        "/beheer/afspraken?ok=threshold",
    )
    .await
}

/// `POST /beheer/afspraken/reacties/{id}/verbergen`: hides a comment with a reason; the author
/// gets a mail; the text stays in the database and the audit log.
pub async fn hide_comment(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
    Form(form): Form<ReasonForm>,
) -> AppResult<Response> {
    let c = load_comment(&state, id).await?;
    let reason = match validate_text("reason", &form.reason, model::REASON_MAX) {
        Ok(reason) => reason,
        Err(errors) => return overview_page(&state, page, None, errors, c.id, None).await,
    };
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
        mail_hidden(&state, &c, &reason).await?;
    }
    Ok(Redirect::to("/beheer/afspraken?ok=hidden").into_response())
}

/// Tells the author why their comment was hidden.
async fn mail_hidden(state: &AppState, c: &Comment, reason: &str) -> AppResult<()> {
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
        &state.tr(&c.author.lang),
        &c.author.email,
        "agr-hidden",
        &[("title", &title), ("reason", reason)],
        Some(&link),
    );
    mail::queue(&state.db, &m).await?;
    Ok(())
}

// ---- decisions ------------------------------------------------------------------------------

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
    let page = page.titled("agr-decide-title");
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
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    let form = DecisionForm {
        texts: TextFields {
            text_nl: p.title.clone(),
            ..Default::default()
        },
        ..Default::default()
    };
    decide_page(&state, page, p, form, FieldErrors::new()).await
}

/// `POST /beheer/afspraken/voorstellen/{id}`: adopt, merge or decline, with a public reason.
pub async fn decide(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    let d = match form.validate(p.status().is_open()) {
        Ok(d) => d,
        Err(errors) => return decide_page(&state, page, p, form, errors).await,
    };
    let decision = Decision {
        outcome: d.outcome,
        reason: &d.reason,
        by: user.id,
        texts: &d.texts,
        merge_into: d.merge_into,
    };
    let version = match queries::decide(&state.db, p.id, &decision).await? {
        Decided::Done(version) => version,
        refused => {
            let errors = match refused {
                Decided::UnknownAgreement => {
                    FieldErrors::single("merge_into", "agr-error-merge-into")
                }
                _ => FieldErrors::single("outcome", "agr-error-decided"),
            };
            return decide_page(&state, page, p, form, errors).await;
        }
    };
    let change = (Action::Update, "proposal", p.id);
    audited(
        &state,
        &user,
        change,
        &format!(
            "{}; reason {} characters{}",
            d.outcome.status().as_str(),
            d.reason.chars().count(),
            version
                .map(|v| format!(" (charter version {v})"))
                .unwrap_or_default()
        ),
        "/beheer/afspraken?ok=decided",
    )
    .await
}

// ---- agreements: texts and reviews ----------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/agreement.html")]
pub struct AgreementPage {
    pub page: Page,
    pub a: Agreement,
    pub form: TextsForm,
    pub review: ReviewForm,
    pub errors: FieldErrors,
}

async fn load_agreement(state: &AppState, id: i64) -> AppResult<Agreement> {
    queries::agreement(&state.db, id, Lang::Nl)
        .await?
        .ok_or(AppError::NotFound)
}

fn agreement_page(
    page: Page,
    a: Agreement,
    form: TextsForm,
    review: ReviewForm,
    errors: FieldErrors,
) -> Response {
    let page = page.titled("agr-agreement-title");
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
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let a = load_agreement(&state, id).await?;
    let texts = queries::agreement_texts(&state.db, a.id).await?;
    Ok(agreement_page(
        page,
        a,
        TextsForm::of(&texts),
        ReviewForm::default(),
        FieldErrors::new(),
    ))
}

/// `POST /beheer/afspraken/{id}`: new wording or translations, as a new charter version.
pub async fn update_agreement(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
    Form(form): Form<TextsForm>,
) -> AppResult<Response> {
    let a = load_agreement(&state, id).await?;
    let new = match form.validate(a.status == "active") {
        Ok(new) => new,
        Err(errors) => {
            return Ok(agreement_page(page, a, form, ReviewForm::default(), errors));
        }
    };
    let v = queries::update_agreement_texts(&state.db, a.id, &new.texts, &new.summary).await?;
    let change = (Action::Update, "agreement", a.id);
    audited(
        &state,
        &user,
        change,
        &format!(
            "texts changed (charter version {v}); summary {} characters",
            new.summary.chars().count()
        ),
        "/beheer/afspraken?ok=texts",
    )
    .await
}

/// `POST /beheer/afspraken/{id}/evaluatie`: the agreement still lives (next review in a year),
/// or is retired (a new charter version without it).
pub async fn review(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let a = load_agreement(&state, id).await?;
    let r = match form.validate() {
        Ok(r) => r,
        Err(errors) => {
            let texts = TextsForm::of(&queries::agreement_texts(&state.db, a.id).await?);
            return Ok(agreement_page(page, a, texts, form, errors));
        }
    };
    if queries::review(&state.db, a.id, r.lives, &r.note)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let change = (Action::Update, "agreement", a.id);
    let lives = if r.lives { "still lives" } else { "retired" };
    let detail = format!(
        "review: {lives}; note {} characters",
        r.note.chars().count()
    );
    let ok = if r.lives { "reviewed" } else { "retired" };
    audited(
        &state,
        &user,
        change,
        &detail,
        &format!("/beheer/afspraken?ok={ok}"),
    )
    .await
}

/// `POST /beheer/afspraken/toezeggingen/{id}`: a partner's commitment was reviewed.
pub async fn review_commitment(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    Form(form): Form<CommitmentReviewForm>,
) -> AppResult<Response> {
    let note = form.note();
    if !queries::review_commitment(&state.db, id, &note).await? {
        return Err(AppError::NotFound);
    }
    let change = (Action::Update, "charter_commitment", id);
    audited(
        &state,
        &user,
        change,
        &format!("reviewed; note {} characters", note.chars().count()),
        "/beheer/afspraken?ok=commitment-reviewed",
    )
    .await
}
