//! Storage of mediation cases: requests (the case file sealed), the dated steps with optimistic
//! locking, the two mediators, the contact log, the mediators' streets, figures and retention.
//! SQL is written once for SQLite and PostgreSQL.

pub mod indicators;
pub mod rights;
use crate::jobs;
use crate::model::{self, CaseFile, CaseState, NewContact, NewRequest, Stage, ValidStep};
use jiff::civil::Date;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::scope::Limit;
use kansrijk_kernel::sealing::Sealer;

/// Where a sealed value of a case lives (bound into the seal, so a value cannot be moved).
pub fn place(case_id: i64, what: &str) -> String {
    format!("mediation:{case_id}:{what}")
}

/// The keyed hash of a street, for the conflict-of-interest check without storing streets.
pub fn street_hash(sealer: &Sealer, street: &str) -> String {
    sealer.keyed_hash("mediation-street", &model::street_key(street))
}

/// Stores a request; returns the case id. The case file and the referrer's address are sealed
/// in the same transaction.
pub async fn insert_request(
    db: &Db,
    sealer: &Sealer,
    request: &NewRequest,
    lang: &str,
    received: Date,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = insert_request_in(&mut tx, sealer, request, lang, received).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`insert_request`] inside the caller's transaction (a report's conversion writes the note on
/// the report in the same one).
pub async fn insert_request_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    sealer: &Sealer,
    request: &NewRequest,
    lang: &str,
    received: Date,
) -> sqlx::Result<i64> {
    let ts = now();
    let streets: Vec<String> = [&request.file.street, &request.file.other_street]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| street_hash(sealer, s))
        .collect();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO mediation_cases (requester, referrer_type, referrer_org, referrer_updates, consent_at, topic, urgency, \
           area_id, lang, party_streets, received_on, intake_due, last_on, created_at, updated_at, \
           referrer_organisation_id, report_ref) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $13, $13, $14, $15) RETURNING id",
    )
    .bind(if request.professional { "professional" } else { "resident" })
    .bind(&request.referrer_type)
    .bind(&request.referrer_org)
    .bind(i64::from(request.referrer_email.is_some()))
    .bind(request.consent.then_some(ts))
    .bind(&request.topic)
    .bind(&request.urgency)
    .bind(request.area_id)
    .bind(lang)
    .bind(streets.join(" "))
    .bind(received.to_string())
    .bind(model::intake_deadline(received).to_string())
    .bind(ts)
    .bind(request.referrer_organisation_id)
    .bind(&request.report_ref)
    .fetch_one(&mut **tx)
    .await?;
    let file = serde_json::to_string(&request.file).map_err(|e| sqlx::Error::Encode(e.into()))?;
    sqlx::query("UPDATE mediation_cases SET file_sealed = $1, referrer_sealed = $2 WHERE id = $3")
        .bind(sealer.seal(&place(id, "file"), &file))
        .bind(sealer.seal_opt(&place(id, "referrer"), request.referrer_email.as_deref()))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    insert_step(tx, id, "received", &received.to_string(), "", None).await?;
    Ok(id)
}

async fn insert_step(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    case_id: i64,
    step: &str,
    on: &str,
    detail: &str,
    by: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO mediation_steps (case_id, step, on_date, detail, by_user, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(case_id)
    .bind(step)
    .bind(on)
    .bind(detail)
    .bind(by)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const CASE_COLUMNS: &str = "c.id, c.version, c.stage, c.requester, c.referrer_type, c.referrer_org, c.referrer_updates, \
    c.topic, c.urgency, c.area_id, a.name AS area_name, c.lang, c.file_sealed, c.referrer_sealed, c.party_streets, \
    c.agreements_sealed, c.received_on, c.intake_due, c.intake_on, c.last_on, c.party2_agrees, c.agreements_on, \
    c.outcome, c.close_reason, c.closed_on, c.file_deleted_at, c.report_ref";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseRow {
    pub id: i64,
    pub version: i64,
    pub stage: String,
    pub requester: String,
    pub referrer_type: String,
    pub referrer_org: String,
    #[sqlx(try_from = "Flag")]
    pub referrer_updates: bool,
    pub topic: String,
    pub urgency: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub lang: String,
    pub file_sealed: Option<String>,
    pub referrer_sealed: Option<String>,
    pub party_streets: String,
    pub agreements_sealed: Option<String>,
    pub received_on: String,
    pub intake_due: String,
    pub intake_on: Option<String>,
    pub last_on: String,
    pub party2_agrees: Option<i64>,
    pub agreements_on: Option<String>,
    pub outcome: Option<String>,
    pub close_reason: Option<String>,
    pub closed_on: Option<String>,
    pub file_deleted_at: Option<i64>,
    /// The meldpunt report the case came from.
    pub report_ref: Option<String>,
}

impl CaseRow {
    pub fn stage(&self) -> Stage {
        Stage::parse(&self.stage).unwrap_or(Stage::Received)
    }

    pub fn state(&self) -> CaseState {
        let date = |s: &str| model::parse_date(s).unwrap_or(jiff::civil::date(2000, 1, 1));
        CaseState {
            stage: self.stage(),
            last_on: date(&self.last_on),
            party2_refused: self.party2_agrees == Some(0),
            agreements_on: self.agreements_on.as_deref().and_then(model::parse_date),
        }
    }

    /// No intake yet and the deadline has passed.
    pub fn overdue(&self, today: &str) -> bool {
        self.stage() == Stage::Received && self.intake_due.as_str() < today
    }

    /// The case file, opened (`None` once deleted after the retention period).
    pub fn file(&self, sealer: &Sealer) -> anyhow::Result<Option<CaseFile>> {
        let Some(sealed) = &self.file_sealed else {
            return Ok(None);
        };
        Ok(Some(serde_json::from_str(
            &sealer.open(&place(self.id, "file"), sealed)?,
        )?))
    }

    pub fn agreements(&self, sealer: &Sealer) -> anyhow::Result<Option<String>> {
        let Some(sealed) = &self.agreements_sealed else {
            return Ok(None);
        };
        Ok(Some(sealer.open(&place(self.id, "agreements"), sealed)?))
    }
}

pub async fn case(db: &Db, id: i64) -> sqlx::Result<Option<CaseRow>> {
    sqlx::query_as(&format!(
        "SELECT {CASE_COLUMNS} FROM mediation_cases c LEFT JOIN areas a ON a.id = c.area_id WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

/// Cases in the areas of `areas` (the coordinator's scope): open ones first, by deadline.
pub async fn cases(db: &Db, areas: &Limit, open: bool) -> sqlx::Result<Vec<CaseRow>> {
    // A case without a buurt belongs to coordinators without an area limit only.
    let area = areas.sql("c.area_id");
    let stage = if open {
        "c.stage <> 'closed'"
    } else {
        "c.stage = 'closed'"
    };
    sqlx::query_as(&format!(
        "SELECT {CASE_COLUMNS} FROM mediation_cases c LEFT JOIN areas a ON a.id = c.area_id \
         WHERE {stage} AND {area} ORDER BY c.intake_due, c.id LIMIT 500"
    ))
    .fetch_all(&db.pool)
    .await
}

/// The case a meldpunt report was converted to, if any.
pub async fn case_of_report(db: &Db, report_ref: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM mediation_cases WHERE report_ref = $1")
        .bind(report_ref)
        .fetch_optional(&db.pool)
        .await
}

/// What a referrer's system may read of a case: no names, contact details or texts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReferredRow {
    pub id: i64,
    pub referrer_type: String,
    pub topic: String,
    pub buurt_code: Option<String>,
    pub stage: String,
    pub received_on: String,
    pub intake_on: Option<String>,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
}

/// The cases `organisation_id` referred, within `areas` (a token's area limit), newest first.
pub async fn referred_by(
    db: &Db,
    organisation_id: i64,
    areas: &Limit,
) -> sqlx::Result<Vec<ReferredRow>> {
    sqlx::query_as(&format!(
        "SELECT c.id, c.referrer_type, c.topic, a.code AS buurt_code, c.stage, c.received_on, c.intake_on, \
           c.closed_on, c.outcome FROM mediation_cases c LEFT JOIN areas a ON a.id = c.area_id \
         WHERE c.referrer_organisation_id = $1 AND {} ORDER BY c.received_on DESC, c.id DESC LIMIT 5000",
        areas.sql("c.area_id")
    ))
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await
}

/// The open and recently closed cases a mediator is one of the two mediators of.
pub async fn cases_of(db: &Db, user_id: i64) -> sqlx::Result<Vec<CaseRow>> {
    sqlx::query_as(&format!(
        "SELECT {CASE_COLUMNS} FROM mediation_cases c LEFT JOIN areas a ON a.id = c.area_id \
         JOIN mediation_mediators m ON m.case_id = c.id WHERE m.user_id = $1 \
         ORDER BY c.stage = 'closed', c.last_on DESC, c.id"
    ))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await
}

/// The two mediators of a case: (id, name, assigned on).
pub async fn mediators_of(db: &Db, case_id: i64) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT m.user_id, u.name, m.assigned_on FROM mediation_mediators m JOIN users u ON u.id = m.user_id \
         WHERE m.case_id = $1 ORDER BY u.name, u.id",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StepRow {
    pub step: String,
    pub on_date: String,
    pub detail: String,
    pub by_name: Option<String>,
}

/// The timeline of a case, in order.
pub async fn steps(db: &Db, case_id: i64) -> sqlx::Result<Vec<StepRow>> {
    sqlx::query_as(
        "SELECT s.step, s.on_date, s.detail, u.name AS by_name FROM mediation_steps s LEFT JOIN users u ON u.id = s.by_user \
         WHERE s.case_id = $1 ORDER BY s.on_date, s.id",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await
}

/// Why a step was not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum StepRefused {
    /// Someone changed the case since the form was made.
    Stale,
}

/// Adds a step if the case is still at `version`: updates the case, writes the timeline entry,
/// the mediators of an assignment and, in the same transaction, the jobs it starts (aftercare
/// reminder, referrer status mail).
pub async fn add_step(
    db: &Db,
    sealer: &Sealer,
    case: &CaseRow,
    version: i64,
    step: &ValidStep,
    by: Option<i64>,
) -> sqlx::Result<Result<(), StepRefused>> {
    let on = step.on.to_string();
    let (outcome, reason) = step
        .closes()
        .map(|(o, r)| (Some(o.to_string()), Some(r.to_string())))
        .unwrap_or((None, None));
    let (_gate, mut tx) = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE mediation_cases SET version = version + 1, stage = $1, last_on = $2, \
           intake_on = CASE WHEN $3 = 'intake' THEN $2 ELSE intake_on END, \
           party2_agrees = CASE WHEN $3 = 'party2' THEN $4 ELSE party2_agrees END, \
           agreements_on = CASE WHEN $3 = 'agreements' THEN $2 ELSE agreements_on END, \
           outcome = COALESCE($5, outcome), close_reason = COALESCE($6, close_reason), \
           closed_on = CASE WHEN $5 IS NULL THEN closed_on ELSE $2 END, \
           closed_at = CASE WHEN $5 IS NULL THEN closed_at ELSE $7 END, updated_at = $7 \
         WHERE id = $8 AND version = $9",
    )
    .bind(step.stage_after().as_str())
    .bind(&on)
    .bind(step.kind())
    .bind(matches!(step.step, model::Step::Party2 { agrees: true }) as i64)
    .bind(outcome.clone())
    .bind(reason)
    .bind(now())
    .bind(case.id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(Err(StepRefused::Stale));
    }
    insert_step(&mut tx, case.id, step.kind(), &on, &step.detail(), by).await?;
    match &step.step {
        model::Step::Assign { mediators } => {
            for m in mediators {
                sqlx::query("INSERT INTO mediation_mediators (case_id, user_id, assigned_on) VALUES ($1, $2, $3)")
                    .bind(case.id)
                    .bind(m)
                    .bind(&on)
                    .execute(&mut *tx)
                    .await?;
            }
            jobs::referrer_status_in(&mut tx, case, "started").await?;
        }
        model::Step::Agreements { text } => {
            sqlx::query("UPDATE mediation_cases SET agreements_sealed = $1 WHERE id = $2")
                .bind(sealer.seal(&place(case.id, "agreements"), text))
                .bind(case.id)
                .execute(&mut *tx)
                .await?;
            jobs::plan_aftercare_in(&mut tx, case.id, step.on).await?;
        }
        model::Step::Aftercare | model::Step::Close { .. } => {
            jobs::cancel_aftercare_in(&mut tx, case.id).await?;
        }
        _ => {}
    }
    if outcome.is_some() {
        jobs::referrer_status_in(&mut tx, case, "finished").await?;
    }
    tx.commit().await?;
    Ok(Ok(()))
}

// ---- contacts -------------------------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContactRow {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub on_date: String,
    pub kind: String,
    pub note_sealed: Option<String>,
}

impl ContactRow {
    pub fn note(&self, sealer: &Sealer, case_id: i64) -> String {
        self.note_sealed
            .as_ref()
            .and_then(|s| sealer.open(&place(case_id, "contact"), s).ok())
            .unwrap_or_default()
    }
}

pub async fn contacts(db: &Db, case_id: i64) -> sqlx::Result<Vec<ContactRow>> {
    sqlx::query_as(
        "SELECT c.id, c.user_id, u.name, c.on_date, c.kind, c.note_sealed FROM mediation_contacts c \
         JOIN users u ON u.id = c.user_id WHERE c.case_id = $1 ORDER BY c.on_date DESC, c.id DESC",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await
}

pub async fn add_contact(
    db: &Db,
    sealer: &Sealer,
    case_id: i64,
    user_id: i64,
    contact: &NewContact,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO mediation_contacts (case_id, user_id, on_date, kind, note_sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(case_id)
    .bind(user_id)
    .bind(contact.on.to_string())
    .bind(&contact.kind)
    .bind(sealer.seal_opt(&place(case_id, "contact"), Some(&contact.note)))
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

// ---- mediators ------------------------------------------------------------------------------

/// A mediator with their workload.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Workload {
    pub user_id: i64,
    pub name: String,
    /// Open cases now.
    pub open: i64,
    /// Cases assigned in the last twelve months.
    pub year: i64,
    /// Open cases without a logged contact (or assignment) in the last [`model::SILENT_DAYS`].
    pub silent: i64,
    pub has_street: i64,
}

/// Every active mediator with their workload; `since`: the date twelve months ago,
/// `quiet_since`: the date [`model::SILENT_DAYS`] ago.
pub async fn workload(db: &Db, since: &str, quiet_since: &str) -> sqlx::Result<Vec<Workload>> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, \
           (SELECT COUNT(*) FROM mediation_mediators m JOIN mediation_cases c ON c.id = m.case_id \
              WHERE m.user_id = u.id AND c.stage <> 'closed') AS open, \
           (SELECT COUNT(*) FROM mediation_mediators m WHERE m.user_id = u.id AND m.assigned_on >= $1) AS year, \
           (SELECT COUNT(*) FROM mediation_mediators m JOIN mediation_cases c ON c.id = m.case_id \
              WHERE m.user_id = u.id AND c.stage <> 'closed' AND m.assigned_on < $2 AND NOT EXISTS \
              (SELECT 1 FROM mediation_contacts k WHERE k.case_id = c.id AND k.user_id = u.id AND k.on_date >= $2)) AS silent, \
           (SELECT COUNT(*) FROM mediation_mediator_streets s WHERE s.user_id = u.id) AS has_street \
         FROM users u WHERE u.status = 'active' AND EXISTS \
           (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id AND r.role = 'mediator') \
         ORDER BY u.name, u.id",
    )
    .bind(since)
    .bind(quiet_since)
    .fetch_all(&db.pool)
    .await
}

/// The keyed hash of a mediator's street, if recorded.
pub async fn street_of(db: &Db, user_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT street_hash FROM mediation_mediator_streets WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn set_street(db: &Db, user_id: i64, street_hash: Option<&str>) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("DELETE FROM mediation_mediator_streets WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if let Some(hash) = street_hash {
        sqlx::query("INSERT INTO mediation_mediator_streets (user_id, street_hash, updated_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(hash)
            .bind(now())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Whether living in a party's street rules a mediator out (on by default).
pub async fn same_street_check(db: &Db) -> sqlx::Result<bool> {
    let on: Option<i64> =
        sqlx::query_scalar("SELECT same_street_check FROM mediation_settings WHERE id = 1")
            .fetch_optional(&db.pool)
            .await?;
    Ok(on.unwrap_or(1) != 0)
}

pub async fn set_same_street_check(db: &Db, on: bool) -> sqlx::Result<()> {
    sqlx::query("UPDATE mediation_settings SET same_street_check = $1 WHERE id = 1")
        .bind(i64::from(on))
        .execute(&db.pool)
        .await?;
    Ok(())
}

// ---- figures and retention ------------------------------------------------------------------

/// What the figures count of one case (no personal content).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FigureRow {
    pub received_on: String,
    pub topic: String,
    pub referrer_type: String,
    pub outcome: Option<String>,
    pub intake_due: String,
    pub intake_on: Option<String>,
    pub closed_on: Option<String>,
}

/// The cases received from `from` (a date) on.
pub async fn figure_rows(db: &Db, from: &str) -> sqlx::Result<Vec<FigureRow>> {
    sqlx::query_as(
        "SELECT received_on, topic, referrer_type, outcome, intake_due, intake_on, closed_on FROM mediation_cases \
         WHERE received_on >= $1 ORDER BY received_on",
    )
    .bind(from)
    .fetch_all(&db.pool)
    .await
}

/// Cases closed before `cutoff` (UTC seconds) whose file is still there.
pub async fn past_retention(db: &Db, cutoff: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM mediation_cases WHERE stage = 'closed' AND closed_at < $1 AND file_deleted_at IS NULL",
    )
    .bind(cutoff)
    .fetch_all(&db.pool)
    .await
}

/// Deletes the personal content of a case: the file, the agreements, the referrer's address,
/// the party streets and the contact notes. Steps, dates, topic and outcome stay.
pub async fn delete_file(db: &Db, case_id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE mediation_cases SET file_sealed = NULL, agreements_sealed = NULL, referrer_sealed = NULL, \
           referrer_org = '', party_streets = '', file_deleted_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(case_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE mediation_contacts SET note_sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Dates a case's closure back (demo data and tests of the retention period).
pub async fn set_closed_at(db: &Db, case_id: i64, closed_at: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE mediation_cases SET closed_at = $1 WHERE id = $2")
        .bind(closed_at)
        .bind(case_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

// ---- Vreedzame School -----------------------------------------------------------------------

/// Records (or corrects) a school's counts of one month.
pub async fn set_school_count(db: &Db, c: &model::SchoolCount) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO mediation_school_counts (organisation_id, month, pupils_trained, mediations, wijkmediators, council_meetings, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisation_id, month) DO UPDATE SET \
           pupils_trained = excluded.pupils_trained, mediations = excluded.mediations, \
           wijkmediators = excluded.wijkmediators, council_meetings = excluded.council_meetings, \
           updated_at = excluded.updated_at",
    )
    .bind(c.organisation_id)
    .bind(&c.month)
    .bind(c.pupils_trained)
    .bind(c.mediations)
    .bind(c.wijkmediators)
    .bind(c.council_meetings)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SchoolRow {
    pub organisation_id: i64,
    pub school: String,
    pub month: String,
    pub pupils_trained: i64,
    pub mediations: i64,
    pub wijkmediators: i64,
    pub council_meetings: i64,
}

/// The counts of the schools `schools` covers, newest month first.
pub async fn school_counts(db: &Db, schools: &Limit) -> sqlx::Result<Vec<SchoolRow>> {
    sqlx::query_as(&format!(
        "SELECT c.organisation_id, o.name AS school, c.month, c.pupils_trained, c.mediations, c.wijkmediators, \
         c.council_meetings FROM mediation_school_counts c JOIN organisations o ON o.id = c.organisation_id \
         WHERE {} ORDER BY c.month DESC, o.name",
        schools.sql("c.organisation_id")
    ))
    .fetch_all(&db.pool)
    .await
}

/// Schools (organisations of kind `school`) as (id, name), by name.
pub async fn schools(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM organisations WHERE kind = 'school' ORDER BY name, id")
        .fetch_all(&db.pool)
        .await
}
