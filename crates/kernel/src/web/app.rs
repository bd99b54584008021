//! The composition root: the kernel and a list of features joined into one application. The
//! binary (`kansrijk::app`) and every test app are built here, so a test runs the same wiring
//! as production.

use super::{build_router, AppState, Feature, ManagementLink, NavItem};
use crate::config::Config;
use crate::db::{kernel_migrations, Db, MigrationSet};
use crate::i18n::{kernel_locales, I18n, Locales};
use crate::jobs::Registry;
use std::sync::Arc;
use utoipa::OpenApi;

/// The kernel's migrations, then each feature's, in the order listed (dependencies first).
pub fn migration_sets(features: &[Feature]) -> Vec<MigrationSet> {
    std::iter::once(kernel_migrations())
        .chain(features.iter().filter_map(|f| f.migrations.map(|m| m())))
        .collect()
}

/// The kernel's translations and each feature's.
pub fn locales(features: &[Feature]) -> Vec<Locales> {
    std::iter::once(kernel_locales())
        .chain(features.iter().filter_map(|f| f.locales.clone()))
        .collect()
}

/// The main navigation, in the order the features are listed.
pub fn nav(features: &[Feature]) -> Vec<NavItem> {
    features.iter().flat_map(|f| f.nav.clone()).collect()
}

/// Every background job kind: the kernel's and the features'.
pub fn jobs(features: &[Feature]) -> Registry {
    features
        .iter()
        .fold(crate::accounts::jobs(), |all, f| all.merge(f.jobs.clone()))
}

/// The kernel's and each feature's part of the OpenAPI document, in that order.
pub fn openapi_parts(features: &[Feature]) -> Vec<utoipa::openapi::OpenApi> {
    std::iter::once(crate::api::KernelApi::openapi())
        .chain(features.iter().filter_map(|f| f.openapi.clone()))
        .collect()
}

/// The OpenAPI document of the whole API with the installation's contact: its sender address
/// and public URL.
pub fn openapi(features: &[Feature], config: &Config) -> utoipa::openapi::OpenApi {
    let mut parts = openapi_parts(features).into_iter();
    let mut doc = parts.next().expect("the kernel's part");
    for part in parts {
        doc.merge(part);
    }
    let email = config
        .mail_from
        .rsplit_once('<')
        .map_or(config.mail_from.as_str(), |(_, a)| a.trim_end_matches('>'));
    let url = config.public_url();
    let contact = crate::api::Contact {
        name: "Kansrijk",
        email: email.trim(),
        url: &url,
    };
    crate::api::finish(doc, &contact)
}

/// The features' demo content, in order; `done` hears how many features are done.
pub async fn seed_demo(
    db: &Db,
    features: &[Feature],
    done: &mut (dyn FnMut(u64) + Send),
) -> anyhow::Result<()> {
    let mut n = 0;
    for feature in features {
        if let Some(seed) = feature.demo {
            seed(db.clone())
                .await
                .map_err(|e| e.context(format!("demo content of {}", feature.name)))?;
            n += 1;
            done(n);
        }
    }
    Ok(())
}

/// How many features have demo content (for progress).
pub fn demo_parts(features: &[Feature]) -> u64 {
    features.iter().filter(|f| f.demo.is_some()).count() as u64
}

/// The application: shared state, the router and the job kinds the worker runs.
pub struct App {
    pub state: AppState,
    pub router: axum::Router,
    pub jobs: Registry,
}

impl App {
    /// Joins the kernel and `features` on `db` with `config`.
    pub fn new(db: Db, config: Config, features: Vec<Feature>) -> anyhow::Result<App> {
        let i18n = Arc::new(I18n::new(&locales(&features))?);
        let openapi_json = openapi(&features, &config).to_json()?;
        let site = features.iter().find_map(|f| f.site.clone());
        let mut state = AppState::new(
            db,
            i18n,
            Arc::new(config),
            nav(&features),
            site,
            openapi_json,
        )?;
        let mut cards: Vec<ManagementLink> =
            features.iter().flat_map(|f| f.management.clone()).collect();
        if state.mailer.is_local() {
            cards.push(crate::local_mail::management_link());
        }
        state = state.with_management(cards);
        state = state
            .with_rights(
                features
                    .iter()
                    .filter_map(|f| f.rights.map(|r| (f.name, r)))
                    .collect(),
            )
            .with_indicators(
                features
                    .iter()
                    .filter_map(|f| f.indicators.map(|i| (f.name, i)))
                    .collect(),
            );
        if let Some(loader) = features.iter().find_map(|f| f.coming_up.clone()) {
            state = state.with_coming_up(loader);
        }
        let jobs = jobs(&features);
        Ok(App {
            router: build_router(state.clone(), features),
            state,
            jobs,
        })
    }
}
