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
    Feature {
        name: "agreements",
        routes: pages().merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "agr-manage-title",
            text_key: "agr-manage-card-text",
            href: "/beheer/afspraken",
            permission: Permission::DecideProposals,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: vec![NavItem {
            label_key: "agr-nav",
            href: "/afspraken",
        }],
        openapi: Some(api::AgreementsApi::openapi()),
        demo: Some(|db| Box::pin(async move { demo::seed(&db).await })),
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        indicators: Some(queries::indicators::HOOKS),
        ..Feature::new("agreements")
    }
}

/// The charter, its poster and versions, proposals with their discussion, and signing.
fn pages() -> Routes {
    use handlers as h;
    let member = Access::LoggedIn;
    Routes::new()
        .public_shared("/afspraken", get(h::charter))
        .public_cached("/afspraken/versies", get(h::versions))
        .public_cached("/afspraken/versies/{number}", get(h::version))
        .route("/afspraken/poster", get(h::poster), Access::Public)
        .route("/afspraken/poster.css", get(h::poster_css), Access::Public)
        .route(
            "/afspraken/schrijfhulp.js",
            get(h::helper_js),
            Access::Public,
        )
        .public_cached("/afspraken/voorstellen", get(h::proposals))
        .route(
            "/afspraken/voorstellen/nieuw",
            get(h::new_proposal).post(h::create_proposal),
            member,
        )
        .public_cached("/afspraken/voorstellen/{id}", get(h::proposal))
        .route(
            "/afspraken/voorstellen/{id}/steunen",
            post(h::support),
            member,
        )
        .route(
            "/afspraken/voorstellen/{id}/reageren",
            post(h::comment),
            member,
        )
        .route(
            "/afspraken/voorstellen/{id}/volgen",
            post(h::follow),
            member,
        )
        .route("/afspraken/reacties/{id}/melden", post(h::flag), member)
        .route(
            "/afspraken/reacties/{id}/bewerken",
            get(h::edit_comment_form).post(h::edit_comment),
            member,
        )
        .route(
            "/afspraken/ondertekenen",
            get(h::sign_form).post(h::sign),
            Access::Needs(Permission::SignCharter),
        )
}

/// The steering group's pages under `/beheer/afspraken`.
fn management() -> Routes {
    let decide = Access::Needs(Permission::DecideProposals);
    let moderate = Access::Needs(Permission::ModerateComments);
    Routes::new()
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
}

/// The read-only API: the charter, its versions and the proposals.
fn api() -> Routes {
    Routes::new()
        .public_cached("/api/v1/charter", get(api::charter))
        .public_cached("/api/v1/charter/versions", get(api::list_versions))
        .public_cached("/api/v1/charter/versions/{number}", get(api::get_version))
        .public_cached("/api/v1/proposals", get(api::list_proposals))
        .public_cached("/api/v1/proposals/{id}", get(api::get_proposal))
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("agreements")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("agreements")
}
