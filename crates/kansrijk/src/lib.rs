//! The Kansrijk application: joins the kernel and the feature modules into one web app.
//! Adding a feature means adding one line to [`features`] (see ARCHITECTURE.md).

pub mod register;

use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{Db, MigrationSet, PoolSettings};
use kansrijk_kernel::i18n::Locales;
use kansrijk_kernel::web::{app, App, AppState, Feature};
use std::time::Duration;

/// The features of the application, in dependency order (migrations), menu order (navigation)
/// and demo order. The only list: everything else is derived from it by [`app`].
pub fn features() -> Vec<Feature> {
    vec![
        kansrijk_programme::feature(),
        kansrijk_activities::feature(),
        kansrijk_agreements::feature(),
        kansrijk_reports::feature(),
        kansrijk_training::feature(),
        kansrijk_mediation::feature(),
        kansrijk_youth::feature(),
        kansrijk_monitor::feature(),
    ]
}

/// The application on `db` with `config`: state, router and job kinds.
pub fn app(db: Db, config: Config) -> anyhow::Result<App> {
    App::new(db, config, features())
}

/// Migrations in dependency order: the kernel first.
pub fn migration_sets() -> Vec<MigrationSet> {
    app::migration_sets(&features())
}

pub fn locales() -> Vec<Locales> {
    app::locales(&features())
}

/// The OpenAPI document of the whole API, generated from the handlers' annotations (with the
/// contact of a default installation; [`app`] uses the configured one).
pub fn openapi() -> utoipa::openapi::OpenApi {
    app::openapi(&features(), &Config::default())
}

pub fn connect(config: &Config) -> anyhow::Result<Db> {
    Db::connect(
        &config.database_url,
        &PoolSettings {
            max_connections: config.pool_size(),
            acquire_timeout: Duration::from_secs(config.db_acquire_timeout_secs),
        },
    )
}

pub async fn migrate(db: &Db) -> anyhow::Result<()> {
    db.migrate(&migration_sets()).await
}

/// Imports the Liendert buurten and applies the programme seed ("Liendert voor iedereen").
pub async fn seed_liendert(db: &Db) -> anyhow::Result<()> {
    seed_liendert_with_progress(db, &mut |_| {}).await
}

/// [`seed_liendert`], calling `areas` with the number of areas imported so far.
pub async fn seed_liendert_with_progress(
    db: &Db,
    areas: &mut (dyn FnMut(usize) + Send),
) -> anyhow::Result<()> {
    kansrijk_kernel::areas::import_geojson_with_progress(
        db,
        kansrijk_kernel::areas::LIENDERT_GEOJSON,
        areas,
    )
    .await?;
    kansrijk_programme::seed::apply(db, kansrijk_programme::seed::LIENDERT).await?;
    Ok(())
}

/// Demo content on top of the seed: each feature's, in the order of [`features`] (for
/// `serve --demo` and the whole-app tests, not for production).
pub async fn seed_demo(db: &Db) -> anyhow::Result<()> {
    app::seed_demo(db, &features(), &mut |_| {}).await
}

/// Says once, at start-up, where mail goes when no SMTP server is configured: the local
/// outbox that the coordinator reads at `/beheer/post`.
pub fn announce_local_mail(state: &AppState) {
    if state.mailer.is_local() {
        let url = format!("{}/beheer/post", state.config.public_url());
        tracing::info!(outbox = %url, "no smtp_host set: mail is kept in the local outbox, not sent");
        println!("Mail is kept locally (no smtp_host set); read it as coordinator at {url}");
    }
}

/// Creates an invited account with a role and returns the invitation link (also mailed).
pub async fn create_user(
    state: &AppState,
    email: &str,
    name: &str,
    role: &str,
    lang: &str,
) -> anyhow::Result<String> {
    create_user_scoped(state, email, name, role, lang, RoleScope::default()).await
}

/// What a role created on the command line is limited to (see `kansrijk_kernel::scope`).
#[derive(Debug, Default, Clone, Copy)]
pub struct RoleScope<'a> {
    /// The exact name of an existing organisation.
    pub organisation: Option<&'a str>,
    /// The CBS code of an imported wijk or buurt.
    pub area: Option<&'a str>,
}

/// Creates an API key for an organisation (and optionally an area) with the given scopes
/// (`registrations,cases,coverage,mediation`) and returns its secret, to be shown once.
pub async fn create_api_token(
    state: &AppState,
    scope: RoleScope<'_>,
    scopes: &str,
    days: i64,
    description: &str,
) -> anyhow::Result<String> {
    use kansrijk_kernel::accounts::api_tokens::{self, TokenScope};
    let (organisation_id, area_id) = resolve_scope(state, scope).await?;
    let organisation_id =
        organisation_id.ok_or_else(|| anyhow::anyhow!("an API key needs an organisation"))?;
    let scopes = scopes
        .split(',')
        .map(|s| TokenScope::parse(s.trim()).ok_or_else(|| anyhow::anyhow!("unknown scope {s:?}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    anyhow::ensure!(!scopes.is_empty(), "name at least one scope");
    anyhow::ensure!((1..=730).contains(&days), "an API key lasts 1 to 730 days");
    anyhow::ensure!(
        !description.trim().is_empty(),
        "say what the key is for (--description)"
    );
    let (id, secret) = api_tokens::create(
        &state.db,
        &state.sealer,
        &api_tokens::NewToken {
            description: description.trim(),
            organisation_id,
            area_id,
            scopes: &scopes,
            expires_at: kansrijk_kernel::db::now() + days * 86_400,
            created_by: None,
        },
    )
    .await?;
    kansrijk_kernel::audit::record(
        &state.db,
        None,
        kansrijk_kernel::audit::Action::Create,
        "api_token",
        &id.to_string(),
        "command line",
    )
    .await?;
    Ok(secret)
}

/// The organisation (by exact name) and area (by CBS code of a wijk or buurt) of a scope.
async fn resolve_scope(
    state: &AppState,
    scope: RoleScope<'_>,
) -> anyhow::Result<(Option<i64>, Option<i64>)> {
    use kansrijk_kernel::accounts::queries;
    let organisation_id = match scope.organisation {
        None => None,
        Some(name) => Some(
            queries::organisations(&state.db)
                .await?
                .into_iter()
                .find(|o| o.name == name)
                .ok_or_else(|| anyhow::anyhow!("no organisation named {name:?}"))?
                .id,
        ),
    };
    let area_id = match scope.area {
        None => None,
        Some(code) => Some(
            kansrijk_kernel::areas::by_code(&state.db, code)
                .await?
                .filter(|a| a.kind != "municipality")
                .ok_or_else(|| anyhow::anyhow!("no wijk or buurt with CBS code {code:?}"))?
                .id,
        ),
    };
    Ok((organisation_id, area_id))
}

/// [`create_user`] with the role limited to an organisation and/or an area.
pub async fn create_user_scoped(
    state: &AppState,
    email: &str,
    name: &str,
    role: &str,
    lang: &str,
    scope: RoleScope<'_>,
) -> anyhow::Result<String> {
    use kansrijk_kernel::accounts::{admin, model, queries};
    let role = kansrijk_kernel::authz::Role::parse(role)
        .ok_or_else(|| anyhow::anyhow!("unknown role {role}"))?;
    let (organisation_id, area_id) = resolve_scope(state, scope).await?;
    let email = model::normalise_email(email);
    anyhow::ensure!(
        model::valid_email(&email),
        "not a valid e-mail address: {email}"
    );
    let lang =
        kansrijk_kernel::i18n::Lang::from_code(lang).unwrap_or(kansrijk_kernel::i18n::Lang::Nl);
    let id = match queries::user_by_email(&state.db, &email).await? {
        Some(existing) => existing.id,
        None => {
            queries::create_user(
                &state.db,
                &queries::NewUser {
                    email: &email,
                    name,
                    lang: lang.code(),
                    status: model::UserStatus::Invited,
                    organisation_id: None,
                    password_hash: None,
                },
            )
            .await?
        }
    };
    queries::assign_role(&state.db, id, role, organisation_id, area_id, None).await?;
    kansrijk_kernel::audit::record(
        &state.db,
        None,
        kansrijk_kernel::audit::Action::Create,
        "person",
        &id.to_string(),
        &format!("command line: role {}", role.as_str()),
    )
    .await?;
    admin::send_invitation(state, id, &email, name, lang.code(), None).await
}

/// Demo partner organisations and an invitation for a demo coordinator (printed at start-up),
/// so the management area can be tried through the real invitation flow.
pub async fn demo_accounts(state: &AppState) -> anyhow::Result<()> {
    use kansrijk_kernel::accounts::queries;
    const ORGANISATIONS: &[(&str, &str)] = &[
        ("Gemeente Amersfoort", "municipality"),
        ("Wijkteam Liendert", "welfare"),
        ("Huis van de Wijk Liendert", "welfare"),
        ("Woningcorporatie in Liendert", "housing"),
        ("Politie, wijkagenten Liendert", "police"),
        ("Basisschool in Liendert", "school"),
        ("Sportvereniging in Liendert", "sports_culture"),
    ];
    for (name, kind) in ORGANISATIONS {
        if let Err(e) = queries::create_organisation(&state.db, name, kind).await {
            if !kansrijk_kernel::db::is_unique_violation(&e) {
                return Err(e.into());
            }
        }
    }
    let reports = kansrijk_reports::demo::seed(&state.db, &state.sealer).await?;
    if reports > 0 {
        tracing::info!(reports, "demo reports added");
    }
    // Mediation cases are sealed too and are handled by the training demo's certified
    // mediators: that demo first (running it again later adds nothing).
    kansrijk_training::demo::seed(&state.db).await?;
    let cases = kansrijk_mediation::demo::seed(&state.db, &state.sealer).await?;
    if cases > 0 {
        tracing::info!(cases, "demo mediation cases added");
    }
    demo_mediation_accounts(state).await?;
    demo_youth(state).await?;
    if queries::user_by_email(&state.db, "coordinator@demo.invalid")
        .await?
        .is_none()
    {
        let link = create_user(
            state,
            "coordinator@demo.invalid",
            "Demo-coördinator",
            "coordinator",
            "nl",
        )
        .await?;
        tracing::info!("demo coordinator invitation: {link}");
        println!("Demo coordinator invitation (set a password and two-factor): {link}");
    }
    Ok(())
}

/// Invitations for a demo mediation coordinator and two demo mediators (who hold the mediator
/// certificate, issued through the training registry), printed at start-up.
async fn demo_mediation_accounts(state: &AppState) -> anyhow::Result<()> {
    use kansrijk_kernel::accounts::queries;
    const PEOPLE: &[(&str, &str, &str)] = &[
        (
            "bemiddeling@demo.invalid",
            "Demo-bemiddelingscoördinator",
            "mediation_coordinator",
        ),
        (
            "bemiddelaar1@demo.invalid",
            "Demo-bemiddelaar Sanne",
            "mediator",
        ),
        (
            "bemiddelaar2@demo.invalid",
            "Demo-bemiddelaar Yusuf",
            "mediator",
        ),
    ];
    let mut mediators = vec![];
    for (email, name, role) in PEOPLE {
        if queries::user_by_email(&state.db, email).await?.is_some() {
            continue;
        }
        let link = create_user(state, email, name, role, "nl").await?;
        tracing::info!("demo {role} invitation: {link}");
        println!("Demo {role} invitation: {link}");
        if *role == "mediator" {
            if let Some(user) = queries::user_by_email(&state.db, email).await? {
                mediators.push(user.id);
            }
        }
    }
    if !mediators.is_empty() {
        kansrijk_mediation::demo::certify(&state.db, &mediators).await?;
    }
    Ok(())
}

/// The youth stage's demo: a demo youth coach (invitation printed, certificate issued through
/// the training registry) and campaigns at different milestones, sealed with the installation's
/// sealer.
async fn demo_youth(state: &AppState) -> anyhow::Result<()> {
    use kansrijk_kernel::accounts::queries;
    const COACH: &str = "jongerencoach@demo.invalid";
    if queries::user_by_email(&state.db, COACH).await?.is_none() {
        let scope = RoleScope {
            organisation: Some("Huis van de Wijk Liendert"),
            area: None,
        };
        let link = create_user_scoped(
            state,
            COACH,
            "Demo-jongerencoach Meryem",
            "youth_coach",
            "nl",
            scope,
        )
        .await?;
        tracing::info!("demo youth_coach invitation: {link}");
        println!("Demo youth_coach invitation: {link}");
        if let Some(user) = queries::user_by_email(&state.db, COACH).await? {
            kansrijk_youth::demo::certify(&state.db, &[user.id]).await?;
        }
    } else if let Some(user) = queries::user_by_email(&state.db, COACH)
        .await?
        .filter(|u| u.status == "invited")
    {
        // Started again before anyone became the coach: a fresh link, so whoever tries the
        // demo (or the next browser test on the same database) still can.
        let link = kansrijk_kernel::accounts::admin::send_invitation(
            state, user.id, COACH, &user.name, "nl", None,
        )
        .await?;
        println!("Demo youth_coach invitation: {link}");
    }
    let coach = queries::user_by_email(&state.db, COACH)
        .await?
        .map(|u| u.id);
    let campaigns = kansrijk_youth::demo::seed(&state.db, &state.sealer, coach).await?;
    if campaigns > 0 {
        tracing::info!(campaigns, "demo youth campaigns added");
    }
    Ok(())
}

/// PostgreSQL answered "database … does not exist" (SQLSTATE 3D000).
pub fn database_is_missing(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("3D000"))
}

/// The PostgreSQL database of `DATABASE_URL` does not exist and this role may not create it.
/// The command line says so in one line and exits with 64 (EX_USAGE).
#[derive(Debug)]
pub struct DatabaseMissing {
    pub name: String,
    pub role: String,
}

impl std::fmt::Display for DatabaseMissing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "database \"{}\" does not exist and role \"{}\" may not create it; as a PostgreSQL superuser run: CREATE DATABASE \"{}\" OWNER \"{}\";  (or: createdb -O {} {})",
            self.name, self.role, self.name, self.role, self.role, self.name
        )
    }
}

impl std::error::Error for DatabaseMissing {}

impl DatabaseMissing {
    /// The one line for the operator, in the language of their terminal (`LC_ALL`,
    /// `LC_MESSAGES` or `LANG`: nl, en, tr, ar or pl; English otherwise).
    pub fn explain(&self) -> String {
        let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| kansrijk_kernel::i18n::Lang::from_code(v.get(..2).unwrap_or("")))
            .unwrap_or(kansrijk_kernel::i18n::Lang::En);
        let Ok(i18n) = kansrijk_kernel::i18n::I18n::new(&locales()) else {
            return self.to_string();
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", self.name.clone());
        args.set("role", self.role.clone());
        i18n.message(lang, "cli-database-missing", Some(&args))
    }
}

/// On PostgreSQL, creates the database of `DATABASE_URL` when it does not exist yet and the
/// role may (connecting to the `postgres` maintenance database), so `DATABASE_URL=postgres://…/kansrijk
/// kansrijk demo` works as a newcomer types it. Any other connection problem is left to the
/// pool, which starts without the database and recovers when it comes.
pub async fn ensure_database(config: &Config) -> anyhow::Result<()> {
    let url = &config.database_url.0;
    if !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
        return Ok(());
    }
    sqlx::any::install_default_drivers();
    let timeout = Duration::from_secs(config.db_acquire_timeout_secs.max(1) + 2);
    let connect = |u: String| async move {
        tokio::time::timeout(
            timeout,
            <sqlx::AnyConnection as sqlx::Connection>::connect(&u),
        )
        .await
    };
    match connect(url.clone()).await {
        Ok(Err(e)) if database_is_missing(&e) => {}
        Ok(Ok(conn)) => {
            let _ = sqlx::Connection::close(conn).await;
            return Ok(());
        }
        _ => return Ok(()),
    }
    let mut maintenance = url::Url::parse(url)?;
    let name = maintenance.path().trim_start_matches('/').to_string();
    let role = match maintenance.username() {
        "" => std::env::var("USER").unwrap_or_else(|_| "postgres".into()),
        user => user.to_string(),
    };
    maintenance.set_path("/postgres");
    let missing = || DatabaseMissing {
        name: name.clone(),
        role: role.clone(),
    };
    let mut conn = match connect(maintenance.to_string()).await {
        Ok(Ok(conn)) => conn,
        _ => return Err(missing().into()),
    };
    let quoted = format!("\"{}\"", name.replace('"', "\"\""));
    match sqlx::query(&format!("CREATE DATABASE {quoted}"))
        .execute(&mut conn)
        .await
    {
        Ok(_) => {
            tracing::info!(database = %name, "database created");
            Ok(())
        }
        // Created meanwhile by another instance starting at the same time.
        Err(sqlx::Error::Database(d)) if d.code().as_deref() == Some("42P04") => Ok(()),
        Err(sqlx::Error::Database(d)) if d.code().as_deref() == Some("42501") => {
            Err(missing().into())
        }
        Err(e) => Err(e.into()),
    }
}

/// `kansrijk migrate-to --target postgres://…`: copies this (SQLite) installation into a new
/// PostgreSQL database — created when missing, migrated to the same version — and verifies
/// every table's row count and checksum. Sealed fields are copied as they are; the key file
/// goes along unchanged. Returns the copied rows per table.
pub async fn migrate_to(
    source: &Db,
    target_url: &str,
    progress: &mut (dyn FnMut(&str, usize) + Send),
) -> anyhow::Result<Vec<(String, usize)>> {
    use kansrijk_kernel::backup;
    let target_config = Config {
        database_url: kansrijk_kernel::config::DatabaseUrl(target_url.to_string()),
        ..Config::default()
    };
    ensure_database(&target_config).await?;
    let target = connect(&target_config)?;
    migrate(&target).await?;
    let copied = backup::copy_all(source, &target, progress).await?;
    let differ = backup::differences(
        &backup::checksums(source).await?,
        &backup::checksums(&target).await?,
    );
    if !differ.is_empty() {
        anyhow::bail!("the copy differs from the source: {}", differ.join("; "));
    }
    Ok(copied)
}
