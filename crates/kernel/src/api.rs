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
#[derive(Debug, Serialize, utoipa::ToSchema)]
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
    servers((url = "/", description = "This installation")),
    paths(crate::areas::api_list, crate::areas::api_get),
    components(schemas(crate::areas::AreaDto, crate::areas::AreaKind, Problem)),
    tags((name = "areas", description = "Municipality, districts and neighbourhoods (CBS codes)"))
)]
pub struct KernelApi;
