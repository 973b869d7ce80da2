//! The single entry point for every Waymark use-case.
//!
//! **API boundary:** the Tauri shell and the hub's HTTP routes each call these functions in a few
//! lines and add nothing of their own, so the UI behaves the same over IPC and over HTTP. Each
//! use-case takes one request DTO and returns one response DTO or an [`Error`] with a [`Code`].

mod commands;
mod csv;
pub mod diary;
mod dto;
mod error;
pub mod hub;
pub mod limits;
pub mod live;
pub mod office;
pub mod pairing;
mod programme;
pub mod sync;
pub mod typescript;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

pub use commands::COMMANDS;
pub use diary::*;
pub use dto::*;
pub use error::{Code, Error};
pub use hub::*;
pub use live::*;
pub use office::*;
pub use pairing::{
    ConsentView, GetConsentRequest, HubLink, HubProbe, HubProbeRequest, PairWithHubRequest, SYNC_COMMANDS,
    SetConsentRequest, SyncNowRequest, SyncStatusRequest, SyncStatusView,
};
pub use programme::*;
pub use sync::PairedDevice;
use waymark_content::{Content, SOURCE_LOCALE, Session, VoiceOver};
use waymark_core::EventBody;
pub use waymark_core::answer::Answer;
pub use waymark_core::diary::{
    Drink, DrinkType, DrugUse, Route, Substance, Trigger, TriggerKind, Urge, UrgeOutcome,
};
pub use waymark_core::event::{AuditForm, AuditPurpose};
pub use waymark_core::progress::{Aim, DayView, Goal, Insight, PartOfDay, WeekView};
use waymark_store::Store;

/// App-only commands (native audio); the hub has no equivalent because a browser plays `<audio>`.
pub const AUDIO_COMMANDS: &[(&str, &str, &str)] = &[
    ("audio_play", "AudioPlayRequest", "AudioStatus"),
    ("audio_pause", "AudioControlRequest", "AudioStatus"),
    ("audio_resume", "AudioControlRequest", "AudioStatus"),
    ("audio_stop", "AudioControlRequest", "AudioStatus"),
    ("audio_status", "AudioControlRequest", "AudioStatus"),
];

/// Reads the wall clock in milliseconds. Injected so tests control time.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| chrono::Utc::now().timestamp_millis())
}

/// The use-cases over one store. Cheap to clone: clones share the store, content and clock.
#[derive(Clone)]
pub struct Api {
    content: Arc<Content>,
    store: Arc<Result<Mutex<Store>, (PathBuf, String)>>,
    clock: Clock,
    /// `Some(participant)`: every use-case reads and writes that participant's record (in the
    /// hub, after office PIN sign-in; see [`office`]). `None`: the store's own participant.
    acting_for: Option<String>,
}

impl Api {
    /// Open the participant's database. A database that cannot be opened does not stop the app:
    /// [`Api::status`] reports it so the UI can show what to do, and the file is left untouched.
    pub fn open(content: Arc<Content>, db_path: &Path) -> Api {
        let store = Store::open(db_path).map(Mutex::new).map_err(|e| (db_path.to_path_buf(), e.to_string()));
        Api::new(content, store, system_clock())
    }

    pub fn with_store(content: Arc<Content>, store: Store, clock: Clock) -> Api {
        Api::new(content, Ok(Mutex::new(store)), clock)
    }

    fn new(content: Arc<Content>, store: Result<Mutex<Store>, (PathBuf, String)>, clock: Clock) -> Api {
        Api { content, store: Arc::new(store), clock, acting_for: None }
    }

    /// The same use-cases, reading and writing `participant`'s record on this store's own
    /// device stream `(participant, this device, epoch)` — the hub's view for a participant signed
    /// in on office equipment. Nothing else changes: the store, content and clock are shared.
    #[must_use]
    pub(crate) fn for_participant(&self, participant: &str) -> Api {
        Api { acting_for: Some(participant.to_string()), ..self.clone() }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The store, locked, with its identity set to the participant this `Api` acts for (and put
    /// back when the guard drops, so no other caller ever sees it).
    pub(crate) fn store(&self) -> Result<StoreGuard<'_>, Error> {
        match &*self.store {
            Ok(store) => {
                let mut guard = store.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                let acting = self.acting_for.is_some();
                if let Some(participant) = &self.acting_for {
                    guard.act_for(Some(participant));
                }
                Ok(StoreGuard { guard, acting })
            }
            Err((path, reason)) => Err(Error {
                code: Code::DatabaseUnavailable,
                message: format!("Your saved data at {} cannot be opened: {reason}", path.display()),
            }),
        }
    }

    pub fn status(&self, _request: StatusRequest) -> Result<StatusView, Error> {
        let database = match &*self.store {
            Ok(_) => DatabaseStatus::Ok,
            Err((path, reason)) => {
                DatabaseStatus::Unavailable { path: path.display().to_string(), reason: reason.clone() }
            }
        };
        Ok(StatusView {
            version: env!("CARGO_PKG_VERSION").to_string(),
            locales: self.content.locales(),
            database,
        })
    }

    pub fn ui_strings(&self, request: UiStringsRequest) -> Result<UiStrings, Error> {
        let locale = self.locale(&request.locale)?;
        let ftl = self.content.ui_ftl(locale).unwrap_or_default();
        let fallback_ftl = self.content.ui_ftl(SOURCE_LOCALE).unwrap_or_default();
        // Every UI message the source locale has, whatever characters Fluent allows in its id:
        // a hand-written id filter once dropped every id with `_`, silencing 54 labels.
        let voices = self
            .content
            .ui_message_ids(SOURCE_LOCALE)
            .into_iter()
            .filter_map(|id| self.voice(locale, id).map(|v| (id.to_string(), v)))
            .collect();
        Ok(UiStrings { locale: locale.to_string(), ftl, fallback_ftl, voices })
    }

    pub fn list_sessions(&self, request: ListSessionsRequest) -> Result<SessionList, Error> {
        let locale = self.locale(&request.locale)?;
        let store = self.store()?;
        let done = store.completed_steps()?;
        let sessions = self
            .content
            .sessions()
            .iter()
            .map(|session| {
                let completed: Vec<bool> = session
                    .steps
                    .iter()
                    .map(|step| done.iter().any(|d| d.session_id == session.id && d.step_id == step.id))
                    .collect();
                SessionSummary {
                    id: session.id.clone(),
                    number: session.number,
                    title: self.text(locale, &session.title),
                    title_voice: self.voice(locale, &session.title),
                    step_count: count(session.steps.len()),
                    steps_completed: count(completed.iter().filter(|c| **c).count()),
                    resume_step: count(completed.iter().position(|c| !c).unwrap_or(0)),
                }
            })
            .collect();
        Ok(SessionList { sessions })
    }

    pub fn get_step(&self, request: GetStepRequest) -> Result<StepView, Error> {
        let locale = self.locale(&request.locale)?;
        let session = self.session(&request.session_id)?;
        let step =
            usize::try_from(request.step_index).ok().and_then(|i| session.steps.get(i)).ok_or_else(|| {
                Error::invalid(format!(
                    "Session {} has {} steps; there is no step {}.",
                    session.number,
                    session.steps.len(),
                    u64::from(request.step_index) + 1
                ))
            })?;
        let store = self.store()?;
        let completed =
            store.completed_steps()?.iter().any(|d| d.session_id == session.id && d.step_id == step.id);
        let answers = store.answers()?;
        drop(store);
        let answer =
            answers.iter().find(|(s, st, _)| *s == session.id && *st == step.id).map(|(_, _, a)| a.clone());
        Ok(StepView {
            session_id: session.id.clone(),
            session_title: self.text(locale, &session.title),
            step_id: step.id.clone(),
            step_index: request.step_index,
            step_count: count(session.steps.len()),
            kind: step.kind.as_str().to_string(),
            text: self.text(locale, &step.text),
            voice: self.voice(locale, &step.text),
            completed,
            choices: step.choices.iter().map(|c| self.choice(locale, c)).collect(),
            multiple: step.multiple,
            scale: match (&step.scale_low, &step.scale_high) {
                (Some(low), Some(high)) => {
                    Some(ScaleView { low: self.voiced(locale, low), high: self.voiced(locale, high) })
                }
                _ => None,
            },
            fields: self.plan_fields(locale, step, &answers),
            diary: step.diary.map(|d| d.as_str().to_string()),
            feedback: answer.as_ref().and_then(|a| self.quiz_feedback(locale, step, a)),
            answer,
        })
    }

    pub fn complete_step(&self, request: CompleteStepRequest) -> Result<StepCompleted, Error> {
        let session = self.session(&request.session_id)?;
        if !session.steps.iter().any(|s| s.id == request.step_id) {
            return Err(Error::not_found(format!(
                "Session {} has no step called {:?}.",
                session.number, request.step_id
            )));
        }
        let mut store = self.store()?;
        let body = EventBody::StepCompleted { session_id: session.id.clone(), step_id: request.step_id };
        store.append(&body, (self.clock)())?;
        let done = store.completed_steps()?;
        let steps_completed = count(
            session
                .steps
                .iter()
                .filter(|s| done.iter().any(|d| d.session_id == session.id && d.step_id == s.id))
                .count(),
        );
        Ok(StepCompleted {
            session_id: session.id.clone(),
            steps_completed,
            step_count: count(session.steps.len()),
            session_complete: steps_completed == count(session.steps.len()),
        })
    }

    /// Bytes of a voice-over file named by a [`VoiceView::src`]. Not a UI use-case: the shells use
    /// it to play (app) or serve (hub) audio.
    pub fn audio(&self, src: &str) -> Result<&[u8], Error> {
        let not_found = || Error::not_found(format!("There is no audio called {src:?}."));
        let (locale, file) = src.split_once('/').ok_or_else(not_found)?;
        let valid =
            |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        if !valid(locale) || !valid(file) || file.starts_with('.') {
            return Err(not_found());
        }
        self.content.audio(locale, file).ok_or_else(not_found)
    }

    pub(crate) fn locale<'a>(&self, requested: &'a str) -> Result<&'a str, Error> {
        if self.content.locales().iter().any(|l| l == requested) {
            Ok(requested)
        } else {
            Err(Error::invalid(format!(
                "Unknown language {requested:?}; choose one of {}.",
                self.content.locales().join(", ")
            )))
        }
    }

    pub(crate) fn session(&self, id: &str) -> Result<&Session, Error> {
        self.content
            .session(id)
            .ok_or_else(|| Error::not_found(format!("There is no session called {id:?}.")))
    }

    pub(crate) fn text(&self, locale: &str, message_id: &str) -> String {
        self.content.text(locale, message_id).unwrap_or_else(|| message_id.to_string())
    }

    pub(crate) fn voice(&self, locale: &str, message_id: &str) -> Option<VoiceView> {
        let voice = self.content.voice(locale, message_id)?;
        // A message the locale does not define falls back, text and recording, to the source
        // locale; `src` then names the source locale so the UI can mark the text's language.
        let audio_locale = if self.content.has_message(locale, message_id) { locale } else { SOURCE_LOCALE };
        Some(voice_view(audio_locale, voice))
    }
}

/// A locked store acting for the right participant; see [`Api::store`].
pub(crate) struct StoreGuard<'a> {
    guard: MutexGuard<'a, Store>,
    acting: bool,
}

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.guard
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.guard
    }
}

impl Drop for StoreGuard<'_> {
    fn drop(&mut self) {
        if self.acting {
            self.guard.act_for(None);
        }
    }
}

fn voice_view(locale: &str, voice: VoiceOver) -> VoiceView {
    VoiceView {
        src: format!("{locale}/{}", voice.file),
        duration_ms: voice.duration_ms,
        sentences: voice
            .sentences
            .into_iter()
            .map(|s| SentenceTiming { text: s.text, start_ms: s.start_ms, end_ms: s.end_ms })
            .collect(),
    }
}

/// Session and step counts are tiny (at most a few dozen); saturate rather than panic.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
