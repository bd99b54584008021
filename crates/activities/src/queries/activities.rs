//! Activities: the agenda's query, one activity, and what an organiser creates, changes and
//! cancels.

use super::registrations::promote;
use crate::jobs::{self, Notice};
use crate::model::{AgeGroup, Kind, NewActivity};
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::recent::Recent;
use kansrijk_programme::model::Pillar;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::Duration;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Activity {
    pub id: i64,
    pub kind: String,
    pub approach_id: Option<i64>,
    pub venue_id: Option<i64>,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub venue_route: Option<String>,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub online_url: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub series_id: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub contact_name: String,
    pub languages: String,
    pub cost_cents: i64,
    pub age_group: String,
    pub capacity: Option<i64>,
    #[sqlx(try_from = "Flag")]
    pub registration_required: bool,
    pub status: String,
    pub walk_ins: i64,
    pub updated_at: i64,
    pub title: String,
    pub description: String,
    pub text_lang: String,
    pub confirmed: i64,
    pub waiting: i64,
}

impl Activity {
    pub fn kind(&self) -> Kind {
        Kind::parse(&self.kind).unwrap_or(Kind::Other)
    }
    pub fn age_group(&self) -> AgeGroup {
        AgeGroup::parse(&self.age_group).unwrap_or(AgeGroup::All)
    }
    pub fn language_list(&self) -> Vec<String> {
        self.languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }
    pub fn cancelled(&self) -> bool {
        self.status == "cancelled"
    }
    /// Places left, when there is a limit.
    pub fn places_left(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.confirmed).max(0))
    }
}

// The places taken come from the row (kept by triggers): summing the registrations made every
// read of a popular activity, and every sign-up for it, cost more the more people came.
// The waiting list is summed; the index on (activity_id, status) reads only the waiting rows.
const ACTIVITY_SELECT: &str =
    "SELECT a.id, a.kind, a.approach_id, a.venue_id, v.name AS venue_name, v.address AS venue_address, \
       v.route AS venue_route, v.area_id, ar.name AS area_name, a.online_url, a.starts_at, a.ends_at, \
       a.series_id, a.organisation_id, o.name AS organisation_name, a.contact_name, a.languages, \
       a.cost_cents, a.age_group, a.capacity, a.registration_required, a.status, a.walk_ins, a.updated_at, \
       COALESCE(t.title, d.title) AS title, COALESCE(t.description, d.description) AS description, \
       CASE WHEN t.title IS NULL THEN 'nl' ELSE $1 END AS text_lang, \
       a.confirmed_people AS confirmed, \
       (SELECT CAST(COALESCE(SUM(r.people), 0) AS BIGINT) FROM registrations r WHERE r.activity_id = a.id AND r.status = 'waiting') AS waiting \
     FROM activities a \
     JOIN activity_texts d ON d.activity_id = a.id AND d.lang = 'nl' \
     LEFT JOIN activity_texts t ON t.activity_id = a.id AND t.lang = $1 \
     LEFT JOIN venues v ON v.id = a.venue_id \
     LEFT JOIN areas ar ON ar.id = v.area_id \
     LEFT JOIN organisations o ON o.id = a.organisation_id";

/// The agenda's filters (all optional).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub kind: Option<Kind>,
    pub pillar: Option<Pillar>,
    pub area_id: Option<i64>,
    pub from: Option<i64>,
    pub until: Option<i64>,
    pub language: Option<String>,
    pub free: bool,
    pub include_cancelled: bool,
    /// Only the activities of these organisations (management pages: the person's scope).
    pub organisations: Option<kansrijk_kernel::scope::Limit>,
}

enum Bind {
    I(i64),
    S(String),
}

pub async fn activities(
    db: &Db,
    lang: Lang,
    f: &Filter,
    limit: i64,
) -> sqlx::Result<Vec<Activity>> {
    activities_page(db, lang, f, limit, 0).await
}

/// One page of [`activities`]: `limit` rows after skipping `offset` (in agenda order).
pub async fn activities_page(
    db: &Db,
    lang: Lang,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Activity>> {
    let mut sql = format!("{ACTIVITY_SELECT} WHERE 1 = 1");
    let mut binds: Vec<Bind> = vec![];
    let mut push = |sql: &mut String, cond: &str, b: Bind| {
        binds.push(b);
        // $1 is the language; filters start at $2.
        sql.push_str(&cond.replace('?', &format!("${}", binds.len() + 1)));
    };
    if let Some(k) = f.kind {
        push(&mut sql, " AND a.kind = ?", Bind::S(k.as_str().into()));
    }
    if let Some(p) = f.pillar {
        push(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM activity_pillars p WHERE p.activity_id = a.id AND p.pillar = ?)",
            Bind::S(p.as_str().into()),
        );
    }
    if let Some(area) = f.area_id {
        push(&mut sql, " AND v.area_id = ?", Bind::I(area));
    }
    if let Some(from) = f.from {
        push(&mut sql, " AND a.ends_at > ?", Bind::I(from));
        // Implied by the line above (an activity ends on the day it starts), but it lets the
        // index on starts_at skip the past instead of reading every activity that ever was.
        push(
            &mut sql,
            " AND a.starts_at > ?",
            Bind::I(from - crate::model::MAX_ACTIVITY_SPAN),
        );
    }
    if let Some(until) = f.until {
        push(&mut sql, " AND a.starts_at < ?", Bind::I(until));
    }
    if let Some(l) = &f.language {
        push(
            &mut sql,
            " AND (',' || a.languages || ',') LIKE ?",
            Bind::S(format!("%,{l},%")),
        );
    }
    if f.free {
        sql.push_str(" AND a.cost_cents = 0");
    }
    if !f.include_cancelled {
        sql.push_str(" AND a.status = 'scheduled'");
    }
    if let Some(limit) = &f.organisations {
        sql.push_str(&format!(" AND {}", limit.sql("a.organisation_id")));
    }
    sql.push_str(&format!(
        " ORDER BY a.starts_at, a.id LIMIT {} OFFSET {}",
        limit.clamp(1, 5000),
        offset.clamp(0, 1_000_000)
    ));
    let mut q = sqlx::query_as(&sql).bind(lang.code());
    for b in binds {
        q = match b {
            Bind::I(i) => q.bind(i),
            Bind::S(s) => q.bind(s),
        };
    }
    q.fetch_all(&db.pool).await
}

pub async fn activity(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<Activity>> {
    sqlx::query_as(&format!("{ACTIVITY_SELECT} WHERE a.id = $2"))
        .bind(lang.code())
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// [`activity`] as it was at most a second ago, for a sign-up: many people sign up for the same
/// activities at once, and on PostgreSQL this read cost about as much of the database's time as
/// the sign-up itself. What must be exact is decided again under the activity's lock in the
/// sign-up's transaction (open or cancelled, ended, places and waiting list); what may be a
/// second old is the form's rules and the confirmation mail's text.
pub async fn activity_for_sign_up(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<Activity>> {
    static RECENT: LazyLock<Recent<(i64, Lang), Activity>> =
        LazyLock::new(|| Recent::new(Duration::from_secs(1), 512));
    RECENT
        .get_or_load(db, (id, lang), activity(db, id, lang))
        .await
}

/// The pillars of the given activities.
pub async fn pillars(db: &Db, ids: &[i64]) -> sqlx::Result<HashMap<i64, Vec<Pillar>>> {
    let mut map: HashMap<i64, Vec<Pillar>> = HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    // The ids are integers from our own query, so joining them into the SQL is safe.
    let list = ids
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT activity_id, pillar FROM activity_pillars WHERE activity_id IN ({list}) ORDER BY activity_id, pillar"
    ))
    .fetch_all(&db.pool)
    .await?;
    for (id, p) in rows {
        if let Some(p) = Pillar::parse(&p) {
            map.entry(id).or_default().push(p);
        }
    }
    for v in map.values_mut() {
        v.sort();
    }
    Ok(map)
}

/// The Dutch and English texts of an activity, for the edit form.
pub async fn texts(db: &Db, id: i64) -> sqlx::Result<Vec<(String, String, String)>> {
    sqlx::query_as("SELECT lang, title, description FROM activity_texts WHERE activity_id = $1")
        .bind(id)
        .fetch_all(&db.pool)
        .await
}

async fn write_details(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    a: &NewActivity,
) -> sqlx::Result<()> {
    // The form holds every language, so its texts replace the stored ones.
    sqlx::query("DELETE FROM activity_texts WHERE activity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM activity_pillars WHERE activity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (lang, title, description) in &a.texts {
        sqlx::query("INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(lang.code())
            .bind(title)
            .bind(description)
            .execute(&mut **tx)
            .await?;
    }
    for p in &a.pillars {
        sqlx::query("INSERT INTO activity_pillars (activity_id, pillar) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(p.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The columns an organiser fills in, `$1` to `$11` in [`bind_details`]' order; the insert
/// and the update share them, so neither can forget one.
const DETAIL_COLUMNS: [&str; 11] = [
    "kind",
    "approach_id",
    "venue_id",
    "online_url",
    "organisation_id",
    "contact_name",
    "languages",
    "cost_cents",
    "age_group",
    "capacity",
    "registration_required",
];

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind_details<'q>(q: AnyQuery<'q>, a: &'q NewActivity) -> AnyQuery<'q> {
    q.bind(a.kind.as_str())
        .bind(a.approach_id)
        .bind(a.venue_id)
        .bind(&a.online_url)
        .bind(a.organisation_id)
        .bind(&a.contact_name)
        .bind(a.languages.join(","))
        .bind(a.cost_cents)
        .bind(a.age_group.as_str())
        .bind(a.capacity)
        .bind(Flag::from(a.registration_required).0)
}

/// Creates an activity, or one row per occurrence of a series (sharing a series id). Returns
/// the ids in time order.
pub async fn create_activity(db: &Db, a: &NewActivity) -> sqlx::Result<Vec<i64>> {
    let ts = now();
    let occurrences = if a.repeat_weeks > 0 && a.repeat_count > 1 {
        crate::model::series(a.starts_at, a.ends_at, a.repeat_weeks, a.repeat_count)
    } else {
        vec![(a.starts_at, a.ends_at)]
    };
    let series_id = (occurrences.len() > 1).then(|| random_token(12));
    let sql = format!(
        "INSERT INTO activities ({}, starts_at, ends_at, series_id, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'scheduled', $15, $15) RETURNING id",
        DETAIL_COLUMNS.join(", ")
    );
    let (_gate, mut tx) = db.begin_write().await?;
    let mut ids = vec![];
    for (start, end) in occurrences {
        let id: i64 = bind_details(sqlx::query(&sql), a)
            .bind(start)
            .bind(end)
            .bind(&series_id)
            .bind(ts)
            .fetch_one(&mut *tx)
            .await
            .and_then(|row| sqlx::Row::try_get(&row, 0))?;
        write_details(&mut tx, id, a).await?;
        ids.push(id);
    }
    tx.commit().await?;
    Ok(ids)
}

/// Saves one activity. A raised capacity promotes waiting people in order, in the same
/// transaction; returns the promoted registrations.
pub async fn update_activity(db: &Db, id: i64, a: &NewActivity) -> sqlx::Result<Vec<i64>> {
    let ts = now();
    let set: Vec<String> = DETAIL_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ${}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE activities SET {}, starts_at = $12, ends_at = $13, updated_at = $14 WHERE id = $15",
        set.join(", ")
    );
    let (_gate, mut tx) = db.begin_write().await?;
    bind_details(sqlx::query(&sql), a)
        .bind(a.starts_at)
        .bind(a.ends_at)
        .bind(ts)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    write_details(&mut tx, id, a).await?;
    let registrations: Vec<i64> =
        // Only confirmed places have a reminder.
        sqlx::query_scalar("SELECT id FROM registrations WHERE activity_id = $1 AND status = 'confirmed'")
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
    jobs::reschedule_reminders(&mut tx, &registrations, a.starts_at, ts).await?;
    let promoted = promote(&mut tx, id, ts).await?;
    tx.commit().await?;
    Ok(promoted)
}

/// Cancels an activity and queues a mail to everyone registered. False when it was not scheduled.
pub async fn cancel_activity(db: &Db, id: i64) -> sqlx::Result<bool> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let done = sqlx::query("UPDATE activities SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status = 'scheduled'")
        .bind(ts)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    let regs: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM registrations WHERE activity_id = $1 AND status <> 'cancelled' AND email IS NOT NULL ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for r in regs {
        jobs::notify(&mut tx, r, Notice::ActivityCancelled, ts).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The organisations an activity or venue can belong to: those within the person's scope.
pub async fn organisations(
    db: &Db,
    limit: &kansrijk_kernel::scope::Limit,
) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(&format!(
        "SELECT id, name FROM organisations WHERE {} ORDER BY name",
        limit.sql("id")
    ))
    .fetch_all(&db.pool)
    .await
}

/// The approaches an activity can belong to (in the visitor's language).
pub async fn approaches(db: &Db, lang: Lang) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT a.id, COALESCE(t.title, d.title) FROM approaches a \
         JOIN approach_texts d ON d.approach_id = a.id AND d.lang = 'nl' \
         LEFT JOIN approach_texts t ON t.approach_id = a.id AND t.lang = $1 ORDER BY a.position, a.id",
    )
    .bind(lang.code())
    .fetch_all(&db.pool)
    .await
}

/// Slug and title of an approach, for a link from the activity page.
pub async fn approach_link(db: &Db, id: i64, lang: Lang) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as(
        "SELECT a.slug, COALESCE(t.title, d.title) FROM approaches a \
         JOIN approach_texts d ON d.approach_id = a.id AND d.lang = 'nl' \
         LEFT JOIN approach_texts t ON t.approach_id = a.id AND t.lang = $1 WHERE a.id = $2",
    )
    .bind(lang.code())
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}
