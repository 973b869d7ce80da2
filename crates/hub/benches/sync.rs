//! Sync at office scale over real loopback HTTPS (issue 12): 25 phones × 5,000 events of a year
//! (the `workload` of the ingest benchmark: diary entries with place, company, mood and cost,
//! urges, steps, answers of 20–200 characters, goals), against the machine's limit measured in
//! the same run (one SQLite transaction of the same rows, opened as the hub opens its database).
//!
//! `cargo bench -p waymark-hub --bench sync` (`WAYMARK_BENCH_EVENTS` per phone, default 5,000;
//! `WAYMARK_BENCH_RUNS`, default 3: medians are reported). Bytes are counted on the wire: every
//! phone talks to the hub through a TCP proxy that counts what passes both ways (TLS records,
//! HTTP headers and bodies). Each phone has its own client, so its own kept-alive connection.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::expect_used)]

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../../store/benches/workload/mod.rs"]
mod workload;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use waymark_api::*;
use waymark_content::Content;
use waymark_core::sync::{
    Consent, Exchange, Exchanged, SyncError, SyncRequest, SyncResponse, SyncTransport, for_hub,
};
use waymark_hub_client::{HubClient, HubSync};
use waymark_store::{DbKey, Store};

const PHONES: usize = 25;
/// Events per request, as the app sends them (`src-tauri/src/hub_sync.rs`).
const CHUNK: u32 = 200;

/// `WAYMARK_BENCH_CHUNK` to try another chunk size.
fn chunk() -> u32 {
    std::env::var("WAYMARK_BENCH_CHUNK").ok().and_then(|v| v.parse().ok()).unwrap_or(CHUNK)
}

/// Forwards loopback TCP to the hub, counting every byte both ways.
struct Proxy {
    address: String,
    bytes: Arc<AtomicU64>,
}

impl Proxy {
    fn start(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let bytes = Arc::new(AtomicU64::new(0));
        let counter = bytes.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&target) else { continue };
                let _ = (client.set_nodelay(true), server.set_nodelay(true));
                for (mut from, mut to) in
                    [(client.try_clone().unwrap(), server.try_clone().unwrap()), (server, client)]
                {
                    let counter = counter.clone();
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 64 * 1024];
                        while let Ok(n) = from.read(&mut buf) {
                            if n == 0 || to.write_all(&buf[..n]).is_err() {
                                break;
                            }
                            counter.fetch_add(n as u64, Ordering::Relaxed);
                        }
                        let _ = to.shutdown(Shutdown::Write);
                    });
                }
            }
        });
        Proxy { address, bytes }
    }

    fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }
}

/// Times each request; `v1` plays an older hub (protocol 1 only), for the "before" figures.
struct Measured {
    inner: HubSync,
    v1: bool,
    latencies: Vec<Duration>,
}

impl SyncTransport for Measured {
    fn exchange(&mut self, request: &Exchange) -> Result<Exchanged, SyncError> {
        if self.v1 {
            return Err(SyncError::OldHub);
        }
        let started = Instant::now();
        let answer = self.inner.exchange(request);
        self.latencies.push(started.elapsed());
        answer
    }

    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        let started = Instant::now();
        let response = self.inner.request_v1(request);
        self.latencies.push(started.elapsed());
        response
    }
}

struct Phone {
    api: Api,
    client: HubClient,
    credential: String,
    /// What the phone held before its first sync (for the limit).
    events: Vec<waymark_core::Event>,
}

/// What one round of syncs cost.
#[derive(Clone, Debug, Default)]
struct Round {
    wall: Duration,
    bytes: u64,
    latencies: Vec<Duration>,
}

impl Round {
    fn requests(&self) -> usize {
        self.latencies.len()
    }

    fn pct(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        sorted[(((sorted.len() - 1) as f64) * p).round() as usize]
    }
}

fn sync_all(phones: &[Phone], proxy: &Proxy, parallel: bool, v1: bool) -> Round {
    let before = proxy.bytes();
    let started = Instant::now();
    let run = |phone: &Phone| {
        let mut t =
            Measured { inner: phone.client.sync_transport(&phone.credential), v1, latencies: Vec::new() };
        let result = phone.api.sync_with(&mut t, chunk(), 0);
        phone.api.record_sync_result(&result).unwrap();
        result.unwrap();
        t.latencies
    };
    let latencies: Vec<Vec<Duration>> = if parallel {
        std::thread::scope(|s| {
            let handles: Vec<_> = phones.iter().map(|p| s.spawn(move || run(p))).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    } else {
        phones.iter().map(run).collect()
    };
    let wall = started.elapsed();
    // Let the proxy's threads count the last bytes.
    std::thread::sleep(Duration::from_millis(50));
    Round { wall, bytes: proxy.bytes() - before, latencies: latencies.into_iter().flatten().collect() }
}

struct Office {
    hub: Arc<Hub>,
    running: waymark_hub::RunningHub,
    proxy: Proxy,
    phones: Vec<Phone>,
    group: String,
    _dir: tempfile::TempDir,
}

fn office(runtime: &tokio::runtime::Runtime, content: &Arc<Content>, per_phone: usize) -> Office {
    let dir = tempfile::tempdir().unwrap();
    let hub = Arc::new(Hub::new(Api::open(content.clone(), &dir.path().join("hub.db"))));
    let options = common::loopback_options(dir.path());
    let running = runtime.block_on(waymark_hub::start(hub.clone(), &options)).unwrap();
    let proxy = Proxy::start(running.endpoint.address.clone());
    let group = hub.create_group(CreateGroupRequest { name: "Bench".into() }).unwrap();
    let phones = (0..PHONES)
        .map(|i| {
            let member = hub
                .add_member(AddMemberRequest { group_id: group.id.clone(), display_name: format!("P{i}") })
                .unwrap();
            let offer =
                hub.start_pairing(StartPairingRequest { member_id: member.id, address: None }).unwrap();
            let store = workload::phone(i as u64, per_phone);
            let events = store.events().unwrap();
            let id = store.identity().stream.clone();
            let client = HubClient::new(&proxy.address, &running.endpoint.fingerprint).unwrap();
            let paired = client.pair(&offer.code, &id.participant, &id.device).unwrap();
            Phone {
                api: Api::with_store(content.clone(), store, system_clock()),
                client,
                credential: paired.credential,
                events,
            }
        })
        .collect();
    Office { hub, running, proxy, phones, group: group.id, _dir: dir }
}

/// One plain transaction of the rows the hub will hold, in a database opened as the hub's.
fn limit(phones: &[Phone]) -> Duration {
    let share = Consent { diary_summaries: true, diary_entries: true };
    let rows: Vec<waymark_core::Event> =
        phones.iter().flat_map(|p| p.events.iter().map(|e| for_hub(e.clone(), share))).collect();
    let dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open(&dir.path().join("limit.db"), &DbKey::random().unwrap()).unwrap();
    let started = Instant::now();
    plain.limit_insert(&rows).unwrap();
    started.elapsed()
}

/// Ten new diary entries, as the participant makes them (drinks and urges of the workload).
fn ten_entries(api: &Api, rng: &mut workload::Rng) {
    let now = chrono::Utc::now().timestamp_millis() - 60_000;
    let mut made = 0;
    while made < 10 {
        match workload::body(rng, now) {
            waymark_core::EventBody::DrinkRecorded { drink, .. } => {
                api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap();
            }
            waymark_core::EventBody::UrgeRecorded { urge, .. } => {
                api.add_urge(AddUrgeRequest { entry_id: None, urge }).unwrap();
            }
            _ => continue,
        }
        made += 1;
    }
}

/// `WAYMARK_PERF_CTL=<fifo>` with `perf record -D -1 --control=fifo:<fifo>`: the profile covers
/// only the first sync of the first run (not the phones' set-up nor the other figures).
fn perf_control(command: &str) {
    if let Ok(path) = std::env::var("WAYMARK_PERF_CTL") {
        let mut fifo = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        fifo.write_all(format!("{command}\n").as_bytes()).unwrap();
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let per_phone: usize =
        std::env::var("WAYMARK_BENCH_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let runs: usize = std::env::var("WAYMARK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let content = Arc::new(Content::embedded().unwrap());
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    println!(
        "{PHONES} phones x {per_phone} events of a year, chunk {}, loopback HTTPS (pinned) through a \
         byte-counting proxy, hub DB on disk (SQLCipher, WAL, synchronous=FULL); median of {runs}",
        chunk()
    );

    let mut figures: std::collections::BTreeMap<&str, Vec<f64>> = Default::default();
    let mut put = |name: &'static str, value: f64| figures.entry(name).or_default().push(value);
    let mut last_first = Round::default();
    for run in 0..runs {
        let office = office(&runtime, &content, per_phone);
        let limit = limit(&office.phones);
        if run == 0 {
            perf_control("enable");
        }
        let first = sync_all(&office.phones, &office.proxy, true, false);
        if run == 0 {
            perf_control("disable");
        }
        put("limit_s", limit.as_secs_f64());
        put("first_s", first.wall.as_secs_f64());
        put("first_ratio", first.wall.as_secs_f64() / limit.as_secs_f64());
        put("first_mib", first.bytes as f64 / 1048576.0);
        put("first_requests", first.requests() as f64);
        put("first_p99_ms", first.pct(0.99).as_secs_f64() * 1e3);
        put("first_p50_ms", first.pct(0.5).as_secs_f64() * 1e3);

        let same = sync_all(&office.phones, &office.proxy, false, false);
        put("nochange_bytes", same.bytes as f64 / PHONES as f64);
        put("nochange_requests", same.requests() as f64 / PHONES as f64);
        put("nochange_ms", same.wall.as_secs_f64() * 1e3 / PHONES as f64);

        // A phone that syncs on a new connection (a new TLS handshake), as after a night asleep.
        let fresh: Vec<Phone> = office
            .phones
            .iter()
            .map(|p| Phone {
                api: p.api.clone(),
                client: HubClient::new(&office.proxy.address, &office.running.endpoint.fingerprint).unwrap(),
                credential: p.credential.clone(),
                events: Vec::new(),
            })
            .collect();
        let handshake = sync_all(&fresh, &office.proxy, false, false);
        put("nochange_tls_bytes", handshake.bytes as f64 / PHONES as f64);

        let mut rng = workload::Rng::new(1_000 + run as u64);
        for phone in &office.phones {
            ten_entries(&phone.api, &mut rng);
        }
        let ten = sync_all(&office.phones, &office.proxy, false, false);
        put("ten_bytes", ten.bytes as f64 / PHONES as f64);
        for phone in &office.phones {
            ten_entries(&phone.api, &mut rng);
        }
        let together = sync_all(&office.phones, &office.proxy, true, false);
        put("ten_together_p99_ms", together.pct(0.99).as_secs_f64() * 1e3);

        let started = Instant::now();
        let rosters = 20;
        for _ in 0..rosters {
            office
                .hub
                .roster(RosterRequest { group_id: office.group.clone(), utc_offset_minutes: 0 })
                .unwrap();
        }
        put("roster_ms", started.elapsed().as_secs_f64() * 1e3 / rosters as f64);
        last_first = first;
        runtime.block_on(office.running.shutdown());
    }
    // Protocol 1 on the same workload, once: the "before" column.
    let office = office(&runtime, &content, per_phone);
    let old = sync_all(&office.phones, &office.proxy, true, true);
    let old_same = sync_all(&office.phones, &office.proxy, false, true);
    runtime.block_on(office.running.shutdown());

    let m = |name: &str| median(figures[name].clone());
    println!("limit, one plain transaction of the same rows: {:.3} s", m("limit_s"));
    println!(
        "first sync, {PHONES} phones at once: {:.3} s = {:.2}x the limit; {:.2} MiB on the wire; {} requests; p50 {:.1} ms, p99 {:.1} ms",
        m("first_s"),
        m("first_ratio"),
        m("first_mib"),
        m("first_requests"),
        m("first_p50_ms"),
        m("first_p99_ms")
    );
    println!(
        "no-change sync, per phone: {:.1} requests, {:.0} B on a kept-alive connection ({:.0} B with a new TLS handshake), {:.2} ms",
        m("nochange_requests"),
        m("nochange_bytes"),
        m("nochange_tls_bytes"),
        m("nochange_ms")
    );
    println!("+10 events, per phone: {:.0} B on the wire", m("ten_bytes"));
    println!("+10 events, {PHONES} phones at once: p99 {:.1} ms per request", m("ten_together_p99_ms"));
    println!("roster of the {PHONES}-member group, a year of data each: {:.2} ms", m("roster_ms"));
    println!(
        "protocol 1 (before), same run: first sync {:.3} s, {:.2} MiB, {} requests, p99 {:.1} ms; no-change {:.0} B, {:.1} requests per phone (last v2 first sync: {} requests)",
        old.wall.as_secs_f64(),
        old.bytes as f64 / 1048576.0,
        old.requests(),
        old.pct(0.99).as_secs_f64() * 1e3,
        old_same.bytes as f64 / PHONES as f64,
        old_same.requests() as f64 / PHONES as f64,
        last_first.requests()
    );
}
