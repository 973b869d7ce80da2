//! What sync needs of the log: version vectors, events after a vector, and conflicts flagged.

use rusqlite::{Connection, Transaction, params};
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

/// Keep a copy of a received event that differs from what is held under its id or seq. The
/// same copy again adds nothing. Returns `false`, storing nothing, if its participant already
/// has `cap` copies kept.
pub fn flag_conflict(tx: &Transaction<'_>, event: &Event, now_ms: i64, cap: u64) -> Result<bool, StoreError> {
    let json = serde_json::to_string(event).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let known: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE event_id = ?1 AND received = ?2)")?
        .query_row(params![event.id, json], |r| r.get(0))?;
    if known {
        return Ok(true);
    }
    if conflicts_of(tx, &event.stream.participant)? >= cap {
        return Ok(false);
    }
    tx.prepare_cached("INSERT INTO sync_conflicts (event_id, received, received_at) VALUES (?1, ?2, ?3)")?
        .execute(params![event.id, json, now_ms])?;
    Ok(true)
}

/// Conflicting copies kept for one participant.
pub fn conflicts_of(conn: &Connection, participant: &str) -> Result<u64, StoreError> {
    let n: i64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM sync_conflicts WHERE json_extract(received, '$.stream.participant') = ?1",
        )?
        .query_row([participant], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}
