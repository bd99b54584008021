//! Feature: the monitor "olievlek". Questionnaires built from question types with the standard
//! items pre-loaded, waves in which residents answer anonymously (an invitation code per panel
//! member, or an open pulse link limited per address), indicators per buurt and wave with a
//! 95% confidence interval that are never shown below the floor, the map of the buurten over the
//! waves, trends, the programme's dashboard, and the exports.
//!
//! Reads top-down: [`model`] (rules, indicators, publishing with suppression), [`queries`],
//! [`jobs`] (aggregation), [`figures`] (what may be published), [`map`] (SVG), [`handlers`]
//! (public pages and answering), [`manage`] (the coordinator's pages), [`api`], [`demo`].

pub mod api;
pub mod demo;
pub mod figures;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod map;
pub mod model;
pub mod queries;

use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "monitor",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "monitor-manage-title",
            text_key: "monitor-manage-card-text",
            href: "/beheer/monitor",
            permission: Permission::ManageMonitor,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::MonitorApi::openapi()),
        demo: Some(|db| Box::pin(async move { demo::seed(&db).await })),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        // Answers carry only buurt, age band and wave, never an account: nothing to show or
        // erase for a person (an empty part in their export says so).
        rights: Some(kansrijk_kernel::rights::RightsHooks {
            export: |_, _| Box::pin(async { Ok(serde_json::json!({})) }),
            erase: |_, _| Box::pin(async { Ok(()) }),
            open_work: None,
        }),
        ..Feature::new("monitor")
    }
}

fn pages() -> Routes {
    Routes::new()
        // What a resident answers stays out of every cache.
        .no_store("/monitor/vragenlijst")
        .public_cached("/monitor", get(handlers::dashboard))
        .public_cached("/monitor/kaart", get(handlers::map_page))
        .public_cached("/monitor/trend", get(handlers::trend_page))
        .public_cached("/monitor/verslag", get(handlers::report::report))
        .public_cached("/monitor/waarden.csv", get(handlers::export::csv))
        .public_cached("/monitor/waarden.geojson", get(handlers::export::geojson))
        .route(
            "/monitor/team",
            get(handlers::staff_dashboard),
            Access::Needs(Permission::ViewMonitorStaff),
        )
        .route(
            "/monitor/vragenlijst/{token}",
            get(handlers::answer::answer_page).post(handlers::answer::submit),
            Access::Public,
        )
}

fn management() -> Routes {
    let manage = Access::Needs(Permission::ManageMonitor);
    Routes::new()
        .route("/beheer/monitor", get(manage::index), manage)
        .route(
            "/beheer/monitor/vragenlijst",
            post(manage::create_instrument),
            manage,
        )
        .route("/beheer/monitor/meting", post(manage::create_wave), manage)
        .route("/beheer/monitor/drempel", post(manage::set_floor), manage)
        .route("/beheer/monitor/buurtcodes", post(manage::map_code), manage)
        .route(
            "/beheer/monitor/inwoners",
            post(manage::set_residents),
            manage,
        )
        .route(
            "/beheer/monitor/vragenlijst/{id}",
            get(manage::instrument).post(manage::add_question),
            manage,
        )
        .route("/beheer/monitor/meting/{id}", get(manage::wave), manage)
        .route(
            "/beheer/monitor/meting/{id}/status",
            post(manage::set_status),
            manage,
        )
        .route(
            "/beheer/monitor/meting/{id}/codes",
            post(manage::new_codes),
            manage,
        )
}

fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/monitor/values", get(api::values))
        .public_cached("/api/v1/monitor/geojson", get(api::geojson))
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("monitor")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("monitor")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-monitor",
        href: "/monitor",
    }]
}
