//! Storage of the youth stage: campaigns with the contact sealed and the team link as a keyed
//! hash, members with a consent link each, consent records, publication (checked again in SQL:
//! a campaign is public only while every member's consent covers publishing), the coach, the
//! timeline, and retention. SQL is written once for SQLite and PostgreSQL.

use crate::model::{Covers, NewCampaign, NewConsent};
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::sealing::Sealer;

mod media;
pub mod rights;
mod stage;
pub use media::*;
pub use stage::*;

/// Purposes of the keyed hashes (team links, consent links).
const TEAM_LINK: &str = "youth-team";
const CONSENT_LINK: &str = "youth-consent";

/// Where a sealed value lives (bound into the seal, so a value cannot be moved).
pub fn place(table: &str, id: i64, what: &str) -> String {
    format!("youth:{table}:{id}:{what}")
}

/// A current consent: the latest one of the member that is not withdrawn.
const CURRENT: &str = "SELECT k.member_id, k.take_part, k.publish_work, k.publish_photos FROM youth_consents k \
     WHERE k.withdrawn_at IS NULL AND k.id = (SELECT MAX(k2.id) FROM youth_consents k2 WHERE k2.member_id = k.member_id)";

/// The SQL condition "every member consented to publishing work" for campaign `c`.
const ALL_CONSENTED: &str = "NOT EXISTS (SELECT 1 FROM youth_members m WHERE m.campaign_id = c.id AND NOT EXISTS \
     (SELECT 1 FROM youth_consents k WHERE k.member_id = m.id AND k.withdrawn_at IS NULL AND k.publish_work = 1 \
        AND k.id = (SELECT MAX(k2.id) FROM youth_consents k2 WHERE k2.member_id = m.id)))";

const CAMPAIGN_COLUMNS: &str = "c.id, c.name, c.idea, c.audience, c.form, c.milestone, c.published, c.published_at, c.coach_id, \
     c.ended_at, c.created_at, o.name AS coach_organisation, c.cta_text, c.cta_url";
/// The coach's organisation: their account's, else the one their youth-coach role is for.
const CAMPAIGN_FROM: &str = "youth_campaigns c LEFT JOIN users u ON u.id = c.coach_id \
     LEFT JOIN organisations o ON o.id = COALESCE(u.organisation_id, (SELECT MIN(r.organisation_id) \
       FROM role_assignments r WHERE r.user_id = u.id AND r.role = 'youth_coach'))";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignRow {
    pub id: i64,
    pub name: String,
    pub idea: String,
    pub audience: String,
    pub form: String,
    pub milestone: String,
    #[sqlx(try_from = "Flag")]
    pub published: bool,
    pub published_at: Option<i64>,
    pub coach_id: Option<i64>,
    pub ended_at: Option<i64>,
    pub created_at: i64,
    pub coach_organisation: Option<String>,
    /// The call to action (empty: none).
    pub cta_text: String,
    pub cta_url: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub campaign_id: i64,
    pub position: i64,
    pub first_name: String,
    pub age_band: String,
    pub born_month: Option<String>,
    pub consent_token_sealed: String,
    #[sqlx(try_from = "Flag")]
    pub take_part: bool,
    #[sqlx(try_from = "Flag")]
    pub publish_work: bool,
    #[sqlx(try_from = "Flag")]
    pub publish_photos: bool,
    /// Who gave the current consent (`parent`, `self`), if any.
    pub given_by: Option<String>,
}

impl MemberRow {
    pub fn covers(&self) -> Covers {
        Covers {
            take_part: self.take_part,
            publish_work: self.publish_work,
            publish_photos: self.publish_photos,
        }
    }
}

/// Stores a proposal with its members; returns (campaign id, the team link's secret). The
/// secret is shown once; only its keyed hash is stored.
pub async fn insert_campaign(
    db: &Db,
    sealer: &Sealer,
    campaign: &NewCampaign,
) -> sqlx::Result<(i64, String)> {
    let ts = now();
    let token = random_token(24);
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO youth_campaigns (name, idea, audience, form, team_token_hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(&campaign.name)
    .bind(&campaign.idea)
    .bind(&campaign.audience)
    .bind(&campaign.form)
    .bind(sealer.keyed_hash(TEAM_LINK, &token))
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("UPDATE youth_campaigns SET contact_sealed = $1 WHERE id = $2")
        .bind(sealer.seal(&place("campaign", id, "contact"), &campaign.contact))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for (i, m) in campaign.members.iter().enumerate() {
        let link = random_token(24);
        let member: i64 = sqlx::query_scalar(
            "INSERT INTO youth_members (campaign_id, position, first_name, age_band, born_month, \
               consent_token_hash, consent_token_sealed, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, '', $7) RETURNING id",
        )
        .bind(id)
        .bind(i as i64 + 1)
        .bind(&m.first_name)
        .bind(&m.age_band)
        .bind(&m.born_month)
        .bind(sealer.keyed_hash(CONSENT_LINK, &link))
        .bind(ts)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("UPDATE youth_members SET consent_token_sealed = $1 WHERE id = $2")
            .bind(sealer.seal(&place("member", member, "link"), &link))
            .bind(member)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok((id, token))
}

/// The consent link's secret of a member (for the team page).
pub fn consent_link(sealer: &Sealer, member: &MemberRow) -> Option<String> {
    sealer
        .open(
            &place("member", member.id, "link"),
            &member.consent_token_sealed,
        )
        .ok()
}

/// The campaign a team link opens.
pub async fn campaign_by_team_link(
    db: &Db,
    sealer: &Sealer,
    token: &str,
) -> sqlx::Result<Option<CampaignRow>> {
    let sql = format!(
        "SELECT {CAMPAIGN_COLUMNS} FROM {CAMPAIGN_FROM} WHERE c.team_token_hash = $1 AND c.data_deleted_at IS NULL"
    );
    sealer.find_by_keyed_hash(db, TEAM_LINK, token, &sql).await
}

fn member_sql(condition: &str) -> String {
    format!(
        "SELECT m.id, m.campaign_id, m.position, m.first_name, m.age_band, m.born_month, m.consent_token_sealed, \
           COALESCE(cur.take_part, 0) AS take_part, COALESCE(cur.publish_work, 0) AS publish_work, \
           COALESCE(cur.publish_photos, 0) AS publish_photos, \
           (SELECT k.given_by FROM youth_consents k WHERE k.member_id = m.id AND k.withdrawn_at IS NULL \
              ORDER BY k.id DESC LIMIT 1) AS given_by \
         FROM youth_members m LEFT JOIN ({CURRENT}) cur ON cur.member_id = m.id \
         WHERE {condition} ORDER BY m.position"
    )
}

/// The member a consent link opens.
pub async fn member_by_consent_link(
    db: &Db,
    sealer: &Sealer,
    token: &str,
) -> sqlx::Result<Option<MemberRow>> {
    let sql = member_sql("m.consent_token_hash = $1");
    sealer
        .find_by_keyed_hash(db, CONSENT_LINK, token, &sql)
        .await
}

/// The members of a campaign with what their current consent covers.
pub async fn members(db: &Db, campaign_id: i64) -> sqlx::Result<Vec<MemberRow>> {
    sqlx::query_as(&member_sql("m.campaign_id = $1"))
        .bind(campaign_id)
        .fetch_all(&db.pool)
        .await
}

/// Records a consent (the text version, the channel and each thing covered).
pub async fn give_consent(
    db: &Db,
    member_id: i64,
    consent: &NewConsent,
    text_version: &str,
) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO youth_consents (member_id, given_by, text_version, channel, take_part, publish_work, \
           publish_photos, given_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(member_id)
    .bind(consent.given_by)
    .bind(text_version)
    .bind(&consent.channel)
    .bind(i64::from(consent.take_part))
    .bind(i64::from(consent.publish_work))
    .bind(i64::from(consent.publish_photos))
    .bind(now())
    .execute(&mut *tx)
    .await?;
    if !consent.publish_work {
        unpublish_in(&mut tx, member_id).await?;
    }
    tx.commit().await
}

async fn unpublish_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    member_id: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE youth_campaigns SET published = 0, updated_at = $1 \
         WHERE id = (SELECT campaign_id FROM youth_members WHERE id = $2)",
    )
    .bind(now())
    .bind(member_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Withdraws a member's consent; the campaign is unpublished in the same transaction.
pub async fn withdraw_consent(db: &Db, member_id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE youth_consents SET withdrawn_at = $1 WHERE member_id = $2 AND withdrawn_at IS NULL",
    )
    .bind(now())
    .bind(member_id)
    .execute(&mut *tx)
    .await?;
    unpublish_in(&mut tx, member_id).await?;
    tx.commit().await
}

/// Publishes or unpublishes a campaign. Publishing happens only when every member's current
/// consent covers publishing work (checked in the same statement); true when it was done.
pub async fn set_published(db: &Db, id: i64, published: bool) -> sqlx::Result<bool> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let sql = if published {
        format!(
            "UPDATE youth_campaigns SET published = 1, published_at = COALESCE(published_at, $1), updated_at = $1 \
             WHERE id = $2 AND data_deleted_at IS NULL AND EXISTS (SELECT 1 FROM youth_members m WHERE m.campaign_id = $2) \
               AND id IN (SELECT c.id FROM youth_campaigns c WHERE c.id = $2 AND {ALL_CONSENTED})"
        )
    } else {
        "UPDATE youth_campaigns SET published = 0, updated_at = $1 WHERE id = $2".to_string()
    };
    let done = sqlx::query(&sql)
        .bind(ts)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(done == 1)
}

/// Published campaigns whose team still consents, newest first.
pub async fn published(db: &Db, limit: i64, offset: i64) -> sqlx::Result<Vec<CampaignRow>> {
    let sql = format!(
        "SELECT {CAMPAIGN_COLUMNS} FROM {CAMPAIGN_FROM} WHERE c.published = 1 AND {ALL_CONSENTED} \
         ORDER BY c.published_at DESC, c.id DESC LIMIT $1 OFFSET $2"
    );
    sqlx::query_as(&sql)
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await
}

/// The number of published campaigns (for paging).
pub async fn published_count(db: &Db) -> sqlx::Result<i64> {
    let sql =
        format!("SELECT COUNT(*) FROM youth_campaigns c WHERE c.published = 1 AND {ALL_CONSENTED}");
    sqlx::query_scalar(&sql).fetch_one(&db.pool).await
}

/// One published campaign (none when it is not, or no longer, public).
pub async fn published_one(db: &Db, id: i64) -> sqlx::Result<Option<CampaignRow>> {
    let sql = format!(
        "SELECT {CAMPAIGN_COLUMNS} FROM {CAMPAIGN_FROM} WHERE c.id = $1 AND c.published = 1 AND {ALL_CONSENTED}"
    );
    sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await
}

/// One campaign, public or not.
pub async fn campaign(db: &Db, id: i64) -> sqlx::Result<Option<CampaignRow>> {
    let sql = format!("SELECT {CAMPAIGN_COLUMNS} FROM {CAMPAIGN_FROM} WHERE c.id = $1");
    sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await
}

/// Every campaign (the coordinator's list), newest first; `coach`: only that coach's.
pub async fn campaigns(db: &Db, coach: Option<i64>) -> sqlx::Result<Vec<CampaignRow>> {
    let sql = format!(
        "SELECT {CAMPAIGN_COLUMNS} FROM {CAMPAIGN_FROM} WHERE ($1 = 0 OR c.coach_id = $1) ORDER BY c.id DESC"
    );
    sqlx::query_as(&sql)
        .bind(coach.unwrap_or(0))
        .fetch_all(&db.pool)
        .await
}

/// The sealed contact of a campaign (e-mail and phone, one per line).
pub async fn contact(db: &Db, sealer: &Sealer, id: i64) -> anyhow::Result<Option<String>> {
    let sealed: Option<String> =
        sqlx::query_scalar("SELECT contact_sealed FROM youth_campaigns WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?
            .flatten();
    Ok(match sealed {
        Some(s) => Some(sealer.open(&place("campaign", id, "contact"), &s)?),
        None => None,
    })
}

/// Campaigns ended before `cutoff` whose team data is still there.
pub async fn past_retention(db: &Db, cutoff: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM youth_campaigns WHERE ended_at IS NOT NULL AND ended_at < $1 AND data_deleted_at IS NULL",
    )
    .bind(cutoff)
    .fetch_all(&db.pool)
    .await
}

/// Deletes a campaign's team data (members, consents, contact, thread, coach log) and takes it
/// off the stage; the story stays for the record.
pub async fn delete_team_data(db: &Db, id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "DELETE FROM youth_consents WHERE member_id IN (SELECT id FROM youth_members WHERE campaign_id = $1)",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM youth_media_blobs WHERE media_id IN (SELECT id FROM youth_media WHERE campaign_id = $1)",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    for sql in [
        "DELETE FROM youth_media WHERE campaign_id = $1",
        "DELETE FROM youth_members WHERE campaign_id = $1",
        "DELETE FROM youth_timeline WHERE campaign_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *tx).await?;
    }
    sqlx::query(
        "UPDATE youth_campaigns SET contact_sealed = NULL, evaluation_sealed = NULL, published = 0, data_deleted_at = $1, updated_at = $1 \
         WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Ends a campaign (the retention period starts).
pub async fn end_campaign(db: &Db, id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE youth_campaigns SET ended_at = COALESCE(ended_at, $1), updated_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

// ---- the coach and the timeline ----------------------------------------------------------------

/// Assigns a coach (the caller checked the certificate).
pub async fn assign_coach(db: &Db, id: i64, coach_id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE youth_campaigns SET coach_id = $1, updated_at = $2 WHERE id = $3")
        .bind(coach_id)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryRow {
    pub id: i64,
    pub kind: String,
    pub milestone: String,
    pub body_sealed: Option<String>,
    #[sqlx(try_from = "Flag")]
    pub done: bool,
    pub by_user: Option<i64>,
    pub by_name: Option<String>,
    pub created_at: i64,
}

/// A campaign's timeline, oldest first; the coach log only with `with_log`.
pub async fn timeline(db: &Db, campaign_id: i64, with_log: bool) -> sqlx::Result<Vec<EntryRow>> {
    sqlx::query_as(
        "SELECT t.id, t.kind, t.milestone, t.body_sealed, t.done, t.by_user, u.name AS by_name, t.created_at \
         FROM youth_timeline t LEFT JOIN users u ON u.id = t.by_user \
         WHERE t.campaign_id = $1 AND ($2 = 1 OR t.kind <> 'log') ORDER BY t.created_at, t.id",
    )
    .bind(campaign_id)
    .bind(i64::from(with_log))
    .fetch_all(&db.pool)
    .await
}

/// Adds an entry (a message, task or log entry sealed; a milestone moves the campaign on).
pub async fn add_entry(
    db: &Db,
    sealer: &Sealer,
    campaign_id: i64,
    kind: &str,
    milestone: &str,
    body: &str,
    by_user: Option<i64>,
) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO youth_timeline (campaign_id, kind, milestone, by_user, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(campaign_id)
    .bind(kind)
    .bind(milestone)
    .bind(by_user)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    if !body.is_empty() {
        sqlx::query("UPDATE youth_timeline SET body_sealed = $1 WHERE id = $2")
            .bind(sealer.seal(&place("timeline", id, "body"), body))
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    if kind == "milestone" {
        sqlx::query("UPDATE youth_campaigns SET milestone = $1, updated_at = $2 WHERE id = $3")
            .bind(milestone)
            .bind(ts)
            .bind(campaign_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Marks a task of the campaign done; false when there is no such task.
pub async fn task_done(db: &Db, campaign_id: i64, task_id: i64) -> sqlx::Result<bool> {
    let (_gate, mut tx) = db.begin_write().await?;
    let n = sqlx::query(
        "UPDATE youth_timeline SET done = 1 WHERE id = $1 AND campaign_id = $2 AND kind = 'task'",
    )
    .bind(task_id)
    .bind(campaign_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(n == 1)
}

/// Members with a birth month (under 16 when they joined) not yet asked for their own consent.
pub async fn minors_not_yet_asked(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, born_month FROM youth_members WHERE born_month IS NOT NULL AND own_consent_asked_at IS NULL",
    )
    .fetch_all(&db.pool)
    .await
}

/// Notes that a member who turned 16 is asked for their own consent.
pub async fn ask_own_consent(db: &Db, member_id: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE youth_members SET own_consent_asked_at = $1 WHERE id = $2")
        .bind(now())
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Sets (or clears) the call to action.
pub async fn set_cta(db: &Db, id: i64, text: &str, url: &str) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "UPDATE youth_campaigns SET cta_text = $1, cta_url = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(text)
    .bind(url)
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Stores the team's own evaluation, sealed.
pub async fn set_evaluation(db: &Db, sealer: &Sealer, id: i64, text: &str) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE youth_campaigns SET evaluation_sealed = $1, updated_at = $2 WHERE id = $3")
        .bind(sealer.seal(&place("campaign", id, "evaluation"), text))
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// The team's own evaluation, opened (empty when there is none).
pub async fn evaluation(db: &Db, sealer: &Sealer, id: i64) -> anyhow::Result<String> {
    let sealed: Option<String> =
        sqlx::query_scalar("SELECT evaluation_sealed FROM youth_campaigns WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?
            .flatten();
    Ok(match sealed {
        Some(s) => sealer.open(&place("campaign", id, "evaluation"), &s)?,
        None => String::new(),
    })
}
