//! The participant's side of the office hub: consent DTOs, and pairing and sync state kept in
//! the store (`record_pairing`, `record_sync_result`, `sync_status`). The network part lives in
//! the app shell; here the hub is a real `Api` called directly.

use waymark_api::sync::SyncTransport;
use waymark_api::*;
use waymark_core::sync::{Exchange, Exchanged, PROTOCOL_V1, SyncError, SyncRequest, SyncResponse};
use waymark_store::Store;

use crate::{content, open, step};

/// A hub `Api` with one group and one member, ready to offer pairings.
fn hub() -> (Hub, MemberView) {
    let hub = Hub::new(Api::with_store(content(), Store::open_in_memory().unwrap(), system_clock()));
    hub.set_hub_endpoint(HubEndpoint {
        address: "127.0.0.1:8472".into(),
        choices: vec!["127.0.0.1:8472".into()],
        fingerprint: "ab".repeat(32),
    });
    let group = hub.create_group(CreateGroupRequest { name: "Tuesday group".into() }).unwrap();
    let member = hub.add_member(AddMemberRequest { group_id: group.id, display_name: "Sam".into() }).unwrap();
    (hub, member)
}

/// Pair `phone` with `member` through the hub's own pairing use-case, as the app shell does.
fn pair(phone: &Api, hub: &Hub, member: &MemberView) -> Result<(HubLink, SyncStatusView), Error> {
    let offer =
        hub.start_pairing(StartPairingRequest { member_id: member.id.clone(), address: None }).unwrap();
    let (participant_id, device_id) = phone.device_identity().unwrap();
    let paired = hub.pair(PairRequest { secret: offer.code, participant_id, device_id }).unwrap();
    let link =
        HubLink { address: offer.address, fingerprint: offer.fingerprint, credential: paired.credential };
    let status = phone.record_pairing(&link, &paired.participant_id, &paired.display_name)?;
    Ok((link, status))
}

/// The device routes of the hub, called in memory.
struct Direct<'a> {
    hub: &'a Hub,
    credential: String,
}

impl SyncTransport for Direct<'_> {
    fn exchange(&mut self, request: &Exchange) -> Result<Exchanged, SyncError> {
        self.hub.exchange_for_device(&self.credential, request.clone()).map_err(refused)
    }

    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        let body = DeviceSyncRequest { protocol: PROTOCOL_V1, request: request.clone() };
        self.hub.sync_for_device(&self.credential, body).map_err(refused)
    }
}

/// The hub's error as the HTTPS transport reports it.
fn refused(e: Error) -> SyncError {
    let code = serde_json::to_value(e.code).unwrap().as_str().unwrap().to_string();
    SyncError::Refused { status: 400, code, message: e.message }
}

struct Down;

impl SyncTransport for Down {
    fn exchange(&mut self, _request: &Exchange) -> Result<Exchanged, SyncError> {
        Err(SyncError::Unreachable { detail: "connection refused".into() })
    }

    fn request_v1(&mut self, _request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        Err(SyncError::Unreachable { detail: "connection refused".into() })
    }
}

fn complete_first_step(phone: &Api) {
    let id = step(phone, 0).step_id;
    phone.complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: id }).unwrap();
}

#[test]
fn an_unpaired_phone_says_so_and_shares_progress_only() {
    let dir = tempfile::tempdir().unwrap();
    let phone = open(&dir.path().join("w.db"));
    let status = phone.sync_status(SyncStatusRequest {}).unwrap();
    assert!(!status.paired);
    assert_eq!((status.hub_address, status.last_synced_at_ms, status.waiting), (None, None, 0));
    let consent = phone.get_consent(GetConsentRequest {}).unwrap();
    assert_eq!(consent, ConsentView { progress: true, diary_summaries: false, diary_entries: false });
}

#[test]
fn consent_changes_are_kept_and_can_be_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    {
        let phone = open(&db);
        let view =
            phone.set_consent(SetConsentRequest { diary_summaries: true, diary_entries: false }).unwrap();
        assert_eq!(view, ConsentView { progress: true, diary_summaries: true, diary_entries: false });
    }
    let phone = open(&db);
    assert!(phone.get_consent(GetConsentRequest {}).unwrap().diary_summaries);
    let revoked = phone.set_consent(SetConsentRequest::default()).unwrap();
    assert!(!revoked.diary_summaries && !revoked.diary_entries && revoked.progress);
}

#[test]
fn pairing_and_each_sync_are_recorded_and_survive_a_restart() {
    let (hub, member) = hub();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    {
        let phone = open(&db);
        let (link, status) = pair(&phone, &hub, &member).unwrap();
        assert!(status.paired);
        assert_eq!(status.hub_address.as_deref(), Some("127.0.0.1:8472"));
        assert_eq!(status.fingerprint_short.as_deref(), Some("abababab"));
        assert_eq!(status.display_name.as_deref(), Some("Sam"));
        assert_eq!((status.last_synced_at_ms, status.waiting, status.last_error), (None, 0, None));

        complete_first_step(&phone);
        assert_eq!(phone.sync_status(SyncStatusRequest {}).unwrap().waiting, 1, "one step waits to be sent");

        let result = phone.sync_with(&mut Down, 50, 0);
        let status = phone.record_sync_result(&result).unwrap();
        assert_eq!(status.last_error.as_deref(), Some(waymark_api::pairing::UNREACHABLE));
        assert_eq!((status.last_synced_at_ms, status.waiting), (None, 1));

        let result = phone.sync_with(&mut Direct { hub: &hub, credential: link.credential.clone() }, 50, 0);
        let status = phone.record_sync_result(&result).unwrap();
        assert!(status.last_synced_at_ms.is_some());
        assert_eq!((status.waiting, status.last_error), (0, None));
    }
    let phone = open(&db);
    let status = phone.sync_status(SyncStatusRequest {}).unwrap();
    assert!(status.paired && status.last_synced_at_ms.is_some());
    assert_eq!(status.waiting, 0);

    let roster =
        hub.roster(RosterRequest { group_id: member.group_id.clone(), utc_offset_minutes: 0 }).unwrap();
    assert!(roster.members[0].last_sync_at_ms.is_some(), "the facilitator sees the sync");
}

#[test]
fn a_removed_pairing_is_said_in_plain_words() {
    let (hub, member) = hub();
    let dir = tempfile::tempdir().unwrap();
    let phone = open(&dir.path().join("w.db"));
    let (link, _) = pair(&phone, &hub, &member).unwrap();
    let (_, device_id) = phone.device_identity().unwrap();
    hub.revoke_device(RevokeDeviceRequest { member_id: member.id.clone(), device_id }).unwrap();
    let result = phone.sync_with(&mut Direct { hub: &hub, credential: link.credential }, 50, 0);
    let status = phone.record_sync_result(&result).unwrap();
    let error = status.last_error.unwrap();
    assert!(error.contains("removed"), "{error}");
    assert!(!error.starts_with("Could not reach"), "{error}");
}

#[test]
fn a_new_phone_adopts_the_members_participant_and_a_used_one_joins_it() {
    let (hub, member) = hub();
    // Attendance marked before pairing gives the member a participant id on the hub.
    hub.mark_attendance(MarkAttendanceRequest {
        member_id: member.id.clone(),
        session_number: 1,
        present: true,
    })
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let fresh = open(&dir.path().join("fresh.db"));
    let (link, status) = pair(&fresh, &hub, &member).unwrap();
    assert!(status.paired);
    let result = fresh.sync_with(&mut Direct { hub: &hub, credential: link.credential }, 50, 0);
    assert!(fresh.record_sync_result(&result).unwrap().last_error.is_none());

    // A second phone, already used, joins the same participant and brings its step along.
    let used = open(&dir.path().join("used.db"));
    complete_first_step(&used);
    let (link, status) = pair(&used, &hub, &member).unwrap();
    assert_eq!(status.waiting, 1, "its step waits to be sent under the member's participant");
    let result = used.sync_with(&mut Direct { hub: &hub, credential: link.credential }, 50, 0);
    assert!(used.record_sync_result(&result).unwrap().last_error.is_none());
    assert_eq!(used.device_identity().unwrap().0, fresh.device_identity().unwrap().0);
    let result = fresh.sync_with(
        &mut Direct { hub: &hub, credential: fresh.hub_link().unwrap().unwrap().credential },
        50,
        0,
    );
    assert_eq!(result.unwrap().pulled, 1, "the first phone gets the second phone's step");
    let done = fresh.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).unwrap();
    assert_eq!(done.sessions[0].steps_completed, 1);
}

#[test]
fn a_phone_used_before_pairing_joins_a_member_with_office_work_and_both_merge() {
    let (hub, member) = hub();
    // Sam signs in on office equipment first: the member gets a participant id there.
    let window = hub.allow_office_pin(AllowOfficePinRequest { member_id: member.id.clone() }).unwrap();
    let names = hub.office_names().unwrap();
    let sam = &names.groups[0].members[0];
    assert_eq!(sam.display_name, member.display_name);
    let office_computer = std::net::Ipv4Addr::new(192, 168, 1, 30).into();
    let signed_in = hub
        .office_choose_pin(
            office_computer,
            OfficeChoosePinRequest {
                handle: sam.handle.clone(),
                code: window.code,
                pin: "2580".into(),
                pin_again: "2580".into(),
            },
        )
        .unwrap();
    let (_, office_participant) = hub.office_session(&signed_in.token).unwrap().unwrap();
    let office = hub.participant(&office_participant);
    complete_first_step(&office);

    // Sam's phone was used at home before pairing: a drink (shared), session 1's second step.
    let dir = tempfile::tempdir().unwrap();
    let phone = open(&dir.path().join("w.db"));
    let (before, _) = phone.device_identity().unwrap();
    phone.set_consent(SetConsentRequest { diary_summaries: true, diary_entries: true }).unwrap();
    let now = chrono::Utc::now().timestamp_millis();
    let drink = phone
        .add_drink(AddDrinkRequest { entry_id: None, drink: crate::diary::pint(now - 3_600_000) })
        .unwrap();
    let second = step(&phone, 1).step_id;
    phone.complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: second }).unwrap();

    // Pairing: the phone joins the office participant and keeps everything it had.
    let (link, status) = pair(&phone, &hub, &member).unwrap();
    assert!(status.paired);
    let (after, _) = phone.device_identity().unwrap();
    assert_eq!(after, office_participant);
    assert_ne!(after, before);
    let day = ListDiaryRequest { from_ms: now - 86_400_000, to_ms: now + 60_000 };
    let mine = phone.list_diary(day.clone()).unwrap();
    assert_eq!(
        mine.entries.iter().map(|e| e.entry_id.as_str()).collect::<Vec<_>>(),
        [drink.entry_id.as_str()]
    );
    assert!(phone.get_consent(GetConsentRequest {}).unwrap().diary_entries, "consent came along");
    let s01 = |api: &Api| {
        api.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).unwrap().sessions[0].steps_completed
    };
    assert_eq!(s01(&phone), 1, "only its own step so far");

    // One sync: both ways.
    let mut transport = Direct { hub: &hub, credential: link.credential };
    let summary = phone.sync_with(&mut transport, 50, 0).unwrap();
    assert!(summary.pushed >= 3 && summary.pulled >= 1, "{summary:?}");
    assert_eq!(s01(&phone), 2, "the office step reached the phone");
    assert_eq!(s01(&office), 2, "the phone's step reached the office");
    assert_eq!(office.list_diary(day).unwrap().entries.len(), 1, "the shared drink is at the office");
    // The phone's old identity never left it.
    let old_self = PairedDevice { participant: before.clone(), device: "any".into() };
    let hub_events = match hub.sync_respond(&old_self, SyncRequest::Hello { protocol: PROTOCOL_V1 }).unwrap()
    {
        SyncResponse::Hello { hub, .. } => hub,
        other => panic!("{other:?}"),
    };
    assert!(hub_events.0.is_empty(), "{hub_events:?}");
}

#[test]
fn the_facilitator_picks_which_address_phones_are_told_and_only_this_machines() {
    let (hub, member) = hub();
    let choices = vec!["192.168.1.20:8471".to_string(), "10.0.0.5:8471".to_string()];
    hub.set_hub_endpoint(HubEndpoint {
        address: choices[0].clone(),
        choices: choices.clone(),
        fingerprint: "ab".repeat(32),
    });
    let offer = |address: Option<&str>| {
        hub.start_pairing(StartPairingRequest {
            member_id: member.id.clone(),
            address: address.map(Into::into),
        })
    };
    let first = offer(None).unwrap();
    assert_eq!(
        (first.address.as_str(), &first.choices, first.loopback_only),
        ("192.168.1.20:8471", &choices, false)
    );
    let picked = offer(Some(&choices[1])).unwrap();
    assert_eq!(picked.address, choices[1]);
    assert!(picked.uri.contains("10.0.0.5%3A8471"), "{}", picked.uri);
    assert_eq!(offer(None).unwrap().address, choices[1], "the choice is kept for the next phone");
    assert_eq!(offer(Some("evil.example:443")).unwrap_err().code, Code::InvalidInput);
    // Only this computer's own address: the offer says so.
    hub.set_hub_endpoint(HubEndpoint {
        address: "127.0.0.1:8471".into(),
        choices: vec!["127.0.0.1:8471".into()],
        fingerprint: "ab".repeat(32),
    });
    assert!(offer(None).unwrap().loopback_only);
}

#[test]
fn two_members_of_a_group_cannot_share_a_name_and_a_rename_is_checked_the_same_way() {
    let (hub, sam) = hub();
    let err = hub
        .add_member(AddMemberRequest { group_id: sam.group_id.clone(), display_name: " sam ".into() })
        .unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    assert!(err.message.contains("already a sam"), "{}", err.message);
    let jo = hub
        .add_member(AddMemberRequest { group_id: sam.group_id.clone(), display_name: "Jo".into() })
        .unwrap();
    let err = hub
        .rename_member(RenameMemberRequest { member_id: jo.id.clone(), display_name: "SAM".into() })
        .unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    let renamed = hub
        .rename_member(RenameMemberRequest { member_id: jo.id.clone(), display_name: "Jo B".into() })
        .unwrap();
    assert_eq!(renamed.display_name, "Jo B");
    // Renaming to one's own name (a change of case) is not a clash.
    hub.rename_member(RenameMemberRequest { member_id: jo.id, display_name: "jo b".into() }).unwrap();
    let err = hub
        .rename_member(RenameMemberRequest { member_id: sam.id, display_name: "a@b.example".into() })
        .unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
}

#[test]
fn removing_a_person_takes_their_record_and_phone_off_the_hub_and_needs_their_name_typed() {
    let (hub, sam) = hub();
    let dir = tempfile::tempdir().unwrap();
    let phone = open(&dir.path().join("w.db"));
    let (link, _) = pair(&phone, &hub, &sam).unwrap();
    complete_first_step(&phone);
    let mut transport = Direct { hub: &hub, credential: link.credential.clone() };
    phone.sync_with(&mut transport, 50, 0).unwrap();
    hub.mark_attendance(MarkAttendanceRequest {
        member_id: sam.id.clone(),
        session_number: 1,
        present: true,
    })
    .unwrap();
    let roster = |hub: &Hub| {
        hub.roster(RosterRequest { group_id: sam.group_id.clone(), utc_offset_minutes: 0 }).unwrap()
    };
    assert_eq!(roster(&hub).members[0].office_pin, OfficePin::None);
    hub.allow_office_pin(AllowOfficePinRequest { member_id: sam.id.clone() }).unwrap();
    assert_eq!(roster(&hub).members[0].office_pin, OfficePin::Choosing);

    let wrong =
        hub.remove_member(RemoveMemberRequest { member_id: sam.id.clone(), confirm_name: "Jo".into() });
    assert_eq!(wrong.unwrap_err().code, Code::InvalidInput);
    assert_eq!(roster(&hub).members.len(), 1, "nobody was removed");

    let removed = hub
        .remove_member(RemoveMemberRequest { member_id: sam.id.clone(), confirm_name: "Sam".into() })
        .unwrap();
    assert!(removed.events >= 2, "{removed:?}");
    assert_eq!(removed.devices, 1);
    assert!(roster(&hub).members.is_empty());
    let err = phone.sync_with(&mut transport, 50, 0).unwrap_err();
    assert_eq!(err.code, Code::Unauthorized, "the phone's pairing went with them");
    // The phone keeps its own record.
    assert_eq!(
        phone.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).unwrap().sessions[0]
            .steps_completed,
        1
    );
    let again = hub.remove_member(RemoveMemberRequest { member_id: sam.id, confirm_name: "Sam".into() });
    assert_eq!(again.unwrap_err().code, Code::NotFound);
}
