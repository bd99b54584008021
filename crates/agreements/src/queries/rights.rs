//! What the agreements hold about one person (AVG art. 15, 17, 20): their proposals, comments,
//! supports, follows, flags and the mails sent to them. Another person's proposal appears only
//! by its number. Erasing: a comment becomes "removed by the author" (an empty body, hidden
//! without a moderator's reason); a proposal stays (others supported and discussed it) under the
//! erased account, without "on behalf of"; a support stays in the count; follows, flag reasons
//! and the record of mails sent go.

use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::rights::{moment, RightsHooks};
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(person: export, erase);

type ProposalRow = (i64, String, String, String, String, String, i64);
type CommentRow = (i64, i64, String, i64, Option<i64>, Option<i64>);

pub async fn export(db: &Db, person: i64) -> anyhow::Result<Value> {
    let proposals: Vec<ProposalRow> = sqlx::query_as(
        "SELECT id, title, explanation, pillar, on_behalf_of, status, created_at FROM proposals \
         WHERE author_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let comments: Vec<CommentRow> = sqlx::query_as(
        "SELECT id, proposal_id, body, created_at, edited_at, hidden_at FROM proposal_comments \
         WHERE author_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let pairs = |sql: &'static str| async move {
        sqlx::query_as::<_, (i64, String, i64)>(sql)
            .bind(person)
            .fetch_all(&db.pool)
            .await
    };
    let supports = pairs("SELECT proposal_id, '' AS x, created_at FROM proposal_supports WHERE user_id = $1 ORDER BY proposal_id").await?;
    let follows = pairs("SELECT proposal_id, mode, created_at FROM proposal_follows WHERE user_id = $1 ORDER BY proposal_id").await?;
    let flags = pairs("SELECT comment_id, reason, created_at FROM comment_flags WHERE user_id = $1 ORDER BY comment_id").await?;
    let mails = pairs(
        "SELECT e.proposal_id, e.kind, e.created_at FROM proposal_event_mails m \
         JOIN proposal_events e ON e.id = m.event_id WHERE m.user_id = $1 ORDER BY e.id",
    )
    .await?;
    Ok(json!({
        "proposals": proposals.into_iter().map(|(id, title, explanation, pillar, behalf, status, at)| json!({
            "proposal": id, "title": title, "explanation": explanation, "pillar": pillar,
            "on_behalf_of": behalf, "status": status, "created_at": moment(at),
        })).collect::<Vec<_>>(),
        "comments": comments.into_iter().map(|(id, proposal, body, at, edited, hidden)| json!({
            "comment": id, "proposal": proposal, "text": body, "created_at": moment(at),
            "edited_at": edited.map(moment), "hidden_at": hidden.map(moment),
        })).collect::<Vec<_>>(),
        "supports": supports.into_iter().map(|(p, _, at)| json!({"proposal": p, "created_at": moment(at)})).collect::<Vec<_>>(),
        "follows": follows.into_iter().map(|(p, mode, at)| json!({"proposal": p, "mode": mode, "created_at": moment(at)})).collect::<Vec<_>>(),
        "flags": flags.into_iter().map(|(c, reason, at)| json!({"comment": c, "reason": reason, "created_at": moment(at)})).collect::<Vec<_>>(),
        "mails": mails.into_iter().map(|(p, kind, at)| json!({"proposal": p, "kind": kind, "created_at": moment(at)})).collect::<Vec<_>>(),
    }))
}

pub async fn erase(db: &Db, person: i64) -> anyhow::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE proposal_comments SET body = '', hidden_at = COALESCE(hidden_at, $2), \
           hidden_reason = '', hidden_by = NULL WHERE author_id = $1",
    )
    .bind(person)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    for sql in [
        "UPDATE proposals SET on_behalf_of = '' WHERE author_id = $1",
        "UPDATE comment_flags SET reason = '' WHERE user_id = $1",
        "DELETE FROM proposal_follows WHERE user_id = $1",
        "DELETE FROM proposal_event_mails WHERE user_id = $1",
        "DELETE FROM proposal_digests WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
