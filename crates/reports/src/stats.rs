//! Building the published figures of a year from the database, with a short cache: figures are
//! at most [`MAX_AGE`] old, and a change on this instance refreshes them at once.

use crate::figures::{publish, Breakdown, PublishedYear, YearCounts, DEFAULT_THRESHOLD};
use crate::model::{GROUNDS, HANDLINGS, NATURES, TERRAINS};
use crate::queries::{self, Dimension};
use kansrijk_kernel::db::Db;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub const MAX_AGE: Duration = Duration::from_secs(600);

/// Starts of the four quarters of `year` and of the next year, in Amsterdam time, as UTC seconds.
pub fn quarter_bounds(year: i32) -> [i64; 5] {
    let start = |y: i32, m: i8| {
        jiff::civil::date(y as i16, m, 1)
            .to_zoned(kansrijk_kernel::time::amsterdam().clone())
            .map(|z| z.timestamp().as_second())
            .unwrap_or(0)
    };
    [
        start(year, 1),
        start(year, 4),
        start(year, 7),
        start(year, 10),
        start(year + 1, 1),
    ]
}

/// The year (Amsterdam) of a timestamp.
pub fn year_of(ts: i64) -> i32 {
    jiff::Timestamp::from_second(ts)
        .map(|t| {
            t.to_zoned(kansrijk_kernel::time::amsterdam().clone())
                .year() as i32
        })
        .unwrap_or(1970)
}

/// Location categories: every neighbourhood of the installation, then the other kinds of place.
pub async fn location_categories(db: &Db) -> sqlx::Result<Vec<String>> {
    let mut codes: Vec<String> = kansrijk_kernel::areas::list_cached(db)
        .await?
        .into_iter()
        .filter(|a| a.kind == "neighbourhood")
        .map(|a| a.code)
        .collect();
    codes.extend(["municipality", "outside", "unknown"].map(String::from));
    Ok(codes)
}

pub async fn year_counts(db: &Db, year: i32) -> sqlx::Result<YearCounts> {
    let bounds = quarter_bounds(year);
    let mut breakdowns = vec![];
    let mut handling: Vec<String> = HANDLINGS.iter().map(|s| s.to_string()).collect();
    handling.push("open".into());
    let dims: [(&'static str, Dimension, Vec<String>); 4] = [
        (
            "terrain",
            Dimension::Terrain,
            TERRAINS.iter().map(|s| s.to_string()).collect(),
        ),
        (
            "nature",
            Dimension::Nature,
            NATURES.iter().map(|s| s.to_string()).collect(),
        ),
        ("handling", Dimension::Handling, handling),
        (
            "location",
            Dimension::Location,
            location_categories(db).await?,
        ),
    ];
    let mut quarter_totals = [0i64; 4];
    for (name, dim, categories) in dims {
        let rows = queries::counts_by(db, dim, &bounds).await?;
        // A map, not a scan: there can be thousands of buurten.
        let index: HashMap<&str, usize> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let mut counts: [Vec<i64>; 4] = std::array::from_fn(|_| vec![0; categories.len()]);
        for (q, category, n) in rows {
            let q = (q.clamp(1, 4) - 1) as usize;
            // Unknown categories (data from an older version) are counted as the last one.
            let c = index
                .get(category.as_str())
                .copied()
                .unwrap_or(categories.len() - 1);
            counts[q][c] += n;
        }
        quarter_totals = std::array::from_fn(|q| counts[q].iter().sum());
        breakdowns.push(Breakdown {
            dimension: name,
            categories,
            counts,
        });
    }
    let ground_names: Vec<String> = GROUNDS.iter().map(|s| s.to_string()).collect();
    let mut grounds: [Vec<i64>; 4] = std::array::from_fn(|_| vec![0; ground_names.len()]);
    for (q, ground, n) in queries::ground_counts(db, &bounds).await? {
        if let Some(c) = ground_names.iter().position(|g| *g == ground) {
            grounds[(q.clamp(1, 4) - 1) as usize][c] += n;
        }
    }
    let mut overview = [0i64; 4];
    for (col, n) in queries::overview_counts(db, &bounds).await? {
        let i = [
            "residents_own",
            "residents_elsewhere",
            "non_residents_here",
            "unknown",
        ]
        .iter()
        .position(|c| *c == col)
        .unwrap_or(3);
        overview[i] += n;
    }
    Ok(YearCounts {
        year,
        quarter_totals,
        breakdowns,
        grounds: (ground_names, grounds),
        overview,
    })
}

type Cache = Mutex<HashMap<(String, i32), (Instant, PublishedYear)>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn db_key(db: &Db) -> String {
    db.pool.connect_options().database_url.to_string()
}

/// The published figures of a year (cached for at most [`MAX_AGE`]).
pub async fn published(db: &Db, year: i32) -> sqlx::Result<PublishedYear> {
    let key = (db_key(db), year);
    if let Some((at, p)) = cache().lock().expect("cache").get(&key) {
        if at.elapsed() < MAX_AGE {
            return Ok(p.clone());
        }
    }
    let p = publish(&year_counts(db, year).await?, DEFAULT_THRESHOLD);
    cache()
        .lock()
        .expect("cache")
        .insert(key, (Instant::now(), p.clone()));
    Ok(p)
}

/// Forget the cached figures of this database (after a change).
pub fn invalidate(db: &Db) {
    let key = db_key(db);
    cache().lock().expect("cache").retain(|(k, _), _| *k != key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_start_at_local_midnight() {
        let b = quarter_bounds(2026);
        // 1 January 2026 00:00 in Amsterdam is 31 December 2025 23:00 UTC (winter time)…
        assert_eq!(b[0], 1_767_222_000);
        // …and 1 April 00:00 is 31 March 22:00 UTC (summer time).
        assert_eq!(b[1], 1_774_994_400);
        assert_eq!(year_of(b[0]), 2026);
        assert_eq!(year_of(b[0] - 1), 2025);
    }
}
