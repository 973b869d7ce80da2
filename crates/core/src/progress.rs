//! Goals and the weekly view: units per day against the goal and the 14-unit guideline,
//! drink-free days, money spent, urges resisted, and simple insights; and the week summary a
//! participant may share with the facilitator instead of their entries ([`WeekSummary`]).
//!
//! Days are the participant's local days: the caller passes the UTC offset in minutes, so this
//! module never reads a clock or a time zone database.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

use crate::diary::UrgeOutcome;
use crate::units::WEEKLY_GUIDELINE_UNITS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Aim {
    CutDown,
    Stop,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub aim: Aim,
    /// Units a week the participant aims to stay within (0 when stopping).
    pub weekly_units_target: f64,
    /// Drink-free days a week the participant aims for.
    pub drink_free_days_target: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalError {
    UnitsTarget,
    DrinkFreeDays,
}

impl GoalError {
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            GoalError::UnitsTarget => "The weekly units goal must be from 0 to 100.",
            GoalError::DrinkFreeDays => "Drink-free days must be from 0 to 7.",
        }
    }
}

impl Goal {
    pub fn validate(&self) -> Result<(), GoalError> {
        if !(self.weekly_units_target.is_finite() && (0.0..=100.0).contains(&self.weekly_units_target)) {
            return Err(GoalError::UnitsTarget);
        }
        if self.drink_free_days_target > 7 {
            return Err(GoalError::DrinkFreeDays);
        }
        Ok(())
    }
}

/// What the weekly view needs of a drink entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrinkFact {
    pub occurred_at_ms: i64,
    pub units: f64,
    pub cost_pence: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpendFact {
    pub occurred_at_ms: i64,
    pub pence: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrgeFact {
    pub occurred_at_ms: i64,
    pub outcome: UrgeOutcome,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    #[must_use]
    pub fn of_hour(hour: u32) -> PartOfDay {
        match hour {
            5..=11 => PartOfDay::Morning,
            12..=16 => PartOfDay::Afternoon,
            17..=21 => PartOfDay::Evening,
            _ => PartOfDay::Night,
        }
    }
}

/// A plain observation about the week. The UI words (and voices) each one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Insight {
    /// More than half of the week's urges (at least 3) fell in one weekday and part of the day.
    UrgesMostly {
        weekday: u8,
        part: PartOfDay,
    },
    /// Total within the 14-unit guideline.
    WithinGuideline,
    /// Total over the guideline.
    OverGuideline,
    /// 14 units or more drunk on fewer than 3 days: the guideline says spread it out.
    NotSpreadOut,
    /// The day with the most units.
    HeaviestDay {
        weekday: u8,
    },
    UnitsGoalMet,
    UnitsGoalMissed,
    DrinkFreeGoalMet,
    /// Every urge this week was resisted (at least one urge).
    AllUrgesResisted,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayView {
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    pub units: f64,
    /// No drink recorded on this day.
    pub drink_free: bool,
    /// The day is after "today" ([`WeekView::as_of`]): not counted in `drink_free_days`, and
    /// shown as "not yet", whatever `drink_free` says.
    #[serde(default)]
    pub to_come: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeekView {
    pub week_start: String,
    pub days: Vec<DayView>,
    pub total_units: f64,
    pub guideline_units: f64,
    pub drink_free_days: u8,
    pub spend_pence: u64,
    pub urges: u32,
    pub urges_resisted: u32,
    pub goal: Option<Goal>,
    pub insights: Vec<Insight>,
}

impl WeekView {
    /// The week as seen on `today` (the person's local date): days after it have not happened,
    /// so they are `to_come`, and the drink-free count and goal insight leave them out ("6 of 7
    /// drink-free" on a Wednesday was wrong). A past week is unchanged. Shared summaries
    /// ([`WeekSummary::of`] on a view without `as_of`) still count the whole week, so devices
    /// whose clocks differ send the same figure.
    #[must_use]
    pub fn as_of(mut self, today: NaiveDate) -> WeekView {
        let today = today.format("%Y-%m-%d").to_string();
        for day in &mut self.days {
            // ISO dates compare as text.
            day.to_come = day.date > today;
        }
        self.drink_free_days = self.days.iter().filter(|d| d.drink_free && !d.to_come).count() as u8;
        if let Some(goal) = &self.goal
            && self.drink_free_days < goal.drink_free_days_target
        {
            self.insights.retain(|i| *i != Insight::DrinkFreeGoalMet);
        }
        self
    }
}

/// One week's diary totals as a participant who shares "diary summaries" lets the facilitator see
/// them: exactly what the sharing screen names (weekly units and drink-free days), never an entry.
/// The phone computes it from its diaries ([`WeekSummary::of`]) and sends it as an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekSummary {
    /// Monday of the participant's local week, `YYYY-MM-DD`.
    pub week_start: String,
    /// Units drunk in the week, to one decimal place.
    pub units: f64,
    /// Days of the week with no drink recorded, 0–7.
    pub drink_free_days: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryError {
    /// `week_start` is not a Monday written `YYYY-MM-DD`.
    WeekStart,
    /// Units are negative (or not a number).
    Units,
    /// More than 7 drink-free days, or 7 with units drunk.
    DrinkFreeDays,
}

impl SummaryError {
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            SummaryError::WeekStart => "A week summary must start on a Monday, written like 2026-11-23.",
            SummaryError::Units => "A week summary's units must be 0 or more.",
            SummaryError::DrinkFreeDays => {
                "A week summary's drink-free days must fit its units and the week."
            }
        }
    }
}

impl WeekSummary {
    /// The totals of a weekly view.
    #[must_use]
    pub fn of(view: &WeekView) -> WeekSummary {
        WeekSummary {
            week_start: view.week_start.clone(),
            units: view.total_units,
            drink_free_days: view.drink_free_days,
        }
    }

    /// Whether the summary could have come from [`WeekSummary::of`]. A summary from elsewhere
    /// (another build, a damaged phone) is checked before anyone is shown it.
    pub fn validate(&self) -> Result<(), SummaryError> {
        let monday = NaiveDate::parse_from_str(&self.week_start, "%Y-%m-%d").ok().filter(|d| {
            d.weekday() == chrono::Weekday::Mon && d.format("%Y-%m-%d").to_string() == self.week_start
        });
        if monday.is_none() {
            return Err(SummaryError::WeekStart);
        }
        if !(self.units.is_finite() && self.units >= 0.0) {
            return Err(SummaryError::Units);
        }
        if self.drink_free_days > 7 || (self.drink_free_days == 7 && self.units > 0.0) {
            return Err(SummaryError::DrinkFreeDays);
        }
        Ok(())
    }
}

/// Milliseconds at local midnight starting `date`, for a UTC offset in minutes.
#[must_use]
pub fn local_midnight_ms(date: NaiveDate, utc_offset_minutes: i32) -> i64 {
    let midnight = date.and_hms_opt(0, 0, 0).map(|dt| dt.and_utc().timestamp_millis()).unwrap_or(0);
    midnight - i64::from(utc_offset_minutes) * 60_000
}

/// The local date at `ms` (ms since the Unix epoch) for a UTC offset in minutes; `None` only for
/// a time outside chrono's range.
#[must_use]
pub fn local_date(ms: i64, utc_offset_minutes: i32) -> Option<NaiveDate> {
    local_parts(ms, utc_offset_minutes).map(|(date, _)| date)
}

/// The Monday on or before `date`.
#[must_use]
pub fn week_start_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

fn local_parts(ms: i64, utc_offset_minutes: i32) -> Option<(NaiveDate, u32)> {
    let local = DateTime::from_timestamp_millis(ms + i64::from(utc_offset_minutes) * 60_000)?.naive_utc();
    Some((local.date(), local.hour()))
}

/// The week starting at local midnight on `week_start` (a Monday, normally). Facts outside the
/// week are ignored, so callers may pass a wider range.
#[must_use]
pub fn week_view(
    week_start: NaiveDate,
    utc_offset_minutes: i32,
    goal: Option<&Goal>,
    drinks: &[DrinkFact],
    other_spend: &[SpendFact],
    urges: &[UrgeFact],
) -> WeekView {
    let day_of = |ms: i64| -> Option<(usize, u32)> {
        let (date, hour) = local_parts(ms, utc_offset_minutes)?;
        let index = (date - week_start).num_days();
        (0..7).contains(&index).then_some((index as usize, hour))
    };
    let mut units = [0.0f64; 7];
    let mut drank = [false; 7];
    let mut spend: u64 = 0;
    for drink in drinks {
        if let Some((day, _)) = day_of(drink.occurred_at_ms) {
            units[day] += drink.units;
            drank[day] |= drink.units > 0.0;
            spend += u64::from(drink.cost_pence);
        }
    }
    spend += other_spend
        .iter()
        .filter(|s| day_of(s.occurred_at_ms).is_some())
        .map(|s| u64::from(s.pence))
        .sum::<u64>();
    let mut urge_buckets: std::collections::BTreeMap<(u8, PartOfDay), u32> = Default::default();
    let (mut urge_count, mut resisted) = (0u32, 0u32);
    for urge in urges {
        if let Some((day, hour)) = day_of(urge.occurred_at_ms) {
            urge_count += 1;
            resisted += u32::from(urge.outcome == UrgeOutcome::DidNotUse);
            *urge_buckets.entry((day as u8, PartOfDay::of_hour(hour))).or_default() += 1;
        }
    }
    let days: Vec<DayView> = (0..7)
        .map(|i| {
            let date = week_start + Duration::days(i as i64);
            DayView {
                date: date.format("%Y-%m-%d").to_string(),
                weekday: date.weekday().num_days_from_monday() as u8,
                units: round1(units[i]),
                drink_free: !drank[i],
                to_come: false,
            }
        })
        .collect();
    let total: f64 = units.iter().sum();
    let drink_free_days = drank.iter().filter(|d| !**d).count() as u8;

    let mut insights = Vec::new();
    if let Some((&(weekday, part), &n)) =
        urge_buckets.iter().max_by_key(|(key, n)| (**n, std::cmp::Reverse(**key)))
        && urge_count >= 3
        && n * 2 > urge_count
    {
        insights.push(Insight::UrgesMostly { weekday, part });
    }
    if urge_count > 0 && resisted == urge_count {
        insights.push(Insight::AllUrgesResisted);
    }
    if total > WEEKLY_GUIDELINE_UNITS {
        insights.push(Insight::OverGuideline);
    } else {
        insights.push(Insight::WithinGuideline);
    }
    let drinking_days = drank.iter().filter(|d| **d).count();
    if total >= WEEKLY_GUIDELINE_UNITS && drinking_days < 3 {
        insights.push(Insight::NotSpreadOut);
    }
    if total > 0.0
        && let Some((day, _)) = units.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
    {
        insights.push(Insight::HeaviestDay { weekday: days[day].weekday });
    }
    if let Some(goal) = goal {
        insights.push(if total <= goal.weekly_units_target + 1e-9 {
            Insight::UnitsGoalMet
        } else {
            Insight::UnitsGoalMissed
        });
        if drink_free_days >= goal.drink_free_days_target {
            insights.push(Insight::DrinkFreeGoalMet);
        }
    }
    WeekView {
        week_start: week_start.format("%Y-%m-%d").to_string(),
        days,
        total_units: round1(total),
        guideline_units: WEEKLY_GUIDELINE_UNITS,
        drink_free_days,
        spend_pence: spend,
        urges: urge_count,
        urges_resisted: resisted,
        goal: goal.cloned(),
        insights,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn monday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
    }

    /// Local time on day `d` (0 = Monday) at `hour`, for a UTC offset.
    fn at(d: i64, hour: i64, offset: i32) -> i64 {
        local_midnight_ms(monday(), offset) + d * 86_400_000 + hour * 3_600_000
    }

    fn drink(d: i64, hour: i64, units: f64) -> DrinkFact {
        DrinkFact { occurred_at_ms: at(d, hour, 0), units, cost_pence: 500 }
    }

    #[test]
    fn days_still_to_come_are_not_counted_as_drink_free() {
        let goal = Goal { aim: Aim::CutDown, weekly_units_target: 10.0, drink_free_days_target: 4 };
        let wednesday = monday() + Duration::days(2);
        let view = week_view(monday(), 0, Some(&goal), &[drink(1, 20, 3.0)], &[], &[]).as_of(wednesday);
        let to_come: Vec<bool> = view.days.iter().map(|d| d.to_come).collect();
        assert_eq!(to_come, [false, false, false, true, true, true, true]);
        // Monday and Wednesday, not "6 of 7".
        assert_eq!(view.drink_free_days, 2);
        assert!(!view.insights.contains(&Insight::DrinkFreeGoalMet));
        // A week that is over is as it was.
        let later = monday() + Duration::days(9);
        let past = week_view(monday(), 0, Some(&goal), &[drink(1, 20, 3.0)], &[], &[]).as_of(later);
        assert_eq!(past.drink_free_days, 6);
        assert!(past.insights.contains(&Insight::DrinkFreeGoalMet));
    }

    #[test]
    fn units_fall_on_local_days_and_out_of_week_facts_are_ignored() {
        let drinks =
            [drink(0, 20, 4.5), drink(0, 23, 2.3), drink(4, 21, 6.0), drink(7, 1, 10.0), drink(-1, 23, 3.0)];
        let view = week_view(monday(), 0, None, &drinks, &[], &[]);
        assert_eq!(
            view.days.iter().map(|d| d.units).collect::<Vec<_>>(),
            [6.8, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0]
        );
        assert_eq!(view.total_units, 12.8);
        assert_eq!(view.drink_free_days, 5);
        assert_eq!(view.spend_pence, 1_500);
        assert!(view.insights.contains(&Insight::WithinGuideline));
        assert!(view.insights.contains(&Insight::HeaviestDay { weekday: 0 }));
    }

    #[test]
    fn a_utc_offset_moves_a_late_drink_to_the_next_local_day() {
        // 23:30 UTC on Monday is 00:30 on Tuesday in British Summer Time (UTC+1).
        let ms = local_midnight_ms(monday(), 0) + 23 * 3_600_000 + 30 * 60_000;
        let view = week_view(
            monday(),
            60,
            None,
            &[DrinkFact { occurred_at_ms: ms, units: 2.0, cost_pence: 0 }],
            &[],
            &[],
        );
        assert_eq!(view.days[1].units, 2.0);
    }

    #[test]
    fn over_fourteen_on_two_days_is_over_and_not_spread_out() {
        let view = week_view(monday(), 0, None, &[drink(4, 20, 9.0), drink(5, 20, 9.0)], &[], &[]);
        assert!(view.insights.contains(&Insight::OverGuideline));
        assert!(view.insights.contains(&Insight::NotSpreadOut));
    }

    #[test]
    fn exactly_fourteen_is_within_the_guideline() {
        let drinks = [drink(0, 20, 4.0), drink(2, 20, 5.0), drink(4, 20, 5.0)];
        let view = week_view(monday(), 0, None, &drinks, &[], &[]);
        assert!(view.insights.contains(&Insight::WithinGuideline));
        assert!(!view.insights.contains(&Insight::NotSpreadOut));
    }

    #[test]
    fn most_urges_on_friday_evenings_is_noticed() {
        let urge = |d, h, outcome| UrgeFact { occurred_at_ms: at(d, h, 0), outcome };
        let urges = [
            urge(4, 19, UrgeOutcome::DidNotUse),
            urge(4, 20, UrgeOutcome::Used),
            urge(4, 21, UrgeOutcome::DidNotUse),
            urge(1, 9, UrgeOutcome::DidNotUse),
        ];
        let view = week_view(monday(), 0, None, &[], &[], &urges);
        assert_eq!((view.urges, view.urges_resisted), (4, 3));
        assert!(view.insights.contains(&Insight::UrgesMostly { weekday: 4, part: PartOfDay::Evening }));
        assert!(!view.insights.contains(&Insight::AllUrgesResisted));
    }

    #[test]
    fn goals_are_checked() {
        let goal = Goal { aim: Aim::CutDown, weekly_units_target: 10.0, drink_free_days_target: 4 };
        let view = week_view(monday(), 0, Some(&goal), &[drink(0, 20, 6.0), drink(3, 20, 4.0)], &[], &[]);
        assert!(view.insights.contains(&Insight::UnitsGoalMet));
        assert!(view.insights.contains(&Insight::DrinkFreeGoalMet));
        assert_eq!(
            Goal { weekly_units_target: -1.0, ..goal.clone() }.validate(),
            Err(GoalError::UnitsTarget)
        );
        assert_eq!(Goal { drink_free_days_target: 8, ..goal }.validate(), Err(GoalError::DrinkFreeDays));
    }

    #[test]
    fn a_week_summary_is_the_weeks_units_and_drink_free_days_only() {
        let drinks = [drink(0, 20, 4.5), drink(0, 23, 2.3), drink(4, 21, 6.0), drink(7, 1, 10.0)];
        let view = week_view(monday(), 0, None, &drinks, &[], &[]);
        let summary = WeekSummary::of(&view);
        assert_eq!(summary, WeekSummary { week_start: "2026-11-16".into(), units: 12.8, drink_free_days: 5 });
        assert_eq!(summary.validate(), Ok(()));
        let empty = WeekSummary::of(&week_view(monday(), 0, None, &[], &[], &[]));
        assert_eq!((empty.units, empty.drink_free_days, empty.validate()), (0.0, 7, Ok(())));
    }

    #[test]
    fn a_week_summary_that_could_not_come_from_a_diary_is_refused() {
        let good = WeekSummary { week_start: "2026-11-16".into(), units: 3.0, drink_free_days: 6 };
        let cases = [
            (WeekSummary { week_start: "2026-11-17".into(), ..good.clone() }, SummaryError::WeekStart),
            (WeekSummary { week_start: "16/11/2026".into(), ..good.clone() }, SummaryError::WeekStart),
            (WeekSummary { week_start: "2026-11-16 ".into(), ..good.clone() }, SummaryError::WeekStart),
            (WeekSummary { units: -0.1, ..good.clone() }, SummaryError::Units),
            (WeekSummary { units: f64::NAN, ..good.clone() }, SummaryError::Units),
            (WeekSummary { units: f64::INFINITY, ..good.clone() }, SummaryError::Units),
            (WeekSummary { drink_free_days: 8, ..good.clone() }, SummaryError::DrinkFreeDays),
            (WeekSummary { drink_free_days: 7, ..good.clone() }, SummaryError::DrinkFreeDays),
        ];
        for (summary, expected) in cases {
            assert_eq!(summary.validate(), Err(expected), "{summary:?}");
            assert!(!expected.message().is_empty());
        }
        assert_eq!(good.validate(), Ok(()));
    }

    #[test]
    fn local_date_follows_the_offset() {
        let late_sunday = local_midnight_ms(monday(), 0) - 30 * 60_000;
        assert_eq!(local_date(late_sunday, 0), NaiveDate::from_ymd_opt(2026, 11, 15));
        assert_eq!(local_date(late_sunday, 60), Some(monday()));
        assert_eq!(local_date(i64::MAX, 0), None);
    }

    #[test]
    fn week_starts_on_monday() {
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(week_start_of(sunday), monday());
        assert_eq!(week_start_of(monday()), monday());
    }

    proptest! {
        #[test]
        fn day_totals_add_up_to_the_week_total(
            facts in proptest::collection::vec((0i64..7 * 24, 0.0f64..20.0), 0..60),
            offset in -720i32..840,
        ) {
            let drinks: Vec<DrinkFact> = facts.iter().map(|(h, u)| DrinkFact {
                occurred_at_ms: local_midnight_ms(monday(), offset) + h * 3_600_000 + 1,
                units: *u,
                cost_pence: 1,
            }).collect();
            let view = week_view(monday(), offset, None, &drinks, &[], &[]);
            let exact: f64 = facts.iter().map(|(_, u)| u).sum();
            prop_assert!((view.total_units - exact).abs() <= 0.05 + 1e-9);
            prop_assert_eq!(view.spend_pence, facts.len() as u64);
            let free = view.days.iter().filter(|d| d.drink_free).count() as u8;
            prop_assert_eq!(free, view.drink_free_days);
        }
    }
}
