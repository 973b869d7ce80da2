//! The live group session through the hub's use-cases on a real SQLite file: start, follow,
//! answer, tally without names, restart, end with attendance.

use waymark_api::*;
use waymark_core::answer::Answer;

use crate::content;

struct Room {
    hub: Hub,
    group: String,
    /// (member id, participant id) of Al, Bo, Cy, Di.
    people: Vec<(String, String)>,
    other_group_person: String,
    _dir: tempfile::TempDir,
}

fn room() -> Room {
    let dir = tempfile::tempdir().unwrap();
    let hub = Hub::new(Api::open(content(), &dir.path().join("hub.db")));
    let (group, people) = group_of(&hub, "Tuesday group", &["Al", "Bo", "Cy", "Di"]);
    let (_, others) = group_of(&hub, "Thursday group", &["Ed"]);
    Room { hub, group, people, other_group_person: others[0].1.clone(), _dir: dir }
}

/// A group with members who each have a participant id (attendance gives one).
fn group_of(hub: &Hub, name: &str, names: &[&str]) -> (String, Vec<(String, String)>) {
    let group = hub.create_group(CreateGroupRequest { name: name.into() }).unwrap().id;
    let people = names
        .iter()
        .map(|n| {
            let member = hub
                .add_member(AddMemberRequest { group_id: group.clone(), display_name: (*n).into() })
                .unwrap();
            // Marking absent at session 11 gives the member a participant id, as pairing would.
            hub.mark_attendance(MarkAttendanceRequest {
                member_id: member.id.clone(),
                session_number: 11,
                present: false,
            })
            .unwrap();
            let participant = hub.participant_of(&member.id).unwrap().unwrap();
            (member.id, participant)
        })
        .collect();
    (group, people)
}

fn choose(ids: &[&str]) -> Answer {
    Answer::Choices { ids: ids.iter().map(|s| (*s).to_string()).collect() }
}

#[test]
fn the_room_follows_the_presenter_and_the_projector_never_shows_a_name() {
    let r = room();
    let started =
        r.hub.start_live(StartLiveRequest { group_id: r.group.clone(), session_number: 4 }).unwrap();
    let live = started.live.unwrap();
    assert_eq!((live.session_number, live.step_index, live.headcount), (4, 0, 0));
    let again =
        r.hub.start_live(StartLiveRequest { group_id: r.group.clone(), session_number: 5 }).unwrap_err();
    assert!(again.message.contains("running"), "{}", again.message);

    // Everyone sees it is on; a person of another group does not, and cannot join it.
    assert_eq!(r.hub.live_now(&r.people[0].1).unwrap().unwrap().live_id, live.live_id);
    assert_eq!(r.hub.live_now(&r.other_group_person).unwrap(), None);
    let join = |p: &str| r.hub.live_join(p, LiveJoinRequest { live_id: live.live_id.clone() });
    assert_eq!(join(&r.other_group_person).unwrap_err().code, Code::Forbidden);
    assert_eq!(
        r.hub.live_join(&r.people[0].1, LiveJoinRequest { live_id: "forged".into() }).unwrap_err().code,
        Code::NotFound
    );
    for (_, p) in &r.people[..3] {
        join(p).unwrap();
    }
    assert_eq!(join(&r.people[0].1).unwrap().headcount, 3, "joining twice counts once");

    // To the choose step (s04-my-stage, step 7 of 9).
    let go = |step_index: u32| r.hub.live_go(LiveGoRequest { live_id: live.live_id.clone(), step_index });
    assert_eq!(go(9).unwrap_err().code, Code::InvalidInput);
    go(6).unwrap();
    let answer = |p: &str, step_index: u32, a: Answer| {
        r.hub.live_answer(p, LiveAnswerRequest { live_id: live.live_id.clone(), step_index, answer: a })
    };
    assert_eq!(
        answer(&r.people[3].1, 6, choose(&["ready"])).unwrap_err().code,
        Code::Forbidden,
        "not joined"
    );
    assert_eq!(answer(&r.people[0].1, 6, choose(&["made-up"])).unwrap_err().code, Code::InvalidInput);
    assert_eq!(
        answer(&r.people[0].1, 5, choose(&["ready"])).unwrap_err().code,
        Code::InvalidInput,
        "moved on"
    );
    answer(&r.people[0].1, 6, choose(&["ready"])).unwrap();
    answer(&r.people[1].1, 6, choose(&["doing"])).unwrap();
    assert!(!answer(&r.people[1].1, 6, choose(&["ready"])).unwrap().counted, "the first answer counts");

    let presenter = |show_spread: bool| {
        r.hub
            .presenter_view(PresenterRequest {
                live_id: live.live_id.clone(),
                locale: "en-GB".into(),
                show_spread,
            })
            .unwrap()
    };
    let two = presenter(true);
    assert_eq!(
        (two.live.answered, two.spread.is_none(), two.spread_hidden),
        (2, true, true),
        "fewer than 3: no spread"
    );
    answer(&r.people[2].1, 6, choose(&["ready"])).unwrap();
    let three = presenter(true);
    let spread = three.spread.clone().unwrap();
    assert_eq!(
        spread.iter().map(|s| (s.key.as_str(), s.count)).filter(|(_, c)| *c > 0).collect::<Vec<_>>(),
        vec![("ready", 2), ("doing", 1)]
    );
    assert!(!presenter(false).spread_hidden && presenter(false).spread.is_none());
    let text = serde_json::to_string(&three).unwrap();
    for (member, participant) in &r.people {
        assert!(!text.contains(member) && !text.contains(participant), "an id on the projector");
    }
    for name in ["Al", "Bo", "Cy", "Di"] {
        assert!(!text.contains(&format!("\"{name}\"")), "a name on the projector: {name}");
    }
    // The control panel names who joined.
    let control = r.hub.live_control(LiveControlRequest { group_id: r.group.clone() }).unwrap();
    let names: Vec<&str> = control.joined.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!((names, control.not_joined.len()), (vec!["Al", "Bo", "Cy"], 1));
}

#[test]
fn a_restarted_hub_carries_on_at_the_same_step_and_ending_writes_attendance_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.db");
    let (group, people, live_id) = {
        let hub = Hub::new(Api::open(content(), &path));
        let (group, people) = group_of(&hub, "Tuesday group", &["Al", "Bo"]);
        let live = hub
            .start_live(StartLiveRequest { group_id: group.clone(), session_number: 2 })
            .unwrap()
            .live
            .unwrap();
        hub.live_join(&people[0].1, LiveJoinRequest { live_id: live.live_id.clone() }).unwrap();
        hub.live_go(LiveGoRequest { live_id: live.live_id.clone(), step_index: 3 }).unwrap();
        (group, people, live.live_id)
    };
    let hub = Hub::new(Api::open(content(), &path));
    let now = hub.live_now(&people[1].1).unwrap().unwrap();
    assert_eq!((now.live_id.as_str(), now.step_index, now.headcount), (live_id.as_str(), 3, 1));
    let control = hub.live_control(LiveControlRequest { group_id: group.clone() }).unwrap();
    assert_eq!(control.joined.iter().map(|m| m.display_name.as_str()).collect::<Vec<_>>(), vec!["Al"]);

    let stranger = hub.end_live(EndLiveRequest { live_id: live_id.clone(), present: vec!["nobody".into()] });
    assert_eq!(stranger.unwrap_err().code, Code::InvalidInput);
    let present = vec![people[0].0.clone(), people[1].0.clone()];
    let ended = hub.end_live(EndLiveRequest { live_id: live_id.clone(), present: present.clone() }).unwrap();
    assert_eq!(ended.attendance_marked, 2);
    assert_eq!(hub.end_live(EndLiveRequest { live_id, present }).unwrap_err().code, Code::NotFound, "once");
    assert_eq!(hub.live_now(&people[0].1).unwrap(), None);
    let roster = hub.roster(RosterRequest { group_id: group, utc_offset_minutes: 0 }).unwrap();
    assert!(roster.members.iter().all(|m| m.attendance == vec![2]), "{:?}", roster.members);
}

#[test]
fn a_follower_waiting_for_a_change_wakes_when_the_presenter_moves() {
    let r = room();
    let first = r.hub.live_wait(&r.group, u64::MAX, std::time::Duration::ZERO).unwrap();
    let live = r
        .hub
        .start_live(StartLiveRequest { group_id: r.group.clone(), session_number: 4 })
        .unwrap()
        .live
        .unwrap();
    let started = r.hub.live_wait(&r.group, first, std::time::Duration::ZERO).unwrap();
    assert_ne!(started, first, "starting is a change");
    assert_eq!(
        r.hub.live_wait(&r.group, started, std::time::Duration::from_millis(10)).unwrap(),
        started,
        "nothing since"
    );
    let hub = r.hub.clone();
    let group = r.group.clone();
    let waiter =
        std::thread::spawn(move || hub.live_wait(&group, started, std::time::Duration::from_secs(30)));
    r.hub.live_go(LiveGoRequest { live_id: live.live_id, step_index: 1 }).unwrap();
    assert_ne!(waiter.join().unwrap().unwrap(), started, "woken by the move, long before the timeout");
}

#[test]
fn two_hundred_joins_at_once_are_all_counted_once_and_the_next_is_told_the_room_is_full() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.db");
    let names: Vec<String> = (0..201).map(|i| format!("P{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let (group, live_id, people) = {
        let hub = Hub::new(Api::open(content(), &path));
        let (group, people) = group_of(&hub, "Big group", &names);
        let live = hub.start_live(StartLiveRequest { group_id: group.clone(), session_number: 1 }).unwrap();
        let live_id = live.live.unwrap().live_id;
        // 200 people join at the same moment, each twice (a double tap).
        std::thread::scope(|s| {
            for (_, p) in &people[..200] {
                let (hub, live_id) = (&hub, &live_id);
                s.spawn(move || {
                    for _ in 0..2 {
                        hub.live_join(p, LiveJoinRequest { live_id: live_id.clone() }).unwrap();
                    }
                });
            }
        });
        let full = hub.live_join(&people[200].1, LiveJoinRequest { live_id: live_id.clone() }).unwrap_err();
        assert_eq!(full.code, Code::TooManyTries);
        assert!(full.message.contains("full"), "{}", full.message);
        (group, live_id, people)
    };
    // Every join was stored: a restarted hub has all 200, and the session carries on.
    let hub = Hub::new(Api::open(content(), &path));
    let now = hub.live_now(&people[0].1).unwrap().unwrap();
    assert_eq!((now.live_id.as_str(), now.headcount), (live_id.as_str(), 200));
    let control = hub.live_control(LiveControlRequest { group_id: group }).unwrap();
    assert_eq!((control.joined.len(), control.not_joined.len()), (200, 1));
}
