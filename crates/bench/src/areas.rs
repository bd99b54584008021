//! Areas: gemeente → wijk → buurt with CBS-shaped codes.
//!
//! - neighbourhood: the 5 Liendert buurten of the seed, nothing added;
//! - city: Amersfoort (GM0307) grows to 20 wijken of 5 buurten (100 buurten, Liendert included),
//!   generated codes `WK0307ww` / `BU0307wwbb`;
//! - national: the city plus 349 generated municipalities (`GM1000`…`GM1348`) of 10 wijken of
//!   4 buurten: 14,060 buurten in 350 municipalities.
//!
//! Generated areas have no geometry (the overview map draws only areas that have one).

use crate::bulk::{self, V};
use crate::rng::Rng;
use crate::Scale;
use kansrijk_kernel::db::{now, Db};
use std::collections::HashMap;

const AMERSFOORT_WIJKEN: &[&str] = &[
    "Binnenstad",
    "Bergkwartier",
    "Soesterkwartier",
    "Kruiskamp",
    "Schothorst",
    "Zielhorst",
    "Kattenbroek",
    "Nieuwland",
    "Vathorst",
    "Hooglanderveen",
    "Rustenburg",
    "Schuilenburg",
    "Randenbroek",
    "Vermeerkwartier",
    "Hoogland",
    "Leusderkwartier",
    "Isselt",
    "De Koppel",
    "Stoutenburg",
];
const PARTS: &[&str] = &["Noord", "Oost", "Zuid", "West", "Centrum"];
const SYLLABLES: &[&str] = &[
    "aal", "berg", "bro", "dam", "del", "dorp", "ede", "gen", "ha", "hem", "hout", "huis", "kerk",
    "lo", "meer", "mond", "ne", "oor", "rijn", "sen", "ter", "veen", "ven", "wijk", "wou", "zand",
];

/// A buurt row: (code, name, parent wijk code).
type Child = (String, String, String);

pub async fn generate(db: &Db, scale: Scale, seed: u64) -> anyhow::Result<usize> {
    if scale == Scale::Neighbourhood {
        return Ok(0);
    }
    let mut rng = Rng::new(seed, 1);
    let mut municipalities: Vec<(String, String)> = vec![];
    let mut wijken: Vec<Child> = vec![];
    let mut buurten: Vec<Child> = vec![];
    for (i, name) in AMERSFOORT_WIJKEN.iter().enumerate() {
        let wk = format!("WK0307{:02}", 11 + i);
        for (b, part) in PARTS.iter().enumerate() {
            buurten.push((
                format!("BU0307{:02}{:02}", 11 + i, b),
                format!("{name} {part}"),
                wk.clone(),
            ));
        }
        wijken.push((wk, name.to_string(), "GM0307".into()));
    }
    if scale == Scale::National {
        for m in 0..349 {
            let gm_digits = format!("{:04}", 1000 + m);
            let town = town_name(&mut rng);
            for w in 0..10 {
                let wk = format!("WK{gm_digits}{w:02}");
                let wijk_name = format!(
                    "{town} {}",
                    [
                        "Centrum", "Noord", "Oost", "Zuid", "West", "Oud", "Nieuw", "Buiten",
                        "Haven", "Park"
                    ][w]
                );
                for b in 0..4 {
                    buurten.push((
                        format!("BU{gm_digits}{w:02}{b:02}"),
                        format!("{wijk_name} {}", b + 1),
                        wk.clone(),
                    ));
                }
                wijken.push((wk, wijk_name, format!("GM{gm_digits}")));
            }
            municipalities.push((format!("GM{gm_digits}"), town));
        }
    }
    let ts = now();
    let mut made = 0;
    let rows: Vec<Vec<V>> = municipalities
        .iter()
        .map(|(code, name)| {
            vec![
                V::T(code.clone()),
                V::T("municipality".into()),
                V::T(name.clone()),
                V::OptI(None),
                V::I(ts),
                V::I(ts),
            ]
        })
        .collect();
    made += insert(db, &rows).await?;
    let ids = ids_of(db, "municipality").await?;
    made += insert(db, &children(&wijken, "district", &ids, ts)).await?;
    let ids = ids_of(db, "district").await?;
    made += insert(db, &children(&buurten, "neighbourhood", &ids, ts)).await?;
    Ok(made)
}

fn town_name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut name: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
    name[..1].make_ascii_uppercase();
    name
}

fn children(items: &[Child], kind: &str, parents: &HashMap<String, i64>, ts: i64) -> Vec<Vec<V>> {
    items
        .iter()
        .map(|(code, name, parent)| {
            vec![
                V::T(code.clone()),
                V::T(kind.into()),
                V::T(name.clone()),
                V::OptI(parents.get(parent).copied()),
                V::I(ts),
                V::I(ts),
            ]
        })
        .collect()
}

async fn insert(db: &Db, rows: &[Vec<V>]) -> anyhow::Result<usize> {
    for batch in rows.chunks(bulk::ROWS_PER_TRANSACTION) {
        let mut tx = bulk::begin(db).await?;
        bulk::insert(
            &mut tx,
            "areas",
            &[
                "code",
                "kind",
                "name",
                "parent_id",
                "created_at",
                "updated_at",
            ],
            batch,
            "ON CONFLICT (code) DO NOTHING",
        )
        .await?;
        tx.commit().await?;
    }
    Ok(rows.len())
}

async fn ids_of(db: &Db, kind: &str) -> sqlx::Result<HashMap<String, i64>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, code FROM areas WHERE kind = $1")
        .bind(kind)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(|(id, code)| (code, id)).collect())
}

/// The ids of every buurt, in code order (for accounts and reports).
pub async fn buurt_ids(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, code FROM areas WHERE kind = 'neighbourhood' ORDER BY code")
        .fetch_all(&db.pool)
        .await
}
