//! The public meldpunt: report form (fill in → check → send), receipt code, anonymous
//! follow-up with the code, and withdrawal; the public figures in [`figures`].

mod figures;

pub use figures::*;

use crate::model::{
    field, validate_message, ReportInput, GROUNDS, LOCATION_KINDS, MESSAGE_MAX, NATURES,
    RESIDENCES, ROLES, TERRAINS, WANTS,
};
use crate::{queries, receipt, stats};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use kansrijk_kernel::accounts::session::{cookie_value, set_cookie};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::ratelimit;
use kansrijk_kernel::time::today;
use kansrijk_kernel::web::forms::CsrfBinding;
use kansrijk_kernel::web::{
    render, AppError, AppResult, AppState, ClientAddr, Empty, FieldErrors, Form, Page,
};
use serde::Deserialize;
use std::time::Duration;

pub const FOLLOW_COOKIE: &str = "kr_report";

// ---- intro ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "intro.html")]
pub struct Intro {
    pub page: Page,
}

pub async fn intro(page: Page) -> Response {
    render(&Intro {
        page: page.titled("report-title"),
    })
}

// ---- the form -------------------------------------------------------------------------------

/// The lists the form offers, with their labels in the page's language.
pub struct Choices {
    pub roles: &'static [&'static str],
    pub grounds: &'static [&'static str],
    pub terrains: &'static [&'static str],
    pub natures: &'static [&'static str],
    pub wants: &'static [&'static str],
    pub residences: &'static [&'static str],
    /// (CBS code, name), by name: with more than `CHOICE_LIMIT` buurten the person first
    /// chooses a municipality; empty (no choice) at neighbourhood and city scale.
    pub municipalities: Vec<(String, String)>,
    /// The CBS code of the municipality whose buurten `locations` lists (when choosing one).
    pub municipality: String,
    /// (value, label): the buurten (of `municipality` when there is a choice), then the other
    /// kinds of place.
    pub locations: Vec<(String, String)>,
}

/// The form's lists. `gemeente` is the municipality asked for (a CBS code, or empty);
/// without one, the municipality of the buurt already chosen (`location`), else the home
/// municipality.
async fn choices(
    state: &AppState,
    page: &Page,
    gemeente: &str,
    location: &str,
) -> AppResult<Choices> {
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let mut municipalities = Vec::new();
    let mut municipality = String::new();
    let mut locations: Vec<(String, String)> = if index.per_municipality() {
        municipalities = index
            .municipalities()
            .map(|a| (a.code.clone(), a.name.clone()))
            .collect();
        match index.chosen_municipality(gemeente, location) {
            Some(gm) => {
                municipality = gm.code.clone();
                index
                    .buurten_of(gm.id)
                    .map(|a| (a.code.clone(), a.name.clone()))
                    .collect()
            }
            None => Vec::new(),
        }
    } else {
        let mut all: Vec<(String, String)> = index
            .areas()
            .iter()
            .filter(|a| a.kind == "neighbourhood")
            .map(|a| (a.code.clone(), a.name.clone()))
            .collect();
        all.sort_by(|a, b| a.1.cmp(&b.1));
        all
    };
    for kind in &LOCATION_KINDS[1..] {
        locations.push((kind.to_string(), page.t(format!("report-location-{kind}"))));
    }
    Ok(Choices {
        roles: ROLES,
        grounds: GROUNDS,
        terrains: TERRAINS,
        natures: NATURES,
        wants: WANTS,
        residences: RESIDENCES,
        municipalities,
        municipality,
        locations,
    })
}

#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage {
    pub page: Page,
    pub input: ReportInput,
    pub errors: FieldErrors,
    pub choices: Choices,
    pub today: String,
}

impl FormPage {
    pub fn has_ground(&self, g: &str) -> bool {
        self.input.grounds.iter().any(|x| x == g)
    }
    pub fn has_want(&self, w: &str) -> bool {
        self.input.wants.iter().any(|x| x == w)
    }
}

async fn form(
    state: &AppState,
    page: Page,
    input: ReportInput,
    errors: FieldErrors,
    gemeente: &str,
) -> AppResult<Response> {
    let choices = choices(state, &page, gemeente, &input.location).await?;
    Ok(render(&FormPage {
        page: page.titled("report-form-title"),
        input,
        errors,
        choices,
        today: today().to_string(),
    }))
}

/// `?gemeente=GM…`: the municipality whose buurten the form offers.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FormQuery {
    gemeente: String,
}

pub async fn form_page(
    State(state): State<AppState>,
    Query(q): Query<FormQuery>,
    page: Page,
) -> AppResult<Response> {
    // From the page cache, each answer gets its own key (`Page::form_key`).
    let input = ReportInput {
        submission_key: page.form_key(),
        ..Default::default()
    };
    form(&state, page, input, FieldErrors::new(), &q.gemeente).await
}

#[derive(Template)]
#[template(path = "check.html")]
pub struct CheckPage {
    pub page: Page,
    pub input: ReportInput,
    pub hidden: Vec<(&'static str, String)>,
    pub location_label: String,
}

/// Whether `location` is the CBS code of an existing buurt (from the cached area index).
async fn is_buurt(state: &AppState, location: &str) -> AppResult<bool> {
    Ok(kansrijk_kernel::areas::index(&state.db)
        .await?
        .by_code(location)
        .is_some_and(|a| a.kind == "neighbourhood"))
}

/// `POST /meldpunt/melden`: check the input; errors go back to the form, a valid report goes to
/// the summary. "Change" on the summary comes back here with `step=edit`; "show the buurten"
/// of another municipality with `step=gemeente`. Both show the form again as filled in,
/// without error messages.
pub async fn form_post(
    State(state): State<AppState>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = ReportInput::from_pairs(&pairs);
    let gemeente = field(&pairs, "gemeente");
    if matches!(field(&pairs, "step"), "edit" | "gemeente") {
        return form(&state, page, input, FieldErrors::new(), gemeente).await;
    }
    if let Err(errors) = input.validate(
        is_buurt(&state, &input.location).await?,
        &today().to_string(),
    ) {
        return form(&state, page, input, errors, gemeente).await;
    }
    let index = kansrijk_kernel::areas::index(&state.db).await?;
    let location_label = match index.by_code(&input.location) {
        Some(buurt) => buurt.name.clone(),
        None => page.t(format!("report-location-{}", input.location)),
    };
    Ok(render(&CheckPage {
        page: page.titled("report-check-title"),
        hidden: input.to_pairs(),
        input,
        location_label,
    }))
}

#[derive(Template)]
#[template(path = "receipt.html")]
pub struct ReceiptPage {
    pub page: Page,
    pub code: String,
}

/// The same report sent again (double click, back button, a reload, or the form filled in
/// again in the same browser): a keyed hash of the browser's form binding (its session or
/// `kr_csrf` cookie) and everything it says, without the submission key.
fn duplicate_key(state: &AppState, binding: &CsrfBinding, input: &ReportInput) -> String {
    let content: Vec<(&str, String)> = input
        .to_pairs()
        .into_iter()
        .filter(|(k, _)| *k != "submission_key")
        .collect();
    let content = serde_json::to_string(&content).unwrap_or_default();
    state
        .sealer
        .keyed_hash("report-duplicate", &format!("{}\u{1f}{content}", binding.0))
}

/// "We already have this report": the answer to the same report sent again within the hour. No
/// second receipt code: whoever sends a stored form again (from a shared computer's history,
/// say) must not get a code that opens someone else's report.
/// (`/meldpunt/versturen` is never stored: its prefix is registered with `no_store`.)
fn already_received(page: Page) -> Response {
    kansrijk_kernel::accounts::handlers::notice(
        page,
        "report-already-title",
        "report-already-message",
        Some(("/meldpunt/volgen", "report-follow-title")),
    )
}

/// `POST /meldpunt/versturen`: validates again (never trusts the summary), stores the report,
/// and shows the receipt code once. The answer comes only after the commit.
pub async fn send(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    binding: Option<Extension<CsrfBinding>>,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    // Counted with the report (one write transaction), or on its own for a form with errors.
    let limit = ratelimit::Limit::new(&format!("report:ip:{ip}"), 10, 3600);
    let input = ReportInput::from_pairs(&pairs);
    if let Err(errors) = input.validate(
        is_buurt(&state, &input.location).await?,
        &today().to_string(),
    ) {
        limit.hit(&state.db).await?;
        return form(&state, page, input, errors, field(&pairs, "gemeente")).await;
    }
    let duplicate = binding.map(|Extension(binding)| duplicate_key(&state, &binding, &input));
    if queries::received_recently(&state.db, &input.submission_key, duplicate.as_deref()).await? {
        return Ok(already_received(page));
    }
    let area_id = match kansrijk_kernel::areas::by_code(&state.db, &input.location).await? {
        Some(a) if a.kind == "neighbourhood" => Some(a.id),
        _ => None,
    };
    let code = receipt::new_code();
    let hash = receipt::hash(&state.sealer, &code);
    let submission = queries::Submission {
        area_id,
        lang: page.lang_code(),
        receipt_hash: &hash,
        duplicate_key: duplicate.as_deref(),
    };
    match queries::insert_within(&state.db, &state.sealer, &input, &submission, Some(&limit)).await
    {
        Ok(Some(_)) => {}
        Ok(None) => return Err(AppError::TooManyRequests),
        // The same form sent twice at the same moment (the check above saw neither yet).
        Err(e)
            if kansrijk_kernel::db::is_unique_violation(&e) && !input.submission_key.is_empty() =>
        {
            return Ok(already_received(page));
        }
        Err(e) => return Err(e.into()),
    }
    // No cache refresh here: the figures page says they are up to 10 minutes old, and a refresh
    // per report would make every reader recompute the year.
    Ok(render(&ReceiptPage {
        page: page.titled("report-receipt-title"),
        code: receipt::display(&code),
    }))
}

// ---- anonymous follow-up --------------------------------------------------------------------

/// The report of a valid follow-up cookie ([`receipt::follow_valid`]).
async fn followed(state: &AppState, headers: &HeaderMap) -> AppResult<Option<queries::ReportRow>> {
    let Some(value) = cookie_value(headers, FOLLOW_COOKIE) else {
        return Ok(None);
    };
    let Some((report_ref, _)) = receipt::follow_parts(&value) else {
        return Ok(None);
    };
    Ok(queries::by_ref(&state.db, report_ref).await?.filter(|row| {
        row.status != "withdrawn"
            && receipt::follow_valid(&state.sealer, &value, &row.receipt_hash, now())
    }))
}

#[derive(Template)]
#[template(path = "follow_code.html")]
pub struct FollowCodePage {
    pub page: Page,
    pub errors: FieldErrors,
    pub notice: Option<String>,
}

pub async fn follow_form(page: Page) -> Response {
    render(&FollowCodePage {
        page: page.titled("report-follow-title"),
        errors: FieldErrors::new(),
        notice: None,
    })
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// The report a receipt code opens: keyed hashes under every configured key, then the argon2
/// hash of receipts issued before keyed hashes. A hit under anything but the current key is
/// re-hashed, so old keys can be retired once the reports made under them are gone.
async fn find_by_receipt(state: &AppState, code: String) -> AppResult<Option<queries::ReportRow>> {
    let candidates = receipt::candidates(&state.sealer, &code);
    let mut found = None;
    for (i, hash) in candidates.iter().enumerate() {
        if let Some(row) = queries::by_receipt(&state.db, hash).await? {
            found = Some((row, i > 0));
            break;
        }
    }
    if found.is_none() {
        if let Some(salt) = receipt::legacy_salt(&state.db).await? {
            let hash = receipt::legacy_hash(code, salt).await;
            found = queries::by_receipt(&state.db, &hash)
                .await?
                .map(|row| (row, true));
        }
    }
    let Some((row, stale)) = found else {
        return Ok(None);
    };
    if stale {
        queries::rehash_receipt(&state.db, row.id, &candidates[0]).await?;
    }
    Ok(Some(row).filter(|r| r.status != "withdrawn"))
}

/// Failed codes per address (IPv6: per /64) in [`FAILURE_WINDOW`] before it gets 429.
const FAILURES_PER_ADDRESS: i64 = 5;
const FAILURE_WINDOW: i64 = 900;
/// Failed codes across all addresses per hour past which codes are checked slowly and the
/// handlers are alerted. No limit for everyone: that would lock every reporter out.
pub const FAILURE_ALARM: i64 = 200;
const ALARM_STEP: Duration = Duration::from_millis(50);
const ALARM_DELAY_MAX: Duration = Duration::from_secs(3);

/// How long a code check waits with `failures` failures this hour across all addresses:
/// nothing up to the alarm level, then a step more per failure, at most a few seconds.
pub fn alarm_delay(failures: i64) -> Duration {
    let over = u32::try_from((failures - FAILURE_ALARM).max(0)).unwrap_or(u32::MAX);
    ALARM_STEP.saturating_mul(over).min(ALARM_DELAY_MAX)
}

/// Checks a receipt code. Guessing is infeasible: 10^16 codes, a keyed hash, and at most
/// [`FAILURES_PER_ADDRESS`] failed codes per address per 15 minutes. Only failures count: a
/// hit is taken before the check (so parallel requests cannot all slip through) and given back
/// when the code is right. Past [`FAILURE_ALARM`] failures an hour across all addresses, every
/// check waits [`alarm_delay`] before it looks (so the time of the answer does not tell the
/// outcome) and the first one raises an alert.
pub async fn follow_login(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    page: Page,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let group = ratelimit::address_group(&ip);
    let mine = ratelimit::take(
        &state.db,
        &format!("receipt:fail:{group}"),
        FAILURES_PER_ADDRESS,
        FAILURE_WINDOW,
    )
    .await?;
    let all = ratelimit::take(&state.db, "receipt:fail:all", i64::MAX, 3600).await?;
    if all.hits > FAILURE_ALARM {
        alarm(&state, all.hits).await?;
        tokio::time::sleep(alarm_delay(all.hits)).await;
    }
    let code = receipt::normalise(&form.code);
    let found = if code.len() == 16 {
        find_by_receipt(&state, code).await?
    } else {
        None
    };
    let Some(report) = found else {
        metrics::counter!("receipt_code_failures_total").increment(1);
        let errors = FieldErrors::single("code", "report-follow-error-code");
        return Ok(render(&FollowCodePage {
            page: page.titled("report-follow-title"),
            errors,
            notice: None,
        }));
    };
    mine.refund(&state.db).await?;
    all.refund(&state.db).await?;
    let until = now() + receipt::FOLLOW_SECS;
    let token = receipt::follow_token(&state.sealer, &report.r#ref, until, &report.receipt_hash);
    let mut response = Redirect::to("/meldpunt/volgen/melding").into_response();
    let cookie = set_cookie(
        FOLLOW_COOKIE,
        &token,
        receipt::FOLLOW_SECS,
        state.config.secure_cookies(),
    );
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

/// Many wrong codes from many addresses: a warning in the log, an audit entry and a metric,
/// once per hour (the first check past the alarm level takes the hour's only alarm hit).
async fn alarm(state: &AppState, failures: i64) -> AppResult<()> {
    metrics::counter!("receipt_code_alarm_checks_total").increment(1);
    if ratelimit::take(&state.db, "receipt:alarm", 1, 3600)
        .await
        .is_err()
    {
        return Ok(());
    }
    tracing::warn!(
        failures,
        alarm = FAILURE_ALARM,
        "many wrong receipt codes this hour from many addresses: codes are now checked slowly"
    );
    audit::record(
        &state.db,
        None,
        Action::LoginFailed,
        "receipt",
        "all",
        &format!("alarm: {failures} wrong receipt codes this hour; codes are checked slowly"),
    )
    .await?;
    Ok(())
}

pub struct MessageView {
    pub from_handler: bool,
    pub body: String,
    pub at: i64,
}

#[derive(Template)]
#[template(path = "follow_view.html")]
pub struct FollowViewPage {
    pub page: Page,
    pub status: String,
    pub created_at: i64,
    pub messages: Vec<MessageView>,
    pub errors: FieldErrors,
    pub draft: String,
    pub saved: bool,
}

async fn follow_view_page(
    state: &AppState,
    page: Page,
    report: &queries::ReportRow,
    errors: FieldErrors,
    draft: String,
    saved: bool,
) -> AppResult<Response> {
    let messages = queries::messages(&state.db, report.id, false)
        .await?
        .into_iter()
        .filter_map(|m| {
            let body = queries::open_message(&state.sealer, &report.r#ref, &m)?;
            Some(MessageView {
                from_handler: m.author == "handler",
                body,
                at: m.created_at,
            })
        })
        .collect();
    Ok(render(&FollowViewPage {
        page: page.titled("report-follow-title"),
        status: report.status.clone(),
        created_at: report.created_at,
        messages,
        errors,
        draft,
        saved,
    }))
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    opgeslagen: String,
}

pub async fn follow_view(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
    page: Page,
) -> AppResult<Response> {
    let Some(report) = followed(&state, &headers).await? else {
        return Ok(Redirect::to("/meldpunt/volgen").into_response());
    };
    follow_view_page(
        &state,
        page,
        &report,
        FieldErrors::new(),
        String::new(),
        q.opgeslagen == "1",
    )
    .await
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    message: String,
}

/// The reporter adds information or answers a question.
pub async fn follow_message(
    State(state): State<AppState>,
    headers: HeaderMap,
    page: Page,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let Some(report) = followed(&state, &headers).await? else {
        return Ok(Redirect::to("/meldpunt/volgen").into_response());
    };
    let text = match validate_message("message", &form.message, false) {
        Ok(text) => text,
        Err(errors) => {
            let draft = form.message.chars().take(MESSAGE_MAX * 2).collect();
            return follow_view_page(&state, page, &report, errors, draft, false).await;
        }
    };
    let m = queries::NewMessage {
        author: "reporter",
        user_id: None,
        body: &text,
    };
    queries::add_message(&state.db, &state.sealer, &report, m).await?;
    Ok(Redirect::to("/meldpunt/volgen/melding?opgeslagen=1").into_response())
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    confirm: String,
}

/// Withdrawing deletes the personal content at once; the anonymous statistics stay.
pub async fn follow_withdraw(
    State(state): State<AppState>,
    headers: HeaderMap,
    page: Page,
    Form(form): Form<WithdrawForm>,
) -> AppResult<Response> {
    let Some(report) = followed(&state, &headers).await? else {
        return Ok(Redirect::to("/meldpunt/volgen").into_response());
    };
    if form.confirm != "yes" {
        let errors = FieldErrors::single("confirm", "report-withdraw-error-confirm");
        return follow_view_page(&state, page, &report, errors, String::new(), false).await;
    }
    queries::withdraw(&state.db, report.id).await?;
    stats::invalidate(&state.db);
    kansrijk_kernel::audit::record(
        &state.db,
        None,
        kansrijk_kernel::audit::Action::Delete,
        "report",
        &report.r#ref,
        "withdrawn by the reporter",
    )
    .await?;
    let mut response = kansrijk_kernel::accounts::handlers::notice(
        page,
        "report-withdrawn-title",
        "report-withdrawn-message",
        Some(("/meldpunt", "report-title")),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(FOLLOW_COOKIE, "", 0, state.config.secure_cookies()),
    );
    Ok(response)
}

/// Ends the follow-up session (on a shared computer).
pub async fn follow_stop(
    State(state): State<AppState>,
    page: Page,
    Form(_): Form<Empty>,
) -> Response {
    let mut response = render(&FollowCodePage {
        page: page.titled("report-follow-title"),
        errors: FieldErrors::new(),
        notice: Some("report-follow-stopped".into()),
    });
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(FOLLOW_COOKIE, "", 0, state.config.secure_cookies()),
    );
    response
}
