//! Every query about accounts, written once for SQLite and PostgreSQL.

use super::model::{Organisation, RoleAssignment, User, UserStatus};
use crate::authz::Role;
use crate::crypto::{random_token, sha256_hex};
use crate::db::{now, Db};

const USER_COLUMNS: &str =
    "id, email, name, lang, password_hash, status, organisation_id, verified_resident, \
    totp_secret, totp_enabled, failed_logins, locked_until, mfa_locked_until, last_login_at, created_at";

// ---- organisations ------------------------------------------------------------------------

pub async fn organisations(db: &Db) -> sqlx::Result<Vec<Organisation>> {
    sqlx::query_as("SELECT id, name, kind FROM organisations ORDER BY name")
        .fetch_all(&db.pool)
        .await
}

pub async fn organisation(db: &Db, id: i64) -> sqlx::Result<Option<Organisation>> {
    sqlx::query_as("SELECT id, name, kind FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Creates an organisation; a taken name is a unique violation.
pub async fn create_organisation(db: &Db, name: &str, kind: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar("INSERT INTO organisations (name, kind, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id")
        .bind(name)
        .bind(kind)
        .bind(now())
        .fetch_one(&db.pool)
        .await
}

pub async fn update_organisation(db: &Db, id: i64, name: &str, kind: &str) -> sqlx::Result<u64> {
    Ok(
        sqlx::query("UPDATE organisations SET name = $1, kind = $2, updated_at = $3 WHERE id = $4")
            .bind(name)
            .bind(kind)
            .bind(now())
            .bind(id)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

// ---- people -------------------------------------------------------------------------------

pub async fn user_by_email(db: &Db, email: &str) -> sqlx::Result<Option<User>> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(&db.pool)
    .await
}

pub async fn user_by_id(db: &Db, id: i64) -> sqlx::Result<Option<User>> {
    sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// People whose name or e-mail contains `search`, by name, a page at a time.
pub async fn users(db: &Db, search: &str, limit: i64, offset: i64) -> sqlx::Result<Vec<User>> {
    let pattern = format!("%{}%", search.to_lowercase().replace(['%', '_'], ""));
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE LOWER(name) LIKE $1 OR email LIKE $1 ORDER BY name, id LIMIT $2 OFFSET $3"
    ))
    .bind(pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub lang: &'a str,
    pub status: UserStatus,
    pub organisation_id: Option<i64>,
    pub password_hash: Option<&'a str>,
}

/// Creates a person; an e-mail address already in use is a unique violation.
pub async fn create_user(db: &Db, new: &NewUser<'_>) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO users (email, name, lang, status, organisation_id, password_hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(new.email)
    .bind(new.name)
    .bind(new.lang)
    .bind(new.status.as_str())
    .bind(new.organisation_id)
    .bind(new.password_hash)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn set_password(db: &Db, user_id: i64, password_hash: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, status = CASE WHEN status = 'disabled' THEN status ELSE 'active' END, \
         failed_logins = 0, locked_until = 0, updated_at = $2 WHERE id = $3",
    )
    .bind(password_hash)
    .bind(now())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn set_status(db: &Db, user_id: i64, status: UserStatus) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status.as_str())
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn update_profile(
    db: &Db,
    user_id: i64,
    name: &str,
    lang: &str,
    organisation_id: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET name = $1, lang = $2, organisation_id = $3, updated_at = $4 WHERE id = $5")
        .bind(name)
        .bind(lang)
        .bind(organisation_id)
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_verified_resident(db: &Db, user_id: i64, verified: bool) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET verified_resident = $1, updated_at = $2 WHERE id = $3")
        .bind(verified as i64)
        .bind(now())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Counts a failed login; from the fifth failure in a row the account is locked with a
/// doubling back-off (1, 2, 4 … minutes, at most an hour).
pub async fn record_failed_login(db: &Db, user_id: i64) -> sqlx::Result<()> {
    let failures: i64 = sqlx::query_scalar(
        "UPDATE users SET failed_logins = failed_logins + 1, updated_at = $1 WHERE id = $2 RETURNING failed_logins",
    )
    .bind(now())
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    if failures >= 5 {
        let minutes = 1i64 << (failures - 5).min(6);
        sqlx::query("UPDATE users SET locked_until = $1 WHERE id = $2")
            .bind(now() + (minutes * 60).min(3600))
            .bind(user_id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// An invited account becomes active without a password (its owner logged in with an
/// OpenID Connect provider that verified the address).
pub async fn activate_invited(db: &Db, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET status = 'active' WHERE id = $1 AND status = 'invited'")
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    // The invitation has done its work: its link must not set a password afterwards.
    sqlx::query(
        "UPDATE user_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = 'invite' AND used_at IS NULL",
    )
    .bind(now())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn record_login(db: &Db, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET failed_logins = 0, locked_until = 0, last_login_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Accepts a TOTP time step once: false when this step (or a later one) was used before.
pub async fn use_totp_step(db: &Db, user_id: i64, step: i64) -> sqlx::Result<bool> {
    Ok(
        sqlx::query("UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1")
            .bind(step)
            .bind(user_id)
            .execute(&db.pool)
            .await?
            .rows_affected()
            == 1,
    )
}

/// Counts a wrong second-factor code for the person (whichever session sent it). The count runs
/// in a window of `window_secs` from the first wrong code; the `max`-th wrong code in a window
/// locks the second step for `lock_secs` and starts afresh. True when this code set the lock
/// (exactly once per lock, also with concurrent requests: the second UPDATE finds the count reset).
pub async fn record_wrong_code(
    db: &Db,
    user_id: i64,
    max: i64,
    window_secs: i64,
    lock_secs: i64,
) -> sqlx::Result<bool> {
    let ts = now();
    sqlx::query(
        "UPDATE users SET \
         mfa_failures = CASE WHEN mfa_window_start > $1 THEN mfa_failures + 1 ELSE 1 END, \
         mfa_window_start = CASE WHEN mfa_window_start > $1 THEN mfa_window_start ELSE $2 END \
         WHERE id = $3",
    )
    .bind(ts - window_secs)
    .bind(ts)
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    let locked: Option<i64> = sqlx::query_scalar(
        "UPDATE users SET mfa_locked_until = $1, mfa_failures = 0, mfa_window_start = 0 \
         WHERE id = $2 AND mfa_failures >= $3 RETURNING id",
    )
    .bind(ts + lock_secs)
    .bind(user_id)
    .bind(max)
    .fetch_optional(&db.pool)
    .await?;
    Ok(locked.is_some())
}

/// A right code: the wrong ones before it no longer count.
pub async fn clear_wrong_codes(db: &Db, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET mfa_failures = 0, mfa_window_start = 0 WHERE id = $1")
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Replaces a stored TOTP secret by its sealed form, unless it changed in the meantime.
pub async fn reseal_totp_secret(
    db: &Db,
    user_id: i64,
    stored: &str,
    sealed: &str,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_secret = $3")
        .bind(sealed)
        .bind(user_id)
        .bind(stored)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Stores the (sealed) TOTP secret and whether it is in use.
pub async fn set_totp(
    db: &Db,
    user_id: i64,
    secret: Option<&str>,
    enabled: bool,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET totp_secret = $1, totp_enabled = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(secret)
    .bind(enabled as i64)
    .bind(now())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

// ---- roles --------------------------------------------------------------------------------

pub async fn role_assignments(db: &Db, user_id: i64) -> sqlx::Result<Vec<RoleAssignment>> {
    sqlx::query_as("SELECT id, user_id, role, organisation_id, area_id FROM role_assignments WHERE user_id = $1 ORDER BY role, id")
        .bind(user_id)
        .fetch_all(&db.pool)
        .await
}

/// Gives a role (optionally scoped); giving the same one twice changes nothing.
pub async fn assign_role(
    db: &Db,
    user_id: i64,
    role: Role,
    organisation_id: Option<i64>,
    area_id: Option<i64>,
    by: Option<i64>,
) -> sqlx::Result<()> {
    let result = sqlx::query(
        "INSERT INTO role_assignments (user_id, role, organisation_id, area_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user_id)
    .bind(role.as_str())
    .bind(organisation_id)
    .bind(area_id)
    .bind(by)
    .bind(now())
    .execute(&db.pool)
    .await;
    match result {
        Err(e) if crate::db::is_unique_violation(&e) => Ok(()),
        other => other.map(|_| ()),
    }
}

pub async fn remove_role(db: &Db, user_id: i64, assignment_id: i64) -> sqlx::Result<u64> {
    Ok(
        sqlx::query("DELETE FROM role_assignments WHERE id = $1 AND user_id = $2")
            .bind(assignment_id)
            .bind(user_id)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

/// Someone who holds a role: enough to list, assign or mail them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleHolder {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub lang: String,
}

/// The people who hold `role` and can act on it now: the account is active (not invited, not
/// unconfirmed, not disabled). With `area`, only those whose role covers that area: no area
/// limit, the area itself, or the wijk or municipality it lies in. Ordered by name.
pub async fn people_with_role(
    db: &Db,
    role: Role,
    area: Option<i64>,
) -> sqlx::Result<Vec<RoleHolder>> {
    sqlx::query_as(
        "SELECT DISTINCT u.id AS user_id, u.name, u.email, u.lang FROM users u \
         JOIN role_assignments r ON r.user_id = u.id \
         WHERE r.role = $1 AND u.status = 'active' AND ($2 IS NULL OR r.area_id IS NULL OR r.area_id = $2 \
           OR r.area_id = (SELECT a.parent_id FROM areas a WHERE a.id = $2) \
           OR r.area_id = (SELECT p.parent_id FROM areas a JOIN areas p ON p.id = a.parent_id WHERE a.id = $2)) \
         ORDER BY u.name, u.id",
    )
    .bind(role.as_str())
    .bind(area)
    .fetch_all(&db.pool)
    .await
}

/// How many people hold the role and can act on it (to keep at least one coordinator): the
/// same meaning of "active" as [`people_with_role`].
pub async fn count_with_role(db: &Db, role: Role) -> sqlx::Result<i64> {
    Ok(people_with_role(db, role, None).await?.len() as i64)
}

// ---- recovery codes -----------------------------------------------------------------------

pub async fn replace_recovery_codes(db: &Db, user_id: i64, hashes: &[String]) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    for hash in hashes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// Uses a recovery code stored as any of `candidates`: true once, false ever after. The used row
/// gets the current hash (`rehash`), so no hash of an older form stays behind.
pub async fn use_recovery_code(
    db: &Db,
    user_id: i64,
    candidates: &[String],
    rehash: &str,
) -> sqlx::Result<bool> {
    for candidate in candidates {
        let used: Option<i64> = sqlx::query_scalar(
            "UPDATE recovery_codes SET used_at = $1, code_hash = $2 \
             WHERE user_id = $3 AND code_hash = $4 AND used_at IS NULL RETURNING id",
        )
        .bind(now())
        .bind(rehash)
        .bind(user_id)
        .bind(candidate)
        .fetch_optional(&db.pool)
        .await?;
        if used.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn unused_recovery_codes(db: &Db, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
}

// ---- one-time tokens (invitation, password reset, e-mail confirmation) ----------------------

/// Creates a single-use token and returns it; only its hash is stored. Older unused tokens of
/// the same purpose stop working.
pub async fn create_token(
    db: &Db,
    user_id: i64,
    purpose: &str,
    valid_secs: i64,
) -> sqlx::Result<String> {
    let token = random_token(32);
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE user_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
        .bind(ts)
        .bind(user_id)
        .bind(purpose)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(sha256_hex(&token))
        .bind(user_id)
        .bind(purpose)
        .bind(ts + valid_secs)
        .bind(ts)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(token)
}

/// The person a still-valid token belongs to, without using it up (to show the form).
pub async fn peek_token(db: &Db, token: &str, purpose: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT user_id FROM user_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(sha256_hex(token))
    .bind(purpose)
    .bind(now())
    .fetch_optional(&db.pool)
    .await
}

/// Uses a token up; returns its person once, `None` ever after or when expired.
pub async fn consume_token(db: &Db, token: &str, purpose: &str) -> sqlx::Result<Option<i64>> {
    let ts = now();
    sqlx::query_scalar(
        "UPDATE user_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id",
    )
    .bind(ts)
    .bind(sha256_hex(token))
    .bind(purpose)
    .fetch_optional(&db.pool)
    .await
}

/// Open invitations: people invited who have not set a password yet.
pub async fn open_invitations(db: &Db) -> sqlx::Result<Vec<(i64, String, String, i64)>> {
    sqlx::query_as(
        "SELECT u.id, u.name, u.email, MAX(t.expires_at) FROM users u JOIN user_tokens t ON t.user_id = u.id \
         WHERE u.status = 'invited' AND t.purpose = 'invite' GROUP BY u.id, u.name, u.email ORDER BY u.name",
    )
    .fetch_all(&db.pool)
    .await
}
