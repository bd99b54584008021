//! Background jobs of mediation: the aftercare reminder (+42 days after the written agreements),
//! the referrer's status mail (only with consent; the address stays sealed until sending), and
//! deleting case files after the retention period.

use crate::model::{self, AFTERCARE_DAYS};
use crate::queries::{self, CaseRow};
use jiff::civil::Date;
use kansrijk_kernel::accounts::queries as accounts;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::now;
use kansrijk_kernel::jobs::{self, NoPayload, Registry};
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};

pub const AFTERCARE_JOB: &str = "mediation.aftercare";
pub const REFERRER_STATUS_JOB: &str = "mediation.referrer_status";
/// Sends a queued referrer mail: the only place the referrer's address is opened.
pub const REFERRER_MAIL_JOB: &str = "mediation.referrer_mail";
pub const RETENTION_JOB: &str = "mediation.retention";

pub fn registry() -> Registry {
    Registry::new()
        .handle(AFTERCARE_JOB, aftercare)
        .handle(REFERRER_STATUS_JOB, referrer_status)
        .handle(REFERRER_MAIL_JOB, referrer_mail)
        .handle(RETENTION_JOB, retention)
        .every(RETENTION_JOB, 86_400)
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CasePayload {
    pub case_id: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StatusPayload {
    pub case_id: i64,
    /// `started` or `finished`.
    pub status: String,
}

/// What [`mail::queue_by_reference`] gives the sending job.
#[derive(Debug, Serialize, Deserialize)]
pub struct ReferenceMail {
    pub mail_id: i64,
    pub reference: String,
}

/// 09:00 in Amsterdam on `date`, in UTC seconds.
fn morning(date: Date) -> i64 {
    date.at(9, 0, 0, 0)
        .to_zoned(kansrijk_kernel::time::amsterdam().clone())
        .map(|z| z.timestamp().as_second())
        .unwrap_or_else(|_| now())
}

/// Plans the aftercare reminder [`AFTERCARE_DAYS`] after the agreements (once per case).
pub async fn plan_aftercare_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    case_id: i64,
    agreements_on: Date,
) -> sqlx::Result<()> {
    let due = agreements_on
        .checked_add(jiff::Span::new().days(AFTERCARE_DAYS))
        .unwrap_or(agreements_on);
    jobs::enqueue(
        &mut **tx,
        AFTERCARE_JOB,
        &CasePayload { case_id },
        morning(due),
        Some(&jobs::key(AFTERCARE_JOB, case_id)),
        5,
    )
    .await?;
    Ok(())
}

/// The aftercare took place (or the case closed): no reminder any more.
pub async fn cancel_aftercare_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    case_id: i64,
) -> sqlx::Result<()> {
    jobs::cancel(&mut **tx, &[jobs::key(AFTERCARE_JOB, case_id)]).await?;
    Ok(())
}

/// Enqueues the referrer's status mail when the referrer asked for it (with the resident's
/// consent, recorded with the request).
pub async fn referrer_status_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    case: &CaseRow,
    status: &str,
) -> sqlx::Result<()> {
    if !case.referrer_updates {
        return Ok(());
    }
    jobs::enqueue(
        &mut **tx,
        REFERRER_STATUS_JOB,
        &StatusPayload {
            case_id: case.id,
            status: status.into(),
        },
        now(),
        Some(&format!("{REFERRER_STATUS_JOB}:{}:{status}", case.id)),
        5,
    )
    .await?;
    Ok(())
}

/// Reminds the two mediators and the mediation coordinators that aftercare is due.
pub async fn aftercare(state: AppState, p: CasePayload) -> anyhow::Result<()> {
    let Some(case) = queries::case(&state.db, p.case_id).await? else {
        return Ok(());
    };
    if case.stage() != model::Stage::Agreements {
        return Ok(());
    }
    let mut people: Vec<(String, String, String)> = vec![];
    for (id, _, _) in queries::mediators_of(&state.db, case.id).await? {
        if let Some(u) = accounts::user_by_id(&state.db, id).await? {
            people.push((u.email, u.name, u.lang));
        }
    }
    for holder in
        accounts::people_with_role(&state.db, Role::MediationCoordinator, case.area_id).await?
    {
        people.push((holder.email, holder.name, holder.lang));
    }
    let number = case.id.to_string();
    for (email, name, lang) in people {
        let tr = state.tr(&lang);
        let url = format!("{}/bemiddeling/mijn/{number}", state.config.public_url());
        let outgoing = mail::compose(
            &tr,
            &email,
            "mediation-aftercare",
            &[("name", &name), ("case", &number)],
            Some(&url),
        );
        mail::queue(&state.db, &outgoing).await?;
    }
    Ok(())
}

/// Composes the status mail (no names, no content: the case number and the outcome category)
/// and queues it without an address.
pub async fn referrer_status(state: AppState, p: StatusPayload) -> anyhow::Result<()> {
    let Some(case) = queries::case(&state.db, p.case_id).await? else {
        return Ok(());
    };
    if case.referrer_sealed.is_none() {
        return Ok(());
    }
    let tr = state.tr(&case.lang);
    let outcome = case
        .outcome
        .as_deref()
        .map(|o| tr.t(&format!("mediation-outcome-{}", o.replace('_', "-"))))
        .unwrap_or_default();
    let number = case.id.to_string();
    let name = format!("mediation-{}", p.status);
    let outgoing = mail::compose(
        &tr,
        "",
        &name,
        &[("case", &number), ("outcome", &outcome)],
        None,
    );
    mail::queue_by_reference(&state.db, &outgoing, REFERRER_MAIL_JOB, &number).await?;
    Ok(())
}

/// Opens the referrer's sealed address for this one delivery; dropped when it is gone.
pub async fn referrer_mail(state: AppState, p: ReferenceMail) -> anyhow::Result<()> {
    let case = match p.reference.parse::<i64>() {
        Ok(id) => queries::case(&state.db, id).await?,
        Err(_) => None,
    };
    let Some((id, sealed)) = case.and_then(|c| c.referrer_sealed.map(|s| (c.id, s))) else {
        mail::discard(&state.db, p.mail_id).await?;
        return Ok(());
    };
    let to = state
        .sealer
        .open(&queries::place(id, "referrer"), &sealed)?;
    mail::send_to(&state, p.mail_id, &to).await
}

/// Deletes case files closed longer than `mediation_retention_days` ago; the figures stay.
pub async fn retention(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    let cutoff = now() - state.config.mediation_retention_days * 86_400;
    let ids = queries::past_retention(&state.db, cutoff).await?;
    for id in &ids {
        queries::delete_file(&state.db, *id).await?;
        crate::handlers::audit_file_deleted(&state, *id, "retention period passed").await?;
    }
    if !ids.is_empty() {
        tracing::info!(
            cases = ids.len(),
            "mediation case files deleted after the retention period"
        );
    }
    Ok(())
}
