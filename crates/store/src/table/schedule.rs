//! The group schedule: when and where each of the 11 sessions meets (issue 14 point 1).
//!
//! Two tables, for the two sides of the same facts:
//!
//! - `hub_schedule` is the hub's *administration* state for a group, updated in place (like
//!   `hub_groups`): what the facilitator set last. It decides "moved" and is what a member added
//!   later is given. It is not a projection and is never synced.
//! - `schedule` is the projection of `session_scheduled` events in each participant's namespace
//!   (written by the hub on its own stream, synced to the phone): last writer by revision key
//!   wins per (participant, session number), so any delivery order gives the same schedule.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use waymark_core::Event;
use waymark_core::reminder::{ScheduledSession, SessionStatus};

use crate::table::diary::revision_key;
use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    14,
    "CREATE TABLE hub_schedule (
        group_id   TEXT NOT NULL REFERENCES hub_groups (id),
        number     INTEGER NOT NULL,
        starts_at  INTEGER NOT NULL,
        place      TEXT NOT NULL,
        status     TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (group_id, number)
    ) STRICT;
    CREATE TABLE schedule (
        participant TEXT NOT NULL,
        number      INTEGER NOT NULL,
        starts_at   INTEGER NOT NULL,
        place       TEXT NOT NULL,
        status      TEXT NOT NULL,
        rev_key     TEXT NOT NULL,
        PRIMARY KEY (participant, number)
    ) STRICT;",
)];

fn status_text(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::Scheduled => "scheduled",
        SessionStatus::Moved => "moved",
        SessionStatus::Cancelled => "cancelled",
    }
}

fn status_of(text: &str) -> SessionStatus {
    match text {
        "moved" => SessionStatus::Moved,
        "cancelled" => SessionStatus::Cancelled,
        _ => SessionStatus::Scheduled,
    }
}

fn session_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ScheduledSession> {
    Ok(ScheduledSession {
        number: r.get(0)?,
        starts_at_ms: r.get(1)?,
        place: r.get(2)?,
        status: status_of(&r.get::<_, String>(3)?),
    })
}

/// Projection of one `session_scheduled` event.
pub fn record(tx: &Transaction<'_>, event: &Event, session: &ScheduledSession) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO schedule (participant, number, starts_at, place, status, rev_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (participant, number) DO UPDATE
           SET starts_at = excluded.starts_at, place = excluded.place, status = excluded.status,
               rev_key = excluded.rev_key
           WHERE excluded.rev_key > schedule.rev_key",
        params![
            event.stream.participant,
            session.number,
            session.starts_at_ms,
            session.place,
            status_text(session.status),
            revision_key(event)
        ],
    )?;
    Ok(())
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute("DELETE FROM schedule", [])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT participant || '|' || number || '|' || starts_at || '|' || place || '|' || status
                || '|' || rev_key
         FROM schedule ORDER BY participant, number",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// A participant's schedule as their group's hub last sent it, by session number.
    pub fn schedule_of(&self, participant: &str) -> Result<Vec<ScheduledSession>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT number, starts_at, place, status FROM schedule WHERE participant = ?1 ORDER BY number",
        )?;
        let rows = stmt.query_map([participant], session_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A group's schedule as the facilitator set it, by session number.
    pub fn hub_schedule(&self, group_id: &str) -> Result<Vec<ScheduledSession>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT number, starts_at, place, status FROM hub_schedule WHERE group_id = ?1 ORDER BY number",
        )?;
        let rows = stmt.query_map([group_id], session_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One session of a group's schedule, if set.
    pub fn hub_scheduled(&self, group_id: &str, number: u8) -> Result<Option<ScheduledSession>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT number, starts_at, place, status FROM hub_schedule WHERE group_id = ?1 AND number = ?2",
                params![group_id, number],
                session_row,
            )
            .optional()?)
    }

    /// Set (or replace) one session of a group's schedule.
    pub fn hub_set_scheduled(
        &self,
        group_id: &str,
        session: &ScheduledSession,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO hub_schedule (group_id, number, starts_at, place, status, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (group_id, number) DO UPDATE
               SET starts_at = excluded.starts_at, place = excluded.place, status = excluded.status,
                   updated_at = excluded.updated_at",
            params![
                group_id,
                session.number,
                session.starts_at_ms,
                session.place,
                status_text(session.status),
                now_ms
            ],
        )?;
        Ok(())
    }
}
