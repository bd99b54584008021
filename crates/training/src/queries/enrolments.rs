//! Enrolment with the kernel's waiting-list mechanism, cancelling, attendance per meeting, and
//! a person's own enrolments.

use super::sessions::meetings;
use crate::jobs::{Notify, NotifyWhat, JOB_NOTIFY};
use crate::model::{self, EffectForm, EnrolStatus};
use kansrijk_kernel::capacity::{place_for, promotable};
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::jobs;

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

/// A write transaction of the training registry.
pub(super) type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// Takes the session's row lock (an update of its row), under which places are counted and
/// given. With `open_only`, only a scheduled session that has not started; `false`: no such
/// session.
pub(super) async fn lock_session(
    tx: &mut Tx,
    session_id: i64,
    ts: i64,
    open_only: bool,
) -> sqlx::Result<bool> {
    let locked = sqlx::query(
        "UPDATE training_sessions SET updated_at = $1 WHERE id = $2 \
           AND ($3 = 0 OR (status = 'scheduled' AND starts_at > $1))",
    )
    .bind(ts)
    .bind(session_id)
    .bind(open_only as i64)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(locked > 0)
}

/// Enrols a person: the capacity check and the insert happen under the session's row lock (the
/// kernel's capacity rule, the same mechanism as activities), so concurrent enrolments never
/// exceed the capacity.
pub async fn enrol(db: &Db, session_id: i64, user_id: i64, by: i64) -> sqlx::Result<Enrolled> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    if !lock_session(&mut tx, session_id, ts, true).await? {
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
        None => add_enrolment(&mut *tx, session_id, user_id, status, by, ts).await?,
    };
    tx.commit().await?;
    Ok(Enrolled::New { id, status })
}

/// Adds an enrolment as given, without the capacity rule: for [`enrol`] (which applied it) and
/// the demo data (whose sessions lie in the past).
pub async fn add_enrolment<'c, E>(
    executor: E,
    session_id: i64,
    user_id: i64,
    status: EnrolStatus,
    by: i64,
    at: i64,
) -> sqlx::Result<i64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query_scalar(
        "INSERT INTO training_enrolments (session_id, user_id, status, enrolled_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(session_id)
    .bind(user_id)
    .bind(status.as_str())
    .bind(by)
    .bind(at)
    .fetch_one(executor)
    .await
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
    let (_gate, mut tx) = db.begin_write().await?;
    lock_session(&mut tx, e.session_id, ts, false).await?;
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
pub(super) async fn promote_waiting(
    tx: &mut Tx,
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
            &Notify {
                enrolment_id: *id,
                what: NotifyWhat::Promoted,
            },
            ts,
            Some(&format!("training-promoted-{id}-{ts}")),
            10,
        )
        .await?;
    }
    Ok(promoted)
}

/// (and no mail) when it was ended before, so a job that runs twice mails once.
pub async fn end_for_cancelled_session(
    db: &Db,
    enrolment_id: i64,
    mail: &kansrijk_kernel::mail::Outgoing,
) -> sqlx::Result<bool> {
    let (_gate, mut tx) = db.begin_write().await?;
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
    let (_gate, mut tx) = db.begin_write().await?;
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

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MyEnrolment {
    pub id: i64,
    pub session_id: i64,
    pub course_key: String,
    pub course_title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    #[sqlx(try_from = "Flag")]
    pub online: bool,
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
