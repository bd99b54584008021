//! Figures per year: cases per topic, referrer and outcome, the share solved and the median days
//! to intake and to closure. Published figures go through the meldpunt's small-cell suppression
//! ([`kansrijk_reports::figures::publish`]): small counts are shown as "<5" and more cells are
//! hidden until none can be recomputed; shares and medians only on enough closed cases.

use crate::model::{self, OUTCOMES, REFERRERS, TOPICS};
use crate::queries::FigureRow;
use kansrijk_reports::figures::{publish, Breakdown, PublishedYear, Shown, YearCounts};
use serde::Serialize;

pub use kansrijk_reports::figures::DEFAULT_THRESHOLD;

/// The dimensions, each with its categories (an open case has outcome "open").
pub fn dimensions() -> [(&'static str, Vec<&'static str>); 3] {
    let mut outcomes = OUTCOMES.to_vec();
    outcomes.push("open");
    [
        ("topic", TOPICS.to_vec()),
        ("referrer", REFERRERS.to_vec()),
        ("outcome", outcomes),
    ]
}

/// The exact figures of one year (staff only).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ExactYear {
    pub year: i32,
    pub total: i64,
    /// Per dimension, the count per category (in the order of [`dimensions`]).
    pub counts: Vec<Vec<i64>>,
    pub closed: i64,
    /// Closed as solved or partly solved.
    pub solved: i64,
    pub intakes: i64,
    pub intakes_on_time: i64,
    pub median_days_to_intake: Option<i64>,
    pub median_days_to_close: Option<i64>,
}

impl ExactYear {
    pub fn percent(part: i64, whole: i64) -> Option<i64> {
        (whole > 0).then(|| (part * 100 + whole / 2) / whole)
    }

    pub fn share_solved(&self) -> Option<i64> {
        Self::percent(self.solved, self.closed)
    }

    pub fn share_on_time(&self) -> Option<i64> {
        Self::percent(self.intakes_on_time, self.intakes)
    }
}

/// One dimension as published.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublishedCounts {
    pub dimension: String,
    pub categories: Vec<String>,
    pub counts: Vec<Shown>,
}

/// What may be published of one year.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublishedMediationYear {
    pub year: i32,
    pub threshold: i64,
    pub total: Shown,
    pub breakdowns: Vec<PublishedCounts>,
    /// Percentage of closed cases solved (fully or partly); absent below the threshold.
    pub share_solved: Option<i64>,
    pub median_days_to_intake: Option<i64>,
    pub median_days_to_close: Option<i64>,
}

fn year_of(date: &str) -> i32 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

fn days(from: &str, to: Option<&str>) -> Option<i64> {
    Some(model::days_between(
        model::parse_date(from)?,
        model::parse_date(to?)?,
    ))
}

/// The exact figures per year, newest first.
pub fn exact(rows: &[FigureRow]) -> Vec<ExactYear> {
    let mut years: Vec<i32> = rows.iter().map(|r| year_of(&r.received_on)).collect();
    years.sort_unstable();
    years.dedup();
    years.reverse();
    years
        .into_iter()
        .map(|year| {
            let rows: Vec<&FigureRow> = rows
                .iter()
                .filter(|r| year_of(&r.received_on) == year)
                .collect();
            exact_year(year, &rows)
        })
        .collect()
}

fn exact_year(year: i32, rows: &[&FigureRow]) -> ExactYear {
    let value = |r: &FigureRow, dimension: &str| -> String {
        match dimension {
            "topic" => r.topic.clone(),
            "referrer" => r.referrer_type.clone(),
            _ => r.outcome.clone().unwrap_or_else(|| "open".into()),
        }
    };
    let counts = dimensions()
        .iter()
        .map(|(dimension, categories)| {
            categories
                .iter()
                .map(|c| rows.iter().filter(|r| value(r, dimension) == *c).count() as i64)
                .collect()
        })
        .collect();
    let closed: Vec<&&FigureRow> = rows.iter().filter(|r| r.outcome.is_some()).collect();
    let intaken: Vec<&&FigureRow> = rows.iter().filter(|r| r.intake_on.is_some()).collect();
    let mut to_intake: Vec<i64> = intaken
        .iter()
        .filter_map(|r| days(&r.received_on, r.intake_on.as_deref()))
        .collect();
    let mut to_close: Vec<i64> = closed
        .iter()
        .filter_map(|r| days(&r.received_on, r.closed_on.as_deref()))
        .collect();
    ExactYear {
        year,
        total: rows.len() as i64,
        counts,
        closed: closed.len() as i64,
        solved: closed
            .iter()
            .filter(|r| matches!(r.outcome.as_deref(), Some("solved" | "partly_solved")))
            .count() as i64,
        intakes: intaken.len() as i64,
        intakes_on_time: intaken
            .iter()
            .filter(|r| {
                r.intake_on
                    .as_deref()
                    .is_some_and(|d| d <= r.intake_due.as_str())
            })
            .count() as i64,
        median_days_to_intake: median(&mut to_intake),
        median_days_to_close: median(&mut to_close),
    }
}

/// What may be published of an exact year: every dimension sums to the year's total, so the
/// meldpunt's suppression (with the year as its only "quarter") hides what could be recomputed.
pub fn published(exact: &ExactYear, threshold: i64) -> PublishedMediationYear {
    let zeros = |n: usize| vec![0; n];
    let dims = dimensions();
    let counts = YearCounts {
        year: exact.year,
        quarter_totals: [exact.total, 0, 0, 0],
        breakdowns: dims
            .iter()
            .zip(&exact.counts)
            .map(|((dimension, categories), cells)| Breakdown {
                dimension,
                categories: categories.iter().map(|c| c.to_string()).collect(),
                counts: [
                    cells.clone(),
                    zeros(cells.len()),
                    zeros(cells.len()),
                    zeros(cells.len()),
                ],
            })
            .collect(),
        grounds: (vec![], [vec![], vec![], vec![], vec![]]),
        overview: [exact.total, 0, 0, 0],
    };
    let year: PublishedYear = publish(&counts, threshold);
    let enough = |n: i64| n >= threshold;
    PublishedMediationYear {
        year: exact.year,
        threshold,
        total: year.year_total,
        breakdowns: year
            .breakdowns
            .into_iter()
            .map(|b| PublishedCounts {
                dimension: b.dimension,
                categories: b.categories,
                counts: b.quarters.into_iter().next().unwrap_or_default(),
            })
            .collect(),
        share_solved: exact.share_solved().filter(|_| enough(exact.closed)),
        median_days_to_intake: exact
            .median_days_to_intake
            .filter(|_| enough(exact.intakes)),
        median_days_to_close: exact.median_days_to_close.filter(|_| enough(exact.closed)),
    }
}

/// One school's pupil mediation in one school year (counts only).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SchoolYear {
    pub school: String,
    /// `2026-2027` (August to July).
    pub school_year: String,
    pub pupils_trained: i64,
    pub mediations: i64,
    pub wijkmediators: i64,
    /// Meetings of the children's council (leerlingenraad).
    pub council_meetings: i64,
}

/// The monthly counts summed per school and school year, newest year first.
pub fn school_years(rows: &[crate::queries::SchoolRow]) -> Vec<SchoolYear> {
    let mut out: Vec<SchoolYear> = vec![];
    for r in rows {
        let year = model::school_year(&r.month);
        match out
            .iter_mut()
            .find(|y| y.school == r.school && y.school_year == year)
        {
            Some(y) => {
                y.pupils_trained += r.pupils_trained;
                y.mediations += r.mediations;
                y.wijkmediators += r.wijkmediators;
                y.council_meetings += r.council_meetings;
            }
            None => out.push(SchoolYear {
                school: r.school.clone(),
                school_year: year,
                pupils_trained: r.pupils_trained,
                mediations: r.mediations,
                wijkmediators: r.wijkmediators,
                council_meetings: r.council_meetings,
            }),
        }
    }
    out.sort_by(|a, b| {
        b.school_year
            .cmp(&a.school_year)
            .then(a.school.cmp(&b.school))
    });
    out
}

/// The median of some day counts (`None` for none).
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(received: &str, topic: &str, outcome: Option<&str>, closed: Option<&str>) -> FigureRow {
        FigureRow {
            received_on: received.into(),
            topic: topic.into(),
            referrer_type: "self".into(),
            outcome: outcome.map(Into::into),
            intake_due: "2026-02-09".into(),
            intake_on: Some("2026-02-05".into()),
            closed_on: closed.map(Into::into),
        }
    }

    #[test]
    fn small_cells_are_suppressed_and_totals_add_up() {
        let mut rows: Vec<FigureRow> = (0..12)
            .map(|_| row("2026-02-02", "noise", Some("solved"), Some("2026-03-04")))
            .collect();
        rows.push(row(
            "2026-02-02",
            "pets",
            Some("stopped"),
            Some("2026-02-12"),
        ));
        rows.push(row("2026-02-02", "garden", None, None));
        let exact = exact(&rows);
        assert_eq!(exact.len(), 1);
        assert_eq!(exact[0].total, 14);
        assert_eq!(exact[0].median_days_to_close, Some(30));
        assert_eq!(exact[0].intakes_on_time, 14);
        let published = published(&exact[0], DEFAULT_THRESHOLD);
        assert_eq!(published.total, Shown::Value(14));
        let topics = &published.breakdowns[0];
        let pets = topics.categories.iter().position(|c| c == "pets").unwrap();
        assert_eq!(topics.counts[pets], Shown::Small);
        assert!(published.share_solved.is_some());
    }

    #[test]
    fn medians_are_middle_values() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn shares_and_medians_need_enough_cases() {
        let rows = vec![row(
            "2025-05-01",
            "noise",
            Some("solved"),
            Some("2025-06-01"),
        )];
        let published = published(&exact(&rows)[0], DEFAULT_THRESHOLD);
        assert_eq!(published.share_solved, None);
        assert_eq!(published.median_days_to_close, None);
        assert_eq!(published.total, Shown::Small);
    }
}
