//! The live group session at office scale: 25 followers on the hub's push stream over real
//! loopback HTTPS, the hub a separate `waymark-hub` process (so its memory and CPU are its own).
//!
//! `cargo bench -p waymark-hub --bench live`. `WAYMARK_BENCH_MOVES` (default 60) moves of the
//! presenter; `WAYMARK_BENCH_IDLE_SECS` (default 600) of 25 idle followers.
//!
//! Figures: from the facilitator's *Next* (the `live_go` call over loopback HTTP, as the presenter
//! screen makes it) to each follower's push of the new step, p50/p95/max; the hub's resident
//! memory and CPU time over the idle period; after the hub is killed and started again on the
//! same data, the time until every follower has the current step again (followers reconnect as
//! the app does: at once, then after 1 s, doubling).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use waymark_hub_client::HubClient;

const FOLLOWERS: usize = 25;

#[path = "../tests/common/mod.rs"]
mod common;
use common::HubProcess;

/// What a follower saw: (step index, when).
type Seen = Arc<Mutex<Vec<(u32, Instant)>>>;

fn follower(address: String, fingerprint: String, credential: String, seen: Seen, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut wait = Duration::from_secs(1);
        while !stop.load(Ordering::SeqCst) {
            let client = HubClient::new(&address, &fingerprint).unwrap();
            let mut reached = false;
            let _ = client.live(&credential).follow(|now| {
                reached = true;
                if let Some(now) = now {
                    seen.lock().unwrap().push((now.step_index, Instant::now()));
                }
                !stop.load(Ordering::SeqCst)
            });
            if reached {
                wait = Duration::from_secs(1);
            } else {
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_secs(30));
            }
        }
    });
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn sorted(mut v: Vec<Duration>) -> Vec<Duration> {
    v.sort();
    v
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// (resident KiB, user+system CPU in clock ticks) of a process.
fn usage(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    let ticks = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    (rss, ticks)
}

fn wait_all_at(seen: &[Seen], step: u32, since: Instant) -> Vec<Duration> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let at: Vec<Option<Duration>> = seen
            .iter()
            .map(|s| {
                s.lock().unwrap().iter().find(|(i, t)| *i == step && *t >= since).map(|(_, t)| *t - since)
            })
            .collect();
        if at.iter().all(Option::is_some) {
            return at.into_iter().flatten().collect();
        }
        assert!(Instant::now() < deadline, "not every follower reached step {step}");
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn main() {
    let moves: u32 = std::env::var("WAYMARK_BENCH_MOVES").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    let idle: u64 = std::env::var("WAYMARK_BENCH_IDLE_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(600);
    let dir = tempfile::tempdir().unwrap();
    let hub = HubProcess::start(dir.path(), 0, 0);
    let (port, tls_port) = (
        hub.http.rsplit_once(':').unwrap().1.parse::<u16>().unwrap(),
        hub.https.rsplit_once(':').unwrap().1.parse::<u16>().unwrap(),
    );
    let group = hub.call("create_group", &json!({"name": "Bench"}));
    let group_id = group["id"].as_str().unwrap().to_string();
    let client = HubClient::new(&hub.https, &hub.fingerprint).unwrap();
    let mut credentials = Vec::new();
    for i in 0..FOLLOWERS {
        let member = hub.call("add_member", &json!({"group_id": group_id, "display_name": format!("P{i}")}));
        let offer = hub.call("start_pairing", &json!({"member_id": member["id"]}));
        let paired = client
            .pair(
                offer["code"].as_str().unwrap(),
                &format!("00000000-0000-4000-8000-{i:012x}"),
                &format!("00000000-0000-4000-9000-{i:012x}"),
            )
            .unwrap();
        credentials.push(paired.credential);
    }
    // Session 2 has 12 steps; moves go back and forth across them.
    let live = hub.call("start_live", &json!({"group_id": group_id, "session_number": 2}));
    let live_id = live["live"]["live_id"].as_str().unwrap().to_string();
    let stop = Arc::new(AtomicBool::new(false));
    let seen: Vec<Seen> = (0..FOLLOWERS).map(|_| Seen::default()).collect();
    for (credential, s) in credentials.iter().zip(&seen) {
        client.live(credential).join(&live_id).unwrap();
        follower(hub.https.clone(), hub.fingerprint.clone(), credential.clone(), s.clone(), stop.clone());
    }
    wait_all_at(&seen, 0, Instant::now() - Duration::from_secs(3600));

    let mut latencies = Vec::new();
    let mut worst_per_move = Vec::new();
    for m in 0..moves {
        let step = step_of(m);
        let started = Instant::now();
        hub.call("live_go", &json!({"live_id": live_id, "step_index": step}));
        let each = wait_all_at(&seen, step, started);
        worst_per_move.push(*each.iter().max().unwrap());
        latencies.extend(each);
        std::thread::sleep(Duration::from_millis(50));
    }
    latencies.sort();
    worst_per_move.sort();
    println!(
        "Next → every follower's new step, {FOLLOWERS} followers × {moves} moves: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms; slowest follower per move p50 {:.1} ms, p95 {:.1} ms",
        ms(pct(&latencies, 0.5)),
        ms(pct(&latencies, 0.95)),
        ms(*latencies.last().unwrap()),
        ms(pct(&worst_per_move, 0.5)),
        ms(pct(&worst_per_move, 0.95)),
    );

    let pid = hub.pid();
    let (rss_before, ticks_before) = usage(pid);
    let idle_started = Instant::now();
    let mut rss_max = rss_before;
    while idle_started.elapsed() < Duration::from_secs(idle) {
        std::thread::sleep(Duration::from_secs(1).min(Duration::from_secs(idle)));
        rss_max = rss_max.max(usage(pid).0);
    }
    let (rss_after, ticks_after) = usage(pid);
    let tick = 100.0; // USER_HZ on Linux
    let cpu_s = (ticks_after - ticks_before) as f64 / tick;
    println!(
        "hub with {FOLLOWERS} idle followers for {idle} s: resident {:.1} MiB at start, {:.1} MiB at end, {:.1} MiB at most; CPU {cpu_s:.2} s ({:.3} % of one core)",
        rss_before as f64 / 1024.0,
        rss_after as f64 / 1024.0,
        rss_max as f64 / 1024.0,
        cpu_s / idle_started.elapsed().as_secs_f64() * 100.0,
    );

    // Restart: kill the hub, start it again on the same data and ports.
    let killed = Instant::now();
    hub.kill();
    let again = HubProcess::start(dir.path(), port, tls_port);
    let listening = killed.elapsed();
    let back = wait_all_at(&seen, last_step(moves), killed + listening);
    let slowest = *back.iter().max().unwrap();
    println!(
        "hub restart: listening again {:.0} ms after the kill; every follower back on the current step {:.0} ms after that (p50 {:.0} ms)",
        ms(listening),
        ms(slowest),
        ms(pct(&sorted(back), 0.5)),
    );
    stop.store(true, Ordering::SeqCst);
    again.kill();
}

/// Move `m` goes forward through steps 1–11, then back to 0, and again.
fn step_of(m: u32) -> u32 {
    if (m / 11).is_multiple_of(2) { m % 11 + 1 } else { 11 - m % 11 - 1 }
}

fn last_step(moves: u32) -> u32 {
    step_of(moves - 1)
}
