//! The platform's keystore, where the database key's record lives when there is one that
//! answers (issue 11; the record and its file are described in `waymark_api::vault`).
//!
//! | platform | keystore | crate |
//! |---|---|---|
//! | Linux desktop | the Secret Service (GNOME Keyring, KWallet) over the session bus | `zbus-secret-service-keyring-store` |
//! | macOS | the login Keychain | `apple-native-keyring-store` (`keychain`) |
//! | iOS | the data-protection Keychain | `apple-native-keyring-store` (`protected`) |
//! | Windows | the Credential Manager | `windows-native-keyring-store` |
//! | Android | none yet: the 0600 key file in the app's private folder | — |
//!
//! **Decision.** The keystore is used only if it *answers*: at start a probe entry is written,
//! read back and removed, within [`WAIT`]. A desktop with no Secret Service, or one whose keyring
//! is locked and would put up its own password prompt, does not answer in time, and the record
//! stays in the key file — the app opens either way. Every call runs with the same limit, so a
//! keystore that stops answering later gives a clear error rather than a frozen app.
//! `WAYMARK_KEYSTORE=off` turns it off (a kiosk, or a test that wants the file).
//!
//! Android: `android-native-keyring-store` needs the app's JNI context at start; it is not added
//! because no Android build can be made here to check it (ARCHITECTURE.md, "Mobile").

use std::sync::{Arc, mpsc};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry, Error};
use waymark_api::vault::Keystore;

/// The service every entry is filed under.
const SERVICE: &str = "org.waymark.app";
/// How long one keystore call may take before it counts as not answering.
const WAIT: Duration = Duration::from_secs(4);

/// The platform's credential store, behind [`Keystore`].
pub struct OsKeystore {
    store: Arc<CredentialStore>,
    name: &'static str,
}

impl std::fmt::Debug for OsKeystore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OsKeystore").field("name", &self.name).finish()
    }
}

/// The platform's keystore if it answers now, else `None` (the key file is used).
pub fn platform() -> Option<Arc<dyn Keystore>> {
    if std::env::var("WAYMARK_KEYSTORE").is_ok_and(|v| v == "off") {
        return None;
    }
    // One limit for opening and the probe together, so start is never held up longer than that.
    let keystore = within(|| {
        let (store, name) = open_platform_store()?;
        let keystore = OsKeystore { store, name };
        keystore.probe().ok().map(|()| keystore)
    })
    .ok()??;
    Some(Arc::new(keystore))
}

#[cfg(all(target_os = "linux", not(target_os = "android")))]
fn open_platform_store() -> Option<(Arc<CredentialStore>, &'static str)> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new().ok()?;
    Some((store, "secret-service"))
}

#[cfg(target_os = "macos")]
fn open_platform_store() -> Option<(Arc<CredentialStore>, &'static str)> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new().ok()?;
    Some((store, "keychain"))
}

#[cfg(target_os = "ios")]
fn open_platform_store() -> Option<(Arc<CredentialStore>, &'static str)> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::protected::Store::new().ok()?;
    Some((store, "keychain"))
}

#[cfg(target_os = "windows")]
fn open_platform_store() -> Option<(Arc<CredentialStore>, &'static str)> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new().ok()?;
    Some((store, "credential-manager"))
}

#[cfg(not(any(
    all(target_os = "linux", not(target_os = "android")),
    target_os = "macos",
    target_os = "ios",
    target_os = "windows"
)))]
fn open_platform_store() -> Option<(Arc<CredentialStore>, &'static str)> {
    None
}

impl OsKeystore {
    fn entry(&self, name: &str) -> Result<Entry, String> {
        Entry::new_in_store(&self.store, SERVICE, name).map_err(|e| describe(&e))
    }

    /// Write, read back and remove an entry (on the calling thread): the keystore keeps what it
    /// is given.
    fn probe(&self) -> Result<(), Error> {
        // Its own name each time: two apps (or tests) probing at once must not meet.
        let name = format!("waymark-probe-{}-{:?}", std::process::id(), std::thread::current().id());
        let entry = Entry::new_in_store(&self.store, SERVICE, &name)?;
        entry.set_secret(b"probe")?;
        let back = entry.get_secret()?;
        entry.delete_credential()?;
        if back == b"probe" {
            Ok(())
        } else {
            Err(Error::Invalid("probe".into(), "did not come back".into()))
        }
    }
}

impl Keystore for OsKeystore {
    fn name(&self) -> &'static str {
        self.name
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let entry = self.entry(name)?;
        match within(move || entry.get_secret())? {
            Ok(secret) => Ok(Some(secret)),
            Err(Error::NoEntry) => Ok(None),
            Err(e) => Err(describe(&e)),
        }
    }

    fn set(&self, name: &str, secret: &[u8]) -> Result<(), String> {
        let entry = self.entry(name)?;
        let secret = secret.to_vec();
        within(move || entry.set_secret(&secret))?.map_err(|e| describe(&e))
    }

    fn delete(&self, name: &str) -> Result<(), String> {
        let entry = self.entry(name)?;
        match within(move || entry.delete_credential())? {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(e) => Err(describe(&e)),
        }
    }
}

/// Run `f` on its own thread and wait at most [`WAIT`]. A call that does not come back is left
/// to finish (or not) on its thread; the caller gets an error at once.
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keystore".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(WAIT).map_err(|_| "the keystore did not answer in time".to_string())
}

/// The keystore's error in words that never carry a secret (keyring-core's `BadEncoding` holds
/// the bytes it could not read, so only its kind is said).
fn describe(e: &Error) -> String {
    match e {
        Error::NoEntry => "no such entry".into(),
        Error::BadEncoding(_) => "the entry is not readable".into(),
        Error::NoStorageAccess(_) => "the keystore is locked or cannot be reached".into(),
        Error::PlatformFailure(_) => "the keystore failed".into(),
        _ => "the keystore refused".into(),
    }
}

#[cfg(test)]
mod tests {
    //! These run against the real Secret Service: `cargo xtask test` starts a private session bus
    //! and an unlocked GNOME Keyring for the stage and sets `WAYMARK_KEYSTORE_TEST=required`, so
    //! there a missing keystore fails the test instead of skipping it.
    use super::*;
    use waymark_api::vault::Vault;

    fn keystore_or_skip() -> Option<Arc<dyn Keystore>> {
        let keystore = platform();
        if keystore.is_none() {
            assert!(
                std::env::var("WAYMARK_KEYSTORE_TEST").as_deref() != Ok("required"),
                "WAYMARK_KEYSTORE_TEST=required but no keystore answered (is a Secret Service running?)"
            );
            eprintln!("no keystore answers here; skipped");
        }
        keystore
    }

    #[test]
    fn a_new_key_lives_in_the_keystore_and_the_file_holds_no_key() {
        let Some(keystore) = keystore_or_skip() else { return };
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("waymark.db");
        let vault = Vault::beside(&db).in_keystore(Some(keystore.clone()));
        let key = vault.create().unwrap();
        assert_eq!(vault.held_in().unwrap().as_deref(), Some(keystore.name()));
        let file = std::fs::read_to_string(vault.path()).unwrap();
        assert!(file.contains("in_keystore") && !file.contains("\"key\""), "{file}");
        // The same file without the keystore cannot give the key, and says why.
        let alone = Vault::beside(&db);
        assert!(alone.plain_key().is_err());
        // With it, the key comes back; the PIN wraps it inside the keystore entry.
        assert_eq!(vault.plain_key().unwrap(), Some(key.clone()));
        vault.wrap(&key, "2580").unwrap();
        assert_eq!(vault.unlock("2580", 0).unwrap(), key);
        // Erase removes the entry too: a new vault over the same entry name finds nothing.
        let entry = file.split("\"entry\":\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        vault.remove().unwrap();
        assert!(!vault.path().exists());
        assert_eq!(keystore.get(&entry).unwrap(), None);
    }

    #[test]
    fn a_key_file_from_before_moves_into_the_keystore_and_keeps_its_key() {
        let Some(keystore) = keystore_or_skip() else { return };
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("waymark.db");
        let key = Vault::beside(&db).create().unwrap();
        let vault = Vault::beside(&db).in_keystore(Some(keystore));
        assert!(vault.adopt().unwrap());
        assert!(!vault.adopt().unwrap(), "adopted twice");
        assert!(!std::fs::read_to_string(vault.path()).unwrap().contains("\"key\""));
        assert_eq!(vault.plain_key().unwrap(), Some(key));
        vault.remove().unwrap();
    }
}
