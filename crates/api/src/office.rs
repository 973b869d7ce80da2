//! Signing in on shared office equipment (issue 5, "many devices, one person"; hardened in
//! issue 9).
//!
//! **Decision:** an office computer does not keep anyone's data. It is a browser showing the UI
//! the hub serves; a participant signs in by tapping their name (first name or initials, as the
//! facilitator typed it) and typing their PIN. While signed in, every `/api/<name>` call of that
//! browser runs as [`crate::Hub::participant`]: it reads their record on the hub and
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
//! **Threat: someone else on the office network takes the PIN.** Anyone in the office (or any
//! device on its network) can open the sign-in screen. If opening a PIN window were enough to
//! choose the PIN, whoever got there first in those 10 minutes would choose it, read and export
//! that person's diary, and lock the real person out. So choosing a PIN needs the person in the
//! room: when the facilitator presses *Office PIN* ([`Hub::allow_office_pin`]), the facilitator's
//! own screen (loopback only) shows a **one-time code** of 6 digits (OS CSPRNG, uniform). The
//! facilitator tells it to that person, who types it with their new PIN
//! ([`Hub::office_choose_pin`]). Only the code's SHA-256 (bound to the member) is stored; it works
//! for the 10-minute window, for [`MAX_CODE_TRIES`] tries (counted before they are checked), and
//! once: choosing a PIN, or a new *Office PIN*, ends it. A guesser gets 3 tries in 10^6 per
//! window, and the per-address limit ([`crate::limits`]) besides.
//!
//! **Nothing about anyone before sign-in.** The names list ([`Hub::office_names`]) gives, per
//! group, each display name and an opaque **handle**: a random nonce for this listing and a
//! keyed hash (HMAC-SHA-256 with a key the hub makes at start and never shows) of nonce and
//! member id. It carries no member id and no PIN state (set, open, locked); handles of two
//! listings cannot be matched; a handle cannot be made up; after a hub restart the screen asks
//! for the list again. Sign-in answers do not tell "no PIN yet" from "wrong PIN" either (a
//! missing PIN is checked against a dummy hash of the same cost), and a choose-PIN refusal does
//! not say whether a window is open. Only a lock is said, when a try meets it: the person must
//! know to wait or ask.
//!
//! **Guessing.** Each PIN try is counted in the store *before* the Argon2 check, in one statement
//! ([`waymark_store::Store::office_pin_try`]): [`MAX_WRONG_PINS`] tries per name per 15 minutes,
//! however many arrive at once; a right PIN gives back its own try only, and the facilitator's
//! *Office PIN* starts the count again (and resets a forgotten PIN). Against 10^4 four-digit PINs
//! that is 5 guesses a quarter-hour per name. So that one attacker cannot lock every name, each
//! client address also has [`crate::limits::PIN_TRIES_PER_ADDRESS`] wrong tries an hour. PINs are
//! 4 to 8 digits, not one digit repeated, not a straight run; only an Argon2id hash is stored.
//! Sessions end after 15 idle minutes; the office UI signs out after 10 (it warns first). Session
//! tokens are 32 random bytes in an HttpOnly, SameSite=Strict cookie; only their SHA-256 is
//! stored.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use std::net::IpAddr;

use sha2::{Digest, Sha256};

use crate::hub::{b64, random_bytes, sha256};
use crate::limits::{Counted, Guess, TooMany, wait_words};
use crate::{Code, Error, Hub};

/// How long the facilitator's "choose a PIN" window stays open.
pub const PIN_WINDOW_MS: i64 = 10 * 60 * 1000;
/// PIN tries per name per [`PIN_LOCK_MS`] (counted before they are checked; a right one is given
/// back).
pub const MAX_WRONG_PINS: i64 = 5;
/// The window the tries are counted in, from the first: the longest a lock lasts (the
/// facilitator can lift it by opening a new PIN window).
pub const PIN_LOCK_MS: i64 = 15 * 60 * 1000;
/// Tries at the facilitator's one-time code in one PIN window.
pub const MAX_CODE_TRIES: i64 = 3;
/// A session unused this long is gone.
pub const SESSION_IDLE_MS: i64 = 15 * 60 * 1000;
/// The office UI signs out by itself after this long without a touch or key press.
pub const UI_IDLE_MS: i64 = 10 * 60 * 1000;

/// Argon2id cost: 19 MiB, 2 passes, 1 lane (the OWASP minimum for Argon2id).
const ARGON2_M_KIB: u32 = 19 * 1024;
const ARGON2_T: u32 = 2;
const ARGON2_P: u32 = 1;

// ---- DTOs ---------------------------------------------------------------------------------------

/// A name to tap on the sign-in screen. `handle` names the person for this listing only: it is
/// not their member id and says nothing about their PIN.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeName {
    pub handle: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeGroup {
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
    /// The name's handle from [`OfficeNames`].
    pub handle: String,
    pub pin: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OfficeChoosePinRequest {
    /// The name's handle from [`OfficeNames`].
    pub handle: String,
    /// The one-time code the facilitator's screen shows (6 digits; spaces and dashes allowed).
    pub code: String,
    pub pin: String,
    /// The same PIN typed a second time.
    pub pin_again: String,
}

/// The person signed in on this office computer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeSessionView {
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

/// What the facilitator's screen shows after *Office PIN*: the code to tell the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficePinWindow {
    pub member_id: String,
    pub display_name: String,
    /// Six digits, shown only here: the person types it on the office screen with their new PIN.
    pub code: String,
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

impl Hub {
    /// Facilitator: let a member choose (or change) their office PIN in the next 10 minutes, with
    /// the one-time code this returns (shown on the facilitator's screen only). Also starts the
    /// member's PIN tries again, which lifts a lock.
    pub fn allow_office_pin(&self, request: AllowOfficePinRequest) -> Result<OfficePinWindow, Error> {
        let now = (self.api.clock)();
        let code = crate::hub::random_code()?;
        let mut store = self.api.store()?;
        let member = store
            .hub_member(&request.member_id)?
            .ok_or_else(|| Error::not_found("There is no such group member."))?;
        let until = now + PIN_WINDOW_MS;
        store.office_open_pin_window(&member.id, until, &code_hash(&member.id, &code))?;
        Ok(OfficePinWindow { member_id: member.id, display_name: member.display_name, code, until_ms: until })
    }

    /// The names on the office sign-in screen, each with a handle for this listing (see the
    /// module's decision: no member id, no PIN state).
    pub fn office_names(&self) -> Result<OfficeNames, Error> {
        let key = self.office_key()?;
        let nonce = random_bytes::<NONCE_BYTES>()?;
        let store = self.api.store()?;
        let mut groups = Vec::new();
        for group in store.hub_groups()? {
            let members = store
                .hub_members(&group.id)?
                .into_iter()
                .map(|m| OfficeName { handle: handle(&key, &nonce, &m.id), display_name: m.display_name })
                .collect();
            groups.push(OfficeGroup { name: group.name, members });
        }
        Ok(OfficeNames { groups })
    }

    /// Sign in with a PIN from `client`. The try is counted (for the name and the address) before
    /// the Argon2 check, which runs without holding the store.
    pub fn office_sign_in(
        &self,
        client: IpAddr,
        request: OfficeSignInRequest,
    ) -> Result<OfficeSignedIn, Error> {
        let now = (self.api.clock)();
        let member = self.member_by_handle(&request.handle)?;
        let counted = self.count_try(client, now)?;
        let tried = self.api.store()?.office_pin_try(&member.id, MAX_WRONG_PINS, PIN_LOCK_MS, now)?;
        let (stored, left, until) = match tried {
            waymark_store::PinTry::Check { pin_hash, left, until } => (pin_hash, left, until),
            waymark_store::PinTry::TooMany { until } => {
                // Not checked: it does not count against this computer.
                self.limits.give_back(&counted);
                return Err(locked(&member.display_name, until, now));
            }
        };
        // No PIN yet is checked against a dummy of the same cost, so the answer and its time
        // say nothing about whether there is one.
        let right = match &stored {
            Some(stored) => verify_pin(&request.pin, stored),
            None => {
                let _ = verify_pin(&request.pin, dummy_hash()?);
                false
            }
        };
        let mut store = self.api.store()?;
        if !right {
            return Err(match left {
                0 => refused(format!(
                    "That PIN is not right, and that was the last try for now. {}",
                    wait_words(until, now)
                )),
                left => refused(format!(
                    "That PIN is not right. You can try {left} more {}.",
                    if left == 1 { "time" } else { "times" }
                )),
            });
        }
        store.office_pin_right(&member.id)?;
        self.limits.give_back(&counted);
        open_session(&mut store, &member, now)
    }

    /// Choose a PIN with the facilitator's one-time code, from `client`, and sign in with it. The
    /// code's try is counted before it is checked; the PIN is hashed without holding the store.
    pub fn office_choose_pin(
        &self,
        client: IpAddr,
        request: OfficeChoosePinRequest,
    ) -> Result<OfficeSignedIn, Error> {
        let now = (self.api.clock)();
        check_new_pin(&request.pin, &request.pin_again)?;
        let code: String = request.code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::invalid("Type the code of 6 numbers from your facilitator's screen."));
        }
        let member = self.member_by_handle(&request.handle)?;
        let counted = self.count_try(client, now)?;
        let expected = self.api.store()?.office_code_try(&member.id, MAX_CODE_TRIES, now)?;
        // One answer for a wrong code, a used-up one and no window at all: a guesser learns
        // nothing about whether this person may choose a PIN now.
        let right = expected.is_some_and(|expected| same(&expected, &code_hash(&member.id, &code)));
        if !right {
            return Err(refused(
                "That code is not right, or it has run out. Check the code on your facilitator's screen, \
                 or ask them for a new one.",
            ));
        }
        let hash = hash_pin(&request.pin)?;
        let mut store = self.api.store()?;
        store.office_set_pin(&member.id, &hash)?;
        // A new PIN ends any session opened with the old one.
        store.office_remove_member_sessions(&member.id)?;
        self.limits.give_back(&counted);
        open_session(&mut store, &member, now)
    }

    /// The session a cookie's token names, if it is live (touching it), with the participant it
    /// acts for.
    pub fn office_session(&self, token: &str) -> Result<Option<(OfficeSessionView, String)>, Error> {
        let now = (self.api.clock)();
        let mut store = self.api.store()?;
        let Some(session) = store.office_session(&session_hash(token), now, now - SESSION_IDLE_MS)? else {
            return Ok(None);
        };
        let Some(member) = store.hub_member(&session.member_id)? else { return Ok(None) };
        let Some(participant) = member.participant.clone() else { return Ok(None) };
        Ok(Some((session_view(&store, &member)?, participant)))
    }

    /// End a session. Signing out twice is fine.
    pub fn office_sign_out(&self, token: &str) -> Result<(), Error> {
        self.api.store()?.office_remove_session(&session_hash(token))?;
        Ok(())
    }

    /// Count a PIN or code try against `client`'s address.
    fn count_try(&self, client: IpAddr, now: i64) -> Result<Vec<Counted>, Error> {
        self.limits.count(Guess::OfficePin, client, now).map_err(|TooMany { until, .. }| Error {
            code: Code::TooManyTries,
            message: format!("Too many wrong tries on this computer. {}", wait_words(until, now)),
        })
    }

    /// The member a handle from [`Hub::office_names`] names.
    fn member_by_handle(&self, text: &str) -> Result<waymark_store::MemberRow, Error> {
        let stale = || Error::not_found("The list of names is out of date. Go back and tap your name again.");
        let bytes = decode_b64(text).filter(|b| b.len() == NONCE_BYTES + MAC_BYTES).ok_or_else(stale)?;
        let (nonce, _) = bytes.split_at(NONCE_BYTES);
        let key = self.office_key()?;
        let store = self.api.store()?;
        for group in store.hub_groups()? {
            for member in store.hub_members(&group.id)? {
                if same(handle(&key, nonce, &member.id).as_bytes(), text.as_bytes()) {
                    return Ok(member);
                }
            }
        }
        Err(stale())
    }

    /// The key of this hub run's name handles (made on first use).
    fn office_key(&self) -> Result<[u8; 32], Error> {
        if let Some(key) = self.office_key.get() {
            return Ok(*key);
        }
        let key = random_bytes::<32>()?;
        Ok(*self.office_key.get_or_init(|| key))
    }
}

const NONCE_BYTES: usize = 8;
const MAC_BYTES: usize = 16;

/// `base64url(nonce ‖ first 16 bytes of HMAC-SHA-256(key, nonce ‖ member id))`.
fn handle(key: &[u8; 32], nonce: &[u8], member_id: &str) -> String {
    let mut message = nonce.to_vec();
    message.extend_from_slice(member_id.as_bytes());
    let mac = hmac_sha256(key, &message);
    let mut out = nonce.to_vec();
    out.extend_from_slice(&mac[..MAC_BYTES]);
    b64(&out)
}

/// HMAC-SHA-256 (RFC 2104) with a 32-byte key.
fn hmac_sha256(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(message).finalize();
    Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize().into()
}

fn decode_b64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text).ok()
}

/// Compare every byte, so the time taken says nothing about where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The stored form of a member's one-time code: bound to the member, so one code hash says
/// nothing about another's.
fn code_hash(member_id: &str, code: &str) -> Vec<u8> {
    sha256("waymark office pin code", &format!("{member_id}\0{code}"))
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
        display_name: member.display_name.clone(),
        group_name,
        idle_sign_out_ms: UI_IDLE_MS,
    })
}

fn session_hash(token: &str) -> Vec<u8> {
    sha256("waymark office session", token)
}

fn refused(message: impl Into<String>) -> Error {
    Error { code: Code::Unauthorized, message: message.into() }
}

fn locked(name: &str, until: i64, now: i64) -> Error {
    Error {
        code: Code::TooManyTries,
        message: format!(
            "{name}, there were too many wrong PINs. {} Or ask your facilitator to let you choose a new PIN.",
            wait_words(until, now)
        ),
    }
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

/// A hash no PIN matches, of the same cost as a real one: what a member without a PIN is
/// checked against.
fn dummy_hash() -> Result<&'static str, Error> {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return Ok(hash);
    }
    // A random 32-byte "PIN" nobody can type: digits only ever match digits.
    let hash = hash_pin(&b64(&random_bytes::<32>()?))?;
    Ok(DUMMY.get_or_init(|| hash))
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
    same(&out, &expected)
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
    fn hmac_is_the_standard_one_and_handles_name_one_member_per_listing() {
        // A known answer, from Python's `hmac.new(bytes(range(32)), b"waymark", "sha256")`.
        const HMAC_WAYMARK: &str = "63ed20e6020de59291ece4fad984645a4374b96579b94184c50ccce1bd18ec24";
        let key: [u8; 32] = std::array::from_fn(|i| i as u8);
        let mac = hmac_sha256(&key, b"waymark");
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, HMAC_WAYMARK);
        let (a, b) = (handle(&key, &[1; 8], "m1"), handle(&key, &[2; 8], "m1"));
        assert_ne!(a, b, "two listings give one member two handles");
        assert_ne!(handle(&key, &[1; 8], "m2"), a);
        assert!(!a.contains("m1"));
        assert_eq!(decode_b64(&a).unwrap().len(), NONCE_BYTES + MAC_BYTES);
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
