//! How far I've come: drink-free streaks (current and best), milestones celebrated once, a lapse
//! named as a lapse, and the month calendar (issue 14 point 3).
//!
//! Pure maths over the participant's local days: the caller turns diary entries into
//! [`DayMark`]s with [`crate::progress::local_date`] and passes `today`; nothing here reads a
//! clock. A day with no entry is not counted as drink-free: only a day the participant marked
//! drink-free (or logged urges but no drink) counts, so a streak never claims days nobody saw.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// Milestones, in drink-free days in a row, each celebrated once.
pub const MILESTONES: [u32; 7] = [1, 3, 7, 14, 30, 60, 90];

/// What one local day holds, as far as progress is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// Nothing logged.
    Unknown,
    DrinkFree,
    Drinking,
}

/// One day of the diary, already folded to a local date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayMark {
    pub date: NaiveDate,
    /// True when a drink was logged that day.
    pub drank: bool,
    /// True when the participant marked the day drink-free (or logged anything but a drink).
    pub logged: bool,
    /// Urges resisted that day.
    pub urges_resisted: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Streaks {
    /// Drink-free days in a row ending today (or yesterday, if today has no entry yet).
    pub current: u32,
    pub best: u32,
    /// When the last drinking day broke a run: the run's length before it and that day.
    pub lapse: Option<Lapse>,
}

/// "You had 12 drink-free days before Friday. That still counts."
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Lapse {
    pub drink_free_days_before: u32,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub on: NaiveDate,
}

fn fold(days: &[DayMark]) -> BTreeMap<NaiveDate, DayKind> {
    let mut map = BTreeMap::new();
    for d in days {
        let kind = if d.drank {
            DayKind::Drinking
        } else if d.logged || d.urges_resisted > 0 {
            DayKind::DrinkFree
        } else {
            DayKind::Unknown
        };
        let slot = map.entry(d.date).or_insert(DayKind::Unknown);
        *slot = match (*slot, kind) {
            (DayKind::Drinking, _) | (_, DayKind::Drinking) => DayKind::Drinking,
            (DayKind::DrinkFree, _) | (_, DayKind::DrinkFree) => DayKind::DrinkFree,
            _ => DayKind::Unknown,
        };
    }
    map
}

/// Streaks as of `today`. Days after `today` (a clock set back) are ignored, never counted.
#[must_use]
pub fn streaks(days: &[DayMark], today: NaiveDate) -> Streaks {
    let map = fold(days);
    let mut best = 0u32;
    let mut run = 0u32;
    let mut prev: Option<NaiveDate> = None;
    let mut lapse = None;
    for (&date, &kind) in map.range(..=today) {
        if prev.is_some_and(|p| date - p > Duration::days(1)) {
            run = 0; // a gap with no entries breaks the run
        }
        match kind {
            DayKind::DrinkFree => {
                run += 1;
                best = best.max(run);
            }
            DayKind::Drinking => {
                if run > 0 {
                    lapse = Some(Lapse { drink_free_days_before: run, on: date });
                }
                run = 0;
            }
            DayKind::Unknown => run = 0,
        }
        prev = Some(date);
    }
    // The run counts as current only if it reaches today or yesterday (today not logged yet).
    let current = match prev {
        Some(p) if today - p <= Duration::days(1) => run,
        _ => 0,
    };
    Streaks { current, best, lapse }
}

/// Milestones reached by `best` that are not yet in `celebrated`: each is celebrated once.
#[must_use]
pub fn new_milestones(best: u32, celebrated: &[u32]) -> Vec<u32> {
    MILESTONES.iter().copied().filter(|m| *m <= best && !celebrated.contains(m)).collect()
}

/// One cell of the month calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CalendarDay {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: NaiveDate,
    pub kind: DayKind,
    pub urges_resisted: u32,
}

/// Every day of the month holding `any_day`, in order, with what the diary says of it.
#[must_use]
pub fn month_calendar(days: &[DayMark], any_day: NaiveDate) -> Vec<CalendarDay> {
    let map = fold(days);
    let mut urges: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for d in days {
        *urges.entry(d.date).or_default() += d.urges_resisted;
    }
    let Some(first) = any_day.with_day(1) else { return Vec::new() };
    let mut out = Vec::new();
    let mut date = first;
    while date.month() == first.month() {
        out.push(CalendarDay {
            date,
            kind: map.get(&date).copied().unwrap_or(DayKind::Unknown),
            urges_resisted: urges.get(&date).copied().unwrap_or(0),
        });
        let Some(next) = date.succ_opt() else { break };
        date = next;
    }
    out
}

/// Units and money this week against a reference week (the participant's own first week or a
/// baseline they entered). Only ever reported as "less than" or "about the same"; a rise is
/// reported neutrally as [`Comparison::More`] with no shaming words chosen here.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Comparison {
    pub units_less: f64,
    pub pence_less: i64,
}

/// What the participant says a usual week was like before, to compare with instead of their
/// first week (issue 14 point 3: "or a baseline they enter").
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub units_per_week: f64,
    pub pence_per_week: u32,
}

impl Baseline {
    /// Up to 500 units and £2,000 a week: beyond that it is a typing slip, not a week.
    pub fn validate(&self) -> Result<(), &'static str> {
        if !self.units_per_week.is_finite() || !(0.0..=500.0).contains(&self.units_per_week) {
            return Err("Units in a usual week must be a number from 0 to 500.");
        }
        if self.pence_per_week > 200_000 {
            return Err("Money in a usual week must be from £0 to £2,000.");
        }
        Ok(())
    }
}

#[must_use]
pub fn compare_with_baseline(
    baseline_units: f64,
    baseline_pence: u32,
    week_units: f64,
    week_pence: u32,
) -> Comparison {
    let units_less = if baseline_units.is_finite() && week_units.is_finite() {
        ((baseline_units - week_units) * 10.0).round() / 10.0
    } else {
        0.0
    };
    Comparison { units_less, pence_less: i64::from(baseline_pence) - i64::from(week_pence) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn free(date: NaiveDate) -> DayMark {
        DayMark { date, drank: false, logged: true, urges_resisted: 0 }
    }
    fn drink(date: NaiveDate) -> DayMark {
        DayMark { date, drank: true, logged: true, urges_resisted: 0 }
    }

    #[test]
    fn twelve_days_then_a_lapse_on_friday_is_named() {
        let start = d("2026-11-15");
        let mut days: Vec<_> = (0..12).map(|i| free(start + Duration::days(i))).collect();
        days.push(drink(d("2026-11-27"))); // a Friday
        let s = streaks(&days, d("2026-11-27"));
        assert_eq!(s.current, 0);
        assert_eq!(s.best, 12);
        assert_eq!(s.lapse, Some(Lapse { drink_free_days_before: 12, on: d("2026-11-27") }));
    }

    #[test]
    fn a_gap_breaks_the_run_and_today_unlogged_keeps_it() {
        let days = vec![free(d("2026-12-01")), free(d("2026-12-03")), free(d("2026-12-04"))];
        assert_eq!(streaks(&days, d("2026-12-05")).current, 2);
        assert_eq!(streaks(&days, d("2026-12-06")).current, 0);
        assert_eq!(streaks(&days, d("2026-12-05")).best, 2);
    }

    #[test]
    fn future_days_from_a_clock_set_back_are_ignored() {
        let days = vec![free(d("2026-12-01")), free(d("2026-12-02")), free(d("2027-01-01"))];
        let s = streaks(&days, d("2026-12-02"));
        assert_eq!((s.current, s.best), (2, 2));
    }

    #[test]
    fn milestones_are_celebrated_once() {
        assert_eq!(new_milestones(7, &[]), vec![1, 3, 7]);
        assert_eq!(new_milestones(7, &[1, 3, 7]), Vec::<u32>::new());
        assert_eq!(new_milestones(14, &[1, 3, 7]), vec![14]);
    }

    #[test]
    fn month_calendar_has_every_day() {
        let cal = month_calendar(&[drink(d("2026-02-10"))], d("2026-02-20"));
        assert_eq!(cal.len(), 28);
        assert_eq!(cal[9].kind, DayKind::Drinking);
        assert_eq!(cal[0].kind, DayKind::Unknown);
    }

    #[test]
    fn a_baseline_is_checked() {
        assert!(Baseline { units_per_week: 30.0, pence_per_week: 4000 }.validate().is_ok());
        assert!(Baseline { units_per_week: -1.0, pence_per_week: 0 }.validate().is_err());
        assert!(Baseline { units_per_week: f64::NAN, pence_per_week: 0 }.validate().is_err());
        assert!(Baseline { units_per_week: 10.0, pence_per_week: 200_001 }.validate().is_err());
    }

    #[test]
    fn baseline_comparison() {
        let c = compare_with_baseline(30.0, 4000, 12.04, 1500);
        assert!((c.units_less - 18.0).abs() < 1e-9);
        assert_eq!(c.pence_less, 2500);
    }

    fn diary() -> impl Strategy<Value = Vec<DayMark>> {
        prop::collection::vec((0i64..120, any::<bool>(), any::<bool>(), 0u32..3), 0..80).prop_map(|v| {
            v.into_iter()
                .map(|(off, drank, logged, urges)| DayMark {
                    date: d("2026-01-01") + Duration::days(off),
                    drank,
                    logged,
                    urges_resisted: urges,
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn a_streak_never_exceeds_days_since_first_entry(days in diary(), today_off in 0i64..150) {
            let today = d("2026-01-01") + Duration::days(today_off);
            let s = streaks(&days, today);
            let since = days.iter().map(|m| m.date).filter(|x| *x <= today).min()
                .map_or(0, |first| (today - first).num_days() + 1);
            prop_assert!(i64::from(s.best) <= since);
            prop_assert!(s.current <= s.best);
        }

        #[test]
        fn adding_a_drink_free_day_never_lowers_the_best(days in diary(), extra in 0i64..120) {
            let today = d("2026-06-01");
            let before = streaks(&days, today).best;
            let date = d("2026-01-01") + Duration::days(extra);
            // Only a day not already marked drinking can become drink-free.
            prop_assume!(!days.iter().any(|m| m.date == date && m.drank));
            let mut more = days.clone();
            more.push(free(date));
            prop_assert!(streaks(&more, today).best >= before);
        }

        #[test]
        fn milestones_never_repeat(best in 0u32..200, seen in prop::collection::vec(prop::sample::select(MILESTONES.to_vec()), 0..7)) {
            let new = new_milestones(best, &seen);
            for m in &new { prop_assert!(!seen.contains(m)); prop_assert!(*m <= best); }
            let mut all = seen.clone(); all.extend(&new);
            prop_assert!(new_milestones(best, &all).is_empty());
        }
    }
}
