//! What the meldpunt holds about one person with an account (AVG art. 15, 17, 20): reports are
//! made without an account, so this is the handler's work — the reports assigned to them and
//! how many messages they wrote, by reference only (the contents are about the reporters). A
//! handler with open reports hands them over before the account can go. Reporters withdraw
//! their report with the receipt code.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::rights::RightsHooks;
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(person: export, erase, open_work);

pub async fn export(db: &Db, person: i64) -> anyhow::Result<Value> {
    let assigned: Vec<(String, String)> =
        sqlx::query_as("SELECT ref, status FROM reports WHERE assigned_to = $1 ORDER BY id")
            .bind(person)
            .fetch_all(&db.pool)
            .await?;
    let messages: Vec<(String, i64)> = sqlx::query_as(
        "SELECT r.ref, COUNT(*) FROM report_messages m JOIN reports r ON r.id = m.report_id \
         WHERE m.author_user_id = $1 GROUP BY r.ref ORDER BY r.ref",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    Ok(json!({
        "assigned_reports": assigned.into_iter().map(|(r, status)| json!({"report": r, "status": status})).collect::<Vec<_>>(),
        "messages_written": messages.into_iter().map(|(r, n)| json!({"report": r, "messages": n})).collect::<Vec<_>>(),
    }))
}

/// Finished reports no longer name the handler; open ones were handed over first.
pub async fn erase(db: &Db, person: i64) -> anyhow::Result<()> {
    let sql = "UPDATE reports SET assigned_to = NULL WHERE assigned_to = $1 AND status NOT IN ('new', 'in_progress')";
    kansrijk_kernel::rights::erase_by(db, sql, person).await
}

/// Open reports assigned to the person.
pub async fn open_work(db: &Db, person: i64) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let sql =
        "SELECT COUNT(*) FROM reports WHERE assigned_to = $1 AND status IN ('new', 'in_progress')";
    kansrijk_kernel::rights::count_open(db, sql, person, "report-rights-open-cases").await
}
