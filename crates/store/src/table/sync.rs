//! What sync needs of the log: version vectors, events after a vector, and conflicts flagged.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use waymark_core::sync::VersionVector;
use waymark_core::{Event, StreamId};

use crate::StoreError;
use crate::table::events;

pub const MIGRATIONS: &[(i64, &str)] = &[(
    4,
    "CREATE TABLE sync_conflicts (
        event_id    TEXT NOT NULL,
        received    TEXT NOT NULL,
        received_at INTEGER NOT NULL
    ) STRICT;",
)];

/// Highest seq per stream, for one participant or all.
pub fn version_vector(conn: &Connection, participant: Option<&str>) -> Result<VersionVector, StoreError> {
    // Two statements, not `?1 IS NULL OR participant = ?1`: SQLite cannot use the index for
    // that OR and would scan every event of every participant on each call (the hub's
    // concurrent-sync latency was mostly this).
    let mut stmt = match participant {
        Some(_) => conn.prepare_cached(
            "SELECT participant, device, epoch, MAX(seq) FROM events
             WHERE participant = ?1 GROUP BY participant, device, epoch",
        )?,
        None => conn.prepare_cached(
            "SELECT participant, device, epoch, MAX(seq) FROM events
             WHERE ?1 IS NULL GROUP BY participant, device, epoch",
        )?,
    };
    let rows = stmt.query_map([participant], |r| {
        Ok((StreamId { participant: r.get(0)?, device: r.get(1)?, epoch: r.get(2)? }, r.get::<_, i64>(3)?))
    })?;
    let mut vector = VersionVector::default();
    for row in rows {
        let (stream, seq) = row?;
        vector.0.insert(stream, u64::try_from(seq).unwrap_or(0));
    }
    Ok(vector)
}

/// Up to `limit` events the holder of `have` lacks, in (stream, seq) order.
pub fn events_after(
    conn: &Connection,
    have: &VersionVector,
    participant: Option<&str>,
    limit: u32,
) -> Result<Vec<Event>, StoreError> {
    let mine = version_vector(conn, participant)?;
    let mut out = Vec::new();
    for (stream, max) in &mine.0 {
        let after = have.get(stream);
        if *max <= after || out.len() >= limit as usize {
            continue;
        }
        let remaining = limit as usize - out.len();
        out.extend(events::in_stream_after(conn, stream, after, remaining)?);
    }
    Ok(out)
}

pub fn seq_holder(conn: &Connection, stream: &StreamId, seq: u64) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id FROM events WHERE participant = ?1 AND device = ?2 AND epoch = ?3 AND seq = ?4",
            params![stream.participant, stream.device, stream.epoch, seq as i64],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn flag_conflict(tx: &Transaction<'_>, event: &Event, now_ms: i64) -> Result<(), StoreError> {
    let json = serde_json::to_string(event).map_err(|e| StoreError::Invalid(e.to_string()))?;
    tx.execute(
        "INSERT INTO sync_conflicts (event_id, received, received_at) VALUES (?1, ?2, ?3)",
        params![event.id, json, now_ms],
    )?;
    Ok(())
}

pub fn conflict_count(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM sync_conflicts", [], |r| r.get::<_, i64>(0))? as u64)
}
