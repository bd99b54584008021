//! Feature: the meldpunt. Residents report exclusion and discrimination — anonymously, in their
//! own language, without an account — and follow it up with a receipt code; report handlers
//! handle the cases; everyone sees honest figures in which nobody is identifiable.
//!
//! Reads top-down: [`model`] (categories and rules), [`receipt`] (the code), [`queries`],
//! [`handlers`] (public pages and figures), [`manage`] (case handling and staff figures),
//! [`figures`] (suppression), [`stats`] (the figures of a year), [`api`], [`jobs`], [`demo`].
//! The demo reports are not part of `serve --demo`: they are special-category data, for tests.

pub mod api;
pub mod demo;
pub mod figures;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;
pub mod receipt;
pub mod stats;

use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "reports",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![
            ManagementLink {
                label_key: "report-queue-title",
                text_key: "report-admin-text",
                href: "/beheer/meldingen",
                permission: Permission::HandleReports,
            },
            ManagementLink {
                label_key: "report-staff-figures-title",
                text_key: "report-staff-figures-lead",
                href: "/beheer/meldingen/cijfers",
                permission: Permission::ViewReportFigures,
            },
        ],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: vec![NavItem {
            label_key: "nav-reports",
            href: "/meldpunt",
        }],
        openapi: Some(api::ReportsApi::openapi()),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        indicators: Some(queries::indicators::HOOKS),
        ..Feature::new("reports")
    }
}

/// Reporting, following up with the receipt code, and the public figures.
fn pages() -> Routes {
    use handlers as h;
    Routes::new()
        // What a reporter writes and reads back stays out of every cache.
        .no_store("/meldpunt/melden")
        .no_store("/meldpunt/versturen")
        .no_store("/meldpunt/volgen")
        .public_cached("/meldpunt", get(h::intro))
        // The empty form is shared, its token and submission key filled in per answer; what a
        // reporter posts is never stored (the page cache keeps GET answers only).
        .public_cached("/meldpunt/melden", get(h::form_page).post(h::form_post))
        .route("/meldpunt/versturen", post(h::send), Access::Public)
        .route(
            "/meldpunt/volgen",
            get(h::follow_form).post(h::follow_login),
            Access::Public,
        )
        .route(
            "/meldpunt/volgen/melding",
            get(h::follow_view),
            Access::Public,
        )
        .route(
            "/meldpunt/volgen/bericht",
            post(h::follow_message),
            Access::Public,
        )
        .route(
            "/meldpunt/volgen/intrekken",
            post(h::follow_withdraw),
            Access::Public,
        )
        .route(
            "/meldpunt/volgen/stoppen",
            post(h::follow_stop),
            Access::Public,
        )
        .public_shared("/meldpunt/cijfers", get(h::public_figures))
        .public_cached("/meldpunt/cijfers.csv", get(h::public_csv))
}

/// Case handling and the staff figures under `/beheer/meldingen`.
fn management() -> Routes {
    let handle = Access::Needs(Permission::HandleReports);
    Routes::new()
        .route("/beheer/meldingen", get(manage::queue), handle)
        .route(
            "/beheer/meldingen/cijfers",
            get(manage::staff_figures),
            Access::Needs(Permission::ViewReportFigures),
        )
        .route("/beheer/meldingen/{ref}", get(manage::case), handle)
        .route(
            "/beheer/meldingen/{ref}/toewijzen",
            post(manage::assign),
            handle,
        )
        .route(
            "/beheer/meldingen/{ref}/status",
            post(manage::set_status),
            handle,
        )
        .route(
            "/beheer/meldingen/{ref}/termijn",
            post(manage::set_due),
            handle,
        )
        .route(
            "/beheer/meldingen/{ref}/tekst",
            post(manage::add_text),
            handle,
        )
        .route(
            "/beheer/meldingen/{ref}/overdracht",
            get(manage::handover_page),
            handle,
        )
        .route(
            "/beheer/meldingen/{ref}/overdracht.json",
            get(manage::handover_file),
            handle,
        )
}

/// The published figures (public) and case metadata (report handlers).
fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/reports/figures", get(api::api_figures))
        .route(
            "/api/v1/reports/cases",
            get(api::api_cases),
            Access::Needs(Permission::HandleReports),
        )
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("reports")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("reports")
}
