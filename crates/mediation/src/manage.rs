//! The mediation coordinator's pages under `/beheer/bemiddeling`: the case list (overdue
//! intakes and silent cases stand out), the case page with its timeline and the form for the
//! next step, the mediators with their workload and streets, and the exact figures. A
//! coordinator limited to an area reaches the cases in it only (404 and audited otherwise).
//! And the conversion of a meldpunt report into a request, by the report handler.

use crate::figures::{self, ExactYear};
use crate::handlers::{load_view, venues, CaseView};
use crate::model::{self, Candidate, StepForm, CLOSE_REASONS, MEDIATOR_COURSE, OUTCOMES};
use crate::queries::{self, CaseRow, StepRefused, Workload};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::db::now;
use kansrijk_kernel::scope::{self, Owner, Scope};
use kansrijk_kernel::time::today;
use kansrijk_kernel::web::{
    invalid, render, AppError, AppResult, AppState, FieldErrors, Form, Page, RecordId,
};
use serde::Deserialize;

/// A date `days` before today.
fn days_ago(days: i64) -> String {
    today()
        .checked_sub(jiff::Span::new().days(days))
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// Every mediator with their workload and whether their certificate is valid today.
pub async fn pool(state: &AppState) -> AppResult<Vec<(Workload, bool)>> {
    let rows = queries::workload(&state.db, &days_ago(365), &days_ago(model::SILENT_DAYS)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let certified =
            kansrijk_training::queries::holds_valid(&state.db, row.user_id, MEDIATOR_COURSE, now())
                .await?;
        out.push((row, certified));
    }
    Ok(out)
}

// ---- the case list ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub open: Vec<CaseRow>,
    pub closed: Vec<CaseRow>,
    pub pool: Vec<(Workload, bool)>,
    pub today: String,
}

pub async fn index(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let scope = Scope::load(&state.db, &user, Permission::HandleMediation).await?;
    let open = queries::cases(&state.db, &scope.areas, true).await?;
    let mut closed = queries::cases(&state.db, &scope.areas, false).await?;
    closed.sort_by(|a, b| b.closed_on.cmp(&a.closed_on));
    closed.truncate(20);
    Ok(render(&IndexPage {
        page: page.titled("mediation-manage-title"),
        open,
        closed,
        pool: pool(&state).await?,
        today: today().to_string(),
    }))
}

// ---- one case ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/case.html")]
pub struct CasePage {
    pub page: Page,
    pub view: CaseView,
    pub form: StepForm,
    pub errors: FieldErrors,
    pub pool: Vec<(Workload, bool)>,
    pub venues: Vec<(i64, String)>,
    pub outcomes: &'static [&'static str],
    pub reasons: &'static [&'static str],
    pub today: String,
}

impl CasePage {
    /// The next step of the method (besides closing), if any.
    pub fn main_step(&self) -> &'static str {
        self.view
            .next
            .iter()
            .copied()
            .find(|s| *s != "close")
            .unwrap_or("")
    }

    pub fn may_close(&self) -> bool {
        self.view.next.contains(&"close")
    }

    /// The posted form was the closing form (its errors and ids belong there).
    pub fn closing(&self) -> bool {
        self.form.step == "close"
    }

    /// Id prefix of a form's fields: the form that was posted gets the plain `f-…` ids the
    /// error summary links to; the other form gets its own.
    pub fn px(&self, close_form: &bool) -> &'static str {
        match (*close_form, self.closing()) {
            (true, true) | (false, false) => "",
            (true, false) => "close-",
            (false, true) => "next-",
        }
    }

    /// The message for a field of one of the two forms.
    pub fn error(&self, close_form: &bool, field: &str) -> Option<&str> {
        (*close_form == self.closing())
            .then(|| self.errors.get(field))
            .flatten()
    }

    /// The value of a field as posted, for the form that was posted.
    pub fn value<'a>(&'a self, close_form: &bool, value: &'a str) -> &'a str {
        if *close_form == self.closing() {
            value
        } else {
            ""
        }
    }

    /// Whether `option` is the posted value of a field of one of the two forms.
    pub fn is_value(&self, close_form: &bool, value: &str, option: &str) -> bool {
        self.value(close_form, value) == option
    }

    /// The mediator chosen in a field of the assignment form.
    pub fn chosen(&self, field: &str) -> &str {
        if field == "mediator_1" {
            &self.form.mediator_1
        } else {
            &self.form.mediator_2
        }
    }

    pub fn not_suitable_reasons(&self) -> Vec<&'static str> {
        self.reasons
            .iter()
            .copied()
            .filter(|r| r.starts_with("not_suitable"))
            .collect()
    }
}

/// The case if it is in the coordinator's area; otherwise 404 (audited).
async fn scoped_case(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<CaseRow> {
    let case = queries::case(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    scope::check(
        &state.db,
        user,
        Permission::HandleMediation,
        "mediation_case",
        &id.to_string(),
        Owner::Area(case.area_id),
    )
    .await?;
    Ok(case)
}

async fn case_page(
    state: &AppState,
    page: Page,
    user: &CurrentUser,
    case: CaseRow,
    form: StepForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let view = load_view(state, &page, user, case).await?;
    let title = page.t_num("mediation-case-title", "number", view.case.id);
    Ok(render(&CasePage {
        page: page.with_title(title),
        view,
        form,
        errors,
        pool: pool(state).await?,
        venues: venues(state).await?,
        outcomes: OUTCOMES,
        reasons: CLOSE_REASONS,
        today: today().to_string(),
    }))
}

pub async fn case(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let case = scoped_case(&state, &user, id).await?;
    let form = StepForm {
        on: today().to_string(),
        version: case.version.to_string(),
        ..Default::default()
    };
    case_page(&state, page, &user, case, form, FieldErrors::new()).await
}

/// The two people offered as mediators, as the rules need them.
async fn candidates(state: &AppState, case: &CaseRow, ids: [i64; 2]) -> AppResult<[Candidate; 2]> {
    let mediators: Vec<i64> = kansrijk_kernel::accounts::queries::people_with_role(
        &state.db,
        kansrijk_kernel::authz::Role::Mediator,
        None,
    )
    .await?
    .into_iter()
    .map(|h| h.user_id)
    .collect();
    let check_street = queries::same_street_check(&state.db).await?;
    let mut out = [Candidate {
        id: 0,
        mediator: false,
        certified: false,
        same_street: false,
    }; 2];
    for (slot, id) in out.iter_mut().zip(ids) {
        let street = queries::street_of(&state.db, id).await?;
        *slot = Candidate {
            id,
            mediator: mediators.contains(&id),
            certified: kansrijk_training::queries::holds_valid(
                &state.db,
                id,
                MEDIATOR_COURSE,
                now(),
            )
            .await?,
            same_street: check_street
                && street.is_some_and(|s| case.party_streets.split(' ').any(|p| p == s)),
        };
    }
    Ok(out)
}

/// Checks a posted step against the case: the version, the model's rules and, for an
/// assignment, the mediators.
async fn checked_step(
    state: &AppState,
    case: &CaseRow,
    form: &StepForm,
) -> AppResult<Result<model::ValidStep, FieldErrors>> {
    if form.version != case.version.to_string() {
        return Ok(Err(FieldErrors::single("version", "mediation-error-stale")));
    }
    let venue_ids: Vec<i64> = venues(state).await?.into_iter().map(|(id, _)| id).collect();
    let step = match model::validate_step(form, &case.state(), &venue_ids, today()) {
        Ok(step) => step,
        Err(errors) => return Ok(Err(errors)),
    };
    if let model::Step::Assign { mediators } = step.step {
        if let Err(errors) = model::check_mediators(&candidates(state, case, mediators).await?) {
            return Ok(Err(errors));
        }
    }
    Ok(Ok(step))
}

/// `POST /beheer/bemiddeling/{id}/stap`: adds the next step. A form made before someone else
/// changed the case is refused with a message (optimistic locking), never silently applied.
pub async fn add_step(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let case = scoped_case(&state, &user, id).await?;
    let step = match checked_step(&state, &case, &form).await? {
        Ok(step) => step,
        Err(errors) => {
            return Ok(invalid(
                case_page(&state, page, &user, case, form, errors).await?,
            ))
        }
    };
    let version = case.version;
    match queries::add_step(
        &state.db,
        &state.sealer,
        &case,
        version,
        &step,
        Some(user.id),
    )
    .await?
    {
        Ok(()) => {}
        Err(StepRefused::Stale) => {
            let fresh = scoped_case(&state, &user, id).await?;
            let errors = FieldErrors::single("version", "mediation-error-stale");
            return Ok(invalid(
                case_page(&state, page, &user, fresh, form, errors).await?,
            ));
        }
    }
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "mediation_case",
        &id.to_string(),
        step.kind(),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/bemiddeling/{id}#tijdlijn")).into_response())
}

// ---- mediators ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/mediators.html")]
pub struct MediatorsPage {
    pub page: Page,
    pub pool: Vec<(Workload, bool)>,
    pub same_street: bool,
    pub saved: bool,
}

async fn mediators_page(state: &AppState, page: Page, saved: bool) -> AppResult<Response> {
    Ok(render(&MediatorsPage {
        page: page.titled("mediation-manage-mediators-title"),
        pool: pool(state).await?,
        same_street: queries::same_street_check(&state.db).await?,
        saved,
    }))
}

pub async fn mediators(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    mediators_page(&state, page, false).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MediatorForm {
    /// `street` (one mediator's street) or `setting` (the same-street check).
    pub action: String,
    pub user_id: String,
    pub street: String,
    pub same_street: String,
}

/// Records a mediator's street (as a keyed hash only) or switches the same-street check.
pub async fn save_mediators(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<MediatorForm>,
) -> AppResult<Response> {
    if form.action == "setting" {
        queries::set_same_street_check(&state.db, form.same_street == "on").await?;
    } else if let Ok(id) = form.user_id.parse::<i64>() {
        let known = queries::workload(&state.db, "", "")
            .await?
            .iter()
            .any(|w| w.user_id == id);
        if known {
            let street = form.street.trim();
            let hash = (!street.is_empty()).then(|| queries::street_hash(&state.sealer, street));
            queries::set_street(&state.db, id, hash.as_deref()).await?;
            audit::record(
                &state.db,
                Some(&user),
                Action::Update,
                "person",
                &id.to_string(),
                "mediation street",
            )
            .await?;
        }
    }
    mediators_page(&state, page, true).await
}

// ---- figures ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/figures.html")]
pub struct StaffFiguresPage {
    pub page: Page,
    pub years: Vec<ExactYear>,
    pub dimensions: [(&'static str, Vec<&'static str>); 3],
}

pub async fn staff_figures(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let rows = queries::figure_rows(&state.db, &crate::api::from_year(2)).await?;
    Ok(render(&StaffFiguresPage {
        page: page.titled("mediation-manage-figures-title"),
        years: figures::exact(&rows),
        dimensions: figures::dimensions(),
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub jaar: String,
}

/// `GET /beheer/bemiddeling/jaaroverzicht.csv?jaar=…`: the yearly overview in one click (the
/// figures a mediation service reports each year, CCV style): cases per topic, referrer and
/// outcome, share solved, intake within five working days and the median lead times. Exact
/// counts, for the service's own report; no personal data.
pub async fn yearly_csv(
    State(state): State<AppState>,
    axum::extract::Query(q): axum::extract::Query<YearQuery>,
    page: Page,
) -> AppResult<Response> {
    let rows = queries::figure_rows(&state.db, "0000-01-01").await?;
    let years = figures::exact(&rows);
    let year = q.jaar.parse::<i32>().ok();
    let Some(y) = years
        .iter()
        .find(|y| Some(y.year) == year)
        .or(years.first())
    else {
        return Err(AppError::NotFound);
    };
    let mut csv = kansrijk_kernel::csv::Writer::new();
    let n = |v: i64| v.to_string();
    let maybe = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    csv.row([
        page.t("mediation-csv-part"),
        page.t("mediation-csv-item"),
        page.t("mediation-figures-cases"),
    ]);
    let overall = page.t("mediation-csv-overall");
    for (label, value) in [
        ("mediation-figures-total", n(y.total)),
        ("mediation-csv-closed", n(y.closed)),
        ("mediation-figures-solved", maybe(y.share_solved())),
        ("mediation-manage-on-time", maybe(y.share_on_time())),
        (
            "mediation-figures-days-intake",
            maybe(y.median_days_to_intake),
        ),
        (
            "mediation-figures-days-close",
            maybe(y.median_days_to_close),
        ),
    ] {
        csv.row([overall.clone(), page.t(label), value]);
    }
    for ((dimension, categories), counts) in figures::dimensions().iter().zip(&y.counts) {
        let part = page.t(format!("mediation-dimension-{dimension}"));
        for (category, count) in categories.iter().zip(counts) {
            let label = page.t(format!(
                "mediation-{dimension}-{}",
                category.replace('_', "-")
            ));
            csv.row([part.clone(), label, n(*count)]);
        }
    }
    Ok(csv.download(&format!("bemiddeling-{}.csv", y.year)))
}

// ---- Vreedzame School ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "beheer/school.html")]
pub struct SchoolPage {
    pub page: Page,
    pub schools: Vec<(i64, String)>,
    pub form: model::SchoolForm,
    pub errors: FieldErrors,
    pub years: Vec<figures::SchoolYear>,
    pub months: Vec<queries::SchoolRow>,
    pub this_month: String,
    pub saved: bool,
    pub council_proposals: Vec<kansrijk_agreements::queries::CouncilProposal>,
}

/// The schools this person records for: their own school(s); every school for a coordinator.
async fn own_schools(
    state: &AppState,
    user: &CurrentUser,
) -> AppResult<(Scope, Vec<(i64, String)>)> {
    let scope = Scope::load(&state.db, user, Permission::RecordSchoolMediation).await?;
    let schools = queries::schools(&state.db)
        .await?
        .into_iter()
        .filter(|(id, _)| scope.organisations.covers(Some(*id)))
        .collect();
    Ok((scope, schools))
}

fn this_month() -> String {
    today().to_string()[..7].to_string()
}

async fn school_page(
    state: &AppState,
    page: Page,
    user: &CurrentUser,
    form: model::SchoolForm,
    errors: FieldErrors,
    saved: bool,
) -> AppResult<Response> {
    let (scope, schools) = own_schools(state, user).await?;
    let months = queries::school_counts(&state.db, &scope.organisations).await?;
    Ok(render(&SchoolPage {
        page: page.titled("mediation-school-title"),
        schools,
        form,
        errors,
        years: figures::school_years(&months),
        months,
        this_month: this_month(),
        saved,
        council_proposals: kansrijk_agreements::queries::council_proposals(&state.db).await?,
    }))
}

pub async fn school(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let form = model::SchoolForm {
        month: this_month(),
        pupils_trained: "0".into(),
        mediations: "0".into(),
        wijkmediators: "0".into(),
        ..Default::default()
    };
    school_page(&state, page, &user, form, FieldErrors::new(), false).await
}

/// `POST /beheer/bemiddeling/school`: a month's counts for one of the person's own schools.
pub async fn save_school(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<model::SchoolForm>,
) -> AppResult<Response> {
    let (_, schools) = own_schools(&state, &user).await?;
    let ids: Vec<i64> = schools.iter().map(|(id, _)| *id).collect();
    match model::validate_school(&form, &ids, &this_month()) {
        Ok(count) => {
            queries::set_school_count(&state.db, &count).await?;
            school_page(&state, page, &user, form, FieldErrors::new(), true).await
        }
        Err(errors) => Ok(invalid(
            school_page(&state, page, &user, form, errors, false).await?,
        )),
    }
}

// ---- from the meldpunt ----------------------------------------------------------------------

/// `POST /beheer/bemiddeling/uit-melding/{ref}`: the report handler turns a report whose
/// reporter asked for mediation into a request, with the reporter's consent. The handler stays
/// on the report (they need not hold HandleMediation); refusals show on the report's page.
pub async fn from_report(
    State(state): State<AppState>,
    user: CurrentUser,
    axum::extract::Path(report_ref): axum::extract::Path<String>,
    page: Page,
    Form(form): Form<model::FromReportForm>,
) -> AppResult<Response> {
    use kansrijk_reports::manage as reports;
    // 404 (audited) outside the handler's areas, as on the report's own page.
    let report = reports::case_row(&state, &user, &report_ref).await?;
    let note = |id| page.t_num("mediation-from-report-note", "case", id);
    let id = match convert(&state, &user, &report, &form, &note).await? {
        Ok(id) => id,
        Err(errors) => {
            let page = reports::case_page(&state, &user, &report_ref, page, errors, String::new());
            return Ok(invalid(page.await?));
        }
    };
    let (case, detail) = (id.to_string(), format!("report:{report_ref}"));
    audit::record(
        &state.db,
        Some(&user),
        Action::Create,
        "mediation_case",
        &case,
        &detail,
    )
    .await?;
    let detail = format!("mediation:{id}");
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "report",
        &report_ref,
        &detail,
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/meldingen/{report_ref}")).into_response())
}

/// Stores the request a report becomes and the `note` about it on the report, in one
/// transaction; the refusal when it may not (see [`model::validate_from_report`]).
async fn convert(
    state: &AppState,
    user: &CurrentUser,
    report: &kansrijk_reports::queries::ReportRow,
    form: &model::FromReportForm,
    note: &(dyn Fn(i64) -> String + Sync),
) -> AppResult<Result<i64, FieldErrors>> {
    let contact = report_contact(state, report)?;
    let converted = queries::case_of_report(&state.db, &report.r#ref)
        .await?
        .is_some();
    if let Err(errors) =
        model::validate_from_report(form, &report.wants, contact.is_some(), converted)
    {
        return Ok(Err(errors));
    }
    let contact = contact.unwrap_or_default();
    let organisation = match user.organisation_id {
        Some(id) => kansrijk_kernel::accounts::queries::organisation(&state.db, id)
            .await?
            .map(|o| (o.id, o.name)),
        None => None,
    };
    let request = model::request_from_report(&model::FromReport {
        report_ref: &report.r#ref,
        area_id: report.area_id,
        name: &contact.name,
        email: &contact.email,
        phone: &contact.phone,
        organisation: organisation.as_ref().map(|(id, name)| (*id, name.as_str())),
    });
    // The contact details were opened only to be sealed again where the case keeps them.
    let (_gate, mut tx) = state.db.begin_write().await?;
    let stored =
        queries::insert_request_in(&mut tx, &state.sealer, &request, &report.lang, today()).await;
    match stored {
        Ok(id) => {
            let m = kansrijk_reports::queries::NewMessage {
                author: "note",
                user_id: Some(user.id),
                body: &note(id),
            };
            kansrijk_reports::queries::add_message_in(&mut tx, &state.sealer, report, m).await?;
            tx.commit().await?;
            Ok(Ok(id))
        }
        // Two handlers at once: the unique report reference lets one through.
        Err(e) if kansrijk_kernel::db::is_unique_violation(&e) => Ok(Err(FieldErrors::single(
            "mediation_consent",
            "mediation-error-report-converted",
        ))),
        Err(e) => Err(e.into()),
    }
}

/// The reporter's contact details, opened from the report (`None`: anonymous or deleted).
fn report_contact(
    state: &AppState,
    report: &kansrijk_reports::queries::ReportRow,
) -> AppResult<Option<kansrijk_reports::queries::Contact>> {
    let Some(sealed) = &report.contact_sealed else {
        return Ok(None);
    };
    let place = kansrijk_reports::queries::place(&report.r#ref, "contact");
    let opened = state
        .sealer
        .open(&place, sealed)
        .map_err(anyhow::Error::from)?;
    Ok(serde_json::from_str(&opened).ok())
}
