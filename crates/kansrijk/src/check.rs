//! `kansrijk check-config`: reads a configuration the way `serve` would and says what it will
//! do — database, web address and cookies, client address, encryption key, mail — trying the
//! database and the SMTP server. Any error gives exit code 78 (EX_CONFIG), so a deployment can
//! run it before starting or restarting the service.

use kansrijk_kernel::config::Config;
use std::path::Path;
use std::time::Duration;

/// Exit code of a configuration error (sysexits.h EX_CONFIG).
pub const EX_CONFIG: i32 = 78;

struct Report {
    errors: usize,
}

impl Report {
    fn ok(&self, what: &str, text: impl std::fmt::Display) {
        println!("ok     {what}: {text}");
    }
    fn note(&self, what: &str, text: impl std::fmt::Display) {
        println!("note   {what}: {text}");
    }
    fn error(&mut self, what: &str, text: impl std::fmt::Display) {
        self.errors += 1;
        println!("ERROR  {what}: {text}");
    }
}

/// Checks the configuration and returns the process exit code.
pub async fn run(file: Option<&Path>) -> i32 {
    let mut r = Report { errors: 0 };
    match file {
        Some(f) => println!(
            "configuration: {} (then KANSRIJK_* and DATABASE_URL)",
            f.display()
        ),
        None => println!("configuration: defaults, KANSRIJK_* and DATABASE_URL (no --config file)"),
    }
    let config = match Config::load(file) {
        Ok(c) => c,
        Err(e) => {
            r.error("settings", format!("{e:#}"));
            println!("1 error");
            return EX_CONFIG;
        }
    };
    database(&mut r, &config).await;
    web(&r, &config);
    encryption(&mut r, &config);
    mail(&mut r, &config).await;
    // OpenID Connect issuers are listed here once the configuration has `oidc_providers`.
    for (key, days) in config.retention_periods() {
        r.ok("retention", format!("{key} = {days}"));
    }
    match r.errors {
        0 => {
            println!("no errors");
            0
        }
        n => {
            println!("{n} error{}", if n == 1 { "" } else { "s" });
            EX_CONFIG
        }
    }
}

async fn database(r: &mut Report, config: &Config) {
    let url = &config.database_url;
    if let Some(path) = url
        .0
        .strip_prefix("sqlite://")
        .or(url.0.strip_prefix("sqlite:"))
    {
        let path = Path::new(path.split('?').next().unwrap_or(path));
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if path.exists() {
            r.ok(
                "database",
                format!("SQLite file {} (exists)", path.display()),
            );
        } else if dir.is_dir() {
            r.ok(
                "database",
                format!(
                    "SQLite file {} (created at the first start)",
                    path.display()
                ),
            );
        } else {
            r.error(
                "database",
                format!(
                    "SQLite file {}: directory {} does not exist",
                    path.display(),
                    dir.display()
                ),
            );
        }
        return;
    }
    if !url.0.starts_with("postgres://") && !url.0.starts_with("postgresql://") {
        r.error("database", format!("{url}: not sqlite://… or postgres://…"));
        return;
    }
    sqlx::any::install_default_drivers();
    let connect = <sqlx::AnyConnection as sqlx::Connection>::connect(&url.0);
    match tokio::time::timeout(Duration::from_secs(config.db_acquire_timeout_secs.max(1) + 2), connect).await {
        Ok(Ok(conn)) => {
            let _ = sqlx::Connection::close(conn).await;
            r.ok("database", format!("PostgreSQL {url} (reachable), pool of {} connections", config.pool_size()));
        }
        Ok(Err(e)) if kansrijk::database_is_missing(&e) => r.note(
            "database",
            format!("PostgreSQL {url}: the database does not exist yet; `kansrijk migrate` creates it when the role may"),
        ),
        Ok(Err(e)) => r.error("database", format!("PostgreSQL {url}: {e}")),
        Err(_) => r.error("database", format!("PostgreSQL {url}: no answer")),
    }
}

fn web(r: &Report, config: &Config) {
    r.ok(
        "web",
        format!(
            "listens on {}, public address {}",
            config.bind,
            config.public_url()
        ),
    );
    if config.secure_cookies() {
        r.ok(
            "cookies",
            "Secure cookies and HSTS on (public address is https://)",
        );
    } else {
        r.note(
            "cookies",
            "not Secure, no HSTS: set public_url to the https:// address outside a test machine",
        );
    }
    if config.trust_forwarded_for {
        r.ok("client address", "the last X-Forwarded-For entry (only behind your own reverse proxy, which must set it)");
    } else {
        r.ok("client address", "the TCP peer (trust_forwarded_for = false); behind a proxy every visitor shares its address for rate limits");
    }
}

fn encryption(r: &mut Report, config: &Config) {
    if !config.encryption_keys.is_empty() {
        match kansrijk_kernel::sealing::Sealer::from_keys(&config.encryption_keys) {
            Ok(s) => r.ok(
                "encryption",
                format!(
                    "{} key(s) from the settings, encrypting with {}",
                    config.encryption_keys.len(),
                    s.current_key_id()
                ),
            ),
            Err(e) => r.error("encryption", format!("encryption_keys: {e}")),
        }
        return;
    }
    let file = Path::new(&config.encryption_key_file);
    if file.exists() {
        // The file exists, so this only reads it.
        match kansrijk_kernel::sealing::Sealer::from_config(config) {
            Ok(s) => r.ok(
                "encryption",
                format!(
                    "key file {} found, encrypting with {}",
                    file.display(),
                    s.current_key_id()
                ),
            ),
            Err(e) => r.error("encryption", format!("key file {}: {e}", file.display())),
        }
    } else {
        r.note("encryption", format!("key file {} not found: the first start creates it (back it up outside the database); a running installation that lost it cannot open its sealed data", file.display()));
    }
}

async fn mail(r: &mut Report, config: &Config) {
    let mailer = match kansrijk_kernel::mail::Mailer::from_config(config) {
        Ok(m) => m,
        Err(e) => {
            r.error(
                "mail",
                format!("mail_from {:?} or smtp settings: {e}", config.mail_from),
            );
            return;
        }
    };
    if mailer.is_local() {
        r.ok(
            "mail",
            format!(
                "no smtp_host: mail is kept locally, for the coordinator at {}/beheer/post",
                config.public_url()
            ),
        );
        return;
    }
    let relay = format!(
        "{}:{} ({})",
        config.smtp_host, config.smtp_port, config.smtp_tls
    );
    match tokio::time::timeout(Duration::from_secs(15), mailer.test_connection()).await {
        Ok(Ok(_)) => r.ok(
            "mail",
            format!("SMTP {relay} reachable, sender {}", config.mail_from),
        ),
        Ok(Err(e)) => r.error("mail", format!("SMTP {relay} not reachable: {e:#}")),
        Err(_) => r.error("mail", format!("SMTP {relay}: no answer")),
    }
}
