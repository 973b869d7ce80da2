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
//! refused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::event::{Event, StreamId, Visibility};

/// Version of the wire format below.
pub const PROTOCOL_VERSION: u32 = 1;
/// Most events in one chunk (push or pull).
pub const MAX_CHUNK_EVENTS: u32 = 500;

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
pub fn for_hub(event: &Event, consent: Consent) -> Event {
    if consent.shares(event.visibility) || event.kind == WITHHELD_KIND {
        event.clone()
    } else {
        Event {
            kind: WITHHELD_KIND.to_string(),
            payload: serde_json::Value::Null,
            visibility: Visibility::Private,
            ..event.clone()
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
        }
    }
}

/// Which events of a chunk are new (to store) and which are already held (to compare).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChunkPlan {
    pub new: Vec<usize>,
    pub already_held: Vec<usize>,
}

/// Check a chunk against what the receiver holds. `participant`: if set, every event must be
/// that participant's (the hub receiving from a paired device; a device receiving from the hub).
pub fn check_chunk(
    participant: Option<&str>,
    held: &VersionVector,
    events: &[Event],
) -> Result<ChunkPlan, ChunkError> {
    if events.len() > MAX_CHUNK_EVENTS as usize {
        return Err(ChunkError::TooLarge);
    }
    let mut next: BTreeMap<&StreamId, u64> = BTreeMap::new();
    let mut plan = ChunkPlan::default();
    for (index, event) in events.iter().enumerate() {
        if participant.is_some_and(|p| p != event.stream.participant) {
            return Err(ChunkError::WrongParticipant { index });
        }
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
    Hello { hub: VersionVector },
    PushAck { hub: VersionVector, conflicts: Vec<String> },
    Pull { events: Vec<Event>, more: bool },
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
    Failed(String),
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
}

impl SyncSession {
    #[must_use]
    pub fn new(local: VersionVector, chunk: u32) -> SyncSession {
        SyncSession {
            local,
            phase: Phase::Idle,
            chunk: chunk.clamp(1, MAX_CHUNK_EVENTS),
            summary: SyncSummary::default(),
        }
    }

    pub fn start(&mut self) -> Effect {
        self.phase = Phase::AwaitHello;
        Effect::Send(SyncRequest::Hello { protocol: PROTOCOL_VERSION })
    }

    fn fail(&mut self, why: impl Into<String>) -> Effect {
        self.phase = Phase::Done;
        Effect::Failed(why.into())
    }

    fn pull(&mut self) -> Effect {
        self.phase = Phase::AwaitPull;
        Effect::Send(SyncRequest::Pull { have: self.local.clone(), max_events: self.chunk })
    }

    /// A response from the hub arrived.
    pub fn response(&mut self, response: SyncResponse) -> Effect {
        match (&self.phase, response) {
            (Phase::AwaitHello | Phase::AwaitPushAck { .. }, SyncResponse::Hello { hub })
            | (Phase::AwaitPushAck { .. }, SyncResponse::PushAck { hub, .. })
                if hub.covers(&self.local) =>
            {
                if let Phase::AwaitPushAck { sent } = self.phase {
                    self.summary.pushed += sent;
                }
                self.pull()
            }
            (Phase::AwaitHello, SyncResponse::Hello { hub }) => {
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
                    return self.fail("The hub sent a bigger chunk than was asked for.");
                }
                self.phase = Phase::AwaitApplied { more, count: events.len() as u64 };
                Effect::Apply(events)
            }
            (phase, response) => {
                let why = format!("Unexpected reply from the hub ({response:?}) while in {phase:?}.");
                self.fail(why)
            }
        }
    }

    /// The caller loaded the outgoing events asked for by [`Effect::LoadOutgoing`].
    pub fn outgoing(&mut self, events: Vec<Event>) -> Effect {
        if self.phase != Phase::AwaitOutgoing {
            return self.fail("Outgoing events were given at the wrong time.");
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
            return self.fail("A chunk was applied at the wrong time.");
        };
        self.summary.pulled += count;
        self.local = local;
        if more {
            return self.pull();
        }
        self.phase = Phase::Done;
        Effect::Finished(self.summary.clone())
    }

    /// The transport failed (timeout, connection lost). The session ends; start a new one later.
    pub fn transport_failed(&mut self, why: &str) -> Effect {
        self.fail(format!("Could not reach the hub: {why}"))
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
        let plan = check_chunk(Some("a"), &held, &events).unwrap();
        assert_eq!((plan.already_held, plan.new), (vec![0], vec![1]));
        let gap = [event("a", "phone", 5, Visibility::Progress)];
        assert_eq!(
            check_chunk(Some("a"), &held, &gap),
            Err(ChunkError::Gap { index: 0, expected: 3, got: 5 })
        );
        let stranger = [event("b", "phone", 1, Visibility::Progress)];
        assert_eq!(check_chunk(Some("a"), &held, &stranger), Err(ChunkError::WrongParticipant { index: 0 }));
    }

    #[test]
    fn consent_decides_what_leaves_the_device() {
        let none = Consent::default();
        let progress = event("a", "p", 1, Visibility::Progress);
        assert_eq!(for_hub(&progress, none), progress);
        let diary = event("a", "p", 2, Visibility::DiaryEntry);
        let stub = for_hub(&diary, none);
        assert_eq!(
            (stub.kind.as_str(), &stub.payload, stub.seq),
            (WITHHELD_KIND, &serde_json::Value::Null, 2)
        );
        assert_eq!(for_hub(&diary, Consent { diary_summaries: false, diary_entries: true }), diary);
        assert!(!Consent { diary_summaries: true, diary_entries: true }.shares(Visibility::Private));
    }

    #[test]
    fn sharing_summaries_only_sends_summaries_and_withholds_entries() {
        let summaries_only = Consent { diary_summaries: true, diary_entries: false };
        let summary = event("a", "p", 1, Visibility::DiarySummary);
        assert_eq!(for_hub(&summary, summaries_only), summary);
        let entry = event("a", "p", 2, Visibility::DiaryEntry);
        assert_eq!(for_hub(&entry, summaries_only).kind, WITHHELD_KIND);
        assert_eq!(for_hub(&summary, Consent::default()).kind, WITHHELD_KIND);
        assert!(Consent { diary_summaries: false, diary_entries: true }.shares(Visibility::DiarySummary));
    }

    #[test]
    fn a_session_pushes_what_the_hub_lacks_then_pulls_until_done() {
        let local = vector(&[("a", "phone", 2)]);
        let mut s = SyncSession::new(local, 1);
        assert_eq!(s.start(), Effect::Send(SyncRequest::Hello { protocol: PROTOCOL_VERSION }));
        let hub = vector(&[("a", "pc", 1)]);
        let Effect::LoadOutgoing { hub: after, limit } = s.response(SyncResponse::Hello { hub: hub.clone() })
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
        let effect = s.response(SyncResponse::Pull { events: vec![], more: false });
        assert!(matches!(effect, Effect::Failed(why) if why.contains("Unexpected reply")));
    }
}
