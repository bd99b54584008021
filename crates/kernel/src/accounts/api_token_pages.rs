//! `/beheer/api-sleutels`: coordinators make, list and revoke API tokens (see `api_tokens`).

use super::api_tokens::{self, ApiToken, NewToken, TokenScope};
use super::model::{CurrentUser, Organisation, NAME_MAX};
use super::queries;
use crate::audit::{self, Action};
use crate::db::now;
use crate::web::{render, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The longest a token may live: a system's owner renews it at least every two years.
const MAX_DAYS: i64 = 731;

#[derive(Debug, Default, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    description: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    area_id: String,
    #[serde(default)]
    expires: String,
    #[serde(default)]
    scope_registrations: Option<String>,
    #[serde(default)]
    scope_cases: Option<String>,
    #[serde(default)]
    scope_coverage: Option<String>,
    /// At national scale: the municipality whose areas the form offers (a CBS code).
    #[serde(default)]
    gemeente: String,
    /// `gemeente`: the person chose a municipality; show the form again, nothing made.
    #[serde(default)]
    step: String,
}

impl TokenForm {
    fn scopes(&self) -> Vec<TokenScope> {
        [
            (TokenScope::Registrations, &self.scope_registrations),
            (TokenScope::Cases, &self.scope_cases),
            (TokenScope::Coverage, &self.scope_coverage),
        ]
        .into_iter()
        .filter(|(_, v)| v.is_some())
        .map(|(s, _)| s)
        .collect()
    }

    /// The areas the form offers: every wijk and buurt, or at national scale those of one
    /// municipality.
    fn areas(&self, index: &crate::areas::AreaIndex) -> crate::areas::AreaChoice {
        index.choice(
            crate::areas::Offer::DistrictsAndBuurten,
            &self.gemeente,
            self.area_id.trim().parse().ok(),
        )
    }
}

/// One row of the list.
pub struct Row {
    pub token: ApiToken,
    pub scopes: Vec<TokenScope>,
    pub status_key: &'static str,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "admin/api_tokens.html")]
pub struct TokensPage {
    pub page: Page,
    pub rows: Vec<Row>,
    pub organisations: Vec<Organisation>,
    /// The areas a token can be limited to (at national scale those of one municipality).
    pub areas: crate::areas::AreaChoice,
    pub scopes: Vec<TokenScope>,
    pub form: TokenForm,
    pub chosen: Vec<TokenScope>,
    pub errors: FieldErrors,
    /// The secret of the token just made, shown this once.
    pub secret: Option<String>,
}

async fn tokens_page(
    state: &AppState,
    page: Page,
    form: TokenForm,
    errors: FieldErrors,
    secret: Option<String>,
) -> AppResult<Response> {
    let at = now();
    let rows = api_tokens::list(&state.db)
        .await?
        .into_iter()
        .map(|token| Row {
            scopes: api_tokens::parse_scopes(&token.scopes),
            status_key: if token.revoked_at.is_some() {
                "api-token-revoked"
            } else if token.expires_at <= at {
                "api-token-expired"
            } else {
                "api-token-active"
            },
            expires: crate::time::format_local(token.expires_at),
            token,
        })
        .collect();
    let areas = form.areas(&*crate::areas::index(&state.db).await?);
    Ok(render(&TokensPage {
        page: page.titled("api-tokens-title"),
        rows,
        organisations: queries::organisations(&state.db).await?,
        areas,
        scopes: TokenScope::ALL.to_vec(),
        chosen: form.scopes(),
        form,
        errors,
        secret,
    }))
}

pub async fn list(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let form = TokenForm {
        expires: default_expiry(),
        ..TokenForm::default()
    };
    tokens_page(&state, page, form, FieldErrors::new(), None).await
}

/// A year from today, as `<input type="date">` wants it.
fn default_expiry() -> String {
    jiff::Timestamp::from_second(now() + 365 * 86_400)
        .map(|t| {
            t.to_zoned(crate::time::amsterdam().clone())
                .date()
                .to_string()
        })
        .unwrap_or_default()
}

pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    if form.step == "gemeente" {
        return tokens_page(&state, page, form, FieldErrors::new(), None).await;
    }
    let mut errors = FieldErrors::new();
    let description = form.description.trim();
    if description.is_empty() || description.chars().count() > NAME_MAX {
        errors.add("description", "api-token-error-description");
    }
    let organisation_id = match form.organisation_id.trim().parse::<i64>() {
        Ok(o) if queries::organisation(&state.db, o).await?.is_some() => Some(o),
        _ => {
            errors.add("organisation_id", "api-token-error-organisation");
            None
        }
    };
    let index = crate::areas::index(&state.db).await?;
    let area_id = form
        .areas(&index)
        .check_field(&index, &form.area_id, "api-token-error-area")
        .unwrap_or_else(|key| {
            errors.add("area_id", key);
            None
        });
    let scopes = form.scopes();
    if scopes.is_empty() {
        errors.add("scopes", "api-token-error-scopes");
    }
    // Valid through the chosen day (Amsterdam time).
    let expires_at = crate::time::parse_local_date(&form.expires)
        .map(|start| start + 86_400)
        .filter(|e| *e > now() && *e <= now() + MAX_DAYS * 86_400);
    if expires_at.is_none() {
        errors.add("expires", "api-token-error-expires");
    }
    let (Some(organisation_id), Some(expires_at), true) =
        (organisation_id, expires_at, errors.is_empty())
    else {
        return tokens_page(&state, page, form, errors, None).await;
    };
    let (id, secret) = api_tokens::create(
        &state.db,
        &state.sealer,
        &NewToken {
            description,
            organisation_id,
            area_id,
            scopes: &scopes,
            expires_at,
            created_by: Some(user.id),
        },
    )
    .await?;
    let names: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "api_token",
        &id.to_string(),
        &names.join(","),
    )
    .await?;
    // The next token is often for the same municipality.
    let fresh = TokenForm {
        expires: default_expiry(),
        gemeente: form.gemeente,
        ..TokenForm::default()
    };
    tokens_page(&state, page, fresh, FieldErrors::new(), Some(secret)).await
}

pub async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    if !api_tokens::revoke(&state.db, id).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "api_token",
        &id.to_string(),
        "revoked",
    )
    .await?;
    Ok(Redirect::to("/beheer/api-sleutels").into_response())
}
