//! Figures that the feature modules hand to the monitor ("olievlek"): per indicator, year and
//! area, a count of records and how many of them count as a "hit".
//!
//! Why here: the monitor must show reports per 1,000 residents, the share of activity visitors
//! who met someone new, training coverage, mediation success and living commitments beside its
//! survey indicators, but dependencies point one way — the monitor may not read the other
//! modules' tables. So each module answers one question through [`IndicatorHooks`] in
//! `Feature::indicators`, in its own queries, and the monitor stores and publishes the counts with
//! the same floor and secondary suppression as its survey answers.

use crate::rights::BoxFuture;
use crate::web::AppState;

/// How an indicator turns counts into a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// `hits` of `n` records, as a percentage (e.g. closed mediation cases that were solved).
    Share,
    /// `n` records per 1,000 residents of the area (e.g. reports); needs the number of residents.
    PerThousand,
}

/// An indicator a module contributes.
#[derive(Debug, Clone, Copy)]
pub struct ModuleIndicator {
    /// Stable key (`reports_rate`, …): in URLs, exports and the API.
    pub key: &'static str,
    /// Translation keys (the module's own) of its name and a one-line explanation.
    pub label: &'static str,
    pub about: &'static str,
    pub measure: Measure,
    pub higher_is_better: bool,
    /// The records are tied to a buurt (else the figure exists for the municipality only).
    pub per_buurt: bool,
    /// Lower bounds of the map's colour classes 2–5, and the top of the scale: fixed, so maps of
    /// different years compare.
    pub classes: [f64; 4],
    pub max: f64,
    /// The pillars of De Vreedzame Wijk it shows progress on (`positive_community`,
    /// `conflict_mediation`, `tasks_responsibilities`, `diversity`): the monitor's dashboard lists
    /// it under the core approaches whose actions work on them.
    pub pillars: &'static [&'static str],
}

impl ModuleIndicator {
    /// A share per buurt where higher is better, on the map in classes of 20 %; change the
    /// fields that differ with `..ModuleIndicator::share(…)`.
    pub const fn share(
        key: &'static str,
        label: &'static str,
        about: &'static str,
        pillars: &'static [&'static str],
    ) -> ModuleIndicator {
        ModuleIndicator {
            key,
            label,
            about,
            measure: Measure::Share,
            higher_is_better: true,
            per_buurt: true,
            classes: [20.0, 40.0, 60.0, 80.0],
            max: 100.0,
            pillars,
        }
    }
}

/// The counts of one indicator in one area for one year. `area_id` is a buurt (or any area the
/// record was tied to); `None` counts for the home municipality only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaCount {
    pub indicator: &'static str,
    pub area_id: Option<i64>,
    pub n: i64,
    pub hits: i64,
}

/// The counts of all the module's indicators for one calendar year (see [`year_bounds`]).
pub type YearCountsFn = fn(AppState, i32) -> BoxFuture<Vec<AreaCount>>;

/// A feature's part in the monitor.
#[derive(Clone, Copy)]
pub struct IndicatorHooks {
    pub indicators: &'static [ModuleIndicator],
    pub year: YearCountsFn,
}

/// The hooks of all features, in the order they are listed (kept in the state).
pub type Registry = Vec<(&'static str, IndicatorHooks)>;

/// Every module indicator, in feature order.
pub fn all(state: &AppState) -> Vec<ModuleIndicator> {
    state
        .indicators
        .iter()
        .flat_map(|(_, h)| h.indicators.iter().copied())
        .collect()
}

/// Rows of `(area id, n, hits)` from a module's `GROUP BY` query as counts of `indicator`;
/// empty groups are left out.
pub fn from_rows(indicator: &'static str, rows: Vec<(Option<i64>, i64, i64)>) -> Vec<AreaCount> {
    rows.into_iter()
        .filter(|(_, n, _)| *n > 0)
        .map(|(area_id, n, hits)| AreaCount {
            indicator,
            area_id,
            n,
            hits,
        })
        .collect()
}

/// The calendar year (in Amsterdam) of a moment.
pub fn year_of(ts: i64) -> i32 {
    jiff::Timestamp::from_second(ts)
        .map(|t| i32::from(t.to_zoned(crate::time::amsterdam().clone()).year()))
        .unwrap_or(1970)
}

/// The moment a year's figure describes: its end, or now while it runs.
pub fn year_moment(year: i32, now: i64) -> i64 {
    year_bounds(year).1.min(now)
}

/// The first and the last second (exclusive) of a calendar year in Amsterdam (where the
/// neighbourhood's year begins).
pub fn year_bounds(year: i32) -> (i64, i64) {
    let start = |y: i32| {
        i16::try_from(y)
            .ok()
            .and_then(|y| {
                jiff::civil::date(y, 1, 1)
                    .to_zoned(crate::time::amsterdam().clone())
                    .ok()
            })
            .map(|z| z.timestamp().as_second())
            .unwrap_or(0)
    };
    (start(year), start(year + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_year_is_described_up_to_now() {
        let (_, end) = year_bounds(2026);
        assert_eq!(year_moment(2026, end - 10), end - 10);
        assert_eq!(year_moment(2025, end - 10), year_bounds(2025).1);
    }

    #[test]
    fn empty_groups_are_left_out() {
        let got = from_rows("x", vec![(Some(1), 0, 0), (None, 3, 1)]);
        assert_eq!(
            got,
            vec![AreaCount {
                indicator: "x",
                area_id: None,
                n: 3,
                hits: 1
            }]
        );
    }

    #[test]
    fn a_year_runs_from_new_year_to_new_year() {
        // Midnight in Amsterdam is 23:00 UTC the day before in winter.
        assert_eq!(year_bounds(2026), (1_767_222_000, 1_798_758_000));
        // 2024 is a leap year: 366 days.
        let (a, b) = year_bounds(2024);
        assert_eq!(b - a, 366 * 86_400);
        assert_eq!(year_of(a), 2024);
        assert_eq!(year_of(b - 1), 2024);
        assert_eq!(year_of(b), 2025);
    }
}
