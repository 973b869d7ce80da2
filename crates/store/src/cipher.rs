//! Encryption at rest: every database file is SQLCipher (AES-256 pages with an HMAC each, the
//! write-ahead log included), opened with a random 256-bit key that never lives in the file.
//!
//! The key is given *raw* (`x'…'`, no passphrase derivation inside SQLCipher: the key is already
//! random, so a KDF would only slow every start) together with the file's 16-byte salt. SQLCipher
//! stores that salt in the clear as the first 16 bytes of the file, which lets
//! [`Store::open`](crate::Store::open) tell "this key is for another file" (salt differs) from
//! "this file is damaged" (salt matches, pages do not decrypt) without writing anything.
//!
//! A plain SQLite database (made by a build before encryption) is encrypted once, on its first
//! open by this build ([`encrypt_plain`]): a copy is written beside it, checked table by table
//! against the original, made durable, and only then renamed over it in one atomic step. A crash
//! at any point leaves either the untouched plain file (and perhaps a half-written copy, which
//! the next try deletes) or the checked encrypted one.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::StoreError;
use crate::migrate::SCHEMA_VERSION;

/// A database's key: 32 random bytes and the file's salt. Printed as `DbKey(…)`; never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKey {
    key: [u8; 32],
    salt: [u8; 16],
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(…)")
    }
}

impl Drop for DbKey {
    fn drop(&mut self) {
        // Best effort: the key does not linger in freed memory (the compiler may still have
        // copied it; this is hygiene, not a guarantee).
        self.key = [0; 32];
    }
}

impl DbKey {
    /// A fresh key and salt from the operating system's random source.
    pub fn random() -> Result<DbKey, StoreError> {
        let mut key = [0u8; 32];
        let mut salt = [0u8; 16];
        getrandom::fill(&mut key).map_err(|e| StoreError::Invalid(format!("no random source: {e}")))?;
        getrandom::fill(&mut salt).map_err(|e| StoreError::Invalid(format!("no random source: {e}")))?;
        Ok(DbKey { key, salt })
    }

    /// The 48 bytes as stored by a key holder: key, then salt.
    pub fn from_bytes(bytes: &[u8]) -> Option<DbKey> {
        let (key, salt) = (bytes.get(..32)?, bytes.get(32..48)?);
        (bytes.len() == 48).then(|| DbKey {
            key: key.try_into().unwrap_or([0; 32]),
            salt: salt.try_into().unwrap_or([0; 16]),
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = self.key.to_vec();
        bytes.extend_from_slice(&self.salt);
        bytes
    }

    pub(crate) fn salt(&self) -> &[u8; 16] {
        &self.salt
    }

    /// The `PRAGMA key` / `ATTACH … KEY` literal: `x'<key><salt>'` in hex.
    fn literal(&self) -> String {
        let mut text = String::with_capacity(100);
        text.push_str("x'");
        for b in self.key.iter().chain(&self.salt) {
            text.push_str(&format!("{b:02x}"));
        }
        text.push('\'');
        text
    }
}

/// Apply the key to a fresh connection, before anything is read.
pub(crate) fn apply_key(conn: &Connection, key: &DbKey) -> Result<(), rusqlite::Error> {
    // SQLCipher's own log would print "hmac check failed" lines to stderr on every wrong key;
    // the store reports those cases itself, in words.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.literal()))
}

/// What the first bytes of an existing file say it is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Header {
    /// Zero bytes: SQLite makes it a new database.
    Empty,
    /// `SQLite format 3\0`: a plain database from before encryption.
    Plain,
    /// Anything else: an encrypted database whose salt is these bytes (or junk).
    Encrypted([u8; 16]),
    /// Shorter than a salt and not empty: not ours.
    Junk,
}

pub(crate) fn header(path: &Path) -> Result<Header, String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut first = [0u8; 16];
    let mut read = 0;
    while read < first.len() {
        match file.read(&mut first[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(match read {
        0 => Header::Empty,
        16 if &first == b"SQLite format 3\0" => Header::Plain,
        16 => Header::Encrypted(first),
        _ => Header::Junk,
    })
}

/// The file at `path` exists and is not plain SQLite or empty: an encrypted database (or junk),
/// which no new key may be made for.
pub fn looks_encrypted(path: &Path) -> bool {
    matches!(header(path), Ok(Header::Encrypted(_) | Header::Junk))
}

/// The copy being encrypted, beside the plain original.
fn encrypting_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".encrypting");
    path.with_file_name(name)
}

/// Every file SQLite or this module may leave for the database at `path` (itself included).
pub fn database_files(path: &Path) -> Vec<PathBuf> {
    let with = |suffix: &str| {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(suffix);
        path.with_file_name(name)
    };
    let copy = encrypting_path(path);
    let copy_journal = {
        let mut name = copy.file_name().unwrap_or_default().to_os_string();
        name.push("-journal");
        copy.with_file_name(name)
    };
    vec![path.to_path_buf(), with("-wal"), with("-shm"), with("-journal"), copy, copy_journal]
}

/// Encrypt the plain database at `path` under `key`, in place, crash-safely (see the module
/// doc). Refuses, without changing anything, a plain file that is damaged or from a newer
/// schema. `pause` is called between steps (the crash test slows the migration with it).
pub(crate) fn encrypt_plain(path: &Path, key: &DbKey, pause: &dyn Fn()) -> Result<(), StoreError> {
    let unreadable = |reason: String| StoreError::Unreadable { path: path.to_path_buf(), reason };
    let copy = encrypting_path(path);
    // A copy left by a crash is incomplete or unchecked: the plain original is the truth.
    for leftover in &database_files(path)[4..] {
        remove_if_present(leftover).map_err(unreadable)?;
    }
    let plain = Connection::open(path).map_err(|e| unreadable(e.to_string()))?;
    let version: i64 =
        plain.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| unreadable(e.to_string()))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { path: path.to_path_buf(), version });
    }
    let check: String =
        plain.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| unreadable(e.to_string()))?;
    if check != "ok" {
        return Err(unreadable(format!("the database is damaged ({check})")));
    }
    // Fold any write-ahead log into the file and stop using one, so no plain -wal or -shm is
    // left beside the encrypted file once it takes this name.
    plain
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
        .map_err(|e| unreadable(e.to_string()))?;
    pause();
    let copy_text = copy.to_str().ok_or_else(|| unreadable("the folder name is not valid text".into()))?;
    plain.execute("ATTACH DATABASE ?1 AS encrypted KEY ?2", [copy_text, &key.literal()])?;
    plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    plain.execute_batch(&format!("PRAGMA encrypted.user_version = {version}; DETACH DATABASE encrypted;"))?;
    pause();
    same_content(&plain, &copy, key)
        .map_err(|e| unreadable(format!("the encrypted copy did not match: {e}")))?;
    std::fs::File::open(&copy).and_then(|f| f.sync_all()).map_err(|e| unreadable(e.to_string()))?;
    drop(plain);
    pause();
    std::fs::rename(&copy, path).map_err(|e| unreadable(e.to_string()))?;
    sync_dir(path);
    Ok(())
}

/// The names of a database's own tables, in order.
fn table_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    stmt.query_map([], |r| r.get(0))?.collect()
}

/// Every table of `plain` holds exactly the same rows, in the same order, in the encrypted copy;
/// and the copy's every page decrypts and checks out.
fn same_content(plain: &Connection, copy: &Path, key: &DbKey) -> Result<(), String> {
    let encrypted = Connection::open(copy).map_err(|e| e.to_string())?;
    apply_key(&encrypted, key).map_err(|e| e.to_string())?;
    let check: String =
        encrypted.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| e.to_string())?;
    if check != "ok" {
        return Err(check);
    }
    let tables = table_names(plain).map_err(|e| e.to_string())?;
    let copied = table_names(&encrypted).map_err(|e| e.to_string())?;
    if tables != copied {
        return Err("the tables differ".into());
    }
    for table in &tables {
        let sql = format!("SELECT * FROM \"{}\"", table.replace('"', "\"\""));
        let mut a = plain.prepare(&sql).map_err(|e| e.to_string())?;
        let mut b = encrypted.prepare(&sql).map_err(|e| e.to_string())?;
        let columns = a.column_count();
        let mut rows_a = a.query([]).map_err(|e| e.to_string())?;
        let mut rows_b = b.query([]).map_err(|e| e.to_string())?;
        loop {
            match (rows_a.next().map_err(|e| e.to_string())?, rows_b.next().map_err(|e| e.to_string())?) {
                (None, None) => break,
                (Some(x), Some(y)) => {
                    for i in 0..columns {
                        let (vx, vy): (rusqlite::types::Value, rusqlite::types::Value) =
                            (x.get(i).map_err(|e| e.to_string())?, y.get(i).map_err(|e| e.to_string())?);
                        if vx != vy {
                            return Err(format!("table {table} differs"));
                        }
                    }
                }
                _ => return Err(format!("table {table} has a different number of rows")),
            }
        }
    }
    let version = |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
    if version(plain).map_err(|e| e.to_string())? != version(&encrypted).map_err(|e| e.to_string())? {
        return Err("the schema version differs".into());
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

/// Make a rename durable (POSIX: fsync the directory). Best effort: not every platform allows
/// opening a directory, and the rename itself is already atomic.
fn sync_dir(path: &Path) {
    if let Some(Ok(dir)) = path.parent().map(std::fs::File::open) {
        let _ = dir.sync_all();
    }
}

/// Remove the database at `path` and every file beside it that belongs to it (write-ahead log,
/// shared memory, journals, a half-made encrypted copy). Missing files are fine.
pub fn remove_database(path: &Path) -> Result<(), StoreError> {
    for file in database_files(path) {
        remove_if_present(&file).map_err(|reason| StoreError::Unreadable { path: file.clone(), reason })?;
    }
    sync_dir(path);
    Ok(())
}

/// One fixed key for the store's own tests.
#[cfg(test)]
pub(crate) fn test_key() -> DbKey {
    DbKey { key: [7; 32], salt: [9; 16] }
}

/// A fresh folder for a test database, and the database's path in it (gone when the folder is
/// dropped).
#[cfg(test)]
pub(crate) fn test_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder for the test");
    let path = dir.path().join("waymark.db");
    (dir, path)
}

/// Opens (or makes) a test database with [`test_key`].
#[cfg(test)]
pub(crate) fn open_test_store(path: &Path) -> crate::Store {
    crate::Store::open(path, &test_key()).expect("a test database opens with the test key")
}
