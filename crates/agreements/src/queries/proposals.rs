//! Proposals and their supports.

use super::add_event;
use crate::model::{self, NewProposal, Status};
use kansrijk_kernel::accounts::public_name;
use kansrijk_kernel::db::{now, Db, Flag};
use kansrijk_programme::model::Pillar;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Proposal {
    pub id: i64,
    pub author_id: i64,
    /// The full name: for management pages only; public pages show `public_author()`.
    pub author_name: String,
    pub author_display_name: Option<String>,
    pub title: String,
    pub explanation: String,
    pub pillar: String,
    pub area_id: Option<i64>,
    pub area_name: Option<String>,
    pub on_behalf_of: String,
    pub status: String,
    pub decision_reason: String,
    pub decided_at: Option<i64>,
    pub agreement_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub supports: i64,
    pub verified_supports: i64,
    pub comments: i64,
}

impl Proposal {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Discussion)
    }

    pub fn pillar(&self) -> Pillar {
        Pillar::parse(&self.pillar).unwrap_or(Pillar::PositiveCommunity)
    }

    /// The author's name on public pages (chosen, or first name and initial).
    pub fn public_author(&self) -> String {
        public_name(&self.author_name, self.author_display_name.as_deref())
    }
}

const PROPOSAL_SELECT: &str = "SELECT p.id, p.author_id, u.name AS author_name, u.display_name AS author_display_name, p.title, p.explanation, p.pillar, \
     p.area_id, a.name AS area_name, p.on_behalf_of, p.status, p.decision_reason, p.decided_at, p.agreement_id, \
     p.created_at, p.updated_at, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id AND s.verified = 1) AS verified_supports, \
     (SELECT COUNT(*) FROM proposal_comments c WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS comments \
     FROM proposals p JOIN users u ON u.id = p.author_id LEFT JOIN areas a ON a.id = p.area_id";

/// Creates a proposal; its author follows it (a mail at once).
pub async fn create_proposal(db: &Db, author_id: i64, p: &NewProposal) -> sqlx::Result<i64> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (author_id, title, explanation, pillar, area_id, on_behalf_of, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(author_id)
    .bind(&p.title)
    .bind(&p.explanation)
    .bind(p.pillar.as_str())
    .bind(p.area_id)
    .bind(&p.on_behalf_of)
    .bind(ts)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO proposal_follows (proposal_id, user_id, mode, created_at) VALUES ($1, $2, 'instant', $3)",
    )
    .bind(id)
    .bind(author_id)
    .bind(ts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Proposals, newest first; `statuses` empty means all.
pub async fn proposals(db: &Db, statuses: &[Status], limit: i64) -> sqlx::Result<Vec<Proposal>> {
    let filter = if statuses.is_empty() {
        String::new()
    } else {
        format!(
            " WHERE p.status IN ({})",
            statuses
                .iter()
                .map(|s| format!("'{}'", s.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    sqlx::query_as(&format!(
        "{PROPOSAL_SELECT}{filter} ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

pub async fn proposal(db: &Db, id: i64) -> sqlx::Result<Option<Proposal>> {
    sqlx::query_as(&format!("{PROPOSAL_SELECT} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Whether a person is a verified resident of Liendert (set by a coordinator).
pub async fn is_verified_resident(db: &Db, user_id: i64) -> sqlx::Result<bool> {
    let v: Option<Flag> = sqlx::query_scalar("SELECT verified_resident FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(v.is_some_and(bool::from))
}

pub async fn has_supported(db: &Db, proposal_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2",
    )
    .bind(proposal_id)
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// What a support did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supported {
    /// False when this person had already supported the proposal.
    pub added: bool,
    /// The proposal reached the threshold with this support and is now "for decision".
    pub moved_to_decision: bool,
}

/// One support per person per proposal (the primary key refuses a second, also when two arrive
/// at once); the support that reaches the threshold moves the proposal to "for decision".
pub async fn support(
    db: &Db,
    proposal_id: i64,
    user_id: i64,
    verified: bool,
) -> sqlx::Result<Supported> {
    let ts = now();
    let (_gate, mut tx) = db.begin_write().await?;
    // Lock the proposal's row first: supports of one proposal are counted one after the other
    // (PostgreSQL), and SQLite takes its write lock at once (no upgrade deadlock).
    let open = sqlx::query(
        "UPDATE proposals SET updated_at = updated_at WHERE id = $1 AND status IN ('discussion', 'for_decision')",
    )
    .bind(proposal_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !open {
        return Ok(Supported {
            added: false,
            moved_to_decision: false,
        });
    }
    let added = sqlx::query(
        "INSERT INTO proposal_supports (proposal_id, user_id, verified, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (proposal_id, user_id) DO NOTHING",
    )
    .bind(proposal_id)
    .bind(user_id)
    .bind(verified as i64)
    .bind(ts)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    let mut moved = false;
    if added {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM proposal_supports WHERE proposal_id = $1")
                .bind(proposal_id)
                .fetch_one(&mut *tx)
                .await?;
        let threshold: i64 =
            sqlx::query_scalar("SELECT support_threshold FROM agreement_settings WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
        if model::reaches_threshold(count, threshold) {
            moved = sqlx::query(
                "UPDATE proposals SET status = 'for_decision', updated_at = $2 WHERE id = $1 AND status = 'discussion'",
            )
            .bind(proposal_id)
            .bind(ts)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if moved {
                add_event(
                    &mut tx,
                    proposal_id,
                    "status",
                    Status::ForDecision.as_str(),
                    None,
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(Supported {
        added,
        moved_to_decision: moved,
    })
}

/// A proposal made on behalf of a children's council: what the school mediation pages link to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CouncilProposal {
    pub id: i64,
    pub title: String,
    pub on_behalf_of: String,
}

/// The proposals of children's councils ("Kinderraad …", "Leerlingenraad …" on behalf of),
/// newest first: De Vreedzame School's councils bring their ideas to the neighbourhood
/// agreements this way.
pub async fn council_proposals(db: &Db) -> sqlx::Result<Vec<CouncilProposal>> {
    sqlx::query_as(
        "SELECT id, title, on_behalf_of FROM proposals \
         WHERE LOWER(on_behalf_of) LIKE 'kinderraad%' OR LOWER(on_behalf_of) LIKE 'leerlingenraad%' \
         ORDER BY created_at DESC, id DESC LIMIT 50",
    )
    .fetch_all(&db.pool)
    .await
}
