//! The olievlek map and the trend chart as server-drawn SVG: the buurten's CBS polygons (drawn by
//! the kernel's [`areas::draw_map`]) coloured by fixed classes of a colour-blind-safe sequential
//! palette (viridis steps), suppressed cells hatched and labelled; a line over the waves with its
//! confidence band, the municipality and the national reference. Fixed classes make the small
//! multiples comparable across waves.

use crate::figures::{fmt, WaveFigures};
use crate::model::{Cell, Indicator};
use kansrijk_kernel::areas::{self, Area};

/// Viridis, five steps from dark to light.
pub const PALETTE: [&str; 5] = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

/// The indicator's fixed class bounds (lower bounds of classes 2–5).
pub fn bounds(ind: &Indicator) -> [f64; 4] {
    ind.classes
}

pub fn class(ind: &Indicator, v: f64) -> usize {
    bounds(ind).iter().filter(|b| v >= **b).count()
}

/// One legend entry: colour and range text.
pub struct LegendEntry {
    pub colour: &'static str,
    pub range: String,
}

pub fn legend(ind: &Indicator) -> Vec<LegendEntry> {
    let b = bounds(ind);
    let edges = [0.0, b[0], b[1], b[2], b[3], ind.max];
    (0..5)
        .map(|i| LegendEntry {
            colour: PALETTE[i],
            range: format!("{} – {}", fmt(edges[i]), fmt(edges[i + 1])),
        })
        .collect()
}

/// One buurt on a map.
pub struct ShapeView {
    pub name: String,
    pub path: String,
    pub fill: String,
    /// Suppressed: hatched and labelled.
    pub hatched: bool,
    pub label: String,
    pub label_x: String,
    pub label_y: String,
}

pub struct MapView {
    pub id: String,
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<ShapeView>,
}

/// Draws one wave of an indicator on the buurten. `floor` labels the small cells.
pub fn draw(
    buurten: &[Area],
    ind: &Indicator,
    wave: &WaveFigures,
    width: u32,
    floor: i64,
) -> Option<MapView> {
    let map = areas::draw_map(buurten, width)?;
    let shapes = map
        .shapes
        .into_iter()
        .map(|s| {
            let cell = wave.cell(&s.code).copied().unwrap_or(Cell::Small);
            let (fill, hatched, label) = match cell {
                Cell::Shown(p) => (
                    PALETTE[class(ind, p.mean)].to_string(),
                    false,
                    String::new(),
                ),
                Cell::Small => (String::new(), true, format!("<{floor}")),
                Cell::Hidden => (String::new(), true, "×".into()),
            };
            ShapeView {
                name: s.name,
                path: s.path,
                fill,
                hatched,
                label,
                label_x: s.label_x,
                label_y: s.label_y,
            }
        })
        .collect();
    Some(MapView {
        id: format!("{}-w{}-{width}", ind.key, wave.wave.id),
        width: map.width,
        height: map.height,
        shapes,
    })
}

/// A trend chart: one line per series over the waves, with a band for the 95% interval.
pub struct TrendView {
    pub width: u32,
    pub height: u32,
    /// (x, label) of each wave on the axis; `true` where a break precedes it.
    pub ticks: Vec<(String, String, bool)>,
    pub band: String,
    pub line: String,
    pub points: Vec<(String, String)>,
    pub municipality: String,
    pub reference_y: Option<String>,
    pub y_ticks: Vec<(String, String)>,
}

/// Draws the buurt's series (with band) and the municipality's line; gaps where hidden.
pub fn trend(ind: &Indicator, waves: &[WaveFigures], buurt: &str, gm: &str) -> TrendView {
    let (w, h, left, top, bottom) = (640.0, 280.0, 48.0, 16.0, 40.0);
    let max = if ind.unit == "scale" { 10.0 } else { 100.0 };
    let step = if waves.len() > 1 {
        (w - left - 24.0) / (waves.len() - 1) as f64
    } else {
        0.0
    };
    let x = |i: usize| left + 12.0 + step * i as f64;
    let y = |v: f64| top + (h - top - bottom) * (1.0 - v.clamp(0.0, max) / max);
    let value = |wf: &WaveFigures, code: &str| wf.cell(code).and_then(|c| c.value()).copied();
    let path = |pts: Vec<(f64, f64)>| {
        pts.iter()
            .enumerate()
            .map(|(i, (px, py))| format!("{}{px:.1},{py:.1}", if i == 0 { "M" } else { "L" }))
            .collect::<String>()
    };
    let own: Vec<(usize, crate::model::Published)> = waves
        .iter()
        .enumerate()
        .filter_map(|(i, wf)| value(wf, buurt).map(|p| (i, p)))
        .collect();
    let mut band: Vec<(f64, f64)> = own.iter().map(|(i, p)| (x(*i), y(p.high))).collect();
    band.extend(own.iter().rev().map(|(i, p)| (x(*i), y(p.low))));
    let gm_line: Vec<(f64, f64)> = waves
        .iter()
        .enumerate()
        .filter_map(|(i, wf)| value(wf, gm).map(|p| (x(i), y(p.mean))))
        .collect();
    TrendView {
        width: w as u32,
        height: h as u32,
        ticks: waves
            .iter()
            .enumerate()
            .map(|(i, wf)| {
                (
                    format!("{:.1}", x(i)),
                    wf.wave.year.to_string(),
                    wf.break_before,
                )
            })
            .collect(),
        band: if band.is_empty() {
            String::new()
        } else {
            path(band) + "Z"
        },
        line: path(own.iter().map(|(i, p)| (x(*i), y(p.mean))).collect()),
        points: own
            .iter()
            .map(|(i, p)| (format!("{:.1}", x(*i)), format!("{:.1}", y(p.mean))))
            .collect(),
        municipality: path(gm_line),
        reference_y: ind.reference.map(|r| format!("{:.1}", y(r))),
        y_ticks: (0..=4)
            .map(|k| {
                let v = max * k as f64 / 4.0;
                (format!("{:.1}", y(v)), fmt(v))
            })
            .collect(),
    }
}

/// One buurt of the animation: its colour per wave.
pub struct AnimatedShape {
    pub name: String,
    pub path: String,
    pub first: String,
    /// `;`-separated fills, one per wave.
    pub values: String,
}

/// The spread as one SVG animation (SMIL, no JavaScript): each buurt takes the colour of each
/// wave in turn and stays at the last. Shorter than five seconds in all (WCAG 2.2.2).
pub struct AnimatedMap {
    pub width: u32,
    pub height: u32,
    pub seconds: String,
    pub shapes: Vec<AnimatedShape>,
    /// (year, begin, duration) of each wave's label.
    pub labels: Vec<(i64, String, String)>,
}

pub fn animate(
    buurten: &[Area],
    ind: &Indicator,
    waves: &[WaveFigures],
    width: u32,
) -> Option<AnimatedMap> {
    if waves.len() < 2 {
        return None;
    }
    let map = areas::draw_map(buurten, width)?;
    let step = (4.5 / waves.len() as f64).min(1.2);
    let fill = |wf: &WaveFigures, code: &str| match wf.cell(code).and_then(|c| c.value()) {
        Some(p) => PALETTE[class(ind, p.mean)].to_string(),
        None => "url(#anim-hatch)".to_string(),
    };
    let shapes = map
        .shapes
        .into_iter()
        .map(|s| {
            let fills: Vec<String> = waves.iter().map(|w| fill(w, &s.code)).collect();
            AnimatedShape {
                name: s.name,
                path: s.path,
                first: fills[0].clone(),
                values: fills.join(";"),
            }
        })
        .collect();
    Some(AnimatedMap {
        width: map.width,
        height: map.height,
        seconds: format!("{:.2}", step * waves.len() as f64),
        shapes,
        labels: waves
            .iter()
            .enumerate()
            .map(|(i, w)| {
                (
                    w.wave.year,
                    format!("{:.2}", step * i as f64),
                    format!("{step:.2}"),
                )
            })
            .collect(),
    })
}
