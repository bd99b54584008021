//! Password hashing with argon2id, with OWASP's recommended parameters.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

/// Memory (KiB), passes and lanes of new hashes: the least-memory choice of OWASP's equivalent
/// argon2id settings (7 MiB, 5 passes) instead of the crate's default (19 MiB, 2 passes), so a
/// burst of logins on a small server costs 7 MiB per core, not 19 (bench/hostile.sh). Stored
/// hashes carry their own parameters: older ones verify as they are.
const PARAMS: (u32, u32, u32) = (7 * 1024, 5, 1);

fn hasher() -> Argon2<'static> {
    let (m, t, p) = PARAMS;
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(m, t, p, None).expect("valid argon2 parameters"),
    )
}

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 with default parameters")
        .to_string()
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Verifies against a throw-away hash, so an unknown e-mail address costs the same time as a
/// known one (no user enumeration by timing).
pub fn verify_dummy(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("dummy password that nobody has"));
    let _ = verify(password, dummy);
}

/// Bounds how many slow (argon2, 7–19 MiB each) hashes run at once to half the cores, at least
/// one: a burst of logins or public form posts queues instead of eating memory, and the other
/// cores keep serving pages meanwhile. On a 2-core server two hashes at once were the largest
/// single step of the memory peak under hostile traffic (+14 MiB within 0.2 s, bench/hostile.sh,
/// BENCHMARKS.md session 13); one hash of 7 MiB takes about 20 ms, so one core still does about
/// fifty logins a second.
pub async fn slow_hash_permit() -> tokio::sync::SemaphorePermit<'static> {
    static LIMIT: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    LIMIT
        .get_or_init(|| tokio::sync::Semaphore::new(slow_hash_limit()))
        .acquire()
        .await
        .expect("the semaphore is never closed")
}

fn slow_hash_limit() -> usize {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    (cores / 2).max(1)
}

/// Runs the slow hash off the async threads.
pub async fn hash_async(password: String) -> String {
    let _permit = slow_hash_permit().await;
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .expect("hash task")
}

pub async fn verify_async(password: String, stored: Option<String>) -> bool {
    let _permit = slow_hash_permit().await;
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => verify(&password, &stored),
        None => {
            verify_dummy(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_hashes_leave_cores_free() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        assert!(slow_hash_limit() >= 1);
        assert!(cores == 1 || slow_hash_limit() < cores);
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("paars fietsje zingt");
        assert!(a.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{a}");
        assert_ne!(a, hash("paars fietsje zingt"), "salted");
        assert!(verify("paars fietsje zingt", &a));
        assert!(!verify("paars fietsje zingt!", &a));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn hashes_made_with_the_crates_defaults_still_verify() {
        let salt = SaltString::generate(&mut OsRng);
        let old = Argon2::default()
            .hash_password(b"oude wachtwoord", &salt)
            .unwrap()
            .to_string();
        assert!(old.contains("m=19456,t=2,p=1"), "{old}");
        assert!(verify("oude wachtwoord", &old));
        assert!(!verify("nieuw wachtwoord", &old));
    }
}
