//! How far I've come (issue 14 point 3): milestones already celebrated and the participant's own
//! baseline week. Projections of `milestone_celebrated` (a set: celebrating twice is the same as
//! once, in any order) and `baseline_set` (last writer by revision key wins).

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use waymark_core::Event;
use waymark_core::streak::Baseline;

use crate::table::diary::revision_key;
use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    15,
    "CREATE TABLE milestones_celebrated (
        participant TEXT NOT NULL,
        days        INTEGER NOT NULL,
        PRIMARY KEY (participant, days)
    ) STRICT;
    CREATE TABLE baseline_current (
        participant      TEXT PRIMARY KEY NOT NULL,
        units_per_week   REAL NOT NULL,
        pence_per_week   INTEGER NOT NULL,
        rev_key          TEXT NOT NULL
    ) STRICT;",
)];

pub fn record_milestone(tx: &Transaction<'_>, event: &Event, days: u32) -> Result<(), StoreError> {
    tx.execute(
        "INSERT OR IGNORE INTO milestones_celebrated (participant, days) VALUES (?1, ?2)",
        params![event.stream.participant, days],
    )?;
    Ok(())
}

pub fn set_baseline(tx: &Transaction<'_>, event: &Event, baseline: &Baseline) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO baseline_current (participant, units_per_week, pence_per_week, rev_key)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (participant) DO UPDATE
           SET units_per_week = excluded.units_per_week, pence_per_week = excluded.pence_per_week,
               rev_key = excluded.rev_key
           WHERE excluded.rev_key > baseline_current.rev_key",
        params![
            event.stream.participant,
            baseline.units_per_week,
            baseline.pence_per_week,
            revision_key(event)
        ],
    )?;
    Ok(())
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute("DELETE FROM milestones_celebrated", [])?;
    tx.execute("DELETE FROM baseline_current", [])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT 'm|' || participant || '|' || days FROM milestones_celebrated
         UNION ALL
         SELECT 'b|' || participant || '|' || units_per_week || '|' || pence_per_week || '|' || rev_key
         FROM baseline_current
         ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// Milestones (days in a row) this participant has celebrated, ascending.
    pub fn milestones_celebrated(&self) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT days FROM milestones_celebrated WHERE participant = ?1 ORDER BY days")?;
        let rows = stmt.query_map([&self.identity.stream.participant], |r| r.get::<_, u32>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The baseline week this participant entered, if any.
    pub fn baseline(&self) -> Result<Option<Baseline>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT units_per_week, pence_per_week FROM baseline_current WHERE participant = ?1",
                [&self.identity.stream.participant],
                |r| Ok(Baseline { units_per_week: r.get(0)?, pence_per_week: r.get(1)? }),
            )
            .optional()?)
    }
}
