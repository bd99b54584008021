//! Every query of the agreements feature, written once for SQLite and PostgreSQL: the settings
//! here, the rest by subject in the submodules (all reachable as `queries::…`).

mod charter;
mod comments;
mod decisions;
mod follows;
pub mod indicators;
mod proposals;
pub mod rights;

pub use charter::*;
pub use comments::*;
pub use decisions::*;
pub use follows::*;
pub use proposals::*;

use crate::model;
use kansrijk_kernel::db::{now, Db};
use sqlx::Any;

type Tx = sqlx::Transaction<'static, Any>;

/// The number of supports that moves a proposal to "for decision".
pub async fn threshold(db: &Db) -> sqlx::Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT support_threshold FROM agreement_settings WHERE id = 1")
            .fetch_optional(&db.pool)
            .await?
            .unwrap_or(model::DEFAULT_THRESHOLD),
    )
}

pub async fn set_threshold(db: &Db, value: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE agreement_settings SET support_threshold = $1, updated_at = $2 WHERE id = 1",
    )
    .bind(value)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The buurten a proposal can be about: all of them, or above `areas::CHOICE_LIMIT` those of the
/// installation's own municipality — the charter belongs to one plan, and a national data set
/// would otherwise put 14,000 options in the form.
pub async fn buurten(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    let index = kansrijk_kernel::areas::index(db).await?;
    let pair = |a: &kansrijk_kernel::areas::Area| (a.id, a.name.clone());
    Ok(match index.home_municipality() {
        Some(home) if index.per_municipality() => index.buurten_of(home.id).map(pair).collect(),
        _ => {
            let mut all: Vec<(i64, String)> = index
                .areas()
                .iter()
                .filter(|a| a.kind == "neighbourhood")
                .map(pair)
                .collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            all
        }
    })
}
