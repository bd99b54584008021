//! Public pages (what mediation is, the request form, the figures) and the mediators' own view:
//! their cases, the next steps and a log per contact. A mediator opens only the cases they are
//! one of the two mediators of; any other case answers 404 and the attempt is audited.

mod rights;
pub use rights::*;

use crate::figures::{PublishedMediationYear, DEFAULT_THRESHOLD};
use crate::model::{self, CaseFile, ContactForm, RequestForm, CONTACT_KINDS, REFERRERS, TOPICS};
use crate::queries::{self, CaseRow, ContactRow, StepRow};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::CurrentUser;
use kansrijk_kernel::areas::{AreaChoice, AreaIndex, Offer};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::authz::Permission;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::scope::{self, Owner};
use kansrijk_kernel::time::today;
use kansrijk_kernel::web::{
    invalid, render, AppResult, AppState, ClientAddr, FieldErrors, Form, Page, RecordId,
};

/// A case file deleted without a person acting (the resident withdrew with their link, or the
/// retention period passed), in the audit log.
pub async fn audit_file_deleted(state: &AppState, id: i64, detail: &str) -> sqlx::Result<()> {
    let id = id.to_string();
    audit::record(
        &state.db,
        None,
        Action::Delete,
        "mediation_case",
        &id,
        detail,
    )
    .await
}

// ---- public pages ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "intro.html")]
pub struct IntroPage {
    pub page: Page,
}

pub async fn intro(page: Page) -> Response {
    render(&IntroPage {
        page: page.titled("mediation-title"),
    })
}

#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage {
    pub page: Page,
    pub form: RequestForm,
    pub errors: FieldErrors,
    pub topics: &'static [&'static str],
    /// Referring organisations (everyone but the resident themself).
    pub referrers: &'static [&'static str],
    /// (CBS code, name) of the buurten, by name (at national scale those of one municipality).
    pub buurten: Vec<(String, String)>,
    /// At national scale: the municipality whose buurten the form offers.
    pub places: AreaChoice,
}

/// The form's buurten: every buurt, or at national scale those of the municipality chosen
/// (else of the buurt filled in, else the home municipality).
fn buurt_choice(index: &AreaIndex, form: &RequestForm) -> AreaChoice {
    let current = index.by_code(form.buurt.trim()).map(|a| a.id);
    index.choice(Offer::Buurten, &form.gemeente, current)
}

async fn form(
    state: &AppState,
    page: Page,
    form: RequestForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = page.t("mediation-form-title");
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let places = buurt_choice(&index, &form);
    let buurten = places
        .options
        .iter()
        .filter_map(|(id, name)| Some((index.get(*id)?.code.clone(), name.clone())))
        .collect();
    Ok(render(&FormPage {
        page: page.with_title(title),
        form,
        errors,
        topics: TOPICS,
        referrers: &REFERRERS[1..],
        buurten,
        places,
    }))
}

pub async fn form_page(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let start = RequestForm {
        requester: "resident".into(),
        urgency: "normal".into(),
        ..Default::default()
    };
    form(&state, page, start, FieldErrors::new()).await
}

#[derive(Template)]
#[template(path = "thanks.html")]
pub struct ThanksPage {
    pub page: Page,
    pub deadline: String,
}

/// `POST /bemiddeling/aanvragen`: stores a valid request with the case file sealed; errors go
/// back to the form as filled in. At most 10 stored requests per address (IPv6: per /64) an hour.
pub async fn submit(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(input): Form<RequestForm>,
) -> AppResult<Response> {
    if input.step == "gemeente" {
        return form(&state, page, input, FieldErrors::new()).await;
    }
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let sent = index.by_code(input.buurt.trim()).map(|a| a.id);
    let checked = buurt_choice(&index, &input).check(&index, sent, "mediation-error-buurt");
    let mut request = match model::validate(&input, checked.ok()) {
        Ok(r) => r,
        Err(errors) => {
            // A buurt of another municipality than the chosen one says so beside the field.
            let errors = match checked {
                Err(key) if !input.buurt.is_empty() => errors
                    .iter()
                    .map(|(field, k)| (*field, if *field == "buurt" { key } else { k.as_str() }))
                    .collect(),
                _ => errors,
            };
            return Ok(invalid(form(&state, page, input, errors).await?));
        }
    };
    // A logged-in professional refers for their organisation, whose systems may then follow
    // the case's progress through the API (`/api/v1/mediation/cases`).
    if request.professional {
        request.referrer_organisation_id = page.user.as_ref().and_then(|u| u.organisation_id);
    }
    // Only requests that would be stored count: a resident correcting a form is never blocked.
    ratelimit::hit(
        &state.db,
        &format!("mediation:ip:{}", ratelimit::address_group(&ip)),
        10,
        3600,
    )
    .await?;
    let received = today();
    let id = queries::insert_request(
        &state.db,
        &state.sealer,
        &request,
        page.lang_code(),
        received,
    )
    .await?;
    if !request.file.email.is_empty() {
        rights::issue_party_link(&state, id, &request.file.email, page.lang_code()).await?;
    }
    Ok(render(&ThanksPage {
        deadline: model::intake_deadline(received).to_string(),
        page: page.titled("mediation-thanks-title"),
    }))
}

#[derive(Template)]
#[template(path = "figures.html")]
pub struct FiguresPage {
    pub page: Page,
    pub figures: Vec<PublishedMediationYear>,
    pub threshold: i64,
    /// Pupil mediation per school and school year (counts only).
    pub years: Vec<crate::figures::SchoolYear>,
    /// The children's councils' proposals in the neighbourhood agreements.
    pub council_proposals: Vec<kansrijk_agreements::queries::CouncilProposal>,
}

pub async fn figures(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let figures = crate::api::published_years(&state).await?;
    let schools = queries::school_counts(&state.db, &kansrijk_kernel::scope::Limit::All).await?;
    Ok(render(&FiguresPage {
        page: page.titled("mediation-figures-title"),
        figures,
        threshold: DEFAULT_THRESHOLD,
        years: crate::figures::school_years(&schools),
        council_proposals: kansrijk_agreements::queries::council_proposals(&state.db).await?,
    }))
}

// ---- the mediators' own view ------------------------------------------------------------------

/// A case in a list, with what comes next.
pub struct Listed {
    pub case: CaseRow,
    pub next: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "mine.html")]
pub struct MinePage {
    pub page: Page,
    pub cases: Vec<Listed>,
}

pub async fn mine(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let cases = queries::cases_of(&state.db, user.id)
        .await?
        .into_iter()
        .map(|case| Listed {
            next: model::next_steps(&case.state()),
            case,
        })
        .collect();
    Ok(render(&MinePage {
        page: page.titled("mediation-mine-title"),
        cases,
    }))
}

/// One case as its mediators and the coordinator read it: the file, the agreements, the
/// timeline (with readable details) and the contact log.
pub struct CaseView {
    pub case: CaseRow,
    pub file: Option<CaseFile>,
    pub agreements: Option<String>,
    /// (step, date, detail text, by)
    pub timeline: Vec<(String, String, String, String)>,
    pub mediators: Vec<(i64, String, String)>,
    /// (date, kind, note, by)
    pub contacts: Vec<(String, String, String, String)>,
    pub next: Vec<&'static str>,
}

/// The readable detail of a timeline entry.
fn step_text(page: &Page, step: &StepRow, venues: &[(i64, String)]) -> String {
    let (choice, reason) = step.detail.split_once(':').unwrap_or((&step.detail, ""));
    let label =
        |prefix: &str, v: &str| page.t(format!("mediation-{prefix}-{}", v.replace('_', "-")));
    match step.step.as_str() {
        "decide" if choice == "suitable" => page.t("mediation-decide-suitable"),
        "decide" => format!(
            "{} — {}",
            page.t("mediation-decide-not-suitable"),
            label("reason", reason)
        ),
        "party2" => page.t(format!("mediation-party2-{choice}")),
        "joint" => venues
            .iter()
            .find(|(id, _)| id.to_string() == step.detail)
            .map(|(_, name)| name.clone())
            .unwrap_or_default(),
        "close" if reason.is_empty() => label("outcome", choice),
        "close" => format!("{} — {}", label("outcome", choice), label("reason", reason)),
        _ => String::new(),
    }
}

/// The venues that may host a joint talk: (id, name).
pub async fn venues(state: &AppState) -> AppResult<Vec<(i64, String)>> {
    Ok(kansrijk_activities::queries::venues(&state.db)
        .await?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect())
}

/// Loads a case for reading and records the read (ids only).
pub async fn load_view(
    state: &AppState,
    page: &Page,
    user: &CurrentUser,
    case: CaseRow,
) -> AppResult<CaseView> {
    audit::record(
        &state.db,
        Some(user),
        Action::Read,
        "mediation_case",
        &case.id.to_string(),
        "",
    )
    .await?;
    let venues = venues(state).await?;
    let timeline = queries::steps(&state.db, case.id)
        .await?
        .iter()
        .map(|s| {
            (
                s.step.clone(),
                s.on_date.clone(),
                step_text(page, s, &venues),
                s.by_name.clone().unwrap_or_default(),
            )
        })
        .collect();
    let contacts = queries::contacts(&state.db, case.id)
        .await?
        .iter()
        .map(|c: &ContactRow| {
            (
                c.on_date.clone(),
                c.kind.clone(),
                c.note(&state.sealer, case.id),
                c.name.clone(),
            )
        })
        .collect();
    Ok(CaseView {
        file: case.file(&state.sealer)?,
        agreements: case.agreements(&state.sealer)?,
        timeline,
        mediators: queries::mediators_of(&state.db, case.id).await?,
        contacts,
        next: model::next_steps(&case.state()),
        case,
    })
}

#[derive(Template)]
#[template(path = "mine_case.html")]
pub struct MineCasePage {
    pub page: Page,
    pub view: CaseView,
    pub form: ContactForm,
    pub errors: FieldErrors,
    pub kinds: &'static [&'static str],
    pub today: String,
}

/// The case if this person is one of its two mediators; otherwise 404 (audited).
async fn own_case(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<CaseRow> {
    let case = queries::case(&state.db, id)
        .await?
        .ok_or(kansrijk_kernel::web::AppError::NotFound)?;
    let people: Vec<i64> = queries::mediators_of(&state.db, id)
        .await?
        .into_iter()
        .map(|(m, _, _)| m)
        .collect();
    scope::check(
        &state.db,
        user,
        Permission::MediateCases,
        "mediation_case",
        &id.to_string(),
        Owner::Assigned(&people),
    )
    .await?;
    Ok(case)
}

async fn mine_page(
    state: &AppState,
    page: Page,
    user: &CurrentUser,
    case: CaseRow,
    form: ContactForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let view = load_view(state, &page, user, case).await?;
    let title = page.t_num("mediation-case-title", "number", view.case.id);
    Ok(render(&MineCasePage {
        page: page.with_title(title),
        view,
        form,
        errors,
        kinds: CONTACT_KINDS,
        today: today().to_string(),
    }))
}

pub async fn mine_case(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let case = own_case(&state, &user, id).await?;
    let form = ContactForm {
        on: today().to_string(),
        ..Default::default()
    };
    mine_page(&state, page, &user, case, form, FieldErrors::new()).await
}

/// `POST /bemiddeling/mijn/{id}/contact`: logs a contact (the note sealed).
pub async fn log_contact(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(input): Form<ContactForm>,
) -> AppResult<Response> {
    let case = own_case(&state, &user, id).await?;
    let assigned = queries::mediators_of(&state.db, id)
        .await?
        .into_iter()
        .find(|(m, _, _)| *m == user.id)
        .and_then(|(_, _, on)| model::parse_date(&on))
        .unwrap_or_else(today);
    let valid = if case.stage().with_mediators() {
        model::validate_contact(&input, assigned, today())
    } else {
        Err(FieldErrors::single("on", "mediation-error-case-closed"))
    };
    match valid {
        Ok(contact) => {
            queries::add_contact(&state.db, &state.sealer, id, user.id, &contact).await?;
            Ok(Redirect::to(&format!("/bemiddeling/mijn/{id}#contact")).into_response())
        }
        Err(errors) => Ok(invalid(
            mine_page(&state, page, &user, case, input, errors).await?,
        )),
    }
}
