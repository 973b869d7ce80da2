//! Projection: the current revision of every diary entry (drink, drug use, urge).
//!
//! Each entry keeps two last-writer-wins registers ordered by [`revision_key`]: its body (from
//! `*_recorded` events) and whether it is deleted (from recorded/deleted/restored). Events may
//! arrive in any order from sync; the result is the same. An entry is keyed by participant and
//! entry id: another participant's event naming the same id changes nothing of theirs (the hub
//! holds many participants' entries in one table).

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::Value;
use waymark_core::Event;

use crate::StoreError;

pub const MIGRATIONS: &[(i64, &str)] = &[
    (
        2,
        "CREATE TABLE diary_entries (
        entry_id       TEXT PRIMARY KEY NOT NULL,
        participant    TEXT NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        body           TEXT NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        body_key       TEXT NOT NULL,
        deleted        INTEGER NOT NULL,
        deleted_key    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX diary_entries_by_time ON diary_entries (participant, occurred_at_ms);",
    ),
    // An entry id names an entry within one participant's record: the hub holds many, and a
    // phone that joins an existing participant copies its entries under the new one.
    (
        9,
        "CREATE TABLE diary_entries_v9 (
        entry_id       TEXT NOT NULL,
        participant    TEXT NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        body           TEXT NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        body_key       TEXT NOT NULL,
        deleted        INTEGER NOT NULL,
        deleted_key    TEXT NOT NULL,
        PRIMARY KEY (participant, entry_id)
    ) STRICT;
    INSERT INTO diary_entries_v9 SELECT entry_id, participant, diary, occurred_at_ms, body, units,
        spend_pence, body_key, deleted, deleted_key FROM diary_entries;
    DROP TABLE diary_entries;
    ALTER TABLE diary_entries_v9 RENAME TO diary_entries;
    CREATE INDEX diary_entries_by_time ON diary_entries (participant, occurred_at_ms);",
    ),
];

/// Total order of revisions: clock stamp, then stream, then seq — unique per event.
pub fn revision_key(event: &Event) -> String {
    format!(
        "{}|{}|{:010}|{:020}",
        event.hlc.to_sortable(),
        event.stream.device,
        event.stream.epoch,
        event.seq
    )
}

#[derive(Clone, Debug, PartialEq)]
pub struct DiaryRow {
    pub entry_id: String,
    /// `drink`, `drug_use` or `urge`.
    pub diary: String,
    pub occurred_at_ms: i64,
    pub body: Value,
    pub units: f64,
    pub spend_pence: i64,
    pub deleted: bool,
}

/// One local day of the diary as streaks and the month calendar count it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayFact {
    /// Days since 1970-01-01 in the offset asked for (negative before it).
    pub day: i64,
    /// A drink entry that day (a drinking day); drug use and urges are not.
    pub drank: bool,
    pub units: f64,
    pub spend_pence: i64,
    /// Urges that day whose outcome was "did not use".
    pub urges_resisted: u32,
}

/// Facts a recorded revision brings.
pub struct Revision<'a> {
    pub diary: &'a str,
    pub occurred_at_ms: i64,
    pub body: &'a Value,
    pub units: f64,
    pub spend_pence: u32,
}

pub fn record(
    tx: &Transaction<'_>,
    event: &Event,
    entry_id: &str,
    rev: Revision<'_>,
) -> Result<(), StoreError> {
    let key = revision_key(event);
    tx.prepare_cached("INSERT INTO diary_entries
           (entry_id, participant, diary, occurred_at_ms, body, units, spend_pence, body_key, deleted, deleted_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?8)
         ON CONFLICT (participant, entry_id) DO UPDATE SET
           diary = CASE WHEN excluded.body_key > body_key THEN excluded.diary ELSE diary END,
           occurred_at_ms = CASE WHEN excluded.body_key > body_key THEN excluded.occurred_at_ms ELSE occurred_at_ms END,
           body = CASE WHEN excluded.body_key > body_key THEN excluded.body ELSE body END,
           units = CASE WHEN excluded.body_key > body_key THEN excluded.units ELSE units END,
           spend_pence = CASE WHEN excluded.body_key > body_key THEN excluded.spend_pence ELSE spend_pence END,
           deleted = CASE WHEN excluded.deleted_key > deleted_key THEN 0 ELSE deleted END,
           deleted_key = MAX(deleted_key, excluded.deleted_key),
           body_key = MAX(body_key, excluded.body_key)")?.execute(params![
            entry_id,
            event.stream.participant,
            rev.diary,
            rev.occurred_at_ms,
            rev.body.to_string(),
            rev.units,
            rev.spend_pence,
            key
        ],
    )?;
    Ok(())
}

/// Delete (`deleted = true`) or restore. A tombstone that arrives before the entry it deletes is
/// kept as a row with an empty body key, so the entry stays deleted when it does arrive.
pub fn set_deleted(
    tx: &Transaction<'_>,
    event: &Event,
    entry_id: &str,
    deleted: bool,
) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT INTO diary_entries
           (entry_id, participant, diary, occurred_at_ms, body, units, spend_pence, body_key, deleted, deleted_key)
         VALUES (?1, ?2, '', 0, 'null', 0, 0, '', ?3, ?4)
         ON CONFLICT (participant, entry_id) DO UPDATE SET
           deleted = CASE WHEN excluded.deleted_key > deleted_key THEN excluded.deleted ELSE deleted END,
           deleted_key = MAX(deleted_key, excluded.deleted_key)")?.execute(params![entry_id, event.stream.participant, deleted, revision_key(event)],
    )?;
    Ok(())
}

const COLUMNS: &str = "entry_id, diary, occurred_at_ms, body, units, spend_pence, deleted";

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<(DiaryRow, String)> {
    let body: String = row.get(3)?;
    Ok((
        DiaryRow {
            entry_id: row.get(0)?,
            diary: row.get(1)?,
            occurred_at_ms: row.get(2)?,
            body: Value::Null,
            units: row.get(4)?,
            spend_pence: row.get(5)?,
            deleted: row.get(6)?,
        },
        body,
    ))
}

fn with_body((mut row, body): (DiaryRow, String)) -> Result<DiaryRow, StoreError> {
    row.body = serde_json::from_str(&body)
        .map_err(|e| StoreError::Invalid(format!("diary entry {} is not valid JSON: {e}", row.entry_id)))?;
    Ok(row)
}

/// Live (not deleted) entries with `from_ms <= occurred_at < to_ms`, oldest first.
pub fn entries_between(
    conn: &Connection,
    participant: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<DiaryRow>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM diary_entries
         WHERE participant = ?1 AND occurred_at_ms >= ?2 AND occurred_at_ms < ?3 AND deleted = 0 AND body_key != ''
         ORDER BY occurred_at_ms, entry_id"
    ))?;
    let rows = stmt.query_map(params![participant, from_ms, to_ms], read)?;
    rows.map(|r| with_body(r?)).collect()
}

/// What "how far I've come" needs of the live entries, one row per local day that has any, made
/// by SQLite without decoding bodies: whether there was a drink, units, spend and resisted urges.
/// `utc_offset_ms` shifts instants to the local day (floor division, so days before 1970 count).
pub fn day_facts(
    conn: &Connection,
    participant: &str,
    utc_offset_ms: i64,
) -> Result<Vec<DayFact>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT ((occurred_at_ms + ?2) - (((occurred_at_ms + ?2) % 86400000) + 86400000) % 86400000) / 86400000
                    AS day,
                max(diary = 'drink'),
                total(CASE WHEN diary = 'drink' THEN units END),
                total(spend_pence),
                sum(diary = 'urge' AND json_extract(body, '$.outcome') = 'did_not_use')
         FROM diary_entries WHERE participant = ?1 AND deleted = 0 AND body_key != ''
         GROUP BY day ORDER BY day",
    )?;
    let rows = stmt.query_map(params![participant, utc_offset_ms], |r| {
        Ok(DayFact {
            day: r.get(0)?,
            drank: r.get(1)?,
            units: r.get(2)?,
            spend_pence: r.get::<_, f64>(3)? as i64,
            urges_resisted: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One of `participant`'s entries by id. Another participant's entry is not found: an entry
/// id is only a name within one participant's record (the hub holds many).
pub fn entry(conn: &Connection, participant: &str, entry_id: &str) -> Result<Option<DiaryRow>, StoreError> {
    let row = conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM diary_entries WHERE entry_id = ?1 AND participant = ?2 AND body_key != ''"
            ),
            params![entry_id, participant],
            read,
        )
        .optional()?;
    row.map(with_body).transpose()
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM diary_entries")?.execute([])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT entry_id || '|' || participant || '|' || diary || '|' || occurred_at_ms || '|' || body || '|' ||
                units || '|' || spend_pence || '|' || body_key || '|' || deleted || '|' || deleted_key
         FROM diary_entries ORDER BY entry_id",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
