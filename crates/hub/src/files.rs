//! The hub's files are the owner's alone: the data directory and `tls/` are 0700, `hub.db`, its
//! `-wal`/`-shm` and the TLS files 0600, whatever the umask (they hold PIN hashes, diaries and the
//! TLS key).
//!
//! **Decision:** directories are created with mode 0700 and, when they already exist (an older
//! hub made them 0755), set to 0700; files are set to 0600 after they are opened. SQLite makes the
//! `-wal` and `-shm` it creates later with the mode of `hub.db`, so setting `hub.db` once keeps
//! them private too.

use std::path::Path;

use anyhow::Context;

/// Create `dir` (and its parents) if needed, and make it the owner's only.
pub(crate) fn private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    set_mode(dir, 0o700)
}

/// Make each of these files that exists readable and writable by the owner only.
pub(crate) fn private_files(paths: &[&Path]) -> anyhow::Result<()> {
    for path in paths {
        if path.exists() {
            set_mode(path, 0o600)?;
        }
    }
    Ok(())
}

/// `hub.db` and the two files SQLite keeps beside it in WAL mode.
pub(crate) fn database_files(db: &Path) -> [std::path::PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    [db.to_path_buf(), with("-wal"), with("-shm")]
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("cannot make {} private", path.display()))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> anyhow::Result<()> {
    // Elsewhere the folder's ACL (the user's profile) keeps it private.
    Ok(())
}
