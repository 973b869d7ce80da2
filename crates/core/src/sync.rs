//! The sync protocol, sans-IO.
//!
//! A device and the hub exchange **version vectors** `{stream: highest seq held}` and then only
//! the events the other side lacks, in chunks. Correctness rests on per-stream contiguous `seq`,
//! never on clocks. Nothing here touches a socket or a database: [`SyncSession`] turns responses
//! into the next [`Effect`] (send this, load that, apply these), so the whole exchange is tested
//! with plain data, including cut-off, duplicated and reordered transfers.
//!
//! Receiving side rules ([`check_chunk`]): a chunk is applied in one transaction; an event whose
//! `seq` is already held is a duplicate (a no-op if identical, a flagged conflict if not); an
//! event that would leave a gap is refused with nothing stored; events of another participant are
//! refused; and what a sender may write at all depends on who it is ([`Sender`]): a device only
//! its participant's kinds on its own streams, the hub its own kinds only on its own stream, and
//! nobody a clock stamp out of range ([`crate::HlcStamp::in_range`]). Any refusal refuses the whole
//! chunk.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::event::{Event, EventBody, StreamId, Visibility, Writer, writer_of};

pub mod exchange;
pub mod wire;

pub use exchange::{Exchanger, Step};
pub use wire::{Exchange, Exchanged, WireError};

/// The newest sync protocol: [`wire`] (one round trip per chunk, compressed). A device speaks
/// it first and falls back to [`PROTOCOL_V1`] for a hub that does not know it
/// ([`SyncError::OldHub`]); a hub serves both, so older phones keep syncing.
pub const PROTOCOL_VERSION: u32 = 2;
/// The first protocol ([`SyncRequest`]: hello, push, pull), still served and spoken.
pub const PROTOCOL_V1: u32 = 1;
/// Most events in one chunk (push or pull).
pub const MAX_CHUNK_EVENTS: u32 = 500;

/// Why a sync did not finish, as a type the app branches on (never on text). Nothing here
/// carries an event or its payload: the transport's own detail is about the connection only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncError {
    /// No answer: no network, timed out, connection cut. `detail` is the transport's words.
    Unreachable { detail: String },
    /// The hub's certificate is not the one this device paired with.
    WrongHub,
    /// The hub does not know protocol 2 (it is older than this app): speak protocol 1.
    OldHub,
    /// The hub answered with an error: HTTP status and its `{code, message}` (the hub's message
    /// is plain words meant for the participant).
    Refused { status: u16, code: String, message: String },
    /// An answer that breaks the protocol (what was wrong, never what it held).
    Protocol { what: &'static str },
    /// A protocol-2 message that does not decode into events.
    Wire(WireError),
    /// The hub sent events this device refuses to store.
    Chunk(ChunkError),
    /// The hub took nothing of the same push twice: the sync stops rather than loop.
    NoProgress,
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Unreachable { detail } => write!(f, "Could not reach the hub ({detail})."),
            SyncError::WrongHub => {
                f.write_str("The hub's certificate is not the one this phone was paired with.")
            }
            SyncError::OldHub => f.write_str("The hub is older than this app."),
            SyncError::Refused { message, .. } => f.write_str(message),
            SyncError::Protocol { what } => write!(f, "The hub's answer was not understood: {what}."),
            SyncError::Wire(e) => f.write_str(e.message()),
            SyncError::Chunk(e) => f.write_str(&e.message()),
            SyncError::NoProgress => {
                f.write_str("The hub did not take what this phone sent. Nothing was lost.")
            }
        }
    }
}

impl std::error::Error for SyncError {}

/// Carries sync requests to the hub and brings back its answers (HTTPS in the app, in-memory in
/// tests).
pub trait SyncTransport {
    /// One protocol-2 round trip.
    fn exchange(&mut self, request: &Exchange) -> Result<Exchanged, SyncError>;
    /// One protocol-1 request, for a hub that answered [`SyncError::OldHub`].
    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError>;
}

/// Highest contiguous `seq` held per stream.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<VectorEntry>", into = "Vec<VectorEntry>")]
pub struct VersionVector(pub BTreeMap<StreamId, u64>);

/// JSON form of one vector entry (JSON object keys must be strings, streams are not).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VectorEntry {
    pub stream: StreamId,
    pub seq: u64,
}

impl From<Vec<VectorEntry>> for VersionVector {
    fn from(entries: Vec<VectorEntry>) -> Self {
        let mut map = BTreeMap::new();
        for e in entries {
            let slot = map.entry(e.stream).or_insert(0);
            *slot = (*slot).max(e.seq);
        }
        VersionVector(map)
    }
}

impl From<VersionVector> for Vec<VectorEntry> {
    fn from(v: VersionVector) -> Self {
        v.0.into_iter().map(|(stream, seq)| VectorEntry { stream, seq }).collect()
    }
}

impl VersionVector {
    #[must_use]
    pub fn get(&self, stream: &StreamId) -> u64 {
        self.0.get(stream).copied().unwrap_or(0)
    }

    /// Whether this vector holds everything `other` holds.
    #[must_use]
    pub fn covers(&self, other: &VersionVector) -> bool {
        other.0.iter().all(|(s, seq)| self.get(s) >= *seq)
    }

    /// Number of events `other` holds that this vector lacks.
    #[must_use]
    pub fn missing_from(&self, other: &VersionVector) -> u64 {
        other.0.iter().map(|(s, seq)| seq.saturating_sub(self.get(s))).sum()
    }
}

/// What the participant lets the facilitator (and so the hub) see. Attendance and session
/// progress are always shared; diaries only by opt-in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Consent {
    pub diary_summaries: bool,
    pub diary_entries: bool,
}

impl Consent {
    #[must_use]
    pub fn shares(self, visibility: Visibility) -> bool {
        match visibility {
            Visibility::Attendance | Visibility::Progress => true,
            Visibility::DiarySummary => self.diary_summaries || self.diary_entries,
            Visibility::DiaryEntry => self.diary_entries,
            Visibility::Private => false,
        }
    }
}

/// Kind of the stand-in the hub receives for an event the participant has not shared: it keeps
/// the stream's `seq` contiguous and carries no content.
pub const WITHHELD_KIND: &str = "withheld";

/// The event as it may leave the device under `consent`: itself, or a content-free stand-in.
#[must_use]
pub fn for_hub(event: Event, consent: Consent) -> Event {
    if consent.shares(event.visibility) || event.kind == WITHHELD_KIND {
        event
    } else {
        Event {
            kind: WITHHELD_KIND.to_string(),
            payload: serde_json::Value::Null,
            visibility: Visibility::Private,
            ..event
        }
    }
}

/// Who sent a chunk: that decides what it may carry ([`check_chunk`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender<'a> {
    /// A device paired for `participant` as `device`, sending to the hub: only events on its own
    /// streams `(participant, device, any epoch)`, only of kinds this build knows a participant
    /// writes. (A newer app's new kinds are refused by an older hub with a plain "update the hub"
    /// rather than stored unchecked: the hub must be at least as new as its phones.)
    Device { participant: &'a str, device: &'a str },
    /// The hub, sending a device its participant's events: [`Writer::Hub`] kinds only on the
    /// hub's own stream, whose device id the hub gave in its `Hello` (`None`: an older hub that
    /// did not say; then only the participant check applies). Kinds this build does not know are
    /// carried, not projected.
    Hub { participant: &'a str, hub_device: Option<&'a str> },
}

impl Sender<'_> {
    fn participant(&self) -> &str {
        match self {
            Sender::Device { participant, .. } | Sender::Hub { participant, .. } => participant,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChunkError {
    /// More than [`MAX_CHUNK_EVENTS`].
    TooLarge,
    /// Event `index` belongs to a participant this peer may not write for.
    WrongParticipant { index: usize },
    /// Event `index` would leave a gap: `expected` was the next seq of its stream.
    Gap { index: usize, expected: u64, got: u64 },
    /// Event `index` is on a stream that is not the sending device's own.
    NotOwnStream { index: usize },
    /// Event `index` is of a kind only the hub writes (attendance and the like).
    HubOnly { index: usize, kind: String },
    /// Event `index` is of a kind this build does not know, from a device.
    UnknownKind { index: usize, kind: String },
    /// Event `index` has a payload or visibility that does not fit its kind.
    Malformed { index: usize, kind: String },
    /// Event `index`'s clock stamp is before 1970 or too far ahead of the receiver's clock.
    StampOutOfRange { index: usize },
}

impl ChunkError {
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            ChunkError::TooLarge => format!("A sync chunk may hold at most {MAX_CHUNK_EVENTS} events."),
            ChunkError::WrongParticipant { index } => {
                format!("Event {index} belongs to another participant; this device may not send it.")
            }
            ChunkError::Gap { index, expected, got } => {
                format!(
                    "Event {index} is out of order: expected seq {expected}, got {got}. Nothing was stored."
                )
            }
            ChunkError::NotOwnStream { index } => format!(
                "Event {index} was not written on this phone, so this phone may not send it. Nothing was stored."
            ),
            ChunkError::HubOnly { index, kind } => {
                format!("Event {index} is a {kind:?} record, which only the hub writes. Nothing was stored.")
            }
            ChunkError::UnknownKind { index, kind } => format!(
                "Event {index} is a {kind:?} record, which this hub does not know. Update the hub. Nothing was stored."
            ),
            ChunkError::Malformed { index, kind } => {
                format!("Event {index} is not a valid {kind:?} record. Nothing was stored.")
            }
            ChunkError::StampOutOfRange { index } => format!(
                "Event {index} has a date far in the future or before 1970. Check the phone's date and time. Nothing was stored."
            ),
        }
    }

    /// Whether the sender broke a rule of who may write what (as opposed to a chunk that is
    /// simply out of order or too big).
    #[must_use]
    pub fn is_forbidden(&self) -> bool {
        matches!(
            self,
            ChunkError::WrongParticipant { .. }
                | ChunkError::NotOwnStream { .. }
                | ChunkError::HubOnly { .. }
        )
    }
}

/// Whether `event` may come from `sender` at all, whatever the receiver holds.
/// Returns the typed body of a kind this build knows (decoded once, for the caller to project).
fn check_authority(
    sender: Sender<'_>,
    index: usize,
    event: &Event,
    now_ms: i64,
) -> Result<Option<EventBody>, ChunkError> {
    if sender.participant() != event.stream.participant {
        return Err(ChunkError::WrongParticipant { index });
    }
    if !event.hlc.in_range(now_ms) {
        return Err(ChunkError::StampOutOfRange { index });
    }
    let kind = || event.kind.clone();
    let writer = writer_of(&event.kind);
    match (sender, writer) {
        (Sender::Device { device, .. }, _) if event.stream.device != device => {
            return Err(ChunkError::NotOwnStream { index });
        }
        (Sender::Device { .. }, None) => return Err(ChunkError::UnknownKind { index, kind: kind() }),
        (Sender::Device { .. }, Some(Writer::Hub)) => {
            return Err(ChunkError::HubOnly { index, kind: kind() });
        }
        (Sender::Hub { hub_device: Some(hub), .. }, Some(Writer::Hub)) if event.stream.device != hub => {
            return Err(ChunkError::HubOnly { index, kind: kind() });
        }
        _ => {}
    }
    let malformed = || ChunkError::Malformed { index, kind: kind() };
    if event.kind == WITHHELD_KIND {
        let fits = event.payload.is_null() && event.visibility == Visibility::Private;
        return if fits { Ok(None) } else { Err(malformed()) };
    }
    if writer.is_none() {
        return Ok(None);
    }
    match EventBody::decode(&event.kind, &event.payload) {
        Some(body) if body.visibility() == event.visibility => Ok(Some(body)),
        _ => Err(malformed()),
    }
}

/// Which events of a chunk are new (to store) and which are already held (to compare), and the
/// typed body of each event of a kind this build knows (index for index), decoded once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChunkPlan {
    pub new: Vec<usize>,
    pub already_held: Vec<usize>,
    pub bodies: Vec<Option<EventBody>>,
}

/// Check a chunk from `sender` against what the receiver holds, whose clock reads `now_ms`.
/// Every event must be one `sender` may write ([`Sender`]), with a stamp in range; any that is
/// not refuses the whole chunk. [`check_events`] then [`plan_chunk`].
pub fn check_chunk(
    sender: Sender<'_>,
    held: &VersionVector,
    events: &[Event],
    now_ms: i64,
) -> Result<ChunkPlan, ChunkError> {
    plan_chunk(held, events, check_events(sender, events, now_ms)?)
}

/// The part of [`check_chunk`] that needs nothing of the receiver's log: the chunk's size, who
/// may send each event, its payload against its kind, its stamp. Gives each event's typed body
/// (`None`: a kind this build does not know). The hub runs it before it takes the store lock.
pub fn check_events(
    sender: Sender<'_>,
    events: &[Event],
    now_ms: i64,
) -> Result<Vec<Option<EventBody>>, ChunkError> {
    if events.len() > MAX_CHUNK_EVENTS as usize {
        return Err(ChunkError::TooLarge);
    }
    events.iter().enumerate().map(|(index, event)| check_authority(sender, index, event, now_ms)).collect()
}

/// The rest of [`check_chunk`]: each event's `seq` against what the receiver holds (`held`)
/// and the events before it; `bodies` from [`check_events`].
pub fn plan_chunk(
    held: &VersionVector,
    events: &[Event],
    bodies: Vec<Option<EventBody>>,
) -> Result<ChunkPlan, ChunkError> {
    let mut next: BTreeMap<&StreamId, u64> = BTreeMap::new();
    let mut plan = ChunkPlan { bodies, ..ChunkPlan::default() };
    for (index, event) in events.iter().enumerate() {
        let expected = next.entry(&event.stream).or_insert_with(|| held.get(&event.stream) + 1);
        if event.seq < *expected {
            plan.already_held.push(index);
        } else if event.seq == *expected {
            plan.new.push(index);
            *expected += 1;
        } else {
            return Err(ChunkError::Gap { index, expected: *expected, got: event.seq });
        }
    }
    Ok(plan)
}

// ---- Pairing and protocol 1's body (`/device/v1/…`).

/// `POST /device/v1/pair`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    /// The 6-digit code as typed, or the QR code's token.
    pub secret: String,
    /// The participant id the device writes for now.
    pub participant_id: String,
    pub device_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairResponse {
    /// Bearer credential for `/device/v1/sync`. Shown once; the hub keeps only its hash.
    pub credential: String,
    /// The participant this device is paired for. Differs from the request's only if the member
    /// already had one (a second phone, attendance or office work first): the device must
    /// then write as that participant (`Store::join_participant`) before it syncs.
    pub participant_id: String,
    pub display_name: String,
}

/// `POST /device/v1/sync` body: the protocol version travels with every request, so a request
/// from an app speaking another version is refused before anything is read or stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceSyncRequest {
    pub protocol: u32,
    pub request: SyncRequest,
}

/// Requests a device sends to the hub.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SyncRequest {
    /// "What do you hold of my participant's streams?"
    Hello {
        protocol: u32,
    },
    Push {
        events: Vec<Event>,
    },
    Pull {
        have: VersionVector,
        max_events: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SyncResponse {
    Hello {
        hub: VersionVector,
        /// The device id of the hub's own stream, where it writes attendance and the like; the
        /// device accepts those kinds on no other stream. Absent from an older hub.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hub_device: Option<String>,
    },
    PushAck {
        hub: VersionVector,
        conflicts: Vec<String>,
    },
    Pull {
        events: Vec<Event>,
        more: bool,
    },
}

/// What the caller must do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Send(SyncRequest),
    /// Load up to `limit` local events the hub lacks (after `hub`), in (stream, seq) order, and
    /// pass them to [`SyncSession::outgoing`] (already filtered with [`for_hub`]).
    LoadOutgoing {
        hub: VersionVector,
        limit: u32,
    },
    /// Store these events in one transaction, then call [`SyncSession::applied`] with the new
    /// local vector.
    Apply(Vec<Event>),
    Finished(SyncSummary),
    Failed(SyncError),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncSummary {
    pub pushed: u64,
    pub pulled: u64,
    pub conflicts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    AwaitHello,
    AwaitOutgoing,
    AwaitPushAck { sent: u64 },
    AwaitPull,
    AwaitApplied { more: bool, count: u64 },
    Done,
}

/// One device-side sync exchange. Create it with the device's vector, call [`SyncSession::start`],
/// then feed each result back; every call returns the next [`Effect`]. Restarting after a failure
/// is always safe: chunks already committed are not sent again.
#[derive(Debug)]
pub struct SyncSession {
    local: VersionVector,
    phase: Phase,
    chunk: u32,
    summary: SyncSummary,
    hub_device: Option<String>,
}

impl SyncSession {
    #[must_use]
    pub fn new(local: VersionVector, chunk: u32) -> SyncSession {
        SyncSession {
            local,
            phase: Phase::Idle,
            chunk: chunk.clamp(1, MAX_CHUNK_EVENTS),
            summary: SyncSummary::default(),
            hub_device: None,
        }
    }

    pub fn start(&mut self) -> Effect {
        self.phase = Phase::AwaitHello;
        Effect::Send(SyncRequest::Hello { protocol: PROTOCOL_V1 })
    }

    fn fail(&mut self, error: SyncError) -> Effect {
        self.phase = Phase::Done;
        Effect::Failed(error)
    }

    fn pull(&mut self) -> Effect {
        self.phase = Phase::AwaitPull;
        Effect::Send(SyncRequest::Pull { have: self.local.clone(), max_events: self.chunk })
    }

    /// The device id of the hub's own stream, once its `Hello` said it: pulled events are
    /// checked with [`Sender::Hub`] and this.
    #[must_use]
    pub fn hub_device(&self) -> Option<&str> {
        self.hub_device.as_deref()
    }

    /// A response from the hub arrived.
    pub fn response(&mut self, response: SyncResponse) -> Effect {
        if let (Phase::AwaitHello, SyncResponse::Hello { hub_device: Some(device), .. }) =
            (&self.phase, &response)
        {
            self.hub_device = Some(device.clone());
        }
        match (&self.phase, response) {
            (Phase::AwaitHello | Phase::AwaitPushAck { .. }, SyncResponse::Hello { hub, .. })
            | (Phase::AwaitPushAck { .. }, SyncResponse::PushAck { hub, .. })
                if hub.covers(&self.local) =>
            {
                if let Phase::AwaitPushAck { sent } = self.phase {
                    self.summary.pushed += sent;
                }
                self.pull()
            }
            (Phase::AwaitHello, SyncResponse::Hello { hub, .. }) => {
                self.phase = Phase::AwaitOutgoing;
                Effect::LoadOutgoing { hub, limit: self.chunk }
            }
            (Phase::AwaitPushAck { sent }, SyncResponse::PushAck { hub, conflicts }) => {
                self.summary.pushed += sent;
                self.summary.conflicts.extend(conflicts);
                self.phase = Phase::AwaitOutgoing;
                Effect::LoadOutgoing { hub, limit: self.chunk }
            }
            (Phase::AwaitPull, SyncResponse::Pull { events, more }) => {
                if events.is_empty() {
                    self.phase = Phase::Done;
                    return Effect::Finished(self.summary.clone());
                }
                if events.len() > self.chunk as usize {
                    return self.fail(SyncError::Protocol { what: "a bigger chunk than was asked for" });
                }
                self.phase = Phase::AwaitApplied { more, count: events.len() as u64 };
                Effect::Apply(events)
            }
            // Neither the reply nor its events are quoted: they may hold diary words.
            _ => self.fail(SyncError::Protocol { what: "an unexpected reply" }),
        }
    }

    /// The caller loaded the outgoing events asked for by [`Effect::LoadOutgoing`].
    pub fn outgoing(&mut self, events: Vec<Event>) -> Effect {
        if self.phase != Phase::AwaitOutgoing {
            return self.fail(SyncError::Protocol { what: "outgoing events were given at the wrong time" });
        }
        if events.is_empty() {
            return self.pull();
        }
        self.phase = Phase::AwaitPushAck { sent: events.len() as u64 };
        Effect::Send(SyncRequest::Push { events })
    }

    /// The caller stored a pulled chunk; `local` is its vector now.
    pub fn applied(&mut self, local: VersionVector) -> Effect {
        let Phase::AwaitApplied { more, count } = self.phase else {
            return self.fail(SyncError::Protocol { what: "a chunk was applied at the wrong time" });
        };
        self.summary.pulled += count;
        self.local = local;
        if more {
            return self.pull();
        }
        self.phase = Phase::Done;
        Effect::Finished(self.summary.clone())
    }

    /// The transport failed (timeout, connection lost, refused). The session ends; start a new
    /// one later.
    pub fn transport_failed(&mut self, error: SyncError) -> Effect {
        self.fail(error)
    }

    #[must_use]
    pub fn is_done(&self) -> bool {
        self.phase == Phase::Done
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::clock::HlcStamp;

    fn stream(p: &str, d: &str) -> StreamId {
        StreamId { participant: p.into(), device: d.into(), epoch: 1 }
    }

    fn event(p: &str, d: &str, seq: u64, visibility: Visibility) -> Event {
        Event {
            id: format!("{p}-{d}-{seq}"),
            stream: stream(p, d),
            seq,
            hlc: HlcStamp { wall_ms: seq as i64, counter: 0 },
            schema: 1,
            kind: "step_completed".into(),
            payload: json!({"session_id": "s01", "step_id": "x"}),
            visibility,
        }
    }

    fn vector(entries: &[(&str, &str, u64)]) -> VersionVector {
        VersionVector(entries.iter().map(|(p, d, s)| (stream(p, d), *s)).collect())
    }

    #[test]
    fn vector_json_round_trips_as_a_list() {
        let v = vector(&[("a", "phone", 3), ("a", "pc", 1)]);
        let text = serde_json::to_string(&v).unwrap();
        assert!(text.starts_with('['), "{text}");
        assert_eq!(serde_json::from_str::<VersionVector>(&text).unwrap(), v);
    }

    #[test]
    fn chunk_check_splits_new_from_held_and_refuses_gaps_and_strangers() {
        let held = vector(&[("a", "phone", 2)]);
        let events =
            [event("a", "phone", 2, Visibility::Progress), event("a", "phone", 3, Visibility::Progress)];
        let plan = check_chunk(PHONE_A, &held, &events, NOW).unwrap();
        assert_eq!((plan.already_held, plan.new), (vec![0], vec![1]));
        let gap = [event("a", "phone", 5, Visibility::Progress)];
        assert_eq!(
            check_chunk(PHONE_A, &held, &gap, NOW),
            Err(ChunkError::Gap { index: 0, expected: 3, got: 5 })
        );
        let stranger = [event("b", "phone", 1, Visibility::Progress)];
        assert_eq!(
            check_chunk(PHONE_A, &held, &stranger, NOW),
            Err(ChunkError::WrongParticipant { index: 0 })
        );
    }

    const NOW: i64 = 1_800_000_000_000;
    const PHONE_A: Sender<'static> = Sender::Device { participant: "a", device: "phone" };
    const HUB_TO_A: Sender<'static> = Sender::Hub { participant: "a", hub_device: Some("hub") };

    fn attendance(device: &str, seq: u64) -> Event {
        Event {
            kind: "attendance_marked".into(),
            payload: json!({"session_number": 3, "present": true}),
            visibility: Visibility::Attendance,
            ..event("a", device, seq, Visibility::Attendance)
        }
    }

    #[test]
    fn a_device_may_send_only_its_own_kinds_on_its_own_stream() {
        let none = VersionVector::default();
        // Attendance is the hub's to write, on any stream, from a device.
        for device in ["phone", "hub"] {
            assert_eq!(
                check_chunk(PHONE_A, &none, &[attendance(device, 1)], NOW),
                Err(if device == "phone" {
                    ChunkError::HubOnly { index: 0, kind: "attendance_marked".into() }
                } else {
                    ChunkError::NotOwnStream { index: 0 }
                })
            );
        }
        // Another device's stream, even of the same participant and an allowed kind.
        let other = [event("a", "hub", 1, Visibility::Progress)];
        assert_eq!(check_chunk(PHONE_A, &none, &other, NOW), Err(ChunkError::NotOwnStream { index: 0 }));
        // A kind this build does not know, a payload that is not the kind's, a visibility that
        // is not the kind's, and a withheld stand-in that carries content.
        let unknown = Event { kind: "schedule_set".into(), ..event("a", "phone", 1, Visibility::Progress) };
        assert!(matches!(check_chunk(PHONE_A, &none, &[unknown], NOW), Err(ChunkError::UnknownKind { .. })));
        let garbage = Event { payload: json!({"ml": 1e9}), ..event("a", "phone", 1, Visibility::Progress) };
        assert!(matches!(check_chunk(PHONE_A, &none, &[garbage], NOW), Err(ChunkError::Malformed { .. })));
        let shown = event("a", "phone", 1, Visibility::Attendance);
        assert!(matches!(check_chunk(PHONE_A, &none, &[shown], NOW), Err(ChunkError::Malformed { .. })));
        let leaky = Event {
            kind: WITHHELD_KIND.into(),
            visibility: Visibility::Private,
            ..event("a", "phone", 1, Visibility::Progress)
        };
        assert!(matches!(
            check_chunk(PHONE_A, &none, std::slice::from_ref(&leaky), NOW),
            Err(ChunkError::Malformed { .. })
        ));
        let stub = Event { payload: serde_json::Value::Null, ..leaky };
        assert!(check_chunk(PHONE_A, &none, &[stub], NOW).is_ok());
        // One bad event refuses the chunk whole, wherever it is.
        let mixed = [event("a", "phone", 1, Visibility::Progress), attendance("phone", 2)];
        assert!(check_chunk(PHONE_A, &none, &mixed, NOW).is_err());
    }

    #[test]
    fn a_device_takes_hub_kinds_only_on_the_hubs_stream() {
        let none = VersionVector::default();
        assert!(check_chunk(HUB_TO_A, &none, &[attendance("hub", 1)], NOW).is_ok());
        assert_eq!(
            check_chunk(HUB_TO_A, &none, &[attendance("phone2", 1)], NOW),
            Err(ChunkError::HubOnly { index: 0, kind: "attendance_marked".into() })
        );
        // The participant's own kinds come from any of their devices, through the hub; a kind a
        // newer hub knows and this build does not is carried.
        let other_phone = [event("a", "phone2", 1, Visibility::Progress)];
        assert!(check_chunk(HUB_TO_A, &none, &other_phone, NOW).is_ok());
        let newer = Event { kind: "schedule_set".into(), ..event("a", "hub", 1, Visibility::Progress) };
        assert!(check_chunk(HUB_TO_A, &none, &[newer], NOW).is_ok());
    }

    #[test]
    fn stamps_far_ahead_or_negative_are_refused_and_days_off_still_merge() {
        let none = VersionVector::default();
        let at = |wall_ms: i64, counter: u32| Event {
            hlc: HlcStamp { wall_ms, counter },
            ..event("a", "phone", 1, Visibility::Progress)
        };
        let days = 24 * 60 * 60 * 1000;
        assert!(check_chunk(PHONE_A, &none, &[at(NOW + 5 * days, u32::MAX)], NOW).is_ok());
        assert!(check_chunk(PHONE_A, &none, &[at(NOW - 400 * days, 0)], NOW).is_ok());
        for (wall, counter) in [(i64::MAX, u32::MAX), (NOW + 400 * days, 0), (-1, 0), (i64::MIN, 0)] {
            assert_eq!(
                check_chunk(PHONE_A, &none, &[at(wall, counter)], NOW),
                Err(ChunkError::StampOutOfRange { index: 0 }),
                "{wall}"
            );
        }
    }

    #[test]
    fn consent_decides_what_leaves_the_device() {
        let none = Consent::default();
        let progress = event("a", "p", 1, Visibility::Progress);
        assert_eq!(for_hub(progress.clone(), none), progress);
        let diary = event("a", "p", 2, Visibility::DiaryEntry);
        let stub = for_hub(diary.clone(), none);
        assert_eq!(
            (stub.kind.as_str(), &stub.payload, stub.seq),
            (WITHHELD_KIND, &serde_json::Value::Null, 2)
        );
        assert_eq!(for_hub(diary.clone(), Consent { diary_summaries: false, diary_entries: true }), diary);
        assert!(!Consent { diary_summaries: true, diary_entries: true }.shares(Visibility::Private));
    }

    #[test]
    fn sharing_summaries_only_sends_summaries_and_withholds_entries() {
        let summaries_only = Consent { diary_summaries: true, diary_entries: false };
        let summary = event("a", "p", 1, Visibility::DiarySummary);
        assert_eq!(for_hub(summary.clone(), summaries_only), summary);
        let entry = event("a", "p", 2, Visibility::DiaryEntry);
        assert_eq!(for_hub(entry.clone(), summaries_only).kind, WITHHELD_KIND);
        assert_eq!(for_hub(summary.clone(), Consent::default()).kind, WITHHELD_KIND);
        assert!(Consent { diary_summaries: false, diary_entries: true }.shares(Visibility::DiarySummary));
    }

    #[test]
    fn a_session_pushes_what_the_hub_lacks_then_pulls_until_done() {
        let local = vector(&[("a", "phone", 2)]);
        let mut s = SyncSession::new(local, 1);
        assert_eq!(s.start(), Effect::Send(SyncRequest::Hello { protocol: PROTOCOL_V1 }));
        let hub = vector(&[("a", "pc", 1)]);
        let Effect::LoadOutgoing { hub: after, limit } =
            s.response(SyncResponse::Hello { hub: hub.clone(), hub_device: None })
        else {
            panic!("should ask for outgoing events")
        };
        assert_eq!((after, limit), (hub, 1));
        let e1 = event("a", "phone", 1, Visibility::Progress);
        assert_eq!(s.outgoing(vec![e1.clone()]), Effect::Send(SyncRequest::Push { events: vec![e1] }));
        let hub = vector(&[("a", "pc", 1), ("a", "phone", 1)]);
        assert!(matches!(
            s.response(SyncResponse::PushAck { hub: hub.clone(), conflicts: vec![] }),
            Effect::LoadOutgoing { .. }
        ));
        let e2 = event("a", "phone", 2, Visibility::Progress);
        s.outgoing(vec![e2]);
        let hub = vector(&[("a", "pc", 1), ("a", "phone", 2)]);
        let Effect::Send(SyncRequest::Pull { have, max_events: 1 }) =
            s.response(SyncResponse::PushAck { hub, conflicts: vec![] })
        else {
            panic!("should pull once the hub has everything")
        };
        assert_eq!(have, vector(&[("a", "phone", 2)]));
        let pc1 = event("a", "pc", 1, Visibility::Progress);
        assert_eq!(
            s.response(SyncResponse::Pull { events: vec![pc1.clone()], more: false }),
            Effect::Apply(vec![pc1])
        );
        let done = s.applied(vector(&[("a", "phone", 2), ("a", "pc", 1)]));
        assert_eq!(done, Effect::Finished(SyncSummary { pushed: 2, pulled: 1, conflicts: vec![] }));
        assert!(s.is_done());
    }

    #[test]
    fn an_unexpected_reply_fails_the_session_plainly() {
        let mut s = SyncSession::new(VersionVector::default(), 10);
        s.start();
        let secret = Event {
            payload: serde_json::json!({"text": "SECRET-DIARY-WORDS"}),
            ..event("a", "p", 1, Visibility::DiaryEntry)
        };
        let effect = s.response(SyncResponse::Pull { events: vec![secret], more: false });
        let Effect::Failed(error) = effect else { panic!("should fail") };
        assert_eq!(error, SyncError::Protocol { what: "an unexpected reply" });
        assert!(!format!("{error} {error:?}").contains("SECRET"));
    }
}
