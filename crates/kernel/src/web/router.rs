//! The one place where the application's routes are joined: the kernel's own routes here, each
//! feature's in its `feature()` function, all wrapped in the same middleware.

use super::middleware;
use super::{AppState, Routes};
use crate::authz::Access;
use crate::db::{Db, MigrationSet};
use crate::i18n::Locales;
use crate::web::AppError;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, DefaultPredicate, Predicate};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Demo content of a feature, written through the feature's own queries.
pub type DemoSeed = fn(Db) -> Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;

/// Everything a feature adds to the application; `kansrijk::features()` lists them once and
/// [`super::app::App`] joins them (the binary and the tests alike).
pub struct Feature {
    pub name: &'static str,
    /// Pages, management pages under `/beheer` and `/api/v1/…`, each with its access.
    pub routes: Routes,
    /// Background job kinds and their schedules.
    pub jobs: crate::jobs::Registry,
    /// Cards on the management home `/beheer`.
    pub management: Vec<super::ManagementLink>,
    /// The feature's migrations (a function: a migrator is built, not copied).
    pub migrations: Option<fn() -> MigrationSet>,
    pub locales: Option<Locales>,
    /// Entries of the main navigation, in menu order.
    pub nav: Vec<super::NavItem>,
    /// This feature's part of the OpenAPI document.
    pub openapi: Option<utoipa::openapi::OpenApi>,
    /// Demo content (`serve --demo`), run in the order the features are listed.
    pub demo: Option<DemoSeed>,
    /// What the layout shows of the programme (one feature provides it).
    pub site: Option<super::SiteLoader>,
    /// The home page's "coming up" list (one feature provides it).
    pub coming_up: Option<super::ComingUpLoader>,
    /// Columns of the feature's tables that hold personal data (the processing register).
    pub personal_data: &'static [crate::privacy::PersonalField],
    /// The feature's other columns: every column is in one of the two lists (a test checks).
    pub not_personal: &'static [crate::privacy::NotPersonal],
    /// What the feature holds about one person (export), erasing it, and the work a person must
    /// hand over first (`kernel::rights`).
    pub rights: Option<crate::rights::RightsHooks>,
    /// Counts per year and area for the monitor's indicators (`kernel::indicators`).
    pub indicators: Option<crate::indicators::IndicatorHooks>,
}

impl Feature {
    /// A feature that adds nothing yet; fill in the parts with `Feature { …, ..Feature::new(name) }`.
    pub fn new(name: &'static str) -> Feature {
        Feature {
            name,
            routes: Routes::new(),
            jobs: crate::jobs::Registry::new(),
            management: vec![],
            migrations: None,
            locales: None,
            nav: vec![],
            openapi: None,
            demo: None,
            site: None,
            coming_up: None,
            personal_data: &[],
            not_personal: &[],
            rights: None,
            indicators: None,
        }
    }
}

/// The kernel's own routes: statements, operations, static files, the areas API, accounts and
/// the management area.
pub fn kernel_routes() -> Routes {
    Routes::new()
        .public_shared("/privacy", get(crate::pages::privacy))
        .public_shared("/toegankelijkheid", get(crate::pages::accessibility))
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
    let no_store: middleware::NoStorePrefixes = std::sync::Arc::new(routes.no_store.clone());
    let routed = routes
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
        // Inside the session middleware: it needs the person to pick the shared page.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            super::page_cache::for_people,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::accounts::session::middleware,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::language,
        ))
        // gzip only (tower-http is built without brotli), as the page cache stores it: brotli's
        // encoder (quality 4, 4 MiB window) holds up to a few MiB per answer being compressed,
        // which under hostile load was the largest part of the memory peak (heaptrack,
        // bench/hostile.sh, BENCHMARKS.md session 13); for pages of 5-30 KB it saves little.
        .layer(
            CompressionLayer::new()
                .compress_when(DefaultPredicate::new().and(super::page_cache::NoPlaceholders)),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            no_store,
            middleware::no_store_by_path,
        ))
        .with_state(state.clone());
    // Around the router as one service, not around each route: `Router::layer` wraps every
    // route, and axum clones a route's whole stack for each request it routes (about 5 % of
    // a stored page's answer, BENCHMARKS.md session 16). So a stored page is answered before
    // routing, with the stored, compressed body and headers, without running anything else.
    Router::new().fallback_service(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(CatchPanicLayer::new())
            .layer(axum::middleware::from_fn_with_state(
                state,
                super::page_cache::middleware,
            ))
            .service(routed),
    )
}
