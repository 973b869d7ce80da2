//! Key/value facts about this database: who writes here, and the last clock stamp issued.

use rusqlite::{Connection, OptionalExtension, params};
use waymark_core::{HlcStamp, StreamId};

use crate::{Identity, StoreError};

pub const MIGRATIONS: &[(i64, &str)] =
    &[(1, "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;")];

fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

fn set(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// This device's stream. Created on first open: a fresh participant id (until pairing says who
/// the participant is), a fresh device id, epoch 1.
pub fn identity(conn: &Connection) -> Result<Identity, StoreError> {
    let participant = match get(conn, "participant_id")? {
        Some(id) => id,
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            set(conn, "participant_id", &id)?;
            id
        }
    };
    let device = match get(conn, "device_id")? {
        Some(id) => id,
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            set(conn, "device_id", &id)?;
            id
        }
    };
    let epoch = match get(conn, "epoch")? {
        Some(text) => {
            text.parse().map_err(|_| StoreError::Invalid(format!("epoch is not a number: {text}")))?
        }
        None => {
            set(conn, "epoch", "1")?;
            1
        }
    };
    Ok(Identity { stream: StreamId { participant, device, epoch } })
}

pub fn last_stamp(conn: &Connection) -> Result<HlcStamp, StoreError> {
    match get(conn, "last_hlc")? {
        Some(text) => HlcStamp::parse_sortable(&text)
            .ok_or_else(|| StoreError::Invalid(format!("clock stamp is not valid: {text}"))),
        None => Ok(HlcStamp::default()),
    }
}

pub fn set_last_stamp(conn: &Connection, stamp: HlcStamp) -> Result<(), StoreError> {
    set(conn, "last_hlc", &stamp.to_sortable())
}

/// Replace this device's identity (restoring a backup onto a fresh install).
pub fn set_identity(conn: &Connection, stream: &StreamId) -> Result<(), StoreError> {
    set(conn, "participant_id", &stream.participant)?;
    set(conn, "device_id", &stream.device)?;
    set(conn, "epoch", &stream.epoch.to_string())
}

pub fn set_participant(conn: &Connection, participant: &str) -> Result<(), StoreError> {
    set(conn, "participant_id", participant)
}
