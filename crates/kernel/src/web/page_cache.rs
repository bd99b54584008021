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
//! The key is the path with its query parameters in sorted order, the language the page is in and
//! the `Accept-Encoding` header. At most [`MAX_VARIANTS_PER_PATH`] query variants of one path are
//! kept: a crawler or an attacker making up parameters (`/?x=1`, `/?x=2`, …) is served but not
//! stored, so it can neither grow memory nor push the useful pages out. An accepted unsafe request
//! (`POST` …) on this instance empties the cache, so whoever changes something sees it at once;
//! other instances behind a load balancer catch up within the maximum age (`page_cache_millis`,
//! 2 s by default).
//!
//! **Single flight**: when a page expires under load, one request renders it again while the
//! others get the previous answer (stale for at most one more cache period); when a page is not
//! stored at all, the first request renders it and the others wait for that one answer instead of
//! all rendering the same page at once. Without this, every expiry at 64 connections was a burst
//! of identical renders that broke the p99 latency.

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
use tokio::sync::watch;

/// Larger answers are sent but not kept (national lists; they should be paginated instead).
pub const MAX_ENTRY_BYTES: usize = 512 * 1024;
/// All stored bodies together; when full, expired entries go first, then everything.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;
/// Query variants of one path that are stored (pages of a list, a filter per buurt, …).
pub const MAX_VARIANTS_PER_PATH: usize = 64;
/// Remembered "not shareable" pages, at most (then forgotten all at once).
const MAX_UNSHAREABLE: usize = 4096;
/// How long a request waits for another one rendering the same page before rendering itself.
const WAIT_FOR_RENDER: Duration = Duration::from_secs(5);

/// Response extension: this route's answers may be shared between anonymous visitors.
#[derive(Debug, Clone, Copy)]
pub struct Cacheable;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    /// The query's parameters, sorted, so `?a=1&b=2` and `?b=2&a=1` are one page.
    query: String,
    lang: Lang,
    accept_encoding: String,
}

impl Key {
    fn new(path: &str, query: Option<&str>, lang: Lang, accept_encoding: &str) -> Key {
        let mut pairs: Vec<(String, String)> =
            url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
        pairs.sort();
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        Key {
            path: path.to_string(),
            query,
            lang,
            accept_encoding: accept_encoding.to_string(),
        }
    }
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
    /// Stored query variants per path.
    variants: HashMap<String, usize>,
    /// Pages being rendered now; dropping the sender wakes whoever waits (even one that starts
    /// waiting after the render finished: a closed channel answers at once).
    rendering: HashMap<Key, watch::Sender<()>>,
    /// Pages found not shareable (a form with a token, a route that did not opt in, an error):
    /// their requests skip the single flight, so they never wait for each other.
    unshareable: HashMap<Key, Instant>,
}

impl Entries {
    fn insert(&mut self, key: Key, entry: Entry) {
        self.bytes += entry.body.len();
        let path = key.path.clone();
        match self.map.insert(key, entry) {
            Some(old) => self.bytes -= old.body.len(),
            None => *self.variants.entry(path).or_default() += 1,
        }
    }

    fn retain_younger_than(&mut self, max: Duration) {
        self.map.retain(|_, e| e.stored.elapsed() < max);
        self.bytes = self.map.values().map(|e| e.body.len()).sum();
        self.variants.clear();
        for key in self.map.keys() {
            *self.variants.entry(key.path.clone()).or_default() += 1;
        }
    }

    fn clear(&mut self) {
        self.map.clear();
        self.variants.clear();
        self.bytes = 0;
    }
}

/// What the cache says about a key.
enum Lookup {
    /// A fresh answer.
    Hit(Response),
    /// An expired answer while another request renders the page: send this one.
    Stale(Response),
    /// Render the page; the claim makes the others wait or take the stale answer meanwhile.
    Render(Claim),
    /// Another request renders the page and nothing is stored yet: wait for it.
    Wait(watch::Receiver<()>),
    /// The page is not shared: render it without a claim.
    Bypass,
}

/// The right to render a page for everyone; dropping it (also on an error or a cancelled
/// request) lets the waiting requests go on.
struct Claim {
    cache: Arc<PageCache>,
    key: Key,
}

impl Drop for Claim {
    fn drop(&mut self) {
        let mut entries = self
            .cache
            .entries
            .write()
            .unwrap_or_else(|e| e.into_inner());
        entries.rendering.remove(&self.key);
    }
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

    fn response(entry: &Entry) -> Response {
        let mut response = Response::new(Body::from(entry.body.clone()));
        *response.status_mut() = entry.status;
        *response.headers_mut() = entry.headers.clone();
        response.headers_mut().insert(
            header::AGE,
            HeaderValue::from(entry.stored.elapsed().as_secs()),
        );
        response
    }

    /// A fresh answer for `key`, if one is stored.
    fn get(&self, key: &Key) -> Option<Response> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.map.get(key)?;
        (entry.stored.elapsed() < self.max_age).then(|| PageCache::response(entry))
    }

    /// Decides, under one lock, whether this request answers from the cache, renders the page,
    /// or waits for the request that renders it.
    fn lookup(self: &Arc<Self>, key: &Key) -> Lookup {
        if let Some(hit) = self.get(key) {
            return Lookup::Hit(hit);
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries
            .unshareable
            .get(key)
            .is_some_and(|at| at.elapsed() < self.max_age)
        {
            return Lookup::Bypass;
        }
        let stale = entries
            .map
            .get(key)
            .filter(|e| e.stored.elapsed() < self.max_age * 2);
        match (stale, entries.rendering.get(key)) {
            (Some(entry), _) if entry.stored.elapsed() < self.max_age => {
                Lookup::Hit(PageCache::response(entry))
            }
            (Some(entry), Some(_)) => Lookup::Stale(PageCache::response(entry)),
            (None, Some(rendering)) => Lookup::Wait(rendering.subscribe()),
            (_, None) => {
                entries.rendering.insert(key.clone(), watch::channel(()).0);
                Lookup::Render(Claim {
                    cache: self.clone(),
                    key: key.clone(),
                })
            }
        }
    }

    fn put(&self, key: Key, status: StatusCode, headers: HeaderMap, body: Bytes) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let new_variant = !entries.map.contains_key(&key);
        if new_variant
            && entries.variants.get(&key.path).copied().unwrap_or(0) >= MAX_VARIANTS_PER_PATH
        {
            metrics::counter!("page_cache_variants_refused_total").increment(1);
            return;
        }
        if entries.bytes + body.len() > MAX_TOTAL_BYTES {
            entries.retain_younger_than(self.max_age);
            if entries.bytes + body.len() > MAX_TOTAL_BYTES {
                entries.clear();
            }
        }
        let entry = Entry {
            stored: Instant::now(),
            status,
            headers,
            body,
        };
        entries.insert(key, entry);
    }

    /// Remembers for a cache period that `key` is not shared.
    fn mark_unshareable(&self, key: Key) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.unshareable.len() >= MAX_UNSHAREABLE {
            entries.unshareable.clear();
        }
        entries.unshareable.insert(key, Instant::now());
    }

    /// Forgets every stored page (after a change on this instance).
    pub fn clear(&self) {
        self.entries
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
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
    request: Request,
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
    let key = Key::new(
        request.uri().path(),
        request.uri().query(),
        requested_lang(&request).0,
        request
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or(""),
    );
    let mut claim = None;
    for attempt in 0..2 {
        match cache.lookup(&key) {
            Lookup::Hit(hit) | Lookup::Stale(hit) => {
                metrics::counter!("page_cache_hits_total").increment(1);
                return hit;
            }
            Lookup::Render(c) => {
                claim = Some(c);
                break;
            }
            // Wait once; if the other render was not shareable, render without a claim.
            Lookup::Wait(mut done) if attempt == 0 => {
                let _ = tokio::time::timeout(WAIT_FOR_RENDER, done.changed()).await;
            }
            Lookup::Wait(_) | Lookup::Bypass => break,
        }
    }
    let response = render(&cache, key, request, next).await;
    drop(claim);
    response
}

/// Runs the request and keeps the answer when it may be shared.
async fn render(cache: &PageCache, key: Key, mut request: Request, next: Next) -> Response {
    // The session middleware sets this flag when the page puts a CSRF token in a form.
    let issued = CsrfIssued::default();
    request.extensions_mut().insert(issued.clone());
    let response = next.run(request).await;
    let shareable = response.status() == StatusCode::OK
        && response.extensions().get::<Cacheable>().is_some()
        && !response.headers().contains_key(header::SET_COOKIE)
        && !issued.0.load(Ordering::Relaxed);
    if !shareable {
        cache.mark_unshareable(key);
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

    fn key(path_and_query: &str) -> Key {
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_and_query, None),
        };
        Key::new(path, query, Lang::DEFAULT, "")
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
