//! How far I've come (issue 14 point 3): drink-free days in a row (current and best),
//! milestones celebrated once, a lapse named as a lapse, units and money against the
//! participant's own first week or a baseline they entered, and the month calendar.
//!
//! **Decisions:**
//!
//! - Waymark has no "no drinks today" entry, and My week counts a day with no drink logged as
//!   drink-free. So do streaks — but only from the day of the participant's first diary entry
//!   (of any diary) on: nobody is told of drink-free days before they started keeping a diary,
//!   and a streak never exceeds the days since the first entry (property test in `core`).
//! - The comparison is the last 7 days against the first 7 days from the first entry (so a
//!   half-week never looks like progress), shown once the two do not overlap (14 days); with a
//!   baseline entered, against that at once. It is only ever said as "less" or "about the same";
//!   more than before is said neutrally, never with a warning word.
//! - A milestone is celebrated once: the UI shows the new ones and then records them
//!   (`milestone_celebrated`, private), so another device does not celebrate them again.
//! - Today counts as drink-free only once it is over (so a run reads "up to yesterday" until
//!   then), or sooner if the participant logs a resisted urge today.
//! - Days after today (a phone clock set back) are "to come" on the calendar and never counted.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_core::EventBody;
use waymark_core::progress::local_date;
use waymark_core::streak::{
    Baseline, DayKind, DayMark, MILESTONES, Streaks, compare_with_baseline, month_calendar, new_milestones,
    streaks,
};

use crate::{Api, Error};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MyProgressRequest {
    /// The month to show, `YYYY-MM`; `None` for this month.
    pub month: Option<String>,
    /// The device's offset from UTC now, in minutes (east positive).
    pub utc_offset_minutes: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CompareWith {
    FirstWeek,
    Baseline,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct ComparisonView {
    pub against: CompareWith,
    pub reference_units: f64,
    pub reference_pence: u32,
    /// The last 7 days, today included.
    pub recent_units: f64,
    pub recent_pence: u32,
    /// Positive: less than before. Rounded to one decimal place.
    pub units_less: f64,
    #[ts(type = "number")]
    pub pence_less: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarCell {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub day: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    pub kind: DayKind,
    pub urges_resisted: u32,
    /// After today: nothing to say yet.
    pub to_come: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct MyProgressView {
    /// Today in the device's time zone, `YYYY-MM-DD`.
    pub today: String,
    /// The participant has at least one diary entry.
    pub started: bool,
    pub streaks: Streaks,
    /// Milestones reached and not yet celebrated: celebrate them, then call `celebrate_milestones`.
    pub new_milestones: Vec<u32>,
    /// The next milestone above the current run, if any is left.
    pub next_milestone: Option<u32>,
    /// The month shown, `YYYY-MM`.
    pub month: String,
    pub year: i32,
    /// 1 = January … 12.
    pub month_number: u8,
    pub calendar: Vec<CalendarCell>,
    /// `None` until there is something fair to compare.
    pub comparison: Option<ComparisonView>,
    pub baseline: Option<Baseline>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CelebrateMilestonesRequest {
    pub days: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MilestonesCelebrated {
    pub celebrated: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetBaselineRequest {
    pub baseline: Baseline,
}

/// The diary folded to days: marks from the first entry to today, and per-day units and spend.
struct Days {
    marks: Vec<DayMark>,
    first: Option<NaiveDate>,
    units: std::collections::BTreeMap<NaiveDate, f64>,
    pence: std::collections::BTreeMap<NaiveDate, u32>,
}

impl Api {
    fn diary_days(&self, offset: i32, today: NaiveDate) -> Result<Days, Error> {
        let rows = self.store()?.diary_day_facts(offset)?;
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        let mut drank = std::collections::BTreeSet::new();
        let mut resisted: std::collections::BTreeMap<NaiveDate, u32> = std::collections::BTreeMap::new();
        let mut units = std::collections::BTreeMap::new();
        let mut pence = std::collections::BTreeMap::new();
        let mut first: Option<NaiveDate> = None;
        for row in rows {
            let Some(date) = epoch.checked_add_signed(Duration::days(row.day)) else { continue };
            first = Some(first.map_or(date, |f| f.min(date)));
            pence.insert(date, u32::try_from(row.spend_pence).unwrap_or(u32::MAX));
            if row.drank {
                drank.insert(date);
                units.insert(date, row.units);
            }
            if row.urges_resisted > 0 {
                resisted.insert(date, row.urges_resisted);
            }
        }
        let mut marks = Vec::new();
        if let Some(first) = first {
            let mut date = first;
            while date <= today {
                let mark = DayMark {
                    date,
                    drank: drank.contains(&date),
                    logged: true,
                    urges_resisted: resisted.get(&date).copied().unwrap_or(0),
                };
                // Today is not over: it counts once it is (or sooner, for a resisted urge);
                // until then the run reads "up to yesterday".
                if date < today || mark.drank || mark.urges_resisted > 0 {
                    marks.push(mark);
                }
                date += Duration::days(1);
            }
        }
        Ok(Days { marks, first: first.filter(|f| *f <= today), units, pence })
    }

    pub fn my_progress(&self, request: MyProgressRequest) -> Result<MyProgressView, Error> {
        let offset = request.utc_offset_minutes;
        crate::utc_offset(offset)?;
        let today = local_date((self.clock)(), offset)
            .ok_or_else(|| Error::invalid("The clock on this device is not a date we can use."))?;
        let month_day = match request.month.as_deref() {
            None => today.with_day(1).unwrap_or(today),
            Some(text) => NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
                .map_err(|_| Error::invalid(format!("{text:?} is not a month like 2026-12.")))?,
        };
        let days = self.diary_days(offset, today)?;
        let store = self.store()?;
        let celebrated = store.milestones_celebrated()?;
        let baseline = store.baseline()?;
        drop(store);

        let s = streaks(&days.marks, today);
        let calendar = month_calendar(&days.marks, month_day)
            .into_iter()
            .map(|c| CalendarCell {
                date: c.date.format("%Y-%m-%d").to_string(),
                day: u8::try_from(c.date.day()).unwrap_or(1),
                weekday: u8::try_from(c.date.weekday().num_days_from_monday()).unwrap_or(0),
                kind: if c.date > today { DayKind::Unknown } else { c.kind },
                urges_resisted: if c.date > today { 0 } else { c.urges_resisted },
                to_come: c.date > today,
            })
            .collect();

        let window = |from: NaiveDate| {
            let mut u = 0.0;
            let mut p = 0u32;
            for i in 0..7 {
                let d = from + Duration::days(i);
                u += days.units.get(&d).copied().unwrap_or(0.0);
                p = p.saturating_add(days.pence.get(&d).copied().unwrap_or(0));
            }
            (u, p)
        };
        let (recent_units, recent_pence) = window(today - Duration::days(6));
        let reference = match (baseline, days.first) {
            (Some(b), _) => Some((CompareWith::Baseline, b.units_per_week, b.pence_per_week)),
            (None, Some(first)) if today - first >= Duration::days(13) => {
                let (u, p) = window(first);
                Some((CompareWith::FirstWeek, u, p))
            }
            _ => None,
        };
        let comparison = reference.map(|(against, reference_units, reference_pence)| {
            let c = compare_with_baseline(reference_units, reference_pence, recent_units, recent_pence);
            ComparisonView {
                against,
                reference_units: (reference_units * 10.0).round() / 10.0,
                reference_pence,
                recent_units: (recent_units * 10.0).round() / 10.0,
                recent_pence,
                units_less: c.units_less,
                pence_less: c.pence_less,
            }
        });
        Ok(MyProgressView {
            today: today.format("%Y-%m-%d").to_string(),
            started: days.first.is_some(),
            new_milestones: new_milestones(s.best, &celebrated),
            next_milestone: MILESTONES.iter().copied().find(|m| *m > s.current),
            streaks: s,
            month: month_day.format("%Y-%m").to_string(),
            year: month_day.year(),
            month_number: u8::try_from(month_day.month()).unwrap_or(1),
            calendar,
            comparison,
            baseline,
        })
    }

    /// Record that these milestones were celebrated on screen, so they are not again.
    pub fn celebrate_milestones(
        &self,
        request: CelebrateMilestonesRequest,
    ) -> Result<MilestonesCelebrated, Error> {
        if let Some(bad) = request.days.iter().find(|d| !MILESTONES.contains(d)) {
            return Err(Error::invalid(format!(
                "{bad} is not a milestone. Milestones are 1, 3, 7, 14, 30, 60 and 90 days."
            )));
        }
        let now = (self.clock)();
        let mut store = self.store()?;
        let mut celebrated = store.milestones_celebrated()?;
        for days in request.days {
            if !celebrated.contains(&days) {
                store.append(&EventBody::MilestoneCelebrated { days }, now)?;
                celebrated.push(days);
            }
        }
        celebrated.sort_unstable();
        Ok(MilestonesCelebrated { celebrated })
    }

    /// The participant's own "usual week before", to compare with instead of their first week.
    pub fn set_baseline(&self, request: SetBaselineRequest) -> Result<Baseline, Error> {
        request.baseline.validate().map_err(Error::invalid)?;
        self.store()?.append(&EventBody::BaselineSet { baseline: request.baseline }, (self.clock)())?;
        Ok(request.baseline)
    }
}
