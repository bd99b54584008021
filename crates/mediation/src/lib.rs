//! Feature: buurtbemiddeling (neighbourhood mediation). A resident asks for help with a conflict
//! with a neighbour, or a professional refers a case with the resident's consent; the mediation
//! coordinator takes it through intake (within five working days), the choice of two trained
//! mediators and the steps of the method to an outcome; the mediators see only their own cases;
//! everyone sees figures in which nobody is identifiable.
//!
//! Reads top-down: [`model`] (rules), [`calendar`] (working days), [`from_report`] (a meldpunt
//! report becoming a request), [`queries`], [`handlers`] (public pages and the
//! mediators' own view), [`manage`] (the coordinator's pages), [`figures`], [`api`], [`jobs`],
//! [`demo`].

pub mod api;
pub mod calendar;
pub mod demo;
pub mod figures;
pub mod from_report;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;
pub mod school;

use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "mediation",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![
            ManagementLink {
                label_key: "mediation-manage-title",
                text_key: "mediation-manage-card-text",
                href: "/beheer/bemiddeling",
                permission: Permission::HandleMediation,
            },
            ManagementLink {
                label_key: "mediation-school-title",
                text_key: "mediation-school-card-text",
                href: "/beheer/bemiddeling/school",
                permission: Permission::RecordSchoolMediation,
            },
        ],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::MediationApi::openapi()),
        // No `demo` hook: the demo seals case files, so `kansrijk::demo_accounts` runs
        // [`demo::seed`] with the installation's sealer (as for the meldpunt).
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        indicators: Some(queries::indicators::HOOKS),
        ..Feature::new("mediation")
    }
}

/// Public pages and the mediators' own view.
fn pages() -> Routes {
    let mine = Access::Needs(Permission::MediateCases);
    Routes::new()
        // What a resident writes and a mediator reads stays out of every cache.
        .no_store("/bemiddeling/aanvragen")
        .no_store("/bemiddeling/mijn")
        .public_cached("/bemiddeling", get(handlers::intro))
        .route(
            "/bemiddeling/aanvragen",
            get(handlers::form_page).post(handlers::submit),
            Access::Public,
        )
        .public_cached("/bemiddeling/cijfers", get(handlers::figures))
        .route(
            "/bemiddeling/mijn-verzoek/{token}",
            get(handlers::party).post(handlers::party_withdraw),
            Access::Public,
        )
        .route("/bemiddeling/mijn", get(handlers::mine), mine)
        .route("/bemiddeling/mijn/{id}", get(handlers::mine_case), mine)
        .route(
            "/bemiddeling/mijn/{id}/contact",
            post(handlers::log_contact),
            mine,
        )
}

/// The mediation coordinator's pages.
fn management() -> Routes {
    let handle = Access::Needs(Permission::HandleMediation);
    Routes::new()
        .route("/beheer/bemiddeling", get(manage::index), handle)
        .route(
            "/beheer/bemiddeling/cijfers",
            get(manage::staff_figures),
            handle,
        )
        .route(
            "/beheer/bemiddeling/jaaroverzicht.csv",
            get(manage::yearly_csv),
            handle,
        )
        .route(
            "/beheer/bemiddeling/bemiddelaars",
            get(manage::mediators).post(manage::save_mediators),
            handle,
        )
        .route(
            "/beheer/bemiddeling/school",
            get(manage::school).post(manage::save_school),
            Access::Needs(Permission::RecordSchoolMediation),
        )
        // From the meldpunt: the report handler, who sees the report, converts it. The route
        // lives here, so the dependency stays one way (mediation uses reports, never back):
        // the report's case page only posts to it.
        .route(
            "/beheer/bemiddeling/uit-melding/{ref}",
            post(manage::from_report),
            Access::Needs(Permission::HandleReports),
        )
        .route("/beheer/bemiddeling/{id}", get(manage::case), handle)
        .route(
            "/beheer/bemiddeling/{id}/stap",
            post(manage::add_step),
            handle,
        )
}

fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/mediation/figures", get(api::figures))
        .route(
            "/api/v1/mediation/cases",
            get(api::cases),
            Access::Needs(Permission::HandleMediation),
        )
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("mediation")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("mediation")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-mediation",
        href: "/bemiddeling",
    }]
}
