//! Certificates: issued for a completed enrolment, verified publicly, revoked; the gating
//! function other modules use; the expiry reminders' selection.

use crate::model::{self, certificate_number, completed, valid_until, BASIC_KEY};
use kansrijk_kernel::db::{is_unique_violation, now, Db};

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

/// Does this person hold a certificate of the course with this stable key (for example
/// `mediator`, `jongerencoach`, `cultuursensitief-basis`) that is valid on `on` (UTC seconds)?
/// Issued by then, not expired and not revoked. Mediation and the youth stage assign only people
/// for whom this is true.
pub async fn holds_valid_certificate(
    db: &Db,
    user_id: i64,
    course_key: &str,
    on: i64,
) -> anyhow::Result<bool> {
    Ok(holds_valid(db, user_id, course_key, on).await?)
}

/// Was this person trained in Cultuursensitief werken (a valid basic certificate) on `on`? For
/// reports and mediation follow-ups that record whether the professional was trained, so the
/// monitor can compare the support residents experienced.
pub async fn was_trained(db: &Db, user_id: i64, on: i64) -> anyhow::Result<bool> {
    holds_valid_certificate(db, user_id, BASIC_KEY, on).await
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
