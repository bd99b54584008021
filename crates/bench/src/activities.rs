//! Extension point for activities (being built on another branch). When that feature is merged,
//! generate its rows here — same pattern as `reports.rs`: a seeded [`crate::rng::Rng`] stream of
//! its own (stream 4), rows built in Rust, written with [`crate::bulk::insert`] in transactions of
//! [`crate::bulk::ROWS_PER_TRANSACTION`] rows — and call it from `main.rs` (already done).

use crate::Scale;
use kansrijk_kernel::db::Db;

/// Generates the activities of `scale`; returns the number of rows. None yet.
pub async fn generate(_db: &Db, _scale: Scale, _seed: u64) -> anyhow::Result<usize> {
    Ok(0)
}
