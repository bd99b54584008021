//! OpenID Connect login against a small provider in the test process: discovery, JWKS and a
//! token endpoint that checks the PKCE verifier and signs ID tokens (RS256, a test-only key in
//! `oidc-test-key.pem`). Each ID token field can be set wrong to prove it is refused: state,
//! nonce, issuer, audience, unverified or unknown e-mail.

use super::kernel_app;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kansrijk_kernel::accounts::model::UserStatus;
use kansrijk_kernel::accounts::queries;
use kansrijk_kernel::audit;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::config::{Config, OidcProvider, Secret};
use kansrijk_kernel::testing::{
    create_person, db_test, enable_totp, location, Browser, TestApp, TestDb, TestResponse,
};
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey,
};
use openidconnect::{
    Audience, AuthenticationMethodReference, EmptyAdditionalClaims, EndUserEmail, IssuerUrl,
    JsonWebKeyId, Nonce, PrivateSigningKey, StandardClaims, SubjectIdentifier,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const KEY: &str = include_str!("oidc-test-key.pem");
const CLIENT_ID: &str = "kansrijk";
const JANE: &str = "jane@example.nl";

/// What the provider puts in its next ID token, and what it saw.
#[derive(Clone)]
struct Provider {
    issuer: String,
    /// The `iss` of the ID token (default: the issuer).
    token_issuer: Option<String>,
    /// The `nonce` of the ID token (default: the one of the authorization request).
    token_nonce: Option<String>,
    email: String,
    email_verified: bool,
    amr: Vec<String>,
    /// From the authorization request the browser was sent to.
    challenge: String,
    nonce: String,
    /// Set by the token endpoint: the PKCE verifier matched the challenge.
    verifier_matched: Option<bool>,
}

type Shared = Arc<Mutex<Provider>>;

fn signing_key() -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(KEY, Some(JsonWebKeyId::new("test".into()))).unwrap()
}

async fn discovery(State(p): State<Shared>) -> Json<serde_json::Value> {
    let issuer = p.lock().unwrap().issuer.clone();
    Json(serde_json::json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn jwks() -> Json<CoreJsonWebKeySet> {
    Json(CoreJsonWebKeySet::new(vec![
        signing_key().as_verification_key()
    ]))
}

async fn token(
    State(p): State<Shared>,
    axum::Form(form): axum::Form<HashMap<String, String>>,
) -> (StatusCode, Json<serde_json::Value>) {
    let mut p = p.lock().unwrap();
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let matched = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == p.challenge;
    p.verifier_matched = Some(matched);
    if !matched {
        return (
            StatusCode::BAD_REQUEST,
            Json(serde_json::json!({ "error": "invalid_grant" })),
        );
    }
    let now = chrono::Utc::now();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(p.token_issuer.clone().unwrap_or(p.issuer.clone())).unwrap(),
        vec![Audience::new(CLIENT_ID.into())],
        now + chrono::Duration::minutes(5),
        now,
        StandardClaims::new(SubjectIdentifier::new("person-1".into()))
            .set_email(Some(EndUserEmail::new(p.email.clone())))
            .set_email_verified(Some(p.email_verified)),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(
        p.token_nonce.clone().unwrap_or(p.nonce.clone()),
    )))
    .set_auth_method_refs(Some(
        p.amr
            .iter()
            .map(|a| AuthenticationMethodReference::new(a.clone()))
            .collect(),
    ));
    let id_token = CoreIdToken::new(
        claims,
        &signing_key(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap();
    (
        StatusCode::OK,
        Json(serde_json::json!({
            "access_token": "at",
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": id_token.to_string(),
        })),
    )
}

async fn start_provider() -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let shared = Arc::new(Mutex::new(Provider {
        issuer,
        token_issuer: None,
        token_nonce: None,
        email: JANE.into(),
        email_verified: true,
        amr: vec!["pwd".into(), "mfa".into()],
        challenge: String::new(),
        nonce: String::new(),
        verifier_matched: None,
    }));
    let router = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/token", post(token))
        .with_state(shared.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    shared
}

async fn app(t: &TestDb, provider: &Shared, client_id: &str, mfa_counts: bool) -> TestApp {
    let config = Config {
        oidc_providers: vec![OidcProvider {
            name: "gemeente".into(),
            issuer: provider.lock().unwrap().issuer.clone(),
            client_id: client_id.into(),
            client_secret: Secret("geheim".into()),
            email_claim: "email".into(),
            mfa_counts,
            acr_values: vec![],
        }],
        ..Config::default()
    };
    kernel_app(t, config).await
}

/// Starts the login, plays the provider's part (the authorization request's challenge and
/// nonce), and comes back to the callback with `state` as `tamper` makes it.
async fn round(
    b: &mut Browser<'_>,
    provider: &Shared,
    tamper: impl FnOnce(String) -> String,
) -> TestResponse {
    let r = b.get("/inloggen/oidc/gemeente?terug=/beheer").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let to = url::Url::parse(location(&r)).unwrap();
    let query: HashMap<String, String> = to.query_pairs().into_owned().collect();
    assert_eq!(
        to.as_str().split('?').next().unwrap(),
        format!("{}/authorize", provider.lock().unwrap().issuer)
    );
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(query["scope"].split(' ').any(|s| s == "openid"));
    assert!(query["redirect_uri"].ends_with("/inloggen/oidc/gemeente/terug"));
    assert!(b.has_cookie("kr_oidc"));
    {
        let mut p = provider.lock().unwrap();
        p.challenge = query["code_challenge"].clone();
        p.nonce = query["nonce"].clone();
    }
    let state = tamper(query["state"].clone());
    b.get(&format!(
        "/inloggen/oidc/gemeente/terug?code=c0de&state={state}"
    ))
    .await
}

fn refused(r: &TestResponse, b: &Browser<'_>, message: &str) {
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains(message), "{}", r.body);
    assert!(!b.has_cookie("kr_session"), "no session after a refusal");
    assert!(!b.has_cookie("kr_oidc"), "the login in progress is over");
}

const FAILED: &str = "Inloggen via je organisatie is niet gelukt";
const UNKNOWN: &str = "Er is hier geen account met het e-mailadres";

#[db_test]
async fn a_coordinator_logs_in_with_the_provider_whose_mfa_counts(t: TestDb) {
    let provider = start_provider().await;
    let app = app(&t, &provider, CLIENT_ID, true).await;
    let jane = create_person(&t.db, JANE, "x", &[Role::Coordinator]).await;
    let login = app.get("/inloggen").await;
    assert!(
        login.body.contains("href=\"/inloggen/oidc/gemeente\""),
        "{}",
        login.body
    );
    assert!(login.body.contains("Inloggen met gemeente"));

    let mut b = Browser::new(&app);
    let r = round(&mut b, &provider, |s| s).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        location(&r),
        "/beheer",
        "no TOTP code: the provider's second factor counts"
    );
    assert_eq!(
        provider.lock().unwrap().verifier_matched,
        Some(true),
        "PKCE verifier sent"
    );
    assert!(b.has_cookie("kr_session"));
    assert!(!b.has_cookie("kr_oidc"));
    assert_eq!(b.get("/beheer").await.status, StatusCode::OK);

    let entries = audit::search(
        &t.db,
        &audit::Filter {
            action: "login".into(),
            ..Default::default()
        },
        10,
        0,
    )
    .await
    .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].subject_id, jane.to_string());
    assert_eq!(
        entries[0].detail,
        "oidc gemeente, second step by the provider"
    );

    // Logging out ends the local session.
    b.get("/account").await;
    let r = b.post("/uitloggen", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = b.get("/beheer").await;
    assert!(location(&r).starts_with("/inloggen"), "{}", location(&r));
}

#[db_test]
async fn the_second_step_is_still_asked_when_the_providers_mfa_does_not_count(t: TestDb) {
    let provider = start_provider().await;
    let app = app(&t, &provider, CLIENT_ID, false).await;
    let jane = create_person(&t.db, JANE, "x", &[Role::Coordinator]).await;
    let mut b = Browser::new(&app);
    let r = round(&mut b, &provider, |s| s).await;
    assert_eq!(
        location(&r),
        "/account/tweestaps",
        "no TOTP yet: set it up first"
    );
    assert_eq!(b.get("/beheer").await.status, StatusCode::SEE_OTHER);

    enable_totp(&t.db, jane).await;
    let mut b = Browser::new(&app);
    let r = round(&mut b, &provider, |s| s).await;
    assert_eq!(location(&r), "/inloggen/code?terug=%2Fbeheer");

    // Counting, but the provider reports only a password.
    let app = self::app(&t, &provider, CLIENT_ID, true).await;
    provider.lock().unwrap().amr = vec!["pwd".into()];
    let mut b = Browser::new(&app);
    let r = round(&mut b, &provider, |s| s).await;
    assert_eq!(location(&r), "/inloggen/code?terug=%2Fbeheer");
}

#[db_test]
async fn a_wrong_state_nonce_issuer_or_audience_is_refused(t: TestDb) {
    let provider = start_provider().await;
    let app = app(&t, &provider, CLIENT_ID, true).await;
    create_person(&t.db, JANE, "x", &[Role::Coordinator]).await;

    let mut b = Browser::new(&app);
    let r = round(&mut b, &provider, |s| format!("{s}x")).await;
    refused(&r, &b, FAILED);
    assert_eq!(
        provider.lock().unwrap().verifier_matched,
        None,
        "no code exchange for a wrong state"
    );

    // No login in progress in this browser (a link from elsewhere).
    let mut b = Browser::new(&app);
    let r = b
        .get("/inloggen/oidc/gemeente/terug?code=c0de&state=abc")
        .await;
    refused(&r, &b, FAILED);

    provider.lock().unwrap().token_nonce = Some("another-nonce".into());
    let mut b = Browser::new(&app);
    refused(&round(&mut b, &provider, |s| s).await, &b, FAILED);
    provider.lock().unwrap().token_nonce = None;

    provider.lock().unwrap().token_issuer = Some("https://elsewhere.example".into());
    let mut b = Browser::new(&app);
    refused(&round(&mut b, &provider, |s| s).await, &b, FAILED);
    provider.lock().unwrap().token_issuer = None;

    // The same provider, but this installation is another client: the audience is wrong.
    let other = self::app(&t, &provider, "another-client", true).await;
    let mut b = Browser::new(&other);
    refused(&round(&mut b, &provider, |s| s).await, &b, FAILED);

    // And the untampered round does log in, so the refusals above were about the tampering.
    let mut b = Browser::new(&app);
    assert_eq!(location(&round(&mut b, &provider, |s| s).await), "/beheer");
    let logins = audit::search(
        &t.db,
        &audit::Filter {
            action: "login".into(),
            ..Default::default()
        },
        10,
        0,
    )
    .await
    .unwrap();
    assert_eq!(logins.len(), 1, "only the last round logged in");
}

#[db_test]
async fn an_unknown_unverified_or_blocked_address_is_refused_and_an_invited_one_becomes_active(
    t: TestDb,
) {
    let provider = start_provider().await;
    let app = app(&t, &provider, CLIENT_ID, true).await;
    let mut b = Browser::new(&app);
    refused(&round(&mut b, &provider, |s| s).await, &b, UNKNOWN);
    assert_eq!(
        queries::user_by_email(&t.db, JANE)
            .await
            .unwrap()
            .map(|u| u.id),
        None,
        "no account is created"
    );

    let jane = create_person(&t.db, JANE, "x", &[Role::Coordinator]).await;
    provider.lock().unwrap().email_verified = false;
    let mut b = Browser::new(&app);
    refused(&round(&mut b, &provider, |s| s).await, &b, FAILED);
    provider.lock().unwrap().email_verified = true;

    queries::set_status(&t.db, jane, UserStatus::Disabled)
        .await
        .unwrap();
    let mut b = Browser::new(&app);
    refused(&round(&mut b, &provider, |s| s).await, &b, UNKNOWN);

    // An invited person (no password yet) whose address the provider verified: in, with roles.
    queries::set_status(&t.db, jane, UserStatus::Invited)
        .await
        .unwrap();
    let invitation = queries::create_token(&t.db, jane, "invite", 3600)
        .await
        .unwrap();
    provider.lock().unwrap().email = "Jane@Example.nl".into();
    let mut b = Browser::new(&app);
    assert_eq!(location(&round(&mut b, &provider, |s| s).await), "/beheer");
    let user = queries::user_by_id(&t.db, jane).await.unwrap().unwrap();
    assert_eq!(user.status, "active");
    assert_eq!(b.get("/beheer").await.status, StatusCode::OK);
    // The invitation link no longer sets a password.
    assert_eq!(
        queries::peek_token(&t.db, &invitation, "invite")
            .await
            .unwrap(),
        None
    );
}
