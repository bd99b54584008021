//! Demo data (filled in below).
use kansrijk_kernel::db::Db;

pub async fn seed(_db: &Db) -> anyhow::Result<()> {
    Ok(())
}
