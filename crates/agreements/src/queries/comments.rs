//! The discussion of a proposal: comments with replies, flags and moderation.

use super::add_event;
use crate::model;
use kansrijk_kernel::accounts::Author;
use kansrijk_kernel::db::{now, Db};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub proposal_id: i64,
    pub parent_id: Option<i64>,
    #[sqlx(flatten)]
    pub author: Author,
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
    let (_gate, mut tx) = db.begin_write().await?;
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
