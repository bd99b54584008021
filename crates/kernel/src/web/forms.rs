//! Forms: CSRF-checked extraction and per-field error messages.
//!
//! Every state-changing form carries a `csrf` field: an HMAC of the installation secret and the
//! visitor's session (or, before login, a random `kr_csrf` cookie). Together with the
//! cross-origin check on every unsafe request (`middleware::cross_origin_guard`) this follows
//! OWASP's signed double-submit pattern. The body is decoded leniently: bad UTF-8 becomes U+FFFD
//! and missing fields become empty, so validation — not a crash — answers bad input.

use super::{AppError, AppState};
use crate::crypto::{constant_time_eq, hmac_hex_of, random_token};
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// What the CSRF token of this visitor is bound to (set by the session middleware).
#[derive(Debug, Clone)]
pub struct CsrfBinding(pub String);

/// Set when a page put a CSRF token in a form, so a new visitor's `kr_csrf` cookie is sent.
///
/// In a render for the page cache ([`CsrfIssued::for_template`]) the page gets placeholders
/// ([`Slot`]) instead of the visitor's values, and the cache fills in fresh ones per answer.
#[derive(Debug, Clone, Default)]
pub struct CsrfIssued {
    shown: Arc<AtomicBool>,
    template: bool,
}

impl CsrfIssued {
    /// For a render whose answer may be stored with placeholders.
    pub fn for_template() -> CsrfIssued {
        CsrfIssued {
            template: true,
            ..CsrfIssued::default()
        }
    }

    /// The page shows a form with a per-visitor value.
    pub fn set(&self) {
        self.shown.store(true, Ordering::Relaxed);
    }

    pub fn is_set(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }

    pub fn is_template(&self) -> bool {
        self.template
    }

    /// The page was rendered with placeholders that must be filled in before it is sent.
    pub fn has_placeholders(&self) -> bool {
        self.template && self.is_set()
    }
}

/// A per-visitor value of a form, left open in a page stored by the page cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The CSRF token (bound to the visitor's `kr_csrf` cookie).
    Csrf,
    /// The idempotency key that recognises the same form sent twice ([`form_key`]).
    FormKey,
    /// The logged-in person's name in the header, in a page shared by people with the same
    /// roles (see `page_cache`).
    Name,
}

impl Slot {
    pub const ALL: [Slot; 3] = [Slot::Csrf, Slot::FormKey, Slot::Name];

    /// The text standing in for the value: a prefix random per process, so no text on a page
    /// (an activity's description, say) can pass for one, and the slot's letter.
    pub fn placeholder(self) -> &'static str {
        static PLACEHOLDERS: OnceLock<[String; 3]> = OnceLock::new();
        let [csrf, key, name] = PLACEHOLDERS.get_or_init(|| {
            let prefix = format!("kr{}", hex::encode(rand::random::<[u8; 12]>()));
            [
                format!("{prefix}c"),
                format!("{prefix}k"),
                format!("{prefix}n"),
            ]
        });
        match self {
            Slot::Csrf => csrf,
            Slot::FormKey => key,
            Slot::Name => name,
        }
    }
}

/// A fresh idempotency key for a form (24 characters): the same form sent twice carries the
/// same key, so the second is recognised. Handlers of pages the cache may store take it from
/// `Page::form_key`, which leaves a placeholder instead.
pub fn form_key() -> String {
    random_token(18)
}

pub fn csrf_token(secret: &[u8], binding: &CsrfBinding) -> String {
    hmac_hex_of(secret, &[b"csrf|", binding.0.as_bytes()])
}

/// A form body of type `T` whose CSRF token was checked.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequest<AppState> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let binding = req.extensions().get::<CsrfBinding>().cloned();
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest
            }
        })?;
        let pairs: Vec<(String, String)> =
            url::form_urlencoded::parse(&bytes).into_owned().collect();
        let sent = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        let secret = state.secret().await?;
        let valid = binding.is_some_and(|b| constant_time_eq(sent, &csrf_token(secret, &b)));
        if !valid {
            return Err(AppError::Forbidden);
        }
        let clean = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().filter(|(k, _)| k != "csrf"))
            .finish();
        let value = serde_urlencoded::from_str(&clean).map_err(|_| AppError::BadRequest)?;
        Ok(Form(value))
    }
}

/// The body of a form with nothing but its CSRF token (a button that cancels or issues
/// something): taking `Form<Empty>` is what makes such a handler check the token.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Empty {}

/// A form with one free-text reason, such as flagging a resident's text for the moderator or
/// hiding it; each feature caps or checks it ([`clean`], its own validation).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

/// Messages (translation keys) per form field, shown beside the field.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    /// One message for one field.
    pub fn single(field: &'static str, message_key: impl Into<String>) -> FieldErrors {
        let mut errors = FieldErrors::new();
        errors.add(field, message_key);
        errors
    }

    pub fn add(&mut self, field: &'static str, message_key: impl Into<String>) {
        self.0.push((field, message_key.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message key for a field, if it has one (the first).
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, String)> {
        self.0.iter()
    }
}

/// Collects `(field, message key)` pairs, e.g. from a list of checks:
/// `checks.into_iter().filter(…).collect::<FieldErrors>()`.
impl<K: Into<String>> FromIterator<(&'static str, K)> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = (&'static str, K)>>(iter: I) -> FieldErrors {
        FieldErrors(iter.into_iter().map(|(f, k)| (f, k.into())).collect())
    }
}

impl FieldErrors {
    /// `Ok(value)` when there are no messages, else the messages.
    pub fn or_ok<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Trims and caps a text field at `max` characters (never splits a character).
pub fn clean(value: &str, max: usize) -> String {
    value.trim().chars().take(max).collect()
}

/// A `multipart/form-data` form (a file upload) whose CSRF token was checked: its text fields
/// and its files, each as (field name, bytes).
pub struct Upload {
    pub fields: Vec<(String, String)>,
    pub files: Vec<(String, Vec<u8>)>,
}

impl Upload {
    pub fn field(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The first non-empty file of that field.
    pub fn file(&self, name: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(k, b)| k == name && !b.is_empty())
            .map(|(_, b)| b.as_slice())
    }
}

impl FromRequest<AppState> for Upload {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let binding = req.extensions().get::<CsrfBinding>().cloned();
        let mut multipart = axum::extract::Multipart::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let too_large = |e: axum::extract::multipart::MultipartError| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest
            }
        };
        let (mut fields, mut files) = (vec![], vec![]);
        while let Some(field) = multipart.next_field().await.map_err(too_large)? {
            let name = field.name().unwrap_or_default().to_string();
            if field.file_name().is_some() {
                files.push((name, field.bytes().await.map_err(too_large)?.to_vec()));
            } else {
                let bytes = field.bytes().await.map_err(too_large)?;
                fields.push((name, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
        let sent = fields
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let secret = state.secret().await?;
        if !binding.is_some_and(|b| constant_time_eq(&sent, &csrf_token(secret, &b))) {
            return Err(AppError::Forbidden);
        }
        Ok(Upload { fields, files })
    }
}
