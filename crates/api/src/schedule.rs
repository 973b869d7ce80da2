//! The group schedule (issue 14 point 1): the facilitator sets date, time and place for each of
//! the group's 11 sessions and may move or cancel one; the participant sees the next one.
//!
//! **Decisions:**
//!
//! - The facilitator's date and time are the office's local time (`chrono::Local` on the hub
//!   machine, as the register's are); the instant is stored (`starts_at_ms`), so a phone in
//!   another zone shows its own local time for the same moment.
//! - The group's schedule is hub administration state (`hub_schedule`, updated in place). Each
//!   change is also a `session_scheduled` event written into every member's namespace on the
//!   hub's stream, like attendance, so it reaches their phone at the next sync; a member added
//!   later is given the group's schedule as it stands. A change that changes nothing writes
//!   nothing (no duplicate records, no duplicate reminders).
//! - "Moved" means the session had another start time before; a changed place alone keeps the
//!   status. A cancelled session keeps its date and place so the phone can say which one is
//!   off; setting it again brings it back.
//! - Checked against `now` (the hub's clock) and the rest of the group's schedule with
//!   [`waymark_core::reminder::validate_session`]: not in the past, not at the same time as
//!   another session, a place of 1 to 80 letters. Nothing is stored when a check fails.
//! - The place is the facilitator's own words, so it has no recording; the phone's *Hear this*
//!   says the session, day, date and time, and then whether the place is the same as last time,
//!   new (ask your facilitator), or simply on the screen ([`PlaceHeard`]).

use chrono::{Datelike, NaiveDate, TimeZone, Timelike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_core::EventBody;
use waymark_core::reminder::{ScheduledSession, SessionStatus, next_session, parse_time, validate_session};

use crate::hub::{SESSION_NUMBERS, member_participant};
use crate::{Api, Error, Hub, VoiceView};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct GroupScheduleRequest {
    pub group_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetSessionTimeRequest {
    pub group_id: String,
    /// 1 to 11.
    pub number: u8,
    /// The office's local date, `YYYY-MM-DD`.
    pub date: String,
    /// The office's local time, `HH:MM` (24-hour).
    pub time: String,
    /// Where the group meets, 1 to 80 letters.
    pub place: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CancelSessionRequest {
    pub group_id: String,
    pub number: u8,
}

/// One of the group's 11 sessions on the facilitator's schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScheduleSlot {
    pub number: u8,
    pub title: String,
    /// `None` until a date is set.
    pub when: Option<SessionTime>,
    pub place: String,
    pub status: Option<SessionStatus>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupSchedule {
    pub group_id: String,
    pub sessions: Vec<ScheduleSlot>,
}

/// A moment as a person reads and hears it, in one time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionTime {
    #[ts(type = "number")]
    pub starts_at_ms: i64,
    /// Local date `YYYY-MM-DD` and time `HH:MM`.
    pub date: String,
    pub time: String,
    /// 0 = Monday … 6 = Sunday (the UI's `weekday-<n>` messages).
    pub weekday: u8,
    pub day: u8,
    /// 1 = January … 12.
    pub month: u8,
    pub hour: u8,
    pub minute: u8,
}

impl SessionTime {
    fn at(starts_at_ms: i64, utc_offset_minutes: i32) -> SessionTime {
        let local =
            chrono::DateTime::from_timestamp_millis(starts_at_ms + i64::from(utc_offset_minutes) * 60_000)
                .unwrap_or_default()
                .naive_utc();
        SessionTime {
            starts_at_ms,
            date: local.format("%Y-%m-%d").to_string(),
            time: local.format("%H:%M").to_string(),
            weekday: u8::try_from(local.weekday().num_days_from_monday()).unwrap_or(0),
            day: u8::try_from(local.day()).unwrap_or(1),
            month: u8::try_from(local.month()).unwrap_or(1),
            hour: u8::try_from(local.hour()).unwrap_or(0),
            minute: u8::try_from(local.minute()).unwrap_or(0),
        }
    }

    /// In the office's zone (the hub machine's), as the facilitator set it.
    fn office(starts_at_ms: i64) -> SessionTime {
        let offset = chrono::Local
            .timestamp_millis_opt(starts_at_ms)
            .single()
            .map_or(0, |t| t.offset().local_minus_utc() / 60);
        SessionTime::at(starts_at_ms, offset)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NextSessionRequest {
    pub locale: String,
    /// The phone's offset from UTC now, in minutes (east positive), for the local day and time.
    pub utc_offset_minutes: i32,
}

/// A session of the participant's group, as their phone shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct UpcomingSession {
    pub number: u8,
    pub title: String,
    pub title_voice: Option<VoiceView>,
    pub when: SessionTime,
    pub place: String,
    /// What *Hear this* can say about the place, which is on screen only (see the module doc).
    pub place_heard: PlaceHeard,
    pub status: SessionStatus,
}

/// The place is the facilitator's own words and has no recording, but someone who cannot read
/// can still hear whether it is where they went last time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaceHeard {
    /// No earlier session of the group is on the schedule: "The place is on the screen."
    OnScreen,
    /// The same place as the group's session before it (not counting cancelled ones).
    SameAsLast,
    /// A different place from the session before it: said plainly, with "ask your facilitator".
    New,
}

/// How the place of `s` compares with the group's last session on before it. Places are the
/// facilitator's typing, so case and spacing do not count as a change.
fn place_heard(schedule: &[ScheduledSession], s: &ScheduledSession) -> PlaceHeard {
    let norm = |p: &str| p.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let last = schedule
        .iter()
        .filter(|e| e.status != SessionStatus::Cancelled && e.starts_at_ms < s.starts_at_ms)
        .max_by_key(|e| e.starts_at_ms);
    match last {
        None => PlaceHeard::OnScreen,
        Some(e) if norm(&e.place) == norm(&s.place) => PlaceHeard::SameAsLast,
        Some(_) => PlaceHeard::New,
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct NextSessionView {
    /// The next session that is on and has not started; `None` when none is set.
    pub next: Option<UpcomingSession>,
    /// A cancelled session that would have come before `next` (or any still to come, without
    /// one): the phone says plainly that it is off.
    pub cancelled: Option<UpcomingSession>,
}

/// The office's local date and time typed by the facilitator, as an instant.
fn office_instant(date: &str, time: &str) -> Result<i64, Error> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid("That is not a date. Use the date picker, or type it like 2026-12-10.")
    })?;
    let time = parse_time(time).map_err(|e| Error::invalid(e.message()))?;
    match chrono::Local.from_local_datetime(&date.and_time(time)) {
        chrono::LocalResult::Single(t) => Ok(t.timestamp_millis()),
        // The clocks go back: the earlier of the two.
        chrono::LocalResult::Ambiguous(a, _) => Ok(a.timestamp_millis()),
        chrono::LocalResult::None => Err(Error::invalid(
            "That time does not happen on that day, because the clocks change. Choose another time.",
        )),
    }
}

fn check_number(number: u8) -> Result<(), Error> {
    if SESSION_NUMBERS.contains(&number) {
        Ok(())
    } else {
        Err(Error::invalid("The session number must be from 1 to 11."))
    }
}

impl Hub {
    /// The group's 11 sessions, with what is set for each.
    pub fn group_schedule(&self, request: GroupScheduleRequest) -> Result<GroupSchedule, Error> {
        let store = self.api.store()?;
        if store.hub_group(&request.group_id)?.is_none() {
            return Err(Error::not_found("There is no such group."));
        }
        let set = store.hub_schedule(&request.group_id)?;
        drop(store);
        let locale = waymark_content::SOURCE_LOCALE;
        let sessions = self
            .api
            .content
            .sessions()
            .iter()
            .map(|s| {
                let mine = set.iter().find(|x| x.number == s.number);
                ScheduleSlot {
                    number: s.number,
                    title: self.api.text(locale, &s.title),
                    when: mine.map(|x| SessionTime::office(x.starts_at_ms)),
                    place: mine.map(|x| x.place.clone()).unwrap_or_default(),
                    status: mine.map(|x| x.status),
                }
            })
            .collect();
        Ok(GroupSchedule { group_id: request.group_id, sessions })
    }

    /// Set or move one session's date, time and place.
    pub fn set_session_time(&self, request: SetSessionTimeRequest) -> Result<GroupSchedule, Error> {
        check_number(request.number)?;
        let starts_at_ms = office_instant(&request.date, &request.time)?;
        let earlier = self.api.store()?.hub_scheduled(&request.group_id, request.number)?;
        let status = match &earlier {
            Some(e) if e.starts_at_ms != starts_at_ms => SessionStatus::Moved,
            Some(e) if e.status == SessionStatus::Moved => SessionStatus::Moved,
            _ => SessionStatus::Scheduled,
        };
        let session = ScheduledSession {
            number: request.number,
            starts_at_ms,
            place: request.place.trim().to_string(),
            status,
        };
        self.put_session(&request.group_id, session)
    }

    /// Cancel one session; it stays on the schedule, marked cancelled.
    pub fn cancel_session(&self, request: CancelSessionRequest) -> Result<GroupSchedule, Error> {
        check_number(request.number)?;
        let Some(earlier) = self.api.store()?.hub_scheduled(&request.group_id, request.number)? else {
            return Err(Error::invalid(format!(
                "Session {} has no date yet, so there is nothing to cancel.",
                request.number
            )));
        };
        self.put_session(&request.group_id, ScheduledSession { status: SessionStatus::Cancelled, ..earlier })
    }

    fn put_session(&self, group_id: &str, session: ScheduledSession) -> Result<GroupSchedule, Error> {
        let now = (self.api.clock)();
        {
            let mut store = self.api.store()?;
            if store.hub_group(group_id)?.is_none() {
                return Err(Error::not_found("There is no such group."));
            }
            let others = store.hub_schedule(group_id)?;
            validate_session(&session, &others, now).map_err(|e| Error::invalid(e.message()))?;
            if others.contains(&session) {
                // Nothing changed: write nothing, so the phone never hears of it twice.
                drop(store);
                return self.group_schedule(GroupScheduleRequest { group_id: group_id.to_string() });
            }
            store.hub_set_scheduled(group_id, &session, now)?;
            for member in store.hub_members(group_id)? {
                let participant = member_participant(&mut store, &member)?;
                store.append_for(
                    &participant,
                    &EventBody::SessionScheduled { session: session.clone() },
                    now,
                )?;
            }
        }
        self.group_schedule(GroupScheduleRequest { group_id: group_id.to_string() })
    }

    /// Give a member just added the group's schedule as it stands (nothing if none is set).
    pub(crate) fn give_schedule(&self, member_id: &str) -> Result<(), Error> {
        let now = (self.api.clock)();
        let mut store = self.api.store()?;
        let Some(member) = store.hub_member(member_id)? else { return Ok(()) };
        let schedule = store.hub_schedule(&member.group_id)?;
        if schedule.is_empty() {
            return Ok(());
        }
        let participant = member_participant(&mut store, &member)?;
        for session in schedule {
            store.append_for(&participant, &EventBody::SessionScheduled { session }, now)?;
        }
        Ok(())
    }
}

impl Api {
    /// The participant's next group session, from the schedule their hub sent.
    pub fn next_session(&self, request: NextSessionRequest) -> Result<NextSessionView, Error> {
        let locale = self.locale(&request.locale)?;
        crate::utc_offset(request.utc_offset_minutes)?;
        let now = (self.clock)();
        let store = self.store()?;
        let participant = store.identity().stream.participant.clone();
        let schedule = store.schedule_of(&participant)?;
        drop(store);
        let view = |s: &ScheduledSession| {
            let session = self.content.sessions().iter().find(|c| c.number == s.number);
            UpcomingSession {
                number: s.number,
                title: session.map(|c| self.text(locale, &c.title)).unwrap_or_default(),
                title_voice: session.and_then(|c| self.voice(locale, &c.title)),
                when: SessionTime::at(s.starts_at_ms, request.utc_offset_minutes),
                place: s.place.clone(),
                place_heard: place_heard(&schedule, s),
                status: s.status,
            }
        };
        let next = next_session(&schedule, now);
        let before = next.map_or(i64::MAX, |n| n.starts_at_ms);
        let cancelled = schedule
            .iter()
            .filter(|s| {
                s.status == SessionStatus::Cancelled && s.starts_at_ms > now && s.starts_at_ms < before
            })
            .min_by_key(|s| s.starts_at_ms);
        Ok(NextSessionView { next: next.map(view), cancelled: cancelled.map(view) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(number: u8, day: i64, place: &str, status: SessionStatus) -> ScheduledSession {
        ScheduledSession { number, starts_at_ms: day * 86_400_000, place: place.into(), status }
    }

    #[test]
    fn the_place_is_heard_as_on_screen_the_same_as_last_time_or_new() {
        use SessionStatus::*;
        let schedule = vec![
            session(1, 10, "Southend office", Scheduled),
            session(2, 17, " southend  Office ", Moved),
            session(3, 24, "Basildon library", Cancelled),
            session(4, 31, "Basildon library", Scheduled),
        ];
        assert_eq!(place_heard(&schedule, &schedule[0]), PlaceHeard::OnScreen, "nothing before it");
        assert_eq!(place_heard(&schedule, &schedule[1]), PlaceHeard::SameAsLast, "case and spaces");
        // Session 3 was cancelled, so session 4 is compared with session 2, where the group met.
        assert_eq!(place_heard(&schedule, &schedule[3]), PlaceHeard::New);
        // A cancelled session says where it would have been, against the last one on.
        assert_eq!(place_heard(&schedule, &schedule[2]), PlaceHeard::New);
    }
}
