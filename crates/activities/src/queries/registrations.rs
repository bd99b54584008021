//! Registrations: signing up under the activity's row lock, the waiting list, cancelling,
//! reminders claimed once, check-in, and anonymising after the retention period.

use crate::jobs::{self, Notice};
use crate::model::{place_for, promotable, NewRegistration, RegStatus};
use kansrijk_kernel::crypto::{random_token, sha256_hex};
use kansrijk_kernel::db::{changed_once, now, placeholders, value_rows, Db, Flag};
use kansrijk_kernel::group_commit::{Batch, BatchFuture, GroupCommit, LANES};
use kansrijk_kernel::mail::Outgoing;
use kansrijk_kernel::ratelimit::{counted_all, Limit};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

/// Gives waiting registrations a place while it fits, oldest first; queues their mail and
/// reminder. Call with the activity row locked.
pub(super) async fn promote(tx: &mut Tx<'_>, activity_id: i64, ts: i64) -> sqlx::Result<Vec<i64>> {
    let row: Option<(Option<i64>, i64, String, i64)> = sqlx::query_as(
        "SELECT capacity, confirmed_people, status, starts_at FROM activities WHERE id = $1",
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
        jobs::notify(tx, *id, Notice::Promoted, ts).await?;
        jobs::schedule_reminder(tx, *id, starts_at, ts).await?;
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
    /// The rate limit refused it: nothing stored.
    TooMany,
}

/// Signs up for an activity: the capacity check and the insert happen under the activity's row
/// lock, so concurrent sign-ups never exceed the capacity.
pub async fn register(
    db: &Db,
    activity_id: i64,
    r: &NewRegistration,
    lang: &str,
) -> sqlx::Result<Registered> {
    let sign_up = SignUp {
        registration: r.clone(),
        lang: lang.to_string(),
        mail: None,
        limit: None,
    };
    register_with_mail(db, activity_id, sign_up).await
}

/// The mail that confirms a new registration, from its personal token and its status.
pub type ConfirmationMail = Box<dyn Fn(&str, RegStatus) -> Option<Outgoing> + Send + Sync>;

/// One sign-up as it waits for its activity's next transaction.
pub struct SignUp {
    pub registration: NewRegistration,
    pub lang: String,
    /// The confirmation mail, stored in the outbox in the same transaction: the mail exists
    /// exactly when the registration does, and it costs no second commit.
    pub mail: Option<ConfirmationMail>,
    /// The sign-up form's rate limit, counted in the same transaction too.
    pub limit: Option<Limit>,
}

/// [`register`] with the confirmation mail and the rate limit of a [`SignUp`].
///
/// Sign-ups that arrive together share a transaction ([`kansrijk_kernel::group_commit`]): on
/// PostgreSQL an activity's row lock is held until the commit is on disk, so one transaction
/// each would let them through one disk flush at a time. On PostgreSQL the activities are spread
/// over the [`LANES`] (an activity is always in the same one, so no two batches of this process
/// wait for the same row); on SQLite, with its one writer, all share one queue.
pub async fn register_with_mail(
    db: &Db,
    activity_id: i64,
    sign_up: SignUp,
) -> sqlx::Result<Registered> {
    static SIGN_UPS: LazyLock<GroupCommit<SignUps>> = LazyLock::new(GroupCommit::default);
    SIGN_UPS
        .submit(db, activity_id % LANES, (activity_id, sign_up))
        .await
}

struct SignUps;

impl Batch for SignUps {
    type Item = (i64, SignUp);
    type Output = Registered;
    fn run<'a>(db: &'a Db, items: &'a [(i64, SignUp)]) -> BatchFuture<'a, Registered> {
        Box::pin(register_all(db, items))
    }
}

/// An activity as a batch finds it under its lock: capacity, people confirmed, number waiting
/// and start; `None` when it is closed for sign-up.
type Open = Option<(Option<i64>, i64, i64, i64)>;

/// What a batch decided for one sign-up before the insert.
enum Plan {
    /// Closed, refused by the limit, or a form stored before.
    Done(Registered),
    /// A new registration: the index of its row.
    New(usize),
    /// The same form twice in this batch (a double click): answered as its first sending.
    Repeat(usize),
}

/// A registration a batch is about to insert.
struct NewRow<'a> {
    activity_id: i64,
    starts_at: i64,
    sign_up: &'a SignUp,
    status: RegStatus,
    token: String,
}

/// Signs up everyone in `items` (activity, sign-up) in one transaction, in order, as if one
/// after the other: each finds the places the ones before it took.
///
/// Each statement is a hop to the database (on SQLite, to its connection thread while every
/// other writer waits at the gate), so a batch costs one statement per activity (the lock and
/// its counts) and one each for the rate limits, the forms stored before, the registrations, the
/// mails and the jobs, whatever the number of sign-ups. The activities are locked in the order of
/// their ids (a `BTreeMap`), so two batches never wait for each other in a circle.
async fn register_all(db: &Db, items: &[(i64, SignUp)]) -> sqlx::Result<Vec<Registered>> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let mut activities: BTreeMap<i64, Open> = items.iter().map(|(id, _)| (*id, None)).collect();
    for (id, open) in activities.iter_mut() {
        *open = lock_and_count(&mut tx, *id, ts).await?;
    }
    // Only sign-ups for an open activity count against their limit, as when each went alone.
    let is_open = |id: &i64| matches!(activities.get(id), Some(Some(_)));
    let open_items: Vec<&(i64, SignUp)> = items.iter().filter(|(id, _)| is_open(id)).collect();
    let limited: Vec<&Limit> = open_items
        .iter()
        .filter_map(|(_, s)| s.limit.as_ref())
        .collect();
    let mut within = counted_all(&mut *tx, &limited).await?.into_iter();
    let keys: Vec<&str> = open_items
        .iter()
        .map(|(_, s)| s.registration.idempotency_key.as_str())
        .collect();
    let stored = stored_forms(&mut tx, &keys).await?;
    let (plans, rows) = plan(items, &mut activities, &mut within, &stored);
    let ids = insert_rows(&mut tx, &rows, ts).await?;
    let Some(ids) = rows
        .iter()
        .map(|row| ids.get(&row.sign_up.registration.idempotency_key).copied())
        .collect::<Option<Vec<i64>>>()
    else {
        // Stored meanwhile by a transaction that did not wait for these locks (another
        // instance, or a key sent for two activities): one at a time, each finds it above.
        return if items.len() == 1 {
            // The insert waited for that transaction, so this statement sees its row.
            let key = items[0].1.registration.idempotency_key.as_str();
            let found = stored_forms(&mut tx, &[key]).await?;
            let (id, status) = found.get(key).copied().ok_or(sqlx::Error::RowNotFound)?;
            Ok(vec![Registered::Again { id, status }])
        } else {
            Err(sqlx::Error::Protocol(
                "a sign-up's form was stored meanwhile".into(),
            ))
        };
    };
    // Nothing new (all refused or repeated): nothing to keep, as with one sign-up alone.
    if !rows.is_empty() {
        store_mails_and_jobs(&mut tx, &rows, &ids, ts).await?;
        tx.commit().await?;
    }
    Ok(answers(plans, &rows, &ids))
}

/// Decides each sign-up in order, as if one after the other: closed, refused by its limit, a
/// form stored before or sent twice, or a new row with the place the ones before it left.
fn plan<'a>(
    items: &'a [(i64, SignUp)],
    activities: &mut BTreeMap<i64, Open>,
    within: &mut impl Iterator<Item = bool>,
    stored: &HashMap<String, (i64, RegStatus)>,
) -> (Vec<Plan>, Vec<NewRow<'a>>) {
    let mut plans = Vec::with_capacity(items.len());
    let mut rows: Vec<NewRow> = vec![];
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    for (activity_id, item) in items {
        let Some(Some((capacity, confirmed, waiting, starts_at))) = activities.get_mut(activity_id)
        else {
            plans.push(Plan::Done(Registered::Closed));
            continue;
        };
        if item.limit.is_some() && within.next() != Some(true) {
            plans.push(Plan::Done(Registered::TooMany));
            continue;
        }
        let r = &item.registration;
        if let Some((id, status)) = stored.get(&r.idempotency_key) {
            plans.push(Plan::Done(Registered::Again {
                id: *id,
                status: *status,
            }));
            continue;
        }
        if let Some(row) = first_of.get(r.idempotency_key.as_str()) {
            plans.push(Plan::Repeat(*row));
            continue;
        }
        let status = place_for(*capacity, *confirmed, *waiting > 0, r.people);
        // What the triggers add to the row (migration registration_counts), for the next one.
        match status {
            RegStatus::Confirmed => *confirmed += r.people,
            RegStatus::Waiting => *waiting += 1,
            _ => {}
        }
        first_of.insert(&r.idempotency_key, rows.len());
        plans.push(Plan::New(rows.len()));
        rows.push(NewRow {
            activity_id: *activity_id,
            starts_at: *starts_at,
            sign_up: item,
            status,
            token: random_token(24),
        });
    }
    (plans, rows)
}

/// The confirmation mails and the reminders of the new registrations, in two statements.
async fn store_mails_and_jobs(
    tx: &mut Tx<'static>,
    rows: &[NewRow<'_>],
    ids: &[i64],
    ts: i64,
) -> sqlx::Result<()> {
    let mut new_jobs = vec![];
    let mut mails = vec![];
    for (row, id) in rows.iter().zip(ids) {
        if row.status == RegStatus::Confirmed && row.sign_up.registration.email.is_some() {
            new_jobs.extend(jobs::reminder(*id, row.starts_at, ts)?);
        }
        if let Some(mail) = row.sign_up.mail.as_ref() {
            mails.extend(mail(&row.token, row.status));
        }
    }
    new_jobs.extend(kansrijk_kernel::mail::store_all_in(tx, &mails).await?);
    kansrijk_kernel::jobs::enqueue_all(&mut **tx, &new_jobs).await?;
    Ok(())
}

/// Each sign-up's answer, once the new rows have their ids.
fn answers(plans: Vec<Plan>, rows: &[NewRow<'_>], ids: &[i64]) -> Vec<Registered> {
    plans
        .into_iter()
        .map(|plan| match plan {
            Plan::Done(answer) => answer,
            Plan::New(row) => Registered::New {
                id: ids[row],
                token: rows[row].token.clone(),
                status: rows[row].status,
            },
            Plan::Repeat(row) => Registered::Again {
                id: ids[row],
                status: rows[row].status,
            },
        })
        .collect()
}

/// The registrations already stored under these forms' keys (a form sent again): id and status.
async fn stored_forms(
    tx: &mut Tx<'_>,
    keys: &[&str],
) -> sqlx::Result<HashMap<String, (i64, RegStatus)>> {
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT idempotency_key, id, status FROM registrations WHERE idempotency_key IN ({})",
        placeholders(1, keys.len())
    );
    let mut query = sqlx::query_as::<_, (String, i64, String)>(&sql);
    for key in keys {
        query = query.bind(*key);
    }
    Ok(query
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(|(key, id, status)| {
            let status = RegStatus::parse(&status).unwrap_or(RegStatus::Confirmed);
            (key, (id, status))
        })
        .collect())
}

/// Locks an activity that is open for sign-up (scheduled, not yet ended) and returns its
/// capacity, the people confirmed, the number waiting and its start; `None` when it is closed.
async fn lock_and_count(tx: &mut Tx<'_>, activity_id: i64, ts: i64) -> sqlx::Result<Open> {
    sqlx::query_as(
        // The counts are kept on the row by triggers (see the migration registration_counts):
        // the row that comes back is the locked, latest one, also on PostgreSQL.
        "UPDATE activities SET updated_at = $1 WHERE id = $2 AND status = 'scheduled' AND ends_at > $1 \
         RETURNING capacity, confirmed_people, waiting_count, starts_at",
    )
    .bind(ts)
    .bind(activity_id)
    .fetch_optional(&mut **tx)
    .await
}

/// The bound values of one registration in [`insert_rows`] (`updated_at` repeats `created_at`).
const REGISTRATION_BINDS: usize = 15;

/// Stores the registrations in one statement; returns their ids by idempotency key. A row whose
/// key exists already is left out (and missing from the answer).
async fn insert_rows(
    tx: &mut Tx<'_>,
    rows: &[NewRow<'_>],
    ts: i64,
) -> sqlx::Result<HashMap<String, i64>> {
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "INSERT INTO registrations (activity_id, token_hash, idempotency_key, name, email, phone, people, lang, interpreter, \
           interpreter_lang, sign_language, wheelchair, childcare, other_needs, status, created_at, updated_at) \
         VALUES {} ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key, id",
        value_rows(rows.len(), REGISTRATION_BINDS, 2, ", $1, $1")
    );
    let mut insert = sqlx::query_as::<_, (String, i64)>(&sql).bind(ts);
    for row in rows {
        let r = &row.sign_up.registration;
        insert = insert
            .bind(row.activity_id)
            .bind(sha256_hex(&row.token))
            .bind(&r.idempotency_key)
            .bind(&r.name)
            .bind(&r.email)
            .bind(&r.phone)
            .bind(r.people)
            .bind(&row.sign_up.lang)
            .bind(Flag::from(r.interpreter).0)
            .bind(&r.interpreter_lang)
            .bind(Flag::from(r.sign_language).0)
            .bind(Flag::from(r.wheelchair).0)
            .bind(Flag::from(r.childcare).0)
            .bind(&r.other_needs)
            .bind(row.status.as_str());
    }
    Ok(insert.fetch_all(&mut **tx).await?.into_iter().collect())
}

/// Records a registration as it stood at `at` (the demo's year, which lies partly in the past
/// where sign-up is closed): the same row as [`register`] writes, without mail or reminder.
pub async fn record_registration(
    db: &Db,
    activity_id: i64,
    r: &NewRegistration,
    status: RegStatus,
    at: i64,
) -> sqlx::Result<i64> {
    let sign_up = SignUp {
        registration: r.clone(),
        lang: "nl".into(),
        mail: None,
        limit: None,
    };
    let row = NewRow {
        activity_id,
        starts_at: at,
        sign_up: &sign_up,
        status,
        token: random_token(24),
    };
    let (_gate, mut tx) = db.begin_write().await?;
    let id = insert_rows(&mut tx, &[row], at)
        .await?
        .remove(&r.idempotency_key)
        .ok_or(sqlx::Error::RowNotFound)?;
    tx.commit().await?;
    Ok(id)
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
    #[sqlx(try_from = "Flag")]
    pub interpreter: bool,
    pub interpreter_lang: String,
    #[sqlx(try_from = "Flag")]
    pub sign_language: bool,
    #[sqlx(try_from = "Flag")]
    pub wheelchair: bool,
    #[sqlx(try_from = "Flag")]
    pub childcare: bool,
    pub other_needs: String,
    pub status: String,
    #[sqlx(try_from = "Flag")]
    pub checked_in: bool,
    pub created_at: i64,
}

impl Registration {
    pub fn status(&self) -> RegStatus {
        RegStatus::parse(&self.status).unwrap_or(RegStatus::Cancelled)
    }
    pub fn has_needs(&self) -> bool {
        self.interpreter
            || self.sign_language
            || self.wheelchair
            || self.childcare
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
    let (_gate, mut tx) = db.begin_write().await?;
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
    let sql = "UPDATE registrations SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status <> 'cancelled'";
    if !changed_once(&mut tx, sql, ts, id).await? {
        return Ok(None);
    }
    jobs::notify(&mut tx, id, Notice::SelfCancelled, ts).await?;
    jobs::cancel_reminder(&mut tx, id).await?;
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
        .bind(Flag::from(present).0)
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
