//! The overview map: the areas' polygons drawn as SVG paths, without a map server.

use super::Area;

/// The source line to show wherever the polygons are drawn.
pub const MAP_ATTRIBUTION: &str = "Kadaster / CBS, 2024 (CC BY)";

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

/// The outer rings of a GeoJSON Polygon or MultiPolygon as (lon, lat) pairs; rings of fewer
/// than three points enclose nothing and are left out (an area without any is not drawn: its
/// label would stand at 0 / 0 points, NaN).
fn outer_rings(geometry: &str) -> Option<Rings> {
    let rings: Rings = all_outer_rings(geometry)?
        .into_iter()
        .filter(|ring| ring.len() >= 3)
        .collect();
    (!rings.is_empty()).then_some(rings)
}

fn all_outer_rings(geometry: &str) -> Option<Rings> {
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

#[cfg(test)]
mod tests {
    use super::*;

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

    use proptest::prelude::*;

    fn area(geometry: String) -> Area {
        Area {
            id: 1,
            code: "BU00000001".into(),
            kind: "neighbourhood".into(),
            name: "Buurt".into(),
            parent_id: None,
            geometry: Some(geometry),
        }
    }

    proptest! {
        /// Whatever polygons an import brought (empty rings, points on one line, one point,
        /// anywhere on earth), the map is drawn with finite numbers only, or not at all.
        #[test]
        fn any_polygons_give_a_map_of_finite_numbers_or_none(
            shapes in prop::collection::vec(
                prop::collection::vec(prop::collection::vec((-180.0f64..180.0, -89.0f64..89.0), 0..6), 0..3),
                0..4,
            ),
            multi in any::<bool>(),
        ) {
            let areas: Vec<Area> = shapes
                .iter()
                .map(|rings| {
                    let rings = serde_json::json!(rings.iter().map(|r| r.iter().map(|(x, y)| vec![*x, *y]).collect::<Vec<_>>()).collect::<Vec<_>>());
                    let geometry = if multi {
                        serde_json::json!({"type": "MultiPolygon", "coordinates": [rings]})
                    } else {
                        serde_json::json!({"type": "Polygon", "coordinates": rings})
                    };
                    area(geometry.to_string())
                })
                .collect();
            if let Some(map) = draw_map(&areas, 400) {
                prop_assert!(map.height > 0);
                for shape in &map.shapes {
                    for text in [&shape.path, &shape.label_x, &shape.label_y] {
                        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
                    }
                }
            }
        }
    }
}
