//! Feature: the meldpunt. Residents report exclusion and discrimination — anonymously, in their
//! own language, without an account — and follow it up with a receipt code; report handlers
//! handle the cases; everyone sees honest figures in which nobody is identifiable.
//!
//! Reads top-down: [`model`] (categories and rules), [`receipt`] (the code), [`queries`],
//! [`handlers`] (public pages), [`admin`] (case handling), [`figures`] (suppression),
//! [`stats`] and [`figures_pages`] (figures pages, CSV, API), [`jobs`], [`demo`].

pub mod admin;
pub mod demo;
pub mod figures;
pub mod figures_pages;
pub mod handlers;
pub mod jobs;
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

pub const NOTIFY_JOB: &str = "reports.notify_reporter";

pub fn feature() -> Feature {
    use handlers as h;
    let handle = Access::Needs(Permission::HandleReports);
    Feature {
        name: "reports",
        routes: Routes::new()
            // What a reporter writes and reads back stays out of every cache.
            .no_store("/meldpunt/melden")
            .no_store("/meldpunt/versturen")
            .no_store("/meldpunt/volgen")
            .public_cached("/meldpunt", get(h::intro))
            .route(
                "/meldpunt/melden",
                get(h::form_page).post(h::form_post),
                Access::Public,
            )
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
            .public_cached("/meldpunt/cijfers", get(figures_pages::public_figures))
            .public_cached("/meldpunt/cijfers.csv", get(figures_pages::public_csv))
            .route("/beheer/meldingen", get(admin::queue), handle)
            .route(
                "/beheer/meldingen/cijfers",
                get(figures_pages::staff_figures),
                Access::Needs(Permission::ViewReportFigures),
            )
            .route("/beheer/meldingen/{ref}", get(admin::case), handle)
            .route(
                "/beheer/meldingen/{ref}/toewijzen",
                post(admin::assign),
                handle,
            )
            .route(
                "/beheer/meldingen/{ref}/status",
                post(admin::set_status),
                handle,
            )
            .route(
                "/beheer/meldingen/{ref}/termijn",
                post(admin::set_due),
                handle,
            )
            .route(
                "/beheer/meldingen/{ref}/tekst",
                post(admin::add_text),
                handle,
            )
            .route(
                "/beheer/meldingen/{ref}/overdracht",
                get(admin::handover_page),
                handle,
            )
            .route(
                "/beheer/meldingen/{ref}/overdracht.json",
                get(admin::handover_file),
                handle,
            )
            .public_cached("/api/v1/reports/figures", get(figures_pages::api_figures))
            .route(
                "/api/v1/reports/cases",
                get(figures_pages::api_cases),
                handle,
            ),
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
        nav: nav(),
        openapi: Some(ReportsApi::openapi()),
        ..Feature::new("reports")
    }
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("reports")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("reports")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-reports",
        href: "/meldpunt",
    }]
}

#[derive(OpenApi)]
#[openapi(
    paths(figures_pages::api_figures, figures_pages::api_cases),
    components(schemas(figures::PublishedYear, figures::PublishedBreakdown, figures::Shown, figures_pages::CaseMeta)),
    tags((name = "reports", description = "The meldpunt: published figures (small cells suppressed) and case metadata"))
)]
pub struct ReportsApi;
