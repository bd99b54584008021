//! Encryption at rest for special-category content (report narratives, contact details,
//! messages): XChaCha20-Poly1305 with keys held outside the database.
//!
//! A sealed value is `v1:<key id>:<base64(nonce ‖ ciphertext)>`. The associated data binds it to
//! its place (e.g. `report:<ref>:narrative`), so a ciphertext copied into another row or column
//! does not open. Rotation: put a new key first in `encryption_keys`; old keys keep decrypting,
//! and [`Sealer::needs_reseal`] tells which values to re-encrypt.

use crate::config::{Config, Secret};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

pub struct Sealer {
    /// (id, cipher); the first one encrypts.
    keys: Vec<(String, XChaCha20Poly1305)>,
    /// (id, MAC key derived from the same key); the first one hashes. See [`Sealer::keyed_hash`].
    mac_keys: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field(
                "keys",
                &self.keys.iter().map(|(id, _)| id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("no encryption key configured")]
    NoKey,
    #[error("encryption key {0:?} is malformed (expected id:base64 of 32 bytes)")]
    BadKey(String),
    #[error("sealed value is malformed")]
    Malformed,
    #[error("sealed with key {0:?}, which is not configured")]
    UnknownKey(String),
    #[error("sealed value does not open (wrong key or place, or tampered with)")]
    Open,
    #[error("key file: {0}")]
    File(#[from] std::io::Error),
}

impl Sealer {
    pub fn from_keys(keys: &[Secret]) -> Result<Sealer, SealError> {
        let mut parsed = vec![];
        let mut mac_keys = vec![];
        for key in keys {
            let (id, b64) = key
                .0
                .split_once(':')
                .ok_or_else(|| SealError::BadKey(key.0.split(':').next().unwrap_or("").into()))?;
            let bytes = STANDARD
                .decode(b64.trim())
                .map_err(|_| SealError::BadKey(id.into()))?;
            if bytes.len() != 32 || id.is_empty() || id.contains(':') {
                return Err(SealError::BadKey(id.into()));
            }
            // A separate key for hashing, so the encryption key is never used for two purposes.
            let mac_key = hex::decode(crate::crypto::hmac_hex(&bytes, "kansrijk keyed hash v1"))
                .expect("hex of our own HMAC");
            mac_keys.push((id.to_string(), mac_key));
            parsed.push((
                id.to_string(),
                XChaCha20Poly1305::new_from_slice(&bytes)
                    .map_err(|_| SealError::BadKey(id.into()))?,
            ));
        }
        if parsed.is_empty() {
            return Err(SealError::NoKey);
        }
        Ok(Sealer {
            keys: parsed,
            mac_keys,
        })
    }

    /// The configured keys, or the key file (created with a fresh key when missing, readable
    /// by the owner only).
    pub fn from_config(config: &Config) -> Result<Sealer, SealError> {
        if !config.encryption_keys.is_empty() {
            return Sealer::from_keys(&config.encryption_keys);
        }
        let path = std::path::Path::new(&config.encryption_key_file);
        if !path.exists() {
            tracing::warn!(file = %path.display(), "no encryption key configured: creating a key file; back it up outside the database");
            std::fs::write(path, format!("{}\n", new_key("k1").0))?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
        }
        let lines: Vec<Secret> = std::fs::read_to_string(path)?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| Secret(l.to_string()))
            .collect();
        Sealer::from_keys(&lines)
    }

    pub fn current_key_id(&self) -> &str {
        &self.keys[0].0
    }

    pub fn seal(&self, place: &str, plaintext: &str) -> String {
        let (id, cipher) = &self.keys[0];
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: place.as_bytes(),
                },
            )
            .expect("encryption cannot fail for in-memory input");
        let mut blob = nonce.to_vec();
        blob.extend(ciphertext);
        format!("v1:{id}:{}", STANDARD.encode(blob))
    }

    pub fn open(&self, place: &str, sealed: &str) -> Result<String, SealError> {
        let mut parts = sealed.splitn(3, ':');
        let (Some("v1"), Some(id), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(SealError::Malformed);
        };
        let (_, cipher) = self
            .keys
            .iter()
            .find(|(k, _)| k == id)
            .ok_or_else(|| SealError::UnknownKey(id.into()))?;
        let blob = STANDARD.decode(b64).map_err(|_| SealError::Malformed)?;
        if blob.len() < 24 {
            return Err(SealError::Malformed);
        }
        let plain = cipher
            .decrypt(
                XNonce::from_slice(&blob[..24]),
                Payload {
                    msg: &blob[24..],
                    aad: place.as_bytes(),
                },
            )
            .map_err(|_| SealError::Open)?;
        String::from_utf8(plain).map_err(|_| SealError::Malformed)
    }

    pub fn seal_opt(&self, place: &str, plaintext: Option<&str>) -> Option<String> {
        plaintext
            .filter(|p| !p.is_empty())
            .map(|p| self.seal(place, p))
    }

    /// A keyed hash (HMAC-SHA256) of a short secret such as a receipt code, with the current key:
    /// `h1:<key id>:<hex>`. It can be looked up by equality, and a stolen database alone gives no
    /// way to test guesses, because the key lives outside the database. `purpose` separates uses.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        let (id, key) = &self.mac_keys[0];
        Self::mac_with(id, key, purpose, value)
    }

    /// The keyed hash under every configured key, current first: what to look up after a rotation.
    pub fn keyed_hash_candidates(&self, purpose: &str, value: &str) -> Vec<String> {
        self.mac_keys
            .iter()
            .map(|(id, key)| Self::mac_with(id, key, purpose, value))
            .collect()
    }

    /// The row that `sql` finds with a keyed hash of `value` bound as `$1`, trying the hash under
    /// every key, current first: a link or token made before a key rotation still opens.
    pub async fn find_by_keyed_hash<T>(
        &self,
        db: &crate::db::Db,
        purpose: &str,
        value: &str,
        sql: &str,
    ) -> sqlx::Result<Option<T>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
    {
        for hash in self.keyed_hash_candidates(purpose, value) {
            let row = sqlx::query_as(sql)
                .bind(hash)
                .fetch_optional(&db.pool)
                .await?;
            if row.is_some() {
                return Ok(row);
            }
        }
        Ok(None)
    }

    fn mac_with(id: &str, key: &[u8], purpose: &str, value: &str) -> String {
        let mac = crate::crypto::hmac_hex(key, &format!("{purpose}\u{1f}{value}"));
        format!("h1:{id}:{mac}")
    }

    /// True when the value was sealed with an older key (re-encrypt it after a rotation).
    pub fn needs_reseal(&self, sealed: &str) -> bool {
        sealed
            .split(':')
            .nth(1)
            .is_some_and(|id| id != self.current_key_id())
    }
}

/// A fresh random key, as a config line `id:base64`.
pub fn new_key(id: &str) -> Secret {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    Secret(format!("{id}:{}", STANDARD.encode(bytes)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keyed_hashes_depend_on_key_purpose_and_value_and_survive_rotation() {
        let old = new_key("k1");
        let before = Sealer::from_keys(std::slice::from_ref(&old)).unwrap();
        let h = before.keyed_hash("receipt", "1234567890123456");
        assert!(h.starts_with("h1:k1:"));
        assert_eq!(h, before.keyed_hash("receipt", "1234567890123456"));
        assert_ne!(h, before.keyed_hash("receipt", "1234567890123457"));
        assert_ne!(h, before.keyed_hash("other", "1234567890123456"));
        let stranger = Sealer::from_keys(&[new_key("k1")]).unwrap();
        assert_ne!(h, stranger.keyed_hash("receipt", "1234567890123456"));
        let after = Sealer::from_keys(&[new_key("k2"), old]).unwrap();
        let candidates = after.keyed_hash_candidates("receipt", "1234567890123456");
        assert_eq!(candidates.len(), 2);
        assert!(candidates[0].starts_with("h1:k2:"));
        assert_eq!(
            candidates[1], h,
            "an old hash is still found after a rotation"
        );
    }

    use super::*;

    #[test]
    fn values_open_only_with_the_right_key_and_place() {
        let sealer = Sealer::from_keys(&[new_key("k1")]).unwrap();
        let sealed = sealer.seal("report:ab12:narrative", "Ze riepen me na op straat.");
        assert!(!sealed.contains("riepen"));
        assert_eq!(
            sealer.open("report:ab12:narrative", &sealed).unwrap(),
            "Ze riepen me na op straat."
        );
        assert!(matches!(
            sealer.open("report:cd34:narrative", &sealed),
            Err(SealError::Open)
        ));
        let other = Sealer::from_keys(&[new_key("k1")]).unwrap();
        assert!(other.open("report:ab12:narrative", &sealed).is_err());
        assert_ne!(
            sealer.seal("p", "x"),
            sealer.seal("p", "x"),
            "a fresh nonce each time"
        );
    }

    #[test]
    fn rotation_keeps_old_values_readable() {
        let old = new_key("k1");
        let before = Sealer::from_keys(std::slice::from_ref(&old)).unwrap();
        let sealed = before.seal("p", "tekst");
        let after = Sealer::from_keys(&[new_key("k2"), old]).unwrap();
        assert_eq!(after.open("p", &sealed).unwrap(), "tekst");
        assert!(after.needs_reseal(&sealed));
        assert!(!after.needs_reseal(&after.seal("p", "tekst")));
        assert!(matches!(
            Sealer::from_keys(&[new_key("k2")])
                .unwrap()
                .open("p", &sealed),
            Err(SealError::UnknownKey(_))
        ));
    }

    #[test]
    fn malformed_keys_and_values_are_refused() {
        assert!(matches!(Sealer::from_keys(&[]), Err(SealError::NoKey)));
        assert!(
            Sealer::from_keys(&[Secret("k1:dGVzdA==".into())]).is_err(),
            "too short"
        );
        assert!(Sealer::from_keys(&[Secret("geen-dubbele-punt".into())]).is_err());
        let s = Sealer::from_keys(&[new_key("k1")]).unwrap();
        assert!(matches!(
            s.open("p", "plain text"),
            Err(SealError::Malformed)
        ));
        assert!(matches!(
            s.open("p", "v1:k1:!!!"),
            Err(SealError::Malformed)
        ));
    }
}
