//! The participant's side of the office hub: what the facilitator may see (consent), and how
//! syncing is going, in plain words.
//!
//! **Boundary:** pairing and syncing need the network, and this crate has no transports. The app
//! shell (`src-tauri`) does the HTTPS with `waymark-hub-client` and then calls
//! [`Api::record_pairing`] and [`Api::record_sync_result`] so the state lives in the store. In an
//! office browser there is nothing to pair (the browser *is* the hub); `sync_status` then says
//! "not paired".

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_core::EventBody;
use waymark_core::sync::{Consent, SyncSummary};

use crate::{Api, Code, Error};

/// App-only commands: they talk to the hub over the network, so the hub has no route for them.
pub const SYNC_COMMANDS: &[(&str, &str, &str)] = &[
    ("hub_fingerprint", "HubProbeRequest", "HubProbe"),
    ("pair_with_hub", "PairWithHubRequest", "SyncStatusView"),
    ("sync_now", "SyncNowRequest", "SyncStatusView"),
    // The live group session (`crate::live`): the phone's side, over the pinned HTTPS.
    ("live_follow", "LiveFollowRequest", "LiveNowView"),
    ("live_join", "LiveJoinRequest", "LiveSummary"),
    ("live_answer", "LiveAnswerRequest", "LiveAnswered"),
    // Erase everything on this phone, telling the paired hub first if it can be reached.
    ("erase_phone", "EraseRequest", "LockView"),
    // Save a backup as a file in the phone's Downloads folder (the app writes files; a browser
    // downloads `save_backup`'s text instead).
    ("save_backup_file", "SaveBackupRequest", "SavedBackup"),
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct GetConsentRequest {}

/// Change what the facilitator may see. Attendance and session progress are always shared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetConsentRequest {
    pub diary_summaries: bool,
    pub diary_entries: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConsentView {
    /// Always true: attendance and session progress are part of the programme.
    pub progress: bool,
    pub diary_summaries: bool,
    pub diary_entries: bool,
}

impl From<Consent> for ConsentView {
    fn from(c: Consent) -> Self {
        ConsentView { progress: true, diary_summaries: c.diary_summaries, diary_entries: c.diary_entries }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SyncStatusRequest {}

/// How syncing with the office hub is going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncStatusView {
    pub paired: bool,
    /// `host:port` of the hub, when paired.
    pub hub_address: Option<String>,
    /// First 8 hex characters of the pinned certificate, to compare with the hub's screen.
    pub fingerprint_short: Option<String>,
    /// The name the facilitator gave this participant.
    pub display_name: Option<String>,
    #[ts(type = "number | null")]
    pub last_synced_at_ms: Option<i64>,
    /// Things saved on this phone that the hub does not have yet (as of the last sync).
    #[ts(type = "number")]
    pub waiting: u64,
    /// What went wrong with the last try, in plain words; `None` after a sync that worked.
    pub last_error: Option<String>,
}

/// `hub_fingerprint`: connect once to read the hub's certificate before trusting it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct HubProbeRequest {
    /// `host:port` of the hub's HTTPS listener.
    pub address: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HubProbe {
    pub address: String,
    /// Lower-case hex SHA-256 of the certificate the hub presented.
    pub fingerprint: String,
}

/// `pair_with_hub`: pair with the typed code (or the QR link's token) and pin `fingerprint`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PairWithHubRequest {
    pub address: String,
    pub fingerprint: String,
    /// The 6-digit code, or the token from a `waymark://pair?…` link.
    pub secret: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SyncNowRequest {}

/// Where and how to reach the paired hub. Holds the credential: never log it.
#[derive(Clone, PartialEq, Eq)]
pub struct HubLink {
    pub address: String,
    pub fingerprint: String,
    pub credential: String,
}

impl std::fmt::Debug for HubLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HubLink")
            .field("address", &self.address)
            .field("fingerprint", &self.fingerprint)
            .field("credential", &"<secret>")
            .finish()
    }
}

/// The plain words shown when the hub could not be reached.
pub const UNREACHABLE: &str = "Could not reach the office hub. It will try again later.";

impl Api {
    pub fn get_consent(&self, _request: GetConsentRequest) -> Result<ConsentView, Error> {
        Ok(self.store()?.consent()?.into())
    }

    /// Change what the facilitator may see. Revoking stops future sharing; what was already
    /// shared stays shared.
    pub fn set_consent(&self, request: SetConsentRequest) -> Result<ConsentView, Error> {
        let consent =
            Consent { diary_summaries: request.diary_summaries, diary_entries: request.diary_entries };
        Ok(self.apply_consent(consent)?.into())
    }

    /// Record a consent change as an event (shared with the hub like attendance).
    pub fn apply_consent(&self, consent: Consent) -> Result<Consent, Error> {
        let mut store = self.store()?;
        store.append(&EventBody::ConsentChanged { consent }, (self.clock)())?;
        Ok(store.consent()?)
    }

    pub fn sync_status(&self, _request: SyncStatusRequest) -> Result<SyncStatusView, Error> {
        let store = self.store()?;
        let Some(pairing) = store.pairing()? else {
            return Ok(SyncStatusView {
                paired: false,
                hub_address: None,
                fingerprint_short: None,
                display_name: None,
                last_synced_at_ms: None,
                waiting: 0,
                last_error: None,
            });
        };
        let participant = store.identity().stream.participant.clone();
        let local = store.version_vector(Some(&participant))?;
        Ok(SyncStatusView {
            paired: true,
            hub_address: Some(pairing.hub_address),
            fingerprint_short: Some(pairing.fingerprint.chars().take(8).collect()),
            display_name: Some(pairing.display_name),
            last_synced_at_ms: pairing.last_synced_at_ms,
            waiting: pairing.hub_vector.missing_from(&local),
            last_error: pairing.last_error,
        })
    }

    /// The participant and device this phone writes as (what it tells the hub when pairing).
    pub fn device_identity(&self) -> Result<(String, String), Error> {
        let store = self.store()?;
        let stream = &store.identity().stream;
        Ok((stream.participant.clone(), stream.device.clone()))
    }

    /// The paired hub, for the shell to connect to; `None` before pairing.
    pub fn hub_link(&self) -> Result<Option<HubLink>, Error> {
        Ok(self.store()?.pairing()?.map(|p| HubLink {
            address: p.hub_address,
            fingerprint: p.fingerprint,
            credential: p.credential,
        }))
    }

    /// Keep a pairing the hub granted. If the hub says this member is already another
    /// participant (work done on office equipment, attendance marked first, another phone), the
    /// phone joins that participant, bringing what it already holds
    /// ([`waymark_store::Store::join_participant`]), so nothing is lost and the next sync merges
    /// both ways.
    pub fn record_pairing(
        &self,
        link: &HubLink,
        participant_id: &str,
        display_name: &str,
    ) -> Result<SyncStatusView, Error> {
        {
            let mut store = self.store()?;
            if store.identity().stream.participant != participant_id {
                store.join_participant(participant_id, (self.clock)())?;
            }
            let address = link.address.trim();
            let fingerprint = link.fingerprint.trim().to_ascii_lowercase();
            store.set_pairing(address, &fingerprint, &link.credential, display_name, (self.clock)())?;
        }
        self.sync_status(SyncStatusRequest {})
    }

    /// Keep how a sync went. On success the hub holds everything this phone holds now.
    pub fn record_sync_result(&self, result: &Result<SyncSummary, Error>) -> Result<SyncStatusView, Error> {
        {
            let mut store = self.store()?;
            let now = (self.clock)();
            match result {
                Ok(_) => {
                    let participant = store.identity().stream.participant.clone();
                    let vector = store.version_vector(Some(&participant))?;
                    store.record_sync_success(&vector, now)?;
                }
                Err(error) => store.record_sync_failure(&plain_sync_error(error), now)?,
            }
        }
        self.sync_status(SyncStatusRequest {})
    }
}

/// A sync error in words for the participant, chosen by its code: every connection problem is
/// said the same way; the hub's own refusals (the pairing was removed, say) in its words.
fn plain_sync_error(error: &Error) -> String {
    match error.code {
        Code::HubUnreachable => UNREACHABLE.to_string(),
        _ => error.message.clone(),
    }
}
