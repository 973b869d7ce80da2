//! The Tauri shell. Each command is a few lines that call the `waymark_api` function of the same
//! name; the only things this crate adds are native voice-over playback ([`audio`]), the
//! phone's network side of pairing and sync ([`hub_sync`]), and hosting the office hub in the
//! facilitator's app (`waymark-app --hub …`, [`hosted_hub`]).
//!
//! **Architecture invariant:** this is the only crate that knows Tauri.

mod audio;
mod backup_file;
mod hosted_hub;
mod hub_sync;
mod keystore;
mod live;
mod reminders;
mod started;

use std::path::PathBuf;
use std::sync::Arc;

use tauri::{Manager, State};
use waymark_api::*;

use crate::audio::Voice;
use crate::hub_sync::SyncWorker;
use crate::live::LiveFollower;
use crate::started::Started;

/// What the commands work on, made by setup's start thread ([`started`]).
struct Core {
    api: Arc<Api>,
    worker: Arc<SyncWorker>,
}

impl Core {
    /// Both, for a command that hands them to a blocking task.
    fn api_and_worker(&self) -> (Arc<Api>, Arc<SyncWorker>) {
        (self.api.clone(), self.worker.clone())
    }
}

type CoreState<'a> = State<'a, Started<Core>>;
type VoiceState<'a> = State<'a, Started<Voice>>;

macro_rules! api_commands {
    ($($name:ident($request:ty) -> $response:ty;)*) => {
        $(
            #[tauri::command]
            fn $name(core: CoreState<'_>, request: $request) -> Result<$response, Error> {
                core.get().api.$name(request)
            }
        )*

        fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![
                $($name,)*
                audio_play,
                audio_pause,
                audio_resume,
                audio_stop,
                audio_status,
                hub_fingerprint,
                pair_with_hub,
                sync_now,
                live_follow,
                live_join,
                live_answer,
                erase_phone,
                save_backup_file
            ]
        }
    };
}

waymark_api::for_each_command!(api_commands);

#[tauri::command]
fn audio_play(
    core: CoreState<'_>,
    voice: VoiceState<'_>,
    request: AudioPlayRequest,
) -> Result<AudioStatus, Error> {
    voice.get().play(core.get().api.audio(&request.src)?, request)
}

#[tauri::command]
fn audio_pause(voice: VoiceState<'_>, request: AudioControlRequest) -> AudioStatus {
    let AudioControlRequest {} = request;
    voice.get().pause()
}

#[tauri::command]
fn audio_resume(voice: VoiceState<'_>, request: AudioControlRequest) -> AudioStatus {
    let AudioControlRequest {} = request;
    voice.get().resume()
}

#[tauri::command]
fn audio_stop(voice: VoiceState<'_>, request: AudioControlRequest) -> AudioStatus {
    let AudioControlRequest {} = request;
    voice.get().stop()
}

#[tauri::command]
fn audio_status(voice: VoiceState<'_>, request: AudioControlRequest) -> AudioStatus {
    let AudioControlRequest {} = request;
    voice.get().status()
}

/// Network work runs off the UI thread; a join failure (a panic) becomes a plain error.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(Error { code: Code::Internal, message: format!("Sync stopped unexpectedly ({e}).") })
    })
}

#[tauri::command]
async fn hub_fingerprint(request: HubProbeRequest) -> Result<HubProbe, Error> {
    blocking(move || hub_sync::hub_fingerprint(request)).await
}

#[tauri::command]
async fn pair_with_hub(core: CoreState<'_>, request: PairWithHubRequest) -> Result<SyncStatusView, Error> {
    let (api, worker) = core.get().api_and_worker();
    blocking(move || hub_sync::pair_with_hub(&api, &worker, request)).await
}

#[tauri::command]
async fn sync_now(core: CoreState<'_>, request: SyncNowRequest) -> Result<SyncStatusView, Error> {
    let SyncNowRequest {} = request;
    let (api, worker) = core.get().api_and_worker();
    blocking(move || worker.sync(&api)).await
}

#[tauri::command]
async fn live_follow(
    core: CoreState<'_>,
    follower: State<'_, Arc<LiveFollower>>,
    request: LiveFollowRequest,
    on_event: tauri::ipc::Channel<LiveNowView>,
) -> Result<LiveNowView, Error> {
    let LiveFollowRequest {} = request;
    let (api, follower) = (core.get().api.clone(), follower.inner().clone());
    blocking(move || follower.follow(api, on_event)).await
}

#[tauri::command]
async fn live_join(core: CoreState<'_>, request: LiveJoinRequest) -> Result<LiveSummary, Error> {
    let api = core.get().api.clone();
    blocking(move || live::join(&api, &request)).await
}

#[tauri::command]
async fn live_answer(core: CoreState<'_>, request: LiveAnswerRequest) -> Result<LiveAnswered, Error> {
    let api = core.get().api.clone();
    blocking(move || live::answer(&api, &request)).await
}

#[tauri::command]
async fn erase_phone(core: CoreState<'_>, request: EraseRequest) -> Result<LockView, Error> {
    let (api, worker) = core.get().api_and_worker();
    blocking(move || hub_sync::erase_phone(&api, &worker, request)).await
}

/// "Save a backup" in the app: the passphrase-locked file goes into the Downloads folder (else
/// Documents, else home), readable by its owner only, never over an existing file.
#[tauri::command]
async fn save_backup_file(
    app: tauri::AppHandle,
    core: CoreState<'_>,
    request: SaveBackupRequest,
) -> Result<SavedBackup, Error> {
    let api = core.get().api.clone();
    let paths = app.path();
    let folder = paths.download_dir().or_else(|_| paths.document_dir()).or_else(|_| paths.home_dir());
    blocking(move || {
        let folder = folder.map_err(|_| Error {
            code: Code::Internal,
            message: "There is no folder on this device to save a backup in.".into(),
        })?;
        let file = api.save_backup(request)?;
        backup_file::write_new(&folder, &file)
    })
    .await
}

/// Where the participant's database lives: `WAYMARK_DATA_DIR` if set (tests, portable installs),
/// else the platform's app data folder.
fn data_dir(app: &tauri::App) -> PathBuf {
    std::env::var_os("WAYMARK_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| app.path().app_data_dir().ok())
        .unwrap_or_else(|| PathBuf::from("waymark-data"))
}

/// Tauri's generated context uses `HashMap` internally; the ban is for our own code.
#[allow(clippy::disallowed_types)]
fn context() -> tauri::Context<tauri::Wry> {
    tauri::generate_context!()
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            // Made on threads while WebKit starts the page (see `started`).
            let (handle, db) = (app.handle().clone(), data_dir(app).join("waymark.db"));
            app.manage(Started::spawn("waymark-start", move || {
                // Content is compiled into the binary and checked by `cargo xtask test`; failing
                // here means a broken build, not bad user data.
                let content =
                    waymark_content::Content::embedded().unwrap_or_else(|err| started::could_not_start(err));
                let api = Arc::new(Api::open_app(Arc::new(content), &db, keystore::platform()));
                reminders::start(handle, api.clone());
                Core { worker: SyncWorker::start(api.clone()), api }
            }));
            app.manage(LiveFollower::new());
            app.manage(Started::spawn("waymark-voice-start", Voice::start));
            if let Some(hub_args) = hosted_hub::requested() {
                hosted_hub::start(app, &hub_args, data_dir(app).join("hub"))?;
            }
            Ok(())
        })
        .invoke_handler(invoke_handler())
        .run(context());
    if let Err(err) = result {
        started::could_not_start(err);
    }
}

#[cfg(test)]
mod tests {
    /// Every command the app serves is granted in the capability file, and nothing else is.
    #[test]
    fn capability_grants_exactly_the_app_commands() {
        let file = include_str!("../capabilities/default.json");
        let json: serde_json::Value = serde_json::from_str(file).expect("capabilities/default.json is JSON");
        let granted: Vec<String> = json["permissions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(String::from))
            .collect();
        let expected: Vec<String> = waymark_api::COMMANDS
            .iter()
            .chain(waymark_api::AUDIO_COMMANDS)
            .chain(waymark_api::SYNC_COMMANDS)
            .map(|(name, _, _)| format!("allow-{}", name.replace('_', "-")))
            .collect();
        assert_eq!(granted, expected);
    }
}
