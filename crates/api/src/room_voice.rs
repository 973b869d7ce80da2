//! The room's speakers when the hub runs inside the facilitator's app.
//!
//! **Decision:** the presenter screen is a page the hub serves, so in the facilitator's app it is
//! a remote page with no IPC (see `src-tauri/src/hosted_hub.rs`). For the voice-over to go
//! through rodio there, the app gives the hub a [`RoomVoice`] (its native player) and the
//! presenter drives it through the facilitator's loopback-only routes (`room_audio_*`), polling
//! the position for the read-along highlight exactly as the app's own screens poll theirs. A
//! hub without one (the `waymark-hub` binary, any browser) answers `not_found` and the presenter
//! plays through `<audio>` instead.

use std::sync::Arc;

use crate::{AudioControlRequest, AudioPlayRequest, AudioStatus, Error, Hub};

/// A native voice-over player: the same controls as the app's `audio_*` commands.
pub trait RoomVoice: Send + Sync {
    fn play(&self, bytes: &[u8], request: AudioPlayRequest) -> Result<AudioStatus, Error>;
    fn pause(&self) -> AudioStatus;
    fn resume(&self) -> AudioStatus;
    fn stop(&self) -> AudioStatus;
    fn status(&self) -> AudioStatus;
}

fn voice(hub: &Hub) -> Result<&Arc<dyn RoomVoice>, Error> {
    hub.room_voice.get().ok_or_else(|| {
        Error::not_found("This hub has no room speaker of its own; the page plays the voice-over.")
    })
}

impl Hub {
    /// Give the hub the room's speakers (once; later calls change nothing).
    pub fn set_room_voice(&self, room_voice: Arc<dyn RoomVoice>) {
        let _ = self.room_voice.set(room_voice);
    }

    pub fn room_audio_play(&self, request: AudioPlayRequest) -> Result<AudioStatus, Error> {
        let voice = voice(self)?;
        voice.play(self.api.audio(&request.src)?, request)
    }

    pub fn room_audio_pause(&self, request: AudioControlRequest) -> Result<AudioStatus, Error> {
        let AudioControlRequest {} = request;
        Ok(voice(self)?.pause())
    }

    pub fn room_audio_resume(&self, request: AudioControlRequest) -> Result<AudioStatus, Error> {
        let AudioControlRequest {} = request;
        Ok(voice(self)?.resume())
    }

    pub fn room_audio_stop(&self, request: AudioControlRequest) -> Result<AudioStatus, Error> {
        let AudioControlRequest {} = request;
        Ok(voice(self)?.stop())
    }

    pub fn room_audio_status(&self, request: AudioControlRequest) -> Result<AudioStatus, Error> {
        let AudioControlRequest {} = request;
        Ok(voice(self)?.status())
    }
}
