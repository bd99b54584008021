//! Accounts: organisations, people, roles, login with two-factor authentication, invitations,
//! password reset, self-registration, and the management pages under `/beheer`.

pub mod admin;
pub mod api_token_pages;
pub mod api_tokens;
pub mod display_name;
pub mod handlers;
pub mod model;
pub mod oidc;
pub mod password;
pub mod queries;
pub mod rights_requests;
pub mod session;
pub mod totp;

pub use display_name::{public_name, Author};

use crate::authz::{Access, Permission};
use crate::web::{AppState, Routes};
use axum::routing::{get, post};

pub fn routes() -> Routes {
    login_routes()
        .merge(link_routes())
        .merge(account_routes())
        .merge(management_routes())
        .merge(request_routes())
}

/// Requests about data received by letter or at the counter (AVG art. 15, 17).
fn request_routes() -> Routes {
    Routes::new()
        .route(
            "/beheer/verzoeken",
            get(rights_requests::requests).post(rights_requests::create),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/verzoeken/{id}",
            get(rights_requests::request),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/verzoeken/{id}/antwoord",
            get(rights_requests::answer),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/verzoeken/{id}/afgehandeld",
            post(rights_requests::complete),
            Access::Needs(Permission::ManagePeople),
        )
}

/// Logging in (password, second step, OpenID Connect) and out.
fn login_routes() -> Routes {
    use handlers as h;
    Routes::new()
        .route(
            "/inloggen",
            get(h::login_form).post(h::login),
            Access::Public,
        )
        .route(
            "/inloggen/code",
            get(h::code_form).post(h::code),
            Access::Session,
        )
        .route(
            "/inloggen/oidc/{provider}",
            get(oidc::start),
            Access::Public,
        )
        .route(
            "/inloggen/oidc/{provider}/terug",
            get(oidc::callback),
            Access::Public,
        )
        .route("/uitloggen", post(h::logout), Access::Session)
}

/// The pages a mailed link opens, and asking for one: forgotten password, invitation,
/// self-registration and confirming the address.
fn link_routes() -> Routes {
    use handlers as h;
    Routes::new()
        .route(
            "/wachtwoord-vergeten",
            get(h::forgot_form).post(h::forgot),
            Access::Public,
        )
        .route(
            "/wachtwoord-herstellen/{token}",
            get(h::reset_form).post(h::reset),
            Access::Public,
        )
        .route(
            "/uitnodiging/{token}",
            get(h::invite_form).post(h::accept_invite),
            Access::Public,
        )
        .route(
            "/registreren",
            get(h::register_form).post(h::register),
            Access::Public,
        )
        .route("/bevestigen/{token}", get(h::confirm), Access::Public)
}

/// The person's own account and two-step login.
fn account_routes() -> Routes {
    use handlers as h;
    Routes::new()
        .route(
            "/account",
            get(h::account).post(h::update_account),
            Access::LoggedIn,
        )
        .route(
            "/account/tweestaps",
            get(h::twofactor_form).post(h::twofactor),
            Access::Session,
        )
        .route(
            "/account/overal-uitloggen",
            post(h::logout_everywhere),
            Access::LoggedIn,
        )
        .route("/account/gegevens", get(h::my_data), Access::LoggedIn)
        .route(
            "/account/gegevens/json",
            get(h::my_data_json),
            Access::LoggedIn,
        )
        .route(
            "/account/gegevens/html",
            get(h::my_data_html),
            Access::LoggedIn,
        )
        .route(
            "/account/verwijderen",
            get(h::delete_form).post(h::delete),
            Access::LoggedIn,
        )
        .route("/account/verwijderd", get(h::deleted), Access::Public)
}

/// Management of organisations, people, invitations, API keys and the audit log.
fn management_routes() -> Routes {
    Routes::new()
        .route(
            "/beheer",
            get(admin::index),
            Access::Needs(Permission::OpenManagement),
        )
        .route(
            "/beheer/organisaties",
            get(admin::organisations).post(admin::create_organisation),
            Access::Needs(Permission::ManageOrganisations),
        )
        .route(
            "/beheer/organisaties/{id}",
            get(admin::organisation_form).post(admin::update_organisation),
            Access::Needs(Permission::ManageOrganisations),
        )
        .route(
            "/beheer/mensen",
            get(admin::people),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/mensen/{id}",
            get(admin::person_detail),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/mensen/{id}/rollen",
            post(admin::add_role),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/mensen/{id}/rollen/{assignment}/verwijderen",
            post(admin::remove_role),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/mensen/{id}/status",
            post(admin::set_status),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/mensen/{id}/bewoner",
            post(admin::set_resident),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/uitnodigingen",
            get(admin::invitations).post(admin::invite),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/api-sleutels",
            get(api_token_pages::list).post(api_token_pages::create),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/api-sleutels/{id}/intrekken",
            post(api_token_pages::revoke),
            Access::Needs(Permission::ManagePeople),
        )
        .route(
            "/beheer/audit",
            get(admin::audit_log),
            Access::Needs(Permission::ViewAuditLog),
        )
}

/// Background jobs of the accounts: password-reset and registration mail (sent from a job so
/// that known and unknown addresses answer alike), and the nightly cleanup.
pub fn jobs() -> crate::jobs::Registry {
    crate::jobs::Registry::new()
        .handle(crate::mail::JOB_KIND, crate::mail::send_job)
        .handle(handlers::RESET_JOB, handlers::reset_job)
        .handle(CLEANUP_JOB, cleanup_job)
        .every(CLEANUP_JOB, 3600)
}

pub const CLEANUP_JOB: &str = "kernel.cleanup";

/// Removes what is no longer needed: expired sessions, old rate-limit windows, finished jobs,
/// used or expired one-time tokens, and, after their configured retention periods, outbox mail
/// (sent or not), accounts never confirmed and old audit log entries.
pub async fn cleanup_job(state: AppState, _: crate::jobs::NoPayload) -> anyhow::Result<()> {
    let db = &state.db;
    let config = &state.config;
    session::delete_expired(db, config.session_idle_secs()).await?;
    crate::ratelimit::delete_old(db, 86_400).await?;
    crate::jobs::delete_done(db, 7 * 86_400).await?;
    crate::mail::delete_old(db, config.mail_retention_days).await?;
    sqlx::query("DELETE FROM user_tokens WHERE (used_at IS NOT NULL OR expires_at < $1) AND created_at < $2")
        .bind(crate::db::now())
        .bind(crate::db::now() - 30 * 86_400)
        .execute(&db.pool)
        .await?;
    delete_unconfirmed(db, config.unconfirmed_account_retention_days).await?;
    crate::audit::delete_older_than(db, config.audit_retention_days).await?;
    Ok(())
}

/// Deletes self-registered accounts never confirmed within `days` (their roles, tokens and
/// sessions go with them). One at a time: an account something else still points to (which
/// an unconfirmed one should not have) is kept and logged instead of stopping the others.
async fn delete_unconfirmed(db: &crate::db::Db, days: i64) -> anyhow::Result<()> {
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE status = 'unconfirmed' AND created_at < $1")
            .bind(crate::db::now() - days * 86_400)
            .fetch_all(&db.pool)
            .await?;
    for id in ids {
        let deleted = sqlx::query("DELETE FROM users WHERE id = $1 AND status = 'unconfirmed'")
            .bind(id)
            .execute(&db.pool)
            .await;
        match deleted {
            Ok(done) if done.rows_affected() == 1 => {
                crate::audit::record(
                    db,
                    None,
                    crate::audit::Action::Delete,
                    "person",
                    &id.to_string(),
                    "unconfirmed account, retention period passed",
                )
                .await?;
            }
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
                tracing::warn!(person = id, "unconfirmed account still referenced; kept");
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}
