//! Pairing with the office hub and syncing, the only network the app does.
//!
//! The HTTPS is `waymark-hub-client`'s; the state (hub, pinned certificate, credential, last
//! sync) lives in the store through `waymark_api`. A background thread syncs every minute while
//! paired; "Sync now" and pairing sync at once. Syncs never overlap, never panic the app, and run
//! off the UI thread. Failures are kept as plain words for the status line. The credential is
//! never logged.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use waymark_api::{Api, Code, Error, HubLink, HubProbe, HubProbeRequest, PairWithHubRequest, SyncStatusView};
use waymark_hub_client::{HubClient, HubError, probe_fingerprint};

/// How often the phone tries to sync while paired.
pub const EVERY: Duration = Duration::from_secs(60);
/// Events per push or pull chunk.
const CHUNK: u32 = 200;

pub struct SyncWorker {
    /// Held while a sync runs, so two never overlap.
    running: Mutex<()>,
}

impl SyncWorker {
    /// Start the background thread. It does nothing until the phone is paired.
    pub fn start(api: Arc<Api>) -> Arc<SyncWorker> {
        let worker = Arc::new(SyncWorker { running: Mutex::new(()) });
        let background = worker.clone();
        let spawned = std::thread::Builder::new().name("waymark-hub-sync".into()).spawn(move || {
            loop {
                if matches!(api.hub_link(), Ok(Some(_))) {
                    // Errors are recorded for the status line; nothing to do with them here.
                    let _ = background.sync(&api);
                }
                std::thread::sleep(EVERY);
            }
        });
        if let Err(e) = spawned {
            eprintln!("Waymark: automatic sync is off ({e}); \"Sync now\" still works.");
        }
        worker
    }

    /// One sync with the paired hub; the outcome is recorded and the new status returned.
    pub fn sync(&self, api: &Api) -> Result<SyncStatusView, Error> {
        let _one_at_a_time = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(link) = api.hub_link()? else {
            return Err(Error::invalid("This phone is not connected to an office hub yet."));
        };
        let result = HubClient::new(&link.address, &link.fingerprint)
            .map_err(|e| Error { code: Code::SyncFailed, message: e.to_string() })
            .and_then(|client| {
                api.sync_with(&mut client.sync_transport(&link.credential), CHUNK, local_utc_offset_minutes())
            });
        api.record_sync_result(&result)
    }
}

/// This device's offset from UTC now, in minutes (60 in British Summer Time): the diary summaries
/// a sync sends are of the participant's local weeks.
fn local_utc_offset_minutes() -> i32 {
    chrono::Local::now().offset().local_minus_utc() / 60
}

/// Read the hub's certificate fingerprint so the participant can compare it before pairing.
pub fn hub_fingerprint(request: HubProbeRequest) -> Result<HubProbe, Error> {
    let address = request.address.trim().to_string();
    check_address(&address)?;
    let fingerprint = probe_fingerprint(&address).map_err(pairing_error)?;
    Ok(HubProbe { address, fingerprint })
}

/// Pair with the hub, pinning `fingerprint`, then sync at once.
pub fn pair_with_hub(
    api: &Api,
    worker: &SyncWorker,
    request: PairWithHubRequest,
) -> Result<SyncStatusView, Error> {
    let address = request.address.trim().to_string();
    check_address(&address)?;
    let fingerprint = request.fingerprint.trim().to_ascii_lowercase();
    if fingerprint.len() != 64 || !fingerprint.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(Error::invalid("The office hub's identity is missing. Connect again."));
    }
    let client = HubClient::new(&address, &fingerprint).map_err(pairing_error)?;
    let (participant, device) = api.device_identity()?;
    let paired = client.pair(&request.secret, &participant, &device).map_err(pairing_error)?;
    let link = HubLink { address, fingerprint, credential: paired.credential };
    api.record_pairing(&link, &paired.participant_id, &paired.display_name)?;
    worker.sync(api)
}

fn check_address(address: &str) -> Result<(), Error> {
    let valid = address.rsplit_once(':').is_some_and(|(host, port)| {
        !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0) && !host.contains('/')
    });
    if valid {
        Ok(())
    } else {
        Err(Error::invalid("Type the hub address as shown on the hub screen, like 192.168.1.20:8472."))
    }
}

fn pairing_error(error: HubError) -> Error {
    match error {
        HubError::WrongHub => Error {
            code: Code::PairingRefused,
            message: "This is not the office hub you checked. Ask your facilitator for help.".into(),
        },
        HubError::Unreachable(_) => Error {
            code: Code::SyncFailed,
            message:
                "Could not reach the office hub. Check the address and that you are on the office Wi-Fi."
                    .into(),
        },
        HubError::Refused { code, message, .. } => Error {
            code: match code.as_str() {
                "pairing_refused" => Code::PairingRefused,
                // Too many wrong codes from this phone or at the office: the message says how long.
                "too_many_tries" => Code::TooManyTries,
                _ => Code::InvalidInput,
            },
            message,
        },
    }
}

/// "Erase everything on this phone": if paired, tell the hub (revoking this device there) when it
/// can be reached, then erase whatever it answered.
pub fn erase_phone(
    api: &Api,
    worker: &SyncWorker,
    request: waymark_api::EraseRequest,
) -> Result<waymark_api::LockView, Error> {
    // No sync may run while the files go.
    let _no_sync = worker.running.lock().unwrap_or_else(PoisonError::into_inner);
    if let Ok(Some(link)) = api.hub_link() {
        match HubClient::new(&link.address, &link.fingerprint)
            .and_then(|client| client.forget(&link.credential))
        {
            Ok(()) => {}
            // Out of reach, or already removed: the facilitator can remove the phone later.
            Err(e) => eprintln!("Waymark: the hub was not told about the erase ({e})."),
        }
    }
    api.erase_everything(request)
}
