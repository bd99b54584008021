//! The Kansrijk application: joins the kernel and the feature modules into one web app.
//! Adding a feature means adding one line to each list below (see ARCHITECTURE.md).

use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{kernel_migrations, Db, MigrationSet, PoolSettings};
use kansrijk_kernel::i18n::{kernel_locales, I18n, Locales};
use kansrijk_kernel::web::{build_router, AppState, Feature, NavItem};
use std::sync::Arc;
use std::time::Duration;
use utoipa::OpenApi;

/// Migrations in dependency order: the kernel first.
pub fn migration_sets() -> Vec<MigrationSet> {
    vec![kernel_migrations(), kansrijk_programme::migrations()]
}

pub fn locales() -> Vec<Locales> {
    vec![kernel_locales(), kansrijk_programme::locales()]
}

pub fn features() -> Vec<Feature> {
    vec![kansrijk_programme::feature()]
}

/// The main navigation, in menu order.
pub fn nav() -> Vec<NavItem> {
    kansrijk_programme::nav()
}

/// The OpenAPI document of the whole API, generated from the handlers' annotations.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = kansrijk_kernel::api::KernelApi::openapi();
    doc.merge(kansrijk_programme::api::ProgrammeApi::openapi());
    doc
}

pub fn connect(config: &Config) -> anyhow::Result<Db> {
    Db::connect(
        &config.database_url,
        &PoolSettings {
            max_connections: config.db_max_connections,
            acquire_timeout: Duration::from_secs(config.db_acquire_timeout_secs),
        },
    )
}

pub async fn migrate(db: &Db) -> anyhow::Result<()> {
    db.migrate(&migration_sets()).await
}

/// Imports the Liendert buurten and applies the programme seed ("Liendert voor iedereen").
pub async fn seed_liendert(db: &Db) -> anyhow::Result<()> {
    kansrijk_kernel::areas::import_geojson(db, kansrijk_kernel::areas::LIENDERT_GEOJSON).await?;
    kansrijk_programme::seed::apply(db, kansrijk_programme::seed::LIENDERT).await?;
    Ok(())
}

pub fn state(db: Db, config: Config) -> anyhow::Result<AppState> {
    let i18n = Arc::new(I18n::new(&locales())?);
    let openapi = openapi().to_json()?;
    Ok(AppState::new(
        db,
        i18n,
        Arc::new(config),
        nav(),
        Some(kansrijk_programme::site_loader()),
        openapi,
    ))
}

pub fn router(state: AppState) -> axum::Router {
    build_router(state, features())
}
