//! Sync use-cases (issue 5): the hub's answer to a device's sync request, and the device side
//! driving a [`SyncSession`] over any [`SyncTransport`] (real HTTP in the shells, an in-memory
//! fault-injecting one in tests).

use waymark_core::progress::{self, WeekSummary};
use waymark_core::sync::{
    Effect, MAX_CHUNK_EVENTS, PROTOCOL_VERSION, Sender, SyncRequest, SyncResponse, SyncSession, SyncSummary,
    VersionVector, for_hub,
};
use waymark_core::{EventBody, Visibility};
use waymark_store::ChunkRefused;

use crate::diary::{week_of, week_range};
use crate::{Api, Code, Error};

/// Carries one request to the hub and brings back its response.
pub trait SyncTransport {
    fn exchange(&mut self, request: &SyncRequest) -> Result<SyncResponse, String>;
}

/// Who a device is to the hub: the participant it is paired for and its own device id (its
/// streams are `(participant, device, any epoch)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairedDevice {
    pub participant: String,
    pub device: String,
}

impl Api {
    /// Device side: one whole sync with the hub. Safe to interrupt at any point and run again.
    ///
    /// While the participant shares diary summaries, the phone then sums this week's and last
    /// week's diaries (local weeks, from `utc_offset_minutes`, the phone's offset from UTC) and,
    /// if a summary changed, records it and sends it at once. The summary is computed after the
    /// pull, so it counts what the participant's other devices shared too.
    pub fn sync_with(
        &self,
        transport: &mut dyn SyncTransport,
        chunk: u32,
        utc_offset_minutes: i32,
    ) -> Result<SyncSummary, Error> {
        if !(-840..=840).contains(&utc_offset_minutes) {
            return Err(Error::invalid("The time zone offset must be between -14 and +14 hours."));
        }
        let mut summary = self.sync_session(transport, chunk)?;
        if self.summarise_diary_weeks(utc_offset_minutes)? > 0 {
            let more = self.sync_session(transport, chunk)?;
            summary.pushed += more.pushed;
            summary.pulled += more.pulled;
            summary.conflicts.extend(more.conflicts);
        }
        Ok(summary)
    }

    fn sync_session(&self, transport: &mut dyn SyncTransport, chunk: u32) -> Result<SyncSummary, Error> {
        let (participant, device) = self.device_identity()?;
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
                    let local = store.version_vector(Some(&participant))?;
                    let have = others_as_held(hub, local, &device);
                    let events = store.events_after(&have, Some(&participant), limit)?;
                    session.outgoing(events.iter().map(|e| for_hub(e, consent)).collect())
                }
                Effect::Apply(events) => {
                    let mut store = self.store()?;
                    let sender = Sender::Hub { participant: &participant, hub_device: session.hub_device() };
                    store.receive_chunk(sender, &events, (self.clock)()).map_err(refused)?;
                    session.applied(store.version_vector(Some(&participant))?)
                }
                Effect::Finished(summary) => return Ok(summary),
                Effect::Failed(why) => return Err(Error { code: Code::SyncFailed, message: why }),
            };
        }
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

impl crate::Hub {
    /// Hub side: answer a request from a paired device. Only that participant's events are read,
    /// and only what that device may write is accepted ([`Sender::Device`]).
    pub fn sync_respond(&self, from: &PairedDevice, request: SyncRequest) -> Result<SyncResponse, Error> {
        let now = (self.api.clock)();
        let participant = from.participant.as_str();
        let mut store = self.api.store()?;
        match request {
            SyncRequest::Hello { protocol } if protocol != PROTOCOL_VERSION => Err(Error::invalid(format!(
                "This device speaks sync protocol {protocol}; the hub speaks {PROTOCOL_VERSION}. Update the app."
            ))),
            SyncRequest::Hello { .. } => Ok(SyncResponse::Hello {
                hub: store.version_vector(Some(participant))?,
                hub_device: Some(store.identity().stream.device.clone()),
            }),
            SyncRequest::Push { events } => {
                let sender = Sender::Device { participant, device: &from.device };
                let outcome = store.receive_chunk(sender, &events, now).map_err(refused)?;
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
