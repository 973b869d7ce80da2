//! Where a database's key lives, and the app lock's PIN that may wrap it.
//!
//! **Decision.** Each database (`waymark.db` on the phone, `hub.db` at the office) has its own
//! random 256-bit SQLCipher key ([`waymark_store::DbKey`]), kept in a **key file** beside the
//! database — `waymark.key`, `hub.key` — never inside it, mode 0600, written to a temporary name,
//! made durable and renamed, so a crash leaves the old record or the new one, never half of one.
//! An existing key file is never overwritten by a new key: with the database encrypted and its key
//! file gone, the app says so and changes nothing.
//!
//! With the app lock on, the file holds the key **wrapped**: ChaCha20-Poly1305 under a key
//! derived from the PIN by Argon2id (19 MiB, 2 passes — the office PIN's cost), so neither the
//! database nor its key can be read from a copy of the phone's files without the PIN. The count of
//! wrong PINs and the wait it earns are kept in the same file and written *before* each check, so
//! quitting the app does not reset them.
//!
//! What that honestly buys: against someone who copies the files, a 4-digit PIN is 10,000
//! Argon2id guesses (hours on a laptop, not years): the wrapped key slows a casual copy, it does
//! not stop a determined attacker with a short PIN. Longer PINs (up to 8 digits) help a lot.
//!
//! **The OS keystore.** Where the platform has one that answers ([`Keystore`], given by the app:
//! the Secret Service on a Linux desktop, the Keychain on macOS/iOS, the Credential Manager on
//! Windows), the record above — plain or PIN-wrapped — lives *in the keystore*, and the file
//! beside the database holds only which keystore entry it is (`{"kind":"in_keystore",...}`): a
//! copy of the app's folder then holds no key at all. A key file made before the keystore was
//! there is moved into it at the next open ([`Vault::adopt`]: the entry is written and read back
//! before the file is replaced, so a crash leaves the old file or the new one). Where no keystore
//! answers (the hub, a desktop without a Secret Service, Android until its Keystore is wired),
//! the record stays in the 0600 file as above. See ARCHITECTURE.md, "Encryption at rest".

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit};
use serde::{Deserialize, Serialize};
use waymark_store::DbKey;

use crate::{Code, Error};

/// Wrong PINs allowed before the first wait.
pub const FREE_TRIES: u32 = 5;

/// The wait after the `n`th wrong PIN in a row (n ≥ [`FREE_TRIES`]): 30 seconds, 1, 5, 15
/// minutes, then an hour each time. Each step has its own spoken message in the UI.
pub fn wait_after(wrong: u32) -> i64 {
    match wrong {
        0..FREE_TRIES => 0,
        5 => 30_000,
        6 => 60_000,
        7 => 5 * 60_000,
        8 => 15 * 60_000,
        _ => 60 * 60_000,
    }
}

const ARGON2_M_KIB: u32 = 19 * 1024;
const ARGON2_T: u32 = 2;
const ARGON2_P: u32 = 1;

/// The key file's contents (JSON). Base64 is URL-safe without padding.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum Record {
    /// The key in the clear (app lock off, or the hub).
    Plain {
        key: String,
        /// The first-run screen has asked about the app lock.
        #[serde(default)]
        lock_offered: bool,
    },
    /// The record is in the OS keystore, under this entry; the file holds nothing secret.
    InKeystore { store: String, entry: String },
    /// The key wrapped under a PIN-derived key.
    Pin {
        salt: String,
        m_kib: u32,
        t: u32,
        p: u32,
        nonce: String,
        wrapped: String,
        #[serde(default)]
        wrong: u32,
        #[serde(default)]
        wait_until_ms: i64,
    },
}

/// What the key file says, without the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyState {
    /// No key file.
    Missing,
    /// The key is in the clear.
    Plain { lock_offered: bool },
    /// The key needs the PIN.
    Pin { wrong: u32, wait_until_ms: i64 },
}

/// Why a key could not be had.
#[derive(Debug)]
pub enum KeyError {
    /// The PIN is not the one the key was wrapped with (this try was counted).
    WrongPin { wrong: u32, wait_until_ms: i64 },
    /// Too many wrong PINs: wait until then (this try was not checked).
    Wait { wait_until_ms: i64 },
    /// The key file is damaged or not ours.
    Damaged(String),
    /// Reading or writing the file failed.
    Io(String),
}

/// An OS keystore that can hold a key record: a secret of a few hundred bytes under an entry
/// name. The app gives one where the platform has it (`src-tauri/src/keystore.rs`); errors are
/// the keystore's own words, never the secret.
pub trait Keystore: Send + Sync + std::fmt::Debug {
    /// Which keystore this is, in the file beside the database ("secret-service", "keychain"…).
    fn name(&self) -> &'static str;
    /// The secret under `entry`, or `None` if there is no such entry.
    fn get(&self, entry: &str) -> Result<Option<Vec<u8>>, String>;
    /// Write (or replace) the secret under `entry`.
    fn set(&self, entry: &str, secret: &[u8]) -> Result<(), String>;
    /// Remove `entry`; a missing entry is fine.
    fn delete(&self, entry: &str) -> Result<(), String>;
}

/// The key file of one database.
#[derive(Clone, Debug)]
pub struct Vault {
    path: PathBuf,
    keystore: Option<Arc<dyn Keystore>>,
}

impl Vault {
    /// The key file for the database at `db_path`: same folder, same stem, `.key`.
    pub fn beside(db_path: &Path) -> Vault {
        Vault { path: db_path.with_extension("key"), keystore: None }
    }

    /// The same, with the record kept in `keystore` (new keys go there; see [`Vault::adopt`]).
    #[must_use]
    pub fn in_keystore(mut self, keystore: Option<Arc<dyn Keystore>>) -> Vault {
        self.keystore = keystore;
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the record is now: `Some(name)` of the keystore, or `None` for the file itself.
    pub fn held_in(&self) -> Result<Option<String>, KeyError> {
        Ok(match self.read_file()? {
            Some(Record::InKeystore { store, .. }) => Some(store),
            _ => None,
        })
    }

    fn read_file(&self) -> Result<Option<Record>, KeyError> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| KeyError::Damaged(format!("the key file is not readable ({e})"))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(KeyError::Io(e.to_string())),
        }
    }

    /// The record, from the file or from the keystore entry the file names.
    fn read(&self) -> Result<Option<Record>, KeyError> {
        match self.read_file()? {
            Some(Record::InKeystore { store, entry }) => {
                let keystore = self.keystore_named(&store)?;
                let bytes = keystore
                    .get(&entry)
                    .map_err(|e| KeyError::Io(format!("the {store} keystore did not answer ({e})")))?
                    .ok_or_else(|| {
                        KeyError::Damaged(format!("the key is no longer in the {store} keystore"))
                    })?;
                match serde_json::from_slice(&bytes) {
                    Ok(Record::InKeystore { .. }) | Err(_) => {
                        Err(KeyError::Damaged(format!("the key in the {store} keystore is not readable")))
                    }
                    Ok(record) => Ok(Some(record)),
                }
            }
            other => Ok(other),
        }
    }

    fn keystore_named(&self, store: &str) -> Result<&Arc<dyn Keystore>, KeyError> {
        match &self.keystore {
            Some(keystore) if keystore.name() == store => Ok(keystore),
            _ => {
                Err(KeyError::Io(format!("the key is in the {store} keystore, which cannot be reached now")))
            }
        }
    }

    /// Move a record kept in the file into the keystore (if there is one and it is not there
    /// already): the entry is written and read back first, then the file is replaced by the
    /// entry's name. Returns whether it moved. A keystore that fails leaves the file as it was.
    pub fn adopt(&self) -> Result<bool, KeyError> {
        let Some(keystore) = &self.keystore else { return Ok(false) };
        let record = match self.read_file()? {
            None | Some(Record::InKeystore { .. }) => return Ok(false),
            Some(record) => record,
        };
        let entry = new_entry_name()?;
        let json = serde_json::to_vec(&record).map_err(|e| KeyError::Io(e.to_string()))?;
        keystore.set(&entry, &json).map_err(KeyError::Io)?;
        if keystore.get(&entry).map_err(KeyError::Io)?.as_deref() != Some(json.as_slice()) {
            let _ = keystore.delete(&entry);
            return Err(KeyError::Io("the keystore did not keep the key".into()));
        }
        self.write_file(&Record::InKeystore { store: keystore.name().into(), entry }, false)?;
        Ok(true)
    }

    pub fn state(&self) -> Result<KeyState, KeyError> {
        Ok(match self.read()? {
            None => KeyState::Missing,
            Some(Record::Plain { lock_offered, .. }) => KeyState::Plain { lock_offered },
            Some(Record::Pin { wrong, wait_until_ms, .. }) => KeyState::Pin { wrong, wait_until_ms },
            Some(Record::InKeystore { .. }) => {
                return Err(KeyError::Damaged("the keystore names another keystore".into()));
            }
        })
    }

    /// Make a new key and write it (lock off). Refuses if a key file exists: a key is never
    /// replaced, or the database it opens would be lost.
    pub fn create(&self) -> Result<DbKey, KeyError> {
        let key = DbKey::random().map_err(|e| KeyError::Io(e.to_string()))?;
        let record = Record::Plain { key: b64(&key.to_bytes()), lock_offered: false };
        self.write(&record, true)?;
        Ok(key)
    }

    /// The key, when the lock is off.
    pub fn plain_key(&self) -> Result<Option<DbKey>, KeyError> {
        match self.read()? {
            Some(Record::Plain { key, .. }) => Ok(Some(decode_key(&key)?)),
            _ => Ok(None),
        }
    }

    pub fn set_lock_offered(&self) -> Result<(), KeyError> {
        if let Some(Record::Plain { key, .. }) = self.read()? {
            self.write(&Record::Plain { key, lock_offered: true }, false)?;
        }
        Ok(())
    }

    /// Wrap `key` under `pin` (the lock goes on).
    pub fn wrap(&self, key: &DbKey, pin: &str) -> Result<(), KeyError> {
        let salt = random::<16>()?;
        let nonce = random::<12>()?;
        let kek = derive(pin, &salt, ARGON2_M_KIB, ARGON2_T, ARGON2_P)?;
        let cipher = chacha20poly1305::ChaCha20Poly1305::new(&kek.into());
        let wrapped = cipher
            .encrypt(&nonce.into(), key.to_bytes().as_slice())
            .map_err(|_| KeyError::Io("the key could not be wrapped".into()))?;
        let record = Record::Pin {
            salt: b64(&salt),
            m_kib: ARGON2_M_KIB,
            t: ARGON2_T,
            p: ARGON2_P,
            nonce: b64(&nonce),
            wrapped: b64(&wrapped),
            wrong: 0,
            wait_until_ms: 0,
        };
        self.write(&record, false)
    }

    /// Put the key back in the clear (the lock goes off).
    pub fn unwrap_to_plain(&self, key: &DbKey) -> Result<(), KeyError> {
        self.write(&Record::Plain { key: b64(&key.to_bytes()), lock_offered: true }, false)
    }

    /// The key, given the PIN. The try is counted in the file before it is checked; a right PIN
    /// clears the count. During a wait nothing is checked.
    pub fn unlock(&self, pin: &str, now_ms: i64) -> Result<DbKey, KeyError> {
        let Some(Record::Pin { salt, m_kib, t, p, nonce, wrapped, wrong, wait_until_ms }) = self.read()?
        else {
            return Err(KeyError::Damaged("the key is not locked with a PIN".into()));
        };
        if now_ms < wait_until_ms {
            return Err(KeyError::Wait { wait_until_ms });
        }
        let counted = wrong.saturating_add(1);
        let wait = wait_after(counted);
        let until = if wait > 0 { now_ms.saturating_add(wait) } else { 0 };
        let record = |wrong, wait_until_ms| Record::Pin {
            salt: salt.clone(),
            m_kib,
            t,
            p,
            nonce: nonce.clone(),
            wrapped: wrapped.clone(),
            wrong,
            wait_until_ms,
        };
        self.write(&record(counted, until), false)?;
        let (salt_bytes, nonce_bytes, wrapped_bytes) = (unb64(&salt)?, unb64(&nonce)?, unb64(&wrapped)?);
        let kek = derive(pin, &salt_bytes, m_kib, t, p)?;
        let nonce: [u8; 12] = nonce_bytes
            .try_into()
            .map_err(|_| KeyError::Damaged("the key file's nonce is not valid".into()))?;
        let cipher = chacha20poly1305::ChaCha20Poly1305::new(&kek.into());
        match cipher.decrypt(&nonce.into(), wrapped_bytes.as_slice()) {
            Ok(bytes) => {
                let key = DbKey::from_bytes(&bytes)
                    .ok_or_else(|| KeyError::Damaged("the wrapped key has the wrong length".into()))?;
                self.write(&record(0, 0), false)?;
                Ok(key)
            }
            Err(_) => Err(KeyError::WrongPin { wrong: counted, wait_until_ms: until }),
        }
    }

    /// Remove the key file and its keystore entry (erase). Missing is fine.
    pub fn remove(&self) -> Result<(), KeyError> {
        if let Some(Record::InKeystore { store, entry }) = self.read_file()? {
            self.keystore_named(&store)?.delete(&entry).map_err(KeyError::Io)?;
        }
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(KeyError::Io(e.to_string())),
        }
    }

    /// Write the record: into the keystore entry the file names, or — for a new key with a
    /// keystore at hand — into a new entry and then the file naming it; otherwise into the file.
    fn write(&self, record: &Record, must_be_new: bool) -> Result<(), KeyError> {
        let json = || serde_json::to_vec(record).map_err(|e| KeyError::Io(e.to_string()));
        match self.read_file() {
            Ok(Some(Record::InKeystore { store, entry })) if !must_be_new => {
                self.keystore_named(&store)?.set(&entry, &json()?).map_err(KeyError::Io)
            }
            Ok(None) if must_be_new && self.keystore.is_some() => {
                let keystore = self.keystore.as_ref().expect("checked");
                let entry = new_entry_name()?;
                keystore.set(&entry, &json()?).map_err(KeyError::Io)?;
                let named = Record::InKeystore { store: keystore.name().into(), entry: entry.clone() };
                self.write_file(&named, true).inspect_err(|_| {
                    let _ = keystore.delete(&entry);
                })
            }
            _ => self.write_file(record, must_be_new),
        }
    }

    /// Write a record to the file durably: a temporary file (0600), fsync, rename over, fsync the
    /// folder.
    fn write_file(&self, record: &Record, must_be_new: bool) -> Result<(), KeyError> {
        use std::io::Write as _;
        let io = |e: std::io::Error| KeyError::Io(e.to_string());
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let json = serde_json::to_vec(record).map_err(|e| KeyError::Io(e.to_string()))?;
        let temp = self.path.with_extension("key.writing");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&temp).map_err(io)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            file.set_permissions(std::fs::Permissions::from_mode(0o600)).map_err(io)?;
        }
        file.write_all(&json).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        if must_be_new && self.path.exists() {
            let _ = std::fs::remove_file(&temp);
            return Err(KeyError::Io("a key file is already there; it was not replaced".into()));
        }
        std::fs::rename(&temp, &self.path).map_err(io)?;
        if let Some(Ok(dir)) = self.path.parent().map(std::fs::File::open) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

/// Open the database at `db_path` with the key file beside it, making the key if neither exists
/// yet (as [`crate::Api::open`] does; the lock must be off). For tests, benches and tools that
/// need the [`waymark_store::Store`] itself.
pub fn open_store(db_path: &Path) -> Result<waymark_store::Store, Error> {
    let vault = Vault::beside(db_path);
    let key = match vault.plain_key()? {
        Some(key) => key,
        None => vault.create()?,
    };
    waymark_store::Store::open(db_path, &key).map_err(Error::from)
}

fn derive(pin: &str, salt: &[u8], m_kib: u32, t: u32, p: u32) -> Result<[u8; 32], KeyError> {
    // A file could ask for absurd costs; keep to what this module writes, within reason.
    if m_kib > 256 * 1024 || t > 10 || p > 4 {
        return Err(KeyError::Damaged("the key file asks for an unreasonable PIN cost".into()));
    }
    let params = argon2::Params::new(m_kib, t, p, Some(32)).map_err(|e| KeyError::Damaged(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = [0u8; 32];
    argon.hash_password_into(pin.as_bytes(), salt, &mut out).map_err(|e| KeyError::Damaged(e.to_string()))?;
    Ok(out)
}

/// A keystore entry's name: `waymark-db-` and 16 random hex digits (one per database, so an
/// erased and reinstalled app never meets its old entry).
fn new_entry_name() -> Result<String, KeyError> {
    let bytes = random::<8>()?;
    Ok(format!("waymark-db-{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Io(format!("no random source ({e})")))?;
    Ok(bytes)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Result<Vec<u8>, KeyError> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| KeyError::Damaged("the key file is not valid".into()))
}

fn decode_key(text: &str) -> Result<DbKey, KeyError> {
    DbKey::from_bytes(&unb64(text)?).ok_or_else(|| KeyError::Damaged("the key has the wrong length".into()))
}

impl From<KeyError> for Error {
    fn from(e: KeyError) -> Error {
        match e {
            KeyError::WrongPin { .. } => {
                Error { code: Code::WrongPin, message: "That PIN is not right.".into() }
            }
            KeyError::Wait { .. } => Error {
                code: Code::TooManyTries,
                message: "There were too many wrong PINs. Wait, then try again.".into(),
            },
            KeyError::Damaged(reason) | KeyError::Io(reason) => Error {
                code: Code::DatabaseUnavailable,
                message: format!("The key to your saved data cannot be used: {reason}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_after_five_wrong_pins() {
        let waits: Vec<i64> = (1..=10).map(wait_after).collect();
        assert_eq!(waits[..4], [0, 0, 0, 0]);
        assert!(waits[4] > 0 && waits.windows(2).skip(4).all(|w| w[1] >= w[0]), "{waits:?}");
    }

    #[test]
    fn a_key_file_is_never_replaced_by_a_new_key() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::beside(&dir.path().join("waymark.db"));
        let key = vault.create().unwrap();
        assert!(vault.create().is_err());
        assert_eq!(vault.plain_key().unwrap(), Some(key));
    }

    #[cfg(unix)]
    #[test]
    fn the_key_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::beside(&dir.path().join("waymark.db"));
        let key = vault.create().unwrap();
        vault.wrap(&key, "2580").unwrap();
        let mode = std::fs::metadata(vault.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_wrapped_key_opens_only_with_its_pin_and_does_not_show_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::beside(&dir.path().join("waymark.db"));
        let key = vault.create().unwrap();
        vault.wrap(&key, "2580").unwrap();
        let text = std::fs::read_to_string(vault.path()).unwrap();
        assert!(!text.contains(&b64(&key.to_bytes())[..20]), "the key shows in the wrapped file");
        assert!(matches!(vault.unlock("1234", 0), Err(KeyError::WrongPin { wrong: 1, .. })));
        assert_eq!(vault.unlock("2580", 0).unwrap(), key);
        assert_eq!(vault.state().unwrap(), KeyState::Pin { wrong: 0, wait_until_ms: 0 });
    }
}
