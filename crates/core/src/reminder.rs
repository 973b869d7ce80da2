//! The group schedule and reminder planning (issue 14 points 1, 2 and 4).
//!
//! Pure: the caller passes `now` (ms since the Unix epoch), the UTC offset in minutes and what
//! was already delivered, and gets back which reminders are due. Each reminder has a stable key,
//! so a clock that jumps (time zone change, clock set back) never delivers one twice.
//! The lock-screen wording is not here: [`Reminder::lock_screen`] returns a typed message and
//! its time, and the words are Fluent strings (`reminder-*` in `content/locales/*/ui-schedule.ftl`),
//! which a test holds to never naming alcohol, drugs or probation.

use chrono::{DateTime, Duration, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

/// The programme has 11 group sessions.
pub const SESSIONS: u8 = 11;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Scheduled,
    Moved,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ScheduledSession {
    pub number: u8,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub starts_at_ms: i64,
    pub place: String,
    pub status: SessionStatus,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    Number(u8),
    InThePast(u8),
    SameTime(u8, u8),
    Place(u8),
}

impl ScheduleError {
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            ScheduleError::Number(n) => format!("There is no session {n}. Sessions are 1 to {SESSIONS}."),
            ScheduleError::InThePast(n) => format!("Session {n} is in the past. Choose a later date."),
            ScheduleError::SameTime(a, b) => format!("Sessions {a} and {b} are at the same time. Move one."),
            ScheduleError::Place(n) => format!("Session {n} needs a place, up to 80 letters."),
        }
    }
}

/// Checks a session the facilitator sets or moves against the rest of the schedule.
pub fn validate_session(
    s: &ScheduledSession,
    others: &[ScheduledSession],
    now_ms: i64,
) -> Result<(), ScheduleError> {
    if s.number == 0 || s.number > SESSIONS {
        return Err(ScheduleError::Number(s.number));
    }
    if s.status != SessionStatus::Cancelled && s.starts_at_ms <= now_ms {
        return Err(ScheduleError::InThePast(s.number));
    }
    let place = s.place.trim();
    if s.status != SessionStatus::Cancelled && (place.is_empty() || place.chars().count() > 80) {
        return Err(ScheduleError::Place(s.number));
    }
    if let Some(o) = others.iter().find(|o| {
        o.number != s.number
            && o.status != SessionStatus::Cancelled
            && s.status != SessionStatus::Cancelled
            && o.starts_at_ms == s.starts_at_ms
    }) {
        return Err(ScheduleError::SameTime(s.number.min(o.number), s.number.max(o.number)));
    }
    Ok(())
}

/// The next session that is not cancelled and has not started.
#[must_use]
pub fn next_session(schedule: &[ScheduledSession], now_ms: i64) -> Option<&ScheduledSession> {
    schedule
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled && s.starts_at_ms > now_ms)
        .min_by_key(|s| s.starts_at_ms)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeError {
    NotATime,
}

impl TimeError {
    #[must_use]
    pub fn message(self) -> &'static str {
        "That is not a time. Use hours and minutes, like 18:00."
    }
}

/// Parses "HH:MM" (24-hour) as the participant types it.
pub fn parse_time(text: &str) -> Result<NaiveTime, TimeError> {
    let t = text.trim();
    let (h, m) = t.split_once(':').ok_or(TimeError::NotATime)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return Err(TimeError::NotATime);
    }
    let (h, m): (u32, u32) =
        (h.parse().map_err(|_| TimeError::NotATime)?, m.parse().map_err(|_| TimeError::NotATime)?);
    NaiveTime::from_hms_opt(h, m, 0).ok_or(TimeError::NotATime)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    /// Local time the day before a session; `None` turns it off. Default 18:00.
    pub day_before_at: Option<NaiveTime>,
    /// Minutes before a session; `None` turns it off. Default 120.
    pub minutes_before: Option<u32>,
    /// Daily diary reminder at a local time; off by default.
    pub daily_diary_at: Option<NaiveTime>,
    /// Quiet hours (local): no reminder is delivered from `start` up to `end`; it waits for `end`.
    pub quiet: Option<(NaiveTime, NaiveTime)>,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            day_before_at: NaiveTime::from_hms_opt(18, 0, 0),
            minutes_before: Some(120),
            daily_diary_at: None,
            quiet: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ReminderKind {
    DayBefore { session: u8, starts_at_ms: i64 },
    SoonBefore { session: u8, starts_at_ms: i64 },
    Diary,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Stable across clock jumps: what + which session time or local day.
    pub key: String,
    pub due_at_ms: i64,
    pub kind: ReminderKind,
}

/// Which lock-screen message a reminder shows; the words are Fluent strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LockScreenMessage {
    /// "Waymark: your group is tomorrow at { $time }"
    GroupTomorrow,
    /// "Waymark: your group is today at { $time }"
    GroupToday,
    /// "Waymark: a minute for your diary?"
    Diary,
}

impl LockScreenMessage {
    /// The Fluent message id.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            LockScreenMessage::GroupTomorrow => "reminder-group-tomorrow",
            LockScreenMessage::GroupToday => "reminder-group-today",
            LockScreenMessage::Diary => "reminder-diary",
        }
    }
}

/// What a reminder shows on the lock screen: the message and, for a session, its local start
/// time `HH:MM` (the Fluent variable `time`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockScreen {
    pub message: LockScreenMessage,
    pub time: Option<String>,
}

impl Reminder {
    /// The lock-screen message and its time in the given UTC offset.
    #[must_use]
    pub fn lock_screen(&self, utc_offset_minutes: i32) -> LockScreen {
        match &self.kind {
            ReminderKind::DayBefore { starts_at_ms, .. } => LockScreen {
                message: LockScreenMessage::GroupTomorrow,
                time: Some(hhmm(*starts_at_ms, utc_offset_minutes)),
            },
            ReminderKind::SoonBefore { starts_at_ms, .. } => LockScreen {
                message: LockScreenMessage::GroupToday,
                time: Some(hhmm(*starts_at_ms, utc_offset_minutes)),
            },
            ReminderKind::Diary => LockScreen { message: LockScreenMessage::Diary, time: None },
        }
    }
}

fn local(ms: i64, off: i32) -> Option<chrono::NaiveDateTime> {
    DateTime::from_timestamp_millis(ms + i64::from(off) * 60_000).map(|d| d.naive_utc())
}

fn utc_ms(local: chrono::NaiveDateTime, off: i32) -> i64 {
    local.and_utc().timestamp_millis() - i64::from(off) * 60_000
}

fn hhmm(ms: i64, off: i32) -> String {
    local(ms, off).map_or_else(String::new, |d| format!("{:02}:{:02}", d.hour(), d.minute()))
}

fn in_quiet(t: NaiveTime, (start, end): (NaiveTime, NaiveTime)) -> bool {
    if start <= end { t >= start && t < end } else { t >= start || t < end }
}

/// Moves a due time out of quiet hours to the end of them.
fn after_quiet(due_ms: i64, settings: &ReminderSettings, off: i32) -> i64 {
    let Some(q) = settings.quiet else { return due_ms };
    let Some(l) = local(due_ms, off) else { return due_ms };
    if !in_quiet(l.time(), q) {
        return due_ms;
    }
    let mut end = l.date().and_time(q.1);
    if end <= l {
        end += Duration::days(1);
    }
    utc_ms(end, off)
}

/// Every reminder in the window `[from_ms, to_ms]`, in due order.
#[must_use]
pub fn reminders_between(
    schedule: &[ScheduledSession],
    settings: &ReminderSettings,
    utc_offset_minutes: i32,
    from_ms: i64,
    to_ms: i64,
) -> Vec<Reminder> {
    let off = utc_offset_minutes;
    let mut out = Vec::new();
    for s in schedule.iter().filter(|s| s.status != SessionStatus::Cancelled) {
        if let (Some(at), Some(start)) = (settings.day_before_at, local(s.starts_at_ms, off)) {
            let due =
                after_quiet(utc_ms((start.date() - Duration::days(1)).and_time(at), off), settings, off);
            if due < s.starts_at_ms {
                out.push(Reminder {
                    key: format!("day-before:{}:{}", s.number, s.starts_at_ms),
                    due_at_ms: due,
                    kind: ReminderKind::DayBefore { session: s.number, starts_at_ms: s.starts_at_ms },
                });
            }
        }
        if let Some(min) = settings.minutes_before {
            let due = after_quiet(s.starts_at_ms - i64::from(min) * 60_000, settings, off);
            if due < s.starts_at_ms {
                out.push(Reminder {
                    key: format!("soon:{}:{}", s.number, s.starts_at_ms),
                    due_at_ms: due,
                    kind: ReminderKind::SoonBefore { session: s.number, starts_at_ms: s.starts_at_ms },
                });
            }
        }
    }
    if let (Some(at), Some(first), Some(last)) =
        (settings.daily_diary_at, local(from_ms, off), local(to_ms, off))
    {
        let mut day = first.date() - Duration::days(1);
        while day <= last.date() {
            out.push(Reminder {
                // Keyed by local day, so a time zone change cannot deliver a day's reminder twice.
                key: format!("diary:{day}"),
                due_at_ms: after_quiet(utc_ms(day.and_time(at), off), settings, off),
                kind: ReminderKind::Diary,
            });
            day += Duration::days(1);
        }
    }
    out.retain(|r| r.due_at_ms >= from_ms && r.due_at_ms <= to_ms);
    out.sort_by(|a, b| a.due_at_ms.cmp(&b.due_at_ms).then(a.key.cmp(&b.key)));
    out.dedup_by(|a, b| a.key == b.key);
    out
}

/// What to do now.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Due {
    /// Deliver these now as OS notifications (due in the last few minutes).
    pub now: Vec<Reminder>,
    /// While the app was closed, these were missed: show only the latest, once, in the app.
    pub missed: Option<Reminder>,
}

/// How late a reminder may be and still go out as a notification; older ones are "missed".
pub const GRACE_MS: i64 = 10 * 60_000;

/// Which reminders are due at `now_ms`, given when the planner last ran and the keys already
/// delivered (or shown as missed). A clock set back (`now < last_run`) delivers nothing new
/// for the window already covered; keys already delivered are never delivered again.
#[must_use]
pub fn plan(
    schedule: &[ScheduledSession],
    settings: &ReminderSettings,
    utc_offset_minutes: i32,
    last_run_ms: i64,
    now_ms: i64,
    delivered: &[String],
) -> Due {
    if now_ms <= last_run_ms {
        return Due::default();
    }
    let all = reminders_between(schedule, settings, utc_offset_minutes, last_run_ms + 1, now_ms);
    let mut due = Due::default();
    for r in all.into_iter().filter(|r| !delivered.contains(&r.key)) {
        if now_ms - r.due_at_ms <= GRACE_MS {
            due.now.push(r);
        } else {
            due.missed = Some(r); // sorted by due time: the latest missed wins
        }
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    const H: i64 = 3_600_000;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap().and_utc().timestamp_millis()
    }
    fn session(n: u8, ms: i64) -> ScheduledSession {
        ScheduledSession {
            number: n,
            starts_at_ms: ms,
            place: "Southend office".into(),
            status: SessionStatus::Scheduled,
        }
    }

    #[test]
    fn default_reminders_day_before_at_six_and_two_hours_before() {
        let s = [session(4, at(2026, 12, 10, 10, 0))];
        let r = reminders_between(&s, &ReminderSettings::default(), 0, 0, i64::MAX / 4);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].due_at_ms, at(2026, 12, 9, 18, 0));
        let tomorrow = LockScreen { message: LockScreenMessage::GroupTomorrow, time: Some("10:00".into()) };
        assert_eq!(r[0].lock_screen(0), tomorrow);
        assert_eq!(r[1].due_at_ms, at(2026, 12, 10, 8, 0));
        assert_eq!(r[1].lock_screen(0).message, LockScreenMessage::GroupToday);
        assert_eq!(r[1].lock_screen(60).time.as_deref(), Some("11:00"), "the phone's own local time");
    }

    #[test]
    fn cancelled_sessions_have_no_reminders_and_are_not_next() {
        let mut s = session(2, at(2026, 12, 10, 10, 0));
        s.status = SessionStatus::Cancelled;
        let t = session(3, at(2026, 12, 17, 10, 0));
        assert!(reminders_between(&[s.clone()], &ReminderSettings::default(), 0, 0, i64::MAX / 4).is_empty());
        assert_eq!(next_session(&[s, t.clone()], at(2026, 12, 1, 0, 0)), Some(&t));
    }

    #[test]
    fn bad_schedule_input_has_clear_words() {
        let now = at(2026, 12, 2, 12, 0);
        let past = session(1, now - H);
        assert_eq!(validate_session(&past, &[], now), Err(ScheduleError::InThePast(1)));
        let a = session(1, now + H);
        let b = session(2, now + H);
        assert_eq!(validate_session(&b, std::slice::from_ref(&a), now), Err(ScheduleError::SameTime(1, 2)));
        assert!(ScheduleError::SameTime(1, 2).message().contains("same time"));
        assert_eq!(validate_session(&session(12, now + H), &[], now), Err(ScheduleError::Number(12)));
        let mut nowhere = session(3, now + 2 * H);
        nowhere.place = "  ".into();
        assert_eq!(validate_session(&nowhere, &[a], now), Err(ScheduleError::Place(3)));
    }

    #[test]
    fn times_are_parsed_strictly() {
        assert_eq!(parse_time("18:00"), Ok(NaiveTime::from_hms_opt(18, 0, 0).unwrap()));
        assert_eq!(parse_time(" 7:05 "), Ok(NaiveTime::from_hms_opt(7, 5, 0).unwrap()));
        for bad in ["", "18", "25:00", "12:60", "ab:cd", "1:5", "-1:00", "12:00:00", "１２:００"] {
            assert_eq!(parse_time(bad), Err(TimeError::NotATime), "{bad}");
        }
    }

    #[test]
    fn quiet_hours_move_a_reminder_to_their_end() {
        let s = [session(1, at(2026, 12, 10, 9, 0))]; // two hours before = 07:00
        let settings = ReminderSettings {
            quiet: Some((
                NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            )),
            ..Default::default()
        };
        let r = reminders_between(&s, &settings, 0, 0, i64::MAX / 4);
        assert_eq!(r[1].due_at_ms, at(2026, 12, 10, 7, 30));
    }

    #[test]
    fn missed_reminders_are_shown_once_not_a_pile() {
        let s = [session(1, at(2026, 12, 10, 10, 0)), session(2, at(2026, 12, 17, 10, 0))];
        let d = plan(&s, &ReminderSettings::default(), 0, at(2026, 12, 1, 0, 0), at(2026, 12, 18, 0, 0), &[]);
        assert!(d.now.is_empty());
        assert_eq!(
            d.missed.as_ref().map(|r| r.key.as_str()),
            Some(format!("soon:2:{}", at(2026, 12, 17, 10, 0)).as_str())
        );
    }

    #[test]
    fn a_reminder_due_in_the_next_minute_is_delivered_once() {
        let s = [session(1, at(2026, 12, 10, 10, 0))];
        let set = ReminderSettings::default();
        let before = at(2026, 12, 10, 7, 59);
        let after = at(2026, 12, 10, 8, 0) + 30_000;
        let d = plan(&s, &set, 0, before, after, &[]);
        assert_eq!(d.now.len(), 1);
        let keys = vec![d.now[0].key.clone()];
        // The clock is set back and runs forward again: nothing twice.
        assert!(plan(&s, &set, 0, after, before, &keys).now.is_empty());
        assert!(plan(&s, &set, 0, before, after, &keys).now.is_empty());
    }

    #[test]
    fn a_time_zone_change_does_not_deliver_the_diary_twice() {
        let set = ReminderSettings { daily_diary_at: parse_time("20:00").ok(), ..Default::default() };
        let d1 = plan(&[], &set, 0, at(2026, 6, 1, 19, 55), at(2026, 6, 1, 20, 1), &[]);
        assert_eq!(d1.now.len(), 1);
        let keys: Vec<_> = d1.now.iter().map(|r| r.key.clone()).collect();
        // Flying west: local 20:00 comes round again an hour later in UTC.
        let d2 = plan(&[], &set, -60, at(2026, 6, 1, 20, 1), at(2026, 6, 1, 21, 1), &keys);
        assert!(d2.now.is_empty(), "{d2:?}");
    }

    proptest! {
        #[test]
        fn no_key_is_ever_delivered_twice(
            steps in prop::collection::vec((-3 * H..6 * H, -720i32..=840), 1..60),
            diary_h in 0u32..24,
        ) {
            let s: Vec<_> = (1..=SESSIONS).map(|n| session(n, at(2026, 12, 1, 10, 0) + i64::from(n) * 24 * H)).collect();
            let set = ReminderSettings { daily_diary_at: NaiveTime::from_hms_opt(diary_h, 0, 0), ..Default::default() };
            let mut clock = at(2026, 11, 30, 0, 0);
            let mut last = clock;
            let mut delivered: Vec<String> = Vec::new();
            for (jump, off) in steps {
                clock += jump; // forward, or set back
                let due = plan(&s, &set, off, last, clock, &delivered);
                for r in due.now.iter().chain(due.missed.iter()) {
                    prop_assert!(!delivered.contains(&r.key), "twice: {}", r.key);
                    delivered.push(r.key.clone());
                }
                last = last.max(clock);
            }
        }
    }
}
