//! The office hub's own tables: groups, members, paired devices and pairing offers; and the
//! `attendance` projection of `attendance_marked` events.
//!
//! **Decision:** groups, members, devices and offers are the hub's *administration* state, not a
//! participant's record, so they are plain tables updated in place (a device's `last_sync_at`,
//! `revoked_at`; an offer's `used_at`). They are not projections: [`Store::rebuild_projections`]
//! leaves them alone. Attendance *is* part of the participant's record, so it is an event
//! (written with [`Store::append_for`] on the hub's own stream in the participant's namespace,
//! and synced to the participant's phone) and `attendance` is its projection.
//!
//! Secrets are never stored: only SHA-256 hashes of credentials, pairing tokens and codes (the
//! caller hashes; this module never sees a secret).

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use waymark_core::{Event, EventBody, StreamId};

use crate::table::diary::revision_key;
use crate::table::progress;
use crate::{Store, StoreError};
use waymark_core::{AttendanceStatus, HeldSession};

pub const MIGRATIONS: &[(i64, &str)] = &[
    (
        5,
        "CREATE TABLE hub_groups (
        id         TEXT PRIMARY KEY NOT NULL,
        name       TEXT NOT NULL,
        created_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE hub_members (
        id           TEXT PRIMARY KEY NOT NULL,
        group_id     TEXT NOT NULL REFERENCES hub_groups (id),
        display_name TEXT NOT NULL,
        participant  TEXT UNIQUE,
        created_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX hub_members_by_group ON hub_members (group_id, created_at);
    CREATE TABLE hub_devices (
        credential_hash BLOB PRIMARY KEY NOT NULL,
        member_id       TEXT NOT NULL REFERENCES hub_members (id),
        device_id       TEXT NOT NULL,
        paired_at       INTEGER NOT NULL,
        last_sync_at    INTEGER,
        revoked_at      INTEGER
    ) STRICT;
    CREATE INDEX hub_devices_by_member ON hub_devices (member_id);
    CREATE TABLE hub_pairing_offers (
        id              TEXT PRIMARY KEY NOT NULL,
        member_id       TEXT NOT NULL REFERENCES hub_members (id),
        token_hash      BLOB NOT NULL UNIQUE,
        code_hash       BLOB NOT NULL,
        created_at      INTEGER NOT NULL,
        expires_at      INTEGER NOT NULL,
        used_at         INTEGER,
        failed_attempts INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE attendance (
        participant    TEXT NOT NULL,
        session_number INTEGER NOT NULL,
        present        INTEGER NOT NULL,
        rev_key        TEXT NOT NULL,
        PRIMARY KEY (participant, session_number)
    ) STRICT;",
    ),
    (
        13,
        // The register (issue 10 point 5): attendance keeps its status, the held session's facts and
        // whether it corrects an earlier record; a member's optional case reference (the office's
        // own, never a surname); a group's office and facilitator, as the register prints them.
        "ALTER TABLE attendance ADD COLUMN status TEXT;
    ALTER TABLE attendance ADD COLUMN held TEXT;
    ALTER TABLE attendance ADD COLUMN correction INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE attendance ADD COLUMN marked_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE hub_members ADD COLUMN case_ref TEXT;
    ALTER TABLE hub_groups ADD COLUMN office TEXT NOT NULL DEFAULT '';
    ALTER TABLE hub_groups ADD COLUMN facilitator TEXT NOT NULL DEFAULT '';",
    ),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupRow {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub id: String,
    pub group_id: String,
    pub display_name: String,
    /// Set when the member's first device pairs.
    pub participant: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceRow {
    pub member_id: String,
    pub device_id: String,
    pub paired_at: i64,
    pub last_sync_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A device's credential resolved: who it writes for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceAuth {
    pub device: DeviceRow,
    pub participant: String,
}

/// How a pairing secret was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairingSecret<'a> {
    /// SHA-256 of the QR code's one-time token.
    Token(&'a [u8]),
    /// SHA-256 of the 6-digit code.
    Code(&'a [u8]),
}

/// Why a pairing was refused. Nothing was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairRefused {
    /// No live offer matches (wrong code or token).
    Unknown,
    Expired,
    Used,
    /// The participant id the device brings is another member's, or already has data here.
    ParticipantTaken,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paired {
    pub member: MemberRow,
    /// The participant the device now writes for (the member's, set now if this is the first).
    pub participant: String,
}

/// One person's current attendance record for one session (the latest by stamp).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendanceRow {
    pub session_number: u8,
    pub status: AttendanceStatus,
    /// The held session's facts; `None` for a version-1 record (no details were kept then).
    pub held: Option<HeldSession>,
    /// This record corrects an earlier one (which stays in the log).
    pub correction: bool,
    pub marked_at_ms: i64,
}

/// Attendance projection: last writer (by revision key) wins per (participant, session).
pub fn record_attendance(
    tx: &Transaction<'_>,
    event: &Event,
    session_number: u8,
    present: bool,
    status: Option<AttendanceStatus>,
    held: Option<&HeldSession>,
    correction: bool,
) -> Result<(), StoreError> {
    let status = status.unwrap_or(if present { AttendanceStatus::Present } else { AttendanceStatus::Absent });
    let status = match status {
        AttendanceStatus::Present => "present",
        AttendanceStatus::Absent => "absent",
        AttendanceStatus::AcceptableAbsence => "acceptable_absence",
    };
    let held = held.map(serde_json::to_string).transpose().map_err(|e| StoreError::Invalid(e.to_string()))?;
    tx.prepare_cached("INSERT INTO attendance (participant, session_number, present, rev_key, status, held, correction, marked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (participant, session_number) DO UPDATE
           SET present = excluded.present, rev_key = excluded.rev_key, status = excluded.status,
               held = excluded.held, correction = excluded.correction, marked_at = excluded.marked_at
           WHERE excluded.rev_key > attendance.rev_key")?.execute(params![
            event.stream.participant,
            session_number,
            present,
            revision_key(event),
            status,
            held,
            correction,
            event.hlc.wall_ms
        ],
    )?;
    Ok(())
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM attendance")?.execute([])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT participant || '|' || session_number || '|' || present || '|' || rev_key FROM attendance
         ORDER BY participant, session_number",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn member_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MemberRow> {
    Ok(MemberRow { id: r.get(0)?, group_id: r.get(1)?, display_name: r.get(2)?, participant: r.get(3)? })
}

fn device_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceRow> {
    Ok(DeviceRow {
        member_id: r.get(0)?,
        device_id: r.get(1)?,
        paired_at: r.get(2)?,
        last_sync_at: r.get(3)?,
        revoked_at: r.get(4)?,
    })
}

const MEMBER_COLUMNS: &str = "id, group_id, display_name, participant";
const DEVICE_COLUMNS: &str = "member_id, device_id, paired_at, last_sync_at, revoked_at";

fn member(conn: &Connection, id: &str) -> Result<Option<MemberRow>, StoreError> {
    Ok(conn
        .query_row(&format!("SELECT {MEMBER_COLUMNS} FROM hub_members WHERE id = ?1"), [id], member_row)
        .optional()?)
}

/// The hub's use of the store. Only the hub calls these; a phone's database has the tables but
/// leaves them empty.
impl Store {
    /// Append an event on this store's own device stream but in `participant`'s namespace: the
    /// stream is `(participant, this device, epoch)`, so it has one writer (this hub) and syncs to
    /// that participant's devices like any other of their streams. Only the kinds the hub
    /// writes ([`waymark_core::event::Writer::Hub`]); a participant's own records made at the
    /// office go through [`Store::act_for`] and [`Store::append`].
    pub fn append_for(
        &mut self,
        participant: &str,
        body: &EventBody,
        now_ms: i64,
    ) -> Result<Event, StoreError> {
        if body.writer() != waymark_core::event::Writer::Hub {
            return Err(StoreError::Invalid(format!(
                "a {:?} record is the participant's own; the hub does not write it for them",
                body.kind()
            )));
        }
        let stream = StreamId {
            participant: participant.to_string(),
            device: self.identity.stream.device.clone(),
            epoch: self.identity.stream.epoch,
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let event = crate::append_in(&tx, &stream, body, now_ms)?;
        tx.commit()?;
        Ok(event)
    }

    pub fn hub_create_group(&mut self, id: &str, name: &str, now_ms: i64) -> Result<GroupRow, StoreError> {
        self.conn
            .prepare_cached("INSERT INTO hub_groups (id, name, created_at) VALUES (?1, ?2, ?3)")?
            .execute(params![id, name, now_ms])?;
        Ok(GroupRow { id: id.into(), name: name.into(), created_at: now_ms })
    }

    pub fn hub_group(&self, id: &str) -> Result<Option<GroupRow>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT id, name, created_at FROM hub_groups WHERE id = ?1", [id], |r| {
                Ok(GroupRow { id: r.get(0)?, name: r.get(1)?, created_at: r.get(2)? })
            })
            .optional()?)
    }

    pub fn hub_groups(&self) -> Result<Vec<GroupRow>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT id, name, created_at FROM hub_groups ORDER BY created_at, id")?;
        let rows =
            stmt.query_map([], |r| Ok(GroupRow { id: r.get(0)?, name: r.get(1)?, created_at: r.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn hub_add_member(
        &mut self,
        id: &str,
        group_id: &str,
        display_name: &str,
        now_ms: i64,
    ) -> Result<MemberRow, StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO hub_members (id, group_id, display_name, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, group_id, display_name, now_ms])?;
        Ok(MemberRow {
            id: id.into(),
            group_id: group_id.into(),
            display_name: display_name.into(),
            participant: None,
        })
    }

    /// Give a member another display name (the facilitator corrects a typo, or tells two Sams
    /// apart). Returns whether the member exists.
    pub fn hub_rename_member(&mut self, id: &str, display_name: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .execute("UPDATE hub_members SET display_name = ?2 WHERE id = ?1", params![id, display_name])?
            == 1)
    }

    pub fn hub_member(&self, id: &str) -> Result<Option<MemberRow>, StoreError> {
        member(&self.conn, id)
    }

    /// Members of a group, in the order they were added.
    pub fn hub_members(&self, group_id: &str) -> Result<Vec<MemberRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {MEMBER_COLUMNS} FROM hub_members WHERE group_id = ?1 ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map([group_id], member_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Give an unpaired member a participant id (the hub's, for attendance marked before the
    /// phone pairs). A member who already has one keeps it.
    pub fn hub_set_member_participant(
        &mut self,
        member_id: &str,
        participant: &str,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("UPDATE hub_members SET participant = ?1 WHERE id = ?2 AND participant IS NULL")?
            .execute(params![participant, member_id])?;
        Ok(())
    }

    /// Every device ever paired for a member, revoked ones included, oldest first.
    pub fn hub_devices(&self, member_id: &str) -> Result<Vec<DeviceRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DEVICE_COLUMNS} FROM hub_devices WHERE member_id = ?1 ORDER BY paired_at, device_id"
        ))?;
        let rows = stmt.query_map([member_id], device_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Record a pairing offer (hashes only). Earlier unused offers of the member are left to expire.
    pub fn hub_add_offer(
        &mut self,
        id: &str,
        member_id: &str,
        token_hash: &[u8],
        code_hash: &[u8],
        now_ms: i64,
        expires_at_ms: i64,
    ) -> Result<(), StoreError> {
        self.conn.prepare_cached("INSERT INTO hub_pairing_offers (id, member_id, token_hash, code_hash, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(params![id, member_id, token_hash, code_hash, now_ms, expires_at_ms],
        )?;
        Ok(())
    }

    /// Whether a live offer (unused, unexpired) already uses this code hash, so a new offer can
    /// pick another code and a code names exactly one offer.
    pub fn hub_code_in_use(&self, code_hash: &[u8], now_ms: i64) -> Result<bool, StoreError> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT COUNT(*) FROM hub_pairing_offers
             WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2",
            )?
            .query_row(params![code_hash, now_ms], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// Redeem a pairing offer, all in one transaction: check it, tie the member to a participant
    /// (the device's own id on a member's first pairing), store the device's credential hash and
    /// mark the offer used.
    ///
    /// A wrong *code* cannot name the offer it was meant for, so it changes no offer (before,
    /// it counted against every live offer, and five wrong codes from anyone burned them all).
    /// Guessing is bounded by the caller, per client address and hub-wide (`waymark_api`'s
    /// `limits`). The `failed_attempts` column is no longer written.
    pub fn hub_redeem_offer(
        &mut self,
        secret: PairingSecret<'_>,
        credential_hash: &[u8],
        device_participant: &str,
        device_id: &str,
        now_ms: i64,
    ) -> Result<Result<Paired, PairRefused>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (column, hash) = match secret {
            PairingSecret::Token(h) => ("token_hash", h),
            PairingSecret::Code(h) => ("code_hash", h),
        };
        // For a code, prefer the live offer (an old used or expired one may share the code).
        let offer: Option<(String, String, i64, Option<i64>)> = tx
            .query_row(
                &format!(
                    "SELECT id, member_id, expires_at, used_at FROM hub_pairing_offers
                     WHERE {column} = ?1
                     ORDER BY (used_at IS NULL AND expires_at > ?2) DESC, created_at DESC
                     LIMIT 1"
                ),
                params![hash, now_ms],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let refuse =
            |tx: Transaction<'_>, why: PairRefused| -> Result<Result<Paired, PairRefused>, StoreError> {
                tx.commit()?;
                Ok(Err(why))
            };
        let Some((offer_id, member_id, expires_at, used_at)) = offer else {
            return refuse(tx, PairRefused::Unknown);
        };
        if used_at.is_some() {
            return refuse(tx, PairRefused::Used);
        }
        if expires_at <= now_ms {
            return refuse(tx, PairRefused::Expired);
        }
        let Some(member) = member(&tx, &member_id)? else {
            return refuse(tx, PairRefused::Unknown);
        };
        let participant = match &member.participant {
            Some(p) => p.clone(),
            None => {
                let owner: Option<String> = tx
                    .query_row(
                        "SELECT id FROM hub_members WHERE participant = ?1",
                        [device_participant],
                        |r| r.get(0),
                    )
                    .optional()?;
                let held: i64 = tx
                    .prepare_cached("SELECT COUNT(*) FROM events WHERE participant = ?1")?
                    .query_row([device_participant], |r| r.get(0))?;
                if owner.is_some() || held > 0 {
                    return refuse(tx, PairRefused::ParticipantTaken);
                }
                tx.prepare_cached("UPDATE hub_members SET participant = ?1 WHERE id = ?2")?
                    .execute(params![device_participant, member.id])?;
                device_participant.to_string()
            }
        };
        tx.prepare_cached("INSERT INTO hub_devices (credential_hash, member_id, device_id, paired_at) VALUES (?1, ?2, ?3, ?4)")?.execute(params![credential_hash, member.id, device_id, now_ms],
        )?;
        tx.prepare_cached("UPDATE hub_pairing_offers SET used_at = ?1 WHERE id = ?2")?
            .execute(params![now_ms, offer_id])?;
        tx.commit()?;
        Ok(Ok(Paired { member: MemberRow { participant: Some(participant.clone()), ..member }, participant }))
    }

    /// The device holding this credential, if it is paired and not revoked.
    pub fn hub_device_by_credential(&self, credential_hash: &[u8]) -> Result<Option<DeviceAuth>, StoreError> {
        let row: Option<(DeviceRow, Option<String>)> = self
            .conn
            .query_row(
                "SELECT d.member_id, d.device_id, d.paired_at, d.last_sync_at, d.revoked_at, m.participant
                 FROM hub_devices d JOIN hub_members m ON m.id = d.member_id
                 WHERE d.credential_hash = ?1",
                [credential_hash],
                |r| Ok((device_row(r)?, r.get(5)?)),
            )
            .optional()?;
        Ok(row.and_then(|(device, participant)| {
            let participant = participant?;
            (device.revoked_at.is_none()).then_some(DeviceAuth { device, participant })
        }))
    }

    /// Whether this credential was paired once and has since been revoked (for a plain message).
    pub fn hub_credential_revoked(&self, credential_hash: &[u8]) -> Result<bool, StoreError> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT COUNT(*) FROM hub_devices WHERE credential_hash = ?1 AND revoked_at IS NOT NULL",
            )?
            .query_row([credential_hash], |r| r.get(0))?;
        Ok(n > 0)
    }

    pub fn hub_touch_device(&mut self, credential_hash: &[u8], now_ms: i64) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("UPDATE hub_devices SET last_sync_at = ?1 WHERE credential_hash = ?2")?
            .execute(params![now_ms, credential_hash])?;
        Ok(())
    }

    /// Revoke every live credential of `device_id` paired for `member_id`. Returns how many.
    pub fn hub_revoke_device(
        &mut self,
        member_id: &str,
        device_id: &str,
        now_ms: i64,
    ) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .prepare_cached(
                "UPDATE hub_devices SET revoked_at = ?1
             WHERE member_id = ?2 AND device_id = ?3 AND revoked_at IS NULL",
            )?
            .execute(params![now_ms, member_id, device_id])?)
    }

    /// The participant's current attendance records, by session number.
    pub fn attendance_records(&self, participant: &str) -> Result<Vec<AttendanceRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT session_number, present, status, held, correction, marked_at FROM attendance
             WHERE participant = ?1 ORDER BY session_number",
        )?;
        let rows = stmt.query_map([participant], |r| {
            Ok((
                r.get::<_, u8>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (session_number, present, status, held, correction, marked_at_ms) = row?;
            let status = status
                .and_then(|s| serde_json::from_value(serde_json::Value::String(s)).ok())
                .unwrap_or(if present { AttendanceStatus::Present } else { AttendanceStatus::Absent });
            let held = held.and_then(|h| serde_json::from_str(&h).ok());
            out.push(AttendanceRow { session_number, status, held, correction, marked_at_ms });
        }
        Ok(out)
    }

    /// Session numbers at which the participant is currently marked present, ascending.
    pub fn attendance(&self, participant: &str) -> Result<Vec<u8>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT session_number FROM attendance WHERE participant = ?1 AND present = 1 ORDER BY session_number",
        )?;
        let rows = stmt.query_map([participant], |r| r.get::<_, u8>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Steps completed by any participant (for the hub's roster).
    pub fn completed_steps_of(&self, participant: &str) -> Result<Vec<crate::CompletedStep>, StoreError> {
        progress::completed_steps(&self.conn, participant)
    }

    /// Current consent of any participant (for the hub's roster).
    pub fn consent_of(&self, participant: &str) -> Result<waymark_core::sync::Consent, StoreError> {
        crate::table::goals::consent(&self.conn, participant)
    }

    /// Live diary entries of any participant in `[from_ms, to_ms)` (for a consented summary).
    pub fn diary_between_of(
        &self,
        participant: &str,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<Vec<crate::DiaryRow>, StoreError> {
        crate::table::diary::entries_between(&self.conn, participant, from_ms, to_ms)
    }

    /// Copy the whole database to a new file at `path` (SQLite `VACUUM INTO`): a consistent
    /// snapshot, taken while the hub keeps running. The benchmark's export baseline.
    pub fn backup_to(&self, path: &std::path::Path) -> Result<(), StoreError> {
        let target =
            path.to_str().ok_or_else(|| StoreError::Invalid("the backup path is not valid text".into()))?;
        self.conn.prepare_cached("VACUUM INTO ?1")?.execute([target])?;
        Ok(())
    }

    /// Number of events held for a participant (tests and the benchmark check "nothing stored").
    pub fn event_count_of(&self, participant: &str) -> Result<u64, StoreError> {
        let vector = crate::table::sync::version_vector(&self.conn, Some(participant))?;
        Ok(vector.0.values().sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(text: &str) -> Vec<u8> {
        text.as_bytes().to_vec()
    }

    #[test]
    fn attendance_is_an_event_on_the_hubs_stream_and_its_projection_rebuilds() {
        let mut hub = Store::open_in_memory().unwrap();
        let mark = |n, present| EventBody::AttendanceMarked {
            session_number: n,
            present,
            status: None,
            held: None,
            correction: false,
        };
        let first = hub.append_for("p1", &mark(1, true), 1_000).unwrap();
        hub.append_for("p1", &mark(2, true), 2_000).unwrap();
        hub.append_for("p1", &mark(2, false), 3_000).unwrap();
        hub.append_for("p2", &mark(3, true), 4_000).unwrap();
        assert_eq!(first.stream.participant, "p1");
        assert_eq!(first.stream.device, hub.identity().stream.device);
        assert_eq!(first.visibility, waymark_core::Visibility::Attendance);
        assert_eq!(hub.attendance("p1").unwrap(), vec![1]);
        assert_eq!(hub.attendance("p2").unwrap(), vec![3]);
        assert_eq!(hub.event_count_of("p1").unwrap(), 3);
        let live = hub.projection_snapshot().unwrap();
        hub.rebuild_projections().unwrap();
        assert_eq!(hub.projection_snapshot().unwrap(), live);
        assert_eq!(hub.attendance("p1").unwrap(), vec![1]);
    }

    #[test]
    fn an_offer_pairs_once_and_a_participant_id_is_never_shared_between_members() {
        let mut hub = Store::open_in_memory().unwrap();
        hub.hub_create_group("g", "Group", 0).unwrap();
        hub.hub_add_member("m1", "g", "Al", 0).unwrap();
        hub.hub_add_member("m2", "g", "Bo", 0).unwrap();
        hub.hub_add_offer("o1", "m1", &hash("t1"), &hash("c1"), 0, 100).unwrap();
        hub.hub_add_offer("o2", "m2", &hash("t2"), &hash("c2"), 0, 100).unwrap();
        let paired = hub
            .hub_redeem_offer(PairingSecret::Code(&hash("c1")), &hash("k1"), "pa", "d1", 10)
            .unwrap()
            .unwrap();
        assert_eq!(paired.participant, "pa");
        let again =
            hub.hub_redeem_offer(PairingSecret::Code(&hash("c1")), &hash("k9"), "pa", "d9", 11).unwrap();
        assert_eq!(again, Err(PairRefused::Used));
        // Member 2's phone claims member 1's participant id: refused, nothing stored.
        let stolen =
            hub.hub_redeem_offer(PairingSecret::Token(&hash("t2")), &hash("k2"), "pa", "d2", 12).unwrap();
        assert_eq!(stolen, Err(PairRefused::ParticipantTaken));
        assert_eq!(hub.hub_member("m2").unwrap().unwrap().participant, None);
        assert!(hub.hub_device_by_credential(&hash("k2")).unwrap().is_none());
        let auth = hub.hub_device_by_credential(&hash("k1")).unwrap().unwrap();
        assert_eq!((auth.participant.as_str(), auth.device.device_id.as_str()), ("pa", "d1"));
        assert_eq!(hub.hub_revoke_device("m1", "d1", 20).unwrap(), 1);
        assert!(hub.hub_device_by_credential(&hash("k1")).unwrap().is_none());
        assert!(hub.hub_credential_revoked(&hash("k1")).unwrap());
    }

    #[test]
    fn wrong_codes_change_no_offer() {
        let mut hub = Store::open_in_memory().unwrap();
        hub.hub_create_group("g", "Group", 0).unwrap();
        hub.hub_add_member("m1", "g", "Al", 0).unwrap();
        hub.hub_add_offer("o1", "m1", &hash("t1"), &hash("c1"), 0, 100).unwrap();
        for _ in 0..50 {
            let wrong =
                hub.hub_redeem_offer(PairingSecret::Code(&hash("zz")), &hash("k"), "p", "d", 1).unwrap();
            assert_eq!(wrong, Err(PairRefused::Unknown));
        }
        assert!(hub.hub_code_in_use(&hash("c1"), 1).unwrap());
        let paired = hub.hub_redeem_offer(PairingSecret::Code(&hash("c1")), &hash("k"), "p", "d", 2).unwrap();
        assert!(paired.is_ok(), "{paired:?}");
        let expired = {
            hub.hub_add_offer("o2", "m1", &hash("t2"), &hash("c2"), 0, 100).unwrap();
            hub.hub_redeem_offer(PairingSecret::Token(&hash("t2")), &hash("k2"), "p", "d", 100).unwrap()
        };
        assert_eq!(expired, Err(PairRefused::Expired));
    }
}
