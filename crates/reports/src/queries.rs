//! Every query of the meldpunt, written once for SQLite and PostgreSQL. Personal content is
//! sealed before it reaches a query and opened after; the database never sees it in clear.

use kansrijk_kernel::scope::Limit;
use crate::model::{is_finished, ReportInput};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::sealing::Sealer;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    pub id: i64,
    pub r#ref: String,
    pub status: String,
    pub reporter_role: String,
    pub happened_on: Option<String>,
    pub happened_about: Option<String>,
    pub area_id: Option<i64>,
    pub location_kind: String,
    pub terrain: String,
    pub nature: String,
    pub wants: String,
    pub residence: String,
    pub lang: String,
    pub narrative_sealed: Option<String>,
    pub place_sealed: Option<String>,
    pub contact_sealed: Option<String>,
    pub mail_updates: i64,
    pub consent_handover: i64,
    pub handling: Option<String>,
    pub assigned_to: Option<i64>,
    pub due_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
    pub personal_deleted_at: Option<i64>,
}

const COLUMNS: &str = "id, ref, status, reporter_role, happened_on, happened_about, area_id, location_kind, terrain, nature, \
    wants, residence, lang, narrative_sealed, place_sealed, contact_sealed, mail_updates, consent_handover, handling, \
    assigned_to, due_at, created_at, updated_at, closed_at, personal_deleted_at";

/// Contact details as the reporter gave them (sealed as one JSON value).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub way: String,
}

pub fn place(report_ref: &str, field: &str) -> String {
    format!("report:{report_ref}:{field}")
}

/// Stores a new report with its grounds in one transaction. `receipt_hash` is the slow hash of
/// the code the reporter gets.
pub async fn insert(
    db: &Db,
    sealer: &Sealer,
    input: &ReportInput,
    area_id: Option<i64>,
    lang: &str,
    receipt_hash: &str,
) -> sqlx::Result<(i64, String)> {
    let report_ref = kansrijk_kernel::crypto::random_token(9);
    let contact = input.has_contact().then(|| {
        serde_json::to_string(&Contact {
            name: input.contact_name.clone(),
            email: input.contact_email.clone(),
            phone: input.contact_phone.clone(),
            way: input.contact_way.clone(),
        })
        .unwrap_or_default()
    });
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO reports (ref, receipt_hash, status, reporter_role, happened_on, happened_about, area_id, location_kind, terrain, nature, \
           wants, residence, lang, narrative_sealed, place_sealed, contact_sealed, mail_updates, consent_handover, submission_key, created_at, updated_at) \
         VALUES ($1, $2, 'new', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id",
    )
    .bind(&report_ref)
    .bind(receipt_hash)
    .bind(&input.role)
    .bind((!input.happened_on.is_empty()).then_some(&input.happened_on))
    .bind((!input.happened_about.is_empty()).then_some(&input.happened_about))
    .bind(area_id)
    .bind(input.location_kind())
    .bind(&input.terrain)
    .bind(&input.nature)
    .bind(input.wants.join(","))
    .bind(&input.residence)
    .bind(lang)
    .bind(sealer.seal(&place(&report_ref, "narrative"), &input.narrative))
    .bind(sealer.seal_opt(&place(&report_ref, "place"), Some(&input.place)))
    .bind(contact.map(|c| sealer.seal(&place(&report_ref, "contact"), &c)))
    .bind(input.mail_updates as i64)
    .bind(input.consent_handover as i64)
    .bind((!input.submission_key.is_empty()).then_some(&input.submission_key))
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    for ground in &input.grounds {
        sqlx::query("INSERT INTO report_grounds (report_id, ground) VALUES ($1, $2)")
            .bind(id)
            .bind(ground)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok((id, report_ref))
}

/// A double submission of the same form: the reporter gets a fresh code for the report that was
/// already stored (the first answer, with the first code, may never have reached them).
pub async fn renew_receipt(
    db: &Db,
    submission_key: &str,
    receipt_hash: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("UPDATE reports SET receipt_hash = $1, updated_at = $2 WHERE submission_key = $3 AND created_at > $4 RETURNING ref")
        .bind(receipt_hash)
        .bind(now())
        .bind(submission_key)
        .bind(now() - 3600)
        .fetch_optional(&db.pool)
        .await
}

pub async fn by_receipt(db: &Db, receipt_hash: &str) -> sqlx::Result<Option<ReportRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM reports WHERE receipt_hash = $1"
    ))
    .bind(receipt_hash)
    .fetch_optional(&db.pool)
    .await
}

/// Stores a receipt under the current key (after a key rotation or for a pre-HMAC receipt).
pub async fn rehash_receipt(db: &Db, id: i64, receipt_hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE reports SET receipt_hash = $1 WHERE id = $2")
        .bind(receipt_hash)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn by_ref(db: &Db, report_ref: &str) -> sqlx::Result<Option<ReportRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM reports WHERE ref = $1"))
        .bind(report_ref)
        .fetch_optional(&db.pool)
        .await
}

pub async fn grounds(db: &Db, report_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT ground FROM report_grounds WHERE report_id = $1 ORDER BY ground")
        .bind(report_id)
        .fetch_all(&db.pool)
        .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub author: String,
    pub author_user_id: Option<i64>,
    pub body_sealed: Option<String>,
    pub created_at: i64,
}

/// Messages of a report; `with_notes` includes the handlers' internal notes.
pub async fn messages(db: &Db, report_id: i64, with_notes: bool) -> sqlx::Result<Vec<MessageRow>> {
    sqlx::query_as(
        "SELECT id, author, author_user_id, body_sealed, created_at FROM report_messages \
         WHERE report_id = $1 AND ($2 = 1 OR author <> 'note') ORDER BY id",
    )
    .bind(report_id)
    .bind(with_notes as i64)
    .fetch_all(&db.pool)
    .await
}

pub async fn add_message(
    db: &Db,
    sealer: &Sealer,
    report: &ReportRow,
    author: &str,
    user_id: Option<i64>,
    body: &str,
) -> sqlx::Result<i64> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id = sqlx::query_scalar(
        "INSERT INTO report_messages (report_id, author, author_user_id, body_sealed, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(report.id)
    .bind(author)
    .bind(user_id)
    .bind(sealer.seal(&place(&report.r#ref, "message"), body))
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("UPDATE reports SET updated_at = $1 WHERE id = $2")
        .bind(ts)
        .bind(report.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes the personal content of a report (narrative, place, contact, message texts); the
/// statistical fields stay for the figures.
pub async fn delete_personal_content(db: &Db, report_id: i64) -> sqlx::Result<()> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "UPDATE reports SET narrative_sealed = NULL, place_sealed = NULL, contact_sealed = NULL, happened_about = NULL, \
         mail_updates = 0, personal_deleted_at = $1, updated_at = $1 WHERE id = $2",
    )
    .bind(ts)
    .bind(report_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE report_messages SET body_sealed = NULL WHERE report_id = $1")
        .bind(report_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

pub async fn withdraw(db: &Db, report_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE reports SET status = 'withdrawn', closed_at = $1, updated_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(report_id)
    .execute(&db.pool)
    .await?;
    delete_personal_content(db, report_id).await
}

pub async fn set_status(
    db: &Db,
    report_id: i64,
    status: &str,
    handling: Option<&str>,
) -> sqlx::Result<()> {
    let ts = now();
    sqlx::query(
        "UPDATE reports SET status = $1, handling = COALESCE($2, handling), closed_at = CASE WHEN $3 = 1 THEN $4 ELSE NULL END, \
         updated_at = $4 WHERE id = $5",
    )
    .bind(status)
    .bind(handling)
    .bind(is_finished(status) as i64)
    .bind(ts)
    .bind(report_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn assign(db: &Db, report_id: i64, user_id: Option<i64>) -> sqlx::Result<()> {
    sqlx::query("UPDATE reports SET assigned_to = $1, status = CASE WHEN status = 'new' THEN 'in_progress' ELSE status END, updated_at = $2 WHERE id = $3")
        .bind(user_id)
        .bind(now())
        .bind(report_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_due(db: &Db, report_id: i64, due_at: Option<i64>) -> sqlx::Result<()> {
    sqlx::query("UPDATE reports SET due_at = $1, updated_at = $2 WHERE id = $3")
        .bind(due_at)
        .bind(now())
        .bind(report_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Filters of the handlers' queue; empty means "any".
#[derive(Debug, Default, Clone, Deserialize)]
pub struct QueueFilter {
    #[serde(default)]
    pub status: String,
    /// "mine", "unassigned" or "".
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub ground: String,
    #[serde(default)]
    pub buurt: String,
    #[serde(default)]
    pub pagina: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueRow {
    pub r#ref: String,
    pub status: String,
    pub terrain: String,
    pub nature: String,
    pub area_name: Option<String>,
    pub assigned_name: Option<String>,
    pub due_at: Option<i64>,
    pub created_at: i64,
}

/// The queue shows metadata only (no narrative), so browsing it reads no personal content. Only
/// the reports within `areas` (the handler's scope).
pub async fn queue(
    db: &Db,
    f: &QueueFilter,
    me: i64,
    areas: &Limit,
    limit: i64,
) -> sqlx::Result<Vec<QueueRow>> {
    sqlx::query_as(&format!(
        "SELECT r.ref, r.status, r.terrain, r.nature, a.name AS area_name, u.name AS assigned_name, r.due_at, r.created_at \
         FROM reports r LEFT JOIN areas a ON a.id = r.area_id LEFT JOIN users u ON u.id = r.assigned_to \
         WHERE ($1 = '' AND r.status IN ('new', 'in_progress') OR r.status = $1) \
           AND ($2 = '' OR ($2 = 'mine' AND r.assigned_to = $3) OR ($2 = 'unassigned' AND r.assigned_to IS NULL)) \
           AND ($4 = '' OR EXISTS (SELECT 1 FROM report_grounds g WHERE g.report_id = r.id AND g.ground = $4)) \
           AND ($5 = '' OR a.code = $5) AND {} \
         ORDER BY CASE WHEN r.due_at IS NULL THEN 1 ELSE 0 END, r.due_at, r.created_at DESC LIMIT $6 OFFSET $7",
        areas.sql("r.area_id")
    ))
    .bind(&f.status)
    .bind(&f.who)
    .bind(me)
    .bind(&f.ground)
    .bind(&f.buurt)
    .bind(limit)
    .bind(f.pagina.max(0) * (limit - 1))
    .fetch_all(&db.pool)
    .await
}

/// Finished reports whose personal content is past the retention period.
pub async fn past_retention(db: &Db, older_than: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM reports WHERE status IN ('closed', 'referred', 'withdrawn') AND closed_at < $1 AND personal_deleted_at IS NULL",
    )
    .bind(older_than)
    .fetch_all(&db.pool)
    .await
}

/// Open reports whose due date falls before `until`, with their handler.
pub async fn due_soon(db: &Db, until: i64) -> sqlx::Result<Vec<(String, i64, i64)>> {
    sqlx::query_as(
        "SELECT ref, assigned_to, due_at FROM reports WHERE status IN ('new', 'in_progress') AND assigned_to IS NOT NULL \
         AND due_at IS NOT NULL AND due_at <= $1",
    )
    .bind(until)
    .fetch_all(&db.pool)
    .await
}

/// A single-valued dimension of the figures and its SQL expression (fixed in code).
#[derive(Debug, Clone, Copy)]
pub enum Dimension {
    Terrain,
    Nature,
    Handling,
    Location,
}

impl Dimension {
    fn expression(self) -> &'static str {
        match self {
            Dimension::Terrain => "r.terrain",
            Dimension::Nature => "r.nature",
            Dimension::Handling => "COALESCE(r.handling, 'open')",
            Dimension::Location => "COALESCE(a.code, r.location_kind)",
        }
    }
}

/// Counts for the figures of one year: (quarter 1–4, category, count). `bounds` are the starts
/// of the four quarters and of the next year, in UTC seconds.
pub async fn counts_by(
    db: &Db,
    dimension: Dimension,
    bounds: &[i64; 5],
    areas: &Limit,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    sqlx::query_as(&format!(
        "SELECT CASE WHEN r.created_at < $2 THEN 1 WHEN r.created_at < $3 THEN 2 WHEN r.created_at < $4 THEN 3 ELSE 4 END AS q, \
           {} AS category, COUNT(*) AS n \
         FROM reports r LEFT JOIN areas a ON a.id = r.area_id \
         WHERE r.created_at >= $1 AND r.created_at < $5 AND {} GROUP BY 1, 2 ORDER BY 1, 2",
        dimension.expression(),
        areas.sql("r.area_id")
    ))
    .bind(bounds[0])
    .bind(bounds[1])
    .bind(bounds[2])
    .bind(bounds[3])
    .bind(bounds[4])
    .fetch_all(&db.pool)
    .await
}

pub async fn ground_counts(
    db: &Db,
    bounds: &[i64; 5],
    areas: &Limit,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    sqlx::query_as(&format!(
        "SELECT CASE WHEN r.created_at < $2 THEN 1 WHEN r.created_at < $3 THEN 2 WHEN r.created_at < $4 THEN 3 ELSE 4 END AS q, \
           g.ground, COUNT(*) AS n \
         FROM reports r JOIN report_grounds g ON g.report_id = r.id \
         WHERE r.created_at >= $1 AND r.created_at < $5 AND {} GROUP BY 1, 2 ORDER BY 1, 2",
        areas.sql("r.area_id")
    ))
    .bind(bounds[0])
    .bind(bounds[1])
    .bind(bounds[2])
    .bind(bounds[3])
    .bind(bounds[4])
    .fetch_all(&db.pool)
    .await
}

/// The yearly overview in the three columns municipalities report, plus the rest.
pub async fn overview_counts(
    db: &Db,
    bounds: &[i64; 5],
    areas: &Limit,
) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(&format!(
        "SELECT CASE \
             WHEN residence = 'municipality' AND location_kind IN ('buurt', 'municipality') THEN 'residents_own' \
             WHEN residence = 'municipality' AND location_kind = 'outside' THEN 'residents_elsewhere' \
             WHEN residence = 'elsewhere' AND location_kind IN ('buurt', 'municipality') THEN 'non_residents_here' \
             ELSE 'unknown' END AS col, COUNT(*) \
         FROM reports r WHERE created_at >= $1 AND created_at < $2 AND {} GROUP BY 1",
        areas.sql("r.area_id")
    ))
    .bind(bounds[0])
    .bind(bounds[4])
    .fetch_all(&db.pool)
    .await
}

/// Years that have reports, newest first.
pub async fn years(db: &Db) -> sqlx::Result<(Option<i64>, Option<i64>)> {
    // Two subqueries, not MIN and MAX in one SELECT: SQLite answers a lone MIN or MAX from the
    // index, but both together with a full scan (115 ms at a million reports, on every figures page).
    sqlx::query_as(
        "SELECT (SELECT MIN(created_at) FROM reports), (SELECT MAX(created_at) FROM reports)",
    )
    .fetch_one(&db.pool)
    .await
}

/// Every sealed value, for re-encryption after a key rotation: (table, id, column, value).
pub async fn sealed_values(db: &Db) -> sqlx::Result<Vec<(String, i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT 'reports', id, 'narrative_sealed', ref, narrative_sealed FROM reports WHERE narrative_sealed IS NOT NULL \
         UNION ALL SELECT 'reports', id, 'place_sealed', ref, place_sealed FROM reports WHERE place_sealed IS NOT NULL \
         UNION ALL SELECT 'reports', id, 'contact_sealed', ref, contact_sealed FROM reports WHERE contact_sealed IS NOT NULL \
         UNION ALL SELECT 'report_messages', m.id, 'body_sealed', r.ref, m.body_sealed FROM report_messages m JOIN reports r ON r.id = m.report_id WHERE m.body_sealed IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await
}
