//! The office hub inside the facilitator's app: `waymark-app --hub [hub options]`.
//!
//! **Decision:** the app runs the same hub as the `waymark-hub` binary (`waymark_hub`, same
//! options, its own database in `<app data>/hub/`), on the app's Tokio runtime, and points its
//! window at the hub's own loopback page. That page is the hub's UI served over HTTP, exactly as
//! an office browser gets it: the facilitator's screens, presenting the programme (voice-over
//! through `<audio>`), office sign-in. It is a remote page to Tauri, so it gets no IPC at all (no
//! capability names it); the app's own commands stay with its bundled UI.

use std::path::PathBuf;

use tauri::Manager;

/// The app's native player as the hub's room speakers.
pub struct RoomSpeakers(pub crate::audio::Voice);

impl waymark_api::RoomVoice for RoomSpeakers {
    fn play(
        &self,
        bytes: &[u8],
        request: waymark_api::AudioPlayRequest,
    ) -> Result<waymark_api::AudioStatus, waymark_api::Error> {
        self.0.play(bytes, request)
    }
    fn pause(&self) -> waymark_api::AudioStatus {
        self.0.pause()
    }
    fn resume(&self) -> waymark_api::AudioStatus {
        self.0.resume()
    }
    fn stop(&self) -> waymark_api::AudioStatus {
        self.0.stop()
    }
    fn status(&self) -> waymark_api::AudioStatus {
        self.0.status()
    }
}

/// Keeps the hub's listeners open for as long as the app runs.
struct HostedHub(#[allow(dead_code)] waymark_hub::RunningHub);

/// The hub's options if the app was started with `--hub` (everything after it).
pub fn requested() -> Option<Vec<String>> {
    let mut args = std::env::args().skip(1);
    args.by_ref().find(|a| a == "--hub")?;
    Some(args.collect())
}

/// Start the hub and show its screen in the main window.
pub fn start(
    app: &mut tauri::App,
    args: &[String],
    default_dir: PathBuf,
) -> Result<(), Box<dyn std::error::Error>> {
    let Some(options) = waymark_hub::parse_options(args, default_dir)? else {
        println!("{}", waymark_hub::USAGE);
        std::process::exit(0);
    };
    let hub = tauri::async_runtime::block_on(waymark_hub::open_and_start(&options))?;
    // The presenter screen is a remote page without IPC; the room's voice-over goes through
    // this app's own rodio player by the hub's loopback routes (`waymark_api::room_voice`).
    hub.hub().set_room_voice(std::sync::Arc::new(RoomSpeakers(crate::audio::Voice::start())));
    waymark_hub::print_addresses(&hub);
    let url: tauri::Url = format!("http://{}/", hub.http).parse()?;
    if let Some(window) = app.get_webview_window("main") {
        window.set_title("Waymark — office hub")?;
        // The facilitator's screens are made for a laptop or projector, not a phone.
        window.set_size(tauri::LogicalSize::new(1200.0, 820.0))?;
        window.navigate(url)?;
    }
    app.manage(HostedHub(hub));
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use waymark_api::{Api, AudioControlRequest, AudioPlayRequest, Code, Hub, PlaybackState};

    fn hub(dir: &tempfile::TempDir) -> Hub {
        let content = Arc::new(waymark_content::Content::embedded().unwrap());
        Hub::new(Api::open(content, &dir.path().join("hub.db")))
    }

    /// The hub in the facilitator's app plays the room's voice-over through the app's rodio
    /// player (a null sink here: no sound card), with the position for the read-along highlight;
    /// a hub without room speakers says so and the page plays it instead.
    #[test]
    fn the_presenter_drives_the_apps_native_player_through_the_hub() {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub(&dir);
        let control = AudioControlRequest {};
        assert_eq!(hub.room_audio_status(control.clone()).unwrap_err().code, Code::NotFound);
        hub.set_room_voice(Arc::new(super::RoomSpeakers(crate::audio::Voice::start())));
        let step = hub.own().get_step(waymark_api::GetStepRequest {
            locale: "en-GB".into(),
            session_id: "s01".into(),
            step_index: 0,
        });
        let src = step.unwrap().voice.unwrap().src;
        let played =
            hub.room_audio_play(AudioPlayRequest { src: src.clone(), start_ms: 0, rate: 1.0 }).unwrap();
        assert_eq!((played.state, played.src.as_deref()), (PlaybackState::Playing, Some(src.as_str())));
        std::thread::sleep(std::time::Duration::from_millis(400));
        let now = hub.room_audio_status(control.clone()).unwrap();
        assert!(now.position_ms >= 200, "the position moves in real time: {now:?}");
        assert_eq!(hub.room_audio_pause(control.clone()).unwrap().state, PlaybackState::Paused);
        assert_eq!(hub.room_audio_stop(control).unwrap().state, PlaybackState::Stopped);
        let bad =
            hub.room_audio_play(AudioPlayRequest { src: "en-GB/../x.ogg".into(), start_ms: 0, rate: 1.0 });
        assert_eq!(bad.unwrap_err().code, Code::NotFound);
    }
}
