//! A short-lived in-memory cache of whole public responses for visitors who are not logged in.
//!
//! Why: the home page, the agenda, the charter and the figures are the same for every visitor
//! without a session, and almost all of their cost is database round trips and templates, not
//! bytes. Serving them from memory for a couple of seconds lets one small server take a crowd (an
//! announcement in the local paper, a festival) without touching the database, and it stores the
//! already compressed body, so compression is paid once per page and language, not per request.
//! No crate fits: HTTP caches such as `http-cache` are client-side, and the rules below (the
//! form values, the session cookie) are our own.
//!
//! A response is stored only when all of these hold:
//! - its route opted in with [`super::Routes::public_cached`] (which marks it [`Cacheable`]);
//! - the request is a `GET` without a session cookie or an `Authorization` header;
//! - the answer is `200`, sets no cookie and is at most [`MAX_ENTRY_BYTES`].
//!
//! **Pages with forms** (the report form, an activity with its sign-up form) are stored too, but
//! never a form's per-visitor values. The render that may be stored gets placeholders instead of
//! the CSRF token and the form key ([`super::forms::Slot`]; `Page::csrf`, `Page::form_key`), and
//! every answer — the first one included — is filled in afresh: a new form key, and a token
//! bound to the visitor's own `kr_csrf` cookie, or to a new cookie sent with that answer, so a
//! token only validates with the cookie of its own answer. Such answers say
//! `Cache-Control: private`. A render that is not for storing (a bypass, a logged-in visitor)
//! gets the visitor's real values, as before. So a shared page must take every per-visitor
//! value from `Page`; a value made up in the handler would be the same for everyone.
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

use super::forms::{csrf_token, CsrfBinding, CsrfIssued, Slot};
use super::middleware::requested_lang;
use super::AppState;
use crate::accounts::model::CurrentUser;
use crate::accounts::session::{cookie_value, csrf_cookie, new_csrf_cookie, SESSION_COOKIE};
use crate::i18n::Lang;
use askama::filters::Html;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::watch;

mod template;
use template::{accepts_gzip, Template};

/// Larger answers are sent but not kept (national lists; they should be paginated instead).
pub const MAX_ENTRY_BYTES: usize = 512 * 1024;
/// All stored bodies together; when full, expired entries go first, then everything.
/// Keys count too (see [`Entries::cost`]). 4 MiB still holds every public page of a
/// neighbourhood in five languages and two encodings several times over. A hostile crawl fills
/// it and then empties it again and again (bench/hostile.sh), so the budget is also the swing of
/// the heap under such traffic: 8 MiB was about 10 MiB of heap at the top (heaptrack, BENCHMARKS.md
/// session 13), against a resident-memory target of 64 MB for a small server.
pub const MAX_TOTAL_BYTES: usize = 4 * 1024 * 1024;
/// A request whose sorted query or `Accept-Encoding` is longer is answered without the cache:
/// no page of ours reads that much, and such keys would only fill memory.
pub const MAX_KEY_PART_BYTES: usize = 256;
/// Query variants of one path that are stored (pages of a list, a filter per buurt, …).
pub const MAX_VARIANTS_PER_PATH: usize = 64;
/// Remembered "not shareable" pages, at most (then forgotten all at once).
const MAX_UNSHAREABLE: usize = 4096;
/// How long a request waits for another one rendering the same page before rendering itself.
const WAIT_FOR_RENDER: Duration = Duration::from_secs(5);

/// Response extension: this route's answers may be shared between anonymous visitors.
#[derive(Debug, Clone, Copy)]
pub struct Cacheable;

/// Response extension: this route's answers may also be shared between logged-in people with
/// the same roles ([`super::Routes::public_shared`]): the page shows nothing of the person
/// beyond what the roles allow, and the layout's name and token are filled in per answer.
#[derive(Debug, Clone, Copy)]
pub struct SameForPeople;

/// The compression layer's rule: leave a page with placeholders alone; the cache compresses
/// it once the values are in (see [`Template`]).
#[derive(Debug, Clone, Copy)]
pub struct NoPlaceholders;

impl tower_http::compression::Predicate for NoPlaceholders {
    fn should_compress<B: HttpBody>(&self, response: &axum::http::Response<B>) -> bool {
        !response
            .extensions()
            .get::<CsrfIssued>()
            .is_some_and(CsrfIssued::has_placeholders)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    /// The query's parameters, sorted, so `?a=1&b=2` and `?b=2&a=1` are one page.
    query: String,
    lang: Lang,
    accept_encoding: String,
    /// Empty for anonymous visitors; for a logged-in person the roles and whether the second
    /// step is done ([`viewer_class`]): all that a shared page may depend on.
    viewer: String,
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
            viewer: String::new(),
        }
    }

    /// The key of a page request, or none when a part is longer than any page of ours reads
    /// (such keys would only fill memory).
    fn of(request: &Request, viewer: String) -> Option<Key> {
        let key = Key::new(
            request.uri().path(),
            request.uri().query(),
            requested_lang(request).0,
            request
                .headers()
                .get(header::ACCEPT_ENCODING)
                .and_then(|v| v.to_str().ok())
                .unwrap_or(""),
        );
        if key.query.len() > MAX_KEY_PART_BYTES || key.accept_encoding.len() > MAX_KEY_PART_BYTES {
            metrics::counter!("page_cache_keys_too_long_total").increment(1);
            return None;
        }
        Some(Key { viewer, ..key })
    }

    /// The entries counted against [`MAX_VARIANTS_PER_PATH`]: one path as one kind of viewer
    /// sees it (made-up query parameters multiply these; roles are not made up).
    fn variant_group(&self) -> String {
        format!("{}\n{}", self.viewer, self.path)
    }
}

/// All a page shared between logged-in people may depend on: their roles, and whether they
/// have done the second step (the header offers the account and management links only then).
fn viewer_class(user: &CurrentUser) -> String {
    let roles: Vec<&str> = user.roles.iter().map(|r| r.as_str()).collect();
    format!(
        "{}:{}",
        u8::from(user.fully_authenticated()),
        roles.join(",")
    )
}

/// The person as a shared page sees them: the roles and the second step, nothing that tells
/// people apart. No id, organisation or assignment, so a scope check finds nothing (fails
/// closed); the name is a placeholder that each answer fills in.
fn stand_in(user: &CurrentUser) -> CurrentUser {
    CurrentUser {
        id: 0,
        name: Slot::Name.placeholder().to_string(),
        email: String::new(),
        lang: String::new(),
        organisation_id: None,
        assignments: vec![],
        roles: user.roles.clone(),
        totp_enabled: false,
        mfa_passed: user.fully_authenticated(),
        session_hash: String::new(),
        token: None,
    }
}

/// Whom a stored page is filled in for.
#[derive(Clone)]
enum Viewer {
    /// Not logged in: the token is bound to the `kr_csrf` cookie, or to a new one sent along.
    Visitor(Option<String>),
    /// Logged in: the token is bound to the session, the header shows the person's name.
    Person {
        session_hash: String,
        name: String,
        stand_in: Box<CurrentUser>,
    },
}

/// A stored body: the answer as sent, or a page with forms whose per-visitor values are open.
#[derive(Clone)]
enum Stored {
    Whole(Bytes),
    Form(Arc<Template>),
}

impl Stored {
    fn len(&self) -> usize {
        match self {
            Stored::Whole(body) => body.len(),
            Stored::Form(template) => template.len(),
        }
    }
}

struct Entry {
    stored: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Stored,
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
    /// Pages found not shareable (a route that did not opt in, a cookie, an error): their
    /// requests skip the single flight, so they never wait for each other.
    unshareable: HashMap<Key, Instant>,
}

impl Entries {
    /// What an entry takes: its body, its key and a fixed allowance for the map slot and the
    /// headers, so many small entries with long keys are bounded too.
    fn cost(key: &Key, entry: &Entry) -> usize {
        entry.body.len()
            + key.path.len()
            + key.query.len()
            + key.accept_encoding.len()
            + key.viewer.len()
            + 512
    }

    fn insert(&mut self, key: Key, entry: Entry) {
        self.bytes += Self::cost(&key, &entry);
        let group = key.variant_group();
        let cost_of_key = key.clone();
        match self.map.insert(key, entry) {
            Some(old) => self.bytes -= Self::cost(&cost_of_key, &old),
            None => *self.variants.entry(group).or_default() += 1,
        }
    }

    fn retain_younger_than(&mut self, max: Duration) {
        self.map.retain(|_, e| e.stored.elapsed() < max);
        self.bytes = self.map.iter().map(|(k, e)| Self::cost(k, e)).sum();
        self.variants.clear();
        for key in self.map.keys() {
            *self.variants.entry(key.variant_group()).or_default() += 1;
        }
    }

    fn clear(&mut self) {
        self.map.clear();
        self.variants.clear();
        self.bytes = 0;
    }
}

/// A stored answer taken out of the cache (shared bytes, so cheap), to be sent once its
/// per-visitor values are in, outside the lock.
struct Cached {
    status: StatusCode,
    headers: HeaderMap,
    body: Stored,
    age: Option<Duration>,
}

impl Cached {
    fn of(entry: &Entry) -> Cached {
        // The one copy of the stored headers, with room for the two that [`Cached::answer`]
        // adds: a clone has none to spare, and growing it (a rehash) was a visible part of a
        // form page's answer in the profile.
        let mut headers = HeaderMap::with_capacity(entry.headers.len() + 2);
        headers.extend(entry.headers.iter().map(|(k, v)| (k.clone(), v.clone())));
        Cached {
            status: entry.status,
            headers,
            body: entry.body.clone(),
            age: Some(entry.stored.elapsed()),
        }
    }

    /// The answer for this visitor: a page with forms gets a fresh token (bound to the
    /// visitor's `kr_csrf` cookie, or to a new one sent along, or to the person's session), a
    /// fresh form key and the person's name.
    async fn answer(self, state: &AppState, viewer: &Viewer) -> Response {
        let mut headers = self.headers;
        if let Some(age) = self.age {
            headers.insert(header::AGE, HeaderValue::from(age.as_secs()));
        }
        let body = match self.body {
            Stored::Whole(body) => Body::from(body),
            Stored::Form(template) => {
                let mut token = String::new();
                if template.has(Slot::Csrf) {
                    let binding = match viewer {
                        Viewer::Visitor(Some(cookie)) => cookie.clone(),
                        Viewer::Person { session_hash, .. } => session_hash.clone(),
                        Viewer::Visitor(None) => {
                            let (value, set_cookie) =
                                new_csrf_cookie(state.config.secure_cookies());
                            headers.append(header::SET_COOKIE, set_cookie);
                            value
                        }
                    };
                    let Ok(secret) = state.secret().await else {
                        return status_only(StatusCode::SERVICE_UNAVAILABLE);
                    };
                    token = csrf_token(secret, &CsrfBinding(binding));
                }
                let name = match viewer {
                    Viewer::Person { name, .. } => askama::filters::escape(name, Html)
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                    Viewer::Visitor(_) => String::new(),
                };
                Body::new(template.fill(|slot| match slot {
                    Slot::Csrf => token.clone(),
                    Slot::FormKey => super::forms::form_key(),
                    Slot::Name => name.clone(),
                }))
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        *response.headers_mut() = headers;
        response
    }
}

fn status_only(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// What the cache says about a key.
enum Lookup {
    /// A fresh answer.
    Hit(Cached),
    /// An expired answer while another request renders the page: send this one.
    Stale(Cached),
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
    /// Paths whose route was seen marked [`SameForPeople`] (kept when the entries are emptied).
    people_paths: RwLock<HashSet<String>>,
}

impl PageCache {
    pub fn new(max_age: Duration) -> PageCache {
        PageCache {
            max_age,
            entries: RwLock::new(Entries::default()),
            people_paths: RwLock::new(HashSet::new()),
        }
    }

    fn shared_with_people(&self, path: &str) -> bool {
        self.people_paths
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .contains(path)
    }

    fn share_with_people(&self, path: String) {
        let mut paths = self.people_paths.write().unwrap_or_else(|e| e.into_inner());
        // Made-up paths under a marked route (`/aanpak/x1`, …) cannot grow it without bound.
        if paths.len() >= MAX_UNSHAREABLE {
            paths.clear();
        }
        paths.insert(path);
    }

    /// A fresh answer for `key`, if one is stored.
    fn get(&self, key: &Key) -> Option<Cached> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.map.get(key)?;
        (entry.stored.elapsed() < self.max_age).then(|| Cached::of(entry))
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
                Lookup::Hit(Cached::of(entry))
            }
            (Some(entry), Some(_)) => Lookup::Stale(Cached::of(entry)),
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

    fn put(&self, key: Key, status: StatusCode, headers: HeaderMap, body: Stored) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let new_variant = !entries.map.contains_key(&key);
        if new_variant
            && entries
                .variants
                .get(&key.variant_group())
                .copied()
                .unwrap_or(0)
                >= MAX_VARIANTS_PER_PATH
        {
            metrics::counter!("page_cache_variants_refused_total").increment(1);
            return;
        }
        let entry = Entry {
            stored: Instant::now(),
            status,
            headers,
            body,
        };
        let cost = Entries::cost(&key, &entry);
        if entries.bytes + cost > MAX_TOTAL_BYTES {
            entries.retain_younger_than(self.max_age);
            if entries.bytes + cost > MAX_TOTAL_BYTES {
                // Counted: how often the budget, not the cache period, ends pages (hit rate).
                metrics::counter!("page_cache_full_total").increment(1);
                entries.clear();
            }
        }
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
pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let cache = &state.page_cache;
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
    // A session: [`for_people`] takes it once the session middleware knows the person. An API
    // token: the answer may be personal, and a token's use is audited.
    if cookie_value(request.headers(), SESSION_COOKIE).is_some()
        || request.headers().contains_key(header::AUTHORIZATION)
    {
        return next.run(request).await;
    }
    let Some(key) = Key::of(&request, String::new()) else {
        return next.run(request).await;
    };
    let viewer = Viewer::Visitor(csrf_cookie(request.headers()));
    serve(&state, key, viewer, request, next).await
}

/// The page cache for logged-in people (inside the session middleware, which has loaded the
/// person). Only routes marked [`SameForPeople`] are shared, between people with the same
/// [`viewer_class`]; the render that is stored sees a [`stand_in`] instead of the person, so
/// nothing of one person can end up in another's page. A path is first answered for the
/// person as usual, which shows whether its route is marked; only then is it shared.
pub async fn for_people(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let cache = &state.page_cache;
    let user = request
        .extensions()
        .get::<CurrentUser>()
        .filter(|u| u.token.is_none());
    let (Some(user), true) = (
        user,
        !cache.max_age.is_zero()
            && request.method() == Method::GET
            && !request.headers().contains_key(header::AUTHORIZATION),
    ) else {
        return next.run(request).await;
    };
    if !cache.shared_with_people(request.uri().path()) {
        let path = request.uri().path().to_string();
        let response = next.run(request).await;
        if response.status() == StatusCode::OK
            && response.extensions().get::<SameForPeople>().is_some()
        {
            cache.share_with_people(path);
        }
        return response;
    }
    let viewer = Viewer::Person {
        session_hash: user.session_hash.clone(),
        name: user.name.clone(),
        stand_in: Box::new(stand_in(user)),
    };
    let Some(key) = Key::of(&request, viewer_class(user)) else {
        return next.run(request).await;
    };
    serve(&state, key, viewer, request, next).await
}

/// Answers from the cache, or renders once for everyone waiting on the same page.
async fn serve(
    state: &AppState,
    key: Key,
    viewer: Viewer,
    request: Request,
    next: Next,
) -> Response {
    let cache = &state.page_cache;
    let mut claim = None;
    for attempt in 0..2 {
        match cache.lookup(&key) {
            Lookup::Hit(hit) | Lookup::Stale(hit) => {
                metrics::counter!("page_cache_hits_total").increment(1);
                return hit.answer(state, &viewer).await;
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
    let for_everyone = claim.is_some();
    let response = render(state, key, for_everyone, viewer, request, next).await;
    drop(claim);
    response
}

/// Runs the request and keeps the answer when it may be shared. `for_everyone`: this render
/// may be stored, so forms get placeholders (see [`Template`]) and a person is replaced by
/// their stand-in.
async fn render(
    state: &AppState,
    key: Key,
    for_everyone: bool,
    viewer: Viewer,
    mut request: Request,
    next: Next,
) -> Response {
    let cache = &state.page_cache;
    // The session middleware sets this flag when the page puts a CSRF token in a form.
    let issued = if for_everyone {
        CsrfIssued::for_template()
    } else {
        CsrfIssued::default()
    };
    request.extensions_mut().insert(issued.clone());
    if let (true, Viewer::Person { stand_in, .. }) = (for_everyone, &viewer) {
        request
            .extensions_mut()
            .insert(CurrentUser::clone(stand_in));
        request.extensions_mut().insert(CsrfBinding(String::new()));
    }
    let gzip = accepts_gzip(&key.accept_encoding);
    let response = next.run(request).await;
    let for_people = matches!(viewer, Viewer::Person { .. });
    let shareable = response.status() == StatusCode::OK
        && response.extensions().get::<Cacheable>().is_some()
        && !response.headers().contains_key(header::SET_COOKIE)
        && (issued.has_placeholders() || !issued.is_set())
        // A person's page always has a form (logging out): never stored whole.
        && (!for_people
            || (issued.has_placeholders()
                && response.extensions().get::<SameForPeople>().is_some()));
    if !shareable && !issued.has_placeholders() {
        cache.mark_unshareable(key);
        return response;
    }
    store(state, key, shareable, gzip, issued, viewer, response).await
}

/// The headers of every answer filled in from a template, set once when it is stored rather than
/// for every answer: its encoding, no length (the values vary), and that it varies.
fn template_headers(mut headers: HeaderMap, gzip: bool) -> HeaderMap {
    if gzip {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    headers.remove(header::CONTENT_LENGTH);
    let varies = headers.get_all(header::VARY).iter().any(|v| {
        v.to_str()
            .is_ok_and(|v| v.to_ascii_lowercase().contains("accept-encoding"))
    });
    if !varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    // A token and a cookie of one visitor: no shared cache may keep this answer.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private"));
    }
    headers
}

/// Keeps a rendered answer (a page with placeholders as a template) and sends it.
async fn store(
    state: &AppState,
    key: Key,
    shareable: bool,
    gzip: bool,
    issued: CsrfIssued,
    viewer: Viewer,
    response: Response,
) -> Response {
    let cache = &state.page_cache;
    let (parts, body) = response.into_parts();
    // The body is sent in full anyway; buffering it costs no more memory than sending it.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(e) => {
            tracing::warn!(error = %e, "response body could not be read for the page cache");
            return status_only(StatusCode::INTERNAL_SERVER_ERROR);
        }
    };
    if issued.has_placeholders() && parts.headers.contains_key(header::CONTENT_ENCODING) {
        // Something compressed the body before its values were in: they cannot be filled in.
        tracing::error!("a page with form placeholders came back compressed");
        cache.mark_unshareable(key);
        return status_only(StatusCode::INTERNAL_SERVER_ERROR);
    }
    if issued.has_placeholders() {
        // Even this first answer is filled in like a hit, so it shares no value either.
        let template = Arc::new(Template::new(&body, gzip));
        let answer = Cached {
            status: parts.status,
            headers: template_headers(parts.headers, gzip),
            body: Stored::Form(template),
            age: None,
        };
        if shareable && body.len() <= MAX_ENTRY_BYTES {
            metrics::counter!("page_cache_misses_total").increment(1);
            cache.put(
                key,
                answer.status,
                answer.headers.clone(),
                answer.body.clone(),
            );
        } else {
            cache.mark_unshareable(key);
        }
        return answer.answer(state, &viewer).await;
    }
    metrics::counter!("page_cache_misses_total").increment(1);
    if body.len() <= MAX_ENTRY_BYTES {
        cache.put(
            key,
            parts.status,
            parts.headers.clone(),
            Stored::Whole(body.clone()),
        );
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
            Stored::Whole(Bytes::from_static(b"x")),
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
                Stored::Whole(body.clone()),
            );
        }
        let entries = cache.entries.read().unwrap();
        assert!(entries.bytes <= MAX_TOTAL_BYTES);
        assert_eq!(
            entries.bytes,
            entries
                .map
                .iter()
                .map(|(k, e)| Entries::cost(k, e))
                .sum::<usize>()
        );
        assert!(entries.map.contains_key(&key(&format!("/{n}"))));
    }

    #[test]
    fn long_keys_count_towards_the_total() {
        let cache = PageCache::new(Duration::from_secs(60));
        let long = "q".repeat(200);
        // Tiny bodies under long keys: without counting the keys this would keep growing.
        for i in 0..MAX_TOTAL_BYTES / 300 {
            cache.put(
                key(&format!("/{i}?{long}")),
                StatusCode::OK,
                HeaderMap::new(),
                Stored::Whole(Bytes::from_static(b"x")),
            );
        }
        let entries = cache.entries.read().unwrap();
        assert!(entries.bytes <= MAX_TOTAL_BYTES);
        assert!(
            entries.map.len() < MAX_TOTAL_BYTES / 700,
            "{}",
            entries.map.len()
        );
    }

    #[test]
    fn replacing_an_entry_keeps_the_byte_count_right() {
        let cache = PageCache::new(Duration::from_secs(60));
        for body in [&b"long body"[..], b"short"] {
            cache.put(
                key("/"),
                StatusCode::OK,
                HeaderMap::new(),
                Stored::Whole(Bytes::copy_from_slice(body)),
            );
        }
        let cost = 5 + "/".len() + 512;
        assert_eq!(cache.entries.read().unwrap().bytes, cost);
        cache.clear();
        assert!(cache.is_empty());
    }
}
