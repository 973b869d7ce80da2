//! Office-hub use-cases: the facilitator's (groups, roster, pairing, attendance, CSV export) and
//! the device-facing ones (pair, sync with a credential).
//!
//! **Decision:** these are methods of [`Hub`], not of [`Api`], and none are in
//! [`crate::for_each_command!`]. That list is also what the participant's own Tauri app exposes,
//! and a participant's app must never offer "start pairing" or "show the roster". The
//! facilitator's calls have their own list, [`crate::for_each_hub_command!`],
//! served only on the hub's loopback listener (`/hub/api/<name>`); the device calls
//! ([`Hub::pair`], [`Hub::sync_for_device`]) are routed by hand under `/device/v1/`.
//!
//! Secrets: pairing tokens (32 random bytes), 6-digit codes and device credentials (32 random
//! bytes) come from the OS CSPRNG (`getrandom`); only their SHA-256 hashes are stored, so a copy
//! of the hub database does not let anyone pair or sync.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use waymark_core::progress::{self, WeekSummary};
use waymark_core::sync::{Consent, SyncRequest, SyncResponse};
use waymark_core::{AttendanceStatus, Visibility};
use waymark_store::{PairRefused, PairingSecret};

use crate::diary::{week_of, week_range};
use crate::{Api, Code, Error, ExportFile};

/// How long a pairing offer (QR code and numeric code) stays valid.
pub const PAIRING_TTL_MS: i64 = 10 * 60 * 1000;
/// Longest display name: a first name or initials, never a full name or email.
pub const MAX_DISPLAY_NAME_CHARS: usize = 40;
/// Programme sessions attendance can be marked for.
pub const SESSION_NUMBERS: std::ops::RangeInclusive<u8> = 1..=11;

/// Most events one device may send in one hour. A year of heavy use is about 5,000 events, so
/// a first sync goes in one go; a flood (a forged or broken app) is stopped after this many, and
/// the rest waits for the next hour. Kept in memory: a restarted hub starts counting again.
pub const MAX_EVENTS_PER_DEVICE_HOUR: u64 = 25_000;
/// Most payload bytes (compact JSON) one device may send in one hour: about 60 times a
/// realistic first sync (5,000 events of ~280 bytes).
pub const MAX_BYTES_PER_DEVICE_HOUR: u64 = 16 * 1024 * 1024;
/// Largest payload of one event (compact JSON). The largest a participant can make is a plan
/// answer of a few fields of 2,000 characters each.
pub const MAX_EVENT_PAYLOAD_BYTES: usize = 64 * 1024;
/// Most events the hub keeps from one device in all (its streams' seqs summed): 40 years of
/// heavy use. Past it, nothing more is taken from that device.
pub const MAX_EVENTS_PER_DEVICE: u64 = 200_000;
const BUDGET_WINDOW_MS: i64 = 60 * 60 * 1000;

/// What one device has sent in the current hour.
#[derive(Clone, Copy, Debug, Default)]
pub struct DeviceBudget {
    window_start_ms: i64,
    events: u64,
    bytes: u64,
}

impl DeviceBudget {
    /// Take `events` events of `bytes` bytes from the budget at `now_ms`, or refuse (taking
    /// nothing) if that would pass either hourly limit.
    fn take(&mut self, now_ms: i64, events: u64, bytes: u64) -> bool {
        if now_ms < self.window_start_ms || now_ms - self.window_start_ms >= BUDGET_WINDOW_MS {
            *self = DeviceBudget { window_start_ms: now_ms, events: 0, bytes: 0 };
        }
        if self.events + events > MAX_EVENTS_PER_DEVICE_HOUR || self.bytes + bytes > MAX_BYTES_PER_DEVICE_HOUR
        {
            return false;
        }
        self.events += events;
        self.bytes += bytes;
        true
    }
}

fn rate_limited(message: impl Into<String>) -> Error {
    Error { code: Code::RateLimited, message: message.into() }
}

/// The office hub: the facilitator's use-cases ([`crate::for_each_hub_command!`]), the devices'
/// (pairing and sync with a credential) and office sign-in, over the hub's store.
///
/// **API boundary:** these are not methods of [`Api`]. An `Api` is one participant's use-cases
/// (what the Tauri app and `/api/<name>` reach), so neither the app's commands nor a browser's
/// `/api/<name>` can name a facilitator or device-auth call: the compiler has nothing to find.
/// The hub gets a participant's `Api` explicitly, with [`Hub::participant`] (office sign-in) or
/// [`Hub::own`] (the hub's own participant, the loopback screen presenting to the room).
#[derive(Clone)]
pub struct Hub {
    /// The hub's own participant's use-cases; its store, content and clock are the hub's.
    pub(crate) api: Api,
    /// Set once the HTTPS listener is up (see [`HubEndpoint`]); the facilitator may change the
    /// address phones are told.
    endpoint: std::sync::Arc<std::sync::RwLock<Option<HubEndpoint>>>,
    /// What each paired device has sent this hour (see [`DeviceBudget`]).
    device_budgets: std::sync::Arc<std::sync::Mutex<std::collections::BTreeMap<String, DeviceBudget>>>,
    /// Guesses (office PINs, pairing codes) per client address; see [`crate::limits`].
    pub(crate) limits: std::sync::Arc<crate::limits::Tries>,
    /// The key of the office names' handles, made on first use; see [`crate::office`].
    pub(crate) office_key: std::sync::Arc<std::sync::OnceLock<[u8; 32]>>,
    /// The live group sessions on now (see [`crate::live`]).
    pub(crate) rooms: std::sync::Arc<crate::live::Rooms>,
    /// The room's speakers, when the hub runs in the facilitator's app (see
    /// [`crate::room_voice`]).
    pub(crate) room_voice: std::sync::Arc<std::sync::OnceLock<std::sync::Arc<dyn crate::RoomVoice>>>,
    /// Pushes waiting to share a commit (see [`crate::commit`]).
    pub(crate) committer: std::sync::Arc<crate::commit::Committer>,
}

impl Hub {
    /// The hub over `api`'s store, content and clock (the hub's own database).
    #[must_use]
    pub fn new(api: Api) -> Hub {
        Hub {
            api,
            endpoint: std::sync::Arc::default(),
            device_budgets: std::sync::Arc::default(),
            limits: std::sync::Arc::default(),
            office_key: std::sync::Arc::default(),
            rooms: std::sync::Arc::default(),
            room_voice: std::sync::Arc::default(),
            committer: std::sync::Arc::default(),
        }
    }

    /// The hub's own participant: the loopback screen without an office session.
    #[must_use]
    pub fn own(&self) -> &Api {
        &self.api
    }

    /// `participant`'s use-cases over the hub's store: reads their record, writes on the hub's
    /// own stream in their namespace `(participant, hub device, epoch)` (one writer, like the
    /// attendance the hub records). For a participant signed in on office equipment.
    #[must_use]
    pub fn participant(&self, participant: &str) -> Api {
        self.api.for_participant(participant)
    }

    pub fn content(&self) -> &waymark_content::Content {
        self.api.content()
    }

    /// A member's participant id, once they have one (pairing, attendance or office work).
    pub fn participant_of(&self, member_id: &str) -> Result<Option<String>, Error> {
        Ok(self.api.store()?.hub_member(member_id)?.and_then(|m| m.participant))
    }
}

/// Where devices reach this hub: told to [`Api`] by the hub binary once its TLS listener is up,
/// and put into every pairing QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubEndpoint {
    /// `host:port` of the HTTPS listener as devices on the LAN see it: the one put into pairing
    /// codes now.
    pub address: String,
    /// Every `host:port` the facilitator may choose instead (`address` among them), best first.
    pub choices: Vec<String>,
    /// Lower-case hex SHA-256 of the certificate (DER). Devices pin exactly this.
    pub fingerprint: String,
}

/// Every facilitator use-case, written once: `name(Request) -> Response;`. The hub's
/// `/hub/api/<name>` routes and the TypeScript `HubCommands` map are generated from it.
#[macro_export]
macro_rules! for_each_hub_command {
    ($callback:ident) => {
        $callback! {
            list_groups(ListGroupsRequest) -> GroupList;
            create_group(CreateGroupRequest) -> GroupView;
            add_member(AddMemberRequest) -> MemberView;
            rename_member(RenameMemberRequest) -> MemberView;
            remove_member(RemoveMemberRequest) -> RemoveMemberResult;
            start_pairing(StartPairingRequest) -> PairingOffer;
            roster(RosterRequest) -> Roster;
            mark_attendance(MarkAttendanceRequest) -> AttendanceView;
            export_roster_csv(RosterRequest) -> ExportFile;
            revoke_device(RevokeDeviceRequest) -> RevokeResult;
            allow_office_pin(AllowOfficePinRequest) -> OfficePinWindow;
            start_live(StartLiveRequest) -> LiveControl;
            live_go(LiveGoRequest) -> LiveSummary;
            live_control(LiveControlRequest) -> LiveControl;
            presenter_view(PresenterRequest) -> PresenterView;
            end_live(EndLiveRequest) -> LiveEnded;
            register(RegisterRequest) -> Register;
            export_register_csv(RegisterRequest) -> ExportFile;
            register_details(RegisterRequest) -> RegisterDetails;
            set_register_details(SetRegisterDetailsRequest) -> RegisterDetails;
            set_case_reference(SetCaseReferenceRequest) -> CaseReferenceView;
            correct_attendance(CorrectAttendanceRequest) -> AttendanceView;
            rar_record(RarRecordRequest) -> RarRecord;
            group_schedule(GroupScheduleRequest) -> GroupSchedule;
            set_session_time(SetSessionTimeRequest) -> GroupSchedule;
            cancel_session(CancelSessionRequest) -> GroupSchedule;
            room_audio_play(AudioPlayRequest) -> AudioStatus;
            room_audio_pause(AudioControlRequest) -> AudioStatus;
            room_audio_resume(AudioControlRequest) -> AudioStatus;
            room_audio_stop(AudioControlRequest) -> AudioStatus;
            room_audio_status(AudioControlRequest) -> AudioStatus;
        }
    };
}

macro_rules! hub_command_table {
    ($($name:ident($request:ty) -> $response:ty;)*) => {
        /// Every facilitator use-case as (name, request type, response type).
        pub const HUB_COMMANDS: &[(&str, &str, &str)] =
            &[$((stringify!($name), stringify!($request), stringify!($response))),*];
    };
}

for_each_hub_command!(hub_command_table);

// ---- Facilitator DTOs -------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ListGroupsRequest {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CreateGroupRequest {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupView {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupList {
    pub groups: Vec<GroupView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AddMemberRequest {
    pub group_id: String,
    /// First name or initials, 1–40 characters. No surname, no email.
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RenameMemberRequest {
    pub member_id: String,
    /// First name or initials, 1–40 characters, not another member's of the same group.
    pub display_name: String,
}

/// Remove a person from the hub: their events, office PIN and phones go (see
/// `waymark_store::table::erasure`). The facilitator types the name to confirm, so a slip of the
/// finger on the wrong row removes nobody.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RemoveMemberRequest {
    pub member_id: String,
    pub confirm_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemoveMemberResult {
    /// Records deleted from the hub.
    #[ts(type = "number")]
    pub events: u64,
    /// Phones whose pairing went with them.
    pub devices: u32,
}

/// A member's office PIN as the facilitator's roster shows it (never to an office browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OfficePin {
    /// No PIN yet.
    None,
    /// The facilitator opened a window: the member may choose one now.
    Choosing,
    /// Has a PIN.
    Set,
    /// Too many wrong tries: locked for a while (Office PIN lifts it).
    Locked,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberView {
    pub id: String,
    pub group_id: String,
    pub display_name: String,
    pub paired: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StartPairingRequest {
    pub member_id: String,
    /// One of the offer's `choices`: phones should use this address from now on (the
    /// facilitator picked the office network). Absent: the hub's current choice.
    #[serde(default)]
    #[ts(optional)]
    pub address: Option<String>,
}

/// What the facilitator's screen shows to pair a phone: the QR code, or the 6-digit code for a
/// phone without a camera. Valid once, for 10 minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingOffer {
    pub member_id: String,
    /// Six digits, for typing.
    pub code: String,
    /// One-time token (32 random bytes, base64url), inside the QR code.
    pub token: String,
    #[ts(type = "number")]
    pub expires_at_ms: i64,
    /// `host:port` of the hub's HTTPS listener.
    pub address: String,
    /// Every `host:port` of this machine a phone might use, best first (`address` among them),
    /// for the facilitator to pick the office network's when there are several.
    pub choices: Vec<String>,
    /// `address` is this machine's own loopback: no phone can reach it (say so plainly).
    pub loopback_only: bool,
    /// Hex SHA-256 of the hub's certificate, which the phone pins.
    pub fingerprint: String,
    /// `waymark://pair?v=1&addr=…&fp=…&t=…`, what the QR code encodes.
    pub uri: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RosterRequest {
    pub group_id: String,
    /// The facilitator's UTC offset, for "this week" in diary summaries.
    #[serde(default)]
    pub utc_offset_minutes: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Roster {
    pub group: GroupView,
    pub session_count: u32,
    pub members: Vec<RosterMember>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct RosterMember {
    pub member_id: String,
    pub display_name: String,
    pub devices: Vec<DeviceView>,
    /// Latest sync of any of the member's devices.
    #[ts(type = "number | null")]
    pub last_sync_at_ms: Option<i64>,
    /// Sessions with every step done (from the participant's synced progress).
    pub sessions_completed: u32,
    /// Session numbers the member is marked present at.
    pub attendance: Vec<u8>,
    /// What the participant currently lets the facilitator see.
    pub sharing: Consent,
    /// This week's totals while the participant shares diary summaries: computed by the hub
    /// from the entries if those are shared too (no entry is shown), else the totals their phone
    /// sent. `None` when not shared, or when the phone has sent nothing for this week yet; see
    /// [`Hub::roster`].
    pub diary_summary: Option<DiarySummary>,
    /// Records this member's phones sent that differ from what the hub holds under the same id
    /// (a damaged or altered app). Kept, never merged; at most `MAX_CONFLICTS_KEPT`.
    pub conflicts: u32,
    /// Their office PIN: none, being chosen, set, or locked.
    pub office_pin: OfficePin,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeviceView {
    pub device_id: String,
    #[ts(type = "number")]
    pub paired_at_ms: i64,
    #[ts(type = "number | null")]
    pub last_sync_at_ms: Option<i64>,
    pub revoked: bool,
}

/// This week's totals, shown only with the participant's consent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct DiarySummary {
    /// Monday of the week, `YYYY-MM-DD`.
    pub week_start: String,
    pub units: f64,
    pub drink_free_days: u8,
}

impl From<WeekSummary> for DiarySummary {
    fn from(s: WeekSummary) -> Self {
        DiarySummary { week_start: s.week_start, units: s.units, drink_free_days: s.drink_free_days }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MarkAttendanceRequest {
    pub member_id: String,
    /// 1–11.
    pub session_number: u8,
    pub present: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AttendanceView {
    pub member_id: String,
    pub attendance: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RevokeDeviceRequest {
    pub member_id: String,
    pub device_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RevokeResult {
    pub revoked: u32,
}

// ---- Device DTOs (not UI; plain serde) --------------------------------------------------------

pub use waymark_core::sync::{DeviceSyncRequest, Exchange, Exchanged, PairRequest, PairResponse};

// ---- Secrets ----------------------------------------------------------------------------------

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error {
        code: Code::Internal,
        message: format!("The hub could not make a secure random number ({e})."),
    })?;
    Ok(bytes)
}

pub(crate) fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub(crate) fn sha256(domain: &str, secret: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(domain.as_bytes());
    h.update([0u8]);
    h.update(secret.as_bytes());
    h.finalize().to_vec()
}

fn code_hash(code: &str) -> Vec<u8> {
    sha256("waymark pairing code", code)
}

fn token_hash(token: &str) -> Vec<u8> {
    sha256("waymark pairing token", token)
}

pub(crate) fn credential_hash(credential: &str) -> Vec<u8> {
    sha256("waymark device credential", credential)
}

/// A uniform 6-digit code (rejection sampling, so no digit is more likely).
pub(crate) fn random_code() -> Result<String, Error> {
    const LIMIT: u32 = u32::MAX - u32::MAX % 1_000_000;
    loop {
        let n = u32::from_le_bytes(random_bytes::<4>()?);
        if n < LIMIT {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

/// Percent-encode everything but unreserved characters (RFC 3986).
fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The pairing URI a QR code carries.
#[must_use]
pub fn pairing_uri(address: &str, fingerprint: &str, token: &str) -> String {
    format!(
        "waymark://pair?v=1&addr={}&fp={}&t={}",
        url_encode(address),
        url_encode(fingerprint),
        url_encode(token)
    )
}

fn not_paired() -> Error {
    Error {
        code: Code::Unauthorized,
        message: "This phone is not paired with this hub. Ask your facilitator for a pairing code.".into(),
    }
}

fn pair_refused(message: &str) -> Error {
    Error { code: Code::PairingRefused, message: message.into() }
}

/// The member's participant id: theirs, or a new one given now (attendance marked or office work
/// done before their phone pairs; the phone joins that participant when it does).
pub(crate) fn member_participant(
    store: &mut waymark_store::Store,
    member: &waymark_store::MemberRow,
) -> Result<String, Error> {
    if let Some(participant) = &member.participant {
        return Ok(participant.clone());
    }
    let participant = uuid::Uuid::new_v4().to_string();
    store.hub_set_member_participant(&member.id, &participant)?;
    Ok(participant)
}

/// Whether a `host:port` names this machine's loopback, which no phone can reach.
#[must_use]
pub fn is_loopback_address(address: &str) -> bool {
    let host = address.rsplit_once(':').map_or(address, |(host, _)| host);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A display name as the facilitator typed it, trimmed: a first name or initials.
fn display_name(typed: &str) -> Result<&str, Error> {
    let name = typed.trim();
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_DISPLAY_NAME_CHARS {
        return Err(Error::invalid(format!(
            "Use a first name or initials, 1 to {MAX_DISPLAY_NAME_CHARS} characters."
        )));
    }
    if name.contains('@') || name.chars().any(char::is_control) {
        return Err(Error::invalid("Use a first name or initials only, not an email address."));
    }
    Ok(name)
}

/// Two members of a group with the same name (ignoring case) cannot be told apart on the
/// office sign-in screen or the register, so the second is refused.
fn unique_in_group(
    store: &waymark_store::Store,
    group_id: &str,
    name: &str,
    except: Option<&str>,
) -> Result<(), Error> {
    let taken = store
        .hub_members(group_id)?
        .iter()
        .any(|m| Some(m.id.as_str()) != except && m.display_name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(Error::invalid(format!(
            "There is already a {name} in this group. Add an initial so people can tell you apart, like {name} K."
        )));
    }
    Ok(())
}

pub(crate) fn id_like(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Hub {
    /// Tell the api where devices reach this hub (the binary does this once TLS is listening).
    pub fn set_hub_endpoint(&self, endpoint: HubEndpoint) {
        *self.endpoint.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(endpoint);
    }

    pub fn list_groups(&self, _request: ListGroupsRequest) -> Result<GroupList, Error> {
        let groups = self.api.store()?.hub_groups()?;
        Ok(GroupList { groups: groups.into_iter().map(|g| GroupView { id: g.id, name: g.name }).collect() })
    }

    pub fn create_group(&self, request: CreateGroupRequest) -> Result<GroupView, Error> {
        let name = request.name.trim();
        if name.is_empty() || name.chars().count() > 60 {
            return Err(Error::invalid("A group name needs 1 to 60 characters."));
        }
        let id = uuid::Uuid::now_v7().to_string();
        let group = self.api.store()?.hub_create_group(&id, name, (self.api.clock)())?;
        Ok(GroupView { id: group.id, name: group.name })
    }

    pub fn add_member(&self, request: AddMemberRequest) -> Result<MemberView, Error> {
        let name = display_name(&request.display_name)?;
        let mut store = self.api.store()?;
        if store.hub_group(&request.group_id)?.is_none() {
            return Err(Error::not_found("There is no such group. Create the group first."));
        }
        unique_in_group(&store, &request.group_id, name, None)?;
        let id = uuid::Uuid::now_v7().to_string();
        let member = store.hub_add_member(&id, &request.group_id, name, (self.api.clock)())?;
        drop(store);
        self.give_schedule(&member.id)?;
        Ok(MemberView {
            id: member.id,
            group_id: member.group_id,
            display_name: member.display_name,
            paired: false,
        })
    }

    pub fn rename_member(&self, request: RenameMemberRequest) -> Result<MemberView, Error> {
        let name = display_name(&request.display_name)?;
        let mut store = self.api.store()?;
        let member = store
            .hub_member(&request.member_id)?
            .ok_or_else(|| Error::not_found("There is no such group member."))?;
        unique_in_group(&store, &member.group_id, name, Some(&member.id))?;
        store.hub_rename_member(&member.id, name)?;
        let paired = store.hub_devices(&member.id)?.iter().any(|d| d.revoked_at.is_none());
        Ok(MemberView { id: member.id, group_id: member.group_id, display_name: name.to_string(), paired })
    }

    /// Remove a person and everything the hub holds of them; logged without content. Their
    /// phones keep their own data (the phone's "Erase everything" is the participant's choice).
    pub fn remove_member(&self, request: RemoveMemberRequest) -> Result<RemoveMemberResult, Error> {
        let mut store = self.api.store()?;
        let member = store.hub_member(&request.member_id)?.ok_or_else(|| {
            Error::not_found("There is no such group member (or they were removed already).")
        })?;
        if request.confirm_name.trim() != member.display_name {
            return Err(Error::invalid(format!(
                "Type the name exactly as shown, {}, to remove this person. Nobody was removed.",
                member.display_name
            )));
        }
        let removed = store.hub_remove_member(&member.id, (self.api.clock)())?.ok_or_else(|| {
            Error::not_found("There is no such group member (or they were removed already).")
        })?;
        Ok(RemoveMemberResult { events: removed.events, devices: crate::count(removed.devices as usize) })
    }

    pub fn start_pairing(&self, request: StartPairingRequest) -> Result<PairingOffer, Error> {
        let endpoint = {
            let mut current = self.endpoint.write().unwrap_or_else(std::sync::PoisonError::into_inner);
            let endpoint = current.as_mut().ok_or_else(|| Error {
                code: Code::Internal,
                message: "The hub's secure address is not ready yet. Restart the hub and try again.".into(),
            })?;
            if let Some(address) = &request.address {
                if !endpoint.choices.contains(address) {
                    return Err(Error::invalid(format!(
                        "{address} is not an address of this computer. Choose one of: {}.",
                        endpoint.choices.join(", ")
                    )));
                }
                endpoint.address.clone_from(address);
            }
            endpoint.clone()
        };
        let now = (self.api.clock)();
        let mut store = self.api.store()?;
        if store.hub_member(&request.member_id)?.is_none() {
            return Err(Error::not_found("There is no such group member."));
        }
        let token = b64(&random_bytes::<32>()?);
        // A code names exactly one live offer: draw again while it clashes (rare: < 1 in 10^4).
        let mut code = random_code()?;
        for _ in 0..20 {
            if !store.hub_code_in_use(&code_hash(&code), now)? {
                break;
            }
            code = random_code()?;
        }
        if store.hub_code_in_use(&code_hash(&code), now)? {
            return Err(Error {
                code: Code::Internal,
                message: "Too many pairings are open. Try again in a few minutes.".into(),
            });
        }
        let expires_at_ms = now + PAIRING_TTL_MS;
        let offer_id = uuid::Uuid::now_v7().to_string();
        store.hub_add_offer(
            &offer_id,
            &request.member_id,
            &token_hash(&token),
            &code_hash(&code),
            now,
            expires_at_ms,
        )?;
        drop(store);
        let uri = pairing_uri(&endpoint.address, &endpoint.fingerprint, &token);
        let qr =
            qrcode::QrCode::with_error_correction_level(uri.as_bytes(), qrcode::EcLevel::M).map_err(|e| {
                Error {
                    code: Code::Internal,
                    message: format!("The QR code could not be made ({e}); use the number code instead."),
                }
            })?;
        let qr_svg =
            qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(240, 240).quiet_zone(true).build();
        Ok(PairingOffer {
            member_id: request.member_id,
            code,
            token,
            expires_at_ms,
            loopback_only: is_loopback_address(&endpoint.address),
            address: endpoint.address,
            choices: endpoint.choices,
            fingerprint: endpoint.fingerprint,
            uri,
            qr_svg,
        })
    }

    pub fn roster(&self, request: RosterRequest) -> Result<Roster, Error> {
        crate::utc_offset(request.utc_offset_minutes)?;
        let now = (self.api.clock)();
        let store = self.api.store()?;
        let group =
            store.hub_group(&request.group_id)?.ok_or_else(|| Error::not_found("There is no such group."))?;
        let today = progress::local_date(now, request.utc_offset_minutes).unwrap_or_default();
        let week_start = progress::week_start_of(today);
        let mut members = Vec::new();
        for member in store.hub_members(&group.id)? {
            let devices: Vec<DeviceView> = store
                .hub_devices(&member.id)?
                .into_iter()
                .map(|d| DeviceView {
                    device_id: d.device_id,
                    paired_at_ms: d.paired_at,
                    last_sync_at_ms: d.last_sync_at,
                    revoked: d.revoked_at.is_some(),
                })
                .collect();
            let last_sync_at_ms = devices.iter().filter_map(|d| d.last_sync_at_ms).max();
            let (mut sessions_completed, mut attendance, mut diary_summary) = (0, Vec::new(), None);
            let mut sharing = Consent::default();
            let mut conflicts = 0;
            if let Some(participant) = &member.participant {
                conflicts = u32::try_from(store.conflicts_of(participant)?).unwrap_or(u32::MAX);
                let done = crate::programme::StepsDone::new(store.completed_steps_of(participant)?);
                sessions_completed = crate::count(
                    self.api.content.sessions().iter().filter(|s| done.session_complete(s)).count(),
                );
                attendance = store.attendance(participant)?;
                // Consent is read now, not when the data arrived: revoking hides the summary at once.
                // With entries shared, the hub totals the entries itself (the same count as the
                // app's weekly view). With summaries only, the entries are withheld (`for_hub`) and
                // the hub shows the totals the phone sent for this week; none if it sent none yet.
                sharing = store.consent_of(participant)?;
                diary_summary = if sharing.shares(Visibility::DiaryEntry) {
                    let (from, to) = week_range(week_start, request.utc_offset_minutes);
                    let rows = store.diary_between_of(participant, from, to)?;
                    let week = week_of(rows, week_start, request.utc_offset_minutes, None);
                    Some(WeekSummary::of(&week).into())
                } else if sharing.shares(Visibility::DiarySummary) {
                    let monday = week_start.format("%Y-%m-%d").to_string();
                    store.diary_summary_of(participant, &monday)?.map(DiarySummary::from)
                } else {
                    None
                };
            }
            let office_pin = {
                let pin = store.office_pin(&member.id)?;
                if pin.tries >= crate::office::MAX_WRONG_PINS && pin.tries_until.is_some_and(|t| t > now) {
                    OfficePin::Locked
                } else if pin.choose_until.is_some_and(|t| t > now) {
                    OfficePin::Choosing
                } else if pin.pin_hash.is_some() {
                    OfficePin::Set
                } else {
                    OfficePin::None
                }
            };
            members.push(RosterMember {
                member_id: member.id,
                display_name: member.display_name,
                devices,
                last_sync_at_ms,
                sessions_completed,
                attendance,
                sharing,
                diary_summary,
                conflicts,
                office_pin,
            });
        }
        Ok(Roster {
            group: GroupView { id: group.id, name: group.name },
            session_count: crate::count(self.api.content.sessions().len()),
            members,
        })
    }

    /// Attendance is an event in the participant's own log (so it reaches their phone). A member
    /// not yet paired is given a participant id now; their phone joins it when it pairs. Marked
    /// by hand (not from a live session), the record says the session was held now, at this
    /// group, with the group's office and facilitator (see `crate::register`).
    pub fn mark_attendance(&self, request: MarkAttendanceRequest) -> Result<AttendanceView, Error> {
        if !SESSION_NUMBERS.contains(&request.session_number) {
            return Err(Error::invalid("The session number must be from 1 to 11."));
        }
        let group_id = self
            .api
            .store()?
            .hub_member(&request.member_id)?
            .ok_or_else(|| Error::not_found("There is no such group member."))?
            .group_id;
        let now = (self.api.clock)();
        let held = self.held_session(&group_id, request.session_number, now, now)?;
        let status = if request.present { AttendanceStatus::Present } else { AttendanceStatus::Absent };
        self.write_attendance(&request.member_id, request.session_number, status, held, false)
    }

    /// Attendance and progress of a group as CSV, for RAR evidence. Names are as the facilitator
    /// typed them; diary figures only where the participant shares them.
    pub fn export_roster_csv(&self, request: RosterRequest) -> Result<ExportFile, Error> {
        let roster = self.roster(request)?;
        let sessions: Vec<u8> = self.api.content.sessions().iter().map(|s| s.number).collect();
        let mut header =
            vec!["name".to_string(), "paired".into(), "last_sync_utc".into(), "sessions_completed".into()];
        header.extend(sessions.iter().map(|n| format!("session_{n}_present")));
        header.extend(["units_this_week".to_string(), "drink_free_days_this_week".into()]);
        let mut out = header.join(",");
        out.push_str(crate::csv::LINE_END);
        for m in &roster.members {
            let mut row = vec![
                crate::csv::field(&m.display_name),
                if m.devices.iter().any(|d| !d.revoked) { "yes" } else { "no" }.to_string(),
                m.last_sync_at_ms
                    .and_then(chrono::DateTime::from_timestamp_millis)
                    .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
                    .unwrap_or_default(),
                m.sessions_completed.to_string(),
            ];
            row.extend(
                sessions.iter().map(|n| if m.attendance.contains(n) { "yes" } else { "no" }.to_string()),
            );
            match &m.diary_summary {
                Some(s) => row.extend([format!("{:.1}", s.units), s.drink_free_days.to_string()]),
                None => row.extend(["not shared".to_string(), "not shared".to_string()]),
            }
            out.push_str(&row.join(","));
            out.push_str(crate::csv::LINE_END);
        }
        let safe_name: String =
            roster.group.name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        Ok(ExportFile {
            file_name: format!("waymark-{safe_name}-attendance.csv"),
            mime_type: "text/csv".into(),
            content: out,
        })
    }

    pub fn revoke_device(&self, request: RevokeDeviceRequest) -> Result<RevokeResult, Error> {
        let revoked = self.api.store()?.hub_revoke_device(
            &request.member_id,
            &request.device_id,
            (self.api.clock)(),
        )?;
        if revoked == 0 {
            return Err(Error::not_found(
                "That phone is not paired for this member (or was already removed).",
            ));
        }
        Ok(RevokeResult { revoked: crate::count(revoked) })
    }

    /// [`Hub::pair_from`] for an in-process caller, counted as this machine (loopback).
    pub fn pair(&self, request: PairRequest) -> Result<PairResponse, Error> {
        self.pair_from(std::net::Ipv4Addr::LOCALHOST.into(), request)
    }

    /// Device side of pairing, from the device at `client`: redeem a code or QR token for a
    /// credential. One-time; an expired, used or unknown offer is refused with a plain message and
    /// nothing is stored. A typed code is counted before it is looked up, against `client`'s
    /// address and the hub-wide ceiling ([`crate::limits`]: the arithmetic that keeps codes
    /// 1 in 10^6 per try is there), and given back unless it matched no offer; a wrong code burns
    /// no offer. The QR token (256 bits) is not limited.
    pub fn pair_from(&self, client: std::net::IpAddr, request: PairRequest) -> Result<PairResponse, Error> {
        if !id_like(&request.participant_id) || !id_like(&request.device_id) {
            return Err(Error::invalid("The phone's identity is not valid. Update the app."));
        }
        // A code may be typed as "123 456" or "123-456"; a token (base64url) is taken as it is,
        // since '-' is one of its characters.
        let digits: String = request.secret.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        let token = request.secret.trim();
        let (hash, is_code) = if digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()) {
            (code_hash(&digits), true)
        } else if token.len() == 43
            && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            (token_hash(token), false)
        } else {
            return Err(Error::invalid("Type the 6-digit code shown on the hub screen."));
        };
        let secret = if is_code { PairingSecret::Code(&hash) } else { PairingSecret::Token(&hash) };
        let now = (self.api.clock)();
        let counted = if is_code {
            self.limits.count(crate::limits::Guess::PairingCode, client, now).map_err(|too_many| {
                let wait = crate::limits::wait_words(too_many.until, now);
                let whose =
                    if too_many.everyone { "were typed at this office" } else { "came from this phone" };
                Error {
                    code: Code::TooManyTries,
                    message: format!("Too many wrong codes {whose}. {wait} Or scan the QR code instead."),
                }
            })?
        } else {
            Vec::new()
        };
        let credential = b64(&random_bytes::<32>()?);
        let outcome = self.api.store()?.hub_redeem_offer(
            secret,
            &credential_hash(&credential),
            &request.participant_id,
            &request.device_id,
            now,
        );
        if !matches!(outcome, Ok(Err(PairRefused::Unknown))) {
            // It named an offer (or the hub failed): not a wrong guess.
            self.limits.give_back(&counted);
        }
        match outcome? {
            Ok(paired) => Ok(PairResponse {
                credential,
                participant_id: paired.participant,
                display_name: paired.member.display_name,
            }),
            Err(PairRefused::Unknown) => {
                Err(pair_refused("That code is not right. Check the code on the hub screen and try again."))
            }
            Err(PairRefused::Expired) => {
                Err(pair_refused("That code has run out. Ask your facilitator for a new one."))
            }
            Err(PairRefused::Used) => {
                Err(pair_refused("That code has been used already. Ask your facilitator for a new one."))
            }
            Err(PairRefused::ParticipantTaken) => Err(pair_refused(
                "This phone's data belongs to someone else on this hub. Ask your facilitator for help.",
            )),
        }
    }

    /// Hub side of a device's sync: the credential decides the participant; the device cannot
    /// name another. Unpaired and revoked credentials are refused before anything is read.
    /// The paired device a credential names: refused (401) if unknown or revoked.
    fn device_auth(&self, hash: &[u8]) -> Result<waymark_store::DeviceAuth, Error> {
        device_auth_in(&*self.api.store()?, hash)
    }

    /// [`Hub::device_auth`] and how many events the hub holds from that device (for
    /// [`Hub::charge_push`]), in one turn of the store lock: each turn of a sync request waits
    /// for whatever commit is running.
    fn device_and_held(&self, hash: &[u8]) -> Result<(waymark_store::DeviceAuth, u64), Error> {
        let store = self.api.store()?;
        let auth = device_auth_in(&store, hash)?;
        let held = store
            .version_vector(Some(&auth.participant))?
            .0
            .iter()
            .filter(|(stream, _)| stream.device == auth.device.device_id)
            .map(|(_, seq)| seq)
            .sum();
        Ok((auth, held))
    }

    /// The participant a device credential is paired for (for the live session's routes).
    pub fn device_participant(&self, credential: &str) -> Result<String, Error> {
        Ok(self.device_auth(&credential_hash(credential))?.participant)
    }

    /// `POST /device/v1/sync`: protocol 1, for phones older than protocol 2.
    pub fn sync_for_device(
        &self,
        credential: &str,
        request: DeviceSyncRequest,
    ) -> Result<SyncResponse, Error> {
        let hash = credential_hash(credential);
        let (auth, held) = self.device_and_held(&hash)?;
        crate::sync::speaks_protocol_v1(request.protocol)?;
        let from = crate::PairedDevice { participant: auth.participant, device: auth.device.device_id };
        if let SyncRequest::Push { events } = &request.request {
            self.charge_push(&from, events, held)?;
        }
        let response = self.sync_respond(&from, request.request)?;
        // "Last sync" is a finished one: the final pull.
        if matches!(response, SyncResponse::Pull { more: false, .. }) {
            self.touch(&hash, auth.device.last_sync_at)?;
        }
        Ok(response)
    }

    /// `POST /device/v2/sync`: protocol 2 ([`waymark_core::sync::wire`]).
    pub fn exchange_for_device(&self, credential: &str, request: Exchange) -> Result<Exchanged, Error> {
        let hash = credential_hash(credential);
        let (auth, held) = self.device_and_held(&hash)?;
        let from = crate::PairedDevice { participant: auth.participant, device: auth.device.device_id };
        let push = waymark_core::sync::wire::events_of(
            &from.participant,
            request.push,
            waymark_core::sync::MAX_CHUNK_EVENTS as usize,
        )
        .map_err(|e| Error::invalid(e.message()))?;
        if !push.is_empty() {
            self.charge_push(&from, &push, held)?;
        }
        let answer = self.exchange_events(&from, &request.have, push, request.max)?;
        if !answer.more {
            self.touch(&hash, auth.device.last_sync_at)?;
        }
        Ok(answer)
    }

    /// Record a finished sync for the roster's "last sync". At most once a minute per device:
    /// it is a durable write (an fsync), and a phone syncing every minute with nothing new
    /// should cost the hub one read, not a write.
    fn touch(&self, hash: &[u8], last: Option<i64>) -> Result<(), Error> {
        let now = (self.api.clock)();
        if last.is_some_and(|at| (0..TOUCH_EVERY_MS).contains(&(now - at))) {
            return Ok(());
        }
        self.api.store()?.hub_touch_device(hash, now)?;
        Ok(())
    }
}

/// Who holds the device credential hashed `hash`, or why nobody does.
fn device_auth_in(store: &waymark_store::Store, hash: &[u8]) -> Result<waymark_store::DeviceAuth, Error> {
    match store.hub_device_by_credential(hash)? {
        Some(auth) => Ok(auth),
        None if store.hub_credential_revoked(hash)? => Err(Error {
            code: Code::Unauthorized,
            message: "This phone's pairing was removed by the facilitator. Ask for a new pairing code."
                .into(),
        }),
        None => Err(not_paired()),
    }
}

/// Bytes `value` takes as compact JSON, counted as it is written out, without keeping them (a
/// push of 200 events was 200 buffers made and dropped only to be measured).
fn json_len(value: &serde_json::Value) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value).map_or(usize::MAX, |()| count.0)
}

/// How fresh a device's "last sync" on the roster is kept.
const TOUCH_EVERY_MS: i64 = 60_000;

impl Hub {
    /// Bound what one device may add: each event's size, the device's total, and its hourly
    /// budget. Checked before anything is stored; a refused push takes nothing from the budget.
    ///
    /// `held`: events the hub holds from this device ([`Hub::device_and_held`]).
    fn charge_push(
        &self,
        from: &crate::PairedDevice,
        events: &[waymark_core::Event],
        held: u64,
    ) -> Result<(), Error> {
        let mut bytes = 0u64;
        for (index, event) in events.iter().enumerate() {
            let size = json_len(&event.payload);
            if size > MAX_EVENT_PAYLOAD_BYTES {
                return Err(Error::invalid(format!(
                    "Event {index} is too large to be a Waymark record ({} KiB; the limit is {} KiB). Nothing was stored.",
                    size / 1024,
                    MAX_EVENT_PAYLOAD_BYTES / 1024
                )));
            }
            bytes += size as u64;
        }
        if held + events.len() as u64 > MAX_EVENTS_PER_DEVICE {
            return Err(Error {
                code: Code::Forbidden,
                message: format!(
                    "This hub already holds {held} records from this phone, its limit. Nothing more was stored. \
                     Ask your facilitator for help."
                ),
            });
        }
        let now = (self.api.clock)();
        let mut budgets = self.device_budgets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Keyed by participant and device: a device id is the phone's own choice, so one phone
        // must not be able to spend another's budget by naming its id.
        let budget = budgets.entry(format!("{}/{}", from.participant, from.device)).or_default();
        if !budget.take(now, events.len() as u64, bytes) {
            return Err(rate_limited(
                "This phone has sent a lot in the last hour. Nothing was lost: the rest will go at a later sync.",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_budget_refuses_past_either_hourly_limit_and_refills_after_an_hour() {
        let mut budget = DeviceBudget::default();
        assert!(budget.take(0, MAX_EVENTS_PER_DEVICE_HOUR - 1, 10));
        assert!(!budget.take(1, 2, 10), "over the event limit");
        assert!(budget.take(2, 1, 10), "a refused take took nothing");
        assert!(!budget.take(3, 0, MAX_BYTES_PER_DEVICE_HOUR), "over the byte limit");
        assert!(budget.take(BUDGET_WINDOW_MS, MAX_EVENTS_PER_DEVICE_HOUR, MAX_BYTES_PER_DEVICE_HOUR));
        assert!(!budget.take(BUDGET_WINDOW_MS + 1, 1, 0));
    }

    #[test]
    fn a_payload_is_measured_as_its_compact_json() {
        for value in [
            serde_json::json!(null),
            serde_json::json!({"note": "a \"quoted\" line\nand é", "units": 2.5, "with": ["friends", 3]}),
        ] {
            assert_eq!(json_len(&value), serde_json::to_vec(&value).unwrap().len());
        }
    }

    #[test]
    fn codes_are_six_digits_and_secrets_are_url_safe() {
        for _ in 0..50 {
            let code = random_code().unwrap();
            assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()), "{code}");
        }
        let token = b64(&random_bytes::<32>().unwrap());
        assert_eq!(token.len(), 43);
        assert!(token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn pairing_uri_escapes_the_address() {
        let uri = pairing_uri("192.168.1.5:8471", "ab12", "tok-_");
        assert_eq!(uri, "waymark://pair?v=1&addr=192.168.1.5%3A8471&fp=ab12&t=tok-_");
    }

    #[test]
    fn loopback_addresses_are_known_whatever_their_form() {
        for a in ["127.0.0.1:8471", "127.4.5.6:1", "[::1]:8471", "localhost:8471", "LOCALHOST:1"] {
            assert!(is_loopback_address(a), "{a}");
        }
        for a in ["192.168.1.20:8471", "[fd00::1]:8471", "hub.office.lan:8471", "10.0.0.2:1"] {
            assert!(!is_loopback_address(a), "{a}");
        }
    }

    #[test]
    fn hashes_are_domain_separated() {
        assert_ne!(code_hash("123456"), token_hash("123456"));
        assert_ne!(token_hash("x"), credential_hash("x"));
    }
}
