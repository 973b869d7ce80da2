//! Declares the app's commands so Tauri generates an `allow-<command>` permission for each;
//! `capabilities/default.json` grants exactly these and no core plugin permission.

fn main() {
    // The one list of use-cases lives in the api crate (`for_each_command!`); read names from it
    // rather than copying them here.
    let list = std::fs::read_to_string("../crates/api/src/commands.rs")
        .expect("crates/api/src/commands.rs is readable");
    println!("cargo:rerun-if-changed=../crates/api/src/commands.rs");
    let mut commands: Vec<String> = list
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let (name, rest) = line.split_once('(')?;
            let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            (rest.contains(") -> ") && is_name).then(|| name.to_string())
        })
        .collect();
    commands.extend(
        ["audio_play", "audio_pause", "audio_resume", "audio_stop", "audio_status"].map(String::from),
    );
    // App-only network commands: pairing and sync (`waymark_api::SYNC_COMMANDS`).
    commands.extend(["hub_fingerprint", "pair_with_hub", "sync_now"].map(String::from));
    // The live group session's phone side (also in `SYNC_COMMANDS`).
    commands.extend(["live_follow", "live_join", "live_answer"].map(String::from));
    // Erasing the phone, telling the hub first (issue 11; also in `SYNC_COMMANDS`).
    commands.push("erase_phone".to_string());
    // Saving a backup as a file (also in `SYNC_COMMANDS`).
    commands.push("save_backup_file".to_string());
    // tauri-build wants `&'static` names; a build script is a short-lived process, so leak them.
    let commands: &'static [&'static str] = Box::leak(
        commands.into_iter().map(|c| &*Box::leak(c.into_boxed_str())).collect::<Vec<_>>().into_boxed_slice(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build step failed: check tauri.conf.json and capabilities/");
}
