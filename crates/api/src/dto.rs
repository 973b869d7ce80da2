//! Requests and responses of every use-case. TypeScript types for the UI are generated from
//! these (see [`crate::typescript`]); never write them by hand on the UI side.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StatusView {
    pub version: String,
    pub locales: Vec<String>,
    pub database: DatabaseStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DatabaseStatus {
    Ok,
    /// The app lock is on: the PIN opens the database.
    Locked,
    /// The database could not be opened. The file was left exactly as it was.
    Unavailable {
        path: String,
        problem: DatabaseProblem,
        reason: String,
    },
}

/// Why the database could not be opened, so the error screen can say what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DatabaseProblem {
    /// The file is damaged (or not a Waymark database, or cannot be read).
    Damaged,
    /// The key file beside it belongs to another database.
    WrongKey,
    /// The database is encrypted and its key file is gone.
    MissingKey,
    /// The key file is damaged.
    KeyDamaged,
    /// A newer version of Waymark made it.
    NewerVersion,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UiStringsRequest {
    pub locale: String,
}

/// The UI's Fluent source for a locale plus the source-locale file to fall back on per message,
/// and the voice-over of every label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct UiStrings {
    pub locale: String,
    pub ftl: String,
    pub fallback_ftl: String,
    pub voices: BTreeMap<String, VoiceView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ListSessionsRequest {
    pub locale: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SessionList {
    pub sessions: Vec<SessionSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SessionSummary {
    pub id: String,
    pub number: u8,
    pub title: String,
    pub title_voice: Option<VoiceView>,
    pub step_count: u32,
    pub steps_completed: u32,
    /// Index of the step to open: the first not yet completed (0 when none or all are done).
    pub resume_step: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct GetStepRequest {
    pub locale: String,
    pub session_id: String,
    pub step_index: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StepView {
    pub session_id: String,
    pub session_title: String,
    pub step_id: String,
    pub step_index: u32,
    pub step_count: u32,
    pub kind: String,
    pub text: String,
    pub voice: Option<VoiceView>,
    pub completed: bool,
    /// Choose, quiz: the options; checklist: the items.
    pub choices: Vec<crate::ChoiceView>,
    /// Choose: several may be picked.
    pub multiple: bool,
    /// Rate: the words at each end of the 0–10 scale.
    pub scale: Option<crate::ScaleView>,
    /// Plan: fields pulled from earlier plan steps (with their saved answers), then this step's own.
    pub fields: Vec<crate::PlanFieldView>,
    /// Diary task: `drink`, `drug` or `urge`.
    pub diary: Option<String>,
    /// The saved answer, shown back when the step is opened again.
    pub answer: Option<waymark_core::answer::Answer>,
    /// Quiz: kind feedback on the saved answer.
    pub feedback: Option<crate::QuizFeedback>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CompleteStepRequest {
    pub session_id: String,
    pub step_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StepCompleted {
    pub session_id: String,
    pub steps_completed: u32,
    pub step_count: u32,
    pub session_complete: bool,
}

/// Voice-over of one piece of text: where its audio is and when each sentence is spoken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct VoiceView {
    /// Path under the audio root, `<locale>/<file>`: the hub serves it at `/audio/<src>`, the app
    /// plays it natively by the same name.
    pub src: String,
    pub duration_ms: u32,
    pub sentences: Vec<SentenceTiming>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentenceTiming {
    pub text: String,
    pub start_ms: u32,
    pub end_ms: u32,
    /// When each displayed word is spoken, in order, inside `start_ms..=end_ms`. Empty for a
    /// recording with sentence timings only (the Welsh clips, a human recording): the reader
    /// then marks the sentence and no word.
    #[serde(default)]
    pub words: Vec<WordTiming>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WordTiming {
    pub word: String,
    pub from_ms: u32,
    pub to_ms: u32,
}

/// App only: play a voice-over natively (rodio). In a browser the UI uses `<audio>` instead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AudioPlayRequest {
    /// A [`VoiceView::src`].
    pub src: String,
    /// Where to start, in milliseconds from the beginning.
    pub start_ms: u32,
    /// Playback speed, 0.75 to 1.5.
    pub rate: f32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AudioControlRequest {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaybackState {
    Playing,
    Paused,
    Stopped,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AudioStatus {
    pub state: PlaybackState,
    pub src: Option<String>,
    /// Position in the clip, in milliseconds of the recording (not of wall time at other speeds).
    pub position_ms: u32,
    /// False when no sound device was found: the words still highlight on time, silently.
    pub speaker: bool,
}
