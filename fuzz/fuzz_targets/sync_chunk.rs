//! A device's sync request as the hub receives it, in either protocol: the body decoder of
//! `/device/v1/sync` (`DeviceSyncRequest`) or of `/device/v2/sync` (`Exchange`, gzipped or not,
//! the route's own unzipping and limit), then the push — protocol 2's runs made into events
//! first (`wire::events_of`) — through `check_chunk` and `receive_chunk` on an in-memory store,
//! from a device (the hub's side) and from the hub (the phone's side). A chunk may be refused;
//! it must not panic, and a refused chunk must leave the store as it was. For protocol 2 the
//! answer is made too (what the device lacks after its `have`, as runs), and it must come back
//! as the same events through JSON and `events_of`.
//!
//! Input: one flag byte (bit 0: the chunk comes from the hub; bit 1: protocol 2; bit 2: the
//! protocol-2 body is gzipped), then the body (`{"protocol":1,"request":{"type":"push",…}}`,
//! or `{"have":[…],"push":[{"device":…,"from":1,…}],"max":50}`).
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use waymark_core::Event;
use waymark_core::sync::{MAX_CHUNK_EVENTS, Sender, SyncRequest, wire};
use waymark_store::Store;

const NOW_MS: i64 = 1_772_445_600_000;
const CHUNKS_PER_STORE: u32 = 2_000;
/// Most events one protocol-2 answer carries here (the hub's own limit is 500; a smaller one
/// keeps each input fast once the store has filled, and still spans several runs).
const MAX_ANSWER: u32 = 64;

fuzz_target!(|data: &[u8]| {
    static STORE: Mutex<Option<(Store, u32)>> = Mutex::new(None);
    let Some((&flags, body)) = data.split_first() else { return };
    let sender = if flags & 1 == 1 {
        Sender::Hub { participant: "p1", hub_device: Some("hub") }
    } else {
        Sender::Device { participant: "p1", device: "d1" }
    };
    let (events, answer) = if flags & 2 == 2 {
        let Ok(exchange) = waymark_hub::fuzz::decode_exchange(body, flags & 4 == 4) else { return };
        let Ok(events) = wire::events_of("p1", exchange.push, MAX_CHUNK_EVENTS as usize) else { return };
        (events, Some((exchange.have, exchange.max)))
    } else {
        let Ok(request) = waymark_hub::fuzz::decode_sync(body) else { return };
        let SyncRequest::Push { events } = request.request else { return };
        (events, None)
    };
    let mut slot = STORE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if slot.as_ref().is_none_or(|(_, n)| *n >= CHUNKS_PER_STORE) {
        *slot = Some((Store::open_in_memory().expect("an in-memory store opens"), 0));
    }
    let (store, n) = slot.as_mut().expect("just made");
    *n += 1;
    let before = store.events().expect("the store reads").len();
    match store.receive_chunk(sender, &events, NOW_MS) {
        Ok(outcome) => {
            let after = store.events().expect("the store reads").len();
            assert_eq!(after, before + outcome.stored as usize, "stored count matches the log");
        }
        Err(_) => {
            let after = store.events().expect("the store reads").len();
            assert_eq!(after, before, "a refused chunk stores nothing");
        }
    }
    if let Some((have, max)) = answer {
        // What the hub answers with (`exchange_events`): the events after the device's `have`.
        let have = wire::vector_of("p1", &have);
        let max = max.clamp(1, MAX_ANSWER);
        let lacking: Vec<Event> = store.events_after(&have, Some("p1"), max).expect("the store reads");
        let json = serde_json::to_vec(&wire::runs_of(lacking.clone())).expect("runs serialise");
        let runs: Vec<wire::Run> = serde_json::from_slice(&json).expect("runs the hub wrote decode");
        let back = wire::events_of("p1", runs, max as usize).expect("runs the hub wrote are valid");
        assert!(back == lacking, "an answer's events come back as they were");
    }
});
