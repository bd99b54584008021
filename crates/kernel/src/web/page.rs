//! The page context: what the base layout needs on every page (language, translations,
//! navigation, the plan's name), extracted from the request.

use super::forms::{csrf_token, form_key, CsrfBinding, CsrfIssued, Slot};
use super::{AppState, NavItem, Site};
use crate::accounts::model::CurrentUser;
use crate::authz::{allows, Permission};
use crate::i18n::{Lang, Tr};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::convert::Infallible;

pub struct Page {
    pub tr: Tr,
    pub title: String,
    path: String,
    /// The query string without `lang`, so language links keep the page's filters.
    query: Vec<(String, String)>,
    public_url: String,
    nav: std::sync::Arc<Vec<NavItem>>,
    site: Site,
    pub user: Option<CurrentUser>,
    csrf: String,
    csrf_issued: Option<CsrfIssued>,
}

/// A link of the language switcher.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// A `<link rel="alternate" hreflang>` entry.
pub struct Alternate {
    pub hreflang: &'static str,
    pub href: String,
}

impl FromRequestParts<AppState> for Page {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Page::from_parts(state, parts).await)
    }
}

impl Page {
    pub async fn from_parts(state: &AppState, parts: &Parts) -> Page {
        Page::for_request(
            state,
            &parts.extensions,
            parts.uri.path(),
            parts.uri.query(),
        )
        .await
    }

    /// The page context from a request's extensions (set by the language and session middleware).
    pub async fn for_request(
        state: &AppState,
        extensions: &axum::http::Extensions,
        path: &str,
        query: Option<&str>,
    ) -> Page {
        let lang = extensions.get::<Lang>().copied().unwrap_or(Lang::DEFAULT);
        let mut page = Page::new(state, lang, path, query).await;
        page.user = extensions.get::<CurrentUser>().cloned();
        if let (Some(binding), Ok(secret)) = (extensions.get::<CsrfBinding>(), state.secret().await)
        {
            page.csrf = csrf_token(secret, binding);
        }
        page.csrf_issued = extensions.get::<CsrfIssued>().cloned();
        page
    }

    pub async fn new(state: &AppState, lang: Lang, path: &str, query: Option<&str>) -> Page {
        let query = query
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .filter(|(k, _)| k != "lang")
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Page {
            tr: Tr::new(lang, state.i18n.clone()),
            title: String::new(),
            path: path.to_string(),
            query,
            public_url: state.config.public_url(),
            nav: state.nav.clone(),
            site: state.site().await,
            user: None,
            csrf: String::new(),
            csrf_issued: None,
        }
    }

    /// The CSRF token for this visitor's forms (`<input type="hidden" name="csrf">`), or its
    /// placeholder when the page cache renders the page for everyone.
    pub fn csrf(&self) -> &str {
        match &self.csrf_issued {
            Some(issued) => {
                issued.set();
                if issued.is_template() {
                    Slot::Csrf.placeholder()
                } else {
                    &self.csrf
                }
            }
            None => &self.csrf,
        }
    }

    /// A fresh idempotency key for a form on this page (see [`super::forms::form_key`]), or its
    /// placeholder when the page cache renders the page for everyone.
    pub fn form_key(&self) -> String {
        match &self.csrf_issued {
            Some(issued) if issued.is_template() => {
                issued.set();
                Slot::FormKey.placeholder().to_string()
            }
            _ => form_key(),
        }
    }

    /// Logged in with the second factor done (or not needed): the header then offers the
    /// account and management links; before that, only logging out.
    pub fn fully_logged_in(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.fully_authenticated())
    }

    pub fn user_name(&self) -> Option<&str> {
        self.user.as_ref().map(|u| u.name.as_str())
    }

    /// Shows the link to the management area.
    pub fn can_manage(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| allows(&u.roles, Permission::OpenManagement))
    }

    pub fn can(&self, permission: Permission) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.fully_authenticated() && allows(&u.roles, permission))
    }

    /// The current path and query, to come back to after logging in.
    pub fn here(&self) -> String {
        self.href_with_lang(None)
    }

    /// A date and time (seconds since the epoch) in Dutch local time, e.g. `28-11-2026 17:05`.
    pub fn datetime(&self, ts: impl Seconds) -> String {
        crate::time::format_local(ts.seconds())
    }

    /// Sets the `<title>` (the layout appends the plan's name).
    pub fn with_title(mut self, title: impl Into<String>) -> Page {
        self.title = title.into();
        self
    }

    /// Sets the `<title>` to the translation of `key`: what nearly every page handler does.
    pub fn titled(self, key: &str) -> Page {
        let title = self.t(key);
        self.with_title(title)
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang
    }

    pub fn lang_code(&self) -> &'static str {
        self.tr.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.tr.lang.dir()
    }

    /// The direction of a text in language `code`, for a block whose language differs from the
    /// page's (a Dutch fallback on an Arabic page): without its own `dir` its punctuation jumps.
    pub fn dir_of(&self, code: impl AsRef<str>) -> &'static str {
        Lang::from_code(code.as_ref()).map_or("ltr", Lang::dir)
    }

    /// The name of the language `code` in the reader's language ("Engels" on a Dutch page), for
    /// use inside a sentence.
    pub fn lang_name(&self, code: impl AsRef<str>) -> String {
        self.t(format!("lang-name-{}", code.as_ref()))
    }

    pub fn t(&self, key: impl AsRef<str>) -> String {
        self.tr.t(key.as_ref())
    }

    pub fn t_str(&self, key: &str, name: &str, value: impl AsRef<str>) -> String {
        self.tr.t_str(key, name, value.as_ref())
    }

    /// Templates pass values by reference, hence `Borrow`.
    pub fn t_num(&self, key: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        self.tr.t_num(key, name, *value.borrow())
    }

    pub fn asset(&self, name: &str) -> String {
        crate::assets::url(name)
    }

    pub fn site_name(&self) -> String {
        let lang = self.lang();
        self.site
            .names
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.site.names.iter().find(|(l, _)| *l == Lang::DEFAULT))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| self.t("layout-site-name"))
    }

    pub fn contact_name(&self) -> Option<&str> {
        self.site.contact_name.as_deref()
    }

    pub fn contact_email(&self) -> Option<&str> {
        self.site.contact_email.as_deref()
    }

    fn href_with_lang(&self, lang: Option<Lang>) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if let Some(lang) = lang {
            pairs.push(("lang", lang.code()));
        }
        if pairs.is_empty() {
            return self.path.clone();
        }
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        format!("{}?{query}", self.path)
    }

    /// Links to this page in every language (shareable: `?lang=xx`).
    pub fn languages(&self) -> Vec<LanguageLink> {
        Lang::ALL
            .into_iter()
            .map(|lang| LanguageLink {
                code: lang.code(),
                name: lang.native_name(),
                href: self.href_with_lang(Some(lang)),
                current: lang == self.lang(),
            })
            .collect()
    }

    /// `hreflang` alternates: every language plus `x-default` (the page without `lang`).
    pub fn alternates(&self) -> Vec<Alternate> {
        let mut list: Vec<Alternate> = Lang::ALL
            .into_iter()
            .map(|lang| Alternate {
                hreflang: lang.code(),
                href: format!("{}{}", self.public_url, self.href_with_lang(Some(lang))),
            })
            .collect();
        list.push(Alternate {
            hreflang: "x-default",
            href: format!("{}{}", self.public_url, self.href_with_lang(None)),
        });
        list
    }

    pub fn nav(&self) -> &[NavItem] {
        &self.nav
    }

    /// True for the navigation item of the current page (`aria-current="page"`).
    pub fn is_current(&self, item: &NavItem) -> bool {
        if item.href == "/" {
            self.path == "/"
        } else {
            self.path == item.href || self.path.starts_with(&format!("{}/", item.href))
        }
    }
}

/// A timestamp however deeply templates borrow it.
pub trait Seconds {
    fn seconds(&self) -> i64;
}

impl Seconds for i64 {
    fn seconds(&self) -> i64 {
        *self
    }
}

impl<T: Seconds + ?Sized> Seconds for &T {
    fn seconds(&self) -> i64 {
        (**self).seconds()
    }
}
