//! Storage: one connection pool over SQLite (embedded default) or PostgreSQL (scale-out).
//!
//! Every query is written once, in the portable SQL subset both databases share, and runs through
//! sqlx's `Any` driver. Rules that keep queries portable (see ARCHITECTURE.md):
//! - placeholders are `$1, $2, …` (SQLite accepts them too);
//! - timestamps are `BIGINT` seconds since the Unix epoch, always UTC, set from Rust (no `now()`);
//! - flags are `INTEGER` 0/1 (the `Any` driver cannot read SQLite booleans), read as `i64`;
//! - aggregates that PostgreSQL widens to NUMERIC are cast back: `CAST(SUM(x) AS BIGINT)`;
//! - `INSERT … RETURNING id` and `ON CONFLICT … DO …` work on both.
//!
//! Only migrations (DDL) differ per database: `migrations/sqlite` and `migrations/postgres`.

use crate::config::DatabaseUrl;
use sqlx::any::{AnyPoolOptions, AnyQueryResult};
use sqlx::{AnyPool, Connection, Executor};
use std::time::Duration;

pub use sqlx::Any as Driver;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The application's database handle; cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    /// Where writes run: on SQLite one connection of its own (see [`Db::writer`]), on
    /// PostgreSQL the same pool as reads.
    writer: AnyPool,
    pub backend: Backend,
    /// SQLite's one writer at a time, as a queue in this process (see [`Db::write_gate`]).
    gate: std::sync::Arc<tokio::sync::Mutex<()>>,
    acquire_timeout: Duration,
    /// This handle's number in the process (its clones share it), see [`Db::instance`].
    instance: u64,
}

/// The migrations of one crate (the kernel or a feature), for both databases.
///
/// Each crate keeps its own `migrations/sqlite` and `migrations/postgres` folders, so a feature
/// stays in its folder; versions are timestamps, unique across crates (a test checks this).
pub struct MigrationSet {
    pub name: &'static str,
    pub sqlite: sqlx::migrate::Migrator,
    pub postgres: sqlx::migrate::Migrator,
}

/// Builds the [`MigrationSet`] of the calling crate from its `migrations/` folder.
#[macro_export]
macro_rules! migrations {
    ($name:expr) => {{
        let mut sqlite = ::sqlx::migrate!("migrations/sqlite");
        let mut postgres = ::sqlx::migrate!("migrations/postgres");
        // The migrations table is shared by all sets: versions of the other sets are not missing.
        sqlite.set_ignore_missing(true);
        postgres.set_ignore_missing(true);
        $crate::db::MigrationSet {
            name: $name,
            sqlite,
            postgres,
        }
    }};
}

/// The kernel's own tables (areas).
pub fn kernel_migrations() -> MigrationSet {
    crate::migrations!("kernel")
}

/// `$first, $first+1, …` for `n` values bound one at a time (an `IN (…)` list).
pub fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rows of a multi-row `INSERT … VALUES`: `rows` rows of `per_row` values bound in order from
/// `$first`, each row ending in `tail` (values shared by every row, such as `, $1` for the time).
pub fn value_rows(rows: usize, per_row: usize, first: usize, tail: &str) -> String {
    (0..rows)
        .map(|i| format!("({}{tail})", placeholders(first + i * per_row, per_row)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A pooled PostgreSQL connection idle longer than this is tested before it is used again.
const IDLE_BEFORE_TEST: Duration = Duration::from_secs(1);

/// Options for [`Db::connect`].
#[derive(Debug, Clone)]
pub struct PoolSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(3),
        }
    }
}

static NEXT_INSTANCE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Db {
    /// Connects lazily: the app starts even when PostgreSQL is down, answers 503 meanwhile, and
    /// recovers by itself once the database returns.
    pub fn connect(url: &DatabaseUrl, settings: &PoolSettings) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let (backend, url) = normalise_url(&url.0)?;
        let options = AnyPoolOptions::new()
            .max_connections(settings.max_connections)
            .acquire_timeout(settings.acquire_timeout)
            .idle_timeout(Some(Duration::from_secs(300)))
            // A PostgreSQL connection can die with the server (an outage, a restart). sqlx
            // tests every connection when it is released; one that has been idle since is
            // tested again before use. Testing each one before every use cost a round trip per
            // query and transaction (sign-ups on PostgreSQL, BENCHMARKS.md session 14). A SQLite
            // connection lives in this process and cannot die that way.
            .test_before_acquire(false)
            .before_acquire(move |conn, meta| {
                Box::pin(async move {
                    if backend == Backend::Postgres && meta.idle_for > IDLE_BEFORE_TEST {
                        conn.ping().await?;
                    }
                    Ok(true)
                })
            })
            // A connection still in a transaction when it comes back is not reused. On SQLite
            // a statement that fails with SQLITE_FULL rolls its transaction back by itself, so
            // sqlx's own ROLLBACK fails and its depth stays 1: the next transaction on that
            // connection would be a SAVEPOINT whose rollback keeps the write lock for ever
            // ("database is locked" for everyone; found by `crash-test.py disk-full`).
            .after_release(|conn, _meta| {
                Box::pin(async move {
                    if conn.is_in_transaction() {
                        // Runs the rollback a dropped transaction queued, then looks again.
                        conn.ping().await?;
                    }
                    Ok(!conn.is_in_transaction())
                })
            });
        let options = match backend {
            // WAL lets readers run beside the one writer; `synchronous = NORMAL` in WAL mode keeps
            // every committed write across a crash of the process (kill -9); busy_timeout makes
            // concurrent writers wait instead of failing.
            Backend::Sqlite => options.min_connections(1).after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute("SET TIME ZONE 'UTC'").await?;
                    Ok(())
                })
            }),
        };
        let (pool, writer) = match backend {
            // The writer is one of the pool's connections in number: same memory as before.
            Backend::Sqlite => {
                let readers = settings.max_connections.saturating_sub(1).max(1);
                let writer = options.clone().max_connections(1).connect_lazy(&url)?;
                (options.max_connections(readers).connect_lazy(&url)?, writer)
            }
            Backend::Postgres => {
                let pool = options.connect_lazy(&url)?;
                (pool.clone(), pool)
            }
        };
        Ok(Db {
            pool,
            writer,
            backend,
            gate: Default::default(),
            acquire_timeout: settings.acquire_timeout,
            instance: NEXT_INSTANCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// A number that tells this handle (and its clones) from every other opened in this
    /// process, for in-process caches of what was read ([`crate::recent`]).
    pub fn instance(&self) -> u64 {
        self.instance
    }

    /// Take this before a write transaction (`let _gate = db.write_gate().await?;`).
    ///
    /// SQLite lets one connection write at a time. Without a queue, concurrent writers wait in
    /// SQLite's busy handler, which sleeps for growing intervals (up to 100 ms) and lets an
    /// unlucky writer starve under load. Here they wait in order on an async mutex instead and
    /// each finds the database free. PostgreSQL locks rows itself: no gate there. The wait is
    /// bounded like waiting for a pooled connection, so a mistake (a write transaction opened
    /// while holding the gate) fails with a timeout instead of hanging.
    pub async fn write_gate(&self) -> sqlx::Result<WriteGate> {
        if self.backend != Backend::Sqlite {
            return Ok(None);
        }
        match tokio::time::timeout(self.acquire_timeout, self.gate.clone().lock_owned()).await {
            Ok(guard) => Ok(Some(guard)),
            Err(_) => Err(sqlx::Error::PoolTimedOut),
        }
    }

    /// Takes the write gate and begins a transaction, in that order (never the other way round:
    /// a transaction waiting for the gate would hold SQLite's lock). Keep both until commit:
    /// `let (_gate, mut tx) = db.begin_write().await?;` drops the transaction first.
    pub async fn begin_write(
        &self,
    ) -> sqlx::Result<(WriteGate, sqlx::Transaction<'static, Driver>)> {
        let gate = self.write_gate().await?;
        let tx = self.writer.begin().await?;
        Ok((gate, tx))
    }

    /// The pool to run a write on while holding the [`write gate`](Db::write_gate).
    ///
    /// On SQLite every gated write goes through one connection of its own. In WAL mode a
    /// connection throws its page cache away whenever another connection has written; with the
    /// writes spread over the pool, every write re-read its pages from the file (`read()`
    /// calls, the largest part of a write's CPU in a profile). The one writer keeps its cache.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// Takes the write gate for one write outside a transaction and gives the pool to run it
    /// on: `let (_gate, pool) = db.write().await?; query.execute(pool)`. Never inside an open
    /// write transaction of the same task: the gate is already held there.
    pub async fn write(&self) -> sqlx::Result<(WriteGate, &AnyPool)> {
        Ok((self.write_gate().await?, &self.writer))
    }

    /// Tells this database apart from others in the same process (tests run several): the same
    /// for every clone of one `Db`.
    pub fn identity(&self) -> usize {
        std::sync::Arc::as_ptr(&self.gate) as usize
    }

    /// Applies the pending migrations of each set, in the order given (kernel first, then the
    /// features in dependency order).
    pub async fn migrate(&self, sets: &[MigrationSet]) -> anyhow::Result<()> {
        for set in sets {
            let migrator = match self.backend {
                Backend::Sqlite => &set.sqlite,
                Backend::Postgres => &set.postgres,
            };
            migrator
                .run(&self.pool)
                .await
                .map_err(|e| anyhow::anyhow!("migrations of {}: {e}", set.name))?;
        }
        Ok(())
    }

    /// True when the database answers a trivial query.
    pub async fn is_ready(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn execute(&self, sql: &str) -> sqlx::Result<AnyQueryResult> {
        sqlx::query(sql).execute(&self.pool).await
    }
}

/// Turns the configured URL into one sqlx understands; SQLite files are created when missing.
fn normalise_url(url: &str) -> anyhow::Result<(Backend, String)> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok((Backend::Postgres, url.to_string()));
    }
    if let Some(rest) = url.strip_prefix("sqlite:") {
        let rest = rest.trim_start_matches("//");
        let url = if rest.contains("mode=") {
            format!("sqlite://{rest}")
        } else if rest.contains('?') {
            format!("sqlite://{rest}&mode=rwc")
        } else {
            format!("sqlite://{rest}?mode=rwc")
        };
        return Ok((Backend::Sqlite, url));
    }
    anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres://")
}

/// Seconds since the Unix epoch, UTC: the one timestamp representation in the database.
/// Held while writing on SQLite (nothing on PostgreSQL); see [`Db::write_gate`].
pub type WriteGate = Option<tokio::sync::OwnedMutexGuard<()>>;

/// A yes/no column. Both databases store it as an integer 0/1 (one DDL shape, one bind type);
/// rows read it as `bool` with `#[sqlx(try_from = "Flag")] pub open: bool`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(transparent)]
pub struct Flag(pub i64);

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0 != 0
    }
}

impl From<bool> for Flag {
    fn from(value: bool) -> Flag {
        Flag(value as i64)
    }
}

pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// A change of state that applies once: runs `sql` (`$1` the time, `$2` the row's id; its
/// `WHERE` names the states the row may leave) and says whether it applied. False: it was so
/// already, or another request got there first — the caller then changes nothing else.
pub async fn changed_once(
    conn: &mut sqlx::AnyConnection,
    sql: &str,
    ts: i64,
    id: i64,
) -> sqlx::Result<bool> {
    let result = sqlx::query(sql).bind(ts).bind(id).execute(conn).await?;
    Ok(result.rows_affected() > 0)
}

/// True when the error means "the database is not reachable right now" (answer 503, retry later),
/// as opposed to a bug or a constraint violation.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL shutting down under a running statement: admin_shutdown, crash_shutdown,
        // cannot_connect_now (class 57P), connection exceptions (class 08) and insufficient
        // resources such as a full disk (class 53); SQLite's SQLITE_FULL (13). The write is
        // not done, nothing is corrupted, and trying again later works: "unavailable".
        sqlx::Error::Database(e) => e.code().is_some_and(|c| {
            c.starts_with("57P") || c.starts_with("08") || c.starts_with("53") || c == "13"
        }),
        _ => false,
    }
}

/// True when the error is a unique-constraint violation (on either database).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_rows_number_each_row_after_the_shared_values() {
        assert_eq!(placeholders(3, 2), "$3, $4");
        assert_eq!(placeholders(1, 0), "");
        assert_eq!(value_rows(2, 3, 1, ""), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(
            value_rows(2, 2, 2, ", 'new', $1"),
            "($2, $3, 'new', $1), ($4, $5, 'new', $1)"
        );
    }

    #[test]
    fn sqlite_urls_create_the_file_when_missing() {
        assert_eq!(
            normalise_url("sqlite://kansrijk.db").unwrap(),
            (Backend::Sqlite, "sqlite://kansrijk.db?mode=rwc".into())
        );
        assert_eq!(
            normalise_url("sqlite:///tmp/x.db").unwrap().1,
            "sqlite:///tmp/x.db?mode=rwc"
        );
        assert_eq!(
            normalise_url("sqlite://x.db?mode=ro").unwrap().1,
            "sqlite://x.db?mode=ro"
        );
        assert_eq!(
            normalise_url("postgres://postgres@127.0.0.1/test")
                .unwrap()
                .0,
            Backend::Postgres
        );
        assert!(normalise_url("mysql://x").is_err());
    }

    #[tokio::test]
    async fn sqlite_writes_go_through_one_connection_of_their_own() {
        let dir = std::env::temp_dir().join(format!("kansrijk-writer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = DatabaseUrl(format!("sqlite://{}/w.db", dir.display()));
        let settings = PoolSettings {
            max_connections: 4,
            acquire_timeout: Duration::from_millis(300),
        };
        let db = Db::connect(&url, &settings).unwrap();
        // One writer beside three readers: the same number of connections as configured.
        assert_eq!(db.writer().options().get_max_connections(), 1);
        assert_eq!(db.pool.options().get_max_connections(), 3);
        db.execute("CREATE TABLE t (x INTEGER)").await.unwrap();
        {
            let (_gate, pool) = db.write().await.unwrap();
            sqlx::query("INSERT INTO t VALUES (1)")
                .execute(pool)
                .await
                .unwrap();
            // While the gate is held, a second writer waits (and here gives up after the timeout).
            assert!(matches!(db.write().await, Err(sqlx::Error::PoolTimedOut)));
        }
        // What the writer committed, every reader sees.
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(n, 1);
        let (_gate, mut tx) = db.begin_write().await.unwrap();
        sqlx::query("INSERT INTO t VALUES (2)")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        drop(_gate);
        std::fs::remove_dir_all(&dir).ok();
    }
}
