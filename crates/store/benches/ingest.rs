//! The hub's storage at the limit of the machine (issue 12, point 1): 25 phones × 5,000 events
//! of a year (see `workload`) received by one hub database, against one plain SQLite
//! transaction of the same rows in the same run.
//!
//! `cargo bench -p waymark-store --bench ingest` (`WAYMARK_BENCH_EVENTS` per phone, default
//! 5,000; `WAYMARK_BENCH_RUNS`, default 3: the median is reported).
//!
//! Both databases are opened as the hub opens its own: SQLCipher, WAL, `synchronous=FULL`, on
//! disk in a temporary folder. The limit inserts the rows into the `events` table (its primary
//! key and unique index) with one prepared statement in one transaction, nothing else. The hub
//! path is `Store::receive_chunks`: every event checked (`check_chunk`: who may write it, its
//! payload against its kind, contiguous seq), the projections updated, each phone's chunks as
//! they arrive, several phones' chunks sharing one commit as the hub's committer batches them.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::expect_used)]

mod workload;

use std::time::{Duration, Instant};

use waymark_core::Event;
use waymark_core::sync::{Consent, Sender, for_hub};
use waymark_store::{DbKey, Store};

const PHONES: usize = 25;
const CHUNK: usize = 500;
/// Chunks sharing one commit: what the hub's committer gathers while 25 phones push at once.
const GROUP: usize = 8;

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let per_phone: usize =
        std::env::var("WAYMARK_BENCH_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let runs: usize = std::env::var("WAYMARK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let share = Consent { diary_summaries: true, diary_entries: true };
    let phones: Vec<Vec<Event>> = (0..PHONES)
        .map(|i| {
            let store = workload::phone(i as u64, per_phone);
            store.events().unwrap().into_iter().map(|e| for_hub(e, share)).collect()
        })
        .collect();
    let total: usize = phones.iter().map(Vec::len).sum();
    let json: usize = phones.iter().flatten().map(|e| serde_json::to_vec(e).unwrap().len() + 1).sum();
    println!(
        "{PHONES} phones x {per_phone} events = {total} events, {:.0} B per event as JSON lines, {runs} runs (median)",
        json as f64 / total as f64
    );
    let now = workload::after_the_year_ms();
    let (mut limits, mut ours, mut serial, mut single) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // Bytes on disk after each is closed (the WAL checkpointed into the file): what the time is
    // mostly made of, and the same in every run, so a change shows even when the time is noisy.
    let mut sizes = None;
    for _ in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::random().unwrap();

        let mut plain = Store::open(&dir.path().join("limit.db"), &key).unwrap();
        let all: Vec<Event> = phones.iter().flatten().cloned().collect();
        let started = Instant::now();
        plain.limit_insert(&all).unwrap();
        limits.push(started.elapsed());
        drop(plain);

        // Round-robin over phones, as 25 phones pushing at once arrive; GROUP chunks per commit.
        let mut hub = Store::open(&dir.path().join("hub.db"), &key).unwrap();
        let mut chunks: Vec<(usize, &[Event])> = Vec::new();
        let max_chunks = phones.iter().map(|p| p.len().div_ceil(CHUNK)).max().unwrap();
        for c in 0..max_chunks {
            for (i, events) in phones.iter().enumerate() {
                if let Some(chunk) = events.chunks(CHUNK).nth(c) {
                    chunks.push((i, chunk));
                }
            }
        }
        let names: Vec<(String, String)> =
            phones.iter().map(|p| (p[0].stream.participant.clone(), p[0].stream.device.clone())).collect();
        // As the hub does it (`api::commit`): each chunk is checked before the store lock is
        // taken (on the phone's request thread, here one checker thread), while the writer
        // stores the groups already checked.
        let started = Instant::now();
        std::thread::scope(|scope| {
            let (send, checked) = std::sync::mpsc::sync_channel(2);
            let (chunks, names) = (&chunks, &names);
            scope.spawn(move || {
                for group in chunks.chunks(GROUP) {
                    let batch: Vec<_> = group
                        .iter()
                        .map(|(i, chunk)| {
                            let sender = Sender::Device { participant: &names[*i].0, device: &names[*i].1 };
                            (sender, *chunk, Store::check_alone(sender, chunk, now))
                        })
                        .collect();
                    send.send(batch).unwrap();
                }
            });
            for batch in checked {
                let sizes: Vec<usize> = batch.iter().map(|(_, chunk, _)| chunk.len()).collect();
                for (outcome, n) in hub.receive_checked(batch, now).unwrap().into_iter().zip(sizes) {
                    assert_eq!(outcome.unwrap().stored as usize, n);
                }
            }
        });
        ours.push(started.elapsed());
        assert_eq!(hub.events().unwrap().len(), total);
        drop(hub);
        let size = |name: &str| std::fs::metadata(dir.path().join(name)).unwrap().len();
        sizes.get_or_insert((size("limit.db"), size("hub.db")));

        // The same groups, checked and written one after the other on one thread.
        let mut serial_hub = Store::open(&dir.path().join("serial.db"), &key).unwrap();
        let started = Instant::now();
        for group in chunks.chunks(GROUP) {
            let batch: Vec<(Sender<'_>, &[Event])> = group
                .iter()
                .map(|(i, chunk)| {
                    (Sender::Device { participant: &names[*i].0, device: &names[*i].1 }, *chunk)
                })
                .collect();
            for (outcome, (_, chunk)) in
                serial_hub.receive_chunks(&batch, now).unwrap().into_iter().zip(&batch)
            {
                assert_eq!(outcome.unwrap().stored as usize, chunk.len());
            }
        }
        serial.push(started.elapsed());
        drop(serial_hub);

        // One commit per chunk, checked and written one after the other (a single phone
        // syncing alone).
        let mut alone = Store::open(&dir.path().join("alone.db"), &key).unwrap();
        let started = Instant::now();
        for (i, chunk) in &chunks {
            let sender = Sender::Device { participant: &names[*i].0, device: &names[*i].1 };
            alone.receive_chunk(sender, chunk, now).unwrap();
        }
        single.push(started.elapsed());
    }
    let (limit, ours, serial, single) = (median(limits), median(ours), median(serial), median(single));
    let per = |d: Duration| d.as_secs_f64() * 1e6 / total as f64;
    println!(
        "limit: one plain transaction of the same rows: {:.3} s ({:.1} µs per event)",
        limit.as_secs_f64(),
        per(limit)
    );
    if let Some((limit, hub)) = sizes {
        let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
        println!(
            "on disk: the limit's database {:.1} MiB, the hub's {:.1} MiB = {:.2}x",
            mib(limit),
            mib(hub),
            hub as f64 / limit as f64
        );
    }
    println!(
        "hub: {GROUP} chunks of {CHUNK} per commit, each checked before the store lock as the hub does: {:.3} s ({:.1} µs per event) = {:.2}x the limit",
        ours.as_secs_f64(),
        per(ours),
        ours.as_secs_f64() / limit.as_secs_f64()
    );
    println!(
        "hub: the same, checked and written on one thread: {:.3} s ({:.1} µs per event) = {:.2}x the limit",
        serial.as_secs_f64(),
        per(serial),
        serial.as_secs_f64() / limit.as_secs_f64()
    );
    println!(
        "hub: receive_chunk, one commit per chunk of {CHUNK}: {:.3} s ({:.1} µs per event) = {:.2}x the limit",
        single.as_secs_f64(),
        per(single),
        single.as_secs_f64() / limit.as_secs_f64()
    );
}
