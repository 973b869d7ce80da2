//! The hub over real sockets: facilitator calls over loopback HTTP, phones over HTTPS with the
//! hub's certificate pinned, each hub on random loopback ports, each phone a real `Api` on its
//! own SQLite database syncing through `waymark-hub-client`.

#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use serde_json::{Value, json};
use waymark_api::*;
use waymark_core::sync::{
    Consent, Exchange, Exchanged, SyncError, SyncRequest, SyncResponse, SyncTransport, VersionVector,
};
use waymark_core::{Event, HlcStamp, StreamId, Visibility};
use waymark_hub_client::{HubClient, HubError, Invite};
use waymark_store::Store;

mod common;
use common::{TestHub, content, post_plain};

/// The facilitator's side of the test hub, over loopback HTTP.
impl TestHub {
    /// A facilitator call over loopback HTTP: (status, JSON body).
    fn call(&self, name: &str, body: Value) -> (u16, Value) {
        post_plain(self.http, &format!("/hub/api/{name}"), &body.to_string())
    }

    fn ok(&self, name: &str, body: Value) -> Value {
        let (status, reply) = self.call(name, body);
        assert_eq!(status, 200, "{name}: {reply}");
        reply
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
        let from = PairedDevice { participant: self.participant.clone(), device: self.device.clone() };
        match Hub::new(self.api.clone()).sync_respond(&from, request).unwrap() {
            SyncResponse::Pull { events, .. } => events,
            other => panic!("{other:?}"),
        }
    }
}

fn hub_vector(client: &HubClient, credential: &str) -> VersionVector {
    match client.sync_transport(credential).send(&SyncRequest::Hello { protocol: 1 }).unwrap() {
        SyncResponse::Hello { hub, .. } => hub,
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
fn five_wrong_codes_stop_that_phone_not_the_offer() {
    let hub = TestHub::start();
    let (_, members) = hub.group_with(&["Cy"]);
    let client = hub.client();
    let offer = hub.offer(&members[0]);
    let wrong = if offer.code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let (_, _, message) = refused(Phone::new().pair(&client, wrong));
        assert!(message.contains("not right"), "{message}");
    }
    // This address may not type codes for 10 minutes, even the right one...
    let (status, code, message) = refused(Phone::new().pair(&client, &offer.code));
    assert_eq!((status, code.as_str()), (429, "too_many_tries"));
    assert!(
        message.contains("Too many wrong codes came from this phone") && message.contains("QR code"),
        "{message}"
    );
    // ...but the offer was not burned: its QR token pairs. (hardening.rs checks other addresses.)
    let token = Invite::parse(&offer.uri).unwrap().token;
    Phone::new().pair(&client, &token).unwrap();
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
    assert_eq!((status, code.as_str()), (403, "forbidden"));
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
        Err(HubError::WrongHub) => {}
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
    for path in ["/hub/api/create_group", "/hub/api/list_groups", "/hub/api/allow_office_pin"] {
        // A fresh connection each: the hub closes one after refusing a request unread.
        let (status, _) = hub.client().post_raw(path, None, br#"{"name":"x"}"#).unwrap();
        assert!((400..500).contains(&status), "{path}: {status}");
    }
    // Office computers on the LAN get the sign-in screen's calls and nothing else until someone
    // signs in.
    let (status, _) = hub.client().post_raw("/api/status", None, b"{}").unwrap();
    assert_eq!(status, 200);
    let (status, body) = hub.client().post_raw("/api/list_sessions", None, br#"{"locale":"en-GB"}"#).unwrap();
    assert_eq!(status, 401, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("Sign in"));
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
    store.join_participant(&paired.participant_id, 0).unwrap();
    phone.api = Api::with_store(content(), store, system_clock());
    phone.participant = paired.participant_id.clone();
    let summary = phone.sync(&client).unwrap();
    assert_eq!(summary.pulled, 1);
    assert_eq!(hub.roster(&group).members[0].attendance, vec![2]);
}

#[test]
fn the_binary_listens_on_every_network_and_prints_the_address_phones_are_told_and_the_fingerprint() {
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
    let told = lines.next().unwrap().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(http.starts_with("Waymark hub listening on http://127.0.0.1:"), "{http}");
    assert!(https.starts_with("Waymark hub devices: https://0.0.0.0:"), "{https}");
    let port = https.split(' ').nth(3).and_then(|a| a.rsplit(':').next()).unwrap();
    assert!(
        told.starts_with("Phones are told to use https://") && told.ends_with(&format!(":{port}")),
        "{told}"
    );
    let fingerprint = https.rsplit(' ').next().unwrap();
    let cert = std::fs::read(dir.path().join("tls/cert.der")).unwrap();
    assert_eq!(fingerprint, waymark_hub::tls::fingerprint(&cert));
}

// ---- Office sign-in on shared equipment -------------------------------------------------------

/// An office browser on the hub's own screen: plain HTTP on loopback, carrying its session
/// cookie by hand (as a browser would).
struct OfficeBrowser {
    http: SocketAddr,
    cookie: Option<String>,
}

/// What the hub answered: status, JSON body, `Set-Cookie` and `Clear-Site-Data` headers.
struct Reply {
    status: u16,
    body: Value,
    set_cookie: Option<String>,
    clear_site_data: Option<String>,
}

impl OfficeBrowser {
    fn new(hub: &TestHub) -> OfficeBrowser {
        OfficeBrowser { http: hub.http, cookie: None }
    }

    fn send(&mut self, method: &str, path: &str, body: Option<Value>) -> Reply {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let url = format!("http://{}{path}", self.http);
        let cookie = self.cookie.clone().map(|c| format!("waymark_office={c}"));
        let mut response = match body {
            Some(body) => {
                let mut request = agent.post(url).content_type("application/json");
                if let Some(cookie) = &cookie {
                    request = request.header("cookie", cookie);
                }
                request.send(body.to_string().as_bytes()).unwrap()
            }
            None => {
                assert_eq!(method, "GET");
                let mut request = agent.get(url);
                if let Some(cookie) = &cookie {
                    request = request.header("cookie", cookie);
                }
                request.call().unwrap()
            }
        };
        let header =
            |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(String::from);
        let (set_cookie, clear_site_data) = (header("set-cookie"), header("clear-site-data"));
        assert_eq!(header("cache-control").as_deref(), Some("no-store"), "{path}");
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let answer = Reply {
            status,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
            set_cookie,
            clear_site_data,
        };
        // Like a browser: keep what Set-Cookie says, drop it on Max-Age=0.
        if let Some(set) = &answer.set_cookie {
            let value = set.split(';').next().unwrap().trim_start_matches("waymark_office=");
            self.cookie = (!value.is_empty() && !set.contains("Max-Age=0")).then(|| value.to_string());
        }
        answer
    }

    fn api(&mut self, name: &str, body: Value) -> Reply {
        self.send("POST", &format!("/api/{name}"), Some(body))
    }

    fn ok(&mut self, name: &str, body: Value) -> Value {
        let answer = self.api(name, body);
        assert_eq!(answer.status, 200, "{name}: {}", answer.body);
        answer.body
    }

    fn steps_done(&mut self, session: &str) -> u64 {
        let list = self.ok("list_sessions", json!({"locale": "en-GB"}));
        let sessions = list["sessions"].as_array().unwrap();
        sessions.iter().find(|s| s["id"] == session).unwrap()["steps_completed"].as_u64().unwrap()
    }

    /// The handle the names list gives `name` now.
    fn handle(&mut self, name: &str) -> String {
        let names = self.send("GET", "/office/v1/names", None).body;
        let members = names["groups"][0]["members"].as_array().unwrap().clone();
        let member = members.iter().find(|m| m["display_name"] == name).unwrap();
        member["handle"].as_str().unwrap().to_string()
    }

    fn sign_in(&mut self, name: &str, pin: &str) -> Reply {
        let handle = self.handle(name);
        self.send("POST", "/office/v1/sign-in", Some(json!({"handle": handle, "pin": pin})))
    }

    fn choose_pin(&mut self, name: &str, code: &str, pin: &str) -> Reply {
        let handle = self.handle(name);
        self.send(
            "POST",
            "/office/v1/choose-pin",
            Some(json!({"handle": handle, "code": code, "pin": pin, "pin_again": pin})),
        )
    }
}

#[test]
fn office_pin_sign_in_merges_both_ways_with_the_phone_and_sign_out_leaves_nothing() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Sam", "Ali"]);
    let (sam, ali) = (members[0].clone(), members[1].clone());

    // Sam's phone pairs, does session 1 and a drink (sharing diary entries), and syncs.
    let client = hub.client();
    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&sam).code).unwrap();
    phone
        .api
        .apply_consent(waymark_core::sync::Consent { diary_summaries: false, diary_entries: true })
        .unwrap();
    phone.complete_session("s01");
    phone.add_drink();
    phone.sync(&client).unwrap();

    // At the office: no PIN yet. The names list says nothing about PINs, and a PIN tried for
    // someone without one is just "not right" (nobody can tell who has one).
    let mut office = OfficeBrowser::new(&hub);
    let status = office.send("GET", "/office/v1/status", None).body;
    assert_eq!(status, json!({"signed_in": null, "sign_in_required": false}));
    let names = office.send("GET", "/office/v1/names", None).body;
    assert_eq!(names["groups"][0]["members"][0].as_object().unwrap().len(), 2, "{names}");
    assert!(!names.to_string().contains(&sam) && !names.to_string().contains(&group), "{names}");
    let refused = office.sign_in("Sam", "2580");
    assert_eq!(refused.status, 401);
    assert!(refused.body["message"].as_str().unwrap().contains("not right"), "{}", refused.body);
    let refused = office.choose_pin("Sam", "123456", "2580");
    assert_eq!(refused.status, 401, "no PIN window is open: {}", refused.body);
    assert!(refused.body["message"].as_str().unwrap().contains("code is not right"), "{}", refused.body);

    // The facilitator opens a window and tells Sam the code on their screen; Sam chooses a PIN
    // with it and is signed in.
    let window = hub.ok("allow_office_pin", json!({"member_id": sam}));
    assert_eq!(window["display_name"], "Sam");
    let code = window["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 6);
    let wrong_code = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(office.choose_pin("Sam", wrong_code, "2580").status, 401, "a wrong code");
    assert_eq!(office.choose_pin("Sam", &code, "1111").status, 400, "an easy PIN is refused");
    let chosen = office.choose_pin("Sam", &code, "2580");
    assert_eq!(chosen.status, 200, "{}", chosen.body);
    assert_eq!(chosen.body["display_name"], "Sam");
    assert!(
        !chosen.body.to_string().contains(office.cookie.as_deref().unwrap()),
        "the token is only in the cookie"
    );
    let set = chosen.set_cookie.unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"), "{set}");
    let status = office.send("GET", "/office/v1/status", None).body;
    assert_eq!(status["signed_in"]["display_name"], "Sam");
    assert_eq!(status["signed_in"]["group_name"], "Tuesday group");

    // A participant signed in on the hub's own screen does not get the facilitator's calls.
    let facilitator_call = office.send("POST", "/hub/api/list_groups", Some(json!({})));
    assert_eq!(facilitator_call.status, 401, "{}", facilitator_call.body);

    // Phone → office: Sam sees their phone's session 1 and (shared) drink.
    assert_eq!(office.steps_done("s01"), content().session("s01").unwrap().steps.len() as u64);
    let now = chrono::Utc::now().timestamp_millis();
    let week = json!({"from_ms": now - 7 * 86_400_000, "to_ms": now + 60_000});
    let diary = office.ok("list_diary", week.clone());
    assert_eq!(diary["entries"].as_array().unwrap().len(), 1, "{diary}");

    // Office → phone: work done here reaches the phone at its next sync.
    let s02 = content().session("s02").unwrap().clone();
    office.ok("complete_step", json!({"session_id": "s02", "step_id": s02.steps[0].id}));
    let reflect = s02.steps.iter().find(|s| s.kind.as_str() == "reflect").unwrap().id.clone();
    office.ok(
        "answer_step",
        json!({"locale": "en-GB", "session_id": "s02", "step_id": reflect,
               "answer": {"kind": "text", "text": "I drink more when I am bored"}}),
    );
    office.ok(
        "add_urge",
        json!({"entry_id": null, "urge": {"occurred_at_ms": chrono::Utc::now().timestamp_millis() - 60_000, "strength": 6,
               "triggers": [], "coping": [], "outcome": "did_not_use"}}),
    );
    let pulled = phone.sync(&client).unwrap().pulled;
    assert!(pulled >= 3, "pulled {pulled}");
    let on_phone = phone.api.list_sessions(ListSessionsRequest { locale: "en-GB".into() }).unwrap();
    assert_eq!(on_phone.sessions.iter().find(|s| s.id == "s02").unwrap().steps_completed, 1);
    let step = phone
        .api
        .get_step(GetStepRequest {
            locale: "en-GB".into(),
            session_id: "s02".into(),
            step_index: index_of(&s02, &reflect),
        })
        .unwrap();
    assert_eq!(step.answer, Some(Answer::Text { text: "I drink more when I am bored".into() }));
    let phone_diary = phone
        .api
        .list_diary(ListDiaryRequest { from_ms: now - 7 * 86_400_000, to_ms: now + 60_000 })
        .unwrap();
    assert_eq!(phone_diary.entries.len(), 2, "the drink, and the urge logged at the office");
    // And the facilitator's roster counts progress from both.
    assert_eq!(hub.roster(&group).members[0].sessions_completed, 1);

    // Another participant on the same screen sees none of Sam's record.
    let mut other = OfficeBrowser::new(&hub);
    let code = hub.ok("allow_office_pin", json!({"member_id": ali}))["code"].as_str().unwrap().to_string();
    assert_eq!(other.choose_pin("Ali", &code, "7093").status, 200);
    assert_eq!(other.steps_done("s01"), 0);
    assert_eq!(other.ok("list_diary", week.clone())["entries"], json!([]));
    // Nor does the hub's own (presenter) screen without a session: it is nobody's, so it reads
    // and writes no one's record (issue 10 point 7).
    let mut presenter = OfficeBrowser::new(&hub);
    let refused = presenter.api("list_sessions", json!({"locale": "en-GB"}));
    assert_eq!(refused.status, 401, "{}", refused.body);
    let refused = presenter.api("complete_step", json!({"session_id": "s01", "step_id": "s01-welcome"}));
    assert_eq!(refused.status, 401, "{}", refused.body);

    // Signing out ends the session on the hub and tells the browser to clear everything.
    let old_cookie = office.cookie.clone();
    let out = office.send("POST", "/office/v1/sign-out", Some(json!({})));
    assert_eq!(out.status, 200);
    assert!(out.set_cookie.unwrap().contains("Max-Age=0"));
    assert_eq!(out.clear_site_data.as_deref(), Some("\"cache\", \"cookies\", \"storage\""));
    assert_eq!(office.cookie, None);
    let status = office.send("GET", "/office/v1/status", None).body;
    assert_eq!(status["signed_in"], Value::Null);
    // A copy of the old cookie is worth nothing: refused, not quietly served as someone else.
    office.cookie = old_cookie;
    let stale = office.api("list_diary", week);
    assert_eq!(stale.status, 401, "{}", stale.body);
    assert!(stale.body["message"].as_str().unwrap().contains("signed out"));
    office.cookie = None;

    // Five wrong PINs lock Sam's sign-in; the facilitator's new window lifts the lock.
    for left in (1..5).rev() {
        let wrong = office.sign_in("Sam", "0000");
        assert_eq!(wrong.status, 401);
        assert!(
            wrong.body["message"].as_str().unwrap().contains(&format!("try {left} more")),
            "{}",
            wrong.body
        );
    }
    let last = office.sign_in("Sam", "0000").body;
    assert!(last["message"].as_str().unwrap().contains("last try"), "{last}");
    let locked = office.sign_in("Sam", "2580");
    assert_eq!(locked.status, 429, "locked even with the right PIN: {}", locked.body);
    assert!(locked.body["message"].as_str().unwrap().contains("Wait 15 minutes"), "{}", locked.body);
    hub.ok("allow_office_pin", json!({"member_id": sam}));
    let back = office.sign_in("Sam", "2580");
    assert_eq!(back.status, 200, "the old PIN works again until a new one is chosen: {}", back.body);
    assert_eq!(office.steps_done("s02"), 1);
}

fn index_of(session: &waymark_content::Session, step_id: &str) -> u32 {
    session.steps.iter().position(|s| s.id == step_id).unwrap() as u32
}

#[test]
fn with_summaries_only_the_roster_shows_the_phones_week_and_the_hub_holds_no_entry() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Jo"]);
    let client = hub.client();
    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    phone
        .api
        .apply_consent(waymark_core::sync::Consent { diary_summaries: true, diary_entries: false })
        .unwrap();
    phone.add_drink();
    phone.add_drink();
    phone.sync(&client).unwrap();
    let summary = hub.roster(&group).members[0].diary_summary.clone().expect("the phone's summary");
    assert!((summary.units - 4.5).abs() < 0.2, "{summary:?}");
    // The entries reached the hub only as content-free stand-ins.
    let body = hub.ok("roster", json!({"group_id": group}));
    assert!(!body.to_string().contains("The Crown"));
    let mut office = OfficeBrowser::new(&hub);
    let code =
        hub.ok("allow_office_pin", json!({"member_id": members[0]}))["code"].as_str().unwrap().to_string();
    assert_eq!(office.choose_pin("Jo", &code, "3852").status, 200);
    let now = chrono::Utc::now().timestamp_millis();
    let diary = office.ok("list_diary", json!({"from_ms": now - 86_400_000, "to_ms": now + 60_000}));
    assert_eq!(diary["entries"], json!([]), "not even Jo at the office sees entries Jo did not share");
}

// ---- What a device may write (issue 9: points 1, 2 and 6) ----------------------------------------

/// A record on `phone`'s own stream at its next seq, as a forged app would make it.
fn forged(phone: &Phone, seq_after: u64, kind: &str, payload: Value, visibility: Visibility) -> Event {
    Event {
        id: format!("forged-{}", NEXT_ID.fetch_add(1, Ordering::SeqCst)),
        stream: StreamId { participant: phone.participant.clone(), device: phone.device.clone(), epoch: 1 },
        seq: seq_after + 1,
        hlc: HlcStamp { wall_ms: chrono::Utc::now().timestamp_millis(), counter: 0 },
        schema: 1,
        kind: kind.into(),
        payload,
        visibility,
    }
}

fn last_seq(phone: &Phone) -> u64 {
    phone.events().iter().filter(|e| e.stream.device == phone.device).map(|e| e.seq).max().unwrap_or(0)
}

fn push(client: &HubClient, phone: &Phone, events: Vec<Event>) -> Result<SyncResponse, HubError> {
    client.sync_transport(phone.credential.as_deref().unwrap()).send(&SyncRequest::Push { events })
}

fn attendance_event(phone: &Phone, seq_after: u64, session: u8) -> Event {
    let payload = json!({"session_number": session, "present": true});
    forged(phone, seq_after, "attendance_marked", payload, Visibility::Attendance)
}

#[test]
fn a_phone_cannot_write_attendance_or_on_the_hubs_stream_and_nothing_is_stored() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Al"]);
    let client = hub.client();
    let mut a = Phone::new();
    a.pair(&client, &hub.offer(&members[0]).code).unwrap();
    a.complete_session("s01");
    a.sync(&client).unwrap();
    let before = (hub_vector(&client, a.credential.as_deref().unwrap()), hub.roster(&group));
    let csv_before = hub.ok("export_roster_csv", json!({"group_id": group}));
    let seq = last_seq(&a);

    // Eleven sessions "present", written by the phone on its own stream.
    let all: Vec<Event> = (1..=11).map(|n| attendance_event(&a, seq + u64::from(n) - 1, n)).collect();
    let (status, code, message) = refused(push(&client, &a, all));
    assert_eq!((status, code.as_str()), (403, "forbidden"), "{message}");
    assert!(message.contains("only the hub writes"), "{message}");

    // The same, on the hub's own stream in A's namespace (its device id is in every Hello).
    let SyncResponse::Hello { hub_device: Some(hub_device), .. } = client
        .sync_transport(a.credential.as_deref().unwrap())
        .send(&SyncRequest::Hello { protocol: 1 })
        .unwrap()
    else {
        panic!("the hub names its own stream")
    };
    let mut on_hub_stream = attendance_event(&a, 0, 3);
    on_hub_stream.stream.device = hub_device.clone();
    let (status, code, _) = refused(push(&client, &a, vec![on_hub_stream]));
    assert_eq!((status, code.as_str()), (403, "forbidden"));
    // Even a kind a phone may write is refused on a stream that is not the phone's own.
    let mut step =
        forged(&a, 0, "step_completed", json!({"session_id": "s02", "step_id": "x"}), Visibility::Progress);
    step.stream.device = hub_device;
    let (status, code, _) = refused(push(&client, &a, vec![step]));
    assert_eq!((status, code.as_str()), (403, "forbidden"));

    // A payload that is not its kind's, a visibility that is not its kind's, a kind the hub
    // does not know: refused as not valid, nothing stored.
    let bad = [
        forged(&a, seq, "step_completed", json!({"session": 1}), Visibility::Progress),
        forged(
            &a,
            seq,
            "step_completed",
            json!({"session_id": "s02", "step_id": "x"}),
            Visibility::Attendance,
        ),
        forged(&a, seq, "schedule_set", json!({"session_number": 4}), Visibility::Attendance),
    ];
    for event in bad {
        let (status, code, message) = refused(push(&client, &a, vec![event]));
        assert_eq!((status, code.as_str()), (400, "invalid_input"), "{message}");
    }

    assert_eq!((hub_vector(&client, a.credential.as_deref().unwrap()), hub.roster(&group)), before);
    assert_eq!(hub.ok("export_roster_csv", json!({"group_id": group})), csv_before);
    assert!(hub.roster(&group).members[0].attendance.is_empty());
}

#[test]
fn a_stamp_at_the_end_of_time_is_refused_and_cannot_outrank_the_facilitator_or_another_persons_consent() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Al", "Bo"]);
    let client = hub.client();
    let (mut a, mut b) = (Phone::new(), Phone::new());
    a.pair(&client, &hub.offer(&members[0]).code).unwrap();
    b.pair(&client, &hub.offer(&members[1]).code).unwrap();
    b.api.apply_consent(Consent { diary_summaries: true, diary_entries: false }).unwrap();
    a.sync(&client).unwrap();
    b.sync(&client).unwrap();
    let before = hub_vector(&client, a.credential.as_deref().unwrap());

    let seq = last_seq(&a);
    for (wall_ms, counter) in
        [(i64::MAX, u32::MAX), (-1, 0), (chrono::Utc::now().timestamp_millis() + 400 * DAY_MS, 0)]
    {
        let mut event = forged(
            &a,
            seq,
            "consent_changed",
            json!({"consent": {"diary_summaries": true, "diary_entries": true}}),
            Visibility::Progress,
        );
        event.hlc = HlcStamp { wall_ms, counter };
        let (status, code, message) = refused(push(&client, &a, vec![event]));
        assert_eq!((status, code.as_str()), (400, "invalid_input"), "{wall_ms}");
        assert!(message.contains("date"), "{message}");
    }
    assert_eq!(hub_vector(&client, a.credential.as_deref().unwrap()), before, "nothing stored");

    // A phone whose clock is days ahead still merges.
    let mut ahead = forged(
        &a,
        seq,
        "step_completed",
        json!({"session_id": "s01", "step_id": "s01-welcome"}),
        Visibility::Progress,
    );
    ahead.hlc.wall_ms += 5 * DAY_MS;
    push(&client, &a, vec![ahead]).unwrap();

    // The facilitator's corrections and B's revocation still take effect, in order.
    for present in [true, false, true, false] {
        hub.ok("mark_attendance", json!({"member_id": members[0], "session_number": 2, "present": present}));
    }
    b.api.apply_consent(Consent::default()).unwrap();
    b.sync(&client).unwrap();
    let roster = hub.roster(&group);
    assert!(roster.members[0].attendance.is_empty(), "the last correction (absent) wins");
    assert_eq!(roster.members[1].sharing, Consent::default(), "B's revocation is honoured");
}

#[test]
fn a_phone_is_held_to_an_hourly_budget_and_a_capped_count_of_conflicts() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Al"]);
    let client = hub.client();
    let mut a = Phone::new();
    a.pair(&client, &hub.offer(&members[0]).code).unwrap();
    a.sync(&client).unwrap();
    let step = |seq_after: u64, step_id: String| {
        forged(
            &a,
            seq_after,
            "step_completed",
            json!({"session_id": "s01", "step_id": step_id}),
            Visibility::Progress,
        )
    };

    // A payload too large for any real record.
    let huge = step(last_seq(&a), "x".repeat(70 * 1024));
    let (status, code, message) = refused(push(&client, &a, vec![huge]));
    assert_eq!((status, code.as_str()), (400, "invalid_input"), "{message}");

    // The hourly budget: chunks of 500 until the hub says "later", then an hour on it takes more.
    let mut seq = last_seq(&a);
    let mut sent = 0u64;
    let limit = loop {
        let chunk: Vec<Event> = (0..500).map(|i| step(seq + i, format!("step-{}", seq + i))).collect();
        match push(&client, &a, chunk) {
            Ok(_) => {
                seq += 500;
                sent += 500;
            }
            Err(HubError::Refused { status, code, .. }) => break (status, code),
            Err(other) => panic!("{other:?}"),
        }
        assert!(sent <= MAX_EVENTS_PER_DEVICE_HOUR, "the budget must stop a flood");
    };
    assert_eq!(limit, (429, "rate_limited".to_string()));
    assert_eq!(sent, MAX_EVENTS_PER_DEVICE_HOUR, "a realistic first sync fits many times over");
    let held = hub_vector(&client, a.credential.as_deref().unwrap());
    assert_eq!(held.0.values().sum::<u64>(), seq, "the refused chunk stored nothing");
    hub.clock.fetch_add(60 * 60 * 1000, Ordering::SeqCst);
    push(&client, &a, vec![step(seq, "later".into())]).unwrap();
    seq += 1;

    // Conflicts: kept (at most MAX_CONFLICTS_KEPT), shown on the roster, then refused.
    let stored = a_first_events(&client, &a, seq);
    let altered =
        |e: &Event| Event { payload: json!({"session_id": "s01", "step_id": "altered"}), ..e.clone() };
    let kept = usize::try_from(waymark_store::MAX_CONFLICTS_KEPT).unwrap();
    push(&client, &a, stored[..kept].iter().map(altered).collect()).unwrap();
    push(&client, &a, stored[..kept].iter().map(altered).collect()).unwrap();
    assert_eq!(
        hub.roster(&group).members[0].conflicts,
        u32::try_from(kept).unwrap(),
        "the same copy is kept once"
    );
    let (status, code, _) = refused(push(&client, &a, vec![altered(&stored[kept])]));
    assert_eq!((status, code.as_str()), (403, "forbidden"));
    assert_eq!(hub.roster(&group).members[0].conflicts, u32::try_from(kept).unwrap());
}

/// The first events the hub holds of `phone`'s own stream (up to `upto`), as pulled.
fn a_first_events(client: &HubClient, phone: &Phone, upto: u64) -> Vec<Event> {
    let pulled = client
        .sync_transport(phone.credential.as_deref().unwrap())
        .send(&SyncRequest::Pull { have: VersionVector::default(), max_events: 500 })
        .unwrap();
    let SyncResponse::Pull { events, .. } = pulled else { panic!("{pulled:?}") };
    events.into_iter().filter(|e| e.stream.device == phone.device && e.seq <= upto).collect()
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A phone following the hub's push stream on its own thread: every step index it is shown
/// arrives on `steps`, and, as the app does, each step shown is recorded as the phone's own
/// `step_completed`. It stops when `stop` is dropped (at the next push) or the stream ends.
struct Follower {
    steps: std::sync::mpsc::Receiver<Option<u32>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<Result<(), HubError>>,
}

fn follow(client: &HubClient, phone: &Phone) -> Follower {
    let live = client.live(phone.credential.as_deref().unwrap());
    let api = phone.api.clone();
    let (tx, steps) = std::sync::mpsc::channel();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let halt = stop.clone();
    let thread = std::thread::spawn(move || {
        live.follow(|now| {
            if let Some(now) = &now {
                api.follow_live_step(GetStepRequest {
                    locale: "en-GB".into(),
                    session_id: now.session_id.clone(),
                    step_index: now.step_index,
                })
                .unwrap();
            }
            let _ = tx.send(now.map(|n| n.step_index));
            !halt.load(Ordering::SeqCst)
        })
    });
    Follower { steps, stop, thread }
}

impl Follower {
    /// Wait (up to 10 s) until this follower is shown step `index`.
    fn shown(&self, index: u32) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.steps.recv_timeout(left) {
                Ok(Some(i)) if i == index => return,
                Ok(_) => {}
                Err(e) => panic!("step {index} never reached this follower: {e}"),
            }
        }
    }

    fn stop(self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn pair_phone(hub: &TestHub, member: &str) -> Phone {
    let mut phone = Phone::new();
    phone.pair(&hub.client(), &hub.offer(member).code).unwrap();
    phone
}

#[test]
fn two_phones_follow_a_live_session_through_a_drop_and_a_hub_restart_and_attendance_is_written_once() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Al", "Bo"]);
    let (al, bo) = (pair_phone(&hub, &members[0]), pair_phone(&hub, &members[1]));
    let client = hub.client();
    let (al_live, bo_live) =
        (client.live(al.credential.as_deref().unwrap()), client.live(bo.credential.as_deref().unwrap()));
    assert_eq!(al_live.now().unwrap(), None, "nothing on yet");

    let started = hub.ok("start_live", json!({"group_id": group, "session_number": 4}));
    let live_id = started["live"]["live_id"].as_str().unwrap().to_string();
    let (status, again) = hub.call("start_live", json!({"group_id": group, "session_number": 5}));
    assert_eq!(status, 400, "{again}");
    assert!(again["message"].as_str().unwrap().contains("running"), "{again}");
    assert_eq!(al_live.now().unwrap().unwrap().live_id, live_id, "\"Group session 4 is on now\"");
    let (status, code, _) = refused(al_live.join("forged"));
    assert_eq!((status, code.as_str()), (404, "not_found"));
    assert_eq!(al_live.join(&live_id).unwrap().headcount, 1);
    assert_eq!(bo_live.join(&live_id).unwrap().headcount, 2);

    // Both follow five steps, pushed (each is on both screens before the next).
    let (al_f, bo_f) = (follow(&client, &al), follow(&client, &bo));
    al_f.shown(0);
    bo_f.shown(0);
    for step in 1..=5 {
        hub.ok("live_go", json!({"live_id": live_id, "step_index": step}));
        al_f.shown(step);
        bo_f.shown(step);
    }

    // Step 7 of s04 is a choose step: each answers on their own phone (their own event) and the
    // hub's tally gets a count with no name; with 2 answers the projector shows no spread.
    hub.ok("live_go", json!({"live_id": live_id, "step_index": 6}));
    al_f.shown(6);
    bo_f.shown(6);
    for (phone, live, choice) in [(&al, &al_live, "ready"), (&bo, &bo_live, "doing")] {
        let answer = Answer::Choices { ids: vec![choice.into()] };
        let step_id = content().session("s04").unwrap().steps[6].id.clone();
        phone
            .api
            .answer_step(AnswerStepRequest {
                locale: "en-GB".into(),
                session_id: "s04".into(),
                step_id,
                answer: answer.clone(),
            })
            .unwrap();
        let answered =
            live.answer(&LiveAnswerRequest { live_id: live_id.clone(), step_index: 6, answer }).unwrap();
        assert!(answered.counted);
    }
    let (status, code, _) = refused(al_live.answer(&LiveAnswerRequest {
        live_id: live_id.clone(),
        step_index: 5,
        answer: Answer::Choices { ids: vec!["ready".into()] },
    }));
    assert_eq!((status, code.as_str()), (400, "invalid_input"), "the step moved on");
    let presenter =
        hub.ok("presenter_view", json!({"live_id": live_id, "locale": "en-GB", "show_spread": true}));
    assert_eq!(
        (presenter["live"]["answered"].as_u64(), presenter["spread_hidden"].as_bool()),
        (Some(2), Some(true))
    );
    let projector = presenter.to_string();
    assert!(!projector.contains("\"Al\"") && !projector.contains(&al.participant), "{projector}");

    // Bo's phone drops; the session moves on; Bo comes back at the current step.
    bo_f.stop();
    hub.ok("live_go", json!({"live_id": live_id, "step_index": 7}));
    al_f.shown(7);
    let bo_f = follow(&client, &bo);
    bo_f.shown(7);

    // The hub restarts mid-session: both streams end; both reconnect and carry on at step 7.
    let hub = hub.restart();
    assert!(al_f.thread.join().unwrap().is_err(), "the stream ended with the hub");
    assert!(bo_f.thread.join().unwrap().is_err());
    let client = hub.client();
    let (al_f, bo_f) = (follow(&client, &al), follow(&client, &bo));
    al_f.shown(7);
    bo_f.shown(7);
    hub.ok("live_go", json!({"live_id": live_id, "step_index": 8}));
    al_f.shown(8);
    bo_f.shown(8);
    let control = hub.ok("live_control", json!({"group_id": group}));
    assert_eq!(control["joined"].as_array().unwrap().len(), 2, "{control}");

    // End: attendance for both, once; the streams are told the session is over.
    let ended = hub.ok("end_live", json!({"live_id": live_id, "present": members}));
    assert_eq!(ended["attendance_marked"], 2);
    let (status, _) = hub.call("end_live", json!({"live_id": live_id, "present": members}));
    assert_eq!(status, 404, "ending twice writes nothing more");
    for f in [&al_f, &bo_f] {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match f.steps.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now())) {
                Ok(None) => break,
                Ok(Some(_)) => {}
                Err(e) => panic!("the end never reached a follower: {e}"),
            }
        }
    }
    al_f.stop();
    bo_f.stop();

    // Each phone: the steps it followed are its own, and one attendance record arrives by sync.
    for phone in [&al, &bo] {
        let client = hub.client();
        phone.sync(&client).unwrap();
        let events = phone.events();
        let attendance: Vec<&Event> = events.iter().filter(|e| e.kind == "attendance_marked").collect();
        assert_eq!(attendance.len(), 1, "attendance once");
        let followed = events
            .iter()
            .filter(|e| e.kind == "step_completed" && e.stream.participant == phone.participant)
            .count();
        assert_eq!(followed, 9, "steps 1–9 of s04 followed, each once");
        assert!(events.iter().any(|e| e.kind == "step_answered"), "the answer is the phone's own");
    }
    let roster = hub.roster(&group);
    assert!(
        roster.members.iter().all(|m| m.attendance == vec![4] && m.sessions_completed == 1),
        "{roster:?}"
    );
}

/// Issue 11 point 4: a phone erasing itself tells the hub, which revokes that phone only; the
/// participant's events stay (removing a person is the facilitator's `remove_member`).
#[test]
fn a_phone_that_erases_itself_is_revoked_on_the_hub_and_its_records_stay() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Ed"]);
    let client = hub.client();
    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    phone.complete_session("s01");
    phone.sync(&client).unwrap();
    let credential = phone.credential.clone().unwrap();

    // Without a credential, or with another one, nothing is revoked.
    let (status, _) = client.post_raw("/device/v1/forget", None, b"{}").unwrap();
    assert_eq!(status, 401);
    assert!(matches!(client.forget("made-up-credential"), Err(HubError::Refused { status: 401, .. })));
    assert!(!hub.roster(&group).members[0].devices[0].revoked);

    client.forget(&credential).unwrap();
    let roster = hub.roster(&group);
    assert!(roster.members[0].devices[0].revoked);
    let err = phone.sync(&client).unwrap_err();
    assert!(err.message.contains("removed"), "{err:?}");
    // Told twice (a retry after a lost answer): refused, nothing else changes.
    assert!(matches!(client.forget(&credential), Err(HubError::Refused { status: 401, .. })));
    assert_eq!(hub.roster(&group).members[0].sessions_completed, 1, "the participant's records must stay");
}

/// Issue 14 point 1: the schedule the facilitator sets reaches the phone at its next sync over
/// pinned HTTPS; a moved session updates, a cancelled one says so; bad input stores nothing.
#[test]
fn the_schedule_set_on_the_hub_reaches_the_phone_and_a_moved_session_updates() {
    let hub = TestHub::start();
    let (group, members) = hub.group_with(&["Jo"]);
    let client = hub.client();
    let mut phone = Phone::new();
    phone.pair(&client, &hub.offer(&members[0]).code).unwrap();
    phone.sync(&client).unwrap();
    let next = |phone: &Phone| {
        phone.api.next_session(NextSessionRequest { locale: "en-GB".into(), utc_offset_minutes: 0 }).unwrap()
    };
    assert_eq!(next(&phone).next, None, "nothing is set yet");

    let day = |n: i64| {
        (chrono::Local::now().date_naive() + chrono::Duration::days(n)).format("%Y-%m-%d").to_string()
    };
    let set = |number: u8, date: &str, time: &str| {
        hub.call(
            "set_session_time",
            json!({"group_id": group, "number": number, "date": date, "time": time, "place": "Southend office"}),
        )
    };
    let (status, schedule) = set(4, &day(3), "10:00");
    assert_eq!(status, 200, "{schedule}");
    assert_eq!(schedule["sessions"].as_array().unwrap().len(), 11);
    assert_eq!(schedule["sessions"][3]["when"]["time"], "10:00");
    assert_eq!(schedule["sessions"][3]["status"], "scheduled");
    assert_eq!(set(5, &day(10), "10:00").0, 200);

    // Bad input: clear words, nothing stored, nothing sent.
    for (number, date, time, words) in [
        (6, day(-1), "10:00", "in the past"),
        (6, day(3), "10:00", "same time"),
        (6, day(4), "25:00", "not a time"),
        (6, "10/12/2026".to_string(), "10:00", "not a date"),
        (12, day(4), "10:00", "1 to 11"),
    ] {
        let (status, reply) = set(number, &date, time);
        assert_eq!(status, 400, "{reply}");
        assert!(reply["message"].as_str().unwrap().contains(words), "{reply}");
    }
    // The same again changes nothing and writes nothing.
    assert_eq!(set(4, &day(3), "10:00").0, 200);

    let summary = phone.sync(&client).unwrap();
    assert_eq!(summary.pulled, 2, "one record per session set, none for a refusal or a repeat");
    let seen = next(&phone);
    let upcoming = seen.next.expect("the next session reached the phone");
    assert_eq!((upcoming.number, upcoming.place.as_str()), (4, "Southend office"));
    assert_eq!(upcoming.status, SessionStatus::Scheduled);
    assert_eq!(upcoming.place_heard, PlaceHeard::OnScreen, "no session before it to compare with");
    assert!(!upcoming.title.is_empty());

    // Moved: the phone shows the new time and says it moved.
    assert_eq!(set(4, &day(4), "14:30").0, 200);
    phone.sync(&client).unwrap();
    let moved = next(&phone).next.unwrap();
    assert_eq!(moved.status, SessionStatus::Moved);
    assert_eq!(moved.when.date, day(4));
    assert!(moved.when.starts_at_ms > upcoming.when.starts_at_ms);

    // Cancelled: the next is session 5, and the phone says session 4 is off.
    let (status, _) = hub.call("cancel_session", json!({"group_id": group, "number": 4}));
    assert_eq!(status, 200);
    phone.sync(&client).unwrap();
    let after = next(&phone);
    assert_eq!(after.next.as_ref().map(|s| (s.number, s.place_heard)), Some((5, PlaceHeard::OnScreen)));
    assert_eq!(after.cancelled.map(|s| (s.number, s.status)), Some((4, SessionStatus::Cancelled)));

    // A member added later is given the schedule as it stands.
    let late = hub.ok("add_member", json!({"group_id": group, "display_name": "Kit"}))["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut second = Phone::new();
    let paired = second.pair(&client, &hub.offer(&late).code).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.join_participant(&paired.participant_id, 0).unwrap();
    second.api = Api::with_store(content(), store, system_clock());
    second.participant = paired.participant_id.clone();
    second.sync(&client).unwrap();
    assert_eq!(next(&second).next.map(|s| s.number), Some(5));
}

/// A hub from before protocol 2, as the phone meets it: no protocol-2 address (its answer there
/// is 405, see `an_address_the_hub_does_not_know_is_what_an_older_hub_answers`), protocol 1 real.
struct OlderHub(waymark_hub_client::HubSync);

impl SyncTransport for OlderHub {
    fn exchange(&mut self, _request: &Exchange) -> Result<Exchanged, SyncError> {
        Err(SyncError::OldHub)
    }

    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        self.0.request_v1(request)
    }
}

#[test]
fn the_same_history_in_protocol_1_and_protocol_2_leaves_the_same_hub_state() {
    let phone = Phone::new();
    phone.api.apply_consent(Consent { diary_summaries: true, diary_entries: true }).unwrap();
    phone.complete_session("s01");
    for _ in 0..3 {
        phone.add_drink();
    }
    let mut states = Vec::new();
    for old in [true, false] {
        let hub = TestHub::start();
        let (group, members) = hub.group_with(&["Sam"]);
        let client = hub.client();
        let paired = client.pair(&hub.offer(&members[0]).code, &phone.participant, &phone.device).unwrap();
        let transport = client.sync_transport(&paired.credential);
        let summary = if old {
            phone.api.sync_with(&mut OlderHub(transport), 4, 0).unwrap()
        } else {
            phone.api.sync_with(&mut { transport }, 4, 0).unwrap()
        };
        assert!(summary.pushed > 10, "{summary:?}");
        let pulled = client
            .sync_transport(&paired.credential)
            .send(&SyncRequest::Pull { have: VersionVector::default(), max_events: 500 })
            .unwrap();
        let SyncResponse::Pull { events, more: false } = pulled else { panic!("{pulled:?}") };
        let member = hub.roster(&group).members.remove(0);
        states.push((events, member.sessions_completed, member.diary_summary, member.sharing));
    }
    assert_eq!(states[0], states[1], "protocol 1 and protocol 2 leave the same hub");
    assert_eq!(states[0].0, phone.events(), "the hub holds exactly the phone's history");
}
