//! Registering routes together with the access they need, so no route can exist without an
//! entry in the authorisation table.

use super::AppState;
use crate::authz::Access;
use axum::routing::MethodRouter;
use axum::Router;

#[derive(Default)]
pub struct Routes {
    pub(crate) router: Router<AppState>,
    pub(crate) access: Vec<(&'static str, Access)>,
    /// Path prefixes whose every answer carries `Cache-Control: no-store`.
    pub(crate) no_store: Vec<&'static str>,
    /// Paths registered with [`Routes::public_shared`].
    pub(crate) shared: Vec<&'static str>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    /// Adds a route; `access` applies to every method of the path.
    pub fn route(
        mut self,
        path: &'static str,
        method_router: MethodRouter<AppState>,
        access: Access,
    ) -> Routes {
        assert!(
            !self.access.iter().any(|(p, _)| *p == path),
            "route {path} registered twice"
        );
        self.router = self.router.route(path, method_router);
        self.access.push((path, access));
        self
    }

    /// Adds a public route whose answers to visitors who are not logged in may be served from
    /// the page cache for a moment (see `web::page_cache` for the exact rules). Only for pages
    /// that show the same thing to every such visitor and read no personal data.
    pub fn public_cached(
        self,
        path: &'static str,
        method_router: MethodRouter<AppState>,
    ) -> Routes {
        let marked = method_router.layer(axum::middleware::map_response(
            |mut response: axum::response::Response| async move {
                response
                    .extensions_mut()
                    .insert(super::page_cache::Cacheable);
                response
            },
        ));
        self.route(path, marked, Access::Public)
    }

    /// Like [`Routes::public_cached`], and logged-in people with the same roles share the page
    /// too (see `web::page_cache::for_people`). Only for pages whose content depends on nothing
    /// of the person but their roles: the stored render sees a stand-in with the roles and
    /// without id, organisation or assignments; the layout's name and token are filled in per
    /// answer. (`kansrijk/tests/app/shared_pages.rs` compares two people's pages.)
    pub fn public_shared(
        self,
        path: &'static str,
        method_router: MethodRouter<AppState>,
    ) -> Routes {
        let mut routes = self.public_cached(
            path,
            method_router.layer(axum::middleware::map_response(
                |mut response: axum::response::Response| async move {
                    response
                        .extensions_mut()
                        .insert(super::page_cache::SameForPeople);
                    response
                },
            )),
        );
        routes.shared.push(path);
        routes
    }

    /// Marks every path at or under `prefix` (whole segments: `/account` covers
    /// `/account/tweestaps`, not `/accounts`) as personal: each answer there, error pages and
    /// redirects included, gets `Cache-Control: no-store` from one middleware, so no shared cache
    /// or back-forward cache keeps it.
    pub fn no_store(mut self, prefix: &'static str) -> Routes {
        self.no_store.push(prefix);
        self
    }

    pub fn merge(mut self, other: Routes) -> Routes {
        for (path, _) in &other.access {
            assert!(
                !self.access.iter().any(|(p, _)| p == path),
                "route {path} registered twice"
            );
        }
        self.router = self.router.merge(other.router);
        self.access.extend(other.access);
        self.no_store.extend(other.no_store);
        self.shared.extend(other.shared);
        self
    }

    /// The paths registered with [`Routes::public_shared`], for the test that compares two
    /// people's pages.
    pub fn shared_paths(&self) -> &[&'static str] {
        &self.shared
    }

    /// Every registered path with its access, for the route × role test matrix.
    pub fn access_table(&self) -> &[(&'static str, Access)] {
        &self.access
    }

    /// The prefixes registered with [`Routes::no_store`].
    pub fn no_store_prefixes(&self) -> &[&'static str] {
        &self.no_store
    }
}
