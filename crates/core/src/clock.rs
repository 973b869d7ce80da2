//! Hybrid logical clock (HLC) stamps.
//!
//! A stamp orders events for display and breaks ties. Correctness of sync never depends on it:
//! that is the job of per-stream `seq` numbers. A phone whose wall clock is days wrong still
//! produces stamps that move forward, because a stamp is never smaller than the last one seen.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How far ahead of the receiver's own clock a received stamp may be. A phone whose clock is a
/// few days (or weeks) wrong still merges; a stamp years ahead, or near `i64::MAX`, is refused
/// on receipt ([`HlcStamp::in_range`]), so it can neither win every "latest" comparison nor drag
/// the receiver's clock out of range.
pub const MAX_CLOCK_AHEAD_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// Milliseconds since the Unix epoch plus a counter that separates events in the same millisecond.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct HlcStamp {
    pub wall_ms: i64,
    pub counter: u32,
}

impl HlcStamp {
    /// The stamp for a new local event, given the last stamp this device issued or saw and the
    /// device's wall clock.
    ///
    /// A `last` beyond [`MAX_CLOCK_AHEAD_MS`] of `now_ms` cannot come from sync (such stamps are
    /// refused on receipt); if a store holds one from before that rule, the clock starts again
    /// from `now_ms` rather than stay stuck near the end of time.
    #[must_use]
    pub fn tick(last: HlcStamp, now_ms: i64) -> HlcStamp {
        if now_ms > last.wall_ms || !last.in_range(now_ms) {
            HlcStamp { wall_ms: now_ms, counter: 0 }
        } else {
            last.successor()
        }
    }

    /// Merge a stamp received from another replica, so later local stamps sort after it.
    #[must_use]
    pub fn observe(last: HlcStamp, remote: HlcStamp) -> HlcStamp {
        last.max(remote)
    }

    /// Whether a stamp received from elsewhere may be taken in by a replica whose clock reads
    /// `now_ms`: not before 1970 and not more than [`MAX_CLOCK_AHEAD_MS`] ahead.
    #[must_use]
    pub fn in_range(self, now_ms: i64) -> bool {
        self.wall_ms >= 0 && self.wall_ms <= now_ms.saturating_add(MAX_CLOCK_AHEAD_MS)
    }

    fn successor(self) -> HlcStamp {
        match self.counter.checked_add(1) {
            Some(counter) => HlcStamp { wall_ms: self.wall_ms, counter },
            // Four billion events in one millisecond cannot happen in practice; move the wall on
            // rather than panic.
            None => HlcStamp { wall_ms: self.wall_ms.saturating_add(1), counter: 0 },
        }
    }

    /// Fixed-width text form that sorts the same way as the stamp (for SQLite `ORDER BY`).
    #[must_use]
    pub fn to_sortable(self) -> String {
        format!("{:016}-{:010}", self.wall_ms.max(0), self.counter)
    }

    /// Parse the form written by [`HlcStamp::to_sortable`].
    pub fn parse_sortable(text: &str) -> Option<HlcStamp> {
        let (wall, counter) = text.split_once('-')?;
        Some(HlcStamp { wall_ms: wall.parse().ok()?, counter: counter.parse().ok()? })
    }
}

impl fmt::Display for HlcStamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_sortable())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn tick_uses_wall_clock_when_it_moves_forward() {
        let last = HlcStamp { wall_ms: 1_000, counter: 7 };
        assert_eq!(HlcStamp::tick(last, 2_000), HlcStamp { wall_ms: 2_000, counter: 0 });
    }

    #[test]
    fn tick_counts_up_when_clock_goes_backwards() {
        let last = HlcStamp { wall_ms: 5_000, counter: 2 };
        assert_eq!(HlcStamp::tick(last, 10), HlcStamp { wall_ms: 5_000, counter: 3 });
    }

    #[test]
    fn counter_overflow_moves_wall_on_instead_of_panicking() {
        let last = HlcStamp { wall_ms: 5, counter: u32::MAX };
        assert_eq!(HlcStamp::tick(last, 0), HlcStamp { wall_ms: 6, counter: 0 });
    }

    #[test]
    fn a_stamp_far_ahead_or_before_1970_is_out_of_range() {
        let now = 1_800_000_000_000;
        assert!(HlcStamp { wall_ms: now + MAX_CLOCK_AHEAD_MS, counter: u32::MAX }.in_range(now));
        assert!(!HlcStamp { wall_ms: now + MAX_CLOCK_AHEAD_MS + 1, counter: 0 }.in_range(now));
        assert!(!HlcStamp { wall_ms: i64::MAX, counter: u32::MAX }.in_range(now));
        assert!(!HlcStamp { wall_ms: -1, counter: 0 }.in_range(now));
        assert!(HlcStamp { wall_ms: 0, counter: 0 }.in_range(now));
    }

    #[test]
    fn a_clock_stuck_at_the_end_of_time_starts_again_from_now() {
        let stuck = HlcStamp { wall_ms: i64::MAX, counter: u32::MAX };
        assert_eq!(HlcStamp::tick(stuck, 5_000), HlcStamp { wall_ms: 5_000, counter: 0 });
    }

    proptest! {
        #[test]
        fn stamps_always_increase_whatever_the_clock_does(clock in proptest::collection::vec(-10_000i64..10_000_000, 1..50)) {
            let mut last = HlcStamp::default();
            for now in clock {
                let next = HlcStamp::tick(last, now);
                prop_assert!(next > last);
                last = next;
            }
        }

        #[test]
        fn sortable_text_round_trips_and_keeps_order(a in 0i64..1i64 << 50, ac in any::<u32>(), b in 0i64..1i64 << 50, bc in any::<u32>()) {
            let x = HlcStamp { wall_ms: a, counter: ac };
            let y = HlcStamp { wall_ms: b, counter: bc };
            prop_assert_eq!(HlcStamp::parse_sortable(&x.to_sortable()), Some(x));
            prop_assert_eq!(x.cmp(&y), x.to_sortable().cmp(&y.to_sortable()));
        }
    }
}
