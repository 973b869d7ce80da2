//! A phone's pairing with its office hub: where the hub is, the certificate it pins, the
//! credential it syncs with, and how the last sync went.
//!
//! **Decision:** like the hub's admin tables, this is device state updated in place (one row),
//! not a projection: [`Store::rebuild_projections`] leaves it alone and it never syncs. The
//! credential is a secret: it is stored (the phone must present it) but never logged, and
//! [`PairingRow`]'s `Debug` leaves it out.

use rusqlite::{OptionalExtension, params};
use waymark_core::sync::VersionVector;

use crate::{Store, StoreError};

pub const MIGRATIONS: &[(i64, &str)] = &[(
    6,
    "CREATE TABLE device_pairing (
        id                INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        hub_address       TEXT NOT NULL,
        fingerprint       TEXT NOT NULL,
        credential        TEXT NOT NULL,
        display_name      TEXT NOT NULL,
        paired_at         INTEGER NOT NULL,
        last_synced_at    INTEGER,
        last_attempt_at   INTEGER,
        last_error        TEXT,
        hub_vector        TEXT NOT NULL DEFAULT '[]'
    ) STRICT;",
)];

/// The one pairing a phone holds.
#[derive(Clone, PartialEq, Eq)]
pub struct PairingRow {
    pub hub_address: String,
    /// Lower-case hex SHA-256 of the hub's certificate.
    pub fingerprint: String,
    /// Bearer credential for the hub. Secret: never log it.
    pub credential: String,
    /// The name the facilitator gave this participant.
    pub display_name: String,
    pub paired_at_ms: i64,
    pub last_synced_at_ms: Option<i64>,
    pub last_attempt_at_ms: Option<i64>,
    pub last_error: Option<String>,
    /// What the hub held of this participant's streams after the last successful sync.
    pub hub_vector: VersionVector,
}

impl std::fmt::Debug for PairingRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairingRow")
            .field("hub_address", &self.hub_address)
            .field("fingerprint", &self.fingerprint)
            .field("credential", &"<secret>")
            .field("display_name", &self.display_name)
            .field("paired_at_ms", &self.paired_at_ms)
            .field("last_synced_at_ms", &self.last_synced_at_ms)
            .field("last_error", &self.last_error)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// This phone's pairing, if it has one.
    pub fn pairing(&self) -> Result<Option<PairingRow>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT hub_address, fingerprint, credential, display_name, paired_at, last_synced_at,
                        last_attempt_at, last_error, hub_vector
                 FROM device_pairing WHERE id = 1",
                [],
                |r| {
                    Ok((
                        PairingRow {
                            hub_address: r.get(0)?,
                            fingerprint: r.get(1)?,
                            credential: r.get(2)?,
                            display_name: r.get(3)?,
                            paired_at_ms: r.get(4)?,
                            last_synced_at_ms: r.get(5)?,
                            last_attempt_at_ms: r.get(6)?,
                            last_error: r.get(7)?,
                            hub_vector: VersionVector::default(),
                        },
                        r.get::<_, String>(8)?,
                    ))
                },
            )
            .optional()?;
        let Some((mut row, vector)) = row else { return Ok(None) };
        row.hub_vector = serde_json::from_str(&vector)
            .map_err(|e| StoreError::Invalid(format!("the saved hub vector is not valid: {e}")))?;
        Ok(Some(row))
    }

    /// Remember a new pairing, replacing any earlier one (a new hub knows nothing yet).
    pub fn set_pairing(
        &mut self,
        hub_address: &str,
        fingerprint: &str,
        credential: &str,
        display_name: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.conn.prepare_cached("INSERT INTO device_pairing (id, hub_address, fingerprint, credential, display_name, paired_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET hub_address = excluded.hub_address,
                fingerprint = excluded.fingerprint, credential = excluded.credential,
                display_name = excluded.display_name, paired_at = excluded.paired_at,
                last_synced_at = NULL, last_attempt_at = NULL, last_error = NULL, hub_vector = '[]'")?.execute(params![hub_address, fingerprint, credential, display_name, now_ms],
        )?;
        Ok(())
    }

    /// Record a sync that finished: the hub now holds `hub_vector`.
    pub fn record_sync_success(&mut self, hub_vector: &VersionVector, now_ms: i64) -> Result<(), StoreError> {
        let vector = serde_json::to_string(hub_vector)
            .map_err(|e| StoreError::Invalid(format!("the hub vector cannot be saved: {e}")))?;
        self.conn
            .prepare_cached(
                "UPDATE device_pairing SET last_synced_at = ?1, last_attempt_at = ?1, last_error = NULL,
                hub_vector = ?2 WHERE id = 1",
            )?
            .execute(params![now_ms, vector])?;
        Ok(())
    }

    /// Record a sync that did not finish, in plain words. What was synced before stays recorded.
    pub fn record_sync_failure(&mut self, error: &str, now_ms: i64) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("UPDATE device_pairing SET last_attempt_at = ?1, last_error = ?2 WHERE id = 1")?
            .execute(params![now_ms, error])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use waymark_core::EventBody;

    use super::*;
    use crate::cipher::{open_test_store, test_db};

    #[test]
    fn pairing_is_kept_replaced_and_records_each_sync() {
        let (_dir, db) = test_db();
        let mut store = open_test_store(&db);
        assert_eq!(store.pairing().unwrap(), None);
        store.set_pairing("10.0.0.2:8472", "ab", "secret-cred", "Sam", 1_000).unwrap();
        store
            .append(&EventBody::StepCompleted { session_id: "s01".into(), step_id: "a".into() }, 2_000)
            .unwrap();
        let vector = store.version_vector(None).unwrap();
        store.record_sync_success(&vector, 3_000).unwrap();
        store.record_sync_failure("Could not reach the office hub.", 4_000).unwrap();
        drop(store);

        let mut store = open_test_store(&db);
        let row = store.pairing().unwrap().unwrap();
        assert_eq!((row.hub_address.as_str(), row.credential.as_str()), ("10.0.0.2:8472", "secret-cred"));
        assert_eq!((row.last_synced_at_ms, row.last_attempt_at_ms), (Some(3_000), Some(4_000)));
        assert_eq!(row.last_error.as_deref(), Some("Could not reach the office hub."));
        assert_eq!(row.hub_vector, vector);
        assert!(!format!("{row:?}").contains("secret-cred"), "the credential is never in Debug output");

        store.set_pairing("10.0.0.3:8472", "cd", "other", "Sam", 5_000).unwrap();
        let row = store.pairing().unwrap().unwrap();
        assert_eq!((row.last_synced_at_ms, row.last_error), (None, None));
        assert_eq!(row.hub_vector, VersionVector::default());
        store.rebuild_projections().unwrap();
        assert!(store.pairing().unwrap().is_some(), "rebuilding projections leaves the pairing alone");
    }
}
