//! Public pages: the charter "Zó willen we samenleven" with its versions and poster, the
//! proposals with their discussion, supports and followers, and signing by partners.

use crate::model::{
    self, advice, can_edit, check_text, Advice, Change, FollowMode, Paper, ProposalForm, Status,
};
use crate::queries::{self, Agreement, Comment, Commitment, Proposal, Signature, VersionItem};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, Extensions, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::db::now;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::middleware::client_ip;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, FieldErrors, Form, Page};
use kansrijk_programme::model::Pillar;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

pub fn parse_id(id: &str) -> AppResult<i64> {
    id.parse().map_err(|_| AppError::NotFound)
}

pub fn me(page: &Page) -> AppResult<CurrentUser> {
    page.user.clone().ok_or(AppError::Forbidden)
}

pub fn errors_of(problems: &[model::Problem]) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, message) in problems {
        errors.add(field, *message);
    }
    errors
}

/// One abuse limit: so many actions per account and per address in a fixed window.
pub struct Limit {
    pub name: &'static str,
    pub per_account: i64,
    pub per_address: i64,
    pub window_secs: i64,
}

pub const PROPOSING: Limit = Limit {
    name: "agr-propose",
    per_account: model::PROPOSALS_PER_DAY,
    per_address: model::PROPOSALS_PER_DAY_PER_ADDRESS,
    window_secs: 86_400,
};

pub const COMMENTING: Limit = Limit {
    name: "agr-comment",
    per_account: model::COMMENTS_PER_HOUR,
    per_address: model::COMMENTS_PER_HOUR_PER_ADDRESS,
    window_secs: 3_600,
};

pub const FLAGGING: Limit = Limit {
    name: "agr-flag",
    per_account: model::FLAGS_PER_HOUR,
    per_address: model::FLAGS_PER_HOUR_PER_ADDRESS,
    window_secs: 3_600,
};

/// Counts one action against the account's and the address's limit; `false` when either is
/// used up (the caller then answers 429 with its form and the input kept).
async fn within_limit(
    state: &AppState,
    headers: &HeaderMap,
    extensions: &Extensions,
    user_id: i64,
    limit: &Limit,
) -> AppResult<bool> {
    let ip = client_ip(headers, extensions, state.config.trust_forwarded_for);
    let buckets = [
        (format!("{}:user:{user_id}", limit.name), limit.per_account),
        (format!("{}:ip:{ip}", limit.name), limit.per_address),
    ];
    for (bucket, max) in buckets {
        match ratelimit::hit(&state.db, &bucket, max, limit.window_secs).await {
            Ok(()) => {}
            Err(AppError::TooManyRequests) => return Ok(false),
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

fn too_many(response: Response) -> Response {
    (StatusCode::TOO_MANY_REQUESTS, response).into_response()
}

/// `?ok=…`: the confirmations a redirect may ask for (nothing else is shown).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Notice {
    pub ok: String,
}

const NOTICES: &[&str] = &[
    "proposed",
    "supported",
    "already-supported",
    "closed",
    "commented",
    "edited",
    "flagged",
    "already-flagged",
    "following",
    "unfollowed",
    "signed",
];

impl Notice {
    pub fn key(&self) -> Option<String> {
        NOTICES
            .contains(&self.ok.as_str())
            .then(|| format!("agr-ok-{}", self.ok))
    }
}

// ---- static files: the poster's stylesheet and the writing aid ------------------------------

const POSTER_CSS: &str = include_str!("../assets/poster.css");
const HELPER_JS: &str = include_str!("../assets/schrijfhulp.js");

fn short_hash(bytes: &str) -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    static JS: OnceLock<String> = OnceLock::new();
    let cell = if bytes == POSTER_CSS { &CSS } else { &JS };
    cell.get_or_init(|| hex::encode(&Sha256::digest(bytes.as_bytes())[..6]))
}

/// The stylesheet's address, with its content hash so browsers fetch a new release at once.
pub fn poster_css_url() -> String {
    format!("/afspraken/poster.css?v={}", short_hash(POSTER_CSS))
}

pub fn helper_js_url() -> String {
    format!("/afspraken/schrijfhulp.js?v={}", short_hash(HELPER_JS))
}

/// `GET /afspraken/poster.css`
pub async fn poster_css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        POSTER_CSS,
    )
        .into_response()
}

/// `GET /afspraken/schrijfhulp.js`: a live count of words and long sentences (an aid only).
pub async fn helper_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        HELPER_JS,
    )
        .into_response()
}

// ---- the charter ----------------------------------------------------------------------------

/// The agreements of one pillar.
pub struct Group<T> {
    pub pillar: Pillar,
    pub items: Vec<T>,
}

pub fn by_pillar<T>(items: Vec<T>, pillar_of: impl Fn(&T) -> Pillar) -> Vec<Group<T>> {
    let mut groups: Vec<Group<T>> = Pillar::ALL
        .into_iter()
        .map(|pillar| Group {
            pillar,
            items: vec![],
        })
        .collect();
    for item in items {
        let p = pillar_of(&item);
        if let Some(g) = groups.iter_mut().find(|g| g.pillar == p) {
            g.items.push(item);
        }
    }
    groups
}

/// A partner that signed, with its commitments.
pub struct Partner {
    pub signature: Signature,
    pub commitments: Vec<Commitment>,
}

pub async fn partners(state: &AppState) -> AppResult<Vec<Partner>> {
    let commitments = queries::commitments(&state.db).await?;
    Ok(queries::signatures(&state.db)
        .await?
        .into_iter()
        .map(|signature| Partner {
            commitments: commitments
                .iter()
                .filter(|c| c.organisation_id == signature.organisation_id)
                .cloned()
                .collect(),
            signature,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "charter.html")]
pub struct CharterPage {
    pub page: Page,
    pub groups: Vec<Group<Agreement>>,
    pub version: Option<queries::Version>,
    pub partners: Vec<Partner>,
    pub notice: Option<String>,
    pub can_sign: bool,
    pub can_decide: bool,
    pub open_proposals: usize,
}

/// `GET /afspraken`: the charter in force, grouped by pillar, with who signed what.
pub async fn charter(
    State(state): State<AppState>,
    Query(notice): Query<Notice>,
    page: Page,
) -> AppResult<Response> {
    let agreements = queries::agreements(&state.db, page.lang()).await?;
    let open = queries::proposals(&state.db, &[Status::Discussion, Status::ForDecision], 1000)
        .await?
        .len();
    let title = page.t("agr-charter-title");
    let page = page.with_title(title);
    Ok(render(&CharterPage {
        groups: by_pillar(agreements, |a| a.pillar()),
        version: queries::latest_version(&state.db).await?,
        partners: partners(&state).await?,
        notice: notice.key(),
        can_sign: page.can(Permission::SignCharter),
        can_decide: page.can(Permission::DecideProposals),
        open_proposals: open,
        page,
    }))
}

#[derive(Template)]
#[template(path = "versions.html")]
pub struct VersionsPage {
    pub page: Page,
    pub versions: Vec<queries::Version>,
}

/// `GET /afspraken/versies`
pub async fn versions(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let title = page.t("agr-versions-title");
    let page = page.with_title(title);
    Ok(render(&VersionsPage {
        versions: queries::versions(&state.db).await?,
        page,
    }))
}

#[derive(Template)]
#[template(path = "version.html")]
pub struct VersionPage {
    pub page: Page,
    pub version: queries::Version,
    pub groups: Vec<Group<VersionItem>>,
    pub changes: Vec<Change>,
    pub newest: bool,
}

/// `GET /afspraken/versies/{n}`: a version and what changed since the one before.
pub async fn version(
    State(state): State<AppState>,
    Path(n): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let n = parse_id(&n)?;
    let version = queries::version(&state.db, n)
        .await?
        .ok_or(AppError::NotFound)?;
    let items = queries::version_items(&state.db, n, page.lang()).await?;
    let changes = queries::version_changes(&state.db, n, page.lang()).await?;
    let newest = queries::latest_version(&state.db)
        .await?
        .is_some_and(|v| v.number == n);
    let title = page.t_num("agr-version-title", "number", n);
    let page = page.with_title(title);
    Ok(render(&VersionPage {
        groups: by_pillar(items, |i| i.pillar()),
        version,
        changes,
        newest,
        page,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PosterQuery {
    pub formaat: String,
}

#[derive(Template)]
#[template(path = "poster.html")]
pub struct PosterPage {
    pub page: Page,
    pub paper: Paper,
    pub groups: Vec<Group<Agreement>>,
    pub partners: Vec<Partner>,
    pub version: Option<queries::Version>,
    pub qr: String,
    pub link: String,
    pub css: String,
}

/// `GET /afspraken/poster?formaat=a3|a4&lang=…`: the charter to print, big type, with a QR code.
pub async fn poster(
    State(state): State<AppState>,
    Query(q): Query<PosterQuery>,
    page: Page,
) -> AppResult<Response> {
    let link = format!(
        "{}/afspraken?lang={}",
        state.config.public_url(),
        page.lang_code()
    );
    let title = page.t("agr-charter-title");
    let page = page.with_title(title);
    Ok(render(&PosterPage {
        paper: Paper::parse(&q.formaat),
        groups: by_pillar(queries::agreements(&state.db, page.lang()).await?, |a| {
            a.pillar()
        }),
        partners: partners(&state).await?,
        version: queries::latest_version(&state.db).await?,
        qr: kansrijk_kernel::qr::svg(&link, 200),
        link,
        css: poster_css_url(),
        page,
    }))
}

// ---- proposals ------------------------------------------------------------------------------

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
    let title = page.t("agr-proposals-title");
    let page = page.with_title(title);
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
    let title = page.t("agr-new-title");
    let page = page.with_title(title);
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
    headers: HeaderMap,
    extensions: Extensions,
    page: Page,
    Form(form): Form<ProposalForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let areas: Vec<i64> = queries::buurten(&state.db)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    match form.check(&areas) {
        Ok(new) => {
            // Counted only for a valid proposal: a person fixing their input loses nothing.
            if !within_limit(&state, &headers, &extensions, user.id, &PROPOSING).await? {
                let errors = FieldErrors::new();
                let page = proposal_form_page(&state, page, form, errors, true).await?;
                return Ok(too_many(page));
            }
            let id = queries::create_proposal(&state.db, user.id, &new).await?;
            audit::record(
                &state.db,
                Some(&user),
                Action::Create,
                "proposal",
                &id.to_string(),
                "",
            )
            .await?;
            Ok(Redirect::to(&format!("/afspraken/voorstellen/{id}?ok=proposed")).into_response())
        }
        Err(problems) => proposal_form_page(&state, page, form, errors_of(&problems), false).await,
    }
}

/// The proposal page that holds a comment, with a confirmation.
fn comment_link(proposal_id: i64, ok: &str, comment_id: i64) -> String {
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

pub async fn load_proposal(state: &AppState, id: &str) -> AppResult<Proposal> {
    queries::proposal(&state.db, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

async fn proposal_page(
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
    let view = |c: &Comment| CommentView {
        own: Some(c.author_id) == user_id,
        editable: Some(c.author_id) == user_id && !c.hidden() && can_edit(c.created_at, ts),
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
    Path(id): Path<String>,
    Query(q): Query<ProposalQuery>,
    page: Page,
) -> AppResult<Response> {
    let p = load_proposal(&state, &id).await?;
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
    Path(id): Path<String>,
    page: Page,
    Form(_): Form<kansrijk_kernel::web::forms::Empty>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let p = load_proposal(&state, &id).await?;
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

/// `POST /afspraken/voorstellen/{id}/reageren`: a comment, or a reply to one.
pub async fn comment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    extensions: Extensions,
    page: Page,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let p = load_proposal(&state, &id).await?;
    let mut problems = vec![];
    let body = check_text("body", &form.body, 1, model::COMMENT_MAX, &mut problems);
    if !p.status().is_open() {
        problems.push(("body", "agr-error-closed"));
    }
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
    if !problems.is_empty() {
        return proposal_page(
            &state,
            page,
            p,
            ProposalQuery::default(),
            form,
            errors_of(&problems),
            None,
        )
        .await;
    }
    if !within_limit(&state, &headers, &extensions, user.id, &COMMENTING).await? {
        let errors = errors_of(&[("body", "agr-error-too-many-comments")]);
        let q = ProposalQuery::default();
        let page = proposal_page(&state, page, p, q, form, errors, None).await?;
        return Ok(too_many(page));
    }
    let cid = queries::add_comment(&state.db, p.id, parent, user.id, &body).await?;
    Ok(Redirect::to(&comment_link(p.id, "commented", cid)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    pub mode: String,
}

/// `POST /afspraken/voorstellen/{id}/volgen`: follow with a mail at once or a daily digest, or stop.
pub async fn follow(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let p = load_proposal(&state, &id).await?;
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

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    pub reason: String,
}

/// `POST /afspraken/reacties/{id}/melden`: anyone logged in can flag a comment for the moderator.
pub async fn flag(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    extensions: Extensions,
    page: Page,
    Form(form): Form<FlagForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let c = queries::comment(&state.db, parse_id(&id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if !within_limit(&state, &headers, &extensions, user.id, &FLAGGING).await? {
        let p = queries::proposal(&state.db, c.proposal_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let q = ProposalQuery {
            reactie: c.id.to_string(),
            ..Default::default()
        };
        let alert = Some("agr-error-too-many-flags");
        let form = CommentForm::default();
        let page = proposal_page(&state, page, p, q, form, FieldErrors::new(), alert).await?;
        return Ok(too_many(page));
    }
    let reason: String = form.reason.trim().chars().take(model::REASON_MAX).collect();
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

async fn own_comment(state: &AppState, page: &Page, id: &str) -> AppResult<Comment> {
    let user = me(page)?;
    let c = queries::comment(&state.db, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    Ok(c)
}

fn edit_page(page: Page, c: Comment, body: String, errors: FieldErrors) -> Response {
    let open = !c.hidden() && can_edit(c.created_at, now());
    let title = page.t("agr-edit-title");
    let page = page.with_title(title);
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
    Path(id): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let c = own_comment(&state, &page, &id).await?;
    let body = c.body.clone();
    Ok(edit_page(page, c, body, FieldErrors::new()))
}

/// `POST /afspraken/reacties/{id}/bewerken`: only within the edit window.
pub async fn edit_comment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    page: Page,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let c = own_comment(&state, &page, &id).await?;
    let user = me(&page)?;
    let mut problems = vec![];
    let body = check_text("body", &form.body, 1, model::COMMENT_MAX, &mut problems);
    if problems.is_empty() && !queries::edit_comment(&state.db, c.id, user.id, &body).await? {
        problems.push(("body", "agr-error-edit-window"));
    }
    if !problems.is_empty() {
        return Ok(edit_page(page, c, form.body, errors_of(&problems)));
    }
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "proposal_comment",
        &c.id.to_string(),
        // Lengths, never the texts: the log outlives the comment (kernel::audit).
        &format!(
            "edited; {} → {} characters",
            c.body.chars().count(),
            body.chars().count()
        ),
    )
    .await?;
    Ok(Redirect::to(&comment_link(c.proposal_id, "edited", c.id)).into_response())
}

// ---- signing by partners --------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub commitment: String,
}

#[derive(Template)]
#[template(path = "sign.html")]
pub struct SignPage {
    pub page: Page,
    pub organisation: Option<(i64, String)>,
    pub signed: bool,
    pub version: Option<queries::Version>,
    pub own: Vec<Commitment>,
    pub form: SignForm,
    pub errors: FieldErrors,
}

async fn sign_page(
    state: &AppState,
    page: Page,
    form: SignForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let user = me(&page)?;
    let organisation = queries::signer_organisation(&state.db, user.id).await?;
    let org_id = organisation.as_ref().map(|o| o.0);
    let signed = queries::signatures(&state.db)
        .await?
        .iter()
        .any(|s| Some(s.organisation_id) == org_id);
    let own = queries::commitments(&state.db)
        .await?
        .into_iter()
        .filter(|c| Some(c.organisation_id) == org_id)
        .collect();
    let title = page.t("agr-sign-title");
    let page = page.with_title(title);
    Ok(render(&SignPage {
        version: queries::latest_version(&state.db).await?,
        organisation,
        signed,
        own,
        form,
        errors,
        page,
    }))
}

/// `GET /afspraken/ondertekenen`
pub async fn sign_form(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    sign_page(&state, page, SignForm::default(), FieldErrors::new()).await
}

/// `POST /afspraken/ondertekenen`: signs for the person's organisation with a commitment.
pub async fn sign(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<SignForm>,
) -> AppResult<Response> {
    let user = me(&page)?;
    let mut problems = vec![];
    let text = check_text(
        "commitment",
        &form.commitment,
        model::COMMITMENT_MIN,
        model::COMMITMENT_MAX,
        &mut problems,
    );
    let organisation = queries::signer_organisation(&state.db, user.id).await?;
    let version = queries::latest_version(&state.db).await?;
    if organisation.is_none() {
        problems.push(("commitment", "agr-error-no-organisation"));
    }
    if version.is_none() {
        problems.push(("commitment", "agr-error-no-charter"));
    }
    let (Some((org, _)), Some(version), true) = (organisation, version, problems.is_empty()) else {
        return sign_page(&state, page, form, errors_of(&problems)).await;
    };
    let id = queries::sign(&state.db, org, version.number, Some(user.id), &text).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "charter_commitment",
        &id.to_string(),
        &format!("organisation {org}"),
    )
    .await?;
    Ok(Redirect::to("/afspraken?ok=signed#partners").into_response())
}
