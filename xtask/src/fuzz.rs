//! `cargo xtask fuzz [--seconds N] [TARGET…]`: run the cargo-fuzz targets in `fuzz/`.
//!
//! Each target starts from its committed corpus (`fuzz/corpus/<target>`) and every input that
//! once crashed it (`fuzz/regressions/<target>`), so a fixed crash that comes back fails at once.
//! New inputs go to a scratch folder, never into the committed corpus (add them on purpose with
//! `cargo fuzz cmin`). Builds with nightly, AddressSanitizer and debug assertions (integer
//! overflow panics) into `<target dir>/fuzz`, so it honours `CARGO_TARGET_DIR`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

/// Every target, in the order the test command runs them.
pub const TARGETS: &[&str] = &["sync_chunk", "content_loader", "hub_json", "backup_plaintext"];

/// What one target's run did.
pub struct Run {
    pub target: &'static str,
    pub execs: u64,
    pub seconds: u64,
}

/// `cargo xtask fuzz` arguments: `--seconds N` (default 60) and target names (default all).
pub fn main(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let mut seconds = 60;
    let mut only = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args.next().context("--seconds needs a number")?.parse().context("--seconds N")?;
            }
            name if TARGETS.contains(&name) => only.push(name),
            other => bail!("unknown fuzz argument {other:?}; targets: {}", TARGETS.join(", ")),
        }
    }
    let targets: Vec<&'static str> =
        TARGETS.iter().copied().filter(|t| only.is_empty() || only.contains(t)).collect();
    let runs = run(root, &targets, seconds)?;
    eprintln!("\nfuzzing done, no crash:");
    for r in &runs {
        eprintln!("  {:<18} {:>12} execs in {:>5} s", r.target, r.execs, r.seconds);
    }
    Ok(())
}

/// Build once, then run each target for `seconds`. Fails on the first crash, leak or timeout
/// (libFuzzer leaves the input in `fuzz/artifacts/<target>/`).
pub fn run(root: &Path, targets: &[&'static str], seconds: u64) -> anyhow::Result<Vec<Run>> {
    crate::setup::cargo_fuzz()?;
    // The hub target embeds the web UI, as the hub binary does.
    if !root.join("ui/dist/index.html").exists() {
        crate::build_ui(root)?;
    }
    let target_dir = crate::target_dir(root).join("fuzz");
    let target_dir = target_dir.to_string_lossy().into_owned();
    let flags = ["--debug-assertions", "--target-dir", target_dir.as_str()];
    let mut build = vec!["+nightly", "fuzz", "build"];
    build.extend(flags);
    crate::cmd("cargo", &build).dir(root).run()?;
    let mut runs = Vec::new();
    for &target in targets {
        let scratch = std::env::temp_dir().join(format!("waymark-fuzz-{target}-{}", std::process::id()));
        std::fs::create_dir_all(&scratch)?;
        let corpus = root.join("fuzz/corpus").join(target);
        let regressions = root.join("fuzz/regressions").join(target);
        let mut command = Command::new("cargo");
        command.current_dir(root).args(["+nightly", "fuzz", "run", target]).args(flags);
        command.arg(&scratch).arg(&corpus);
        if regressions.is_dir() {
            command.arg(&regressions);
        }
        command.args([
            "--",
            &format!("-max_total_time={seconds}"),
            // A single input slower than this is a finding (a hang), not a slow machine.
            "-timeout=20",
            "-rss_limit_mb=3072",
            "-print_final_stats=1",
        ]);
        eprintln!("$ cargo +nightly fuzz run {target} … -max_total_time={seconds}");
        let mut child = command.stderr(Stdio::piped()).spawn().context("could not start cargo fuzz")?;
        let mut execs = 0;
        let stderr = child.stderr.take().context("cargo fuzz's stderr")?;
        for line in BufReader::new(stderr).lines() {
            let line = line?;
            if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
                execs = n.trim().parse().unwrap_or(0);
            }
            // libFuzzer's status lines every few seconds; keep the log short.
            if !line.starts_with('#') || line.contains("DONE") {
                eprintln!("{line}");
            }
        }
        let status = child.wait()?;
        let _ = std::fs::remove_dir_all(&scratch);
        if !status.success() {
            bail!("fuzz target {target} failed ({status}); the input is in fuzz/artifacts/{target}/");
        }
        runs.push(Run { target, execs, seconds });
    }
    Ok(runs)
}
