//! The seed and the demo content step by step, with progress on standard error
//! (`kansrijk_kernel::progress`): the areas counted one by one, then the other steps.

use kansrijk_kernel::db::Db;
use kansrijk_kernel::progress::Progress;
use kansrijk_kernel::web::AppState;

/// The Liendert seed (areas, then the programme), as `kansrijk::seed_liendert`.
pub async fn seed(db: &Db, demo: bool) -> anyhow::Result<()> {
    let mut areas = Progress::new("seed: areas", None);
    kansrijk_kernel::areas::import_geojson_with_progress(
        db,
        kansrijk_kernel::areas::LIENDERT_GEOJSON,
        &mut |n| areas.set(n as u64),
    )
    .await?;
    areas.finish();
    kansrijk_programme::seed::apply(db, kansrijk_programme::seed::LIENDERT).await?;
    if !demo {
        tracing::info!("Liendert seed applied");
    }
    Ok(())
}

/// The demo content on top of the seed, as `kansrijk::demo_accounts` then
/// `kansrijk::seed_demo`, one step at a time.
pub async fn demo(state: &AppState) -> anyhow::Result<()> {
    let mut steps = Progress::new("demo: steps", Some(4));
    kansrijk::demo_accounts(state).await?;
    steps.set(1);
    // After the demo organisations, so activities have the Huis van de Wijk as organiser.
    kansrijk_activities::demo::seed(&state.db).await?;
    steps.set(2);
    kansrijk_training::demo::seed(&state.db).await?;
    steps.set(3);
    kansrijk_agreements::demo::seed(&state.db).await?;
    steps.set(4);
    steps.finish();
    Ok(())
}
