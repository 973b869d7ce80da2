//! Sync between a hub, two phones and a shared office device, through the api and the sans-IO
//! session, with a transport that cuts, duplicates and reorders. Real SQLite (in memory).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use proptest::prelude::*;
use waymark_api::sync::SyncTransport;
use waymark_api::*;
use waymark_core::sync::{Consent, SyncRequest, SyncResponse, WITHHELD_KIND};
use waymark_core::{Event, Visibility};
use waymark_store::Store;

use crate::{content, en};

const DAY: i64 = 86_400_000;
const NOW: i64 = 1_795_435_200_000;

struct Replica {
    api: Api,
    clock: Arc<AtomicI64>,
}

fn replica(participant: Option<&str>, skew_days: i64) -> Replica {
    let mut store = Store::open_in_memory().unwrap();
    if let Some(p) = participant {
        store.adopt_participant(p).unwrap();
    }
    let clock = Arc::new(AtomicI64::new(NOW + skew_days * DAY));
    let c = clock.clone();
    Replica {
        api: Api::with_store(content(), store, Arc::new(move || c.fetch_add(1_000, Ordering::SeqCst))),
        clock,
    }
}

#[derive(Clone, Debug, Default)]
struct Faults {
    /// Fail the n-th exchange before the hub sees it.
    cut_before: Option<u32>,
    /// Fail the n-th exchange after the hub processed it (the reply is lost).
    lose_reply: Option<u32>,
    /// Deliver every push twice.
    duplicate: bool,
    /// Reverse the events of every push and pull.
    reorder: bool,
}

struct Lossy<'a> {
    hub: &'a Api,
    participant: String,
    faults: Faults,
    sent: u32,
}

impl SyncTransport for Lossy<'_> {
    fn exchange(&mut self, request: &SyncRequest) -> Result<SyncResponse, String> {
        self.sent += 1;
        if self.faults.cut_before == Some(self.sent) {
            return Err("connection cut".into());
        }
        let mut request = request.clone();
        if let (true, SyncRequest::Push { events }) = (self.faults.reorder, &mut request) {
            events.reverse();
        }
        let mut response =
            self.hub.sync_respond(&self.participant, request.clone()).map_err(|e| e.message)?;
        if self.faults.duplicate && matches!(request, SyncRequest::Push { .. }) {
            let again = self.hub.sync_respond(&self.participant, request).map_err(|e| e.message)?;
            if let SyncResponse::PushAck { conflicts, .. } = again {
                assert!(conflicts.is_empty(), "a duplicated push must be a no-op");
            }
        }
        if self.faults.lose_reply == Some(self.sent) {
            return Err("reply lost".into());
        }
        if let (true, SyncResponse::Pull { events, .. }) = (self.faults.reorder, &mut response) {
            events.reverse();
        }
        Ok(response)
    }
}

fn sync(device: &Replica, hub: &Replica, participant: &str, faults: Faults, chunk: u32) -> Result<(), Error> {
    let mut transport = Lossy { hub: &hub.api, participant: participant.into(), faults, sent: 0 };
    device.api.sync_with(&mut transport, chunk).map(|_| ())
}

#[derive(Clone, Debug)]
enum Op {
    CompleteStep { device: usize, session: usize, step: usize },
    AddDrink { device: usize, ml: u16 },
    DeleteLatestDrink { device: usize },
    Sync { device: usize, faults: Faults, chunk: u32 },
}

fn faults() -> impl Strategy<Value = Faults> {
    (proptest::option::of(1u32..6), proptest::option::of(1u32..6), any::<bool>(), prop::bool::weighted(0.2))
        .prop_map(|(cut_before, lose_reply, duplicate, reorder)| Faults {
            cut_before,
            lose_reply,
            duplicate,
            reorder,
        })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..3, 0usize..11, 0usize..8).prop_map(|(device, session, step)| Op::CompleteStep { device, session, step }),
        2 => (0usize..3, 50u16..1000).prop_map(|(device, ml)| Op::AddDrink { device, ml }),
        1 => (0usize..3).prop_map(|device| Op::DeleteLatestDrink { device }),
        3 => (0usize..3, faults(), 1u32..6).prop_map(|(device, faults, chunk)| Op::Sync { device, faults, chunk }),
    ]
}

/// Every event of the replica's own participant, via a full pull from itself as if it were a hub.
fn events_of(r: &Replica) -> Vec<Event> {
    events_of_participant(r, &r.api.sync_respond_participant())
}

fn progress(r: &Replica) -> Vec<(String, u32)> {
    r.api
        .list_sessions(ListSessionsRequest { locale: en() })
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| (s.id, s.steps_completed))
        .collect()
}

fn diary(r: &Replica) -> Vec<String> {
    let mut ids: Vec<String> = r
        .api
        .list_diary(ListDiaryRequest { from_ms: NOW - 30 * DAY, to_ms: NOW + 30 * DAY })
        .unwrap()
        .entries
        .into_iter()
        .map(|e| format!("{}:{}", e.entry_id, e.units))
        .collect();
    ids.sort();
    ids
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_whatever_the_network_does(share_entries in any::<bool>(), ops in proptest::collection::vec(op(), 1..30)) {
        // Phone 1 is set up first; phone 2 and the shared office PC sign in as the same person.
        let phone1 = replica(None, 0);
        let participant = phone1.api.sync_respond_participant();
        let devices = [phone1, replica(Some(&participant), -3), replica(Some(&participant), 4)];
        let hub = replica(None, 1);
        devices[0].api.apply_consent(Consent { diary_summaries: share_entries, diary_entries: share_entries }).unwrap();
        for d in &devices {
            sync(d, &hub, &participant, Faults::default(), 50).unwrap();
        }
        let sessions = content();
        let mut drinks: Vec<Vec<String>> = vec![Vec::new(); 3];
        for op in &ops {
            match op {
                Op::CompleteStep { device, session, step } => {
                    let s = &sessions.sessions()[*session];
                    let step = &s.steps[step % s.steps.len()];
                    devices[*device].api.complete_step(CompleteStepRequest { session_id: s.id.clone(), step_id: step.id.clone() }).unwrap();
                }
                Op::AddDrink { device, ml } => {
                    let now = devices[*device].clock.load(Ordering::SeqCst);
                    let drink = Drink { drink_type: DrinkType::Beer, volume_ml: f64::from(*ml), abv_percent: 4.0, count: 1, occurred_at_ms: now - DAY, cost_pence: None, place: None, with_whom: None, mood_before: None };
                    let saved = devices[*device].api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap();
                    drinks[*device].push(saved.entry_id);
                }
                Op::DeleteLatestDrink { device } => {
                    if let Some(id) = drinks[*device].pop() {
                        devices[*device].api.delete_entry(EntryRequest { entry_id: id }).unwrap();
                    }
                }
                Op::Sync { device, faults, chunk } => {
                    // Faulty syncs may fail; nothing they did half-way may break a later one.
                    let _ = sync(&devices[*device], &hub, &participant, faults.clone(), *chunk);
                }
            }
        }
        for _ in 0..2 {
            for d in &devices {
                sync(d, &hub, &participant, Faults::default(), 7).unwrap();
            }
        }
        let hub_events = events_of_participant(&hub, &participant);
        let hub_vector = vector(&hub_events);
        for (i, d) in devices.iter().enumerate() {
            let mine = events_of(d);
            prop_assert_eq!(vector(&mine), hub_vector.clone(), "device {} holds what the hub holds", i);
            let mut ids: Vec<&str> = mine.iter().map(|e| e.id.as_str()).collect();
            ids.sort();
            let n = ids.len();
            ids.dedup();
            prop_assert_eq!(ids.len(), n, "nothing duplicated");
        }
        prop_assert_eq!(progress(&devices[0]), progress(&devices[1]));
        prop_assert_eq!(progress(&devices[0]), progress(&devices[2]));
        if share_entries {
            prop_assert_eq!(diary(&devices[0]), diary(&devices[1]));
            prop_assert_eq!(diary(&devices[0]), diary(&devices[2]));
        }
        for e in &hub_events {
            let content_on_hub = e.kind != WITHHELD_KIND;
            if matches!(e.visibility, Visibility::DiaryEntry | Visibility::DiarySummary | Visibility::Private) && content_on_hub {
                prop_assert!(share_entries && e.visibility != Visibility::Private, "non-consented event on the hub: {:?}", e.kind);
            }
        }
    }
}

fn events_of_participant(hub: &Replica, participant: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut have = waymark_core::sync::VersionVector::default();
    loop {
        let SyncResponse::Pull { events, more } = hub
            .api
            .sync_respond(participant, SyncRequest::Pull { have: have.clone(), max_events: 500 })
            .unwrap()
        else {
            unreachable!()
        };
        out.extend(events);
        have = vector(&out);
        if !more {
            return out;
        }
    }
}

fn vector(events: &[Event]) -> waymark_core::sync::VersionVector {
    let mut v = waymark_core::sync::VersionVector::default();
    for e in events {
        let slot = v.0.entry(e.stream.clone()).or_insert(0);
        *slot = (*slot).max(e.seq);
    }
    v
}

#[test]
fn a_device_cannot_push_or_read_another_participants_events() {
    let a = replica(None, 0);
    let b = replica(None, 0);
    let hub = replica(None, 0);
    a.api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "s01-welcome".into() })
        .unwrap();
    let pa = a.api.sync_respond_participant();
    let pb = b.api.sync_respond_participant();
    // A's events pushed on a channel paired for B are refused, and nothing is stored.
    let err = sync(&a, &hub, &pb, Faults::default(), 10).unwrap_err();
    assert!(err.message.contains("another participant"), "{}", err.message);
    assert!(events_of_participant(&hub, &pa).is_empty());
    sync(&a, &hub, &pa, Faults::default(), 10).unwrap();
    assert_eq!(events_of_participant(&hub, &pa).len(), 1);
    // B pulling never receives A's events.
    sync(&b, &hub, &pb, Faults::default(), 10).unwrap();
    assert!(events_of(&b).iter().all(|e| e.stream.participant == pb));
}

#[test]
fn same_id_with_different_content_is_flagged_not_dropped() {
    let a = replica(None, 0);
    let hub = replica(None, 0);
    a.api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "s01-welcome".into() })
        .unwrap();
    let p = a.api.sync_respond_participant();
    sync(&a, &hub, &p, Faults::default(), 10).unwrap();
    let mut forged = events_of(&a).remove(0);
    forged.payload = serde_json::json!({"session_id": "s01", "step_id": "s01-about"});
    let SyncResponse::PushAck { conflicts, .. } =
        hub.api.sync_respond(&p, SyncRequest::Push { events: vec![forged.clone()] }).unwrap()
    else {
        panic!("push ack expected")
    };
    assert_eq!(conflicts, vec![forged.id]);
    assert_ne!(events_of_participant(&hub, &p)[0].payload, forged.payload, "what was held is kept");
}
