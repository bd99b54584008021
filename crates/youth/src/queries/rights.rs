//! What the youth stage holds about one account holder (AVG art. 15, 17, 20): reactions,
//! supports and flags a resident gave, and for a coach the campaigns they guide and the
//! timeline entries they wrote (kind and date: the text is the team's record, sealed). The team
//! members themselves have no account: the coordinator deletes a team's data on request.
//! Erasing: a reaction's text goes and it is hidden; a support stays in the count; flag reasons
//! go; the coach's entries stay for the team without the author; a coach with campaigns under
//! way hands them over first.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::rights::{moment, RightsHooks};
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(person: export, erase, open_work);

type ReactionRow = (i64, i64, String, i64, Option<i64>);

pub async fn export(db: &Db, person: i64) -> anyhow::Result<Value> {
    let reactions: Vec<ReactionRow> = sqlx::query_as(
        "SELECT id, campaign_id, body, created_at, hidden_at FROM youth_reactions \
         WHERE author_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let rows = |sql: &'static str| async move {
        sqlx::query_as::<_, (i64, String, i64)>(sql)
            .bind(person)
            .fetch_all(&db.pool)
            .await
    };
    let supports = rows(
        "SELECT campaign_id, '' AS x, created_at FROM youth_supports WHERE user_id = $1 \
         ORDER BY campaign_id",
    )
    .await?;
    let flags = rows(
        "SELECT reaction_id, reason, created_at FROM youth_reaction_flags WHERE user_id = $1 \
         ORDER BY reaction_id",
    )
    .await?;
    let coached =
        rows("SELECT id, name, created_at FROM youth_campaigns WHERE coach_id = $1 ORDER BY id")
            .await?;
    let entries = rows(
        "SELECT campaign_id, kind, created_at FROM youth_timeline WHERE by_user = $1 ORDER BY id",
    )
    .await?;
    Ok(json!({
        "reactions": reactions.into_iter().map(|(id, campaign, body, at, hidden)| json!({
            "comment": id, "campaign": campaign, "text": body, "created_at": moment(at),
            "hidden_at": hidden.map(moment),
        })).collect::<Vec<_>>(),
        "supports": supports.into_iter().map(|(c, _, at)| json!({"campaign": c, "created_at": moment(at)})).collect::<Vec<_>>(),
        "flags": flags.into_iter().map(|(r, reason, at)| json!({"comment": r, "reason": reason, "created_at": moment(at)})).collect::<Vec<_>>(),
        "campaigns_coached": coached.into_iter().map(|(c, name, at)| json!({"campaign": c, "title": name, "created_at": moment(at)})).collect::<Vec<_>>(),
        "timeline_entries": entries.into_iter().map(|(c, kind, at)| json!({"campaign": c, "kind": kind, "created_at": moment(at)})).collect::<Vec<_>>(),
    }))
}

pub async fn erase(db: &Db, person: i64) -> anyhow::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE youth_reactions SET body = '', hidden_at = COALESCE(hidden_at, $2), \
           hidden_reason = '', hidden_by = NULL WHERE author_id = $1",
    )
    .bind(person)
    .bind(kansrijk_kernel::db::now())
    .execute(&mut *tx)
    .await?;
    for sql in [
        "UPDATE youth_reaction_flags SET reason = '' WHERE user_id = $1",
        "UPDATE youth_timeline SET by_user = NULL WHERE by_user = $1",
        "UPDATE youth_campaigns SET coach_id = NULL WHERE coach_id = $1 AND ended_at IS NOT NULL",
    ] {
        sqlx::query(sql).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Campaigns under way that the person coaches: another coach takes them over first.
pub async fn open_work(db: &Db, person: i64) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let sql = "SELECT COUNT(*) FROM youth_campaigns WHERE coach_id = $1 AND ended_at IS NULL";
    kansrijk_kernel::rights::count_open(db, sql, person, "youth-rights-open-campaigns").await
}
