//! A device's sync request as the hub receives it: the body decoder of `/device/v1/sync`, then,
//! for a push, `check_chunk` and `receive_chunk` on an in-memory store — from a device (the hub's
//! side) and from the hub (the phone's side). A chunk may be refused; it must not panic, and a
//! refused chunk must leave the store as it was.
//!
//! Input: one flag byte (bit 0: the chunk comes from the hub), then the JSON body
//! (`{"protocol":1,"request":{"type":"push","events":[…]}}`).
//!
//! The sync encoding is changing (issue 15 points 1–2); this target follows today's API.
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use waymark_core::sync::{Sender, SyncRequest};
use waymark_store::Store;

const NOW_MS: i64 = 1_772_445_600_000;
const CHUNKS_PER_STORE: u32 = 2_000;

fuzz_target!(|data: &[u8]| {
    static STORE: Mutex<Option<(Store, u32)>> = Mutex::new(None);
    let Some((&flags, body)) = data.split_first() else { return };
    let Ok(request) = waymark_hub::fuzz::decode_sync(body) else { return };
    let SyncRequest::Push { events } = request.request else { return };
    let sender = if flags & 1 == 1 {
        Sender::Hub { participant: "p1", hub_device: Some("hub") }
    } else {
        Sender::Device { participant: "p1", device: "d1" }
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
});
