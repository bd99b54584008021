//! Every SQL query of the training registry, once, for SQLite and PostgreSQL alike, one file per
//! kind of record. Everything is re-exported here: `queries::enrol`, `queries::holds_valid`, ….

mod certificates;
mod courses;
mod coverage;
mod effect;
mod enrolments;
pub mod indicators;
mod organisations;
pub mod rights;
mod sessions;

pub use certificates::*;
pub use courses::*;
pub use coverage::*;
pub use effect::*;
pub use enrolments::*;
pub use organisations::*;
pub use sessions::*;

/// A query whose parameters are still being bound.
type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;
