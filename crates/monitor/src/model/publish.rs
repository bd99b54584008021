//! Publishing an indicator for one wave: the mean with its 95% confidence interval per buurt and
//! for the municipality, never for a cell below the floor.
//!
//! The published figures are linked by one sum: the municipality's answers are the buurten's
//! answers plus those of hidden buurten and of residents who gave no buurt. So from the
//! municipality's total and the shown buurten anyone can compute the *hidden rest* (its number of
//! answers and its mean). That rest must therefore never be a group of 1 to floor − 1 answers:
//! while it is, the shown buurt with the fewest answers is hidden too (secondary suppression),
//! and when no buurt is left to hide, the municipality's figure is hidden.

use serde::Serialize;

/// Sums over the respondents of one cell, scores in hundredths of the unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub n: i64,
    pub total: i64,
    pub total_sq: i64,
}

impl Stats {
    pub fn add(&mut self, score: i64) {
        self.n += 1;
        self.total += score;
        self.total_sq += score * score;
    }

    pub fn merge(&mut self, other: &Stats) {
        self.n += other.n;
        self.total += other.total;
        self.total_sq += other.total_sq;
    }

    /// Mean and 95% confidence interval (normal approximation), in the unit.
    pub fn estimate(&self) -> Option<Published> {
        if self.n == 0 {
            return None;
        }
        let n = self.n as f64;
        let mean = self.total as f64 / n;
        let var = if self.n > 1 {
            ((self.total_sq as f64 - self.total as f64 * mean) / (n - 1.0)).max(0.0)
        } else {
            0.0
        };
        let half = 1.96 * var.sqrt() / n.sqrt();
        Some(Published {
            n: self.n,
            mean: mean / 100.0,
            low: (mean - half) / 100.0,
            high: (mean + half) / 100.0,
        })
    }
}

/// A published value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Published {
    /// Number of answers it rests on (at least the floor).
    pub n: i64,
    pub mean: f64,
    /// 95% confidence interval.
    pub low: f64,
    pub high: f64,
}

/// A cell as published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    Shown(Published),
    /// Fewer answers than the floor (including none).
    Small,
    /// Hidden so that a small group cannot be computed from the other figures.
    Hidden,
}

impl Cell {
    pub fn value(&self) -> Option<&Published> {
        match self {
            Cell::Shown(p) => Some(p),
            _ => None,
        }
    }

    /// `shown`, `small` or `hidden`.
    pub fn state(&self) -> &'static str {
        match self {
            Cell::Shown(_) => "shown",
            Cell::Small => "small",
            Cell::Hidden => "hidden",
        }
    }
}

/// A count of records per 1,000 residents with its 95% confidence interval (the count taken as
/// Poisson, normal approximation: the floor keeps counts large enough for it). `None` without
/// residents.
pub fn per_thousand(count: i64, residents: i64) -> Option<Published> {
    if residents <= 0 || count <= 0 {
        return None;
    }
    let k = count as f64;
    let scale = 1000.0 / residents as f64;
    let half = 1.96 * k.sqrt();
    Some(Published {
        n: count,
        mean: k * scale,
        low: (k - half).max(0.0) * scale,
        high: (k + half) * scale,
    })
}

/// Publishes the buurten of one municipality and the municipality itself for one indicator and
/// wave. `municipality` holds every answer of the municipality (with those without a buurt).
pub fn publish_municipality(
    buurten: &[(String, Stats)],
    municipality: &Stats,
    floor: i64,
) -> (Vec<(String, Cell)>, Cell) {
    publish_municipality_with(buurten, municipality, floor, |_, s| s.estimate())
}

/// [`publish_municipality`] with another way to turn a cell's sums into a value (`estimate` gets
/// the buurt's code, or `None` for the municipality). The floor and the secondary suppression
/// work on the counts `n` alone, whatever the value.
pub fn publish_municipality_with(
    buurten: &[(String, Stats)],
    municipality: &Stats,
    floor: i64,
    estimate: impl Fn(Option<&str>, &Stats) -> Option<Published>,
) -> (Vec<(String, Cell)>, Cell) {
    let floor = floor.max(1);
    let mut shown: Vec<bool> = buurten.iter().map(|(_, s)| s.n >= floor).collect();
    let rest = |shown: &[bool]| {
        municipality.n
            - buurten
                .iter()
                .zip(shown)
                .filter(|(_, on)| **on)
                .map(|((_, s), _)| s.n)
                .sum::<i64>()
    };
    let mut secondary = vec![false; buurten.len()];
    let mut total_shown = municipality.n >= floor;
    while total_shown && (1..floor).contains(&rest(&shown)) {
        let smallest = (0..buurten.len())
            .filter(|i| shown[*i])
            .min_by_key(|i| (buurten[*i].1.n, buurten[*i].0.clone()));
        match smallest {
            Some(i) => {
                shown[i] = false;
                secondary[i] = true;
            }
            None => total_shown = false,
        }
    }
    let cells = buurten
        .iter()
        .enumerate()
        .map(|(i, (code, s))| {
            let cell = match (shown[i], secondary[i], estimate(Some(code), s)) {
                (true, _, Some(p)) => Cell::Shown(p),
                (false, true, _) => Cell::Hidden,
                _ => Cell::Small,
            };
            (code.clone(), cell)
        })
        .collect();
    let total = match (total_shown, estimate(None, municipality)) {
        (true, Some(p)) => Cell::Shown(p),
        _ if municipality.n >= floor => Cell::Hidden,
        _ => Cell::Small,
    };
    (cells, total)
}
