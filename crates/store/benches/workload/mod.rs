//! The sync benchmarks' workload: one year of one participant's phone, as issue 12 describes it.
//!
//! Per phone, `n` events spread over 365 days: 50 % drink entries (place, company, mood and
//! cost), 25 % urges (triggers in the person's words, coping), 15 % steps completed, 7 % answers
//! of 20–200 characters, 3 % goals; the first event shares diary entries with the facilitator, so
//! diaries travel in full (the heaviest case). About 280 B per event as compact JSON lines.
//! Deterministic: the same `seed` gives the same events.

#![allow(dead_code)]

use waymark_core::EventBody;
use waymark_core::answer::Answer;
use waymark_core::diary::{Drink, DrinkType, Trigger, TriggerKind, Urge, UrgeOutcome};
use waymark_core::progress::{Aim, Goal};
use waymark_core::sync::Consent;
use waymark_store::Store;

/// 2025-12-01T00:00:00Z: the start of the year the diaries cover (it ends before the benchmark
/// runs, so no clock stamp is in the future).
pub const YEAR_START_MS: i64 = 1_764_547_200_000;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A small deterministic generator (SplitMix64): no dependency, same numbers everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const PLACES: &[&str] = &[
    "home",
    "the Red Lion",
    "a mate's flat",
    "the park",
    "work do",
    "my sister's",
    "the club",
    "the bus stop",
];
const COMPANY: &[&str] =
    &["on my own", "Dave and Sue", "my brother", "people from work", "my partner", "old mates"];
const WORDS: &[&str] = &[
    "I", "felt", "tired", "after", "work", "and", "wanted", "a", "drink", "but", "I", "went", "for", "a",
    "walk", "instead", "my", "mum", "rang", "me", "it", "was", "hard", "to", "say", "no", "at", "the",
    "party", "next", "time", "I", "will", "leave", "early", "payday", "is", "the", "worst", "money",
    "worries", "kept", "me", "up", "talked", "to", "my", "sponsor", "cooked", "tea", "for", "the", "kids",
];

/// Words from the list until the text is between `min` and `max` characters.
pub fn words(rng: &mut Rng, min: usize, max: usize) -> String {
    let target = min + rng.below((max - min + 1) as u64) as usize;
    let mut text = String::new();
    while text.len() < target {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(rng.pick(WORDS));
    }
    text.truncate(max);
    text.trim_end().to_string()
}

fn entry_id(rng: &mut Rng, at_ms: i64) -> String {
    // As the app makes them (`Api::new_or_existing`): a time-ordered UUID v7, made when the entry
    // is written, here at the moment it happened.
    let mut random = [0u8; 10];
    random[..8].copy_from_slice(&rng.next().to_le_bytes());
    random[8..].copy_from_slice(&rng.next().to_le_bytes()[..2]);
    uuid::Builder::from_unix_timestamp_millis(u64::try_from(at_ms).unwrap_or(0), &random)
        .into_uuid()
        .to_string()
}

/// One event body of the mix, happening at `at_ms`.
pub fn body(rng: &mut Rng, at_ms: i64) -> EventBody {
    let roll = rng.below(100);
    if roll < 50 {
        let drink_type =
            [DrinkType::Beer, DrinkType::Wine, DrinkType::Cider, DrinkType::Spirits][rng.below(4) as usize];
        let (volume_ml, abv_percent) = match drink_type {
            DrinkType::Beer => (568.0, 4.5),
            DrinkType::Wine => (175.0, 12.5),
            DrinkType::Cider => (500.0, 5.0),
            _ => (25.0, 40.0),
        };
        EventBody::DrinkRecorded {
            entry_id: entry_id(rng, at_ms),
            drink: Drink {
                drink_type,
                volume_ml,
                abv_percent,
                count: 1 + rng.below(4) as u32,
                occurred_at_ms: at_ms,
                cost_pence: Some(250 + rng.below(1500) as u32),
                place: Some(rng.pick(PLACES).to_string()),
                with_whom: Some(rng.pick(COMPANY).to_string()),
                mood_before: Some(rng.below(11) as u8),
            },
        }
    } else if roll < 75 {
        let kinds = [TriggerKind::People, TriggerKind::Places, TriggerKind::Feelings, TriggerKind::Times];
        EventBody::UrgeRecorded {
            entry_id: entry_id(rng, at_ms),
            urge: Urge {
                strength: rng.below(11) as u8,
                triggers: vec![Trigger {
                    kind: kinds[rng.below(4) as usize],
                    text: Some(words(rng, 10, 40)),
                }],
                coping: vec![rng.pick(&["urge_surfing", "distract", "call_someone", "breathe"]).to_string()],
                own_coping: (rng.below(2) == 0).then(|| words(rng, 10, 50)),
                outcome: if rng.below(3) == 0 { UrgeOutcome::Used } else { UrgeOutcome::DidNotUse },
                strength_after: Some(rng.below(11) as u8),
                surfed_minutes: None,
                occurred_at_ms: at_ms,
            },
        }
    } else if roll < 90 {
        EventBody::StepCompleted {
            session_id: format!("s{:02}", 1 + rng.below(11)),
            step_id: format!("step-{}", 1 + rng.below(12)),
        }
    } else if roll < 97 {
        EventBody::StepAnswered {
            session_id: format!("s{:02}", 1 + rng.below(11)),
            step_id: format!("reflect-{}", 1 + rng.below(6)),
            answer: Answer::Text { text: words(rng, 20, 200) },
        }
    } else {
        EventBody::GoalSet {
            goal: Goal {
                aim: if rng.below(2) == 0 { Aim::CutDown } else { Aim::Stop },
                weekly_units_target: [0.0, 7.0, 10.0, 14.0][rng.below(4) as usize],
                drink_free_days_target: 2 + rng.below(4) as u8,
            },
        }
    }
}

/// A phone's store holding `n` events of one year (the first shares diary entries), written
/// day by day as the app would (each day's events in one transaction at that day's evening).
pub fn phone(seed: u64, n: usize) -> Store {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let mut rng = Rng::new(seed);
    let share = EventBody::ConsentChanged { consent: Consent { diary_summaries: true, diary_entries: true } };
    store.append_all(&[share], YEAR_START_MS).expect("consent");
    let per_day = (n.saturating_sub(1)).div_ceil(365).max(1);
    let mut written = 1;
    let mut day = 0;
    while written < n {
        let evening = YEAR_START_MS + day * DAY_MS + 20 * 60 * 60 * 1000;
        let take = per_day.min(n - written);
        let bodies: Vec<EventBody> =
            (0..take).map(|i| body(&mut rng, evening - (take - i) as i64 * 60_000)).collect();
        store.append_all(&bodies, evening).expect("append");
        written += take;
        day += 1;
    }
    store
}

/// The instant just after the year: what the hub's clock reads in the benchmarks.
pub fn after_the_year_ms() -> i64 {
    YEAR_START_MS + 366 * DAY_MS
}
