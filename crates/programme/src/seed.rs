//! The Liendert seed: the programme Kansrijk Liendert and its core approach "Liendert voor
//! iedereen", rewritten from the factsheet in plain language (`seed/liendert.toml`). Applying it
//! twice changes nothing; a later run updates the texts.

use crate::model::{Pillar, Status};
use crate::queries::{self, Tx};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const LIENDERT: &str = include_str!("../seed/liendert.toml");

#[derive(Debug, Deserialize)]
struct SeedFile {
    programme: SeedProgramme,
    #[serde(default)]
    approach: Vec<SeedApproach>,
}

#[derive(Debug, Deserialize)]
struct SeedProgramme {
    slug: String,
    area_code: Option<String>,
    status: String,
    contact_name: Option<String>,
    contact_email: Option<String>,
    text: BTreeMap<String, ProgrammeText>,
}

#[derive(Debug, Deserialize)]
struct ProgrammeText {
    title: String,
    summary: String,
}

#[derive(Debug, Deserialize)]
struct SeedApproach {
    slug: String,
    position: i64,
    status: String,
    contact_name: Option<String>,
    contact_email: Option<String>,
    #[serde(default)]
    pillars: Vec<String>,
    text: BTreeMap<String, crate::model::ApproachText>,
    #[serde(default)]
    action: Vec<SeedAction>,
}

#[derive(Debug, Deserialize)]
struct SeedAction {
    #[serde(default)]
    pillars: Vec<String>,
    text: BTreeMap<String, ActionText>,
}

#[derive(Debug, Deserialize)]
struct ActionText {
    title: String,
    body: String,
}

fn check_langs<T>(what: &str, texts: &BTreeMap<String, T>) -> anyhow::Result<()> {
    anyhow::ensure!(texts.contains_key("nl"), "{what}: Dutch text missing");
    for code in texts.keys() {
        anyhow::ensure!(
            Lang::from_code(code).is_some(),
            "{what}: unknown language {code}"
        );
    }
    Ok(())
}

fn check_pillars(what: &str, pillars: &[String]) -> anyhow::Result<String> {
    for p in pillars {
        anyhow::ensure!(Pillar::parse(p).is_some(), "{what}: unknown pillar {p}");
    }
    Ok(pillars.join(","))
}

/// Applies a seed file (see `seed/liendert.toml` for the format) in one transaction.
pub async fn apply(db: &Db, source: &str) -> anyhow::Result<()> {
    let seed: SeedFile = toml::from_str(source)?;
    let p = &seed.programme;
    anyhow::ensure!(
        Status::parse(&p.status).is_some(),
        "programme status {}",
        p.status
    );
    check_langs("programme", &p.text)?;
    let area_id = match &p.area_code {
        Some(code) => Some(
            kansrijk_kernel::areas::by_code(db, code)
                .await?
                .ok_or_else(|| anyhow::anyhow!("area {code} not imported"))?
                .id,
        ),
        None => None,
    };
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let programme_id = save_programme(&mut tx, p, area_id, ts).await?;
    for a in &seed.approach {
        save_approach(&mut tx, programme_id, a, ts).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The programme by its slug, created or updated, with its texts.
async fn save_programme(
    tx: &mut Tx,
    p: &SeedProgramme,
    area_id: Option<i64>,
    ts: i64,
) -> anyhow::Result<i64> {
    let programme_id: i64 = sqlx::query_scalar(
        "INSERT INTO programmes (slug, area_id, status, contact_name, contact_email, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) \
         ON CONFLICT (slug) DO UPDATE SET area_id = excluded.area_id, status = excluded.status, \
           contact_name = excluded.contact_name, contact_email = excluded.contact_email, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(&p.slug)
    .bind(area_id)
    .bind(&p.status)
    .bind(&p.contact_name)
    .bind(&p.contact_email)
    .bind(ts)
    .fetch_one(&mut **tx)
    .await?;
    for (lang, text) in &p.text {
        sqlx::query(
            "INSERT INTO programme_texts (programme_id, lang, title, summary) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (programme_id, lang) DO UPDATE SET title = excluded.title, summary = excluded.summary",
        )
        .bind(programme_id)
        .bind(lang)
        .bind(text.title.trim())
        .bind(text.summary.trim())
        .execute(&mut **tx)
        .await?;
    }
    Ok(programme_id)
}

/// An approach by its slug, created or updated, with its texts, pillars and actions.
async fn save_approach(
    tx: &mut Tx,
    programme_id: i64,
    a: &SeedApproach,
    ts: i64,
) -> anyhow::Result<()> {
    let what = format!("approach {}", a.slug);
    anyhow::ensure!(crate::model::valid_slug(&a.slug), "{what}: slug");
    anyhow::ensure!(
        Status::parse(&a.status).is_some(),
        "{what}: status {}",
        a.status
    );
    check_langs(&what, &a.text)?;
    check_pillars(&what, &a.pillars)?;
    let approach_id: i64 = sqlx::query_scalar(
        "INSERT INTO approaches (programme_id, slug, position, status, contact_name, contact_email, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
         ON CONFLICT (slug) DO UPDATE SET position = excluded.position, status = excluded.status, \
           contact_name = excluded.contact_name, contact_email = excluded.contact_email, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(programme_id)
    .bind(&a.slug)
    .bind(a.position)
    .bind(&a.status)
    .bind(&a.contact_name)
    .bind(&a.contact_email)
    .bind(ts)
    .fetch_one(&mut **tx)
    .await?;
    for (lang, text) in &a.text {
        queries::save_text(tx, approach_id, lang, text).await?;
    }
    let pillars: Vec<&str> = a.pillars.iter().map(String::as_str).collect();
    queries::replace_pillars(tx, approach_id, &pillars).await?;
    save_actions(tx, approach_id, &what, &a.action).await
}

/// Actions have no natural key: the seed's list replaces the stored one.
async fn save_actions(
    tx: &mut Tx,
    approach_id: i64,
    what: &str,
    actions: &[SeedAction],
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM approach_actions WHERE approach_id = $1")
        .bind(approach_id)
        .execute(&mut **tx)
        .await?;
    for (position, action) in actions.iter().enumerate() {
        check_langs(&format!("{what} action {position}"), &action.text)?;
        let pillars = check_pillars(what, &action.pillars)?;
        let action_id: i64 = sqlx::query_scalar(
            "INSERT INTO approach_actions (approach_id, position, pillars) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(approach_id)
        .bind(position as i64 + 1)
        .bind(&pillars)
        .fetch_one(&mut **tx)
        .await?;
        for (lang, text) in &action.text {
            sqlx::query("INSERT INTO approach_action_texts (action_id, lang, title, body) VALUES ($1, $2, $3, $4)")
                .bind(action_id)
                .bind(lang)
                .bind(text.title.trim())
                .bind(text.body.trim())
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}
