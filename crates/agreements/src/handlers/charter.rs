//! The charter in force, its versions and poster, and signing by partners.

use super::{audited, by_pillar, poster_css_url, Group, Notice};
use crate::model::{validate_commitment, Change, Paper, Status};
use crate::queries::{self, Agreement, Commitment, Signature, VersionItem};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::Action;
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

/// A partner that signed, with its commitments.
pub struct Partner {
    pub signature: Signature,
    pub commitments: Vec<Commitment>,
}

pub async fn partners(state: &AppState) -> AppResult<Vec<Partner>> {
    let commitments = queries::commitments(&state.db).await?;
    Ok(queries::signatures(&state.db)
        .await?
        .into_iter()
        .map(|signature| Partner {
            commitments: commitments
                .iter()
                .filter(|c| c.organisation_id == signature.organisation_id)
                .cloned()
                .collect(),
            signature,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "charter.html")]
pub struct CharterPage {
    pub page: Page,
    pub groups: Vec<Group<Agreement>>,
    pub version: Option<queries::Version>,
    pub partners: Vec<Partner>,
    pub notice: Option<String>,
    pub can_sign: bool,
    pub can_decide: bool,
    pub open_proposals: usize,
}

/// `GET /afspraken`: the charter in force, grouped by pillar, with who signed what.
pub async fn charter(
    State(state): State<AppState>,
    Query(notice): Query<Notice>,
    page: Page,
) -> AppResult<Response> {
    let agreements = queries::agreements(&state.db, page.lang()).await?;
    let open = queries::proposals(&state.db, &[Status::Discussion, Status::ForDecision], 1000)
        .await?
        .len();
    let page = page.titled("agr-charter-title");
    Ok(render(&CharterPage {
        groups: by_pillar(agreements, |a| a.pillar()),
        version: queries::latest_version(&state.db).await?,
        partners: partners(&state).await?,
        notice: notice.key(),
        can_sign: page.can(Permission::SignCharter),
        can_decide: page.can(Permission::DecideProposals),
        open_proposals: open,
        page,
    }))
}

#[derive(Template)]
#[template(path = "versions.html")]
pub struct VersionsPage {
    pub page: Page,
    pub versions: Vec<queries::Version>,
}

/// `GET /afspraken/versies`
pub async fn versions(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let page = page.titled("agr-versions-title");
    Ok(render(&VersionsPage {
        versions: queries::versions(&state.db).await?,
        page,
    }))
}

#[derive(Template)]
#[template(path = "version.html")]
pub struct VersionPage {
    pub page: Page,
    pub version: queries::Version,
    pub groups: Vec<Group<VersionItem>>,
    pub changes: Vec<Change>,
    pub newest: bool,
}

/// `GET /afspraken/versies/{n}`: a version and what changed since the one before.
pub async fn version(
    State(state): State<AppState>,
    RecordId(n): RecordId,
    page: Page,
) -> AppResult<Response> {
    let version = queries::version(&state.db, n)
        .await?
        .ok_or(AppError::NotFound)?;
    let items = queries::version_items(&state.db, n, page.lang()).await?;
    let changes = queries::version_changes(&state.db, n, page.lang()).await?;
    let newest = queries::latest_version(&state.db)
        .await?
        .is_some_and(|v| v.number == n);
    let title = page.t_num("agr-version-title", "number", n);
    let page = page.with_title(title);
    Ok(render(&VersionPage {
        groups: by_pillar(items, |i| i.pillar()),
        version,
        changes,
        newest,
        page,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PosterQuery {
    pub formaat: String,
}

#[derive(Template)]
#[template(path = "poster.html")]
pub struct PosterPage {
    pub page: Page,
    pub paper: Paper,
    pub groups: Vec<Group<Agreement>>,
    pub partners: Vec<Partner>,
    pub version: Option<queries::Version>,
    pub qr: String,
    pub link: String,
    pub css: String,
}

/// `GET /afspraken/poster?formaat=a3|a4&lang=…`: the charter to print, big type, with a QR code.
pub async fn poster(
    State(state): State<AppState>,
    Query(q): Query<PosterQuery>,
    page: Page,
) -> AppResult<Response> {
    let link = format!(
        "{}/afspraken?lang={}",
        state.config.public_url(),
        page.lang_code()
    );
    let page = page.titled("agr-charter-title");
    Ok(render(&PosterPage {
        paper: Paper::parse(&q.formaat),
        groups: by_pillar(queries::agreements(&state.db, page.lang()).await?, |a| {
            a.pillar()
        }),
        partners: partners(&state).await?,
        version: queries::latest_version(&state.db).await?,
        qr: kansrijk_kernel::qr::svg(&link, 200),
        link,
        css: poster_css_url(),
        page,
    }))
}

// ---- signing by partners --------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub commitment: String,
}

#[derive(Template)]
#[template(path = "sign.html")]
pub struct SignPage {
    pub page: Page,
    pub organisation: Option<(i64, String)>,
    pub signed: bool,
    pub version: Option<queries::Version>,
    pub own: Vec<Commitment>,
    pub form: SignForm,
    pub errors: FieldErrors,
}

async fn sign_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    form: SignForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let organisation = queries::signer_organisation(&state.db, user.id).await?;
    let org_id = organisation.as_ref().map(|o| o.0);
    let signed = queries::signatures(&state.db)
        .await?
        .iter()
        .any(|s| Some(s.organisation_id) == org_id);
    let own = queries::commitments(&state.db)
        .await?
        .into_iter()
        .filter(|c| Some(c.organisation_id) == org_id)
        .collect();
    let page = page.titled("agr-sign-title");
    Ok(render(&SignPage {
        version: queries::latest_version(&state.db).await?,
        organisation,
        signed,
        own,
        form,
        errors,
        page,
    }))
}

/// `GET /afspraken/ondertekenen`
pub async fn sign_form(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    sign_page(&state, &user, page, SignForm::default(), FieldErrors::new()).await
}

/// `POST /afspraken/ondertekenen`: signs for the person's organisation with a commitment.
pub async fn sign(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<SignForm>,
) -> AppResult<Response> {
    let organisation = queries::signer_organisation(&state.db, user.id).await?;
    let version = queries::latest_version(&state.db).await?;
    let text =
        match validate_commitment(&form.commitment, organisation.is_some(), version.is_some()) {
            Ok(text) => text,
            Err(errors) => return sign_page(&state, &user, page, form, errors).await,
        };
    // The checks above saw both.
    let (Some((org, _)), Some(version)) = (organisation, version) else {
        return Err(AppError::BadRequest);
    };
    let id = queries::sign(&state.db, org, version.number, Some(user.id), &text).await?;
    let change = (Action::Create, "charter_commitment", id);
    audited(
        &state,
        &user,
        change,
        &format!("organisation {org}"),
        "/afspraken?ok=signed#partners",
    )
    .await
}
