//! Public pages: the charter "Zó willen we samenleven" with its versions and poster, the
//! proposals with their discussion, supports and followers, and signing by partners. The pages
//! are grouped by subject in the submodules (all reachable as `handlers::…`); here is what they
//! share: abuse limits, confirmations, pillar groups and the static files.

mod charter;
mod comments;
mod proposals;

pub use charter::*;
pub use comments::*;
pub use proposals::*;

use crate::model;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::web::{AppError, AppResult, AppState, ClientAddr};
use kansrijk_programme::model::Pillar;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

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
pub(crate) async fn within_limit(
    state: &AppState,
    ClientAddr(ip): &ClientAddr,
    user_id: i64,
    limit: &Limit,
) -> AppResult<bool> {
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

pub(crate) fn too_many(response: Response) -> Response {
    (StatusCode::TOO_MANY_REQUESTS, response).into_response()
}

/// Records a change in the audit log and goes on to `to`. Ids and lengths only, never the texts:
/// the log outlives them (`kernel::audit`).
pub(crate) async fn audited(
    state: &AppState,
    user: &CurrentUser,
    (action, subject_type, subject_id): (Action, &str, impl std::fmt::Display),
    detail: &str,
    to: &str,
) -> AppResult<Response> {
    audit::record(
        &state.db,
        Some(user),
        action,
        subject_type,
        &subject_id.to_string(),
        detail,
    )
    .await?;
    Ok(Redirect::to(to).into_response())
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

// ---- pillar groups -------------------------------------------------------------------------

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
