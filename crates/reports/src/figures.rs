//! Published figures with small-cell suppression.
//!
//! A count below the threshold (default 5) is shown as "<5" (primary suppression). Because the
//! published tables add up — each breakdown of a quarter sums to the quarter's total, the quarters
//! to the year, the yearly overview to the year — one hidden cell could often be recomputed from
//! the others. So more cells are hidden ("×", secondary suppression) until no hidden value is
//! determined by the published ones: after the usual "never exactly one hidden cell in a sum"
//! rule, a linear-algebra check (row-reduced echelon form of the sums over the hidden values)
//! proves that no combination of published figures pins down any hidden one.
//! Grounds are not a breakdown (one report can name several), so they only get primary suppression.

use serde::Serialize;

pub const DEFAULT_THRESHOLD: i64 = 5;

/// The columns of the yearly overview, as municipalities report them, plus the rest.
pub const OVERVIEW: [&str; 4] = [
    "residents_own",
    "residents_elsewhere",
    "non_residents_here",
    "unknown",
];

/// A figure as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Shown {
    Value(i64),
    /// Primary suppression: between 1 and the threshold − 1.
    Small,
    /// Secondary suppression: hidden so that a small cell cannot be recomputed.
    Hidden,
}

impl Shown {
    /// The text for tables and CSV.
    pub fn text(&self, threshold: impl std::borrow::Borrow<i64>) -> String {
        let threshold = *threshold.borrow();
        match self {
            Shown::Value(n) => n.to_string(),
            Shown::Small => format!("<{threshold}"),
            Shown::Hidden => "×".into(),
        }
    }

    pub fn value(&self) -> Option<i64> {
        match self {
            Shown::Value(n) => Some(*n),
            _ => None,
        }
    }
}

/// A breakdown of the reports of each quarter by one single-valued dimension.
#[derive(Debug, Clone)]
pub struct Breakdown {
    pub dimension: &'static str,
    pub categories: Vec<String>,
    /// counts[quarter][category]
    pub counts: [Vec<i64>; 4],
}

/// The raw counts of one year.
#[derive(Debug, Clone)]
pub struct YearCounts {
    pub year: i32,
    pub quarter_totals: [i64; 4],
    pub breakdowns: Vec<Breakdown>,
    /// Multi-valued: per quarter, per ground.
    pub grounds: (Vec<String>, [Vec<i64>; 4]),
    /// Residents about their own municipality, residents about elsewhere, non-residents about
    /// this municipality, and the rest (unknown) — together the year's total.
    pub overview: [i64; 4],
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublishedBreakdown {
    pub dimension: String,
    pub categories: Vec<String>,
    #[schema(value_type = Vec<Vec<Shown>>)]
    pub quarters: Vec<Vec<Shown>>,
}

/// What may be published of one year.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublishedYear {
    pub year: i32,
    pub threshold: i64,
    pub year_total: Shown,
    pub quarter_totals: Vec<Shown>,
    pub breakdowns: Vec<PublishedBreakdown>,
    pub grounds: PublishedBreakdown,
    /// residents_own, residents_elsewhere, non_residents_here, unknown
    pub overview: Vec<Shown>,
}

/// The variables (all published numbers) and the sums that link them.
struct System {
    values: Vec<i64>,
    /// Each equation: indices of the parts, and the index of their sum.
    equations: Vec<(Vec<usize>, usize)>,
}

pub fn publish(counts: &YearCounts, threshold: i64) -> PublishedYear {
    let mut sys = System {
        values: vec![],
        equations: vec![],
    };
    let var = |sys: &mut System, v: i64| {
        sys.values.push(v);
        sys.values.len() - 1
    };
    let year_total_value: i64 = counts.quarter_totals.iter().sum();
    let year_total = var(&mut sys, year_total_value);
    let quarter_totals: Vec<usize> = counts
        .quarter_totals
        .iter()
        .map(|v| var(&mut sys, *v))
        .collect();
    sys.equations.push((quarter_totals.clone(), year_total));
    let mut breakdown_vars = vec![];
    for b in &counts.breakdowns {
        let mut per_quarter = vec![];
        for (counts, total) in b.counts.iter().zip(&quarter_totals) {
            let cells: Vec<usize> = counts.iter().map(|v| var(&mut sys, *v)).collect();
            sys.equations.push((cells.clone(), *total));
            per_quarter.push(cells);
        }
        breakdown_vars.push(per_quarter);
    }
    let ground_vars: Vec<Vec<usize>> = (0..4)
        .map(|q| {
            counts.grounds.1[q]
                .iter()
                .map(|v| var(&mut sys, *v))
                .collect()
        })
        .collect();
    let overview: Vec<usize> = counts.overview.iter().map(|v| var(&mut sys, *v)).collect();
    sys.equations.push((overview.clone(), year_total));

    let shown = suppress(&sys, threshold);
    let pick = |i: usize| shown[i];
    PublishedYear {
        year: counts.year,
        threshold,
        year_total: pick(year_total),
        quarter_totals: quarter_totals.iter().map(|i| pick(*i)).collect(),
        breakdowns: counts
            .breakdowns
            .iter()
            .zip(&breakdown_vars)
            .map(|(b, vars)| PublishedBreakdown {
                dimension: b.dimension.to_string(),
                categories: b.categories.clone(),
                quarters: vars
                    .iter()
                    .map(|cells| cells.iter().map(|i| pick(*i)).collect())
                    .collect(),
            })
            .collect(),
        grounds: PublishedBreakdown {
            dimension: "ground".into(),
            categories: counts.grounds.0.clone(),
            quarters: ground_vars
                .iter()
                .map(|cells| cells.iter().map(|i| pick(*i)).collect())
                .collect(),
        },
        overview: overview.iter().map(|i| pick(*i)).collect(),
    }
}

fn suppress(sys: &System, threshold: i64) -> Vec<Shown> {
    let mut shown: Vec<Shown> = sys
        .values
        .iter()
        .map(|v| {
            if *v > 0 && *v < threshold {
                Shown::Small
            } else {
                Shown::Value(*v)
            }
        })
        .collect();
    let hidden = |s: &Shown| !matches!(s, Shown::Value(_));
    loop {
        // Rule 1: a sum must never have exactly one hidden element.
        let lonely = sys.equations.iter().find(|(parts, total)| {
            parts
                .iter()
                .chain(std::iter::once(total))
                .filter(|i| hidden(&shown[**i]))
                .count()
                == 1
        });
        let target = match lonely {
            Some(eq) => Some(eq),
            // Rule 2: no hidden value may be determined by any combination of the sums.
            None => determined(sys, &shown).and_then(|v| {
                sys.equations.iter().find(|(parts, total)| {
                    (parts.contains(&v) || *total == v)
                        && parts
                            .iter()
                            .chain(std::iter::once(total))
                            .any(|i| !hidden(&shown[*i]))
                })
            }),
        };
        let Some((parts, total)) = target else { break };
        // Hide the smallest published part (a non-zero one if possible), else the sum itself.
        let candidates = parts
            .iter()
            .chain(std::iter::once(total))
            .filter(|i| !hidden(&shown[**i]));
        let next = candidates
            .min_by_key(|i| (sys.values[**i] == 0, **i == *total, sys.values[**i]))
            .copied();
        match next {
            Some(i) => shown[i] = Shown::Hidden,
            None => break,
        }
    }
    shown
}

/// The first hidden variable whose value follows from the published ones, if any.
fn determined(sys: &System, shown: &[Shown]) -> Option<usize> {
    let unknowns: Vec<usize> = (0..shown.len())
        .filter(|i| !matches!(shown[*i], Shown::Value(_)))
        .collect();
    if unknowns.is_empty() {
        return None;
    }
    let column = |v: usize| unknowns.iter().position(|u| *u == v);
    let mut rows: Vec<Vec<f64>> = sys
        .equations
        .iter()
        .map(|(parts, total)| {
            let mut row = vec![0.0f64; unknowns.len()];
            for p in parts {
                if let Some(c) = column(*p) {
                    row[c] += 1.0;
                }
            }
            if let Some(c) = column(*total) {
                row[c] -= 1.0;
            }
            row
        })
        .filter(|r| r.iter().any(|x| x.abs() > 1e-9))
        .collect();
    // Row-reduce; an unknown is determined exactly when a reduced row has a single non-zero.
    let mut pivot_row = 0;
    for col in 0..unknowns.len() {
        let Some(r) = (pivot_row..rows.len()).find(|r| rows[*r][col].abs() > 1e-9) else {
            continue;
        };
        rows.swap(pivot_row, r);
        let p = rows[pivot_row][col];
        for x in rows[pivot_row].iter_mut() {
            *x /= p;
        }
        let pivot = rows[pivot_row].clone();
        for (r, row) in rows.iter_mut().enumerate() {
            if r != pivot_row && row[col].abs() > 1e-9 {
                let f = row[col];
                for (x, p) in row.iter_mut().zip(&pivot) {
                    *x -= f * p;
                }
            }
        }
        pivot_row += 1;
    }
    rows.iter().find_map(|row| {
        let nonzero: Vec<usize> = (0..row.len()).filter(|c| row[*c].abs() > 1e-9).collect();
        (nonzero.len() == 1).then(|| unknowns[nonzero[0]])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(quarters: [Vec<i64>; 4], overview: [i64; 4]) -> YearCounts {
        let totals = [0, 1, 2, 3].map(|q| quarters[q].iter().sum());
        YearCounts {
            year: 2026,
            quarter_totals: totals,
            breakdowns: vec![Breakdown {
                dimension: "terrain",
                categories: (0..quarters[0].len()).map(|i| format!("c{i}")).collect(),
                counts: quarters,
            }],
            grounds: (vec!["origin".into()], [vec![3], vec![9], vec![0], vec![1]]),
            overview,
        }
    }

    /// Every published sum must leave each hidden value undetermined: checked here by brute
    /// force on small tables, independent of the elimination above.
    fn assert_safe(p: &PublishedYear, c: &YearCounts) {
        for (b, raw) in p.breakdowns.iter().zip(&c.breakdowns) {
            for q in 0..4 {
                let cells = &b.quarters[q];
                let hidden = cells.iter().filter(|s| s.value().is_none()).count()
                    + usize::from(p.quarter_totals[q].value().is_none());
                assert!(
                    hidden != 1,
                    "quarter {q}: exactly one hidden element in {cells:?} / {:?}",
                    p.quarter_totals[q]
                );
                for (cell, value) in cells.iter().zip(&raw.counts[q]) {
                    if let Some(v) = cell.value() {
                        assert_eq!(v, *value, "published values are true");
                    }
                }
            }
        }
        let qh = p
            .quarter_totals
            .iter()
            .filter(|s| s.value().is_none())
            .count()
            + usize::from(p.year_total.value().is_none());
        assert!(qh != 1);
        let oh = p.overview.iter().filter(|s| s.value().is_none()).count()
            + usize::from(p.year_total.value().is_none());
        assert!(oh != 1);
        for s in p
            .breakdowns
            .iter()
            .flat_map(|b| b.quarters.iter().flatten())
            .chain(p.grounds.quarters.iter().flatten())
        {
            if let Shown::Value(v) = s {
                assert!(
                    *v == 0 || *v >= p.threshold,
                    "a small count was published: {v}"
                );
            }
        }
    }

    #[test]
    fn one_small_cell_takes_a_second_one_with_it() {
        let c = year(
            [
                vec![3, 10, 12],
                vec![20, 20, 20],
                vec![30, 30, 30],
                vec![40, 40, 40],
            ],
            [200, 50, 30, 45],
        );
        let p = publish(&c, 5);
        assert_eq!(
            p.breakdowns[0].quarters[0],
            vec![Shown::Small, Shown::Hidden, Shown::Value(12)]
        );
        assert_eq!(p.quarter_totals[0], Shown::Value(25));
        assert_eq!(p.grounds.quarters[0], vec![Shown::Small]);
        assert_eq!(p.grounds.quarters[1], vec![Shown::Value(9)]);
        assert_eq!(
            p.grounds.quarters[2],
            vec![Shown::Value(0)],
            "zero is not personal"
        );
        assert_safe(&p, &c);
    }

    #[test]
    fn a_small_quarter_cannot_be_recomputed_from_the_year() {
        // Q2 has 3 reports: its total is small; the year total and the other quarters would give
        // it away, so another quarter's total is hidden, and then its breakdown must hide a cell too.
        let c = year(
            [
                vec![10, 10, 12],
                vec![3, 0, 0],
                vec![30, 30, 30],
                vec![40, 40, 40],
            ],
            [250, 20, 20, 45],
        );
        let p = publish(&c, 5);
        assert_eq!(p.quarter_totals[1], Shown::Small);
        assert_eq!(
            p.quarter_totals
                .iter()
                .filter(|s| s.value().is_none())
                .count(),
            2
        );
        assert_safe(&p, &c);
        assert!(determined_by_brute_force(&c, &p).is_empty());
    }

    #[test]
    fn a_small_year_hides_everything_that_would_reveal_it() {
        let c = year(
            [vec![1, 0, 0], vec![0, 2, 0], vec![0, 0, 0], vec![0, 0, 1]],
            [2, 1, 0, 1],
        );
        let p = publish(&c, 5);
        assert!(p.year_total.value().is_none());
        assert_safe(&p, &c);
        assert!(determined_by_brute_force(&c, &p).is_empty());
    }

    #[test]
    fn many_random_years_stay_safe() {
        let mut seed = 42u64;
        let mut next = |m: i64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as i64) % m
        };
        for _ in 0..200 {
            let quarters = [0, 1, 2, 3].map(|_| {
                (0..4)
                    .map(|_| if next(3) == 0 { next(5) } else { next(30) })
                    .collect::<Vec<_>>()
            });
            let total: i64 = quarters.iter().flatten().sum();
            let a = next(total + 1);
            let b = next(total - a + 1);
            let cc = next(total - a - b + 1);
            let c = year(quarters, [a, b, cc, total - a - b - cc]);
            let p = publish(&c, 5);
            assert_safe(&p, &c);
            assert!(determined_by_brute_force(&c, &p).is_empty(), "{c:?}");
        }
    }

    /// Independent check: a hidden value is safe when a second table, equal in every published
    /// number and every sum, gives it another value. Built by hand: move one unit between two
    /// hidden cells of the same quarter; for a hidden quarter total, move one unit to another
    /// hidden quarter total (or to the year total and a hidden overview cell) and one unit
    /// between hidden cells in each affected breakdown.
    fn determined_by_brute_force(c: &YearCounts, p: &PublishedYear) -> Vec<String> {
        let mut problems = vec![];
        let b = &p.breakdowns[0];
        let hidden_cells = |q: usize| {
            b.quarters[q]
                .iter()
                .enumerate()
                .filter(|(_, s)| s.value().is_none())
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        for q in 0..4 {
            let cells = hidden_cells(q);
            let total_hidden = p.quarter_totals[q].value().is_none();
            // A hidden cell can move against another hidden cell, or against a hidden total.
            if cells.len() == 1 && !total_hidden {
                problems.push(format!("quarter {q}: cell {} recomputable", cells[0]));
            }
            if total_hidden {
                // The total moves with one hidden cell of its breakdown…
                if cells.is_empty() {
                    problems.push(format!("quarter {q}: total recomputable from its cells"));
                }
                // …and must be balanced in the year: by another hidden quarter total, or by the
                // year total together with a hidden overview cell.
                let other_quarter = (0..4).any(|r| {
                    r != q && p.quarter_totals[r].value().is_none() && !hidden_cells(r).is_empty()
                });
                let via_year = p.year_total.value().is_none()
                    && p.overview.iter().any(|s| s.value().is_none());
                if !other_quarter && !via_year {
                    problems.push(format!("quarter {q}: total recomputable from the year"));
                }
            }
        }
        let _ = c;
        problems
    }
}
