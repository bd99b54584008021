//! Two-factor authentication: TOTP (RFC 6238, 30 s, 6 digits, SHA-1 as authenticator apps
//! expect) and one-time recovery codes.
//!
//! The TOTP secret is sealed like report content (key outside the database); recovery codes are
//! stored as keyed hashes under a key derived from that same outside key
//! ([`Sealer::keyed_hash`]), so a copy of the database alone neither yields codes nor lets anyone
//! test guesses. Secrets and hashes from before this are still accepted and replaced on use.

use crate::crypto::sha256_hex;
use crate::sealing::{SealError, Sealer};
use rand::Rng;
use totp_rs::{Algorithm, Secret, TOTP};

pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret_b32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_string()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some("Kansrijk".into()),
        account.to_string(),
    )
    .ok()
}

/// Checks a code, allowing one step of clock drift either way.
pub fn verify(secret_b32: &str, code: &str, now: u64) -> bool {
    matching_step(secret_b32, code, now).is_some()
}

/// The time step (30 s window) a code belongs to, allowing one step of drift either way. The
/// caller stores the step so the same code is not accepted twice (RFC 6238 §5.2).
pub fn matching_step(secret_b32: &str, code: &str, now: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let t = totp(secret_b32, "x")?;
    if code.len() != 6 {
        return None;
    }
    let step = (now / 30) as i64;
    [step - 1, step, step + 1]
        .into_iter()
        .find(|s| *s >= 0 && t.generate(*s as u64 * 30) == code)
}

/// The code for a moment (tests and the enrolment check).
pub fn code_at(secret_b32: &str, now: u64) -> String {
    totp(secret_b32, "x")
        .map(|t| t.generate(now))
        .unwrap_or_default()
}

/// The `otpauth://` link and a QR code of it as inline SVG (no JavaScript, no external service).
pub fn enrolment(secret_b32: &str, account: &str) -> (String, String) {
    let url = totp(secret_b32, account)
        .map(|t| t.get_url())
        .unwrap_or_default();
    let svg = crate::qr::svg(&url, 200);
    (url, svg)
}

/// The place a person's TOTP secret is sealed for: it does not open in another row or column.
fn secret_place(user_id: i64) -> String {
    format!("person:{user_id}:totp_secret")
}

/// The stored form of a TOTP secret.
pub fn seal_secret(sealer: &Sealer, user_id: i64, secret_b32: &str) -> String {
    sealer.seal(&secret_place(user_id), secret_b32)
}

/// The secret from its stored form, and whether it should be stored again: true for a plaintext
/// secret from before sealing (base32 never contains `:`) and for one sealed with an older key.
pub fn open_secret(
    sealer: &Sealer,
    user_id: i64,
    stored: &str,
) -> Result<(String, bool), SealError> {
    if stored.starts_with("v1:") {
        let secret = sealer.open(&secret_place(user_id), stored)?;
        Ok((secret, sealer.needs_reseal(stored)))
    } else {
        Ok((stored.to_string(), true))
    }
}

const RECOVERY_PURPOSE: &str = "recovery-code";

/// What is hashed: the person and the digits, so equal codes of two people hash differently.
fn recovery_message(user_id: i64, code: &str) -> String {
    let digits: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
    format!("{user_id}:{digits}")
}

/// The stored form of a new recovery code (compared without dashes or spaces).
pub fn recovery_hash(sealer: &Sealer, user_id: i64, code: &str) -> String {
    sealer.keyed_hash(RECOVERY_PURPOSE, &recovery_message(user_id, code))
}

/// Every stored form a typed code may have: the keyed hash under each configured key (current
/// first), then the plain SHA-256 used before keyed hashes.
pub fn recovery_candidates(sealer: &Sealer, user_id: i64, code: &str) -> Vec<String> {
    let mut candidates =
        sealer.keyed_hash_candidates(RECOVERY_PURPOSE, &recovery_message(user_id, code));
    candidates.push(legacy_hash_code(code));
    candidates
}

/// Ten recovery codes like `4821-7730-1956`, to be shown once; store only [`recovery_hash`] of each.
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rng();
    (0..10)
        .map(|_| {
            let n: u64 = rng.random_range(0..1_000_000_000_000);
            let s = format!("{n:012}");
            format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..])
        })
        .collect()
}

/// How recovery codes were stored before keyed hashes (no key: a stolen database allowed offline
/// guessing). Only looked up, never written.
pub fn legacy_hash_code(code: &str) -> String {
    let digits: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
    sha256_hex(&format!("recovery|{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_within_one_step_of_drift() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now);
        assert!(verify(&secret, &code, now));
        assert!(verify(&secret, &code, now + 30));
        assert!(!verify(&secret, &code, now + 120));
        assert!(!verify(&secret, "12345", now));
        assert!(!verify(&secret, "abcdef", now));
    }

    #[test]
    fn enrolment_gives_an_otpauth_link_and_an_svg() {
        let (url, svg) = enrolment(&new_secret(), "jane@amersfoort.nl");
        assert!(
            url.starts_with("otpauth://totp/Kansrijk:jane%40amersfoort.nl?"),
            "{url}"
        );
        assert!(svg.starts_with("<svg"));
        assert!(!svg.contains("style="));
    }

    #[test]
    fn recovery_codes_are_unique_and_hash_without_separators() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let mut unique = codes.clone();
        unique.dedup();
        assert_eq!(unique.len(), 10);
        let sealer = Sealer::from_keys(&[crate::sealing::new_key("k1")]).unwrap();
        assert_eq!(
            recovery_hash(&sealer, 7, &codes[0]),
            recovery_hash(&sealer, 7, &codes[0].replace('-', " "))
        );
        assert_ne!(
            recovery_hash(&sealer, 7, &codes[0]),
            recovery_hash(&sealer, 8, &codes[0]),
            "bound to the person"
        );
    }

    #[test]
    fn recovery_hashes_need_the_key_and_old_hashes_are_still_candidates() {
        let old = crate::sealing::new_key("k1");
        let sealer = Sealer::from_keys(std::slice::from_ref(&old)).unwrap();
        let stored = recovery_hash(&sealer, 7, "4821-7730-1956");
        assert!(stored.starts_with("h1:k1:"), "{stored}");
        assert!(!stored.contains(&sha256_hex("recovery|482177301956")));
        let stranger = Sealer::from_keys(&[crate::sealing::new_key("k1")]).unwrap();
        assert_ne!(stored, recovery_hash(&stranger, 7, "4821-7730-1956"));
        let rotated = Sealer::from_keys(&[crate::sealing::new_key("k2"), old]).unwrap();
        let candidates = recovery_candidates(&rotated, 7, "482177301956");
        assert_eq!(candidates.len(), 3);
        assert_eq!(candidates[1], stored, "found after a key rotation");
        assert_eq!(
            candidates[2],
            sha256_hex("recovery|482177301956"),
            "and before keyed hashes"
        );
    }

    #[test]
    fn secrets_are_sealed_to_their_person_and_plaintext_ones_still_open() {
        let sealer = Sealer::from_keys(&[crate::sealing::new_key("k1")]).unwrap();
        let secret = new_secret();
        let stored = seal_secret(&sealer, 7, &secret);
        assert!(!stored.contains(&secret));
        assert_eq!(
            open_secret(&sealer, 7, &stored).unwrap(),
            (secret.clone(), false)
        );
        assert!(
            open_secret(&sealer, 8, &stored).is_err(),
            "not in another row"
        );
        assert_eq!(
            open_secret(&sealer, 7, &secret).unwrap(),
            (secret, true),
            "plaintext from before sealing works and asks to be sealed"
        );
    }
}
