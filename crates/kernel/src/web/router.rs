//! The one place where the application's routes are joined: the kernel's own routes here, each
//! feature's in its `feature()` function, all wrapped in the same middleware.

use super::middleware;
use super::{AppState, Routes};
use crate::authz::Access;
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

/// A feature's contribution: its routes (pages and `/api/v1/…`), each with its access, and its
/// background jobs.
pub struct Feature {
    pub name: &'static str,
    pub routes: Routes,
    pub jobs: crate::jobs::Registry,
    /// Cards on the management home `/beheer`.
    pub management: Vec<super::ManagementLink>,
}

/// The kernel's own routes: statements, operations, static files, the areas API, accounts and
/// the management area.
pub fn kernel_routes() -> Routes {
    Routes::new()
        .public_cached("/privacy", get(crate::pages::privacy))
        .public_cached("/toegankelijkheid", get(crate::pages::accessibility))
        .route("/static/{file}", get(crate::assets::serve), Access::Public)
        .route("/healthz", get(middleware::healthz), Access::Public)
        .route("/readyz", get(middleware::readyz), Access::Public)
        .route(
            "/metrics",
            get(middleware::metrics_endpoint),
            Access::Public,
        )
        .route(
            "/api/v1/openapi.json",
            get(crate::api::openapi_json),
            Access::Public,
        )
        .public_cached("/api/v1/areas", get(crate::areas::api_list))
        .public_cached("/api/v1/areas/{code}", get(crate::areas::api_get))
        .merge(crate::accounts::routes())
        .merge(crate::local_mail::routes())
        .no_store("/beheer")
        .no_store("/account")
        .no_store("/inloggen/code")
        .no_store("/inloggen/oidc")
}

/// All routes of the application: the kernel's and the features'.
pub fn all_routes(features: &mut [Feature]) -> Routes {
    let mut routes = kernel_routes();
    for feature in features.iter_mut() {
        tracing::debug!(feature = feature.name, "routes added");
        routes = routes.merge(std::mem::take(&mut feature.routes));
    }
    routes
}

pub fn build_router(state: AppState, mut features: Vec<Feature>) -> Router {
    // Install the metrics recorder before the first request is counted.
    crate::metrics::handle();
    let routes = all_routes(&mut features);
    let table: middleware::AccessTable =
        std::sync::Arc::new(routes.access.iter().copied().collect());
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    let body_limit = state.config.body_limit_bytes;
    let page_cache = state.page_cache.clone();
    let no_store: middleware::NoStorePrefixes = std::sync::Arc::new(routes.no_store.clone());
    routes
        .router
        .fallback(|| async { AppError::NotFound })
        .route_layer(axum::middleware::from_fn_with_state(
            table,
            middleware::access,
        ))
        .route_layer(axum::middleware::from_fn(middleware::metrics))
        // Each layer wraps the ones above it. Error pages must see timeouts, over-long bodies
        // and refused cross-origin posts, and need the language and the person.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::accounts::api_tokens::middleware,
        ))
        .layer(axum::middleware::from_fn(crate::api::version_header))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(axum::middleware::from_fn(middleware::cross_origin_guard))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::error_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::accounts::session::middleware,
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
        .layer(axum::middleware::from_fn_with_state(
            no_store,
            middleware::no_store_by_path,
        ))
        // Outside compression and the security headers: a hit is answered with the stored,
        // compressed body and headers without running anything else.
        .layer(axum::middleware::from_fn_with_state(
            page_cache,
            super::page_cache::middleware,
        ))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
