//! Mail about registrations, sent through the durable job mechanism: notices (place on the
//! waiting list became free, activity cancelled, own cancellation) and reminders. Jobs are
//! enqueued in the transaction of the change, with a unique key per registration and kind, so
//! each mail goes out once even with several app instances.
//!
//! The reminder's whole life cycle is here: its kind and key, scheduling it for a confirmed
//! place, moving it when the activity moves, and cancelling it with the place. The queries call
//! these functions inside their own transactions; they never touch the `jobs` table themselves.
//!
//! The daily retention job anonymises registrations `registration_retention_days` after their
//! activity ended and clears feedback comments after `feedback_retention_days`.

use crate::queries::{self, Activity, Registration};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::{Lang, Tr};
use kansrijk_kernel::jobs::{self, NoPayload, Registry};
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};

pub const JOB_NOTIFY: &str = "activities.notify";
pub const JOB_REMINDER: &str = "activities.reminder";
pub const RETENTION_JOB: &str = "activities.retention";

/// How often a mail job is tried before it is left `failed` for a person to see.
const MAIL_ATTEMPTS: i64 = 5;

/// What a notice mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// A place on the waiting list became free.
    Promoted,
    ActivityCancelled,
    SelfCancelled,
}

impl Notice {
    fn as_str(self) -> &'static str {
        match self {
            Notice::Promoted => "promoted",
            Notice::ActivityCancelled => "activity_cancelled",
            Notice::SelfCancelled => "self_cancelled",
        }
    }

    fn mail(self) -> &'static str {
        match self {
            Notice::Promoted => "activity-promoted",
            Notice::ActivityCancelled => "activity-cancelled",
            Notice::SelfCancelled => "activity-registration-cancelled",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotifyPayload {
    pub registration_id: i64,
    pub what: Notice,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReminderPayload {
    pub registration_id: i64,
}

type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

/// Queues a notice about a registration, once per registration and kind of notice.
pub async fn notify(
    tx: &mut Tx<'_>,
    registration_id: i64,
    what: Notice,
    ts: i64,
) -> sqlx::Result<()> {
    let kind = format!("{JOB_NOTIFY}:{}", what.as_str());
    let payload = NotifyPayload {
        registration_id,
        what,
    };
    jobs::enqueue(
        &mut **tx,
        JOB_NOTIFY,
        &payload,
        ts,
        Some(&jobs::key(&kind, registration_id)),
        MAIL_ATTEMPTS,
    )
    .await?;
    Ok(())
}

/// When the reminder of an activity starting at `starts_at` goes out (now, if that has passed).
fn reminder_at(starts_at: i64, ts: i64) -> i64 {
    (starts_at - crate::model::REMINDER_LEAD_SECS).max(ts)
}

fn reminder_keys(registration_ids: &[i64]) -> Vec<String> {
    registration_ids
        .iter()
        .map(|id| jobs::key(JOB_REMINDER, *id))
        .collect()
}

/// Schedules the reminder of a confirmed registration, once (unique key per registration);
/// nothing for an activity that has started.
pub async fn schedule_reminder(
    tx: &mut Tx<'_>,
    registration_id: i64,
    starts_at: i64,
    ts: i64,
) -> sqlx::Result<()> {
    if let Some(job) = reminder(registration_id, starts_at, ts)? {
        jobs::enqueue_all(&mut **tx, &[job]).await?;
    }
    Ok(())
}

/// The reminder job of a registration for an activity starting at `starts_at`; none when it
/// has started.
pub fn reminder(
    registration_id: i64,
    starts_at: i64,
    ts: i64,
) -> sqlx::Result<Option<jobs::NewJob>> {
    if starts_at <= ts {
        return Ok(None);
    }
    let key = jobs::key(JOB_REMINDER, registration_id);
    jobs::NewJob::new(
        JOB_REMINDER,
        &ReminderPayload { registration_id },
        reminder_at(starts_at, ts),
        Some(&key),
        MAIL_ATTEMPTS,
    )
    .map(Some)
}

/// A moved activity moves the pending reminders of its registrations along.
pub async fn reschedule_reminders(
    tx: &mut Tx<'_>,
    registration_ids: &[i64],
    starts_at: i64,
    ts: i64,
) -> sqlx::Result<()> {
    jobs::reschedule(
        &mut **tx,
        &reminder_keys(registration_ids),
        reminder_at(starts_at, ts),
    )
    .await?;
    Ok(())
}

/// No reminder for a cancelled place.
pub async fn cancel_reminder(tx: &mut Tx<'_>, registration_id: i64) -> sqlx::Result<()> {
    jobs::cancel(&mut **tx, &reminder_keys(&[registration_id])).await?;
    Ok(())
}

pub fn registry() -> Registry {
    Registry::new()
        .handle(JOB_NOTIFY, notify_job)
        .handle(JOB_REMINDER, reminder_job)
        .handle(RETENTION_JOB, retention)
        .every(RETENTION_JOB, 86_400)
}

/// Anonymises the registrations of activities that ended longer than the retention period ago
/// (one audit entry per activity, with the count) and clears old feedback comments.
pub async fn retention(state: AppState, _: NoPayload) -> anyhow::Result<()> {
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

/// A mail about an activity in the person's language (queued by the jobs here, or in a
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

/// Queues the mail `name` about the registration's activity to the registration's address
/// (nothing when it has none, or when the registration or activity is gone). `extra` gives
/// arguments besides [`mail_args`] from the activity page's address.
async fn mail_registration(
    state: &AppState,
    registration_id: i64,
    name: &str,
    extra: impl FnOnce(&str) -> Vec<(&'static str, String)>,
) -> anyhow::Result<()> {
    let Some((r, a, lang)) = load(state, registration_id).await? else {
        return Ok(());
    };
    let Some(to) = r.email.as_deref() else {
        return Ok(());
    };
    let link = format!("{}/activiteiten/{}", state.config.public_url(), a.id);
    let outgoing = compose(state, to, lang, name, &a, &extra(&link), &link);
    mail::queue(&state.db, &outgoing).await?;
    Ok(())
}

async fn notify_job(state: AppState, p: NotifyPayload) -> anyhow::Result<()> {
    mail_registration(&state, p.registration_id, p.what.mail(), |_| vec![]).await
}

async fn reminder_job(state: AppState, p: ReminderPayload) -> anyhow::Result<()> {
    let id = p.registration_id;
    // The claim makes the reminder go out once even if this job ran twice.
    if !queries::claim_reminder(&state.db, id).await? {
        return Ok(());
    }
    let outcome = mail_registration(&state, id, "activity-reminder", |link| {
        vec![("feedback", format!("{link}/feedback"))]
    })
    .await;
    if outcome.is_err() {
        // Not sent: let the retry claim it again.
        queries::unclaim_reminder(&state.db, id).await?;
    }
    outcome
}
