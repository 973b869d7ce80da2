//! The hub's JSON request bodies: every `/api/<name>`, `/hub/api/<name>` and `/device/v1/pair`
//! body, decoded and run as the route runs it (plain-words decoding, then the use-case's own
//! checks) against a hub over an in-memory store. Any status is fine; a panic is not, and
//! neither is a 500 (`Internal`), which would mean a body reached a state the code did not
//! expect.
//!
//! Input: the route name, a newline, the body (`add_drink\n{"entry_id":null,…}`).
#![no_main]

use std::sync::{Arc, Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use waymark_api::{Api, Hub};
use waymark_content::Content;
use waymark_store::Store;

/// A fixed clock: 2026-03-02 10:00 UTC.
const NOW_MS: i64 = 1_772_445_600_000;
/// Calls before the hub is made anew, so what the fuzzer writes does not pile up without end.
const CALLS_PER_HUB: u32 = 5_000;

fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("the embedded content is valid"))).clone()
}

fn new_hub() -> Hub {
    let store = Store::open_in_memory().expect("an in-memory store opens");
    Hub::new(Api::with_store(content(), store, Arc::new(|| NOW_MS)))
}

fuzz_target!(|data: &[u8]| {
    static HUB: Mutex<Option<(Hub, u32)>> = Mutex::new(None);
    static ROUTES: OnceLock<Vec<String>> = OnceLock::new();
    let routes = ROUTES.get_or_init(waymark_hub::fuzz::routes);
    let Some(eol) = data.iter().position(|&b| b == b'\n') else { return };
    let Ok(route) = std::str::from_utf8(&data[..eol]) else { return };
    if !routes.iter().any(|r| r == route) {
        return;
    }
    let mut slot = HUB.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if slot.as_ref().is_none_or(|(_, calls)| *calls >= CALLS_PER_HUB) {
        *slot = Some((new_hub(), 0));
    }
    let (hub, calls) = slot.as_mut().expect("just made");
    *calls += 1;
    let status = waymark_hub::fuzz::call(hub, route, &data[eol + 1..]);
    assert_ne!(status, 500, "{route} answered 500 Internal");
});
