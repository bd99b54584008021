//! Rate limits in fixed windows, counted in the database so that every app instance shares
//! them. One upsert per limited request; only logins and public forms are limited, so page views
//! cost nothing.

use crate::db::{now, Db};
use crate::web::AppError;

/// Counts a hit on `bucket` and refuses it (429) when more than `limit` hits fall in the current
/// window of `window_secs`.
pub async fn hit(db: &Db, bucket: &str, limit: i64, window_secs: i64) -> Result<(), AppError> {
    let ts = now();
    let window_start = ts - ts.rem_euclid(window_secs);
    // A write like any other: on SQLite it queues with the others instead of in the busy handler.
    let _gate = db.write_gate().await?;
    let hits: i64 = sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(&db.pool)
    .await?;
    if hits > limit {
        tracing::info!(bucket, hits, "rate limit reached");
        return Err(AppError::TooManyRequests);
    }
    Ok(())
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
