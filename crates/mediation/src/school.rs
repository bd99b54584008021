//! Vreedzame School: a school's pupil mediation per month, in counts only (pupils trained as
//! leerlingmediator, mediations held, wijkmediator certificates) — never a child's name or a
//! conflict's details.

use crate::model::{parse_date, parse_id};
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

/// A month of a school's pupil mediation as posted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SchoolForm {
    pub organisation_id: String,
    /// `YYYY-MM`.
    pub month: String,
    pub pupils_trained: String,
    pub mediations: String,
    pub wijkmediators: String,
    pub council_meetings: String,
}

/// Counts only: never a child's name or a conflict's details.
#[derive(Debug, Clone, PartialEq)]
pub struct SchoolCount {
    pub organisation_id: i64,
    pub month: String,
    pub pupils_trained: i64,
    pub mediations: i64,
    pub wijkmediators: i64,
    /// Meetings of the school's children's council (leerlingenraad) that month.
    pub council_meetings: i64,
}

/// The school year (August to July) of a month: `2026-09` → `2026-2027`.
pub fn school_year(month: &str) -> String {
    let year: i32 = month.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let m: u32 = month.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let start = if m >= 8 { year } else { year - 1 };
    format!("{start}-{}", start + 1)
}

/// A school of `schools`, a month up to `this_month`, counts from 0 to 999.
pub fn validate_school(
    form: &SchoolForm,
    schools: &[i64],
    this_month: &str,
) -> Result<SchoolCount, FieldErrors> {
    let count = |v: &str| {
        v.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (0..1000).contains(n))
    };
    let school = parse_id(&form.organisation_id).filter(|id| schools.contains(id));
    let month = form.month.trim();
    let month_ok =
        month.len() == 7 && parse_date(&format!("{month}-01")).is_some() && month <= this_month;
    let [trained, held, wijk, council] = [
        &form.pupils_trained,
        &form.mediations,
        &form.wijkmediators,
        &form.council_meetings,
    ]
    .map(|v| count(v));
    let checks = [
        (
            school.is_none(),
            "organisation_id",
            "mediation-error-school",
        ),
        (!month_ok, "month", "mediation-error-month"),
        (trained.is_none(), "pupils_trained", "mediation-error-count"),
        (held.is_none(), "mediations", "mediation-error-count"),
        (wijk.is_none(), "wijkmediators", "mediation-error-count"),
        (
            council.is_none(),
            "council_meetings",
            "mediation-error-count",
        ),
    ];
    let errors: FieldErrors = checks
        .into_iter()
        .filter(|(bad, _, _)| *bad)
        .map(|(_, f, k)| (f, k))
        .collect();
    errors.or_ok(SchoolCount {
        organisation_id: school.unwrap_or(0),
        month: month.to_string(),
        pupils_trained: trained.unwrap_or(0),
        mediations: held.unwrap_or(0),
        wijkmediators: wijk.unwrap_or(0),
        council_meetings: council.unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_counts_are_counts_of_a_known_school_in_a_past_month() {
        assert_eq!(school_year("2026-09"), "2026-2027");
        assert_eq!(school_year("2027-03"), "2026-2027");
        let form = SchoolForm {
            organisation_id: "4".into(),
            month: "2026-11".into(),
            pupils_trained: "12".into(),
            mediations: "7".into(),
            wijkmediators: "0".into(),
            council_meetings: "1".into(),
        };
        let ok = validate_school(&form, &[4], "2026-12").unwrap();
        assert_eq!(
            (ok.pupils_trained, ok.mediations, ok.council_meetings),
            (12, 7, 1)
        );
        let bad = SchoolForm {
            organisation_id: "5".into(),
            month: "2027-01".into(),
            mediations: "-1".into(),
            council_meetings: "x".into(),
            ..form
        };
        let e = validate_school(&bad, &[4], "2026-12").unwrap_err();
        for (field, key) in [
            ("organisation_id", "mediation-error-school"),
            ("month", "mediation-error-month"),
            ("mediations", "mediation-error-count"),
            ("council_meetings", "mediation-error-count"),
        ] {
            assert_eq!(e.get(field), Some(key));
        }
    }
}
