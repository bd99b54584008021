//! Building the published figures of a year from the database, with a short cache: figures are
//! at most [`MAX_AGE`] old, and a change by a case handler on this instance refreshes them at once.

use crate::figures::{publish, Breakdown, PublishedYear, YearCounts, DEFAULT_THRESHOLD, OVERVIEW};
use crate::model::{GROUNDS, HANDLINGS, NATURES, TERRAINS};
use crate::queries::{self, Dimension};
use kansrijk_kernel::db::Db;
use kansrijk_kernel::figures_cache::FiguresCache;
use kansrijk_kernel::scope::Limit;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::Duration;

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

/// Above this many buurten (a regional or national installation) the location figures are
/// published per municipality: a table of thousands of mostly suppressed buurt rows helps nobody
/// and makes a page of megabytes.
pub const MAX_BUURT_ROWS: usize = 200;

/// Location categories: every neighbourhood of the installation (or, above [`MAX_BUURT_ROWS`],
/// every municipality), then the other kinds of place; and how a buurt code maps onto them.
pub async fn location_categories(db: &Db) -> sqlx::Result<(Vec<String>, HashMap<String, String>)> {
    let areas = kansrijk_kernel::areas::list_shared(db).await?;
    let buurten = areas.iter().filter(|a| a.kind == "neighbourhood");
    let mut roll_up = HashMap::new();
    let mut codes: Vec<String> = if buurten.clone().count() <= MAX_BUURT_ROWS {
        buurten.map(|a| a.code.clone()).collect()
    } else {
        let by_id: HashMap<i64, &kansrijk_kernel::areas::Area> =
            areas.iter().map(|a| (a.id, a)).collect();
        for buurt in buurten {
            let mut up = buurt;
            while let Some(parent) = up.parent_id.and_then(|p| by_id.get(&p)) {
                up = parent;
            }
            roll_up.insert(buurt.code.clone(), up.code.clone());
        }
        areas
            .iter()
            .filter(|a| a.kind == "municipality")
            .map(|a| a.code.clone())
            .collect()
    };
    codes.extend(["municipality", "outside", "unknown"].map(String::from));
    Ok((codes, roll_up))
}

/// The single-valued dimensions of the figures with their categories, in the order published.
/// Location is named after what its rows are (`by_buurt`: buurten, else municipalities), so the
/// page, CSV and API say so.
fn dimensions(
    locations: Vec<String>,
    by_buurt: bool,
) -> [(&'static str, Dimension, Vec<String>); 4] {
    let mut handling: Vec<String> = HANDLINGS.iter().map(|s| s.to_string()).collect();
    handling.push("open".into());
    [
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
            if by_buurt { "location" } else { "municipality" },
            Dimension::Location,
            locations,
        ),
    ]
}

/// The counts of one year within an area limit (a report handler limited to a wijk or buurt sees
/// the reports in it; the published figures use [`Limit::All`]).
pub async fn year_counts(db: &Db, year: i32, areas: &Limit) -> sqlx::Result<YearCounts> {
    let bounds = quarter_bounds(year);
    let mut breakdowns = vec![];
    let (locations, roll_up) = location_categories(db).await?;
    let mut quarter_totals = [0i64; 4];
    for (name, dim, categories) in dimensions(locations, roll_up.is_empty()) {
        let rows = queries::counts_by(db, dim, &bounds, areas).await?;
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
            let category = roll_up.get(&category).unwrap_or(&category);
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
    for (q, ground, n) in queries::ground_counts(db, &bounds, areas).await? {
        if let Some(c) = ground_names.iter().position(|g| *g == ground) {
            grounds[(q.clamp(1, 4) - 1) as usize][c] += n;
        }
    }
    let mut overview = [0i64; 4];
    for (col, n) in queries::overview_counts(db, &bounds, areas).await? {
        let i = OVERVIEW.iter().position(|c| *c == col).unwrap_or(3);
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

static CACHE: LazyLock<FiguresCache<PublishedYear>> = LazyLock::new(|| FiguresCache::new(MAX_AGE));

fn db_key(db: &Db) -> String {
    format!("{}|", db.pool.connect_options().database_url)
}

/// The published figures of a year: at most [`MAX_AGE`] old, refreshed ahead in the background,
/// computed by one request at a time (see [`FiguresCache`]).
pub async fn published(db: &Db, year: i32) -> sqlx::Result<PublishedYear> {
    let db = db.clone();
    CACHE
        .get(format!("{}{year}", db_key(&db)), move || async move {
            Ok(publish(
                &year_counts(&db, year, &Limit::All).await?,
                DEFAULT_THRESHOLD,
            ))
        })
        .await
}

/// Forget the cached figures of this database (after a change).
pub fn invalidate(db: &Db) {
    CACHE.invalidate(&db_key(db));
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
