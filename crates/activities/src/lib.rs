//! Feature: activities and meeting places (Huis van de Wijk and other venues): the agenda with
//! calendar files, registration without an account with a waiting list, reminders, organisers'
//! lists and check-in, and anonymous feedback afterwards.
//!
//! Reads top-down: [`model`] (rules), [`ics`] (calendar files), [`queries`], [`handlers`]
//! (public pages), [`manage`] (organisers' pages), [`jobs`] (mails and reminders), [`api`],
//! [`demo`] (demo data).

pub mod api;
pub mod demo;
pub mod handlers;
pub mod ics;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "activities",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "manage-title",
            text_key: "manage-card-text",
            href: "/beheer/activiteiten",
            permission: Permission::ManageActivities,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::ActivitiesApi::openapi()),
        demo: Some(|db| Box::pin(async move { demo::seed(&db).await })),
        coming_up: Some(handlers::coming_up()),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        indicators: Some(queries::indicators::HOOKS),
        ..Feature::new("activities")
    }
}

/// The public pages: the agenda, an activity with its sign-up and feedback, one's registration.
fn pages() -> Routes {
    Routes::new()
        .public_shared("/activiteiten", get(handlers::agenda))
        .public_cached("/activiteiten.ics", get(handlers::feed))
        .public_shared("/activiteiten/maand", get(handlers::month))
        // `/activiteiten/{id}` and `/activiteiten/{id}.ics` (the router has no suffix params).
        // Shared with logged-in people too: the sign-up form asks everyone the same, and its
        // token and form key are filled in per answer.
        .public_shared("/activiteiten/{id}", get(handlers::activity))
        .route(
            "/activiteiten/{id}/aanmelden",
            post(handlers::register),
            Access::Public,
        )
        .route(
            "/activiteiten/{id}/feedback",
            get(handlers::feedback_form).post(handlers::feedback_submit),
            Access::Public,
        )
        .route(
            "/aanmelding/{token}",
            get(handlers::registration).post(handlers::cancel_registration),
            Access::Public,
        )
        .route(
            "/aanmelding/{token}/verwijderen",
            post(handlers::remove_registration),
            Access::Public,
        )
        .route(
            "/activiteiten/locaties/{id}/foto",
            get(manage::venue_photo),
            Access::Public,
        )
}

/// The organisers' pages under `/beheer/activiteiten`.
fn management() -> Routes {
    let manage = Access::Needs(Permission::ManageActivities);
    Routes::new()
        .route("/beheer/activiteiten", get(manage::list), manage)
        .route(
            "/beheer/activiteiten/nieuw",
            get(manage::new_form).post(manage::create),
            manage,
        )
        .route("/beheer/activiteiten/cijfers", get(manage::figures), manage)
        .route(
            "/beheer/activiteiten/locaties",
            get(manage::venues).post(manage::create_venue),
            manage,
        )
        .route(
            "/beheer/activiteiten/locaties/{id}/foto",
            // Photos are larger than the site-wide body limit for forms.
            post(manage::upload_venue_photo).layer(DefaultBodyLimit::max(
                kansrijk_kernel::images::MAX_BYTES + 64 * 1024,
            )),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}",
            get(manage::edit_form).post(manage::update),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}/annuleren",
            post(manage::cancel),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}/aanmeldingen",
            get(manage::registrations),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}/export",
            get(manage::export_csv),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}/aanwezig",
            get(manage::checkin).post(manage::checkin_save),
            manage,
        )
        .route(
            "/beheer/activiteiten/{id}/presentielijst",
            get(manage::attendance_sheet),
            manage,
        )
}

/// `/api/v1`: the agenda and venues (public), and an activity's registrations (organisers).
fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/activities", get(api::list_activities))
        .public_cached("/api/v1/activities/{id}", get(api::get_activity))
        .public_cached("/api/v1/venues", get(api::list_venues))
        .route(
            "/api/v1/activities/{id}/registrations",
            get(api::list_registrations),
            Access::Needs(Permission::ManageActivities),
        )
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("activities")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("activities")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-activities",
        href: "/activiteiten",
    }]
}
