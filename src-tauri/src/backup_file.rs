//! Writing a backup to a file the participant can find and copy off the phone.

use std::io::Write as _;
use std::path::Path;

use waymark_api::{BackupFile, Code, Error, SavedBackup};

/// Write `file` into `folder` under its own name — or "name (2)", "(3)"… if that is taken, so
/// an earlier backup is never overwritten — readable by its owner only, fsynced.
pub fn write_new(folder: &Path, file: &BackupFile) -> Result<SavedBackup, Error> {
    let failed = |e: std::io::Error| Error {
        code: Code::Internal,
        message: format!("The backup could not be saved in {} ({e}).", folder.display()),
    };
    std::fs::create_dir_all(folder).map_err(failed)?;
    let (stem, ext) = file.file_name.rsplit_once('.').unwrap_or((&file.file_name, "age"));
    for n in 1..1000 {
        let name = if n == 1 { file.file_name.clone() } else { format!("{stem} ({n}).{ext}") };
        let path = folder.join(&name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(mut out) => {
                out.write_all(file.content.as_bytes()).and_then(|()| out.sync_all()).map_err(|e| {
                    let _ = std::fs::remove_file(&path);
                    failed(e)
                })?;
                return Ok(SavedBackup {
                    path: path.display().to_string(),
                    folder: folder.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default(),
                    file_name: name,
                    events: file.events,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(failed(e)),
        }
    }
    Err(failed(std::io::Error::other("too many backups with this name")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_backup_of_the_same_name_does_not_overwrite_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let file = |content: &str| BackupFile {
            file_name: "waymark-backup-2026-12-02.age".into(),
            content: content.into(),
            events: 3,
        };
        let first = write_new(dir.path(), &file("one")).unwrap();
        let second = write_new(dir.path(), &file("two")).unwrap();
        assert_eq!(second.file_name, "waymark-backup-2026-12-02 (2).age");
        assert_eq!(std::fs::read_to_string(&first.path).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&second.path).unwrap(), "two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&second.path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
