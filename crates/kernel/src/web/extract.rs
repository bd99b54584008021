//! Extractors every feature uses, so that no handler parses ids, reads the client's address or
//! looks up the person by hand.

use super::{AppError, AppState};
use crate::accounts::model::CurrentUser;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use std::collections::HashMap;

/// The record id of a route's `{id}` (or its only parameter); anything that is not a whole
/// number answers 404, exactly like an id that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for RecordId {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let raw = match params.get("id") {
            Some(id) => id,
            None if params.len() == 1 => params.values().next().expect("one parameter"),
            None => return Err(AppError::NotFound),
        };
        parse_id(raw).map(RecordId)
    }
}

/// A path segment as a record id; 404 when it is not one.
pub fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// The client's address for rate limits: the socket peer, or the last `X-Forwarded-For` hop
/// when the installation says a trusted proxy sits in front (`trust_forwarded_for`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(super::middleware::client_ip(
            &parts.headers,
            &parts.extensions,
            state.config.trust_forwarded_for,
        )))
    }
}

/// The logged-in person as an extractor: `user: CurrentUser` in a handler. Routes that need a
/// login are refused by the access table before a handler runs; a handler that still finds
/// nobody answers 403, never a default person.
impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CurrentUser>()
            .cloned()
            .ok_or(AppError::Forbidden)
    }
}
