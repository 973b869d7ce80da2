//! Sync between a hub, two phones and a shared office device, through the api and the sans-IO
//! session, with a transport that cuts, duplicates and reorders. Real SQLite (in memory). Also
//! the diary week summaries a phone sends while its participant shares summaries only.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use proptest::prelude::*;
use waymark_api::sync::SyncTransport;
use waymark_api::*;
use waymark_core::progress::WeekSummary;
use waymark_core::sync::{
    Consent, Exchange, Exchanged, PROTOCOL_V1, SyncError, SyncRequest, SyncResponse, WITHHELD_KIND,
};
use waymark_core::{Event, EventBody, Visibility};
use waymark_store::Store;

use crate::{content, en};

const DAY: i64 = 86_400_000;
const NOW: i64 = 1_795_435_200_000;

struct Replica {
    api: Api,
    /// The same store as a hub sees it (used only for the replicas that play the hub).
    hub: Hub,
    clock: Arc<AtomicI64>,
}

fn replica(participant: Option<&str>, skew_days: i64) -> Replica {
    let mut store = Store::open_in_memory().unwrap();
    if let Some(p) = participant {
        store.join_participant(p, 0).unwrap();
    }
    let clock = Arc::new(AtomicI64::new(NOW + skew_days * DAY));
    let c = clock.clone();
    let api = Api::with_store(content(), store, Arc::new(move || c.fetch_add(1_000, Ordering::SeqCst)));
    Replica { hub: Hub::new(api.clone()), api, clock }
}

#[derive(Clone, Debug, Default)]
struct Faults {
    /// Fail the n-th exchange before the hub sees it.
    cut_before: Option<u32>,
    /// Fail the n-th exchange after the hub processed it (the reply is lost).
    lose_reply: Option<u32>,
    /// Deliver every push twice.
    duplicate: bool,
    /// Reverse the events of every push and pull (protocol 1; protocol 2's runs are in seq order
    /// by construction, so their runs are reversed instead).
    reorder: bool,
    /// The hub is older than protocol 2: the phone falls back to protocol 1.
    old_hub: bool,
}

struct Lossy<'a> {
    hub: &'a Hub,
    from: PairedDevice,
    faults: Faults,
    sent: u32,
}

impl Lossy<'_> {
    /// The n-th request: cut before the hub sees it?
    fn next(&mut self) -> Result<(), SyncError> {
        self.sent += 1;
        if self.faults.cut_before == Some(self.sent) {
            return Err(SyncError::Unreachable { detail: "connection cut".into() });
        }
        Ok(())
    }

    fn reply<T>(&self, reply: T) -> Result<T, SyncError> {
        if self.faults.lose_reply == Some(self.sent) {
            return Err(SyncError::Unreachable { detail: "reply lost".into() });
        }
        Ok(reply)
    }
}

/// The hub's error as the HTTPS transport reports it.
fn refused(e: Error) -> SyncError {
    let code = serde_json::to_value(e.code).unwrap().as_str().unwrap().to_string();
    SyncError::Refused { status: 400, code, message: e.message }
}

impl SyncTransport for Lossy<'_> {
    fn exchange(&mut self, request: &Exchange) -> Result<Exchanged, SyncError> {
        if self.faults.old_hub {
            return Err(SyncError::OldHub);
        }
        self.next()?;
        let mut request = request.clone();
        if self.faults.reorder {
            request.push.reverse();
        }
        let mut answer = self.hub.exchange_respond(&self.from, request.clone()).map_err(refused)?;
        if self.faults.duplicate && !request.push.is_empty() {
            let again = self.hub.exchange_respond(&self.from, request).map_err(refused)?;
            assert!(again.conflicts.is_empty(), "a duplicated push must be a no-op");
        }
        if self.faults.reorder {
            answer.pull.reverse();
        }
        self.reply(answer)
    }

    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        self.next()?;
        let mut request = request.clone();
        if let (true, SyncRequest::Push { events }) = (self.faults.reorder, &mut request) {
            events.reverse();
        }
        let mut response = self.hub.sync_respond(&self.from, request.clone()).map_err(refused)?;
        if self.faults.duplicate && matches!(request, SyncRequest::Push { .. }) {
            let again = self.hub.sync_respond(&self.from, request).map_err(refused)?;
            if let SyncResponse::PushAck { conflicts, .. } = again {
                assert!(conflicts.is_empty(), "a duplicated push must be a no-op");
            }
        }
        if let (true, SyncResponse::Pull { events, .. }) = (self.faults.reorder, &mut response) {
            events.reverse();
        }
        self.reply(response)
    }
}

/// The phone as the hub knows it after pairing.
fn paired(phone: &Replica) -> PairedDevice {
    let (participant, device) = phone.api.device_identity().unwrap();
    PairedDevice { participant, device }
}

fn sync(device: &Replica, hub: &Replica, participant: &str, faults: Faults, chunk: u32) -> Result<(), Error> {
    let from =
        PairedDevice { participant: participant.into(), device: device.api.device_identity().unwrap().1 };
    let mut transport = Lossy { hub: &hub.hub, from, faults, sent: 0 };
    device.api.sync_with(&mut transport, chunk, 0).map(|_| ())
}

#[derive(Clone, Debug)]
enum Op {
    CompleteStep { device: usize, session: usize, step: usize },
    AddDrink { device: usize, ml: u16 },
    DeleteLatestDrink { device: usize },
    Sync { device: usize, faults: Faults, chunk: u32 },
}

fn faults() -> impl Strategy<Value = Faults> {
    (
        proptest::option::of(1u32..6),
        proptest::option::of(1u32..6),
        any::<bool>(),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.3),
    )
        .prop_map(|(cut_before, lose_reply, duplicate, reorder, old_hub)| Faults {
            cut_before,
            lose_reply,
            duplicate,
            reorder,
            old_hub,
        })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..3, 0usize..11, 0usize..8).prop_map(|(device, session, step)| Op::CompleteStep { device, session, step }),
        2 => (0usize..3, 50u16..1000).prop_map(|(device, ml)| Op::AddDrink { device, ml }),
        1 => (0usize..3).prop_map(|device| Op::DeleteLatestDrink { device }),
        3 => (0usize..3, faults(), 1u32..6).prop_map(|(device, faults, chunk)| Op::Sync { device, faults, chunk }),
    ]
}

/// Every event of the replica's own participant, via a full pull from itself as if it were a hub.
fn events_of(r: &Replica) -> Vec<Event> {
    events_of_participant(r, &r.api.device_identity().unwrap().0)
}

fn progress(r: &Replica) -> Vec<(String, u32)> {
    r.api
        .list_sessions(ListSessionsRequest { locale: en() })
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| (s.id, s.steps_completed))
        .collect()
}

fn diary(r: &Replica) -> Vec<String> {
    let mut ids: Vec<String> = r
        .api
        .list_diary(ListDiaryRequest { from_ms: NOW - 30 * DAY, to_ms: NOW + 30 * DAY })
        .unwrap()
        .entries
        .into_iter()
        .map(|e| format!("{}:{}", e.entry_id, e.units))
        .collect();
    ids.sort();
    ids
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_whatever_the_network_does(sharing in 0u8..3, ops in proptest::collection::vec(op(), 1..30)) {
        // Nothing shared, diary summaries only, or diary entries (and so summaries) too.
        let consent = Consent { diary_summaries: sharing >= 1, diary_entries: sharing == 2 };
        let share_entries = consent.diary_entries;
        // Phone 1 is set up first; phone 2 and the shared office PC sign in as the same person.
        let phone1 = replica(None, 0);
        let participant = phone1.api.device_identity().unwrap().0;
        let devices = [phone1, replica(Some(&participant), -3), replica(Some(&participant), 4)];
        let hub = replica(None, 1);
        devices[0].api.apply_consent(consent).unwrap();
        for d in &devices {
            sync(d, &hub, &participant, Faults::default(), 50).unwrap();
        }
        let sessions = content();
        let mut drinks: Vec<Vec<String>> = vec![Vec::new(); 3];
        for op in &ops {
            match op {
                Op::CompleteStep { device, session, step } => {
                    let s = &sessions.sessions()[*session];
                    let step = &s.steps[step % s.steps.len()];
                    devices[*device].api.complete_step(CompleteStepRequest { session_id: s.id.clone(), step_id: step.id.clone() }).unwrap();
                }
                Op::AddDrink { device, ml } => {
                    let now = devices[*device].clock.load(Ordering::SeqCst);
                    let drink = Drink { drink_type: DrinkType::Beer, volume_ml: f64::from(*ml), abv_percent: 4.0, count: 1, occurred_at_ms: now - DAY, cost_pence: None, place: None, with_whom: None, mood_before: None };
                    let saved = devices[*device].api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap();
                    drinks[*device].push(saved.entry_id);
                }
                Op::DeleteLatestDrink { device } => {
                    if let Some(id) = drinks[*device].pop() {
                        devices[*device].api.delete_entry(EntryRequest { entry_id: id }).unwrap();
                    }
                }
                Op::Sync { device, faults, chunk } => {
                    // Faulty syncs may fail; nothing they did half-way may break a later one.
                    let _ = sync(&devices[*device], &hub, &participant, faults.clone(), *chunk);
                }
            }
        }
        for _ in 0..2 {
            for d in &devices {
                sync(d, &hub, &participant, Faults::default(), 7).unwrap();
            }
        }
        let hub_events = events_of_participant(&hub, &participant);
        let hub_vector = vector(&hub_events);
        for (i, d) in devices.iter().enumerate() {
            let mine = events_of(d);
            prop_assert_eq!(vector(&mine), hub_vector.clone(), "device {} holds what the hub holds", i);
            let mut ids: Vec<&str> = mine.iter().map(|e| e.id.as_str()).collect();
            ids.sort();
            let n = ids.len();
            ids.dedup();
            prop_assert_eq!(ids.len(), n, "nothing duplicated");
        }
        prop_assert_eq!(progress(&devices[0]), progress(&devices[1]));
        prop_assert_eq!(progress(&devices[0]), progress(&devices[2]));
        if share_entries {
            prop_assert_eq!(diary(&devices[0]), diary(&devices[1]));
            prop_assert_eq!(diary(&devices[0]), diary(&devices[2]));
        }
        for e in &hub_events {
            let content_on_hub = e.kind != WITHHELD_KIND;
            if matches!(e.visibility, Visibility::DiaryEntry | Visibility::DiarySummary | Visibility::Private) && content_on_hub {
                prop_assert!(consent.shares(e.visibility), "non-consented event on the hub: {:?}", e.kind);
            }
        }
        // The hub's figure for each week is one the diaries give: with entries shared, every
        // device's (they all hold the same diary); with summaries only, the device's that sent it.
        let latest = latest_summaries(&hub_events);
        prop_assert_eq!(latest.is_empty(), !consent.diary_summaries);
        for (week, summary) in latest {
            let views: Vec<WeekSummary> = devices.iter().map(|d| week_summary(d, &week, 0)).collect();
            if share_entries {
                prop_assert!(views.iter().all(|v| *v == summary), "{:?} vs {:?}", summary, views);
            } else {
                prop_assert!(views.contains(&summary), "{:?} vs {:?}", summary, views);
            }
        }
    }
}

/// The current summary of each week among `events`: the latest by revision (stamp, then stream).
fn latest_summaries(events: &[Event]) -> BTreeMap<String, WeekSummary> {
    let mut latest = BTreeMap::new();
    let mut order = BTreeMap::new();
    for e in events {
        if let Some(EventBody::DiaryWeekSummarised { summary }) = EventBody::decode(&e.kind, &e.payload) {
            let key = (e.hlc, e.stream.device.clone(), e.stream.epoch, e.seq);
            if order.get(&summary.week_start).is_none_or(|held| *held < key) {
                order.insert(summary.week_start.clone(), key);
                latest.insert(summary.week_start.clone(), summary);
            }
        }
    }
    latest
}

/// A device's own totals of the week starting `week` (its weekly view), counted as a shared
/// summary counts them: over the whole week, days still to come included, so devices whose
/// clocks differ agree.
fn week_summary(r: &Replica, week: &str, utc_offset_minutes: i32) -> WeekSummary {
    let view = r.api.weekly_view(WeeklyViewRequest { date: week.into(), utc_offset_minutes }).unwrap();
    let whole_week = view.days.iter().filter(|d| d.drink_free).count() as u8;
    WeekSummary { drink_free_days: whole_week, ..WeekSummary::of(&view) }
}

fn events_of_participant(hub: &Replica, participant: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut have = waymark_core::sync::VersionVector::default();
    loop {
        let SyncResponse::Pull { events, more } = hub
            .hub
            .sync_respond(
                &PairedDevice { participant: participant.into(), device: "reader".into() },
                SyncRequest::Pull { have: have.clone(), max_events: 500 },
            )
            .unwrap()
        else {
            unreachable!()
        };
        out.extend(events);
        have = vector(&out);
        if !more {
            return out;
        }
    }
}

fn vector(events: &[Event]) -> waymark_core::sync::VersionVector {
    let mut v = waymark_core::sync::VersionVector::default();
    for e in events {
        let slot = v.0.entry(e.stream.clone()).or_insert(0);
        *slot = (*slot).max(e.seq);
    }
    v
}

#[test]
fn a_device_cannot_push_or_read_another_participants_events() {
    let a = replica(None, 0);
    let b = replica(None, 0);
    let hub = replica(None, 0);
    a.api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "s01-welcome".into() })
        .unwrap();
    let pa = a.api.device_identity().unwrap().0;
    let pb = b.api.device_identity().unwrap().0;
    // A's events pushed on a channel paired for B are refused, and nothing is stored. (Protocol
    // 1 names the participant in every event; protocol 2 names none, so a phone's events are
    // its credential's participant's by construction.)
    let old = Faults { old_hub: true, ..Faults::default() };
    let err = sync(&a, &hub, &pb, old, 10).unwrap_err();
    assert!(err.message.contains("another participant"), "{}", err.message);
    assert!(events_of_participant(&hub, &pa).is_empty());
    sync(&a, &hub, &pa, Faults::default(), 10).unwrap();
    assert_eq!(events_of_participant(&hub, &pa).len(), 1);
    // B pulling never receives A's events.
    sync(&b, &hub, &pb, Faults::default(), 10).unwrap();
    assert!(events_of(&b).iter().all(|e| e.stream.participant == pb));
}

#[test]
fn same_id_with_different_content_is_flagged_not_dropped() {
    let a = replica(None, 0);
    let (hub, group) = hub_for(&a, 0);
    a.api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "s01-welcome".into() })
        .unwrap();
    let p = a.api.device_identity().unwrap().0;
    sync(&a, &hub, &p, Faults::default(), 10).unwrap();
    let mut forged = events_of(&a).remove(0);
    forged.payload = serde_json::json!({"session_id": "s01", "step_id": "s01-about"});
    for _ in 0..3 {
        let SyncResponse::PushAck { conflicts, .. } =
            hub.hub.sync_respond(&paired(&a), SyncRequest::Push { events: vec![forged.clone()] }).unwrap()
        else {
            panic!("push ack expected")
        };
        assert_eq!(conflicts, vec![forged.id.clone()]);
    }
    assert_ne!(events_of_participant(&hub, &p)[0].payload, forged.payload, "what was held is kept");
    let roster = hub.hub.roster(RosterRequest { group_id: group, utc_offset_minutes: 0 }).unwrap();
    assert_eq!(roster.members[0].conflicts, 1, "shown to the facilitator, and the same copy is kept once");
}

// ---- Diary summaries ---------------------------------------------------------------------------

/// NOW is Monday 23 November 2026, 12:00 UTC.
const THIS_WEEK: &str = "2026-11-23";
const LAST_WEEK: &str = "2026-11-16";
const SUMMARIES_ONLY: Consent = Consent { diary_summaries: true, diary_entries: false };

/// A hub replica with one group whose one member is paired for `phone`'s participant, as the
/// facilitator's pairing does. Returns the hub and the group id.
fn hub_for(phone: &Replica, skew_days: i64) -> (Replica, String) {
    let hub = replica(None, skew_days);
    hub.hub.set_hub_endpoint(HubEndpoint {
        address: "127.0.0.1:8472".into(),
        choices: vec!["127.0.0.1:8472".into()],
        fingerprint: "ab".repeat(32),
    });
    let group = hub.hub.create_group(CreateGroupRequest { name: "Tuesday group".into() }).unwrap();
    let member = hub
        .hub
        .add_member(AddMemberRequest { group_id: group.id.clone(), display_name: "Sam".into() })
        .unwrap();
    let offer = hub.hub.start_pairing(StartPairingRequest { member_id: member.id, address: None }).unwrap();
    let (participant_id, device_id) = phone.api.device_identity().unwrap();
    hub.hub.pair(PairRequest { secret: offer.code, participant_id, device_id }).unwrap();
    (hub, group.id)
}

/// What the facilitator's roster shows of the (only) member's diary this week.
fn roster_diary(hub: &Replica, group: &str, utc_offset_minutes: i32) -> Option<DiarySummary> {
    let roster = hub.hub.roster(RosterRequest { group_id: group.into(), utc_offset_minutes }).unwrap();
    assert_eq!(roster.members.len(), 1);
    roster.members[0].diary_summary.clone()
}

/// A drink of `ml` of 4% beer at `at_ms`, saved on `r`; returns its entry id.
fn drink_at(r: &Replica, at_ms: i64, ml: f64) -> String {
    let drink = Drink {
        drink_type: DrinkType::Beer,
        volume_ml: ml,
        abv_percent: 4.0,
        count: 1,
        occurred_at_ms: at_ms,
        cost_pence: Some(450),
        place: Some("The Crown".into()),
        with_whom: Some("Jo".into()),
        mood_before: None,
    };
    r.api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap().entry_id
}

/// Every diary week summary `r` holds, in (stream, seq) order.
fn summary_events(r: &Replica) -> Vec<WeekSummary> {
    events_of(r)
        .iter()
        .filter_map(|e| match EventBody::decode(&e.kind, &e.payload) {
            Some(EventBody::DiaryWeekSummarised { summary }) => Some(summary),
            _ => None,
        })
        .collect()
}

fn shown(week_start: &str, units: f64, drink_free_days: u8) -> Option<DiarySummary> {
    Some(DiarySummary { week_start: week_start.into(), units, drink_free_days })
}

#[test]
fn sharing_summaries_only_shows_the_weeks_totals_and_no_diary_content() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(SUMMARIES_ONLY).unwrap();
    drink_at(&phone, NOW - 3_600_000, 568.0);
    drink_at(&phone, NOW - 3_000_000, 568.0);
    drink_at(&phone, NOW - 2 * DAY, 284.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();

    let on_hub = events_of_participant(&hub, &participant);
    let text = serde_json::to_string(&on_hub).unwrap();
    assert!(!text.contains("The Crown") && !text.contains("Jo"), "no diary content on the hub");
    assert!(
        on_hub.iter().all(|e| e.visibility != Visibility::DiaryEntry),
        "every diary entry is a content-free stand-in"
    );
    assert_eq!(on_hub.iter().filter(|e| e.kind == WITHHELD_KIND).count(), 3);
    assert_eq!(latest_summaries(&on_hub).len(), 2, "this week and last week");

    // Two pints of 4% beer today: 4.5 units, and six days without a drink.
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 4.5, 6));
    let week =
        phone.api.weekly_view(WeeklyViewRequest { date: THIS_WEEK.into(), utc_offset_minutes: 0 }).unwrap();
    // The phone itself counts only days that have come: on this Monday, none is drink-free.
    assert_eq!((week.total_units, week.drink_free_days), (4.5, 0), "the phone's own week so far");
    assert_eq!(week.days.iter().filter(|d| d.to_come).count(), 6);
    // Next week, the facilitator sees no figure until the phone sends one for that week.
    hub.clock.fetch_add(7 * DAY, Ordering::SeqCst);
    assert_eq!(roster_diary(&hub, &group, 0), None);
    let roster = hub.hub.roster(RosterRequest { group_id: group, utc_offset_minutes: 0 }).unwrap();
    assert!(roster.members[0].sharing.diary_summaries, "still shared, just nothing sent yet");
}

#[test]
fn a_sync_records_a_new_summary_only_when_the_diary_changed() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(SUMMARIES_ONLY).unwrap();
    let pint = drink_at(&phone, NOW - 3_600_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    let first = summary_events(&phone);
    assert_eq!(first.len(), 2, "this week and last week: {first:?}");
    let held = vector(&events_of_participant(&hub, &participant));

    // The background sync runs every minute: with no diary change it records nothing new.
    for _ in 0..3 {
        sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    }
    assert_eq!(summary_events(&phone), first);
    assert_eq!(vector(&events_of_participant(&hub, &participant)), held, "nothing new reached the hub");

    // A drink today changes this week only: one new summary, and the roster follows.
    drink_at(&phone, NOW - 1_800_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    let after = summary_events(&phone);
    assert_eq!(after.len(), 3);
    assert_eq!(after[2], WeekSummary { week_start: THIS_WEEK.into(), units: 4.5, drink_free_days: 6 });
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 4.5, 6));

    // Deleting it goes back to the earlier figure: that is a change too.
    phone.api.delete_entry(EntryRequest { entry_id: pint }).unwrap();
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(summary_events(&phone).len(), 4);
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 2.3, 6));
}

#[test]
fn the_summary_is_of_the_phones_local_week() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(SUMMARIES_ONLY).unwrap();
    // 23:30 UTC on Sunday is 00:30 on Monday in British Summer Time.
    drink_at(&phone, NOW - 12 * 3_600_000 - 1_800_000, 568.0);
    let mut transport = Lossy { hub: &hub.hub, from: paired(&phone), faults: Faults::default(), sent: 0 };
    let err = phone.api.sync_with(&mut transport, 50, 900).unwrap_err();
    assert_eq!((err.code, transport.sent), (Code::InvalidInput, 0), "a bad offset is refused before sending");
    phone.api.sync_with(&mut transport, 50, 60).unwrap();
    assert_eq!(roster_diary(&hub, &group, 60), shown(THIS_WEEK, 2.3, 6));
    let last_week = latest_summaries(&events_of_participant(&hub, &participant))[LAST_WEEK].clone();
    assert_eq!((last_week.units, last_week.drink_free_days), (0.0, 7));
}

#[test]
fn revoking_summaries_hides_them_at_once_and_stops_new_ones() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(SUMMARIES_ONLY).unwrap();
    drink_at(&phone, NOW - 3_600_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 2.3, 6));

    phone.api.apply_consent(Consent::default()).unwrap();
    drink_at(&phone, NOW - 1_800_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(roster_diary(&hub, &group, 0), None, "what was sent stays on the hub, but is not shown");
    assert_eq!(summary_events(&phone).len(), 2, "no summary is recorded while not shared");

    // Sharing again sends the week as it is now.
    phone.api.apply_consent(SUMMARIES_ONLY).unwrap();
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 4.5, 6));
}

#[test]
fn two_devices_whose_diaries_differ_do_not_replace_each_others_figure_forever() {
    // With summaries only, neither device sees the other's entries. With entries shared, an
    // entry made before the device knew of the consent was withheld, and stays withheld.
    for consent in [SUMMARIES_ONLY, Consent { diary_summaries: true, diary_entries: true }] {
        let phone = replica(None, 0);
        let participant = phone.api.device_identity().unwrap().0;
        let office = replica(Some(&participant), 0);
        let (hub, group) = hub_for(&phone, 0);
        drink_at(&office, NOW - 7_200_000, 284.0);
        // The office sends its entry before it knows of any consent: withheld.
        sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
        phone.api.apply_consent(consent).unwrap();
        drink_at(&phone, NOW - 3_600_000, 568.0);
        for _ in 0..2 {
            sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
            sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
        }
        assert_ne!(week_summary(&phone, THIS_WEEK, 0), week_summary(&office, THIS_WEEK, 0), "{consent:?}");
        let settled = vector(&events_of_participant(&hub, &participant));
        for _ in 0..3 {
            sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
            sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
        }
        assert_eq!(vector(&events_of_participant(&hub, &participant)), settled, "{consent:?}: no ping-pong");
        // A change on one device is sent, and the figures settle again.
        drink_at(&office, NOW - 1_800_000, 284.0);
        for _ in 0..2 {
            sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
            sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
        }
        let settled = vector(&events_of_participant(&hub, &participant));
        sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
        sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
        assert_eq!(vector(&events_of_participant(&hub, &participant)), settled, "{consent:?}: no ping-pong");
        // With summaries only, the roster shows the figure of the device whose diary changed
        // last; with entries shared, it counts the entries the hub holds, as the phone does.
        let expected = if consent.diary_entries { &phone } else { &office };
        let week = week_summary(expected, THIS_WEEK, 0);
        assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, week.units, week.drink_free_days));
    }
}

#[test]
fn with_entries_shared_the_roster_counts_the_entries_as_the_phone_does() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(Consent { diary_summaries: false, diary_entries: true }).unwrap();
    drink_at(&phone, NOW - 3_600_000, 568.0);
    drink_at(&phone, NOW - 3_000_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 4.5, 6));
    assert_eq!(
        latest_summaries(&events_of_participant(&hub, &participant))[THIS_WEEK],
        WeekSummary { week_start: THIS_WEEK.into(), units: 4.5, drink_free_days: 6 },
        "the phone's summary agrees with the hub's count"
    );
}

#[test]
fn with_entries_shared_a_figure_another_device_already_sent_is_not_sent_again() {
    let phone = replica(None, 0);
    let participant = phone.api.device_identity().unwrap().0;
    let office = replica(Some(&participant), 0);
    let (hub, group) = hub_for(&phone, 0);
    phone.api.apply_consent(Consent { diary_summaries: true, diary_entries: true }).unwrap();
    drink_at(&phone, NOW - 3_600_000, 568.0);
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(
        summary_events(&office).len(),
        2,
        "the office device holds the phone's figures and sends none"
    );
    // The office device adds a half, and sends the week with both drinks.
    drink_at(&office, NOW - 1_800_000, 284.0);
    sync(&office, &hub, &participant, Faults::default(), 50).unwrap();
    let sent = latest_summaries(&events_of_participant(&hub, &participant))[THIS_WEEK].clone();
    assert_eq!((sent.units, sent.drink_free_days), (3.4, 6));
    let held = vector(&events_of_participant(&hub, &participant));
    // The phone now holds the same diary, so the same figure: it pulls, and sends nothing more.
    sync(&phone, &hub, &participant, Faults::default(), 50).unwrap();
    assert_eq!(week_summary(&phone, THIS_WEEK, 0), sent);
    assert_eq!(vector(&events_of_participant(&hub, &participant)), held, "nothing new reached the hub");
    assert_eq!(roster_diary(&hub, &group, 0), shown(THIS_WEEK, 3.4, 6));
}

// ---- Stamps and writers from a hostile device (issue 9, point 2) --------------------------------

/// A hub with two paired members, A and B: B has shared a drink and a step; the facilitator has
/// marked both present at a session. Returns (hub, group, member ids, A's phone, B's phone).
fn two_member_hub() -> (Replica, String, [String; 2], Replica, Replica) {
    let hub = replica(None, 0);
    hub.hub.set_hub_endpoint(HubEndpoint {
        address: "127.0.0.1:8472".into(),
        choices: vec!["127.0.0.1:8472".into()],
        fingerprint: "ab".repeat(32),
    });
    let group = hub.hub.create_group(CreateGroupRequest { name: "Tuesday group".into() }).unwrap().id;
    let (a, b) = (replica(None, 0), replica(None, 0));
    let mut ids = Vec::new();
    for (name, phone) in [("Al", &a), ("Bo", &b)] {
        let member = hub
            .hub
            .add_member(AddMemberRequest { group_id: group.clone(), display_name: name.into() })
            .unwrap();
        let offer = hub
            .hub
            .start_pairing(StartPairingRequest { member_id: member.id.clone(), address: None })
            .unwrap();
        let (participant_id, device_id) = phone.api.device_identity().unwrap();
        hub.hub.pair(PairRequest { secret: offer.code, participant_id, device_id }).unwrap();
        ids.push(member.id);
    }
    b.api.apply_consent(Consent { diary_summaries: true, diary_entries: true }).unwrap();
    drink_at(&b, NOW - DAY, 568.0);
    b.api
        .complete_step(CompleteStepRequest { session_id: "s01".into(), step_id: "s01-welcome".into() })
        .unwrap();
    for phone in [&a, &b] {
        let participant = phone.api.device_identity().unwrap().0;
        sync(phone, &hub, &participant, Faults::default(), 50).unwrap();
    }
    for (member, session) in [(&ids[0], 1), (&ids[1], 2)] {
        hub.hub
            .mark_attendance(MarkAttendanceRequest {
                member_id: member.clone(),
                session_number: session,
                present: true,
            })
            .unwrap();
    }
    (hub, group, [ids[0].clone(), ids[1].clone()], a, b)
}

fn wall_ms() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(i64::MAX),
        Just(i64::MIN),
        Just(-1i64),
        Just(0i64),
        (-400i64..400).prop_map(|days| NOW + days * DAY),
        (1i64..200).prop_map(|years| NOW + years * 365 * DAY),
        any::<i64>(),
    ]
}

/// (kind, payload, visibility) of what a forged app might send.
fn forged_body() -> impl Strategy<Value = (String, serde_json::Value, Visibility)> {
    prop_oneof![
        Just((
            "consent_changed".to_string(),
            serde_json::json!({"consent": {"diary_summaries": false, "diary_entries": false}}),
            Visibility::Progress
        )),
        (1u8..=11, any::<bool>()).prop_map(|(n, present)| (
            "attendance_marked".to_string(),
            serde_json::json!({"session_number": n, "present": present}),
            Visibility::Attendance
        )),
        Just((
            "step_completed".to_string(),
            serde_json::json!({"session_id": "s02", "step_id": "s02-units"}),
            Visibility::Progress
        )),
        Just((
            "goal_set".to_string(),
            serde_json::json!({"goal": {"aim": "stop", "weekly_units_target": 0.0, "drink_free_days_target": 7}}),
            Visibility::Private
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn stamps_from_one_participant_never_change_another_or_the_facilitators_corrections(
        pushes in proptest::collection::vec(
            (forged_body(), wall_ms(), any::<u32>(), 0u8..3),
            1..8,
        )
    ) {
        let (hub, group, members, a, b) = two_member_hub();
        let roster = |hub: &Replica| hub.hub.roster(RosterRequest { group_id: group.clone(), utc_offset_minutes: 0 }).unwrap();
        let before = roster(&hub);
        let b_events = events_of_participant(&hub, &b.api.device_identity().unwrap().0);
        let (pa, device) = a.api.device_identity().unwrap();
        let SyncResponse::Hello { hub_device: Some(hub_device), hub: held } =
            hub.hub.sync_respond(&paired(&a), SyncRequest::Hello { protocol: PROTOCOL_V1 }).unwrap()
        else {
            panic!("the hub names its own stream")
        };
        let mut next_seq = held.0.iter().filter(|(s, _)| s.device == device).map(|(_, seq)| *seq).max().unwrap_or(0) + 1;
        for (i, ((kind, payload, visibility), wall_ms, counter, stream)) in pushes.into_iter().enumerate() {
            // On A's own stream, on the hub's stream in A's namespace, or in B's namespace.
            let stream = match stream {
                0 => waymark_core::StreamId { participant: pa.clone(), device: device.clone(), epoch: 1 },
                1 => waymark_core::StreamId { participant: pa.clone(), device: hub_device.clone(), epoch: 1 },
                _ => waymark_core::StreamId { participant: b.api.device_identity().unwrap().0, device: device.clone(), epoch: 1 },
            };
            let event = Event {
                id: format!("forged-{i}"),
                seq: if stream.device == device && stream.participant == pa { next_seq } else { 1 },
                stream,
                hlc: waymark_core::HlcStamp { wall_ms, counter },
                schema: 1,
                kind,
                payload,
                visibility,
            };
            if hub.hub.sync_respond(&paired(&a), SyncRequest::Push { events: vec![event] }).is_ok() {
                next_seq += 1;
            }
        }
        let after = roster(&hub);
        // B: exactly as before, record and roster row alike.
        prop_assert_eq!(&after.members[1], &before.members[1]);
        prop_assert_eq!(events_of_participant(&hub, &b.api.device_identity().unwrap().0), b_events);
        // A: attendance is only ever what the facilitator marked...
        prop_assert_eq!(&after.members[0].attendance, &before.members[0].attendance);
        // ...and the facilitator's next corrections still win, in order.
        for present in [false, true, false] {
            hub.hub
                .mark_attendance(MarkAttendanceRequest { member_id: members[0].clone(), session_number: 1, present })
                .unwrap();
            prop_assert_eq!(roster(&hub).members[0].attendance.contains(&1), present);
        }
    }
}
