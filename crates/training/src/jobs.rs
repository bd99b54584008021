//! Training mail through the durable job mechanism. Two daily scans enqueue one job per
//! certificate (expiry reminder, 60 days before the end) and per enrolment (follow-up
//! questionnaire, three months after the session), each with a unique key, so every mail goes
//! out once even when the scan runs again or on several app instances. A place that becomes
//! free and a cancelled session are told through [`JOB_NOTIFY`], enqueued by the queries in the
//! transaction that made the change.

use crate::model::{FOLLOWUP_AFTER_DAYS, REMINDER_DAYS};
use crate::queries;
use kansrijk_kernel::db::now;
use kansrijk_kernel::jobs::{self, NoPayload, Registry};
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};

pub const JOB_NOTIFY: &str = "training.notify";
pub const JOB_EXPIRY_SCAN: &str = "training.expiry_scan";
pub const JOB_EXPIRY_MAIL: &str = "training.expiry_mail";
pub const JOB_FOLLOWUP_SCAN: &str = "training.followup_scan";
pub const JOB_FOLLOWUP_MAIL: &str = "training.followup_mail";

const DAY: i64 = 86400;

/// The expiry reminder of one certificate.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct ExpiryMail {
    pub certificate_id: i64,
}

/// The follow-up questionnaire of one enrolment.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct FollowupMail {
    pub enrolment_id: i64,
}

/// What an enrolment's person is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotifyWhat {
    /// A place became free: they moved up from the waiting list.
    Promoted,
    /// The session was cancelled: the enrolment ends with the mail.
    SessionCancelled,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Notify {
    pub enrolment_id: i64,
    pub what: NotifyWhat,
}

pub fn registry() -> Registry {
    Registry::new()
        .handle(JOB_NOTIFY, notify_job)
        .handle(JOB_EXPIRY_SCAN, |s, _: NoPayload| async move {
            scan_expiring(&s).await.map(|_| ())
        })
        .handle(JOB_EXPIRY_MAIL, expiry_mail_job)
        .handle(JOB_FOLLOWUP_SCAN, |s, _: NoPayload| async move {
            scan_followups(&s).await.map(|_| ())
        })
        .handle(JOB_FOLLOWUP_MAIL, followup_mail_job)
        .every(JOB_EXPIRY_SCAN, DAY)
        .every(JOB_FOLLOWUP_SCAN, DAY)
}

/// Enqueues one mail job per record, once: the key is the record's (`{prefix}-{id}`, the keys
/// of earlier releases, so nobody is mailed again after an upgrade). Returns how many were new.
async fn enqueue_once<P: Serialize>(
    state: &AppState,
    kind: &str,
    prefix: &str,
    ids: Vec<i64>,
    payload: impl Fn(i64) -> P,
) -> anyhow::Result<usize> {
    let t = now();
    let mut new = 0;
    for id in ids {
        let key = format!("{prefix}-{id}");
        let queued = jobs::enqueue(&state.db.pool, kind, &payload(id), t, Some(&key), 10).await?;
        new += usize::from(queued.is_some());
    }
    Ok(new)
}

/// Enqueues a reminder for every certificate that ends within 60 days; returns how many were
/// new (a certificate is reminded once: the key is per certificate).
pub async fn scan_expiring(state: &AppState) -> anyhow::Result<usize> {
    let t = now();
    let ids = queries::expiring(&state.db, t, t + REMINDER_DAYS * DAY).await?;
    enqueue_once(state, JOB_EXPIRY_MAIL, "training-expiry", ids, |id| {
        ExpiryMail { certificate_id: id }
    })
    .await
}

/// Enqueues the follow-up questionnaire for people whose session ended three months ago (a
/// window of 30 days, so a missed day is caught up); once per enrolment.
pub async fn scan_followups(state: &AppState) -> anyhow::Result<usize> {
    let until = now() - FOLLOWUP_AFTER_DAYS * DAY;
    let ids = queries::ended_between(&state.db, until - 30 * DAY, until).await?;
    enqueue_once(state, JOB_FOLLOWUP_MAIL, "training-followup", ids, |id| {
        FollowupMail { enrolment_id: id }
    })
    .await
}

async fn send(
    state: &AppState,
    to: &str,
    lang: &str,
    name: &str,
    args: &[(&str, &str)],
    link: &str,
) -> anyhow::Result<()> {
    let tr = state.tr(lang);
    let outgoing = mail::compose(&tr, to, name, args, Some(link));
    mail::queue(&state.db, &outgoing).await?;
    Ok(())
}

/// The person, and their organisation's contact (when that is someone else), are reminded.
async fn expiry_mail_job(state: AppState, p: ExpiryMail) -> anyhow::Result<()> {
    let Some(c) = queries::certificate(&state.db, p.certificate_id).await? else {
        return Ok(());
    };
    let Some((email, lang, organisation)) = queries::person(&state.db, c.user_id).await? else {
        return Ok(());
    };
    let until = c.until().unwrap_or_default();
    let args = [
        ("course", c.course_title.as_str()),
        ("until", until.as_str()),
        ("name", c.name.as_str()),
    ];
    let link = format!(
        "{}/training/cursus/{}",
        state.config.public_url(),
        c.course_key
    );
    send(&state, &email, &lang, "training-expiry", &args, &link).await?;
    let contact = match organisation {
        Some(org) => queries::contact_of(&state.db, org).await?,
        None => None,
    };
    if let Some((contact_id, _, contact_email, contact_lang)) = contact {
        if contact_id != c.user_id {
            let name = "training-expiry-contact";
            send(&state, &contact_email, &contact_lang, name, &args, &link).await?;
        }
    }
    Ok(())
}

async fn followup_mail_job(state: AppState, p: FollowupMail) -> anyhow::Result<()> {
    let id = p.enrolment_id;
    let Some((email, name, lang, _, course)) = queries::enrolment_contact(&state.db, id).await?
    else {
        return Ok(());
    };
    let link = format!(
        "{}/training/evaluatie/{id}/followup",
        state.config.public_url()
    );
    let args = [("course", course.as_str()), ("name", name.as_str())];
    send(&state, &email, &lang, "training-followup", &args, &link).await
}

/// A place became free (`promoted`), or the session was cancelled (`session_cancelled`: the
/// enrolment ends and the mail is queued in one transaction, so a second run mails nobody).
async fn notify_job(state: AppState, p: Notify) -> anyhow::Result<()> {
    let id = p.enrolment_id;
    let Some((email, name, lang, _, course)) = queries::enrolment_contact(&state.db, id).await?
    else {
        return Ok(());
    };
    if p.what == NotifyWhat::SessionCancelled {
        return tell_cancelled(&state, id, &email, &name, &lang, &course).await;
    }
    let link = format!("{}/training/mijn", state.config.public_url());
    let args = [("course", course.as_str()), ("name", name.as_str())];
    send(&state, &email, &lang, "training-promoted", &args, &link).await
}

async fn tell_cancelled(
    state: &AppState,
    id: i64,
    email: &str,
    name: &str,
    lang: &str,
    course: &str,
) -> anyhow::Result<()> {
    let Some(e) = queries::enrolment(&state.db, id).await? else {
        return Ok(());
    };
    let Some(session) = queries::session(&state.db, e.session_id).await? else {
        return Ok(());
    };
    let link = format!("{}/training", state.config.public_url());
    let outgoing = mail::compose(
        &state.tr(lang),
        email,
        "training-session-cancelled",
        &[
            ("course", course),
            ("name", name),
            ("date", &session.date()),
        ],
        Some(&link),
    );
    queries::end_for_cancelled_session(&state.db, id, &outgoing).await?;
    Ok(())
}
