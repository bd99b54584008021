//! What the plan holds about one person (AVG art. 15, 17, 20): a plan or core approach that
//! names them as its contact. Erasing removes them as contact; the coordinator names another.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::rights::{RightsHooks, Subject};
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(subject: export, erase);

pub async fn export(db: &Db, s: &Subject) -> anyhow::Result<Value> {
    let mut contact_of = vec![];
    for table in ["programmes", "approaches"] {
        let rows: Vec<(String, Option<String>)> = sqlx::query_as(&format!(
            "SELECT slug, contact_name FROM {table} WHERE LOWER(contact_email) = LOWER($1) ORDER BY id"
        ))
        .bind(&s.email)
        .fetch_all(&db.pool)
        .await?;
        contact_of.extend(rows.into_iter().map(|(slug, name)| {
            json!({"page": format!("{table}/{slug}"), "contact_name": name, "contact_email": s.email})
        }));
    }
    Ok(json!({ "contact_of": contact_of }))
}

pub async fn erase(db: &Db, s: &Subject) -> anyhow::Result<()> {
    for table in ["programmes", "approaches"] {
        sqlx::query(&format!(
            "UPDATE {table} SET contact_name = NULL, contact_email = NULL WHERE LOWER(contact_email) = LOWER($1)"
        ))
        .bind(&s.email)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}
