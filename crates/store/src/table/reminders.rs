//! The phone's reminder state (issue 14 point 2): the participant's settings, when the planner
//! last ran and which reminders it has already delivered (or shown as missed), so a clock that
//! jumps or a restart never delivers one twice; and what the in-app banner has still to show.
//! Device state like the pairing, one row per participant, updated in place and never synced
//! (a reminder is about this phone's lock screen); not a projection, so a rebuild leaves it.

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    16,
    "CREATE TABLE reminder_state (
        participant TEXT PRIMARY KEY NOT NULL,
        settings    TEXT,
        last_run    INTEGER,
        delivered   TEXT NOT NULL DEFAULT '[]',
        banner      TEXT
    ) STRICT;",
)];

/// The stored state, with its JSON parts as text (the api owns their shapes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReminderRow {
    pub settings: Option<String>,
    pub last_run_ms: Option<i64>,
    pub delivered: String,
    pub banner: Option<String>,
}

impl Store {
    pub fn reminder_state(&self) -> Result<ReminderRow, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT settings, last_run, delivered, banner FROM reminder_state WHERE participant = ?1",
                [&self.identity.stream.participant],
                |r| {
                    Ok(ReminderRow {
                        settings: r.get(0)?,
                        last_run_ms: r.get(1)?,
                        delivered: r.get(2)?,
                        banner: r.get(3)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_else(|| ReminderRow { delivered: "[]".into(), ..ReminderRow::default() }))
    }

    /// Write the whole row in one statement, so delivered keys and the time they were planned
    /// for are never out of step.
    pub fn set_reminder_state(&self, row: &ReminderRow) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO reminder_state (participant, settings, last_run, delivered, banner)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (participant) DO UPDATE
               SET settings = excluded.settings, last_run = excluded.last_run,
                   delivered = excluded.delivered, banner = excluded.banner",
            params![
                self.identity.stream.participant,
                row.settings,
                row.last_run_ms,
                row.delivered,
                row.banner
            ],
        )?;
        Ok(())
    }
}
