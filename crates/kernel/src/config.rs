//! Configuration: defaults, then an optional TOML file, then environment variables.
//!
//! Secrets (the database password) never reach the logs: [`DatabaseUrl`]'s `Debug` and
//! `Display` redact the password.

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::Path;

/// The database connection string. Redacts its password when printed.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct DatabaseUrl(pub String);

impl DatabaseUrl {
    pub fn redacted(&self) -> String {
        match url::Url::parse(&self.0) {
            Ok(mut url) if url.password().is_some() => {
                let _ = url.set_password(Some("***"));
                url.to_string()
            }
            _ => self.0.clone(),
        }
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// A secret setting (SMTP password, …); never printed.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// Address the web server listens on.
    pub bind: SocketAddr,
    /// `sqlite://path` (embedded default) or `postgres://…` (scale-out).
    pub database_url: DatabaseUrl,
    /// The address people reach the site at (default: `http://` + bind); an `https://` URL
    /// switches on Secure cookies and HSTS.
    pub public_url: Option<String>,
    /// Log lines as JSON (for log collectors) instead of human-readable text.
    pub log_json: bool,
    /// Seconds after which a request is answered with 503 instead of hanging.
    pub request_timeout_secs: u64,
    /// Largest accepted request body in bytes.
    pub body_limit_bytes: usize,
    /// Maximum number of database connections per app instance. Unset: 16 on PostgreSQL; on
    /// SQLite twice the number of cores, at least 4 ([`Config::pool_size`]).
    pub db_max_connections: Option<u32>,
    /// Seconds to wait for a database connection before answering 503.
    pub db_acquire_timeout_secs: u64,
    /// Outgoing mail: SMTP relay, `smtp_tls` is `none`, `starttls` or `tls`. Empty (the
    /// default): no mail leaves the machine; it is kept in the local outbox, readable by the
    /// coordinator at `/beheer/post` (for the demo and for trying things out).
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_tls: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<Secret>,
    /// Sender, e.g. `Kansrijk Liendert <noreply@amersfoort.nl>`.
    pub mail_from: String,
    /// Residents may create their own account (confirmed by e-mail).
    pub self_registration: bool,
    /// A session ends after this many minutes without a request…
    pub session_idle_minutes: i64,
    /// …and in any case this many hours after logging in.
    pub session_absolute_hours: i64,
    /// Take the client address from the last `X-Forwarded-For` entry (only behind a proxy you run).
    pub trust_forwarded_for: bool,
    /// First retry of a failed job after this many seconds, doubling each time.
    pub job_retry_base_secs: i64,
    /// How often an idle job worker looks for work.
    pub job_poll_millis: u64,
    /// Run the background job worker in this instance.
    pub run_jobs: bool,
    /// Keys that encrypt personal content at rest, as `id:base64-of-32-bytes`; the first one
    /// encrypts, all of them decrypt (add a new key in front to rotate). Kept outside the
    /// database: a copy of the database alone reveals nothing.
    pub encryption_keys: Vec<Secret>,
    /// When `encryption_keys` is empty: a file holding one key, created on first start.
    pub encryption_key_file: String,
    /// Retention periods, in days. Each one appears in the privacy statement (`pages.rs` puts
    /// the configured value in), so changing a period here changes what people are told.
    ///
    /// Days after a report is closed before its personal content is deleted (figures stay).
    pub report_retention_days: i64,
    /// Days after an activity ended before its registrations are anonymised: name, e-mail,
    /// phone and access needs are cleared; the number of people and the check-in stay.
    pub registration_retention_days: i64,
    /// Days after it was given before the free text of feedback is cleared (the answers stay).
    pub feedback_retention_days: i64,
    /// Days after self-registration before an account that was never confirmed is deleted.
    pub unconfirmed_account_retention_days: i64,
    /// Days after it was queued before a mail is deleted from the outbox, sent or not (the
    /// address itself is removed at sending).
    pub mail_retention_days: i64,
    /// Days an audit log entry is kept; at least [`crate::audit::MIN_RETENTION_DAYS`], below
    /// which the database refuses every delete.
    pub audit_retention_days: i64,
    /// Days after a mediation case is closed before its case file (names, addresses, contact,
    /// the conflict, agreements, contact log) is deleted; the figures stay.
    pub mediation_retention_days: i64,
    /// Days after a youth-stage campaign ends before the team's data (first names, age bands,
    /// birth months, consents, contact, thread and coach log) is deleted; the story stays.
    pub youth_retention_days: i64,
    /// How long (milliseconds) a public page for visitors who are not logged in may be served
    /// from memory (`web::page_cache`); 0 switches the cache off.
    pub page_cache_millis: u64,
    /// The bearer token a Prometheus scraper sends to read `/metrics`; unset: `/metrics`
    /// answers 404.
    pub metrics_token: Option<Secret>,
    /// OpenID Connect providers staff may log in with (`[[oidc_providers]]` in the TOML file);
    /// none by default.
    pub oidc_providers: Vec<OidcProvider>,
}

/// One OpenID Connect provider (the municipality's identity provider). Login links an existing
/// account by its verified e-mail address; no account is ever created this way.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OidcProvider {
    /// Short name in the login addresses (`/inloggen/oidc/{name}`) and on the login button.
    pub name: String,
    /// The issuer URL; its `/.well-known/openid-configuration` is read at each login.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Secret,
    /// The ID-token claim holding the e-mail address.
    #[serde(default = "default_email_claim")]
    pub email_claim: String,
    /// Whether the provider's second factor (an `amr` of `mfa`, `otp` or `hwk`, or an `acr` in
    /// `acr_values`) counts as the second step here, so no TOTP code is asked.
    #[serde(default)]
    pub mfa_counts: bool,
    #[serde(default)]
    pub acr_values: Vec<String>,
}

fn default_email_claim() -> String {
    "email".into()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: DatabaseUrl("sqlite://kansrijk.db".into()),
            public_url: None,
            log_json: false,
            request_timeout_secs: 30,
            body_limit_bytes: 256 * 1024,
            db_max_connections: None,
            db_acquire_timeout_secs: 3,
            smtp_host: String::new(),
            smtp_port: 25,
            smtp_tls: "none".into(),
            smtp_username: None,
            smtp_password: None,
            mail_from: "Kansrijk <noreply@localhost>".into(),
            self_registration: true,
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            trust_forwarded_for: false,
            job_retry_base_secs: 30,
            job_poll_millis: 1000,
            run_jobs: true,
            encryption_keys: vec![],
            encryption_key_file: "kansrijk.key".into(),
            report_retention_days: 365,
            registration_retention_days: 90,
            feedback_retention_days: 365,
            unconfirmed_account_retention_days: 30,
            mail_retention_days: 30,
            audit_retention_days: 730,
            mediation_retention_days: 730,
            youth_retention_days: 365,
            page_cache_millis: 2000,
            metrics_token: None,
            oidc_providers: vec![],
        }
    }
}

impl Config {
    /// Loads defaults ← `file` (if given) ← `KANSRIJK_*` environment ← `DATABASE_URL`.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            anyhow::ensure!(
                file.exists(),
                "configuration file {} not found",
                file.display()
            );
            figment = figment.merge(Toml::file(file));
        }
        figment = figment
            .merge(Env::prefixed("KANSRIJK_"))
            .merge(Env::raw().only(&["DATABASE_URL"]));
        let config: Config = figment.extract()?;
        config.check()?;
        Ok(config)
    }

    /// Refuses settings that would delete at once or that the database would refuse later.
    pub fn check(&self) -> anyhow::Result<()> {
        for (key, days) in self.retention_periods() {
            anyhow::ensure!(days >= 1, "{key} must be at least 1 day, not {days}");
        }
        anyhow::ensure!(
            self.audit_retention_days >= crate::audit::MIN_RETENTION_DAYS,
            "audit_retention_days must be at least {} (the audit log refuses to delete younger entries), not {}",
            crate::audit::MIN_RETENTION_DAYS,
            self.audit_retention_days
        );
        let mut names = std::collections::HashSet::new();
        for provider in &self.oidc_providers {
            anyhow::ensure!(
                !provider.name.is_empty()
                    && provider
                        .name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "oidc_providers: name {:?} must be letters, digits, '-' or '_' (it is part of the login address)",
                provider.name
            );
            anyhow::ensure!(
                names.insert(provider.name.as_str()),
                "oidc_providers: the name {:?} is used twice",
                provider.name
            );
            anyhow::ensure!(
                url::Url::parse(&provider.issuer).is_ok(),
                "oidc_providers: issuer of {:?} is not a URL",
                provider.name
            );
        }
        Ok(())
    }

    /// Every retention period with its key, in days: the privacy statement shows each one
    /// (its text has a `{key}` placeholder per period).
    pub fn retention_periods(&self) -> [(&'static str, i64); 8] {
        [
            ("report_retention_days", self.report_retention_days),
            (
                "registration_retention_days",
                self.registration_retention_days,
            ),
            ("feedback_retention_days", self.feedback_retention_days),
            (
                "unconfirmed_account_retention_days",
                self.unconfirmed_account_retention_days,
            ),
            ("mail_retention_days", self.mail_retention_days),
            ("audit_retention_days", self.audit_retention_days),
            ("mediation_retention_days", self.mediation_retention_days),
            ("youth_retention_days", self.youth_retention_days),
        ]
    }

    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.bind),
        }
    }

    /// The connection pool's size. SQLite gets a small pool by default: it writes one at a
    /// time anyway (the write gate), reads cannot use more cores than there are, and every
    /// connection keeps its own page cache and prepared statements — 16 SQLite connections cost
    /// 20 MiB more resident memory than 4 for the same throughput (BENCHMARKS.md, round 3).
    pub fn pool_size(&self) -> u32 {
        if let Some(n) = self.db_max_connections {
            return n.max(1);
        }
        if self.database_url.0.starts_with("sqlite:") {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u32;
            (2 * cores).clamp(4, 16)
        } else {
            16
        }
    }

    pub fn session_idle_secs(&self) -> i64 {
        self.session_idle_minutes * 60
    }

    pub fn session_absolute_secs(&self) -> i64 {
        self.session_absolute_hours * 3600
    }

    /// Asked on every request (cookies, form pages from the cache): decided without building
    /// the public URL, which without `KANSRIJK_PUBLIC_URL` is `http://` and the bind address.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_password_is_redacted_in_debug_and_display() {
        let url = DatabaseUrl("postgres://kansrijk:geheim@db.example:5432/kansrijk".into());
        assert!(!format!("{url:?}").contains("geheim"));
        assert!(!format!("{url}").contains("geheim"));
        assert!(format!("{url}").contains("db.example"));
        let config = Config {
            database_url: url,
            ..Config::default()
        };
        assert!(!format!("{config:?}").contains("geheim"));
    }

    #[test]
    fn oidc_providers_are_read_from_toml_and_environment_without_printing_secrets() {
        let dir = std::env::temp_dir().join(format!("kansrijk-oidc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("kansrijk.toml");
        std::fs::write(
            &file,
            "[[oidc_providers]]\nname = \"gemeente\"\nissuer = \"https://login.example\"\n\
             client_id = \"kansrijk\"\nclient_secret = \"zeer-geheim\"\nmfa_counts = true\n\
             acr_values = [\"urn:example:loa:high\"]\n",
        )
        .unwrap();
        let config = Config::load(Some(&file)).unwrap();
        let provider = &config.oidc_providers[0];
        assert_eq!(provider.name, "gemeente");
        assert_eq!(provider.email_claim, "email");
        assert!(provider.mfa_counts);
        assert_eq!(provider.acr_values, ["urn:example:loa:high"]);
        assert!(!format!("{config:?}").contains("zeer-geheim"));
        std::fs::write(
            &file,
            "[[oidc_providers]]\nname = \"met spatie\"\nissuer = \"https://login.example\"\n\
             client_id = \"k\"\nclient_secret = \"s\"\n",
        )
        .unwrap();
        assert!(Config::load(Some(&file)).is_err());
    }

    #[test]
    fn sqlite_gets_a_small_pool_unless_told_otherwise() {
        let sqlite = Config::default();
        assert!((4..=16).contains(&sqlite.pool_size()));
        let postgres = Config {
            database_url: DatabaseUrl("postgres://localhost/kansrijk".into()),
            ..Config::default()
        };
        assert_eq!(postgres.pool_size(), 16);
        let told = Config {
            db_max_connections: Some(7),
            ..Config::default()
        };
        assert_eq!(told.pool_size(), 7);
    }

    #[test]
    fn toml_file_is_read_and_environment_wins() {
        let dir = std::env::temp_dir().join(format!("kansrijk-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("kansrijk.toml");
        std::fs::write(&file, "bind = \"127.0.0.1:9999\"\nlog_json = true\n").unwrap();
        let config = Config::load(Some(&file)).unwrap();
        assert_eq!(config.bind.port(), 9999);
        assert!(config.log_json);
        assert!(Config::load(Some(&dir.join("missing.toml"))).is_err());
        std::fs::write(&file, "registration_retention_days = 14\n").unwrap();
        assert_eq!(
            Config::load(Some(&file))
                .unwrap()
                .registration_retention_days,
            14
        );
        std::fs::write(&file, "audit_retention_days = 30\n").unwrap();
        let err = Config::load(Some(&file)).unwrap_err().to_string();
        assert!(err.contains("audit_retention_days"), "{err}");
        std::fs::write(&file, "mail_retention_days = 0\n").unwrap();
        assert!(Config::load(Some(&file)).is_err());
    }

    #[test]
    fn every_retention_setting_is_listed_for_the_privacy_statement() {
        // A new `*_retention_days` key that is not in `retention_periods` would be missing
        // from the privacy statement.
        let json = serde_json::to_value(Config::default()).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .filter(|k| k.ends_with("_retention_days"))
            .collect();
        keys.sort();
        let mut listed: Vec<&str> = Config::default()
            .retention_periods()
            .iter()
            .map(|(k, _)| *k)
            .collect();
        listed.sort();
        assert_eq!(keys, listed);
        Config::default().check().unwrap();
    }
}
