//! Every query of the agreements feature, written once for SQLite and PostgreSQL.

use crate::model::{self, Change, FollowMode, NewProposal, Outcome, Status};
use kansrijk_kernel::accounts::public_name;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::jobs;
use kansrijk_programme::model::Pillar;
use sqlx::Any;
use std::collections::BTreeMap;

pub const JOB_EVENT: &str = "agreements.event";
pub const JOB_DIGEST: &str = "agreements.digest";
pub const JOB_REVIEWS: &str = "agreements.reviews";
pub const JOB_REVIEW_MAIL: &str = "agreements.review_mail";

type Tx = sqlx::Transaction<'static, Any>;

// ---- settings and areas -----------------------------------------------------------------

/// The number of supports that moves a proposal to "for decision".
pub async fn threshold(db: &Db) -> sqlx::Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT support_threshold FROM agreement_settings WHERE id = 1")
            .fetch_optional(&db.pool)
            .await?
            .unwrap_or(model::DEFAULT_THRESHOLD),
    )
}

pub async fn set_threshold(db: &Db, value: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE agreement_settings SET support_threshold = $1, updated_at = $2 WHERE id = 1",
    )
    .bind(value)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The buurten a proposal can be about: all of them, or above `areas::CHOICE_LIMIT` those of the
/// installation's own municipality — the charter belongs to one plan, and a national data set
/// would otherwise put 14,000 options in the form.
pub async fn buurten(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    let index = kansrijk_kernel::areas::index(db).await?;
    let pair = |a: &kansrijk_kernel::areas::Area| (a.id, a.name.clone());
    Ok(match index.home_municipality() {
        Some(home) if index.per_municipality() => index.buurten_of(home.id).map(pair).collect(),
        _ => {
            let mut all: Vec<(i64, String)> = index
                .areas()
                .iter()
                .filter(|a| a.kind == "neighbourhood")
                .map(pair)
                .collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            all
        }
    })
}

// ---- proposals --------------------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Proposal {
    pub id: i64,
    pub author_id: i64,
    /// The full name: for management pages only; public pages show `public_author()`.
    pub author_name: String,
    pub author_display_name: Option<String>,
    pub title: String,
    pub explanation: String,
    pub pillar: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub on_behalf_of: String,
    pub status: String,
    pub decision_reason: String,
    pub decided_at: Option<i64>,
    pub agreement_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub supports: i64,
    pub verified_supports: i64,
    pub comments: i64,
}

impl Proposal {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Discussion)
    }

    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }

    /// The author's name on public pages (chosen, or first name and initial).
    pub fn public_author(&self) -> String {
        public_name(&self.author_name, self.author_display_name.as_deref())
    }
}

const PROPOSAL_SELECT: &str = "SELECT p.id, p.author_id, u.name AS author_name, u.display_name AS author_display_name, p.title, p.explanation, p.pillar, \
     p.area_id, a.name AS area_name, p.on_behalf_of, p.status, p.decision_reason, p.decided_at, p.agreement_id, \
     p.created_at, p.updated_at, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id AND s.verified = 1) AS verified_supports, \
     (SELECT COUNT(*) FROM proposal_comments c WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS comments \
     FROM proposals p JOIN users u ON u.id = p.author_id LEFT JOIN areas a ON a.id = p.area_id";

/// Creates a proposal; its author follows it (a mail at once).
pub async fn create_proposal(db: &Db, author_id: i64, p: &NewProposal) -> sqlx::Result<i64> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (author_id, title, explanation, pillar, area_id, on_behalf_of, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(author_id)
    .bind(&p.title)
    .bind(&p.explanation)
    .bind(p.pillar.as_str())
    .bind(p.area_id)
    .bind(&p.on_behalf_of)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO proposal_follows (proposal_id, user_id, mode, created_at) VALUES ($1, $2, 'instant', $3)",
    )
    .bind(id)
    .bind(author_id)
    .bind(ts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Proposals, newest first; `statuses` empty means all.
pub async fn proposals(db: &Db, statuses: &[Status], limit: i64) -> sqlx::Result<Vec<Proposal>> {
    let filter = if statuses.is_empty() {
        String::new()
    } else {
        format!(
            " WHERE p.status IN ({})",
            statuses
                .iter()
                .map(|s| format!("'{}'", s.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    sqlx::query_as(&format!(
        "{PROPOSAL_SELECT}{filter} ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

pub async fn proposal(db: &Db, id: i64) -> sqlx::Result<Option<Proposal>> {
    sqlx::query_as(&format!("{PROPOSAL_SELECT} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Whether a person is a verified resident of Liendert (set by a coordinator).
pub async fn is_verified_resident(db: &Db, user_id: i64) -> sqlx::Result<bool> {
    let v: Option<i64> = sqlx::query_scalar("SELECT verified_resident FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(v == Some(1))
}

pub async fn has_supported(db: &Db, proposal_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2",
    )
    .bind(proposal_id)
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// What a support did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supported {
    /// False when this person had already supported the proposal.
    pub added: bool,
    /// The proposal reached the threshold with this support and is now "for decision".
    pub moved_to_decision: bool,
}

/// One support per person per proposal (the primary key refuses a second, also when two arrive
/// at once); the support that reaches the threshold moves the proposal to "for decision".
pub async fn support(
    db: &Db,
    proposal_id: i64,
    user_id: i64,
    verified: bool,
) -> sqlx::Result<Supported> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    // Lock the proposal's row first: supports of one proposal are counted one after the other
    // (PostgreSQL), and SQLite takes its write lock at once (no upgrade deadlock).
    let open = sqlx::query(
        "UPDATE proposals SET updated_at = updated_at WHERE id = $1 AND status IN ('discussion', 'for_decision')",
    )
    .bind(proposal_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !open {
        return Ok(Supported {
            added: false,
            moved_to_decision: false,
        });
    }
    let added = sqlx::query(
        "INSERT INTO proposal_supports (proposal_id, user_id, verified, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (proposal_id, user_id) DO NOTHING",
    )
    .bind(proposal_id)
    .bind(user_id)
    .bind(verified as i64)
    .bind(ts)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    let mut moved = false;
    if added {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM proposal_supports WHERE proposal_id = $1")
                .bind(proposal_id)
                .fetch_one(&mut *tx)
                .await?;
        let threshold: i64 =
            sqlx::query_scalar("SELECT support_threshold FROM agreement_settings WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
        if model::reaches_threshold(count, threshold) {
            moved = sqlx::query(
                "UPDATE proposals SET status = 'for_decision', updated_at = $2 WHERE id = $1 AND status = 'discussion'",
            )
            .bind(proposal_id)
            .bind(ts)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if moved {
                add_event(
                    &mut tx,
                    proposal_id,
                    "status",
                    Status::ForDecision.as_str(),
                    None,
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(Supported {
        added,
        moved_to_decision: moved,
    })
}

/// Records an event for followers and enqueues the mails to those who want them at once.
async fn add_event(
    tx: &mut Tx,
    proposal_id: i64,
    kind: &str,
    detail: &str,
    actor_id: Option<i64>,
) -> sqlx::Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposal_events (proposal_id, kind, detail, actor_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(proposal_id)
    .bind(kind)
    .bind(detail)
    .bind(actor_id)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    jobs::enqueue(
        &mut **tx,
        JOB_EVENT,
        &serde_json::json!({ "event_id": id }),
        now(),
        Some(&format!("{JOB_EVENT}:{id}")),
        10,
    )
    .await?;
    Ok(id)
}

// ---- comments and moderation ------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub proposal_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    /// The full name: for management pages only; public pages show `public_author()`.
    pub author_name: String,
    pub author_display_name: Option<String>,
    pub author_email: String,
    pub author_lang: String,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: String,
    pub flags: i64,
}

impl Comment {
    pub fn hidden(&self) -> bool {
        self.hidden_at.is_some()
    }

    /// The author's name on public pages (chosen, or first name and initial).
    pub fn public_author(&self) -> String {
        public_name(&self.author_name, self.author_display_name.as_deref())
    }
}

const COMMENT_SELECT: &str = "SELECT c.id, c.proposal_id, c.parent_id, c.author_id, u.name AS author_name, u.display_name AS author_display_name, \
     u.email AS author_email, u.lang AS author_lang, c.body, c.created_at, c.edited_at, c.hidden_at, c.hidden_reason, \
     (SELECT COUNT(*) FROM comment_flags f WHERE f.comment_id = c.id) AS flags \
     FROM proposal_comments c JOIN users u ON u.id = c.author_id";

pub async fn comments(db: &Db, proposal_id: i64) -> sqlx::Result<Vec<Comment>> {
    sqlx::query_as(&format!(
        "{COMMENT_SELECT} WHERE c.proposal_id = $1 ORDER BY c.created_at, c.id"
    ))
    .bind(proposal_id)
    .fetch_all(&db.pool)
    .await
}

/// The number of threads (top-level comments, hidden ones included) of a proposal.
pub async fn thread_count(db: &Db, proposal_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_comments WHERE proposal_id = $1 AND parent_id IS NULL",
    )
    .bind(proposal_id)
    .fetch_one(&db.pool)
    .await
}

/// One page of threads: `limit` top-level comments from `offset` on, in order, with all their
/// replies (replies have no replies of their own: a reply to a reply joins the thread).
pub async fn comments_page(
    db: &Db,
    proposal_id: i64,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Comment>> {
    sqlx::query_as(&format!(
        "{COMMENT_SELECT} WHERE c.proposal_id = $1 AND COALESCE(c.parent_id, c.id) IN \
         (SELECT t.id FROM proposal_comments t WHERE t.proposal_id = $1 AND t.parent_id IS NULL \
          ORDER BY t.created_at, t.id LIMIT $2 OFFSET $3) \
         ORDER BY c.created_at, c.id"
    ))
    .bind(proposal_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
}

/// How many threads come before the thread of this comment (its page is this divided by the
/// page size, plus one).
pub async fn threads_before(db: &Db, c: &Comment) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_comments t, proposal_comments r \
         WHERE r.id = $2 AND t.proposal_id = $1 AND t.parent_id IS NULL \
           AND (t.created_at < r.created_at OR (t.created_at = r.created_at AND t.id < r.id))",
    )
    .bind(c.proposal_id)
    .bind(c.parent_id.unwrap_or(c.id))
    .fetch_one(&db.pool)
    .await
}

pub async fn comment(db: &Db, id: i64) -> sqlx::Result<Option<Comment>> {
    sqlx::query_as(&format!("{COMMENT_SELECT} WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Adds a comment (a reply when `parent_id` is a comment of the same proposal); followers hear
/// of it.
pub async fn add_comment(
    db: &Db,
    proposal_id: i64,
    parent_id: Option<i64>,
    author_id: i64,
    body: &str,
) -> sqlx::Result<i64> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposal_comments (proposal_id, parent_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(proposal_id)
    .bind(parent_id)
    .bind(author_id)
    .bind(body)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    add_event(
        &mut tx,
        proposal_id,
        "reply",
        &id.to_string(),
        Some(author_id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a comment's text, only by its author, within the edit window and while not hidden.
pub async fn edit_comment(db: &Db, id: i64, author_id: i64, body: &str) -> sqlx::Result<bool> {
    let ts = now();
    Ok(sqlx::query(
        "UPDATE proposal_comments SET body = $1, edited_at = $2 \
         WHERE id = $3 AND author_id = $4 AND hidden_at IS NULL AND created_at >= $5",
    )
    .bind(body)
    .bind(ts)
    .bind(id)
    .bind(author_id)
    .bind(ts - model::EDIT_WINDOW_SECS)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// Flags a comment for the moderator; a second flag by the same person counts once.
pub async fn flag_comment(db: &Db, id: i64, user_id: i64, reason: &str) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "INSERT INTO comment_flags (comment_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (comment_id, user_id) DO NOTHING",
    )
    .bind(id)
    .bind(user_id)
    .bind(reason)
    .bind(now())
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// Flagged comments that are still visible, most flags first.
pub async fn flagged_comments(db: &Db) -> sqlx::Result<Vec<Comment>> {
    sqlx::query_as(&format!(
        "{COMMENT_SELECT} WHERE c.hidden_at IS NULL AND EXISTS (SELECT 1 FROM comment_flags f WHERE f.comment_id = c.id) \
         ORDER BY flags DESC, c.id"
    ))
    .fetch_all(&db.pool)
    .await
}

/// The reasons given with the flags of a comment.
pub async fn flag_reasons(db: &Db, id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT reason FROM comment_flags WHERE comment_id = $1 AND reason <> '' ORDER BY created_at",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
}

/// Hides a comment with a reason. The text stays in the database (and the audit log).
pub async fn hide_comment(db: &Db, id: i64, by: i64, reason: &str) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "UPDATE proposal_comments SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $4 AND hidden_at IS NULL",
    )
    .bind(now())
    .bind(reason)
    .bind(by)
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

// ---- following and notifications --------------------------------------------------------

pub async fn follow(db: &Db, proposal_id: i64, user_id: i64, mode: FollowMode) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO proposal_follows (proposal_id, user_id, mode, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (proposal_id, user_id) DO UPDATE SET mode = excluded.mode",
    )
    .bind(proposal_id)
    .bind(user_id)
    .bind(mode.as_str())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn unfollow(db: &Db, proposal_id: i64, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM proposal_follows WHERE proposal_id = $1 AND user_id = $2")
        .bind(proposal_id)
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn follow_mode(
    db: &Db,
    proposal_id: i64,
    user_id: i64,
) -> sqlx::Result<Option<FollowMode>> {
    let mode: Option<String> = sqlx::query_scalar(
        "SELECT mode FROM proposal_follows WHERE proposal_id = $1 AND user_id = $2",
    )
    .bind(proposal_id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(mode.and_then(|m| FollowMode::parse(&m)))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Event {
    pub id: i64,
    pub proposal_id: i64,
    pub title: String,
    pub kind: String,
    pub detail: String,
    pub actor_id: Option<i64>,
    pub created_at: i64,
}

pub async fn event(db: &Db, id: i64) -> sqlx::Result<Option<Event>> {
    sqlx::query_as(
        "SELECT e.id, e.proposal_id, p.title, e.kind, e.detail, e.actor_id, e.created_at \
         FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id WHERE e.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub lang: String,
}

/// Followers of a proposal with this mode (active accounts only).
pub async fn followers(
    db: &Db,
    proposal_id: i64,
    mode: FollowMode,
) -> sqlx::Result<Vec<Recipient>> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.name, u.lang FROM proposal_follows f JOIN users u ON u.id = f.user_id \
         WHERE f.proposal_id = $1 AND f.mode = $2 AND u.status = 'active' ORDER BY u.id",
    )
    .bind(proposal_id)
    .bind(mode.as_str())
    .fetch_all(&db.pool)
    .await
}

/// Marks that a person gets the mail about an event; false when it was already sent.
pub async fn claim_event_mail(db: &Db, event_id: i64, user_id: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "INSERT INTO proposal_event_mails (event_id, user_id) VALUES ($1, $2) ON CONFLICT (event_id, user_id) DO NOTHING",
    )
    .bind(event_id)
    .bind(user_id)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// People who follow something daily.
pub async fn daily_followers(db: &Db) -> sqlx::Result<Vec<Recipient>> {
    sqlx::query_as(
        "SELECT DISTINCT u.id AS user_id, u.email, u.name, u.lang FROM proposal_follows f JOIN users u ON u.id = f.user_id \
         WHERE f.mode = 'daily' AND u.status = 'active' ORDER BY u.id",
    )
    .fetch_all(&db.pool)
    .await
}

/// The events for a daily follower since their last digest (not their own doings).
pub async fn digest_events(db: &Db, user_id: i64) -> sqlx::Result<Vec<Event>> {
    sqlx::query_as(
        "SELECT e.id, e.proposal_id, p.title, e.kind, e.detail, e.actor_id, e.created_at \
         FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id \
         JOIN proposal_follows f ON f.proposal_id = e.proposal_id AND f.user_id = $1 AND f.mode = 'daily' \
         WHERE e.created_at >= f.created_at AND (e.actor_id IS NULL OR e.actor_id <> $1) \
         AND e.id > COALESCE((SELECT MAX(until_event) FROM proposal_digests d WHERE d.user_id = $1), 0) \
         ORDER BY e.id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await
}

/// Claims today's digest for a person; false when it was already sent today.
pub async fn claim_digest(
    db: &Db,
    user_id: i64,
    day: &str,
    until_event: i64,
) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "INSERT INTO proposal_digests (user_id, day, until_event) VALUES ($1, $2, $3) ON CONFLICT (user_id, day) DO NOTHING",
    )
    .bind(user_id)
    .bind(day)
    .bind(until_event)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// Active coordinators (the steering group), who get the review reminders.
pub async fn coordinators(db: &Db) -> sqlx::Result<Vec<Recipient>> {
    sqlx::query_as(
        "SELECT DISTINCT u.id AS user_id, u.email, u.name, u.lang FROM users u JOIN role_assignments r ON r.user_id = u.id \
         WHERE r.role = 'coordinator' AND u.status = 'active' ORDER BY u.id",
    )
    .fetch_all(&db.pool)
    .await
}

// ---- decisions, agreements and the charter ----------------------------------------------

/// What the steering group decides.
pub struct Decision<'a> {
    pub outcome: Outcome,
    pub reason: &'a str,
    pub by: i64,
    /// The agreement's text per language (Dutch first, required to adopt).
    pub texts: &'a [(Lang, String)],
    /// The agreement a merged proposal becomes part of.
    pub merge_into: Option<i64>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Decided {
    /// The new charter version, when the charter changed.
    Done(Option<i64>),
    /// The proposal was decided already (or does not exist).
    NotOpen,
    /// The agreement to merge into does not exist (or was retired).
    UnknownAgreement,
}

/// Decides a proposal, once: the status changes only from discussion or for decision. Adopting
/// adds an agreement and a charter version; merging with a new text changes the agreement and
/// also makes a version.
pub async fn decide(db: &Db, proposal_id: i64, d: &Decision<'_>) -> sqlx::Result<Decided> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let updated = sqlx::query(
        "UPDATE proposals SET status = $1, decision_reason = $2, decided_at = $3, decided_by = $4, updated_at = $3 \
         WHERE id = $5 AND status IN ('discussion', 'for_decision')",
    )
    .bind(d.outcome.status().as_str())
    .bind(d.reason)
    .bind(ts)
    .bind(d.by)
    .bind(proposal_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        return Ok(Decided::NotOpen);
    }
    let mut version = None;
    match d.outcome {
        Outcome::Adopt => {
            let pillar: String = sqlx::query_scalar("SELECT pillar FROM proposals WHERE id = $1")
                .bind(proposal_id)
                .fetch_one(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO agreements (pillar, adopted_at, review_due, created_at, updated_at) VALUES ($1, $2, $3, $2, $2) RETURNING id",
            )
            .bind(&pillar)
            .bind(ts)
            .bind(model::next_review(ts))
            .fetch_one(&mut *tx)
            .await?;
            write_texts(&mut tx, id, d.texts).await?;
            link_agreement(&mut tx, proposal_id, id).await?;
            version = Some(new_version(&mut tx, d.reason).await?);
        }
        Outcome::Merge => {
            let Some(target) = d.merge_into else {
                return Ok(Decided::UnknownAgreement);
            };
            let active: Option<i64> =
                sqlx::query_scalar("SELECT id FROM agreements WHERE id = $1 AND status = 'active'")
                    .bind(target)
                    .fetch_optional(&mut *tx)
                    .await?;
            if active.is_none() {
                return Ok(Decided::UnknownAgreement);
            }
            link_agreement(&mut tx, proposal_id, target).await?;
            if !d.texts.is_empty() {
                write_texts(&mut tx, target, d.texts).await?;
                version = Some(new_version(&mut tx, d.reason).await?);
            }
        }
        Outcome::Decline => {}
    }
    add_event(
        &mut tx,
        proposal_id,
        "status",
        d.outcome.status().as_str(),
        Some(d.by),
    )
    .await?;
    tx.commit().await?;
    Ok(Decided::Done(version))
}

async fn link_agreement(tx: &mut Tx, proposal_id: i64, agreement_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE proposals SET agreement_id = $1 WHERE id = $2")
        .bind(agreement_id)
        .bind(proposal_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sets the texts given (an empty text removes that language; Dutch is never removed).
async fn write_texts(tx: &mut Tx, agreement_id: i64, texts: &[(Lang, String)]) -> sqlx::Result<()> {
    for (lang, text) in texts {
        if text.trim().is_empty() {
            if *lang != Lang::Nl {
                sqlx::query("DELETE FROM agreement_texts WHERE agreement_id = $1 AND lang = $2")
                    .bind(agreement_id)
                    .bind(lang.code())
                    .execute(&mut **tx)
                    .await?;
            }
            continue;
        }
        sqlx::query(
            "INSERT INTO agreement_texts (agreement_id, lang, text) VALUES ($1, $2, $3) \
             ON CONFLICT (agreement_id, lang) DO UPDATE SET text = excluded.text",
        )
        .bind(agreement_id)
        .bind(lang.code())
        .bind(text.trim())
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("UPDATE agreements SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(agreement_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new version of the charter: the active agreements as they are now, with a summary.
async fn new_version(tx: &mut Tx, summary: &str) -> sqlx::Result<i64> {
    // One version at a time: two decisions at the same moment get numbers n and n + 1.
    sqlx::query("UPDATE agreement_settings SET updated_at = updated_at WHERE id = 1")
        .execute(&mut **tx)
        .await?;
    let number: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM charter_versions")
            .fetch_one(&mut **tx)
            .await?;
    sqlx::query("INSERT INTO charter_versions (number, adopted_at, summary) VALUES ($1, $2, $3)")
        .bind(number)
        .bind(now())
        .bind(summary)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO charter_version_items (version, agreement_id, pillar, lang, text) \
         SELECT $1, a.id, a.pillar, t.lang, t.text FROM agreements a JOIN agreement_texts t ON t.agreement_id = a.id \
         WHERE a.status = 'active'",
    )
    .bind(number)
    .execute(&mut **tx)
    .await?;
    Ok(number)
}

/// Changes an agreement's texts (translations, wording) and makes a new charter version.
pub async fn update_agreement_texts(
    db: &Db,
    agreement_id: i64,
    texts: &[(Lang, String)],
    summary: &str,
) -> sqlx::Result<i64> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    write_texts(&mut tx, agreement_id, texts).await?;
    let v = new_version(&mut tx, summary).await?;
    tx.commit().await?;
    Ok(v)
}

/// Adds an agreement straight away (demo data and imports of existing agreements).
pub async fn add_agreement(
    db: &Db,
    pillar: Pillar,
    texts: &[(Lang, String)],
    adopted_at: i64,
) -> sqlx::Result<i64> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO agreements (pillar, adopted_at, review_due, created_at, updated_at) VALUES ($1, $2, $3, $2, $2) RETURNING id",
    )
    .bind(pillar.as_str())
    .bind(adopted_at)
    .bind(model::next_review(adopted_at))
    .fetch_one(&mut *tx)
    .await?;
    write_texts(&mut tx, id, texts).await?;
    tx.commit().await?;
    Ok(id)
}

/// Records a version of the charter as it is now (demo data).
pub async fn snapshot(db: &Db, summary: &str) -> sqlx::Result<i64> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let v = new_version(&mut tx, summary).await?;
    tx.commit().await?;
    Ok(v)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Agreement {
    pub id: i64,
    pub pillar: String,
    pub status: String,
    pub text: String,
    pub text_lang: String,
    pub adopted_at: i64,
    pub review_due: i64,
    pub last_reviewed_at: Option<i64>,
    pub review_note: String,
}

impl Agreement {
    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }
}

const AGREEMENT_SELECT: &str = "SELECT a.id, a.pillar, a.status, COALESCE(t.text, n.text) AS text, \
     CASE WHEN t.text IS NULL THEN 'nl' ELSE t.lang END AS text_lang, a.adopted_at, a.review_due, a.last_reviewed_at, a.review_note \
     FROM agreements a JOIN agreement_texts n ON n.agreement_id = a.id AND n.lang = 'nl' \
     LEFT JOIN agreement_texts t ON t.agreement_id = a.id AND t.lang = $1";

/// The agreements in force, by pillar, in a language (falling back to Dutch).
pub async fn agreements(db: &Db, lang: Lang) -> sqlx::Result<Vec<Agreement>> {
    sqlx::query_as(&format!(
        "{AGREEMENT_SELECT} WHERE a.status = 'active' ORDER BY a.id"
    ))
    .bind(lang.code())
    .fetch_all(&db.pool)
    .await
}

pub async fn agreement(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<Agreement>> {
    sqlx::query_as(&format!("{AGREEMENT_SELECT} WHERE a.id = $2"))
        .bind(lang.code())
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// All texts of an agreement: language code → text.
pub async fn agreement_texts(db: &Db, id: i64) -> sqlx::Result<BTreeMap<String, String>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, text FROM agreement_texts WHERE agreement_id = $1")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().collect())
}

/// Active agreements whose review is due before `until`.
pub async fn due_reviews(db: &Db, until: i64) -> sqlx::Result<Vec<Agreement>> {
    sqlx::query_as(&format!(
        "{AGREEMENT_SELECT} WHERE a.status = 'active' AND a.review_due <= $2 ORDER BY a.review_due, a.id"
    ))
    .bind(Lang::Nl.code())
    .bind(until)
    .fetch_all(&db.pool)
    .await
}

/// Records a review: the agreement still lives (next review in a year) or is retired (a new
/// charter version without it). Returns the new version when one was made.
pub async fn review(
    db: &Db,
    id: i64,
    still_lives: bool,
    note: &str,
) -> sqlx::Result<Option<Option<i64>>> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let updated = sqlx::query(
        "UPDATE agreements SET last_reviewed_at = $1, review_note = $2, review_due = $3, status = $4, updated_at = $1 \
         WHERE id = $5 AND status = 'active'",
    )
    .bind(ts)
    .bind(note)
    .bind(model::next_review(ts))
    .bind(if still_lives { "active" } else { "retired" })
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        return Ok(None);
    }
    let version = if still_lives {
        None
    } else {
        Some(new_version(&mut tx, note).await?)
    };
    tx.commit().await?;
    Ok(Some(version))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Version {
    pub number: i64,
    pub adopted_at: i64,
    pub summary: String,
    pub agreements: i64,
}

const VERSION_SELECT: &str = "SELECT v.number, v.adopted_at, v.summary, \
     (SELECT COUNT(*) FROM charter_version_items i WHERE i.version = v.number AND i.lang = 'nl') AS agreements \
     FROM charter_versions v";

pub async fn versions(db: &Db) -> sqlx::Result<Vec<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} ORDER BY v.number DESC"))
        .fetch_all(&db.pool)
        .await
}

pub async fn version(db: &Db, number: i64) -> sqlx::Result<Option<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} WHERE v.number = $1"))
        .bind(number)
        .fetch_optional(&db.pool)
        .await
}

pub async fn latest_version(db: &Db) -> sqlx::Result<Option<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} ORDER BY v.number DESC LIMIT 1"))
        .fetch_optional(&db.pool)
        .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionItem {
    pub agreement_id: i64,
    pub pillar: String,
    pub text: String,
    pub text_lang: String,
}

impl VersionItem {
    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }
}

/// The agreements of a version in a language (falling back to Dutch).
pub async fn version_items(db: &Db, number: i64, lang: Lang) -> sqlx::Result<Vec<VersionItem>> {
    sqlx::query_as(
        "SELECT i.agreement_id, i.pillar, COALESCE(t.text, i.text) AS text, \
         CASE WHEN t.text IS NULL THEN 'nl' ELSE t.lang END AS text_lang \
         FROM charter_version_items i LEFT JOIN charter_version_items t \
         ON t.version = i.version AND t.agreement_id = i.agreement_id AND t.lang = $2 \
         WHERE i.version = $1 AND i.lang = 'nl' ORDER BY i.agreement_id",
    )
    .bind(number)
    .bind(lang.code())
    .fetch_all(&db.pool)
    .await
}

/// What changed in version `number` compared with the one before, in a language.
pub async fn version_changes(db: &Db, number: i64, lang: Lang) -> sqlx::Result<Vec<Change>> {
    let map = |items: Vec<VersionItem>| -> BTreeMap<i64, String> {
        items
            .into_iter()
            .map(|i| (i.agreement_id, i.text))
            .collect()
    };
    let after = map(version_items(db, number, lang).await?);
    let before = if number > 1 {
        map(version_items(db, number - 1, lang).await?)
    } else {
        BTreeMap::new()
    };
    Ok(model::diff(&before, &after))
}

// ---- signatures and commitments ---------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Signature {
    pub organisation_id: i64,
    pub organisation: String,
    pub version: i64,
    pub signed_at: i64,
}

pub async fn signatures(db: &Db) -> sqlx::Result<Vec<Signature>> {
    sqlx::query_as(
        "SELECT s.organisation_id, o.name AS organisation, s.version, s.signed_at \
         FROM charter_signatures s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.signed_at, o.name",
    )
    .fetch_all(&db.pool)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Commitment {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub text: String,
    pub created_at: i64,
    pub reviewed_at: Option<i64>,
    pub review_note: String,
}

pub async fn commitments(db: &Db) -> sqlx::Result<Vec<Commitment>> {
    sqlx::query_as(
        "SELECT c.id, c.organisation_id, o.name AS organisation, c.text, c.created_at, c.reviewed_at, c.review_note \
         FROM charter_commitments c JOIN organisations o ON o.id = c.organisation_id ORDER BY o.name, c.id",
    )
    .fetch_all(&db.pool)
    .await
}

/// Signs the charter for an organisation (once; later calls keep the first signature) and adds
/// a commitment.
pub async fn sign(
    db: &Db,
    organisation_id: i64,
    version: i64,
    by: Option<i64>,
    commitment: &str,
) -> sqlx::Result<i64> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO charter_signatures (organisation_id, version, signed_by, signed_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (organisation_id) DO NOTHING",
    )
    .bind(organisation_id)
    .bind(version)
    .bind(by)
    .bind(ts)
    .execute(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO charter_commitments (organisation_id, text, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(organisation_id)
    .bind(commitment)
    .bind(by)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn review_commitment(db: &Db, id: i64, note: &str) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "UPDATE charter_commitments SET reviewed_at = $1, review_note = $2 WHERE id = $3",
    )
    .bind(now())
    .bind(note)
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// The organisation a person signs for: the organisation of their coordinator or professional
/// role, else the organisation of their account.
pub async fn signer_organisation(db: &Db, user_id: i64) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as(
        "SELECT o.id, o.name FROM organisations o WHERE o.id = COALESCE( \
           (SELECT MIN(r.organisation_id) FROM role_assignments r WHERE r.user_id = $1 \
            AND r.role IN ('coordinator', 'professional') AND r.organisation_id IS NOT NULL), \
           (SELECT u.organisation_id FROM users u WHERE u.id = $1))",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn organisation_by_name(db: &Db, name: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1")
        .bind(name)
        .fetch_optional(&db.pool)
        .await
}
