//! Install what the run and test commands need, only if it is missing.

use std::path::Path;

use crate::cmd;

/// Debian packages: WebKitGTK/Tauri build deps, ALSA for rodio, Xvfb + WebKitWebDriver for the
/// app's end-to-end test, Chromium for the browser test, espeak-ng/sox/vorbis-tools for voice-over.
const APT_PACKAGES: &[&str] = &[
    "pkg-config",
    // SQLCipher (rusqlite `bundled-sqlcipher`) links the system libcrypto.
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libsoup-3.0-dev",
    "librsvg2-dev",
    "libasound2-dev",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "chromium",
    "espeak-ng",
    "vorbis-tools",
    // The OS keystore test (src-tauri/src/keystore.rs): a private session bus and a real
    // Secret Service, unlocked for the test stage.
    "dbus",
    "gnome-keyring",
];

pub fn all(root: &Path) -> anyhow::Result<()> {
    apt()?;
    tauri_driver()?;
    cargo_fuzz()?;
    npm_ci(&root.join("ui"))?;
    npm_ci(&root.join("tests/e2e"))
}

fn apt() -> anyhow::Result<()> {
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            cmd("dpkg-query", &["-W", "-f=${Status}", p])
                .output()
                .map(|s| !s.contains("install ok installed"))
                .unwrap_or(true)
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("installing Debian packages: {}", missing.join(" "));
    let sudo = if is_root() { vec![] } else { vec!["sudo"] };
    let mut update = sudo.clone();
    update.extend(["apt-get", "update", "-qq"]);
    cmd(update[0], &update[1..]).run()?;
    let mut install = sudo;
    install.extend(["apt-get", "install", "-y", "-qq", "--no-install-recommends"]);
    install.extend(&missing);
    cmd(install[0], &install[1..]).env("DEBIAN_FRONTEND", "noninteractive").run()
}

fn is_root() -> bool {
    cmd("id", &["-u"]).output().map(|s| s.trim() == "0").unwrap_or(false)
}

fn tauri_driver() -> anyhow::Result<()> {
    if cmd("tauri-driver", &["--help"]).output().is_ok() || home_bin("tauri-driver").exists() {
        return Ok(());
    }
    cmd("cargo", &["install", "tauri-driver", "--locked", "--version", "^2"]).run()
}

/// cargo-fuzz and the nightly toolchain it needs (`-Zsanitizer`), for `cargo xtask fuzz` and
/// the test command's fuzz stage. Installed into `CARGO_HOME` like tauri-driver.
pub fn cargo_fuzz() -> anyhow::Result<()> {
    if cmd("rustup", &["run", "nightly", "rustc", "--version"]).output().is_err() {
        cmd("rustup", &["toolchain", "install", "nightly", "--profile", "minimal"]).run()?;
    }
    if home_bin("cargo-fuzz").exists() || cmd("cargo", &["fuzz", "--version"]).output().is_ok() {
        return Ok(());
    }
    cmd("cargo", &["install", "cargo-fuzz", "--locked", "--version", "^0.13"]).run()
}

pub fn home_bin(name: &str) -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

/// `npm ci` when node_modules is missing or older than the lockfile.
pub fn npm_ci(dir: &Path) -> anyhow::Result<()> {
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let fresh =
        match (lock.metadata().and_then(|m| m.modified()), stamp.metadata().and_then(|m| m.modified())) {
            (Ok(lock), Ok(stamp)) => stamp >= lock,
            _ => false,
        };
    if fresh {
        return Ok(());
    }
    let args: &[&str] = if lock.exists() {
        &["ci", "--no-audit", "--no-fund"]
    } else {
        &["install", "--no-audit", "--no-fund"]
    };
    cmd("npm", args).dir(dir).run()
}
