//! Areas: municipality (gemeente) → district (wijk) → neighbourhood (buurt), by CBS code.
//! Every feature refers to a neighbourhood through `areas.id`.

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
    let collection: FeatureCollection =
        serde_json::from_str(json).map_err(|e| ImportError::Format(e.to_string()))?;
    if collection.kind != "FeatureCollection" {
        return Err(ImportError::Format(format!(
            "type is {:?}",
            collection.kind
        )));
    }
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let mut seen = std::collections::BTreeMap::new();
    for (index, feature) in collection.features.iter().enumerate() {
        let fail = |message: String| ImportError::Feature { index, message };
        let p = &feature.properties;
        let kind = AreaKind::from_cbs_code(&p.statcode)
            .ok_or_else(|| fail(format!("statcode {:?} is not a CBS code", p.statcode)))?;
        let name = p.statnaam.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(fail("statnaam is empty or too long".into()));
        }
        let mut parent = None;
        if kind != AreaKind::Municipality {
            let (Some(gm), Some(gm_name)) = (&p.gemeentecode, &p.gemeentenaam) else {
                return Err(fail("gemeentecode/gemeentenaam missing".into()));
            };
            if AreaKind::from_cbs_code(gm) != Some(AreaKind::Municipality) {
                return Err(fail(format!("gemeentecode {gm:?} is not a CBS code")));
            }
            let gm_id = upsert(
                &mut *tx,
                gm,
                AreaKind::Municipality,
                gm_name.trim(),
                None,
                None,
            )
            .await?;
            seen.insert(gm.clone(), AreaKind::Municipality);
            parent = Some(gm_id);
        }
        if kind == AreaKind::Neighbourhood {
            let (Some(wk), Some(wk_name)) = (&p.wijkcode, &p.wijknaam) else {
                return Err(fail("wijkcode/wijknaam missing".into()));
            };
            if AreaKind::from_cbs_code(wk) != Some(AreaKind::District) {
                return Err(fail(format!("wijkcode {wk:?} is not a CBS code")));
            }
            let wk_id = upsert(
                &mut *tx,
                wk,
                AreaKind::District,
                wk_name.trim(),
                parent,
                None,
            )
            .await?;
            seen.insert(wk.clone(), AreaKind::District);
            parent = Some(wk_id);
        }
        let geometry = match &feature.geometry {
            Some(g)
                if g.get("type")
                    .and_then(|t| t.as_str())
                    .is_some_and(|t| t == "Polygon" || t == "MultiPolygon") =>
            {
                Some(g.to_string())
            }
            Some(serde_json::Value::Null) | None => None,
            Some(_) => return Err(fail("geometry must be a Polygon or MultiPolygon".into())),
        };
        upsert(
            &mut *tx,
            &p.statcode,
            kind,
            name,
            parent,
            geometry.as_deref(),
        )
        .await?;
        seen.insert(p.statcode.clone(), kind);
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

/// The Liendert buurten that ship with the platform (CBS 2024, generalised; see data/ATTRIBUTION.md).
pub const LIENDERT_GEOJSON: &str = include_str!("../data/liendert-buurten.geojson");

/// The source line to show wherever the polygons are drawn.
pub const MAP_ATTRIBUTION: &str = "Kadaster / CBS, 2024 (CC BY)";

// ---- Overview map -------------------------------------------------------------------------

/// One neighbourhood drawn on the overview map.
#[derive(Clone)]
pub struct MapShape {
    pub code: String,
    pub name: String,
    /// SVG path data.
    pub path: String,
    pub label_x: String,
    pub label_y: String,
}

/// A server-drawn SVG map of some areas (no map tiles, no JavaScript).
#[derive(Clone)]
pub struct AreaMap {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<MapShape>,
}

/// The outer rings of one area's polygons, as (longitude, latitude) pairs.
type Rings = Vec<Vec<(f64, f64)>>;

/// Projects the areas' polygons into an SVG of `width` pixels wide. Longitude is scaled by the
/// cosine of the latitude so shapes keep their proportions at Dutch latitudes.
pub fn draw_map(areas: &[Area], width: u32) -> Option<AreaMap> {
    let rings: Vec<(&Area, Rings)> = areas
        .iter()
        .filter_map(|a| Some((a, outer_rings(a.geometry.as_deref()?)?)))
        .collect();
    let points = || rings.iter().flat_map(|(_, rs)| rs.iter().flatten());
    let (min_x, max_x) = points().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    let (min_y, max_y) = points().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.1), hi.max(p.1))
    });
    if rings.is_empty() || max_x <= min_x || max_y <= min_y {
        return None;
    }
    let k = ((min_y + max_y) / 2.0).to_radians().cos();
    let margin = 8.0;
    let scale = (width as f64 - 2.0 * margin) / ((max_x - min_x) * k);
    let height = ((max_y - min_y) * scale + 2.0 * margin).ceil();
    let project = |(x, y): (f64, f64)| {
        (
            (x - min_x) * k * scale + margin,
            (max_y - y) * scale + margin,
        )
    };
    let shapes = rings
        .iter()
        .map(|(area, rs)| {
            let mut path = String::new();
            let (mut sx, mut sy, mut n) = (0.0, 0.0, 0.0);
            for ring in rs {
                for (i, p) in ring.iter().enumerate() {
                    let (x, y) = project(*p);
                    path.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
                    sx += x;
                    sy += y;
                    n += 1.0;
                }
                path.push('Z');
            }
            MapShape {
                code: area.code.clone(),
                name: area.name.clone(),
                path,
                label_x: format!("{:.1}", sx / n),
                label_y: format!("{:.1}", sy / n),
            }
        })
        .collect();
    Some(AreaMap {
        width,
        height: height as u32,
        shapes,
    })
}

/// The outer rings of a GeoJSON Polygon or MultiPolygon as (lon, lat) pairs.
fn outer_rings(geometry: &str) -> Option<Rings> {
    let value: serde_json::Value = serde_json::from_str(geometry).ok()?;
    let coords = value.get("coordinates")?;
    let polygons: Vec<&serde_json::Value> = match value.get("type")?.as_str()? {
        "Polygon" => vec![coords],
        "MultiPolygon" => coords.as_array()?.iter().collect(),
        _ => return None,
    };
    polygons
        .into_iter()
        .map(|polygon| {
            polygon
                .get(0)?
                .as_array()?
                .iter()
                .map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .collect()
        })
        .collect()
}

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
}

fn to_dto(area: &Area, all: &[Area], with_geometry: bool) -> AreaDto {
    AreaDto {
        code: area.code.clone(),
        kind: AreaKind::from_cbs_code(&area.code).unwrap_or(AreaKind::Neighbourhood),
        name: area.name.clone(),
        parent_code: area
            .parent_id
            .and_then(|p| all.iter().find(|a| a.id == p))
            .map(|a| a.code.clone()),
        geometry: with_geometry
            .then(|| {
                area.geometry
                    .as_deref()
                    .and_then(|g| serde_json::from_str(g).ok())
            })
            .flatten(),
    }
}

/// List areas (municipality, districts, neighbourhoods).
#[utoipa::path(get, path = "/api/v1/areas", tag = "areas", params(AreaFilter),
    responses((status = 200, description = "All areas, by CBS code", body = [AreaDto])))]
pub async fn api_list(
    State(state): State<AppState>,
    Query(filter): Query<AreaFilter>,
) -> AppResult<Json<Vec<AreaDto>>> {
    let all = list(&state.db).await?;
    Ok(Json(
        all.iter()
            .filter(|a| filter.kind.is_none_or(|k| a.kind == k.as_str()))
            .map(|a| to_dto(a, &all, false))
            .collect(),
    ))
}

/// One area with its geometry.
#[utoipa::path(get, path = "/api/v1/areas/{code}", tag = "areas",
    params(("code" = String, Path, description = "CBS code")),
    responses((status = 200, body = AreaDto), (status = 404, description = "Unknown code", content_type = "application/problem+json")))]
pub async fn api_get(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Json<AreaDto>> {
    let all = list(&state.db).await?;
    let area = all
        .iter()
        .find(|a| a.code == code)
        .ok_or(AppError::NotFound)?;
    Ok(Json(to_dto(area, &all, true)))
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

    #[test]
    fn map_keeps_proportions_and_fits_the_width() {
        let square = Area {
            id: 1,
            code: "BU00000001".into(),
            kind: "neighbourhood".into(),
            name: "Vierkant".into(),
            parent_id: None,
            geometry: Some(r#"{"type":"Polygon","coordinates":[[[5.0,52.0],[5.01,52.0],[5.01,52.01],[5.0,52.01],[5.0,52.0]]]}"#.into()),
        };
        let map = draw_map(&[square], 400).unwrap();
        assert_eq!(map.width, 400);
        // 0.01° of longitude at 52° is cos(52°) ≈ 0.616 of 0.01° of latitude: the map is taller than wide.
        let inner_w = 400.0 - 16.0;
        let expected_h = inner_w / 52.005f64.to_radians().cos() + 16.0;
        assert!(
            (map.height as f64 - expected_h).abs() <= 1.0,
            "{}",
            map.height
        );
        assert!(map.shapes[0].path.starts_with("M8.0,"));
        assert!(map.shapes[0].path.ends_with('Z'));
        assert!(draw_map(&[], 400).is_none());
    }
}
