//! Bulk inserts, one code path for SQLite and PostgreSQL: multi-row `INSERT … VALUES ($1, …),
//! (…), …` statements, each at most [`ROWS_PER_STATEMENT`] rows (and far below both databases'
//! limits on bound parameters: SQLite 32,766, PostgreSQL 65,535). Callers group the statements
//! in transactions of [`ROWS_PER_TRANSACTION`] rows.

use kansrijk_kernel::db::{Backend, Db};
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Transaction};

pub const ROWS_PER_STATEMENT: usize = 500;
pub const ROWS_PER_TRANSACTION: usize = 5_000;

// The widest table (reports, 19 columns) stays below SQLite's limit of 32,766 bound parameters.
const _: () = assert!(ROWS_PER_STATEMENT * 21 < 32_766);

/// A transaction for bulk inserts. On SQLite the connection first gets a 256 MiB page cache:
/// the unique indexes on random keys (e-mail, ref, receipt hash) touch pages all over a file of
/// a gigabyte, and the default 2 MiB cache made the national data set take 13 minutes.
pub async fn begin(db: &Db) -> sqlx::Result<Transaction<'static, Any>> {
    let _gate = db.write_gate().await?;
    let mut tx = db.pool.begin().await?;
    if db.backend == Backend::Sqlite {
        sqlx::query("PRAGMA cache_size = -262144")
            .execute(&mut *tx)
            .await?;
    }
    Ok(tx)
}

/// One bound value.
#[derive(Debug, Clone)]
pub enum V {
    I(i64),
    T(String),
    OptI(Option<i64>),
    OptT(Option<String>),
}

/// `INSERT INTO table (columns) VALUES … suffix` for `rows`; returns the rows of a
/// `RETURNING` suffix (empty without one).
pub async fn insert(
    conn: &mut AnyConnection,
    table: &str,
    columns: &[&str],
    rows: &[Vec<V>],
    suffix: &str,
) -> sqlx::Result<Vec<AnyRow>> {
    let mut returned = vec![];
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = statement(table, columns, chunk.len(), suffix);
        let mut query = sqlx::query(&sql);
        for row in chunk {
            debug_assert_eq!(row.len(), columns.len());
            for value in row {
                query = match value {
                    V::I(v) => query.bind(*v),
                    V::T(v) => query.bind(v.clone()),
                    V::OptI(v) => query.bind(*v),
                    V::OptT(v) => query.bind(v.clone()),
                };
            }
        }
        if suffix.contains("RETURNING") {
            returned.extend(query.fetch_all(&mut *conn).await?);
        } else {
            query.execute(&mut *conn).await?;
        }
        crate::rows_written(chunk.len());
    }
    Ok(returned)
}

fn statement(table: &str, columns: &[&str], rows: usize, suffix: &str) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 1;
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..columns.len() {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&n.to_string());
            n += 1;
        }
        sql.push(')');
    }
    if !suffix.is_empty() {
        sql.push(' ');
        sql.push_str(suffix);
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_placeholders_row_by_row() {
        assert_eq!(
            statement("t", &["a", "b"], 2, "RETURNING id"),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4) RETURNING id"
        );
    }
}
