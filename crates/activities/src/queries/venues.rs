//! Venues (meeting places), their photos, and the buurten they lie in.

use crate::model::NewVenue;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::scope::Limit;
use std::collections::HashMap;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Venue {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub opening_hours: String,
    pub route: String,
    #[sqlx(try_from = "Flag")]
    pub step_free: bool,
    #[sqlx(try_from = "Flag")]
    pub accessible_toilet: bool,
    #[sqlx(try_from = "Flag")]
    pub hearing_loop: bool,
    #[sqlx(try_from = "Flag")]
    pub parking: bool,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
}

const VENUE_SELECT: &str =
    "SELECT v.id, v.name, v.address, v.area_id, ar.name AS area_name, v.opening_hours, v.route, \
       v.step_free, v.accessible_toilet, v.hearing_loop, v.parking, v.organisation_id, \
       o.name AS organisation_name \
     FROM venues v LEFT JOIN areas ar ON ar.id = v.area_id \
     LEFT JOIN organisations o ON o.id = v.organisation_id";

pub async fn venues(db: &Db) -> sqlx::Result<Vec<Venue>> {
    sqlx::query_as(&format!("{VENUE_SELECT} ORDER BY v.name"))
        .fetch_all(&db.pool)
        .await
}

/// The venues in `buurten` and those without a buurt, by name: at national scale a form offers
/// the venues of one municipality, not every venue of the country.
pub async fn venues_in(db: &Db, buurten: &Limit) -> sqlx::Result<Vec<Venue>> {
    sqlx::query_as(&format!(
        "{VENUE_SELECT} WHERE v.area_id IS NULL OR {} ORDER BY v.name",
        buurten.sql("v.area_id")
    ))
    .fetch_all(&db.pool)
    .await
}

/// One venue (the activity page reads it on every request: by id, not from the whole list).
pub async fn venue(db: &Db, id: i64) -> sqlx::Result<Option<Venue>> {
    sqlx::query_as(&format!("{VENUE_SELECT} WHERE v.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Creates a venue, or updates the one with the same name **of the same organisation** (so the
/// demo seed can run again). A venue of that name owned by another organisation is left alone:
/// `None`, and the form says the name is taken.
pub async fn upsert_venue(db: &Db, v: &NewVenue) -> sqlx::Result<Option<i64>> {
    let ts = now();
    sqlx::query_scalar(
        "INSERT INTO venues (name, address, area_id, opening_hours, route, step_free, accessible_toilet, hearing_loop, parking, organisation_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
         ON CONFLICT (name) DO UPDATE SET address = excluded.address, area_id = excluded.area_id, \
           opening_hours = excluded.opening_hours, route = excluded.route, step_free = excluded.step_free, \
           accessible_toilet = excluded.accessible_toilet, hearing_loop = excluded.hearing_loop, \
           parking = excluded.parking, updated_at = excluded.updated_at \
         WHERE COALESCE(venues.organisation_id, 0) = COALESCE(excluded.organisation_id, 0) \
         RETURNING id",
    )
    .bind(&v.name)
    .bind(&v.address)
    .bind(v.area_id)
    .bind(&v.opening_hours)
    .bind(&v.route)
    .bind(Flag::from(v.step_free).0)
    .bind(Flag::from(v.accessible_toilet).0)
    .bind(Flag::from(v.hearing_loop).0)
    .bind(Flag::from(v.parking).0)
    .bind(v.organisation_id)
    .bind(ts)
    .fetch_optional(&db.pool)
    .await
}

/// The buurten (neighbourhoods), for the venue form and the agenda filter.
pub async fn buurten(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM areas WHERE kind = 'neighbourhood' ORDER BY name")
        .fetch_all(&db.pool)
        .await
}

/// Stores (or replaces) a venue's photo.
pub async fn set_venue_photo(
    db: &Db,
    venue_id: i64,
    content_type: &str,
    bytes: &[u8],
    alt: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO venue_photos (venue_id, content_type, bytes, alt, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (venue_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, \
           alt = excluded.alt, updated_at = excluded.updated_at",
    )
    .bind(venue_id)
    .bind(content_type)
    .bind(bytes.to_vec())
    .bind(alt)
    .bind(kansrijk_kernel::db::now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn venue_photo(db: &Db, venue_id: i64) -> sqlx::Result<Option<(String, Vec<u8>)>> {
    sqlx::query_as("SELECT content_type, bytes FROM venue_photos WHERE venue_id = $1")
        .bind(venue_id)
        .fetch_optional(&db.pool)
        .await
}

/// The alt texts of the venues that have a photo.
/// The photo description of one venue, when it has a photo.
pub async fn venue_photo_alt(db: &Db, venue_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT alt FROM venue_photos WHERE venue_id = $1")
        .bind(venue_id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn venue_photo_alts(db: &Db) -> sqlx::Result<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT venue_id, alt FROM venue_photos")
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().collect())
}
