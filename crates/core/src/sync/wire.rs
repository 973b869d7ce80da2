//! Protocol 2 on the wire: one round trip per chunk, streams named once per chunk.
//!
//! A device sends an [`Exchange`] (what it holds, and the events the hub lacks) and gets an
//! [`Exchanged`] back (what the hub holds if that differs, conflicts, and the events the device
//! lacks). Every event of one exchange belongs to the device's participant, so the participant
//! is never on the wire (the hub knows it from the credential, the device from its pairing).
//! Events travel in [`Run`]s: one stream and a first `seq`, then its events in order with their
//! `seq` implied; a kind's usual visibility and the run's schema are left out. The hub and the
//! app compress the JSON (gzip) on top; this module only defines the shapes and their checks.
//!
//! Protocol 1 ([`super::SyncRequest`]) stays served for older phones; a device falls back to it
//! for a hub that does not know protocol 2 ([`super::SyncError::OldHub`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::VersionVector;
use crate::clock::HlcStamp;
use crate::event::{Event, StreamId, Visibility, natural_visibility};

/// One stream's highest `seq`: `[device, epoch, seq]` (the participant is implied).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held(pub String, pub u32, pub u64);

/// A device's request in protocol 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// What the device holds of its participant's streams: the hub answers with what it lacks.
    pub have: Vec<Held>,
    /// Events the hub lacks, as far as the device knows, in stream and seq order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub push: Vec<Run>,
    /// Most events the device takes back in this answer.
    pub max: u32,
}

/// The hub's answer in protocol 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchanged {
    /// What the hub holds of the participant's streams after taking the push; absent when it is
    /// exactly the request's `have` (nothing to send either way: the usual "no change" answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub: Option<Vec<Held>>,
    /// The device id of the hub's own stream (attendance and the like), given with any pull.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub_device: Option<String>,
    /// Ids of pushed events that differ from what the hub holds under the same id or seq.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
    /// Events the device lacks, up to its `max`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pull: Vec<Run>,
    /// More to pull after these.
    #[serde(default, skip_serializing_if = "is_false")]
    pub more: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Consecutive events of one stream: the stream and schema once, then each event's own fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    pub device: String,
    pub epoch: u32,
    /// `seq` of the first event; the next ones follow without gaps.
    pub from: u64,
    /// The schema of the run's events unless one says otherwise.
    pub schema: u32,
    pub events: Vec<WireEvent>,
}

/// An event without what its [`Run`] says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireEvent {
    pub id: String,
    /// The clock stamp as `[wall_ms, counter]`.
    pub t: (i64, u32),
    /// Kind.
    pub k: String,
    /// Payload.
    pub p: Value,
    /// Visibility, when it is not the kind's usual one (a withheld stand-in is always private).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v: Option<Visibility>,
    /// Schema, when it is not the run's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s: Option<u32>,
}

/// Why a protocol-2 message does not make sense (nothing of its content is quoted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireError {
    /// More events than the receiver allows in one message.
    TooMany,
    /// A run's `seq` would pass `u64::MAX`, or starts at 0.
    BadSeq,
    /// An event without a visibility whose kind has no usual one.
    NoVisibility,
}

impl WireError {
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            WireError::TooMany => "The sync message holds more records than allowed.",
            WireError::BadSeq => "The sync message numbers its records wrongly.",
            WireError::NoVisibility => "The sync message has a record without its sharing class.",
        }
    }
}

/// `vector` without its participant (all of one participant's streams).
#[must_use]
pub fn held_of(vector: &VersionVector) -> Vec<Held> {
    vector.0.iter().map(|(s, seq)| Held(s.device.clone(), s.epoch, *seq)).collect()
}

/// The vector of `participant`'s streams from the wire.
#[must_use]
pub fn vector_of(participant: &str, held: &[Held]) -> VersionVector {
    let mut vector = VersionVector::default();
    for Held(device, epoch, seq) in held {
        let stream = StreamId { participant: participant.to_string(), device: device.clone(), epoch: *epoch };
        let slot = vector.0.entry(stream).or_insert(0);
        *slot = (*slot).max(*seq);
    }
    vector
}

/// Group events (of one participant, in stream and seq order as `events_after` gives them)
/// into runs. An event that does not follow the one before on its stream starts a new run, so
/// any order is encoded faithfully. The events are moved into the runs, not copied (a first
/// sync sends 5,000 of them).
#[must_use]
pub fn runs_of(events: Vec<Event>) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for event in events {
        let follows = runs.last().is_some_and(|run| {
            run.device == event.stream.device
                && run.epoch == event.stream.epoch
                && run.from.checked_add(run.events.len() as u64) == Some(event.seq)
        });
        if !follows {
            runs.push(Run {
                device: event.stream.device,
                epoch: event.stream.epoch,
                from: event.seq,
                schema: event.schema,
                events: Vec::new(),
            });
        }
        let run = runs.last_mut().expect("a run was just pushed or matched");
        let usual = natural_visibility(&event.kind);
        let s = (event.schema != run.schema).then_some(event.schema);
        run.events.push(WireEvent {
            id: event.id,
            t: (event.hlc.wall_ms, event.hlc.counter),
            v: (usual != Some(event.visibility)).then_some(event.visibility),
            k: event.kind,
            p: event.payload,
            s,
        });
    }
    runs
}

/// The events of `runs`, as `participant`'s, at most `max` of them. What each event may carry
/// is checked afterwards by [`super::check_chunk`], as for protocol 1.
pub fn events_of(participant: &str, runs: Vec<Run>, max: usize) -> Result<Vec<Event>, WireError> {
    let total: usize = runs.iter().map(|r| r.events.len()).sum();
    if total > max {
        return Err(WireError::TooMany);
    }
    let mut events = Vec::with_capacity(total);
    for run in runs {
        if run.from == 0 {
            return Err(WireError::BadSeq);
        }
        let stream = StreamId { participant: participant.to_string(), device: run.device, epoch: run.epoch };
        for (i, e) in run.events.into_iter().enumerate() {
            let seq = run.from.checked_add(i as u64).ok_or(WireError::BadSeq)?;
            let visibility = match e.v {
                Some(v) => v,
                None => natural_visibility(&e.k).ok_or(WireError::NoVisibility)?,
            };
            events.push(Event {
                id: e.id,
                stream: stream.clone(),
                seq,
                hlc: HlcStamp { wall_ms: e.t.0, counter: e.t.1 },
                schema: e.s.unwrap_or(run.schema),
                kind: e.k,
                payload: e.p,
                visibility,
            });
        }
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn event(device: &str, seq: u64, kind: &str, visibility: Visibility) -> Event {
        Event {
            id: format!("{device}-{seq}"),
            stream: StreamId { participant: "p".into(), device: device.into(), epoch: 1 },
            seq,
            hlc: HlcStamp { wall_ms: 1_700_000_000_000 + seq as i64, counter: (seq % 3) as u32 },
            schema: 2,
            kind: kind.into(),
            payload: json!({"session_id": "s01", "step_id": format!("x{seq}")}),
            visibility,
        }
    }

    #[test]
    fn a_run_names_its_stream_once_and_leaves_out_the_usual() {
        let events: Vec<Event> =
            (1..=3).map(|s| event("phone", s, "step_completed", Visibility::Progress)).collect();
        let runs = runs_of(events.clone());
        assert_eq!(runs.len(), 1);
        let text = serde_json::to_string(&runs).unwrap();
        assert_eq!(text.matches("phone").count(), 4, "the device once, and in each id: {text}");
        assert!(!text.contains("\"v\"") && !text.contains("\"s\""), "{text}");
        assert_eq!(events_of("p", runs, 10).unwrap(), events);
    }

    #[test]
    fn unusual_visibility_schema_and_gaps_survive_the_trip() {
        let mut odd = event("phone", 2, "withheld", Visibility::Private);
        odd.payload = Value::Null;
        odd.schema = 1;
        let unknown =
            Event { kind: "from_the_future".into(), ..event("hub", 7, "x", Visibility::Attendance) };
        let events = vec![
            event("phone", 1, "step_completed", Visibility::Progress),
            odd,
            event("phone", 4, "step_completed", Visibility::Progress),
            unknown,
        ];
        let runs = runs_of(events.clone());
        assert_eq!(runs.len(), 3);
        assert_eq!(events_of("p", runs, 10).unwrap(), events);
    }

    #[test]
    fn bad_messages_are_refused_without_quoting_them() {
        let runs = runs_of(vec![event("phone", 1, "step_completed", Visibility::Progress)]);
        assert_eq!(events_of("p", runs.clone(), 0), Err(WireError::TooMany));
        let mut zero = runs.clone();
        zero[0].from = 0;
        assert_eq!(events_of("p", zero, 10), Err(WireError::BadSeq));
        let mut wrap = runs.clone();
        wrap[0].from = u64::MAX;
        let again = wrap[0].events[0].clone();
        wrap[0].events.push(again);
        assert_eq!(events_of("p", wrap, 10), Err(WireError::BadSeq));
        let mut bare = runs;
        bare[0].events[0].k = "from_the_future".into();
        assert_eq!(events_of("p", bare, 10), Err(WireError::NoVisibility));
    }

    proptest! {
        /// Any events of one participant, in any order, come back exactly.
        #[test]
        fn any_events_round_trip(picks in proptest::collection::vec((0..3usize, 1..6u64, 0..4usize), 0..40)) {
            let kinds = [("step_completed", Visibility::Progress), ("withheld", Visibility::Private),
                ("drink_recorded", Visibility::DiaryEntry), ("unknown_kind", Visibility::Progress)];
            let events: Vec<Event> = picks
                .iter()
                .map(|(d, seq, k)| event(["phone", "tablet", "hub"][*d], *seq, kinds[*k].0, kinds[*k].1))
                .collect();
            let json = serde_json::to_vec(&runs_of(events.clone())).unwrap();
            let back: Vec<Run> = serde_json::from_slice(&json).unwrap();
            prop_assert_eq!(events_of("p", back, 100).unwrap(), events);
        }
    }
}
