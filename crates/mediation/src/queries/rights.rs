//! What mediation holds about one person with an account (AVG art. 15, 17, 20): the cases they
//! mediate or mediated, the contacts and steps they logged (by number only: the case files are
//! about the parties) and whether their street is registered (a keyed hash, for the
//! same-street check). A mediator with open cases hands them over first. Erasing removes the
//! street; the case files keep the steps under the erased account.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::rights::RightsHooks;
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(person: export, erase, open_work);

pub async fn export(db: &Db, person: i64) -> anyhow::Result<Value> {
    let cases: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT c.id, c.stage, m.assigned_on, \
           (SELECT COUNT(*) FROM mediation_contacts k WHERE k.case_id = c.id AND k.user_id = $1) \
         FROM mediation_mediators m JOIN mediation_cases c ON c.id = m.case_id \
         WHERE m.user_id = $1 ORDER BY c.id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let steps: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mediation_steps WHERE by_user = $1")
        .bind(person)
        .fetch_one(&db.pool)
        .await?;
    let street: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM mediation_mediator_streets WHERE user_id = $1")
            .bind(person)
            .fetch_one(&db.pool)
            .await?;
    Ok(json!({
        "cases": cases.into_iter().map(|(id, stage, on, contacts)| json!({
            "case": id, "stage": stage, "assigned_on": on, "contacts_logged": contacts,
        })).collect::<Vec<_>>(),
        "steps_logged": {"count": steps},
        "street_registered": {"registered": street > 0},
    }))
}

pub async fn erase(db: &Db, person: i64) -> anyhow::Result<()> {
    let sql = "DELETE FROM mediation_mediator_streets WHERE user_id = $1";
    kansrijk_kernel::rights::erase_by(db, sql, person).await
}

/// Open cases the person mediates.
pub async fn open_work(db: &Db, person: i64) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let sql =
        "SELECT COUNT(*) FROM mediation_mediators m JOIN mediation_cases c ON c.id = m.case_id \
         WHERE m.user_id = $1 AND c.closed_at IS NULL";
    kansrijk_kernel::rights::count_open(db, sql, person, "mediation-rights-open-cases").await
}

/// Stores the keyed hash of the link mailed to the resident who asked, and its expiry.
pub async fn set_party_link(db: &Db, case_id: i64, hash: &str, expires: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE mediation_cases SET party_link_hash = $1, party_link_expires = $2 WHERE id = $3",
    )
    .bind(hash)
    .bind(expires)
    .bind(case_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The case a party link opens, while it has not expired and the file is still there:
/// `(id, sealed file, stage)`.
pub async fn case_by_party_link(
    db: &Db,
    hashes: &[String],
) -> sqlx::Result<Option<(i64, Option<String>, String)>> {
    for hash in hashes {
        let found = sqlx::query_as(
            "SELECT id, file_sealed, stage FROM mediation_cases WHERE party_link_hash = $1 \
             AND party_link_expires > $2 AND file_deleted_at IS NULL",
        )
        .bind(hash)
        .bind(kansrijk_kernel::db::now())
        .fetch_optional(&db.pool)
        .await?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// The resident withdraws: the file and everything personal go (as after the retention
/// period), the link stops working, and an open case is closed ("other").
pub async fn withdraw_by_party(db: &Db, case_id: i64, today: &str) -> sqlx::Result<()> {
    crate::queries::delete_file(db, case_id).await?;
    sqlx::query(
        "UPDATE mediation_cases SET party_link_hash = NULL, party_link_expires = NULL, \
           stage = CASE WHEN stage = 'closed' THEN stage ELSE 'closed' END, \
           close_reason = CASE WHEN stage = 'closed' THEN close_reason ELSE 'other' END, \
           closed_on = COALESCE(closed_on, $2), closed_at = COALESCE(closed_at, $3), \
           version = version + 1 WHERE id = $1",
    )
    .bind(case_id)
    .bind(today)
    .bind(kansrijk_kernel::db::now())
    .execute(&db.pool)
    .await?;
    Ok(())
}
