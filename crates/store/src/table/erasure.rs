//! Removing a person from the hub: the one sanctioned exception to the append-only log.
//!
//! **Decision:** when the facilitator removes a member, everything the hub holds of them goes in
//! one transaction: their events and every projection row of their participant, the conflicting
//! copies their phones sent, their office PIN and sessions, their pairing offers and devices, and
//! the member row. What stays is one row of `erasures`: the participant id (a random UUID, which
//! names nobody), when, and how many events went — no name, no content. The log's delete trigger
//! refuses every delete except of a participant whose erasure is in progress (`events = -1`,
//! inside that same transaction), so no other code path can delete an event.

use rusqlite::{Transaction, TransactionBehavior, params};

use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    11,
    "CREATE TABLE erasures (
        participant TEXT PRIMARY KEY NOT NULL,
        erased_at   INTEGER NOT NULL,
        events      INTEGER NOT NULL
    ) STRICT;
    DROP TRIGGER events_are_append_only_delete;
    CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
        WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE participant = OLD.participant AND events = -1)
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;",
)];

/// Projections keyed by participant: every one must be listed here (a store test checks that
/// nothing of an erased participant is left in any table). The diary's rows name the
/// participant by number (`people`), so they go by [`crate::table::diary::erase`].
const PARTICIPANT_TABLES: &[&str] = &[
    "step_progress",
    "goal_current",
    "consent_current",
    "audit_results",
    "step_answers",
    "diary_week_summaries",
    "attendance",
    "schedule",
    "milestones_celebrated",
    "baseline_current",
    "reminder_state",
];

/// What removing a member took away.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    pub events: u64,
    pub devices: u64,
}

fn erase_participant(tx: &Transaction<'_>, participant: &str, now_ms: i64) -> Result<u64, StoreError> {
    tx.prepare_cached(
        "INSERT INTO erasures (participant, erased_at, events) VALUES (?1, ?2, -1)
         ON CONFLICT (participant) DO UPDATE SET erased_at = excluded.erased_at, events = -1",
    )?
    .execute(params![participant, now_ms])?;
    let events = tx.prepare_cached("DELETE FROM events WHERE participant = ?1")?.execute([participant])?;
    crate::table::diary::erase(tx, participant)?;
    for table in PARTICIPANT_TABLES {
        tx.execute(&format!("DELETE FROM {table} WHERE participant = ?1"), [participant])?;
    }
    tx.prepare_cached(
        "DELETE FROM sync_conflicts WHERE json_extract(received, '$.stream.participant') = ?1",
    )?
    .execute([participant])?;
    tx.prepare_cached("UPDATE erasures SET events = ?2 WHERE participant = ?1")?
        .execute(params![participant, events as i64])?;
    Ok(events as u64)
}

impl Store {
    /// Remove a member and everything the hub holds of them (see the module's decision).
    /// `None`: there is no such member.
    pub fn hub_remove_member(&mut self, member_id: &str, now_ms: i64) -> Result<Option<Removed>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let participant: Option<Option<String>> = {
            use rusqlite::OptionalExtension;
            tx.query_row("SELECT participant FROM hub_members WHERE id = ?1", [member_id], |r| r.get(0))
                .optional()?
        };
        let Some(participant) = participant else { return Ok(None) };
        let events = match &participant {
            Some(p) => erase_participant(&tx, p, now_ms)?,
            None => 0,
        };
        tx.prepare_cached("DELETE FROM office_sessions WHERE member_id = ?1")?.execute([member_id])?;
        tx.prepare_cached("DELETE FROM office_pins WHERE member_id = ?1")?.execute([member_id])?;
        tx.prepare_cached("DELETE FROM hub_pairing_offers WHERE member_id = ?1")?.execute([member_id])?;
        let devices =
            tx.prepare_cached("DELETE FROM hub_devices WHERE member_id = ?1")?.execute([member_id])?;
        if let Some(p) = &participant {
            // Out of any live session's list of who joined (the list is JSON in one row).
            tx.prepare_cached("UPDATE live_sessions SET joined = (SELECT json_group_array(value) FROM json_each(joined) WHERE value != ?1)")?.execute([p],
            )?;
        }
        tx.prepare_cached("DELETE FROM hub_members WHERE id = ?1")?.execute([member_id])?;
        tx.commit()?;
        Ok(Some(Removed { events, devices: devices as u64 }))
    }

    /// Erasures done on this hub: (participant id, when, how many events), oldest first. Nothing
    /// else is kept of a removed person.
    pub fn erasures(&self) -> Result<Vec<(String, i64, u64)>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT participant, erased_at, events FROM erasures ORDER BY erased_at")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)?.max(0) as u64)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use waymark_core::EventBody;

    use crate::Store;

    #[test]
    fn removing_a_member_leaves_nothing_of_them_but_a_content_free_line_and_keeps_others() {
        let mut hub = Store::open_in_memory().unwrap();
        hub.hub_create_group("g", "Group", 0).unwrap();
        for (id, participant) in [("m1", "p1"), ("m2", "p2")] {
            hub.hub_add_member(id, "g", id, 0).unwrap();
            hub.hub_set_member_participant(id, participant).unwrap();
            hub.append_for(
                participant,
                &EventBody::AttendanceMarked {
                    session_number: 1,
                    present: true,
                    status: None,
                    held: None,
                    correction: false,
                },
                10,
            )
            .unwrap();
            hub.act_for(Some(participant));
            hub.append(&EventBody::StepCompleted { session_id: "s01".into(), step_id: "x".into() }, 11)
                .unwrap();
            // A diary row (a tombstone), named by its participant's number in `people`.
            hub.append(&EventBody::DiaryEntryDeleted { entry_id: "e1".into() }, 12).unwrap();
            hub.act_for(None);
        }
        let others_before =
            hub.events().unwrap().into_iter().filter(|e| e.stream.participant == "p2").count();

        let diary_rows = |hub: &Store| -> i64 {
            hub.conn.query_row("SELECT count(*) FROM diary_entries", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(diary_rows(&hub), 2);
        let removed = hub.hub_remove_member("m1", 99).unwrap().unwrap();
        assert_eq!(diary_rows(&hub), 1, "p2's is kept");
        assert_eq!(removed.events, 3);
        assert!(hub.events().unwrap().iter().all(|e| e.stream.participant != "p1"));
        // No table holds p1 or m1 any more, but the erasure line.
        let tables: Vec<String> = {
            let mut stmt = hub.conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        for table in tables.iter().filter(|t| *t != "erasures") {
            let hits = dump_count(&hub, table, "p1") + dump_count(&hub, table, "m1");
            assert_eq!(hits, 0, "{table} still holds something of the removed member");
        }
        assert_eq!(hub.erasures().unwrap(), vec![("p1".to_string(), 99, 3)]);
        assert_eq!(
            hub.events().unwrap().iter().filter(|e| e.stream.participant == "p2").count(),
            others_before
        );
        // The log is append-only again: no delete gets through outside a removal.
        assert!(hub.conn.execute("DELETE FROM events WHERE participant = 'p2'", []).is_err());
        assert!(hub.hub_remove_member("m1", 100).unwrap().is_none(), "already gone");
    }

    /// Rows of `table` in which any column's text contains `needle`.
    fn dump_count(hub: &Store, table: &str, needle: &str) -> i64 {
        let mut stmt = hub.conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..columns)
                    .map(|i| match r.get_ref(i) {
                        Ok(rusqlite::types::ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
                    .join(" "))
            })
            .unwrap();
        rows.map(Result::unwrap).filter(|row| row.contains(needle)).count() as i64
    }
}
