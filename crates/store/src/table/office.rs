//! Office sign-in on shared equipment: each member's PIN (a password hash made by the caller),
//! the tries at it, the facilitator's window and one-time code for choosing one, and the
//! signed-in browser sessions (SHA-256 of the session token only).
//!
//! **Decision:** a try is counted *before* it is checked, in one statement
//! ([`Store::office_pin_try`], [`Store::office_code_try`]), so tries sent at once meet the limit
//! one by one and no more than the limit are ever checked. A right PIN gives back its own try
//! only; wrong tries count until their window ends (or the facilitator opens a new PIN window).
//!
//! Like the rest of the hub's administration state ([`crate::table::hub`]) these rows are
//! updated in place and are not projections; [`Store::rebuild_projections`] leaves them alone.
//! Nothing here is synced to any device.

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[
    (
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
    ),
    // Tries are counted in a window (`tries` until `tries_until`) instead of "wrong in a row" with
    // a lock; choosing a PIN needs the facilitator's one-time code (SHA-256 kept, 3 tries).
    (
        10,
        "ALTER TABLE office_pins RENAME COLUMN failed_attempts TO tries;
         ALTER TABLE office_pins RENAME COLUMN locked_until TO tries_until;
         UPDATE office_pins SET tries = 0, tries_until = NULL;
         ALTER TABLE office_pins ADD COLUMN choose_code_hash BLOB;
         ALTER TABLE office_pins ADD COLUMN choose_code_tries INTEGER NOT NULL DEFAULT 0;
         UPDATE office_pins SET choose_until = NULL;",
    ),
];

/// A member's office PIN state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficePinRow {
    /// PHC string of the PIN's hash; `None` until the member chooses one.
    pub pin_hash: Option<String>,
    /// The facilitator let the member choose (or change) their PIN until this time.
    pub choose_until: Option<i64>,
    /// PIN tries counted (wrong, or being checked) in the window ending at `tries_until`.
    pub tries: i64,
    pub tries_until: Option<i64>,
    /// Tries at the facilitator's code in this choose window.
    pub choose_code_tries: i64,
}

/// A PIN try, counted: check it against `pin_hash` (none yet: it cannot be right).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinTry {
    Check {
        pin_hash: Option<String>,
        /// Tries left in this window after this one.
        left: i64,
        /// When this window of tries ends.
        until: i64,
    },
    /// The limit is reached; tries start again at this time.
    TooMany { until: i64 },
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
                "SELECT pin_hash, choose_until, tries, tries_until, choose_code_tries
                 FROM office_pins WHERE member_id = ?1",
                [member_id],
                |r| {
                    Ok(OfficePinRow {
                        pin_hash: r.get(0)?,
                        choose_until: r.get(1)?,
                        tries: r.get(2)?,
                        tries_until: r.get(3)?,
                        choose_code_tries: r.get(4)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Let the member choose a new PIN until `until` with the code whose hash is `code_hash` (the
    /// facilitator's action). Starts the PIN tries again (lifting a lock) and the code's tries;
    /// the old PIN keeps working until a new one is chosen.
    pub fn office_open_pin_window(
        &mut self,
        member_id: &str,
        until: i64,
        code_hash: &[u8],
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO office_pins (member_id, choose_until, choose_code_hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (member_id) DO UPDATE SET choose_until = excluded.choose_until,
               choose_code_hash = excluded.choose_code_hash, choose_code_tries = 0,
               tries = 0, tries_until = NULL",
            )?
            .execute(params![member_id, until, code_hash])?;
        Ok(())
    }

    /// Store a newly chosen PIN hash and close the window (its code stops working).
    pub fn office_set_pin(&mut self, member_id: &str, pin_hash: &str) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO office_pins (member_id, pin_hash) VALUES (?1, ?2)
             ON CONFLICT (member_id) DO UPDATE SET pin_hash = excluded.pin_hash, choose_until = NULL,
               choose_code_hash = NULL, choose_code_tries = 0, tries = 0, tries_until = NULL",
            )?
            .execute(params![member_id, pin_hash])?;
        Ok(())
    }

    /// Count a PIN try now, before it is checked, in one statement: at most `max` tries per
    /// window of `window_ms` (from the first), whoever sends them and however many at once.
    pub fn office_pin_try(
        &mut self,
        member_id: &str,
        max: i64,
        window_ms: i64,
        now_ms: i64,
    ) -> Result<PinTry, StoreError> {
        let counted: Option<(i64, Option<String>, i64)> = self
            .conn
            .query_row(
                "INSERT INTO office_pins (member_id, tries, tries_until) VALUES (?1, 1, ?3 + ?4)
                 ON CONFLICT (member_id) DO UPDATE SET
                   tries = CASE WHEN tries_until IS NULL OR tries_until <= ?3 THEN 1 ELSE tries + 1 END,
                   tries_until = CASE WHEN tries_until IS NULL OR tries_until <= ?3 THEN ?3 + ?4
                                 ELSE tries_until END
                 WHERE tries_until IS NULL OR tries_until <= ?3 OR tries < ?2
                 RETURNING tries, pin_hash, tries_until",
                params![member_id, max, now_ms, window_ms],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        Ok(match counted {
            Some((tries, pin_hash, until)) => PinTry::Check { pin_hash, left: (max - tries).max(0), until },
            None => PinTry::TooMany { until: self.office_pin(member_id)?.tries_until.unwrap_or(now_ms) },
        })
    }

    /// The PIN was right: its own try is given back (the wrong ones still count).
    pub fn office_pin_right(&mut self, member_id: &str) -> Result<(), StoreError> {
        self.conn
            .execute("UPDATE office_pins SET tries = MAX(tries - 1, 0) WHERE member_id = ?1", [member_id])?;
        Ok(())
    }

    /// Count a try at the facilitator's code now, before it is checked: `Some(code hash)` to
    /// compare against while the window is open and fewer than `max` tries were made; `None`
    /// otherwise (no window, run out, or used up).
    pub fn office_code_try(
        &mut self,
        member_id: &str,
        max: i64,
        now_ms: i64,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "UPDATE office_pins SET choose_code_tries = choose_code_tries + 1
                 WHERE member_id = ?1 AND choose_until > ?3 AND choose_code_hash IS NOT NULL
                   AND choose_code_tries < ?2
                 RETURNING choose_code_hash",
                params![member_id, max, now_ms],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn office_add_session(
        &mut self,
        token_hash: &[u8],
        member_id: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.conn.prepare_cached("INSERT INTO office_sessions (token_hash, member_id, created_at, last_seen) VALUES (?1, ?2, ?3, ?3)")?.execute(params![token_hash, member_id, now_ms],
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
        self.conn
            .prepare_cached("DELETE FROM office_sessions WHERE last_seen < ?1")?
            .execute([idle_since])?;
        self.conn
            .prepare_cached("UPDATE office_sessions SET last_seen = ?2 WHERE token_hash = ?1")?
            .execute(params![token_hash, now_ms])?;
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
        Ok(self
            .conn
            .prepare_cached("DELETE FROM office_sessions WHERE token_hash = ?1")?
            .execute([token_hash])?
            > 0)
    }

    /// End every office session of a member (a new PIN was chosen).
    pub fn office_remove_member_sessions(&mut self, member_id: &str) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .prepare_cached("DELETE FROM office_sessions WHERE member_id = ?1")?
            .execute([member_id])?)
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
    fn pin_tries_are_counted_before_the_check_and_only_a_right_one_is_given_back() {
        let mut store = hub_with_member();
        assert_eq!(store.office_pin("m").unwrap(), OfficePinRow::default());
        // No PIN yet: tries still count (a guesser cannot tell), and there is nothing to check.
        let first = store.office_pin_try("m", 5, 900, 0).unwrap();
        assert_eq!(first, PinTry::Check { pin_hash: None, left: 4, until: 900 });
        store.office_set_pin("m", "hash").unwrap();
        // Twenty tries at once, none checked yet: five are let through, in order.
        let tries: Vec<PinTry> = (0..20).map(|_| store.office_pin_try("m", 5, 900, 10).unwrap()).collect();
        for (i, t) in tries.iter().enumerate() {
            let want = if i < 5 {
                PinTry::Check { pin_hash: Some("hash".into()), left: 4 - i as i64, until: 910 }
            } else {
                PinTry::TooMany { until: 910 }
            };
            assert_eq!(*t, want, "try {i}");
        }
        // One of them was right: only its own try comes back.
        store.office_pin_right("m").unwrap();
        assert_eq!(store.office_pin("m").unwrap().tries, 4);
        assert!(matches!(store.office_pin_try("m", 5, 900, 20).unwrap(), PinTry::Check { left: 0, .. }));
        assert_eq!(store.office_pin_try("m", 5, 900, 20).unwrap(), PinTry::TooMany { until: 910 });
        // The window ends: tries start again.
        assert!(matches!(store.office_pin_try("m", 5, 900, 910).unwrap(), PinTry::Check { left: 4, .. }));
        // The facilitator's new window starts them again too; the old PIN stays until a new one.
        store.office_open_pin_window("m", 1_200, b"code").unwrap();
        let pin = store.office_pin("m").unwrap();
        assert_eq!((pin.pin_hash.as_deref(), pin.tries, pin.choose_until), (Some("hash"), 0, Some(1_200)));
    }

    #[test]
    fn the_choose_code_gets_three_tries_in_its_window_and_stops_with_the_new_pin() {
        let mut store = hub_with_member();
        assert_eq!(store.office_code_try("m", 3, 0).unwrap(), None, "no window");
        store.office_open_pin_window("m", 600, b"code").unwrap();
        for _ in 0..3 {
            assert_eq!(store.office_code_try("m", 3, 10).unwrap().as_deref(), Some(&b"code"[..]));
        }
        assert_eq!(store.office_code_try("m", 3, 10).unwrap(), None, "used up");
        store.office_open_pin_window("m", 600, b"new").unwrap();
        assert_eq!(store.office_code_try("m", 3, 600).unwrap(), None, "run out");
        store.office_open_pin_window("m", 900, b"new").unwrap();
        assert!(store.office_code_try("m", 3, 700).unwrap().is_some());
        store.office_set_pin("m", "hash").unwrap();
        assert_eq!(store.office_code_try("m", 3, 700).unwrap(), None, "a chosen PIN closes the window");
        let pin = store.office_pin("m").unwrap();
        assert_eq!((pin.pin_hash.as_deref(), pin.choose_until), (Some("hash"), None));
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
