//! The append-only event log. Rows are inserted, never updated or deleted.

use rusqlite::{Connection, Row, params};
use waymark_core::{Event, HlcStamp, StreamId, Visibility};

use crate::StoreError;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    1,
    "CREATE TABLE events (
        id          TEXT PRIMARY KEY NOT NULL,
        participant TEXT NOT NULL,
        device      TEXT NOT NULL,
        epoch       INTEGER NOT NULL,
        seq         INTEGER NOT NULL,
        hlc         TEXT NOT NULL,
        schema      INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        payload     TEXT NOT NULL,
        visibility  TEXT NOT NULL,
        UNIQUE (participant, device, epoch, seq)
    ) STRICT;
    CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;",
)];

pub fn max_seq(conn: &Connection, stream: &StreamId) -> Result<u64, StoreError> {
    let max: Option<i64> = conn
        .prepare_cached("SELECT MAX(seq) FROM events WHERE participant = ?1 AND device = ?2 AND epoch = ?3")?
        .query_row(params![stream.participant, stream.device, stream.epoch], |r| r.get(0))?;
    Ok(max.map_or(0, |m| m.max(0) as u64))
}

pub fn insert(conn: &Connection, event: &Event) -> Result<(), StoreError> {
    insert_text(conn, event, &event.payload.to_string())
}

/// [`insert`] with the payload's JSON text already made.
pub fn insert_text(conn: &Connection, event: &Event, payload: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO events (id, participant, device, epoch, seq, hlc, schema, kind, payload, visibility)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        event.id,
        event.stream.participant,
        event.stream.device,
        event.stream.epoch,
        i64::try_from(event.seq).map_err(|_| StoreError::Invalid("seq out of range".into()))?,
        event.hlc.to_sortable(),
        event.schema,
        event.kind,
        payload,
        event.visibility.as_str(),
    ])?;
    Ok(())
}

pub fn by_id(conn: &Connection, id: &str) -> Result<Option<Event>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, participant, device, epoch, seq, hlc, schema, kind, payload, visibility FROM events WHERE id = ?1",
    )?;
    let mut rows = stmt.query_map([id], read_row)?;
    rows.next().transpose()?.transpose()
}

pub fn in_stream_after(
    conn: &Connection,
    stream: &StreamId,
    after: u64,
    limit: usize,
) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, participant, device, epoch, seq, hlc, schema, kind, payload, visibility FROM events
         WHERE participant = ?1 AND device = ?2 AND epoch = ?3 AND seq > ?4 ORDER BY seq LIMIT ?5",
    )?;
    let rows = stmt.query_map(
        params![stream.participant, stream.device, stream.epoch, after as i64, limit as i64],
        read_row,
    )?;
    let mut events = Vec::new();
    for row in rows {
        events.push(row??);
    }
    Ok(events)
}

pub fn all(conn: &Connection) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, participant, device, epoch, seq, hlc, schema, kind, payload, visibility
         FROM events ORDER BY participant, device, epoch, seq",
    )?;
    let rows = stmt.query_map([], read_row)?;
    let mut events = Vec::new();
    for row in rows {
        events.push(row??);
    }
    Ok(events)
}

/// Every event of one kind, in (stream, seq) order.
pub fn of_kind(conn: &Connection, kind: &str) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, participant, device, epoch, seq, hlc, schema, kind, payload, visibility
         FROM events WHERE kind = ?1 ORDER BY participant, device, epoch, seq",
    )?;
    let rows = stmt.query_map([kind], read_row)?;
    let mut events = Vec::new();
    for row in rows {
        events.push(row??);
    }
    Ok(events)
}

type RowResult = Result<Event, StoreError>;

fn read_row(row: &Row<'_>) -> rusqlite::Result<RowResult> {
    let hlc: String = row.get(5)?;
    let payload: String = row.get(8)?;
    let visibility: String = row.get(9)?;
    let seq: i64 = row.get(4)?;
    let stream = StreamId { participant: row.get(1)?, device: row.get(2)?, epoch: row.get(3)? };
    let id: String = row.get(0)?;
    let schema: u32 = row.get(6)?;
    let kind: String = row.get(7)?;
    Ok((|| {
        Ok(Event {
            hlc: HlcStamp::parse_sortable(&hlc)
                .ok_or_else(|| StoreError::Invalid(format!("bad stamp on {id}")))?,
            payload: serde_json::from_str(&payload)
                .map_err(|e| StoreError::Invalid(format!("bad payload on {id}: {e}")))?,
            visibility: Visibility::parse(&visibility)
                .ok_or_else(|| StoreError::Invalid(format!("bad visibility on {id}")))?,
            seq: u64::try_from(seq).map_err(|_| StoreError::Invalid(format!("bad seq on {id}")))?,
            id,
            stream,
            schema,
            kind,
        })
    })())
}
