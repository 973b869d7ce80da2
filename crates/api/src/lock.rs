//! The app lock (DESIGN §8): an optional PIN of 4 to 8 digits that wraps the database key
//! ([`crate::vault`]), asked at start and after a few minutes in the background.
//!
//! **Decisions.** The lock exists only on the participant's own app ([`Api::open_app`]); the hub
//! and office sign-in refuse it (a PIN there would lock the whole office's database). While the
//! lock is on and the app is locked, the database is closed and its key forgotten: nothing can
//! be read until the PIN is given. The PIN rules are the office PIN's ([`check_new_pin`]). After
//! [`FREE_TRIES`] wrong PINs each further wrong one earns a longer wait ([`wait_after`]), kept
//! in the key file so a restart does not reset it. A forgotten PIN cannot be bypassed: the key
//! cannot be had without it, so the way back is to erase and restore a backup, or pair again
//! and get back what the hub holds (the set-PIN screen says so).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::vault::{FREE_TRIES, KeyError, KeyState, wait_after};
use crate::{Api, Code, Error, Slot, check_new_pin};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LockStatusRequest {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetPinRequest {
    pub pin: String,
    /// The same PIN typed again.
    pub again: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PinRequest {
    pub pin: String,
}

/// The app lock as the UI needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct LockView {
    /// This app can have a lock (false on the hub and at the office).
    pub available: bool,
    /// A PIN is set.
    pub enabled: bool,
    /// The app is locked: the PIN is needed before anything else.
    pub locked: bool,
    /// The first-run question about the lock has not been answered yet.
    pub offer: bool,
    /// Wrong PINs in a row so far.
    pub wrong: u32,
    /// Wrong PINs left before a wait starts.
    pub tries_before_wait: u32,
    /// Milliseconds to wait before the next try (0: try now).
    pub wait_ms: u64,
    /// The length of the current wait, for the message said aloud: 30 s, 60 s, 300 s, 900 s or
    /// 3600 s (0: no wait).
    pub wait_step_s: u32,
}

impl Api {
    pub fn lock_status(&self, request: LockStatusRequest) -> Result<LockView, Error> {
        let LockStatusRequest {} = request;
        self.lock_view()
    }

    /// Turn the lock on (or change the PIN): the database key is wrapped under the new PIN.
    pub fn set_pin(&self, request: SetPinRequest) -> Result<LockView, Error> {
        let vault = self.lockable()?;
        check_new_pin(&request.pin, &request.again)?;
        let slot = self.slot();
        let Slot::Open { key, .. } = &*slot else {
            return Err(locked_error());
        };
        vault.wrap(key, &request.pin)?;
        drop(slot);
        self.lock_view()
    }

    /// Turn the lock off: needs the PIN (someone who picked up an unlocked phone cannot simply
    /// switch it off).
    pub fn remove_pin(&self, request: PinRequest) -> Result<LockView, Error> {
        let vault = self.lockable()?;
        let now = (self.clock)();
        let key = vault.unlock(&request.pin, now).map_err(pin_error)?;
        vault.unwrap_to_plain(&key)?;
        self.lock_view()
    }

    /// The first-run question was answered "not now".
    pub fn skip_lock_offer(&self, request: LockStatusRequest) -> Result<LockView, Error> {
        let LockStatusRequest {} = request;
        self.lockable()?.set_lock_offered()?;
        self.lock_view()
    }

    /// Open the database with the PIN.
    pub fn unlock(&self, request: PinRequest) -> Result<LockView, Error> {
        let vault = self.lockable()?;
        let mut slot = self.slot();
        if !matches!(&*slot, Slot::Locked) {
            drop(slot);
            return self.lock_view();
        }
        let key = vault.unlock(&request.pin, (self.clock)()).map_err(pin_error)?;
        *slot = self.open_slot(key);
        drop(slot);
        self.lock_view()
    }

    /// Lock at once, if the lock is on ("Hide now", or a few minutes in the background): the
    /// database is closed and its key forgotten. With the lock off, nothing changes.
    pub fn lock_now(&self, request: LockStatusRequest) -> Result<LockView, Error> {
        let LockStatusRequest {} = request;
        let pin_set = self.lockable().is_ok_and(|vault| matches!(vault.state(), Ok(KeyState::Pin { .. })));
        if pin_set {
            let mut slot = self.slot();
            if matches!(&*slot, Slot::Open { .. }) {
                *slot = Slot::Locked;
            }
        }
        self.lock_view()
    }

    /// The participant's own app, not the hub or office sign-in (backups, erase, the lock).
    pub(crate) fn own_app_only(&self) -> Result<(), Error> {
        self.lockable().map(|_| ())
    }

    fn lockable(&self) -> Result<&crate::vault::Vault, Error> {
        match (&self.vault, self.lockable, &self.acting_for) {
            (Some(vault), true, None) => Ok(vault),
            _ => Err(Error {
                code: Code::Forbidden,
                message: "The app lock is set in the Waymark app on your own phone.".into(),
            }),
        }
    }

    fn lock_view(&self) -> Result<LockView, Error> {
        let Ok(vault) = self.lockable() else {
            return Ok(LockView {
                available: false,
                enabled: false,
                locked: false,
                offer: false,
                wrong: 0,
                tries_before_wait: FREE_TRIES,
                wait_ms: 0,
                wait_step_s: 0,
            });
        };
        let locked = matches!(&*self.slot(), Slot::Locked);
        let now = (self.clock)();
        let state = vault.state().unwrap_or(KeyState::Missing);
        let (enabled, offer, wrong, wait_until) = match state {
            KeyState::Missing => (false, false, 0, 0),
            KeyState::Plain { lock_offered } => (false, !lock_offered, 0, 0),
            KeyState::Pin { wrong, wait_until_ms } => (true, false, wrong, wait_until_ms),
        };
        let wait_ms = u64::try_from(wait_until.saturating_sub(now)).unwrap_or(0);
        Ok(LockView {
            available: true,
            enabled,
            locked,
            offer,
            wrong,
            tries_before_wait: FREE_TRIES.saturating_sub(wrong),
            wait_ms,
            wait_step_s: if wait_ms > 0 { u32::try_from(wait_after(wrong) / 1000).unwrap_or(0) } else { 0 },
        })
    }
}

fn locked_error() -> Error {
    Error { code: Code::Locked, message: "Waymark is locked. Type your PIN first.".into() }
}

fn pin_error(e: KeyError) -> Error {
    match e {
        KeyError::WrongPin { wrong, wait_until_ms: 0 } => Error {
            code: Code::WrongPin,
            message: format!(
                "That PIN is not right. {} more {} before you must wait.",
                FREE_TRIES.saturating_sub(wrong),
                if FREE_TRIES.saturating_sub(wrong) == 1 { "try" } else { "tries" }
            ),
        },
        KeyError::WrongPin { .. } | KeyError::Wait { .. } => Error {
            code: Code::TooManyTries,
            message: "That PIN is not right, and there were too many wrong PINs. Wait, then try again."
                .into(),
        },
        other => other.into(),
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EraseRequest {}

impl Api {
    /// "Erase everything on this phone": the database (with its -wal, -shm and any half-made
    /// copy), its key file and so the pairing (a row of that database) are removed, and a new
    /// empty database is made: the app is as on first run. Works locked or not (a person who
    /// forgot the PIN may start again), and with a database that cannot be opened. Telling the
    /// hub to revoke this phone is the shell's network work, done before this call.
    pub fn erase_everything(&self, request: EraseRequest) -> Result<LockView, Error> {
        let EraseRequest {} = request;
        let vault = self.lockable()?.clone();
        let Some(path) = self.db_path.clone() else {
            return Err(Error::invalid("There is no file to erase."));
        };
        let mut slot = self.slot();
        // Close the database before its files go.
        *slot = Slot::Locked;
        waymark_store::remove_database(&path)?;
        vault.remove()?;
        *slot = self.first_slot();
        drop(slot);
        self.lock_view()
    }
}
