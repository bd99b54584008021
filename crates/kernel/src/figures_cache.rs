//! A per-instance cache for aggregated figures (report figures, training coverage) that are
//! costly to compute at national scale and may be a few minutes old.
//!
//! - A value is served for at most `max_age`; the page that shows it states that interval.
//! - After half of `max_age`, the next reader still gets the cached value at once and one
//!   background task recomputes it, so readers do not wait for a recomputation in normal use.
//! - When there is no usable value, exactly one caller computes it and the others wait for that
//!   result (single flight) instead of all running the same aggregate queries at once.
//! - [`FiguresCache::invalidate`] forgets the values of a database after a change; a computation
//!   that started before the change is returned to its caller but not cached.
//!
//! Written here rather than taken from a crate: `moka` has single flight but no
//! refresh-ahead-while-serving, and this is ~100 lines on tokio primitives we already use.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

struct Entry<V> {
    at: Instant,
    value: V,
}

pub struct FiguresCache<V> {
    max_age: Duration,
    entries: Mutex<HashMap<String, Entry<V>>>,
    /// One lock per key: whoever holds it is computing that key.
    flights: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Bumped by every invalidation; a result computed under an older generation is not cached.
    generation: Mutex<u64>,
}

impl<V: Clone + Send + 'static> FiguresCache<V> {
    pub fn new(max_age: Duration) -> Self {
        FiguresCache {
            max_age,
            entries: Mutex::default(),
            flights: Mutex::default(),
            generation: Mutex::new(0),
        }
    }

    pub fn max_age(&self) -> Duration {
        self.max_age
    }

    fn cached(&self, key: &str) -> Option<(Duration, V)> {
        let entries = self.entries.lock().expect("figures cache");
        entries
            .get(key)
            .map(|e| (e.at.elapsed(), e.value.clone()))
            .filter(|(age, _)| *age < self.max_age)
    }

    fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.flights
            .lock()
            .expect("figures flights")
            .entry(key.to_string())
            .or_default()
            .clone()
    }

    fn generation(&self) -> u64 {
        *self.generation.lock().expect("figures generation")
    }

    fn store(&self, key: &str, generation: u64, value: V) {
        // Checked under the entries lock order: generation first, as in `invalidate`.
        let current = self.generation.lock().expect("figures generation");
        if *current == generation {
            self.entries.lock().expect("figures cache").insert(
                key.to_string(),
                Entry {
                    at: Instant::now(),
                    value,
                },
            );
        }
    }

    /// The value of `key`, computed by `compute` when there is none younger than `max_age`.
    pub async fn get<F, Fut, E>(&'static self, key: String, compute: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<V, E>> + Send + 'static,
        E: Send + 'static,
    {
        if let Some((age, value)) = self.cached(&key) {
            if age >= self.max_age / 2 {
                self.refresh_in_background(key, compute);
            }
            return Ok(value);
        }
        let flight = self.flight(&key);
        let _computing = flight.lock().await;
        // Someone else may have computed it while this caller waited.
        if let Some((_, value)) = self.cached(&key) {
            return Ok(value);
        }
        let generation = self.generation();
        let value = compute().await?;
        self.store(&key, generation, value.clone());
        Ok(value)
    }

    fn refresh_in_background<F, Fut, E>(&'static self, key: String, compute: F)
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<V, E>> + Send + 'static,
        E: Send + 'static,
    {
        let Ok(computing) = self.flight(&key).try_lock_owned() else {
            return; // already being refreshed
        };
        tokio::spawn(async move {
            let _computing = computing;
            let generation = self.generation();
            if let Ok(value) = compute().await {
                self.store(&key, generation, value);
            }
        });
    }

    /// Forgets every value whose key starts with `prefix` (e.g. a database's URL).
    pub fn invalidate(&self, prefix: &str) {
        let mut generation = self.generation.lock().expect("figures generation");
        *generation += 1;
        self.entries
            .lock()
            .expect("figures cache")
            .retain(|k, _| !k.starts_with(prefix));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::LazyLock;

    fn leak(max_age: Duration) -> &'static FiguresCache<usize> {
        Box::leak(Box::new(FiguresCache::new(max_age)))
    }

    async fn counted(
        cache: &'static FiguresCache<usize>,
        calls: &'static AtomicUsize,
        key: &str,
    ) -> usize {
        cache
            .get(key.to_string(), move || async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                Ok::<_, ()>(calls.fetch_add(1, Ordering::SeqCst) + 1)
            })
            .await
            .unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_readers_share_one_computation() {
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        let cache = leak(Duration::from_secs(600));
        let readers: Vec<_> = (0..20)
            .map(|_| tokio::spawn(counted(cache, &CALLS, "db|2026")))
            .collect();
        for r in readers {
            assert_eq!(r.await.unwrap(), 1, "every reader got the one result");
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 1);
        assert_eq!(counted(cache, &CALLS, "db|2025").await, 2, "another key");
    }

    #[tokio::test(start_paused = true)]
    async fn an_ageing_value_is_served_while_one_refresh_runs_and_never_beyond_max_age() {
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        let cache = leak(Duration::from_secs(600));
        assert_eq!(counted(cache, &CALLS, "k").await, 1);
        tokio::time::advance(Duration::from_secs(299)).await;
        assert_eq!(counted(cache, &CALLS, "k").await, 1);
        assert_eq!(CALLS.load(Ordering::SeqCst), 1, "young: no refresh");
        tokio::time::advance(Duration::from_secs(2)).await;
        // Half of max_age passed: served at once from the cache, one refresh starts.
        for _ in 0..5 {
            assert_eq!(counted(cache, &CALLS, "k").await, 1);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "one background refresh");
        assert_eq!(counted(cache, &CALLS, "k").await, 2);
        // Nobody reads for longer than max_age: the next reader waits for a fresh value.
        tokio::time::advance(Duration::from_secs(601)).await;
        assert_eq!(counted(cache, &CALLS, "k").await, 3);
    }

    #[tokio::test(start_paused = true)]
    async fn invalidation_forgets_and_a_computation_from_before_is_not_cached() {
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        static CACHE: LazyLock<FiguresCache<usize>> =
            LazyLock::new(|| FiguresCache::new(Duration::from_secs(600)));
        let cache: &'static FiguresCache<usize> = &CACHE;
        assert_eq!(counted(cache, &CALLS, "a|1").await, 1);
        assert_eq!(counted(cache, &CALLS, "b|1").await, 2);
        cache.invalidate("a|");
        assert_eq!(counted(cache, &CALLS, "a|1").await, 3, "recomputed");
        assert_eq!(
            counted(cache, &CALLS, "b|1").await,
            2,
            "other database kept"
        );
        // A computation that straddles an invalidation is not stored.
        let slow = tokio::spawn(counted(cache, &CALLS, "c|1"));
        tokio::time::sleep(Duration::from_millis(10)).await;
        cache.invalidate("c|");
        assert_eq!(slow.await.unwrap(), 4);
        assert_eq!(counted(cache, &CALLS, "c|1").await, 5);
    }
}
