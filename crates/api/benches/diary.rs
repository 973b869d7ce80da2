//! Diary figures for issue 4, on a real SQLite file with 10 years of synthetic diary data.
//!
//! `cargo bench -p waymark-api --bench diary` prints: time to add one entry durably (p50, p95),
//! time to compute the weekly view (p50, p95), "how far I've come" with its month calendar
//! (p50, p95) and the database size. A plain timing loop rather
//! than criterion: the figures wanted are percentiles of single operations on a large store.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

use waymark_api::*;
use waymark_core::EventBody;

const DAY: i64 = 86_400_000;
/// 2026-11-23 12:00 UTC.
const NOW: i64 = 1_795_435_200_000;
const YEARS: i64 = 10;

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

/// Small deterministic generator so every run builds the same data.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn drink(at: i64, rng: &mut Lcg) -> Drink {
    let (drink_type, ml, abv) = match rng.next(4) {
        0 => (DrinkType::Beer, 568.0, 4.0),
        1 => (DrinkType::Wine, 175.0, 12.0),
        2 => (DrinkType::Spirits, 25.0, 40.0),
        _ => (DrinkType::Cider, 440.0, 4.5),
    };
    Drink {
        drink_type,
        volume_ml: ml,
        abv_percent: abv,
        count: 1 + rng.next(3) as u32,
        occurred_at_ms: at,
        cost_pence: Some(300 + rng.next(500) as u32),
        place: Some("home".into()),
        with_whom: None,
        mood_before: Some(rng.next(11) as u8),
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let mut store = waymark_api::vault::open_store(&db).expect("open store");
    let mut rng = Lcg(42);
    let start = NOW - YEARS * 365 * DAY;
    let t = Instant::now();
    let mut total = 0usize;
    let mut batch = Vec::new();
    let mut day = start;
    while day < NOW - DAY {
        // About 14 entries a day: drinks, some urges, the odd drug-use entry.
        for _ in 0..(10 + rng.next(9)) {
            let at = day + rng.next(DAY as u64) as i64;
            let entry_id = uuid::Uuid::now_v7().to_string();
            batch.push(match rng.next(10) {
                0..=6 => EventBody::DrinkRecorded { entry_id, drink: drink(at, &mut rng) },
                7 | 8 => EventBody::UrgeRecorded {
                    entry_id,
                    urge: Urge {
                        strength: rng.next(11) as u8,
                        triggers: vec![Trigger { kind: TriggerKind::Feelings, text: None }],
                        coping: vec!["breathe".into()],
                        own_coping: None,
                        outcome: if rng.next(3) == 0 { UrgeOutcome::Used } else { UrgeOutcome::DidNotUse },
                        strength_after: Some(rng.next(11) as u8),
                        surfed_minutes: None,
                        occurred_at_ms: at,
                    },
                },
                _ => EventBody::DrugUseRecorded {
                    entry_id,
                    drug_use: DrugUse {
                        substance: Substance::Cannabis,
                        name: None,
                        amount: None,
                        route: Some(Route::Smoked),
                        spend_pence: Some(1000),
                        occurred_at_ms: at,
                    },
                },
            });
        }
        if batch.len() >= 2_000 {
            total += store.append_all(&batch, NOW).expect("seed");
            batch.clear();
        }
        day += DAY;
    }
    total += store.append_all(&batch, NOW).expect("seed");
    println!("seeded {total} diary entries over {YEARS} years in {:.1} s", t.elapsed().as_secs_f64());

    let now = Arc::new(AtomicI64::new(NOW));
    let clock_now = now.clone();
    let content = Arc::new(waymark_content::Content::embedded().expect("content"));
    let api = Api::with_store(content, store, Arc::new(move || clock_now.load(Ordering::SeqCst)));

    let mut add = Vec::new();
    for i in 0..300 {
        let request = AddDrinkRequest { entry_id: None, drink: drink(NOW - i * 60_000, &mut rng) };
        let t = Instant::now();
        api.add_drink(request).expect("add");
        add.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let mut week = Vec::new();
    for _ in 0..300 {
        let days_ago = rng.next((YEARS * 365) as u64) as i64;
        let date =
            chrono::DateTime::from_timestamp_millis(NOW - days_ago * DAY).expect("date").format("%Y-%m-%d");
        let t = Instant::now();
        let view = api
            .weekly_view(WeeklyViewRequest { date: date.to_string(), utc_offset_minutes: 0 })
            .expect("week");
        week.push(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(view.days.len(), 7);
    }
    // Home's "How far I've come" and My month (issue 14): streaks, milestones and the month
    // calendar are worked out from the whole diary on each call.
    let mut progress = Vec::new();
    for i in 0..100 {
        let month = (i % 2 == 1).then(|| {
            let days_ago = rng.next((YEARS * 365) as u64) as i64;
            chrono::DateTime::from_timestamp_millis(NOW - days_ago * DAY)
                .expect("date")
                .format("%Y-%m")
                .to_string()
        });
        let t = Instant::now();
        let view = api.my_progress(MyProgressRequest { month, utc_offset_minutes: 0 }).expect("progress");
        progress.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(view);
    }
    let size = ["", "-wal"]
        .iter()
        .filter_map(|s| std::fs::metadata(format!("{}{s}", db.display())).ok())
        .map(|m| m.len())
        .sum::<u64>();
    println!(
        "add entry (durable, synchronous=FULL): p50 {:.2} ms, p95 {:.2} ms",
        percentile(&mut add, 0.5),
        percentile(&mut add, 0.95)
    );
    println!(
        "weekly view: p50 {:.2} ms, p95 {:.2} ms",
        percentile(&mut week, 0.5),
        percentile(&mut week, 0.95)
    );
    println!(
        "how far I've come + month calendar (my_progress): p50 {:.2} ms, p95 {:.2} ms",
        percentile(&mut progress, 0.5),
        percentile(&mut progress, 0.95)
    );
    println!("database size: {:.1} MiB for {} entries", size as f64 / 1048576.0, total + 300);
    drop(api);

    // Cold open of the 10-year database, as the app does at start: key file, SQLCipher, schema
    // check, identity; then a first read (the home screen's session list).
    let content = Arc::new(waymark_content::Content::embedded().expect("content"));
    let mut open = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let api = Api::open_app(content.clone(), &db, None);
        api.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).expect("open and read");
        open.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "cold open + first read, lock off: p50 {:.1} ms, max {:.1} ms",
        percentile(&mut open, 0.5),
        percentile(&mut open, 1.0)
    );
    let api = Api::open_app(content.clone(), &db, None);
    api.set_pin(SetPinRequest { pin: "70412953".into(), again: "70412953".into() }).expect("set pin");
    drop(api);
    let mut unlock = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let api = Api::open_app(content.clone(), &db, None);
        api.unlock(PinRequest { pin: "70412953".into() }).expect("unlock");
        api.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).expect("read");
        unlock.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "cold open + PIN (Argon2id 19 MiB) + first read, lock on: p50 {:.1} ms, max {:.1} ms",
        percentile(&mut unlock, 0.5),
        percentile(&mut unlock, 1.0)
    );
}
