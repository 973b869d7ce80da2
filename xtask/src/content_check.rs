//! `cargo xtask content-check`: load `content/` with full validation, run the reading-level
//! linter, and print a short report per session. Errors print as `file:line: message`.

use std::path::Path;

use anyhow::{Result, bail};
use waymark_content::{Content, LoadOptions, SOURCE_LOCALE, text};

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
    for session in content.sessions() {
        let title = content.text(SOURCE_LOCALE, &session.title).unwrap_or_default();
        let mut words = 0;
        let mut audio_ms = 0u64;
        let lowest_ease = session
            .steps
            .iter()
            .filter_map(|s| content.text(SOURCE_LOCALE, &s.text))
            .filter_map(|t| text::flesch_reading_ease(&t))
            .fold(f64::INFINITY, f64::min);
        for id in session.message_ids() {
            if let Some(t) = content.text(SOURCE_LOCALE, id) {
                words += text::words(&t).len();
            }
            if let Some(v) = content.voice(SOURCE_LOCALE, id) {
                audio_ms += u64::from(v.duration_ms);
            }
        }
        let translated: Vec<String> = content
            .locales()
            .into_iter()
            .filter(|l| l != SOURCE_LOCALE)
            .map(|l| {
                let ids = session.message_ids();
                let have = ids.iter().filter(|id| content.has_message(&l, id)).count();
                format!("{l} {have}/{}", ids.len())
            })
            .collect();
        println!(
            "{} {title}: {} steps, {words} words, lowest reading ease {lowest_ease:.0}, \
             {:.0} s of voice-over ({SOURCE_LOCALE}); translated: {}",
            session.id,
            session.steps.len(),
            audio_ms as f64 / 1000.0,
            if translated.is_empty() { "-".to_string() } else { translated.join(", ") }
        );
    }
    let lint = content.lint();
    for e in &lint {
        eprintln!("{e}");
    }
    if !lint.is_empty() {
        bail!("content check failed: {} reading-level problem(s)", lint.len());
    }
    println!("content ok: {} session(s), {} locale(s)", content.sessions().len(), content.locales().len());
    Ok(())
}
