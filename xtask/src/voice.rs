//! Voice-over build: text → speech → Ogg Vorbis + sentence timings. INTERFACE STUB.

use std::path::Path;

/// Synthesise every message that lacks up-to-date audio. `force` re-synthesises everything.
pub fn build(_root: &Path, _force: bool) -> anyhow::Result<()> {
    anyhow::bail!("voice build not implemented yet")
}
