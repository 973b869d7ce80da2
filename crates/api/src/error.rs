//! The one error type every use-case returns. The UI branches on `code`; `message` is plain
//! words for a person, never diary contents.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// The request was not valid (bad id, out of range, too long...).
    InvalidInput,
    /// The thing asked for does not exist.
    NotFound,
    /// The database could not be opened; the app shows the error screen.
    DatabaseUnavailable,
    /// A sync with the hub did not finish; nothing is lost and it will be tried again.
    SyncFailed,
    /// The hub could not be reached (no network, not the office Wi-Fi, hub off).
    HubUnreachable,
    /// The hub's certificate is not the one this phone paired with: not the office hub.
    WrongHub,
    /// The device's credential is missing, unknown or revoked: pair again.
    Unauthorized,
    /// A pairing code or token was refused (wrong, expired, used, or too many tries).
    PairingRefused,
    /// A phone sent more records than the hub takes from one phone in an hour: the rest goes
    /// at a later sync. Nothing was lost.
    RateLimited,
    /// Something went wrong inside; the message says what to do.
    Internal,
    /// The sender may not do this at all: a request from another web site's page, an address
    /// that is not the hub's own (DNS rebinding), or not as JSON; or a phone sending a record
    /// only the hub writes, or one written on another device. Nothing was changed.
    Forbidden,
    /// Too many tries (wrong PINs, codes) from this name or this computer: wait, or ask the
    /// facilitator. Nothing was checked.
    TooManyTries,
    /// The app lock is on and the app is locked: the PIN first.
    Locked,
    /// The app lock's PIN was not right (the try was counted).
    WrongPin,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: Code,
    pub message: String,
}

impl Error {
    pub fn invalid(message: impl Into<String>) -> Error {
        Error { code: Code::InvalidInput, message: message.into() }
    }

    pub fn not_found(message: impl Into<String>) -> Error {
        Error { code: Code::NotFound, message: message.into() }
    }
}

impl From<waymark_store::StoreError> for Error {
    fn from(err: waymark_store::StoreError) -> Error {
        match err {
            waymark_store::StoreError::Unreadable { .. } => {
                Error { code: Code::DatabaseUnavailable, message: err.to_string() }
            }
            _ => Error {
                code: Code::Internal,
                message: format!("Saving or reading your data failed: {err}. Your data is safe; try again."),
            },
        }
    }
}
