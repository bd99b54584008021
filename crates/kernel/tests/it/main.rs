//! The kernel's integration tests, one binary (each file in `tests/` would link its own).
//! Every database test runs on SQLite and on PostgreSQL through `#[db_test]`.

mod accounts;
mod jobs;
mod local_mail;
mod oidc;
mod page_cache;
mod retention;
mod second_factor;
mod web;

use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::kernel_migrations;
use kansrijk_kernel::testing::{TestApp, TestDb};

/// The kernel alone (accounts, management, statements), with the given configuration.
pub async fn kernel_app(t: &TestDb, config: Config) -> TestApp {
    t.db.migrate(&[kernel_migrations()])
        .await
        .expect("migrations");
    TestApp::with_config(t.db.clone(), config, vec![])
}
