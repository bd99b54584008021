//! Feature: the neighbourhood plan (programme) and its core approaches (kernaanpakken).
//!
//! Reads top-down: [`model`] (rules), [`queries`], [`handlers`] (pages) and [`api`] (JSON),
//! [`seed`] (the Liendert content); templates in `templates/`, translations in `locales/`,
//! tables in `migrations/`, tests in `tests/`.

pub mod admin;
pub mod api;
pub mod handlers;
pub mod model;
pub mod queries;
pub mod seed;

use axum::routing::get;
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::{Lang, Locales};
use kansrijk_kernel::jobs::Registry;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes, Site, SiteLoader};
use std::sync::Arc;
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "programme",
        routes: Routes::new()
            .public_cached("/", get(handlers::home))
            .public_cached("/aanpak/{slug}", get(handlers::approach))
            .public_cached("/api/v1/programmes", get(api::list_programmes))
            .public_cached("/api/v1/programmes/{slug}", get(api::get_programme))
            .public_cached("/api/v1/approaches/{slug}", get(api::get_approach))
            .route(
                "/beheer/aanpakken",
                get(admin::approaches).post(admin::create),
                Access::Needs(Permission::ManageProgramme),
            )
            .route(
                "/beheer/aanpakken/{slug}",
                get(admin::edit).post(admin::update),
                Access::Needs(Permission::ManageProgramme),
            ),
        jobs: Registry::new(),
        management: vec![ManagementLink {
            label_key: "approach-admin-title",
            text_key: "approach-admin-lead",
            href: "/beheer/aanpakken",
            permission: Permission::ManageProgramme,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::ProgrammeApi::openapi()),
        site: Some(site_loader()),
        ..Feature::new("programme")
    }
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("programme")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("programme")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-home",
        href: "/",
    }]
}

/// The layout shows the main programme's name and contact on every page.
pub fn site_loader() -> SiteLoader {
    Arc::new(|db| {
        Box::pin(async move {
            let Some(p) = queries::primary_programme(&db, Lang::Nl).await? else {
                return Ok(Site::default());
            };
            let names = queries::programme_names(&db, p.id)
                .await?
                .into_iter()
                .filter_map(|(code, title)| Some((Lang::from_code(&code)?, title)))
                .collect();
            Ok(Site {
                names,
                contact_name: p.contact_name,
                contact_email: p.contact_email,
            })
        })
    })
}
