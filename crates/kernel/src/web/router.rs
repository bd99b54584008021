//! The one place where the application's routes are joined: the kernel's own routes here, each
//! feature's in its `routes()` function, all wrapped in the same middleware.

use super::middleware;
use super::AppState;
use crate::web::AppError;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// A feature's contribution to the router: its public pages and its API routes.
pub struct Feature {
    pub name: &'static str,
    /// Pages (HTML), e.g. `/activiteiten`.
    pub pages: Router<AppState>,
    /// API routes under `/api/v1`, e.g. `/api/v1/activities`.
    pub api: Router<AppState>,
}

pub fn build_router(state: AppState, features: Vec<Feature>) -> Router {
    // Install the metrics recorder before the first request is counted.
    crate::metrics::handle();
    let mut api = Router::new()
        .route("/api/v1/openapi.json", get(crate::api::openapi_json))
        .route("/api/v1/areas", get(crate::areas::api_list))
        .route("/api/v1/areas/{code}", get(crate::areas::api_get));
    let mut pages = Router::new()
        .route("/privacy", get(crate::pages::privacy))
        .route("/toegankelijkheid", get(crate::pages::accessibility));
    for feature in features {
        tracing::debug!(feature = feature.name, "routes added");
        api = api.merge(feature.api);
        pages = pages.merge(feature.pages);
    }
    let api = api.layer(axum::middleware::from_fn(crate::api::version_header));

    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    let body_limit = state.config.body_limit_bytes;
    Router::new()
        .merge(pages)
        .merge(api)
        .route("/static/{file}", get(crate::assets::serve))
        .route("/healthz", get(middleware::healthz))
        .route("/readyz", get(middleware::readyz))
        .route("/metrics", get(middleware::metrics_endpoint))
        .fallback(|| async { AppError::NotFound })
        .route_layer(axum::middleware::from_fn(middleware::metrics))
        // Each layer wraps the ones above it. Error pages must see timeouts and over-long
        // bodies, and need the language; compression sees the final body.
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::error_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::language,
        ))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
