//! Training mail through the durable job mechanism. Two daily scans enqueue one job per
//! certificate (expiry reminder, 60 days before the end) and per enrolment (follow-up
//! questionnaire, three months after the session), each with a unique key, so every mail goes
//! out once even when the scan runs again or on several app instances.

use crate::model::{local_date, FOLLOWUP_AFTER_DAYS, REMINDER_DAYS};
use crate::queries::{
    self, JOB_EXPIRY_MAIL, JOB_EXPIRY_SCAN, JOB_FOLLOWUP_MAIL, JOB_FOLLOWUP_SCAN, JOB_NOTIFY,
};
use kansrijk_kernel::db::now;
use kansrijk_kernel::jobs::{self, Registry};
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;

const DAY: i64 = 86400;

pub fn registry() -> Registry {
    Registry::new()
        .handle(JOB_NOTIFY, notify_job)
        .handle(JOB_EXPIRY_SCAN, |s, _: kansrijk_kernel::jobs::NoPayload| async move {
            scan_expiring(&s).await.map(|_| ())
        })
        .handle(JOB_EXPIRY_MAIL, expiry_mail_job)
        .handle(JOB_FOLLOWUP_SCAN, |s, _: kansrijk_kernel::jobs::NoPayload| async move {
            scan_followups(&s).await.map(|_| ())
        })
        .handle(JOB_FOLLOWUP_MAIL, followup_mail_job)
        .every(JOB_EXPIRY_SCAN, DAY)
        .every(JOB_FOLLOWUP_SCAN, DAY)
}

/// Enqueues a reminder for every certificate that ends within 60 days; returns how many were
/// new (a certificate is reminded once: the key is per certificate).
pub async fn scan_expiring(state: &AppState) -> anyhow::Result<usize> {
    let t = now();
    let mut new = 0;
    for id in queries::expiring(&state.db, t, t + REMINDER_DAYS * DAY).await? {
        let key = format!("training-expiry-{id}");
        if jobs::enqueue(
            &state.db.pool,
            JOB_EXPIRY_MAIL,
            &serde_json::json!({ "certificate_id": id }),
            t,
            Some(&key),
            10,
        )
        .await?
        .is_some()
        {
            new += 1;
        }
    }
    Ok(new)
}

/// Enqueues the follow-up questionnaire for people whose session ended three months ago (a
/// window of 30 days, so a missed day is caught up); once per enrolment.
pub async fn scan_followups(state: &AppState) -> anyhow::Result<usize> {
    let t = now();
    let until = t - FOLLOWUP_AFTER_DAYS * DAY;
    let mut new = 0;
    for id in queries::ended_between(&state.db, until - 30 * DAY, until).await? {
        let key = format!("training-followup-{id}");
        if jobs::enqueue(
            &state.db.pool,
            JOB_FOLLOWUP_MAIL,
            &serde_json::json!({ "enrolment_id": id }),
            t,
            Some(&key),
            10,
        )
        .await?
        .is_some()
        {
            new += 1;
        }
    }
    Ok(new)
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

async fn expiry_mail_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let id = payload["certificate_id"].as_i64().unwrap_or_default();
    let Some(c) = queries::certificate(&state.db, id).await? else {
        return Ok(());
    };
    let Some((email, lang, organisation)) = queries::person(&state.db, c.user_id).await? else {
        return Ok(());
    };
    let base = state.config.public_url();
    let until = c.until().unwrap_or_default();
    let course_link = format!("{base}/training/cursus/{}", c.course_key);
    send(
        &state,
        &email,
        &lang,
        "training-expiry",
        &[
            ("course", &c.course_title),
            ("until", &until),
            ("name", &c.name),
        ],
        &course_link,
    )
    .await?;
    if let Some(org) = organisation {
        if let Some((contact_id, _, contact_email, contact_lang)) =
            queries::contact_of(&state.db, org).await?
        {
            if contact_id != c.user_id {
                send(
                    &state,
                    &contact_email,
                    &contact_lang,
                    "training-expiry-contact",
                    &[
                        ("course", &c.course_title),
                        ("until", &until),
                        ("name", &c.name),
                    ],
                    &course_link,
                )
                .await?;
            }
        }
    }
    Ok(())
}

async fn followup_mail_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let id = payload["enrolment_id"].as_i64().unwrap_or_default();
    let Some((email, name, lang, _, course)) = queries::enrolment_contact(&state.db, id).await?
    else {
        return Ok(());
    };
    let link = format!(
        "{}/training/evaluatie/{id}/followup",
        state.config.public_url()
    );
    send(
        &state,
        &email,
        &lang,
        "training-followup",
        &[("course", &course), ("name", &name)],
        &link,
    )
    .await
}

/// A place became free (`promoted`), or the session was cancelled (`session_cancelled`: the
/// enrolment ends and the mail is queued in one transaction, so a second run mails nobody).
async fn notify_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let id = payload["enrolment_id"].as_i64().unwrap_or_default();
    let Some((email, name, lang, _, course)) = queries::enrolment_contact(&state.db, id).await?
    else {
        return Ok(());
    };
    if payload["what"] == "session_cancelled" {
        let Some(e) = queries::enrolment(&state.db, id).await? else {
            return Ok(());
        };
        let date = match queries::session(&state.db, e.session_id).await? {
            Some(s) => s.date(),
            None => return Ok(()),
        };
        let link = format!("{}/training", state.config.public_url());
        let outgoing = mail::compose(
            &state.tr(&lang),
            &email,
            "training-session-cancelled",
            &[("course", &course), ("name", &name), ("date", &date)],
            Some(&link),
        );
        queries::end_for_cancelled_session(&state.db, id, &outgoing).await?;
        return Ok(());
    }
    let link = format!("{}/training/mijn", state.config.public_url());
    send(
        &state,
        &email,
        &lang,
        "training-promoted",
        &[("course", &course), ("name", &name)],
        &link,
    )
    .await
}

/// `15-12-2026` of a certificate's end (for mail texts in tests).
pub fn until_text(ts: i64) -> String {
    local_date(ts)
}
