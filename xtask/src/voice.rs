//! Voice-over build: text → speech → Ogg Vorbis + sentence timings (`cargo xtask voice`).
//!
//! For every message that needs voice-over ([`waymark_content::Content::voice_jobs`]: every
//! message a session uses, and every UI string without variables; UI strings with variables,
//! such as `step-of`, are not voiced yet), this:
//!
//! 1. skips it if `content/audio/<locale>/<id>.json` exists, its `.ogg` exists, and its
//!    `text_sha256` matches the current text for the voice recorded in it (the cache; so a
//!    human recording with `"voice": "human"` stays as long as its text is unchanged);
//! 2. otherwise splits the formatted text into sentences
//!    ([`waymark_content::text::split_sentences`]: after `.`, `!`, `?` or `…` followed by a
//!    space or line break), synthesises each sentence separately, trims the silence the
//!    engine leaves around it, joins them with [`GAP_MS`] of silence, records each sentence's
//!    start and end exactly from sample counts, encodes the result as Ogg Vorbis with
//!    `oggenc` (mono, 22.05 kHz, quality 1: small and clear enough for speech), and writes
//!    the sidecar JSON;
//! 3. deletes files under `content/audio/` that no message needs any more.
//!
//! `--force` re-synthesises every file made by a speech engine; recordings whose voice is
//! `human…` are never replaced while their text is unchanged.
//!
//! The engine sits behind [`Voice`], so piper or another engine can be swapped in. Today:
//! `espeak-ng` (Debian package; GPL, used only at build time) with `en-gb` and `cy`.

mod intelligibility;
mod lexicon;
mod neural;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};
use waymark_content::{Content, LoadOptions, Sidecar, TimedSentence, VoiceJob, text, text_sha256};

/// Silence between sentences.
const GAP_MS: u32 = 350;
/// Silence kept before the first and after the last sentence.
const EDGE_MS: u32 = 100;
/// Samples quieter than this (of 32767) count as silence when trimming.
const SILENCE_THRESHOLD: i16 = 300;
/// Quiet kept around each sentence after trimming, so word edges are not clipped.
const PAD_MS: u32 = 30;

/// A speech engine that turns one sentence into a mono 16-bit WAV file.
pub trait Voice {
    /// Recorded in the sidecar and hashed with the text, e.g. `espeak-ng:en-gb`.
    fn id(&self) -> String;
    fn synthesise(&self, sentence: &str, out: &Path) -> Result<()>;
}

/// `espeak-ng -v <voice> -s 150 -w <out>`, with the sentence on stdin (so text that starts
/// with `-` is never taken for an option).
pub struct Espeak {
    pub voice: &'static str,
    pub words_per_minute: u32,
}

impl Voice for Espeak {
    fn id(&self) -> String {
        format!("espeak-ng:{}", self.voice)
    }

    fn synthesise(&self, sentence: &str, out: &Path) -> Result<()> {
        use std::io::Write as _;
        let mut child = Command::new("espeak-ng")
            .args(["-v", self.voice, "-s", &self.words_per_minute.to_string(), "--stdin", "-w"])
            .arg(out)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("running espeak-ng (install it: apt-get install espeak-ng)")?;
        child
            .stdin
            .take()
            .ok_or_else(|| anyhow!("espeak-ng has no stdin"))?
            .write_all(spoken_form(sentence).as_bytes())?;
        let output = child.wait_with_output()?;
        if !output.status.success() {
            bail!("espeak-ng failed: {}", String::from_utf8_lossy(&output.stderr));
        }
        Ok(())
    }
}

/// Clips Whisper base mis-hears more than this share of the words of fail the build.
pub const MAX_WER_PERCENT: f64 = 10.0;

/// The engine id a locale's clips are made with now (a clip made by another engine is stale).
fn engine_id(locale: &str) -> String {
    if locale == "en-GB" {
        "hibari-tts-0.2.1:heart".into()
    } else {
        format!("espeak-ng:{}", locale.to_lowercase())
    }
}

/// The espeak-ng engine for a locale (Welsh; and English as a fallback).
pub fn voice_for(locale: &str) -> Result<Box<dyn Voice>> {
    let voice = match locale {
        "en-GB" => "en-gb",
        "cy" => "cy",
        other => bail!("no voice configured for locale '{other}' (add one in xtask/src/voice.rs)"),
    };
    Ok(Box::new(Espeak { voice, words_per_minute: 150 }))
}

/// Text as the engine should say it (the sidecar keeps the written form). UK phone numbers
/// are read digit by digit ("999" → "9 9 9", not "nine hundred and ninety-nine"); other
/// numbers (such as "175 ml") are left alone, and "ml" is read as "millilitres".
pub(crate) fn spoken_form(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split(' ').collect();
    let all_digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let digits_of = |w: &'_ str| w.trim_end_matches(|c: char| !c.is_ascii_digit()).to_string();
    // A UK phone number ("0300 123 1110"): a word of digits starting with 0, and the groups of
    // digits that follow it, are read digit by digit.
    let mut in_phone = vec![false; words.len()];
    for i in 0..words.len() {
        let d = digits_of(words[i]);
        let starts = all_digits(&d) && d.starts_with('0') && d.len() >= 3;
        let continues =
            i > 0 && in_phone[i - 1] && all_digits(&d) && words[i - 1].len() == digits_of(words[i - 1]).len();
        in_phone[i] = starts || continues;
    }
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
            let rest = &w[digits.len()..];
            if PHONE_NUMBERS.contains(&digits) || (in_phone[i] && !digits.is_empty()) {
                let spaced: Vec<String> = digits.chars().map(String::from).collect();
                format!("{}{rest}", spaced.join(" "))
            } else if *w == "ml" {
                // "a 175 ml glass" → "millilitre glass"; "10 ml of alcohol" → "millilitres of".
                let next = words.get(i + 1).copied().unwrap_or("of");
                if next == "of" { "millilitres".to_string() } else { "millilitre".to_string() }
            } else if w.trim_end_matches(|c: char| c.is_ascii_punctuation()) == "ml" {
                format!("millilitres{}", &w[2..])
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Numbers read digit by digit.
const PHONE_NUMBERS: [&str; 2] = ["999", "111"];

/// Synthesise every message that lacks up-to-date audio. `force` re-synthesises everything
/// made by a speech engine (see the module docs).
pub fn build(root: &Path, force: bool) -> Result<()> {
    let content_dir = root.join("content");
    // Text only: the audio is what we are about to make.
    let content =
        Content::load_dir_with(&content_dir, LoadOptions { require_audio: false }).map_err(|errors| {
            for e in &errors {
                eprintln!("{e}");
            }
            anyhow!("{} content error(s); fix the text first", errors.len())
        })?;
    let jobs = content.voice_jobs();
    let work = std::env::temp_dir().join(format!("waymark-voice-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let result = run_jobs(root, &content_dir, &jobs, force, &work);
    let _ = std::fs::remove_dir_all(&work);
    result?;
    remove_orphans(&content_dir, &jobs)?;
    report_sizes(&content_dir, &content.locales())
}

fn run_jobs(root: &Path, content_dir: &Path, jobs: &[VoiceJob], force: bool, work: &Path) -> Result<()> {
    let total = jobs.len();
    let (mut made, mut cached) = (0, 0);
    let mut neural: Option<(neural::Env, neural::Worker, PathBuf)> = None;
    let lexicon = lexicon::Lexicon::load(&root.join("xtask/voice/lexicon-en-GB.toml"))?;
    let mut failures = Vec::new();
    let started = std::time::Instant::now();
    for (i, job) in jobs.iter().enumerate() {
        let label = format!("[{}/{total}] {} {}", i + 1, job.locale, job.message_id);
        let json_path = content_dir.join(job.sidecar_path());
        let ogg_path = content_dir.join(job.audio_path());
        let existing: Option<Sidecar> =
            std::fs::read(&json_path).ok().and_then(|b| serde_json::from_slice(&b).ok());
        if let Some(old) = &existing {
            let same_engine = old.voice == engine_id(&job.locale) || old.voice.starts_with("human");
            let fresh =
                same_engine && ogg_path.exists() && old.text_sha256 == text_sha256(&old.voice, &job.text);
            if fresh && (!force || old.voice.starts_with("human")) {
                eprintln!("{label} ... cached");
                cached += 1;
                continue;
            }
            if !fresh && old.voice.starts_with("human") {
                eprintln!("{label} ... text changed: replacing the '{}' recording", old.voice);
            }
        }
        let at = || format!("{}:{}: voice-over for '{}'", job.file, job.line, job.message_id);
        let mut check = None;
        let mut heard_text = String::new();
        let sidecar = if job.locale == "en-GB" {
            if neural.is_none() {
                let env = neural::ensure_env(&crate::target_dir(root))?;
                let worker = neural::Worker::start(&env, root)?;
                let carrier = work.join("carrier.wav");
                neural::Hibari { worker: &worker, lexicon: lexicon.clone(), seed: 0 }
                    .synthesise(neural::CARRIER, &carrier)
                    .context("synthesising the transcription carrier")?;
                neural = Some((env, worker, carrier));
            }
            let (env, worker, carrier) = neural.as_ref().ok_or_else(|| anyhow!("no speech worker"))?;
            // Up to TAKES takes, each with its own seed (the engine's prosody varies with it),
            // as a voice actor does another take: the first that Whisper base hears well is
            // kept, or else the best. Seed 0 first, so an unchanged clip is made the same.
            let best = work.join("best.ogg");
            let mut kept: Option<(Sidecar, intelligibility::Comparison, String)> = None;
            for seed in 0..neural::TAKES {
                let voice = neural::Hibari { worker, lexicon: lexicon.clone(), seed };
                let mut sidecar = synthesise(&voice, job, &ogg_path, work).with_context(at)?;
                // What Whisper base hears in the encoded clip (what people will hear), and
                // word timings from it; a short clip is heard after a carrier sentence.
                let carrier = (sidecar.duration_ms < neural::CARRIER_BELOW_MS).then_some(carrier.as_path());
                let heard = worker.transcribe(&ogg_path, &env.whisper_dir, carrier).with_context(at)?;
                let cmp = intelligibility::compare(&job.text, &heard);
                intelligibility::word_timings(&mut sidecar.sentences, &heard);
                let text = heard.iter().map(|w| w.word.as_str()).collect::<Vec<_>>().join(" ");
                let pass = cmp.wer_percent() <= MAX_WER_PERCENT;
                if kept.as_ref().is_none_or(|k| cmp.errors < k.1.errors) {
                    if !pass {
                        std::fs::copy(&ogg_path, &best)?;
                    }
                    kept = Some((sidecar, cmp, text));
                    if pass {
                        break;
                    }
                } else if seed + 1 == neural::TAKES {
                    std::fs::copy(&best, &ogg_path)?;
                }
            }
            let (sidecar, cmp, text) = kept.ok_or_else(|| anyhow!("no take"))?;
            heard_text = text;
            check = Some(cmp);
            sidecar
        } else {
            let voice = voice_for(&job.locale)?;
            synthesise(voice.as_ref(), job, &ogg_path, work).with_context(at)?
        };
        let not_english = job.locale == "en-GB" && lexicon.only_not_english(&job.text);
        if not_english {
            eprintln!("{label}: not checked by ear (reviewed non-English words: {})", job.text);
        }
        let failed = !not_english && check.as_ref().is_some_and(|c| c.wer_percent() > MAX_WER_PERCENT);
        if failed {
            // No sidecar for a clip that failed: the content check calls it missing and the
            // next run makes it again (after a lexicon entry or a rewording).
            let _ = std::fs::remove_file(&json_path);
        } else {
            let mut json = serde_json::to_string_pretty(&sidecar)?;
            json.push('\n');
            std::fs::write(&json_path, json)?;
        }
        let wer = check.as_ref().map_or(String::new(), |c| format!(", WER {:.1} %", c.wer_percent()));
        eprintln!("{label} ... synthesised ({:.1} s{wer})", f64::from(sidecar.duration_ms) / 1000.0);
        if let Some(c) = check.filter(|_| failed) {
            let uncovered: Vec<&str> =
                c.differ.iter().map(String::as_str).filter(|w| !lexicon.covers(w)).collect();
            failures.push(format!(
                "{}:{}: '{}' ({}): Whisper base mis-hears {:.0} % of the words (heard \"{heard_text}\"); differ: {}; no lexicon entry covers: {}",
                job.file,
                job.line,
                job.message_id,
                job.locale,
                c.wer_percent(),
                c.differ.join(", "),
                uncovered.join(", ")
            ));
        }
        made += 1;
    }
    eprintln!("voice-over: {made} synthesised, {cached} cached, in {:.0} s", started.elapsed().as_secs_f64());
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("{f}");
        }
        bail!(
            "{} clip(s) over {MAX_WER_PERCENT} % word error rate: add lexicon entries (xtask/voice/lexicon-en-GB.toml) or reword",
            failures.len()
        );
    }
    Ok(())
}

/// Synthesises one message into `ogg_path` and returns its sidecar.
fn synthesise(voice: &dyn Voice, job: &VoiceJob, ogg_path: &Path, work: &Path) -> Result<Sidecar> {
    let sentences = text::split_sentences(&job.text);
    if sentences.is_empty() {
        bail!("message has no text to speak");
    }
    let mut samples: Vec<i16> = Vec::new();
    let mut rate = 0u32;
    let mut timed = Vec::new();
    for (n, sentence) in sentences.iter().enumerate() {
        let wav = work.join(format!("sentence-{n}.wav"));
        voice.synthesise(sentence, &wav)?;
        let mut reader =
            hound::WavReader::open(&wav).with_context(|| format!("reading {}", wav.display()))?;
        let spec = reader.spec();
        if spec.channels != 1 || spec.bits_per_sample != 16 || spec.sample_format != hound::SampleFormat::Int
        {
            bail!("{} is not mono 16-bit PCM", wav.display());
        }
        if rate == 0 {
            rate = spec.sample_rate;
            samples.extend(silence(rate, EDGE_MS));
        } else if spec.sample_rate != rate {
            bail!("sample rate changed between sentences ({rate} → {})", spec.sample_rate);
        } else {
            samples.extend(silence(rate, GAP_MS));
        }
        let speech: Vec<i16> = reader.samples::<i16>().collect::<Result<_, _>>()?;
        let speech = trim_silence(&speech, ms_to_samples(rate, PAD_MS));
        let start = samples.len();
        samples.extend_from_slice(speech);
        timed.push(TimedSentence {
            text: sentence.clone(),
            start_ms: samples_to_ms(rate, start),
            end_ms: samples_to_ms(rate, samples.len()),
            words: Vec::new(),
        });
    }
    samples.extend(silence(rate, EDGE_MS));

    let joined = work.join("joined.wav");
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(&joined, spec)?;
    for s in &samples {
        writer.write_sample(*s)?;
    }
    writer.finalize()?;

    if let Some(dir) = ogg_path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let encoded = work.join("joined.ogg");
    let status = Command::new("oggenc")
        .args(["-Q", "-q", "1", "--resample", "22050", "-o"])
        .arg(&encoded)
        .arg(&joined)
        .status()
        .context("running oggenc (install it: apt-get install vorbis-tools)")?;
    if !status.success() {
        bail!("oggenc failed on {}", joined.display());
    }
    std::fs::copy(&encoded, ogg_path).with_context(|| format!("writing {}", ogg_path.display()))?;

    let voice_id = voice.id();
    debug_assert!(voice_id == engine_id(&job.locale) || job.locale != "en-GB");
    Ok(Sidecar {
        text_sha256: text_sha256(&voice_id, &job.text),
        voice: voice_id,
        duration_ms: samples_to_ms(rate, samples.len()),
        sentences: timed,
    })
}

/// `cargo xtask voice --wer FILE`: per-session word error rate of recorded Whisper transcripts
/// (JSON lines `{"id": message id, "words": [{word, start, end}]}`) against the en-GB text.
/// Used for the "before" figures in docs/benchmarks.md.
pub fn wer_report(root: &Path, transcripts: &Path) -> Result<()> {
    let content = Content::load_dir_with(&root.join("content"), LoadOptions { require_audio: false })
        .map_err(|e| anyhow!("{} content error(s)", e.len()))?;
    let texts: BTreeMap<String, String> = content
        .voice_jobs()
        .into_iter()
        .filter(|j| j.locale == "en-GB")
        .map(|j| (j.message_id, j.text))
        .collect();
    #[derive(serde::Deserialize)]
    struct Line {
        id: String,
        words: Vec<intelligibility::HeardWord>,
    }
    // group → (errors, words, clips, worst clip WER, worst id)
    let mut groups: BTreeMap<String, (u32, u32, u32, f64, String)> = BTreeMap::new();
    let src = std::fs::read_to_string(transcripts)?;
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let l: Line = serde_json::from_str(line)?;
        let Some(text) = texts.get(&l.id) else { continue };
        let c = intelligibility::compare(text, &l.words);
        let group = match l.id.split('-').next() {
            Some(g) if g.len() == 3 && g.starts_with('s') => g.to_string(),
            _ => "ui".to_string(),
        };
        for key in [group, "all".to_string()] {
            let e = groups.entry(key).or_insert((0, 0, 0, 0.0, String::new()));
            e.0 += c.errors;
            e.1 += c.words;
            e.2 += 1;
            if c.wer_percent() > e.3 {
                e.3 = c.wer_percent();
                e.4.clone_from(&l.id);
            }
        }
    }
    println!("| part | clips | words | WER | worst clip |");
    println!("|---|---:|---:|---:|---|");
    for (g, (errors, words, clips, worst, id)) in &groups {
        let wer = f64::from(*errors) * 100.0 / f64::from((*words).max(1));
        println!("| {g} | {clips} | {words} | {wer:.1} % | {worst:.0} % `{id}` |");
    }
    Ok(())
}

fn ms_to_samples(rate: u32, ms: u32) -> usize {
    (u64::from(rate) * u64::from(ms) / 1000) as usize
}

fn samples_to_ms(rate: u32, n: usize) -> u32 {
    u32::try_from(n as u64 * 1000 / u64::from(rate.max(1))).unwrap_or(u32::MAX)
}

fn silence(rate: u32, ms: u32) -> impl Iterator<Item = i16> {
    std::iter::repeat_n(0i16, ms_to_samples(rate, ms))
}

/// The speech in a clip without the silence around it, keeping `pad` samples either side.
fn trim_silence(s: &[i16], pad: usize) -> &[i16] {
    let loud = |x: &i16| x.unsigned_abs() > SILENCE_THRESHOLD.unsigned_abs();
    let Some(first) = s.iter().position(loud) else { return s };
    let last = s.iter().rposition(loud).unwrap_or(first);
    &s[first.saturating_sub(pad)..(last + 1 + pad).min(s.len())]
}

/// Deletes files under `content/audio/` that no voice job needs any more.
fn remove_orphans(content_dir: &Path, jobs: &[VoiceJob]) -> Result<()> {
    let wanted: BTreeSet<PathBuf> = jobs
        .iter()
        .flat_map(|j| [content_dir.join(j.audio_path()), content_dir.join(j.sidecar_path())])
        .collect();
    let audio = content_dir.join("audio");
    let Ok(locales) = std::fs::read_dir(&audio) else { return Ok(()) };
    for locale in locales {
        let locale = locale?.path();
        if !locale.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&locale)? {
            let path = file?.path();
            let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if path.is_file() && !hidden && !wanted.contains(&path) {
                std::fs::remove_file(&path)?;
                eprintln!("removed orphaned {}", path.strip_prefix(content_dir).unwrap_or(&path).display());
            }
        }
        if std::fs::read_dir(&locale)?.next().is_none() {
            std::fs::remove_dir(&locale)?;
        }
    }
    Ok(())
}

fn report_sizes(content_dir: &Path, locales: &[String]) -> Result<()> {
    for locale in locales {
        let dir = content_dir.join("audio").join(locale);
        let (mut files, mut bytes) = (0u64, 0u64);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries {
                let e = e?;
                if e.path().extension().is_some_and(|x| x == "ogg") {
                    files += 1;
                    bytes += e.metadata()?.len();
                }
            }
        }
        eprintln!("audio/{locale}: {files} files, {:.1} KiB", bytes as f64 / 1024.0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_spoken_digit_by_digit() {
        assert_eq!(spoken_form("call 999."), "call 9 9 9.");
        assert_eq!(spoken_form("call 111 now"), "call 1 1 1 now");
        assert_eq!(spoken_form("14 units"), "14 units");
        assert_eq!(spoken_form("Drinkline: 0300 123 1110."), "Drinkline: 0 3 0 0 1 2 3 1 1 1 0.");
        assert_eq!(spoken_form("0300 123 6600, free"), "0 3 0 0 1 2 3 6 6 0 0, free");
        assert_eq!(spoken_form("in 2026 123 people"), "in 2026 123 people");
        assert_eq!(spoken_form("a 175 ml glass, or 25 ml."), "a 175 millilitre glass, or 25 millilitres.");
        assert_eq!(spoken_form("10 ml of pure alcohol"), "10 millilitres of pure alcohol");
        assert_eq!(spoken_form("NHS 111."), "NHS 1 1 1.");
    }

    #[test]
    fn trimming_keeps_padding_and_handles_silence() {
        let clip = [0, 0, 0, 0, 5000, 6000, 0, 0, 0];
        assert_eq!(trim_silence(&clip, 1), &[0, 5000, 6000, 0]);
        assert_eq!(trim_silence(&[0, 0], 1), &[0, 0]);
    }
}
