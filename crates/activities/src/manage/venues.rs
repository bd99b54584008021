//! Venues (meeting places): the list, adding one, and its photo.

use super::organiser_scope;
use crate::model::{validate_photo, VenueForm};
use crate::queries::{self, Venue};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::areas::{self, AreaChoice, AreaIndex, Offer};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::scope::{self, Limit, Owner};
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, FieldErrors, Form, Page, RecordId,
};

#[derive(Template)]
#[template(path = "beheer/venues.html")]
pub struct VenuesPage {
    pub page: Page,
    pub venues: Vec<Venue>,
    /// The organisations a new venue can belong to (the person's own; all for a coordinator).
    pub organisations: Vec<(i64, String)>,
    /// A coordinator may keep a venue as the programme's own (no organisation).
    pub may_leave_unowned: bool,
    /// The venues this person may change (photo): their own organisations'.
    pub own: std::collections::HashSet<i64>,
    /// The buurten the form offers; at national scale those of one municipality, whose venues
    /// the list shows too.
    pub buurten: AreaChoice,
    pub f: VenueForm,
    pub errors: FieldErrors,
    pub saved: bool,
    /// Alt texts of the venues that have a photo.
    pub photos: std::collections::HashMap<i64, String>,
    /// A refused photo upload: (venue id, message key).
    pub photo_error: Option<(i64, String)>,
}

impl VenuesPage {
    /// The empty choice (the programme's own) is only for coordinators.
    pub fn unowned_label(&self) -> &'static str {
        if self.may_leave_unowned {
            "venue-owner-programme"
        } else {
            ""
        }
    }

    pub fn is_own(&self, venue_id: &i64) -> bool {
        self.own.contains(venue_id)
    }

    pub fn photo_alt(&self, venue_id: &i64) -> Option<&str> {
        self.photos.get(venue_id).map(String::as_str)
    }

    pub fn photo_error_for(&self, venue_id: &i64) -> Option<&str> {
        self.photo_error
            .as_ref()
            .filter(|(v, _)| v == venue_id)
            .map(|(_, m)| m.as_str())
    }
}

/// The venues page; `photo_error`: a refused photo and the message beside its venue.
async fn venues_page(
    state: &AppState,
    user: &CurrentUser,
    page: Page,
    f: VenueForm,
    errors: FieldErrors,
    saved: bool,
    photo_error: Option<(i64, String)>,
) -> AppResult<Response> {
    let page = page.titled("venues-title");
    let scope = organiser_scope(state, user).await?;
    let buurten = buurt_choice(&*areas::index(&state.db).await?, &f);
    let venues = venues_of(state, &buurten).await?;
    Ok(render(&VenuesPage {
        page,
        organisations: queries::organisations(&state.db, &scope.organisations).await?,
        may_leave_unowned: scope.organisations.is_all(),
        own: venues
            .iter()
            .filter(|v| scope.covers(Owner::Organisation(v.organisation_id)))
            .map(|v| v.id)
            .collect(),
        venues,
        buurten,
        f,
        errors,
        saved,
        photos: queries::venue_photo_alts(&state.db).await?,
        photo_error,
    }))
}

/// The form's buurten: every buurt, or at national scale those of the municipality chosen in
/// the form (else of the buurt filled in, else the home municipality).
fn buurt_choice(index: &AreaIndex, f: &VenueForm) -> AreaChoice {
    index.choice(Offer::Buurten, &f.gemeente, f.area_id.trim().parse().ok())
}

/// The venues a page shows: every venue, or at national scale those in the municipality of
/// the choice (and those without a buurt) — the list would otherwise hold every venue of the
/// country, each with its own photo form.
pub(crate) async fn venues_of(state: &AppState, choice: &AreaChoice) -> AppResult<Vec<Venue>> {
    Ok(if choice.by_municipality() {
        let buurten = Limit::Only(choice.options.iter().map(|(id, _)| *id).collect());
        queries::venues_in(&state.db, &buurten).await?
    } else {
        queries::venues(&state.db).await?
    })
}

/// `?gemeente=`: at national scale, the municipality whose venues the page lists.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct VenuesQuery {
    pub gemeente: String,
}

/// `GET /beheer/activiteiten/locaties`: every venue (anyone may hold an activity there), at
/// national scale those of one municipality; a photo only for the person's own organisations'
/// venues.
pub async fn venues(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<VenuesQuery>,
    page: Page,
) -> AppResult<Response> {
    let organisation_id = user.organisation_id.map(|o| o.to_string());
    let f = empty_form(organisation_id.unwrap_or_default(), q.gemeente);
    venues_page(&state, &user, page, f, FieldErrors::new(), false, None).await
}

/// A form without a venue yet: for the organisation and in the municipality given.
fn empty_form(organisation_id: String, gemeente: String) -> VenueForm {
    VenueForm {
        organisation_id,
        gemeente,
        ..VenueForm::default()
    }
}

/// `POST /beheer/activiteiten/locaties`: adds a venue for one of the person's organisations, or
/// updates that organisation's venue of the same name; never another organisation's venue.
pub async fn create_venue(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    if f.step == "gemeente" {
        return venues_page(&state, &user, page, f, FieldErrors::new(), false, None).await;
    }
    let index = areas::index(&state.db).await?;
    let buurten = buurt_choice(&index, &f);
    let scope = organiser_scope(&state, &user).await?;
    let buurt = |id| buurten.check(&index, Some(id), "venue-error-area");
    let new = match f.validate(buurt, &scope.organisations) {
        Ok(new) => new,
        Err(errors) => return venues_page(&state, &user, page, f, errors, false, None).await,
    };
    let saved = queries::upsert_venue(&state.db, &new).await?;
    let Some(id) = saved else {
        let errors = FieldErrors::single("name", "venue-error-name-taken");
        return venues_page(&state, &user, page, f, errors, false, None).await;
    };
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "venue",
        &id.to_string(),
        "",
    )
    .await?;
    // The next venue is often in the same municipality.
    let f = empty_form(f.organisation_id, buurten.municipality);
    venues_page(&state, &user, page, f, FieldErrors::new(), true, None).await
}

/// `POST /beheer/activiteiten/locaties/{id}/foto`: a photo of the venue, with a description for
/// people who cannot see it. Only JPEG and PNG; camera and location data are removed first.
pub async fn upload_venue_photo(
    State(state): State<AppState>,
    me: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    upload: kansrijk_kernel::web::Upload,
) -> AppResult<Response> {
    let venue = queries::venue(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        &me,
        Permission::ManageActivities,
        "venue",
        &id.to_string(),
        Owner::Organisation(venue.organisation_id),
    )
    .await?;
    let problem = match validate_photo(&upload.field("photo_alt"), upload.file("photo")) {
        Err(key) => Some((id, key.to_string())),
        Ok(photo) => {
            let content_type = photo.kind.content_type();
            queries::set_venue_photo(&state.db, id, content_type, &photo.bytes, &photo.alt).await?;
            audit::record(
                &state.db,
                Some(&me),
                Action::Update,
                "venue",
                &id.to_string(),
                "photo",
            )
            .await?;
            None
        }
    };
    let saved = problem.is_none();
    // Back to the list this venue is in.
    let gemeente = match venue.area_id {
        Some(a) => areas::index(&state.db)
            .await?
            .municipality_of(a)
            .map(|gm| gm.code.clone())
            .unwrap_or_default(),
        None => String::new(),
    };
    venues_page(
        &state,
        &me,
        page,
        VenueForm {
            gemeente,
            ..VenueForm::default()
        },
        FieldErrors::new(),
        saved,
        problem,
    )
    .await
}

/// `GET /activiteiten/locaties/{id}/foto`
pub async fn venue_photo(
    State(state): State<AppState>,
    RecordId(id): RecordId,
) -> AppResult<Response> {
    let (content_type, bytes) = queries::venue_photo(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (
                axum::http::header::CACHE_CONTROL,
                "public, max-age=3600".to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}
