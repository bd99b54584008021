//! Mail to followers and coordinators, through the durable jobs. Every event (a status change,
//! a reply) is one job with a unique key; each follower's mail about it is claimed in a table
//! first, so a retried job never mails anyone twice. Daily followers get one digest a day
//! (claimed per person and day). Coordinators are reminded of reviews once per agreement and
//! review date.

use crate::model::{self, FollowMode, Status};
use crate::queries::{self, Event};
use kansrijk_kernel::accounts::queries::people_with_role;
use kansrijk_kernel::authz::Role;
use kansrijk_kernel::db::now;
use kansrijk_kernel::i18n::{Lang, Tr};
use kansrijk_kernel::jobs::{self, NoPayload, Registry};
use kansrijk_kernel::mail;
use kansrijk_kernel::web::AppState;
use serde::{Deserialize, Serialize};

/// Mails about one event to the followers who want them at once.
pub const JOB_EVENT: &str = "agreements.event";
/// The daily digests (hourly: each person gets theirs once per day).
pub const JOB_DIGEST: &str = "agreements.digest";
/// Daily: finds the agreements whose review is (nearly) due.
pub const JOB_REVIEWS: &str = "agreements.reviews";
/// The review reminder of one agreement to the coordinators.
pub const JOB_REVIEW_MAIL: &str = "agreements.review_mail";

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct EventPayload {
    pub event_id: i64,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct ReviewPayload {
    pub agreement_id: i64,
}

pub fn registry() -> Registry {
    Registry::new()
        .handle(JOB_EVENT, event_job)
        .handle(JOB_DIGEST, digest_job)
        .handle(JOB_REVIEWS, reviews_job)
        .handle(JOB_REVIEW_MAIL, review_mail_job)
        .every(JOB_DIGEST, 3600)
        .every(JOB_REVIEWS, 24 * 3600)
}

/// One line about an event, in the reader's language.
pub fn describe(tr: &Tr, e: &Event) -> String {
    match e.kind.as_str() {
        "status" => {
            let status = Status::parse(&e.detail).unwrap_or(Status::Discussion);
            tr.t_str("agr-event-status", "status", &tr.t(&status.label_key()))
        }
        _ => tr.t("agr-event-reply"),
    }
}

fn link(state: &AppState, proposal_id: i64) -> String {
    format!(
        "{}/afspraken/voorstellen/{proposal_id}",
        state.config.public_url()
    )
}

/// Mails the followers who want every change at once (not the person who caused it).
pub async fn event_job(state: AppState, payload: EventPayload) -> anyhow::Result<()> {
    let Some(e) = queries::event(&state.db, payload.event_id).await? else {
        return Ok(());
    };
    for f in queries::followers(&state.db, e.proposal_id, FollowMode::Instant).await? {
        if Some(f.user_id) == e.actor_id {
            continue;
        }
        if !queries::claim_event_mail(&state.db, e.id, f.user_id).await? {
            continue;
        }
        let tr = state.tr(&f.lang);
        let what = describe(&tr, &e);
        let m = mail::compose(
            &tr,
            &f.email,
            "agr-event",
            &[("title", &e.title), ("what", &what)],
            Some(&link(&state, e.proposal_id)),
        );
        mail::queue(&state.db, &m).await?;
    }
    Ok(())
}

/// Once a day per person: everything that happened to the proposals they follow daily.
pub async fn digest_job(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    let day = model::local_day(now());
    for f in queries::daily_followers(&state.db).await? {
        let events = queries::digest_events(&state.db, f.user_id).await?;
        let Some(last) = events.last() else { continue };
        if !queries::claim_digest(&state.db, f.user_id, &day, last.id).await? {
            continue;
        }
        let tr = state.tr(&f.lang);
        let lines: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "- {}: {} ({})",
                    e.title,
                    describe(&tr, e),
                    link(&state, e.proposal_id)
                )
            })
            .collect();
        let count = events.len().to_string();
        let list = lines.join("\n");
        let m = mail::compose(
            &tr,
            &f.email,
            "agr-digest",
            &[("count", &count), ("list", &list)],
            Some(&format!(
                "{}/afspraken/voorstellen",
                state.config.public_url()
            )),
        );
        mail::queue(&state.db, &m).await?;
    }
    Ok(())
}

/// Daily: a reminder job for every agreement whose review is (nearly) due, once per due date.
pub async fn reviews_job(state: AppState, _: NoPayload) -> anyhow::Result<()> {
    for a in queries::due_reviews(&state.db, now() + model::REVIEW_NOTICE_SECS).await? {
        jobs::enqueue(
            &state.db.pool,
            JOB_REVIEW_MAIL,
            &ReviewPayload { agreement_id: a.id },
            now(),
            // Once per agreement and review date.
            Some(&format!(
                "{}:{}",
                jobs::key(JOB_REVIEW_MAIL, a.id),
                a.review_due
            )),
            10,
        )
        .await?;
    }
    Ok(())
}

/// Reminds the coordinators that an agreement needs its review.
pub async fn review_mail_job(state: AppState, payload: ReviewPayload) -> anyhow::Result<()> {
    for c in people_with_role(&state.db, Role::Coordinator, None).await? {
        let lang = Lang::from_code(&c.lang).unwrap_or(Lang::DEFAULT);
        let Some(a) = queries::agreement(&state.db, payload.agreement_id, lang).await? else {
            return Ok(());
        };
        let tr = state.tr(&c.lang);
        let due = kansrijk_kernel::time::format_local(a.review_due);
        let m = mail::compose(
            &tr,
            &c.email,
            "agr-review",
            &[("text", &a.text), ("due", &due)],
            Some(&format!(
                "{}/beheer/afspraken/{}",
                state.config.public_url(),
                a.id
            )),
        );
        mail::queue(&state.db, &m).await?;
    }
    Ok(())
}
