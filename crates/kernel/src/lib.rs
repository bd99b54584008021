//! The shared kernel of Kansrijk: configuration, storage, areas, languages, the web layout and
//! plumbing. Feature crates (programme, reports, activities, …) depend on this crate, never the
//! other way round.

pub mod accounts;
pub mod api;
pub mod areas;
pub mod assets;
pub mod audit;
pub mod authz;
pub mod backup;
pub mod capacity;
pub mod config;
pub mod crypto;
pub mod csv;
pub mod db;
pub mod figures_cache;
pub mod group_commit;
pub mod i18n;
pub mod images;
pub mod indicators;
pub mod jobs;
pub mod local_mail;
pub mod mail;
pub mod metrics;
pub mod pages;
pub mod privacy;
pub mod progress;
pub mod qr;
pub mod ratelimit;
pub mod recent;
pub mod rights;
pub mod scope;
pub mod sealing;
#[cfg(feature = "testing")]
pub mod testing;

// `#[db_test]` names `::kansrijk_kernel`; this lets it work inside the kernel itself too.
extern crate self as kansrijk_kernel;
pub mod time;
pub mod web;

pub use askama;
