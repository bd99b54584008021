//! What the activities hold about one person (AVG art. 15, 17, 20): their registrations, found
//! by the address they signed up with (a registration needs no account). Erasing anonymises a
//! registration like the retention job does: the name, address, phone and needs go; the count
//! of people, the status and the check-in stay for the figures.

use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::rights::{moment, RightsHooks, Subject};
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(subject: export, erase);

#[derive(sqlx::FromRow)]
struct Row {
    activity: String,
    starts_at: i64,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    people: i64,
    lang: String,
    interpreter: i64,
    interpreter_lang: String,
    sign_language: i64,
    wheelchair: i64,
    childcare: i64,
    other_needs: String,
    status: String,
    checked_in: i64,
    created_at: i64,
}

const SELECT: &str = "SELECT COALESCE((SELECT t.title FROM activity_texts t WHERE t.activity_id = a.id \
       ORDER BY CASE WHEN t.lang = 'nl' THEN 0 ELSE 1 END LIMIT 1), '') AS activity, \
     a.starts_at, r.name, r.email, r.phone, r.people, r.lang, r.interpreter, r.interpreter_lang, \
     r.sign_language, r.wheelchair, r.childcare, r.other_needs, r.status, r.checked_in, r.created_at \
   FROM registrations r JOIN activities a ON a.id = r.activity_id";

fn record(r: Row) -> Value {
    json!({
        "activity": r.activity, "starts_at": moment(r.starts_at), "name": r.name,
        "email": r.email, "phone": r.phone, "people": r.people, "language": r.lang,
        "interpreter": r.interpreter == 1, "interpreter_language": r.interpreter_lang,
        "sign_language": r.sign_language == 1, "wheelchair": r.wheelchair == 1,
        "childcare": r.childcare == 1, "other_needs": r.other_needs, "status": r.status,
        "checked_in": r.checked_in == 1, "created_at": moment(r.created_at),
    })
}

/// The registrations made with the person's address.
pub async fn export(db: &Db, s: &Subject) -> anyhow::Result<Value> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE LOWER(r.email) = LOWER($1) AND r.anonymised_at IS NULL ORDER BY r.id"
    ))
    .bind(&s.email)
    .fetch_all(&db.pool)
    .await?;
    Ok(json!({ "registrations": rows.into_iter().map(record).collect::<Vec<_>>() }))
}

/// One registration, for its own page (a registrant without an account).
pub async fn export_registration(db: &Db, id: i64) -> anyhow::Result<Value> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE r.id = $1"))
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    Ok(json!({ "registrations": rows.into_iter().map(record).collect::<Vec<_>>() }))
}

const ANONYMISE: &str =
    "UPDATE registrations SET name = '', email = NULL, phone = NULL, interpreter = 0, \
     interpreter_lang = '', sign_language = 0, wheelchair = 0, childcare = 0, other_needs = '', \
     anonymised_at = $1, updated_at = $1";

pub async fn erase(db: &Db, s: &Subject) -> anyhow::Result<()> {
    sqlx::query(&format!("{ANONYMISE} WHERE LOWER(email) = LOWER($2)"))
        .bind(now())
        .bind(&s.email)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Anonymises one registration (its person asked through the link in their mail).
pub async fn erase_registration(db: &Db, id: i64) -> sqlx::Result<()> {
    sqlx::query(&format!("{ANONYMISE} WHERE id = $2"))
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
