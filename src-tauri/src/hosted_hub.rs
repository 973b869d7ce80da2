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
