//! Feature: the training registry "Cultuursensitief werken": courses, sessions with meetings,
//! enrolment (by the person or their organisation's contact) with the kernel's waiting-list
//! mechanism, attendance per meeting, certificates with a public verification page and expiry
//! reminders, the coverage dashboard per organisation and role, effect measurement (Kirkpatrick),
//! and the gating function other modules use: [`holds_valid_certificate`].
//!
//! Reads top-down: [`model`] (rules and validation), [`queries`], [`handlers`] (public and
//! personal pages), [`manage`] (coordinators' and trainers' pages), [`jobs`] (mails), [`api`],
//! [`demo`].

pub mod api;
pub mod demo;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;

pub use queries::{holds_valid_certificate, was_trained};

use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "training",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "training-manage-title",
            text_key: "training-manage-card-text",
            href: "/beheer/training",
            permission: Permission::RecordTrainingAttendance,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::TrainingApi::openapi()),
        demo: Some(|db| Box::pin(async move { demo::seed(&db).await })),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        indicators: Some(queries::indicators::HOOKS),
        ..Feature::new("training")
    }
}

/// Courses, sessions and the certificate check for everyone; enrolment, one's own enrolments and
/// certificates, and the effect forms for the person logged in.
fn pages() -> Routes {
    Routes::new()
        .public_shared("/training", get(handlers::index))
        .route("/training/controle", get(handlers::lookup), Access::Public)
        .public_cached("/training/cursus/{key}", get(handlers::course))
        .route(
            "/training/certificaat/{number}",
            get(handlers::verify),
            Access::Public,
        )
        .route(
            "/training/sessie/{id}/inschrijven",
            post(handlers::enrol),
            Access::LoggedIn,
        )
        .route("/training/mijn", get(handlers::mine), Access::LoggedIn)
        .route(
            "/training/mijn/certificaat/{number}",
            get(handlers::printable),
            Access::LoggedIn,
        )
        .route(
            "/training/inschrijving/{id}/annuleren",
            post(handlers::cancel),
            Access::LoggedIn,
        )
        .route(
            "/training/evaluatie/{id}/{form}",
            get(handlers::effect_form).post(handlers::effect_submit),
            Access::LoggedIn,
        )
}

/// Under `/beheer/training`: courses and sessions for coordinators, attendance for trainers too,
/// coverage and effect for who may see the figures.
fn management() -> Routes {
    let manage = Access::Needs(Permission::ManageTraining);
    let attendance = Access::Needs(Permission::RecordTrainingAttendance);
    let coverage = Access::Needs(Permission::ViewTrainingCoverage);
    Routes::new()
        .route("/beheer/training", get(manage::index), attendance)
        .route(
            "/beheer/training/cursus/nieuw",
            get(manage::course_form).post(manage::create_course),
            manage,
        )
        .route(
            "/beheer/training/sessie/nieuw",
            get(manage::session_form).post(manage::create_session),
            manage,
        )
        .route(
            "/beheer/training/cursus/{id}/bewerken",
            get(manage::edit_course_form).post(manage::update_course),
            manage,
        )
        .route(
            "/beheer/training/cursus/{id}/archiveren",
            post(manage::toggle_archive),
            manage,
        )
        .route(
            "/beheer/training/sessie/{id}/bewerken",
            get(manage::edit_session_form).post(manage::update_session),
            manage,
        )
        .route(
            "/beheer/training/sessie/{id}/annuleren",
            post(manage::cancel_session),
            manage,
        )
        .route(
            "/beheer/training/sessie/{id}",
            get(manage::session),
            attendance,
        )
        .route(
            "/beheer/training/sessie/{id}/aanwezig",
            post(manage::save_attendance),
            attendance,
        )
        .route(
            "/beheer/training/inschrijving/{id}/certificaat",
            post(manage::issue),
            manage,
        )
        .route("/beheer/training/dekking", get(manage::coverage), coverage)
        .route(
            "/beheer/training/dekking.csv",
            get(manage::coverage_csv),
            coverage,
        )
        .route("/beheer/training/doel", post(manage::set_goal), coverage)
        .route(
            "/beheer/training/contactpersoon",
            post(manage::set_contact),
            coverage,
        )
        .route("/beheer/training/effect", get(manage::effect), coverage)
}

/// `/api/v1/training/…`: courses and sessions for everyone, coverage for who may see it.
fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/training/courses", get(api::list_courses))
        .public_cached("/api/v1/training/sessions", get(api::list_sessions))
        .route(
            "/api/v1/training/coverage",
            get(api::coverage),
            Access::Needs(Permission::ViewTrainingCoverage),
        )
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("training")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("training")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-training",
        href: "/training",
    }]
}
