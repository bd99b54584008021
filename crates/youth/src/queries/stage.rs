//! The stage's public side: residents' reactions (with flags and the coordinator's decision),
//! supports, and views per day, and the reach figures built from them.

use crate::model::FLAG_THRESHOLD;
use kansrijk_kernel::accounts::Author;
use kansrijk_kernel::db::{now, Db};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReactionRow {
    pub id: i64,
    pub campaign_id: i64,
    #[sqlx(flatten)]
    pub author: Author,
    pub body: String,
    pub created_at: i64,
    pub flags: i64,
    pub kept_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: String,
}

impl ReactionRow {
    /// Shown on the stage: not hidden by the coordinator, and fewer flags than the threshold
    /// unless the coordinator kept it.
    pub fn visible(&self) -> bool {
        self.hidden_at.is_none() && (self.kept_at.is_some() || self.flags < FLAG_THRESHOLD)
    }
}

const REACTION_SELECT: &str = "SELECT r.id, r.campaign_id, r.author_id, u.name AS author_name, \
     u.display_name AS author_display_name, u.email AS author_email, u.lang AS author_lang, r.body, r.created_at, \
     (SELECT COUNT(*) FROM youth_reaction_flags f WHERE f.reaction_id = r.id) AS flags, \
     r.kept_at, r.hidden_at, r.hidden_reason \
     FROM youth_reactions r JOIN users u ON u.id = r.author_id";

/// Adds a reaction.
pub async fn add_reaction(
    db: &Db,
    campaign_id: i64,
    author_id: i64,
    body: &str,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = sqlx::query_scalar(
        "INSERT INTO youth_reactions (campaign_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(campaign_id)
    .bind(author_id)
    .bind(body)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The reactions to a campaign, oldest first (visible or not: the caller filters).
pub async fn reactions(db: &Db, campaign_id: i64) -> sqlx::Result<Vec<ReactionRow>> {
    sqlx::query_as(&format!(
        "{REACTION_SELECT} WHERE r.campaign_id = $1 ORDER BY r.created_at, r.id"
    ))
    .bind(campaign_id)
    .fetch_all(&db.pool)
    .await
}

/// One reaction.
pub async fn reaction(db: &Db, id: i64) -> sqlx::Result<Option<ReactionRow>> {
    sqlx::query_as(&format!("{REACTION_SELECT} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Reactions waiting for the coordinator: flagged, not decided, newest first.
pub async fn flagged_reactions(db: &Db) -> sqlx::Result<Vec<ReactionRow>> {
    sqlx::query_as(&format!(
        "{REACTION_SELECT} WHERE r.hidden_at IS NULL AND r.kept_at IS NULL \
           AND EXISTS (SELECT 1 FROM youth_reaction_flags f WHERE f.reaction_id = r.id) ORDER BY r.id DESC"
    ))
    .fetch_all(&db.pool)
    .await
}

/// Flags a reaction; a second flag by the same person counts once. True when it was new.
pub async fn flag_reaction(db: &Db, id: i64, user_id: i64, reason: &str) -> sqlx::Result<bool> {
    let q = sqlx::query(
        "INSERT INTO youth_reaction_flags (reaction_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (reaction_id, user_id) DO NOTHING",
    )
    .bind(id)
    .bind(user_id)
    .bind(reason)
    .bind(now());
    changed_one(db, q).await
}

/// The coordinator's decision: keep (visible whatever the flags) or hide with a reason.
pub async fn decide_reaction(
    db: &Db,
    id: i64,
    by: i64,
    hide_reason: Option<&str>,
) -> sqlx::Result<bool> {
    let q = match hide_reason {
        Some(reason) => sqlx::query(
            "UPDATE youth_reactions SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $4 AND hidden_at IS NULL",
        )
        .bind(now())
        .bind(reason)
        .bind(by)
        .bind(id),
        None => sqlx::query("UPDATE youth_reactions SET kept_at = $1 WHERE id = $2 AND hidden_at IS NULL")
            .bind(now())
            .bind(id),
    };
    changed_one(db, q).await
}

/// Supports a campaign; once per person. True when it was new.
pub async fn support(db: &Db, campaign_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let q = sqlx::query(
        "INSERT INTO youth_supports (campaign_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (campaign_id, user_id) DO NOTHING",
    )
    .bind(campaign_id)
    .bind(user_id)
    .bind(now());
    changed_one(db, q).await
}

/// Runs one write through the writer; true when it changed a row (a second flag or support by
/// the same person, or a reaction decided already, changes none).
async fn changed_one<'q>(
    db: &Db,
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
) -> sqlx::Result<bool> {
    let (_gate, pool) = db.write().await?;
    Ok(q.execute(pool).await?.rows_affected() == 1)
}

/// How many people support a campaign.
pub async fn supports(db: &Db, campaign_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM youth_supports WHERE campaign_id = $1")
        .bind(campaign_id)
        .fetch_one(&db.pool)
        .await
}

/// Counts one view of a campaign on `day` (no cookie, no person).
pub async fn count_view(db: &Db, campaign_id: i64, day: &str) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO youth_views (campaign_id, day, views) VALUES ($1, $2, 1) \
         ON CONFLICT (campaign_id, day) DO UPDATE SET views = youth_views.views + 1",
    )
    .bind(campaign_id)
    .bind(day)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Views per day of a campaign: (day, views).
pub async fn views(db: &Db, campaign_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT day, views FROM youth_views WHERE campaign_id = $1 ORDER BY day")
        .bind(campaign_id)
        .fetch_all(&db.pool)
        .await
}

/// When each support and each reaction was given: (kind `support` / `reaction`, UTC seconds).
pub async fn reach_moments(db: &Db, campaign_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT 'support' AS kind, created_at FROM youth_supports WHERE campaign_id = $1 \
         UNION ALL SELECT 'reaction' AS kind, created_at FROM youth_reactions WHERE campaign_id = $1",
    )
    .bind(campaign_id)
    .fetch_all(&db.pool)
    .await
}
