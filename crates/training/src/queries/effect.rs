//! Effect measurement: answers stored once per enrolment and form without the person, and the
//! results per course or session.

use crate::model::EffectForm;
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::Db;

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
    let (_gate, mut tx) = db.begin_write().await?;
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
