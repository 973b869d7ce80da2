//! `cargo xtask content-check`: load `content/` with full validation (structure, step kinds,
//! messages, voice-over and timings), run the reading-level linter, and print:
//!
//! - per session: steps (and how many ask something of the person), words, Flesch reading
//!   ease of its English screens (lowest and mean), voice-over minutes and bytes;
//! - per locale: total voice-over files, minutes and size, against the
//!   [`AUDIO_BUDGET_BYTES`] budget (over budget fails the check);
//! - translation coverage: per locale and per source file, messages present and missing.
//!
//! Errors print as `file:line: message`.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Result, bail};
use waymark_content::{Content, FLESCH_MIN_WORDS, LoadOptions, SOURCE_LOCALE, StepKind, text};

/// All sessions' voice-over must fit in 40 MiB per language (DESIGN §4).
pub const AUDIO_BUDGET_BYTES: u64 = 40 * 1024 * 1024;

pub fn check(root: &Path) -> Result<()> {
    let content = match Content::load_dir_with(&root.join("content"), LoadOptions::default()) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            bail!("content check failed: {} error(s)", errors.len());
        }
    };

    println!("Sessions ({SOURCE_LOCALE}):");
    println!(
        "{:<4} {:<34} {:>5} {:>5} {:>6} {:>5} {:>5} {:>7} {:>9}",
        "id", "title", "steps", "asks", "words", "ease", "mean", "audio", "bytes"
    );
    let (mut all_words, mut all_ms, mut all_bytes) = (0usize, 0u64, 0u64);
    for session in content.sessions() {
        let title = content.text(SOURCE_LOCALE, &session.title).unwrap_or_default();
        let ids: BTreeSet<&str> = session.message_ids().into_iter().collect();
        let (mut words, mut audio_ms, mut bytes) = (0usize, 0u64, 0u64);
        let mut eases = Vec::new();
        for id in &ids {
            if let Some(t) = content.text(SOURCE_LOCALE, id) {
                let n = text::words(&t).len();
                words += n;
                if n >= FLESCH_MIN_WORDS {
                    eases.extend(text::flesch_reading_ease(&t));
                }
            }
            if let Some(v) = content.voice(SOURCE_LOCALE, id) {
                audio_ms += u64::from(v.duration_ms);
                bytes += content.audio(SOURCE_LOCALE, &v.file).map_or(0, |b| b.len() as u64);
            }
        }
        let lowest = eases.iter().copied().fold(f64::INFINITY, f64::min);
        let mean = eases.iter().sum::<f64>() / eases.len().max(1) as f64;
        let asks = session.steps.iter().filter(|s| s.kind != StepKind::Read).count();
        println!(
            "{:<4} {:<34} {:>5} {:>5} {:>6} {:>5.0} {:>5.0} {:>5.1} m {:>9}",
            session.id,
            truncate(&title, 34),
            session.steps.len(),
            asks,
            words,
            lowest,
            mean,
            audio_ms as f64 / 60_000.0,
            kib(bytes)
        );
        all_words += words;
        all_ms += audio_ms;
        all_bytes += bytes;
    }
    println!(
        "{:<4} {:<34} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5.1} m {:>9}",
        "all",
        "",
        content.sessions().iter().map(|s| s.steps.len()).sum::<usize>(),
        "",
        all_words,
        "",
        "",
        all_ms as f64 / 60_000.0,
        kib(all_bytes)
    );

    println!("\nVoice-over per locale (sessions and UI; budget {} per locale):", kib(AUDIO_BUDGET_BYTES));
    let jobs = content.voice_jobs();
    let mut over = Vec::new();
    for locale in content.locales() {
        let (mut files, mut ms, mut bytes) = (0usize, 0u64, 0u64);
        for job in jobs.iter().filter(|j| j.locale == locale) {
            if let Some(v) = content.voice(&locale, &job.message_id) {
                files += 1;
                ms += u64::from(v.duration_ms);
                bytes += content.audio(&locale, &v.file).map_or(0, |b| b.len() as u64);
            }
        }
        println!(
            "  {locale:<6} {files:>4} files, {:>5.1} min, {:>9} ({:.1}% of budget)",
            ms as f64 / 60_000.0,
            kib(bytes),
            bytes as f64 * 100.0 / AUDIO_BUDGET_BYTES as f64
        );
        if bytes > AUDIO_BUDGET_BYTES {
            over.push(locale);
        }
    }

    println!("\nTranslation coverage (messages present / in {SOURCE_LOCALE}; missing ones fall back):");
    let mut last_locale = String::new();
    for c in content.coverage() {
        if c.locale != last_locale {
            let (present, total) = content
                .coverage()
                .iter()
                .filter(|x| x.locale == c.locale)
                .fold((0, 0), |(p, t), x| (p + x.present, t + x.present + x.missing.len()));
            println!("  {}: {present}/{total}", c.locale);
            last_locale = c.locale.clone();
        }
        let total = c.present + c.missing.len();
        let note = if c.missing.is_empty() {
            "complete".to_string()
        } else {
            format!("{} missing", c.missing.len())
        };
        println!("    {:<10} {:>4}/{:<4} {note}", c.file, c.present, total);
    }

    let lint = content.lint();
    for e in &lint {
        eprintln!("{e}");
    }
    if !over.is_empty() {
        bail!("voice-over is over the {} budget for: {}", kib(AUDIO_BUDGET_BYTES), over.join(", "));
    }
    if !lint.is_empty() {
        bail!("content check failed: {} reading-level problem(s)", lint.len());
    }
    println!("\ncontent ok: {} session(s), {} locale(s)", content.sessions().len(), content.locales().len());
    Ok(())
}

fn kib(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.0} KiB", bytes as f64 / 1024.0)
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_string() } else { s.chars().take(max - 1).chain(['…']).collect() }
}
