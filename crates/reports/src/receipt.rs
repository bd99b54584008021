//! The receipt code: 16 digits from a CSPRNG, shown once, stored only as a keyed hash.
//!
//! The hash is HMAC-SHA256 under a key derived from the installation's encryption key, which lives
//! outside the database ([`kansrijk_kernel::sealing::Sealer::keyed_hash`]). A stolen database alone
//! therefore gives no way to test guesses at all; whoever also holds the key can open the sealed
//! report texts directly, so a slow hash would protect nothing more — it only cost ~20 ms and
//! 19 MiB per report (see BENCHMARKS.md). Online guessing is stopped by rate limits on the
//! follow-up page. Receipts issued before this change are argon2id hashes with one
//! installation-wide salt; they still open, and are re-hashed when used.

use argon2::Argon2;
use kansrijk_kernel::crypto::constant_time_eq;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::sealing::Sealer;
use rand::Rng;

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

/// The stored form of a new receipt code.
pub fn hash(sealer: &Sealer, code: &str) -> String {
    sealer.keyed_hash(PURPOSE, code)
}

/// What a typed code may be stored as: under the current key first, then under older keys.
pub fn candidates(sealer: &Sealer, code: &str) -> Vec<String> {
    sealer.keyed_hash_candidates(PURPOSE, code)
}

const PURPOSE: &str = "report-receipt";

/// The follow-up cookie: `<ref>.<until>.<mac>`. The MAC is a keyed hash under the same key outside
/// the database as the receipt, over the report, the moment the cookie ends (set and checked here,
/// not left to the browser's Max-Age) and the stored receipt hash, so the cookie stops working
/// when the receipt changes.
pub fn follow_token(sealer: &Sealer, report_ref: &str, until: i64, receipt_hash: &str) -> String {
    let mac = sealer.keyed_hash(
        FOLLOW_PURPOSE,
        &follow_message(report_ref, until, receipt_hash),
    );
    format!("{report_ref}.{until}.{mac}")
}

/// The parts of a follow-up cookie: (report ref, until).
pub fn follow_parts(token: &str) -> Option<(&str, i64)> {
    let mut parts = token.splitn(3, '.');
    let (Some(r), Some(until), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    Some((r, until.parse().ok()?))
}

/// Whether `token` is a follow-up cookie for this report and receipt that has not ended at `now`
/// (under the current key or an older one, so a key rotation does not end open follow-ups).
pub fn follow_valid(sealer: &Sealer, token: &str, receipt_hash: &str, now: i64) -> bool {
    let Some((report_ref, until)) = follow_parts(token) else {
        return false;
    };
    if until < now || until > now + FOLLOW_SECS {
        return false;
    }
    let message = follow_message(report_ref, until, receipt_hash);
    sealer
        .keyed_hash_candidates(FOLLOW_PURPOSE, &message)
        .iter()
        .any(|mac| constant_time_eq(token, &format!("{report_ref}.{until}.{mac}")))
}

fn follow_message(report_ref: &str, until: i64, receipt_hash: &str) -> String {
    format!("{report_ref}|{until}|{receipt_hash}")
}

/// How long a follow-up cookie lasts.
pub const FOLLOW_SECS: i64 = 1800;
const FOLLOW_PURPOSE: &str = "report-follow";

/// The salt of receipts issued before keyed hashes, if this installation ever issued one.
pub async fn legacy_salt(db: &Db) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT value FROM settings WHERE name = 'receipt_salt'")
        .fetch_optional(&db.pool)
        .await
}

/// The old slow hash, computed off the async threads, as few at a time as new ones: each needs
/// 19 MiB, and a public form must not let anyone pile up hundreds of them.
pub async fn legacy_hash(code: String, salt: String) -> String {
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

    #[test]
    fn the_hash_is_keyed_and_found_after_a_rotation() {
        let old = kansrijk_kernel::sealing::new_key("k1");
        let sealer = Sealer::from_keys(std::slice::from_ref(&old)).unwrap();
        let h = hash(&sealer, "1234567890123456");
        assert!(!h.contains("1234567890123456"));
        assert_ne!(h, hash(&sealer, "1234567890123457"));
        let rotated = Sealer::from_keys(&[kansrijk_kernel::sealing::new_key("k2"), old]).unwrap();
        assert!(candidates(&rotated, "1234567890123456").contains(&h));
    }

    #[test]
    fn a_follow_cookie_is_bound_to_its_report_receipt_and_half_hour() {
        let key = kansrijk_kernel::sealing::new_key("k1");
        let sealer = Sealer::from_keys(std::slice::from_ref(&key)).unwrap();
        let now = 1_800_000_000;
        let token = follow_token(&sealer, "abc", now + FOLLOW_SECS, "h1:k1:receipt");
        assert!(follow_valid(&sealer, &token, "h1:k1:receipt", now));
        assert!(
            follow_valid(&sealer, &token, "h1:k1:receipt", now + FOLLOW_SECS),
            "valid for the whole half hour"
        );
        assert!(
            !follow_valid(&sealer, &token, "h1:k1:receipt", now + FOLLOW_SECS + 1),
            "not a second longer"
        );
        assert!(
            !follow_valid(&sealer, &token, "h1:k1:other", now),
            "the receipt changed"
        );
        let other_report = token.replacen("abc", "abd", 1);
        assert!(!follow_valid(&sealer, &other_report, "h1:k1:receipt", now));
        let longer = token.replacen(
            &(now + FOLLOW_SECS).to_string(),
            &(now + 9999).to_string(),
            1,
        );
        assert!(!follow_valid(&sealer, &longer, "h1:k1:receipt", now));
        // Made under another key (such as the installation secret in the database): refused.
        let other = Sealer::from_keys(&[kansrijk_kernel::sealing::new_key("k1")]).unwrap();
        assert!(!follow_valid(&other, &token, "h1:k1:receipt", now));
        // After a rotation the cookie still works until it ends.
        let rotated = Sealer::from_keys(&[kansrijk_kernel::sealing::new_key("k2"), key]).unwrap();
        assert!(follow_valid(&rotated, &token, "h1:k1:receipt", now));
    }

    #[tokio::test]
    async fn the_legacy_hash_is_deterministic_per_salt() {
        let salt = "een-zout-van-16-bytes".to_string();
        let h = legacy_hash("1234567890123456".into(), salt.clone()).await;
        assert_eq!(
            h,
            legacy_hash("1234567890123456".into(), salt.clone()).await
        );
        assert_ne!(h, legacy_hash("1234567890123457".into(), salt).await);
    }
}
