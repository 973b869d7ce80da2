//! Schema migrations. Each table module owns its `MIGRATIONS`; this runs them in order once.

use rusqlite::Connection;

use crate::StoreError;
use crate::table;

/// Highest schema version this build knows. A database from a newer build is refused rather than
/// half-understood.
pub const SCHEMA_VERSION: i64 = 18;

/// A database from a newer build is refused ([`StoreError::NewerSchema`]) before anything is
/// written to it.
pub fn refuse_newer(conn: &Connection) -> Result<i64, StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        // `Store::open` fills in the path (an in-memory database has none).
        return Err(StoreError::NewerSchema { path: std::path::PathBuf::new(), version: current });
    }
    Ok(current)
}

pub fn run(conn: &mut Connection) -> Result<(), StoreError> {
    let current = refuse_newer(conn)?;
    let tx = conn.transaction()?;
    for (version, sql) in table::migrations() {
        if version > current {
            tx.execute_batch(sql)?;
        }
    }
    // A projection added for a kind older builds already carried (as unknown) starts from the
    // events of that kind already in the log.
    if (1..table::summary::SINCE).contains(&current) {
        table::summary::backfill(&tx)?;
    }
    // The diary's rows changed shape (schemas 17 and 18): made again from the log.
    if (1..table::diary::SINCE).contains(&current) {
        table::diary::backfill(&tx)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}
