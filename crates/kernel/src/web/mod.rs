//! The web layer shared by every feature: application state, the page context of the base
//! layout, errors, middleware and the router that joins the features.

pub mod app;
mod error;
pub mod extract;
pub mod forms;
pub mod middleware;
mod page;
pub mod page_cache;
mod router;
mod routes;

pub use app::App;
pub use error::{AppError, AppResult, ErrorKind};
pub use extract::{parse_id, ClientAddr, RecordId};
pub use forms::{Empty, FieldErrors, Form, ReasonForm, Upload};
pub use page::{Alternate, LanguageLink, Page};
pub use router::{all_routes, build_router, kernel_routes, DemoSeed, Feature};
pub use routes::Routes;

use crate::config::Config;
use crate::db::Db;
use crate::i18n::I18n;
use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// Everything a handler needs, behind one `Arc`: every middleware layer and extractor clones
/// the state for each request, so a clone is one atomic count instead of one per field (a
/// profile of cached pages showed about 14 % of the server's time in cloning and dropping the
/// fields one by one).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What [`AppState`] shares; read through the state (`state.db`, `state.config`, …).
#[derive(Clone)]
pub struct Shared {
    pub db: Db,
    pub i18n: Arc<I18n>,
    pub config: Arc<Config>,
    pub nav: Arc<Vec<NavItem>>,
    pub openapi_json: Arc<String>,
    pub mailer: Arc<crate::mail::Mailer>,
    pub sealer: Arc<crate::sealing::Sealer>,
    /// Management cards contributed by the features.
    pub management: Arc<Vec<ManagementLink>>,
    /// What the home page lists under "coming up" (the activities module provides it).
    pub coming_up: Option<ComingUpLoader>,
    /// Anonymous public pages kept for a moment (`page_cache`); emptied by accepted writes.
    pub page_cache: Arc<page_cache::PageCache>,
    /// Each feature's part in the rights of the people in its data (`kernel::rights`).
    pub rights: Arc<crate::rights::Registry>,
    /// Each feature's counts for the monitor's indicators (`kernel::indicators`).
    pub indicators: Arc<crate::indicators::Registry>,
    site: Arc<SiteCache>,
    secret: Arc<tokio::sync::OnceCell<Vec<u8>>>,
}

/// An entry of the main navigation; features add their own, so the menu only links to modules
/// that exist.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Translation key of the label.
    pub label_key: &'static str,
    pub href: &'static str,
}

/// Something coming up (an activity, say) for the home page's "coming up" list.
#[derive(Debug, Clone)]
pub struct ComingUp {
    pub title: String,
    pub starts_at: i64,
    pub href: String,
    pub place: String,
}

pub type ComingUpLoader = Arc<
    dyn Fn(
            Db,
            crate::i18n::Lang,
        ) -> Pin<Box<dyn Future<Output = anyhow::Result<Vec<ComingUp>>> + Send>>
        + Send
        + Sync,
>;

/// A card on the management home `/beheer`, shown to people with the permission.
#[derive(Debug, Clone)]
pub struct ManagementLink {
    pub label_key: &'static str,
    pub text_key: &'static str,
    pub href: &'static str,
    pub permission: crate::authz::Permission,
}

/// What the layout shows of the programme on every page: its name and contact.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The plan's name per language code (falls back to Dutch, then to the translation
    /// `layout-site-name`).
    pub names: Vec<(crate::i18n::Lang, String)>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
}

pub type SiteLoader =
    Arc<dyn Fn(Db) -> Pin<Box<dyn Future<Output = anyhow::Result<Site>> + Send>> + Send + Sync>;

/// The site information, re-read at most every 30 s so that several app instances agree
/// without a shared cache, and pages still render (with the last known values) when the
/// database is away.
struct SiteCache {
    loader: Option<SiteLoader>,
    cached: RwLock<Option<(Instant, Site)>>,
}

const SITE_TTL: Duration = Duration::from_secs(30);

impl AppState {
    pub fn new(
        db: Db,
        i18n: Arc<I18n>,
        config: Arc<Config>,
        nav: Vec<NavItem>,
        site_loader: Option<SiteLoader>,
        openapi_json: String,
    ) -> anyhow::Result<AppState> {
        Ok(AppState(Arc::new(Shared {
            mailer: Arc::new(crate::mail::Mailer::from_config(&config)?),
            sealer: Arc::new(crate::sealing::Sealer::from_config(&config)?),
            management: Arc::new(vec![]),
            coming_up: None,
            rights: Arc::new(vec![]),
            indicators: Arc::new(vec![]),
            page_cache: Arc::new(page_cache::PageCache::new(Duration::from_millis(
                config.page_cache_millis,
            ))),
            secret: Arc::new(tokio::sync::OnceCell::new()),
            db,
            i18n,
            config,
            nav: Arc::new(nav),
            openapi_json: Arc::new(openapi_json),
            site: Arc::new(SiteCache {
                loader: site_loader,
                cached: RwLock::new(None),
            }),
        })))
    }

    /// Adds the features' management cards.
    pub fn with_management(mut self, links: Vec<ManagementLink>) -> AppState {
        Arc::make_mut(&mut self.0).management = Arc::new(links);
        self
    }

    pub fn with_coming_up(mut self, loader: ComingUpLoader) -> AppState {
        Arc::make_mut(&mut self.0).coming_up = Some(loader);
        self
    }

    /// Adds the features' parts in people's rights requests.
    pub fn with_rights(mut self, rights: crate::rights::Registry) -> AppState {
        Arc::make_mut(&mut self.0).rights = Arc::new(rights);
        self
    }

    /// Adds the features' counts for the monitor's indicators.
    pub fn with_indicators(mut self, indicators: crate::indicators::Registry) -> AppState {
        Arc::make_mut(&mut self.0).indicators = Arc::new(indicators);
        self
    }

    /// The next things coming up, or nothing when no module provides them or they fail to load.
    pub async fn coming_up(&self, lang: crate::i18n::Lang) -> Vec<ComingUp> {
        match &self.coming_up {
            Some(loader) => loader(self.db.clone(), lang).await.unwrap_or_else(|e| {
                tracing::warn!(error = %e, "coming up");
                vec![]
            }),
            None => vec![],
        }
    }

    /// The installation secret (read from the database once).
    pub async fn secret(&self) -> Result<&[u8], AppError> {
        self.secret
            .get_or_try_init(|| crate::crypto::installation_secret(&self.db))
            .await
            .map(Vec::as_slice)
            .map_err(AppError::from)
    }

    /// A translator for a language code (mail to a person in their own language).
    pub fn tr(&self, lang_code: &str) -> crate::i18n::Tr {
        let lang = crate::i18n::Lang::from_code(lang_code).unwrap_or(crate::i18n::Lang::DEFAULT);
        crate::i18n::Tr::new(lang, self.i18n.clone())
    }

    pub async fn site(&self) -> Site {
        if let Some((at, site)) = &*self.site.cached.read().await {
            if at.elapsed() < SITE_TTL {
                return site.clone();
            }
        }
        let Some(loader) = &self.site.loader else {
            return Site::default();
        };
        match loader(self.db.clone()).await {
            Ok(site) => {
                *self.site.cached.write().await = Some((Instant::now(), site.clone()));
                site
            }
            Err(err) => {
                tracing::warn!(error = %err, "site information unavailable");
                self.site
                    .cached
                    .read()
                    .await
                    .as_ref()
                    .map(|(_, s)| s.clone())
                    .unwrap_or_default()
            }
        }
    }

    /// Forgets the cached site information (after the programme was edited here).
    pub async fn refresh_site(&self) {
        *self.site.cached.write().await = None;
    }
}

/// Marks a personal answer that no shared cache or back-forward cache may keep. Paths under a
/// prefix registered with [`Routes::no_store`] get it from a middleware; this is for the few
/// personal pages elsewhere.
pub fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}

/// A page answering a form with errors: 422, the form shown again as filled in. One helper, so
/// that every feature answers a refused form with the same status.
pub fn invalid(response: Response) -> Response {
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, response).into_response()
}

/// A form page shown again: with messages 422 ([`invalid`]), else as it is.
pub fn shown(response: Response, with_errors: bool) -> Response {
    if with_errors {
        invalid(response)
    } else {
        response
    }
}

/// Renders a template as an HTML response; a rendering failure is logged and becomes a 500.
pub fn render<T: Template>(template: &T) -> Response {
    match template.render() {
        Ok(html) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
        Err(err) => AppError::Internal(anyhow::anyhow!("template: {err}")).into_response(),
    }
}
