//! "Save a backup" and "Restore" (DESIGN §8: the phone is lost or replaced).
//!
//! **Decision.** A backup is one text file in the `age` format (age-encryption.org/v1, ASCII
//! armoured so it can be copied like text), encrypted to a passphrase the participant chooses
//! (age's scrypt recipient: work factor 2^16 — 64 MiB, about a second on a phone; files asking for
//! more than 2^18 are refused rather than left to exhaust a phone's memory). Inside: the whole
//! event log as JSON with this device's participant and device ids. Not inside: the pairing (its
//! credential belongs to this install: a restored phone pairs again, and what was shared comes
//! back from the hub) and the key file (the restored database gets a new key).
//!
//! Restore works on a fresh install only (no record yet: otherwise two logs would be merged
//! under one identity) and is all or nothing ([`waymark_store::Store::restore`]): the records
//! come back with their ids and streams, and this device writes on a **new epoch**. A wrong
//! passphrase, a truncated or altered file (age checks every 64 KiB chunk and the header's MAC),
//! or a file that is not a Waymark backup is refused in plain words, and nothing is stored.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_core::Event;

use crate::{Api, Error};

/// scrypt work factor written (log2 N).
const WORK_FACTOR: u8 = 16;
/// Highest work factor accepted when reading.
const MAX_WORK_FACTOR: u8 = 18;
/// Fewest characters in a passphrase.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
const FORMAT: &str = "waymark-backup";
const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SaveBackupRequest {
    pub passphrase: String,
    /// The same passphrase typed again.
    pub again: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct BackupFile {
    pub file_name: String,
    /// The armoured age file (text).
    pub content: String,
    pub events: u32,
}

/// A backup the app saved as a file (`save_backup_file`, app only): where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SavedBackup {
    /// The full path, to show and say ("Saved in Downloads as …").
    pub path: String,
    /// The folder's own name (e.g. "Downloads").
    pub folder: String,
    pub file_name: String,
    pub events: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RestoreBackupRequest {
    /// The text of a file made by `save_backup`.
    pub content: String,
    pub passphrase: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RestoreResult {
    pub events: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Contents {
    format: String,
    version: u32,
    participant: String,
    device: String,
    events: Vec<Event>,
}

impl Api {
    pub fn save_backup(&self, request: SaveBackupRequest) -> Result<BackupFile, Error> {
        self.own_app_only()?;
        if request.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::invalid(format!(
                "A backup passphrase needs at least {MIN_PASSPHRASE_CHARS} letters, numbers or spaces."
            )));
        }
        if request.passphrase != request.again {
            return Err(Error::invalid("The two passphrases are not the same. Type it again, twice."));
        }
        let store = self.store()?;
        let stream = store.identity().stream.clone();
        let events = store.events()?;
        drop(store);
        let contents = Contents {
            format: FORMAT.into(),
            version: VERSION,
            participant: stream.participant,
            device: stream.device,
            events,
        };
        let json = serde_json::to_vec(&contents).map_err(internal)?;
        let mut recipient = age::scrypt::Recipient::new(request.passphrase.into());
        recipient.set_work_factor(WORK_FACTOR);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(internal)?;
        let mut out = Vec::with_capacity(json.len() / 2);
        let armored = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
            .map_err(internal)?;
        let mut writer = encryptor.wrap_output(armored).map_err(internal)?;
        writer.write_all(&json).map_err(internal)?;
        writer.finish().and_then(|armor| armor.finish()).map_err(internal)?;
        let content = String::from_utf8(out).map_err(internal)?;
        let day =
            chrono::DateTime::from_timestamp_millis((self.clock)()).unwrap_or_default().format("%Y-%m-%d");
        Ok(BackupFile {
            file_name: format!("waymark-backup-{day}.age"),
            content,
            events: u32::try_from(contents.events.len()).unwrap_or(u32::MAX),
        })
    }

    pub fn restore_backup(&self, request: RestoreBackupRequest) -> Result<RestoreResult, Error> {
        self.own_app_only()?;
        let decryptor =
            age::Decryptor::new_buffered(age::armor::ArmoredReader::new(request.content.as_bytes()))
                .map_err(|_| damaged())?;
        if !decryptor.is_scrypt() {
            return Err(Error::invalid("This is not a Waymark backup. Nothing was changed."));
        }
        let mut identity = age::scrypt::Identity::new(request.passphrase.into());
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let mut reader =
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
                age::DecryptError::DecryptionFailed
                | age::DecryptError::KeyDecryptionFailed
                | age::DecryptError::NoMatchingKeys => Error::invalid(
                    "That passphrase does not open this backup. Nothing was changed. Try again.",
                ),
                age::DecryptError::ExcessiveWork { .. } => Error::invalid(
                    "This backup asks for more work than this phone can do. Nothing was changed.",
                ),
                _ => damaged(),
            })?;
        let mut json = Vec::new();
        reader.read_to_end(&mut json).map_err(|_| damaged())?;
        let restored = restore_plaintext(&mut *self.store()?, &json)?;
        Ok(RestoreResult { events: u32::try_from(restored).unwrap_or(u32::MAX) })
    }
}

/// The second half of [`Api::restore_backup`], once age has decrypted and authenticated the
/// file: read the plaintext and restore it, all or nothing. Public (hidden) for `fuzz/`, which
/// feeds it arbitrary plaintexts; production reaches it only through `restore_backup`.
#[doc(hidden)]
pub fn restore_plaintext(store: &mut waymark_store::Store, json: &[u8]) -> Result<usize, Error> {
    let contents: Contents = serde_json::from_slice(json).map_err(|_| damaged())?;
    if contents.format != FORMAT {
        return Err(Error::invalid("This is not a Waymark backup. Nothing was changed."));
    }
    if contents.version > VERSION {
        return Err(Error::invalid("A newer Waymark made this backup. Update Waymark, then restore."));
    }
    store.restore(&contents.participant, &contents.device, &contents.events).map_err(|e| match e {
        waymark_store::StoreError::Invalid(reason) => {
            Error::invalid(format!("Nothing was restored: {reason}. Restore works on a fresh install."))
        }
        other => other.into(),
    })
}

fn damaged() -> Error {
    Error::invalid(
        "This backup file is damaged or not complete. Nothing was changed. Try another copy of the file.",
    )
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error { code: crate::Code::Internal, message: format!("The backup could not be made ({e}). Try again.") }
}
