//! Areas: municipality (gemeente) → district (wijk) → neighbourhood (buurt), by CBS code.
//! Every feature refers to a neighbourhood through `areas.id`.

mod choice;
mod map;

pub use choice::{AreaChoice, Offer};
pub use map::{draw_map, AreaMap, MapShape, MAP_ATTRIBUTION};

use crate::db::{now, Db};
use crate::web::{AppError, AppResult, AppState};
use axum::extract::{Path, Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    Municipality,
    District,
    Neighbourhood,
}

impl AreaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AreaKind::Municipality => "municipality",
            AreaKind::District => "district",
            AreaKind::Neighbourhood => "neighbourhood",
        }
    }

    /// The kind a CBS code stands for: `GM0307`, `WK030710`, `BU03071000`.
    pub fn from_cbs_code(code: &str) -> Option<AreaKind> {
        let (prefix, digits, kind) = match code.get(..2)? {
            "GM" => ("GM", 4, AreaKind::Municipality),
            "WK" => ("WK", 6, AreaKind::District),
            "BU" => ("BU", 8, AreaKind::Neighbourhood),
            _ => return None,
        };
        let rest = &code[prefix.len()..];
        (rest.len() == digits && rest.bytes().all(|b| b.is_ascii_digit())).then_some(kind)
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Area {
    pub id: i64,
    pub code: String,
    pub kind: String,
    pub name: String,
    pub parent_id: Option<i64>,
    pub geometry: Option<String>,
}

const AREA_COLUMNS: &str = "id, code, kind, name, parent_id, geometry";

pub async fn list(db: &Db) -> sqlx::Result<Vec<Area>> {
    sqlx::query_as(&format!("SELECT {AREA_COLUMNS} FROM areas ORDER BY code"))
        .fetch_all(&db.pool)
        .await
}

type AreaCache = std::sync::Mutex<
    std::collections::HashMap<String, (std::time::Instant, std::sync::Arc<Vec<Area>>)>,
>;

fn area_cache() -> &'static AreaCache {
    static CACHE: std::sync::OnceLock<AreaCache> = std::sync::OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// All areas without their geometry, cached for a minute: pages that offer the buurten as a
/// choice read them on every request, and areas change only through an import (which clears
/// this instance's cache; other instances follow within the minute).
/// Shared, not copied: at national scale that is 18,000 areas per request.
pub async fn list_shared(db: &Db) -> sqlx::Result<std::sync::Arc<Vec<Area>>> {
    let key = db.pool.connect_options().database_url.to_string();
    if let Some((at, areas)) = area_cache().lock().expect("area cache").get(&key) {
        if at.elapsed() < std::time::Duration::from_secs(60) {
            return Ok(areas.clone());
        }
    }
    let areas: Vec<Area> = sqlx::query_as(
        "SELECT id, code, kind, name, parent_id, NULL AS geometry FROM areas ORDER BY code",
    )
    .fetch_all(&db.pool)
    .await?;
    let areas = std::sync::Arc::new(areas);
    area_cache()
        .lock()
        .expect("area cache")
        .insert(key, (std::time::Instant::now(), areas.clone()));
    Ok(areas)
}

// ---- Choosing a buurt at national scale -----------------------------------------------------

/// Above this number of buurten, a page does not offer every buurt at once: the person first
/// chooses a municipality (gemeente) and then one of its buurten. At neighbourhood and city
/// scale (at most this many) the pages offer all buurten, as before.
pub const CHOICE_LIMIT: usize = 200;

/// The shared area list (`list_shared`) with its lookups, built once per list with hash maps
/// (no nested scans): by id, by CBS code, the municipalities by name, and the buurten of each
/// municipality by name.
pub struct AreaIndex {
    areas: std::sync::Arc<Vec<Area>>,
    by_id: std::collections::HashMap<i64, usize>,
    by_code: std::collections::HashMap<String, usize>,
    /// Indexes of the municipalities, by name.
    municipalities: Vec<usize>,
    /// Municipality id → indexes of its buurten, by name.
    buurten: std::collections::HashMap<i64, Vec<usize>>,
    /// Municipality id → indexes of its wijken.
    districts: std::collections::HashMap<i64, Vec<usize>>,
    neighbourhoods: usize,
    home: Option<usize>,
}

impl AreaIndex {
    /// Builds the lookups of one area list.
    pub fn new(areas: std::sync::Arc<Vec<Area>>) -> AreaIndex {
        let by_id: std::collections::HashMap<i64, usize> =
            areas.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let by_code = areas
            .iter()
            .enumerate()
            .map(|(i, a)| (a.code.clone(), i))
            .collect();
        let by_name = |a: &usize, b: &usize| {
            let (a, b) = (&areas[*a], &areas[*b]);
            (&a.name, &a.code).cmp(&(&b.name, &b.code))
        };
        let mut municipalities: Vec<usize> = (0..areas.len())
            .filter(|i| areas[*i].kind == "municipality")
            .collect();
        municipalities.sort_by(by_name);
        // The first imported municipality: the lowest id.
        let home = municipalities.iter().copied().min_by_key(|i| areas[*i].id);
        let mut buurten: std::collections::HashMap<i64, Vec<usize>> = Default::default();
        let mut districts: std::collections::HashMap<i64, Vec<usize>> = Default::default();
        let mut neighbourhoods = 0;
        for (i, area) in areas.iter().enumerate() {
            let list = match area.kind.as_str() {
                "neighbourhood" => {
                    neighbourhoods += 1;
                    &mut buurten
                }
                "district" => &mut districts,
                _ => continue,
            };
            if let Some(gm) = municipality_above(&areas, &by_id, i) {
                list.entry(areas[gm].id).or_default().push(i);
            }
        }
        for list in buurten.values_mut() {
            list.sort_by(by_name);
        }
        AreaIndex {
            areas,
            by_id,
            by_code,
            municipalities,
            buurten,
            districts,
            neighbourhoods,
            home,
        }
    }

    /// Every area, by CBS code.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    pub fn get(&self, id: i64) -> Option<&Area> {
        self.by_id.get(&id).map(|i| &self.areas[*i])
    }

    pub fn by_code(&self, code: &str) -> Option<&Area> {
        self.by_code.get(code).map(|i| &self.areas[*i])
    }

    /// The CBS code of the area `area` lies in.
    pub fn parent_code(&self, area: &Area) -> Option<&str> {
        area.parent_id
            .and_then(|p| self.get(p))
            .map(|a| a.code.as_str())
    }

    /// How many buurten there are.
    pub fn neighbourhood_count(&self) -> usize {
        self.neighbourhoods
    }

    /// Whether pages offer the buurten per municipality: more than [`CHOICE_LIMIT`] buurten.
    pub fn per_municipality(&self) -> bool {
        self.neighbourhoods > CHOICE_LIMIT
    }

    /// The municipalities, by name.
    pub fn municipalities(&self) -> impl Iterator<Item = &Area> {
        self.municipalities.iter().map(|i| &self.areas[*i])
    }

    /// The installation's own municipality: the municipality with the lowest id, which is the
    /// first one imported (the seed imports Amersfoort, GM0307, before anything else).
    pub fn home_municipality(&self) -> Option<&Area> {
        self.home.map(|i| &self.areas[i])
    }

    /// The municipality with this CBS code.
    pub fn municipality(&self, code: &str) -> Option<&Area> {
        self.by_code(code).filter(|a| a.kind == "municipality")
    }

    /// The municipality an area lies in (itself for a municipality), following `parent_id`.
    pub fn municipality_of(&self, area_id: i64) -> Option<&Area> {
        let i = *self.by_id.get(&area_id)?;
        municipality_above(&self.areas, &self.by_id, i).map(|i| &self.areas[i])
    }

    /// The buurten of a municipality (buurt → wijk → gemeente), by name.
    pub fn buurten_of(&self, municipality_id: i64) -> impl Iterator<Item = &Area> {
        self.buurten
            .get(&municipality_id)
            .into_iter()
            .flatten()
            .map(|i| &self.areas[*i])
    }

    /// The municipality whose buurten a page offers: `requested` (a CBS code) when that is a
    /// municipality, else the municipality of the area with code `current` (the buurt already
    /// chosen), else the home municipality.
    pub fn chosen_municipality(&self, requested: &str, current: &str) -> Option<&Area> {
        self.municipality(requested)
            .or_else(|| {
                self.by_code(current)
                    .and_then(|a| self.municipality_of(a.id))
            })
            .or_else(|| self.home_municipality())
    }
}

/// The index of the municipality above area `i` (or `i` itself), at most a few steps up.
fn municipality_above(
    areas: &[Area],
    by_id: &std::collections::HashMap<i64, usize>,
    mut i: usize,
) -> Option<usize> {
    for _ in 0..4 {
        if areas[i].kind == "municipality" {
            return Some(i);
        }
        i = *by_id.get(&areas[i].parent_id?)?;
    }
    None
}

type IndexCache = std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<AreaIndex>>>;

fn index_cache() -> &'static IndexCache {
    static CACHE: std::sync::OnceLock<IndexCache> = std::sync::OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The lookups of the shared area list, built once per list: it is rebuilt when `list_shared`
/// reads the areas again (after a minute, or after an import, which clears both caches).
pub async fn index(db: &Db) -> sqlx::Result<std::sync::Arc<AreaIndex>> {
    let areas = list_shared(db).await?;
    let key = db.pool.connect_options().database_url.to_string();
    if let Some(index) = index_cache().lock().expect("index cache").get(&key) {
        if std::sync::Arc::ptr_eq(&index.areas, &areas) {
            return Ok(index.clone());
        }
    }
    let index = std::sync::Arc::new(AreaIndex::new(areas));
    index_cache()
        .lock()
        .expect("index cache")
        .insert(key, index.clone());
    Ok(index)
}

/// The installation's own municipality: the area of kind `municipality` with the lowest id,
/// that is the first one imported (the seed imports Amersfoort, GM0307, first). `None` before
/// any import.
pub async fn home_municipality(db: &Db) -> sqlx::Result<Option<Area>> {
    Ok(index(db).await?.home_municipality().cloned())
}

/// The municipalities, by name (from the shared list, without geometry).
pub async fn municipalities(db: &Db) -> sqlx::Result<Vec<Area>> {
    Ok(index(db).await?.municipalities().cloned().collect())
}

/// The buurten of the municipality with CBS code `code`, by name (buurt → wijk → gemeente via
/// `parent_id`); empty for an unknown code.
pub async fn buurten_of(db: &Db, code: &str) -> sqlx::Result<Vec<Area>> {
    let index = index(db).await?;
    Ok(match index.municipality(code) {
        Some(gm) => index.buurten_of(gm.id).cloned().collect(),
        None => Vec::new(),
    })
}

type MapCache = std::sync::Mutex<
    std::collections::HashMap<(String, i64, u32), std::sync::Arc<(Option<AreaMap>, Vec<String>)>>,
>;

fn map_cache() -> &'static MapCache {
    static CACHE: std::sync::OnceLock<MapCache> = std::sync::OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The map of the areas below `parent_id` and their names, drawn once per instance: the home
/// page shows it on every request, and drawing means parsing every polygon. An import clears it.
pub async fn children_map(
    db: &Db,
    parent_id: i64,
    width: u32,
) -> sqlx::Result<std::sync::Arc<(Option<AreaMap>, Vec<String>)>> {
    let key = (
        db.pool.connect_options().database_url.to_string(),
        parent_id,
        width,
    );
    if let Some(map) = map_cache().lock().expect("map cache").get(&key) {
        return Ok(map.clone());
    }
    let children = children(db, parent_id).await?;
    let map = std::sync::Arc::new((
        draw_map(&children, width),
        children.into_iter().map(|a| a.name).collect(),
    ));
    map_cache()
        .lock()
        .expect("map cache")
        .insert(key, map.clone());
    Ok(map)
}

fn forget_cached(db: &Db) {
    let key = db.pool.connect_options().database_url.to_string();
    area_cache().lock().expect("area cache").remove(&key);
    index_cache().lock().expect("index cache").remove(&key);
    map_cache()
        .lock()
        .expect("map cache")
        .retain(|(k, _, _), _| *k != key);
}

pub async fn by_code(db: &Db, code: &str) -> sqlx::Result<Option<Area>> {
    sqlx::query_as(&format!("SELECT {AREA_COLUMNS} FROM areas WHERE code = $1"))
        .bind(code)
        .fetch_optional(&db.pool)
        .await
}

/// The areas directly below `parent_id`, by name.
pub async fn children(db: &Db, parent_id: i64) -> sqlx::Result<Vec<Area>> {
    sqlx::query_as(&format!(
        "SELECT {AREA_COLUMNS} FROM areas WHERE parent_id = $1 ORDER BY name"
    ))
    .bind(parent_id)
    .fetch_all(&db.pool)
    .await
}

/// Inserts or updates one area by its CBS code and returns its id.
async fn upsert<'c, E>(
    executor: E,
    code: &str,
    kind: AreaKind,
    name: &str,
    parent_id: Option<i64>,
    geometry: Option<&str>,
) -> sqlx::Result<i64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let ts = now();
    sqlx::query_scalar(
        "INSERT INTO areas (code, kind, name, parent_id, geometry, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) \
         ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, \
           parent_id = COALESCE(excluded.parent_id, areas.parent_id), \
           geometry = COALESCE(excluded.geometry, areas.geometry), updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(code)
    .bind(kind.as_str())
    .bind(name)
    .bind(parent_id)
    .bind(geometry)
    .bind(ts)
    .fetch_one(executor)
    .await
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a GeoJSON FeatureCollection: {0}")]
    Format(String),
    #[error("feature {index}: {message}")]
    Feature { index: usize, message: String },
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub municipalities: usize,
    pub districts: usize,
    pub neighbourhoods: usize,
}

#[derive(Deserialize)]
struct FeatureCollection {
    #[serde(rename = "type")]
    kind: String,
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Option<serde_json::Value>,
}

/// The CBS Wijk- en Buurtkaart property names.
#[derive(Deserialize)]
struct Properties {
    statcode: String,
    statnaam: String,
    wijkcode: Option<String>,
    wijknaam: Option<String>,
    gemeentecode: Option<String>,
    gemeentenaam: Option<String>,
}

/// Imports CBS areas from GeoJSON (CBS Wijk- en Buurtkaart properties), creating the
/// municipality and district of each neighbourhood. All or nothing: one transaction.
pub async fn import_geojson(db: &Db, json: &str) -> Result<ImportSummary, ImportError> {
    import_geojson_with_progress(db, json, &mut |_| {}).await
}

/// [`import_geojson`], calling `progress` with the number of features done after each one
/// (the command line shows it).
pub async fn import_geojson_with_progress(
    db: &Db,
    json: &str,
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportSummary, ImportError> {
    let collection: FeatureCollection =
        serde_json::from_str(json).map_err(|e| ImportError::Format(e.to_string()))?;
    if collection.kind != "FeatureCollection" {
        return Err(ImportError::Format(format!(
            "type is {:?}",
            collection.kind
        )));
    }
    let (_gate, mut tx) = db.begin_write().await?;
    let mut seen = std::collections::BTreeMap::new();
    for (index, feature) in collection.features.iter().enumerate() {
        import_feature(&mut tx, feature, &mut seen)
            .await
            .map_err(|e| match e {
                FeatureError::Invalid(message) => ImportError::Feature { index, message },
                FeatureError::Database(e) => ImportError::from(e),
            })?;
        progress(index + 1);
    }
    tx.commit().await?;
    forget_cached(db);
    let count = |k| seen.values().filter(|v| **v == k).count();
    Ok(ImportSummary {
        municipalities: count(AreaKind::Municipality),
        districts: count(AreaKind::District),
        neighbourhoods: count(AreaKind::Neighbourhood),
    })
}

/// Why one feature of an import failed: its data, or the database.
enum FeatureError {
    Invalid(String),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for FeatureError {
    fn from(e: sqlx::Error) -> FeatureError {
        FeatureError::Database(e)
    }
}

type Seen = std::collections::BTreeMap<String, AreaKind>;

/// Imports one feature: its municipality and district first (from the properties), then the
/// area itself with its polygon.
async fn import_feature(
    tx: &mut sqlx::Transaction<'static, crate::db::Driver>,
    feature: &Feature,
    seen: &mut Seen,
) -> Result<(), FeatureError> {
    let p = &feature.properties;
    let kind = AreaKind::from_cbs_code(&p.statcode).ok_or_else(|| {
        FeatureError::Invalid(format!("statcode {:?} is not a CBS code", p.statcode))
    })?;
    let name = p.statnaam.trim();
    if name.is_empty() || name.len() > 200 {
        return Err(FeatureError::Invalid(
            "statnaam is empty or too long".into(),
        ));
    }
    let mut parent = None;
    if kind != AreaKind::Municipality {
        let (Some(gm), Some(gm_name)) = (&p.gemeentecode, &p.gemeentenaam) else {
            return Err(FeatureError::Invalid(
                "gemeentecode/gemeentenaam missing".into(),
            ));
        };
        let area = (
            gm.as_str(),
            gm_name.as_str(),
            AreaKind::Municipality,
            "gemeentecode",
        );
        parent = Some(enclosing(tx, area, None, seen).await?);
    }
    if kind == AreaKind::Neighbourhood {
        let (Some(wk), Some(wk_name)) = (&p.wijkcode, &p.wijknaam) else {
            return Err(FeatureError::Invalid("wijkcode/wijknaam missing".into()));
        };
        let area = (
            wk.as_str(),
            wk_name.as_str(),
            AreaKind::District,
            "wijkcode",
        );
        parent = Some(enclosing(tx, area, parent, seen).await?);
    }
    let geometry = polygon(feature.geometry.as_ref())?;
    upsert(
        &mut **tx,
        &p.statcode,
        kind,
        name,
        parent,
        geometry.as_deref(),
    )
    .await?;
    seen.insert(p.statcode.clone(), kind);
    Ok(())
}

/// The municipality or district a feature lies in, `(code, name, kind, property name)`,
/// created or renamed as the import says.
async fn enclosing(
    tx: &mut sqlx::Transaction<'static, crate::db::Driver>,
    (code, name, kind, property): (&str, &str, AreaKind, &str),
    parent: Option<i64>,
    seen: &mut Seen,
) -> Result<i64, FeatureError> {
    if AreaKind::from_cbs_code(code) != Some(kind) {
        return Err(FeatureError::Invalid(format!(
            "{property} {code:?} is not a CBS code"
        )));
    }
    let id = upsert(&mut **tx, code, kind, name.trim(), parent, None).await?;
    seen.insert(code.to_string(), kind);
    Ok(id)
}

/// A feature's geometry as stored: a Polygon or MultiPolygon, or none.
fn polygon(geometry: Option<&serde_json::Value>) -> Result<Option<String>, FeatureError> {
    match geometry {
        Some(g)
            if g.get("type")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t == "Polygon" || t == "MultiPolygon") =>
        {
            Ok(Some(g.to_string()))
        }
        Some(serde_json::Value::Null) | None => Ok(None),
        Some(_) => Err(FeatureError::Invalid(
            "geometry must be a Polygon or MultiPolygon".into(),
        )),
    }
}

/// The Liendert buurten that ship with the platform (CBS 2024, generalised; see data/ATTRIBUTION.md).
pub const LIENDERT_GEOJSON: &str = include_str!("../../data/liendert-buurten.geojson");

// ---- API ----------------------------------------------------------------------------------

/// An area as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AreaDto {
    /// CBS code, e.g. `BU03071000`.
    pub code: String,
    pub kind: AreaKind,
    pub name: String,
    /// CBS code of the area it lies in.
    pub parent_code: Option<String>,
    /// GeoJSON geometry (only on `/areas/{code}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub geometry: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AreaFilter {
    /// Only areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only the areas directly below the area with this CBS code (e.g. `GM0307`: its
    /// districts). An unknown code gives an empty list.
    pub parent: Option<String>,
    /// At most this many areas (default 1000, at most 5000; anything else is a 400).
    #[param(minimum = 1, maximum = 5000)]
    pub limit: Option<i64>,
    /// Skip this many first (default 0; for the next page: offset + limit).
    #[param(minimum = 0)]
    pub offset: Option<i64>,
}

/// Areas per `/api/v1/areas` answer unless `limit` says otherwise.
pub const API_DEFAULT_LIMIT: i64 = 1000;
/// The most areas one `/api/v1/areas` answer holds.
pub const API_MAX_LIMIT: i64 = 5000;

fn to_dto(area: &Area, index: &AreaIndex, with_geometry: bool) -> AreaDto {
    AreaDto {
        code: area.code.clone(),
        kind: AreaKind::from_cbs_code(&area.code).unwrap_or(AreaKind::Neighbourhood),
        name: area.name.clone(),
        parent_code: index.parent_code(area).map(String::from),
        geometry: with_geometry
            .then(|| {
                area.geometry
                    .as_deref()
                    .and_then(|g| serde_json::from_str(g).ok())
            })
            .flatten(),
    }
}

/// List areas (municipalities, districts, neighbourhoods), by CBS code, a page at a time.
#[utoipa::path(get, path = "/api/v1/areas", tag = "areas", params(AreaFilter),
    responses((status = 200, description = "The areas, by CBS code", body = [AreaDto],
            headers(("Link" = String, description = "RFC 8288 links to the first, previous and next page"),
                ("X-Total-Count" = i64, description = "How many areas match the filter"))),
        (status = 400, description = "A limit outside 1–5000, a negative offset or an unknown kind", content_type = "application/problem+json")))]
pub async fn api_list(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(filter): Query<AreaFilter>,
) -> AppResult<axum::response::Response> {
    let limit = filter.limit.unwrap_or(API_DEFAULT_LIMIT);
    let offset = filter.offset.unwrap_or(0);
    if !(1..=API_MAX_LIMIT).contains(&limit) || offset < 0 {
        return Err(AppError::BadRequest);
    }
    let index = index(&state.db).await?;
    let parent_id = match filter.parent.as_deref() {
        // An unknown parent has no children.
        Some(code) => match index.by_code(code) {
            Some(parent) => Some(parent.id),
            None => Some(-1),
        },
        None => None,
    };
    let matching = || {
        index
            .areas()
            .iter()
            .filter(|a| filter.kind.is_none_or(|k| a.kind == k.as_str()))
            .filter(|a| parent_id.is_none_or(|p| a.parent_id == Some(p)))
    };
    let items: Vec<AreaDto> = matching()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(limit as usize)
        .map(|a| to_dto(a, &index, false))
        .collect();
    // The index is in memory: the total is cheap.
    let total = matching().count() as i64;
    Ok(crate::api::paged(items, &uri, limit, offset, Some(total)))
}

/// One area with its geometry.
#[utoipa::path(get, path = "/api/v1/areas/{code}", tag = "areas",
    params(("code" = String, Path, description = "CBS code")),
    responses((status = 200, body = AreaDto), (status = 404, description = "Unknown code", content_type = "application/problem+json")))]
pub async fn api_get(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Json<AreaDto>> {
    let area = by_code(&state.db, &code).await?.ok_or(AppError::NotFound)?;
    let index = index(&state.db).await?;
    Ok(Json(to_dto(&area, &index, true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cbs_codes_are_recognised_strictly() {
        assert_eq!(
            AreaKind::from_cbs_code("GM0307"),
            Some(AreaKind::Municipality)
        );
        assert_eq!(
            AreaKind::from_cbs_code("WK030710"),
            Some(AreaKind::District)
        );
        assert_eq!(
            AreaKind::from_cbs_code("BU03071000"),
            Some(AreaKind::Neighbourhood)
        );
        assert_eq!(AreaKind::from_cbs_code("BU0307100"), None);
        assert_eq!(AreaKind::from_cbs_code("BU0307100X"), None);
        assert_eq!(AreaKind::from_cbs_code("XX1234"), None);
        assert_eq!(AreaKind::from_cbs_code("é"), None);
    }
}
