//! Every query of the activities feature, written once for SQLite and PostgreSQL.
//!
//! Capacity is never exceeded: every change to an activity's registrations starts its
//! transaction with `UPDATE activities SET updated_at = … WHERE id = …`. On PostgreSQL that locks
//! the activity's row until commit, so concurrent sign-ups for one activity take turns; on SQLite
//! writers are serialised anyway. The count of confirmed places is read after that lock.

use crate::model::{
    place_for, promotable, AgeGroup, Kind, NewActivity, NewRegistration, RegStatus,
};
use kansrijk_kernel::crypto::{random_token, sha256_hex};
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::mail::Outgoing;
use kansrijk_programme::model::Pillar;
use sqlx::Row;
use std::collections::HashMap;

pub const JOB_NOTIFY: &str = "activities.notify";
pub const JOB_REMINDER: &str = "activities.reminder";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Venue {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub opening_hours: String,
    pub route: String,
    pub step_free: i64,
    pub accessible_toilet: i64,
    pub hearing_loop: i64,
    pub parking: i64,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct NewVenue {
    pub name: String,
    pub address: String,
    pub area_id: Option<i64>,
    pub opening_hours: String,
    pub route: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub parking: bool,
    /// The owning organisation (`None`: the programme's own).
    pub organisation_id: Option<i64>,
}

const VENUE_SELECT: &str =
    "SELECT v.id, v.name, v.address, v.area_id, ar.name AS area_name, v.opening_hours, v.route, \
       v.step_free, v.accessible_toilet, v.hearing_loop, v.parking, v.organisation_id, \
       o.name AS organisation_name \
     FROM venues v LEFT JOIN areas ar ON ar.id = v.area_id \
     LEFT JOIN organisations o ON o.id = v.organisation_id";

pub async fn venues(db: &Db) -> sqlx::Result<Vec<Venue>> {
    sqlx::query_as(&format!("{VENUE_SELECT} ORDER BY v.name"))
        .fetch_all(&db.pool)
        .await
}

/// One venue (the activity page reads it on every request: by id, not from the whole list).
pub async fn venue(db: &Db, id: i64) -> sqlx::Result<Option<Venue>> {
    sqlx::query_as(&format!("{VENUE_SELECT} WHERE v.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Creates a venue, or updates the one with the same name **of the same organisation** (so the
/// demo seed can run again). A venue of that name owned by another organisation is left alone:
/// `None`, and the form says the name is taken.
pub async fn upsert_venue(db: &Db, v: &NewVenue) -> sqlx::Result<Option<i64>> {
    let ts = now();
    sqlx::query_scalar(
        "INSERT INTO venues (name, address, area_id, opening_hours, route, step_free, accessible_toilet, hearing_loop, parking, organisation_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
         ON CONFLICT (name) DO UPDATE SET address = excluded.address, area_id = excluded.area_id, \
           opening_hours = excluded.opening_hours, route = excluded.route, step_free = excluded.step_free, \
           accessible_toilet = excluded.accessible_toilet, hearing_loop = excluded.hearing_loop, \
           parking = excluded.parking, updated_at = excluded.updated_at \
         WHERE COALESCE(venues.organisation_id, 0) = COALESCE(excluded.organisation_id, 0) \
         RETURNING id",
    )
    .bind(&v.name)
    .bind(&v.address)
    .bind(v.area_id)
    .bind(&v.opening_hours)
    .bind(&v.route)
    .bind(v.step_free as i64)
    .bind(v.accessible_toilet as i64)
    .bind(v.hearing_loop as i64)
    .bind(v.parking as i64)
    .bind(v.organisation_id)
    .bind(ts)
    .fetch_optional(&db.pool)
    .await
}

/// The buurten (neighbourhoods), for the venue form and the agenda filter.
pub async fn buurten(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM areas WHERE kind = 'neighbourhood' ORDER BY name")
        .fetch_all(&db.pool)
        .await
}

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
    pub registration_required: i64,
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

const ACTIVITY_SELECT: &str =
    "SELECT a.id, a.kind, a.approach_id, a.venue_id, v.name AS venue_name, v.address AS venue_address, \
       v.route AS venue_route, v.area_id, ar.name AS area_name, a.online_url, a.starts_at, a.ends_at, \
       a.series_id, a.organisation_id, o.name AS organisation_name, a.contact_name, a.languages, \
       a.cost_cents, a.age_group, a.capacity, a.registration_required, a.status, a.walk_ins, a.updated_at, \
       COALESCE(t.title, d.title) AS title, COALESCE(t.description, d.description) AS description, \
       CASE WHEN t.title IS NULL THEN 'nl' ELSE $1 END AS text_lang, \
       (SELECT CAST(COALESCE(SUM(r.people), 0) AS BIGINT) FROM registrations r WHERE r.activity_id = a.id AND r.status = 'confirmed') AS confirmed, \
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
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let mut ids = vec![];
    for (start, end) in occurrences {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO activities (kind, approach_id, venue_id, online_url, starts_at, ends_at, series_id, organisation_id, \
               contact_name, languages, cost_cents, age_group, capacity, registration_required, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'scheduled', $15, $15) RETURNING id",
        )
        .bind(a.kind.as_str())
        .bind(a.approach_id)
        .bind(a.venue_id)
        .bind(&a.online_url)
        .bind(start)
        .bind(end)
        .bind(&series_id)
        .bind(a.organisation_id)
        .bind(&a.contact_name)
        .bind(a.languages.join(","))
        .bind(a.cost_cents)
        .bind(a.age_group.as_str())
        .bind(a.capacity)
        .bind(a.registration_required as i64)
        .bind(ts)
        .fetch_one(&mut *tx)
        .await?;
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
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "UPDATE activities SET kind = $1, approach_id = $2, venue_id = $3, online_url = $4, starts_at = $5, ends_at = $6, \
           organisation_id = $7, contact_name = $8, languages = $9, cost_cents = $10, age_group = $11, capacity = $12, \
           registration_required = $13, updated_at = $14 WHERE id = $15",
    )
    .bind(a.kind.as_str())
    .bind(a.approach_id)
    .bind(a.venue_id)
    .bind(&a.online_url)
    .bind(a.starts_at)
    .bind(a.ends_at)
    .bind(a.organisation_id)
    .bind(&a.contact_name)
    .bind(a.languages.join(","))
    .bind(a.cost_cents)
    .bind(a.age_group.as_str())
    .bind(a.capacity)
    .bind(a.registration_required as i64)
    .bind(ts)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    write_details(&mut tx, id, a).await?;
    // A moved activity moves its pending reminders along.
    sqlx::query(
        "UPDATE jobs SET run_at = $1, updated_at = $2 WHERE kind = $3 AND status = 'queued' AND unique_key IN \
           (SELECT $3 || ':' || CAST(id AS TEXT) FROM registrations WHERE activity_id = $4)",
    )
    .bind((a.starts_at - crate::model::REMINDER_LEAD_SECS).max(ts))
    .bind(ts)
    .bind(JOB_REMINDER)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let promoted = promote(&mut tx, id, ts).await?;
    tx.commit().await?;
    Ok(promoted)
}

/// Cancels an activity and queues a mail to everyone registered. False when it was not scheduled.
pub async fn cancel_activity(db: &Db, id: i64) -> sqlx::Result<bool> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
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
        notify(&mut tx, r, "activity_cancelled", ts).await?;
    }
    tx.commit().await?;
    Ok(true)
}

async fn notify(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    registration_id: i64,
    what: &str,
    ts: i64,
) -> sqlx::Result<()> {
    kansrijk_kernel::jobs::enqueue(
        &mut **tx,
        JOB_NOTIFY,
        &serde_json::json!({ "registration_id": registration_id, "what": what }),
        ts,
        Some(&format!("{JOB_NOTIFY}:{what}:{registration_id}")),
        5,
    )
    .await?;
    Ok(())
}

/// Schedules the reminder of a confirmed registration, once (unique key per registration).
async fn schedule_reminder(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    registration_id: i64,
    starts_at: i64,
    ts: i64,
) -> sqlx::Result<()> {
    if starts_at <= ts {
        return Ok(());
    }
    kansrijk_kernel::jobs::enqueue(
        &mut **tx,
        JOB_REMINDER,
        &serde_json::json!({ "registration_id": registration_id }),
        (starts_at - crate::model::REMINDER_LEAD_SECS).max(ts),
        Some(&format!("{JOB_REMINDER}:{registration_id}")),
        5,
    )
    .await?;
    Ok(())
}

/// Gives waiting registrations a place while it fits, oldest first; queues their mail and
/// reminder. Call with the activity row locked.
async fn promote(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    activity_id: i64,
    ts: i64,
) -> sqlx::Result<Vec<i64>> {
    let row: Option<(Option<i64>, i64, String, i64)> = sqlx::query_as(
        "SELECT capacity, (SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM registrations WHERE activity_id = $1 AND status = 'confirmed'), \
           status, starts_at FROM activities WHERE id = $1",
    )
    .bind(activity_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((capacity, confirmed, status, starts_at)) = row else {
        return Ok(vec![]);
    };
    if status != "scheduled" {
        return Ok(vec![]);
    }
    let waiting: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, people FROM registrations WHERE activity_id = $1 AND status = 'waiting' ORDER BY created_at, id",
    )
    .bind(activity_id)
    .fetch_all(&mut **tx)
    .await?;
    let ids = promotable(capacity, confirmed, &waiting);
    for id in &ids {
        sqlx::query("UPDATE registrations SET status = 'confirmed', updated_at = $1 WHERE id = $2")
            .bind(ts)
            .bind(id)
            .execute(&mut **tx)
            .await?;
        notify(tx, *id, "promoted", ts).await?;
        schedule_reminder(tx, *id, starts_at, ts).await?;
    }
    Ok(ids)
}

/// What became of a sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    /// New; the token for the personal link is only known now.
    New {
        id: i64,
        token: String,
        status: RegStatus,
    },
    /// The same form was sent before (double click, back button).
    Again { id: i64, status: RegStatus },
    /// Cancelled, finished or unknown activity.
    Closed,
}

/// Signs up for an activity: the capacity check and the insert happen under the activity's row
/// lock, so concurrent sign-ups never exceed the capacity.
pub async fn register(
    db: &Db,
    activity_id: i64,
    r: &NewRegistration,
    lang: &str,
) -> sqlx::Result<Registered> {
    register_with_mail(db, activity_id, r, lang, &|_, _| None).await
}

/// The mail that confirms a new registration, from its personal token and its status.
pub type ConfirmationMail<'a> = &'a (dyn Fn(&str, RegStatus) -> Option<Outgoing> + Sync);

/// [`register`], and the confirmation mail (if `mail` gives one) stored in the outbox in the same
/// transaction: the mail exists exactly when the registration does, and it costs no second commit.
pub async fn register_with_mail(
    db: &Db,
    activity_id: i64,
    r: &NewRegistration,
    lang: &str,
    mail: ConfirmationMail<'_>,
) -> sqlx::Result<Registered> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let locked = sqlx::query("UPDATE activities SET updated_at = $1 WHERE id = $2 AND status = 'scheduled' AND ends_at > $1")
        .bind(ts)
        .bind(activity_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if locked == 0 {
        return Ok(Registered::Closed);
    }
    // Under the lock, a repeated form finds the first registration.
    let existing: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM registrations WHERE idempotency_key = $1")
            .bind(&r.idempotency_key)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((id, status)) = existing {
        return Ok(Registered::Again {
            id,
            status: RegStatus::parse(&status).unwrap_or(RegStatus::Confirmed),
        });
    }
    let (capacity, confirmed, waiting, starts_at): (Option<i64>, i64, i64, i64) = sqlx::query_as(
        // Without a capacity nothing needs counting: a popular open activity would otherwise
        // sum all its registrations for every new one.
        "SELECT capacity, \
           CASE WHEN capacity IS NULL THEN 0 ELSE (SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM registrations WHERE activity_id = $1 AND status = 'confirmed') END, \
           CASE WHEN capacity IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM registrations WHERE activity_id = $1 AND status = 'waiting') END, starts_at \
         FROM activities WHERE id = $1",
    )
    .bind(activity_id)
    .fetch_one(&mut *tx)
    .await?;
    let status = place_for(capacity, confirmed, waiting > 0, r.people);
    let token = random_token(24);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO registrations (activity_id, token_hash, idempotency_key, name, email, phone, people, lang, interpreter, \
           interpreter_lang, sign_language, wheelchair, childcare, other_needs, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
    )
    .bind(activity_id)
    .bind(sha256_hex(&token))
    .bind(&r.idempotency_key)
    .bind(&r.name)
    .bind(&r.email)
    .bind(&r.phone)
    .bind(r.people)
    .bind(lang)
    .bind(r.interpreter as i64)
    .bind(&r.interpreter_lang)
    .bind(r.sign_language as i64)
    .bind(r.wheelchair as i64)
    .bind(r.childcare as i64)
    .bind(&r.other_needs)
    .bind(status.as_str())
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    if status == RegStatus::Confirmed && r.email.is_some() {
        schedule_reminder(&mut tx, id, starts_at, ts).await?;
    }
    if let Some(outgoing) = mail(&token, status) {
        kansrijk_kernel::mail::queue_in(&mut tx, &outgoing).await?;
    }
    tx.commit().await?;
    Ok(Registered::New { id, token, status })
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Registration {
    pub id: i64,
    pub activity_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i64,
    pub lang: String,
    pub interpreter: i64,
    pub interpreter_lang: String,
    pub sign_language: i64,
    pub wheelchair: i64,
    pub childcare: i64,
    pub other_needs: String,
    pub status: String,
    pub checked_in: i64,
    pub created_at: i64,
}

impl Registration {
    pub fn status(&self) -> RegStatus {
        RegStatus::parse(&self.status).unwrap_or(RegStatus::Cancelled)
    }
    pub fn has_needs(&self) -> bool {
        self.interpreter + self.sign_language + self.wheelchair + self.childcare > 0
            || !self.other_needs.is_empty()
    }
}

const REGISTRATION_SELECT: &str =
    "SELECT id, activity_id, name, email, phone, people, lang, interpreter, interpreter_lang, sign_language, \
       wheelchair, childcare, other_needs, status, checked_in, created_at FROM registrations";

pub async fn registration_by_token(db: &Db, token: &str) -> sqlx::Result<Option<Registration>> {
    sqlx::query_as(&format!("{REGISTRATION_SELECT} WHERE token_hash = $1"))
        .bind(sha256_hex(token))
        .fetch_optional(&db.pool)
        .await
}

pub async fn registration(db: &Db, id: i64) -> sqlx::Result<Option<Registration>> {
    sqlx::query_as(&format!("{REGISTRATION_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The registrations of an activity: confirmed and waiting in order of arrival, cancelled last.
pub async fn registrations(db: &Db, activity_id: i64) -> sqlx::Result<Vec<Registration>> {
    sqlx::query_as(&format!(
        "{REGISTRATION_SELECT} WHERE activity_id = $1 \
         ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, created_at, id"
    ))
    .bind(activity_id)
    .fetch_all(&db.pool)
    .await
}

/// The place on the waiting list (1 = next), counted in registrations.
pub async fn waiting_position(db: &Db, r: &Registration) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM registrations WHERE activity_id = $1 AND status = 'waiting' \
           AND (created_at < $2 OR (created_at = $2 AND id <= $3))",
    )
    .bind(r.activity_id)
    .bind(r.created_at)
    .bind(r.id)
    .fetch_one(&db.pool)
    .await
}

/// Cancels a registration and promotes the next waiting people in the same transaction.
/// Returns the promoted registrations, or `None` when it was cancelled already.
pub async fn cancel_registration(db: &Db, id: i64) -> sqlx::Result<Option<Vec<i64>>> {
    let ts = now();
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    let activity_id: Option<i64> =
        sqlx::query_scalar("SELECT activity_id FROM registrations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(activity_id) = activity_id else {
        return Ok(None);
    };
    sqlx::query("UPDATE activities SET updated_at = $1 WHERE id = $2")
        .bind(ts)
        .bind(activity_id)
        .execute(&mut *tx)
        .await?;
    let changed = sqlx::query("UPDATE registrations SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status <> 'cancelled'")
        .bind(ts)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        return Ok(None);
    }
    notify(&mut tx, id, "self_cancelled", ts).await?;
    // No reminder for a cancelled place.
    sqlx::query("DELETE FROM jobs WHERE unique_key = $1 AND status = 'queued'")
        .bind(format!("{JOB_REMINDER}:{id}"))
        .execute(&mut *tx)
        .await?;
    let promoted = promote(&mut tx, activity_id, ts).await?;
    tx.commit().await?;
    Ok(Some(promoted))
}

/// Marks the reminder of a registration as sent, once: true only for the first caller, and only
/// while the registration is confirmed, has an address and the activity is still to come.
pub async fn claim_reminder(db: &Db, registration_id: i64) -> sqlx::Result<bool> {
    let ts = now();
    Ok(sqlx::query(
        "UPDATE registrations SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL AND status = 'confirmed' \
           AND email IS NOT NULL AND activity_id IN (SELECT id FROM activities WHERE status = 'scheduled' AND starts_at > $1)",
    )
    .bind(ts)
    .bind(registration_id)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

pub async fn unclaim_reminder(db: &Db, registration_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE registrations SET reminded_at = NULL WHERE id = $1")
        .bind(registration_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_checked_in(
    db: &Db,
    activity_id: i64,
    registration_id: i64,
    present: bool,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE registrations SET checked_in = $1, updated_at = $2 WHERE id = $3 AND activity_id = $4")
        .bind(present as i64)
        .bind(now())
        .bind(registration_id)
        .bind(activity_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_walk_ins(db: &Db, activity_id: i64, walk_ins: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE activities SET walk_ins = $1, updated_at = $2 WHERE id = $3")
        .bind(walk_ins)
        .bind(now())
        .bind(activity_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Attendance: people confirmed, people checked in, walk-ins.
pub async fn attendance(db: &Db, activity_id: i64) -> sqlx::Result<(i64, i64, i64)> {
    sqlx::query_as(
        "SELECT (SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM registrations WHERE activity_id = $1 AND status = 'confirmed'), \
           (SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM registrations WHERE activity_id = $1 AND status = 'confirmed' AND checked_in = 1), \
           walk_ins FROM activities WHERE id = $1",
    )
    .bind(activity_id)
    .fetch_one(&db.pool)
    .await
}

// ---- feedback -----------------------------------------------------------------------------------

pub async fn add_feedback(
    db: &Db,
    activity_id: i64,
    answers: [&str; 3],
    comment: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO activity_feedback (activity_id, met_someone, understand, come_again, comment, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(activity_id)
    .bind(answers[0])
    .bind(answers[1])
    .bind(answers[2])
    .bind(comment)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Feedback counted per group: `counts[question][answer]` in the order of
/// [`crate::model::QUESTIONS`] and [`crate::model::Answer::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackSummary {
    pub group: String,
    pub total: i64,
    pub counts: [[i64; 3]; 3],
}

/// Which grouping of the feedback.
pub enum GroupBy {
    Activity(i64),
    Kind,
    Pillar,
}

pub async fn feedback_summary(db: &Db, by: GroupBy) -> sqlx::Result<Vec<FeedbackSummary>> {
    let mut sums = String::new();
    for (column, _) in crate::model::QUESTIONS {
        for answer in crate::model::Answer::ALL {
            sums.push_str(&format!(
                ", CAST(SUM(CASE WHEN f.{column} = '{}' THEN 1 ELSE 0 END) AS BIGINT)",
                answer.as_str()
            ));
        }
    }
    let (group, from, filter) = match by {
        GroupBy::Activity(_) => (
            "CAST(f.activity_id AS TEXT)",
            "activity_feedback f",
            "WHERE f.activity_id = $1",
        ),
        GroupBy::Kind => (
            "a.kind",
            "activity_feedback f JOIN activities a ON a.id = f.activity_id",
            "",
        ),
        GroupBy::Pillar => (
            "p.pillar",
            "activity_feedback f JOIN activity_pillars p ON p.activity_id = f.activity_id",
            "",
        ),
    };
    let sql = format!(
        "SELECT {group}, COUNT(*){sums} FROM {from} {filter} GROUP BY {group} ORDER BY {group}"
    );
    let mut q = sqlx::query(&sql);
    if let GroupBy::Activity(id) = by {
        q = q.bind(id);
    }
    let rows = q.fetch_all(&db.pool).await?;
    rows.iter()
        .map(|row| {
            let mut counts = [[0i64; 3]; 3];
            for (i, c) in counts.iter_mut().enumerate() {
                for (j, x) in c.iter_mut().enumerate() {
                    *x = row.try_get(2 + i * 3 + j)?;
                }
            }
            Ok(FeedbackSummary {
                group: row.try_get(0)?,
                total: row.try_get(1)?,
                counts,
            })
        })
        .collect()
}

/// The comments on an activity, newest first.
pub async fn feedback_comments(db: &Db, activity_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT comment FROM activity_feedback WHERE activity_id = $1 AND comment <> '' ORDER BY created_at DESC, id DESC",
    )
    .bind(activity_id)
    .fetch_all(&db.pool)
    .await
}

// ---- retention ----------------------------------------------------------------------------------

/// The activities that ended before `cutoff` and still have registrations with personal data.
pub async fn activities_to_anonymise(db: &Db, cutoff: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT a.id FROM activities a WHERE a.ends_at < $1            AND EXISTS (SELECT 1 FROM registrations r WHERE r.activity_id = a.id AND r.anonymised_at IS NULL)          ORDER BY a.id",
    )
    .bind(cutoff)
    .fetch_all(&db.pool)
    .await
}

/// Clears who signed up for an activity: name, e-mail, phone and access needs. What the
/// figures need stays: the number of people, the status and the check-in. Returns how many
/// registrations were anonymised.
pub async fn anonymise_registrations(db: &Db, activity_id: i64) -> sqlx::Result<u64> {
    let ts = now();
    Ok(sqlx::query(
        "UPDATE registrations SET name = '', email = NULL, phone = NULL, interpreter = 0, interpreter_lang = '',            sign_language = 0, wheelchair = 0, childcare = 0, other_needs = '', anonymised_at = $1, updated_at = $1          WHERE activity_id = $2 AND anonymised_at IS NULL",
    )
    .bind(ts)
    .bind(activity_id)
    .execute(&db.pool)
    .await?
    .rows_affected())
}

/// Clears the free text of feedback given before `cutoff`; the answers stay (they are
/// anonymous). Returns how many comments were cleared.
pub async fn clear_feedback_comments(db: &Db, cutoff: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query(
        "UPDATE activity_feedback SET comment = '' WHERE comment <> '' AND created_at < $1",
    )
    .bind(cutoff)
    .execute(&db.pool)
    .await?
    .rows_affected())
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

/// Stores (or replaces) a venue's photo.
pub async fn set_venue_photo(
    db: &Db,
    venue_id: i64,
    content_type: &str,
    bytes: &[u8],
    alt: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO venue_photos (venue_id, content_type, bytes, alt, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (venue_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, \
           alt = excluded.alt, updated_at = excluded.updated_at",
    )
    .bind(venue_id)
    .bind(content_type)
    .bind(bytes.to_vec())
    .bind(alt)
    .bind(kansrijk_kernel::db::now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn venue_photo(db: &Db, venue_id: i64) -> sqlx::Result<Option<(String, Vec<u8>)>> {
    sqlx::query_as("SELECT content_type, bytes FROM venue_photos WHERE venue_id = $1")
        .bind(venue_id)
        .fetch_optional(&db.pool)
        .await
}

/// The alt texts of the venues that have a photo.
/// The photo description of one venue, when it has a photo.
pub async fn venue_photo_alt(db: &Db, venue_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT alt FROM venue_photos WHERE venue_id = $1")
        .bind(venue_id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn venue_photo_alts(db: &Db) -> sqlx::Result<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT venue_id, alt FROM venue_photos")
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().collect())
}
