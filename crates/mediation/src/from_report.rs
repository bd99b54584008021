//! From the meldpunt: a report whose reporter asked for mediation becomes a request, with the
//! reporter's consent recorded by the report handler. The rules live here; the route is in
//! [`crate::manage`] (mediation depends on reports, never the other way round).

use crate::model::{checked, CaseFile, NewRequest, LINE_MAX, NAME_MAX};
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

/// The form on a report's case page: the handler records that the reporter agreed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FromReportForm {
    pub mediation_consent: String,
}

/// A report becomes a request only when its reporter asked for mediation (`wants`, as stored:
/// `register,mediation`) and left contact details, the handler recorded the reporter's consent,
/// and it was not converted before (`converted`).
pub fn validate_from_report(
    form: &FromReportForm,
    wants: &str,
    has_contact: bool,
    converted: bool,
) -> Result<(), FieldErrors> {
    let field = "mediation_consent";
    let refused = [
        (
            !wants.split(',').any(|w| w == "mediation"),
            "mediation-error-report-not-asked",
        ),
        (converted, "mediation-error-report-converted"),
        // Mediators must be able to reach the reporter (and a deleted report has no contact).
        (!has_contact, "mediation-error-report-contact"),
        (
            !checked(&form.mediation_consent),
            "mediation-error-report-consent",
        ),
    ]
    .into_iter()
    .find(|(bad, _)| *bad);
    match refused {
        Some((_, key)) => Err(FieldErrors::single(field, key)),
        None => Ok(()),
    }
}

/// What a request from the meldpunt takes over from the report (opened by the caller).
#[derive(Debug, Clone, Default)]
pub struct FromReport<'a> {
    pub report_ref: &'a str,
    pub area_id: Option<i64>,
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    /// The handler's organisation (id, name), the referrer.
    pub organisation: Option<(i64, &'a str)>,
}

/// The request a report becomes: a referral by the meldpunt with the reporter's consent, about
/// treatment/discrimination, in the report's buurt, with the reporter's contact details only
/// (the report's narrative stays at the meldpunt).
pub fn request_from_report(r: &FromReport<'_>) -> NewRequest {
    NewRequest {
        professional: true,
        referrer_type: "meldpunt".into(),
        referrer_org: r
            .organisation
            .map(|(_, name)| clean(name, LINE_MAX))
            .unwrap_or_else(|| "Meldpunt".into()),
        referrer_email: None,
        consent: true,
        topic: "treatment".into(),
        urgency: "normal".into(),
        area_id: r.area_id,
        file: CaseFile {
            name: clean(r.name, NAME_MAX),
            phone: clean(r.phone, 40),
            email: clean(r.email, LINE_MAX),
            ..CaseFile::default()
        },
        referrer_organisation_id: r.organisation.map(|(id, _)| id),
        report_ref: Some(r.report_ref.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_becomes_a_request_only_when_asked_with_consent_contact_and_once() {
        let yes = FromReportForm {
            mediation_consent: "on".into(),
        };
        let no = FromReportForm::default();
        let key = |r: Result<(), FieldErrors>| {
            r.err()
                .and_then(|e| e.get("mediation_consent").map(String::from))
        };
        assert_eq!(
            key(validate_from_report(
                &yes,
                "register,mediation",
                true,
                false
            )),
            None
        );
        assert_eq!(
            key(validate_from_report(&no, "mediation", true, false)).as_deref(),
            Some("mediation-error-report-consent")
        );
        assert_eq!(
            key(validate_from_report(&yes, "register,advice", true, false)).as_deref(),
            Some("mediation-error-report-not-asked")
        );
        assert_eq!(
            key(validate_from_report(&yes, "mediation", true, true)).as_deref(),
            Some("mediation-error-report-converted")
        );
        assert_eq!(
            key(validate_from_report(&yes, "mediation", false, false)).as_deref(),
            Some("mediation-error-report-contact")
        );
    }

    #[test]
    fn a_request_from_the_meldpunt_is_a_consented_referral_about_treatment() {
        let r = request_from_report(&FromReport {
            report_ref: "abc123",
            area_id: Some(4),
            name: " Fatima ",
            email: "f@example.nl",
            phone: "",
            organisation: Some((7, "Meldpunt Regio")),
        });
        assert!(r.professional && r.consent && r.referrer_email.is_none());
        assert_eq!(
            (r.referrer_type.as_str(), r.topic.as_str()),
            ("meldpunt", "treatment")
        );
        assert_eq!((r.area_id, r.referrer_organisation_id), (Some(4), Some(7)));
        assert_eq!(r.report_ref.as_deref(), Some("abc123"));
        assert_eq!(r.file.name, "Fatima");
        assert_eq!(r.referrer_org, "Meldpunt Regio");
        assert!(r.file.description.is_empty() && r.file.street.is_empty());
    }
}
