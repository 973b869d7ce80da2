//! Projection: the diary week summaries a phone sends while its participant shares "diary
//! summaries" (`diary_week_summarised` events).
//!
//! One last-writer-wins register per (participant, week, writing device), ordered by
//! [`revision_key`] like every other current-value projection, so any delivery order gives the
//! same rows. The summary shown for a week is the latest of any device
//! ([`latest`]); a phone also reads its own latest ([`own_latest`]) to decide whether its diary
//! changed since it last sent one. A summary that does not validate is kept in the log and not
//! projected.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use waymark_core::Event;
use waymark_core::progress::WeekSummary;

use crate::StoreError;
use crate::table::diary::revision_key;

/// Schema version that added this table.
pub const SINCE: i64 = 7;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    SINCE,
    "CREATE TABLE diary_week_summaries (
        participant TEXT NOT NULL,
        week_start  TEXT NOT NULL,
        device      TEXT NOT NULL,
        summary     TEXT NOT NULL,
        rev_key     TEXT NOT NULL,
        PRIMARY KEY (participant, week_start, device)
    ) STRICT;",
)];

pub fn record(tx: &Transaction<'_>, event: &Event, summary: &WeekSummary) -> Result<(), StoreError> {
    if summary.validate().is_err() {
        return Ok(());
    }
    let json = serde_json::to_string(summary).map_err(|e| StoreError::Invalid(e.to_string()))?;
    tx.prepare_cached(
        "INSERT INTO diary_week_summaries (participant, week_start, device, summary, rev_key)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (participant, week_start, device) DO UPDATE SET
           summary = excluded.summary, rev_key = excluded.rev_key
           WHERE excluded.rev_key > diary_week_summaries.rev_key",
    )?
    .execute(params![
        event.stream.participant,
        summary.week_start,
        event.stream.device,
        json,
        revision_key(event)
    ])?;
    Ok(())
}

fn parse(json: Option<String>) -> Result<Option<WeekSummary>, StoreError> {
    json.map(|j| {
        serde_json::from_str(&j).map_err(|e| StoreError::Invalid(format!("stored week summary: {e}")))
    })
    .transpose()
}

/// The participant's current summary of the week starting `week_start` (`YYYY-MM-DD`): the
/// latest sent by any of their devices.
pub fn latest(
    conn: &Connection,
    participant: &str,
    week_start: &str,
) -> Result<Option<WeekSummary>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT summary FROM diary_week_summaries WHERE participant = ?1 AND week_start = ?2
             ORDER BY rev_key DESC LIMIT 1",
            params![participant, week_start],
            |r| r.get(0),
        )
        .optional()?;
    parse(json)
}

/// The latest summary of the week that `device` itself wrote.
pub fn own_latest(
    conn: &Connection,
    participant: &str,
    device: &str,
    week_start: &str,
) -> Result<Option<WeekSummary>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT summary FROM diary_week_summaries
             WHERE participant = ?1 AND week_start = ?2 AND device = ?3",
            params![participant, week_start, device],
            |r| r.get(0),
        )
        .optional()?;
    parse(json)
}

/// Project the summaries already in the log. Run once when this table is created, so a database
/// that took in summaries while its build did not know them (they were carried as unknown kinds)
/// shows them after the upgrade.
pub fn backfill(tx: &Transaction<'_>) -> Result<(), StoreError> {
    for event in crate::table::events::of_kind(tx, "diary_week_summarised")? {
        crate::table::project(tx, &event)?;
    }
    Ok(())
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM diary_week_summaries")?.execute([])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT participant || '|' || week_start || '|' || device || '|' || summary || '|' || rev_key
         FROM diary_week_summaries ORDER BY participant, week_start, device",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
