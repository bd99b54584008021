//! JSON API conventions (Dutch API Design Rules): `/api/v1/…`, errors as
//! `application/problem+json` (RFC 9457), an `API-Version` header, and the OpenAPI 3 document
//! generated from the code at `/api/v1/openapi.json`.

use crate::web::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::OpenApi;

pub const API_VERSION: &str = "1.0.0";

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub instance: String,
}

pub fn problem(status: StatusCode, title: &str, detail: &str, instance: &str) -> Response {
    let body = Problem {
        kind: "about:blank".into(),
        title: title.into(),
        status: status.as_u16(),
        detail: detail.into(),
        instance: instance.into(),
    };
    let json = serde_json::to_string(&body).unwrap_or_default();
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        json,
    )
        .into_response()
}

/// Adds `API-Version` to every API response.
pub async fn version_header(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    if !is_api {
        return response;
    }
    response
        .headers_mut()
        .insert("api-version", HeaderValue::from_static(API_VERSION));
    response
}

/// A page of a list: the items as JSON with an RFC 8288 `Link` header (`first`, `prev`, `next`,
/// each the request's own address with another `offset`) and, where counting is cheap,
/// `X-Total-Count`. Without a total, `next` is offered when the page is full.
pub fn paged<T: Serialize>(
    items: Vec<T>,
    uri: &axum::http::Uri,
    limit: i64,
    offset: i64,
    total: Option<i64>,
) -> Response {
    let returned = items.len() as i64;
    let link = |offset: i64| {
        let pairs = url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .filter(|(k, _)| k != "offset" && k != "limit")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect::<Vec<_>>();
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            query.append_pair(k, v);
        }
        query.append_pair("limit", &limit.to_string());
        query.append_pair("offset", &offset.to_string());
        format!("<{}?{}>", uri.path(), query.finish())
    };
    let mut links = vec![format!("{}; rel=\"first\"", link(0))];
    if offset > 0 {
        links.push(format!("{}; rel=\"prev\"", link((offset - limit).max(0))));
    }
    let more = match total {
        Some(total) => offset.saturating_add(returned) < total,
        None => returned == limit,
    };
    if more {
        links.push(format!(
            "{}; rel=\"next\"",
            link(offset.saturating_add(limit))
        ));
    }
    let mut response = axum::Json(items).into_response();
    if let Ok(value) = HeaderValue::from_str(&links.join(", ")) {
        response.headers_mut().insert(header::LINK, value);
    }
    if let Some(total) = total {
        response
            .headers_mut()
            .insert("x-total-count", HeaderValue::from(total));
    }
    response
}

/// `limit` and `offset` of a list whose items are all read anyway (a few hundred at most): the
/// page is cut in memory and the total comes for free.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// At most this many (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// Skip this many first (or follow the `next` link).
    #[param(minimum = 0)]
    pub offset: Option<i64>,
}

impl PageParams {
    /// The page of `all` asked for, as [`paged`] answers it; 400 for a limit outside 1–500 or a
    /// negative offset.
    pub fn answer<T: Serialize>(
        &self,
        all: Vec<T>,
        uri: &axum::http::Uri,
    ) -> Result<Response, crate::web::AppError> {
        let limit = self.limit.unwrap_or(100);
        let offset = self.offset.unwrap_or(0);
        if !(1..=500).contains(&limit) || offset < 0 {
            return Err(crate::web::AppError::BadRequest);
        }
        let total = all.len() as i64;
        let items = all
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(limit as usize)
            .collect();
        Ok(paged(items, uri, limit, offset, Some(total)))
    }
}

/// `GET /api/v1/openapi.json`
pub async fn openapi_json(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi_json.as_str().to_owned(),
    )
        .into_response()
}

/// The kernel's part of the OpenAPI document; the binary merges the features' parts into it.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kansrijk API",
        version = "1.0.0",
        description = "Open data and integrations of the Kansrijk neighbourhood platform. \
                       Errors are application/problem+json (RFC 9457).",
        license(name = "EUPL-1.2")
    ),
    servers((url = "/api/v1", description = "This installation, major version 1")),
    paths(crate::areas::api_list, crate::areas::api_get),
    components(schemas(crate::areas::AreaDto, crate::areas::AreaKind, Problem)),
    tags((name = "areas", description = "Municipality, districts and neighbourhoods (CBS codes)"))
)]
pub struct KernelApi;

/// Where every API path starts; the document's server URL, so its paths are relative to it.
pub const BASE: &str = "/api/v1";

/// Who answers questions about the API (Dutch API Design Rules: `info.contact`).
pub struct Contact<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub url: &'a str,
}

/// Turns the joined document of the handlers' annotations into one that follows the Dutch API
/// Design Rules, so each handler states only what is particular to it: paths relative to the
/// server URL `/api/v1`, the contact, `API-Version` on every 2xx/3xx answer, a 400 problem+json
/// answer on every operation with input, 503 (database away, time-out) everywhere, and for
/// operations that need a login (they declare 401) the bearer token, 403 and 429.
pub fn finish(doc: utoipa::openapi::OpenApi, contact: &Contact<'_>) -> utoipa::openapi::OpenApi {
    use serde_json::{json, Value};
    let mut v = serde_json::to_value(&doc).expect("the OpenAPI document serialises");
    v["info"]["version"] = json!(API_VERSION);
    v["info"]["contact"] =
        json!({"name": contact.name, "email": contact.email, "url": contact.url});
    v["servers"] = json!([{"url": BASE, "description": "This installation, major version 1"}]);
    let problem = |description: &str| {
        json!({"description": description, "content": {"application/problem+json":
            {"schema": {"$ref": "#/components/schemas/Problem"}}}})
    };
    let version_header = json!({"description": "The full version of the API (semver)",
        "schema": {"type": "string", "example": API_VERSION}});
    let paths = v["paths"].as_object().cloned().unwrap_or_default();
    let mut relative = serde_json::Map::new();
    for (path, mut item) in paths {
        for (_, op) in item.as_object_mut().into_iter().flatten() {
            let has_input = op["parameters"].as_array().is_some_and(|p| !p.is_empty())
                || op.get("requestBody").is_some();
            let needs_login = op["responses"].get("401").is_some();
            let Some(responses) = op["responses"].as_object_mut() else {
                continue;
            };
            for (code, response) in responses.iter_mut() {
                if code.starts_with('2') || code.starts_with('3') {
                    response["headers"]["API-Version"] = version_header.clone();
                } else if response.get("content").is_none() {
                    let description = response["description"].as_str().unwrap_or("").to_string();
                    *response = problem(&description);
                }
            }
            if has_input {
                responses.entry("400").or_insert_with(|| {
                    problem("A parameter is missing, malformed or out of range")
                });
            }
            responses.entry("503").or_insert_with(|| {
                problem("The database is unavailable or the request took too long; try again")
            });
            if needs_login {
                responses.entry("403").or_insert_with(|| {
                    problem(
                        "The person or token may not do this (for a token: the scope is missing)",
                    )
                });
                responses
                    .entry("429")
                    .or_insert_with(|| problem("Too many requests with this token; wait a minute"));
                op["security"] = json!([{"bearer": []}, {"session": []}]);
            }
        }
        let short = path.strip_prefix(BASE).unwrap_or(&path).to_string();
        relative.insert(short, item);
    }
    v["paths"] = Value::Object(relative);
    v["components"]["securitySchemes"] = json!({
        "bearer": {"type": "http", "scheme": "bearer",
            "description": "An API token made by a coordinator under /beheer/api-sleutels"},
        "session": {"type": "apiKey", "in": "cookie", "name": "kr_session",
            "description": "The session of a person logged in through the website"}
    });
    serde_json::from_value(v).expect("the finished OpenAPI document deserialises")
}

/// The rules of the Dutch API Design Rules that can be checked on the document itself; each
/// broken rule is one line. Empty means conformant.
pub fn conformance(doc: &serde_json::Value) -> Vec<String> {
    let mut broken = vec![];
    check_servers(doc, &mut broken);
    check_info(doc, &mut broken);
    let problem = &doc["components"]["schemas"]["Problem"];
    for field in ["status", "title", "detail"] {
        if problem["properties"].get(field).is_none() {
            broken.push(format!("the Problem schema lacks {field}"));
        }
    }
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        check_path(path, item, &mut broken);
    }
    for (name, schema) in doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
    {
        for (field, property) in schema["properties"].as_object().into_iter().flatten() {
            check_schema_dates(
                &format!("schema {name}.{field}"),
                field,
                property,
                &mut broken,
            );
        }
    }
    broken
}

/// Servers are given, each ending in the major version (`/v1`).
fn check_servers(doc: &serde_json::Value, broken: &mut Vec<String>) {
    let servers = doc["servers"].as_array().cloned().unwrap_or_default();
    if servers.is_empty() {
        broken.push("no servers".to_string());
    }
    for server in &servers {
        let url = server["url"].as_str().unwrap_or("");
        let major = url.rsplit('/').next().unwrap_or("");
        if !(major.starts_with('v')
            && major.len() > 1
            && major[1..].bytes().all(|b| b.is_ascii_digit()))
        {
            broken.push(format!(
                "server URL {url:?} does not end in the major version /v<n>"
            ));
        }
    }
}

/// A contact and a semver version.
fn check_info(doc: &serde_json::Value, broken: &mut Vec<String>) {
    for field in ["name", "email", "url"] {
        if doc["info"]["contact"][field]
            .as_str()
            .is_none_or(str::is_empty)
        {
            broken.push(format!("info.contact.{field} is missing"));
        }
    }
    let version = doc["info"]["version"].as_str().unwrap_or("");
    let parts: Vec<&str> = version.split('.').collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        broken.push(format!("info.version {version:?} is not semver"));
    }
}

/// Kebab-case segments, and each operation on the path.
fn check_path(path: &str, item: &serde_json::Value, broken: &mut Vec<String>) {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let mut template_vars = vec![];
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if let Some(var) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            template_vars.push(var.to_string());
        } else if !is_kebab(segment) {
            broken.push(format!("{path}: segment {segment:?} is not kebab-case"));
        }
    }
    template_vars.sort();
    for (method, op) in item.as_object().into_iter().flatten() {
        if METHODS.contains(&method.as_str()) {
            let at = format!("{} {path}", method.to_uppercase());
            check_operation(&at, op, &template_vars, broken);
        }
    }
}

/// Parameters (path parameters matching the path, lowerCamelCase query keys, dates) and
/// answers (`API-Version` on success, problem+json on errors, 400 when there is input).
fn check_operation(
    at: &str,
    op: &serde_json::Value,
    template_vars: &[String],
    broken: &mut Vec<String>,
) {
    let params = op["parameters"].as_array().cloned().unwrap_or_default();
    let mut path_params = vec![];
    for p in &params {
        let name = p["name"].as_str().unwrap_or("");
        match p["in"].as_str() {
            Some("path") => path_params.push(name.to_string()),
            Some("query") if !is_lower_camel(name) => {
                broken.push(format!("{at}: query key {name:?} is not lowerCamelCase"))
            }
            _ => {}
        }
        check_schema_dates(
            &format!("{at} parameter {name}"),
            name,
            &p["schema"],
            broken,
        );
    }
    path_params.sort();
    if template_vars != path_params {
        broken.push(format!(
            "{at}: path parameters {path_params:?} do not match the path {template_vars:?}"
        ));
    }
    let responses = op["responses"].as_object().cloned().unwrap_or_default();
    for (code, response) in &responses {
        if (code.starts_with('2') || code.starts_with('3'))
            && response["headers"].get("API-Version").is_none()
        {
            broken.push(format!("{at}: {code} does not declare API-Version"));
        }
        if (code.starts_with('4') || code.starts_with('5'))
            && response["content"]
                .get("application/problem+json")
                .is_none()
        {
            broken.push(format!("{at}: {code} is not application/problem+json"));
        }
    }
    if (!params.is_empty() || op.get("requestBody").is_some()) && !responses.contains_key("400") {
        broken.push(format!("{at}: has input but no 400 answer"));
    }
}

fn is_kebab(segment: &str) -> bool {
    !segment.is_empty()
        && segment.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_lower_camel(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Moments are strings in `date-time` format (RFC 3339, with a zone), days in `date` format. A
/// field is taken for a moment by its name (`…_at`, `…At`, `starts`, `ends`, `on`) and for a day
/// when it is called a date (`date`, `datum`, `…_date`).
fn check_schema_dates(at: &str, name: &str, schema: &serde_json::Value, broken: &mut Vec<String>) {
    let lower = name.to_ascii_lowercase();
    let moment = lower.ends_with("_at") || name.ends_with("At") || lower == "on";
    let day = lower == "date" || lower == "datum" || lower.ends_with("_date");
    let format = schema["format"].as_str().unwrap_or("");
    let is_string = schema["type"] == "string"
        || schema["type"]
            .as_array()
            .is_some_and(|t| t.iter().any(|x| x == "string"));
    if moment && !(is_string && format == "date-time") {
        broken.push(format!(
            "{at}: a moment must be a string in date-time format"
        ));
    }
    if day && !(is_string && format == "date") {
        broken.push(format!("{at}: a day must be a string in date format"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conformance_check_finds_each_broken_rule() {
        let bad = serde_json::json!({
            "openapi": "3.1.0",
            "info": {"title": "x", "version": "1"},
            "servers": [{"url": "/api"}],
            "paths": {"/Activities/{id}": {"get": {
                "parameters": [{"name": "soort_x", "in": "path", "schema": {"type": "string"}},
                               {"name": "datum", "in": "query", "schema": {"type": "string"}},
                               {"name": "past_too", "in": "query", "schema": {"type": "boolean"}}],
                "responses": {"200": {"description": "ok"}, "404": {"description": "no"}}}}},
            "components": {"schemas": {"Problem": {"properties": {"title": {}}},
                "A": {"properties": {"created_at": {"type": "integer"}}}}}
        });
        let broken = conformance(&bad).join("\n");
        for expected in [
            "server URL",
            "info.contact.email",
            "not semver",
            "Problem schema lacks status",
            "not kebab-case",
            "do not match the path",
            "\"past_too\" is not lowerCamelCase",
            "200 does not declare API-Version",
            "404 is not application/problem+json",
            "no 400 answer",
            "a day must be",
            "A.created_at: a moment",
        ] {
            assert!(
                broken.contains(expected),
                "{expected} not found in:\n{broken}"
            );
        }
    }
}
