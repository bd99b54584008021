//! Proposals: the list, proposing one, a proposal with its discussion, supporting and following.

use super::{audited, helper_js_url, too_many, within_limit, Notice, PROPOSING};
use crate::model::{self, advice, can_edit, Advice, FollowMode, ProposalForm};
use crate::queries::{self, Comment, Proposal};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::Action;
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, ClientAddr, Empty, FieldErrors, Form, Page, RecordId,
};
use kansrijk_programme::model::Pillar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "proposals.html")]
pub struct ProposalsPage {
    pub page: Page,
    pub open: Vec<Proposal>,
    pub decided: Vec<Proposal>,
    pub threshold: i64,
}

/// `GET /afspraken/voorstellen`
pub async fn proposals(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let all = queries::proposals(&state.db, &[], 500).await?;
    let (open, decided): (Vec<Proposal>, Vec<Proposal>) =
        all.into_iter().partition(|p| p.status().is_open());
    let page = page.titled("agr-proposals-title");
    Ok(render(&ProposalsPage {
        threshold: queries::threshold(&state.db).await?,
        open,
        decided,
        page,
    }))
}

#[derive(Template)]
#[template(path = "proposal_form.html")]
pub struct ProposalFormPage {
    pub page: Page,
    pub form: ProposalForm,
    pub errors: FieldErrors,
    pub pillars: [Pillar; 4],
    pub buurten: Vec<(i64, String)>,
    pub title_advice: Advice,
    pub explanation_advice: Advice,
    pub js: String,
    /// The limit of proposals is reached: the form comes back with the text kept.
    pub too_many: bool,
}

async fn proposal_form_page(
    state: &AppState,
    page: Page,
    form: ProposalForm,
    errors: FieldErrors,
    too_many: bool,
) -> AppResult<Response> {
    let page = page.titled("agr-new-title");
    Ok(render(&ProposalFormPage {
        pillars: Pillar::ALL,
        buurten: queries::buurten(&state.db).await?,
        title_advice: advice(&form.title),
        explanation_advice: advice(&form.explanation),
        js: helper_js_url(),
        too_many,
        form,
        errors,
        page,
    }))
}

/// `GET /afspraken/voorstellen/nieuw`
pub async fn new_proposal(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    proposal_form_page(
        &state,
        page,
        ProposalForm::default(),
        FieldErrors::new(),
        false,
    )
    .await
}

/// `POST /afspraken/voorstellen/nieuw`
pub async fn create_proposal(
    State(state): State<AppState>,
    addr: ClientAddr,
    user: CurrentUser,
    page: Page,
    Form(form): Form<ProposalForm>,
) -> AppResult<Response> {
    let areas: Vec<i64> = queries::buurten(&state.db)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    match form.validate(&areas) {
        Ok(new) => {
            // Counted only for a valid proposal: a person fixing their input loses nothing.
            if !within_limit(&state, &addr, user.id, &PROPOSING).await? {
                let errors = FieldErrors::new();
                let page = proposal_form_page(&state, page, form, errors, true).await?;
                return Ok(too_many(page));
            }
            let id = queries::create_proposal(&state.db, user.id, &new).await?;
            let change = (Action::Create, "proposal", id);
            audited(
                &state,
                &user,
                change,
                "",
                &format!("/afspraken/voorstellen/{id}?ok=proposed"),
            )
            .await
        }
        Err(errors) => proposal_form_page(&state, page, form, errors, false).await,
    }
}

/// The proposal page that holds a comment, with a confirmation.
pub(crate) fn comment_link(proposal_id: i64, ok: &str, comment_id: i64) -> String {
    format!(
        "/afspraken/voorstellen/{proposal_id}?ok={ok}&reactie={comment_id}#reactie-{comment_id}"
    )
}

/// A comment as shown.
pub struct CommentView {
    pub c: Comment,
    pub own: bool,
    pub editable: bool,
    pub replies: Vec<CommentView>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProposalQuery {
    pub ok: String,
    /// Reply to this comment (the form then says so).
    pub antwoord: String,
    /// The page of comments (1, 2, …); without it, the page holding `reactie` or `antwoord`.
    pub pagina: String,
    /// Show the page holding this comment (links after posting, editing, flagging).
    pub reactie: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    pub parent: String,
}

#[derive(Template)]
#[template(path = "proposal.html")]
pub struct ProposalPage {
    pub page: Page,
    pub p: Proposal,
    pub comments: Vec<CommentView>,
    pub threshold: i64,
    pub supported: bool,
    pub follow: Option<FollowMode>,
    pub notice: Option<String>,
    pub reply_to: Option<Comment>,
    pub form: CommentForm,
    pub errors: FieldErrors,
    pub can_decide: bool,
    pub can_moderate: bool,
    pub logged_in: bool,
    pub paragraphs: Vec<String>,
    /// The page of comments shown, and how many there are.
    pub comment_page: i64,
    pub comment_pages: i64,
    /// An error about the whole page (a limit reached), not about a field.
    pub alert: Option<&'static str>,
}

pub async fn load_proposal(state: &AppState, id: i64) -> AppResult<Proposal> {
    queries::proposal(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The comments shown as threads: top-level comments with their replies.
fn threads(shown: &[Comment], user_id: Option<i64>, ts: i64) -> Vec<CommentView> {
    let view = |c: &Comment| CommentView {
        own: Some(c.author.id) == user_id,
        editable: Some(c.author.id) == user_id && !c.hidden() && can_edit(c.created_at, ts),
        c: c.clone(),
        replies: vec![],
    };
    let mut comments: Vec<CommentView> = shown
        .iter()
        .filter(|c| c.parent_id.is_none())
        .map(view)
        .collect();
    for c in shown.iter().filter(|c| c.parent_id.is_some()) {
        if let Some(parent) = comments.iter_mut().find(|v| Some(v.c.id) == c.parent_id) {
            parent.replies.push(view(c));
        }
    }
    comments
}

pub(crate) async fn proposal_page(
    state: &AppState,
    page: Page,
    p: Proposal,
    q: ProposalQuery,
    form: CommentForm,
    errors: FieldErrors,
    alert: Option<&'static str>,
) -> AppResult<Response> {
    let user_id = page.user.as_ref().map(|u| u.id);
    let ts = now();
    let of_this = |c: Option<Comment>| c.filter(|c| c.proposal_id == p.id);
    let reply_to = match q.antwoord.parse::<i64>().ok().or(form.parent.parse().ok()) {
        Some(cid) => of_this(queries::comment(&state.db, cid).await?).filter(|c| !c.hidden()),
        None => None,
    };
    let pages = model::comment_pages(queries::thread_count(&state.db, p.id).await?);
    let current = if !q.pagina.is_empty() {
        model::parse_page(&q.pagina, pages).ok_or(AppError::NotFound)?
    } else {
        let target = match q.reactie.parse::<i64>() {
            Ok(cid) => of_this(queries::comment(&state.db, cid).await?),
            Err(_) => reply_to.clone(),
        };
        match target {
            Some(c) => queries::threads_before(&state.db, &c).await? / model::COMMENTS_PER_PAGE + 1,
            None => 1,
        }
    };
    let offset = (current - 1) * model::COMMENTS_PER_PAGE;
    let shown = queries::comments_page(&state.db, p.id, model::COMMENTS_PER_PAGE, offset).await?;
    let comments = threads(&shown, user_id, ts);
    let (supported, follow) = match user_id {
        Some(uid) => (
            queries::has_supported(&state.db, p.id, uid).await?,
            queries::follow_mode(&state.db, p.id, uid).await?,
        ),
        None => (false, None),
    };
    let title = p.title.clone();
    let page = page.with_title(title);
    Ok(render(&ProposalPage {
        threshold: queries::threshold(&state.db).await?,
        notice: Notice { ok: q.ok }.key(),
        can_decide: page.can(Permission::DecideProposals),
        can_moderate: page.can(Permission::ModerateComments),
        logged_in: page.fully_logged_in(),
        paragraphs: kansrijk_programme::model::paragraphs(&p.explanation),
        comment_page: current,
        comment_pages: pages,
        alert,
        comments,
        supported,
        follow,
        reply_to,
        form,
        errors,
        p,
        page,
    }))
}

/// `GET /afspraken/voorstellen/{id}`
pub async fn proposal(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    Query(q): Query<ProposalQuery>,
    page: Page,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    proposal_page(
        &state,
        page,
        p,
        q,
        CommentForm::default(),
        FieldErrors::new(),
        None,
    )
    .await
}

/// `POST /afspraken/voorstellen/{id}/steunen`: one support per person; a double click or two
/// tabs count once.
pub async fn support(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    let ok = if !p.status().is_open() {
        "closed"
    } else {
        let verified = queries::is_verified_resident(&state.db, user.id).await?;
        let done = queries::support(&state.db, p.id, user.id, verified).await?;
        if done.added {
            "supported"
        } else if p.status().is_open() {
            "already-supported"
        } else {
            "closed"
        }
    };
    Ok(Redirect::to(&format!("/afspraken/voorstellen/{}?ok={ok}", p.id)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    pub mode: String,
}

/// `POST /afspraken/voorstellen/{id}/volgen`: follow with a mail at once or a daily digest, or stop.
pub async fn follow(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    let ok = match FollowMode::parse(&form.mode) {
        Some(mode) => {
            queries::follow(&state.db, p.id, user.id, mode).await?;
            "following"
        }
        None if form.mode == "stop" => {
            queries::unfollow(&state.db, p.id, user.id).await?;
            "unfollowed"
        }
        None => return Err(AppError::BadRequest),
    };
    Ok(Redirect::to(&format!("/afspraken/voorstellen/{}?ok={ok}", p.id)).into_response())
}
