//! The single entry point for every Waymark use-case.
//!
//! **API boundary:** the Tauri shell and the hub's HTTP routes each call these functions in a few
//! lines and add nothing of their own, so the UI behaves the same over IPC and over HTTP. Each
//! use-case takes one request DTO and returns one response DTO or an [`Error`] with a [`Code`].

pub mod backup;
mod commands;
mod commit;
mod csv;
pub mod diary;
mod dto;
mod erase;
mod error;
pub mod hub;
pub mod limits;
pub mod live;
pub mod lock;
pub mod office;
pub mod pairing;
mod programme;
pub mod register;
pub mod reminders;
pub mod room_voice;
pub mod schedule;
pub mod streaks;
pub mod sync;
pub mod typescript;
pub mod vault;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

pub use backup::*;
pub use commands::COMMANDS;
pub use diary::*;
pub use dto::*;
pub use error::{Code, Error};
pub use hub::*;
pub use live::*;
pub use lock::*;
pub use office::*;
pub use pairing::{
    ConsentView, GetConsentRequest, HubLink, HubProbe, HubProbeRequest, PairWithHubRequest, SYNC_COMMANDS,
    SetConsentRequest, SyncNowRequest, SyncStatusRequest, SyncStatusView,
};
pub use programme::*;
pub use register::*;
pub use reminders::*;
pub use room_voice::RoomVoice;
pub use schedule::*;
pub use streaks::*;
pub use sync::PairedDevice;
use waymark_content::{Content, SOURCE_LOCALE, Session, VoiceOver};
use waymark_core::EventBody;
pub use waymark_core::answer::Answer;
pub use waymark_core::diary::{
    Drink, DrinkType, DrugUse, Route, Substance, Trigger, TriggerKind, Urge, UrgeOutcome,
};
pub use waymark_core::event::{AuditForm, AuditPurpose};
pub use waymark_core::progress::{Aim, DayView, Goal, Insight, PartOfDay, WeekView};
pub use waymark_core::reminder::{LockScreenMessage, SessionStatus};
pub use waymark_core::streak::{Baseline, DayKind, Lapse, Streaks};
use waymark_store::{DbKey, Store, StoreError};

use crate::programme::StepsDone;
use crate::vault::{KeyState, Keystore, Vault};

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

/// The one check of a UTC offset sent from outside (minutes; real zones are within 14 hours).
pub(crate) fn utc_offset(minutes: i32) -> Result<i32, Error> {
    if (-14 * 60..=14 * 60).contains(&minutes) {
        Ok(minutes)
    } else {
        Err(Error::invalid("The time zone offset must be between -14 and +14 hours."))
    }
}

/// The use-cases over one store. Cheap to clone: clones share the store, content and clock.
#[derive(Clone)]
pub struct Api {
    content: Arc<Content>,
    store: Arc<Mutex<Slot>>,
    clock: Clock,
    /// `Some(participant)`: every use-case reads and writes that participant's record (in the
    /// hub, after office PIN sign-in; see [`office`]). `None`: the store's own participant.
    acting_for: Option<String>,
    /// The database file and its key file; `None` for an in-memory store.
    db_path: Option<PathBuf>,
    vault: Option<Vault>,
    /// The participant's own app, where the app lock may be set ([`lock`]); not the hub.
    lockable: bool,
}

/// The database as this `Api` holds it. (One per `Api`, behind its mutex: the size of the open
/// variant does not matter.)
#[allow(clippy::large_enum_variant)]
pub(crate) enum Slot {
    Open {
        store: Store,
        key: DbKey,
    },
    /// The app lock is on: the database is closed until the PIN is given.
    Locked,
    /// It could not be opened; the files were left exactly as they were.
    Unavailable {
        path: PathBuf,
        problem: DatabaseProblem,
        reason: String,
    },
}

impl Api {
    /// Open the hub's database (encrypted, its key in `hub.key` beside it; see [`vault`]). A
    /// database that cannot be opened does not stop the hub: [`Api::status`] reports it so the
    /// UI can show what to do, and the file is left untouched.
    pub fn open(content: Arc<Content>, db_path: &Path) -> Api {
        Api::open_with(content, db_path, false, None)
    }

    /// Open the participant's database on their own device: as [`Api::open`], and the app lock
    /// ([`lock`]) may be set; while it is on, the database stays closed until [`Api::unlock`].
    ///
    /// With a `keystore` (the platform's, where one answers), the key's record is kept there and
    /// the file beside the database only names the entry; a key file from before is moved in.
    pub fn open_app(content: Arc<Content>, db_path: &Path, keystore: Option<Arc<dyn Keystore>>) -> Api {
        Api::open_with(content, db_path, true, keystore)
    }

    fn open_with(
        content: Arc<Content>,
        db_path: &Path,
        lockable: bool,
        keystore: Option<Arc<dyn Keystore>>,
    ) -> Api {
        let vault = Vault::beside(db_path).in_keystore(keystore);
        // A keystore that fails here leaves the record in the file, as it was: the app still opens.
        let _ = vault.adopt();
        let mut api = Api::new(content, Slot::Locked, system_clock());
        api.db_path = Some(db_path.to_path_buf());
        api.vault = Some(vault);
        api.lockable = lockable;
        let slot = api.first_slot();
        *api.slot() = slot;
        api
    }

    /// The same `Api` reading time from `clock` (tests: the app lock's waits).
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Api {
        self.clock = clock;
        self
    }

    pub fn with_store(content: Arc<Content>, store: Store, clock: Clock) -> Api {
        // An in-memory store has no key; this one is never used.
        let key = DbKey::random().unwrap_or_else(|_| DbKey::from_bytes(&[0; 48]).expect("48 bytes is a key"));
        Api::new(content, Slot::Open { store, key }, clock)
    }

    fn new(content: Arc<Content>, slot: Slot, clock: Clock) -> Api {
        Api {
            content,
            store: Arc::new(Mutex::new(slot)),
            clock,
            acting_for: None,
            db_path: None,
            vault: None,
            lockable: false,
        }
    }

    /// What opening finds: a key file with the key (open), with a PIN (locked), none (make one,
    /// unless the database is already encrypted: then its key is missing, and nothing is made).
    fn first_slot(&self) -> Slot {
        let (Some(path), Some(vault)) = (&self.db_path, &self.vault) else { return Slot::Locked };
        let unavailable = |problem, reason: String| Slot::Unavailable { path: path.clone(), problem, reason };
        match vault.state() {
            Err(e) => unavailable(DatabaseProblem::KeyDamaged, Error::from(e).message),
            Ok(KeyState::Pin { .. }) => Slot::Locked,
            Ok(KeyState::Plain { .. }) => match vault.plain_key() {
                Ok(Some(key)) => self.open_slot(key),
                Ok(None) => {
                    unavailable(DatabaseProblem::KeyDamaged, "the key file changed while opening".into())
                }
                Err(e) => unavailable(DatabaseProblem::KeyDamaged, Error::from(e).message),
            },
            Ok(KeyState::Missing) if waymark_store::cipher::looks_encrypted(path) => unavailable(
                DatabaseProblem::MissingKey,
                format!("the key file {} is missing", vault.path().display()),
            ),
            Ok(KeyState::Missing) => match vault.create() {
                Ok(key) => self.open_slot(key),
                Err(e) => unavailable(DatabaseProblem::KeyDamaged, Error::from(e).message),
            },
        }
    }

    /// Open the database file with `key`.
    pub(crate) fn open_slot(&self, key: DbKey) -> Slot {
        let Some(path) = &self.db_path else { return Slot::Locked };
        match Store::open(path, &key) {
            Ok(store) => Slot::Open { store, key },
            Err(e) => {
                let problem = match &e {
                    StoreError::WrongKey { .. } => DatabaseProblem::WrongKey,
                    StoreError::NewerSchema { .. } => DatabaseProblem::NewerVersion,
                    _ => DatabaseProblem::Damaged,
                };
                Slot::Unavailable { path: path.clone(), problem, reason: e.to_string() }
            }
        }
    }

    /// The slot, locked (a poisoned lock is still the data: every write is one transaction).
    pub(crate) fn slot(&self) -> MutexGuard<'_, Slot> {
        self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
        let mut guard = self.slot();
        match &mut *guard {
            Slot::Open { store, .. } => {
                let acting = self.acting_for.is_some();
                if let Some(participant) = &self.acting_for {
                    store.act_for(Some(participant));
                }
                Ok(StoreGuard { guard, acting })
            }
            Slot::Locked => {
                Err(Error { code: Code::Locked, message: "Waymark is locked. Type your PIN first.".into() })
            }
            Slot::Unavailable { path, reason, .. } => Err(Error {
                code: Code::DatabaseUnavailable,
                message: format!("Your saved data at {} cannot be opened: {reason}", path.display()),
            }),
        }
    }

    pub fn status(&self, _request: StatusRequest) -> Result<StatusView, Error> {
        let database = match &*self.slot() {
            Slot::Open { .. } => DatabaseStatus::Ok,
            Slot::Locked => DatabaseStatus::Locked,
            Slot::Unavailable { path, problem, reason } => DatabaseStatus::Unavailable {
                path: path.display().to_string(),
                problem: *problem,
                reason: reason.clone(),
            },
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
        let done = StepsDone::new(store.completed_steps()?);
        let sessions = self
            .content
            .sessions()
            .iter()
            .map(|session| SessionSummary {
                id: session.id.clone(),
                number: session.number,
                title: self.text(locale, &session.title),
                title_voice: self.voice(locale, &session.title),
                step_count: count(session.steps.len()),
                steps_completed: count(done.in_session(session)),
                resume_step: count(done.resume_at(session)),
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
        let completed = StepsDone::new(store.completed_steps()?).step(session, step);
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
        let done = StepsDone::new(store.completed_steps()?);
        Ok(StepCompleted {
            session_id: session.id.clone(),
            steps_completed: count(done.in_session(session)),
            step_count: count(session.steps.len()),
            session_complete: done.session_complete(session),
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

/// A locked store acting for the right participant; see [`Api::store`]. Made only over an open
/// slot.
pub(crate) struct StoreGuard<'a> {
    guard: MutexGuard<'a, Slot>,
    acting: bool,
}

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match &*self.guard {
            Slot::Open { store, .. } => store,
            _ => unreachable!("a StoreGuard is made only over an open slot, and holds its lock"),
        }
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match &mut *self.guard {
            Slot::Open { store, .. } => store,
            _ => unreachable!("a StoreGuard is made only over an open slot, and holds its lock"),
        }
    }
}

impl Drop for StoreGuard<'_> {
    fn drop(&mut self) {
        if let (true, Slot::Open { store, .. }) = (self.acting, &mut *self.guard) {
            store.act_for(None);
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
            .map(|s| SentenceTiming {
                text: s.text,
                start_ms: s.start_ms,
                end_ms: s.end_ms,
                words: s
                    .words
                    .into_iter()
                    .map(|w| WordTiming { word: w.word, from_ms: w.from_ms, to_ms: w.to_ms })
                    .collect(),
            })
            .collect(),
    }
}

/// Session and step counts are tiny (at most a few dozen); saturate rather than panic.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod voice_view_tests {
    use waymark_content::Sidecar;

    use super::*;

    fn view_of(sidecar_json: &str) -> VoiceView {
        let sc: Sidecar = serde_json::from_str(sidecar_json).expect("the fixture is a valid sidecar");
        voice_view(
            "en-GB",
            VoiceOver { file: "x.ogg".into(), duration_ms: sc.duration_ms, sentences: sc.sentences },
        )
    }

    #[test]
    fn a_sidecar_with_word_timings_passes_them_to_the_screen() {
        let v = view_of(
            r#"{"text_sha256":"0","voice":"hibari","duration_ms":844,"sentences":[
                {"text":"Waymark","start_ms":100,"end_ms":744,
                 "words":[{"word":"Waymark","from_ms":100,"to_ms":500}]}]}"#,
        );
        assert_eq!(
            v.sentences[0].words,
            vec![WordTiming { word: "Waymark".into(), from_ms: 100, to_ms: 500 }]
        );
    }

    #[test]
    fn a_sidecar_without_word_timings_loads_with_no_words() {
        let v = view_of(
            r#"{"text_sha256":"0","voice":"espeak-ng:cy","duration_ms":900,"sentences":[
                {"text":"Croeso","start_ms":0,"end_ms":800}]}"#,
        );
        assert_eq!(v.sentences[0].text, "Croeso");
        assert!(v.sentences[0].words.is_empty());
        let t: SentenceTiming = serde_json::from_str(r#"{"text":"Croeso","start_ms":0,"end_ms":800}"#)
            .expect("words default to empty");
        assert!(t.words.is_empty());
    }
}

#[cfg(test)]
mod utc_offset_tests {
    #[test]
    fn offsets_beyond_fourteen_hours_are_refused_with_words() {
        for ok in [-840, -1, 0, 330, 840] {
            assert_eq!(super::utc_offset(ok).ok(), Some(ok));
        }
        for bad in [-841, 841, i32::MIN, i32::MAX] {
            let err = super::utc_offset(bad).expect_err("refused");
            assert!(err.to_string().contains("time zone"), "{err}");
        }
    }
}
