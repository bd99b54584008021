//! Backup, restore and the move from SQLite to PostgreSQL, each verified by per-table checksums.
//!
//! - **Backup while serving**: SQLite writes a consistent copy with `VACUUM INTO` (readers and
//!   the one writer go on meanwhile, WAL); PostgreSQL with `pg_dump --format=custom` (one
//!   snapshot). Restore is the reverse and wants the server stopped.
//! - **Move to PostgreSQL** (`copy_all`): the target is migrated by the application itself, then
//!   every table is copied in foreign-key order, values as they are (sealed fields stay sealed:
//!   the bytes are copied, never opened), and the sequences are set past the highest id.
//! - **Checksums** are computed the same way on both databases, independent of row order and of
//!   the column types each database chose (an integer is an integer on both), so "identical"
//!   can be checked across SQLite and PostgreSQL.
//!
//! Schema questions (which tables, which foreign keys) have no portable SQL: they are the only
//! statements here written per database, like the DDL in migrations.

use crate::config::DatabaseUrl;
use crate::crypto::sha256_hex;
use crate::db::{Backend, Db};
use anyhow::{bail, Context};
use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Column, Executor, Row, ValueRef};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// sqlx's own bookkeeping: its checksums differ per database (different DDL files).
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";
/// Rows per `INSERT` when copying (well under both databases' parameter limits).
const PARAMETERS_PER_INSERT: usize = 20_000;

/// One table's row count and content checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSum {
    pub table: String,
    pub rows: i64,
    pub checksum: String,
}

/// A value as both databases can hold it.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bytes(Vec<u8>),
}

impl Value {
    fn read(row: &AnyRow, i: usize) -> anyhow::Result<Value> {
        let raw = row.try_get_raw(i)?;
        if raw.is_null() {
            return Ok(Value::Null);
        }
        let kind = raw.type_info().kind();
        Ok(match kind {
            AnyTypeInfoKind::Null => Value::Null,
            AnyTypeInfoKind::Bool => Value::Int(row.try_get::<bool, _>(i)? as i64),
            AnyTypeInfoKind::SmallInt | AnyTypeInfoKind::Integer | AnyTypeInfoKind::BigInt => {
                Value::Int(row.try_get(i)?)
            }
            AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => Value::Real(row.try_get(i)?),
            AnyTypeInfoKind::Text => Value::Text(row.try_get(i)?),
            AnyTypeInfoKind::Blob => Value::Bytes(row.try_get(i)?),
        })
    }

    /// A canonical, unambiguous spelling for the checksum.
    fn canonical(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = match self {
            Value::Null => write!(out, "N;"),
            Value::Int(v) => write!(out, "I{v};"),
            Value::Real(v) => write!(out, "R{v:e};"),
            Value::Text(v) => write!(out, "T{}:{v};", v.len()),
            Value::Bytes(v) => write!(out, "B{};", hex(v)),
        };
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn quoted(name: &str) -> anyhow::Result<String> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        bail!("unexpected table or column name {name:?}");
    }
    Ok(format!("\"{name}\""))
}

/// The application's tables (without sqlx's bookkeeping), by name.
pub async fn tables(db: &Db) -> anyhow::Result<Vec<String>> {
    let sql = match db.backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        }
    };
    let names: Vec<String> = sqlx::query_scalar(sql).fetch_all(&db.pool).await?;
    Ok(names
        .into_iter()
        .filter(|n| n != MIGRATIONS_TABLE)
        .collect())
}

/// The tables each table refers to with a foreign key.
async fn references(
    db: &Db,
    tables: &[String],
) -> anyhow::Result<BTreeMap<String, BTreeSet<String>>> {
    let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for table in tables {
        let parents: Vec<String> = match db.backend {
            Backend::Sqlite => {
                sqlx::query_scalar("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)")
                    .bind(table)
                    .fetch_all(&db.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::query_scalar(
                    "SELECT DISTINCT CAST(f.relname AS TEXT) FROM pg_constraint c \
                 JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid \
                 WHERE c.contype = 'f' AND t.relname = $1",
                )
                .bind(table)
                .fetch_all(&db.pool)
                .await?
            }
        };
        refs.insert(
            table.clone(),
            parents.into_iter().filter(|p| p != table).collect(),
        );
    }
    Ok(refs)
}

/// The tables in an order in which every row's parents are copied before it.
pub async fn tables_in_dependency_order(db: &Db) -> anyhow::Result<Vec<String>> {
    let tables = tables(db).await?;
    let mut refs = references(db, &tables).await?;
    let mut ordered = vec![];
    while !refs.is_empty() {
        let ready: Vec<String> = refs
            .iter()
            .filter(|(_, parents)| parents.iter().all(|p| !refs.contains_key(p)))
            .map(|(t, _)| t.clone())
            .collect();
        if ready.is_empty() {
            bail!(
                "foreign keys form a cycle between {:?}",
                refs.keys().collect::<Vec<_>>()
            );
        }
        for table in ready {
            refs.remove(&table);
            ordered.push(table);
        }
    }
    Ok(ordered)
}

/// Row count and checksum of every table. The checksum adds up a hash per row (modulo 2^128),
/// so it does not depend on the order the database returns rows in.
pub async fn checksums(db: &Db) -> anyhow::Result<Vec<TableSum>> {
    let mut sums = vec![];
    for table in tables(db).await? {
        let rows = sqlx::query(&format!("SELECT * FROM {}", quoted(&table)?))
            .fetch_all(&db.pool)
            .await
            .with_context(|| format!("reading {table}"))?;
        let mut total: u128 = 0;
        let mut line = String::new();
        for row in &rows {
            line.clear();
            for (i, column) in row.columns().iter().enumerate() {
                line.push_str(column.name());
                line.push('=');
                Value::read(row, i)?.canonical(&mut line);
            }
            let digest = sha256_hex(&line);
            total = total.wrapping_add(u128::from_str_radix(&digest[..32], 16)?);
        }
        sums.push(TableSum {
            table,
            rows: rows.len() as i64,
            checksum: format!("{total:032x}"),
        });
    }
    Ok(sums)
}

/// The tables whose count or checksum differ between two installations (empty: identical).
pub fn differences(a: &[TableSum], b: &[TableSum]) -> Vec<String> {
    let b: BTreeMap<&str, &TableSum> = b.iter().map(|s| (s.table.as_str(), s)).collect();
    let mut out = vec![];
    for sum in a {
        match b.get(sum.table.as_str()) {
            None => out.push(format!("{}: missing", sum.table)),
            Some(other) if other.rows != sum.rows => out.push(format!(
                "{}: {} rows, {} rows",
                sum.table, sum.rows, other.rows
            )),
            Some(other) if other.checksum != sum.checksum => {
                out.push(format!("{}: same rows, other content", sum.table))
            }
            Some(_) => {}
        }
    }
    out
}

/// Copies every row of `source` into the migrated, empty `target` (SQLite → PostgreSQL, or any
/// pair), then sets PostgreSQL's sequences past the copied ids. Returns the rows per table.
pub async fn copy_all(
    source: &Db,
    target: &Db,
    progress: &mut (dyn FnMut(&str, usize) + Send),
) -> anyhow::Result<Vec<(String, usize)>> {
    let target_tables: BTreeSet<String> = tables(target).await?.into_iter().collect();
    let order = tables_in_dependency_order(source).await?;
    if let Some(missing) = order.iter().find(|t| !target_tables.contains(*t)) {
        bail!("the target has no table {missing}: is it migrated to the same version?");
    }
    clear_new_target(target, &order).await?;
    // Triggers keep derived values right for new writes (the places taken, kept on an
    // activity's row); the copy brings those values along, so they must not count again.
    let triggers = suspend_triggers(target, &order).await?;
    let copied = copy_tables(source, target, order, progress).await;
    resume_triggers(target, &triggers).await?;
    let copied = copied?;
    if target.backend == Backend::Postgres {
        set_sequences(target).await?;
    }
    Ok(copied)
}

async fn copy_tables(
    source: &Db,
    target: &Db,
    order: Vec<String>,
    progress: &mut (dyn FnMut(&str, usize) + Send),
) -> anyhow::Result<Vec<(String, usize)>> {
    let mut copied = vec![];
    for table in order {
        let name = quoted(&table)?;
        let rows = sqlx::query(&format!("SELECT * FROM {name}"))
            .fetch_all(&source.pool)
            .await?;
        copy_rows(target, &table, &rows).await?;
        progress(&table, rows.len());
        copied.push((table, rows.len()));
    }
    Ok(copied)
}

/// What [`resume_triggers`] needs: on SQLite the statements that create the dropped triggers
/// (it cannot switch one off), on PostgreSQL the tables whose triggers are switched off.
enum Suspended {
    Sqlite(Vec<String>),
    Postgres(Vec<String>),
}

async fn suspend_triggers(target: &Db, tables: &[String]) -> anyhow::Result<Suspended> {
    match target.backend {
        Backend::Sqlite => {
            let triggers: Vec<(String, String)> = sqlx::query_as(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL",
            )
            .fetch_all(&target.pool)
            .await?;
            for (name, _) in &triggers {
                target
                    .execute(&format!("DROP TRIGGER {}", quoted(name)?))
                    .await?;
            }
            Ok(Suspended::Sqlite(
                triggers.into_iter().map(|(_, sql)| sql).collect(),
            ))
        }
        Backend::Postgres => {
            for table in tables {
                target
                    .execute(&format!(
                        "ALTER TABLE {} DISABLE TRIGGER USER",
                        quoted(table)?
                    ))
                    .await?;
            }
            Ok(Suspended::Postgres(tables.to_vec()))
        }
    }
}

async fn resume_triggers(target: &Db, suspended: &Suspended) -> anyhow::Result<()> {
    match suspended {
        Suspended::Sqlite(statements) => {
            for sql in statements {
                target.execute(sql).await?;
            }
        }
        Suspended::Postgres(tables) => {
            for table in tables {
                target
                    .execute(&format!(
                        "ALTER TABLE {} ENABLE TRIGGER USER",
                        quoted(table)?
                    ))
                    .await?;
            }
        }
    }
    Ok(())
}

/// Empties a target that nobody has used yet (no people, organisations or audit entries): what
/// its migrations filled in (default settings) is replaced by the source's rows. A target in use
/// is refused, so a copy is never mixed with other data or done twice.
async fn clear_new_target(target: &Db, order: &[String]) -> anyhow::Result<()> {
    for table in ["users", "organisations", "audit_log"] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quoted(table)?))
            .fetch_one(&target.pool)
            .await?;
        if n > 0 {
            bail!("the target is not empty ({table}: {n} rows): copy into a new database");
        }
    }
    let mut tx = target.pool.begin().await?;
    for table in order.iter().rev() {
        sqlx::query(&format!("DELETE FROM {}", quoted(table)?))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn copy_rows(target: &Db, table: &str, rows: &[AnyRow]) -> anyhow::Result<()> {
    let Some(first) = rows.first() else {
        return Ok(());
    };
    let columns: Vec<String> = first
        .columns()
        .iter()
        .map(|c| quoted(c.name()))
        .collect::<anyhow::Result<_>>()?;
    // A NULL must be bound with its column's type on PostgreSQL (a text NULL does not go into
    // a BIGINT column): the types come from the target's own description of the table.
    let described = target
        .pool
        .describe(&format!(
            "SELECT {} FROM {}",
            columns.join(", "),
            quoted(table)?
        ))
        .await?;
    let kinds: Vec<AnyTypeInfoKind> = described
        .columns()
        .iter()
        .map(|c| c.type_info().kind())
        .collect();
    let per_insert = (PARAMETERS_PER_INSERT / columns.len()).max(1);
    let mut tx = target.pool.begin().await?;
    for chunk in rows.chunks(per_insert) {
        let mut sql = format!(
            "INSERT INTO {} ({}) VALUES ",
            quoted(table)?,
            columns.join(", ")
        );
        let mut n = 0;
        for r in 0..chunk.len() {
            sql.push_str(if r == 0 { "(" } else { ", (" });
            for c in 0..columns.len() {
                n += 1;
                sql.push_str(&format!("{}${n}", if c == 0 { "" } else { ", " }));
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            for (i, kind) in kinds.iter().enumerate() {
                query = match Value::read(row, i)? {
                    Value::Null => match kind {
                        AnyTypeInfoKind::SmallInt
                        | AnyTypeInfoKind::Integer
                        | AnyTypeInfoKind::BigInt
                        | AnyTypeInfoKind::Bool => query.bind(None::<i64>),
                        AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => query.bind(None::<f64>),
                        AnyTypeInfoKind::Blob => query.bind(None::<Vec<u8>>),
                        AnyTypeInfoKind::Text | AnyTypeInfoKind::Null => query.bind(None::<String>),
                    },
                    Value::Int(v) => query.bind(v),
                    Value::Real(v) => query.bind(v),
                    Value::Text(v) => query.bind(v),
                    Value::Bytes(v) => query.bind(v),
                };
            }
        }
        query
            .execute(&mut *tx)
            .await
            .with_context(|| format!("copying {table}"))?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every `id` sequence continues after the highest copied id, so new rows get new ids.
async fn set_sequences(target: &Db) -> anyhow::Result<()> {
    let owned: Vec<(String, String)> = sqlx::query_as(
        "SELECT CAST(t.relname AS TEXT), CAST(a.attname AS TEXT) FROM pg_class s \
         JOIN pg_depend d ON d.objid = s.oid JOIN pg_class t ON t.oid = d.refobjid \
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid \
         WHERE s.relkind = 'S'",
    )
    .fetch_all(&target.pool)
    .await?;
    for (table, column) in owned {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{t}', '{c}'), COALESCE((SELECT MAX({qc}) FROM {qt}), 0) + 1, false)",
            t = table,
            c = column,
            qc = quoted(&column)?,
            qt = quoted(&table)?,
        );
        sqlx::query(&sql).fetch_optional(&target.pool).await?;
    }
    Ok(())
}

/// The SQLite file behind a `sqlite://` URL.
fn sqlite_path(url: &DatabaseUrl) -> anyhow::Result<String> {
    let rest = url
        .0
        .strip_prefix("sqlite://")
        .or_else(|| url.0.strip_prefix("sqlite:"))
        .context("not an SQLite URL")?;
    Ok(rest.split('?').next().unwrap_or(rest).to_string())
}

/// Writes a consistent copy of the installation's database to `file` while it serves.
pub async fn backup(db: &Db, url: &DatabaseUrl, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!("{} exists already; choose a new file", file.display());
    }
    match db.backend {
        Backend::Sqlite => {
            let target = file.to_str().context("the backup path is not UTF-8")?;
            sqlx::query("VACUUM INTO $1")
                .bind(target)
                .execute(&db.pool)
                .await
                .context("VACUUM INTO")?;
        }
        Backend::Postgres => run(
            "pg_dump",
            &[
                "--format=custom",
                "--no-owner",
                "--file",
                path_str(file)?,
                &url.0,
            ],
        )?,
    }
    Ok(())
}

/// Replaces the installation's database by the backup in `file` (the server must be stopped).
pub async fn restore(backend: Backend, url: &DatabaseUrl, file: &Path) -> anyhow::Result<()> {
    if !file.exists() {
        bail!("{} does not exist", file.display());
    }
    match backend {
        Backend::Sqlite => {
            let path = sqlite_path(url)?;
            let temporary = format!("{path}.restoring");
            std::fs::copy(file, &temporary).context("copying the backup")?;
            // The old write-ahead log belongs to the old file: it must not be replayed on the new one.
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{path}{suffix}"));
            }
            std::fs::rename(&temporary, &path).context("putting the backup in place")?;
        }
        Backend::Postgres => run(
            "pg_restore",
            &[
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                &url.0,
                path_str(file)?,
            ],
        )?,
    }
    Ok(())
}

fn path_str(file: &Path) -> anyhow::Result<&str> {
    file.to_str().context("the backup path is not UTF-8")
}

fn run(program: &str, args: &[&str]) -> anyhow::Result<()> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .with_context(|| format!("{program} could not be started (install postgresql-client)"))?;
    if !out.status.success() {
        bail!(
            "{program} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(table: &str, rows: i64, checksum: &str) -> TableSum {
        TableSum {
            table: table.into(),
            rows,
            checksum: checksum.into(),
        }
    }

    #[test]
    fn differences_name_the_tables_that_differ() {
        let a = [sum("a", 1, "x"), sum("b", 2, "y"), sum("c", 3, "z")];
        let b = [sum("a", 1, "x"), sum("b", 2, "q"), sum("c", 4, "z")];
        assert_eq!(
            differences(&a, &b),
            vec!["b: same rows, other content", "c: 3 rows, 4 rows"]
        );
        assert!(differences(&a, &a).is_empty());
        assert_eq!(differences(&a, &b[..1]).len(), 2);
    }

    #[test]
    fn canonical_values_cannot_be_confused() {
        let spell = |values: &[Value]| {
            let mut s = String::new();
            values.iter().for_each(|v| v.canonical(&mut s));
            s
        };
        assert_ne!(spell(&[Value::Text("1".into())]), spell(&[Value::Int(1)]));
        assert_ne!(
            spell(&[Value::Text("a;T1:b".into())]),
            spell(&[Value::Text("a".into()), Value::Text("b".into())])
        );
        assert_ne!(spell(&[Value::Null]), spell(&[Value::Text(String::new())]));
    }

    #[test]
    fn only_plain_names_are_quoted() {
        assert_eq!(quoted("audit_log").unwrap(), "\"audit_log\"");
        assert!(quoted("a\"; DROP TABLE users; --").is_err());
    }
}
