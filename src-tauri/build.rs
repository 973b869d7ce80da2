fn main() {
    // Declaring the app's commands makes Tauri generate an `allow-<command>` permission for each;
    // capabilities/default.json grants exactly these and nothing from Tauri's core plugins.
    let commands = &[
        "status",
        "ui_strings",
        "list_sessions",
        "get_step",
        "complete_step",
        "audio_play",
        "audio_pause",
        "audio_resume",
        "audio_stop",
        "audio_status",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build step failed: check tauri.conf.json and capabilities/");
}
