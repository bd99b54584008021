//! One small, durable job mechanism in the database, for mail now and reminders, retention and
//! statistics later.
//!
//! - A job is a row; enqueueing it in the same transaction as the change that caused it means
//!   neither is lost.
//! - Workers claim a job with a lease (`locked_until`) in one atomic `UPDATE … WHERE id = (…)
//!   AND <still claimable>`: on PostgreSQL the re-check under the row lock makes a second
//!   instance's claim affect no row; on SQLite writers are serialised anyway. So a job runs once
//!   even with several app instances, without a database-specific `SKIP LOCKED`.
//! - A worker that dies leaves a lease that runs out; another instance then takes the job over
//!   (after a restart too).
//! - Failures are recorded (`last_error`) and retried with exponential back-off until
//!   `max_attempts`; then the job stays as `failed` for a person to look at.
//! - `unique_key` makes scheduling idempotent: a reminder or a periodic run is enqueued once.

use crate::db::{now, placeholders, value_rows, Db};
use crate::web::AppState;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

pub type HandlerFuture = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;
pub type Handler = Arc<dyn Fn(AppState, serde_json::Value) -> HandlerFuture + Send + Sync>;

/// The payload type of a job that needs none (a periodic scan).
pub type NoPayload = serde::de::IgnoredAny;

/// The job kinds this application knows, and the periodic ones.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<&'static str, Handler>,
    periodic: Vec<(&'static str, i64)>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Registers the handler of `kind`. Its payload type `P` is read from the job's JSON; a
    /// payload that does not fit is an error (the job is retried and then left `failed` for a
    /// person to see), never a default value that silently "succeeds".
    pub fn handle<P, F, Fut>(mut self, kind: &'static str, f: F) -> Registry
    where
        P: serde::de::DeserializeOwned + Send + 'static,
        F: Fn(AppState, P) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let f = Arc::new(f);
        self.handlers.insert(
            kind,
            Arc::new(move |s, p| {
                let f = f.clone();
                Box::pin(async move {
                    let payload: P = serde_json::from_value(p)
                        .map_err(|e| anyhow::anyhow!("{kind}: malformed payload: {e}"))?;
                    f(s, payload).await
                })
            }),
        );
        self
    }

    /// Runs `kind` (with an empty payload) once every `period_secs`, on one instance only.
    pub fn every(mut self, kind: &'static str, period_secs: i64) -> Registry {
        self.periodic.push((kind, period_secs));
        self
    }

    pub fn merge(mut self, other: Registry) -> Registry {
        self.handlers.extend(other.handlers);
        self.periodic.extend(other.periodic);
        self
    }

    pub fn knows(&self, kind: &str) -> bool {
        self.handlers.contains_key(kind)
    }
}

/// A job to be enqueued; several go in one statement with [`enqueue_all`].
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub payload: String,
    pub run_at: i64,
    pub unique_key: Option<String>,
    pub max_attempts: i64,
}

impl NewJob {
    /// The job of `kind` with its payload (any serialisable value; the handler reads it back as
    /// its own type).
    pub fn new(
        kind: &str,
        payload: &(impl serde::Serialize + ?Sized),
        run_at: i64,
        unique_key: Option<&str>,
        max_attempts: i64,
    ) -> sqlx::Result<NewJob> {
        Ok(NewJob {
            kind: kind.to_string(),
            payload: serde_json::to_string(payload).map_err(|e| sqlx::Error::Encode(e.into()))?,
            run_at,
            unique_key: unique_key.map(str::to_string),
            max_attempts,
        })
    }
}

/// The insert of `n` jobs; a job whose `unique_key` was used before is left out.
fn insert_jobs_sql(n: usize) -> String {
    format!(
        "INSERT INTO jobs (kind, payload, unique_key, run_at, max_attempts, status, created_at, updated_at) \
         VALUES {} ON CONFLICT (unique_key) DO NOTHING",
        value_rows(n, 5, 2, ", 'queued', $1, $1")
    )
}

fn bind_jobs<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    jobs: &'q [NewJob],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query = query.bind(now());
    for job in jobs {
        query = query
            .bind(&job.kind)
            .bind(&job.payload)
            .bind(&job.unique_key)
            .bind(job.run_at)
            .bind(job.max_attempts);
    }
    query
}

/// Enqueues a job with its payload (any serialisable value; the handler reads it back as its
/// own type). With a `unique_key` that was used before, nothing happens and `None` comes back.
pub async fn enqueue<'c, E>(
    executor: E,
    kind: &str,
    payload: &(impl serde::Serialize + ?Sized),
    run_at: i64,
    unique_key: Option<&str>,
    max_attempts: i64,
) -> sqlx::Result<Option<i64>>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let job = [NewJob::new(
        kind,
        payload,
        run_at,
        unique_key,
        max_attempts,
    )?];
    let sql = format!("{} RETURNING id", insert_jobs_sql(1));
    let query = bind_jobs(sqlx::query(&sql), &job);
    match query.fetch_optional(executor).await? {
        Some(row) => Ok(Some(sqlx::Row::try_get(&row, 0)?)),
        None => Ok(None),
    }
}

/// Enqueues several jobs in one statement (on SQLite every statement is a hop to the
/// connection's thread while the other writers wait). Returns how many were new.
pub async fn enqueue_all<'c, E>(executor: E, jobs: &[NewJob]) -> sqlx::Result<u64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if jobs.is_empty() {
        return Ok(0);
    }
    let sql = insert_jobs_sql(jobs.len());
    Ok(bind_jobs(sqlx::query(&sql), jobs)
        .execute(executor)
        .await?
        .rows_affected())
}

/// The unique key of the job of `kind` about record `id` (a reminder of a registration, say),
/// so that it is enqueued once and can be moved or cancelled later.
pub fn key(kind: &str, id: i64) -> String {
    format!("{kind}:{id}")
}

/// Moves the queued jobs with these unique keys to `run_at` (jobs already running or done stay
/// as they are). Returns how many moved.
pub async fn reschedule<'c, E>(executor: E, keys: &[String], run_at: i64) -> sqlx::Result<u64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if keys.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "UPDATE jobs SET run_at = $1, updated_at = $2 WHERE status = 'queued' AND unique_key IN ({})",
        placeholders(3, keys.len())
    );
    let mut query = sqlx::query(&sql).bind(run_at).bind(now());
    for key in keys {
        query = query.bind(key);
    }
    Ok(query.execute(executor).await?.rows_affected())
}

/// Removes the queued jobs with these unique keys (a reminder for a cancelled place). Returns
/// how many were removed.
pub async fn cancel<'c, E>(executor: E, keys: &[String]) -> sqlx::Result<u64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if keys.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "DELETE FROM jobs WHERE status = 'queued' AND unique_key IN ({})",
        placeholders(1, keys.len())
    );
    let mut query = sqlx::query(&sql);
    for key in keys {
        query = query.bind(key);
    }
    Ok(query.execute(executor).await?.rows_affected())
}

#[derive(Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
}

/// Claims the next due job for `lease_secs`, or `None` when nothing is due.
pub async fn claim(db: &Db, worker: &str, lease_secs: i64) -> sqlx::Result<Option<Claimed>> {
    claim_except(db, worker, lease_secs, &[]).await
}

/// [`claim`], passing over the jobs that `failed` in this pass of [`run_due`]: times are whole
/// seconds, so a retry "a second later" could otherwise come due within the same pass.
async fn claim_except(
    db: &Db,
    worker: &str,
    lease_secs: i64,
    failed: &[i64],
) -> sqlx::Result<Option<Claimed>> {
    let except = if failed.is_empty() {
        String::new()
    } else {
        format!(" AND id NOT IN ({})", placeholders(4, failed.len()))
    };
    let due = format!(
        "((status = 'queued' AND run_at <= $3) OR (status = 'running' AND locked_until < $3)){except}"
    );
    let sql = format!(
        "UPDATE jobs SET status = 'running', locked_until = $1, locked_by = $2, attempts = attempts + 1, updated_at = $3 \
         WHERE id = (SELECT id FROM jobs WHERE {due} ORDER BY run_at, id LIMIT 1) AND {due} \
         RETURNING id, kind, payload, attempts, max_attempts"
    );
    let ts = now();
    let (_gate, pool) = db.write().await?;
    let mut query = sqlx::query_as(&sql)
        .bind(ts + lease_secs)
        .bind(worker)
        .bind(ts);
    for id in failed {
        query = query.bind(id);
    }
    query.fetch_optional(pool).await
}

pub async fn complete(db: &Db, id: i64) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query("UPDATE jobs SET status = 'done', locked_until = NULL, last_error = NULL, updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Records a failure: retried after `base_secs · 2^(attempts-1)` (at most an hour), or marked
/// `failed` after the last attempt.
pub async fn fail(db: &Db, job: &Claimed, error: &str, base_secs: i64) -> sqlx::Result<()> {
    let ts = now();
    let give_up = job.attempts >= job.max_attempts;
    // At least a second, so one pass of `run_due` never retries the job it just ran.
    let delay = (base_secs.saturating_mul(1i64 << (job.attempts - 1).clamp(0, 20))).clamp(1, 3600);
    let (_gate, pool) = db.write().await?;
    sqlx::query(
        "UPDATE jobs SET status = $1, run_at = $2, locked_until = NULL, last_error = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(if give_up { "failed" } else { "queued" })
    .bind(ts + delay)
    .bind(error.chars().take(2000).collect::<String>())
    .bind(ts)
    .bind(job.id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Enqueues the periodic jobs that are due in this period (once across all instances).
pub async fn schedule_periodic(db: &Db, registry: &Registry) -> sqlx::Result<()> {
    let ts = now();
    for (kind, period) in &registry.periodic {
        let window = ts / period;
        let key = format!("{kind}@{window}");
        let (_gate, pool) = db.write().await?;
        enqueue(pool, kind, &serde_json::json!({}), ts, Some(&key), 3).await?;
    }
    Ok(())
}

const LEASE_SECS: i64 = 300;

/// A job failure its handler has already told the operator about (one warning per SMTP outage,
/// not one per mail): the worker records it and retries as usual, without another warning.
#[derive(Debug)]
pub struct AlreadyReported(pub anyhow::Error);

impl std::fmt::Display for AlreadyReported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}", self.0)
    }
}

impl std::error::Error for AlreadyReported {}

const MAX_FAILURES_PER_PASS: usize = 100;

/// Runs due jobs until none is left; returns how many ran (successfully or not). A job that
/// fails is not tried again in the same pass.
pub async fn run_due(state: &AppState, registry: &Registry, worker: &str) -> sqlx::Result<usize> {
    let (mut ran, mut failed) = (0, vec![]);
    // A long outage fails many jobs; the rest wait for the next pass rather than a long list.
    while failed.len() < MAX_FAILURES_PER_PASS {
        let Some(job) = claim_except(&state.db, worker, LEASE_SECS, &failed).await? else {
            break;
        };
        ran += 1;
        let outcome = match registry.handlers.get(job.kind.as_str()) {
            // Stored text that is not JSON is an error too, never an empty payload.
            Some(handler) => match serde_json::from_str(&job.payload) {
                Ok(payload) => handler(state.clone(), payload).await,
                Err(e) => Err(anyhow::anyhow!("{}: payload is not JSON: {e}", job.kind)),
            },
            None => Err(anyhow::anyhow!("no handler for job kind {}", job.kind)),
        };
        match outcome {
            Ok(()) => complete(&state.db, job.id).await?,
            Err(e) => {
                if e.downcast_ref::<AlreadyReported>().is_some() {
                    tracing::debug!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                } else {
                    tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                }
                fail(
                    &state.db,
                    &job,
                    &format!("{e:#}"),
                    state.config.job_retry_base_secs,
                )
                .await?;
                failed.push(job.id);
            }
        }
    }
    Ok(ran)
}

/// The background worker of one app instance: schedules periodic jobs and runs due ones, until
/// `shutdown` resolves.
pub async fn worker(
    state: AppState,
    registry: Registry,
    shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let name = format!("{}-{}", hostname(), std::process::id());
    let mut shutdown = shutdown;
    loop {
        if let Err(e) = schedule_periodic(&state.db, &registry).await {
            tracing::debug!(error = %e, "scheduling periodic jobs");
        }
        if let Err(e) = run_due(&state, &registry, &name).await {
            tracing::warn!(error = %e, "job worker");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(state.config.job_poll_millis)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "host".into())
}

/// Counts per status, for the management page and tests.
pub async fn counts(db: &Db) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT status, COUNT(*) FROM jobs GROUP BY status ORDER BY status")
        .fetch_all(&db.pool)
        .await
}

/// The jobs due or running now, as (kind, status, count): `kansrijk jobs` prints them, and the
/// browser suite waits until they are done instead of sleeping.
pub async fn due(db: &Db) -> sqlx::Result<Vec<(String, String, i64)>> {
    sqlx::query_as(
        "SELECT kind, status, COUNT(*) FROM jobs \
         WHERE (status = 'queued' AND run_at <= $1) OR status = 'running' \
         GROUP BY kind, status ORDER BY kind, status",
    )
    .bind(now())
    .fetch_all(&db.pool)
    .await
}

/// Deletes finished jobs older than `secs` (the cleanup job).
pub async fn delete_done(db: &Db, secs: i64) -> sqlx::Result<u64> {
    let (_gate, pool) = db.write().await?;
    Ok(
        sqlx::query("DELETE FROM jobs WHERE status = 'done' AND updated_at < $1")
            .bind(now() - secs)
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
