//! The device side of protocol 2, sans-IO: [`Exchanger`] turns each answer into the next
//! [`Step`].
//!
//! One round is one request: the device sends what it holds and the events the hub lacks as far
//! as it knows (from the hub's vector at the last sync, kept by the caller), and the answer
//! brings what the hub holds (only when it differs), conflicts and the events the device lacks.
//! So a sync where nothing changed is one small request, and a few new entries one more chunk in
//! it. A device that does not know the hub's vector (first sync) asks first with an empty push.
//!
//! A wrong guess costs a round, never an event: a hub that lacks an earlier event (it was
//! restored from a backup, say) stores nothing of a push that would leave a gap and says what
//! it holds, and the next round sends from there. A push that makes no progress twice in a row
//! ends the sync with [`SyncError::NoProgress`] instead of looping.

use super::wire::{self, Exchange, Exchanged};
use super::{MAX_CHUNK_EVENTS, SyncError, SyncSummary, VersionVector};
use crate::event::Event;

/// What the caller must do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Load up to `limit` local events the hub lacks (after `hub`; every stream not this
    /// device's own counts as held up to what the device holds), in stream and seq order,
    /// already filtered with [`super::for_hub`], and pass them to [`Exchanger::outgoing`].
    LoadOutgoing {
        hub: VersionVector,
        limit: u32,
    },
    Send(Exchange),
    /// Store these events (check them with [`super::Sender::Hub`] and [`Exchanger::hub_device`])
    /// in one transaction, then call [`Exchanger::applied`] with the new local vector.
    Apply(Vec<Event>),
    /// Done: the hub holds everything this device wrote, and the device everything the hub had
    /// for it. `hub` is the hub's vector now, for the caller to keep for the next sync.
    Finished {
        summary: SyncSummary,
        hub: VersionVector,
    },
    Failed(SyncError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    AwaitOutgoing,
    AwaitAnswer,
    AwaitApplied,
    Done,
}

/// One device-side sync in protocol 2. Restarting after a failure is always safe.
#[derive(Debug)]
pub struct Exchanger {
    participant: String,
    local: VersionVector,
    /// The hub's vector as far as this device knows.
    hub: Option<VersionVector>,
    chunk: u32,
    phase: Phase,
    summary: SyncSummary,
    hub_device: Option<String>,
    /// This round's push: how many events, and the hub vector it was based on.
    pushing: Option<(u64, VersionVector)>,
    /// The answer said there is more to pull.
    more: bool,
    /// The first round is always sent (to learn what the hub has for this device).
    rounds: u32,
    stalled: u32,
}

impl Exchanger {
    /// `local`: what the device holds of its participant's streams; `hub`: the hub's vector
    /// after the last sync, if known.
    #[must_use]
    pub fn new(participant: &str, local: VersionVector, hub: Option<VersionVector>, chunk: u32) -> Exchanger {
        Exchanger {
            participant: participant.to_string(),
            local,
            hub,
            chunk: chunk.clamp(1, MAX_CHUNK_EVENTS),
            phase: Phase::Idle,
            summary: SyncSummary::default(),
            hub_device: None,
            pushing: None,
            more: false,
            rounds: 0,
            stalled: 0,
        }
    }

    pub fn start(&mut self) -> Step {
        if self.phase != Phase::Idle {
            return self.fail(SyncError::Protocol { what: "a sync was started twice" });
        }
        match self.hub.clone() {
            Some(hub) => {
                self.phase = Phase::AwaitOutgoing;
                Step::LoadOutgoing { hub, limit: self.chunk }
            }
            None => self.send(Vec::new()),
        }
    }

    /// The device id of the hub's own stream, once an answer with events said it.
    #[must_use]
    pub fn hub_device(&self) -> Option<&str> {
        self.hub_device.as_deref()
    }

    fn fail(&mut self, error: SyncError) -> Step {
        self.phase = Phase::Done;
        Step::Failed(error)
    }

    fn send(&mut self, push: Vec<Event>) -> Step {
        self.pushing = (!push.is_empty()).then(|| (push.len() as u64, self.hub.clone().unwrap_or_default()));
        self.rounds += 1;
        self.phase = Phase::AwaitAnswer;
        Step::Send(Exchange { have: wire::held_of(&self.local), push: wire::runs_of(push), max: self.chunk })
    }

    /// The caller loaded the outgoing events asked for by [`Step::LoadOutgoing`].
    pub fn outgoing(&mut self, events: Vec<Event>) -> Step {
        if self.phase != Phase::AwaitOutgoing {
            return self.fail(SyncError::Protocol { what: "outgoing events were given at the wrong time" });
        }
        if events.len() > self.chunk as usize {
            return self.fail(SyncError::Protocol { what: "more outgoing events were given than asked for" });
        }
        if events.is_empty() && !self.more && self.rounds > 0 {
            return self.finish();
        }
        self.send(events)
    }

    /// The hub's answer arrived.
    pub fn answer(&mut self, answer: Exchanged) -> Step {
        if self.phase != Phase::AwaitAnswer {
            return self.fail(SyncError::Protocol { what: "an answer came at the wrong time" });
        }
        let hub = match &answer.hub {
            Some(held) => wire::vector_of(&self.participant, held),
            None => self.local.clone(),
        };
        if let Some(device) = answer.hub_device {
            self.hub_device = Some(device);
        }
        self.summary.conflicts.extend(answer.conflicts);
        if let Some((count, before)) = self.pushing.take() {
            // What the hub took of this push: its vector grew by it (or it already had them).
            let gained = before.missing_from(&hub);
            if gained > 0 || hub.covers(&self.local) {
                self.summary.pushed += count;
                self.stalled = 0;
            } else {
                self.stalled += 1;
                if self.stalled >= 2 {
                    return self.fail(SyncError::NoProgress);
                }
            }
        }
        self.hub = Some(hub);
        self.more = answer.more;
        let pulled = match wire::events_of(&self.participant, answer.pull, self.chunk as usize) {
            Ok(events) => events,
            Err(e) => return self.fail(SyncError::Wire(e)),
        };
        if pulled.is_empty() {
            if self.more {
                return self
                    .fail(SyncError::Protocol { what: "the hub said there is more but sent nothing" });
            }
            return self.next_round();
        }
        self.summary.pulled += pulled.len() as u64;
        self.phase = Phase::AwaitApplied;
        Step::Apply(pulled)
    }

    /// The caller stored a pulled chunk; `local` is its vector now.
    pub fn applied(&mut self, local: VersionVector) -> Step {
        if self.phase != Phase::AwaitApplied {
            return self.fail(SyncError::Protocol { what: "a chunk was applied at the wrong time" });
        }
        self.local = local;
        self.next_round()
    }

    fn next_round(&mut self) -> Step {
        self.phase = Phase::AwaitOutgoing;
        Step::LoadOutgoing { hub: self.hub.clone().unwrap_or_default(), limit: self.chunk }
    }

    fn finish(&mut self) -> Step {
        self.phase = Phase::Done;
        Step::Finished { summary: self.summary.clone(), hub: self.hub.clone().unwrap_or_default() }
    }

    /// The transport failed. The sync ends; start a new one later.
    pub fn transport_failed(&mut self, error: SyncError) -> Step {
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
    use crate::event::{StreamId, Visibility};

    fn stream(d: &str) -> StreamId {
        StreamId { participant: "a".into(), device: d.into(), epoch: 1 }
    }

    fn event(d: &str, seq: u64) -> Event {
        Event {
            id: format!("{d}-{seq}"),
            stream: stream(d),
            seq,
            hlc: HlcStamp { wall_ms: seq as i64, counter: 0 },
            schema: 2,
            kind: "step_completed".into(),
            payload: json!({"session_id": "s01", "step_id": "x"}),
            visibility: Visibility::Progress,
        }
    }

    fn vector(entries: &[(&str, u64)]) -> VersionVector {
        VersionVector(entries.iter().map(|(d, s)| (stream(d), *s)).collect())
    }

    #[test]
    fn nothing_changed_is_one_request() {
        let local = vector(&[("phone", 3), ("hub", 2)]);
        let mut x = Exchanger::new("a", local.clone(), Some(local.clone()), 100);
        let Step::LoadOutgoing { hub, .. } = x.start() else { panic!("should load") };
        assert_eq!(hub, local);
        let Step::Send(request) = x.outgoing(vec![]) else { panic!("the first round is sent") };
        assert!(request.push.is_empty());
        assert!(matches!(x.answer(Exchanged::default()), Step::LoadOutgoing { .. }));
        let Step::Finished { summary, hub } = x.outgoing(vec![]) else { panic!("done") };
        assert_eq!((summary, hub), (SyncSummary::default(), local));
    }

    #[test]
    fn new_events_go_in_the_first_request_and_pulls_follow() {
        let local = vector(&[("phone", 5)]);
        let mut x = Exchanger::new("a", local.clone(), Some(vector(&[("phone", 3)])), 100);
        x.start();
        let Step::Send(request) = x.outgoing(vec![event("phone", 4), event("phone", 5)]) else { panic!() };
        assert_eq!(request.push.len(), 1);
        assert_eq!(request.push[0].from, 4);
        let pull = wire::runs_of(vec![event("tablet", 1)]);
        let answer = Exchanged {
            hub: Some(wire::held_of(&vector(&[("phone", 5), ("tablet", 1)]))),
            hub_device: Some("hub".into()),
            pull,
            ..Exchanged::default()
        };
        assert_eq!(x.answer(answer), Step::Apply(vec![event("tablet", 1)]));
        assert_eq!(x.hub_device(), Some("hub"));
        assert!(matches!(x.applied(vector(&[("phone", 5), ("tablet", 1)])), Step::LoadOutgoing { .. }));
        let Step::Finished { summary, .. } = x.outgoing(vec![]) else { panic!() };
        assert_eq!((summary.pushed, summary.pulled), (2, 1));
    }

    #[test]
    fn a_first_sync_asks_before_pushing_and_a_stale_guess_costs_a_round() {
        let local = vector(&[("phone", 2)]);
        let mut x = Exchanger::new("a", local.clone(), None, 100);
        let Step::Send(first) = x.start() else { panic!("asks first") };
        assert!(first.push.is_empty());
        // The hub has nothing yet.
        let answer = Exchanged { hub: Some(vec![]), ..Exchanged::default() };
        let Step::LoadOutgoing { hub, .. } = x.answer(answer) else { panic!() };
        assert_eq!(hub, VersionVector::default());
        x.outgoing(vec![event("phone", 1), event("phone", 2)]);
        let Step::Finished { summary, .. } = ({
            x.answer(Exchanged::default());
            x.outgoing(vec![])
        }) else {
            panic!()
        };
        assert_eq!(summary.pushed, 2);
    }

    #[test]
    fn a_push_the_hub_never_takes_ends_the_sync_instead_of_looping() {
        let local = vector(&[("phone", 4)]);
        let mut x = Exchanger::new("a", local, Some(vector(&[("phone", 2)])), 100);
        x.start();
        x.outgoing(vec![event("phone", 3), event("phone", 4)]);
        let stuck =
            || Exchanged { hub: Some(wire::held_of(&vector(&[("phone", 2)]))), ..Exchanged::default() };
        assert!(matches!(x.answer(stuck()), Step::LoadOutgoing { .. }));
        x.outgoing(vec![event("phone", 3), event("phone", 4)]);
        assert_eq!(x.answer(stuck()), Step::Failed(SyncError::NoProgress));
        assert!(x.is_done());
    }

    #[test]
    fn an_answer_out_of_turn_or_too_big_fails_without_quoting_it() {
        let mut x = Exchanger::new("a", VersionVector::default(), None, 1);
        assert!(matches!(x.outgoing(vec![]), Step::Failed(SyncError::Protocol { .. })));
        let mut x = Exchanger::new("a", VersionVector::default(), None, 1);
        x.start();
        let secret = Event { payload: json!({"text": "SECRET-DIARY-WORDS"}), ..event("hub", 1) };
        let answer = Exchanged {
            pull: wire::runs_of(vec![secret.clone(), Event { seq: 2, ..secret }]),
            ..Exchanged::default()
        };
        let Step::Failed(error) = x.answer(answer) else { panic!("too many") };
        assert!(!format!("{error} {error:?}").contains("SECRET"), "{error:?}");
    }
}
