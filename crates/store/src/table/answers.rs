//! Projection: the current answer to each programme step (last writer wins).

use rusqlite::{Connection, Transaction, params};
use waymark_core::Event;
use waymark_core::answer::Answer;

use crate::StoreError;
use crate::table::diary::revision_key;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    3,
    "CREATE TABLE step_answers (
        participant TEXT NOT NULL,
        session_id  TEXT NOT NULL,
        step_id     TEXT NOT NULL,
        answer      TEXT NOT NULL,
        rev_key     TEXT NOT NULL,
        PRIMARY KEY (participant, session_id, step_id)
    ) STRICT;",
)];

pub fn record(
    tx: &Transaction<'_>,
    event: &Event,
    session_id: &str,
    step_id: &str,
    answer: &Answer,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(answer).map_err(|e| StoreError::Invalid(e.to_string()))?;
    tx.prepare_cached("INSERT INTO step_answers (participant, session_id, step_id, answer, rev_key) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (participant, session_id, step_id) DO UPDATE SET answer = excluded.answer, rev_key = excluded.rev_key
           WHERE excluded.rev_key > step_answers.rev_key")?.execute(params![event.stream.participant, session_id, step_id, json, revision_key(event)],
    )?;
    Ok(())
}

/// Every current answer of a participant as (session id, step id, answer).
pub fn all(conn: &Connection, participant: &str) -> Result<Vec<(String, String, Answer)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT session_id, step_id, answer FROM step_answers WHERE participant = ?1 ORDER BY session_id, step_id",
    )?;
    let rows = stmt.query_map([participant], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (session, step, json) = row?;
        // An answer shape from a newer build is skipped rather than failing every screen.
        if let Ok(answer) = serde_json::from_str(&json) {
            out.push((session, step, answer));
        }
    }
    Ok(out)
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM step_answers")?.execute([])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT participant || '|' || session_id || '|' || step_id || '|' || answer || '|' || rev_key
         FROM step_answers ORDER BY participant, session_id, step_id",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
