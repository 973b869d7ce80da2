//! Signing in on shared office equipment (issue 5, "many devices, one person").
//!
//! **Decision:** an office computer does not keep anyone's data. It is a browser showing the UI
//! the hub serves; a participant signs in by tapping their name (first name or initials, as the
//! facilitator typed it) and typing their PIN. While signed in, every `/api/<name>` call of that
//! browser runs as [`Api::acting_for`] the participant: it reads their record on the hub and
//! writes on the hub's own stream in their namespace `(participant, hub device, epoch)` — one
//! writer, like the attendance the hub records — so the next sync brings that work to their
//! phone, and the phone's consented work shows here. Signing out deletes the session on the hub
//! and tells the browser to clear its cookies, storage and cache (`Clear-Site-Data`); the page
//! reloads to the sign-in screen. Nothing of theirs was ever stored in the browser.
//!
//! The hub only holds what the phone shared, so on an office computer a participant sees their
//! progress and answers, and diary entries only if they share entries (plus any made at the
//! office, which were made on the hub).
//!
//! PINs: the facilitator opens a 10-minute window in which the member chooses a PIN (4 to 8
//! digits, not one digit repeated, not a straight run) on the office screen; the same action
//! resets a forgotten PIN and lifts a lock. Only an Argon2id hash is stored. Five wrong PINs in a
//! row lock that member's sign-in for 15 minutes. Sessions end after 15 idle minutes; the office
//! UI signs out after 10 (it warns first). Session tokens are 32 random bytes in an HttpOnly,
//! SameSite=Strict cookie; only their SHA-256 is stored.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::hub::{b64, id_like, random_bytes, sha256};
use crate::{Api, Code, Error};

/// How long the facilitator's "choose a PIN" window stays open.
pub const PIN_WINDOW_MS: i64 = 10 * 60 * 1000;
/// Wrong PINs in a row before sign-in is locked.
pub const MAX_WRONG_PINS: i64 = 5;
/// How long a lock lasts (the facilitator can lift it by opening a new PIN window).
pub const PIN_LOCK_MS: i64 = 15 * 60 * 1000;
/// A session unused this long is gone.
pub const SESSION_IDLE_MS: i64 = 15 * 60 * 1000;
/// The office UI signs out by itself after this long without a touch or key press.
pub const UI_IDLE_MS: i64 = 10 * 60 * 1000;

/// Argon2id cost: 19 MiB, 2 passes, 1 lane (the OWASP minimum for Argon2id).
const ARGON2_M_KIB: u32 = 19 * 1024;
const ARGON2_T: u32 = 2;
const ARGON2_P: u32 = 1;

// ---- DTOs ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OfficePinState {
    /// Has a PIN: type it to sign in.
    Set,
    /// The facilitator opened a window: choose a PIN now.
    Choose,
    /// No PIN yet: ask the facilitator.
    None,
    /// Too many wrong tries: wait, or ask the facilitator.
    Locked,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeName {
    pub member_id: String,
    pub display_name: String,
    pub pin: OfficePinState,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeGroup {
    pub group_id: String,
    pub name: String,
    pub members: Vec<OfficeName>,
}

/// Who can sign in here: every group's members, by the name the facilitator typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeNames {
    pub groups: Vec<OfficeGroup>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OfficeSignInRequest {
    pub member_id: String,
    pub pin: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OfficeChoosePinRequest {
    pub member_id: String,
    pub pin: String,
    /// The same PIN typed a second time.
    pub pin_again: String,
}

/// The person signed in on this office computer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeSessionView {
    pub member_id: String,
    pub display_name: String,
    pub group_name: String,
    /// The UI signs out after this long without a touch or key press.
    #[ts(type = "number")]
    pub idle_sign_out_ms: i64,
}

/// What the office sign-in screen needs to know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeStatus {
    pub signed_in: Option<OfficeSessionView>,
    /// True on the office network (HTTPS): nothing but the sign-in screen works until someone
    /// signs in. False on the hub's own screen, which also presents the programme to the room.
    pub sign_in_required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AllowOfficePinRequest {
    pub member_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficePinWindow {
    pub member_id: String,
    pub display_name: String,
    /// The member can choose a PIN on an office computer until then.
    #[ts(type = "number")]
    pub until_ms: i64,
}

/// A new session: the view, and the token for the cookie (never put in a response body).
pub struct OfficeSignedIn {
    pub view: OfficeSessionView,
    pub token: String,
}

// ---- Use-cases ----------------------------------------------------------------------------------

impl Api {
    /// Facilitator: let a member choose (or change) their office PIN in the next 10 minutes.
    pub fn allow_office_pin(&self, request: AllowOfficePinRequest) -> Result<OfficePinWindow, Error> {
        let now = (self.clock)();
        let mut store = self.store()?;
        let member = member(&store, &request.member_id)?;
        let until = now + PIN_WINDOW_MS;
        store.office_open_pin_window(&member.id, until)?;
        Ok(OfficePinWindow { member_id: member.id, display_name: member.display_name, until_ms: until })
    }

    /// The names on the office sign-in screen, each with what tapping it leads to.
    pub fn office_names(&self) -> Result<OfficeNames, Error> {
        let now = (self.clock)();
        let store = self.store()?;
        let mut groups = Vec::new();
        for group in store.hub_groups()? {
            let mut members = Vec::new();
            for m in store.hub_members(&group.id)? {
                let pin = pin_state(&store.office_pin(&m.id)?, now);
                members.push(OfficeName { member_id: m.id, display_name: m.display_name, pin });
            }
            groups.push(OfficeGroup { group_id: group.id, name: group.name, members });
        }
        Ok(OfficeNames { groups })
    }

    /// Sign in with a PIN. A wrong PIN counts towards the lock. The Argon2 check (tens of
    /// milliseconds) runs without holding the store, so other requests are not held up by it.
    pub fn office_sign_in(&self, request: OfficeSignInRequest) -> Result<OfficeSignedIn, Error> {
        let now = (self.clock)();
        let (member, pin) = {
            let store = self.store()?;
            let member = member(&store, &request.member_id)?;
            let pin = store.office_pin(&member.id)?;
            (member, pin)
        };
        let stored = match (pin_state(&pin, now), pin.pin_hash) {
            (OfficePinState::Locked, _) => return Err(locked()),
            (OfficePinState::None, _) => return Err(no_pin(&member.display_name)),
            (OfficePinState::Choose, None) => return Err(refused("Choose your PIN first: type it twice.")),
            (OfficePinState::Set | OfficePinState::Choose, stored) => stored.unwrap_or_default(),
        };
        let right = verify_pin(&request.pin, &stored);
        let mut store = self.store()?;
        if !right {
            return Err(match store.office_pin_failed(&member.id, MAX_WRONG_PINS, now + PIN_LOCK_MS)? {
                0 => locked(),
                left => refused(format!(
                    "That PIN is not right. You can try {left} more {}.",
                    if left == 1 { "time" } else { "times" }
                )),
            });
        }
        store.office_pin_succeeded(&member.id)?;
        open_session(&mut store, &member, now)
    }

    /// Choose a PIN in the window the facilitator opened, and sign in with it. The PIN is hashed
    /// without holding the store.
    pub fn office_choose_pin(&self, request: OfficeChoosePinRequest) -> Result<OfficeSignedIn, Error> {
        let now = (self.clock)();
        check_new_pin(&request.pin, &request.pin_again)?;
        let member = {
            let store = self.store()?;
            let member = member(&store, &request.member_id)?;
            if store.office_pin(&member.id)?.choose_until.is_none_or(|until| until <= now) {
                return Err(refused(
                    "Choosing a PIN is not open for you now. Ask your facilitator to let you choose one.",
                ));
            }
            member
        };
        let hash = hash_pin(&request.pin)?;
        let mut store = self.store()?;
        store.office_set_pin(&member.id, &hash)?;
        // A new PIN ends any session opened with the old one.
        store.office_remove_member_sessions(&member.id)?;
        open_session(&mut store, &member, now)
    }

    /// The session a cookie's token names, if it is live (touching it), with the participant it
    /// acts for.
    pub fn office_session(&self, token: &str) -> Result<Option<(OfficeSessionView, String)>, Error> {
        let now = (self.clock)();
        let mut store = self.store()?;
        let Some(session) = store.office_session(&session_hash(token), now, now - SESSION_IDLE_MS)? else {
            return Ok(None);
        };
        let Some(member) = store.hub_member(&session.member_id)? else { return Ok(None) };
        let Some(participant) = member.participant.clone() else { return Ok(None) };
        Ok(Some((session_view(&store, &member)?, participant)))
    }

    /// End a session. Signing out twice is fine.
    pub fn office_sign_out(&self, token: &str) -> Result<(), Error> {
        self.store()?.office_remove_session(&session_hash(token))?;
        Ok(())
    }
}

/// Open a session for `member` (giving them a participant id if they have none yet: their phone
/// joins it when it pairs, and brings its own work along).
fn open_session(
    store: &mut waymark_store::Store,
    member: &waymark_store::MemberRow,
    now: i64,
) -> Result<OfficeSignedIn, Error> {
    let token = b64(&random_bytes::<32>()?);
    crate::hub::member_participant(store, member)?;
    store.office_add_session(&session_hash(&token), &member.id, now)?;
    Ok(OfficeSignedIn { view: session_view(store, member)?, token })
}

fn session_view(
    store: &waymark_store::Store,
    member: &waymark_store::MemberRow,
) -> Result<OfficeSessionView, Error> {
    let group_name = store.hub_group(&member.group_id)?.map(|g| g.name).unwrap_or_default();
    Ok(OfficeSessionView {
        member_id: member.id.clone(),
        display_name: member.display_name.clone(),
        group_name,
        idle_sign_out_ms: UI_IDLE_MS,
    })
}

fn member(store: &waymark_store::Store, member_id: &str) -> Result<waymark_store::MemberRow, Error> {
    if !id_like(member_id) {
        return Err(Error::invalid("That is not a group member's id."));
    }
    store.hub_member(member_id)?.ok_or_else(|| Error::not_found("There is no such group member."))
}

fn pin_state(pin: &waymark_store::OfficePinRow, now: i64) -> OfficePinState {
    if pin.locked_until.is_some_and(|until| until > now) {
        OfficePinState::Locked
    } else if pin.choose_until.is_some_and(|until| until > now) {
        OfficePinState::Choose
    } else if pin.pin_hash.is_some() {
        OfficePinState::Set
    } else {
        OfficePinState::None
    }
}

fn session_hash(token: &str) -> Vec<u8> {
    sha256("waymark office session", token)
}

fn refused(message: impl Into<String>) -> Error {
    Error { code: Code::Unauthorized, message: message.into() }
}

fn locked() -> Error {
    refused("Too many wrong PINs. Wait 15 minutes, or ask your facilitator to let you choose a new PIN.")
}

fn no_pin(name: &str) -> Error {
    refused(format!("{name}, you do not have an office PIN yet. Ask your facilitator to let you choose one."))
}

/// A new PIN: 4 to 8 digits, typed the same twice, not one digit repeated, not a straight run.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), Error> {
    if !(4..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid("A PIN is 4 to 8 numbers."));
    }
    if pin != again {
        return Err(Error::invalid("The two PINs are not the same. Type your new PIN again, twice."));
    }
    let digits: Vec<i16> = pin.bytes().map(|b| i16::from(b - b'0')).collect();
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    if steps.iter().all(|s| *s == 0) {
        return Err(Error::invalid(
            "That PIN is easy to guess (one number again and again). Choose another.",
        ));
    }
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Err(Error::invalid("That PIN is easy to guess (numbers in a row). Choose another."));
    }
    Ok(())
}

fn argon2() -> Result<argon2::Argon2<'static>, Error> {
    let params = argon2::Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, Some(32)).map_err(internal)?;
    Ok(argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params))
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error { code: Code::Internal, message: format!("The hub could not check the PIN ({e}). Try again.") }
}

/// `argon2id$<salt, base64>$<hash, base64>` with this module's fixed cost.
fn hash_pin(pin: &str) -> Result<String, Error> {
    let salt = random_bytes::<16>()?;
    let mut out = [0u8; 32];
    argon2()?.hash_password_into(pin.as_bytes(), &salt, &mut out).map_err(internal)?;
    Ok(format!("argon2id${}${}", b64(&salt), b64(&out)))
}

fn verify_pin(pin: &str, stored: &str) -> bool {
    use base64::Engine as _;
    let decode = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s).ok();
    let mut parts = stored.split('$');
    let (Some("argon2id"), Some(salt), Some(hash), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let (Some(salt), Some(expected)) = (decode(salt), decode(hash)) else { return false };
    let mut out = vec![0u8; expected.len()];
    let Ok(argon) = argon2() else { return false };
    if expected.is_empty() || argon.hash_password_into(pin.as_bytes(), &salt, &mut out).is_err() {
        return false;
    }
    // Compare every byte, so the time taken says nothing about where they differ.
    out.iter().zip(&expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_pins_must_be_digits_typed_twice_and_not_obvious() {
        assert!(check_new_pin("2580", "2580").is_ok());
        assert!(check_new_pin("70412953", "70412953").is_ok());
        for (pin, again) in [
            ("123", "123"),
            ("123456789", "123456789"),
            ("12a4", "12a4"),
            ("２５８０", "２５８０"),
            ("2580", "2581"),
            ("1111", "1111"),
            ("1234", "1234"),
            ("9876", "9876"),
            ("", ""),
        ] {
            let err = check_new_pin(pin, again).unwrap_err();
            assert_eq!(err.code, Code::InvalidInput, "{pin}");
        }
    }

    #[test]
    fn a_pin_hash_verifies_only_its_own_pin() {
        let stored = hash_pin("2580").unwrap();
        assert!(stored.starts_with("argon2id$"));
        assert!(!stored.contains("2580"));
        assert!(verify_pin("2580", &stored));
        assert!(!verify_pin("2581", &stored));
        assert!(!verify_pin("", &stored));
        // A second hash of the same PIN has its own salt.
        assert_ne!(hash_pin("2580").unwrap(), stored);
        for broken in
            ["", "argon2id$$", "argon2id$AAAA", "bcrypt$x$y", "argon2id$!!$!!", &format!("{stored}$x")]
        {
            assert!(!verify_pin("2580", broken), "{broken}");
        }
    }
}
