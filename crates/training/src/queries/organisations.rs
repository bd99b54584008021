//! Partner organisations as the training registry sees them: their contact (who enrols their
//! people and receives their reminders), their people and their coverage goal.

use kansrijk_kernel::db::{now, Db};

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

/// E-mail, language and organisation of a person.
pub async fn person(db: &Db, user_id: i64) -> sqlx::Result<Option<(String, String, Option<i64>)>> {
    sqlx::query_as("SELECT email, lang, organisation_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
}
