//! Background jobs of the meldpunt: telling a reporter (who asked for it) that there is news,
//! due-date reminders for handlers, deleting personal content after the retention period, and
//! re-encrypting after a key rotation.

use crate::queries;
use kansrijk_kernel::db::now;
use kansrijk_kernel::jobs::{self, NoPayload, Registry};
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};

/// Tells a reporter who asked for it that a handler wrote.
pub const NOTIFY_JOB: &str = "reports.notify_reporter";
pub const RETENTION_JOB: &str = "reports.retention";
pub const DUE_JOB: &str = "reports.due_reminders";
pub const DUE_MAIL_JOB: &str = "reports.due_mail";
pub const RESEAL_JOB: &str = "reports.reseal";
/// Forgets the duplicate keys older than the hour they serve.
pub const FORGET_DUPLICATES_JOB: &str = "reports.forget_duplicate_keys";
/// Sends a queued reporter mail: the only place the reporter's address is opened for mail.
pub const REPORTER_MAIL_JOB: &str = "reports.reporter_mail";

/// The report a reporter hears about (its reference, never an address).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotifyPayload {
    #[serde(rename = "ref")]
    pub report_ref: String,
}

/// A reporter mail in the outbox and the report whose sealed address it goes to (the payload
/// the kernel's `mail::queue_by_reference` gives).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReporterMailPayload {
    pub mail_id: i64,
    pub reference: String,
}

/// A due-date reminder of one report to its handler.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueMailPayload {
    #[serde(rename = "ref")]
    pub report_ref: String,
    pub handler: i64,
}

pub fn registry() -> Registry {
    Registry::new()
        .handle(NOTIFY_JOB, notify_reporter)
        .handle(REPORTER_MAIL_JOB, reporter_mail)
        .handle(RETENTION_JOB, retention)
        .handle(DUE_JOB, due_reminders)
        .handle(DUE_MAIL_JOB, due_mail)
        .handle(RESEAL_JOB, reseal)
        .handle(FORGET_DUPLICATES_JOB, forget_duplicate_keys)
        .every(RETENTION_JOB, 86_400)
        .every(FORGET_DUPLICATES_JOB, 300)
        .every(DUE_JOB, 3_600)
        .every(RESEAL_JOB, 86_400)
}

/// Every five minutes, so a duplicate key outlives its hour by at most that. It used to run with
/// every submission: a write outside SQLite's write gate on the busiest form, and with no new
/// reports the keys stayed.
pub async fn forget_duplicate_keys(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    queries::forget_duplicate_keys(&state.db).await?;
    Ok(())
}

/// Mails the reporter that there is a reply — never the content; they read it with their code.
/// The mail is queued with the report's reference instead of an address: the outbox and the job
/// queue never hold the reporter's address, which stays sealed in the report until
/// [`reporter_mail`] opens it to send.
pub async fn notify_reporter(state: AppState, payload: NotifyPayload) -> anyhow::Result<()> {
    let Some(row) = queries::by_ref(&state.db, &payload.report_ref).await? else {
        return Ok(());
    };
    if !row.mail_updates || row.contact_sealed.is_none() {
        return Ok(());
    }
    let tr = state.tr(&row.lang);
    let url = format!("{}/meldpunt/volgen", state.config.public_url());
    let mail = kansrijk_kernel::mail::compose(&tr, "", "report-news", &[], Some(&url));
    kansrijk_kernel::mail::queue_by_reference(&state.db, &mail, REPORTER_MAIL_JOB, &row.r#ref)
        .await?;
    Ok(())
}

/// Sends a reporter mail queued by [`notify_reporter`]: opens the sealed contact details of the
/// report just for this delivery. When they were deleted meanwhile (retention, withdrawal) or
/// hold no e-mail address, the mail is dropped.
pub async fn reporter_mail(state: AppState, payload: ReporterMailPayload) -> anyhow::Result<()> {
    let (mail_id, report_ref) = (payload.mail_id, payload.reference.as_str());
    let report = queries::by_ref(&state.db, report_ref).await?;
    let sealed = report
        .as_ref()
        .filter(|r| r.mail_updates)
        .and_then(|r| r.contact_sealed.as_ref());
    let Some(sealed) = sealed else {
        kansrijk_kernel::mail::discard(&state.db, mail_id).await?;
        return Ok(());
    };
    let contact: queries::Contact = serde_json::from_str(
        &state
            .sealer
            .open(&queries::place(report_ref, "contact"), sealed)?,
    )?;
    if contact.email.is_empty() {
        kansrijk_kernel::mail::discard(&state.db, mail_id).await?;
        return Ok(());
    }
    kansrijk_kernel::mail::send_to(&state, mail_id, &contact.email).await
}

/// Deletes personal content of reports finished longer than the retention period ago.
pub async fn retention(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    let cutoff = now() - state.config.report_retention_days * 86_400;
    let ids = queries::past_retention(&state.db, cutoff).await?;
    for id in &ids {
        queries::delete_personal_content(&state.db, *id).await?;
        kansrijk_kernel::audit::record(
            &state.db,
            None,
            kansrijk_kernel::audit::Action::Delete,
            "report",
            &id.to_string(),
            "retention period passed",
        )
        .await?;
    }
    if !ids.is_empty() {
        tracing::info!(
            reports = ids.len(),
            "personal content deleted after the retention period"
        );
    }
    Ok(())
}

/// Enqueues one reminder per report and due date (a unique key makes it once-only).
pub async fn due_reminders(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    for (report_ref, handler, due_at) in queries::due_soon(&state.db, now() + 86_400).await? {
        // Once per report and due date.
        let key = format!("report-due:{report_ref}:{due_at}");
        let payload = DueMailPayload {
            report_ref,
            handler,
        };
        jobs::enqueue(&state.db.pool, DUE_MAIL_JOB, &payload, now(), Some(&key), 5).await?;
    }
    Ok(())
}

pub async fn due_mail(state: AppState, payload: DueMailPayload) -> anyhow::Result<()> {
    let report_ref = payload.report_ref.as_str();
    let Some(handler) =
        kansrijk_kernel::accounts::queries::user_by_id(&state.db, payload.handler).await?
    else {
        return Ok(());
    };
    let tr = state.tr(&handler.lang);
    let url = format!(
        "{}/beheer/meldingen/{report_ref}",
        state.config.public_url()
    );
    let mail = kansrijk_kernel::mail::compose(
        &tr,
        &handler.email,
        "report-due",
        &[("name", &handler.name), ("ref", report_ref)],
        Some(&url),
    );
    kansrijk_kernel::mail::queue(&state.db, &mail).await?;
    Ok(())
}

/// Re-encrypts values sealed with an older key, after a key rotation; first seals what was
/// stored before it was sealed or bound to its place ([`queries::seal_legacy`]).
pub async fn reseal(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    queries::seal_legacy(&state.db, &state.sealer).await?;
    for (table, id, column, place, sealed) in queries::sealed_values(&state.db).await? {
        if !state.sealer.needs_reseal(&sealed) {
            continue;
        }
        let fresh = state
            .sealer
            .seal(&place, &state.sealer.open(&place, &sealed)?);
        queries::replace_sealed(&state.db, (&table, id, &column), &fresh).await?;
    }
    Ok(())
}
