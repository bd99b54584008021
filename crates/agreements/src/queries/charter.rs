//! Reading the charter: the agreements in force, their versions and the differences between
//! them, and the partners' signatures and commitments.

use crate::model::{self, Change};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_programme::model::Pillar;
use std::collections::BTreeMap;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Agreement {
    pub id: i64,
    pub pillar: String,
    pub status: String,
    pub text: String,
    pub text_lang: String,
    pub adopted_at: i64,
    pub review_due: i64,
    pub last_reviewed_at: Option<i64>,
    pub review_note: String,
}

impl Agreement {
    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }
}

const AGREEMENT_SELECT: &str = "SELECT a.id, a.pillar, a.status, COALESCE(t.text, n.text) AS text, \
     CASE WHEN t.text IS NULL THEN 'nl' ELSE t.lang END AS text_lang, a.adopted_at, a.review_due, a.last_reviewed_at, a.review_note \
     FROM agreements a JOIN agreement_texts n ON n.agreement_id = a.id AND n.lang = 'nl' \
     LEFT JOIN agreement_texts t ON t.agreement_id = a.id AND t.lang = $1";

/// The agreements in force, by pillar, in a language (falling back to Dutch).
pub async fn agreements(db: &Db, lang: Lang) -> sqlx::Result<Vec<Agreement>> {
    sqlx::query_as(&format!(
        "{AGREEMENT_SELECT} WHERE a.status = 'active' ORDER BY a.id"
    ))
    .bind(lang.code())
    .fetch_all(&db.pool)
    .await
}

pub async fn agreement(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<Agreement>> {
    sqlx::query_as(&format!("{AGREEMENT_SELECT} WHERE a.id = $2"))
        .bind(lang.code())
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// All texts of an agreement: language code → text.
pub async fn agreement_texts(db: &Db, id: i64) -> sqlx::Result<BTreeMap<String, String>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, text FROM agreement_texts WHERE agreement_id = $1")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().collect())
}

/// Active agreements whose review is due before `until`.
pub async fn due_reviews(db: &Db, until: i64) -> sqlx::Result<Vec<Agreement>> {
    sqlx::query_as(&format!(
        "{AGREEMENT_SELECT} WHERE a.status = 'active' AND a.review_due <= $2 ORDER BY a.review_due, a.id"
    ))
    .bind(Lang::Nl.code())
    .bind(until)
    .fetch_all(&db.pool)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Version {
    pub number: i64,
    pub adopted_at: i64,
    pub summary: String,
    pub agreements: i64,
}

const VERSION_SELECT: &str = "SELECT v.number, v.adopted_at, v.summary, \
     (SELECT COUNT(*) FROM charter_version_items i WHERE i.version = v.number AND i.lang = 'nl') AS agreements \
     FROM charter_versions v";

pub async fn versions(db: &Db) -> sqlx::Result<Vec<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} ORDER BY v.number DESC"))
        .fetch_all(&db.pool)
        .await
}

pub async fn version(db: &Db, number: i64) -> sqlx::Result<Option<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} WHERE v.number = $1"))
        .bind(number)
        .fetch_optional(&db.pool)
        .await
}

pub async fn latest_version(db: &Db) -> sqlx::Result<Option<Version>> {
    sqlx::query_as(&format!("{VERSION_SELECT} ORDER BY v.number DESC LIMIT 1"))
        .fetch_optional(&db.pool)
        .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionItem {
    pub agreement_id: i64,
    pub pillar: String,
    pub text: String,
    pub text_lang: String,
}

impl VersionItem {
    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }
}

/// The agreements of a version in a language (falling back to Dutch).
pub async fn version_items(db: &Db, number: i64, lang: Lang) -> sqlx::Result<Vec<VersionItem>> {
    sqlx::query_as(
        "SELECT i.agreement_id, i.pillar, COALESCE(t.text, i.text) AS text, \
         CASE WHEN t.text IS NULL THEN 'nl' ELSE t.lang END AS text_lang \
         FROM charter_version_items i LEFT JOIN charter_version_items t \
         ON t.version = i.version AND t.agreement_id = i.agreement_id AND t.lang = $2 \
         WHERE i.version = $1 AND i.lang = 'nl' ORDER BY i.agreement_id",
    )
    .bind(number)
    .bind(lang.code())
    .fetch_all(&db.pool)
    .await
}

/// What changed in version `number` compared with the one before, in a language.
pub async fn version_changes(db: &Db, number: i64, lang: Lang) -> sqlx::Result<Vec<Change>> {
    let map = |items: Vec<VersionItem>| -> BTreeMap<i64, String> {
        items
            .into_iter()
            .map(|i| (i.agreement_id, i.text))
            .collect()
    };
    let after = map(version_items(db, number, lang).await?);
    let before = if number > 1 {
        map(version_items(db, number - 1, lang).await?)
    } else {
        BTreeMap::new()
    };
    Ok(model::diff(&before, &after))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Signature {
    pub organisation_id: i64,
    pub organisation: String,
    pub version: i64,
    pub signed_at: i64,
}

pub async fn signatures(db: &Db) -> sqlx::Result<Vec<Signature>> {
    sqlx::query_as(
        "SELECT s.organisation_id, o.name AS organisation, s.version, s.signed_at \
         FROM charter_signatures s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.signed_at, o.name",
    )
    .fetch_all(&db.pool)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Commitment {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub text: String,
    pub created_at: i64,
    pub reviewed_at: Option<i64>,
    pub review_note: String,
}

pub async fn commitments(db: &Db) -> sqlx::Result<Vec<Commitment>> {
    sqlx::query_as(
        "SELECT c.id, c.organisation_id, o.name AS organisation, c.text, c.created_at, c.reviewed_at, c.review_note \
         FROM charter_commitments c JOIN organisations o ON o.id = c.organisation_id ORDER BY o.name, c.id",
    )
    .fetch_all(&db.pool)
    .await
}

/// Signs the charter for an organisation (once; later calls keep the first signature) and adds
/// a commitment.
pub async fn sign(
    db: &Db,
    organisation_id: i64,
    version: i64,
    by: Option<i64>,
    commitment: &str,
) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO charter_signatures (organisation_id, version, signed_by, signed_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (organisation_id) DO NOTHING",
    )
    .bind(organisation_id)
    .bind(version)
    .bind(by)
    .bind(ts)
    .execute(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO charter_commitments (organisation_id, text, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(organisation_id)
    .bind(commitment)
    .bind(by)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn review_commitment(db: &Db, id: i64, note: &str) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "UPDATE charter_commitments SET reviewed_at = $1, review_note = $2 WHERE id = $3",
    )
    .bind(now())
    .bind(note)
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// The organisation a person signs for: the organisation of their coordinator or professional
/// role, else the organisation of their account.
pub async fn signer_organisation(db: &Db, user_id: i64) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as(
        "SELECT o.id, o.name FROM organisations o WHERE o.id = COALESCE( \
           (SELECT MIN(r.organisation_id) FROM role_assignments r WHERE r.user_id = $1 \
            AND r.role IN ('coordinator', 'professional') AND r.organisation_id IS NOT NULL), \
           (SELECT u.organisation_id FROM users u WHERE u.id = $1))",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn organisation_by_name(db: &Db, name: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1")
        .bind(name)
        .fetch_optional(&db.pool)
        .await
}
