//! Reminders through the real OS notification service (issue 14 point 2).
//!
//! On the desktop `tauri-plugin-notification` cannot schedule a notification for later, so a
//! thread here asks [`Api::due_reminders`] every 20 seconds while the app runs (planning is
//! `waymark_core::reminder`, pure; what was handed out is recorded in the phone's database, so
//! a restart or a clock that jumps never sends one twice) and shows each one now. Reminders due
//! while the app was closed are not sent late as a pile: the latest is shown once as the in-app
//! banner at the next start. While the app is locked nothing is planned; the next tick after
//! unlocking catches up (within the 10-minute grace as a notification, else as "missed").
//!
//! The page has no notification permission (the capability file grants none): only this Rust
//! side sends notifications. The words are never logged.

use std::sync::Arc;
use std::time::Duration;

use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;
use waymark_api::Api;

/// How often to look; `WAYMARK_REMINDER_TICK_MS` shortens it for tests.
fn tick() -> Duration {
    std::env::var("WAYMARK_REMINDER_TICK_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(Duration::from_secs(20), |ms| Duration::from_millis(ms.clamp(200, 60_000)))
}

/// The local UTC offset now, in minutes; read at each tick so a time zone change is seen.
fn utc_offset_minutes() -> i32 {
    chrono::Local::now().offset().local_minus_utc() / 60
}

pub fn start<R: Runtime>(app: AppHandle<R>, api: Arc<Api>) {
    let every = tick();
    let spawned = std::thread::Builder::new().name("waymark-reminders".into()).spawn(move || {
        loop {
            deliver(&app, &api);
            std::thread::sleep(every);
        }
    });
    if spawned.is_err() {
        eprintln!("Waymark: the reminder timer could not start; reminders are off until the next start.");
    }
}

fn deliver<R: Runtime>(app: &AppHandle<R>, api: &Api) {
    // Locked, or no database: nothing to plan now; the next tick tries again.
    let Ok(due) = api.due_reminders(utc_offset_minutes()) else { return };
    for notice in due.now {
        if app.notification().builder().title("Waymark").body(&notice.text).show().is_err() {
            eprintln!("Waymark: a reminder could not be shown (no notification service).");
        }
    }
}
