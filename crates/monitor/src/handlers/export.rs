//! Exports of every published value: CSV (kernel writer) and GeoJSON (buurt polygons with the
//! published values). Hidden and small cells carry no value, only their state.

use crate::figures::{self, fmt};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use kansrijk_kernel::csv::Writer;
use kansrijk_kernel::web::{AppResult, AppState};

/// `/monitor/waarden.csv`
pub async fn csv(State(state): State<AppState>) -> AppResult<Response> {
    let mut w = Writer::new();
    w.row([
        "indicator",
        "wave",
        "year",
        "break",
        "area_code",
        "area_name",
        "state",
        "n",
        "mean",
        "ci_low",
        "ci_high",
    ]);
    for ind in figures::indicators(&state) {
        for wf in figures::published(&state.db, &ind).await?.iter() {
            for a in &wf.areas {
                let p = a.cell.value();
                w.row([
                    ind.key.to_string(),
                    wf.wave.name.clone(),
                    wf.wave.year.to_string(),
                    i64::from(wf.break_before).to_string(),
                    a.code.clone(),
                    a.name.clone(),
                    a.cell.state().to_string(),
                    p.map(|p| p.n.to_string()).unwrap_or_default(),
                    p.map(|p| fmt(p.mean)).unwrap_or_default(),
                    p.map(|p| fmt(p.low)).unwrap_or_default(),
                    p.map(|p| fmt(p.high)).unwrap_or_default(),
                ]);
            }
        }
    }
    Ok(w.download("monitor-waarden.csv"))
}

/// `/monitor/waarden.geojson`: one feature per buurt with the published values of every
/// indicator and wave as properties `<indicator>_<year>_<wave id>` and `…_n` (null where not published).
pub async fn geojson(State(state): State<AppState>) -> AppResult<Response> {
    let buurten = super::map_areas(&state).await?;
    let mut all = vec![];
    for ind in figures::indicators(&state) {
        all.push((ind.key, figures::published(&state.db, &ind).await?));
    }
    let features: Vec<serde_json::Value> = buurten
        .iter()
        .map(|b| {
            let mut props = serde_json::Map::new();
            props.insert("code".into(), b.code.clone().into());
            props.insert("name".into(), b.name.clone().into());
            for (key, waves) in &all {
                for wf in waves.iter() {
                    let v = wf.cell(&b.code).and_then(|c| c.value());
                    let name = format!("{key}_{}_{}", wf.wave.year, wf.wave.id);
                    props.insert(name.clone(), v.map(|p| p.mean).into());
                    props.insert(format!("{name}_n"), v.map(|p| p.n).into());
                }
            }
            let geometry: serde_json::Value = b
                .geometry
                .as_deref()
                .and_then(|g| serde_json::from_str(g).ok())
                .unwrap_or(serde_json::Value::Null);
            serde_json::json!({"type": "Feature", "properties": props, "geometry": geometry})
        })
        .collect();
    Ok(json(
        serde_json::json!({"type": "FeatureCollection", "features": features}),
    ))
}

fn json(v: serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/geo+json")],
        v.to_string(),
    )
        .into_response()
}
