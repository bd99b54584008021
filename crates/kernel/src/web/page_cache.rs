//! A short-lived in-memory cache of whole public responses for visitors who are not logged in.
//!
//! Why: the home page, the agenda, the charter and the figures are the same for every visitor
//! without a session, and almost all of their cost is database round trips and templates, not
//! bytes. Serving them from memory for a couple of seconds lets one small server take a crowd (an
//! announcement in the local paper, a festival) without touching the database, and it stores the
//! already compressed body, so compression is paid once per page and language, not per request.
//! No crate fits: HTTP caches such as `http-cache` are client-side, and the rules below (the CSRF
//! flag, the session cookie) are our own.
//!
//! A response is stored only when all of these hold:
//! - its route opted in with [`super::Routes::public_cached`] (which marks it [`Cacheable`]);
//! - the request is a `GET` without a session cookie or an `Authorization` header;
//! - the page put no CSRF token in a form (the token is per visitor; see `forms::CsrfIssued`);
//! - the answer is `200`, sets no cookie and is at most [`MAX_ENTRY_BYTES`].
//!
//! The key is the path with its query, the language the page is in and the `Accept-Encoding`
//! header. An accepted unsafe request (`POST` …) on this instance empties the cache, so whoever
//! changes something sees it at once; other instances behind a load balancer catch up within the
//! maximum age (`page_cache_millis`, 2 s by default).

use super::forms::CsrfIssued;
use super::middleware::requested_lang;
use crate::accounts::session::{cookie_value, SESSION_COOKIE};
use crate::i18n::Lang;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// Larger answers are sent but not kept (national lists; they should be paginated instead).
pub const MAX_ENTRY_BYTES: usize = 512 * 1024;
/// All stored bodies together; when full, expired entries go first, then everything.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;

/// Response extension: this route's answers may be shared between anonymous visitors.
#[derive(Debug, Clone, Copy)]
pub struct Cacheable;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    lang: Lang,
    accept_encoding: String,
}

struct Entry {
    stored: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
struct Entries {
    map: HashMap<Key, Entry>,
    bytes: usize,
}

pub struct PageCache {
    max_age: Duration,
    entries: RwLock<Entries>,
}

impl PageCache {
    pub fn new(max_age: Duration) -> PageCache {
        PageCache {
            max_age,
            entries: RwLock::new(Entries::default()),
        }
    }

    fn get(&self, key: &Key) -> Option<Response> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.map.get(key)?;
        let age = entry.stored.elapsed();
        if age >= self.max_age {
            return None;
        }
        let mut response = Response::new(Body::from(entry.body.clone()));
        *response.status_mut() = entry.status;
        *response.headers_mut() = entry.headers.clone();
        response
            .headers_mut()
            .insert(header::AGE, HeaderValue::from(age.as_secs()));
        Some(response)
    }

    fn put(&self, key: Key, status: StatusCode, headers: HeaderMap, body: Bytes) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.bytes + body.len() > MAX_TOTAL_BYTES {
            let max_age = self.max_age;
            entries.map.retain(|_, e| e.stored.elapsed() < max_age);
            entries.bytes = entries.map.values().map(|e| e.body.len()).sum();
            if entries.bytes + body.len() > MAX_TOTAL_BYTES {
                entries.map.clear();
                entries.bytes = 0;
            }
        }
        entries.bytes += body.len();
        let entry = Entry {
            stored: Instant::now(),
            status,
            headers,
            body,
        };
        if let Some(old) = entries.map.insert(key, entry) {
            entries.bytes -= old.body.len();
        }
    }

    /// Forgets every stored page (after a change on this instance).
    pub fn clear(&self) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.map.clear();
        entries.bytes = 0;
    }

    /// Number of stored pages (for tests and metrics).
    pub fn len(&self) -> usize {
        self.entries
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .map
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The middleware: answers from the cache, or runs the request and keeps a shareable answer.
pub async fn middleware(
    State(cache): State<Arc<PageCache>>,
    mut request: Request,
    next: Next,
) -> Response {
    if cache.max_age.is_zero() {
        return next.run(request).await;
    }
    let method = request.method().clone();
    if method != Method::GET {
        let response = next.run(request).await;
        let safe = method == Method::HEAD || method == Method::OPTIONS;
        if !safe && (response.status().is_success() || response.status().is_redirection()) {
            cache.clear();
        }
        return response;
    }
    // A session or an API token: the answer may be personal, and a token's use is audited.
    if cookie_value(request.headers(), SESSION_COOKIE).is_some()
        || request.headers().contains_key(header::AUTHORIZATION)
    {
        return next.run(request).await;
    }
    let key = Key {
        path_and_query: request
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default(),
        lang: requested_lang(&request).0,
        accept_encoding: request
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
    };
    if let Some(hit) = cache.get(&key) {
        metrics::counter!("page_cache_hits_total").increment(1);
        return hit;
    }
    // The session middleware sets this flag when the page puts a CSRF token in a form.
    let issued = CsrfIssued::default();
    request.extensions_mut().insert(issued.clone());
    let response = next.run(request).await;
    let shareable = response.status() == StatusCode::OK
        && response.extensions().get::<Cacheable>().is_some()
        && !response.headers().contains_key(header::SET_COOKIE)
        && !issued.0.load(Ordering::Relaxed);
    if !shareable {
        return response;
    }
    metrics::counter!("page_cache_misses_total").increment(1);
    let (parts, body) = response.into_parts();
    // The body is sent in full anyway; buffering it costs no more memory than sending it.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(e) => {
            tracing::warn!(error = %e, "response body could not be read for the page cache");
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::empty())
                .unwrap_or_default();
        }
    };
    if body.len() <= MAX_ENTRY_BYTES {
        cache.put(key, parts.status, parts.headers.clone(), body.clone());
    }
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(path: &str) -> Key {
        Key {
            path_and_query: path.into(),
            lang: Lang::DEFAULT,
            accept_encoding: String::new(),
        }
    }

    #[test]
    fn entries_expire_after_the_maximum_age() {
        let cache = PageCache::new(Duration::from_millis(30));
        cache.put(
            key("/"),
            StatusCode::OK,
            HeaderMap::new(),
            Bytes::from_static(b"x"),
        );
        assert!(cache.get(&key("/")).is_some());
        assert!(
            cache.get(&key("/?a=1")).is_none(),
            "the query is part of the key"
        );
        std::thread::sleep(Duration::from_millis(40));
        assert!(cache.get(&key("/")).is_none());
    }

    #[test]
    fn the_total_size_stays_bounded() {
        let cache = PageCache::new(Duration::from_secs(60));
        let body = Bytes::from(vec![b'x'; MAX_ENTRY_BYTES]);
        let n = MAX_TOTAL_BYTES / MAX_ENTRY_BYTES;
        for i in 0..=n {
            cache.put(
                key(&format!("/{i}")),
                StatusCode::OK,
                HeaderMap::new(),
                body.clone(),
            );
        }
        let entries = cache.entries.read().unwrap();
        assert!(entries.bytes <= MAX_TOTAL_BYTES);
        assert_eq!(
            entries.bytes,
            entries.map.values().map(|e| e.body.len()).sum::<usize>()
        );
        assert!(entries.map.contains_key(&key(&format!("/{n}"))));
    }

    #[test]
    fn replacing_an_entry_keeps_the_byte_count_right() {
        let cache = PageCache::new(Duration::from_secs(60));
        for body in [&b"long body"[..], b"short"] {
            cache.put(
                key("/"),
                StatusCode::OK,
                HeaderMap::new(),
                Bytes::copy_from_slice(body),
            );
        }
        assert_eq!(cache.entries.read().unwrap().bytes, 5);
        cache.clear();
        assert!(cache.is_empty());
    }
}
