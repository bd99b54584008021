//! Coverage per organisation and role, and its trend over the quarters.

use crate::model;
use kansrijk_kernel::db::Db;

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
pub(crate) const STAFF: &str = "SELECT DISTINCT u.id AS user_id, u.organisation_id, r.role FROM users u JOIN role_assignments r ON r.user_id = u.id \
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
