//! Mail about registrations, sent through the durable job mechanism: notices (place on the
//! waiting list became free, activity cancelled, own cancellation) and reminders. Jobs are
//! enqueued in the transaction of the change, with a unique key per registration and kind, so
//! each mail goes out once even with several app instances.
//!
//! The daily retention job anonymises registrations `registration_retention_days` after their
//! activity ended and clears feedback comments after `feedback_retention_days`.

use crate::queries::{self, Activity, Registration, JOB_NOTIFY, JOB_REMINDER};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::{Lang, Tr};
use kansrijk_kernel::jobs::Registry;
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;

pub const RETENTION_JOB: &str = "activities.retention";

pub fn registry() -> Registry {
    Registry::new()
        .handle(JOB_NOTIFY, notify_job)
        .handle(JOB_REMINDER, reminder_job)
        .handle(RETENTION_JOB, retention)
        .every(RETENTION_JOB, 86_400)
}

/// Anonymises the registrations of activities that ended longer than the retention period ago
/// (one audit entry per activity, with the count) and clears old feedback comments.
pub async fn retention(state: AppState, _payload: serde_json::Value) -> anyhow::Result<()> {
    let config = &state.config;
    let cutoff = now() - config.registration_retention_days * 86_400;
    for activity_id in queries::activities_to_anonymise(&state.db, cutoff).await? {
        let n = queries::anonymise_registrations(&state.db, activity_id).await?;
        audit::record(
            &state.db,
            None,
            Action::Delete,
            "activity_registrations",
            &activity_id.to_string(),
            &format!("{n} anonymised, retention period passed"),
        )
        .await?;
    }
    let cutoff = now() - config.feedback_retention_days * 86_400;
    let cleared = queries::clear_feedback_comments(&state.db, cutoff).await?;
    if cleared > 0 {
        tracing::info!(
            comments = cleared,
            "feedback comments cleared after the retention period"
        );
    }
    Ok(())
}

/// Title, local start and place, the arguments of every activity mail.
pub fn mail_args(a: &Activity, tr: &Tr) -> Vec<(&'static str, String)> {
    let online = tr.t("activity-online");
    vec![
        ("title", a.title.clone()),
        (
            "when",
            format!(
                "{} {}",
                tr.t(&crate::model::weekday_key(a.starts_at)),
                kansrijk_kernel::time::format_local(a.starts_at)
            ),
        ),
        (
            "place",
            a.venue_name
                .clone()
                .map(|v| match &a.venue_address {
                    Some(addr) if !addr.is_empty() => format!("{v}, {addr}"),
                    _ => v,
                })
                .unwrap_or(online),
        ),
    ]
}

async fn load(state: &AppState, id: i64) -> anyhow::Result<Option<(Registration, Activity, Lang)>> {
    let Some(r) = queries::registration(&state.db, id).await? else {
        return Ok(None);
    };
    let lang = Lang::from_code(&r.lang).unwrap_or(Lang::Nl);
    let Some(a) = queries::activity(&state.db, r.activity_id, lang).await? else {
        return Ok(None);
    };
    Ok(Some((r, a, lang)))
}

/// Composes and queues one mail about an activity.
pub async fn send(
    state: &AppState,
    to: &str,
    lang: Lang,
    name: &str,
    a: &Activity,
    extra: &[(&str, String)],
    link: &str,
) -> anyhow::Result<()> {
    let outgoing = compose(state, to, lang, name, a, extra, link);
    mail::queue(&state.db, &outgoing).await?;
    Ok(())
}

/// A mail about an activity in the person's language (for [`send`], or to queue it in a
/// transaction of one's own).
pub fn compose(
    state: &AppState,
    to: &str,
    lang: Lang,
    name: &str,
    a: &Activity,
    extra: &[(&str, String)],
    link: &str,
) -> mail::Outgoing {
    let tr = state.tr(lang.code());
    let args = mail_args(a, &tr);
    let refs: Vec<(&str, &str)> = args
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .chain(extra.iter().map(|(k, v)| (*k, v.as_str())))
        .collect();
    mail::compose(&tr, to, name, &refs, Some(link))
}

async fn notify_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let id = payload["registration_id"].as_i64().unwrap_or_default();
    let what = payload["what"].as_str().unwrap_or_default().to_string();
    let Some((r, a, lang)) = load(&state, id).await? else {
        return Ok(());
    };
    let Some(to) = r.email.clone() else {
        return Ok(());
    };
    let name = match what.as_str() {
        "promoted" => "activity-promoted",
        "activity_cancelled" => "activity-cancelled",
        "self_cancelled" => "activity-registration-cancelled",
        _ => return Ok(()),
    };
    let link = format!("{}/activiteiten/{}", state.config.public_url(), a.id);
    send(&state, &to, lang, name, &a, &[], &link).await
}

async fn reminder_job(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let id = payload["registration_id"].as_i64().unwrap_or_default();
    // The claim makes the reminder go out once even if this job ran twice.
    if !queries::claim_reminder(&state.db, id).await? {
        return Ok(());
    }
    let outcome = async {
        let Some((r, a, lang)) = load(&state, id).await? else {
            return Ok(());
        };
        let Some(to) = r.email.clone() else {
            return Ok(());
        };
        let base = state.config.public_url();
        let feedback = format!("{base}/activiteiten/{}/feedback", a.id);
        let link = format!("{base}/activiteiten/{}", a.id);
        send(
            &state,
            &to,
            lang,
            "activity-reminder",
            &a,
            &[("feedback", feedback)],
            &link,
        )
        .await
    }
    .await;
    if outcome.is_err() {
        // Not sent: let the retry claim it again.
        queries::unclaim_reminder(&state.db, id).await?;
    }
    outcome
}
