//! Courses: the offer of the training registry. A course is archived, never deleted: its
//! certificates stay valid.

use super::AnyQuery;
use crate::model::{self, NewCourse};
use kansrijk_kernel::db::{now, Db};

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
    let sql = "INSERT INTO training_courses (title, description, duration_hours, target_group, validity_months, \
                 prerequisite_id, completion_percent, created_at, updated_at, course_key) \
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id";
    bind_course(sqlx::query(sql), c)
        .bind(now())
        .bind(&c.course_key)
        .fetch_one(&db.pool)
        .await
        .and_then(|row| sqlx::Row::try_get(&row, 0))
}

/// Saves an edited course; the stable key never changes (certificates and links use it).
pub async fn update_course(db: &Db, id: i64, c: &NewCourse) -> sqlx::Result<()> {
    let sql = "UPDATE training_courses SET title = $1, description = $2, duration_hours = $3, target_group = $4, \
                 validity_months = $5, prerequisite_id = $6, completion_percent = $7, updated_at = $8 WHERE id = $9";
    bind_course(sqlx::query(sql), c)
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Binds what a coordinator fills in, `$1` to `$7`, in the order of the insert and the update
/// (the key is set once, at the insert, and never changes).
fn bind_course<'q>(q: AnyQuery<'q>, c: &'q NewCourse) -> AnyQuery<'q> {
    q.bind(&c.title)
        .bind(&c.description)
        .bind(c.duration_hours)
        .bind(c.target_group.as_str())
        .bind(c.validity_months)
        .bind(c.prerequisite_id)
        .bind(c.completion_percent)
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
