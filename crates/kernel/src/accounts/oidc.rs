//! OpenID Connect login for staff: the authorization code flow with PKCE, state and nonce, against
//! the providers named in `oidc_providers`. The ID token is checked by `openidconnect` (signature
//! from the provider's JWKS, issuer, audience, expiry, nonce). An existing account is linked by
//! its verified e-mail address and keeps its roles; no account is ever created here.
//!
//! Between the start and the callback, state, nonce, PKCE verifier and return address live in a
//! short-lived cookie signed with the installation secret, so any app instance can finish the
//! login and nothing is stored for flows that are never completed.

use super::handlers::{begin_session, notice, safe_return, with_cookie, ReturnTo};
use super::model::normalise_email;
use super::{queries, session};
use crate::audit::{self, Action};
use crate::config::OidcProvider;
use crate::crypto::{constant_time_eq, hmac_hex};
use crate::db::now;
use crate::ratelimit;

use crate::web::{AppError, AppResult, AppState, ClientAddr, Page};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    reqwest, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The cookie holding one login in progress.
pub const FLOW_COOKIE: &str = "kr_oidc";
/// A login at the provider must be finished within this many seconds.
const FLOW_SECS: i64 = 600;
/// `amr` values (RFC 8176) that mean the provider asked for more than a password.
pub const MFA_AMR: [&str; 3] = ["mfa", "otp", "hwk"];
/// Starts and callbacks per address in five minutes (each one makes requests to the provider).
const LIMIT: i64 = 30;

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What the browser carries from the start to the callback (signed, not secret from its owner).
#[derive(Serialize, Deserialize)]
struct Flow {
    provider: String,
    state: String,
    nonce: String,
    verifier: String,
    terug: String,
    expires: i64,
}

fn seal_flow(secret: &[u8], flow: &Flow) -> String {
    let body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(flow).unwrap_or_default());
    let mac = hmac_hex(secret, &format!("oidc|{body}"));
    format!("{body}.{mac}")
}

fn open_flow(secret: &[u8], value: &str) -> Option<Flow> {
    let (body, mac) = value.split_once('.')?;
    if !constant_time_eq(mac, &hmac_hex(secret, &format!("oidc|{body}"))) {
        return None;
    }
    let flow: Flow = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(body).ok()?).ok()?;
    (flow.expires > now()).then_some(flow)
}

/// One HTTP client for all providers; redirects are not followed (the OpenID Connect advice
/// against request forgery through the provider's answers).
fn http_client() -> &'static reqwest::Client {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_default()
    })
}

fn provider<'a>(state: &'a AppState, name: &str) -> AppResult<&'a OidcProvider> {
    state
        .config
        .oidc_providers
        .iter()
        .find(|p| p.name == name)
        .ok_or(AppError::NotFound)
}

/// The client for `provider`, from its discovery document (read at each login, so a key or
/// endpoint change at the provider needs no restart here).
async fn client(state: &AppState, provider: &OidcProvider) -> anyhow::Result<Client> {
    let issuer = IssuerUrl::new(provider.issuer.clone())?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http_client()).await?;
    let redirect = RedirectUrl::new(format!(
        "{}/inloggen/oidc/{}/terug",
        state.config.public_url(),
        provider.name
    ))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(provider.client_id.clone()),
        Some(ClientSecret::new(provider.client_secret.0.clone())),
    )
    .set_redirect_uri(redirect))
}

/// The login buttons: (address, label) per provider, keeping the return address.
pub fn login_links(state: &AppState, page: &Page, terug: &str) -> Vec<(String, String)> {
    state
        .config
        .oidc_providers
        .iter()
        .map(|p| {
            let mut href = format!("/inloggen/oidc/{}", p.name);
            if !terug.is_empty() {
                href.push('?');
                href.push_str(
                    &url::form_urlencoded::Serializer::new(String::new())
                        .append_pair("terug", terug)
                        .finish(),
                );
            }
            (href, page.t_str("login-oidc-button", "provider", &p.name))
        })
        .collect()
}

async fn rate_limit(state: &AppState, ClientAddr(ip): &ClientAddr) -> AppResult<()> {
    ratelimit::hit(&state.db, &format!("oidc:ip:{ip}"), LIMIT, 300).await
}

fn refusal(state: &AppState, page: Page, message_key: &str) -> Response {
    let clear = session::set_cookie(FLOW_COOKIE, "", 0, state.config.secure_cookies());
    let response = notice(
        page,
        "oidc-failed-title",
        message_key,
        Some(("/inloggen", "login-title")),
    );
    with_cookie((StatusCode::FORBIDDEN, response), clear)
}

/// `GET /inloggen/oidc/{provider}`: off to the provider.
pub async fn start(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(q): Query<ReturnTo>,
    addr: ClientAddr,
    page: Page,
) -> AppResult<Response> {
    let provider = provider(&state, &name)?;
    rate_limit(&state, &addr).await?;
    let client = match client(&state, provider).await {
        Ok(client) => client,
        Err(e) => {
            tracing::warn!(provider = %provider.name, error = %e, "OpenID Connect discovery failed");
            return Ok(refusal(&state, page, "oidc-failed-message"));
        }
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .set_pkce_challenge(challenge)
        .url();
    let flow = Flow {
        provider: provider.name.clone(),
        state: csrf.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        terug: safe_return(&q.terug),
        expires: now() + FLOW_SECS,
    };
    let secret = state.secret().await?;
    let cookie = session::set_cookie(
        FLOW_COOKIE,
        &seal_flow(secret, &flow),
        FLOW_SECS,
        state.config.secure_cookies(),
    );
    Ok(with_cookie(Redirect::to(url.as_str()), cookie))
}

#[derive(Deserialize)]
pub struct Callback {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    error: String,
}

/// Why a callback was refused (logged; the person sees a translated page).
enum Refused {
    Failed(String),
    UnknownEmail,
    Db(sqlx::Error),
}

impl From<sqlx::Error> for Refused {
    fn from(e: sqlx::Error) -> Self {
        Refused::Db(e)
    }
}

fn failed(why: impl std::fmt::Display) -> Refused {
    Refused::Failed(why.to_string())
}

/// The verified ID token's claims: state, code exchange with the PKCE verifier, then signature,
/// issuer, audience, expiry and nonce.
async fn verified_claims(
    state: &AppState,
    provider: &OidcProvider,
    flow: Option<Flow>,
    q: &Callback,
) -> Result<serde_json::Map<String, Value>, Refused> {
    let flow = flow.ok_or_else(|| failed("no valid login cookie"))?;
    if flow.provider != provider.name {
        return Err(failed("login was started with another provider"));
    }
    if !q.error.is_empty() {
        return Err(failed(format!("the provider answered {:?}", q.error)));
    }
    if q.state.is_empty() || !constant_time_eq(&q.state, &flow.state) {
        return Err(failed("state does not match"));
    }
    let client = client(state, provider)
        .await
        .map_err(|e| failed(format!("discovery: {e}")))?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(q.code.clone()))
        .map_err(failed)?
        .set_pkce_verifier(PkceCodeVerifier::new(flow.verifier))
        .request_async(http_client())
        .await
        .map_err(|e| failed(format!("token request: {e}")))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| failed("no ID token in the answer"))?;
    id_token
        .claims(&client.id_token_verifier(), &Nonce::new(flow.nonce))
        .map_err(|e| failed(format!("ID token refused: {e}")))?;
    // Checked above: the payload can be read as it is, which also reaches a configured claim
    // (`email_claim`) that the library's typed claims do not know.
    let jwt = id_token.to_string();
    let payload = jwt
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .ok_or_else(|| failed("unreadable ID token"))?;
    serde_json::from_slice(&payload).map_err(failed)
}

/// Whether the provider's own second factor counts as this installation's second step.
pub fn provider_mfa(provider: &OidcProvider, claims: &serde_json::Map<String, Value>) -> bool {
    let amr = claims
        .get("amr")
        .and_then(Value::as_array)
        .is_some_and(|values| {
            values
                .iter()
                .filter_map(Value::as_str)
                .any(|v| MFA_AMR.contains(&v))
        });
    let acr = claims
        .get("acr")
        .and_then(Value::as_str)
        .is_some_and(|v| provider.acr_values.iter().any(|a| a == v));
    provider.mfa_counts && (amr || acr)
}

/// The linked account: by the verified e-mail address, active or invited (the provider's
/// verified address proves what the invitation mail would have).
async fn linked_user(
    state: &AppState,
    provider: &OidcProvider,
    claims: &serde_json::Map<String, Value>,
) -> Result<super::model::User, Refused> {
    if claims.get("email_verified") != Some(&Value::Bool(true)) {
        return Err(failed("e-mail address not verified by the provider"));
    }
    let email = claims
        .get(&provider.email_claim)
        .and_then(Value::as_str)
        .map(normalise_email)
        .ok_or_else(|| failed(format!("no {:?} claim", provider.email_claim)))?;
    let user = queries::user_by_email(&state.db, &email)
        .await?
        .ok_or(Refused::UnknownEmail)?;
    match user.status.as_str() {
        "active" => Ok(user),
        "invited" => {
            queries::activate_invited(&state.db, user.id).await?;
            audit::person(
                &state.db,
                None,
                Action::Update,
                user.id,
                &format!("invitation accepted by logging in with {}", provider.name),
            )
            .await?;
            Ok(user)
        }
        _ => {
            audit::person(
                &state.db,
                None,
                Action::LoginFailed,
                user.id,
                &format!("oidc {}: account not active", provider.name),
            )
            .await?;
            Err(Refused::UnknownEmail)
        }
    }
}

/// `GET /inloggen/oidc/{provider}/terug`: the provider sends the person back here.
pub async fn callback(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(q): Query<Callback>,
    headers: HeaderMap,
    addr: ClientAddr,
    page: Page,
) -> AppResult<Response> {
    let provider = provider(&state, &name)?;
    rate_limit(&state, &addr).await?;
    let secret = state.secret().await?;
    let flow = session::cookie_value(&headers, FLOW_COOKIE).and_then(|v| open_flow(secret, &v));
    let back = flow.as_ref().map(|f| f.terug.clone()).unwrap_or_default();
    let outcome = match verified_claims(&state, provider, flow, &q).await {
        Ok(claims) => linked_user(&state, provider, &claims)
            .await
            .map(|user| (user, provider_mfa(provider, &claims))),
        Err(e) => Err(e),
    };
    let (user, mfa) = match outcome {
        Ok(found) => found,
        Err(Refused::Db(e)) => return Err(e.into()),
        Err(Refused::UnknownEmail) => return Ok(refusal(&state, page, "oidc-unknown-message")),
        Err(Refused::Failed(why)) => {
            tracing::warn!(provider = %provider.name, reason = %why, "OpenID Connect login refused");
            return Ok(refusal(&state, page, "oidc-failed-message"));
        }
    };
    let second_step = if mfa {
        ", second step by the provider"
    } else {
        ""
    };
    let detail = format!("oidc {}{second_step}", provider.name);
    let (next, cookie) = begin_session(&state, &page, &user, mfa, &detail, &back).await?;
    let secure = state.config.secure_cookies();
    let clear = session::set_cookie(FLOW_COOKIE, "", 0, secure);
    Ok(with_cookie(with_cookie(Redirect::to(&next), cookie), clear).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn provider(mfa_counts: bool) -> OidcProvider {
        OidcProvider {
            name: "gemeente".into(),
            issuer: "https://login.example".into(),
            client_id: "kansrijk".into(),
            client_secret: Secret("s".into()),
            email_claim: "email".into(),
            mfa_counts,
            acr_values: vec!["urn:example:loa:high".into()],
        }
    }

    fn claims(json: Value) -> serde_json::Map<String, Value> {
        json.as_object().unwrap().clone()
    }

    #[test]
    fn the_providers_second_factor_counts_only_when_the_installation_says_so() {
        let mfa = claims(serde_json::json!({ "amr": ["pwd", "otp"] }));
        let acr = claims(serde_json::json!({ "acr": "urn:example:loa:high" }));
        let weak = claims(serde_json::json!({ "amr": ["pwd"], "acr": "urn:example:loa:low" }));
        assert!(provider_mfa(&provider(true), &mfa));
        assert!(provider_mfa(&provider(true), &acr));
        assert!(!provider_mfa(&provider(true), &weak));
        assert!(!provider_mfa(
            &provider(true),
            &claims(serde_json::json!({}))
        ));
        assert!(!provider_mfa(&provider(false), &mfa));
        assert!(!provider_mfa(&provider(false), &acr));
    }

    #[test]
    fn the_flow_cookie_is_refused_when_tampered_with_or_expired() {
        let secret = b"installation secret";
        let flow = Flow {
            provider: "gemeente".into(),
            state: "s".into(),
            nonce: "n".into(),
            verifier: "v".into(),
            terug: "/beheer".into(),
            expires: now() + 60,
        };
        let sealed = seal_flow(secret, &flow);
        assert_eq!(open_flow(secret, &sealed).unwrap().state, "s");
        assert!(open_flow(b"another secret", &sealed).is_none());
        let (body, mac) = sealed.split_once('.').unwrap();
        let mut other = flow;
        other.state = "forged".into();
        let forged_body = seal_flow(b"x", &other);
        let forged = format!("{}.{mac}", forged_body.split_once('.').unwrap().0);
        assert!(open_flow(secret, &forged).is_none());
        assert!(open_flow(secret, body).is_none());
        other.expires = now() - 1;
        assert!(open_flow(secret, &seal_flow(secret, &other)).is_none());
    }
}
