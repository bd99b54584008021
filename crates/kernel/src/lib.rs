//! The shared kernel of Kansrijk: configuration, storage, areas, languages, the web layout and
//! plumbing. Feature crates (programme, reports, activities, …) depend on this crate, never the
//! other way round.

pub mod api;
pub mod areas;
pub mod assets;
pub mod config;
pub mod db;
pub mod i18n;
pub mod metrics;
pub mod pages;
#[cfg(feature = "testing")]
pub mod testing;
pub mod web;

pub use askama;
