//! Programme content: the manifest, sessions and steps, Fluent text per locale, and the
//! voice-over audio with sentence timings. INTERFACE STUB — being implemented.

use std::fmt;
use std::path::Path;

/// The locale every message must exist in; other locales fall back to it per message.
pub const SOURCE_LOCALE: &str = "en-GB";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepKind {
    Read,
}

impl StepKind {
    pub fn as_str(&self) -> &'static str {
        "read"
    }
}

#[derive(Clone, Debug)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// Fluent message id of the step's text.
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id: String,
    pub number: u8,
    /// Fluent message id of the title.
    pub title: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedSentence {
    pub text: String,
    pub start_ms: u32,
    pub end_ms: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceOver {
    /// Audio file name relative to `content/audio/<locale>/`, e.g. `s01-welcome.ogg`.
    pub file: String,
    pub duration_ms: u32,
    pub sentences: Vec<TimedSentence>,
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

pub struct Content {
    sessions: Vec<Session>,
}

impl Content {
    pub fn embedded() -> Result<Content, ContentError> {
        Ok(Content { sessions: Vec::new() })
    }

    pub fn load_dir(_path: &Path) -> Result<Content, ContentError> {
        Ok(Content { sessions: Vec::new() })
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    pub fn locales(&self) -> Vec<String> {
        vec![SOURCE_LOCALE.to_string()]
    }

    /// Formatted text of a message, falling back to [`SOURCE_LOCALE`] per message.
    pub fn text(&self, _locale: &str, message_id: &str) -> Option<String> {
        Some(message_id.to_string())
    }

    /// Voice-over for a message in a locale (falling back like [`Content::text`]).
    pub fn voice(&self, _locale: &str, _message_id: &str) -> Option<VoiceOver> {
        None
    }

    /// Bytes of an audio file under `content/audio/<locale>/`.
    pub fn audio(&self, _locale: &str, _file: &str) -> Option<&[u8]> {
        None
    }

    /// The raw Fluent source of the UI strings for a locale (`content/locales/<locale>/ui.ftl`).
    pub fn ui_ftl(&self, _locale: &str) -> Option<&str> {
        None
    }
}
