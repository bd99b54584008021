//! `kansrijk`: the one binary. `kansrijk --help` lists the commands.

use anyhow::Context;
use clap::{Parser, Subcommand};
use kansrijk_kernel::config::Config;
use std::net::SocketAddr;
use std::path::PathBuf;
use tracing_subscriber::EnvFilter;

mod check;
mod progress;
mod transfer;

#[derive(Parser)]
#[command(
    name = "kansrijk",
    version,
    about = "Kansrijk: the neighbourhood plan platform (Kansrijk Liendert)"
)]
struct Cli {
    /// Optional TOML configuration file; environment variables (KANSRIJK_*, DATABASE_URL) win.
    #[arg(long, global = true, env = "KANSRIJK_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long)]
    bind: Option<SocketAddr>,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations and serve the platform (DATABASE_URL: sqlite://kansrijk.db or postgres://…).
    Serve(ServeArgs),
    /// Like serve, after filling the database with the Liendert areas, programme and demo content.
    Demo(ServeArgs),
    /// Apply the database migrations and exit.
    Migrate,
    /// Apply the Liendert seed (buurten, Kansrijk Liendert, "Liendert voor iedereen") and exit.
    Seed,
    /// Manage areas (municipality, districts, neighbourhoods).
    Areas {
        #[command(subcommand)]
        command: AreasCommand,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// API keys for the municipality's other systems (also at /beheer/api-sleutels).
    ApiToken {
        #[command(subcommand)]
        command: ApiTokenCommand,
    },
    /// Check a configuration (with --config FILE and the environment) and say what it will do:
    /// database, cookies, key file, SMTP server. Exit code 78 on an error.
    CheckConfig,
    /// Write a consistent copy of the database to FILE while the platform serves (SQLite:
    /// VACUUM INTO; PostgreSQL: pg_dump). The key file is not in it: back it up apart.
    Backup { file: std::path::PathBuf },
    /// Replace the database by the backup in FILE. Stop the platform first.
    Restore { file: std::path::PathBuf },
    /// Copy this installation into a new PostgreSQL database and verify every table.
    MigrateTo {
        /// The PostgreSQL URL (postgres://user@host/database); created when missing.
        #[arg(long)]
        target: String,
    },
    /// Print the background jobs that are due or running now: kind, status and count, one line
    /// each (nothing when the workers are idle).
    Jobs,
    /// Print rows and a checksum per table (compare two installations, or before and after).
    Checksums,
    /// Print the register of processing activities (AVG art. 30) from the declarations in the
    /// code, with this configuration's retention periods; with --dpia a DPIA outline.
    PrivacyRegister {
        /// markdown or csv.
        #[arg(long, value_enum, default_value = "markdown")]
        format: RegisterFormat,
        /// Print a DPIA outline (AVG art. 35) instead: the register, the special-category data
        /// and the risks and measures of the threat model, for the privacy officer to complete.
        #[arg(long)]
        dpia: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RegisterFormat {
    Markdown,
    Csv,
}

#[derive(Subcommand)]
enum ApiTokenCommand {
    /// Create an API key and print its secret (shown this once; only a keyed hash is stored).
    Create {
        /// The organisation the key reads for (its exact name; it must exist).
        #[arg(long)]
        organisation: String,
        /// What it may read, comma-separated: registrations, cases, coverage, mediation.
        #[arg(long)]
        scopes: String,
        /// Limit it to this area (CBS code of a wijk or buurt).
        #[arg(long)]
        area: Option<String>,
        /// Days until it expires.
        #[arg(long, default_value_t = 90)]
        days: i64,
        /// What the key is for (shown in the list of keys).
        #[arg(long)]
        description: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account with a role and print its single-use invitation link (also mailed).
    /// The person sets their own password and, for coordinators, two-factor authentication.
    Create {
        /// E-mail address of the person.
        #[arg(long)]
        email: String,
        /// Role: coordinator, report_handler, mediation_coordinator, mediator, youth_coach,
        /// trainer, professional, volunteer or resident.
        #[arg(long)]
        role: String,
        /// Full name (can be changed when accepting the invitation).
        #[arg(long, default_value = "Coördinator")]
        name: String,
        /// Language of the invitation mail: nl, en, tr, ar or pl.
        #[arg(long, default_value = "nl")]
        lang: String,
        /// Limit the role to this organisation (its exact name; it must exist). The person then
        /// acts only on that organisation's records.
        #[arg(long)]
        organisation: Option<String>,
        /// Limit the role to this area (CBS code of a wijk or buurt, e.g. BU03071000). The person
        /// then sees only the records in it.
        #[arg(long)]
        area: Option<String>,
    },
}

#[derive(Subcommand)]
enum AreasCommand {
    /// Import CBS areas from a GeoJSON file (CBS Wijk- en Buurtkaart properties).
    Import {
        /// The GeoJSON FeatureCollection.
        file: PathBuf,
    },
}

fn init_logging(config: &Config) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_json {
        builder.json().init();
    } else {
        builder.init();
    }
}

// The allocator: jemalloc (the default feature `jemalloc`), with one arena and freed pages given
// back at once (`malloc_conf` below). Measured in session 16 on the same release binary (glibc
// tuned by `tune_malloc`, jemalloc 5.3 preloaded with the same settings):
// - cached pages at 64 connections: glibc 68-70k req/s for `/` and 53-55k for the activity page
//   (39k and 54k in a worse run), jemalloc 81-83k and 67-68k. A profile of glibc put a quarter
//   of the server's time in malloc and in waiting for its arena locks: the two tokio workers
//   free what the other allocated.
// - bench/hostile.sh (crawl in five languages, 50,000 made-up queries, every form posted with
//   hostile values), peak RSS: glibc 63.2 MiB (32.0 private), jemalloc with these settings 61.2
//   (28.0 private); with jemalloc's defaults 72.2, mimalloc 78.8.
// Session 7 measured the earlier, untuned alternatives; `--no-default-features` builds glibc's
// malloc (tuned below) and `--features mimalloc --no-default-features` mimalloc, to compare.
// `_RJEM_MALLOC_CONF` in the environment adds to or overrides these settings.
#[cfg(feature = "jemalloc")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's settings, read when it starts: one arena (its thread caches spare the lock; more
/// arenas only kept more memory), and dirty pages returned at once instead of after 10 s.
#[cfg(feature = "jemalloc")]
#[allow(non_upper_case_globals)]
#[export_name = "_rjem_malloc_conf"]
// A thin pointer to the string, as jemalloc reads a `const char *`.
pub static malloc_conf: &[u8; 44] = b"narenas:1,dirty_decay_ms:0,muzzy_decay_ms:0\0";

#[cfg(all(feature = "mimalloc", not(feature = "jemalloc")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// glibc malloc: at most two arenas, and blocks from 128 KiB (request bodies, argon2's memory)
/// mapped and unmapped on their own instead of the threshold growing after large frees and
/// parking them in arenas that are never trimmed.
#[cfg(all(
    target_os = "linux",
    target_env = "gnu",
    not(feature = "jemalloc"),
    not(feature = "mimalloc")
))]
fn tune_malloc() {
    const THRESHOLD: libc::c_int = 128 * 1024;
    // SAFETY: called first thing in `main`, before any other thread exists or allocates.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, THRESHOLD);
    }
    // glibc gives back only the free memory at the top of a heap by itself; free pages between
    // blocks still in use (after a crawl, the demo's seeding) stay resident until malloc_trim.
    // Every 10 s it costs well under a millisecond on a heap of this size.
    std::thread::Builder::new()
        .name("malloc-trim".into())
        .spawn(|| loop {
            std::thread::sleep(std::time::Duration::from_secs(10));
            // SAFETY: malloc_trim is thread-safe; it only hands free pages back to the kernel.
            unsafe {
                libc::malloc_trim(0);
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| eprintln!("kansrijk: no malloc-trim thread: {e}"));
}

#[cfg(not(all(
    target_os = "linux",
    target_env = "gnu",
    not(feature = "jemalloc"),
    not(feature = "mimalloc")
)))]
fn tune_malloc() {}

fn main() -> anyhow::Result<()> {
    tune_malloc();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(start())
}

async fn start() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Command::CheckConfig = cli.command {
        std::process::exit(check::run(cli.config.as_deref()).await);
    }
    let config = Config::load(cli.config.as_deref())?;
    init_logging(&config);
    match run(cli.command, config).await {
        Err(e) if e.is::<kansrijk::DatabaseMissing>() => {
            // A usage error (EX_USAGE): one line on what to do, in the operator's language.
            let missing = e.downcast_ref::<kansrijk::DatabaseMissing>();
            eprintln!(
                "kansrijk: {}",
                missing.map(|m| m.explain()).unwrap_or_default()
            );
            std::process::exit(64)
        }
        other => other,
    }
}

/// Connects to the database (creating it on PostgreSQL when missing and allowed) and applies
/// the migrations.
async fn open(config: &Config) -> anyhow::Result<kansrijk_kernel::db::Db> {
    kansrijk::ensure_database(config).await?;
    let db = kansrijk::connect(config)?;
    kansrijk::migrate(&db).await.context("migrations")?;
    Ok(db)
}

/// One function per command.
async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => serve(args.apply(config), false).await,
        Command::Demo(args) => serve(args.apply(config), true).await,
        Command::CheckConfig => unreachable!("handled before the configuration is loaded"),
        Command::Migrate => migrate(&config).await,
        Command::Seed => seed(&config).await,
        Command::User { command } => user(command, config).await,
        Command::ApiToken { command } => api_token(command, config).await,
        Command::Areas { command } => areas(command, &config).await,
        Command::Backup { file } => transfer::backup(&config, &file).await,
        Command::Restore { file } => transfer::restore(&config, &file).await,
        Command::MigrateTo { target } => transfer::migrate_to(&config, &target).await,
        Command::Checksums => transfer::checksums(&config).await,
        Command::Jobs => jobs(&config).await,
        Command::PrivacyRegister { format, dpia } => {
            privacy_register(format, dpia, &config);
            Ok(())
        }
    }
}

impl ServeArgs {
    /// The configuration with the command line's address, if one was given.
    fn apply(self, mut config: Config) -> Config {
        if let Some(bind) = self.bind {
            config.bind = bind;
        }
        config
    }
}

/// Needs no database: the register comes from the code and the configuration.
fn privacy_register(format: RegisterFormat, dpia: bool, config: &Config) {
    let features = kansrijk::features();
    let text = match (dpia, format) {
        (true, _) => kansrijk::register::dpia(&features, config),
        (false, RegisterFormat::Markdown) => kansrijk::register::markdown(&features, config),
        (false, RegisterFormat::Csv) => kansrijk::register::csv(&features, config),
    };
    print!("{text}");
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    open(config).await?;
    tracing::info!(database = %config.database_url, "migrations applied");
    Ok(())
}

async fn seed(config: &Config) -> anyhow::Result<()> {
    let db = open(config).await?;
    progress::seed(&db).await?;
    tracing::info!("Liendert seed applied");
    Ok(())
}

async fn jobs(config: &Config) -> anyhow::Result<()> {
    let db = open(config).await?;
    for (kind, status, count) in kansrijk_kernel::jobs::due(&db).await? {
        println!("{kind}\t{status}\t{count}");
    }
    Ok(())
}

async fn user(command: UserCommand, config: Config) -> anyhow::Result<()> {
    let UserCommand::Create {
        email,
        role,
        name,
        lang,
        organisation,
        area,
    } = command;
    let db = open(&config).await?;
    let state = kansrijk::app(db, config)?.state;
    let scope = kansrijk::RoleScope {
        organisation: organisation.as_deref(),
        area: area.as_deref(),
    };
    let link = kansrijk::create_user_scoped(&state, &email, &name, &role, &lang, scope).await?;
    println!("{link}");
    Ok(())
}

async fn api_token(command: ApiTokenCommand, config: Config) -> anyhow::Result<()> {
    let ApiTokenCommand::Create {
        organisation,
        scopes,
        area,
        days,
        description,
    } = command;
    let db = open(&config).await?;
    let state = kansrijk::app(db, config)?.state;
    let scope = kansrijk::RoleScope {
        organisation: Some(&organisation),
        area: area.as_deref(),
    };
    let secret = kansrijk::create_api_token(&state, scope, &scopes, days, &description).await?;
    println!("{secret}");
    Ok(())
}

async fn areas(command: AreasCommand, config: &Config) -> anyhow::Result<()> {
    let AreasCommand::Import { file } = command;
    let json =
        std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
    let db = open(config).await?;
    let mut progress = kansrijk_kernel::progress::Progress::new("areas", None);
    let summary = kansrijk_kernel::areas::import_geojson_with_progress(&db, &json, &mut |n| {
        progress.set(n as u64)
    })
    .await?;
    progress.finish();
    println!(
        "imported {} municipalities, {} districts, {} neighbourhoods",
        summary.municipalities, summary.districts, summary.neighbourhoods
    );
    Ok(())
}

async fn serve(config: Config, demo: bool) -> anyhow::Result<()> {
    tracing::info!(database = %config.database_url, bind = %config.bind, "starting");
    let db = open(&config).await?;
    if demo {
        progress::seed(&db).await.context("seed")?;
    }
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("binding {}", config.bind))?;
    let bind = config.bind;
    let run_jobs = config.run_jobs;
    let app = kansrijk::app(db.clone(), config)?;
    let state = app.state.clone();
    if demo {
        progress::demo(&state).await?;
        tracing::info!("demo content ready");
    }
    let (stop_jobs, jobs_stopped) = tokio::sync::watch::channel(false);
    let worker = run_jobs.then(|| {
        tokio::spawn(kansrijk_kernel::jobs::worker(
            state.clone(),
            app.jobs,
            jobs_stopped,
        ))
    });
    kansrijk::announce_local_mail(&state);
    let app = app.router;
    tracing::info!("listening on http://{bind}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    let _ = stop_jobs.send(true);
    if let Some(worker) = worker {
        let _ = worker.await;
    }
    // In-flight requests have finished; close the pool so SQLite checkpoints its WAL.
    db.pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM (orchestrators) or Ctrl-C; axum then finishes in-flight requests.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
