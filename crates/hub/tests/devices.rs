//! The hub over real sockets: facilitator calls over loopback HTTP, phones over HTTPS with the
//! hub's certificate pinned, each hub on random loopback ports, each phone a real `Api` on its
//! own SQLite database syncing through `waymark-hub-client`.

#![allow(clippy::unwrap_used)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use serde_json::{Value, json};
use waymark_api::*;
use waymark_content::Content;
use waymark_core::sync::{SyncRequest, SyncResponse, VersionVector};
use waymark_core::{Event, StreamId};
use waymark_hub::{HubOptions, RunningHub};
use waymark_hub_client::{HubClient, HubError, Invite};
use waymark_store::Store;

fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("built-in content is valid"))).clone()
}

/// A hub on its own runtime thread, on random loopback ports, with a clock the test can move.
struct TestHub {
    http: SocketAddr,
    endpoint: HubEndpoint,
    clock: Arc<AtomicI64>,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl TestHub {
    fn start() -> TestHub {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(AtomicI64::new(chrono::Utc::now().timestamp_millis()));
        let c = clock.clone();
        let store = Store::open(&dir.path().join("hub.db")).unwrap();
        let api = Arc::new(Api::with_store(content(), store, Arc::new(move || c.load(Ordering::SeqCst))));
        let options = HubOptions {
            data_dir: dir.path().to_path_buf(),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            tls_port: 0,
            advertise: None,
        };
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<(SocketAddr, HubEndpoint)>();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
            runtime.block_on(async move {
                let hub: RunningHub = waymark_hub::start(api, &options).await.unwrap();
                ready_tx.send((hub.http, hub.endpoint.clone())).unwrap();
                let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                hub.shutdown().await;
            });
        });
        let (http, endpoint) = ready_rx.recv().unwrap();
        TestHub { http, endpoint, clock, stop: Some(stop_tx), thread: Some(thread), _dir: dir }
    }

    /// A facilitator call over loopback HTTP: (status, JSON body).
    fn call(&self, name: &str, body: Value) -> (u16, Value) {
        post_plain(self.http, &format!("/hub/api/{name}"), &body.to_string())
    }

    fn ok(&self, name: &str, body: Value) -> Value {
        let (status, reply) = self.call(name, body);
        assert_eq!(status, 200, "{name}: {reply}");
        reply
    }

    fn client(&self) -> HubClient {
        HubClient::new(&self.endpoint.address, &self.endpoint.fingerprint).unwrap()
    }

    fn group_with(&self, names: &[&str]) -> (String, Vec<String>) {
        let group =
            self.ok("create_group", json!({"name": "Tuesday group"}))["id"].as_str().unwrap().to_string();
        let members = names
            .iter()
            .map(|n| {
                self.ok("add_member", json!({"group_id": group, "display_name": n}))["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        (group, members)
    }

    fn offer(&self, member: &str) -> PairingOffer {
        serde_json::from_value(self.ok("start_pairing", json!({"member_id": member}))).unwrap()
    }

    fn roster(&self, group: &str) -> Roster {
        serde_json::from_value(self.ok("roster", json!({"group_id": group}))).unwrap()
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn post_plain(addr: SocketAddr, path: &str, body: &str) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut response = agent
        .post(format!("http://{addr}{path}"))
        .content_type("application/json")
        .send(body.as_bytes())
        .unwrap();
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A participant's phone: a real `Api` on its own database, with the real clock.
struct Phone {
    api: Api,
    participant: String,
    device: String,
    credential: Option<String>,
}

impl Phone {
    fn new() -> Phone {
        let store = Store::open_in_memory().unwrap();
        let stream = store.identity().stream.clone();
        Phone {
            api: Api::with_store(content(), store, system_clock()),
            participant: stream.participant,
            device: stream.device,
            credential: None,
        }
    }

    fn pair(&mut self, client: &HubClient, secret: &str) -> Result<PairResponse, HubError> {
        let paired = client.pair(secret, &self.participant, &self.device)?;
        self.credential = Some(paired.credential.clone());
        Ok(paired)
    }

    fn sync(&self, client: &HubClient) -> Result<waymark_core::sync::SyncSummary, Error> {
        let mut transport = client.sync_transport(self.credential.as_deref().unwrap());
        self.api.sync_with(&mut transport, 50, 0)
    }

    fn complete_session(&self, session_id: &str) {
        let session = content().session(session_id).unwrap().clone();
        for step in &session.steps {
            self.api
                .complete_step(CompleteStepRequest {
                    session_id: session_id.into(),
                    step_id: step.id.clone(),
                })
                .unwrap();
        }
    }

    fn add_drink(&self) {
        let drink = Drink {
            drink_type: DrinkType::Beer,
            volume_ml: 568.0,
            abv_percent: 4.0,
            count: 1,
            occurred_at_ms: chrono::Utc::now().timestamp_millis(),
            cost_pence: None,
            place: Some("The Crown".into()),
            with_whom: None,
            mood_before: None,
        };
        self.api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap();
    }

    /// Every event this phone holds.
    fn events(&self) -> Vec<Event> {
        let request = SyncRequest::Pull { have: VersionVector::default(), max_events: 500 };
        match self.api.sync_respond(&self.participant, request).unwrap() {
            SyncResponse::Pull { events, .. } => events,
            other => panic!("{other:?}"),
        }
    }
}

fn hub_vector(client: &HubClient, credential: &str) -> VersionVector {
    match client.sync_transport(credential).send(&SyncRequest::Hello { protocol: 1 }).unwrap() {
        SyncResponse::Hello { hub } => hub,
        other => panic!("{other:?}"),
    }
}

fn refused(result: Result<impl std::fmt::Debug, HubError>) -> (u16, String, String) {
    match result {
        Err(HubError::Refused { status, code, message }) => (status, code, message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_phone_pairs_by_code_over_pinned_https_and_its_progress_reaches_the_roster() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Sam"]);
    let offer = hub.offer(&members[0]);
    assert_eq!(offer.code.len(), 6);
    assert_eq!(offer.fingerprint, hub.endpoint.fingerprint);
    assert!(offer.qr_svg.contains("<svg"), "{}", &offer.qr_svg[..80]);
    let invite = Invite::parse(&offer.uri).unwrap();
    assert_eq!(
        (invite.address.as_str(), invite.fingerprint.as_str()),
        (offer.address.as_str(), offer.fingerprint.as_str())
    );

    let mut phone = Phone::new();
    let client = HubClient::new(&invite.address, &invite.fingerprint).unwrap();
    let paired = phone.pair(&client, &offer.code).unwrap();
    assert_eq!(
        (paired.participant_id.as_str(), paired.display_name.as_str()),
        (phone.participant.as_str(), "Sam")
    );

    phone.complete_session("s01");
    phone.add_drink();
    let summary = phone.sync(&client).unwrap();
    assert!(summary.pushed > 1, "{summary:?}");

    let roster = hub.roster(&group);
    let sam = &roster.members[0];
    assert_eq!(sam.display_name, "Sam");
    assert_eq!(sam.sessions_completed, 1);
    assert!(sam.last_sync_at_ms.is_some());
    assert_eq!(sam.devices.len(), 1);
    assert_eq!(sam.diary_summary, None, "diaries are not shown without consent");

    // Attendance written on the hub reaches the phone at the next sync.
    let marked =
        hub.ok("mark_attendance", json!({"member_id": members[0], "session_number": 1, "present": true}));
    assert_eq!(marked["attendance"], json!([1]));
    let summary = phone.sync(&client).unwrap();
    assert_eq!(summary.pulled, 1);
    assert!(phone.events().iter().any(|e| e.kind == "attendance_marked"));

    // With consent, the facilitator sees this week's totals (never the entries).
    phone
        .api
        .apply_consent(waymark_core::sync::Consent { diary_summaries: false, diary_entries: true })
        .unwrap();
    phone.add_drink();
    phone.sync(&client).unwrap();
    let roster = hub.roster(&group);
    assert!(roster.members[0].sharing.diary_entries);
    let summary = roster.members[0].diary_summary.clone().expect("consented summary");
    assert!(summary.units >= 2.2, "{summary:?}");
    assert!(!serde_json::to_string(&roster).unwrap().contains("The Crown"), "no diary contents");

    // Revoking consent hides the summary at once.
    phone.api.apply_consent(waymark_core::sync::Consent::default()).unwrap();
    phone.sync(&client).unwrap();
    assert_eq!(hub.roster(&group).members[0].diary_summary, None);

    let csv = hub.ok("export_roster_csv", json!({"group_id": group}));
    let text = csv["content"].as_str().unwrap();
    assert!(text.starts_with("name,paired,last_sync_utc,sessions_completed,session_1_present"), "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("Sam,yes,"), "{text}");
    assert!(text.contains(",1,yes,no,"), "{text}");
}

#[test]
fn a_qr_token_pairs_once_and_a_reused_code_is_refused() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Al", "Bo"]);
    let client = hub.client();
    let offer = hub.offer(&members[0]);
    let token = Invite::parse(&offer.uri).unwrap().token;
    Phone::new().pair(&client, &token).unwrap();
    let (status, code, message) = refused(Phone::new().pair(&client, &token));
    assert_eq!((status, code.as_str()), (403, "pairing_refused"));
    assert!(message.contains("used already"), "{message}");
    let (_, _, message) = refused(Phone::new().pair(&client, &offer.code));
    assert!(message.contains("used already"), "{message}");

    // Expired after 10 minutes.
    let offer = hub.offer(&members[1]);
    hub.clock.fetch_add(PAIRING_TTL_MS + 1, Ordering::SeqCst);
    let (_, _, message) = refused(Phone::new().pair(&client, &offer.code));
    assert!(message.contains("run out"), "{message}");
}

#[test]
fn five_wrong_codes_burn_the_offer() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Cy"]);
    let client = hub.client();
    let offer = hub.offer(&members[0]);
    let wrong = if offer.code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let (_, _, message) = refused(Phone::new().pair(&client, wrong));
        assert!(message.contains("not right"), "{message}");
    }
    let (_, _, message) = refused(Phone::new().pair(&client, &offer.code));
    assert!(message.contains("Too many wrong codes"), "{message}");
    // A new offer works.
    let offer = hub.offer(&members[0]);
    Phone::new().pair(&client, &offer.code).unwrap();
}

#[test]
fn a_phone_paired_for_a_cannot_read_or_write_bs_data() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Al", "Bo"]);
    let client = hub.client();
    let (mut a, mut b) = (Phone::new(), Phone::new());
    a.pair(&client, &hub.offer(&members[0]).code).unwrap();
    b.pair(&client, &hub.offer(&members[1]).code).unwrap();
    a.complete_session("s01");
    b.complete_session("s02");
    a.sync(&client).unwrap();
    b.sync(&client).unwrap();
    let (a_cred, b_cred) = (a.credential.clone().unwrap(), b.credential.clone().unwrap());

    // Reading: A's credential sees only A's streams, whatever vector it sends.
    let vector = hub_vector(&client, &a_cred);
    assert!(!vector.0.is_empty() && vector.0.keys().all(|s| s.participant == a.participant), "{vector:?}");
    let b_stream = StreamId { participant: b.participant.clone(), device: b.device.clone(), epoch: 1 };
    let have = VersionVector([(b_stream, 0)].into_iter().collect());
    let pulled = client.sync_transport(&a_cred).send(&SyncRequest::Pull { have, max_events: 500 }).unwrap();
    let SyncResponse::Pull { events, .. } = pulled else { panic!("{pulled:?}") };
    assert!(!events.is_empty() && events.iter().all(|e| e.stream.participant == a.participant));

    // Writing: B's events sent with A's credential are refused and nothing is stored.
    let before = hub_vector(&client, &b_cred);
    let forged = b.events();
    let (status, code, message) =
        refused(client.sync_transport(&a_cred).send(&SyncRequest::Push { events: forged }));
    assert_eq!((status, code.as_str()), (400, "invalid_input"));
    assert!(message.contains("another participant"), "{message}");
    assert_eq!(hub_vector(&client, &b_cred), before);
}

#[test]
fn unpaired_revoked_and_wrong_fingerprint_devices_are_refused() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Di"]);
    let client = hub.client();

    let (status, body) = client.post_raw("/device/v1/sync", None, b"{}").unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((status, body["code"].as_str()), (401, Some("unauthorized")), "{body}");
    let (status, _, message) =
        refused(client.sync_transport("made-up-credential").send(&SyncRequest::Hello { protocol: 1 }));
    assert_eq!(status, 401);
    assert!(message.contains("not paired"), "{message}");

    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    phone.complete_session("s01");
    phone.sync(&client).unwrap();
    hub.ok("revoke_device", json!({"member_id": members[0], "device_id": phone.device}));
    let err = phone.sync(&client).unwrap_err();
    assert!(err.message.contains("removed"), "{err:?}");
    let roster = hub.roster(hub.ok("list_groups", json!({}))["groups"][0]["id"].as_str().unwrap());
    assert!(roster.members[0].devices[0].revoked);

    // A client pinned to another fingerprint refuses the hub during the TLS handshake.
    let impostor = HubClient::new(&hub.endpoint.address, &"00".repeat(32)).unwrap();
    match impostor.pair(&hub.offer(&members[0]).code, &phone.participant, &phone.device) {
        Err(HubError::Unreachable(why)) => {
            assert!(why.contains("not the one this phone was paired with"), "{why}")
        }
        other => panic!("a wrong fingerprint must fail the handshake: {other:?}"),
    }
}

#[test]
fn oversized_malformed_and_wrong_version_payloads_are_4xx_and_store_nothing() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Ed"]);
    let client = hub.client();
    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    phone.complete_session("s01");
    let events = phone.events();
    let credential = phone.credential.clone().unwrap();
    let push = |protocol: u32, events: &[Event]| {
        json!({"protocol": protocol, "request": {"type": "push", "events": events}}).to_string()
    };
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("not json", b"{not json".to_vec(), 400, "not valid"),
        (
            "unknown field",
            br#"{"protocol":1,"request":{"type":"hello","protocol":1},"x":1}"#.to_vec(),
            400,
            "not valid",
        ),
        ("wrong version", push(2, &events).into_bytes(), 400, "protocol 2"),
        ("gap", push(1, &events[1..]).into_bytes(), 400, "out of order"),
        ("too many events", push(1, &vec![events[0].clone(); 501]).into_bytes(), 400, "at most 500"),
        ("oversized", vec![b' '; waymark_hub::MAX_SYNC_BYTES + 1], 413, "too large"),
    ];
    for (what, body, want, says) in cases {
        let (status, reply) = client.post_raw("/device/v1/sync", Some(&credential), &body).unwrap();
        let reply: Value = serde_json::from_slice(&reply).unwrap_or(Value::Null);
        assert_eq!(status, want, "{what}: {reply}");
        assert_eq!(reply["code"], "invalid_input", "{what}: {reply}");
        assert!(reply["message"].as_str().unwrap().contains(says), "{what}: {reply}");
    }
    assert_eq!(hub_vector(&client, &credential), VersionVector::default(), "nothing was stored");
    let (status, _) = client.post_raw("/device/v1/pair", None, b"[1,2,3]").unwrap();
    assert_eq!(status, 400);
    // Then a proper sync still works.
    phone.sync(&client).unwrap();
    assert!(!hub_vector(&client, &credential).0.is_empty());
}

#[test]
fn facilitator_routes_are_not_served_over_https() {
    let hub = TestHub::start();
    for path in ["/hub/api/create_group", "/hub/api/list_groups", "/api/status"] {
        // A fresh connection each: the hub closes one after refusing a request unread.
        let (status, _) = hub.client().post_raw(path, None, br#"{"name":"x"}"#).unwrap();
        assert!((400..500).contains(&status), "{path}: {status}");
    }
    assert_eq!(hub.ok("list_groups", json!({}))["groups"], json!([]));
}

#[test]
fn attendance_marked_before_pairing_reaches_the_phone_that_pairs_later() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Flo"]);
    hub.ok("mark_attendance", json!({"member_id": members[0], "session_number": 2, "present": true}));
    let (status, reply) =
        hub.call("mark_attendance", json!({"member_id": members[0], "session_number": 12, "present": true}));
    assert_eq!(status, 400, "{reply}");
    let client = hub.client();
    let mut phone = Phone::new();
    let paired = phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    assert_ne!(paired.participant_id, phone.participant, "the member already has a participant id");
    // A fresh phone takes the member's participant id before its first sync.
    let mut store = Store::open_in_memory().unwrap();
    store.adopt_participant(&paired.participant_id).unwrap();
    phone.api = Api::with_store(content(), store, system_clock());
    phone.participant = paired.participant_id.clone();
    let summary = phone.sync(&client).unwrap();
    assert_eq!(summary.pulled, 1);
    assert_eq!(hub.roster(&group).members[0].attendance, vec![2]);
}

#[test]
fn the_binary_prints_both_addresses_and_the_fingerprint() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_waymark-hub"))
        .args(["--port", "0", "--tls-port", "0", "--data-dir"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let http = lines.next().unwrap().unwrap();
    let https = lines.next().unwrap().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(http.starts_with("Waymark hub listening on http://127.0.0.1:"), "{http}");
    assert!(https.starts_with("Waymark hub devices: https://127.0.0.1:"), "{https}");
    let fingerprint = https.rsplit(' ').next().unwrap();
    let cert = std::fs::read(dir.path().join("tls/cert.der")).unwrap();
    assert_eq!(fingerprint, waymark_hub::tls::fingerprint(&cert));
}
