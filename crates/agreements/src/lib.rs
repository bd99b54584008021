//! Feature: neighbourhood agreements "Zó willen we samenleven". Anyone logged in proposes an
//! agreement, discusses it (comments with replies, flagging, moderation) and supports it; at the
//! support threshold the steering group (coordinators) adopts, merges or declines it with a
//! public reason. Adopted agreements form the versioned charter at `/afspraken`, grouped by the
//! four pillars, in five languages, with a print poster; partner organisations sign it with
//! their own commitments, and every agreement is reviewed yearly.
//!
//! Reads top-down: [`model`] (rules), [`queries`], [`handlers`] (public pages), [`manage`]
//! (steering group), [`jobs`] (mails to followers and coordinators), [`api`], [`demo`].

pub mod api;
pub mod demo;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod model;
pub mod queries;

use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    let decide = Access::Needs(Permission::DecideProposals);
    let moderate = Access::Needs(Permission::ModerateComments);
    let sign = Access::Needs(Permission::SignCharter);
    let member = Access::LoggedIn;
    Feature {
        name: "agreements",
        routes: Routes::new()
            .public_cached("/afspraken", get(handlers::charter))
            .public_cached("/afspraken/versies", get(handlers::versions))
            .public_cached("/afspraken/versies/{number}", get(handlers::version))
            .route("/afspraken/poster", get(handlers::poster), Access::Public)
            .route(
                "/afspraken/poster.css",
                get(handlers::poster_css),
                Access::Public,
            )
            .route(
                "/afspraken/schrijfhulp.js",
                get(handlers::helper_js),
                Access::Public,
            )
            .public_cached("/afspraken/voorstellen", get(handlers::proposals))
            .route(
                "/afspraken/voorstellen/nieuw",
                get(handlers::new_proposal).post(handlers::create_proposal),
                member,
            )
            .public_cached("/afspraken/voorstellen/{id}", get(handlers::proposal))
            .route(
                "/afspraken/voorstellen/{id}/steunen",
                post(handlers::support),
                member,
            )
            .route(
                "/afspraken/voorstellen/{id}/reageren",
                post(handlers::comment),
                member,
            )
            .route(
                "/afspraken/voorstellen/{id}/volgen",
                post(handlers::follow),
                member,
            )
            .route(
                "/afspraken/reacties/{id}/melden",
                post(handlers::flag),
                member,
            )
            .route(
                "/afspraken/reacties/{id}/bewerken",
                get(handlers::edit_comment_form).post(handlers::edit_comment),
                member,
            )
            .route(
                "/afspraken/ondertekenen",
                get(handlers::sign_form).post(handlers::sign),
                sign,
            )
            .route(
                "/beheer/afspraken",
                get(manage::overview).post(manage::set_threshold),
                decide,
            )
            .route(
                "/beheer/afspraken/voorstellen/{id}",
                get(manage::decide_form).post(manage::decide),
                decide,
            )
            .route(
                "/beheer/afspraken/reacties/{id}/verbergen",
                post(manage::hide_comment),
                moderate,
            )
            .route(
                "/beheer/afspraken/toezeggingen/{id}",
                post(manage::review_commitment),
                decide,
            )
            .route(
                "/beheer/afspraken/{id}",
                get(manage::agreement_form).post(manage::update_agreement),
                decide,
            )
            .route(
                "/beheer/afspraken/{id}/evaluatie",
                post(manage::review),
                decide,
            )
            .public_cached("/api/v1/charter", get(api::charter))
            .public_cached("/api/v1/charter/versions", get(api::list_versions))
            .public_cached("/api/v1/charter/versions/{number}", get(api::get_version))
            .public_cached("/api/v1/proposals", get(api::list_proposals))
            .public_cached("/api/v1/proposals/{id}", get(api::get_proposal)),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "agr-manage-title",
            text_key: "agr-manage-card-text",
            href: "/beheer/afspraken",
            permission: Permission::DecideProposals,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::AgreementsApi::openapi()),
        demo: Some(|db| Box::pin(async move { demo::seed(&db).await })),
        ..Feature::new("agreements")
    }
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("agreements")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("agreements")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "agr-nav",
        href: "/afspraken",
    }]
}
