//! Projections: the current goal (last writer wins) and every AUDIT taken.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use waymark_core::Event;
use waymark_core::event::{AuditForm, AuditPurpose};
use waymark_core::progress::Goal;
use waymark_core::sync::Consent;

use crate::StoreError;
use crate::table::diary::revision_key;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    2,
    "CREATE TABLE goal_current (
        participant TEXT PRIMARY KEY NOT NULL,
        goal        TEXT NOT NULL,
        rev_key     TEXT NOT NULL
    ) STRICT;
    CREATE TABLE consent_current (
        participant TEXT PRIMARY KEY NOT NULL,
        consent     TEXT NOT NULL,
        rev_key     TEXT NOT NULL
    ) STRICT;
    CREATE TABLE audit_results (
        event_id    TEXT PRIMARY KEY NOT NULL,
        participant TEXT NOT NULL,
        form        TEXT NOT NULL,
        purpose     TEXT NOT NULL,
        answers     TEXT NOT NULL,
        rev_key     TEXT NOT NULL
    ) STRICT;",
)];

pub fn set_goal(tx: &Transaction<'_>, event: &Event, goal: &Goal) -> Result<(), StoreError> {
    let json = serde_json::to_string(goal).map_err(|e| StoreError::Invalid(e.to_string()))?;
    tx.prepare_cached(
        "INSERT INTO goal_current (participant, goal, rev_key) VALUES (?1, ?2, ?3)
         ON CONFLICT (participant) DO UPDATE SET goal = excluded.goal, rev_key = excluded.rev_key
           WHERE excluded.rev_key > goal_current.rev_key",
    )?
    .execute(params![event.stream.participant, json, revision_key(event)])?;
    Ok(())
}

pub fn set_consent(tx: &Transaction<'_>, event: &Event, consent: &Consent) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO consent_current (participant, consent, rev_key) VALUES (?1, ?2, ?3)
         ON CONFLICT (participant) DO UPDATE SET consent = excluded.consent, rev_key = excluded.rev_key
           WHERE excluded.rev_key > consent_current.rev_key",
    )?
    .execute(params![event.stream.participant, json(consent), revision_key(event)])?;
    Ok(())
}

/// The participant's current consent; nothing shared beyond attendance and progress until they
/// opt in.
pub fn consent(conn: &Connection, participant: &str) -> Result<Consent, StoreError> {
    let text: Option<String> = conn
        .query_row("SELECT consent FROM consent_current WHERE participant = ?1", [participant], |r| r.get(0))
        .optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

pub fn current_goal(conn: &Connection, participant: &str) -> Result<Option<Goal>, StoreError> {
    let json: Option<String> = conn
        .query_row("SELECT goal FROM goal_current WHERE participant = ?1", [participant], |r| r.get(0))
        .optional()?;
    json.map(|j| serde_json::from_str(&j).map_err(|e| StoreError::Invalid(format!("stored goal: {e}"))))
        .transpose()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    pub event_id: String,
    pub form: AuditForm,
    pub purpose: AuditPurpose,
    pub answers: Vec<u8>,
    /// Revision key (clock stamp first): orders results in time.
    pub rev_key: String,
}

pub fn record_audit(
    tx: &Transaction<'_>,
    event: &Event,
    form: AuditForm,
    purpose: AuditPurpose,
    answers: &[u8],
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO audit_results (event_id, participant, form, purpose, answers, rev_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        event.id,
        event.stream.participant,
        json(&form),
        json(&purpose),
        json(&answers),
        revision_key(event)
    ])?;
    Ok(())
}

pub fn audit_results(conn: &Connection, participant: &str) -> Result<Vec<AuditRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT event_id, form, purpose, answers, rev_key FROM audit_results WHERE participant = ?1 ORDER BY rev_key",
    )?;
    let rows = stmt.query_map([participant], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get(4)?,
        ))
    })?;
    let parse =
        |what: &str, json: &str| StoreError::Invalid(format!("stored AUDIT {what} is not valid: {json}"));
    let mut out = Vec::new();
    for row in rows {
        let (event_id, form, purpose, answers, rev_key) = row?;
        out.push(AuditRow {
            form: serde_json::from_str(&form).map_err(|_| parse("form", &form))?,
            purpose: serde_json::from_str(&purpose).map_err(|_| parse("purpose", &purpose))?,
            answers: serde_json::from_str(&answers).map_err(|_| parse("answers", &answers))?,
            event_id,
            rev_key,
        });
    }
    Ok(out)
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM goal_current; DELETE FROM audit_results; DELETE FROM consent_current;")?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    for sql in [
        "SELECT participant || '|' || goal || '|' || rev_key FROM goal_current ORDER BY participant",
        "SELECT event_id || '|' || form || '|' || purpose || '|' || answers FROM audit_results ORDER BY event_id",
        "SELECT participant || '|' || consent || '|' || rev_key FROM consent_current ORDER BY participant",
    ] {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            out.push(row?);
        }
    }
    Ok(out)
}

/// A small serde value as JSON text for a column (these enums and byte lists always serialise).
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
