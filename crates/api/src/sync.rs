//! Sync use-cases (issues 5 and 12): the hub's answers to a device's sync requests, and the
//! device side driving a sync over any [`SyncTransport`] (HTTPS in the shells, an in-memory
//! fault-injecting one in tests).
//!
//! A device speaks protocol 2 ([`waymark_core::sync::wire`]: one round trip per chunk) and falls
//! back to protocol 1 for a hub that does not know it ([`SyncError::OldHub`]). The hub answers
//! both; pushes of either go through its committer, so phones syncing at the same time share
//! commits ([`crate::commit`]).

use waymark_core::progress::{self, WeekSummary};
pub use waymark_core::sync::SyncTransport;
use waymark_core::sync::{
    Effect, Exchange, Exchanged, Exchanger, MAX_CHUNK_EVENTS, PROTOCOL_V1, Sender, Step, SyncError,
    SyncRequest, SyncResponse, SyncSession, SyncSummary, VersionVector, for_hub, wire,
};
use waymark_core::{Event, EventBody, Visibility};
use waymark_store::ChunkRefused;

use crate::diary::{week_of, week_range};
use crate::{Api, Code, Error};

/// Who a device is to the hub: the participant it is paired for and its own device id (its
/// streams are `(participant, device, any epoch)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairedDevice {
    pub participant: String,
    pub device: String,
}

/// A failed sync as the api reports it: a [`Code`] to branch on and plain words. Nothing of an
/// event reaches the message ([`SyncError`] carries none).
fn sync_error(error: SyncError) -> Error {
    match error {
        SyncError::Unreachable { .. } => {
            Error { code: Code::HubUnreachable, message: crate::pairing::UNREACHABLE.into() }
        }
        SyncError::WrongHub => Error {
            code: Code::WrongHub,
            message: "This is not the office hub this phone was paired with. Ask your facilitator for help."
                .into(),
        },
        SyncError::Refused { code, message, .. } => {
            // The hub's own code (unauthorized, rate_limited, forbidden...) and its plain words.
            let code = serde_json::from_value(serde_json::Value::String(code)).unwrap_or(Code::SyncFailed);
            Error { code, message }
        }
        SyncError::OldHub => Error {
            code: Code::SyncFailed,
            message: "The office hub is too old for this app. Ask your facilitator to update it.".into(),
        },
        other => {
            Error { code: Code::SyncFailed, message: format!("{other} Nothing was lost; it will try again.") }
        }
    }
}

impl Api {
    /// Device side: one whole sync with the hub. Safe to interrupt at any point and run again.
    ///
    /// While the participant shares diary summaries, the phone sums this week's and last week's
    /// diaries (local weeks, from `utc_offset_minutes`, the phone's offset from UTC) and, if a
    /// summary changed, records it, so it goes with this sync. If the sync brought events from
    /// the participant's other devices, the sums are made again and a changed one sent at once:
    /// the summary counts what the other devices shared too, and a sync with new entries of
    /// this phone's own is still one exchange.
    pub fn sync_with(
        &self,
        transport: &mut dyn SyncTransport,
        chunk: u32,
        utc_offset_minutes: i32,
    ) -> Result<SyncSummary, Error> {
        crate::utc_offset(utc_offset_minutes)?;
        self.summarise_diary_weeks(utc_offset_minutes)?;
        let mut summary = self.sync_session(transport, chunk)?;
        if summary.pulled > 0 && self.summarise_diary_weeks(utc_offset_minutes)? > 0 {
            let more = self.sync_session(transport, chunk)?;
            summary.pushed += more.pushed;
            summary.pulled += more.pulled;
            summary.conflicts.extend(more.conflicts);
        }
        Ok(summary)
    }

    /// Protocol 2, or protocol 1 with a hub that does not know 2.
    fn sync_session(&self, transport: &mut dyn SyncTransport, chunk: u32) -> Result<SyncSummary, Error> {
        match self.sync_v2(transport, chunk) {
            Err(Some(SyncError::OldHub)) => self.sync_v1(transport, chunk),
            Err(Some(e)) => Err(sync_error(e)),
            Err(None) => Err(Error { code: Code::Internal, message: "The sync stopped.".into() }),
            Ok(result) => result,
        }
    }

    /// `Err(Some(_))`: the sync failed with that; `Ok(Err(_))`: a local failure (the store).
    fn sync_v2(
        &self,
        transport: &mut dyn SyncTransport,
        chunk: u32,
    ) -> Result<Result<SyncSummary, Error>, Option<SyncError>> {
        let local = |api: &Api| -> Result<(String, String, VersionVector, Option<VersionVector>), Error> {
            let store = api.store()?;
            let stream = store.identity().stream.clone();
            let local = store.version_vector(Some(&stream.participant))?;
            let known = store.pairing()?.map(|p| p.hub_vector).filter(|v| !v.0.is_empty());
            Ok((stream.participant, stream.device, local, known))
        };
        let (participant, device, vector, known) = match local(self) {
            Ok(x) => x,
            Err(e) => return Ok(Err(e)),
        };
        let mut exchanger = Exchanger::new(&participant, vector, known, chunk);
        let mut step = exchanger.start();
        loop {
            step = match step {
                Step::Send(request) => match transport.exchange(&request) {
                    Ok(answer) => exchanger.answer(answer),
                    Err(e) => exchanger.transport_failed(e),
                },
                Step::LoadOutgoing { hub, limit } => match self.outgoing(&participant, &device, hub, limit) {
                    Ok(events) => exchanger.outgoing(events),
                    Err(e) => return Ok(Err(e)),
                },
                Step::Apply(events) => {
                    match self.apply_pulled(&participant, exchanger.hub_device(), &events) {
                        Ok(local) => exchanger.applied(local),
                        Err(e) => return Ok(Err(e)),
                    }
                }
                Step::Finished { summary, .. } => return Ok(Ok(summary)),
                Step::Failed(e) => return Err(Some(e)),
            };
        }
    }

    fn sync_v1(&self, transport: &mut dyn SyncTransport, chunk: u32) -> Result<SyncSummary, Error> {
        let (participant, device) = self.device_identity()?;
        let mut session = SyncSession::new(self.store()?.version_vector(Some(&participant))?, chunk);
        let mut effect = session.start();
        loop {
            effect = match effect {
                Effect::Send(request) => match transport.request_v1(&request) {
                    Ok(response) => session.response(response),
                    Err(e) => session.transport_failed(e),
                },
                Effect::LoadOutgoing { hub, limit } => {
                    session.outgoing(self.outgoing(&participant, &device, hub, limit)?)
                }
                Effect::Apply(events) => {
                    session.applied(self.apply_pulled(&participant, session.hub_device(), &events)?)
                }
                Effect::Finished(summary) => return Ok(summary),
                Effect::Failed(e) => return Err(sync_error(e)),
            };
        }
    }

    /// Up to `limit` events this device wrote that the hub (holding `hub`) lacks, as they may
    /// leave the device under the participant's consent.
    fn outgoing(
        &self,
        participant: &str,
        device: &str,
        hub: VersionVector,
        limit: u32,
    ) -> Result<Vec<Event>, Error> {
        let store = self.store()?;
        let consent = store.consent()?;
        let local = store.version_vector(Some(participant))?;
        let have = others_as_held(hub, local, device);
        let events = store.events_after(&have, Some(participant), limit)?;
        Ok(events.into_iter().map(|e| for_hub(e, consent)).collect())
    }

    /// Store a pulled chunk (checked as coming from the hub); the local vector after it.
    fn apply_pulled(
        &self,
        participant: &str,
        hub_device: Option<&str>,
        events: &[Event],
    ) -> Result<VersionVector, Error> {
        let mut store = self.store()?;
        let sender = Sender::Hub { participant, hub_device };
        store.receive_chunk(sender, events, (self.clock)()).map_err(refused)?;
        Ok(store.version_vector(Some(participant))?)
    }

    /// Record a `diary_week_summarised` event for this local week and last week where the
    /// summary changed, if the participant shares summaries. Returns how many were recorded.
    ///
    /// A figure is recorded only if it differs from the one this device last sent for the week.
    /// So an unchanged diary sends nothing, and two devices whose diaries differ for good (with
    /// summaries only, neither sees the other's entries; an entry made before sharing was on
    /// stays withheld) do not replace each other's figure at every sync: each sends when its own
    /// diary changes, and the hub shows the latest. While entries are shared too, the devices
    /// hold the same diary, so a figure the hub already shows (another device sent it) is not
    /// sent again either. With summaries only, a match with another device's figure is chance,
    /// and skipping it would only make this device send later, when that figure changes.
    fn summarise_diary_weeks(&self, utc_offset_minutes: i32) -> Result<usize, Error> {
        let now = (self.clock)();
        let mut store = self.store()?;
        let consent = store.consent()?;
        if !consent.shares(Visibility::DiarySummary) {
            return Ok(0);
        }
        let today = progress::local_date(now, utc_offset_minutes)
            .ok_or_else(|| Error::invalid("The phone's clock is out of range."))?;
        let this_week = progress::week_start_of(today);
        let participant = store.identity().stream.participant.clone();
        let mut bodies = Vec::new();
        for start in [this_week - chrono::Duration::days(7), this_week] {
            let (from, to) = week_range(start, utc_offset_minutes);
            let week = week_of(store.diary_between(from, to)?, start, utc_offset_minutes, None);
            let summary = WeekSummary::of(&week);
            let sent = store.own_diary_summary(&summary.week_start)?;
            let shown = store.diary_summary_of(&participant, &summary.week_start)?;
            let already_shown = consent.diary_entries && shown.as_ref() == Some(&summary);
            if sent.as_ref() != Some(&summary) && !already_shown {
                bodies.push(EventBody::DiaryWeekSummarised { summary });
            }
        }
        Ok(store.append_all(&bodies, now)?)
    }
}

/// The one protocol-version check. Protocol 2 has its own address (`/device/v2/sync`), so only a
/// protocol-1 request says its version, in its envelope and in its `Hello`.
pub(crate) fn speaks_protocol_v1(protocol: u32) -> Result<(), Error> {
    if protocol == PROTOCOL_V1 {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "This app speaks sync protocol {protocol} to an address that speaks protocol {PROTOCOL_V1}. Update the app."
        )))
    }
}

impl crate::Hub {
    /// Hub side, protocol 1: answer a request from a paired device. Only that participant's
    /// events are read, and only what that device may write is accepted ([`Sender::Device`]).
    pub fn sync_respond(&self, from: &PairedDevice, request: SyncRequest) -> Result<SyncResponse, Error> {
        let participant = from.participant.as_str();
        match request {
            SyncRequest::Hello { protocol } => {
                speaks_protocol_v1(protocol)?;
                let store = self.api.store()?;
                Ok(SyncResponse::Hello {
                    hub: store.version_vector(Some(participant))?,
                    hub_device: Some(store.identity().stream.device.clone()),
                })
            }
            SyncRequest::Push { events } => {
                let (outcome, hub) = self.commit(from, events).map_err(refused)?;
                Ok(SyncResponse::PushAck { hub, conflicts: outcome.conflicts })
            }
            SyncRequest::Pull { have, max_events } => {
                let max = max_events.clamp(1, MAX_CHUNK_EVENTS);
                let mut events = self.api.store()?.events_after(&have, Some(participant), max + 1)?;
                let more = events.len() > max as usize;
                events.truncate(max as usize);
                Ok(SyncResponse::Pull { events, more })
            }
        }
    }

    /// Hub side, protocol 2: take the push (if any), then answer with what the hub holds (only
    /// if it differs from what the device holds) and what the device lacks. A push that would
    /// leave a gap (the device guessed wrong what the hub holds) stores nothing and is not an
    /// error: the answer says what the hub holds, and the device sends from there.
    pub fn exchange_respond(&self, from: &PairedDevice, request: Exchange) -> Result<Exchanged, Error> {
        let push = wire::events_of(&from.participant, request.push, MAX_CHUNK_EVENTS as usize)
            .map_err(|e| Error::invalid(e.message()))?;
        self.exchange_events(from, &request.have, push, request.max)
    }

    /// [`crate::Hub::exchange_respond`] with the push decoded.
    pub(crate) fn exchange_events(
        &self,
        from: &PairedDevice,
        have: &[wire::Held],
        push: Vec<Event>,
        max: u32,
    ) -> Result<Exchanged, Error> {
        let participant = from.participant.as_str();
        let mut conflicts = Vec::new();
        let mut after_push = None;
        if !push.is_empty() {
            match self.commit(from, push) {
                Ok((outcome, vector)) => {
                    conflicts = outcome.conflicts;
                    after_push = Some(vector);
                }
                Err(ChunkRefused::Invalid(waymark_core::sync::ChunkError::Gap { .. })) => {}
                Err(other) => return Err(refused(other)),
            }
        }
        let have = wire::vector_of(participant, have);
        let max = max.clamp(1, MAX_CHUNK_EVENTS);
        // A push the phone's own vector covers once stored (a first sync's chunks are all this)
        // is answered from the vector the committer read: nothing to pull, no store lock.
        let (hub, mut events, hub_device) = match after_push.filter(|hub| have.covers(hub)) {
            Some(hub) => (hub, Vec::new(), None),
            None => {
                let store = self.api.store()?;
                let hub = store.version_vector(Some(participant))?;
                let events = if have.covers(&hub) {
                    Vec::new()
                } else {
                    store.events_after(&have, Some(participant), max + 1)?
                };
                let device = (!events.is_empty()).then(|| store.identity().stream.device.clone());
                (hub, events, device)
            }
        };
        let more = events.len() > max as usize;
        events.truncate(max as usize);
        Ok(Exchanged {
            hub: (hub != have).then(|| wire::held_of(&hub)),
            hub_device,
            conflicts,
            pull: wire::runs_of(events),
            more,
        })
    }
}

/// The hub's vector with every stream that is not this device's own marked as held up to what
/// this device holds: a device sends only what it wrote itself (the hub refuses the rest), even
/// when the hub has lost another stream's events that this device happens to hold.
fn others_as_held(hub: VersionVector, local: VersionVector, device: &str) -> VersionVector {
    let mut have = hub;
    for (stream, seq) in local.0 {
        if stream.device != device {
            let held = have.0.entry(stream).or_insert(0);
            *held = (*held).max(seq);
        }
    }
    have
}

fn refused(err: ChunkRefused) -> Error {
    match err {
        ChunkRefused::Store(e) => e.into(),
        ChunkRefused::Invalid(e) if e.is_forbidden() => Error { code: Code::Forbidden, message: e.message() },
        ChunkRefused::TooManyConflicts => Error {
            code: Code::Forbidden,
            message: format!(
                "This phone has sent {} records that do not match what the hub holds. Nothing more was stored. \
                 Ask your facilitator to look at it.",
                waymark_store::MAX_CONFLICTS_KEPT
            ),
        },
        other => Error::invalid(other.to_string()),
    }
}
