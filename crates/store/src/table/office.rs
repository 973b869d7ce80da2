//! Office sign-in on shared equipment: each member's PIN (a password hash made by the caller)
//! and the signed-in browser sessions (SHA-256 of the session token only).
//!
//! Like the rest of the hub's administration state ([`crate::table::hub`]) these rows are
//! updated in place and are not projections; [`Store::rebuild_projections`] leaves them alone.
//! Nothing here is synced to any device.

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    8,
    "CREATE TABLE office_pins (
        member_id       TEXT PRIMARY KEY NOT NULL REFERENCES hub_members (id),
        pin_hash        TEXT,
        choose_until    INTEGER,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until    INTEGER
    ) STRICT;
    CREATE TABLE office_sessions (
        token_hash BLOB PRIMARY KEY NOT NULL,
        member_id  TEXT NOT NULL REFERENCES hub_members (id),
        created_at INTEGER NOT NULL,
        last_seen  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX office_sessions_by_member ON office_sessions (member_id);",
)];

/// A member's office PIN state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficePinRow {
    /// PHC string of the PIN's hash; `None` until the member chooses one.
    pub pin_hash: Option<String>,
    /// The facilitator let the member choose (or change) their PIN until this time.
    pub choose_until: Option<i64>,
    pub failed_attempts: i64,
    pub locked_until: Option<i64>,
}

/// A signed-in office session, resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeSessionRow {
    pub member_id: String,
    pub created_at: i64,
    pub last_seen: i64,
}

impl Store {
    /// The member's PIN state (all empty when the facilitator never opened a PIN window).
    pub fn office_pin(&self, member_id: &str) -> Result<OfficePinRow, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT pin_hash, choose_until, failed_attempts, locked_until FROM office_pins WHERE member_id = ?1",
                [member_id],
                |r| {
                    Ok(OfficePinRow {
                        pin_hash: r.get(0)?,
                        choose_until: r.get(1)?,
                        failed_attempts: r.get(2)?,
                        locked_until: r.get(3)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Let the member choose a new PIN until `until` (the facilitator's action). Also lifts a
    /// lock from wrong tries; the old PIN keeps working until a new one is chosen.
    pub fn office_open_pin_window(&mut self, member_id: &str, until: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO office_pins (member_id, choose_until) VALUES (?1, ?2)
             ON CONFLICT (member_id) DO UPDATE SET choose_until = excluded.choose_until,
               failed_attempts = 0, locked_until = NULL",
            params![member_id, until],
        )?;
        Ok(())
    }

    /// Store a newly chosen PIN hash and close the window.
    pub fn office_set_pin(&mut self, member_id: &str, pin_hash: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO office_pins (member_id, pin_hash) VALUES (?1, ?2)
             ON CONFLICT (member_id) DO UPDATE SET pin_hash = excluded.pin_hash, choose_until = NULL,
               failed_attempts = 0, locked_until = NULL",
            params![member_id, pin_hash],
        )?;
        Ok(())
    }

    /// Count a wrong PIN. At `max` wrong tries in a row the member is locked until `lock_until`
    /// and the count starts again. Returns the tries left before a lock (0: this try locked them).
    pub fn office_pin_failed(
        &mut self,
        member_id: &str,
        max: i64,
        lock_until: i64,
    ) -> Result<i64, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let failed: i64 = tx.query_row(
            "UPDATE office_pins SET failed_attempts = failed_attempts + 1 WHERE member_id = ?1
             RETURNING failed_attempts",
            [member_id],
            |r| r.get(0),
        )?;
        let left = (max - failed).max(0);
        if left == 0 {
            tx.execute(
                "UPDATE office_pins SET failed_attempts = 0, locked_until = ?2 WHERE member_id = ?1",
                params![member_id, lock_until],
            )?;
        }
        tx.commit()?;
        Ok(left)
    }

    /// A right PIN: the count of wrong tries starts again.
    pub fn office_pin_succeeded(&mut self, member_id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE office_pins SET failed_attempts = 0, locked_until = NULL WHERE member_id = ?1",
            [member_id],
        )?;
        Ok(())
    }

    pub fn office_add_session(
        &mut self,
        token_hash: &[u8],
        member_id: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO office_sessions (token_hash, member_id, created_at, last_seen) VALUES (?1, ?2, ?3, ?3)",
            params![token_hash, member_id, now_ms],
        )?;
        Ok(())
    }

    /// The live session with this token hash, touched now. Sessions idle since before
    /// `idle_since` are deleted first, so an expired token never resolves.
    pub fn office_session(
        &mut self,
        token_hash: &[u8],
        now_ms: i64,
        idle_since: i64,
    ) -> Result<Option<OfficeSessionRow>, StoreError> {
        self.conn.execute("DELETE FROM office_sessions WHERE last_seen < ?1", [idle_since])?;
        self.conn.execute(
            "UPDATE office_sessions SET last_seen = ?2 WHERE token_hash = ?1",
            params![token_hash, now_ms],
        )?;
        Ok(self
            .conn
            .query_row(
                "SELECT member_id, created_at, last_seen FROM office_sessions WHERE token_hash = ?1",
                [token_hash],
                |r| {
                    Ok(OfficeSessionRow { member_id: r.get(0)?, created_at: r.get(1)?, last_seen: r.get(2)? })
                },
            )
            .optional()?)
    }

    /// Sign out: the token stops working at once. Returns whether it was live.
    pub fn office_remove_session(&mut self, token_hash: &[u8]) -> Result<bool, StoreError> {
        Ok(self.conn.execute("DELETE FROM office_sessions WHERE token_hash = ?1", [token_hash])? > 0)
    }

    /// End every office session of a member (a new PIN was chosen).
    pub fn office_remove_member_sessions(&mut self, member_id: &str) -> Result<usize, StoreError> {
        Ok(self.conn.execute("DELETE FROM office_sessions WHERE member_id = ?1", [member_id])?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hub_with_member() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.hub_create_group("g", "Tuesday", 0).unwrap();
        store.hub_add_member("m", "g", "Sam", 0).unwrap();
        store
    }

    #[test]
    fn pin_window_then_pin_then_lock_after_wrong_tries() {
        let mut store = hub_with_member();
        assert_eq!(store.office_pin("m").unwrap(), OfficePinRow::default());
        store.office_open_pin_window("m", 600).unwrap();
        assert_eq!(store.office_pin("m").unwrap().choose_until, Some(600));
        store.office_set_pin("m", "hash").unwrap();
        let pin = store.office_pin("m").unwrap();
        assert_eq!((pin.pin_hash.as_deref(), pin.choose_until), (Some("hash"), None));
        for left in (1..5).rev() {
            assert_eq!(store.office_pin_failed("m", 5, 900).unwrap(), left);
        }
        assert_eq!(store.office_pin_failed("m", 5, 900).unwrap(), 0, "the fifth wrong try locks");
        let pin = store.office_pin("m").unwrap();
        assert_eq!((pin.failed_attempts, pin.locked_until), (0, Some(900)));
        // The facilitator's new window lifts the lock; the old PIN stays until a new one is set.
        store.office_open_pin_window("m", 1_200).unwrap();
        let pin = store.office_pin("m").unwrap();
        assert_eq!((pin.pin_hash.as_deref(), pin.locked_until), (Some("hash"), None));
    }

    #[test]
    fn sessions_expire_when_idle_and_end_on_sign_out() {
        let mut store = hub_with_member();
        store.office_add_session(b"t1", "m", 100).unwrap();
        store.office_add_session(b"t2", "m", 100).unwrap();
        let live = store.office_session(b"t1", 200, 50).unwrap().unwrap();
        assert_eq!((live.member_id.as_str(), live.last_seen), ("m", 200));
        // t2 was last seen at 100: idle past 150, it is gone; t1 (seen at 200) stays.
        assert_eq!(store.office_session(b"t2", 300, 150).unwrap(), None);
        assert!(store.office_session(b"t1", 300, 150).unwrap().is_some());
        assert!(store.office_remove_session(b"t1").unwrap());
        assert_eq!(store.office_session(b"t1", 300, 0).unwrap(), None);
        assert!(!store.office_remove_session(b"t1").unwrap());
        store.office_add_session(b"t3", "m", 400).unwrap();
        assert_eq!(store.office_remove_member_sessions("m").unwrap(), 1);
    }
}
