//! Rate limits in fixed windows, counted in the database so that every app instance shares
//! them. One upsert per limited request; only logins and public forms are limited, so page views
//! cost nothing.

use crate::db::{now, value_rows, Db};
use crate::web::AppError;
use std::collections::{BTreeMap, HashMap};

/// Counts a hit on `bucket` and refuses it (429) when more than `limit` hits fall in the current
/// window of `window_secs`.
pub async fn hit(db: &Db, bucket: &str, limit: i64, window_secs: i64) -> Result<(), AppError> {
    take(db, bucket, limit, window_secs).await.map(|_| ())
}

/// A hit counted by [`take`], which can be given back with [`Taken::refund`].
#[derive(Debug)]
pub struct Taken {
    bucket: String,
    window_start: i64,
    /// Hits in the window, this one included.
    pub hits: i64,
}

/// Like [`hit`], but the hit can be given back: a limit that counts only failures takes a hit
/// before the attempt and refunds it when the attempt succeeds. Counting only after a failure
/// would let parallel requests all pass the check before any failure is counted.
pub async fn take(db: &Db, bucket: &str, limit: i64, window_secs: i64) -> Result<Taken, AppError> {
    let limit = Limit::new(bucket, limit, window_secs);
    // A write like any other: on SQLite it queues with the others instead of in the busy handler.
    let (_gate, pool) = db.write().await?;
    let taken = limit.count(pool).await?;
    if taken.hits > limit.max {
        tracing::info!(bucket, hits = taken.hits, "rate limit reached");
        return Err(AppError::TooManyRequests);
    }
    Ok(taken)
}

/// A limit: at most `max` hits on `bucket` in a window of `window_secs`.
#[derive(Debug, Clone)]
pub struct Limit {
    pub bucket: String,
    pub max: i64,
    pub window_secs: i64,
}

impl Limit {
    pub fn new(bucket: &str, max: i64, window_secs: i64) -> Limit {
        Limit {
            bucket: bucket.to_string(),
            max,
            window_secs,
        }
    }

    /// Counts a hit and refuses it like [`hit`].
    pub async fn hit(&self, db: &Db) -> Result<(), AppError> {
        hit(db, &self.bucket, self.max, self.window_secs).await
    }

    /// Counts a hit inside a write transaction that is open anyway (one statement fewer under
    /// SQLite's write gate than [`hit`] before it); false when the hit is one too many. The
    /// caller refuses the request then.
    pub async fn counted_in<'c, E>(&self, executor: E) -> sqlx::Result<bool>
    where
        E: sqlx::Executor<'c, Database = sqlx::Any>,
    {
        Ok(counted_all(executor, &[self]).await?.first() == Some(&true))
    }

    fn window_start(&self, ts: i64) -> i64 {
        ts - ts.rem_euclid(self.window_secs)
    }

    async fn count<'c, E>(&self, executor: E) -> sqlx::Result<Taken>
    where
        E: sqlx::Executor<'c, Database = sqlx::Any>,
    {
        let window_start = self.window_start(now());
        let hits: i64 = sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
        )
        .bind(&self.bucket)
        .bind(window_start)
        .fetch_one(executor)
        .await?;
        Ok(Taken {
            bucket: self.bucket.clone(),
            window_start,
            hits,
        })
    }
}

/// Counts a hit on each of `limits` in one statement, inside a write transaction that is open
/// anyway (a batch of writers, [`crate::group_commit`]); for each, whether it is within its
/// limit. Hits on the same bucket are numbered in the order given, so the first `max` pass.
/// Refused hits count as well, as with [`counted_in`](Limit::counted_in) when its caller
/// commits other writes.
pub async fn counted_all<'c, E>(executor: E, limits: &[&Limit]) -> sqlx::Result<Vec<bool>>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if limits.is_empty() {
        return Ok(vec![]);
    }
    let ts = now();
    // One row per bucket, in sorted order: PostgreSQL locks the rows in the order of the values,
    // so two batches never wait for each other in a circle.
    let mut counts: BTreeMap<(&str, i64), i64> = BTreeMap::new();
    for limit in limits {
        *counts
            .entry((limit.bucket.as_str(), limit.window_start(ts)))
            .or_default() += 1;
    }
    let sql = format!(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES {} \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + excluded.hits \
         RETURNING bucket, window_start, hits",
        value_rows(counts.len(), 3, 1, "")
    );
    let mut query = sqlx::query_as::<_, (String, i64, i64)>(&sql);
    for ((bucket, window_start), n) in &counts {
        query = query.bind(*bucket).bind(*window_start).bind(*n);
    }
    let rows = query.fetch_all(executor).await?;
    // The number of this batch's first hit on each bucket.
    let mut next: HashMap<(String, i64), i64> = rows
        .into_iter()
        .map(|(bucket, window_start, hits)| {
            let n = counts
                .get(&(bucket.as_str(), window_start))
                .copied()
                .unwrap_or(1);
            ((bucket, window_start), hits - n + 1)
        })
        .collect();
    Ok(limits
        .iter()
        .map(|limit| {
            let key = (limit.bucket.clone(), limit.window_start(ts));
            let Some(number) = next.get_mut(&key) else {
                return false;
            };
            let hit = *number;
            *number += 1;
            if hit > limit.max {
                tracing::info!(bucket = limit.bucket, hits = hit, "rate limit reached");
            }
            hit <= limit.max
        })
        .collect())
}

impl Taken {
    /// Gives the hit back (in the window it was counted in).
    pub async fn refund(self, db: &Db) -> sqlx::Result<()> {
        let (_gate, pool) = db.write().await?;
        sqlx::query(
            "UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0",
        )
        .bind(&self.bucket)
        .bind(self.window_start)
        .execute(pool)
        .await?;
        Ok(())
    }
}

/// The part of a client address that limits count: an IPv4 address itself, an IPv6 address by
/// its /64 (one connection or host gets a whole /64, so counting per address would let it try
/// 2^64 times). IPv4-mapped IPv6 addresses count as the IPv4 address; anything else as given.
pub fn address_group(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
        Ok(std::net::IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => ip.to_string(),
    }
}

/// Drops finished windows (run by the cleanup job).
pub async fn delete_old(db: &Db, older_than_secs: i64) -> sqlx::Result<u64> {
    Ok(
        sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
            .bind(now() - older_than_secs)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

#[cfg(test)]
mod tests {
    use super::address_group;

    #[test]
    fn ipv6_counts_per_64_and_ipv4_per_address() {
        assert_eq!(address_group("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_eq!(
            address_group("2001:db8:1:2:ffff:1:2:3"),
            address_group("2001:db8:1:2::1")
        );
        assert_ne!(
            address_group("2001:db8:1:3::1"),
            address_group("2001:db8:1:2::1")
        );
        assert_eq!(address_group("192.0.2.7"), "192.0.2.7");
        assert_ne!(address_group("192.0.2.7"), address_group("192.0.2.8"));
        assert_eq!(address_group("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(address_group("unknown"), "unknown");
    }
}
