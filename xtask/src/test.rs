//! `cargo xtask test`: every check and test, in the order that fails fastest.
//!
//! Each stage is timed and a summary printed at the end, so slow stages are visible in CI logs.

use std::path::Path;
use std::time::Instant;

use crate::{cmd, setup};

pub fn all(root: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut timings: Vec<(&str, f64)> = Vec::new();
    let mut stage = |name: &'static str, f: &mut dyn FnMut() -> anyhow::Result<()>| -> anyhow::Result<()> {
        eprintln!("\n==> {name}");
        let t = Instant::now();
        let result = f();
        timings.push((name, t.elapsed().as_secs_f64()));
        result.map_err(|e| e.context(format!("stage `{name}` failed")))
    };
    let ui = root.join("ui");
    let e2e = root.join("tests/e2e");

    stage("setup", &mut || setup::all(root))?;
    stage("content check", &mut || crate::content_check::check(root))?;
    stage("ui: svelte-check", &mut || cmd("npm", &["run", "--silent", "check"]).dir(&ui).run())?;
    stage("ui: unit tests", &mut || cmd("npm", &["run", "--silent", "test"]).dir(&ui).run())?;
    stage("ui: build", &mut || crate::build_ui(root))?;
    stage("rustfmt", &mut || cmd("cargo", &["fmt", "--all", "--check"]).run())?;
    stage("clippy", &mut || {
        cmd("cargo", &["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"]).run()
    })?;
    // One build of every target with one feature set: the app and hub binaries the e2e tests
    // drive come out of this same build, so nothing is compiled twice.
    stage("build", &mut || cmd("cargo", &["build", "--workspace", "--all-targets", "--locked"]).run())?;
    // Under a private session bus with a real, unlocked GNOME Keyring (in a temporary folder), so
    // the app's OS keystore tests run against the real Secret Service and may not skip.
    let keyrings = std::env::temp_dir().join(format!("waymark-keyrings-{}", std::process::id()));
    std::fs::create_dir_all(&keyrings)?;
    stage("cargo test", &mut || {
        let script = "printf waymark | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
                      && exec cargo test --workspace --locked";
        cmd("dbus-run-session", &["--", "sh", "-c", script])
            .env("XDG_DATA_HOME", &keyrings)
            .env("WAYMARK_KEYSTORE_TEST", "required")
            .run()
    })?;
    let _ = std::fs::remove_dir_all(&keyrings);
    // Every fuzz target for a short, bounded time from its committed corpus and past crashes:
    // a regression of a fixed crash fails here. (The long campaign is `cargo xtask fuzz
    // --seconds N`; figures in docs/reliability.md.)
    stage("fuzz (10 s per target)", &mut || crate::fuzz::run(root, crate::fuzz::TARGETS, 10).map(drop))?;
    let target = crate::target_dir(root).join("debug");
    let (app_tests, browser_tests) = e2e_tests(&e2e)?;
    stage("e2e: hub in Chromium", &mut || {
        let mut args = vec!["--test", "--test-concurrency=1", "--test-reporter=spec"];
        args.extend(browser_tests.iter().map(String::as_str));
        cmd("node", &args).dir(&e2e).env("WAYMARK_HUB_BIN", target.join("waymark-hub")).run()
    })?;
    stage("e2e: app via tauri-driver", &mut || {
        let mut args = vec!["-a", "-s", "-screen 0 1280x1024x24", "node", "--test", "--test-concurrency=1"];
        args.push("--test-reporter=spec");
        args.extend(app_tests.iter().map(String::as_str));
        cmd("xvfb-run", &args)
            .dir(&e2e)
            .env("WAYMARK_APP_BIN", target.join("waymark-app"))
            .env("WAYMARK_HUB_BIN", target.join("waymark-hub"))
            .env("TAURI_DRIVER", setup::home_bin("tauri-driver"))
            .run()
    })?;

    eprintln!("\nall tests passed; time per stage:");
    for (name, secs) in &timings {
        eprintln!("  {secs:>7.1}s  {name}");
    }
    eprintln!("  {:>7.1}s  total", started.elapsed().as_secs_f64());
    Ok(())
}

/// The end-to-end test files: `app*.test.mjs` drive the real app (under Xvfb), the rest drive
/// the hub-served UI in Chromium.
fn e2e_tests(dir: &Path) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".test.mjs"))
        .collect();
    names.sort();
    Ok(names.into_iter().partition(|n| n.starts_with("app")))
}
