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
    stage("cargo test", &mut || cmd("cargo", &["test", "--workspace", "--locked"]).run())?;
    stage("build app + hub", &mut || {
        cmd("cargo", &["build", "--locked", "-p", "waymark-app", "-p", "waymark-hub"]).run()
    })?;
    let target = root.join("target/debug");
    stage("e2e: hub in Chromium", &mut || {
        cmd("node", &["--test", "--test-reporter=spec", "hub.test.mjs"])
            .dir(&e2e)
            .env("WAYMARK_HUB_BIN", target.join("waymark-hub"))
            .run()
    })?;
    stage("e2e: app via tauri-driver", &mut || {
        cmd(
            "xvfb-run",
            &["-a", "-s", "-screen 0 1280x1024x24", "node", "--test", "--test-reporter=spec", "app.test.mjs"],
        )
        .dir(&e2e)
        .env("WAYMARK_APP_BIN", target.join("waymark-app"))
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
