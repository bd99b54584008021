//! Where the bytes of a campaign's media live: one storage interface, [`MediaStore`], so an
//! object store can be added later without touching the pages. Today [`DbStore`] keeps them in
//! the database (`youth_media_blobs`), like the venue photos, so every app instance serves them.

use crate::queries;
use kansrijk_kernel::db::Db;

/// Stores and reads the bytes (and thumbnail) of a medium, by its id.
pub trait MediaStore {
    fn put(
        &self,
        media_id: i64,
        bytes: &[u8],
        thumb: Option<&[u8]>,
    ) -> impl std::future::Future<Output = sqlx::Result<()>> + Send;

    /// The bytes, or the thumbnail with `thumb` (falling back to the bytes when there is none).
    fn get(
        &self,
        media_id: i64,
        thumb: bool,
    ) -> impl std::future::Future<Output = sqlx::Result<Option<Vec<u8>>>> + Send;
}

/// The database as the store.
pub struct DbStore<'a>(pub &'a Db);

impl MediaStore for DbStore<'_> {
    async fn put(&self, media_id: i64, bytes: &[u8], thumb: Option<&[u8]>) -> sqlx::Result<()> {
        queries::put_blob(self.0, media_id, bytes, thumb).await
    }

    async fn get(&self, media_id: i64, thumb: bool) -> sqlx::Result<Option<Vec<u8>>> {
        queries::blob(self.0, media_id, thumb).await
    }
}

// ---- pages -----------------------------------------------------------------------------------

use crate::handlers::team_campaign;
use crate::model::media::validate_media;
use crate::queries::{CampaignRow, MediaRow};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::web::{AppError, AppResult, AppState, Upload};
use serde::Deserialize;

/// The media of a campaign the public may see: not a photo with a recognisable person unless
/// every member consented to that.
pub async fn public_media(state: &AppState, campaign: &CampaignRow) -> AppResult<Vec<MediaRow>> {
    let members = queries::members(&state.db, campaign.id).await?;
    let photos_allowed = members.iter().all(|m| m.publish_photos);
    Ok(queries::media(&state.db, campaign.id)
        .await?
        .into_iter()
        .filter(|m| !m.recognisable || photos_allowed)
        .collect())
}

/// `POST /podium/team/{token}/media`: a photo, a document or a video link by the team. Errors
/// come back to the team page (422) beside the fields.
pub async fn upload(
    State(state): State<AppState>,
    Path(token): Path<String>,
    page: kansrijk_kernel::web::Page,
    upload: Upload,
) -> AppResult<Response> {
    let campaign = team_campaign(&state, &token).await?;
    let checked = validate_media(
        &upload.field("kind"),
        &upload.field("description"),
        &upload.field("url"),
        upload.field("recognisable") == "on",
        upload.file("file"),
    );
    match checked {
        Ok(media) => {
            let id = queries::insert_media(&state.db, campaign.id, &media).await?;
            if media.kind != "video" {
                DbStore(&state.db)
                    .put(id, &media.bytes, media.thumb.as_deref())
                    .await?;
            }
            Ok(Redirect::to(&format!("/podium/team/{token}#media")).into_response())
        }
        Err(errors) => Ok(kansrijk_kernel::web::invalid(
            crate::handlers::team_page(&state, page, token, campaign, errors).await?,
        )),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct SizeQuery {
    /// `klein`: the thumbnail.
    #[serde(default)]
    pub formaat: String,
}

/// The answer for a medium's bytes: its own type, never sniffed, never run (a document is a
/// download; the site-wide Content-Security-Policy allows no inline script).
async fn serve(state: &AppState, medium: &MediaRow, small: bool) -> AppResult<Response> {
    let thumb = small && medium.kind == "photo";
    let bytes = DbStore(&state.db)
        .get(medium.id, thumb)
        .await?
        .ok_or(AppError::NotFound)?;
    let content_type = if thumb && medium.content_type == "image/png" {
        "image/png".to_string()
    } else if thumb {
        "image/jpeg".to_string()
    } else {
        medium.content_type.clone()
    };
    let disposition = if medium.kind == "document" {
        format!("attachment; filename=\"document-{}.pdf\"", medium.id)
    } else {
        "inline".to_string()
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'".to_string(),
            ),
            (header::CACHE_CONTROL, "private, max-age=300".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /podium/media/{id}`: a medium of a published campaign, as the stage may show it.
pub async fn public(
    State(state): State<AppState>,
    kansrijk_kernel::web::RecordId(id): kansrijk_kernel::web::RecordId,
    Query(size): Query<SizeQuery>,
) -> AppResult<Response> {
    let medium = queries::medium(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let campaign = queries::published_one(&state.db, medium.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !public_media(&state, &campaign)
        .await?
        .iter()
        .any(|m| m.id == id)
    {
        return Err(AppError::NotFound);
    }
    serve(&state, &medium, size.formaat == "klein").await
}

/// `GET /podium/team/{token}/media/{id}`: a medium of the team's own campaign.
pub async fn team(
    State(state): State<AppState>,
    Path((token, id)): Path<(String, String)>,
    Query(size): Query<SizeQuery>,
) -> AppResult<Response> {
    let campaign = team_campaign(&state, &token).await?;
    let id = kansrijk_kernel::web::parse_id(&id)?;
    let medium = queries::medium(&state.db, id)
        .await?
        .filter(|m| m.campaign_id == campaign.id)
        .ok_or(AppError::NotFound)?;
    serve(&state, &medium, size.formaat == "klein").await
}
