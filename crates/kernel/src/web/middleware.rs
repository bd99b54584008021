//! Middleware that every response passes: language choice, security headers, error pages and
//! request metrics.

use super::error::ErrorKind;
use super::{render, AppState, Page};
use crate::accounts::model::CurrentUser;
use crate::authz::Access;
use crate::i18n::Lang;
use askama::Template;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

const LANG_COOKIE: &str = "lang";

/// The language a request asks for: `?lang=xx` (shareable links; remembered in a cookie), then
/// the cookie, then `Accept-Language`, then Dutch. The second value is the `?lang=` choice, if any.
pub fn requested_lang<B>(request: &axum::http::Request<B>) -> (Lang, Option<Lang>) {
    let from_query = request.uri().query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_code(&v))
    });
    let from_cookie = || {
        request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == LANG_COOKIE)
            .and_then(|(_, v)| Lang::from_code(v))
    };
    let from_header = || {
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::from_accept_language)
    };
    let lang = from_query
        .or_else(from_cookie)
        .or_else(from_header)
        .unwrap_or(Lang::DEFAULT);
    (lang, from_query)
}

/// Chooses the language ([`requested_lang`]) and stores it as a request extension.
pub async fn language(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let (lang, from_query) = requested_lang(&request);
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(lang) = from_query {
        let secure = if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    if let Ok(value) = HeaderValue::from_str(lang.code()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// Strict security headers on every response. The Content-Security-Policy allows no inline
/// script or style at all; pages work without JavaScript anyway.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
             base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        ),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    if state.config.secure_cookies() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}

/// Whether `path` is `prefix` or lies under it (whole segments only).
pub fn is_under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The prefixes registered with `Routes::no_store`.
pub type NoStorePrefixes = Arc<Vec<&'static str>>;

/// `Cache-Control: no-store` on every answer under a personal prefix (`Routes::no_store`):
/// management, the account, two-step login, the meldpunt follow-up. One layer by path, so a
/// new page there (or its error page, or a redirect) cannot forget it.
pub async fn no_store_by_path(
    State(prefixes): State<NoStorePrefixes>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let private = prefixes.iter().any(|p| is_under(path, p));
    let response = next.run(request).await;
    if private {
        super::no_store(response)
    } else {
        response
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    message: String,
    status: u16,
}

/// Fills in the body of error responses: a translated HTML page, or a problem+json document
/// (RFC 9457) for the API. Responses that already have a body (a handler's own 404 page, say)
/// pass unchanged.
pub async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let extensions = request.extensions().clone();
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(str::to_string);
    let response = next.run(request).await;
    let status = response.status();
    let marked = response.extensions().get::<ErrorKind>().is_some();
    // Bodies without a type, and axum's plain-text rejections, get a proper page.
    let bare = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|v| v.as_bytes().starts_with(b"text/plain"));
    if !(status.is_client_error() || status.is_server_error()) || !(marked || bare) {
        return response;
    }
    let (parts, _) = response.into_parts();
    let key = match status {
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::REQUEST_TIMEOUT => "unavailable",
        StatusCode::PAYLOAD_TOO_LARGE => "too-large",
        StatusCode::METHOD_NOT_ALLOWED => "method-not-allowed",
        StatusCode::TOO_MANY_REQUESTS => "too-many-requests",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::UNAUTHORIZED => "unauthorised",
        s if s.is_client_error() => "bad-request",
        _ => "internal",
    };
    let page = Page::for_request(&state, &extensions, &path, query.as_deref()).await;
    let heading = page.t(format!("error-{key}-title"));
    let message = page.t(format!("error-{key}-message"));
    let mut fresh = if path.starts_with("/api/") {
        super::super::api::problem(status, &heading, &message, &path)
    } else {
        let page = page.with_title(heading.clone());
        render(&ErrorPage {
            page,
            heading,
            message,
            status: status.as_u16(),
        })
    };
    *fresh.status_mut() = status;
    let headers = fresh.headers_mut();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            headers.insert(name.clone(), value.clone());
        }
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    fresh
}

/// Counts requests and their latency per route for `/metrics` (Prometheus).
pub async fn metrics(request: Request<Body>, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = request.method().to_string();
    let start = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2])
        .record(start.elapsed().as_secs_f64());
    response
}

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers; 503 otherwise, so a load balancer stops sending traffic.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.is_ready().await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// `GET /metrics`: Prometheus text format, only for a scraper that sends the configured
/// `metrics_token` as `Authorization: Bearer …` (the figures show routes, traffic and errors).
/// Without a configured token the endpoint does not exist (404); a missing or wrong token gets 401.
pub async fn metrics_endpoint(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Response {
    let Some(token) = state
        .config
        .metrics_token
        .as_ref()
        .filter(|t| !t.0.is_empty())
    else {
        return super::AppError::NotFound.into_response();
    };
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !crate::crypto::constant_time_eq(sent.trim(), &token.0) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
        )
            .into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::metrics::handle().render(),
    )
        .into_response()
}

/// Refuses state-changing requests from other sites, following the Fetch-Metadata algorithm
/// (as in Go's `net/http.CrossOriginProtection`): `Sec-Fetch-Site` must be `same-origin` or
/// `none`; without it, an `Origin` header must match the `Host`. Requests with neither come
/// from non-browser clients, which carry no ambient cookies of a victim.
pub async fn cross_origin_guard(request: Request, next: Next) -> Response {
    let method = request.method();
    if method == axum::http::Method::GET
        || method == axum::http::Method::HEAD
        || method == axum::http::Method::OPTIONS
    {
        return next.run(request).await;
    }
    let headers = request.headers();
    let allowed = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
            Some(origin) => {
                let host = headers
                    .get(header::HOST)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                url::Url::parse(origin)
                    .ok()
                    .and_then(|u| {
                        u.host_str().map(|h| match u.port() {
                            Some(p) => format!("{h}:{p}"),
                            None => h.to_string(),
                        })
                    })
                    .is_some_and(|o| !host.is_empty() && o == host)
            }
            None => true,
        },
    };
    if !allowed {
        tracing::info!(path = %request.uri().path(), "cross-origin request refused");
        return super::AppError::Forbidden.into_response();
    }
    next.run(request).await
}

/// The access table: route path → what it needs.
pub type AccessTable = Arc<HashMap<&'static str, Access>>;

/// Enforces the access each route was registered with. Fails closed: a matched route without
/// an entry is refused.
pub async fn access(State(table): State<AccessTable>, request: Request, next: Next) -> Response {
    let path = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string());
    let Some(access) = path.as_deref().and_then(|p| table.get(p)).copied() else {
        tracing::error!(?path, "route without an access entry");
        return super::AppError::Forbidden.into_response();
    };
    if access == Access::Public {
        return next.run(request).await;
    }
    let is_api = request.uri().path().starts_with("/api/");
    let Some(user) = request.extensions().get::<CurrentUser>() else {
        if is_api {
            return crate::accounts::api_tokens::unauthorised();
        }
        let back = request
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let target = format!(
            "/inloggen?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("terug", back)
                .finish()
        );
        return axum::response::Redirect::to(&target).into_response();
    };
    if access == Access::Session {
        return next.run(request).await;
    }
    if !user.fully_authenticated() {
        if is_api {
            return crate::accounts::api_tokens::unauthorised();
        }
        let target = if user.totp_enabled {
            "/inloggen/code"
        } else {
            "/account/tweestaps"
        };
        return axum::response::Redirect::to(target).into_response();
    }
    if let Access::Needs(permission) = access {
        if !user.may(permission) {
            return super::AppError::Forbidden.into_response();
        }
    }
    next.run(request).await
}

/// The client's address for rate limits: the socket peer, or the last `X-Forwarded-For` entry
/// when the installation says a trusted proxy sits in front.
pub fn client_ip(
    request_headers: &axum::http::HeaderMap,
    extensions: &axum::http::Extensions,
    trust_forwarded_for: bool,
) -> String {
    if trust_forwarded_for {
        if let Some(last) = request_headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
        {
            return last.trim().to_string();
        }
    }
    extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}
