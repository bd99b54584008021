//! The commands that copy an installation: `backup`, `restore`, `migrate-to` and `checksums`
//! (`kansrijk_kernel::backup` does the work; deploy/BACKUP.md says when to use which).

use anyhow::Context;
use kansrijk_kernel::backup;
use kansrijk_kernel::config::Config;
use std::path::Path;

/// `kansrijk backup FILE`: a consistent copy while the platform serves.
pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<()> {
    let db = kansrijk::connect(config)?;
    backup::backup(&db, &config.database_url, file).await?;
    let sums = backup::checksums(&db).await?;
    println!(
        "backup written to {} ({} tables, {} rows); keep the key file apart from it",
        file.display(),
        sums.len(),
        sums.iter().map(|s| s.rows).sum::<i64>()
    );
    Ok(())
}

/// `kansrijk restore FILE`: the database becomes the backup (stop the platform first).
pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<()> {
    let backend = kansrijk::connect(config)?.backend;
    backup::restore(backend, &config.database_url, file).await?;
    let db = kansrijk::connect(config)?;
    kansrijk::migrate(&db)
        .await
        .context("migrations after the restore")?;
    print_checksums(&backup::checksums(&db).await?);
    Ok(())
}

/// `kansrijk migrate-to --target postgres://…`: this installation copied into PostgreSQL and
/// verified table by table.
pub async fn migrate_to(config: &Config, target: &str) -> anyhow::Result<()> {
    let db = kansrijk::connect(config)?;
    let mut progress = kansrijk_kernel::progress::Progress::new("tables", None);
    let mut n = 0u64;
    let copied = kansrijk::migrate_to(&db, target, &mut |_, _| {
        n += 1;
        progress.set(n);
    })
    .await?;
    progress.finish();
    let rows: usize = copied.iter().map(|(_, n)| n).sum();
    println!(
        "copied {} tables, {rows} rows; counts and checksums are identical. Point DATABASE_URL at \
         the new database and keep the same key file.",
        copied.len()
    );
    Ok(())
}

/// `kansrijk checksums`: rows and a content checksum per table, to compare two installations.
pub async fn checksums(config: &Config) -> anyhow::Result<()> {
    let db = kansrijk::connect(config)?;
    print_checksums(&backup::checksums(&db).await?);
    Ok(())
}

fn print_checksums(sums: &[backup::TableSum]) {
    for sum in sums {
        println!("{:<40} {:>10} {}", sum.table, sum.rows, sum.checksum);
    }
}
