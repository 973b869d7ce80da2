//! The hub's live group sessions: the one on now per group, persisted so a restarted hub carries
//! on at the same step. Administration state, updated in place, never synced (like the rest of
//! `table::hub`): what a participant did in the session is their own events.

use rusqlite::{OptionalExtension, params};
use waymark_core::live::LiveState;

use crate::{MemberRow, Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    12,
    "CREATE TABLE live_sessions (
        group_id       TEXT PRIMARY KEY NOT NULL REFERENCES hub_groups (id),
        id             TEXT NOT NULL UNIQUE,
        session_id     TEXT NOT NULL,
        session_number INTEGER NOT NULL,
        step_index     INTEGER NOT NULL,
        step_count     INTEGER NOT NULL,
        started_at     INTEGER NOT NULL,
        joined         TEXT NOT NULL DEFAULT '[]'
    ) STRICT;",
)];

impl Store {
    /// Every live session on now, with who had joined.
    pub fn live_sessions(&self) -> Result<Vec<(LiveState, Vec<String>)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, group_id, session_id, session_number, step_index, step_count, started_at, joined
             FROM live_sessions ORDER BY started_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                LiveState {
                    id: r.get(0)?,
                    group_id: r.get(1)?,
                    session_id: r.get(2)?,
                    session_number: r.get(3)?,
                    step_index: r.get(4)?,
                    step_count: r.get(5)?,
                    started_at_ms: r.get(6)?,
                },
                r.get::<_, String>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (state, joined) = row?;
            let joined: Vec<String> =
                serde_json::from_str(&joined).map_err(|e| StoreError::Invalid(e.to_string()))?;
            out.push((state, joined));
        }
        Ok(out)
    }

    /// Record the live session now on for its group (its step and who joined), replacing any.
    pub fn live_save(&mut self, state: &LiveState, joined: &[&str]) -> Result<(), StoreError> {
        let joined = serde_json::to_string(joined).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.conn
            .prepare_cached(
                "INSERT INTO live_sessions
               (group_id, id, session_id, session_number, step_index, step_count, started_at, joined)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (group_id) DO UPDATE SET id = excluded.id, session_id = excluded.session_id,
               session_number = excluded.session_number, step_index = excluded.step_index,
               step_count = excluded.step_count, started_at = excluded.started_at, joined = excluded.joined",
            )?
            .execute(params![
                state.group_id,
                state.id,
                state.session_id,
                state.session_number,
                state.step_index,
                state.step_count,
                state.started_at_ms,
                joined
            ])?;
        Ok(())
    }

    /// The group's live session is over.
    pub fn live_end(&mut self, live_id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.prepare_cached("DELETE FROM live_sessions WHERE id = ?1")?.execute([live_id])? == 1)
    }

    /// The member a participant id belongs to (the hub knows which group they are in).
    pub fn hub_member_of(&self, participant: &str) -> Result<Option<MemberRow>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, group_id, display_name, participant FROM hub_members WHERE participant = ?1",
                [participant],
                |r| {
                    Ok(MemberRow {
                        id: r.get(0)?,
                        group_id: r.get(1)?,
                        display_name: r.get(2)?,
                        participant: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use waymark_core::live::LiveState;

    use crate::cipher::{open_test_store, test_db};

    #[test]
    fn a_live_session_survives_reopening_and_ends_once() {
        let (_dir, path) = test_db();
        let state = LiveState {
            id: "live-1".into(),
            group_id: "g".into(),
            session_id: "s04".into(),
            session_number: 4,
            step_index: 2,
            step_count: 9,
            started_at_ms: 1_000,
        };
        {
            let mut hub = open_test_store(&path);
            hub.hub_create_group("g", "Group", 0).unwrap();
            hub.live_save(&state, &["p1", "p2"]).unwrap();
        }
        let mut hub = open_test_store(&path);
        assert_eq!(hub.live_sessions().unwrap(), vec![(state, vec!["p1".to_string(), "p2".to_string()])]);
        assert!(hub.live_end("live-1").unwrap());
        assert!(!hub.live_end("live-1").unwrap());
        assert!(hub.live_sessions().unwrap().is_empty());
    }
}
