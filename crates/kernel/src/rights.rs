//! The rights of the people in the data (AVG art. 15, 17, 20): what the platform holds about one
//! person, per module, as one JSON document, and erasing it by each module's rule.
//!
//! Each feature hands the kernel its part as [`RightsHooks`] in `Feature::rights`: `export`
//! (what it holds about the person, as JSON), `erase` (remove or anonymise it; what others need
//! stays without the person) and `open_work` (what the person must hand over before their
//! account can go: cases assigned to them). The kernel's own part (account, roles, sessions,
//! mail) is here. The same export answers the person on `/account/gegevens` and a request
//! registered by staff (`/beheer/verzoeken`).

use crate::accounts::model::CurrentUser;
use crate::audit::{self, Action};
use crate::db::{now, Db};
use crate::web::AppState;
use serde_json::{json, Value};
use std::future::Future;
use std::pin::Pin;

/// Who the data is about: the account and its address (modules that hold data by address, such
/// as registrations without an account, find it by the address).
#[derive(Debug, Clone)]
pub struct Subject {
    pub person_id: i64,
    pub email: String,
}

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send>>;

/// What the module holds about the subject, as a JSON object (lists of records, no other
/// person's values).
pub type ExportFn = fn(AppState, Subject) -> BoxFuture<Value>;
/// Removes or anonymises what the module holds about the subject; sealed values are removed.
pub type EraseFn = fn(AppState, Subject) -> BoxFuture<()>;
/// Work the subject must hand over first: `(translation key, count)` pairs, empty when none.
pub type OpenWorkFn = fn(AppState, Subject) -> BoxFuture<Vec<(&'static str, i64)>>;

/// The futures of the three hooks, named for [`rights_hooks!`](crate::rights_hooks).
pub type ExportFuture = BoxFuture<Value>;
pub type EraseFuture = BoxFuture<()>;
pub type OpenWorkFuture = BoxFuture<Vec<(&'static str, i64)>>;

/// A feature's [`RightsHooks`] from its `export`, `erase` and (optional) `open_work` functions,
/// which take the database and either the account id (`person: …`) or the whole [`Subject`]
/// (`subject: …`, for modules that also find data by address). Every module's hooks had the same
/// three closures written out.
#[macro_export]
macro_rules! rights_hooks {
    (person: $export:path, $erase:path $(, $open:path)?) => {
        $crate::rights_hooks!(@hooks (s, s.person_id) $export, $erase $(, $open)?)
    };
    (subject: $export:path, $erase:path $(, $open:path)?) => {
        $crate::rights_hooks!(@hooks (s, &s) $export, $erase $(, $open)?)
    };
    (@hooks ($s:ident, $arg:expr) $export:path, $erase:path $(, $open:path)?) => {
        $crate::rights::RightsHooks {
            export: |state: $crate::web::AppState,
                     $s: $crate::rights::Subject|
             -> $crate::rights::ExportFuture {
                Box::pin(async move { $export(&state.db, $arg).await })
            },
            erase: |state: $crate::web::AppState,
                    $s: $crate::rights::Subject|
             -> $crate::rights::EraseFuture {
                Box::pin(async move { $erase(&state.db, $arg).await })
            },
            open_work: $crate::rights_hooks!(@open ($s, $arg) $($open)?),
        }
    };
    (@open ($s:ident, $arg:expr)) => {
        None
    };
    (@open ($s:ident, $arg:expr) $open:path) => {
        Some(
            |state: $crate::web::AppState,
             $s: $crate::rights::Subject|
             -> $crate::rights::OpenWorkFuture {
                Box::pin(async move { $open(&state.db, $arg).await })
            },
        )
    };
}

/// A feature's part in the rights of the people in its data.
#[derive(Clone, Copy)]
pub struct RightsHooks {
    pub export: ExportFn,
    pub erase: EraseFn,
    pub open_work: Option<OpenWorkFn>,
}

/// The hooks of all features, in the order they are listed (kept in the state).
pub type Registry = Vec<(&'static str, RightsHooks)>;

/// The subject of an account, or `None` when there is no such (active or disabled) account.
pub async fn subject(db: &Db, person_id: i64) -> sqlx::Result<Option<Subject>> {
    let email: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(person_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(email.map(|email| Subject { person_id, email }))
}

/// The whole export: `{"account": …, "<module>": …}`, every module present (an empty object
/// when it holds nothing).
pub async fn export(state: &AppState, subject: &Subject) -> anyhow::Result<Value> {
    let mut all = serde_json::Map::new();
    all.insert("account".into(), kernel_export(&state.db, subject).await?);
    for (name, hooks) in state.rights.iter() {
        let part = (hooks.export)(state.clone(), subject.clone()).await?;
        all.insert((*name).to_string(), part);
    }
    Ok(Value::Object(all))
}

/// What must be handed over before the account can go, over all modules.
pub async fn open_work(
    state: &AppState,
    subject: &Subject,
) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let mut all = vec![];
    for (_, hooks) in state.rights.iter() {
        if let Some(open) = hooks.open_work {
            all.extend(open(state.clone(), subject.clone()).await?);
        }
    }
    Ok(all.into_iter().filter(|(_, n)| *n > 0).collect())
}

/// A module's erasure that is one statement with the person as `$1` (through the writer, like
/// every write).
pub async fn erase_by(db: &Db, sql: &str, person: i64) -> anyhow::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query(sql).bind(person).execute(pool).await?;
    Ok(())
}

/// A module's open work counted by one query with the person as `$1`: one line under `key` on
/// the erasure page (the kernel leaves it out at zero). Most modules need no more than this.
pub async fn count_open(
    db: &Db,
    sql: &str,
    person: i64,
    key: &'static str,
) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let n: i64 = sqlx::query_scalar(sql)
        .bind(person)
        .fetch_one(&db.pool)
        .await?;
    Ok(vec![(key, n)])
}

/// Erases the person: each module by its rule, then the account itself (anonymised, so what
/// others need keeps pointing at a row with no name, address, password or second factor), its
/// roles, sessions, tokens and recovery codes. Safe to run again after an interruption. The
/// erasure is audited as done by `by`, with `detail` saying why (the person's own request, or a
/// request handled by a coordinator).
pub async fn erase(
    state: &AppState,
    subject: &Subject,
    by: &CurrentUser,
    detail: &str,
) -> anyhow::Result<()> {
    for (_, hooks) in state.rights.iter() {
        (hooks.erase)(state.clone(), subject.clone()).await?;
    }
    erase_account(&state.db, subject).await?;
    audit::person(
        &state.db,
        Some(by),
        Action::Delete,
        subject.person_id,
        detail,
    )
    .await?;
    Ok(())
}

async fn erase_account(db: &Db, subject: &Subject) -> anyhow::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = subject.person_id;
    for sql in [
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM user_tokens WHERE user_id = $1",
        "DELETE FROM recovery_codes WHERE user_id = $1",
        "DELETE FROM role_assignments WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *tx).await?;
    }
    sqlx::query("DELETE FROM mail_outbox WHERE LOWER(to_address) = LOWER($1)")
        .bind(&subject.email)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE users SET email = $2, name = '—', display_name = NULL, password_hash = NULL, \
           status = 'disabled', organisation_id = NULL, verified_resident = 0, totp_secret = NULL, \
           totp_enabled = 0, last_login_at = NULL, updated_at = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(erased_address(id))
    .bind(now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The address an erased account keeps (the column is unique and required): it reaches nobody.
pub fn erased_address(person_id: i64) -> String {
    format!("erased-{person_id}@invalid")
}

/// True when the account was erased.
pub fn is_erased_address(email: &str) -> bool {
    email.starts_with("erased-") && email.ends_with("@invalid")
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    email: String,
    name: String,
    display_name: Option<String>,
    lang: String,
    status: String,
    verified_resident: i64,
    totp_enabled: i64,
    last_login_at: Option<i64>,
    created_at: i64,
    organisation: Option<String>,
}

/// The kernel's part: the account, its roles, open sessions and mail still in the outbox.
async fn kernel_export(db: &Db, subject: &Subject) -> anyhow::Result<Value> {
    let a: AccountRow = sqlx::query_as(
        "SELECT u.email, u.name, u.display_name, u.lang, u.status, u.verified_resident, \
           u.totp_enabled, u.last_login_at, u.created_at, o.name AS organisation \
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1",
    )
    .bind(subject.person_id)
    .fetch_one(&db.pool)
    .await?;
    let roles: Vec<(String, Option<String>, Option<String>, i64)> = sqlx::query_as(
        "SELECT r.role, o.name, a.code, r.created_at FROM role_assignments r \
         LEFT JOIN organisations o ON o.id = r.organisation_id \
         LEFT JOIN areas a ON a.id = r.area_id WHERE r.user_id = $1 ORDER BY r.id",
    )
    .bind(subject.person_id)
    .fetch_all(&db.pool)
    .await?;
    let sessions: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT created_at, last_seen_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
    )
    .bind(subject.person_id)
    .fetch_all(&db.pool)
    .await?;
    let mails: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT subject, created_at, sent_at FROM mail_outbox \
         WHERE LOWER(to_address) = LOWER($1) ORDER BY id",
    )
    .bind(&subject.email)
    .fetch_all(&db.pool)
    .await?;
    Ok(json!({
        "person": {
            "email": a.email, "name": a.name, "display_name": a.display_name, "language": a.lang,
            "status": a.status, "verified_resident": a.verified_resident == 1,
            "two_step_login": a.totp_enabled == 1, "organisation": a.organisation,
            "created_at": moment(a.created_at), "last_login_at": a.last_login_at.map(moment),
        },
        "roles": roles.into_iter().map(|(role, org, area, at)| json!({
            "role": role, "organisation": org, "area": area, "since": moment(at),
        })).collect::<Vec<_>>(),
        "sessions": sessions.into_iter().map(|(from, seen)| json!({
            "started_at": moment(from), "last_seen_at": moment(seen),
        })).collect::<Vec<_>>(),
        "mails": mails.into_iter().map(|(subject, at, sent)| json!({
            "subject": subject, "created_at": moment(at), "sent_at": sent.map(moment),
        })).collect::<Vec<_>>(),
    }))
}

/// A moment in an export: RFC 3339, UTC.
pub fn moment(epoch: i64) -> String {
    jiff::Timestamp::from_second(epoch)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// One module of the export as a page shows it.
pub struct Section {
    pub key: String,
    pub title: String,
    pub parts: Vec<Part>,
}

/// One kind of record in a module (registrations, comments…) and its records as label–value
/// pairs.
pub struct Part {
    pub title: String,
    pub records: Vec<Vec<(String, String)>>,
}

/// The export as sections for a page in the reader's language: module and part names from the
/// translations (`rights-module-…`, `rights-part-…`, `rights-field-…`), else the name itself.
pub fn sections(export: &Value, i18n: &crate::i18n::I18n, lang: crate::i18n::Lang) -> Vec<Section> {
    let label = |prefix: &str, key: &str| {
        let full = format!("{prefix}-{}", key.replace('_', "-"));
        if i18n.has(lang, &full) {
            i18n.message(lang, &full, None)
        } else {
            key.replace('_', " ")
        }
    };
    let value_text = |v: &Value| match v {
        Value::Null => "—".to_string(),
        Value::Bool(b) => label("rights-value", if *b { "yes" } else { "no" }),
        Value::String(s) if s.is_empty() => "—".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let record = |v: &Value| match v {
        Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| (label("rights-field", k), value_text(v)))
            .collect(),
        other => vec![(String::new(), value_text(other))],
    };
    let Value::Object(modules) = export else {
        return vec![];
    };
    modules
        .iter()
        .map(|(key, module)| Section {
            key: key.clone(),
            title: label("rights-module", key),
            parts: match module {
                Value::Object(parts) => parts
                    .iter()
                    .map(|(part, v)| Part {
                        title: label("rights-part", part),
                        records: match v {
                            Value::Array(items) => items.iter().map(record).collect(),
                            single => vec![record(single)],
                        },
                    })
                    .collect(),
                other => vec![Part {
                    title: String::new(),
                    records: vec![record(other)],
                }],
            },
        })
        .collect()
}
