//! Storage of the monitor: questionnaires in versions, waves, invitation codes (keyed hashes),
//! anonymous responses, and the aggregates per indicator, wave and area that every page reads.
//! SQL is written once for SQLite and PostgreSQL.

use crate::jobs;
use crate::model::{self, Answer, NewQuestion, NewResponse, Question, Stats};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::sealing::Sealer;
use std::collections::BTreeMap;

/// The keyed hash of an invitation code (the code itself is never stored).
pub fn code_hash(sealer: &Sealer, wave_id: i64, code: &str) -> String {
    sealer.keyed_hash(
        "monitor-code",
        &format!("{wave_id}:{}", model::normalise_code(code)),
    )
}

pub async fn floor(db: &Db) -> sqlx::Result<i64> {
    let v: Option<i64> = sqlx::query_scalar("SELECT floor FROM monitor_settings WHERE id = 1")
        .fetch_optional(&db.pool)
        .await?;
    Ok(v.unwrap_or(model::DEFAULT_FLOOR))
}

pub async fn set_floor(db: &Db, floor: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("UPDATE monitor_settings SET floor = $1 WHERE id = 1")
        .bind(floor)
        .execute(&mut *tx)
        .await?;
    // Pages read the floor when they publish: nothing to aggregate again.
    tx.commit().await?;
    crate::figures::invalidate(db);
    Ok(())
}

/// Enqueues the aggregation of every closed wave.
async fn aggregate_closed(tx: &mut sqlx::Transaction<'static, sqlx::Any>) -> sqlx::Result<()> {
    let waves: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM monitor_waves WHERE status = 'closed'")
            .fetch_all(&mut **tx)
            .await?;
    for id in waves {
        jobs::enqueue_aggregate(tx, id).await?;
    }
    Ok(())
}

// ---- instruments and versions -------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InstrumentRow {
    pub id: i64,
    pub name: String,
    pub version_id: i64,
    pub number: i64,
}

/// A new questionnaire: version 1 with the standard items.
pub async fn create_instrument(db: &Db, name: &str) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO monitor_instruments (name, created_at) VALUES ($1, $2) RETURNING id",
    )
    .bind(name)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    let version = insert_version(&mut tx, id, 1).await?;
    for (pos, s) in model::STANDARD_ITEMS.iter().enumerate() {
        sqlx::query(
            "INSERT INTO monitor_questions (version_id, position, item, kind, reverse, choices) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(version)
        .bind(pos as i64)
        .bind(s.item)
        .bind(s.kind)
        .bind(i64::from(s.reverse))
        .bind(s.choices.join("\n"))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

async fn insert_version(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    instrument_id: i64,
    number: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO monitor_versions (instrument_id, number, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(instrument_id)
    .bind(number)
    .bind(now())
    .fetch_one(&mut **tx)
    .await
}

pub async fn instruments(db: &Db) -> sqlx::Result<Vec<InstrumentRow>> {
    sqlx::query_as(
        "SELECT i.id, i.name, v.id AS version_id, v.number FROM monitor_instruments i \
         JOIN monitor_versions v ON v.instrument_id = i.id \
         WHERE v.number = (SELECT MAX(number) FROM monitor_versions WHERE instrument_id = i.id) \
         ORDER BY i.id",
    )
    .fetch_all(&db.pool)
    .await
}

pub async fn instrument(db: &Db, id: i64) -> sqlx::Result<Option<InstrumentRow>> {
    Ok(instruments(db).await?.into_iter().find(|i| i.id == id))
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    item: String,
    kind: String,
    reverse: i64,
    choices: String,
    text: Option<String>,
}

/// The questions of a version with their text in `lang` (else Dutch; `None` for standard items,
/// whose text is a translation).
pub async fn questions(
    db: &Db,
    version_id: i64,
    lang: &str,
) -> sqlx::Result<Vec<(Question, Option<String>)>> {
    let rows: Vec<QuestionRow> = sqlx::query_as(
        "SELECT q.id, q.item, q.kind, q.reverse, q.choices, \
           COALESCE(t.text, nl.text) AS text \
         FROM monitor_questions q \
         LEFT JOIN monitor_question_texts t ON t.question_id = q.id AND t.lang = $2 \
         LEFT JOIN monitor_question_texts nl ON nl.question_id = q.id AND nl.lang = 'nl' \
         WHERE q.version_id = $1 ORDER BY q.position, q.id",
    )
    .bind(version_id)
    .bind(lang)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let q = Question {
                id: r.id,
                item: r.item,
                kind: r.kind,
                reverse: r.reverse != 0,
                choices: r
                    .choices
                    .lines()
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect(),
            };
            (q, r.text)
        })
        .collect())
}

pub async fn version_has_answers(db: &Db, version_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM monitor_responses r JOIN monitor_waves w ON w.id = r.wave_id \
         WHERE w.version_id = $1",
    )
    .bind(version_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// Adds a question to the latest version of a questionnaire. When that version already has
/// answers, a new version is made first (a copy plus the question): answers are never changed,
/// and the change of version marks a break in the series. Returns the version id.
pub async fn add_question(db: &Db, instrument_id: i64, q: &NewQuestion) -> sqlx::Result<i64> {
    let Some(current) = instrument(db, instrument_id).await? else {
        return Err(sqlx::Error::RowNotFound);
    };
    let answered = version_has_answers(db, current.version_id).await?;
    let (_gate, mut tx) = db.begin_write().await?;
    let version = if answered {
        let v = insert_version(&mut tx, instrument_id, current.number + 1).await?;
        copy_questions(&mut tx, current.version_id, v).await?;
        v
    } else {
        current.version_id
    };
    let position: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM monitor_questions WHERE version_id = $1",
    )
    .bind(version)
    .fetch_one(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO monitor_questions (version_id, position, item, kind, reverse, choices) \
         VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
    )
    .bind(version)
    .bind(position)
    // Questions are never removed, so the position names the question in every later version.
    .bind(format!("custom-{position}"))
    .bind(&q.kind)
    .bind(q.choices.join("\n"))
    .fetch_one(&mut *tx)
    .await?;
    for (lang, text) in &q.texts {
        sqlx::query(
            "INSERT INTO monitor_question_texts (question_id, lang, text) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(*lang)
        .bind(text)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(version)
}

async fn copy_questions(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    from: i64,
    to: i64,
) -> sqlx::Result<()> {
    let old: Vec<(i64, i64, String, String, i64, String)> = sqlx::query_as(
        "SELECT id, position, item, kind, reverse, choices FROM monitor_questions WHERE version_id = $1",
    )
    .bind(from)
    .fetch_all(&mut **tx)
    .await?;
    for (old_id, position, item, kind, reverse, choices) in old {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO monitor_questions (version_id, position, item, kind, reverse, choices) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(to)
        .bind(position)
        .bind(&item)
        .bind(&kind)
        .bind(reverse)
        .bind(&choices)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO monitor_question_texts (question_id, lang, text) \
             SELECT $1, lang, text FROM monitor_question_texts WHERE question_id = $2",
        )
        .bind(id)
        .bind(old_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

// ---- waves ----------------------------------------------------------------------------------

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WaveRow {
    pub id: i64,
    pub instrument_id: i64,
    pub version_id: i64,
    pub version: i64,
    pub name: String,
    pub kind: String,
    pub year: i64,
    pub status: String,
    pub link_token: String,
    pub responses: i64,
}

const WAVE_SELECT: &str =
    "SELECT w.id, w.instrument_id, w.version_id, v.number AS version, w.name, \
      w.kind, w.year, w.status, w.link_token, \
      (SELECT COUNT(*) FROM monitor_responses r WHERE r.wave_id = w.id) AS responses \
    FROM monitor_waves w JOIN monitor_versions v ON v.id = w.version_id";

pub async fn create_wave(
    db: &Db,
    instrument: &InstrumentRow,
    name: &str,
    kind: &str,
    year: i64,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = sqlx::query_scalar(
        "INSERT INTO monitor_waves (instrument_id, version_id, name, kind, year, status, link_token, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7) RETURNING id",
    )
    .bind(instrument.id)
    .bind(instrument.version_id)
    .bind(name)
    .bind(kind)
    .bind(year)
    .bind(kansrijk_kernel::crypto::random_token(16))
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The closed waves, by year and id, without counting responses (read by every public page:
/// at national scale a count would read millions of rows).
pub async fn closed_waves(db: &Db) -> sqlx::Result<Vec<WaveRow>> {
    sqlx::query_as(
        "SELECT w.id, w.instrument_id, w.version_id, v.number AS version, w.name, w.kind, w.year, \
           w.status, w.link_token, 0 AS responses \
         FROM monitor_waves w JOIN monitor_versions v ON v.id = w.version_id \
         WHERE w.status = 'closed' ORDER BY w.year, w.id",
    )
    .fetch_all(&db.pool)
    .await
}

/// All waves, by year and id.
pub async fn waves(db: &Db) -> sqlx::Result<Vec<WaveRow>> {
    sqlx::query_as(&format!("{WAVE_SELECT} ORDER BY w.year, w.id"))
        .fetch_all(&db.pool)
        .await
}

pub async fn wave(db: &Db, id: i64) -> sqlx::Result<Option<WaveRow>> {
    sqlx::query_as(&format!("{WAVE_SELECT} WHERE w.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn wave_by_token(db: &Db, token: &str) -> sqlx::Result<Option<WaveRow>> {
    sqlx::query_as(&format!("{WAVE_SELECT} WHERE w.link_token = $1"))
        .bind(token)
        .fetch_optional(&db.pool)
        .await
}

/// Opens a draft wave or closes an open one; closing enqueues the aggregation. Returns false
/// when the wave was not in the state the step needs.
pub async fn set_wave_status(db: &Db, id: i64, to: &str) -> sqlx::Result<bool> {
    let from = match to {
        "open" => "draft",
        "closed" => "open",
        _ => return Ok(false),
    };
    let column = if to == "open" {
        "opened_at"
    } else {
        "closed_at"
    };
    let (_gate, mut tx) = db.begin_write().await?;
    let changed = sqlx::query(&format!(
        "UPDATE monitor_waves SET status = $1, {column} = $2 WHERE id = $3 AND status = $4"
    ))
    .bind(to)
    .bind(now())
    .bind(id)
    .bind(from)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if changed && to == "closed" {
        jobs::enqueue_aggregate(&mut tx, id).await?;
        jobs::enqueue_text_retention(&mut tx, id).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Stores new invitation codes of a panel wave (as keyed hashes); returns the codes, shown once.
pub async fn new_codes(
    db: &Db,
    sealer: &Sealer,
    wave_id: i64,
    n: usize,
) -> sqlx::Result<Vec<String>> {
    let codes: Vec<String> = (0..n)
        .map(|_| {
            let raw =
                kansrijk_kernel::crypto::sha256_hex(&kansrijk_kernel::crypto::random_token(16));
            let raw = raw[..10].to_uppercase();
            format!("{}-{}", &raw[..5], &raw[5..])
        })
        .collect();
    let (_gate, mut tx) = db.begin_write().await?;
    for code in &codes {
        sqlx::query("INSERT INTO monitor_codes (hash, wave_id, used) VALUES ($1, $2, 0)")
            .bind(code_hash(sealer, wave_id, code))
            .bind(wave_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(codes)
}

pub async fn code_counts(db: &Db, wave_id: i64) -> sqlx::Result<(i64, i64)> {
    let (all, used): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), CAST(SUM(used) AS BIGINT) FROM monitor_codes WHERE wave_id = $1",
    )
    .bind(wave_id)
    .fetch_one(&db.pool)
    .await?;
    Ok((all, used.unwrap_or(0)))
}

/// Why a response was not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The wave is not open.
    Closed,
    /// Unknown code, or one that was used.
    Code,
}

/// Stores a response in one transaction: marks the code used (panel waves) and writes the
/// answers without any link to it. Short text answers are sealed.
pub async fn insert_response(
    db: &Db,
    sealer: &Sealer,
    wave: &WaveRow,
    code: Option<&str>,
    response: &NewResponse,
) -> sqlx::Result<Result<i64, Refused>> {
    let (_gate, mut tx) = db.begin_write().await?;
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM monitor_waves WHERE id = $1")
            .bind(wave.id)
            .fetch_optional(&mut *tx)
            .await?;
    if status.as_deref() != Some("open") {
        return Ok(Err(Refused::Closed));
    }
    if let Some(code) = code {
        let used = sqlx::query(
            "UPDATE monitor_codes SET used = 1 WHERE hash = $1 AND wave_id = $2 AND used = 0",
        )
        .bind(code_hash(sealer, wave.id, code))
        .bind(wave.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if used != 1 {
            return Ok(Err(Refused::Code));
        }
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO monitor_responses (wave_id, buurt_code, age_band) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(wave.id)
    .bind(&response.buurt)
    .bind(&response.age_band)
    .fetch_one(&mut *tx)
    .await?;
    for (question_id, answer) in &response.answers {
        let (value, choice, text) = match answer {
            Answer::Value(v) => (Some(*v), None, None),
            Answer::Choice(c) => (None, Some(c.clone()), None),
            Answer::Text(t) => (
                None,
                None,
                Some(sealer.seal(&format!("monitor:{id}:{question_id}"), t)),
            ),
        };
        sqlx::query(
            "INSERT INTO monitor_answers (response_id, question_id, value, choice, text_sealed) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(*question_id)
        .bind(value)
        .bind(choice)
        .bind(text)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(id))
}

/// Deletes the short text answers of a wave (retention).
pub async fn delete_texts(db: &Db, wave_id: i64) -> sqlx::Result<u64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let n = sqlx::query(
        "UPDATE monitor_answers SET text_sealed = NULL WHERE text_sealed IS NOT NULL AND response_id IN \
         (SELECT id FROM monitor_responses WHERE wave_id = $1)",
    )
    .bind(wave_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(n)
}

// ---- aggregation ----------------------------------------------------------------------------

/// Old buurt code → current code, so a buurt's series continues after CBS renumbers it.
pub async fn code_map(db: &Db) -> sqlx::Result<BTreeMap<String, String>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT old_code, new_code FROM monitor_code_map")
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().collect())
}

pub async fn map_code(db: &Db, old: &str, new: &str) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO monitor_code_map (old_code, new_code) VALUES ($1, $2) \
         ON CONFLICT (old_code) DO UPDATE SET new_code = excluded.new_code",
    )
    .bind(old)
    .bind(new)
    .execute(&mut *tx)
    .await?;
    // The series are aggregated again under the new code.
    aggregate_closed(&mut tx).await?;
    tx.commit().await
}

/// One answer row for the aggregation: response, buurt, item, reverse, value, choice.
pub type AnswerRow = (i64, String, String, i64, Option<i64>, Option<String>);

/// The answers of a wave for responses with id > `after`, at most `limit` responses' worth.
pub async fn answers_page(
    db: &Db,
    wave_id: i64,
    after: i64,
    limit: i64,
) -> sqlx::Result<Vec<AnswerRow>> {
    sqlx::query_as(
        "SELECT r.id, r.buurt_code, q.item, q.reverse, a.value, a.choice \
         FROM monitor_responses r \
         JOIN monitor_answers a ON a.response_id = r.id \
         JOIN monitor_questions q ON q.id = a.question_id \
         WHERE r.wave_id = $1 AND r.id > $2 AND r.id <= \
           COALESCE((SELECT MAX(id) FROM (SELECT id FROM monitor_responses WHERE wave_id = $1 AND id > $2 \
                     ORDER BY id LIMIT $3) p), $2) \
         ORDER BY r.id",
    )
    .bind(wave_id)
    .bind(after)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Replaces the aggregates of a wave: (indicator, area code) → sums.
pub async fn replace_aggregates(
    db: &Db,
    wave_id: i64,
    cells: &BTreeMap<(String, String), Stats>,
) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("DELETE FROM monitor_aggregates WHERE wave_id = $1")
        .bind(wave_id)
        .execute(&mut *tx)
        .await?;
    for ((indicator, area), s) in cells {
        sqlx::query(
            "INSERT INTO monitor_aggregates (indicator, wave_id, area_code, n, total, total_sq) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(indicator)
        .bind(wave_id)
        .bind(area)
        .bind(s.n)
        .bind(s.total)
        .bind(s.total_sq)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    crate::figures::invalidate(db);
    Ok(())
}

/// The aggregates of an indicator over all closed waves: (wave id, area code) → sums.
pub async fn aggregates(db: &Db, indicator: &str) -> sqlx::Result<BTreeMap<(i64, String), Stats>> {
    let rows: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT a.wave_id, a.area_code, a.n, a.total, a.total_sq FROM monitor_aggregates a \
         JOIN monitor_waves w ON w.id = a.wave_id \
         WHERE a.indicator = $1 AND w.status = 'closed'",
    )
    .bind(indicator)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(w, a, n, total, total_sq)| ((w, a), Stats { n, total, total_sq }))
        .collect())
}

/// Stores many responses of a wave in one transaction without codes (demo data and the
/// benchmark generator); text answers are left out (they would need sealing).
pub async fn insert_responses_batch(
    db: &Db,
    wave_id: i64,
    responses: &[NewResponse],
) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    for r in responses {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO monitor_responses (wave_id, buurt_code, age_band) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(wave_id)
        .bind(&r.buurt)
        .bind(&r.age_band)
        .fetch_one(&mut *tx)
        .await?;
        for (question_id, answer) in &r.answers {
            let (value, choice) = match answer {
                Answer::Value(v) => (Some(*v), None),
                Answer::Choice(c) => (None, Some(c.clone())),
                Answer::Text(_) => continue,
            };
            sqlx::query(
                "INSERT INTO monitor_answers (response_id, question_id, value, choice) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(*question_id)
            .bind(value)
            .bind(choice)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await
}

// ---- the other modules' figures (kernel::indicators) ---------------------------------------

/// Replaces one year's counts of the other modules: (indicator, area code) → (n, hits).
pub async fn replace_module_counts(
    db: &Db,
    year: i32,
    counts: &BTreeMap<(String, String), (i64, i64)>,
) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    sqlx::query("DELETE FROM monitor_module_counts WHERE year = $1")
        .bind(i64::from(year))
        .execute(&mut *tx)
        .await?;
    for ((indicator, area), (n, hits)) in counts {
        sqlx::query(
            "INSERT INTO monitor_module_counts (indicator, year, area_code, n, hits) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(indicator)
        .bind(i64::from(year))
        .bind(area)
        .bind(n)
        .bind(hits)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    crate::figures::invalidate(db);
    Ok(())
}

/// The counts of a module's indicator: (year, area code) → (n, hits).
pub async fn module_counts(
    db: &Db,
    indicator: &str,
) -> sqlx::Result<BTreeMap<(i64, String), (i64, i64)>> {
    let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT year, area_code, n, hits FROM monitor_module_counts WHERE indicator = $1",
    )
    .bind(indicator)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(y, a, n, hits)| ((y, a), (n, hits)))
        .collect())
}

/// Residents per area code, with the year of the source figure.
pub async fn residents(db: &Db) -> sqlx::Result<BTreeMap<String, (i64, i64)>> {
    let rows: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT area_code, residents, year FROM monitor_residents")
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(c, r, y)| (c, (r, y))).collect())
}

/// Stores the residents of areas (code, number) counted in `year`, replacing earlier numbers of
/// the same areas.
pub async fn set_residents(db: &Db, rows: &[(String, i64)], year: i64) -> sqlx::Result<()> {
    let (_gate, mut tx) = db.begin_write().await?;
    for (code, residents) in rows {
        sqlx::query("DELETE FROM monitor_residents WHERE area_code = $1")
            .bind(code)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO monitor_residents (area_code, residents, year, updated_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(code)
        .bind(residents)
        .bind(year)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    crate::figures::invalidate(db);
    Ok(())
}
