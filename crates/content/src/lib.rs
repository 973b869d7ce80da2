//! Programme content: the manifest, sessions and steps, Fluent text per locale, and the
//! voice-over audio with sentence timings.
//!
//! All content is read through one loader that works over a map of
//! `path relative to content/ -> bytes`. The map comes either from a directory on disk
//! ([`Content::load_dir`], used by the linter, tests and `cargo xtask voice`) or from the
//! workspace's `content/` folder compiled into the binary ([`Content::embedded`]).
//!
//! Loading validates everything (see [`Content::load_dir_with`] for the list) and never
//! panics on bad input; every error names a file (relative to the repository root) and a
//! 1-based line, and displays as `file:line: message`.
//!
//! Layout of `content/`:
//!
//! ```text
//! manifest.toml                    schema version, locales, ordered sessions
//! sessions/s01.toml                one session: id, number, title, aims, steps
//! locales/<locale>/s01.ftl         Fluent text of a session (every message has a # comment)
//! locales/<locale>/ui.ftl          Fluent text of the user interface
//! audio/<locale>/<message>.ogg     voice-over (Ogg Vorbis; Opus is not supported by rodio)
//! audio/<locale>/<message>.json    its sidecar: text hash, voice, duration, sentence timings
//! ```
//!
//! A session file (`sessions/sNN.toml`) names Fluent message ids, never text. Keys:
//! `id`, `number`, `title`, `aims`, `recap` (shown after the last step) and `task` (the
//! between-session task), then `[[steps]]`, each with a stable `id`, a `kind` (see
//! [`StepKind`]) and its main `text`, plus the keys its kind uses (any other key is an
//! error). Choice, field and suggestion ids are stable within their step.
//!
//! ```toml
//! [[steps]]                       # read | reflect: just id, kind, text
//! id = "s02-units"
//! kind = "read"
//! text = "s02-units"
//!
//! [[steps]]                       # choose (multiple = true for several) and checklist:
//! id = "s05-goal"                 #   [[steps.choices]]
//! kind = "choose"
//! text = "s05-goal"
//! [[steps.choices]]
//! id = "cut-down"
//! label = "s05-goal-cut-down"
//! [[steps.choices]]
//! id = "stop"
//! label = "s05-goal-stop"
//!
//! [[steps]]                       # quiz: choices, exactly one `correct`, kind feedback
//! id = "s02-quiz-pint"
//! kind = "quiz"
//! text = "s02-quiz-pint"
//! correct = "two-point-three"
//! feedback_right = "s02-quiz-pint-right"
//! feedback_wrong = "s02-quiz-pint-wrong"
//! # [[steps.choices]] as above
//!
//! [[steps]]                       # rate: 0–10 on a pictorial scale
//! id = "s02-check-in"
//! kind = "rate"
//! text = "s02-check-in"
//! scale_low = "s02-check-in-low"
//! scale_high = "s02-check-in-high"
//!
//! [[steps]]                       # plan: fields (with optional suggestions) and/or `pulls`
//! id = "s11-my-plan"
//! kind = "plan"
//! text = "s11-my-plan"
//! pulls = ["s05-goal-plan", "s06-triggers-plan", "s07-coping-plan"]  # earlier plan steps
//! [[steps.fields]]
//! id = "support"
//! prompt = "s11-my-plan-support"
//! [[steps.fields.suggestions]]
//! id = "gp"
//! label = "s11-my-plan-support-gp"
//!
//! [[steps]]                       # diary_task: drink | drug | urge
//! id = "s02-diary"
//! kind = "diary_task"
//! text = "s02-diary"
//! diary = "drink"
//! ```
//!
//! Which messages have voice-over: every message a session uses (title, aims, every
//! step's text, choices, scale labels, plan prompts and suggestions, quiz feedback, recap
//! and task: everything a participant sees must be hearable),
//! in every locale that defines it, and every `ui.ftl` message that has a value and **no
//! variables**. Messages with variables (such as `step-of`) are not voiced yet: their
//! audio would have to be put together at run time from parts, which is left for later.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod load;
mod ogg;
pub mod text;

pub use ogg::vorbis_duration_ms;

/// The locale every message must exist in; other locales fall back to it per message.
pub const SOURCE_LOCALE: &str = "en-GB";

/// The content schema version (`schema = …` in `content/manifest.toml`) this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Longest sentence the linter allows, in words.
pub const MAX_SENTENCE_WORDS: usize = 15;

/// Lowest Flesch reading ease the linter allows for one English screen of session text.
pub const MIN_READING_EASE: f64 = 70.0;

/// Fewest words a message needs before the linter checks its Flesch reading ease. The
/// formula is meaningless on a short label: one three-syllable word ("Alcohol") scores
/// below zero. Short labels are still held to [`MAX_SENTENCE_WORDS`].
pub const FLESCH_MIN_WORDS: usize = 8;

/// The top of the pictorial scale of a [`StepKind::Rate`] step (the bottom is 0).
pub const RATE_MAX: u8 = 10;

/// What a step asks of the person. Named in session files in snake_case (`kind = "quiz"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepKind {
    /// A screen to read or hear. Uses only `text`.
    Read,
    /// A free-text prompt (`text`); answering is always optional.
    Reflect,
    /// Pick one (or, with `multiple = true`, several) of `choices`.
    Choose,
    /// A rating from 0 to [`RATE_MAX`] on a pictorial scale, with `scale_low`/`scale_high` labels.
    Rate,
    /// Tick any of `choices` (the checklist items).
    Checklist,
    /// A plan builder: named `fields`, each with a prompt and optional suggestions, and/or
    /// `pulls` (earlier plan steps whose answers are shown and can be edited here).
    Plan,
    /// A question with `choices`, exactly one `correct`, and kind `feedback_right`/`feedback_wrong`.
    Quiz,
    /// A between-session task that opens a diary (`diary`).
    DiaryTask,
}

impl StepKind {
    /// Every kind, in the order of the docs.
    pub const ALL: [StepKind; 8] = [
        StepKind::Read,
        StepKind::Reflect,
        StepKind::Choose,
        StepKind::Rate,
        StepKind::Checklist,
        StepKind::Plan,
        StepKind::Quiz,
        StepKind::DiaryTask,
    ];

    /// The snake_case name used in session files and DTOs.
    pub fn as_str(&self) -> &'static str {
        match self {
            StepKind::Read => "read",
            StepKind::Reflect => "reflect",
            StepKind::Choose => "choose",
            StepKind::Rate => "rate",
            StepKind::Checklist => "checklist",
            StepKind::Plan => "plan",
            StepKind::Quiz => "quiz",
            StepKind::DiaryTask => "diary_task",
        }
    }

    /// The kind named in a session file, if known.
    pub fn parse(s: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Which diary a [`StepKind::DiaryTask`] step points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Diary {
    Drink,
    Drug,
    Urge,
}

impl Diary {
    pub const ALL: [Diary; 3] = [Diary::Drink, Diary::Drug, Diary::Urge];

    pub fn as_str(&self) -> &'static str {
        match self {
            Diary::Drink => "drink",
            Diary::Drug => "drug",
            Diary::Urge => "urge",
        }
    }

    pub fn parse(s: &str) -> Option<Diary> {
        Diary::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// One option of a choose, checklist or quiz step, or one suggestion of a plan field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable within its step (answers are recorded against it); `^[a-z0-9-]+$`.
    pub id: String,
    /// Fluent message id of the label (voiced like every other message).
    pub label: String,
}

/// One named field of a plan builder, e.g. "my triggers".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanField {
    /// Stable within its step; `^[a-z0-9-]+$`.
    pub id: String,
    /// Fluent message id of the question the field asks.
    pub prompt: String,
    /// Ready-made answers the person can tap instead of typing (may be empty).
    pub suggestions: Vec<Choice>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// Fluent message id of the step's main text (for a question: the question).
    pub text: String,
    /// Options of a choose or quiz step; the items of a checklist. Empty otherwise.
    pub choices: Vec<Choice>,
    /// Choose: whether several choices may be picked.
    pub multiple: bool,
    /// Quiz: the id of the one correct choice.
    pub correct: Option<String>,
    /// Quiz: message ids of the kind feedback after a right / a wrong answer.
    pub feedback_right: Option<String>,
    pub feedback_wrong: Option<String>,
    /// Rate: message ids of the labels at 0 and at [`RATE_MAX`].
    pub scale_low: Option<String>,
    pub scale_high: Option<String>,
    /// Plan: the fields to fill in.
    pub fields: Vec<PlanField>,
    /// Plan: ids of earlier plan steps whose fields (and the person's answers) this step
    /// brings together, in order, before its own `fields` (e.g. "My plan" in session 11).
    pub pulls: Vec<String>,
    /// Diary task: which diary to open.
    pub diary: Option<Diary>,
}

impl Step {
    /// A step with only an id, a kind and its main text.
    pub fn new(id: impl Into<String>, kind: StepKind, text: impl Into<String>) -> Step {
        Step {
            id: id.into(),
            kind,
            text: text.into(),
            choices: Vec::new(),
            multiple: false,
            correct: None,
            feedback_right: None,
            feedback_wrong: None,
            scale_low: None,
            scale_high: None,
            fields: Vec::new(),
            pulls: Vec::new(),
            diary: None,
        }
    }

    /// Every Fluent message id this step shows, in screen order: text, scale labels,
    /// choices, plan prompts and suggestions, then quiz feedback.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.text.as_str()];
        ids.extend(self.scale_low.as_deref());
        ids.extend(self.scale_high.as_deref());
        ids.extend(self.choices.iter().map(|c| c.label.as_str()));
        for f in &self.fields {
            ids.push(f.prompt.as_str());
            ids.extend(f.suggestions.iter().map(|c| c.label.as_str()));
        }
        ids.extend(self.feedback_right.as_deref());
        ids.extend(self.feedback_wrong.as_deref());
        ids
    }
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id: String,
    pub number: u8,
    /// Fluent message id of the title.
    pub title: String,
    /// Fluent message id of the aims ("In this session you will …").
    pub aims: String,
    pub steps: Vec<Step>,
    /// Fluent message id of the short recap shown after the last step.
    pub recap: String,
    /// Fluent message id of the between-session task ("Before next time …").
    pub task: String,
}

impl Session {
    /// Every Fluent message id this session uses, in order: title, aims, each step's
    /// messages ([`Step::message_ids`]), recap, task. A message may appear more than once.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str(), self.aims.as_str()];
        ids.extend(self.steps.iter().flat_map(Step::message_ids));
        ids.push(self.recap.as_str());
        ids.push(self.task.as_str());
        ids
    }
}

/// How much of one source-locale `.ftl` file a locale has translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    /// File name under `content/locales/<locale>/`, e.g. `s01.ftl`.
    pub file: String,
    /// Messages of the source file this locale defines.
    pub present: usize,
    /// Ids of the source file's messages this locale lacks (it falls back to the source).
    pub missing: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimedSentence {
    pub text: String,
    pub start_ms: u32,
    pub end_ms: u32,
    /// Word timings inside this sentence, if the voice gave them. A human recording with
    /// sentence timings only leaves this empty (the reader then highlights sentences only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<TimedWord>,
}

/// One displayed word and when it is spoken. Keys differ from a sentence's so that the
/// content check can name the line of each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimedWord {
    pub word: String,
    pub from_ms: u32,
    pub to_ms: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceOver {
    /// Audio file name relative to `content/audio/<locale>/`, e.g. `s01-welcome.ogg`.
    pub file: String,
    pub duration_ms: u32,
    pub sentences: Vec<TimedSentence>,
}

/// The JSON sidecar beside every voice-over file (`content/audio/<locale>/<message>.json`).
///
/// A human recording replaces the `.ogg` and this file (with e.g. `"voice": "human"`); no
/// code changes. Word timings are optional per sentence; unknown fields are ignored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sidecar {
    /// [`text_sha256`] of `voice` and the formatted text the audio speaks.
    pub text_sha256: String,
    /// Who or what spoke it, e.g. `espeak-ng:en-gb`, `piper:…`, `human`.
    pub voice: String,
    pub duration_ms: u32,
    pub sentences: Vec<TimedSentence>,
}

/// The hash recorded in a sidecar: hex SHA-256 of `voice + "\n" + text`. When the text of a
/// message changes, its audio is stale.
pub fn text_sha256(voice: &str, text: &str) -> String {
    let mut h = Sha256::new();
    h.update(voice.as_bytes());
    h.update(b"\n");
    h.update(text.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// One message that needs voice-over, with the exact formatted text to speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceJob {
    pub locale: String,
    pub message_id: String,
    /// The formatted text (what [`Content::text`] returns for this locale).
    pub text: String,
    /// The `.ftl` file that defines the message, relative to the repository root.
    pub file: String,
    /// 1-based line of the message in `file`.
    pub line: usize,
}

impl VoiceJob {
    /// Path of the audio file relative to `content/`.
    pub fn audio_path(&self) -> String {
        format!("audio/{}/{}.ogg", self.locale, self.message_id)
    }

    /// Path of the sidecar relative to `content/`.
    pub fn sidecar_path(&self) -> String {
        format!("audio/{}/{}.json", self.locale, self.message_id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// How strictly to load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// Check that every message needing voice-over has an up-to-date `.ogg` and sidecar,
    /// with sane timings and no orphaned audio. Off only for the voice build itself, which
    /// has to read the text before the audio exists.
    pub require_audio: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { require_audio: true }
    }
}

/// A value for a Fluent variable in [`Content::text_with_args`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Number(f64),
    Str(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

/// What the loader knows about one message in one locale.
#[derive(Clone, Debug)]
pub(crate) struct MessageInfo {
    /// File relative to `content/`.
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) has_value: bool,
    pub(crate) has_variables: bool,
}

pub(crate) type Bytes = Cow<'static, [u8]>;

/// Loaded, validated content. `Send + Sync`, so it can be shared by an app and a server.
pub struct Content {
    files: BTreeMap<String, Bytes>,
    sessions: Vec<Session>,
    locales: Vec<String>,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// locale -> message id -> where and what.
    messages: BTreeMap<String, BTreeMap<String, MessageInfo>>,
    /// (locale, message id) -> voice-over, for every sidecar that parsed.
    voices: BTreeMap<(String, String), VoiceOver>,
}

static EMBEDDED: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/../../content");

impl Content {
    /// The workspace's `content/` folder as compiled into this binary, fully validated.
    pub fn embedded() -> Result<Content, ContentError> {
        let mut files = BTreeMap::new();
        collect_embedded(&EMBEDDED, &mut files);
        Content::from_files(files, LoadOptions::default()).map_err(first_error)
    }

    /// Loads and fully validates a `content/` directory; returns the first error.
    pub fn load_dir(path: &Path) -> Result<Content, ContentError> {
        Content::load_dir_with(path, LoadOptions::default()).map_err(first_error)
    }

    /// Loads a `content/` directory, returning every error found (sorted by file and line).
    ///
    /// Checks: the manifest's schema version is known and its locales parse; each session
    /// file parses, its id matches the manifest and its number its position; session ids are
    /// unique; step ids are unique across all sessions and match `^[a-z0-9-]+$`; step kinds
    /// are known; every message a session references exists (with a value) in the source
    /// locale; every `.ftl` file parses, has no duplicate ids, and gives every message and
    /// term a `#` comment; every source-locale `ui.ftl` message exists in each other
    /// locale's `ui.ftl` and no locale has messages the source lacks; messages without
    /// variables format without errors. With [`LoadOptions::require_audio`], also: each
    /// message needing voice-over has an `.ogg` and a sidecar in its locale, the sidecar's
    /// `text_sha256` matches the current text, its sentence timings are in order and within
    /// `duration_ms`, the `.ogg` really lasts `duration_ms` (±100 ms), and no audio file is
    /// orphaned.
    pub fn load_dir_with(path: &Path, opts: LoadOptions) -> Result<Content, Vec<ContentError>> {
        let mut files = BTreeMap::new();
        read_dir_into(path, "", &mut files)?;
        Content::from_files(files, opts)
    }

    /// Loads content from an in-memory map of `path relative to content/` → bytes.
    pub fn from_files(
        files: BTreeMap<String, Bytes>,
        opts: LoadOptions,
    ) -> Result<Content, Vec<ContentError>> {
        load::load(files, opts)
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The locales in the manifest's order; the source locale is among them.
    pub fn locales(&self) -> Vec<String> {
        self.locales.clone()
    }

    /// The best locale this content has for a requested one: an exact (case-insensitive)
    /// match, else the first with the same language (`cy-GB` → `cy`, `en-US` → `en-GB`),
    /// else [`SOURCE_LOCALE`].
    pub fn resolve_locale(&self, requested: &str) -> &str {
        if let Some(l) = self.locales.iter().find(|l| l.eq_ignore_ascii_case(requested)) {
            return l;
        }
        let lang = |s: &str| s.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        let want = lang(requested);
        self.locales.iter().find(|l| lang(l) == want).map(String::as_str).unwrap_or(SOURCE_LOCALE)
    }

    /// Formatted text of a message, falling back to [`SOURCE_LOCALE`] per message.
    pub fn text(&self, locale: &str, message_id: &str) -> Option<String> {
        self.text_with_args(locale, message_id, &[])
    }

    /// Formatted text of a message with variables, e.g.
    /// `text_with_args("en-GB", "step-of", &[("current", 2.into()), ("total", 9.into())])`.
    /// Falls back to [`SOURCE_LOCALE`] per message. Missing variables show as `{$name}`.
    pub fn text_with_args(&self, locale: &str, message_id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let locale = self.resolve_locale(locale);
        let fargs = if args.is_empty() {
            None
        } else {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                match v {
                    Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
                    Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                }
            }
            Some(fa)
        };
        [locale, SOURCE_LOCALE].iter().find_map(|l| {
            let bundle = self.bundles.get(*l)?;
            let pattern = bundle.get_message(message_id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, fargs.as_ref(), &mut errors).into_owned())
        })
    }

    /// Whether a locale defines a message itself (without falling back).
    pub fn has_message(&self, locale: &str, message_id: &str) -> bool {
        self.messages.get(locale).is_some_and(|m| m.contains_key(message_id))
    }

    /// Voice-over for a message in a locale (falling back like [`Content::text`]).
    pub fn voice(&self, locale: &str, message_id: &str) -> Option<VoiceOver> {
        let locale = self.resolve_locale(locale);
        [locale, SOURCE_LOCALE]
            .iter()
            .find_map(|l| self.voices.get(&(l.to_string(), message_id.to_string())))
            .cloned()
    }

    /// Bytes of an audio file under `content/audio/<locale>/`, falling back to
    /// [`SOURCE_LOCALE`] like [`Content::voice`] (so a file name from `voice()` always works).
    pub fn audio(&self, locale: &str, file: &str) -> Option<&[u8]> {
        let locale = self.resolve_locale(locale);
        [locale, SOURCE_LOCALE]
            .iter()
            .find_map(|l| self.files.get(&format!("audio/{l}/{file}")))
            .map(|b| b.as_ref())
    }

    /// The raw Fluent source of the UI strings for a locale: `content/locales/<locale>/ui.ftl`
    /// followed by any `ui-<area>.ftl` files (e.g. `ui-diary.ftl`), in name order.
    /// No fallback: `None` for a locale the content does not have.
    pub fn ui_ftl(&self, locale: &str) -> Option<String> {
        let locale = self.locales.iter().find(|l| l.eq_ignore_ascii_case(locale))?;
        let prefix = format!("locales/{locale}/");
        let mut out = String::new();
        for (path, bytes) in self.files.range(prefix.clone()..).take_while(|(p, _)| p.starts_with(&prefix)) {
            if is_ui_file(path) {
                out.push_str(std::str::from_utf8(bytes).ok()?);
                out.push('\n');
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// Ids of the UI messages (`ui.ftl`, `ui-*.ftl`) a locale defines itself, in id order.
    /// Taken from the parsed Fluent files, so any id Fluent accepts (`drug-nps_spice`) is here.
    pub fn ui_message_ids(&self, locale: &str) -> Vec<&str> {
        self.messages
            .get(locale)
            .map(|msgs| msgs.iter().filter(|(_, i)| is_ui_file(&i.file)).map(|(id, _)| id.as_str()).collect())
            .unwrap_or_default()
    }

    /// Every message that needs voice-over (see the crate docs for the rule), in a stable
    /// order: by locale (manifest order), session messages in session order, then UI
    /// messages by id.
    pub fn voice_jobs(&self) -> Vec<VoiceJob> {
        let mut jobs = Vec::new();
        for locale in &self.locales {
            let Some(msgs) = self.messages.get(locale) else { continue };
            let mut push = |id: &str, info: &MessageInfo| {
                if let Some(text) = self.format_plain(locale, id) {
                    jobs.push(VoiceJob {
                        locale: locale.clone(),
                        message_id: id.to_string(),
                        text,
                        file: format!("content/{}", info.file),
                        line: info.line,
                    });
                }
            };
            let mut seen = std::collections::BTreeSet::new();
            for session in &self.sessions {
                for id in session.message_ids() {
                    let Some(info) = msgs.get(id).filter(|i| i.has_value) else { continue };
                    if seen.insert(id) {
                        push(id, info);
                    }
                }
            }
            for (id, info) in msgs {
                if is_ui_file(&info.file) && info.has_value && !info.has_variables {
                    push(id, info);
                }
            }
        }
        jobs
    }

    /// Reading-level checks (not run by load, which checks structure), in every locale:
    /// every sentence of session text (step text, choices, labels, prompts, feedback, aims,
    /// recap, task) has at most [`MAX_SENTENCE_WORDS`] words; every English session message
    /// of at least [`FLESCH_MIN_WORDS`] words (each is one screen or one spoken prompt)
    /// scores at least [`MIN_READING_EASE`] (shorter labels are exempt: the formula means
    /// nothing on two or three words); every message in a session file is used by a session.
    /// `cargo test` and `cargo xtask content-check` require this to be empty.
    pub fn lint(&self) -> Vec<ContentError> {
        let mut out = Vec::new();
        let mut used = std::collections::BTreeSet::new();
        for s in &self.sessions {
            used.extend(s.message_ids());
        }
        for (locale, msgs) in &self.messages {
            for (id, info) in msgs {
                let file = format!("content/{}", info.file);
                if is_ui_file(&info.file) {
                    continue;
                }
                if !used.contains(id.as_str()) {
                    out.push(ContentError {
                        file: file.clone(),
                        line: info.line,
                        message: format!("message '{id}' is not used by any session"),
                    });
                }
                let Some(text) = self.format_plain(locale, id) else { continue };
                for sentence in text::split_sentences(&text) {
                    let n = text::words(&sentence).len();
                    if n > MAX_SENTENCE_WORDS {
                        out.push(ContentError {
                            file: file.clone(),
                            line: info.line,
                            message: format!(
                                "'{id}': sentence has {n} words (at most {MAX_SENTENCE_WORDS}): \
                                 \"{sentence}\""
                            ),
                        });
                    }
                }
                if !locale.starts_with("en") || text::words(&text).len() < FLESCH_MIN_WORDS {
                    continue;
                }
                if let Some(ease) = text::flesch_reading_ease(&text).filter(|e| *e < MIN_READING_EASE) {
                    out.push(ContentError {
                        file,
                        line: info.line,
                        message: format!(
                            "'{id}': reading ease {ease:.0} is below {MIN_READING_EASE:.0}; \
                             use shorter sentences and shorter words"
                        ),
                    });
                }
            }
        }
        out
    }

    /// Translation coverage: for every other locale and every source-locale `.ftl` file,
    /// how many of its messages the locale defines and which it lacks. A locale's message
    /// counts wherever in that locale it is defined.
    pub fn coverage(&self) -> Vec<Coverage> {
        let Some(source) = self.messages.get(SOURCE_LOCALE) else { return Vec::new() };
        let mut by_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (id, info) in source {
            let name = info.file.rsplit('/').next().unwrap_or(&info.file);
            by_file.entry(name).or_default().push(id);
        }
        let mut out = Vec::new();
        for locale in self.locales.iter().filter(|l| *l != SOURCE_LOCALE) {
            for (file, ids) in &by_file {
                let missing: Vec<String> =
                    ids.iter().filter(|id| !self.has_message(locale, id)).map(|id| id.to_string()).collect();
                out.push(Coverage {
                    locale: locale.clone(),
                    file: file.to_string(),
                    present: ids.len() - missing.len(),
                    missing,
                });
            }
        }
        out
    }

    /// Formats a message of one locale (no fallback, no arguments); `None` if it has no
    /// value or formatting reports errors.
    fn format_plain(&self, locale: &str, id: &str) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
        errors.is_empty().then_some(text)
    }
}

fn first_error(mut errors: Vec<ContentError>) -> ContentError {
    if errors.is_empty() {
        ContentError { file: "content".into(), line: 1, message: "content failed to load".into() }
    } else {
        errors.swap_remove(0)
    }
}

fn collect_embedded(dir: &'static include_dir::Dir<'static>, out: &mut BTreeMap<String, Bytes>) {
    for file in dir.files() {
        if let Some(p) = file.path().to_str() {
            let name = p.rsplit('/').next().unwrap_or(p);
            if !name.starts_with('.') {
                out.insert(p.replace('\\', "/"), Cow::Borrowed(file.contents()));
            }
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn read_dir_into(
    dir: &Path,
    prefix: &str,
    out: &mut BTreeMap<String, Bytes>,
) -> Result<(), Vec<ContentError>> {
    let io_err = |what: &str, e: std::io::Error| {
        vec![ContentError {
            file: format!("content/{prefix}"),
            line: 1,
            message: format!("cannot read {what} {}: {e}", dir.display()),
        }]
    };
    let entries = std::fs::read_dir(dir).map_err(|e| io_err("directory", e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_err("directory", e))?;
        paths.push(entry.path());
    }
    paths.sort();
    for path in paths {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return Err(vec![ContentError {
                file: format!("content/{prefix}"),
                line: 1,
                message: format!("file name is not UTF-8: {}", path.display()),
            }]);
        };
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        if path.is_dir() {
            read_dir_into(&path, &format!("{rel}/"), out)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| {
                vec![ContentError {
                    file: format!("content/{rel}"),
                    line: 1,
                    message: format!("cannot read file: {e}"),
                }]
            })?;
            out.insert(rel, Cow::Owned(bytes));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;

/// UI strings live in `ui.ftl` and `ui-<area>.ftl` of each locale; everything else under
/// `locales/` is session text.
pub(crate) fn is_ui_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.ends_with(".ftl") && (name == "ui.ftl" || name.starts_with("ui-"))
}
