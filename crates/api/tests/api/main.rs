//! Use-cases through `waymark_api` on a real SQLite file and the real built-in content.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap should fail loudly

mod diary;
mod live;
mod pairing;
mod privacy;
mod programme;
mod register;
mod sync;
mod voices;

use std::path::Path;
use std::sync::Arc;

use waymark_api::*;
use waymark_content::Content;

/// Loaded once per test binary: parsing and validating the whole programme takes a moment.
fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("built-in content is valid"))).clone()
}

fn open(db: &Path) -> Api {
    Api::open(content(), db)
}

fn en() -> String {
    "en-GB".to_string()
}

fn step(api: &Api, index: u32) -> StepView {
    api.get_step(GetStepRequest { locale: en(), session_id: "s01".into(), step_index: index }).unwrap()
}

#[test]
fn a_new_participant_sees_every_session_with_nothing_done() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let list = api.list_sessions(ListSessionsRequest { locale: en() }).unwrap();
    let first = &list.sessions[0];
    assert_eq!((first.id.as_str(), first.number), ("s01", 1));
    assert!(first.step_count >= 3);
    assert_eq!((first.steps_completed, first.resume_step), (0, 0));
    assert!(!first.title.is_empty() && first.title_voice.is_some());
}

#[test]
fn a_step_carries_its_text_and_timed_voice_over() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let view = step(&api, 0);
    let voice = view.voice.expect("every step has voice-over");
    assert!(voice.src.starts_with("en-GB/") && voice.src.ends_with(".ogg"), "{}", voice.src);
    assert!(!voice.sentences.is_empty());
    for pair in voice.sentences.windows(2) {
        assert!(pair[0].end_ms <= pair[1].start_ms, "sentences overlap: {pair:?}");
    }
    assert!(voice.sentences.last().unwrap().end_ms <= voice.duration_ms);
    for sentence in &voice.sentences {
        assert!(view.text.contains(sentence.text.trim()), "{:?} not in step text", sentence.text);
    }
    assert!(!api.audio(&voice.src).unwrap().is_empty());
}

#[test]
fn finishing_steps_is_kept_when_the_app_is_closed_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    {
        let api = open(&db);
        let first = step(&api, 0);
        let done = api
            .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: first.step_id })
            .unwrap();
        assert_eq!(done.steps_completed, 1);
        assert!(!done.session_complete);
    }
    let api = open(&db);
    let list = api.list_sessions(ListSessionsRequest { locale: en() }).unwrap();
    assert_eq!((list.sessions[0].steps_completed, list.sessions[0].resume_step), (1, 1));
    assert!(step(&api, 0).completed);
    assert!(!step(&api, 1).completed);
}

#[test]
fn completing_every_step_completes_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let count = step(&api, 0).step_count;
    let mut last = None;
    for i in 0..count {
        let id = step(&api, i).step_id;
        last =
            Some(api.complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: id }).unwrap());
    }
    assert!(last.unwrap().session_complete);
}

#[test]
fn bad_requests_get_a_clear_error_and_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let err = api.list_sessions(ListSessionsRequest { locale: "xx".into() }).unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    assert!(err.message.contains("en-GB"), "{}", err.message);
    let err =
        api.get_step(GetStepRequest { locale: en(), session_id: "s99".into(), step_index: 0 }).unwrap_err();
    assert_eq!(err.code, Code::NotFound);
    let err =
        api.get_step(GetStepRequest { locale: en(), session_id: "s01".into(), step_index: 500 }).unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    assert!(err.message.contains("no step 501"), "{}", err.message);
    let err = api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "nope".into() })
        .unwrap_err();
    assert_eq!(err.code, Code::NotFound);
    for src in ["../Cargo.toml", "en-GB/../../x", "en-GB/.ogg", "nothing"] {
        assert_eq!(api.audio(src).unwrap_err().code, Code::NotFound, "{src}");
    }
    let list = api.list_sessions(ListSessionsRequest { locale: en() }).unwrap();
    assert_eq!(list.sessions[0].steps_completed, 0);
}

#[test]
fn a_corrupt_database_is_reported_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let junk: Vec<u8> = (0..40_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&db, &junk).unwrap();
    let api = open(&db);
    match api.status(StatusRequest {}).unwrap().database {
        DatabaseStatus::Unavailable { path, reason, .. } => {
            assert!(path.ends_with("w.db"));
            assert!(!reason.is_empty());
        }
        other => panic!("junk opened as a database: {other:?}"),
    }
    let err = api.list_sessions(ListSessionsRequest { locale: en() }).unwrap_err();
    assert_eq!(err.code, Code::DatabaseUnavailable);
    let err =
        api.complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "x".into() }).unwrap_err();
    assert!(matches!(err.code, Code::DatabaseUnavailable | Code::NotFound));
    drop(api);
    assert_eq!(std::fs::read(&db).unwrap(), junk, "the damaged file must be left exactly as it was");
}

#[test]
fn ui_strings_give_fluent_source_and_voiced_labels() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let ui = api.ui_strings(UiStringsRequest { locale: en() }).unwrap();
    assert!(ui.ftl.contains("next ="), "ui.ftl defines the Next label");
    assert!(ui.voices.contains_key("next"), "the Next label can be heard");
    let cy = api.ui_strings(UiStringsRequest { locale: "cy".into() }).unwrap();
    assert_ne!(cy.ftl, ui.ftl);
    assert_eq!(cy.fallback_ftl, ui.ftl);
}

#[test]
fn welsh_falls_back_to_english_per_message_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let cy = |index| {
        api.get_step(GetStepRequest { locale: "cy".into(), session_id: "s01".into(), step_index: index })
    };
    let step = cy(0).unwrap();
    let voice = step.voice.expect("voiced");
    assert!(voice.src.starts_with("en-GB/"), "session text is not yet in Welsh: {}", voice.src);
    let ui = api.ui_strings(UiStringsRequest { locale: "cy".into() }).unwrap();
    assert!(ui.voices["next"].src.starts_with("cy/"), "Welsh UI labels have Welsh voice-over");
}
