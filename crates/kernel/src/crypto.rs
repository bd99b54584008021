//! Small cryptographic building blocks, all from well-kept crates: random tokens (OS CSPRNG),
//! SHA-256 for high-entropy secrets, HMAC for form tokens, constant-time comparison, and the
//! installation secret shared by every app instance.

use crate::db::Db;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A URL-safe random token of `bytes` bytes of entropy.
pub fn random_token(bytes: usize) -> String {
    // On the stack: a form page from the cache draws two tokens per answer.
    let mut buf = [0u8; 64];
    assert!(bytes <= buf.len(), "a token of at most 64 bytes");
    let buf = &mut buf[..bytes];
    // ThreadRng is a CSPRNG (ChaCha12), seeded and periodically reseeded from the OS.
    rand::rng().fill_bytes(buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// SHA-256 in hex: enough for tokens with ≥ 128 bits of entropy (sessions, invitations,
/// recovery codes); passwords and short codes use argon2 instead.
pub fn sha256_hex(value: &str) -> String {
    hex::encode(Sha256::digest(value.as_bytes()))
}

pub fn hmac_hex(key: &[u8], message: &str) -> String {
    hmac_hex_of(key, &[message.as_bytes()])
}

/// The HMAC of the concatenated `parts`, in hex (no joined copy of the message is made).
pub fn hmac_hex_of(key: &[u8], parts: &[&[u8]]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    for part in parts {
        mac.update(part);
    }
    let mut out = [0u8; 64];
    // `hex::encode` collects char by char; this fills a buffer of the known length.
    hex::encode_to_slice(mac.finalize().into_bytes(), &mut out).expect("64 hex digits");
    String::from_utf8(out.to_vec()).expect("hex digits are ASCII")
}

pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// The installation secret (HMAC key for form tokens). Created once and kept in the database,
/// so every app instance behind a load balancer uses the same one.
pub async fn installation_secret(db: &Db) -> sqlx::Result<Vec<u8>> {
    let fresh = random_token(32);
    sqlx::query("INSERT INTO settings (name, value) VALUES ('installation_secret', $1) ON CONFLICT (name) DO NOTHING")
        .bind(&fresh)
        .execute(&db.pool)
        .await?;
    let value: String =
        sqlx::query_scalar("SELECT value FROM settings WHERE name = 'installation_secret'")
            .fetch_one(&db.pool)
            .await?;
    Ok(value.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_url_safe() {
        let a = random_token(32);
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token(32));
        assert!(a
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn hmac_depends_on_key_and_message() {
        assert_ne!(hmac_hex(b"k1", "m"), hmac_hex(b"k2", "m"));
        assert_ne!(hmac_hex(b"k1", "m"), hmac_hex(b"k1", "n"));
        assert_eq!(hmac_hex(b"k1", "m").len(), 64);
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
