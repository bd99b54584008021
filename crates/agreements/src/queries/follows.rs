//! Following proposals: the events followers hear of, at once or in a daily digest.

use super::Tx;
use crate::jobs::{EventPayload, JOB_EVENT};
use crate::model::FollowMode;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::jobs;

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

/// Records an event for followers and enqueues the mails to those who want them at once.
pub(super) async fn add_event(
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
        &EventPayload { event_id: id },
        now(),
        Some(&jobs::key(JOB_EVENT, id)),
        10,
    )
    .await?;
    Ok(id)
}
