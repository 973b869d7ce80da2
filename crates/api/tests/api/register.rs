//! The attendance register and RAR record through the hub's use-cases on a real SQLite file:
//! ending a live session writes present and absent with the session's facts, a correction is a
//! new record (the old one stays in the log), "not yet held" is not "absent", the CSV opens in
//! Excel with accents intact, and a person's phone has the same record.

use waymark_api::*;
use waymark_core::{AttendanceStatus, EventBody};

use crate::content;

fn hub_with(names: &[&str]) -> (Hub, String, Vec<String>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let hub = Hub::new(Api::open(content(), &dir.path().join("hub.db")));
    let group = hub.create_group(CreateGroupRequest { name: "Grŵp Dydd Mawrth".into() }).unwrap().id;
    let members = names
        .iter()
        .map(|n| {
            hub.add_member(AddMemberRequest { group_id: group.clone(), display_name: (*n).into() })
                .unwrap()
                .id
        })
        .collect();
    (hub, group, members, dir)
}

#[test]
fn ending_a_session_writes_the_register_and_a_correction_keeps_the_old_record() {
    let (hub, group, members, _dir) = hub_with(&["Siân", "Bo", "Cy"]);
    hub.set_register_details(SetRegisterDetailsRequest {
        group_id: group.clone(),
        office: "Caerdydd probation office".into(),
        facilitator: "Jo Evans".into(),
    })
    .unwrap();
    let refused = hub.set_case_reference(SetCaseReferenceRequest {
        member_id: members[0].clone(),
        case_reference: Some("=HYPERLINK(\"x\")".into()),
    });
    assert_eq!(refused.unwrap_err().code, Code::InvalidInput);
    hub.set_case_reference(SetCaseReferenceRequest {
        member_id: members[0].clone(),
        case_reference: Some("CRN-1234/A".into()),
    })
    .unwrap();

    let live = hub.start_live(StartLiveRequest { group_id: group.clone(), session_number: 3 }).unwrap();
    let live_id = live.live.unwrap().live_id;
    let ended =
        hub.end_live(EndLiveRequest { live_id, present: vec![members[0].clone(), members[2].clone()] });
    assert_eq!(ended.unwrap().attendance_marked, 2);

    let register = hub.register(RegisterRequest { group_id: group.clone() }).unwrap();
    assert_eq!(register.office, "Caerdydd probation office");
    let s3 = &register.sessions[2];
    let held = s3.held.clone().expect("session 3 was held");
    assert_eq!((held.facilitator.as_str(), held.group_name.as_str()), ("Jo Evans", "Grŵp Dydd Mawrth"));
    assert_eq!(held.date.len(), 10, "{}", held.date);
    assert!(!held.session_title.is_empty() && held.started_at_ms <= held.ended_at_ms);
    let status: Vec<Option<AttendanceStatus>> = s3.rows.iter().map(|r| r.status).collect();
    assert_eq!(
        status,
        vec![
            Some(AttendanceStatus::Present),
            Some(AttendanceStatus::Absent),
            Some(AttendanceStatus::Present)
        ],
        "everyone in the group has a record; absent is written, not assumed"
    );
    assert!(register.sessions[3].rows.iter().all(|r| r.status.is_none()), "session 4: not yet held");

    // Bo was off sick with a reason the officer accepts: corrected, and the old record stays.
    hub.correct_attendance(CorrectAttendanceRequest {
        member_id: members[1].clone(),
        session_number: 3,
        status: AttendanceStatus::AcceptableAbsence,
    })
    .unwrap();
    let register = hub.register(RegisterRequest { group_id: group.clone() }).unwrap();
    let bo = &register.sessions[2].rows[1];
    assert_eq!((bo.status, bo.corrected), (Some(AttendanceStatus::AcceptableAbsence), true));
    assert_eq!(register.sessions[2].held.as_ref().unwrap().date, held.date, "same session, same facts");
    let bo_participant = hub.participant_of(&members[1]).unwrap().unwrap();
    let records = attendance_events(&hub, &bo_participant);
    assert_eq!(records.len(), 2, "the first record is kept in the log");

    // The CSV: a byte order mark, the session's facts, the case reference, words not codes.
    let csv = hub.export_register_csv(RegisterRequest { group_id: group.clone() }).unwrap().content;
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    assert!(
        csv.lines().count() > 1 && csv.split("\r\n").count() == csv.lines().count() + 1,
        "CRLF line ends"
    );
    let siân = csv.lines().find(|l| l.contains("Siân") && l.contains(",3,")).unwrap();
    assert!(siân.contains("Grŵp Dydd Mawrth,Caerdydd probation office,Jo Evans,3,"), "{siân}");
    assert!(siân.contains(&held.date) && siân.contains(&held.start_time), "{siân}");
    assert!(siân.ends_with(",CRN-1234/A,present,no"), "{siân}");
    let bo_row = csv.lines().find(|l| l.contains(",Bo,") && l.contains(",3,")).unwrap();
    assert!(bo_row.ends_with(",acceptable absence,yes"), "{bo_row}");
    let later = csv.lines().find(|l| l.contains(",Bo,") && l.contains(",4,")).unwrap();
    assert!(later.ends_with(",not yet held,no"), "{later}");

    // Siân's RAR record (from the roster) and the same on her own record.
    let rar = hub.rar_record(RarRecordRequest { member_id: members[0].clone() }).unwrap();
    assert_eq!(
        (rar.display_name.as_str(), rar.case_reference.as_deref(), rar.attended),
        ("Siân", Some("CRN-1234/A"), 1)
    );
    assert_eq!(rar.entries[0].held.as_ref().unwrap().start_time, held.start_time);
    let own = hub
        .participant(&hub.participant_of(&members[0]).unwrap().unwrap())
        .my_attendance(MyAttendanceRequest {});
    assert_eq!(own.unwrap().entries, rar.entries);
}

fn attendance_events(hub: &Hub, participant: &str) -> Vec<EventBody> {
    use waymark_core::sync::{SyncRequest, SyncResponse, VersionVector};
    let from = PairedDevice { participant: participant.into(), device: "test".into() };
    let request = SyncRequest::Pull { have: VersionVector::default(), max_events: 500 };
    match hub.sync_respond(&from, request).unwrap() {
        SyncResponse::Pull { events, .. } => events
            .iter()
            .filter(|e| e.kind == "attendance_marked")
            .filter_map(|e| EventBody::decode(&e.kind, &e.payload))
            .collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_version_1_attendance_record_still_reads_as_present_without_details() {
    let old = serde_json::json!({"session_number": 2, "present": true});
    let body = EventBody::decode("attendance_marked", &old).expect("a version-1 payload decodes");
    assert!(matches!(body, EventBody::AttendanceMarked { status: None, held: None, correction: false, .. }));
    let absent = serde_json::json!({"session_number": 2, "present": false});
    let body = EventBody::decode("attendance_marked", &absent).unwrap();
    let store = waymark_store::Store::open_in_memory().unwrap();
    let mut store = store;
    store.append_for("p-1", &body, 1_700_000_000_000).unwrap();
    let rows = store.attendance_records("p-1").unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].status, rows[0].held.is_none()), (AttendanceStatus::Absent, true));
}
