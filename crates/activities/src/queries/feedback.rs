//! Anonymous feedback: the answers, counted per group, and the comments.

use crate::model::NewFeedback;
use kansrijk_kernel::db::Db;
use sqlx::Row;

/// Stores one visitor's answers, given at `at`.
pub async fn add_feedback(db: &Db, activity_id: i64, f: &NewFeedback, at: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO activity_feedback (activity_id, met_someone, understand, come_again, comment, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(activity_id)
    .bind(f.answers[0].as_str())
    .bind(f.answers[1].as_str())
    .bind(f.answers[2].as_str())
    .bind(&f.comment)
    .bind(at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Feedback counted per group: `counts[question][answer]` in the order of
/// [`crate::model::QUESTIONS`] and [`crate::model::Answer::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackSummary {
    pub group: String,
    pub total: i64,
    pub counts: [[i64; 3]; 3],
}

/// Which grouping of the feedback.
pub enum GroupBy {
    Activity(i64),
    Kind,
    Pillar,
}

pub async fn feedback_summary(db: &Db, by: GroupBy) -> sqlx::Result<Vec<FeedbackSummary>> {
    let mut sums = String::new();
    for (column, _) in crate::model::QUESTIONS {
        for answer in crate::model::Answer::ALL {
            sums.push_str(&format!(
                ", CAST(SUM(CASE WHEN f.{column} = '{}' THEN 1 ELSE 0 END) AS BIGINT)",
                answer.as_str()
            ));
        }
    }
    let (group, from, filter) = match by {
        GroupBy::Activity(_) => (
            "CAST(f.activity_id AS TEXT)",
            "activity_feedback f",
            "WHERE f.activity_id = $1",
        ),
        GroupBy::Kind => (
            "a.kind",
            "activity_feedback f JOIN activities a ON a.id = f.activity_id",
            "",
        ),
        GroupBy::Pillar => (
            "p.pillar",
            "activity_feedback f JOIN activity_pillars p ON p.activity_id = f.activity_id",
            "",
        ),
    };
    let sql = format!(
        "SELECT {group}, COUNT(*){sums} FROM {from} {filter} GROUP BY {group} ORDER BY {group}"
    );
    let mut q = sqlx::query(&sql);
    if let GroupBy::Activity(id) = by {
        q = q.bind(id);
    }
    let rows = q.fetch_all(&db.pool).await?;
    rows.iter()
        .map(|row| {
            let mut counts = [[0i64; 3]; 3];
            for (i, c) in counts.iter_mut().enumerate() {
                for (j, x) in c.iter_mut().enumerate() {
                    *x = row.try_get(2 + i * 3 + j)?;
                }
            }
            Ok(FeedbackSummary {
                group: row.try_get(0)?,
                total: row.try_get(1)?,
                counts,
            })
        })
        .collect()
}

/// The comments on an activity, newest first.
pub async fn feedback_comments(db: &Db, activity_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT comment FROM activity_feedback WHERE activity_id = $1 AND comment <> '' ORDER BY created_at DESC, id DESC",
    )
    .bind(activity_id)
    .fetch_all(&db.pool)
    .await
}

/// Clears the free text of feedback given before `cutoff`; the answers stay (they are
/// anonymous). Returns how many comments were cleared.
pub async fn clear_feedback_comments(db: &Db, cutoff: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query(
        "UPDATE activity_feedback SET comment = '' WHERE comment <> '' AND created_at < $1",
    )
    .bind(cutoff)
    .execute(&db.pool)
    .await?
    .rows_affected())
}
