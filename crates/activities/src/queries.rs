//! Every query of the activities feature, written once for SQLite and PostgreSQL.
//!
//! Capacity is never exceeded: every change to an activity's registrations starts its
//! transaction with `UPDATE activities SET updated_at = … WHERE id = …`. On PostgreSQL that locks
//! the activity's row until commit, so concurrent sign-ups for one activity take turns; on SQLite
//! writers are serialised anyway. The count of confirmed places is read after that lock.

mod activities;
mod feedback;
pub mod indicators;
mod registrations;
pub mod rights;
mod venues;

pub use crate::model::NewVenue;
pub use activities::*;
pub use feedback::*;
pub use registrations::*;
pub use venues::*;
