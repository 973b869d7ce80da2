//! Every string a screen shows can be heard: walks the views each screen is built from, in every
//! locale, and plays (decodes) the voice-over each one names. The content check proves the
//! files exist on disk; this proves they reach the screen.

use std::collections::BTreeMap;

use waymark_api::*;
use waymark_content::vorbis_duration_ms;

use super::{content, open};

/// Where a voice was found, for the failure message, and the voice itself.
type Heard = (String, Option<VoiceView>);

/// The voice names a file the API serves, the file is Ogg Vorbis, and it lasts what the view
/// says (±100 ms, as the content check allows).
fn assert_playable(api: &Api, where_: &str, voice: &VoiceView) {
    let bytes =
        api.audio(&voice.src).unwrap_or_else(|e| panic!("{where_}: {} is not served: {e:?}", voice.src));
    let ms =
        vorbis_duration_ms(bytes).unwrap_or_else(|e| panic!("{where_}: {} does not decode: {e}", voice.src));
    assert!(ms > 0, "{where_}: {} is empty", voice.src);
    assert!(
        ms.abs_diff(voice.duration_ms) <= 100,
        "{where_}: {} lasts {ms} ms, view says {}",
        voice.src,
        voice.duration_ms
    );
}

fn assert_all_heard(api: &Api, heard: &[Heard]) {
    let silent: Vec<&str> = heard.iter().filter(|(_, v)| v.is_none()).map(|(w, _)| w.as_str()).collect();
    assert!(silent.is_empty(), "{} strings on screen have no voice-over: {silent:?}", silent.len());
    for (where_, voice) in heard {
        assert_playable(api, where_, voice.as_ref().expect("checked just above"));
    }
}

fn voiced(heard: &mut Vec<Heard>, where_: String, v: &Voiced) {
    heard.push((format!("{where_} {:?}", v.text), v.voice.clone()));
}

/// The UI strings (labels, buttons, choices, the AUDIT) as a screen gets them: every UI message
/// that is voiced on disk (all but those with variables, which are formatted at run time) must
/// be in `ui_strings`' voices and play.
#[test]
fn every_ui_label_a_screen_can_show_reaches_it_with_playable_voice_over() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let on_disk: Vec<_> = content().voice_jobs().into_iter().filter(|j| j.file.contains("/ui")).collect();
    assert!(on_disk.len() > 400, "expected the whole UI to be voiced, found {}", on_disk.len());
    for locale in content().locales() {
        let ui = api.ui_strings(UiStringsRequest { locale: locale.clone() }).unwrap();
        let heard: Vec<Heard> = on_disk
            .iter()
            .filter(|j| j.locale == locale)
            .map(|j| (format!("{locale} {}", j.message_id), ui.voices.get(&j.message_id).cloned()))
            .collect();
        assert!(!heard.is_empty(), "{locale} has no voiced UI strings");
        assert_all_heard(&api, &heard);
    }
}

/// The labels whose ids are made from a value's name (`drug-nps_spice`, `goal-aim-cut_down`,
/// `audit-zone-lower_risk`): the class of id the old filter dropped. Named here so a failure
/// points at the screen that would fall silent.
#[test]
fn labels_named_after_values_with_underscores_are_voiced() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let ui = api.ui_strings(UiStringsRequest { locale: "en-GB".into() }).unwrap();
    for id in [
        "goal-aim-cut_down",
        "audit-form-audit_c",
        "audit-purpose-check_in",
        "audit-zone-lower_risk",
        "audit-zone-increasing_risk",
        "audit-zone-higher_risk",
        "audit-zone-possible_dependence",
        "drug-nps_spice",
        "coping-urge_surfing",
        "coping-call_someone",
        "coping-leave_the_place",
        "coping-eat_or_drink_water",
        "coping-think_it_through",
        "urge-outcome-did_not_use",
    ] {
        let voice = ui.voices.get(id).unwrap_or_else(|| panic!("{id} has no voice on screen"));
        assert_playable(&api, id, voice);
    }
}

/// Home's session list, every step of every session (text, choices, scale ends, plan prompts and
/// suggestions), each session's end screen, My plan and the AUDIT's questions and answers.
#[test]
fn every_programme_screen_view_has_playable_voice_over() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    for locale in content().locales() {
        let mut heard: Vec<Heard> = Vec::new();
        for s in api.list_sessions(ListSessionsRequest { locale: locale.clone() }).unwrap().sessions {
            heard.push((format!("{locale} home: session {} title", s.number), s.title_voice));
            for index in 0..s.step_count {
                let step = api
                    .get_step(GetStepRequest {
                        locale: locale.clone(),
                        session_id: s.id.clone(),
                        step_index: index,
                    })
                    .unwrap();
                let at = format!("{locale} {} step {}", s.id, step.step_id);
                heard.push((format!("{at} text"), step.voice.clone()));
                for c in &step.choices {
                    voiced(&mut heard, format!("{at} choice"), &c.label);
                }
                if let Some(scale) = &step.scale {
                    voiced(&mut heard, format!("{at} scale low"), &scale.low);
                    voiced(&mut heard, format!("{at} scale high"), &scale.high);
                }
                for f in &step.fields {
                    voiced(&mut heard, format!("{at} prompt"), &f.prompt);
                    for c in &f.suggestions {
                        voiced(&mut heard, format!("{at} suggestion"), &c.label);
                    }
                }
            }
            let end = api
                .session_end(SessionEndRequest { locale: locale.clone(), session_id: s.id.clone() })
                .unwrap();
            voiced(&mut heard, format!("{locale} {} end recap", s.id), &end.recap);
            voiced(&mut heard, format!("{locale} {} end task", s.id), &end.task);
        }
        let plan = api.my_plan(MyPlanRequest { locale: locale.clone() }).unwrap();
        voiced(&mut heard, format!("{locale} my plan title"), &plan.title);
        for section in &plan.sections {
            voiced(&mut heard, format!("{locale} my plan heading"), &section.heading);
        }
        let ui: BTreeMap<String, VoiceView> =
            api.ui_strings(UiStringsRequest { locale: locale.clone() }).unwrap().voices;
        for form in [AuditForm::Audit, AuditForm::AuditC] {
            for item in api.audit_form(AuditFormRequest { form }).unwrap().items {
                let q = format!("audit-q{}", item.number);
                heard.push((format!("{locale} {q}"), ui.get(&q).cloned()));
                for score in item.scores {
                    let a = format!("audit-q{}-a{score}", item.number);
                    heard.push((format!("{locale} {a}"), ui.get(&a).cloned()));
                }
            }
        }
        assert!(heard.len() > 300, "{locale}: walked only {} strings", heard.len());
        assert_all_heard(&api, &heard);
    }
}

/// The words of a text for comparison with its timed words: lower case, letters and digits only
/// (so "Don't," and "dont" are the same word), empty tokens (a lone dash) dropped.
fn plain_words<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    words
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every English clip has word timings, the screen gets them, and they fit their sentence: the
/// timed words spell the sentence (ignoring case and punctuation), each lies inside the sentence
/// and none starts or ends before the one before it. The reader's word mark relies on all three.
#[test]
fn every_english_clip_times_each_word_of_each_sentence_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let ui = api.ui_strings(UiStringsRequest { locale: "en-GB".into() }).unwrap().voices;
    let jobs: Vec<_> = content().voice_jobs().into_iter().filter(|j| j.locale == "en-GB").collect();
    assert!(jobs.len() > 400, "expected every English string voiced, found {}", jobs.len());
    let mut bad = Vec::new();
    for job in &jobs {
        let voice = content().voice("en-GB", &job.message_id).expect("every voice job has a clip");
        for (i, s) in voice.sentences.iter().enumerate() {
            let at = format!("{} sentence {i} {:?}", job.message_id, s.text);
            let said = plain_words(s.words.iter().map(|w| w.word.as_str()));
            if said != plain_words(s.text.split_whitespace()) {
                bad.push(format!("{at}: words {said:?}"));
            }
            let mut last = (s.start_ms, s.start_ms);
            for w in &s.words {
                if w.from_ms < s.start_ms || w.to_ms > s.end_ms || w.from_ms > w.to_ms {
                    bad.push(format!(
                        "{at}: {:?} at {}..{} is outside the sentence",
                        w.word, w.from_ms, w.to_ms
                    ));
                }
                if w.from_ms < last.0 || w.to_ms < last.1 {
                    bad.push(format!("{at}: {:?} at {}..{} goes back in time", w.word, w.from_ms, w.to_ms));
                }
                last = (w.from_ms, w.to_ms);
            }
        }
        if let Some(view) = ui.get(&job.message_id) {
            let words: Vec<_> = view.sentences.iter().map(|s| s.words.len()).collect();
            let want: Vec<_> = voice.sentences.iter().map(|s| s.words.len()).collect();
            assert_eq!(words, want, "{}: the screen lost word timings", job.message_id);
        }
    }
    assert!(bad.is_empty(), "{} problems in English word timings:\n{}", bad.len(), bad.join("\n"));
}
