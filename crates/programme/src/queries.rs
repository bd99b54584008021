//! The programme's queries; each written once for SQLite and PostgreSQL. Texts are read in the
//! requested language with a per-row fallback to Dutch; `text_lang` says which one was found, so
//! pages can mark fallback text with the right `lang` attribute.

pub mod rights;
use crate::model::{ApproachText, NewApproach, Pillar};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Programme {
    pub id: i64,
    pub slug: String,
    pub area_id: Option<i64>,
    pub status: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub title: String,
    pub summary: String,
    pub text_lang: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Approach {
    pub id: i64,
    pub programme_id: i64,
    pub slug: String,
    pub position: i64,
    pub status: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub text_lang: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Action {
    pub id: i64,
    pub position: i64,
    /// Comma-separated pillar keys.
    pub pillars: String,
    pub title: String,
    pub body: String,
    pub text_lang: String,
}

impl Action {
    pub fn pillar_list(&self) -> Vec<Pillar> {
        self.pillars.split(',').filter_map(Pillar::parse).collect()
    }
}

const PROGRAMME_SELECT: &str =
    "SELECT p.id, p.slug, p.area_id, p.status, p.contact_name, p.contact_email, \
       COALESCE(t.title, d.title) AS title, COALESCE(t.summary, d.summary) AS summary, \
       CASE WHEN t.title IS NULL THEN 'nl' ELSE $1 END AS text_lang \
     FROM programmes p \
     JOIN programme_texts d ON d.programme_id = p.id AND d.lang = 'nl' \
     LEFT JOIN programme_texts t ON t.programme_id = p.id AND t.lang = $1";

/// Programmes in the order they were created; only the one with `slug` when given.
async fn programmes_where(db: &Db, lang: Lang, slug: Option<&str>) -> sqlx::Result<Vec<Programme>> {
    sqlx::query_as(&format!(
        "{PROGRAMME_SELECT} WHERE ($2 IS NULL OR p.slug = $2) ORDER BY p.id"
    ))
    .bind(lang.code())
    .bind(slug)
    .fetch_all(&db.pool)
    .await
}

pub async fn programmes(db: &Db, lang: Lang) -> sqlx::Result<Vec<Programme>> {
    programmes_where(db, lang, None).await
}

/// The installation's main programme: the first one created.
pub async fn primary_programme(db: &Db, lang: Lang) -> sqlx::Result<Option<Programme>> {
    Ok(programmes_where(db, lang, None).await?.into_iter().next())
}

pub async fn programme_by_slug(db: &Db, slug: &str, lang: Lang) -> sqlx::Result<Option<Programme>> {
    Ok(programmes_where(db, lang, Some(slug))
        .await?
        .into_iter()
        .next())
}

/// The programme's name in every language it has, for the layout.
pub async fn programme_names(db: &Db, programme_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT lang, title FROM programme_texts WHERE programme_id = $1")
        .bind(programme_id)
        .fetch_all(&db.pool)
        .await
}

const APPROACH_SELECT: &str =
    "SELECT a.id, a.programme_id, a.slug, a.position, a.status, a.contact_name, a.contact_email, \
       COALESCE(t.title, d.title) AS title, COALESCE(t.summary, d.summary) AS summary, \
       COALESCE(t.body, d.body) AS body, \
       CASE WHEN t.title IS NULL THEN 'nl' ELSE $1 END AS text_lang \
     FROM approaches a \
     JOIN approach_texts d ON d.approach_id = a.id AND d.lang = 'nl' \
     LEFT JOIN approach_texts t ON t.approach_id = a.id AND t.lang = $1";

/// Approaches in their order, of one programme and/or with one slug.
async fn approaches_where(
    db: &Db,
    lang: Lang,
    programme_id: Option<i64>,
    slug: Option<&str>,
) -> sqlx::Result<Vec<Approach>> {
    sqlx::query_as(&format!(
        "{APPROACH_SELECT} WHERE ($2 IS NULL OR a.programme_id = $2) AND ($3 IS NULL OR a.slug = $3) \
         ORDER BY a.position, a.id"
    ))
    .bind(lang.code())
    .bind(programme_id)
    .bind(slug)
    .fetch_all(&db.pool)
    .await
}

pub async fn approaches(db: &Db, programme_id: i64, lang: Lang) -> sqlx::Result<Vec<Approach>> {
    approaches_where(db, lang, Some(programme_id), None).await
}

pub async fn approach_by_slug(db: &Db, slug: &str, lang: Lang) -> sqlx::Result<Option<Approach>> {
    Ok(approaches_where(db, lang, None, Some(slug))
        .await?
        .into_iter()
        .next())
}

/// An approach's page: the approach, its programme, its pillars and its actions.
pub struct ApproachDetail {
    pub approach: Approach,
    pub programme: Programme,
    pub pillars: Vec<Pillar>,
    pub actions: Vec<Action>,
}

/// The approach with this slug and everything its page shows (the public page and the API).
pub async fn approach_detail(
    db: &Db,
    slug: &str,
    lang: Lang,
) -> sqlx::Result<Option<ApproachDetail>> {
    let Some(approach) = approach_by_slug(db, slug, lang).await? else {
        return Ok(None);
    };
    let Some(programme) = programmes(db, lang)
        .await?
        .into_iter()
        .find(|p| p.id == approach.programme_id)
    else {
        return Ok(None);
    };
    let pillars = approach_pillars(db, programme.id)
        .await?
        .into_iter()
        .filter(|(id, _)| *id == approach.id)
        .map(|(_, p)| p)
        .collect();
    let actions = actions(db, approach.id, lang).await?;
    Ok(Some(ApproachDetail {
        approach,
        programme,
        pillars,
        actions,
    }))
}

/// The pillars of every approach of a programme, as (approach id, pillar).
pub async fn approach_pillars(db: &Db, programme_id: i64) -> sqlx::Result<Vec<(i64, Pillar)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT ap.approach_id, ap.pillar FROM approach_pillars ap \
         JOIN approaches a ON a.id = ap.approach_id WHERE a.programme_id = $1",
    )
    .bind(programme_id)
    .fetch_all(&db.pool)
    .await?;
    let mut list: Vec<(i64, Pillar)> = rows
        .into_iter()
        .filter_map(|(id, p)| Some((id, Pillar::parse(&p)?)))
        .collect();
    list.sort();
    Ok(list)
}

pub async fn actions(db: &Db, approach_id: i64, lang: Lang) -> sqlx::Result<Vec<Action>> {
    sqlx::query_as(
        "SELECT x.id, x.position, x.pillars, COALESCE(t.title, d.title) AS title, \
           COALESCE(t.body, d.body) AS body, CASE WHEN t.title IS NULL THEN 'nl' ELSE $1 END AS text_lang \
         FROM approach_actions x \
         JOIN approach_action_texts d ON d.action_id = x.id AND d.lang = 'nl' \
         LEFT JOIN approach_action_texts t ON t.action_id = x.id AND t.lang = $1 \
         WHERE x.approach_id = $2 ORDER BY x.position, x.id",
    )
    .bind(lang.code())
    .bind(approach_id)
    .fetch_all(&db.pool)
    .await
}

/// A write transaction of the programme.
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// Saves an approach's texts in one language (`code`), replacing what was there.
pub async fn save_text(
    tx: &mut Tx,
    approach_id: i64,
    code: &str,
    text: &ApproachText,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO approach_texts (approach_id, lang, title, summary, body) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (approach_id, lang) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body",
    )
    .bind(approach_id)
    .bind(code)
    .bind(text.title.trim())
    .bind(text.summary.trim())
    .bind(text.body.trim())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces an approach's pillars (keys as stored).
pub async fn replace_pillars(tx: &mut Tx, approach_id: i64, pillars: &[&str]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM approach_pillars WHERE approach_id = $1")
        .bind(approach_id)
        .execute(&mut **tx)
        .await?;
    for pillar in pillars {
        sqlx::query("INSERT INTO approach_pillars (approach_id, pillar) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(approach_id)
            .bind(pillar)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Saves the texts and pillars of a new or edited approach.
async fn save_texts_and_pillars(tx: &mut Tx, id: i64, new: &NewApproach) -> sqlx::Result<()> {
    for (lang, text) in &new.texts {
        save_text(tx, id, lang.code(), text).await?;
    }
    let pillars: Vec<&str> = new.pillars.iter().map(|p| p.as_str()).collect();
    replace_pillars(tx, id, &pillars).await
}

/// Creates an approach (kernaanpak) at the end of the programme's list. The caller validates
/// first ([`NewApproach::validate`]); a taken slug comes back as a unique violation.
pub async fn create_approach(db: &Db, programme_id: i64, new: &NewApproach) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO approaches (programme_id, slug, position, status, contact_name, contact_email, created_at, updated_at) \
         VALUES ($1, $2, (SELECT COALESCE(MAX(position), 0) + 1 FROM approaches WHERE programme_id = $1), $3, $4, $5, $6, $6) \
         RETURNING id",
    )
    .bind(programme_id)
    .bind(&new.slug)
    .bind(new.status.as_str())
    .bind(&new.contact_name)
    .bind(&new.contact_email)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    save_texts_and_pillars(&mut tx, id, new).await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes an approach's status, contact and pillars, and its texts in the languages given.
pub async fn update_approach(db: &Db, id: i64, new: &NewApproach) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE approaches SET status = $1, contact_name = $2, contact_email = $3, updated_at = $4 WHERE id = $5")
        .bind(new.status.as_str())
        .bind(&new.contact_name)
        .bind(&new.contact_email)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    save_texts_and_pillars(&mut tx, id, new).await?;
    tx.commit().await
}

/// The stored text of an approach in exactly one language (no fallback), for editing.
pub async fn approach_text(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<ApproachText>> {
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT title, summary, body FROM approach_texts WHERE approach_id = $1 AND lang = $2",
    )
    .bind(id)
    .bind(lang.code())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(title, summary, body)| ApproachText {
        title,
        summary,
        body,
    }))
}
