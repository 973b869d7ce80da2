//! `cargo xtask <command>`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! The two commands the README names are `cargo xtask run` and `cargo xtask test`; each installs
//! what it needs first (see [`setup`]).

mod content_check;
mod fuzz;
mod setup;
mod test;
mod tidy;
mod voice;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

  run [--hub | --hub-app] [hub options]
                           build and start the app; --hub: the headless office hub in this
                           terminal; --hub-app: the facilitator's app hosting the hub
  test                     install what is missing, then run every check and test
  setup                    install system packages, npm packages and tauri-driver if missing
  voice [--force]          (re)generate voice-over audio for changed text
  voice --wer FILE         per-session word error rate of recorded Whisper transcripts
  content-check            validate content/ and print a per-session report
  bindings                 regenerate ui/src/lib/api-types.ts from the Rust DTOs
  ui                       build the web UI into ui/dist
  fuzz [--seconds N] [TARGET…]
                           run the cargo-fuzz targets in fuzz/ (nightly, ASan), N s each
";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("run") => run(&root, &args[1..]),
        Some("test") => test::all(&root),
        Some("setup") => setup::all(&root),
        Some("voice") if args.get(1).is_some_and(|a| a == "--wer") => {
            voice::wer_report(&root, Path::new(args.get(2).map_or("", String::as_str)))
        }
        Some("voice") => voice::build(&root, args.iter().any(|a| a == "--force")),
        Some("content-check") => content_check::check(&root),
        Some("bindings") => cmd("cargo", &["test", "-q", "-p", "waymark-api", "--lib", "typescript"])
            .env("WAYMARK_BLESS", "1")
            .run(),
        Some("ui") => build_ui(&root),
        Some("fuzz") => fuzz::main(&root, &args[1..]),
        _ => {
            eprint!("{USAGE}");
            bail!("unknown or missing command")
        }
    }
}

fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    setup::all(root)?;
    build_ui(root)?;
    if args.iter().any(|a| a == "--hub") {
        let mut hub_args = vec!["run", "--release", "-p", "waymark-hub", "--"];
        hub_args.extend(args.iter().filter(|a| *a != "--hub").map(String::as_str));
        cmd("cargo", &hub_args).run()
    } else if args.iter().any(|a| a == "--hub-app") {
        let mut app_args = vec!["run", "--release", "-p", "waymark-app", "--", "--hub"];
        app_args.extend(args.iter().filter(|a| *a != "--hub-app").map(String::as_str));
        cmd("cargo", &app_args).run()
    } else {
        cmd("cargo", &["run", "--release", "-p", "waymark-app"]).run()
    }
}

/// `npm ci` if needed, then `vite build` into ui/dist.
pub fn build_ui(root: &Path) -> anyhow::Result<()> {
    let ui = root.join("ui");
    setup::npm_ci(&ui)?;
    cmd("npm", &["run", "--silent", "build"]).dir(&ui).run()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` if the user set one (relative to the project
/// root, as cargo reads it), else `<root>/target`.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A command that echoes itself and fails with its exit status.
pub struct Cmd(Command, String);

pub fn cmd(program: &str, args: &[&str]) -> Cmd {
    let mut command = Command::new(program);
    command.args(args);
    Cmd(command, format!("{program} {}", args.join(" ")))
}

impl Cmd {
    pub fn dir(mut self, dir: &Path) -> Cmd {
        self.0.current_dir(dir);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Cmd {
        self.0.env(key, value);
        self
    }

    pub fn run(mut self) -> anyhow::Result<()> {
        eprintln!("$ {}", self.1);
        let status = self.0.status().with_context(|| format!("could not start `{}`", self.1))?;
        if !status.success() {
            bail!("`{}` failed ({status})", self.1);
        }
        Ok(())
    }

    pub fn output(mut self) -> anyhow::Result<String> {
        let out = self.0.output().with_context(|| format!("could not start `{}`", self.1))?;
        if !out.status.success() {
            bail!("`{}` failed ({}): {}", self.1, out.status, String::from_utf8_lossy(&out.stderr));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    pub fn spawn(mut self) -> anyhow::Result<std::process::Child> {
        eprintln!("$ {} &", self.1);
        self.0.spawn().with_context(|| format!("could not start `{}`", self.1))
    }
}
