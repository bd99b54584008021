//! Every query of the meldpunt, written once for SQLite and PostgreSQL. Personal content is
//! sealed before it reaches a query and opened after; the database never sees it in clear.

pub mod indicators;
mod receive;
pub mod rights;
use crate::model::is_finished;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::scope::Limit;
use kansrijk_kernel::sealing::Sealer;
pub use receive::{insert, insert_within, Submission};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    pub id: i64,
    pub r#ref: String,
    pub status: String,
    pub reporter_role: String,
    pub happened_on: Option<String>,
    /// Plaintext of reports from before it was sealed (see [`happened_about`]).
    pub happened_about: Option<String>,
    pub happened_about_sealed: Option<String>,
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
    #[sqlx(try_from = "Flag")]
    pub mail_updates: bool,
    #[sqlx(try_from = "Flag")]
    pub consent_handover: bool,
    pub handling: Option<String>,
    pub assigned_to: Option<i64>,
    pub due_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
    pub personal_deleted_at: Option<i64>,
    pub receipt_hash: String,
}

const COLUMNS: &str = "id, ref, status, reporter_role, happened_on, happened_about, happened_about_sealed, area_id, location_kind, terrain, nature, \
    wants, residence, lang, narrative_sealed, place_sealed, contact_sealed, mail_updates, consent_handover, handling, \
    assigned_to, due_at, created_at, updated_at, closed_at, personal_deleted_at, receipt_hash";

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

/// The place of a message: its id and author kind are part of it, so a sealed internal note
/// copied into a message row (or one message copied over another) does not open.
pub fn message_place(report_ref: &str, message_id: i64, author: &str) -> String {
    format!("report:{report_ref}:message:{message_id}:{author}")
}

/// "Happened about" in clear: sealed, or as stored before it was sealed.
pub fn happened_about(sealer: &Sealer, row: &ReportRow) -> Option<String> {
    match &row.happened_about_sealed {
        Some(sealed) => sealer
            .open(&place(&row.r#ref, "happened_about"), sealed)
            .ok(),
        None => row.happened_about.clone(),
    }
}

/// The text of a message in clear; `None` when deleted or when it does not open where it is.
pub fn open_message(sealer: &Sealer, report_ref: &str, m: &MessageRow) -> Option<String> {
    let sealed = m.body_sealed.as_deref()?;
    let place = match m.place_version {
        0 => place(report_ref, "message"),
        _ => message_place(report_ref, m.id, &m.author),
    };
    sealer.open(&place, sealed).ok()
}

/// Whether this report was already received in the last hour: the same form (its submission
/// key), or the same content from the same browser (its duplicate key).
pub async fn received_recently(
    db: &Db,
    submission_key: &str,
    duplicate_key: Option<&str>,
) -> sqlx::Result<bool> {
    // Two look-ups by key, the hour checked here: with `OR … AND created_at > …` SQLite chose the
    // index on created_at and read every report of the last hour, which under load were thousands.
    let times: Vec<i64> = sqlx::query_scalar(
        "SELECT created_at FROM reports WHERE submission_key = $1 \
         UNION ALL SELECT created_at FROM reports WHERE duplicate_key = $2",
    )
    .bind(submission_key)
    .bind(duplicate_key)
    .fetch_all(&db.pool)
    .await?;
    let since = now() - 3600;
    Ok(times.into_iter().any(|t| t > since))
}

/// Forgets the duplicate keys of reports older than the hour they serve: kept longer, the key
/// holder could tie a report to a browser's cookie.
pub async fn forget_duplicate_keys(db: &Db) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query(
        "UPDATE reports SET duplicate_key = NULL WHERE duplicate_key IS NOT NULL AND created_at <= $1",
    )
    .bind(now() - 3600)
    .execute(pool)
    .await?;
    Ok(())
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
    /// See [`open_message`].
    pub place_version: i64,
}

/// Messages of a report; `with_notes` includes the handlers' internal notes.
pub async fn messages(db: &Db, report_id: i64, with_notes: bool) -> sqlx::Result<Vec<MessageRow>> {
    sqlx::query_as(
        "SELECT id, author, author_user_id, body_sealed, created_at, place_version FROM report_messages \
         WHERE report_id = $1 AND ($2 = 1 OR author <> 'note') ORDER BY id",
    )
    .bind(report_id)
    .bind(with_notes as i64)
    .fetch_all(&db.pool)
    .await
}

/// A message on a report: `author` is `reporter` (no account; `user_id` empty), `handler` (the
/// reporter reads it) or `note` (internal); `user_id` the handler's account.
#[derive(Debug, Clone, Copy)]
pub struct NewMessage<'a> {
    pub author: &'a str,
    pub user_id: Option<i64>,
    pub body: &'a str,
}

pub async fn add_message(
    db: &Db,
    sealer: &Sealer,
    report: &ReportRow,
    m: NewMessage<'_>,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = add_message_in(&mut tx, sealer, report, m).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`add_message`] inside the caller's transaction: mediation writes the case a report becomes
/// and the note about it on the report at once.
pub async fn add_message_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    sealer: &Sealer,
    report: &ReportRow,
    NewMessage {
        author,
        user_id,
        body,
    }: NewMessage<'_>,
) -> sqlx::Result<i64> {
    let ts = now();
    // The id is part of the place, so the body is sealed once the row has its id.
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO report_messages (report_id, author, author_user_id, created_at, place_version) VALUES ($1, $2, $3, $4, 1) RETURNING id",
    )
    .bind(report.id)
    .bind(author)
    .bind(user_id)
    .bind(ts)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query("UPDATE report_messages SET body_sealed = $1 WHERE id = $2")
        .bind(sealer.seal(&message_place(&report.r#ref, id, author), body))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE reports SET updated_at = $1 WHERE id = $2")
        .bind(ts)
        .bind(report.id)
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

/// Deletes the personal content of a report (narrative, place, contact, message texts); the
/// statistical fields stay for the figures.
pub async fn delete_personal_content(db: &Db, report_id: i64) -> sqlx::Result<()> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE reports SET narrative_sealed = NULL, place_sealed = NULL, contact_sealed = NULL, happened_about = NULL, \
         happened_about_sealed = NULL, duplicate_key = NULL, mail_updates = 0, personal_deleted_at = $1, updated_at = $1 WHERE id = $2",
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

/// A handler takes the report (or gives it back with `None`); a new report is then in progress.
pub async fn assign(db: &Db, report_id: i64, user_id: Option<i64>) -> sqlx::Result<()> {
    let set =
        "assigned_to = $1, status = CASE WHEN status = 'new' THEN 'in_progress' ELSE status END";
    update_report(db, report_id, set, user_id).await
}

pub async fn set_due(db: &Db, report_id: i64, due_at: Option<i64>) -> sqlx::Result<()> {
    update_report(db, report_id, "due_at = $1", due_at).await
}

/// One change by a handler: `set` (a fixed text, never input) takes `value` as `$1`; the report
/// counts as updated now.
async fn update_report(db: &Db, report_id: i64, set: &str, value: Option<i64>) -> sqlx::Result<()> {
    sqlx::query(&format!(
        "UPDATE reports SET {set}, updated_at = $2 WHERE id = $3"
    ))
    .bind(value)
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
    /// At national scale: the municipality whose buurten the filter offers (a CBS code); it
    /// does not filter the reports itself.
    #[serde(default)]
    pub gemeente: String,
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

/// How many reports there are (the demo data is added to an empty meldpunt only).
pub async fn count(db: &Db) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&db.pool)
        .await
}

/// Dates a report back, as when it was received at `created_at` and finished at `closed_at`
/// (demo data and imports of earlier registrations).
pub async fn backdate(
    db: &Db,
    report_id: i64,
    created_at: i64,
    closed_at: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE reports SET created_at = $1, updated_at = $1, closed_at = $2 WHERE id = $3",
    )
    .bind(created_at)
    .bind(closed_at)
    .bind(report_id)
    .execute(&db.pool)
    .await?;
    Ok(())
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
    let from = "reports r LEFT JOIN areas a ON a.id = r.area_id";
    quarter_counts(db, dimension.expression(), from, bounds, areas).await
}

/// Counts per ground (a report may have several): (quarter 1–4, ground, count).
pub async fn ground_counts(
    db: &Db,
    bounds: &[i64; 5],
    areas: &Limit,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    let from = "reports r JOIN report_grounds g ON g.report_id = r.id";
    quarter_counts(db, "g.ground", from, bounds, areas).await
}

/// `category` (an expression fixed in code) counted per quarter over `from` (fixed in code).
async fn quarter_counts(
    db: &Db,
    category: &str,
    from: &str,
    bounds: &[i64; 5],
    areas: &Limit,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    sqlx::query_as(&format!(
        "SELECT CASE WHEN r.created_at < $2 THEN 1 WHEN r.created_at < $3 THEN 2 WHEN r.created_at < $4 THEN 3 ELSE 4 END AS q, \
           {category} AS category, COUNT(*) AS n \
         FROM {from} \
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

/// Every sealed value, for re-encryption after a key rotation: (table, id, column, place, value).
pub async fn sealed_values(db: &Db) -> sqlx::Result<Vec<(String, i64, String, String, String)>> {
    let rows: Vec<(String, i64, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT 'reports', id, 'narrative_sealed', ref, '', narrative_sealed, 0 FROM reports WHERE narrative_sealed IS NOT NULL \
         UNION ALL SELECT 'reports', id, 'place_sealed', ref, '', place_sealed, 0 FROM reports WHERE place_sealed IS NOT NULL \
         UNION ALL SELECT 'reports', id, 'contact_sealed', ref, '', contact_sealed, 0 FROM reports WHERE contact_sealed IS NOT NULL \
         UNION ALL SELECT 'reports', id, 'happened_about_sealed', ref, '', happened_about_sealed, 0 FROM reports WHERE happened_about_sealed IS NOT NULL \
         UNION ALL SELECT 'report_messages', m.id, 'body_sealed', r.ref, m.author, m.body_sealed, m.place_version \
           FROM report_messages m JOIN reports r ON r.id = m.report_id WHERE m.body_sealed IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(table, id, column, report_ref, author, sealed, version)| {
            let place = match column.as_str() {
                "body_sealed" if version == 0 => place(&report_ref, "message"),
                "body_sealed" => message_place(&report_ref, id, &author),
                _ => place(&report_ref, column.trim_end_matches("_sealed")),
            };
            (table, id, column, place, sealed)
        })
        .collect())
}

/// Replaces one sealed value found by [`sealed_values`] (after a key rotation).
pub async fn replace_sealed(
    db: &Db,
    (table, id, column): (&str, i64, &str),
    sealed: &str,
) -> sqlx::Result<()> {
    // Table and column come from the fixed list in `sealed_values`, never from input.
    sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE id = $2"))
        .bind(sealed)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Seals what was stored before it was sealed or bound: plaintext "happened about", and
/// messages sealed under the report's 'message' place (re-sealed with their id and author).
/// Returns how many values changed.
pub async fn seal_legacy(db: &Db, sealer: &Sealer) -> anyhow::Result<usize> {
    let plain: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, ref, happened_about FROM reports WHERE happened_about IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await?;
    let messages: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT m.id, r.ref, m.author, m.body_sealed FROM report_messages m JOIN reports r ON r.id = m.report_id \
         WHERE m.place_version = 0 AND m.body_sealed IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut changed = 0;
    for (id, report_ref, text) in plain {
        let sealed = sealer.seal_opt(&place(&report_ref, "happened_about"), Some(&text));
        sqlx::query(
            "UPDATE reports SET happened_about_sealed = $1, happened_about = NULL WHERE id = $2",
        )
        .bind(sealed)
        .bind(id)
        .execute(&db.pool)
        .await?;
        changed += 1;
    }
    for (id, report_ref, author, sealed) in messages {
        let body = sealer.open(&place(&report_ref, "message"), &sealed)?;
        sqlx::query("UPDATE report_messages SET body_sealed = $1, place_version = 1 WHERE id = $2 AND place_version = 0")
            .bind(sealer.seal(&message_place(&report_ref, id, &author), &body))
            .bind(id)
            .execute(&db.pool)
            .await?;
        changed += 1;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: i64, author: &str, body_sealed: String) -> MessageRow {
        MessageRow {
            id,
            author: author.into(),
            author_user_id: None,
            body_sealed: Some(body_sealed),
            created_at: 0,
            place_version: 1,
        }
    }

    #[test]
    fn a_sealed_note_does_not_open_as_a_message_or_as_another_message() {
        let sealer = Sealer::from_keys(&[kansrijk_kernel::sealing::new_key("k1")]).unwrap();
        let note = sealer.seal(&message_place("abc", 7, "note"), "Interne notitie");
        assert_eq!(
            open_message(&sealer, "abc", &message(7, "note", note.clone())).as_deref(),
            Some("Interne notitie")
        );
        for (id, author) in [(7, "handler"), (7, "reporter"), (8, "note"), (8, "handler")] {
            assert_eq!(
                open_message(&sealer, "abc", &message(id, author, note.clone())),
                None,
                "opened as message {id} by {author}"
            );
        }
        assert!(sealer
            .open(&message_place("abc", 7, "handler"), &note)
            .is_err());
        assert!(
            open_message(&sealer, "abd", &message(7, "note", note.clone())).is_none(),
            "nor in another report"
        );
        // Marking the copy as sealed the old way does not help either.
        let mut old = message(7, "handler", note);
        old.place_version = 0;
        assert_eq!(open_message(&sealer, "abc", &old), None);
    }
}
