//! Every SQL query of the training registry, once, for SQLite and PostgreSQL alike.

use crate::model::{
    self, certificate_number, completed, valid_until, EffectForm, EnrolStatus, NewCourse,
    NewSession,
};
use kansrijk_kernel::capacity::{place_for, promotable};
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::{is_unique_violation, now, Db};
use kansrijk_kernel::jobs;

pub const JOB_NOTIFY: &str = "training.notify";
pub const JOB_EXPIRY_SCAN: &str = "training.expiry_scan";
pub const JOB_EXPIRY_MAIL: &str = "training.expiry_mail";
pub const JOB_FOLLOWUP_SCAN: &str = "training.followup_scan";
pub const JOB_FOLLOWUP_MAIL: &str = "training.followup_mail";

// ---- courses ------------------------------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Course {
    pub id: i64,
    pub course_key: String,
    pub title: String,
    pub description: String,
    pub duration_hours: i64,
    pub target_group: String,
    pub validity_months: Option<i64>,
    pub prerequisite_id: Option<i64>,
    pub completion_percent: i64,
    /// When the course was archived: no longer offered, its certificates stay valid.
    pub archived_at: Option<i64>,
}

impl Course {
    pub fn target(&self) -> model::TargetGroup {
        model::TargetGroup::parse(&self.target_group).unwrap_or(model::TargetGroup::Both)
    }
    pub fn archived(&self) -> bool {
        self.archived_at.is_some()
    }
}

const COURSE_SELECT: &str =
    "SELECT id, course_key, title, description, duration_hours, target_group, validity_months, \
   prerequisite_id, completion_percent, archived_at FROM training_courses";

/// Every course, archived ones included (management pages, prerequisites, certificates).
pub async fn courses(db: &Db) -> sqlx::Result<Vec<Course>> {
    sqlx::query_as(&format!("{COURSE_SELECT} ORDER BY title, id"))
        .fetch_all(&db.pool)
        .await
}

/// The courses on offer: not archived (the public list and the choice for a new session).
pub async fn offered_courses(db: &Db) -> sqlx::Result<Vec<Course>> {
    sqlx::query_as(&format!(
        "{COURSE_SELECT} WHERE archived_at IS NULL ORDER BY title, id"
    ))
    .fetch_all(&db.pool)
    .await
}

pub async fn course(db: &Db, id: i64) -> sqlx::Result<Option<Course>> {
    sqlx::query_as(&format!("{COURSE_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn course_by_key(db: &Db, key: &str) -> sqlx::Result<Option<Course>> {
    sqlx::query_as(&format!("{COURSE_SELECT} WHERE course_key = $1"))
        .bind(key)
        .fetch_optional(&db.pool)
        .await
}

/// Creates a course; a key that exists already is a unique violation.
pub async fn create_course(db: &Db, c: &NewCourse) -> sqlx::Result<i64> {
    let ts = now();
    sqlx::query_scalar(
        "INSERT INTO training_courses (course_key, title, description, duration_hours, target_group, validity_months, \
           prerequisite_id, completion_percent, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(&c.course_key)
    .bind(&c.title)
    .bind(&c.description)
    .bind(c.duration_hours)
    .bind(c.target_group.as_str())
    .bind(c.validity_months)
    .bind(c.prerequisite_id)
    .bind(c.completion_percent)
    .bind(ts)
    .fetch_one(&db.pool)
    .await
}

/// Saves an edited course; the stable key never changes (certificates and links use it).
pub async fn update_course(db: &Db, id: i64, c: &NewCourse) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE training_courses SET title = $1, description = $2, duration_hours = $3, target_group = $4, \
           validity_months = $5, prerequisite_id = $6, completion_percent = $7, updated_at = $8 WHERE id = $9",
    )
    .bind(&c.title)
    .bind(&c.description)
    .bind(c.duration_hours)
    .bind(c.target_group.as_str())
    .bind(c.validity_months)
    .bind(c.prerequisite_id)
    .bind(c.completion_percent)
    .bind(now())
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Archives a course (`archived` true) or offers it again.
pub async fn set_archived(db: &Db, id: i64, archived: bool) -> sqlx::Result<()> {
    let ts = now();
    sqlx::query("UPDATE training_courses SET archived_at = $1, updated_at = $2 WHERE id = $3")
        .bind(archived.then_some(ts))
        .bind(ts)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

// ---- sessions -----------------------------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id: i64,
    pub course_id: i64,
    pub course_title: String,
    pub course_key: String,
    pub trainer_id: Option<i64>,
    pub trainer_name: String,
    pub venue: String,
    pub online: i64,
    pub capacity: Option<i64>,
    pub status: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub confirmed: i64,
    pub waiting: i64,
    pub meeting_count: i64,
}

impl Session {
    pub fn places_left(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.confirmed).max(0))
    }
    pub fn full(&self) -> bool {
        self.places_left() == Some(0) || self.waiting > 0
    }
    pub fn date(&self) -> String {
        model::local_date(self.starts_at)
    }
    pub fn open_for_enrolment(&self, now: &i64) -> bool {
        self.status == "scheduled" && self.starts_at > *now
    }
}

const SESSION_SELECT: &str = "SELECT s.id, s.course_id, c.title AS course_title, c.course_key, s.trainer_id, s.trainer_name, \
   s.venue, s.online, s.capacity, s.status, s.starts_at, s.ends_at, \
   (SELECT COUNT(*) FROM training_enrolments e WHERE e.session_id = s.id AND e.status = 'confirmed') AS confirmed, \
   (SELECT COUNT(*) FROM training_enrolments e WHERE e.session_id = s.id AND e.status = 'waiting') AS waiting, \
   (SELECT COUNT(*) FROM training_meetings m WHERE m.session_id = s.id) AS meeting_count \
   FROM training_sessions s JOIN training_courses c ON c.id = s.course_id";

/// Sessions, optionally of one course and/or ending after `from`, by start; cancelled ones
/// included (management pages and the API, which says so).
pub async fn sessions(
    db: &Db,
    course_id: Option<i64>,
    from: Option<i64>,
) -> sqlx::Result<Vec<Session>> {
    sessions_where(db, course_id, from, false).await
}

/// The sessions on the public pages: like [`sessions`], without cancelled ones.
pub async fn scheduled_sessions(
    db: &Db,
    course_id: Option<i64>,
    from: Option<i64>,
) -> sqlx::Result<Vec<Session>> {
    sessions_where(db, course_id, from, true).await
}

async fn sessions_where(
    db: &Db,
    course_id: Option<i64>,
    from: Option<i64>,
    scheduled_only: bool,
) -> sqlx::Result<Vec<Session>> {
    sqlx::query_as(&format!(
        "{SESSION_SELECT} WHERE ($1 IS NULL OR s.course_id = $1) AND ($2 IS NULL OR s.ends_at > $2) \
         AND ($3 = 0 OR s.status = 'scheduled') ORDER BY s.starts_at, s.id"
    ))
    .bind(course_id)
    .bind(from)
    .bind(scheduled_only as i64)
    .fetch_all(&db.pool)
    .await
}

pub async fn session(db: &Db, id: i64) -> sqlx::Result<Option<Session>> {
    sqlx::query_as(&format!("{SESSION_SELECT} WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
}

impl Meeting {
    pub fn when(&self) -> String {
        format!(
            "{}–{}",
            kansrijk_kernel::time::format_local(self.starts_at),
            kansrijk_kernel::time::format_local(self.ends_at)
                .rsplit(' ')
                .next()
                .unwrap_or_default()
        )
    }
}

pub async fn meetings(db: &Db, session_id: i64) -> sqlx::Result<Vec<Meeting>> {
    sqlx::query_as(
        "SELECT id, starts_at, ends_at FROM training_meetings WHERE session_id = $1 ORDER BY starts_at, id",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await
}

pub async fn create_session(db: &Db, s: &NewSession) -> sqlx::Result<i64> {
    let ts = now();
    let starts_at = s.meetings.iter().map(|m| m.0).min().unwrap_or(ts);
    let ends_at = s.meetings.iter().map(|m| m.1).max().unwrap_or(ts);
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO training_sessions (course_id, trainer_id, trainer_name, venue, online, capacity, status, starts_at, \
           ends_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'scheduled', $7, $8, $9, $9) RETURNING id",
    )
    .bind(s.course_id)
    .bind(s.trainer_id)
    .bind(&s.trainer_name)
    .bind(&s.venue)
    .bind(s.online as i64)
    .bind(s.capacity)
    .bind(starts_at)
    .bind(ends_at)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    for (start, end) in &s.meetings {
        sqlx::query(
            "INSERT INTO training_meetings (session_id, starts_at, ends_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(start)
        .bind(end)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// People with the trainer role: id and name.
pub async fn trainers(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT DISTINCT u.id, u.name FROM users u JOIN role_assignments r ON r.user_id = u.id \
         WHERE r.role = 'trainer' AND u.status <> 'disabled' ORDER BY u.name, u.id",
    )
    .fetch_all(&db.pool)
    .await
}

// ---- enrolment and the waiting list ---------------------------------------------------------------

/// What became of an enrolment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enrolled {
    New {
        id: i64,
        status: EnrolStatus,
    },
    /// Enrolled before (and not cancelled).
    Already {
        status: EnrolStatus,
    },
    /// Cancelled, started or unknown session.
    Closed,
}

/// Enrols a person: the capacity check and the insert happen under the session's row lock (the
/// kernel's capacity rule, the same mechanism as activities), so concurrent enrolments never
/// exceed the capacity.
pub async fn enrol(db: &Db, session_id: i64, user_id: i64, by: i64) -> sqlx::Result<Enrolled> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let locked = sqlx::query(
        "UPDATE training_sessions SET updated_at = $1 WHERE id = $2 AND status = 'scheduled' AND starts_at > $1",
    )
    .bind(ts)
    .bind(session_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if locked == 0 {
        return Ok(Enrolled::Closed);
    }
    let existing: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, status FROM training_enrolments WHERE session_id = $1 AND user_id = $2",
    )
    .bind(session_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let previous = match existing {
        Some((_, status)) if status != "cancelled" => {
            return Ok(Enrolled::Already {
                status: EnrolStatus::parse(&status).unwrap_or(EnrolStatus::Confirmed),
            })
        }
        Some((id, _)) => Some(id),
        None => None,
    };
    let (capacity, confirmed, waiting): (Option<i64>, i64, i64) = sqlx::query_as(
        "SELECT capacity, \
           (SELECT COUNT(*) FROM training_enrolments WHERE session_id = $1 AND status = 'confirmed'), \
           (SELECT COUNT(*) FROM training_enrolments WHERE session_id = $1 AND status = 'waiting') \
         FROM training_sessions WHERE id = $1",
    )
    .bind(session_id)
    .fetch_one(&mut *tx)
    .await?;
    let status = EnrolStatus::from(place_for(capacity, confirmed, waiting > 0, 1));
    let id = match previous {
        // Enrolling again after a cancellation: at the back of the queue.
        Some(id) => {
            sqlx::query(
                "UPDATE training_enrolments SET status = $1, enrolled_by = $2, created_at = $3, updated_at = $3 WHERE id = $4",
            )
            .bind(status.as_str())
            .bind(by)
            .bind(ts)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO training_enrolments (session_id, user_id, status, enrolled_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            )
            .bind(session_id)
            .bind(user_id)
            .bind(status.as_str())
            .bind(by)
            .bind(ts)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    tx.commit().await?;
    Ok(Enrolled::New { id, status })
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Enrolment {
    pub id: i64,
    pub session_id: i64,
    pub user_id: i64,
    pub status: String,
    /// Who enrolled the person (themselves, or their organisation's contact).
    pub enrolled_by: Option<i64>,
}

pub async fn enrolment(db: &Db, id: i64) -> sqlx::Result<Option<Enrolment>> {
    sqlx::query_as("SELECT id, session_id, user_id, status, enrolled_by FROM training_enrolments WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Cancels an enrolment and gives waiting people a place while it fits, oldest first (under the
/// session's row lock); returns the promoted enrolments.
pub async fn cancel_enrolment(db: &Db, enrolment_id: i64) -> sqlx::Result<Vec<i64>> {
    let ts = now();
    let Some(e) = enrolment(db, enrolment_id).await? else {
        return Ok(vec![]);
    };
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE training_sessions SET updated_at = $1 WHERE id = $2")
        .bind(ts)
        .bind(e.session_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE training_enrolments SET status = 'cancelled', updated_at = $1 WHERE id = $2",
    )
    .bind(ts)
    .bind(enrolment_id)
    .execute(&mut *tx)
    .await?;
    let promoted = promote_waiting(&mut tx, e.session_id, ts).await?;
    tx.commit().await?;
    Ok(promoted)
}

/// Gives waiting people of a scheduled, not yet started session a place while it fits, oldest
/// first (the kernel's `promotable`), each with a mail job; the caller holds the session's row
/// lock. Returns the promoted enrolments.
async fn promote_waiting(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    session_id: i64,
    ts: i64,
) -> sqlx::Result<Vec<i64>> {
    let (capacity, confirmed, status, starts_at): (Option<i64>, i64, String, i64) = sqlx::query_as(
        "SELECT capacity, (SELECT COUNT(*) FROM training_enrolments WHERE session_id = $1 AND status = 'confirmed'), \
           status, starts_at FROM training_sessions WHERE id = $1",
    )
    .bind(session_id)
    .fetch_one(&mut **tx)
    .await?;
    if status != "scheduled" || starts_at <= ts {
        return Ok(vec![]);
    }
    let waiting: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, CAST(1 AS BIGINT) FROM training_enrolments WHERE session_id = $1 AND status = 'waiting' ORDER BY created_at, id",
    )
    .bind(session_id)
    .fetch_all(&mut **tx)
    .await?;
    let promoted = promotable(capacity, confirmed, &waiting);
    for id in &promoted {
        sqlx::query(
            "UPDATE training_enrolments SET status = 'confirmed', updated_at = $1 WHERE id = $2",
        )
        .bind(ts)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        jobs::enqueue(
            &mut **tx,
            JOB_NOTIFY,
            &serde_json::json!({ "enrolment_id": id, "what": "promoted" }),
            ts,
            Some(&format!("training-promoted-{id}-{ts}")),
            10,
        )
        .await?;
    }
    Ok(promoted)
}

/// A lowered capacity below the people who already have a place: refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BelowConfirmed {
    pub confirmed: i64,
}

/// Saves an edited session (course and status stay) under the session's row lock: a capacity
/// below the confirmed people is refused; a raised one gives waiting people a place (with their
/// mail). Meetings are updated in order, so attendance of a kept meeting stays; a removed
/// meeting takes its attendance with it. Returns the promoted enrolments.
pub async fn update_session(
    db: &Db,
    id: i64,
    s: &NewSession,
) -> sqlx::Result<Result<Vec<i64>, BelowConfirmed>> {
    let ts = now();
    let starts_at = s.meetings.iter().map(|m| m.0).min().unwrap_or(ts);
    let ends_at = s.meetings.iter().map(|m| m.1).max().unwrap_or(ts);
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE training_sessions SET updated_at = $1 WHERE id = $2")
        .bind(ts)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let confirmed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM training_enrolments WHERE session_id = $1 AND status = 'confirmed'",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if s.capacity.is_some_and(|c| c < confirmed) {
        return Ok(Err(BelowConfirmed { confirmed }));
    }
    sqlx::query(
        "UPDATE training_sessions SET trainer_id = $1, trainer_name = $2, venue = $3, online = $4, capacity = $5, \
           starts_at = $6, ends_at = $7 WHERE id = $8",
    )
    .bind(s.trainer_id)
    .bind(&s.trainer_name)
    .bind(&s.venue)
    .bind(s.online as i64)
    .bind(s.capacity)
    .bind(starts_at)
    .bind(ends_at)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let old: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM training_meetings WHERE session_id = $1 ORDER BY starts_at, id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for (i, (start, end)) in s.meetings.iter().enumerate() {
        // $3 is the kept meeting, or the session of a new one.
        let (sql, third) = match old.get(i) {
            Some(m) => (
                "UPDATE training_meetings SET starts_at = $1, ends_at = $2 WHERE id = $3",
                *m,
            ),
            None => (
                "INSERT INTO training_meetings (starts_at, ends_at, session_id) VALUES ($1, $2, $3)",
                id,
            ),
        };
        sqlx::query(sql)
            .bind(start)
            .bind(end)
            .bind(third)
            .execute(&mut *tx)
            .await?;
    }
    for m in old.iter().skip(s.meetings.len()) {
        sqlx::query("DELETE FROM training_meetings WHERE id = $1")
            .bind(m)
            .execute(&mut *tx)
            .await?;
    }
    let promoted = promote_waiting(&mut tx, id, ts).await?;
    tx.commit().await?;
    Ok(Ok(promoted))
}

/// Cancels a scheduled session and enqueues one mail per person with a place or on the waiting
/// list (a unique key per enrolment, so nobody is told twice). `None` when it was cancelled
/// already: nothing changes.
pub async fn cancel_session(db: &Db, id: i64) -> sqlx::Result<Option<usize>> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let changed = sqlx::query(
        "UPDATE training_sessions SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status = 'scheduled'",
    )
    .bind(ts)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(None);
    }
    let people: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM training_enrolments WHERE session_id = $1 AND status IN ('confirmed', 'waiting') ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for e in &people {
        jobs::enqueue(
            &mut *tx,
            JOB_NOTIFY,
            &serde_json::json!({ "enrolment_id": e, "what": "session_cancelled" }),
            ts,
            Some(&format!("training-session-cancelled-{e}")),
            10,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Some(people.len()))
}

/// Ends an enrolment of a cancelled session and queues its mail in one transaction; `false`
/// (and no mail) when it was ended before, so a job that runs twice mails once.
pub async fn end_for_cancelled_session(
    db: &Db,
    enrolment_id: i64,
    mail: &kansrijk_kernel::mail::Outgoing,
) -> sqlx::Result<bool> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let ended = sqlx::query(
        "UPDATE training_enrolments SET status = 'cancelled', updated_at = $1 WHERE id = $2 \
           AND status IN ('confirmed', 'waiting') \
           AND session_id IN (SELECT id FROM training_sessions WHERE status = 'cancelled')",
    )
    .bind(now())
    .bind(enrolment_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if ended == 0 {
        return Ok(false);
    }
    kansrijk_kernel::mail::queue_in(&mut tx, mail).await?;
    tx.commit().await?;
    Ok(true)
}

/// An enrolment on the coordinator's session page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Participant {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub organisation: Option<String>,
    pub status: String,
    pub attended: i64,
    pub certificate: Option<String>,
}

impl Participant {
    pub fn status_key(&self) -> String {
        EnrolStatus::parse(&self.status)
            .unwrap_or(EnrolStatus::Cancelled)
            .key()
    }
    pub fn confirmed(&self) -> bool {
        self.status == "confirmed"
    }
}

pub async fn participants(db: &Db, session_id: i64) -> sqlx::Result<Vec<Participant>> {
    sqlx::query_as(
        "SELECT e.id, e.user_id, u.name, o.name AS organisation, e.status, \
           (SELECT COUNT(*) FROM training_attendance a WHERE a.enrolment_id = e.id) AS attended, \
           (SELECT c.number FROM training_certificates c WHERE c.enrolment_id = e.id) AS certificate \
         FROM training_enrolments e JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = u.organisation_id \
         WHERE e.session_id = $1 ORDER BY CASE e.status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, e.created_at, e.id",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await
}

/// Ticks of a session: (meeting, enrolment).
pub async fn attendance(db: &Db, session_id: i64) -> sqlx::Result<Vec<(i64, i64)>> {
    sqlx::query_as(
        "SELECT a.meeting_id, a.enrolment_id FROM training_attendance a JOIN training_meetings m ON m.id = a.meeting_id \
         WHERE m.session_id = $1",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await
}

/// Replaces the attendance of a session with `ticks` (meeting, enrolment); ticks for other
/// sessions' meetings or for people without a place are ignored.
pub async fn save_attendance(
    db: &Db,
    session_id: i64,
    ticks: &[(i64, i64)],
) -> sqlx::Result<usize> {
    let meetings: Vec<i64> = meetings(db, session_id)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let enrolled: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM training_enrolments WHERE session_id = $1 AND status = 'confirmed'",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await?;
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "DELETE FROM training_attendance WHERE meeting_id IN (SELECT id FROM training_meetings WHERE session_id = $1)",
    )
    .bind(session_id)
    .execute(&mut *tx)
    .await?;
    let mut saved = 0;
    let mut seen = std::collections::BTreeSet::new();
    for (m, e) in ticks {
        if meetings.contains(m) && enrolled.contains(e) && seen.insert((*m, *e)) {
            sqlx::query(
                "INSERT INTO training_attendance (meeting_id, enrolment_id) VALUES ($1, $2)",
            )
            .bind(m)
            .bind(e)
            .execute(&mut *tx)
            .await?;
            saved += 1;
        }
    }
    tx.commit().await?;
    Ok(saved)
}

// ---- certificates -------------------------------------------------------------------------------

/// Why a certificate was not issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    NotFound,
    NotConfirmed,
    NotCompleted,
    AlreadyIssued,
}

impl Refused {
    pub fn key(self) -> &'static str {
        match self {
            Refused::NotFound => "training-error-not-found",
            Refused::NotConfirmed => "training-error-not-confirmed",
            Refused::NotCompleted => "training-error-not-completed",
            Refused::AlreadyIssued => "training-error-already-issued",
        }
    }
}

/// Status, person, course, completion %, validity, meetings, attended, certificates of an
/// enrolment.
type IssueFacts = (String, i64, i64, i64, Option<i64>, i64, i64, i64);

/// Issues the certificate of a completed enrolment: a fresh unguessable number, valid until the
/// issue date plus the course's validity.
pub async fn issue_certificate(
    db: &Db,
    enrolment_id: i64,
    issued_at: i64,
) -> sqlx::Result<Result<String, Refused>> {
    let row: Option<IssueFacts> = sqlx::query_as(
        "SELECT e.status, e.user_id, c.id, c.completion_percent, c.validity_months, \
           (SELECT COUNT(*) FROM training_meetings m WHERE m.session_id = e.session_id), \
           (SELECT COUNT(*) FROM training_attendance a WHERE a.enrolment_id = e.id), \
           (SELECT COUNT(*) FROM training_certificates x WHERE x.enrolment_id = e.id) \
         FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN training_courses c ON c.id = s.course_id \
         WHERE e.id = $1",
    )
    .bind(enrolment_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some((status, user_id, course_id, percent, validity, meetings, attended, existing)) = row
    else {
        return Ok(Err(Refused::NotFound));
    };
    if existing > 0 {
        return Ok(Err(Refused::AlreadyIssued));
    }
    if status != "confirmed" {
        return Ok(Err(Refused::NotConfirmed));
    }
    if !completed(attended, meetings, percent) {
        return Ok(Err(Refused::NotCompleted));
    }
    let until = valid_until(issued_at, validity);
    for _ in 0..5 {
        let number = certificate_number(model::year_of(issued_at));
        let inserted = sqlx::query(
            "INSERT INTO training_certificates (number, user_id, course_id, enrolment_id, issued_at, valid_until, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&number)
        .bind(user_id)
        .bind(course_id)
        .bind(enrolment_id)
        .bind(issued_at)
        .bind(until)
        .bind(now())
        .execute(&db.pool)
        .await;
        match inserted {
            Ok(_) => return Ok(Ok(number)),
            Err(e) if is_unique_violation(&e) => {
                // Issued at the same moment by someone else, or (rarely) a number taken.
                let again: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM training_certificates WHERE enrolment_id = $1",
                )
                .bind(enrolment_id)
                .fetch_one(&db.pool)
                .await?;
                if again > 0 {
                    return Ok(Err(Refused::AlreadyIssued));
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol("no free certificate number".into()))
}

/// Revokes a certificate (from now on it is no longer valid).
pub async fn revoke_certificate(db: &Db, number: &str, at: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query(
        "UPDATE training_certificates SET revoked_at = $1 WHERE number = $2 AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(number)
    .execute(&db.pool)
    .await?
    .rows_affected())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Certificate {
    pub id: i64,
    pub number: String,
    pub user_id: i64,
    pub name: String,
    pub course_key: String,
    pub course_title: String,
    pub duration_hours: i64,
    pub issued_at: i64,
    pub valid_until: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl Certificate {
    pub fn valid_on(&self, on: i64) -> bool {
        model::is_valid(self.issued_at, self.valid_until, self.revoked_at, on)
    }
    pub fn issued(&self) -> String {
        model::local_date(self.issued_at)
    }
    pub fn until(&self) -> Option<String> {
        self.valid_until.map(model::local_date)
    }
    pub fn initials(&self) -> String {
        model::initials(&self.name)
    }
}

const CERTIFICATE_SELECT: &str = "SELECT x.id, x.number, x.user_id, u.name, c.course_key, c.title AS course_title, c.duration_hours, \
   x.issued_at, x.valid_until, x.revoked_at FROM training_certificates x JOIN users u ON u.id = x.user_id \
   JOIN training_courses c ON c.id = x.course_id";

pub async fn certificate_by_number(db: &Db, number: &str) -> sqlx::Result<Option<Certificate>> {
    sqlx::query_as(&format!("{CERTIFICATE_SELECT} WHERE x.number = $1"))
        .bind(number)
        .fetch_optional(&db.pool)
        .await
}

pub async fn certificate(db: &Db, id: i64) -> sqlx::Result<Option<Certificate>> {
    sqlx::query_as(&format!("{CERTIFICATE_SELECT} WHERE x.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn certificates_of(db: &Db, user_id: i64) -> sqlx::Result<Vec<Certificate>> {
    sqlx::query_as(&format!(
        "{CERTIFICATE_SELECT} WHERE x.user_id = $1 ORDER BY x.issued_at DESC, x.id DESC"
    ))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await
}

/// Does the person hold a certificate for the course (by key) that is valid on `on`?
pub async fn holds_valid(db: &Db, user_id: i64, course_key: &str, on: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM training_certificates x JOIN training_courses c ON c.id = x.course_id \
         WHERE x.user_id = $1 AND c.course_key = $2 AND x.issued_at <= $3 AND (x.valid_until IS NULL OR x.valid_until > $3) \
           AND (x.revoked_at IS NULL OR x.revoked_at > $3)",
    )
    .bind(user_id)
    .bind(course_key)
    .bind(on)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// A person's own enrolment, with its session and certificate.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MyEnrolment {
    pub id: i64,
    pub session_id: i64,
    pub course_key: String,
    pub course_title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub online: i64,
    pub status: String,
    pub certificate: Option<String>,
}

impl MyEnrolment {
    pub fn status_key(&self) -> String {
        EnrolStatus::parse(&self.status)
            .unwrap_or(EnrolStatus::Cancelled)
            .key()
    }
    pub fn date(&self) -> String {
        model::local_date(self.starts_at)
    }
    pub fn active(&self) -> bool {
        self.status != "cancelled"
    }
    /// The effect forms open now for this enrolment.
    pub fn open_forms(&self, now: i64) -> Vec<EffectForm> {
        if self.status != "confirmed" {
            return vec![];
        }
        EffectForm::ALL
            .into_iter()
            .filter(|f| f.open(self.starts_at, self.ends_at, now))
            .collect()
    }
}

pub async fn enrolments_of(db: &Db, user_id: i64) -> sqlx::Result<Vec<MyEnrolment>> {
    sqlx::query_as(
        "SELECT e.id, e.session_id, c.course_key, c.title AS course_title, s.starts_at, s.ends_at, s.venue, s.online, e.status, \
           (SELECT x.number FROM training_certificates x WHERE x.enrolment_id = e.id) AS certificate \
         FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN training_courses c ON c.id = s.course_id \
         WHERE e.user_id = $1 ORDER BY s.starts_at DESC, e.id DESC",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await
}

// ---- organisation contacts and goals --------------------------------------------------------------

/// The organisation a person is the training contact of.
pub async fn contact_organisation(db: &Db, user_id: i64) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as(
        "SELECT o.id, o.name FROM training_contacts t JOIN organisations o ON o.id = t.organisation_id WHERE t.user_id = $1 \
         ORDER BY o.id LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await
}

/// The contact of an organisation: id, name, e-mail, language.
pub async fn contact_of(
    db: &Db,
    organisation_id: i64,
) -> sqlx::Result<Option<(i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT u.id, u.name, u.email, u.lang FROM training_contacts t JOIN users u ON u.id = t.user_id \
         WHERE t.organisation_id = $1 AND u.status <> 'disabled'",
    )
    .bind(organisation_id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn set_contact(db: &Db, organisation_id: i64, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO training_contacts (organisation_id, user_id, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (organisation_id) DO UPDATE SET user_id = $2, updated_at = $3",
    )
    .bind(organisation_id)
    .bind(user_id)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The people of an organisation who are not disabled: id and name.
pub async fn staff(db: &Db, organisation_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, name FROM users WHERE organisation_id = $1 AND status <> 'disabled' ORDER BY name, id",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await
}

/// A person by e-mail address: id and organisation.
pub async fn person_by_email(db: &Db, email: &str) -> sqlx::Result<Option<(i64, Option<i64>)>> {
    sqlx::query_as("SELECT id, organisation_id FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
}

pub async fn organisations(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM organisations ORDER BY name, id")
        .fetch_all(&db.pool)
        .await
}

pub async fn set_goal(
    db: &Db,
    organisation_id: i64,
    percent: i64,
    due_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO training_goals (organisation_id, percent, due_at, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (organisation_id) DO UPDATE SET percent = $2, due_at = $3, updated_at = $4",
    )
    .bind(organisation_id)
    .bind(percent)
    .bind(due_at)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

// ---- coverage -----------------------------------------------------------------------------------

/// Per organisation and role: how many work in Liendert, hold a valid certificate of the course,
/// are enrolled in a coming session of it; with the organisation's goal and contact.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct CoverageRow {
    pub organisation_id: i64,
    pub organisation: String,
    /// `professional` or `volunteer`.
    pub role: String,
    pub working: i64,
    pub certified: i64,
    pub enrolled: i64,
    /// The goal: this percentage certified …
    pub goal_percent: Option<i64>,
    /// … by this moment (RFC 3339 in UTC in the API).
    #[schema(value_type = Option<String>, format = DateTime)]
    #[serde(serialize_with = "rfc3339_opt")]
    pub goal_due_at: Option<i64>,
}

fn rfc3339_opt<S: serde::Serializer>(ts: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
    let text = ts.and_then(|t| jiff::Timestamp::from_second(t).ok().map(|t| t.to_string()));
    serde::Serialize::serialize(&text, s)
}

impl CoverageRow {
    pub fn percent(&self) -> i64 {
        model::percent(self.certified, self.working)
    }
    pub fn role_key(&self) -> String {
        format!("training-role-{}", self.role)
    }
    pub fn goal_date(&self) -> String {
        self.goal_due_at.map(model::local_date).unwrap_or_default()
    }
}

/// People of an organisation with the role professional or volunteer (one row per role).
const STAFF: &str = "SELECT DISTINCT u.id AS user_id, u.organisation_id, r.role FROM users u JOIN role_assignments r ON r.user_id = u.id \
   WHERE u.organisation_id IS NOT NULL AND u.status IN ('active', 'invited') AND r.role IN ('professional', 'volunteer')";

pub async fn coverage(db: &Db, course_id: i64, on: i64) -> sqlx::Result<Vec<CoverageRow>> {
    sqlx::query_as(&format!(
        "SELECT p.organisation_id, o.name AS organisation, p.role, COUNT(*) AS working, \
           CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM training_certificates x WHERE x.user_id = p.user_id AND x.course_id = $1 \
             AND x.issued_at <= $2 AND (x.valid_until IS NULL OR x.valid_until > $2) AND x.revoked_at IS NULL) THEN 1 ELSE 0 END) AS BIGINT) AS certified, \
           CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id \
             WHERE e.user_id = p.user_id AND s.course_id = $1 AND e.status IN ('confirmed', 'waiting') AND s.status = 'scheduled' \
             AND s.ends_at > $2) THEN 1 ELSE 0 END) AS BIGINT) AS enrolled, \
           g.percent AS goal_percent, g.due_at AS goal_due_at \
         FROM ({STAFF}) p JOIN organisations o ON o.id = p.organisation_id LEFT JOIN training_goals g ON g.organisation_id = p.organisation_id \
         GROUP BY p.organisation_id, o.name, p.role, g.percent, g.due_at ORDER BY o.name, p.role"
    ))
    .bind(course_id)
    .bind(on)
    .fetch_all(&db.pool)
    .await
}

/// Of today's people (all organisations), how many held a valid certificate of the course at
/// the end of each quarter.
pub async fn trend(
    db: &Db,
    course_id: i64,
    ends: &[(String, i64)],
) -> sqlx::Result<Vec<(String, i64)>> {
    let mut out = vec![];
    for (label, at) in ends {
        let n: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(DISTINCT p.user_id) FROM ({STAFF}) p WHERE EXISTS (SELECT 1 FROM training_certificates x \
               WHERE x.user_id = p.user_id AND x.course_id = $1 AND x.issued_at <= $2 \
               AND (x.valid_until IS NULL OR x.valid_until > $2) AND (x.revoked_at IS NULL OR x.revoked_at > $2))"
        ))
        .bind(course_id)
        .bind(at)
        .fetch_one(&db.pool)
        .await?;
        out.push((label.clone(), n));
    }
    Ok(out)
}

/// How many distinct people work in Liendert for the partner organisations (professional or
/// volunteer).
pub async fn staff_total(db: &Db) -> sqlx::Result<i64> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(DISTINCT p.user_id) FROM ({STAFF}) p"
    ))
    .fetch_one(&db.pool)
    .await
}

// ---- reminders and follow-up ----------------------------------------------------------------------

/// Certificates that end between `from` and `until` (not revoked), unless the person already
/// holds a newer certificate of the same course that runs longer.
pub async fn expiring(db: &Db, from: i64, until: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT x.id FROM training_certificates x WHERE x.revoked_at IS NULL AND x.valid_until IS NOT NULL \
         AND x.valid_until > $1 AND x.valid_until <= $2 \
         AND NOT EXISTS (SELECT 1 FROM training_certificates y WHERE y.user_id = x.user_id AND y.course_id = x.course_id \
           AND y.id <> x.id AND y.revoked_at IS NULL AND (y.valid_until IS NULL OR y.valid_until > $2)) ORDER BY x.id",
    )
    .bind(from)
    .bind(until)
    .fetch_all(&db.pool)
    .await
}

/// Confirmed enrolments of sessions that ended between `from` and `until`.
pub async fn ended_between(db: &Db, from: i64, until: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT e.id FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id \
         WHERE e.status = 'confirmed' AND s.status = 'scheduled' AND s.ends_at > $1 AND s.ends_at <= $2 ORDER BY e.id",
    )
    .bind(from)
    .bind(until)
    .fetch_all(&db.pool)
    .await
}

/// The person of an enrolment: e-mail, name, language, organisation; and the course title.
pub async fn enrolment_contact(
    db: &Db,
    enrolment_id: i64,
) -> sqlx::Result<Option<(String, String, String, Option<i64>, String)>> {
    sqlx::query_as(
        "SELECT u.email, u.name, u.lang, u.organisation_id, c.title FROM training_enrolments e JOIN users u ON u.id = e.user_id \
         JOIN training_sessions s ON s.id = e.session_id JOIN training_courses c ON c.id = s.course_id WHERE e.id = $1",
    )
    .bind(enrolment_id)
    .fetch_optional(&db.pool)
    .await
}

/// E-mail, language and organisation of a person.
pub async fn person(db: &Db, user_id: i64) -> sqlx::Result<Option<(String, String, Option<i64>)>> {
    sqlx::query_as("SELECT email, lang, organisation_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
}

// ---- effect answers -------------------------------------------------------------------------------

/// Stores a form's answers once per enrolment and form. The answers get a random response id and
/// no link to the person; `false` when this form was answered before.
pub async fn record_answers(
    db: &Db,
    enrolment_id: i64,
    session_id: i64,
    course_id: i64,
    form: EffectForm,
    scores: &[(&str, i64)],
) -> sqlx::Result<bool> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let first = sqlx::query(
        "INSERT INTO training_responses (enrolment_id, form) VALUES ($1, $2) ON CONFLICT (enrolment_id, form) DO NOTHING",
    )
    .bind(enrolment_id)
    .bind(form.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if first == 0 {
        return Ok(false);
    }
    let response = random_token(12);
    for (q, score) in scores {
        sqlx::query(
            "INSERT INTO training_answers (response_id, session_id, course_id, form, question, score) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&response)
        .bind(session_id)
        .bind(course_id)
        .bind(form.as_str())
        .bind(q)
        .bind(score)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

pub async fn answered(db: &Db, enrolment_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT form FROM training_responses WHERE enrolment_id = $1")
        .bind(enrolment_id)
        .fetch_all(&db.pool)
        .await
}

/// Per course (or per session with `by_session`), form and question: sum, count and the number
/// of respondents of that form. Never names.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResultRow {
    pub group_id: i64,
    pub form: String,
    pub question: String,
    pub total: i64,
    pub answers: i64,
    pub respondents: i64,
}

pub async fn results(db: &Db, by_session: bool) -> sqlx::Result<Vec<ResultRow>> {
    let group = if by_session {
        "session_id"
    } else {
        "course_id"
    };
    sqlx::query_as(&format!(
        "SELECT a.{group} AS group_id, a.form, a.question, CAST(SUM(a.score) AS BIGINT) AS total, COUNT(*) AS answers, \
           (SELECT COUNT(DISTINCT b.response_id) FROM training_answers b WHERE b.{group} = a.{group} AND b.form = a.form) AS respondents \
         FROM training_answers a GROUP BY a.{group}, a.form, a.question ORDER BY a.{group}, a.form, a.question"
    ))
    .fetch_all(&db.pool)
    .await
}
