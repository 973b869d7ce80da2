//! The live group session (DESIGN §11), as plain data: which session a group is doing now, at
//! which step, who has joined, and the anonymous tally of answers to the step on screen.
//!
//! **Decisions:**
//! - The projector never shows a name: [`Tally`] holds counts only, no participant id, so
//!   nothing that reads it can name anyone. Who has answered a step is kept apart
//!   ([`Room::answered_by`], for counting each person once; the facilitator's control panel and
//!   nothing else may read names).
//! - A person's first answer to a step is the one counted; a changed answer is their own
//!   `step_answered` event as ever, but the tally, which knows no names, cannot move their count.
//! - The spread of answers is hidden while fewer than [`MIN_SPREAD`] people have answered, so a
//!   choice cannot be traced to one or two people in the room.
//! - Answers are taken only for the step on screen: one sent for a step the room has left is
//!   refused ([`LiveError::StepMovedOn`]), never counted against the new step.

use std::collections::{BTreeMap, BTreeSet};

use crate::answer::Answer;
use serde::{Deserialize, Serialize};

/// Fewer answers than this and the spread is not shown.
pub const MIN_SPREAD: u32 = 3;
/// Most people in one room (a group is twelve or so; this bounds memory against a flood).
pub const MAX_JOINED: usize = 200;
/// Most distinct answer keys counted for one step (a choose step has a handful of choices, a
/// rating eleven values).
pub const MAX_KEYS: usize = 50;

/// What is on now: persisted by the hub, so a restart carries on at the same step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveState {
    /// Random id of this run of the session (a stale or forged id is refused).
    pub id: String,
    pub group_id: String,
    /// Programme session id (`s04`) and number (4).
    pub session_id: String,
    pub session_number: u8,
    /// The step on screen, 0-based, and how many there are.
    pub step_index: u32,
    pub step_count: u32,
    pub started_at_ms: i64,
}

/// The anonymous count of answers to one step: how many answered, and per answer key (a choice
/// id, or a rating `"0"`–`"10"`) how many chose it. No names, by construction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    answered: u32,
    counts: BTreeMap<String, u32>,
}

impl Tally {
    #[must_use]
    pub fn answered(&self) -> u32 {
        self.answered
    }

    /// The spread of answers, or `None` while fewer than [`MIN_SPREAD`] have answered.
    #[must_use]
    pub fn spread(&self) -> Option<&BTreeMap<String, u32>> {
        (self.answered >= MIN_SPREAD).then_some(&self.counts)
    }

    fn add(&mut self, keys: &BTreeSet<String>) {
        self.answered += 1;
        for key in keys {
            *self.counts.entry(key.clone()).or_insert(0) += 1;
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveError {
    /// The answer is for a step the room has left.
    StepMovedOn { answered: u32, now: u32 },
    /// The id is not the session on now (stale or forged).
    NotThisSession,
    /// The person has not joined (or is not in this group).
    NotJoined,
    /// The room is full ([`MAX_JOINED`]).
    Full,
    /// An answer with no keys, too many, or keys this step does not have.
    BadAnswer,
    /// Already at the first or last step.
    NoSuchStep,
}

impl LiveError {
    /// Plain words for the person who sees it.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            LiveError::StepMovedOn { answered, now } => format!(
                "The group has moved on from step {} to step {}. Your answer was saved on your phone only.",
                answered + 1,
                now + 1
            ),
            LiveError::NotThisSession => "That group session is over. Look for the one on now.".into(),
            LiveError::NotJoined => "Join the group session first.".into(),
            LiveError::Full => format!("This group session is full ({MAX_JOINED} people)."),
            LiveError::BadAnswer => "That answer does not fit this step.".into(),
            LiveError::NoSuchStep => "There is no step there.".into(),
        }
    }
}

/// One live session in the hub's memory: its state, who joined, and the tallies.
#[derive(Clone, Debug)]
pub struct Room {
    pub state: LiveState,
    joined: BTreeSet<String>,
    answered_by: BTreeMap<u32, BTreeSet<String>>,
    tallies: BTreeMap<u32, Tally>,
}

impl Room {
    /// A room for `state`, with the people who had joined before (after a hub restart).
    #[must_use]
    pub fn new(state: LiveState, joined: impl IntoIterator<Item = String>) -> Room {
        Room {
            state,
            joined: joined.into_iter().collect(),
            answered_by: BTreeMap::new(),
            tallies: BTreeMap::new(),
        }
    }

    /// `participant` joins; `Ok(true)` if they were not in already.
    pub fn join(&mut self, participant: &str) -> Result<bool, LiveError> {
        if self.joined.contains(participant) {
            return Ok(false);
        }
        if self.joined.len() >= MAX_JOINED {
            return Err(LiveError::Full);
        }
        self.joined.insert(participant.to_string());
        Ok(true)
    }

    #[must_use]
    pub fn has_joined(&self, participant: &str) -> bool {
        self.joined.contains(participant)
    }

    /// Who has joined (for the control panel and attendance, never the projector).
    pub fn joined(&self) -> impl Iterator<Item = &str> {
        self.joined.iter().map(String::as_str)
    }

    #[must_use]
    pub fn headcount(&self) -> u32 {
        u32::try_from(self.joined.len()).unwrap_or(u32::MAX)
    }

    /// Move to `step_index`, within the session.
    pub fn go_to(&mut self, step_index: u32) -> Result<(), LiveError> {
        if step_index >= self.state.step_count {
            return Err(LiveError::NoSuchStep);
        }
        self.state.step_index = step_index;
        Ok(())
    }

    /// `participant`'s answer to `step_index`: `keys` are the choice ids or the rating. The
    /// first answer of each person counts; `valid` says which keys this step has.
    /// `Ok(true)`: counted now; `Ok(false)`: they had answered already.
    pub fn answer(
        &mut self,
        participant: &str,
        step_index: u32,
        keys: &BTreeSet<String>,
        valid: impl Fn(&str) -> bool,
    ) -> Result<bool, LiveError> {
        if !self.joined.contains(participant) {
            return Err(LiveError::NotJoined);
        }
        if step_index != self.state.step_index {
            return Err(LiveError::StepMovedOn { answered: step_index, now: self.state.step_index });
        }
        if keys.is_empty() || keys.len() > MAX_KEYS || !keys.iter().all(|k| valid(k)) {
            return Err(LiveError::BadAnswer);
        }
        let by = self.answered_by.entry(step_index).or_default();
        if !by.insert(participant.to_string()) {
            return Ok(false);
        }
        self.tallies.entry(step_index).or_default().add(keys);
        Ok(true)
    }

    /// The tally of `step_index` (empty if nobody answered).
    #[must_use]
    pub fn tally(&self, step_index: u32) -> Tally {
        self.tallies.get(&step_index).cloned().unwrap_or_default()
    }
}

// ---- The live session's device routes (`/live/v1/…`): wire types shared by the hub and
// `waymark-hub-client`.

/// What is on now for a group, as anyone in it may see it: no names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LiveSummary {
    pub live_id: String,
    pub group_id: String,
    pub session_id: String,
    pub session_number: u8,
    pub session_title: String,
    pub step_index: u32,
    pub step_count: u32,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub started_at_ms: i64,
    /// How many have joined.
    pub headcount: u32,
    /// How many have answered the step on screen (choose, rate and quiz steps).
    pub answered: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct LiveJoinRequest {
    pub live_id: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct LiveAnswerRequest {
    pub live_id: String,
    pub step_index: u32,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LiveAnswered {
    /// `false`: this person's answer to this step was counted already (the first one counts).
    pub counted: bool,
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn room(steps: u32) -> Room {
        let state = LiveState {
            id: "live-1".into(),
            group_id: "g".into(),
            session_id: "s04".into(),
            session_number: 4,
            step_index: 0,
            step_count: steps,
            started_at_ms: 1_000,
        };
        Room::new(state, [])
    }

    fn keys(k: &[&str]) -> BTreeSet<String> {
        k.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn fewer_than_three_answers_show_no_spread() {
        let mut r = room(3);
        for p in ["a", "b", "c"] {
            r.join(p).unwrap();
        }
        r.answer("a", 0, &keys(&["yes"]), |_| true).unwrap();
        r.answer("b", 0, &keys(&["no"]), |_| true).unwrap();
        assert_eq!((r.tally(0).answered(), r.tally(0).spread()), (2, None));
        r.answer("c", 0, &keys(&["yes"]), |_| true).unwrap();
        let spread = r.tally(0).spread().cloned().unwrap();
        assert_eq!(spread, BTreeMap::from([("no".to_string(), 1), ("yes".to_string(), 2)]));
    }

    #[test]
    fn each_person_counts_once_and_only_for_the_step_on_screen() {
        let mut r = room(3);
        r.join("a").unwrap();
        assert_eq!(r.join("a"), Ok(false));
        assert_eq!(r.answer("a", 0, &keys(&["yes"]), |_| true), Ok(true));
        assert_eq!(r.answer("a", 0, &keys(&["no"]), |_| true), Ok(false), "the first answer counts");
        assert_eq!(r.tally(0).answered(), 1);
        r.go_to(1).unwrap();
        assert_eq!(
            r.answer("a", 0, &keys(&["yes"]), |_| true),
            Err(LiveError::StepMovedOn { answered: 0, now: 1 })
        );
        assert_eq!(r.answer("z", 1, &keys(&["yes"]), |_| true), Err(LiveError::NotJoined));
        assert_eq!(r.answer("a", 1, &keys(&["nope"]), |k| k == "yes"), Err(LiveError::BadAnswer));
        assert_eq!(r.answer("a", 1, &keys(&[]), |_| true), Err(LiveError::BadAnswer));
        assert_eq!(r.go_to(3), Err(LiveError::NoSuchStep));
    }

    #[test]
    fn a_room_is_bounded() {
        let mut r = room(1);
        for i in 0..MAX_JOINED {
            r.join(&format!("p{i}")).unwrap();
        }
        assert_eq!(r.join("one-more"), Err(LiveError::Full));
        assert_eq!(r.headcount() as usize, MAX_JOINED);
    }

    proptest! {
        /// No participant id reaches the tally: its serialised form holds none, whatever they answer.
        #[test]
        fn no_participant_id_reaches_the_tally(answers in proptest::collection::vec((0u8..20, 0u8..4), 1..40)) {
            let mut r = room(1);
            let choices = ["alpha", "beta", "gamma", "delta"];
            for (who, choice) in &answers {
                let p = format!("participant-{who}");
                r.join(&p).unwrap();
                let _ = r.answer(&p, 0, &keys(&[choices[*choice as usize]]), |_| true);
            }
            let text = serde_json::to_string(&r.tally(0)).unwrap();
            prop_assert!(!text.contains("participant-"), "{}", text);
            let distinct: BTreeSet<u8> = answers.iter().map(|(w, _)| *w).collect();
            prop_assert_eq!(r.tally(0).answered() as usize, distinct.len());
        }
    }
}
