//! The GeoJSON import (`kansrijk_kernel::areas::import_geojson`): any text is imported or
//! refused, never a panic; a refused file changes nothing (one transaction), an accepted one
//! leaves every imported code in the database, and the overview map of what is stored is drawn
//! with finite numbers only.
#![no_main]

use kansrijk_kernel::areas;
use kansrijk_kernel::config::DatabaseUrl;
use kansrijk_kernel::db::{kernel_migrations, Db, PoolSettings};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

struct Fixture {
    runtime: tokio::runtime::Runtime,
    db: Db,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let dir =
            std::env::temp_dir().join(format!("kansrijk-fuzz-geojson-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = DatabaseUrl(format!("sqlite://{}", dir.join("fuzz.db").display()));
        let db = runtime.block_on(async {
            let db = Db::connect(&url, &PoolSettings::default()).unwrap();
            db.migrate(&[kernel_migrations()]).await.unwrap();
            db
        });
        Fixture { runtime, db }
    })
}

fuzz_target!(|json: &str| {
    let f = fixture();
    f.runtime.block_on(async {
        let before = areas::list(&f.db).await.unwrap();
        match areas::import_geojson(&f.db, json).await {
            Ok(summary) => {
                let after = areas::list(&f.db).await.unwrap();
                let new = summary.municipalities + summary.districts + summary.neighbourhoods;
                assert!(
                    after.len() <= before.len() + new,
                    "more areas than the import reports"
                );
                assert!(new == 0 || !after.is_empty());
                for area in &after {
                    assert!(
                        areas::AreaKind::from_cbs_code(&area.code).is_some(),
                        "{}",
                        area.code
                    );
                }
                if let Some(map) = areas::draw_map(&after, 400) {
                    for shape in &map.shapes {
                        for text in [&shape.path, &shape.label_x, &shape.label_y] {
                            assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
                        }
                    }
                }
            }
            Err(areas::ImportError::Db(e)) => panic!("a database error from input: {e}"),
            Err(_) => {
                let after = areas::list(&f.db).await.unwrap();
                assert_eq!(
                    before.len(),
                    after.len(),
                    "a refused import changed the areas"
                );
            }
        }
    });
});
