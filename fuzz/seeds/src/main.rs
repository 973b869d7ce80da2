//! Writes the sync_chunk and backup_plaintext seed corpus from real events of a real store:
//! `cargo run --manifest-path fuzz/seeds/Cargo.toml`.
use std::fs;
use serde_json::json;
use waymark_core::event::EventBody;
use waymark_store::Store;

fn body(v: serde_json::Value) -> EventBody { serde_json::from_value(v).unwrap() }

fn main() {
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus"));
    let mut store = Store::open_in_memory().unwrap();
    let t = 1_772_400_000_000i64;
    let bodies = vec![
        body(json!({"kind":"step_completed","payload":{"session_id":"s01","step_id":"s01-welcome"}})),
        body(json!({"kind":"drink_recorded","payload":{"entry_id":"e1","drink":{"drink_type":"beer","volume_ml":568.0,"abv_percent":4.0,"count":2,"occurred_at_ms":t,"cost_pence":450,"place":"pub","with_whom":null,"mood_before":5}}})),
        body(json!({"kind":"diary_entry_deleted","payload":{"entry_id":"e1"}})),
    ];
    for (i, b) in bodies.iter().enumerate() { store.append(b, t + i as i64 * 1000).unwrap(); }
    let events = store.events().unwrap();
    let stream = store.identity().stream.clone();
    let ev = serde_json::to_value(&events).unwrap();
    fs::create_dir_all(root.join("sync_chunk")).unwrap();
    fs::create_dir_all(root.join("backup_plaintext")).unwrap();
    // sync: as the device p1/d1 would push (rewrite stream to p1/d1).
    let mut pushed = ev.clone();
    for e in pushed.as_array_mut().unwrap() { e["stream"] = json!({"participant":"p1","device":"d1","epoch":0}); }
    let push = json!({"protocol":1,"request":{"type":"push","events":pushed}});
    let mut hubbed = ev.clone();
    for e in hubbed.as_array_mut().unwrap() { e["stream"] = json!({"participant":"p1","device":"hub","epoch":0}); }
    let push_hub = json!({"protocol":1,"request":{"type":"push","events":hubbed}});
    let w = |dir: &str, name: &str, flag: Option<u8>, v: &serde_json::Value| {
        let mut b = flag.map(|f| vec![f]).unwrap_or_default();
        b.extend(serde_json::to_vec(v).unwrap());
        fs::write(root.join(dir).join(name), b).unwrap();
    };
    w("sync_chunk", "push-device", Some(0), &push);
    w("sync_chunk", "push-hub", Some(1), &push_hub);
    w("sync_chunk", "hello", Some(0), &json!({"protocol":1,"request":{"type":"hello","protocol":1}}));
    w("sync_chunk", "pull", Some(0), &json!({"protocol":1,"request":{"type":"pull","have":[],"max_events":500}}));
    let backup = json!({"format":"waymark-backup","version":1,"participant":stream.participant,"device":stream.device,"events":ev});
    w("backup_plaintext", "three-events", None, &backup);
    w("backup_plaintext", "empty", None, &json!({"format":"waymark-backup","version":1,"participant":"p","device":"d","events":[]}));
    println!("{}", serde_json::to_string(&serde_json::to_value(waymark_core::sync::VersionVector::default()).unwrap()).unwrap());
}
