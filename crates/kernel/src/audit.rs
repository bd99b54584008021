//! The audit log: who read or changed which personal data, when, and in which role.
//! It records ids, never content: `detail` names what happened ("status closed", "3 rows"),
//! not the text a person wrote.
//!
//! Append-only: database triggers refuse every UPDATE, and every DELETE of an entry younger
//! than [`MIN_RETENTION_DAYS`], whoever asks. Older entries can be deleted, and the cleanup job
//! does so after `audit_retention_days` (at least that minimum; the configuration refuses less).
//! The triggers compare with the database's own clock, so no caller can pass a time that
//! makes a recent entry look old.

use crate::accounts::model::CurrentUser;
use crate::db::{now, Db};

/// Below this age the database refuses to delete an entry (the triggers of migration
/// `20261203010800_audit_retention`); keep the two in step.
pub const MIN_RETENTION_DAYS: i64 = 365;

/// Read, create, change, delete, and the account events worth proving later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Create,
    Update,
    Delete,
    Login,
    LoginFailed,
    Logout,
    Export,
    /// A refused attempt on a record outside the person's scope (answered 404).
    Denied,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Login => "login",
            Action::LoginFailed => "login_failed",
            Action::Logout => "logout",
            Action::Export => "export",
            Action::Denied => "denied",
        }
    }

    pub const ALL: [Action; 9] = [
        Action::Read,
        Action::Create,
        Action::Update,
        Action::Delete,
        Action::Login,
        Action::LoginFailed,
        Action::Logout,
        Action::Export,
        Action::Denied,
    ];
}

/// [`record`] about a person (an account): the subject most account pages change.
pub async fn person(
    db: &Db,
    actor: Option<&CurrentUser>,
    action: Action,
    person_id: i64,
    detail: &str,
) -> sqlx::Result<()> {
    record(db, actor, action, "person", &person_id.to_string(), detail).await
}

/// Writes one entry. `subject_type` names the kind of record ("person", "report", …).
pub async fn record(
    db: &Db,
    actor: Option<&CurrentUser>,
    action: Action,
    subject_type: &str,
    subject_id: &str,
    detail: &str,
) -> sqlx::Result<()> {
    let roles = actor
        .map(|a| {
            a.roles
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    let (_gate, pool) = db.write().await?;
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, actor_name, actor_roles, action, subject_type, subject_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now())
    // A token is no person: its id goes in the name (`api-token:<id>`), the person column stays empty.
    .bind(actor.filter(|a| a.token.is_none()).map(|a| a.id))
    .bind(actor.map(|a| a.name.as_str()))
    .bind(roles)
    .bind(action.as_str())
    .bind(subject_type)
    .bind(subject_id)
    .bind(detail)
    .execute(pool)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub actor_roles: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    pub detail: String,
}

/// Filters for the audit log page; empty means "any".
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub subject_type: String,
    #[serde(default)]
    pub subject_id: String,
    /// Seconds since the epoch (inclusive) and before (exclusive); 0 = open.
    #[serde(default)]
    pub from: i64,
    #[serde(default)]
    pub until: i64,
}

/// Newest first, a page at a time. Each filter is written as `($n = '' OR column = $n)` so one
/// statement serves every combination.
pub async fn search(db: &Db, f: &Filter, limit: i64, offset: i64) -> sqlx::Result<Vec<Entry>> {
    sqlx::query_as(
        "SELECT id, at, actor_id, actor_name, actor_roles, action, subject_type, subject_id, detail FROM audit_log \
         WHERE ($1 = '' OR LOWER(COALESCE(actor_name, '')) LIKE $2) AND ($3 = '' OR action = $3) \
           AND ($4 = '' OR subject_type = $4) AND ($5 = '' OR subject_id = $5) \
           AND ($6 = 0 OR at >= $6) AND ($7 = 0 OR at < $7) \
         ORDER BY id DESC LIMIT $8 OFFSET $9",
    )
    .bind(&f.actor)
    .bind(format!("%{}%", f.actor.to_lowercase()))
    .bind(&f.action)
    .bind(&f.subject_type)
    .bind(&f.subject_id)
    .bind(f.from)
    .bind(f.until)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
}

/// Deletes the entries older than `days` (the retention job); returns how many.
pub async fn delete_older_than(db: &Db, days: i64) -> sqlx::Result<u64> {
    let (_gate, pool) = db.write().await?;
    Ok(sqlx::query("DELETE FROM audit_log WHERE at < $1")
        .bind(now() - days * 86_400)
        .execute(pool)
        .await?
        .rows_affected())
}
