//! Media of a campaign: their descriptions, and the bytes for the database store.

use kansrijk_kernel::db::{now, Db, Flag};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MediaRow {
    pub id: i64,
    pub campaign_id: i64,
    pub kind: String,
    pub content_type: String,
    pub description: String,
    pub url: String,
    #[sqlx(try_from = "Flag")]
    pub recognisable: bool,
    pub byte_size: i64,
}

/// Stores a medium's description; the bytes go to the store ([`crate::media::MediaStore`]).
pub async fn insert_media(
    db: &Db,
    campaign_id: i64,
    media: &crate::model::media::NewMedia,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = sqlx::query_scalar(
        "INSERT INTO youth_media (campaign_id, kind, content_type, description, url, recognisable, byte_size, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(campaign_id)
    .bind(media.kind)
    .bind(&media.content_type)
    .bind(&media.description)
    .bind(&media.url)
    .bind(i64::from(media.recognisable))
    .bind(media.bytes.len() as i64)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The media of a campaign, oldest first.
pub async fn media(db: &Db, campaign_id: i64) -> sqlx::Result<Vec<MediaRow>> {
    sqlx::query_as(
        "SELECT id, campaign_id, kind, content_type, description, url, recognisable, byte_size \
         FROM youth_media WHERE campaign_id = $1 ORDER BY id",
    )
    .bind(campaign_id)
    .fetch_all(&db.pool)
    .await
}

/// One medium.
pub async fn medium(db: &Db, id: i64) -> sqlx::Result<Option<MediaRow>> {
    sqlx::query_as(
        "SELECT id, campaign_id, kind, content_type, description, url, recognisable, byte_size \
         FROM youth_media WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

/// Stores the bytes of a medium (the database store).
pub async fn put_blob(
    db: &Db,
    media_id: i64,
    bytes: &[u8],
    thumb: Option<&[u8]>,
) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO youth_media_blobs (media_id, bytes, thumb) VALUES ($1, $2, $3) \
         ON CONFLICT (media_id) DO UPDATE SET bytes = excluded.bytes, thumb = excluded.thumb",
    )
    .bind(media_id)
    .bind(bytes)
    .bind(thumb)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// The bytes (or thumbnail) of a medium (the database store).
pub async fn blob(db: &Db, media_id: i64, thumb: bool) -> sqlx::Result<Option<Vec<u8>>> {
    let sql = if thumb {
        "SELECT COALESCE(thumb, bytes) FROM youth_media_blobs WHERE media_id = $1"
    } else {
        "SELECT bytes FROM youth_media_blobs WHERE media_id = $1"
    };
    sqlx::query_scalar(sql)
        .bind(media_id)
        .fetch_optional(&db.pool)
        .await
}
