//! API tokens for authorised systems (a data portal, a dashboard, a case system).
//!
//! A coordinator makes a token for an organisation (and optionally a wijk or buurt) with
//! scopes and an expiry; the secret is shown once and stored as a keyed hash under the key
//! outside the database. A request to `/api/…` with `Authorization: Bearer <secret>` and no
//! session acts as a *principal*: a [`CurrentUser`] without a person whose role assignments come
//! from the token (for each scope, the least role that has its permission, limited to the
//! token's organisation and area) and whose [`TokenGrant`] narrows those roles to the scopes.
//! So the `access` middleware, `scope::check` and `Scope::load` treat a token exactly like a
//! person with those roles. Every use is audited (`api-token:<id>`, never the secret) and
//! counted against a per-token rate limit.

use super::model::{CurrentUser, RoleAssignment, TokenGrant};
use crate::audit::{self, Action};
use crate::authz::{role_permissions, Permission, Role};
use crate::db::{now, Db};
use crate::sealing::Sealer;
use crate::web::AppError;

/// Requests per token per minute.
pub const RATE_LIMIT_PER_MINUTE: i64 = 120;
/// Every secret starts with this, so a leaked one is recognisable (secret scanners).
pub const PREFIX: &str = "krt_";
const HASH_PURPOSE: &str = "api-token";

/// What a token may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenScope {
    /// The registrations of the organisation's activities.
    Registrations,
    /// Case metadata of the meldpunt, limited to the token's area.
    Cases,
    /// The training coverage figures.
    Coverage,
    /// Metadata of the mediation cases the organisation referred (never names or texts).
    Mediation,
}

impl TokenScope {
    pub const ALL: [TokenScope; 4] = [
        TokenScope::Registrations,
        TokenScope::Cases,
        TokenScope::Coverage,
        TokenScope::Mediation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Registrations => "registrations",
            TokenScope::Cases => "cases",
            TokenScope::Coverage => "coverage",
            TokenScope::Mediation => "mediation",
        }
    }

    pub fn parse(s: &str) -> Option<TokenScope> {
        TokenScope::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn permission(self) -> Permission {
        match self {
            TokenScope::Registrations => Permission::ManageActivities,
            TokenScope::Cases => Permission::HandleReports,
            TokenScope::Coverage => Permission::ViewTrainingCoverage,
            // The API answers only the cases of the token's own organisation as referrer.
            TokenScope::Mediation => Permission::HandleMediation,
        }
    }

    pub fn label_key(self) -> String {
        format!("api-token-scope-{}", self.as_str())
    }
}

/// The scopes stored as `registrations,cases`.
pub fn parse_scopes(stored: &str) -> Vec<TokenScope> {
    stored.split(',').filter_map(TokenScope::parse).collect()
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub description: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub scopes: String,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub created_at: i64,
}

impl ApiToken {
    pub fn active(&self, at: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at > at
    }
}

const COLUMNS: &str =
    "t.id, t.description, t.organisation_id, o.name AS organisation_name, t.area_id, \
     a.name AS area_name, t.scopes, t.expires_at, t.revoked_at, t.created_at \
     FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id \
     LEFT JOIN areas a ON a.id = t.area_id";

/// What a coordinator asks for.
pub struct NewToken<'a> {
    pub description: &'a str,
    pub organisation_id: i64,
    pub area_id: Option<i64>,
    pub scopes: &'a [TokenScope],
    pub expires_at: i64,
    pub created_by: Option<i64>,
}

/// Stores a new token and returns its id and the secret (to be shown once, never stored).
pub async fn create(db: &Db, sealer: &Sealer, new: &NewToken<'_>) -> sqlx::Result<(i64, String)> {
    let secret = format!("{PREFIX}{}", crate::crypto::random_token(32));
    let scopes: Vec<&str> = new.scopes.iter().map(|s| s.as_str()).collect();
    let id = sqlx::query_scalar(
        "INSERT INTO api_tokens (token_hash, description, organisation_id, area_id, scopes, expires_at, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(sealer.keyed_hash(HASH_PURPOSE, &secret))
    .bind(new.description)
    .bind(new.organisation_id)
    .bind(new.area_id)
    .bind(scopes.join(","))
    .bind(new.expires_at)
    .bind(new.created_by)
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok((id, secret))
}

pub async fn list(db: &Db) -> sqlx::Result<Vec<ApiToken>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} ORDER BY t.created_at DESC, t.id DESC"
    ))
    .fetch_all(&db.pool)
    .await
}

/// Revokes a token (once); false when there is no such token or it was revoked already.
pub async fn revoke(db: &Db, id: i64) -> sqlx::Result<bool> {
    let done =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now())
            .bind(id)
            .execute(&db.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The token behind a secret, when it is neither revoked nor expired. Hashes under older keys
/// are tried too, so tokens survive a key rotation.
pub async fn find(db: &Db, sealer: &Sealer, secret: &str) -> sqlx::Result<Option<ApiToken>> {
    if !secret.starts_with(PREFIX) {
        return Ok(None);
    }
    let sql = format!("SELECT {COLUMNS} WHERE t.token_hash = $1");
    let token: Option<ApiToken> = sealer
        .find_by_keyed_hash(db, HASH_PURPOSE, secret, &sql)
        .await?;
    Ok(token.filter(|t| t.active(now())))
}

/// The principal a token acts as (see the module documentation).
pub fn principal(token: &ApiToken) -> CurrentUser {
    let scopes = parse_scopes(&token.scopes);
    let permissions: Vec<Permission> = scopes.iter().map(|s| s.permission()).collect();
    let mut roles: Vec<Role> = permissions
        .iter()
        .filter_map(|p| {
            Role::ALL
                .into_iter()
                .find(|r| role_permissions(*r).contains(p))
        })
        .collect();
    roles.sort();
    roles.dedup();
    let assignments = roles
        .iter()
        .map(|r| RoleAssignment {
            id: 0,
            user_id: 0,
            role: r.as_str().to_string(),
            organisation_id: Some(token.organisation_id),
            area_id: token.area_id,
        })
        .collect();
    CurrentUser {
        id: 0,
        name: format!("api-token:{}", token.id),
        email: String::new(),
        lang: "nl".into(),
        organisation_id: Some(token.organisation_id),
        assignments,
        roles,
        totp_enabled: false,
        // The token is the whole credential; there is no second step to pass.
        mfa_passed: true,
        session_hash: String::new(),
        token: Some(TokenGrant {
            id: token.id,
            permissions,
        }),
    }
}

/// Authenticates a bearer secret for one request: the principal, after counting the request
/// against the token's rate limit and writing the use to the audit log. `Ok(None)`: unknown,
/// expired or revoked.
pub async fn authenticate(
    db: &Db,
    sealer: &Sealer,
    secret: &str,
    method: &str,
    path: &str,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = find(db, sealer, secret).await? else {
        return Ok(None);
    };
    let principal = principal(&token);
    crate::ratelimit::hit(
        db,
        &format!("api-token:{}", token.id),
        RATE_LIMIT_PER_MINUTE,
        60,
    )
    .await?;
    audit::record(
        db,
        Some(&principal),
        Action::Read,
        "api_token",
        &token.id.to_string(),
        &format!("{method} {path}"),
    )
    .await?;
    Ok(Some(principal))
}

/// The secret of an `Authorization: Bearer …` header.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// Under `/api/`, a request without a session that sends `Authorization: Bearer …` acts as the
/// token's principal. An unknown, expired or revoked token is refused with 401 (a system that
/// sends a token expects it to count); too many requests with one token get 429.
pub async fn middleware(
    axum::extract::State(state): axum::extract::State<crate::web::AppState>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = request.uri().path().to_string();
    if !path.starts_with("/api/") || request.extensions().get::<CurrentUser>().is_some() {
        return next.run(request).await;
    }
    let Some(secret) = bearer(request.headers()).map(str::to_string) else {
        return next.run(request).await;
    };
    let method = request.method().to_string();
    match authenticate(&state.db, &state.sealer, &secret, &method, &path).await {
        Ok(Some(principal)) => {
            request.extensions_mut().insert(principal);
            next.run(request).await
        }
        Ok(None) => unauthorised(),
        Err(e) => e.into_response(),
    }
}

/// 401 with the challenge of RFC 6750; the error-pages middleware writes the problem document.
pub fn unauthorised() -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        axum::http::StatusCode::UNAUTHORIZED,
        [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(scopes: &str) -> ApiToken {
        ApiToken {
            id: 5,
            description: "Dashboard".into(),
            organisation_id: 3,
            organisation_name: "Wijkteam".into(),
            area_id: Some(9),
            area_name: None,
            scopes: scopes.into(),
            expires_at: i64::MAX,
            revoked_at: None,
            created_at: 0,
        }
    }

    #[test]
    fn a_principal_may_exactly_what_its_scopes_allow_for_its_organisation_and_area() {
        let p = principal(&token("cases"));
        assert!(p.may(Permission::HandleReports));
        // The report handler's role has more permissions; the token's scopes narrow them.
        assert!(!p.may(Permission::ViewReportFigures));
        assert!(!p.may(Permission::OpenManagement));
        assert!(!p.may(Permission::ManageActivities));
        assert!(p.fully_authenticated());
        assert!(p
            .assignments
            .iter()
            .all(|a| a.organisation_id == Some(3) && a.area_id == Some(9)));
        let both = principal(&token("registrations,coverage"));
        assert!(both.may(Permission::ManageActivities));
        assert!(both.may(Permission::ViewTrainingCoverage));
        assert!(!both.may(Permission::ManagePeople));
        assert!(!both.may(Permission::HandleReports));
        let mediation = principal(&token("mediation"));
        assert!(mediation.may(Permission::HandleMediation));
        assert!(!mediation.may(Permission::RecordSchoolMediation));
        assert!(!mediation.may(Permission::HandleReports));
        assert_eq!(parse_scopes("cases,mediation").len(), 2);
    }
}
