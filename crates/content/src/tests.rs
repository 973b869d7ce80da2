use std::borrow::Cow;
use std::collections::BTreeMap;

use super::*;

const MANIFEST: &str = r#"schema = 1
source_locale = "en-GB"
locales = ["en-GB", "cy"]

[[sessions]]
id = "s01"
file = "sessions/s01.toml"
"#;

const SESSION: &str = r#"id = "s01"
number = 1
title = "s01-title"
aims = "s01-aims"
recap = "s01-recap"
task = "s01-task"

[[steps]]
id = "s01-a"
kind = "read"
text = "s01-a"

[[steps]]
id = "s01-b"
kind = "read"
text = "s01-b"
"#;

const S01_FTL: &str = "# Title.
s01-title = Hello
# Aims.
s01-aims = You will learn things.
# Step a.
s01-a = First line. Second line!
# Step b.
s01-b =
    One more.
    And { -brand } again.
# The brand.
-brand = Waymark
# Recap.
s01-recap = You did it.
# Task.
s01-task = Try it at home.
";

const UI_EN: &str = "# Next button.
next = Next
# Progress.
step-of = Step { $current } of { $total }
# Count.
done = { $count ->
    [one] One done.
   *[other] { $count } done.
}
";

const UI_CY: &str = "# Next button.
next = Nesaf
# Progress.
step-of = Cam { $current } o { $total }
# Count.
done = { $count ->
    [zero] Dim.
    [one] Un.
    [two] Dau.
    [few] Tri.
    [many] Chwech.
   *[other] { $count }.
}
";

type Files = BTreeMap<String, Cow<'static, [u8]>>;

fn text_only() -> Files {
    let mut f = Files::new();
    for (p, s) in [
        ("manifest.toml", MANIFEST),
        ("sessions/s01.toml", SESSION),
        ("locales/en-GB/s01.ftl", S01_FTL),
        ("locales/en-GB/ui.ftl", UI_EN),
        ("locales/cy/ui.ftl", UI_CY),
    ] {
        f.insert(p.to_string(), Cow::Owned(s.as_bytes().to_vec()));
    }
    f
}

fn set(f: &mut Files, path: &str, text: &str) {
    f.insert(path.to_string(), Cow::Owned(text.as_bytes().to_vec()));
}

const UNCHECKED: LoadOptions = LoadOptions { require_audio: false };

/// A tiny Ogg stream that is enough for the loader's length check: a Vorbis identification
/// header page and a last page whose granule position gives the length (22.05 kHz).
fn fake_ogg(duration_ms: u32) -> Vec<u8> {
    let page = |flags: u8, granule: u64, payload: &[u8]| {
        let mut p = b"OggS".to_vec();
        p.push(0);
        p.push(flags);
        p.extend(granule.to_le_bytes());
        p.extend([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        p.push(1);
        p.push(u8::try_from(payload.len()).unwrap());
        p.extend(payload);
        p
    };
    let mut id = b"\x01vorbis".to_vec();
    id.extend(0u32.to_le_bytes());
    id.push(1);
    id.extend(22050u32.to_le_bytes());
    id.extend([0u8; 15]);
    let mut out = page(2, 0, &id);
    out.extend(page(4, u64::from(duration_ms) * 22050 / 1000, b"x"));
    out
}

/// The text-only fixture plus matching audio for every voice job.
fn with_audio() -> Files {
    with_audio_for(text_only())
}

/// Some text files plus matching audio for every voice job.
fn with_audio_for(mut f: Files) -> Files {
    let content = Content::from_files(f.clone(), UNCHECKED).unwrap();
    for job in content.voice_jobs() {
        let sentences: Vec<TimedSentence> = text::split_sentences(&job.text)
            .into_iter()
            .enumerate()
            .map(|(i, t)| TimedSentence {
                text: t,
                start_ms: i as u32 * 1000,
                end_ms: i as u32 * 1000 + 900,
                words: vec![],
            })
            .collect();
        let duration_ms = sentences.len() as u32 * 1000;
        let sidecar = Sidecar {
            text_sha256: text_sha256("test", &job.text),
            voice: "test".into(),
            duration_ms,
            sentences,
        };
        set(&mut f, &job.sidecar_path(), &serde_json::to_string_pretty(&sidecar).unwrap());
        f.insert(job.audio_path(), Cow::Owned(fake_ogg(duration_ms)));
    }
    f
}

fn errors(f: Files, opts: LoadOptions) -> Vec<ContentError> {
    match Content::from_files(f, opts) {
        Ok(_) => panic!("expected errors"),
        Err(e) => e,
    }
}

/// The errors of the text-only fixture with `from` replaced by `to` in the session file.
fn session_errors(from: &str, to: &str) -> Vec<ContentError> {
    let mut f = text_only();
    set(&mut f, "sessions/s01.toml", &SESSION.replace(from, to));
    errors(f, UNCHECKED)
}

fn has(errs: &[ContentError], file: &str, line: usize, needle: &str) -> bool {
    errs.iter().any(|e| e.file == file && e.line == line && e.message.contains(needle))
}

fn assert_has(errs: &[ContentError], file: &str, line: usize, needle: &str) {
    assert!(has(errs, file, line, needle), "want {file}:{line}: {needle}\n{errs:#?}");
}

/// Asserts that the text-only fixture with `from` replaced by `to` in the session file reports
/// `needle` at `line` of it.
fn expect_session_error(from: &str, to: &str, line: usize, needle: &str) {
    assert_has(&session_errors(from, to), "content/sessions/s01.toml", line, needle);
}

#[test]
fn fixture_loads_and_formats_with_fallback() {
    let c = Content::from_files(with_audio(), LoadOptions::default()).unwrap();
    assert_eq!(c.sessions().len(), 1);
    let s = c.session("s01").unwrap();
    assert_eq!(s.steps.len(), 2);
    assert_eq!(s.aims, "s01-aims");
    assert_eq!(c.text("en-GB", "s01-b").unwrap(), "One more.\nAnd Waymark again.");
    // Session text is absent in Welsh: falls back per message.
    assert_eq!(c.text("cy", "s01-a").unwrap(), "First line. Second line!");
    assert_eq!(c.text("cy", "next").unwrap(), "Nesaf");
    assert_eq!(c.text("cy-GB", "next").unwrap(), "Nesaf");
    assert_eq!(c.text("fr", "next").unwrap(), "Next");
    assert_eq!(c.text("en-GB", "nope"), None);
    assert_eq!(
        c.text_with_args("en-GB", "step-of", &[("current", 2i64.into()), ("total", 9i64.into())]).unwrap(),
        "Step 2 of 9"
    );
    let plural = |n: i64| c.text_with_args("cy", "done", &[("count", n.into())]).unwrap();
    assert_eq!([0, 1, 2, 3, 6, 10].map(plural), ["Dim.", "Un.", "Dau.", "Tri.", "Chwech.", "10."]);
    let v = c.voice("cy", "s01-a").unwrap();
    assert_eq!(v.file, "s01-a.ogg");
    assert_eq!(v.sentences.len(), 2);
    assert!(c.audio("cy", &v.file).is_some(), "audio falls back like voice");
    assert!(c.voice("cy", "next").is_some());
    assert!(c.voice("en-GB", "step-of").is_none(), "messages with variables are not voiced");
    assert!(c.ui_ftl("cy").unwrap().contains("Nesaf"));
    assert!(c.ui_ftl("fr").is_none());
    assert_eq!(c.locales(), vec!["en-GB", "cy"]);
}

#[test]
fn voice_jobs_cover_session_messages_and_plain_ui_strings() {
    let c = Content::from_files(text_only(), UNCHECKED).unwrap();
    let jobs: Vec<(String, String)> = c.voice_jobs().into_iter().map(|j| (j.locale, j.message_id)).collect();
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    };
    assert_eq!(
        jobs,
        pairs(&[
            ("en-GB", "s01-title"),
            ("en-GB", "s01-aims"),
            ("en-GB", "s01-a"),
            ("en-GB", "s01-b"),
            ("en-GB", "s01-recap"),
            ("en-GB", "s01-task"),
            ("en-GB", "next"),
            ("cy", "next"),
        ])
    );
}

#[test]
fn malformed_ftl_names_file_and_line() {
    let mut f = text_only();
    let broken = "# Title.
s01-title = Hello
# Aims.
s01-aims = Aims.
# Step a.
s01-a = Fine.
s01-b Missing its equals sign
# Later.
later = Fine again.
";
    set(&mut f, "locales/en-GB/s01.ftl", broken);
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/locales/en-GB/s01.ftl", 7, "Fluent syntax");
    let shown = errs[0].to_string();
    assert!(shown.starts_with("content/locales/en-GB/s01.ftl:7: "), "{shown}");
}

#[test]
fn malformed_toml_names_file_and_line() {
    let errs = session_errors("kind = \"read\"\ntext = \"s01-b\"", "kind = \"read\ntext = \"s01-b\"");
    assert_eq!(errs[0].file, "content/sessions/s01.toml");
    assert_eq!(errs[0].line, 15, "{errs:#?}");

    let mut f = text_only();
    set(&mut f, "manifest.toml", &MANIFEST.replace("schema = 1", "schema = 7"));
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/manifest.toml", 1, "unknown content schema 7");

    expect_session_error(
        "kind = \"read\"\ntext = \"s01-b\"",
        "kind = \"poll\"\ntext = \"s01-b\"",
        15,
        "unknown step kind 'poll'",
    );
}

#[test]
fn duplicate_and_malformed_step_ids_are_errors() {
    expect_session_error("id = \"s01-b\"", "id = \"s01-a\"", 14, "duplicate step id 's01-a'");

    expect_session_error("id = \"s01-b\"", "id = \"S01_b\"", 14, "must match ^[a-z0-9-]+$");
}

#[test]
fn missing_message_points_at_the_session_line() {
    expect_session_error("text = \"s01-b\"", "text = \"s01-typo\"", 16, "message 's01-typo' does not exist");
}

#[test]
fn every_locale_needs_every_ui_message_and_every_message_a_comment() {
    let mut f = text_only();
    set(&mut f, "locales/cy/ui.ftl", "# Next.\nnext = Nesaf\nstray = Dim sylw\n");
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/locales/cy/ui.ftl", 1, "missing message 'step-of'");
    assert_has(&errs, "content/locales/cy/ui.ftl", 3, "'stray' has no `#` comment");
    assert!(has(&errs, "content/locales/cy/ui.ftl", 3, "does not exist in the source locale"));
}

#[test]
fn missing_and_stale_audio_are_errors() {
    let errs = errors(text_only(), LoadOptions::default());
    assert_has(&errs, "content/locales/en-GB/s01.ftl", 6, "no voice-over for 's01-a' (en-GB)");
    assert!(errs.iter().all(|e| e.message.contains("cargo xtask voice")));

    let mut f = with_audio();
    set(&mut f, "locales/en-GB/s01.ftl", &S01_FTL.replace("Second line!", "Changed line!"));
    let errs = errors(f, LoadOptions::default());
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].file, "content/locales/en-GB/s01.ftl");
    assert_eq!(errs[0].line, 6);
    assert!(errs[0].message.contains("stale"), "{}", errs[0]);
    assert!(errs[0].message.contains("cargo xtask voice"), "{}", errs[0]);
}

#[test]
fn bad_timings_and_lengths_are_errors() {
    let mut f = with_audio();
    let path = "audio/en-GB/s01-a.json";
    let mut sc: Sidecar = serde_json::from_slice(&f[path]).unwrap();
    sc.sentences[1].start_ms = 500; // overlaps sentence 1 (0..900)
    sc.sentences[1].end_ms = 2500; // beyond duration 2000
    set(&mut f, path, &serde_json::to_string_pretty(&sc).unwrap());
    let errs = errors(f, LoadOptions::default());
    let file = "content/audio/en-GB/s01-a.json";
    assert!(errs.iter().any(|e| e.file == file && e.message.contains("before the previous one ends")));
    assert!(errs.iter().any(|e| e.file == file && e.message.contains("after the audio ends")));
    assert!(errs.iter().all(|e| e.line > 1), "lines point into the JSON: {errs:#?}");

    let mut f = with_audio();
    f.insert("audio/en-GB/s01-a.ogg".into(), Cow::Owned(fake_ogg(5000)));
    let errs = errors(f, LoadOptions::default());
    assert_has(&errs, "content/audio/en-GB/s01-a.json", 4, "lasts 5000 ms");

    let mut f = with_audio();
    set(&mut f, "audio/en-GB/gone.json", "{}");
    let errs = errors(f, LoadOptions::default());
    assert_has(&errs, "content/audio/en-GB/gone.json", 1, "orphaned");
}

#[test]
fn words_out_of_order_or_beyond_the_audio_are_errors() {
    use crate::TimedWord;
    let w = |word: &str, from_ms, to_ms| TimedWord { word: word.into(), from_ms, to_ms };
    let path = "audio/en-GB/s01-a.json";
    let file = "content/audio/en-GB/s01-a.json";

    let mut f = with_audio();
    let mut sc: Sidecar = serde_json::from_slice(&f[path]).unwrap();
    sc.sentences[0].words = vec![w("one", 0, 400), w("two", 400, 800)];
    set(&mut f, path, &serde_json::to_string_pretty(&sc).unwrap());
    assert!(Content::from_files(f, LoadOptions::default()).is_ok(), "good word timings pass");

    let mut f = with_audio();
    let mut sc: Sidecar = serde_json::from_slice(&f[path]).unwrap();
    sc.sentences[0].words = vec![w("one", 300, 600), w("two", 100, 200)];
    sc.sentences[1].words = vec![w("far", 1000, 2600)];
    set(&mut f, path, &serde_json::to_string_pretty(&sc).unwrap());
    let src = String::from_utf8(f[path].to_vec()).unwrap();
    let line_of = |nth: usize| {
        src.match_indices("\"from_ms\"").nth(nth).map(|(at, _)| src[..at].lines().count()).unwrap()
    };
    let errs = errors(f, LoadOptions::default());
    assert_has(&errs, file, line_of(1), "'two' of sentence 1 is out of order");
    assert_has(&errs, file, line_of(2), "'far' (1000–2600 ms) is outside sentence 2");
}

#[test]
fn garbage_never_panics() {
    let mut f = text_only();
    f.insert("locales/en-GB/s01.ftl".into(), Cow::Owned(vec![b'a', b'\n', 0xff, 0xfe]));
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/locales/en-GB/s01.ftl", 2, "not valid UTF-8");
    for junk in ["", "=", "[[sessions]]", "schema = \"one\"", "\u{0}"] {
        let mut f = text_only();
        set(&mut f, "manifest.toml", junk);
        assert!(Content::from_files(f, UNCHECKED).is_err());
        let mut f = with_audio();
        set(&mut f, "audio/en-GB/s01-a.json", junk);
        assert!(Content::from_files(f, LoadOptions::default()).is_err());
    }
    assert!(Content::from_files(Files::new(), UNCHECKED).is_err());
}

#[test]
fn load_dir_reads_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in with_audio() {
        let p = dir.path().join(&path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    std::fs::write(dir.path().join(".DS_Store"), b"ignored").unwrap();
    let c = Content::load_dir(dir.path()).unwrap();
    assert_eq!(c.session("s01").unwrap().steps.len(), 2);
    let err = Content::load_dir(&dir.path().join("nope")).err().unwrap();
    assert!(err.message.contains("cannot read directory"));
}

#[test]
fn content_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Content>();
}

// --- Step kinds ---------------------------------------------------------------------------

/// A session using every step kind (its line numbers are found by `line_in`).
const KINDS: &str = include_str!("fixtures/kinds.toml");

/// The messages the kinds fixture uses.
const KINDS_FTL: &str = include_str!("fixtures/kinds.ftl");

fn kinds() -> Files {
    let mut f = text_only();
    set(&mut f, "sessions/s01.toml", KINDS);
    set(&mut f, "locales/en-GB/kinds.ftl", KINDS_FTL);
    f
}

/// The kinds fixture with the `n`th (0-based) occurrence of `from` replaced, and the new
/// session text (to find expected line numbers in).
fn kinds_with(n: usize, from: &str, to: &str) -> (Files, String) {
    let (at, _) = KINDS.match_indices(from).nth(n).expect("fixture has the text");
    let session = format!("{}{}{}", &KINDS[..at], to, &KINDS[at + from.len()..]);
    let mut f = kinds();
    set(&mut f, "sessions/s01.toml", &session);
    (f, session)
}

/// 1-based line of the `n`th (0-based) occurrence of `needle` in `src`.
fn line_in(src: &str, needle: &str, n: usize) -> usize {
    let (at, _) = src.match_indices(needle).nth(n).expect("needle in source");
    src[..at].matches('\n').count() + 1
}

/// Asserts that loading the kinds fixture with one change reports `needle` at the line of
/// the `nth` occurrence of `line_of` in the changed session file.
fn expect_error(change: (usize, &str, &str), line_of: (&str, usize), needle: &str) {
    let (f, src) = kinds_with(change.0, change.1, change.2);
    let line = line_in(&src, line_of.0, line_of.1);
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/sessions/s01.toml", line, needle);
}

#[test]
fn every_step_kind_loads_with_its_typed_fields() {
    let c = Content::from_files(kinds(), UNCHECKED).unwrap_or_else(|e| panic!("{e:#?}"));
    let s = c.session("s01").unwrap();
    assert_eq!((s.recap.as_str(), s.task.as_str()), ("s01-recap", "s01-task"));
    let names: Vec<&str> = s.steps.iter().map(|st| st.kind.as_str()).collect();
    assert_eq!(names, ["reflect", "choose", "quiz", "rate", "checklist", "plan", "plan", "diary_task"]);
    let choose = &s.steps[1];
    assert!(choose.multiple);
    assert_eq!(
        choose.choices,
        vec![
            Choice { id: "yes".into(), label: "k-yes".into() },
            Choice { id: "no".into(), label: "k-no".into() }
        ]
    );
    let quiz = &s.steps[2];
    assert_eq!(quiz.correct.as_deref(), Some("yes"));
    assert_eq!(quiz.feedback_wrong.as_deref(), Some("k-wrong"));
    assert_eq!(s.steps[3].scale_high.as_deref(), Some("k-high"));
    let plan = &s.steps[5];
    assert_eq!(plan.fields[0].id, "when");
    assert_eq!(plan.fields[0].suggestions[0].label, "k-no");
    assert_eq!(s.steps[6].pulls, vec!["s01-plan".to_string()]);
    assert_eq!(s.steps[7].diary, Some(Diary::Urge));
    assert_eq!(quiz.message_ids(), ["s01-b", "k-yes", "k-no", "k-right", "k-wrong"]);
    for k in StepKind::ALL {
        assert_eq!(StepKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(StepKind::DiaryTask.as_str(), "diary_task");
    // Every label, prompt and feedback is voiced.
    let voiced: Vec<String> = c.voice_jobs().into_iter().map(|j| j.message_id).collect();
    for id in ["k-yes", "k-no", "k-right", "k-wrong", "k-low", "k-high", "k-prompt", "s01-recap", "s01-task"]
    {
        assert!(voiced.iter().any(|v| v == id), "{id} is voiced");
    }
    assert!(Content::from_files(with_audio_for(kinds()), LoadOptions::default()).is_ok());
}

#[test]
fn quiz_needs_exactly_one_correct_choice_that_exists() {
    let quiz_id = ("id = \"s01-quiz\"", 0);
    expect_error((0, "correct = \"yes\"\n", ""), quiz_id, "quiz step 's01-quiz' has no `correct` choice");
    expect_error(
        (0, "correct = \"yes\"", "correct = \"maybe\""),
        ("correct = \"maybe\"", 0),
        "correct = 'maybe' is not one of its choices",
    );
    expect_error((0, "feedback_wrong = \"k-wrong\"\n", ""), quiz_id, "needs `feedback_wrong`");
}

#[test]
fn duplicate_choice_id_is_an_error() {
    // The quiz's second choice "no" becomes a second "yes".
    expect_error(
        (1, "id = \"no\"", "id = \"yes\""),
        ("id = \"yes\"", 2),
        "duplicate choice id 'yes' in step 's01-quiz'",
    );
    // The same choice id in two different steps is fine (ids are per step).
    assert!(Content::from_files(kinds(), UNCHECKED).is_ok());
}

#[test]
fn missing_choice_label_message_is_an_error() {
    expect_error(
        (0, "label = \"k-no\"", "label = \"k-nope\""),
        ("k-nope", 0),
        "choice message 'k-nope' does not exist",
    );
}

#[test]
fn missing_choice_voice_over_is_an_error() {
    let mut f = with_audio_for(kinds());
    f.remove("audio/en-GB/k-yes.json");
    f.remove("audio/en-GB/k-yes.ogg");
    let errs = errors(f, LoadOptions::default());
    assert_has(&errs, "content/locales/en-GB/kinds.ftl", 2, "no voice-over for 'k-yes' (en-GB)");
    let mut f = with_audio_for(kinds());
    f.remove("audio/en-GB/k-wrong.ogg");
    let errs = errors(f, LoadOptions::default());
    assert_has(&errs, "content/locales/en-GB/kinds.ftl", 8, "no voice-over audio for 'k-wrong'");
}

#[test]
fn keys_a_kind_does_not_use_are_errors() {
    expect_error(
        (0, "multiple = true", "correct = \"yes\""),
        ("correct = \"yes\"", 0),
        "`correct` is not used by a choose step",
    );
    expect_error(
        (0, "kind = \"reflect\"", "kind = \"read\"\ndiary = \"drink\""),
        ("diary = \"drink\"", 0),
        "`diary` is not used by a read step",
    );
}

#[test]
fn choose_and_quiz_need_two_choices_and_checklists_one() {
    expect_error(
        (0, "[[steps.choices]]\nid = \"walk\"\nlabel = \"k-yes\"\n", ""),
        ("id = \"s01-check\"", 0),
        "checklist step 's01-check' needs at least 1 choice",
    );
    expect_error(
        (0, "[[steps.choices]]\nid = \"no\"\nlabel = \"k-no\"\n", ""),
        ("id = \"s01-choose\"", 0),
        "choose step 's01-choose' needs at least 2 choice",
    );
}

#[test]
fn rate_needs_both_scale_labels() {
    expect_error(
        (0, "scale_high = \"k-high\"\n", ""),
        ("id = \"s01-rate\"", 0),
        "rate step 's01-rate' needs `scale_high`",
    );
    expect_error(
        (0, "scale_low = \"k-low\"", "scale_low = \"k-lo\""),
        ("k-lo", 0),
        "message 'k-lo' does not exist",
    );
}

#[test]
fn plan_fields_are_unique_and_pulls_name_earlier_plans() {
    let dup = "[[steps.fields]]\nid = \"when\"\nprompt = \"k-prompt\"\n";
    expect_error(
        (0, dup, &format!("{dup}{dup}")),
        ("id = \"when\"", 1),
        "duplicate field id 'when' in step 's01-plan'",
    );
    expect_error(
        (0, "pulls = [\"s01-plan\"]", "pulls = [\"s01-quiz\"]"),
        ("pulls", 0),
        "pulls 's01-quiz', which is not an earlier plan step",
    );
    expect_error(
        (0, "pulls = [\"s01-plan\"]", "pulls = []"),
        ("id = \"s01-my-plan\"", 0),
        "needs [[steps.fields]] or `pulls`",
    );
    expect_error(
        (0, "id = \"night\"\nlabel = \"k-no\"", "id = \"night\"\nlabel = \"k-nah\""),
        ("k-nah", 0),
        "suggestion message 'k-nah' does not exist",
    );
}

#[test]
fn diary_task_names_a_known_diary() {
    expect_error(
        (0, "diary = \"urge\"", "diary = \"mood\""),
        ("diary = \"mood\"", 0),
        "unknown diary 'mood'",
    );
    expect_error(
        (0, "diary = \"urge\"\n", ""),
        ("id = \"s01-diary\"", 0),
        "diary_task step 's01-diary' needs `diary`",
    );
}

#[test]
fn recap_and_task_are_required_messages() {
    let (f, _) = kinds_with(0, "recap = \"s01-recap\"\n", "");
    let errs = errors(f, UNCHECKED);
    assert_has(&errs, "content/sessions/s01.toml", 1, "missing field `recap`");
    expect_error(
        (0, "task = \"s01-task\"", "task = \"s01-todo\""),
        ("s01-todo", 0),
        "task message 's01-todo' does not exist",
    );
}

#[test]
fn lint_checks_labels_and_prompts_and_exempts_short_labels_from_flesch() {
    let mut f = kinds();
    let long = "k-prompt = When do you think that you would like to go and get some help for it today?";
    set(&mut f, "locales/en-GB/kinds.ftl", &KINDS_FTL.replace("k-prompt = When?", long));
    let c = Content::from_files(f, UNCHECKED).unwrap();
    let lint = c.lint();
    assert!(
        lint.iter().any(|e| e.file == "content/locales/en-GB/kinds.ftl"
            && e.line == 14
            && e.message.contains("words")),
        "{lint:#?}"
    );
    let mut f = kinds();
    let hard = "k-right = Unquestionably, comprehensive consideration necessitates careful deliberation regarding several alternatives.";
    set(&mut f, "locales/en-GB/kinds.ftl", &KINDS_FTL.replace("k-right = Well done.", hard));
    let lint = Content::from_files(f, UNCHECKED).unwrap().lint();
    assert!(lint.iter().any(|e| e.line == 6 && e.message.contains("reading ease")), "{lint:#?}");
    // "Not at all" (a short label) is exempt from the reading-ease formula but in use.
    let lint = Content::from_files(kinds(), UNCHECKED).unwrap().lint();
    assert!(lint.is_empty(), "{lint:#?}");
}

#[test]
fn coverage_counts_messages_per_locale_and_file() {
    let c = Content::from_files(kinds(), UNCHECKED).unwrap();
    let cov = c.coverage();
    let ui = cov.iter().find(|c| c.locale == "cy" && c.file == "ui.ftl").unwrap();
    assert_eq!((ui.present, ui.missing.len()), (3, 0));
    let s01 = cov.iter().find(|c| c.locale == "cy" && c.file == "s01.ftl").unwrap();
    assert_eq!(s01.present, 0);
    assert!(s01.missing.contains(&"s01-title".to_string()));
}

// --- The real content ------------------------------------------------------------------

#[test]
fn embedded_content_loads_and_has_session_one() {
    let c = Content::embedded().unwrap_or_else(|e| panic!("{e}"));
    let s = c.session("s01").expect("session s01");
    assert!(s.steps.len() >= 3);
    assert!(c.text("en-GB", &s.title).is_some());
    for step in &s.steps {
        let v = c.voice("en-GB", &step.text).expect("voice-over for every step");
        let last = v.sentences.last().expect("at least one sentence");
        assert!(last.end_ms <= v.duration_ms);
        assert!(c.audio("en-GB", &v.file).is_some_and(|b| !b.is_empty()));
    }
    for locale in c.locales() {
        assert!(c.ui_ftl(&locale).is_some(), "{locale}");
        assert!(c.voice(&locale, "next").is_some(), "{locale}: UI labels are hearable");
    }
}

#[test]
fn real_content_passes_the_linter() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let c = Content::load_dir_with(&dir, UNCHECKED).unwrap_or_else(|e| panic!("{e:#?}"));
    let lint = c.lint();
    assert!(lint.is_empty(), "{}", lint.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn every_real_ogg_decodes_to_its_sidecar_length() {
    let c = Content::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut checked = 0;
    for job in c.voice_jobs() {
        let v = c.voice(&job.locale, &job.message_id).unwrap();
        let bytes = c.audio(&job.locale, &v.file).unwrap().to_vec();
        let decoder = rodio::Decoder::new(std::io::Cursor::new(bytes)).unwrap();
        let rate = rodio::Source::sample_rate(&decoder).get();
        let channels = u32::from(rodio::Source::channels(&decoder).get());
        let samples = decoder.count() as u64;
        let ms = samples * 1000 / u64::from(rate * channels);
        assert!(
            ms.abs_diff(u64::from(v.duration_ms)) <= 100,
            "{}: decoded {ms} ms, sidecar says {} ms",
            job.audio_path(),
            v.duration_ms
        );
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn real_programme_has_eleven_sessions_with_a_mix_of_steps_and_safety_messages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let c = Content::load_dir_with(&dir, UNCHECKED).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(c.sessions().len(), 11);
    let used: std::collections::BTreeSet<StepKind> =
        c.sessions().iter().flat_map(|s| &s.steps).map(|s| s.kind).collect();
    assert_eq!(used.len(), StepKind::ALL.len(), "every step kind is used somewhere: {used:?}");
    let all_text = |s: &Session| -> String {
        s.message_ids().iter().filter_map(|id| c.text(SOURCE_LOCALE, id)).collect::<Vec<_>>().join("\n")
    };
    for s in &c.sessions()[1..] {
        assert!((8..=15).contains(&s.steps.len()), "{}: {} steps", s.id, s.steps.len());
        let asks = s.steps.iter().filter(|st| st.kind != StepKind::Read).count();
        assert!(asks >= 3, "{}: only {asks} steps that ask something", s.id);
    }
    for id in ["s02", "s05", "s11"] {
        let text = all_text(c.session(id).unwrap());
        for needle in ["seizures", "all at once", "999", "NHS 111", "GP", "key worker"] {
            assert!(text.contains(needle), "{id} must say '{needle}' (withdrawal safety and urgent help)");
        }
    }
    let my_plan = c.sessions().iter().flat_map(|s| &s.steps).find(|s| s.id == "s11-my-plan").unwrap();
    assert_eq!(my_plan.pulls, ["s05-goal-plan", "s06-triggers-plan", "s07-coping-plan"]);
    let goal = c.sessions().iter().flat_map(|s| &s.steps).find(|s| s.id == "s05-goal").unwrap();
    let ids: Vec<&str> = goal.choices.iter().map(|ch| ch.id.as_str()).collect();
    assert!(ids.contains(&"cut-down") && ids.contains(&"stop"), "{ids:?}");
    let urges = all_text(c.session("s07").unwrap());
    assert!(urges.contains("15 to 30 minutes"), "urge surfing: urges pass within 15 to 30 minutes");
}
