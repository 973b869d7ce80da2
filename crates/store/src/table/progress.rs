//! Projection: which programme steps the participant has completed.

use rusqlite::{Connection, Transaction, params};
use waymark_core::Event;

use crate::StoreError;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    1,
    "CREATE TABLE step_progress (
        participant  TEXT NOT NULL,
        session_id   TEXT NOT NULL,
        step_id      TEXT NOT NULL,
        completed_at TEXT NOT NULL,
        event_id     TEXT NOT NULL,
        PRIMARY KEY (participant, session_id, step_id)
    ) STRICT;",
)];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletedStep {
    pub session_id: String,
    pub step_id: String,
    /// HLC stamp of the first completion (display order only).
    pub completed_at: String,
}

/// Completing a step twice (on two devices, say) keeps the earliest completion.
pub fn record_completed(
    tx: &Transaction<'_>,
    event: &Event,
    session_id: &str,
    step_id: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO step_progress (participant, session_id, step_id, completed_at, event_id)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (participant, session_id, step_id) DO UPDATE
           SET completed_at = excluded.completed_at, event_id = excluded.event_id
           WHERE excluded.completed_at < step_progress.completed_at",
    )?
    .execute(params![
        event.stream.participant,
        session_id,
        step_id,
        event.hlc.to_sortable(),
        event.id
    ])?;
    Ok(())
}

pub fn completed_steps(conn: &Connection, participant: &str) -> Result<Vec<CompletedStep>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT session_id, step_id, completed_at FROM step_progress
         WHERE participant = ?1 ORDER BY completed_at, session_id, step_id",
    )?;
    let rows = stmt.query_map([participant], |r| {
        Ok(CompletedStep { session_id: r.get(0)?, step_id: r.get(1)?, completed_at: r.get(2)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM step_progress")?.execute([])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<String, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT participant, session_id, step_id, completed_at, event_id FROM step_progress
         ORDER BY participant, session_id, step_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(format!(
            "{}|{}|{}|{}|{}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?
        ))
    })?;
    let lines: Vec<String> = rows.collect::<Result<_, _>>()?;
    Ok(lines.join("\n"))
}
