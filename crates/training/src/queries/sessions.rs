//! Sessions of a course with their meetings: created, edited (capacity and meetings) and
//! cancelled.

use super::enrolments::{lock_session, promote_waiting, Tx};
use super::AnyQuery;
use crate::jobs::{Notify, NotifyWhat, JOB_NOTIFY};
use crate::model::{self, NewSession};
use kansrijk_kernel::db::{changed_once, now, Db, Flag};
use kansrijk_kernel::jobs;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id: i64,
    pub course_id: i64,
    pub course_title: String,
    pub course_key: String,
    pub trainer_id: Option<i64>,
    pub trainer_name: String,
    pub venue: String,
    #[sqlx(try_from = "Flag")]
    pub online: bool,
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

/// From the start of the first meeting to the end of the last (`ts` without meetings).
fn span(meetings: &[(i64, i64)], ts: i64) -> (i64, i64) {
    let starts_at = meetings.iter().map(|m| m.0).min().unwrap_or(ts);
    let ends_at = meetings.iter().map(|m| m.1).max().unwrap_or(ts);
    (starts_at, ends_at)
}

/// Binds what a coordinator fills in, `$1` to `$7`: trainer_id, trainer_name, venue, online,
/// capacity, starts_at, ends_at. The insert and the update share it, so neither can forget one.
fn bind_session<'q>(q: AnyQuery<'q>, s: &'q NewSession, ts: i64) -> AnyQuery<'q> {
    let (starts_at, ends_at) = span(&s.meetings, ts);
    q.bind(s.trainer_id)
        .bind(&s.trainer_name)
        .bind(&s.venue)
        .bind(s.online as i64)
        .bind(s.capacity)
        .bind(starts_at)
        .bind(ends_at)
}

pub async fn create_session(db: &Db, s: &NewSession) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let sql = "INSERT INTO training_sessions (trainer_id, trainer_name, venue, online, capacity, starts_at, ends_at, \
                 course_id, status, created_at, updated_at) \
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', $9, $9) RETURNING id";
    let id: i64 = bind_session(sqlx::query(sql), s, ts)
        .bind(s.course_id)
        .bind(ts)
        .fetch_one(&mut *tx)
        .await
        .and_then(|row| sqlx::Row::try_get(&row, 0))?;
    replace_meetings(&mut tx, id, &s.meetings).await?;
    tx.commit().await?;
    Ok(id)
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
    let (_gate, mut tx) = db.begin_write().await?;
    lock_session(&mut tx, id, ts, false).await?;
    let confirmed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM training_enrolments WHERE session_id = $1 AND status = 'confirmed'",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if s.capacity.is_some_and(|c| c < confirmed) {
        return Ok(Err(BelowConfirmed { confirmed }));
    }
    let sql = "UPDATE training_sessions SET trainer_id = $1, trainer_name = $2, venue = $3, online = $4, \
                 capacity = $5, starts_at = $6, ends_at = $7 WHERE id = $8";
    bind_session(sqlx::query(sql), s, ts)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    replace_meetings(&mut tx, id, &s.meetings).await?;
    let promoted = promote_waiting(&mut tx, id, ts).await?;
    tx.commit().await?;
    Ok(Ok(promoted))
}

/// Sets a session's meetings in order: kept meetings are updated (their attendance stays), new
/// ones added, the rest removed with their attendance.
async fn replace_meetings(tx: &mut Tx, id: i64, meetings: &[(i64, i64)]) -> sqlx::Result<()> {
    let old: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM training_meetings WHERE session_id = $1 ORDER BY starts_at, id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    for (i, (start, end)) in meetings.iter().enumerate() {
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
            .execute(&mut **tx)
            .await?;
    }
    for m in old.iter().skip(meetings.len()) {
        sqlx::query("DELETE FROM training_meetings WHERE id = $1")
            .bind(m)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Cancels a scheduled session and enqueues one mail per person with a place or on the waiting
/// list (a unique key per enrolment, so nobody is told twice). `None` when it was cancelled
/// already: nothing changes.
pub async fn cancel_session(db: &Db, id: i64) -> sqlx::Result<Option<usize>> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let sql = "UPDATE training_sessions SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status = 'scheduled'";
    if !changed_once(&mut tx, sql, ts, id).await? {
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
            &Notify {
                enrolment_id: *e,
                what: NotifyWhat::SessionCancelled,
            },
            ts,
            Some(&format!("training-session-cancelled-{e}")),
            10,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Some(people.len()))
}
