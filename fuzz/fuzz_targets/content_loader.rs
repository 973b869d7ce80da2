//! The content loader (TOML manifest and sessions, Fluent `.ftl`, voice-over sidecars and Ogg
//! lengths) on arbitrary files, through `Content::from_files`: the same entry the embedded and
//! on-disk loaders use. It may refuse anything; it must not panic, hang or overflow.
//!
//! Input: one flag byte (bit 0: `require_audio`), then files, each `@@ <path>\n<bytes>` up to
//! the next `\n@@ ` (the corpus holds real content in this form).
#![no_main]

use std::borrow::Cow;
use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use waymark_content::{Content, LoadOptions};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let mut files: BTreeMap<String, Cow<'static, [u8]>> = BTreeMap::new();
    let mut rest = rest;
    while let Some(after) = rest.strip_prefix(b"@@ ") {
        let Some(eol) = after.iter().position(|&b| b == b'\n') else { break };
        let path = String::from_utf8_lossy(&after[..eol]).into_owned();
        let body = &after[eol + 1..];
        let end = body.windows(4).position(|w| w == b"\n@@ ").unwrap_or(body.len());
        files.insert(path, Cow::Owned(body[..end].to_vec()));
        rest = body.get(end + 1..).unwrap_or_default();
    }
    let opts = LoadOptions { require_audio: flags & 1 == 1 };
    if let Ok(content) = Content::from_files(files, opts) {
        // What the app and hub do next with loaded content: lint, list, format.
        let _ = content.lint();
        let _ = content.coverage();
        let _ = content.voice_jobs();
        for locale in content.locales() {
            let _ = content.ui_ftl(&locale);
            for id in content.ui_message_ids(&locale) {
                let _ = content.text(&locale, id);
            }
        }
    }
});
