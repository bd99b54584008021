//! Password hashing with argon2id (the crate's defaults follow the OWASP recommendation).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::OnceLock;

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 with default parameters")
        .to_string()
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
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

/// Bounds how many slow (argon2, 19 MiB each) hashes run at once to the number of cores, so
/// a burst of logins or public form posts queues instead of eating memory.
pub async fn slow_hash_permit() -> tokio::sync::SemaphorePermit<'static> {
    static LIMIT: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    LIMIT
        .get_or_init(|| {
            tokio::sync::Semaphore::new(
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(2),
            )
        })
        .acquire()
        .await
        .expect("the semaphore is never closed")
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
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("paars fietsje zingt");
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, hash("paars fietsje zingt"), "salted");
        assert!(verify("paars fietsje zingt", &a));
        assert!(!verify("paars fietsje zingt!", &a));
        assert!(!verify("x", "not a hash"));
    }
}
