//! Receiving a new report: sealed by the sender's task, then stored together with the reports
//! that arrive at the same moment ([`kansrijk_kernel::group_commit`]).

use super::{place, Contact};
use crate::model::ReportInput;
use kansrijk_kernel::db::{now, value_rows, Db};
use kansrijk_kernel::group_commit::{Batch, BatchFuture, GroupCommit, LANES};
use kansrijk_kernel::sealing::Sealer;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Stores a new report with its grounds in one transaction. `receipt_hash` is the keyed hash of
/// the code the reporter gets; `duplicate_key` recognises the same report sent again.
pub async fn insert(
    db: &Db,
    sealer: &Sealer,
    input: &ReportInput,
    area_id: Option<i64>,
    lang: &str,
    receipt_hash: &str,
    duplicate_key: Option<&str>,
) -> sqlx::Result<(i64, String)> {
    let submission = Submission {
        area_id,
        lang,
        receipt_hash,
        duplicate_key,
    };
    insert_within(db, sealer, input, &submission, None)
        .await?
        .ok_or(sqlx::Error::RowNotFound)
}

/// What a new report is stored with besides the form: see [`insert`].
pub struct Submission<'a> {
    pub area_id: Option<i64>,
    pub lang: &'a str,
    pub receipt_hash: &'a str,
    pub duplicate_key: Option<&'a str>,
}

/// [`insert`], with the form's rate limit counted in the same transaction; `None` when the limit
/// refused it and nothing was stored.
///
/// The report is sealed here, by the sender's task, and then queued: reports that arrive together
/// are stored in one transaction ([`kansrijk_kernel::group_commit`]), each sender answered only
/// after that commit. On SQLite, with its one writer, a profile showed the machine a third idle
/// while senders waited at the write gate one BEGIN … COMMIT each.
pub async fn insert_within(
    db: &Db,
    sealer: &Sealer,
    input: &ReportInput,
    submission: &Submission<'_>,
    limit: Option<&kansrijk_kernel::ratelimit::Limit>,
) -> sqlx::Result<Option<(i64, String)>> {
    static REPORTS: LazyLock<GroupCommit<Reports>> = LazyLock::new(GroupCommit::default);
    let report = SealedReport::new(sealer, input, submission, limit.cloned());
    // Reports lock no shared row: any lane will do.
    let lane = i64::from(report.report_ref.as_bytes()[0]) % LANES;
    REPORTS.submit(db, lane, report).await
}

/// A new report as it waits in the queue: sealed, with its reference and its rate limit.
struct SealedReport {
    report_ref: String,
    receipt_hash: String,
    role: String,
    happened_on: Option<String>,
    happened_about_sealed: Option<String>,
    area_id: Option<i64>,
    location_kind: String,
    terrain: String,
    nature: String,
    wants: String,
    residence: String,
    lang: String,
    narrative_sealed: String,
    place_sealed: Option<String>,
    contact_sealed: Option<String>,
    mail_updates: i64,
    consent_handover: i64,
    submission_key: Option<String>,
    duplicate_key: Option<String>,
    grounds: Vec<String>,
    limit: Option<kansrijk_kernel::ratelimit::Limit>,
}

impl SealedReport {
    fn new(
        sealer: &Sealer,
        input: &ReportInput,
        submission: &Submission<'_>,
        limit: Option<kansrijk_kernel::ratelimit::Limit>,
    ) -> SealedReport {
        let report_ref = kansrijk_kernel::crypto::random_token(9);
        let contact = input.has_contact().then(|| {
            serde_json::to_string(&Contact {
                name: input.contact_name.clone(),
                email: input.contact_email.clone(),
                phone: input.contact_phone.clone(),
                way: input.contact_way.clone(),
            })
            .unwrap_or_default()
        });
        SealedReport {
            receipt_hash: submission.receipt_hash.to_string(),
            role: input.role.clone(),
            happened_on: (!input.happened_on.is_empty()).then(|| input.happened_on.clone()),
            happened_about_sealed: sealer.seal_opt(
                &place(&report_ref, "happened_about"),
                Some(&input.happened_about),
            ),
            area_id: submission.area_id,
            location_kind: input.location_kind().to_string(),
            terrain: input.terrain.clone(),
            nature: input.nature.clone(),
            wants: input.wants.join(","),
            residence: input.residence.clone(),
            lang: submission.lang.to_string(),
            narrative_sealed: sealer.seal(&place(&report_ref, "narrative"), &input.narrative),
            place_sealed: sealer.seal_opt(&place(&report_ref, "place"), Some(&input.place)),
            contact_sealed: contact.map(|c| sealer.seal(&place(&report_ref, "contact"), &c)),
            mail_updates: input.mail_updates as i64,
            consent_handover: input.consent_handover as i64,
            submission_key: (!input.submission_key.is_empty())
                .then(|| input.submission_key.clone()),
            duplicate_key: submission.duplicate_key.map(str::to_string),
            grounds: input.grounds.clone(),
            limit,
            report_ref,
        }
    }
}

struct Reports;

impl Batch for Reports {
    type Item = SealedReport;
    type Output = Option<(i64, String)>;
    fn run<'a>(db: &'a Db, items: &'a [SealedReport]) -> BatchFuture<'a, Self::Output> {
        Box::pin(insert_all(db, items))
    }
}

/// The columns of a new report: those [`SealedReport::bind_to`] binds, in its order, then the
/// ones every row of a batch shares (status 'new', and the time as `$1`).
const REPORT_COLUMNS: &str = "ref, receipt_hash, reporter_role, happened_on, happened_about_sealed, \
    area_id, location_kind, terrain, nature, wants, residence, lang, narrative_sealed, place_sealed, \
    contact_sealed, mail_updates, consent_handover, submission_key, duplicate_key, \
    status, created_at, updated_at";
/// Bound values per report.
const REPORT_BINDS: usize = 19;

/// Stores the reports the rate limits let through, with their grounds, in one transaction of
/// four statements whatever their number: the limits, the reports, the grounds, the commit.
async fn insert_all(db: &Db, items: &[SealedReport]) -> sqlx::Result<Vec<Option<(i64, String)>>> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let limited: Vec<_> = items.iter().filter_map(|r| r.limit.as_ref()).collect();
    let mut within = kansrijk_kernel::ratelimit::counted_all(&mut *tx, &limited)
        .await?
        .into_iter();
    let accepted: Vec<&SealedReport> = items
        .iter()
        .filter(|r| r.limit.is_none() || within.next() == Some(true))
        .collect();
    if accepted.is_empty() {
        return Ok(items.iter().map(|_| None).collect());
    }
    let sql = format!(
        "INSERT INTO reports ({REPORT_COLUMNS}) VALUES {} RETURNING id, ref",
        value_rows(accepted.len(), REPORT_BINDS, 2, ", 'new', $1, $1")
    );
    let mut insert = sqlx::query_as::<_, (i64, String)>(&sql).bind(ts);
    for r in &accepted {
        insert = r.bind_to(insert);
    }
    // By reference, not by position: neither database promises the order of RETURNING rows.
    let ids: HashMap<String, i64> = insert
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|(id, report_ref)| (report_ref, id))
        .collect();
    insert_grounds(&mut tx, &accepted, &ids).await?;
    tx.commit().await?;
    Ok(items
        .iter()
        .map(|r| ids.get(&r.report_ref).map(|id| (*id, r.report_ref.clone())))
        .collect())
}

impl SealedReport {
    /// Binds this report's values in [`REPORT_COLUMNS`]' order.
    fn bind_to<'q>(&'q self, insert: ReportsInsert<'q>) -> ReportsInsert<'q> {
        insert
            .bind(&self.report_ref)
            .bind(&self.receipt_hash)
            .bind(&self.role)
            .bind(&self.happened_on)
            .bind(&self.happened_about_sealed)
            .bind(self.area_id)
            .bind(&self.location_kind)
            .bind(&self.terrain)
            .bind(&self.nature)
            .bind(&self.wants)
            .bind(&self.residence)
            .bind(&self.lang)
            .bind(&self.narrative_sealed)
            .bind(&self.place_sealed)
            .bind(&self.contact_sealed)
            .bind(self.mail_updates)
            .bind(self.consent_handover)
            .bind(&self.submission_key)
            .bind(&self.duplicate_key)
    }
}

type ReportsInsert<'q> =
    sqlx::query::QueryAs<'q, sqlx::Any, (i64, String), sqlx::any::AnyArguments<'q>>;

/// The grounds of the stored reports, in one statement.
async fn insert_grounds(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    accepted: &[&SealedReport],
    ids: &HashMap<String, i64>,
) -> sqlx::Result<()> {
    let grounds: Vec<(i64, &str)> = accepted
        .iter()
        .filter_map(|r| ids.get(&r.report_ref).map(|id| (*id, r)))
        .flat_map(|(id, r)| r.grounds.iter().map(move |g| (id, g.as_str())))
        .collect();
    if grounds.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO report_grounds (report_id, ground) VALUES {}",
        value_rows(grounds.len(), 2, 1, "")
    );
    let mut insert = sqlx::query(&sql);
    for (id, ground) in &grounds {
        insert = insert.bind(*id).bind(*ground);
    }
    insert.execute(&mut **tx).await?;
    Ok(())
}
