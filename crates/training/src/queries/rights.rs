//! What the training registry holds about one person (AVG art. 15, 17, 20): enrolments with
//! attendance, certificates, and being an organisation's training contact. Erasing: a
//! certificate is revoked, so its public check says "not valid"; enrolments stay for the
//! coverage figures under the erased account; being a contact ends. A trainer with sessions to
//! come hands them over first.

use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::rights::{moment, RightsHooks};
use serde_json::{json, Value};

pub const HOOKS: RightsHooks = kansrijk_kernel::rights_hooks!(person: export, erase, open_work);

type EnrolmentRow = (String, i64, String, i64, i64);
type CertificateRow = (String, String, i64, Option<i64>, Option<i64>);

pub async fn export(db: &Db, person: i64) -> anyhow::Result<Value> {
    let enrolments: Vec<EnrolmentRow> = sqlx::query_as(
        "SELECT c.title, s.starts_at, e.status, e.created_at, \
           (SELECT COUNT(*) FROM training_attendance a WHERE a.enrolment_id = e.id) AS attended \
         FROM training_enrolments e JOIN training_sessions s ON s.id = e.session_id \
         JOIN training_courses c ON c.id = s.course_id WHERE e.user_id = $1 ORDER BY e.id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let certificates: Vec<CertificateRow> = sqlx::query_as(
        "SELECT t.number, c.title, t.issued_at, t.valid_until, t.revoked_at FROM training_certificates t \
         JOIN training_courses c ON c.id = t.course_id WHERE t.user_id = $1 ORDER BY t.id",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    let contact_for: Vec<String> = sqlx::query_scalar(
        "SELECT o.name FROM training_contacts t JOIN organisations o ON o.id = t.organisation_id \
         WHERE t.user_id = $1 ORDER BY o.name",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await?;
    Ok(json!({
        "enrolments": enrolments.into_iter().map(|(course, starts, status, at, attended)| json!({
            "course": course, "starts_at": moment(starts), "status": status,
            "created_at": moment(at), "meetings_attended": attended,
        })).collect::<Vec<_>>(),
        "certificates": certificates.into_iter().map(|(number, course, issued, until, revoked)| json!({
            "number": number, "course": course, "issued_at": moment(issued),
            "valid_until": until.map(moment), "revoked_at": revoked.map(moment),
        })).collect::<Vec<_>>(),
        "contact_for": contact_for.into_iter().map(|o| json!({"organisation": o})).collect::<Vec<_>>(),
    }))
}

pub async fn erase(db: &Db, person: i64) -> anyhow::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE training_certificates SET revoked_at = COALESCE(revoked_at, $2) WHERE user_id = $1",
    )
    .bind(person)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM training_contacts WHERE user_id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Sessions to come that the person gives as trainer.
pub async fn open_work(db: &Db, person: i64) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM training_sessions WHERE trainer_id = $1 AND status = 'scheduled' AND ends_at > $2",
    )
    .bind(person)
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(vec![("training-rights-open-sessions", n)])
}
