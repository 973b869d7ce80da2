//! Sync use-cases (issue 5): the hub's answer to a device's sync request, and the device side
//! driving a [`SyncSession`] over any [`SyncTransport`] (real HTTP in the shells, an in-memory
//! fault-injecting one in tests).

use waymark_core::sync::{
    Effect, MAX_CHUNK_EVENTS, PROTOCOL_VERSION, SyncRequest, SyncResponse, SyncSession, SyncSummary, for_hub,
};
use waymark_store::ChunkRefused;

use crate::{Api, Code, Error};

/// Carries one request to the hub and brings back its response.
pub trait SyncTransport {
    fn exchange(&mut self, request: &SyncRequest) -> Result<SyncResponse, String>;
}

impl Api {
    /// Hub side: answer a request from a device paired for `participant`. Only that participant's
    /// events are read or accepted.
    pub fn sync_respond(&self, participant: &str, request: SyncRequest) -> Result<SyncResponse, Error> {
        let now = (self.clock)();
        let mut store = self.store()?;
        match request {
            SyncRequest::Hello { protocol } if protocol != PROTOCOL_VERSION => Err(Error::invalid(format!(
                "This device speaks sync protocol {protocol}; the hub speaks {PROTOCOL_VERSION}. Update the app."
            ))),
            SyncRequest::Hello { .. } => {
                Ok(SyncResponse::Hello { hub: store.version_vector(Some(participant))? })
            }
            SyncRequest::Push { events } => {
                let outcome = store.receive_chunk(Some(participant), &events, now).map_err(refused)?;
                Ok(SyncResponse::PushAck {
                    hub: store.version_vector(Some(participant))?,
                    conflicts: outcome.conflicts,
                })
            }
            SyncRequest::Pull { have, max_events } => {
                let max = max_events.clamp(1, MAX_CHUNK_EVENTS);
                let mut events = store.events_after(&have, Some(participant), max + 1)?;
                let more = events.len() > max as usize;
                events.truncate(max as usize);
                Ok(SyncResponse::Pull { events, more })
            }
        }
    }

    /// Device side: one whole sync with the hub. Safe to interrupt at any point and run again.
    pub fn sync_with(&self, transport: &mut dyn SyncTransport, chunk: u32) -> Result<SyncSummary, Error> {
        let participant = self.store()?.identity().stream.participant.clone();
        let mut session = SyncSession::new(self.store()?.version_vector(Some(&participant))?, chunk);
        let mut effect = session.start();
        loop {
            effect = match effect {
                Effect::Send(request) => match transport.exchange(&request) {
                    Ok(response) => session.response(response),
                    Err(why) => session.transport_failed(&why),
                },
                Effect::LoadOutgoing { hub, limit } => {
                    let store = self.store()?;
                    let consent = store.consent()?;
                    let events = store.events_after(&hub, Some(&participant), limit)?;
                    session.outgoing(events.iter().map(|e| for_hub(e, consent)).collect())
                }
                Effect::Apply(events) => {
                    let mut store = self.store()?;
                    store.receive_chunk(Some(&participant), &events, (self.clock)()).map_err(refused)?;
                    session.applied(store.version_vector(Some(&participant))?)
                }
                Effect::Finished(summary) => return Ok(summary),
                Effect::Failed(why) => return Err(Error { code: Code::SyncFailed, message: why }),
            };
        }
    }

    /// The participant this replica writes for.
    pub fn sync_respond_participant(&self) -> String {
        self.store().map(|s| s.identity().stream.participant.clone()).unwrap_or_default()
    }
}

fn refused(err: ChunkRefused) -> Error {
    match err {
        ChunkRefused::Store(e) => e.into(),
        other => Error::invalid(other.to_string()),
    }
}
