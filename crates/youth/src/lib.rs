//! Feature: jongerenpodium (youth stage). A team of young people (12–23) proposes a campaign
//! about the image of Liendert; a parent consents for members under 16 (the young person from
//! 16) through a link; the coordinator assigns a coach holding a valid youth-coach certificate;
//! team and coach share a timeline with milestones, tasks, a thread and the coach log; a
//! campaign whose whole team consented is published on the stage, by first names only.
//!
//! Reads top-down: [`model`] (rules), [`queries`], [`handlers`] (the stage, taking part, the
//! team page, consent), [`media`] (storage, upload, serving), [`timeline`] (team and coach), [`manage`] (the coordinator), [`api`],
//! [`jobs`], [`demo`].

pub mod api;
pub mod demo;
pub mod handlers;
pub mod jobs;
pub mod manage;
pub mod media;
pub mod model;
pub mod queries;
pub mod timeline;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use kansrijk_kernel::authz::{Access, Permission};
use kansrijk_kernel::db::MigrationSet;
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{Feature, ManagementLink, NavItem, Routes};
use utoipa::OpenApi;

pub fn feature() -> Feature {
    Feature {
        name: "youth",
        routes: pages().merge(team_pages()).merge(management()).merge(api()),
        jobs: jobs::registry(),
        management: vec![ManagementLink {
            label_key: "youth-manage-title",
            text_key: "youth-manage-card-text",
            href: "/beheer/podium",
            permission: Permission::ManageYouth,
        }],
        migrations: Some(migrations),
        locales: Some(locales()),
        nav: nav(),
        openapi: Some(api::YouthApi::openapi()),
        // No `demo` hook: the demo seals contacts and messages, so `kansrijk::demo_accounts`
        // runs [`demo::seed`] with the installation's sealer (as for mediation).
        personal_data: model::privacy::PERSONAL_DATA,
        not_personal: model::privacy::NOT_PERSONAL,
        rights: Some(queries::rights::HOOKS),
        ..Feature::new("youth")
    }
}

/// The stage, taking part, reactions and support, media, and the coaches' own view.
fn pages() -> Routes {
    let coach = Access::Needs(Permission::CoachYouth);
    Routes::new()
        // What a team writes, consent pages and the coach's view stay out of every cache.
        .no_store("/podium/meedoen")
        .no_store("/podium/team")
        .no_store("/podium/toestemming")
        .no_store("/podium/coach")
        .public_shared("/podium", get(handlers::stage))
        .route(
            "/podium/meedoen",
            get(handlers::join_form).post(handlers::join),
            Access::Public,
        )
        .route("/podium/{id}", get(handlers::campaign), Access::Public)
        .route(
            "/podium/{id}/reageren",
            post(handlers::reactions::react),
            Access::LoggedIn,
        )
        .route(
            "/podium/{id}/steunen",
            post(handlers::reactions::support),
            Access::LoggedIn,
        )
        .route(
            "/podium/reacties/{id}/melden",
            post(handlers::reactions::flag),
            Access::LoggedIn,
        )
        .route("/podium/coach", get(timeline::coach_list), coach)
        .route("/podium/coach/{id}", get(timeline::coach_campaign), coach)
        .route(
            "/podium/coach/{id}/bericht",
            post(timeline::coach_post),
            coach,
        )
        .route(
            "/podium/coach/{id}/mijlpaal",
            post(timeline::coach_milestone),
            coach,
        )
}

/// The pages opened with a secret link: the team's (proposal answer) and each member's
/// consent page. Unknown links answer 404.
fn team_pages() -> Routes {
    Routes::new()
        .route("/podium/team/{token}", get(handlers::team), Access::Public)
        .route(
            "/podium/team/{token}/bericht",
            post(timeline::team_post),
            Access::Public,
        )
        .route(
            "/podium/team/{token}/oproep",
            post(timeline::team_cta),
            Access::Public,
        )
        .route(
            "/podium/team/{token}/evaluatie",
            post(timeline::team_evaluation),
            Access::Public,
        )
        .route(
            "/podium/team/{token}/media",
            // Photos and documents are larger than the site-wide body limit for forms.
            post(media::upload).layer(DefaultBodyLimit::max(
                kansrijk_kernel::images::MAX_BYTES + 64 * 1024,
            )),
            Access::Public,
        )
        .route(
            "/podium/team/{token}/media/{id}",
            get(media::team),
            Access::Public,
        )
        .route("/podium/media/{id}", get(media::public), Access::Public)
        .route(
            "/podium/toestemming/{token}",
            get(handlers::consent_form).post(handlers::give_consent),
            Access::Public,
        )
        .route(
            "/podium/toestemming/{token}/intrekken",
            post(handlers::withdraw_consent),
            Access::Public,
        )
}

/// The coordinator's pages.
fn management() -> Routes {
    let manage = Access::Needs(Permission::ManageYouth);
    Routes::new()
        .route("/beheer/podium", get(manage::index), manage)
        .route("/beheer/podium/reacties", get(manage::reactions), manage)
        .route("/beheer/podium/reacties/{id}", post(manage::decide), manage)
        .route("/beheer/podium/{id}", get(manage::campaign), manage)
        .route(
            "/beheer/podium/{id}/publiceren",
            post(manage::publish),
            manage,
        )
        .route(
            "/beheer/podium/{id}/offline",
            post(manage::unpublish),
            manage,
        )
        .route(
            "/beheer/podium/{id}/coach",
            post(manage::assign_coach),
            manage,
        )
        .route("/beheer/podium/{id}/einde", post(manage::end), manage)
        .route("/beheer/podium/{id}/wissen", post(manage::erase), manage)
}

fn api() -> Routes {
    Routes::new()
        .route(
            "/api/v1/youth/campaigns",
            get(api::campaigns),
            Access::Public,
        )
        .route(
            "/api/v1/youth/campaigns/{id}",
            get(api::campaign),
            Access::Public,
        )
}

pub fn migrations() -> MigrationSet {
    kansrijk_kernel::migrations!("youth")
}

pub fn locales() -> Locales {
    kansrijk_kernel::locales!("youth")
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label_key: "nav-youth",
        href: "/podium",
    }]
}
