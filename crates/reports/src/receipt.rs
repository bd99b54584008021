//! The receipt code: 16 digits from a CSPRNG, shown once, stored only as a slow hash.
//!
//! The hash is argon2id with one installation-wide salt, so a code can be looked up by its hash
//! (an index) while a stolen database still costs an argon2 computation per guess across a space
//! of 10^16 codes. Online guessing is further stopped by rate limits on the follow-up page.

use argon2::Argon2;
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::Db;
use rand::Rng;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// 16 random digits.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..16)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

/// `1234 5678 9012 3456`, easier to copy by hand.
pub fn display(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Only the digits of what someone typed.
pub fn normalise(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(32)
        .collect()
}

pub async fn salt(db: &Db) -> sqlx::Result<String> {
    // Read once per database and process: a constant needs no write transaction per report.
    static SALTS: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    let key = db.pool.connect_options().database_url.to_string();
    if let Some(salt) = SALTS
        .get_or_init(Default::default)
        .lock()
        .expect("salts")
        .get(&key)
    {
        return Ok(salt.clone());
    }
    sqlx::query("INSERT INTO settings (name, value) VALUES ('receipt_salt', $1) ON CONFLICT (name) DO NOTHING")
        .bind(random_token(16))
        .execute(&db.pool)
        .await?;
    let salt: String = sqlx::query_scalar("SELECT value FROM settings WHERE name = 'receipt_salt'")
        .fetch_one(&db.pool)
        .await?;
    SALTS
        .get_or_init(Default::default)
        .lock()
        .expect("salts")
        .insert(key, salt.clone());
    Ok(salt)
}

/// The slow hash, computed off the async threads, at most one per core at a time: each needs
/// 19 MiB, and a public form must not let anyone pile up hundreds of them.
pub async fn hash(code: String, salt: String) -> String {
    let _permit = kansrijk_kernel::accounts::password::slow_hash_permit().await;
    tokio::task::spawn_blocking(move || {
        let mut out = [0u8; 32];
        Argon2::default()
            .hash_password_into(code.as_bytes(), salt.as_bytes(), &mut out)
            .expect("argon2 with a salt of 16+ bytes");
        out.iter().map(|b| format!("{b:02x}")).collect::<String>()
    })
    .await
    .expect("hash task")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sixteen_random_digits() {
        let a = new_code();
        assert_eq!(a.len(), 16);
        assert!(a.bytes().all(|b| b.is_ascii_digit()));
        assert_ne!(a, new_code());
        assert_eq!(display("1234567890123456"), "1234 5678 9012 3456");
        assert_eq!(normalise(" 1234-5678 9012 3456 "), "1234567890123456");
    }

    #[tokio::test]
    async fn the_hash_is_deterministic_per_salt() {
        let salt = "een-zout-van-16-bytes".to_string();
        let h = hash("1234567890123456".into(), salt.clone()).await;
        assert_eq!(h, hash("1234567890123456".into(), salt.clone()).await);
        assert_ne!(h, hash("1234567890123457".into(), salt).await);
        assert_ne!(
            h,
            hash("1234567890123456".into(), "een-ander-zout-16bytes".into()).await
        );
    }
}
