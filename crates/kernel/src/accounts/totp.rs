//! Two-factor authentication: TOTP (RFC 6238, 30 s, 6 digits, SHA-1 as authenticator apps
//! expect) and one-time recovery codes.

use crate::crypto::sha256_hex;
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

/// Ten recovery codes like `4821-7730-1956`, to be shown once; store only [`hash_code`] of each.
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

/// Recovery codes are compared without dashes or spaces.
pub fn hash_code(code: &str) -> String {
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
        assert_eq!(hash_code(&codes[0]), hash_code(&codes[0].replace('-', " ")));
    }
}
