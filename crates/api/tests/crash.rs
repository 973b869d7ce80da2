//! Crash consistency of the app's store (issue 15 point 6): a child process opens the phone's
//! encrypted database as the app does (`Api::open_app`: the key file beside it, SQLCipher, WAL,
//! `synchronous=FULL`) and writes drink entries through `Api::add_drink`, saying on stdout which
//! entry each `Ok` acknowledged; the parent kills it with SIGKILL at a random moment, 100 times
//! on the same data directory, and starts it again each time. After every kill: the app opens
//! the database, SQLite's integrity check passes, every acknowledged entry is there with what
//! was written, nothing is stored twice, and at most the one write under way when the kill came
//! was added besides; every tenth kill, and at the end, the projections equal a rebuild from
//! the event log (a write that half-landed would show there).
//!
//! `WAYMARK_CRASH_RUNS` sets the number of kills (default 100); `WAYMARK_CRASH_SEED` repeats a
//! run (the seed is printed).

#![allow(clippy::unwrap_used)] // a test that cannot unwrap should fail loudly

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use waymark_api::*;
use waymark_content::Content;

const CHILD: &str = "the_writing_child";
/// The child's first entry's number: each run's numbers are its own, so a number says which
/// write it was.
const FIRST_ENV: &str = "WAYMARK_CRASH_CHILD_FIRST";
const DB_ENV: &str = "WAYMARK_CRASH_CHILD_DB";

fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("built-in content is valid"))).clone()
}

/// The drink entry with number `n`: its number is kept in `cost_pence`, so the parent can tell
/// which write an entry came from (the diary's words are not looked at, nor printed).
fn drink(n: u32, now_ms: i64) -> Drink {
    Drink {
        drink_type: DrinkType::Beer,
        volume_ml: 568.0,
        abv_percent: 4.5,
        count: 1,
        occurred_at_ms: now_ms - 60_000,
        cost_pence: Some(n),
        place: Some("After work at the Crown, with the lads from the depot".into()),
        with_whom: Some("Work friends".into()),
        mood_before: Some(3),
    }
}

/// The child half of [`an_app_killed_while_writing_diary_entries_keeps_every_acknowledged_one`]:
/// open the database named by the environment as the app does, then write entries until killed.
/// Prints `ready`, then `ack <entry id> <number>` after each write that returned `Ok`.
#[test]
#[ignore = "run by an_app_killed_while_writing_diary_entries_keeps_every_acknowledged_one as a child process"]
fn the_writing_child() {
    let Some(db) = std::env::var_os(DB_ENV) else { return };
    let first: u32 = std::env::var(FIRST_ENV).unwrap().parse().unwrap();
    let api = Api::open_app(content(), Path::new(&db), None);
    let status = api.status(StatusRequest {}).unwrap();
    assert_eq!(status.database, DatabaseStatus::Ok, "the app's database opens");
    let mut out = std::io::stdout().lock();
    // On a line of its own: the test harness has written "test the_writing_child ... " before.
    writeln!(out, "\nready").unwrap();
    out.flush().unwrap();
    for n in first.. {
        let now = chrono::Utc::now().timestamp_millis();
        let saved = api.add_drink(AddDrinkRequest { entry_id: None, drink: drink(n, now) }).unwrap();
        writeln!(out, "ack {} {n}", saved.entry_id).unwrap();
        out.flush().unwrap();
    }
}

/// What one child said before it was killed.
struct Heard {
    ready: bool,
    acks: Vec<(String, u32)>,
}

/// Start the child on `db`, let it write for `delay` after it says it is ready (or kill it
/// `delay` after its start, when `early`), SIGKILL it, and collect what it acknowledged.
fn run_child(db: &Path, first: u32, delay: Duration, early: bool) -> Heard {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", CHILD, "--ignored", "--nocapture", "--test-threads=1"])
        .env(DB_ENV, db)
        .env(FIRST_ENV, first.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut heard = Heard { ready: false, acks: Vec::new() };
    let take = |line: String, heard: &mut Heard| {
        if line == "ready" {
            heard.ready = true;
        } else if let Some(rest) = line.strip_prefix("ack ") {
            let (id, n) = rest.split_once(' ').unwrap();
            heard.acks.push((id.to_string(), n.parse().unwrap()));
        }
    };
    let started = Instant::now();
    let deadline = if early {
        started + delay
    } else {
        // Wait for "ready" (or the child's end: it failed to open, which the checks below report).
        let give_up = started + Duration::from_secs(60);
        loop {
            let left = give_up.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    take(line, &mut heard);
                    if heard.ready {
                        break Instant::now() + delay;
                    }
                }
                Err(_) => break Instant::now(),
            }
        }
    };
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(line) => take(line, &mut heard),
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    // `Child::kill` is SIGKILL on Unix: no destructor, no flush, no SQLite close.
    let _ = child.kill();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    // Lines the child wrote before it died are acknowledgements too.
    for line in rx.try_iter() {
        take(line, &mut heard);
    }
    assert!(early || heard.ready, "the child did not open the database within 60 s ({status})");
    assert!(!status.success(), "the child ended by itself ({status}): it could not open or write");
    heard
}

/// A small deterministic generator (splitmix64): no extra dependency, and a seed repeats a run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn an_app_killed_while_writing_diary_entries_keeps_every_acknowledged_one() {
    let runs: u32 = std::env::var("WAYMARK_CRASH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let seed = std::env::var("WAYMARK_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
    });
    eprintln!("WAYMARK_CRASH_SEED={seed}");
    let mut dice = Dice(seed);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("waymark.db");
    let started = Instant::now();

    // Entry id → its number, for every entry the store holds (acknowledged or not).
    let mut stored: BTreeMap<String, u32> = BTreeMap::new();
    let mut acknowledged = 0usize;
    let mut unacknowledged_landed = 0usize;
    let mut kills_mid_write = 0u32;
    let mut first = 1u32;
    for run in 0..runs {
        // Most kills land while entries are being written; one in ten lands during the start
        // (content load, key file, opening, WAL recovery of the last kill).
        let early = dice.below(10) == 0;
        let delay = Duration::from_millis(if early { dice.below(300) } else { dice.below(120) });
        let heard = run_child(&db, first, delay, early);
        let last_acked = heard.acks.last().map(|(_, n)| *n);

        // The app opens it, as at the next start of the phone.
        let api = Api::open_app(content(), &db, None);
        let status = api.status(StatusRequest {}).unwrap();
        assert_eq!(status.database, DatabaseStatus::Ok, "run {run}: the app's database does not open");
        let now = chrono::Utc::now().timestamp_millis();
        let listed = api
            .list_diary(ListDiaryRequest { from_ms: now - 3 * 86_400_000, to_ms: now + 86_400_000 })
            .unwrap()
            .entries;
        drop(api);
        let mut seen = BTreeMap::new();
        for entry in &listed {
            let n = entry.spend_pence;
            assert!(seen.insert(entry.entry_id.clone(), n).is_none(), "run {run}: an entry is listed twice");
        }

        // Every entry from before is still there, unchanged.
        for (id, n) in &stored {
            assert_eq!(
                seen.get(id),
                Some(n),
                "run {run}: an entry stored before this run is gone or changed"
            );
        }
        // Every acknowledged one is there with its number.
        for (id, n) in &heard.acks {
            assert_eq!(seen.get(id), Some(n), "run {run}: acknowledged entry {n} is missing");
        }
        // Besides those, at most the one write that was under way when the kill came: the number
        // after the last acknowledged one.
        let new: Vec<(&String, &u32)> = seen.iter().filter(|(id, _)| !stored.contains_key(*id)).collect();
        let extra: Vec<u32> = new
            .iter()
            .filter(|(id, _)| !heard.acks.iter().any(|(a, _)| a == *id))
            .map(|(_, n)| **n)
            .collect();
        let in_flight = last_acked.map_or(first, |n| n + 1);
        assert!(
            extra.is_empty() || extra == [in_flight],
            "run {run}: entries nobody acknowledged appeared: {extra:?} (the write under way was {in_flight})"
        );
        unacknowledged_landed += extra.len();
        if heard.ready && !heard.acks.is_empty() {
            kills_mid_write += 1;
        }
        acknowledged += heard.acks.len();
        for (id, n) in new {
            stored.insert(id.clone(), *n);
        }
        assert_eq!(seen.len(), stored.len(), "run {run}: entries changed");

        // The file itself, through the store: SQLite's check; the log against the projections.
        let mut store = waymark_api::vault::open_store(&db).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok", "run {run}: integrity check");
        let events = store.events().unwrap();
        let mut ids = BTreeSet::new();
        for event in events.iter().filter(|e| e.kind == "drink_recorded") {
            let id = event.payload["entry_id"].as_str().unwrap().to_string();
            assert!(ids.insert(id), "run {run}: an entry was recorded twice in the log");
        }
        let listed: BTreeSet<String> = stored.keys().cloned().collect();
        let (only_log, only_diary) = (ids.difference(&listed).count(), listed.difference(&ids).count());
        assert!(
            only_log == 0 && only_diary == 0,
            "run {run}: log and diary differ: {only_log} entries only in the log, {only_diary} only in the diary"
        );
        if run % 10 == 9 || run + 1 == runs {
            let live = store.projection_snapshot().unwrap();
            store.rebuild_projections().unwrap();
            assert_eq!(
                store.projection_snapshot().unwrap(),
                live,
                "run {run}: projections differ from the log"
            );
        }
        drop(store);
        first = seen.values().copied().max().unwrap_or(0).max(in_flight) + 1;
    }
    eprintln!(
        "{runs} kills in {:?}: {acknowledged} entries acknowledged, all kept; {} stored in all, {unacknowledged_landed} \
         of them written when the kill came; {kills_mid_write} kills came after writes had begun",
        started.elapsed(),
        stored.len()
    );
    assert!(
        acknowledged > 0 && kills_mid_write > runs / 2,
        "the kills did not land while writing: the test proves nothing"
    );
}
