//! The live group session on the hub (issue 10; DESIGN §11): the facilitator starts session N
//! for a group and moves through its steps; the people in the room join from their phone or an
//! office computer, follow, and answer; the projector shows a headcount, "k answered" and, on
//! demand, the spread of answers, never a name.
//!
//! **Decisions:**
//! - One live session per group at a time; a second *Start* while one runs is refused in plain
//!   words (end it first).
//! - The state (which session, which step, when it started, who joined) is persisted in
//!   `live_sessions`, so a restarted hub carries on at the same step with the same people. The
//!   tally is in memory only ([`waymark_core::live`]): a restart starts counting again.
//! - Only members of the group can join its session; the live id in every call must be the one
//!   on now (a stale or forged id is refused).
//! - A participant's answer and the steps they follow are *their own* events, written by their
//!   own device (or, for an office computer, on the hub in their record) through the ordinary
//!   participant use-cases; the live session only receives the tally key, with no name.
//! - Followers learn of a change through [`Hub::live_wait`]: every change bumps the group's
//!   version and wakes the waiters; the hub crate turns that into a server push (Server-Sent
//!   Events) to every follower of the group. (A blocking wait keeps this crate free of an async
//!   runtime; the hub runs each wait on a blocking thread, one per follower.)

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_content::StepKind;
use waymark_core::answer::Answer;
use waymark_core::live::{LiveError, LiveState, Room};

use crate::{Code, Error, Hub, StepView};

// ---- DTOs -------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StartLiveRequest {
    pub group_id: String,
    /// 1–11.
    pub session_number: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LiveGoRequest {
    pub live_id: String,
    /// The step to show, 0-based.
    pub step_index: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LiveControlRequest {
    pub group_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PresenterRequest {
    pub live_id: String,
    pub locale: String,
    /// Show the spread of answers of a choose, rate or quiz step (if 3 or more answered).
    #[serde(default)]
    pub show_spread: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EndLiveRequest {
    pub live_id: String,
    /// Members present: those who joined, as ticked by the facilitator, plus anyone in the room
    /// without a device.
    pub present: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveMember {
    pub member_id: String,
    pub display_name: String,
}

/// The facilitator's control panel (their own screen, never the projector): who joined, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveControl {
    pub live: Option<LiveSummary>,
    pub joined: Vec<LiveMember>,
    /// Members of the group who have not joined (to tick if present without a device).
    pub not_joined: Vec<LiveMember>,
}

/// One answer's share of the room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpreadItem {
    pub key: String,
    pub label: String,
    pub count: u32,
}

/// The projector's screen: the step, "step n of m", the headcount and "k answered", and on
/// demand the spread. No names, by construction (nothing here holds one).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct PresenterView {
    pub live: LiveSummary,
    pub step: StepView,
    /// The spread, when asked for and 3 or more have answered.
    pub spread: Option<Vec<SpreadItem>>,
    /// Asked for, but fewer than 3 have answered: say so instead.
    pub spread_hidden: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveEnded {
    /// Attendance records written (one per member present).
    pub attendance_marked: u32,
}

/// The app asks to follow the live session of its group (the Rust side holds the hub's push
/// stream and sends each change to the screen).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LiveFollowRequest {}

/// What a follower knows of the live session: the latest push, and whether the hub can be
/// reached now (`false`: show "Lost the office hub — trying again", keep the last step).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveNowView {
    pub live: Option<LiveSummary>,
    pub connected: bool,
}

pub use waymark_core::live::{LiveAnswerRequest, LiveAnswered, LiveJoinRequest, LiveSummary};

/// The hub's live rooms, by group, loaded from the store on first use; and per group a version
/// that every change bumps, for followers waiting on a change.
#[derive(Default)]
pub(crate) struct Rooms {
    rooms: Mutex<Option<BTreeMap<String, Room>>>,
    versions: Mutex<BTreeMap<String, u64>>,
    bumped: Condvar,
    /// Set when the hub stops: every wait returns at once and followers' streams end (they
    /// reconnect to the next hub and carry on from the persisted state).
    closing: std::sync::atomic::AtomicBool,
}

fn live_error(e: &LiveError) -> Error {
    let code = match e {
        LiveError::NotThisSession => Code::NotFound,
        LiveError::NotJoined => Code::Forbidden,
        LiveError::Full => Code::TooManyTries,
        LiveError::StepMovedOn { .. } | LiveError::BadAnswer | LiveError::NoSuchStep => Code::InvalidInput,
    };
    Error { code, message: e.message() }
}

impl Hub {
    /// Wait until `group_id`'s live session changes after version `seen` (started, moved,
    /// joined, answered, ended), or `timeout` passes. Returns the version now: the same as
    /// `seen` if nothing changed. Version 0 is "never changed since the hub started", so a
    /// first call with `seen = u64::MAX` returns at once. `None`: the hub is stopping
    /// ([`Hub::close_live`]); end the stream.
    pub fn live_wait(&self, group_id: &str, seen: u64, timeout: Duration) -> Option<u64> {
        let closing = || self.rooms.closing.load(std::sync::atomic::Ordering::SeqCst);
        let versions = self.rooms.versions.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let current = |v: &BTreeMap<String, u64>| v.get(group_id).copied().unwrap_or(0);
        if closing() {
            return None;
        }
        if current(&versions) != seen {
            return Some(current(&versions));
        }
        let (versions, _) = self
            .rooms
            .bumped
            .wait_timeout_while(versions, timeout, |v| current(v) == seen && !closing())
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        (!closing()).then(|| current(&versions))
    }

    /// The hub is stopping: wake every follower's wait and end their streams.
    pub fn close_live(&self) {
        let _versions = self.rooms.versions.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        self.rooms.closing.store(true, std::sync::atomic::Ordering::SeqCst);
        self.rooms.bumped.notify_all();
    }

    fn changed(&self, group_id: &str) {
        let mut versions = self.rooms.versions.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *versions.entry(group_id.to_string()).or_insert(0) += 1;
        self.rooms.bumped.notify_all();
    }

    fn rooms(&self) -> Result<MutexGuard<'_, Option<BTreeMap<String, Room>>>, Error> {
        let mut rooms = self.rooms.rooms.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if rooms.is_none() {
            let saved = self.api.store()?.live_sessions()?;
            *rooms = Some(
                saved
                    .into_iter()
                    .map(|(state, joined)| (state.group_id.clone(), Room::new(state, joined)))
                    .collect(),
            );
        }
        Ok(rooms)
    }

    fn save(&self, room: &Room) -> Result<(), Error> {
        let joined: Vec<&str> = room.joined().collect();
        self.api.store()?.live_save(&room.state, &joined)?;
        Ok(())
    }

    fn summary(&self, room: &Room) -> LiveSummary {
        let state = &room.state;
        let title = self
            .api
            .content()
            .session(&state.session_id)
            .map(|s| self.api.text(waymark_content::SOURCE_LOCALE, &s.title))
            .unwrap_or_default();
        LiveSummary {
            live_id: state.id.clone(),
            group_id: state.group_id.clone(),
            session_id: state.session_id.clone(),
            session_number: state.session_number,
            session_title: title,
            step_index: state.step_index,
            step_count: state.step_count,
            started_at_ms: state.started_at_ms,
            headcount: room.headcount(),
            answered: room.tally(state.step_index).answered(),
        }
    }

    /// The room whose live id is `live_id`, or "that session is over".
    fn room_mut<'a>(rooms: &'a mut BTreeMap<String, Room>, live_id: &str) -> Result<&'a mut Room, Error> {
        rooms
            .values_mut()
            .find(|r| r.state.id == live_id)
            .ok_or_else(|| live_error(&LiveError::NotThisSession))
    }

    // ---- The facilitator ------------------------------------------------------------------

    pub fn start_live(&self, request: StartLiveRequest) -> Result<LiveControl, Error> {
        let session = self
            .api
            .content()
            .sessions()
            .iter()
            .find(|s| s.number == request.session_number)
            .ok_or_else(|| Error::invalid("The session number must be from 1 to 11."))?;
        let group = self
            .api
            .store()?
            .hub_group(&request.group_id)?
            .ok_or_else(|| Error::not_found("There is no such group."))?;
        {
            let mut rooms = self.rooms()?;
            let rooms = rooms.get_or_insert_default();
            if let Some(on) = rooms.get(&group.id) {
                return Err(Error::invalid(format!(
                    "Session {} is running for this group. End it before you start another.",
                    on.state.session_number
                )));
            }
            let state = LiveState {
                id: uuid::Uuid::new_v4().to_string(),
                group_id: group.id.clone(),
                session_id: session.id.clone(),
                session_number: session.number,
                step_index: 0,
                step_count: crate::count(session.steps.len()),
                started_at_ms: (self.api.clock)(),
            };
            let room = Room::new(state, []);
            self.save(&room)?;
            rooms.insert(group.id.clone(), room);
        }
        self.changed(&group.id);
        self.live_control(LiveControlRequest { group_id: group.id })
    }

    /// Show step `step_index` (→/PageDown next, ←/PageUp back on the presenter).
    pub fn live_go(&self, request: LiveGoRequest) -> Result<LiveSummary, Error> {
        let (summary, group) = {
            let mut rooms = self.rooms()?;
            let room = Self::room_mut(rooms.get_or_insert_default(), &request.live_id)?;
            room.go_to(request.step_index).map_err(|e| live_error(&e))?;
            self.save(room)?;
            (self.summary(room), room.state.group_id.clone())
        };
        self.changed(&group);
        Ok(summary)
    }

    /// The control panel: what is on for the group, and who joined by name.
    pub fn live_control(&self, request: LiveControlRequest) -> Result<LiveControl, Error> {
        let members = self.api.store()?.hub_members(&request.group_id)?;
        let rooms = self.rooms()?;
        let room = rooms.as_ref().and_then(|r| r.get(&request.group_id));
        let (mut joined, mut not_joined) = (Vec::new(), Vec::new());
        for m in members {
            let view = LiveMember { member_id: m.id, display_name: m.display_name };
            match (&m.participant, room) {
                (Some(p), Some(room)) if room.has_joined(p) => joined.push(view),
                _ => not_joined.push(view),
            }
        }
        Ok(LiveControl { live: room.map(|r| self.summary(r)), joined, not_joined })
    }

    /// The projector's screen for the step on now.
    pub fn presenter_view(&self, request: PresenterRequest) -> Result<PresenterView, Error> {
        let locale = self.api.locale(&request.locale)?.to_string();
        let (live, tally) = {
            let mut rooms = self.rooms()?;
            let room = Self::room_mut(rooms.get_or_insert_default(), &request.live_id)?;
            (self.summary(room), room.tally(room.state.step_index))
        };
        let step = self.api.step_content(&locale, &live.session_id, live.step_index)?;
        let tallied = matches!(step.kind.as_str(), "choose" | "rate" | "quiz");
        let (spread, spread_hidden) = match (request.show_spread && tallied, tally.spread()) {
            (false, _) => (None, false),
            (true, None) => (None, true),
            (true, Some(counts)) => {
                let label = |key: &str| {
                    step.choices
                        .iter()
                        .find(|c| c.id == key)
                        .map_or_else(|| key.to_string(), |c| c.label.text.clone())
                };
                let items: Vec<SpreadItem> = if step.kind == "rate" {
                    (0..=10)
                        .map(|v| v.to_string())
                        .map(|k| SpreadItem {
                            count: counts.get(&k).copied().unwrap_or(0),
                            label: k.clone(),
                            key: k,
                        })
                        .collect()
                } else {
                    step.choices
                        .iter()
                        .map(|c| SpreadItem {
                            key: c.id.clone(),
                            label: label(&c.id),
                            count: counts.get(&c.id).copied().unwrap_or(0),
                        })
                        .collect()
                };
                (Some(items), false)
            }
        };
        Ok(PresenterView { live, step, spread, spread_hidden })
    }

    /// End the session: attendance for the members ticked present (those who joined are ticked
    /// by the screen; the facilitator adds anyone in the room without a device).
    pub fn end_live(&self, request: EndLiveRequest) -> Result<LiveEnded, Error> {
        let (state, group) = {
            let mut rooms = self.rooms()?;
            let rooms = rooms.get_or_insert_default();
            let room = Self::room_mut(rooms, &request.live_id)?;
            (room.state.clone(), room.state.group_id.clone())
        };
        let members = self.api.store()?.hub_members(&group)?;
        let mut marked = 0;
        for member_id in &request.present {
            if !members.iter().any(|m| &m.id == member_id) {
                return Err(Error::invalid(
                    "Someone ticked is not in this group. Nobody was marked; try again.",
                ));
            }
        }
        // Everyone in the group gets a record: present if ticked, absent otherwise (so "absent"
        // never means "not held yet"). The facilitator corrects a mistake later, in the register.
        let held =
            self.held_session(&group, state.session_number, state.started_at_ms, (self.api.clock)())?;
        for member in &members {
            let status = if request.present.contains(&member.id) {
                marked += 1;
                waymark_core::AttendanceStatus::Present
            } else {
                waymark_core::AttendanceStatus::Absent
            };
            self.write_attendance(&member.id, state.session_number, status, held.clone(), false)?;
        }
        self.api.store()?.live_end(&state.id)?;
        if let Some(rooms) = self.rooms()?.as_mut() {
            rooms.remove(&group);
        }
        self.changed(&group);
        Ok(LiveEnded { attendance_marked: marked })
    }

    // ---- A participant in the room ----------------------------------------------------------

    /// The session on now for `participant`'s group, if any ("Group session 4 is on now — Join").
    pub fn live_now(&self, participant: &str) -> Result<Option<LiveSummary>, Error> {
        let Some(member) = self.api.store()?.hub_member_of(participant)? else { return Ok(None) };
        let rooms = self.rooms()?;
        Ok(rooms.as_ref().and_then(|r| r.get(&member.group_id)).map(|room| self.summary(room)))
    }

    /// The group of `participant`, if they are a member (what their push stream follows).
    pub fn live_group_of(&self, participant: &str) -> Result<Option<String>, Error> {
        Ok(self.api.store()?.hub_member_of(participant)?.map(|m| m.group_id))
    }

    pub fn live_join(&self, participant: &str, request: LiveJoinRequest) -> Result<LiveSummary, Error> {
        let member =
            self.api.store()?.hub_member_of(participant)?.ok_or_else(|| live_error(&LiveError::NotJoined))?;
        let (summary, new) = {
            let mut rooms = self.rooms()?;
            let room = Self::room_mut(rooms.get_or_insert_default(), &request.live_id)?;
            if room.state.group_id != member.group_id {
                return Err(Error {
                    code: Code::Forbidden,
                    message: "This group session is for another group. Ask your facilitator.".into(),
                });
            }
            let new = room.join(participant).map_err(|e| live_error(&e))?;
            if new {
                self.save(room)?;
            }
            (self.summary(room), new)
        };
        if new {
            self.changed(&member.group_id);
        }
        Ok(summary)
    }

    /// One more for the answer's choice (or rating) on the step on screen, with no name.
    pub fn live_answer(&self, participant: &str, request: LiveAnswerRequest) -> Result<LiveAnswered, Error> {
        let (counted, group) = {
            let mut rooms = self.rooms()?;
            let room = Self::room_mut(rooms.get_or_insert_default(), &request.live_id)?;
            let session = self.api.session(&room.state.session_id)?;
            let step = usize::try_from(request.step_index)
                .ok()
                .and_then(|i| session.steps.get(i))
                .ok_or_else(|| live_error(&LiveError::NoSuchStep))?;
            let keys: BTreeSet<String> = match (&step.kind, &request.answer) {
                (StepKind::Choose | StepKind::Quiz, Answer::Choices { ids }) => ids.iter().cloned().collect(),
                (StepKind::Rate, Answer::Rating { value }) => BTreeSet::from([value.to_string()]),
                _ => return Err(live_error(&LiveError::BadAnswer)),
            };
            let valid = |key: &str| match step.kind {
                StepKind::Rate => key.parse::<u8>().is_ok_and(|v| v <= 10),
                _ => step.choices.iter().any(|c| c.id == key),
            };
            let counted =
                room.answer(participant, request.step_index, &keys, valid).map_err(|e| live_error(&e))?;
            (counted, room.state.group_id.clone())
        };
        if counted {
            self.changed(&group);
        }
        Ok(LiveAnswered { counted })
    }
}

impl crate::Api {
    /// A participant following the live session: the step on the room's screen, as their own
    /// screen shows it (with their own earlier answer), and — the first time — a `step_completed`
    /// event of their own, so following a session in the room counts as doing it (DESIGN §11).
    /// Nothing about the live session itself is stored here; the phone (or the office computer)
    /// calls this when the hub's push names a new step.
    pub fn follow_live_step(&self, request: crate::GetStepRequest) -> Result<StepView, Error> {
        let mut view = self.get_step(request)?;
        if !view.completed {
            self.complete_step(crate::CompleteStepRequest {
                session_id: view.session_id.clone(),
                step_id: view.step_id.clone(),
            })?;
            view.completed = true;
        }
        Ok(view)
    }

    /// A step's content only (text, voice, choices), with nothing of any participant: what the
    /// projector shows.
    pub(crate) fn step_content(
        &self,
        locale: &str,
        session_id: &str,
        step_index: u32,
    ) -> Result<StepView, Error> {
        let session = self.session(session_id)?;
        let step = usize::try_from(step_index)
            .ok()
            .and_then(|i| session.steps.get(i))
            .ok_or_else(|| live_error(&LiveError::NoSuchStep))?;
        Ok(StepView {
            session_id: session.id.clone(),
            session_title: self.text(locale, &session.title),
            step_id: step.id.clone(),
            step_index,
            step_count: crate::count(session.steps.len()),
            kind: step.kind.as_str().to_string(),
            text: self.text(locale, &step.text),
            voice: self.voice(locale, &step.text),
            completed: false,
            choices: step.choices.iter().map(|c| self.choice(locale, c)).collect(),
            multiple: step.multiple,
            scale: match (&step.scale_low, &step.scale_high) {
                (Some(low), Some(high)) => {
                    Some(crate::ScaleView { low: self.voiced(locale, low), high: self.voiced(locale, high) })
                }
                _ => None,
            },
            fields: Vec::new(),
            diary: step.diary.map(|d| d.as_str().to_string()),
            feedback: None,
            answer: None,
        })
    }
}
