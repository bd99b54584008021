//! Feature: the neighbourhood plan (programme) and its core approaches (kernaanpakken).
//!
//! Reads top-down: [`model`] (rules and validation), [`queries`], [`handlers`] (public pages),
//! [`manage`] (the coordinator's pages), [`api`] (JSON), [`jobs`] (none), [`seed`] (the
//! Liendert content), [`demo`] (nothing beyond the seed); templates in `templates/` and
//! `templates/beheer/`, translations in `locales/`, tables in `migrations/`, tests in `tests/`.

pub mod api;
pub mod demo;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;
pub mod seed;

use axum::routing::get;
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "programme",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
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
        site: Some(handlers::site_loader()),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        ..Feature::new("programme")
    }
}

/// The home page (the plan) and a page per approach.
fn pages() -> Routes {
    Routes::new()
        .public_shared("/", get(handlers::home))
        .public_shared("/aanpak/{slug}", get(handlers::approach))
}

/// The coordinator adds approaches and edits their texts.
fn management() -> Routes {
    let manage = Access::Needs(Permission::ManageProgramme);
    Routes::new()
        .route(
            "/beheer/aanpakken",
            get(manage::approaches).post(manage::create),
            manage,
        )
        .route(
            "/beheer/aanpakken/{slug}",
            get(manage::approach).post(manage::update),
            manage,
        )
}

fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/programmes", get(api::list_programmes))
        .public_cached("/api/v1/programmes/{slug}", get(api::get_programme))
        .public_cached("/api/v1/approaches/{slug}", get(api::get_approach))
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
