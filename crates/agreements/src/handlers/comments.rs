//! The discussion: commenting and replying, flagging for the moderator, and editing one's own
//! comment within the edit window.

use super::{
    audited, comment_link, proposal_page, too_many, within_limit, CommentForm, ProposalQuery,
};
use super::{COMMENTING, FLAGGING};
use crate::handlers::load_proposal;
use crate::model::{self, can_edit, validate_comment, validate_text};
use crate::queries::{self, Comment};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::Action;
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::{
    parse_id, render, AppError, AppResult, AppState, ClientAddr, FieldErrors, Form, Page,
    ReasonForm, RecordId,
};

/// `POST /afspraken/voorstellen/{id}/reageren`: a comment, or a reply to one.
pub async fn comment(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    addr: ClientAddr,
    user: CurrentUser,
    page: Page,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let p = load_proposal(&state, id).await?;
    let checked = validate_comment(&form.body, p.status().is_open());
    // A reply to a reply joins the thread of the first comment.
    let parent = match form.parent.trim() {
        "" => None,
        s => {
            let c = queries::comment(&state.db, parse_id(s).map_err(|_| AppError::BadRequest)?)
                .await?
                .filter(|c| c.proposal_id == p.id)
                .ok_or(AppError::BadRequest)?;
            Some(c.parent_id.unwrap_or(c.id))
        }
    };
    let q = ProposalQuery::default();
    let body = match checked {
        Ok(body) => body,
        Err(errors) => return proposal_page(&state, page, p, q, form, errors, None).await,
    };
    if !within_limit(&state, &addr, user.id, &COMMENTING).await? {
        let errors = FieldErrors::single("body", "agr-error-too-many-comments");
        let page = proposal_page(&state, page, p, q, form, errors, None).await?;
        return Ok(too_many(page));
    }
    let cid = queries::add_comment(&state.db, p.id, parent, user.id, &body).await?;
    Ok(Redirect::to(&comment_link(p.id, "commented", cid)).into_response())
}

/// `POST /afspraken/reacties/{id}/melden`: anyone logged in can flag a comment for the moderator.
pub async fn flag(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    addr: ClientAddr,
    user: CurrentUser,
    page: Page,
    Form(form): Form<ReasonForm>,
) -> AppResult<Response> {
    let c = load_comment(&state, id).await?;
    if !within_limit(&state, &addr, user.id, &FLAGGING).await? {
        let p = load_proposal(&state, c.proposal_id).await?;
        let q = ProposalQuery {
            reactie: c.id.to_string(),
            ..Default::default()
        };
        let alert = Some("agr-error-too-many-flags");
        let form = CommentForm::default();
        let page = proposal_page(&state, page, p, q, form, FieldErrors::new(), alert).await?;
        return Ok(too_many(page));
    }
    let reason = clean(&form.reason, model::REASON_MAX);
    let added = queries::flag_comment(&state.db, c.id, user.id, &reason).await?;
    let ok = if added { "flagged" } else { "already-flagged" };
    Ok(Redirect::to(&comment_link(c.proposal_id, ok, c.id)).into_response())
}

#[derive(Template)]
#[template(path = "comment_edit.html")]
pub struct CommentEditPage {
    pub page: Page,
    pub c: Comment,
    pub body: String,
    pub errors: FieldErrors,
    pub open: bool,
}

/// A comment by its id, or 404.
pub async fn load_comment(state: &AppState, id: i64) -> AppResult<Comment> {
    queries::comment(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The person's own comment; anyone else's answers as an unknown one would.
async fn own_comment(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<Comment> {
    let c = load_comment(state, id).await?;
    if c.author.id != user.id {
        return Err(AppError::Forbidden);
    }
    Ok(c)
}

fn edit_page(page: Page, c: Comment, body: String, errors: FieldErrors) -> Response {
    let open = !c.hidden() && can_edit(c.created_at, now());
    let page = page.titled("agr-edit-title");
    render(&CommentEditPage {
        page,
        c,
        body,
        errors,
        open,
    })
}

/// `GET /afspraken/reacties/{id}/bewerken`
pub async fn edit_comment_form(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let c = own_comment(&state, &user, id).await?;
    let body = c.body.clone();
    Ok(edit_page(page, c, body, FieldErrors::new()))
}

/// `POST /afspraken/reacties/{id}/bewerken`: only within the edit window.
pub async fn edit_comment(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    user: CurrentUser,
    page: Page,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let c = own_comment(&state, &user, id).await?;
    let checked = match validate_text("body", &form.body, model::COMMENT_MAX) {
        Ok(body) if !queries::edit_comment(&state.db, c.id, user.id, &body).await? => {
            Err(FieldErrors::single("body", "agr-error-edit-window"))
        }
        checked => checked,
    };
    let body = match checked {
        Ok(body) => body,
        Err(errors) => return Ok(edit_page(page, c, form.body, errors)),
    };
    let change = (Action::Update, "proposal_comment", c.id);
    // Lengths, never the texts: the log outlives the comment (kernel::audit).
    audited(
        &state,
        &user,
        change,
        &format!(
            "edited; {} → {} characters",
            c.body.chars().count(),
            body.chars().count()
        ),
        &comment_link(c.proposal_id, "edited", c.id),
    )
    .await
}
