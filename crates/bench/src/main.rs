//! `kansrijk-bench`: fills a Kansrijk database with realistic, deterministic data for load tests.
//!
//! ```sh
//! DATABASE_URL=sqlite:///tmp/bench.db kansrijk-bench data --scale city
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench kansrijk-bench data --scale national
//! ```
//!
//! It migrates, applies the Liendert seed, then adds areas, accounts, reports and activities with
//! their registrations ([`activities::generate`]) with multi-row INSERTs in
//! transactions of a few thousand rows — one code path for SQLite and PostgreSQL. The load
//! harness is `bench/run.sh`; results are described in BENCHMARKS.md.

mod accounts;
mod activities;
mod areas;
mod bulk;
mod monitor;
mod reports;
mod rng;

use clap::{Parser, Subcommand, ValueEnum};
use std::time::Instant;

#[derive(Parser)]
#[command(name = "kansrijk-bench", about = "Benchmark data for Kansrijk")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, seed Liendert and fill the database at DATABASE_URL (a fresh database).
    Data {
        #[arg(long, value_enum)]
        scale: Scale,
        /// Seed of the generator: the same seed gives the same data.
        #[arg(long, default_value_t = 20_261_128)]
        seed: u64,
    },
    /// Add the charter and the training registry of the demo to an existing data set (one that was
    /// generated before `data` did so itself).
    Extras,
    /// Print the number of stored reports (the load harness checks that writes were durable).
    CountReports,
    /// Print the number of stored activity registrations.
    CountRegistrations,
    /// Print the id of an upcoming activity open to everyone without a capacity limit (the
    /// harness loads its page and registers for it).
    PickActivity,
    /// Print the ids of up to COUNT upcoming activities with registration (with and without a
    /// capacity), space-separated: the harness spreads registrations over them.
    PickActivities {
        #[arg(long, default_value_t = 200)]
        count: i64,
    },
    /// Log in COUNT people with role ROLE (valid for a day) and print their session cookies
    /// (`kr_session=…`), one per line: the harness loads pages as logged-in people.
    Sessions {
        #[arg(long, default_value_t = 1)]
        count: i64,
        #[arg(long, default_value = "resident")]
        role: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Scale {
    /// The 5 Liendert buurten, 500 accounts, 1,000 reports, 1,000 activities.
    Neighbourhood,
    /// ~100 buurten in 20 wijken of Amersfoort, 10,000 accounts, 20,000 reports, 20,000 activities.
    City,
    /// ~14,000 buurten in 350 municipalities, 1,000,000 accounts, 1,000,000 reports, 500,000
    /// activities with ~5,000,000 registrations.
    National,
}

impl Scale {
    pub fn users(self) -> usize {
        match self {
            Scale::Neighbourhood => 500,
            Scale::City => 10_000,
            Scale::National => 1_000_000,
        }
    }

    pub fn reports(self) -> usize {
        match self {
            Scale::Neighbourhood => 1_000,
            Scale::City => 20_000,
            Scale::National => 1_000_000,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::Neighbourhood => "neighbourhood",
            Scale::City => "city",
            Scale::National => "national",
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Data { scale, seed } => data(scale, seed).await,
        Command::Extras => {
            let config = kansrijk_kernel::config::Config::load(None)?;
            let db = kansrijk::connect(&config)?;
            extras(&db).await?;
            db.pool.close().await;
            Ok(())
        }
        Command::CountReports => print_scalar("SELECT COUNT(*) FROM reports").await,
        Command::CountRegistrations => print_scalar("SELECT COUNT(*) FROM registrations").await,
        Command::PickActivity => {
            print_scalar(&format!(
                "SELECT MIN(id) FROM activities WHERE capacity IS NULL AND status = 'scheduled' \
                 AND registration_required = 1 AND starts_at > {}",
                kansrijk_kernel::db::now() + 7 * 86_400
            ))
            .await
        }
        Command::PickActivities { count } => {
            let config = kansrijk_kernel::config::Config::load(None)?;
            let db = kansrijk::connect(&config)?;
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM activities WHERE status = 'scheduled' AND registration_required = 1 \
                 AND starts_at > $1 ORDER BY starts_at LIMIT $2",
            )
            .bind(kansrijk_kernel::db::now() + 7 * 86_400)
            .bind(count)
            .fetch_all(&db.pool)
            .await?;
            anyhow::ensure!(!ids.is_empty(), "no upcoming activities with registration");
            let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
            println!("{}", ids.join(" "));
            db.pool.close().await;
            Ok(())
        }
        Command::Sessions { count, role } => sessions(count, &role).await,
    }
}

/// See [`Command::Sessions`]. The second step counts as done, as after a real login.
async fn sessions(count: i64, role: &str) -> anyhow::Result<()> {
    let config = kansrijk_kernel::config::Config::load(None)?;
    let db = kansrijk::connect(&config)?;
    let people: Vec<i64> = sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN role_assignments r ON r.user_id = u.id \
         WHERE r.role = $1 AND u.status = 'active' ORDER BY u.id LIMIT $2",
    )
    .bind(role)
    .bind(count)
    .fetch_all(&db.pool)
    .await?;
    anyhow::ensure!(!people.is_empty(), "nobody with role {role}");
    for person in people {
        let token = kansrijk_kernel::accounts::session::create(&db, person, true, 86_400).await?;
        println!("kr_session={token}");
    }
    db.pool.close().await;
    Ok(())
}

/// Prints one number read from the database at DATABASE_URL.
async fn print_scalar(sql: &str) -> anyhow::Result<()> {
    let config = kansrijk_kernel::config::Config::load(None)?;
    let db = kansrijk::connect(&config)?;
    let n: Option<i64> = sqlx::query_scalar(sql).fetch_one(&db.pool).await?;
    let n = n.ok_or_else(|| anyhow::anyhow!("nothing found: {sql}"))?;
    println!("{n}");
    db.pool.close().await;
    Ok(())
}

/// The rows written by the running stage, shown while it runs (counted in `bulk::insert`).
static ROWS: std::sync::Mutex<Option<kansrijk_kernel::progress::Progress>> =
    std::sync::Mutex::new(None);

/// Starts counting the rows of a stage (progress on standard error).
fn stage(label: &str) {
    let progress = kansrijk_kernel::progress::Progress::new(&format!("  {label}"), None);
    *ROWS.lock().unwrap_or_else(|e| e.into_inner()) = Some(progress);
}

/// Counts `n` more rows of the running stage.
pub fn rows_written(n: usize) {
    if let Some(p) = ROWS.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        p.add(n as u64);
    }
}

/// Ends the running stage's progress line.
fn stage_done() {
    if let Some(mut p) = ROWS.lock().unwrap_or_else(|e| e.into_inner()).take() {
        p.finish();
    }
}

async fn data(scale: Scale, seed: u64) -> anyhow::Result<()> {
    let config = kansrijk_kernel::config::Config::load(None)?;
    let db = kansrijk::connect(&config)?;
    let sealer = kansrijk_kernel::sealing::Sealer::from_config(&config)?;
    let started = Instant::now();
    kansrijk::migrate(&db).await?;
    kansrijk::seed_liendert(&db).await?;
    let existing: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email LIKE '%@bench.invalid'")
            .fetch_one(&db.pool)
            .await?;
    anyhow::ensure!(
        existing == 0,
        "this database already holds benchmark data; generate into a fresh database"
    );
    println!(
        "kansrijk-bench: scale {} on {} (seed {seed})",
        scale.name(),
        config.database_url
    );
    let step = Instant::now();
    stage("areas rows");
    let areas = areas::generate(&db, scale, seed).await?;
    stage_done();
    println!(
        "  areas:      {:>9} rows in {:>7.2} s",
        areas,
        step.elapsed().as_secs_f64()
    );
    let step = Instant::now();
    stage("accounts rows");
    let accounts = accounts::generate(&db, scale, seed).await?;
    stage_done();
    println!(
        "  accounts:   {:>9} users in {:>7.2} s (with their role assignments)",
        accounts,
        step.elapsed().as_secs_f64()
    );
    let step = Instant::now();
    stage("reports rows");
    let reports = reports::generate(&db, &sealer, scale, seed).await?;
    stage_done();
    println!(
        "  reports:    {:>9} rows in {:>7.2} s (with their grounds)",
        reports,
        step.elapsed().as_secs_f64()
    );
    let step = Instant::now();
    stage("activities rows");
    let (activities, registrations) = activities::generate(&db, scale, seed).await?;
    stage_done();
    println!(
        "  activities: {:>9} rows in {:>7.2} s (with venues, texts, pillars and {} registrations)",
        activities,
        step.elapsed().as_secs_f64(),
        registrations
    );
    let step = Instant::now();
    stage("monitor rows");
    let (responses, answers) = monitor::generate(&db, scale, seed).await?;
    stage_done();
    println!(
        "  monitor:    {:>9} responses in {:>7.2} s ({} answers, four waves aggregated)",
        responses,
        step.elapsed().as_secs_f64(),
        answers
    );
    // The charter and the training registry do not grow with the population (one charter, the
    // partner organisations of the neighbourhood): the demo's content is the realistic size.
    let step = Instant::now();
    extras(&db).await?;
    println!(
        "  charter and training (the demo's): {:>7.2} s",
        step.elapsed().as_secs_f64()
    );
    if db.backend == kansrijk_kernel::db::Backend::Postgres {
        db.execute("ANALYZE").await?;
    } else {
        db.execute("PRAGMA optimize").await?;
    }
    println!(
        "  total:      {:>7.2} s (including migrations and the Liendert seed)",
        started.elapsed().as_secs_f64()
    );
    db.pool.close().await;
    Ok(())
}

/// The charter and the training registry of the demo (both skip what is already there), after
/// the migrations, which an older data set has not had yet.
async fn extras(db: &kansrijk_kernel::db::Db) -> anyhow::Result<()> {
    kansrijk::migrate(db).await?;
    kansrijk_agreements::demo::seed(db).await?;
    kansrijk_training::demo::seed(db).await
}
