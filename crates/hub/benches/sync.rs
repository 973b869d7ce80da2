//! Sync at office scale over real loopback HTTPS: 25 phones × 5,000 events each.
//!
//! `cargo bench -p waymark-hub --bench sync` (set `WAYMARK_BENCH_EVENTS` for a smaller run).
//! Bytes are JSON payload bytes (request + response bodies), without HTTP and TLS framing.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use waymark_api::sync::SyncTransport;
use waymark_api::*;
use waymark_content::Content;
use waymark_core::EventBody;
use waymark_core::sync::{SyncRequest, SyncResponse};
use waymark_hub::HubOptions;
use waymark_hub_client::{HubClient, HubSync};
use waymark_store::Store;

const PHONES: usize = 25;
const CHUNK: u32 = 500;

/// Counts payload bytes and times each request.
struct Measured {
    inner: HubSync,
    bytes: u64,
    latencies: Vec<Duration>,
}

impl SyncTransport for Measured {
    fn exchange(&mut self, request: &SyncRequest) -> Result<SyncResponse, String> {
        let started = Instant::now();
        let response = self.inner.exchange(request)?;
        self.latencies.push(started.elapsed());
        self.bytes += serde_json::to_vec(request).map_or(0, |b| b.len() as u64)
            + serde_json::to_vec(&response).map_or(0, |b| b.len() as u64);
        Ok(response)
    }
}

struct Phone {
    api: Api,
    credential: String,
}

fn bodies(n: usize) -> Vec<EventBody> {
    (0..n)
        .map(|i| {
            if i % 3 == 0 {
                EventBody::DiaryEntryDeleted { entry_id: format!("e{i}") }
            } else {
                EventBody::StepCompleted {
                    session_id: format!("s{:02}", i % 11 + 1),
                    step_id: format!("step-{i}"),
                }
            }
        })
        .collect()
}

fn sync_all(phones: &[Phone], client: &HubClient, parallel: bool) -> (Duration, u64, Vec<Duration>) {
    let started = Instant::now();
    let run = |phone: &Phone| {
        let mut t =
            Measured { inner: client.sync_transport(&phone.credential), bytes: 0, latencies: Vec::new() };
        phone.api.sync_with(&mut t, CHUNK, 0).unwrap();
        (t.bytes, t.latencies)
    };
    let results: Vec<(u64, Vec<Duration>)> = if parallel {
        std::thread::scope(|s| {
            let handles: Vec<_> = phones.iter().map(|p| s.spawn(move || run(p))).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    } else {
        phones.iter().map(run).collect()
    };
    let elapsed = started.elapsed();
    let bytes = results.iter().map(|r| r.0).sum();
    let mut latencies: Vec<Duration> = results.into_iter().flat_map(|r| r.1).collect();
    latencies.sort();
    (elapsed, bytes, latencies)
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let events: usize =
        std::env::var("WAYMARK_BENCH_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let content = Arc::new(Content::embedded().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let api = Arc::new(Hub::new(Api::open(content.clone(), &dir.path().join("hub.db"))));
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let options = HubOptions {
        data_dir: dir.path().to_path_buf(),
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        tls_port: 0,
        advertise: None,
    };
    let hub = runtime.block_on(waymark_hub::start(api.clone(), &options)).unwrap();
    let client = HubClient::new(&hub.endpoint.address, &hub.endpoint.fingerprint).unwrap();

    let group = api.create_group(CreateGroupRequest { name: "Bench".into() }).unwrap();
    let mut phones = Vec::new();
    for i in 0..PHONES {
        let member = api
            .add_member(AddMemberRequest { group_id: group.id.clone(), display_name: format!("P{i}") })
            .unwrap();
        let offer = api.start_pairing(StartPairingRequest { member_id: member.id, address: None }).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store.append_all(&bodies(events), 1_795_435_200_000).unwrap();
        let id = store.identity().stream.clone();
        let paired = client.pair(&offer.code, &id.participant, &id.device).unwrap();
        phones.push(Phone {
            api: Api::with_store(content.clone(), store, system_clock()),
            credential: paired.credential,
        });
    }
    println!(
        "{PHONES} phones x {events} events, chunk {CHUNK}, loopback HTTPS (pinned), hub DB on disk (synchronous=FULL)"
    );

    let (t, bytes, lat) = sync_all(&phones, &client, false);
    println!(
        "first sync, one phone after another: {:.2} s, {:.1} MiB payload, {} requests, p50 {:?} p99 {:?}",
        t.as_secs_f64(),
        mib(bytes),
        lat.len(),
        pct(&lat, 0.5),
        pct(&lat, 0.99)
    );
    let (t, bytes, lat) = sync_all(&phones, &client, false);
    println!(
        "sync with nothing new, all phones: {:.3} s total ({:.1} ms per phone), {:.1} KiB payload per phone, p99 {:?}",
        t.as_secs_f64(),
        t.as_secs_f64() * 1000.0 / PHONES as f64,
        bytes as f64 / 1024.0 / PHONES as f64,
        pct(&lat, 0.99)
    );
    // One small change per phone (a consent event), then everyone presses "Sync now" together.
    for phone in &phones {
        phone.api.apply_consent(waymark_core::sync::Consent::default()).unwrap();
    }
    let (t, bytes, lat) = sync_all(&phones, &client, true);
    println!(
        "{PHONES} phones syncing at once (1 new event each): {:.2} s, {:.1} KiB, {} requests, p50 {:?} p99 {:?} max {:?}",
        t.as_secs_f64(),
        bytes as f64 / 1024.0,
        lat.len(),
        pct(&lat, 0.5),
        pct(&lat, 0.99),
        lat.last().copied().unwrap_or_default()
    );

    // Baseline: copy the whole database instead of syncing.
    let export = dir.path().join("export.db");
    let started = Instant::now();
    waymark_api::vault::open_store(&dir.path().join("hub.db")).unwrap().backup_to(&export).unwrap();
    let exported = started.elapsed();
    let size = std::fs::metadata(&export).unwrap().len();
    let started = Instant::now();
    // `VACUUM INTO` writes the copy under the same SQLCipher key: give it the key file too.
    std::fs::copy(dir.path().join("hub.key"), dir.path().join("export.key")).unwrap();
    let reopened = waymark_api::vault::open_store(&export).unwrap();
    let imported = started.elapsed();
    let held: u64 =
        phones.iter().map(|p| reopened.event_count_of(&p.api.device_identity().unwrap().0).unwrap()).sum();
    println!(
        "baseline, whole database: export (VACUUM INTO) {:.2} s, {:.1} MiB; import (open + check) {:.3} s; {held} events",
        exported.as_secs_f64(),
        mib(size),
        imported.as_secs_f64()
    );
    runtime.block_on(hub.shutdown());
}
