//! Rows read from the database and kept for a moment in this process.
//!
//! For a read that many requests repeat within a second and that may be that much out of date,
//! because whatever must be exact is decided again in the write that follows (a sign-up reads
//! its activity for the form's rules and the confirmation mail; the places are counted under the
//! activity's lock). On PostgreSQL such a read cost about as much database time as the sign-up's
//! own share of the write (BENCHMARKS.md, session 15).
//!
//! Values are kept per database handle ([`Db::instance`]), so two handles in one process (tests
//! running side by side, each on its own database) never see each other's rows.

use crate::db::Db;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Recent<K, V> {
    ttl: Duration,
    max_entries: usize,
    entries: Mutex<HashMap<(u64, K), (Instant, V)>>,
}

impl<K: Hash + Eq, V: Clone> Recent<K, V> {
    /// Keeps each value for `ttl`, and at most `max_entries` values (a bound on memory whatever
    /// the requests ask for).
    pub fn new(ttl: Duration, max_entries: usize) -> Recent<K, V> {
        Recent {
            ttl,
            max_entries,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The value kept for `key` on `db`, read with `load` when there is none younger than the
    /// period. Nothing is kept when `load` finds nothing or fails.
    pub async fn get_or_load<E, F>(&self, db: &Db, key: K, load: F) -> Result<Option<V>, E>
    where
        F: std::future::Future<Output = Result<Option<V>, E>>,
    {
        let key = (db.instance(), key);
        if let Some((at, value)) = self.lock().get(&key) {
            if at.elapsed() < self.ttl {
                return Ok(Some(value.clone()));
            }
        }
        let value = load.await?;
        if let Some(value) = &value {
            let mut entries = self.lock();
            if entries.len() >= self.max_entries {
                let ttl = self.ttl;
                entries.retain(|_, (at, _)| at.elapsed() < ttl);
                if entries.len() >= self.max_entries {
                    entries.clear();
                }
            }
            entries.insert(key, (Instant::now(), value.clone()));
        }
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(u64, K), (Instant, V)>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DatabaseUrl;
    use crate::db::PoolSettings;

    /// A handle that is never used to connect (the pool connects lazily).
    fn db(name: &str) -> Db {
        let dir = std::env::temp_dir().join(format!("kansrijk-recent-{}", std::process::id()));
        let url = DatabaseUrl(format!("sqlite://{}/{name}.db", dir.display()));
        Db::connect(&url, &PoolSettings::default()).unwrap()
    }

    async fn read(recent: &Recent<i64, String>, db: &Db, key: i64, found: &str) -> Option<String> {
        let found = found.to_string();
        recent
            .get_or_load(db, key, async move {
                Ok::<_, ()>((!found.is_empty()).then_some(found))
            })
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_value_is_kept_for_its_period_per_database_and_within_its_bound() {
        let recent = Recent::new(Duration::from_secs(60), 2);
        let (one, two) = (db("one"), db("two"));
        assert_eq!(
            read(&recent, &one, 1, "first").await.as_deref(),
            Some("first")
        );
        // Within the period the kept value answers, not a new read.
        assert_eq!(
            read(&recent, &one, 1, "second").await.as_deref(),
            Some("first")
        );
        // Another database handle has its own values.
        assert_eq!(
            read(&recent, &two, 1, "other").await.as_deref(),
            Some("other")
        );
        // Nothing found is not kept: the next read looks again.
        assert_eq!(read(&recent, &one, 7, "").await, None);
        assert_eq!(read(&recent, &one, 7, "now").await.as_deref(), Some("now"));
        // Over the bound, the values still in their period are dropped too.
        assert_eq!(
            read(&recent, &one, 1, "after").await.as_deref(),
            Some("after")
        );

        let short = Recent::new(Duration::ZERO, 10);
        assert_eq!(read(&short, &one, 1, "a").await.as_deref(), Some("a"));
        assert_eq!(read(&short, &one, 1, "b").await.as_deref(), Some("b"));
    }
}
