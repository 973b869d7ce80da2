//! The one loader: parses and validates a map of `path relative to content/` → bytes.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::{
    Bytes, Choice, Content, ContentError, Diary, LoadOptions, MessageInfo, PlanField, SCHEMA_VERSION,
    SOURCE_LOCALE, Session, Sidecar, Step, StepKind, VoiceOver, ogg, text_sha256,
};

/// Largest allowed difference between a sidecar's `duration_ms` and the real audio length.
const DURATION_TOLERANCE_MS: u32 = 100;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestToml {
    schema: Spanned<u32>,
    source_locale: Spanned<String>,
    locales: Spanned<Vec<String>>,
    #[serde(default)]
    sessions: Vec<ManifestSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestSession {
    id: Spanned<String>,
    file: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionToml {
    id: Spanned<String>,
    number: Spanned<u8>,
    title: Spanned<String>,
    aims: Spanned<String>,
    recap: Spanned<String>,
    task: Spanned<String>,
    #[serde(default)]
    steps: Vec<StepToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepToml {
    id: Spanned<String>,
    kind: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    choices: Vec<ChoiceToml>,
    multiple: Option<Spanned<bool>>,
    correct: Option<Spanned<String>>,
    feedback_right: Option<Spanned<String>>,
    feedback_wrong: Option<Spanned<String>>,
    scale_low: Option<Spanned<String>>,
    scale_high: Option<Spanned<String>>,
    #[serde(default)]
    fields: Vec<FieldToml>,
    pulls: Option<Spanned<Vec<Spanned<String>>>>,
    diary: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceToml {
    id: Spanned<String>,
    label: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldToml {
    id: Spanned<String>,
    prompt: Spanned<String>,
    #[serde(default)]
    suggestions: Vec<ChoiceToml>,
}

/// Collects errors; every path given to it is relative to `content/`.
#[derive(Default)]
struct Errors(Vec<ContentError>);

impl Errors {
    fn push(&mut self, file: &str, line: usize, message: impl Into<String>) {
        self.0.push(ContentError { file: format!("content/{file}"), line, message: message.into() });
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

fn span_line<T>(source: &str, v: &Spanned<T>) -> usize {
    line_of(source, v.span().start)
}

fn utf8<'a>(errs: &mut Errors, file: &str, bytes: &'a [u8]) -> Option<&'a str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let ok = &bytes[..e.valid_up_to()];
            let line = ok.iter().filter(|b| **b == b'\n').count() + 1;
            errs.push(file, line, "file is not valid UTF-8");
            None
        }
    }
}

fn parse_toml<T: for<'de> Deserialize<'de>>(errs: &mut Errors, file: &str, source: &str) -> Option<T> {
    match toml::from_str::<T>(source) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(source, s.start));
            errs.push(file, line, format!("TOML: {}", e.message().trim()));
            None
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn load(files: BTreeMap<String, Bytes>, opts: LoadOptions) -> Result<Content, Vec<ContentError>> {
    let mut errs = Errors::default();

    // --- Manifest -----------------------------------------------------------------------
    let manifest_file = "manifest.toml";
    let Some(manifest_bytes) = files.get(manifest_file) else {
        errs.push(manifest_file, 1, "missing manifest (content/manifest.toml)");
        return Err(errs.0);
    };
    let Some(manifest_src) = utf8(&mut errs, manifest_file, manifest_bytes) else {
        return Err(errs.0);
    };
    let Some(manifest) = parse_toml::<ManifestToml>(&mut errs, manifest_file, manifest_src) else {
        return Err(errs.0);
    };
    if *manifest.schema.get_ref() != SCHEMA_VERSION {
        errs.push(
            manifest_file,
            span_line(manifest_src, &manifest.schema),
            format!(
                "unknown content schema {} (this build reads schema {SCHEMA_VERSION})",
                manifest.schema.get_ref()
            ),
        );
        return Err(errs.0);
    }
    if manifest.source_locale.get_ref() != SOURCE_LOCALE {
        errs.push(
            manifest_file,
            span_line(manifest_src, &manifest.source_locale),
            format!("source_locale must be \"{SOURCE_LOCALE}\""),
        );
    }
    let locales_line = span_line(manifest_src, &manifest.locales);
    let mut locales: Vec<String> = Vec::new();
    for l in manifest.locales.get_ref() {
        if l.parse::<LanguageIdentifier>().is_err() {
            errs.push(manifest_file, locales_line, format!("'{l}' is not a locale tag"));
        } else if locales.contains(l) {
            errs.push(manifest_file, locales_line, format!("locale '{l}' is listed twice"));
        } else {
            locales.push(l.clone());
        }
    }
    if !locales.iter().any(|l| l == SOURCE_LOCALE) {
        errs.push(
            manifest_file,
            locales_line,
            format!("locales must include the source locale \"{SOURCE_LOCALE}\""),
        );
        return Err(errs.0);
    }
    // The source locale first, so that fallback and reports start with it.
    locales.sort_by_key(|l| l != SOURCE_LOCALE);

    for path in files.keys() {
        for area in ["locales/", "audio/"] {
            if let Some(rest) = path.strip_prefix(area) {
                let loc = rest.split('/').next().unwrap_or("");
                if !locales.iter().any(|l| l == loc) {
                    errs.push(path, 1, format!("locale '{loc}' is not listed in content/manifest.toml"));
                }
            }
        }
    }

    // --- Fluent ---------------------------------------------------------------------------
    let mut bundles = BTreeMap::new();
    let mut messages: BTreeMap<String, BTreeMap<String, MessageInfo>> = BTreeMap::new();
    for locale in &locales {
        let Ok(langid) = locale.parse::<LanguageIdentifier>() else { continue };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let msgs = messages.entry(locale.clone()).or_default();
        let prefix = format!("locales/{locale}/");
        let ui_file = format!("{prefix}ui.ftl");
        if !files.contains_key(&ui_file) {
            errs.push(&ui_file, 1, format!("missing UI strings for locale '{locale}'"));
        }
        for (path, bytes) in files.range(prefix.clone()..) {
            if !path.starts_with(&prefix) {
                break;
            }
            if !path.ends_with(".ftl") {
                continue;
            }
            let Some(source) = utf8(&mut errs, path, bytes) else { continue };
            load_ftl(&mut errs, path, source, &mut bundle, msgs);
        }
        bundles.insert(locale.clone(), bundle);
    }

    // --- Sessions -------------------------------------------------------------------------
    let mut sessions = Vec::new();
    let mut session_ids = BTreeSet::new();
    let mut step_ids: BTreeMap<String, String> = BTreeMap::new();
    // Plan steps seen so far, in programme order (a plan may only pull earlier ones).
    let mut plan_steps: BTreeSet<String> = BTreeSet::new();
    let source_msgs = messages.get(SOURCE_LOCALE).cloned().unwrap_or_default();
    for (index, entry) in manifest.sessions.iter().enumerate() {
        let id = entry.id.get_ref();
        let entry_line = span_line(manifest_src, &entry.id);
        if !valid_id(id) {
            errs.push(manifest_file, entry_line, format!("session id '{id}' must match ^[a-z0-9-]+$"));
        }
        if !session_ids.insert(id.clone()) {
            errs.push(manifest_file, entry_line, format!("session id '{id}' is used twice"));
            continue;
        }
        let file = entry.file.get_ref();
        let Some(bytes) = files.get(file.as_str()) else {
            errs.push(
                manifest_file,
                span_line(manifest_src, &entry.file),
                format!("session file content/{file} does not exist"),
            );
            continue;
        };
        let Some(src) = utf8(&mut errs, file, bytes) else { continue };
        let Some(st) = parse_toml::<SessionToml>(&mut errs, file, src) else { continue };
        if st.id.get_ref() != id {
            errs.push(
                file,
                span_line(src, &st.id),
                format!("session id '{}' does not match '{id}' in content/manifest.toml", st.id.get_ref()),
            );
        }
        let expected = index + 1;
        if usize::from(*st.number.get_ref()) != expected {
            errs.push(
                file,
                span_line(src, &st.number),
                format!(
                    "session number {} does not match its place in the manifest ({expected})",
                    st.number.get_ref()
                ),
            );
        }
        let check_msg = |errs: &mut Errors, v: &Spanned<String>, what: &str| {
            let mid = v.get_ref();
            match source_msgs.get(mid) {
                None => errs.push(
                    file,
                    span_line(src, v),
                    format!("{what} message '{mid}' does not exist in content/locales/{SOURCE_LOCALE}/"),
                ),
                Some(info) if !info.has_value => errs.push(
                    file,
                    span_line(src, v),
                    format!("{what} message '{mid}' has no value (only attributes)"),
                ),
                Some(_) => {}
            }
        };
        check_msg(&mut errs, &st.title, "title");
        check_msg(&mut errs, &st.aims, "aims");
        check_msg(&mut errs, &st.recap, "recap");
        check_msg(&mut errs, &st.task, "task");
        let mut steps = Vec::new();
        for step in &st.steps {
            let sid = step.id.get_ref();
            let line = span_line(src, &step.id);
            if !valid_id(sid) {
                errs.push(file, line, format!("step id '{sid}' must match ^[a-z0-9-]+$"));
            }
            if let Some(other) = step_ids.get(sid) {
                errs.push(file, line, format!("duplicate step id '{sid}' (already used in content/{other})"));
            } else {
                step_ids.insert(sid.clone(), file.clone());
            }
            let Some(kind) = StepKind::parse(step.kind.get_ref()) else {
                let known: Vec<&str> = StepKind::ALL.iter().map(StepKind::as_str).collect();
                errs.push(
                    file,
                    span_line(src, &step.kind),
                    format!("unknown step kind '{}' (known: {})", step.kind.get_ref(), known.join(", ")),
                );
                continue;
            };
            check_msg(&mut errs, &step.text, "step");
            let built = check_step(&mut errs, file, src, step, kind, &plan_steps, &check_msg);
            if kind == StepKind::Plan {
                plan_steps.insert(sid.clone());
            }
            steps.push(built);
        }
        if st.steps.is_empty() {
            errs.push(file, 1, format!("session '{id}' has no steps"));
        }
        sessions.push(Session {
            id: id.clone(),
            number: *st.number.get_ref(),
            title: st.title.get_ref().clone(),
            aims: st.aims.get_ref().clone(),
            steps,
            recap: st.recap.get_ref().clone(),
            task: st.task.get_ref().clone(),
        });
    }

    // --- Every locale has every UI message, and nothing the source lacks ------------------
    for locale in locales.iter().filter(|l| *l != SOURCE_LOCALE) {
        let theirs = messages.get(locale).cloned().unwrap_or_default();
        for (id, info) in &source_msgs {
            if crate::is_ui_file(&info.file) && !theirs.contains_key(id) {
                let ui_file = info.file.replacen(
                    &format!("locales/{SOURCE_LOCALE}/"),
                    &format!("locales/{locale}/"),
                    1,
                );
                errs.push(
                    &ui_file,
                    1,
                    format!("missing message '{id}' (defined in content/{}:{})", info.file, info.line),
                );
            }
        }
        for (id, info) in &theirs {
            if !source_msgs.contains_key(id) {
                errs.push(
                    &info.file,
                    info.line,
                    format!("message '{id}' does not exist in the source locale {SOURCE_LOCALE}"),
                );
            }
        }
    }

    let mut content = Content { files, sessions, locales, bundles, messages, voices: BTreeMap::new() };

    // --- Messages without variables must format cleanly -----------------------------------
    for (locale, msgs) in &content.messages {
        for (id, info) in msgs.iter().filter(|(_, i)| i.has_value && !i.has_variables) {
            if content.format_plain(locale, id).is_none() {
                errs.push(
                    &info.file,
                    info.line,
                    format!("message '{id}' does not format (unknown message or term reference?)"),
                );
            }
        }
    }

    // --- Voice-over -----------------------------------------------------------------------
    let jobs = content.voice_jobs();
    let mut voices = BTreeMap::new();
    for job in &jobs {
        let json_path = job.sidecar_path();
        let ogg_path = job.audio_path();
        let Some(json_bytes) = content.files.get(&json_path) else {
            if opts.require_audio {
                errs.push(
                    job.file.trim_start_matches("content/"),
                    job.line,
                    format!(
                        "no voice-over for '{}' ({}): content/{json_path} is missing; run `cargo xtask voice`",
                        job.message_id, job.locale
                    ),
                );
            }
            continue;
        };
        let sidecar = match std::str::from_utf8(json_bytes)
            .map_err(|e| (1, e.to_string()))
            .and_then(|s| serde_json::from_str::<Sidecar>(s).map_err(|e| (e.line().max(1), e.to_string())))
        {
            Ok(s) => s,
            Err((line, e)) => {
                if opts.require_audio {
                    errs.push(&json_path, line, format!("voice-over sidecar: {e}"));
                }
                continue;
            }
        };
        if opts.require_audio {
            check_voice(&mut errs, &content.files, job, &json_path, &ogg_path, &sidecar);
        }
        voices.insert(
            (job.locale.clone(), job.message_id.clone()),
            VoiceOver {
                file: format!("{}.ogg", job.message_id),
                duration_ms: sidecar.duration_ms,
                sentences: sidecar.sentences,
            },
        );
    }
    if opts.require_audio {
        let wanted: BTreeSet<String> = jobs.iter().flat_map(|j| [j.sidecar_path(), j.audio_path()]).collect();
        for path in content.files.keys().filter(|p| p.starts_with("audio/")) {
            if !wanted.contains(path) {
                errs.push(
                    path,
                    1,
                    "orphaned voice-over file: no message needs it; run `cargo xtask voice` to tidy",
                );
            }
        }
    }
    content.voices = voices;

    if errs.0.is_empty() {
        Ok(content)
    } else {
        let mut all = errs.0;
        all.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        all.dedup();
        Err(all)
    }
}

type CheckMsg<'a> = dyn Fn(&mut Errors, &Spanned<String>, &str) + 'a;

/// Validates the kind-specific keys of one step and builds it. `plan_steps` holds the ids
/// of the plan steps that come before this one in the programme.
fn check_step(
    errs: &mut Errors,
    file: &str,
    src: &str,
    step: &StepToml,
    kind: StepKind,
    plan_steps: &BTreeSet<String>,
    check_msg: &CheckMsg<'_>,
) -> Step {
    let sid = step.id.get_ref();
    let line = span_line(src, &step.id);
    let k = kind.as_str();
    let mut out = Step::new(sid.clone(), kind, step.text.get_ref().clone());
    let opt_line = |v: &Option<Spanned<String>>| v.as_ref().map(|v| span_line(src, v));
    // Keys a kind does not use are mistakes (a quiz's `correct` on a choose step, say).
    let keys: [(&str, Option<usize>, &[StepKind]); 10] = [
        (
            "choices",
            step.choices.first().map(|c| span_line(src, &c.id)),
            &[StepKind::Choose, StepKind::Checklist, StepKind::Quiz],
        ),
        ("multiple", step.multiple.as_ref().map(|v| span_line(src, v)), &[StepKind::Choose]),
        ("correct", opt_line(&step.correct), &[StepKind::Quiz]),
        ("feedback_right", opt_line(&step.feedback_right), &[StepKind::Quiz]),
        ("feedback_wrong", opt_line(&step.feedback_wrong), &[StepKind::Quiz]),
        ("scale_low", opt_line(&step.scale_low), &[StepKind::Rate]),
        ("scale_high", opt_line(&step.scale_high), &[StepKind::Rate]),
        ("fields", step.fields.first().map(|f| span_line(src, &f.id)), &[StepKind::Plan]),
        ("pulls", step.pulls.as_ref().map(|v| span_line(src, v)), &[StepKind::Plan]),
        ("diary", opt_line(&step.diary), &[StepKind::DiaryTask]),
    ];
    for (key, at, allowed) in keys {
        if let Some(at) = at.filter(|_| !allowed.contains(&kind)) {
            errs.push(file, at, format!("step '{sid}': `{key}` is not used by a {k} step"));
        }
    }
    let required = |errs: &mut Errors, v: &Option<Spanned<String>>, key: &str, what: &str| match v {
        None => {
            errs.push(file, line, format!("{k} step '{sid}' needs `{key}` (the message id of {what})"));
            None
        }
        Some(v) => {
            check_msg(errs, v, what);
            Some(v.get_ref().clone())
        }
    };
    match kind {
        StepKind::Read | StepKind::Reflect => {}
        StepKind::Choose | StepKind::Checklist | StepKind::Quiz => {
            out.choices = check_choices(errs, file, src, sid, &step.choices, "choice", check_msg);
            let least = if kind == StepKind::Checklist { 1 } else { 2 };
            if step.choices.len() < least {
                errs.push(
                    file,
                    line,
                    format!("{k} step '{sid}' needs at least {least} choice(s) ([[steps.choices]])"),
                );
            }
            out.multiple = step.multiple.as_ref().is_some_and(|m| *m.get_ref());
            if kind == StepKind::Quiz {
                match &step.correct {
                    None => errs.push(
                        file,
                        line,
                        format!(
                            "quiz step '{sid}' has no `correct` choice (exactly one choice must be correct)"
                        ),
                    ),
                    Some(c) if !step.choices.iter().any(|ch| ch.id.get_ref() == c.get_ref()) => errs.push(
                        file,
                        span_line(src, c),
                        format!("quiz step '{sid}': correct = '{}' is not one of its choices", c.get_ref()),
                    ),
                    Some(c) => out.correct = Some(c.get_ref().clone()),
                }
                out.feedback_right =
                    required(errs, &step.feedback_right, "feedback_right", "the feedback for a right answer");
                out.feedback_wrong =
                    required(errs, &step.feedback_wrong, "feedback_wrong", "the feedback for a wrong answer");
            }
        }
        StepKind::Rate => {
            out.scale_low = required(errs, &step.scale_low, "scale_low", "the label at 0");
            out.scale_high = required(errs, &step.scale_high, "scale_high", "the label at 10");
        }
        StepKind::Plan => {
            let mut seen = BTreeSet::new();
            for f in &step.fields {
                let fid = f.id.get_ref();
                let fline = span_line(src, &f.id);
                if !valid_id(fid) {
                    errs.push(file, fline, format!("plan field id '{fid}' must match ^[a-z0-9-]+$"));
                }
                if !seen.insert(fid.as_str()) {
                    errs.push(file, fline, format!("duplicate field id '{fid}' in step '{sid}'"));
                }
                check_msg(errs, &f.prompt, "plan prompt");
                let suggestions =
                    check_choices(errs, file, src, sid, &f.suggestions, "suggestion", check_msg);
                out.fields.push(PlanField {
                    id: fid.clone(),
                    prompt: f.prompt.get_ref().clone(),
                    suggestions,
                });
            }
            if let Some(pulls) = &step.pulls {
                let pline = span_line(src, pulls);
                for p in pulls.get_ref() {
                    let pid = p.get_ref();
                    if !plan_steps.contains(pid) {
                        errs.push(
                            file,
                            pline,
                            format!("step '{sid}' pulls '{pid}', which is not an earlier plan step"),
                        );
                    } else if out.pulls.contains(pid) {
                        errs.push(file, pline, format!("step '{sid}' pulls '{pid}' twice"));
                    } else {
                        out.pulls.push(pid.clone());
                    }
                }
            }
            if step.fields.is_empty() && step.pulls.as_ref().is_none_or(|p| p.get_ref().is_empty()) {
                errs.push(file, line, format!("plan step '{sid}' needs [[steps.fields]] or `pulls`"));
            }
        }
        StepKind::DiaryTask => match &step.diary {
            None => {
                errs.push(file, line, format!("diary_task step '{sid}' needs `diary` (drink, drug or urge)"))
            }
            Some(d) => match Diary::parse(d.get_ref()) {
                Some(diary) => out.diary = Some(diary),
                None => errs.push(
                    file,
                    span_line(src, d),
                    format!("unknown diary '{}' (known: drink, drug, urge)", d.get_ref()),
                ),
            },
        },
    }
    out
}

/// Checks a list of choices (or plan suggestions): ids valid and unique within the list,
/// every label an existing message.
fn check_choices(
    errs: &mut Errors,
    file: &str,
    src: &str,
    sid: &str,
    list: &[ChoiceToml],
    what: &str,
    check_msg: &CheckMsg<'_>,
) -> Vec<Choice> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for c in list {
        let cid = c.id.get_ref();
        let cline = span_line(src, &c.id);
        if !valid_id(cid) {
            errs.push(file, cline, format!("{what} id '{cid}' must match ^[a-z0-9-]+$"));
        }
        if !seen.insert(cid.as_str()) {
            errs.push(file, cline, format!("duplicate {what} id '{cid}' in step '{sid}'"));
        }
        check_msg(errs, &c.label, what);
        out.push(Choice { id: cid.clone(), label: c.label.get_ref().clone() });
    }
    out
}

fn check_voice(
    errs: &mut Errors,
    files: &BTreeMap<String, Bytes>,
    job: &crate::VoiceJob,
    json_path: &str,
    ogg_path: &str,
    sidecar: &Sidecar,
) {
    let json_src = files.get(json_path).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("");
    let key_line = |key: &str, nth: usize| {
        let pat = format!("\"{key}\"");
        json_src.match_indices(&pat).nth(nth).map_or(1, |(at, _)| line_of(json_src, at))
    };
    let ftl_file = job.file.trim_start_matches("content/");
    if sidecar.text_sha256 != text_sha256(&sidecar.voice, &job.text) {
        errs.push(
            ftl_file,
            job.line,
            format!(
                "voice-over content/{json_path} is stale: the text of '{}' ({}) changed since it was recorded; run `cargo xtask voice`",
                job.message_id, job.locale
            ),
        );
    }
    if sidecar.duration_ms == 0 {
        errs.push(json_path, key_line("duration_ms", 0), "duration_ms is 0");
    }
    if sidecar.sentences.is_empty() {
        errs.push(json_path, key_line("sentences", 0), "no sentence timings");
    }
    let mut prev_end = 0;
    let mut word_index = 0;
    for (i, s) in sidecar.sentences.iter().enumerate() {
        let line = key_line("start_ms", i);
        if s.start_ms < prev_end {
            errs.push(
                json_path,
                line,
                format!(
                    "sentence {} starts at {} ms, before the previous one ends ({prev_end} ms)",
                    i + 1,
                    s.start_ms
                ),
            );
        }
        if s.end_ms < s.start_ms {
            errs.push(json_path, line, format!("sentence {} ends before it starts", i + 1));
        }
        if s.end_ms > sidecar.duration_ms {
            errs.push(
                json_path,
                line,
                format!(
                    "sentence {} ends at {} ms, after the audio ends ({} ms)",
                    i + 1,
                    s.end_ms,
                    sidecar.duration_ms
                ),
            );
        }
        let mut prev_word_end = s.start_ms;
        for (j, w) in s.words.iter().enumerate() {
            let line = key_line("from_ms", word_index + j);
            if w.from_ms < prev_word_end || w.to_ms < w.from_ms {
                errs.push(
                    json_path,
                    line,
                    format!(
                        "word '{}' of sentence {} is out of order ({}–{} ms)",
                        w.word,
                        i + 1,
                        w.from_ms,
                        w.to_ms
                    ),
                );
            }
            if w.from_ms < s.start_ms || w.to_ms > s.end_ms || w.to_ms > sidecar.duration_ms {
                errs.push(
                    json_path,
                    line,
                    format!(
                        "word '{}' ({}–{} ms) is outside sentence {} ({}–{} ms) or the audio ({} ms)",
                        w.word,
                        w.from_ms,
                        w.to_ms,
                        i + 1,
                        s.start_ms,
                        s.end_ms,
                        sidecar.duration_ms
                    ),
                );
            }
            prev_word_end = w.to_ms;
        }
        word_index += s.words.len();
        prev_end = s.end_ms;
    }
    match files.get(ogg_path) {
        None => errs.push(
            ftl_file,
            job.line,
            format!(
                "no voice-over audio for '{}' ({}): content/{ogg_path} is missing; run `cargo xtask voice`",
                job.message_id, job.locale
            ),
        ),
        Some(bytes) => match ogg::vorbis_duration_ms(bytes) {
            Err(e) => errs.push(ogg_path, 1, e),
            Ok(real) if real.abs_diff(sidecar.duration_ms) > DURATION_TOLERANCE_MS => errs.push(
                json_path,
                key_line("duration_ms", 0),
                format!(
                    "duration_ms is {} but content/{ogg_path} lasts {real} ms; run `cargo xtask voice --force`",
                    sidecar.duration_ms
                ),
            ),
            Ok(_) => {}
        },
    }
}

/// Parses one `.ftl` file, records its messages and adds it to the bundle.
fn load_ftl(
    errs: &mut Errors,
    path: &str,
    source: &str,
    bundle: &mut FluentBundle<FluentResource>,
    msgs: &mut BTreeMap<String, MessageInfo>,
) {
    // The full parser (the bundle's runtime parser drops comments) for checks and positions.
    let ast = match fluent_syntax::parser::parse(source) {
        Ok(ast) => ast,
        Err((_, parse_errors)) => {
            for e in parse_errors {
                errs.push(path, line_of(source, e.pos.start), format!("Fluent syntax: {e}"));
            }
            return;
        }
    };
    let mut lines = top_level_lines(source);
    for entry in &ast.body {
        let (key, comment, value, attributes_vars, is_term) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.comment.is_some(),
                m.value.as_ref(),
                m.attributes.iter().any(|a| pattern_has_variables(&a.value)),
                false,
            ),
            ast::Entry::Term(t) => {
                (format!("-{}", t.id.name), t.comment.is_some(), Some(&t.value), false, true)
            }
            _ => continue,
        };
        let line = lines.get_mut(&key).and_then(VecDeque::pop_front).unwrap_or(1);
        if !comment {
            errs.push(
                path,
                line,
                format!("'{key}' has no `#` comment for translators (put it on the line just above)"),
            );
        }
        if is_term {
            continue;
        }
        if let Some(existing) = msgs.get(&key) {
            errs.push(
                path,
                line,
                format!("message '{key}' is already defined at content/{}:{}", existing.file, existing.line),
            );
            continue;
        }
        msgs.insert(
            key,
            MessageInfo {
                file: path.to_string(),
                line,
                has_value: value.is_some(),
                has_variables: attributes_vars || value.is_some_and(pattern_has_variables),
            },
        );
    }
    if let Ok(resource) = FluentResource::try_new(source.to_string()) {
        // Duplicates were reported above; the bundle keeps the first definition.
        let _ = bundle.add_resource(resource);
    }
}

/// Line numbers of each top-level `id =` / `-term =` in a Fluent source, in order.
fn top_level_lines(source: &str) -> BTreeMap<String, VecDeque<usize>> {
    let mut out: BTreeMap<String, VecDeque<usize>> = BTreeMap::new();
    for (i, line) in source.lines().enumerate() {
        let starts_ok = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if !starts_ok {
            continue;
        }
        let id_len = line
            .char_indices()
            .skip(1)
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
            .map_or(line.len(), |(at, _)| at);
        if line[id_len..].trim_start().starts_with('=') {
            out.entry(line[..id_len].to_string()).or_default().push_back(i + 1);
        }
    }
    out
}

fn pattern_has_variables(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { .. } => false,
        ast::PatternElement::Placeable { expression } => expression_has_variables(expression),
    })
}

fn expression_has_variables(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Inline(i) => inline_has_variables(i),
        ast::Expression::Select { selector, variants } => {
            inline_has_variables(selector) || variants.iter().any(|v| pattern_has_variables(&v.value))
        }
    }
}

fn inline_has_variables(i: &ast::InlineExpression<&str>) -> bool {
    match i {
        ast::InlineExpression::VariableReference { .. } => true,
        ast::InlineExpression::FunctionReference { arguments, .. } => call_has_variables(arguments),
        ast::InlineExpression::TermReference { arguments, .. } => {
            arguments.as_ref().is_some_and(call_has_variables)
        }
        ast::InlineExpression::Placeable { expression } => expression_has_variables(expression),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. } => false,
    }
}

fn call_has_variables(args: &ast::CallArguments<&str>) -> bool {
    args.positional.iter().any(inline_has_variables)
        || args.named.iter().any(|n| inline_has_variables(&n.value))
}
