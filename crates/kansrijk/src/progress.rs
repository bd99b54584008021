//! The seed and the demo content with progress on standard error
//! (`kansrijk_kernel::progress`): the areas counted one by one, then the demo's parts.

use anyhow::Context;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::progress::Progress;
use kansrijk_kernel::web::AppState;

/// The Liendert seed (`kansrijk::seed_liendert`).
pub async fn seed(db: &Db) -> anyhow::Result<()> {
    let mut areas = Progress::new("seed: areas", None);
    kansrijk::seed_liendert_with_progress(db, &mut |n| areas.set(n as u64)).await?;
    areas.finish();
    Ok(())
}

/// The demo content on top of the seed: `kansrijk::demo_accounts`, then `kansrijk::seed_demo`
/// (after the demo organisations, so activities have the Huis van de Wijk as organiser).
pub async fn demo(state: &AppState) -> anyhow::Result<()> {
    let features = kansrijk::features();
    let mut parts = Progress::new(
        "demo: parts",
        Some(1 + kansrijk_kernel::web::app::demo_parts(&features)),
    );
    kansrijk::demo_accounts(state)
        .await
        .context("demo accounts")?;
    parts.set(1);
    kansrijk_kernel::web::app::seed_demo(&state.db, &features, &mut |n| parts.set(1 + n))
        .await
        .context("demo content")?;
    parts.finish();
    Ok(())
}
