//! The steering group's decisions and the agreements they make: adopting, merging and
//! declining proposals, new wording, yearly reviews, and the charter versions they produce.

use super::{add_event, Tx};
use crate::model::{self, Outcome};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_programme::model::Pillar;

/// What the steering group decides.
pub struct Decision<'a> {
    pub outcome: Outcome,
    pub reason: &'a str,
    pub by: i64,
    /// The agreement's text per language (Dutch first, required to adopt).
    pub texts: &'a [(Lang, String)],
    /// The agreement a merged proposal becomes part of.
    pub merge_into: Option<i64>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Decided {
    /// The new charter version, when the charter changed.
    Done(Option<i64>),
    /// The proposal was decided already (or does not exist).
    NotOpen,
    /// The agreement to merge into does not exist (or was retired).
    UnknownAgreement,
}

/// Decides a proposal, once: the status changes only from discussion or for decision. Adopting
/// adds an agreement and a charter version; merging with a new text changes the agreement and
/// also makes a version.
pub async fn decide(db: &Db, proposal_id: i64, d: &Decision<'_>) -> sqlx::Result<Decided> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE proposals SET status = $1, decision_reason = $2, decided_at = $3, decided_by = $4, updated_at = $3 \
         WHERE id = $5 AND status IN ('discussion', 'for_decision')",
    )
    .bind(d.outcome.status().as_str())
    .bind(d.reason)
    .bind(ts)
    .bind(d.by)
    .bind(proposal_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        return Ok(Decided::NotOpen);
    }
    let mut version = None;
    match d.outcome {
        Outcome::Adopt => {
            let pillar: String = sqlx::query_scalar("SELECT pillar FROM proposals WHERE id = $1")
                .bind(proposal_id)
                .fetch_one(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO agreements (pillar, adopted_at, review_due, created_at, updated_at) VALUES ($1, $2, $3, $2, $2) RETURNING id",
            )
            .bind(&pillar)
            .bind(ts)
            .bind(model::next_review(ts))
            .fetch_one(&mut *tx)
            .await?;
            write_texts(&mut tx, id, d.texts).await?;
            link_agreement(&mut tx, proposal_id, id).await?;
            version = Some(new_version(&mut tx, d.reason).await?);
        }
        Outcome::Merge => {
            let Some(target) = d.merge_into else {
                return Ok(Decided::UnknownAgreement);
            };
            let active: Option<i64> =
                sqlx::query_scalar("SELECT id FROM agreements WHERE id = $1 AND status = 'active'")
                    .bind(target)
                    .fetch_optional(&mut *tx)
                    .await?;
            if active.is_none() {
                return Ok(Decided::UnknownAgreement);
            }
            link_agreement(&mut tx, proposal_id, target).await?;
            if !d.texts.is_empty() {
                write_texts(&mut tx, target, d.texts).await?;
                version = Some(new_version(&mut tx, d.reason).await?);
            }
        }
        Outcome::Decline => {}
    }
    add_event(
        &mut tx,
        proposal_id,
        "status",
        d.outcome.status().as_str(),
        Some(d.by),
    )
    .await?;
    tx.commit().await?;
    Ok(Decided::Done(version))
}

async fn link_agreement(tx: &mut Tx, proposal_id: i64, agreement_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE proposals SET agreement_id = $1 WHERE id = $2")
        .bind(agreement_id)
        .bind(proposal_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sets the texts given (an empty text removes that language; Dutch is never removed).
async fn write_texts(tx: &mut Tx, agreement_id: i64, texts: &[(Lang, String)]) -> sqlx::Result<()> {
    for (lang, text) in texts {
        if text.trim().is_empty() {
            if *lang != Lang::Nl {
                sqlx::query("DELETE FROM agreement_texts WHERE agreement_id = $1 AND lang = $2")
                    .bind(agreement_id)
                    .bind(lang.code())
                    .execute(&mut **tx)
                    .await?;
            }
            continue;
        }
        sqlx::query(
            "INSERT INTO agreement_texts (agreement_id, lang, text) VALUES ($1, $2, $3) \
             ON CONFLICT (agreement_id, lang) DO UPDATE SET text = excluded.text",
        )
        .bind(agreement_id)
        .bind(lang.code())
        .bind(text.trim())
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("UPDATE agreements SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(agreement_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new version of the charter: the active agreements as they are now, with a summary.
async fn new_version(tx: &mut Tx, summary: &str) -> sqlx::Result<i64> {
    // One version at a time: two decisions at the same moment get numbers n and n + 1.
    sqlx::query("UPDATE agreement_settings SET updated_at = updated_at WHERE id = 1")
        .execute(&mut **tx)
        .await?;
    let number: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM charter_versions")
            .fetch_one(&mut **tx)
            .await?;
    sqlx::query("INSERT INTO charter_versions (number, adopted_at, summary) VALUES ($1, $2, $3)")
        .bind(number)
        .bind(now())
        .bind(summary)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO charter_version_items (version, agreement_id, pillar, lang, text) \
         SELECT $1, a.id, a.pillar, t.lang, t.text FROM agreements a JOIN agreement_texts t ON t.agreement_id = a.id \
         WHERE a.status = 'active'",
    )
    .bind(number)
    .execute(&mut **tx)
    .await?;
    Ok(number)
}

/// Changes an agreement's texts (translations, wording) and makes a new charter version.
pub async fn update_agreement_texts(
    db: &Db,
    agreement_id: i64,
    texts: &[(Lang, String)],
    summary: &str,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    write_texts(&mut tx, agreement_id, texts).await?;
    let v = new_version(&mut tx, summary).await?;
    tx.commit().await?;
    Ok(v)
}

/// Adds an agreement straight away (demo data and imports of existing agreements).
pub async fn add_agreement(
    db: &Db,
    pillar: Pillar,
    texts: &[(Lang, String)],
    adopted_at: i64,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO agreements (pillar, adopted_at, review_due, created_at, updated_at) VALUES ($1, $2, $3, $2, $2) RETURNING id",
    )
    .bind(pillar.as_str())
    .bind(adopted_at)
    .bind(model::next_review(adopted_at))
    .fetch_one(&mut *tx)
    .await?;
    write_texts(&mut tx, id, texts).await?;
    tx.commit().await?;
    Ok(id)
}

/// Records a version of the charter as it is now (demo data).
pub async fn snapshot(db: &Db, summary: &str) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let v = new_version(&mut tx, summary).await?;
    tx.commit().await?;
    Ok(v)
}

/// Records a review: the agreement still lives (next review in a year) or is retired (a new
/// charter version without it). Returns the new version when one was made.
pub async fn review(
    db: &Db,
    id: i64,
    still_lives: bool,
    note: &str,
) -> sqlx::Result<Option<Option<i64>>> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE agreements SET last_reviewed_at = $1, review_note = $2, review_due = $3, status = $4, updated_at = $1 \
         WHERE id = $5 AND status = 'active'",
    )
    .bind(ts)
    .bind(note)
    .bind(model::next_review(ts))
    .bind(if still_lives { "active" } else { "retired" })
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        return Ok(None);
    }
    let version = if still_lives {
        None
    } else {
        Some(new_version(&mut tx, note).await?)
    };
    tx.commit().await?;
    Ok(Some(version))
}
