//! The hub as an attacker on the office network (or a web page in the facilitator's browser)
//! meets it, over real sockets on both listeners: cross-site writes, slow clients, guessing, and
//! the small things (413 as JSON, no-store, HSTS, private files). Each refusal is checked, and
//! that nothing was stored or changed (by reading the hub's database beside it).

#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

mod common;
use common::TestHub as Hub;

/// The facilitator's side of the test hub, and its database read beside it.
impl Hub {
    /// A facilitator call as the hub's own page makes it (same origin, JSON).
    fn facilitator(&self, name: &str, body: Value) -> Value {
        let origin = format!("http://{}", self.http);
        let sent = self.send(
            On::Loopback,
            "POST",
            &format!("/hub/api/{name}"),
            &[("content-type", "application/json"), ("origin", &origin), ("sec-fetch-site", "same-origin")],
            body.to_string().as_bytes(),
        );
        assert_eq!(sent.status, 200, "{name}: {}", sent.body);
        sent.body
    }

    fn group_with(&self, names: &[&str]) -> Vec<String> {
        let group = self.facilitator("create_group", json!({"name": "Tuesday group"}))["id"].clone();
        names
            .iter()
            .map(|n| {
                let member = self.facilitator("add_member", json!({"group_id": group, "display_name": n}));
                member["id"].as_str().unwrap().to_string()
            })
            .collect()
    }

    /// One number from the hub's database, read beside the running hub.
    fn count(&self, sql: &str) -> i64 {
        let conn =
            rusqlite::Connection::open_with_flags(&self.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        // The database is SQLCipher; its raw key and salt are in `hub.key` beside it.
        let key = waymark_api::vault::Vault::beside(&self.db).plain_key().unwrap().unwrap();
        let hex: String = key.to_bytes().iter().map(|b| format!("{b:02x}")).collect();
        conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";")).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// Everything the hub holds that a refused request could have changed.
    fn state(&self) -> [i64; 6] {
        [
            self.count("SELECT COUNT(*) FROM hub_groups"),
            self.count("SELECT COUNT(*) FROM hub_members"),
            self.count("SELECT COUNT(*) FROM hub_pairing_offers"),
            self.count("SELECT COUNT(*) FROM hub_devices"),
            self.count("SELECT COUNT(*) FROM office_pins"),
            self.count("SELECT COUNT(*) FROM events"),
        ]
    }

    fn send(&self, on: On, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Sent {
        self.send_over(self.connect(on, None), on, method, path, headers, body)
    }

    /// [`Hub::send`] over a connection already made (e.g. from another client address).
    fn send_over(
        &self,
        mut stream: Box<dyn ReadWrite>,
        on: On,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Sent {
        let has_host = headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("host"));
        let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        if !has_host {
            let addr = match on {
                On::Loopback => self.http,
                On::Lan => self.https,
            };
            request.push_str(&format!("Host: {addr}\r\n"));
        }
        if method != "GET" {
            request.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        stream.flush().unwrap();
        let mut answer = Vec::new();
        read_until_closed(&mut stream, &mut answer);
        Sent::parse(&answer)
    }

    /// A connection to a listener, from `from` (another loopback address, 127.x.y.z, standing
    /// for another computer on the office network) or the default 127.0.0.1.
    fn connect(&self, on: On, from: Option<Ipv4Addr>) -> Box<dyn ReadWrite> {
        let to = match on {
            On::Loopback => self.http,
            On::Lan => self.https,
        };
        let socket = match from {
            None => TcpStream::connect(to).unwrap(),
            Some(from) => connect_from(from, to),
        };
        match on {
            On::Loopback => Box::new(socket),
            On::Lan => Box::new(tls_over(socket, &self.endpoint.fingerprint)),
        }
    }

    /// A JSON POST from `from` over the LAN listener, as an office computer or phone sends it.
    fn post_from(&self, from: Ipv4Addr, path: &str, body: &Value) -> Sent {
        self.send_over(
            self.connect(On::Lan, Some(from)),
            On::Lan,
            "POST",
            path,
            &[JSON],
            body.to_string().as_bytes(),
        )
    }

    /// The same POST sent `bodies.len()` times at once over the LAN listener: every connection
    /// is made (TLS included) first, then all requests go together.
    fn at_once(&self, path: &str, senders: &[(Ipv4Addr, Value)]) -> Vec<Sent> {
        let ready = std::sync::Barrier::new(senders.len());
        std::thread::scope(|scope| {
            let runs: Vec<_> = senders
                .iter()
                .map(|(from, body)| {
                    let ready = &ready;
                    scope.spawn(move || {
                        let stream = self.connect(On::Lan, Some(*from));
                        ready.wait();
                        self.send_over(stream, On::Lan, "POST", path, &[JSON], body.to_string().as_bytes())
                    })
                })
                .collect();
            runs.into_iter().map(|r| r.join().unwrap()).collect()
        })
    }
}

trait ReadWrite: Read + Write + Send {}
impl<T: Read + Write + Send> ReadWrite for T {}

/// A TCP connection to `to` from the local address `from` (Linux answers all of 127.0.0.0/8).
fn connect_from(from: Ipv4Addr, to: SocketAddr) -> TcpStream {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
    let stream = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::new(from.into(), 0)).unwrap();
        socket.connect(to).await.unwrap()
    });
    let stream = stream.into_std().unwrap();
    stream.set_nonblocking(false).unwrap();
    stream
}

/// A TLS connection to the hub's LAN listener, pinned like a phone's, handshake done.
fn tls(addr: SocketAddr, fingerprint: &str) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
    tls_over(TcpStream::connect(addr).unwrap(), fingerprint)
}

fn tls_over(
    mut socket: TcpStream,
    fingerprint: &str,
) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(waymark_hub_client::PinnedCertVerifier::new(fingerprint)))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let name = rustls::pki_types::ServerName::try_from("waymark-hub").unwrap();
    let mut conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    while conn.is_handshaking() {
        conn.complete_io(&mut socket).unwrap();
    }
    rustls::StreamOwned::new(conn, socket)
}

/// Read until the peer closes (a TLS peer may close without `close_notify`: that is the end too).
fn read_until_closed(stream: &mut dyn ReadWrite, into: &mut Vec<u8>) {
    let mut buf = [0u8; 8192];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => into.extend_from_slice(&buf[..n]),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum On {
    Loopback,
    Lan,
}

/// An answer: status, headers (lower-case names), JSON body (or `Null`).
#[derive(Debug)]
struct Sent {
    status: u16,
    headers: Vec<(String, String)>,
    body: Value,
}

impl Sent {
    fn parse(raw: &[u8]) -> Sent {
        let text = String::from_utf8_lossy(raw);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect::<Vec<_>>();
        let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
        let body = if chunked { dechunk(body) } else { body.to_string() };
        Sent { status, headers, body: serde_json::from_str(&body).unwrap_or(Value::Null) }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn says(&self, words: &str) -> bool {
        self.body["message"].as_str().is_some_and(|m| m.contains(words))
    }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

const JSON: (&str, &str) = ("content-type", "application/json");

// ---- 4. No cross-site writes ------------------------------------------------------------------

/// Headers a request is sent with, owned.
type Headers = Vec<(String, String)>;

fn headers(pairs: &[(&str, &str)]) -> Headers {
    pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
}

/// One way in: what it is, the headers it sends, the status it must get.
type Attempt = (&'static str, Headers, u16);

/// The ways a web page on another site (or a rebound name) would reach a route, each refused.
fn cross_site_attempts() -> Vec<Attempt> {
    let h = headers;
    vec![
        ("text/plain", h(&[("content-type", "text/plain;charset=UTF-8")]), 415),
        ("form POST", h(&[("content-type", "application/x-www-form-urlencoded")]), 415),
        ("no content type", h(&[]), 415),
        ("evil Origin", h(&[JSON, ("origin", "http://evil.example")]), 403),
        ("Origin null", h(&[JSON, ("origin", "null")]), 403),
        ("cross-site fetch", h(&[JSON, ("sec-fetch-site", "cross-site")]), 403),
        ("same-site fetch (another port)", h(&[JSON, ("sec-fetch-site", "same-site")]), 403),
    ]
}

#[test]
fn cross_site_writes_to_the_loopback_listener_are_refused_and_change_nothing() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let before = hub.state();
    let routes: [(&str, Value); 6] = [
        ("/hub/api/allow_office_pin", json!({"member_id": members[0]})),
        ("/hub/api/start_pairing", json!({"member_id": members[0]})),
        ("/hub/api/create_group", json!({"name": "Evil"})),
        ("/api/complete_step", json!({"session_id": "s01", "step_id": "s01-welcome"})),
        ("/office/v1/sign-in", json!({"member_id": members[0], "pin": "2580"})),
        ("/device/v1/pair", json!({"secret": "123456", "participant_id": "p", "device_id": "d"})),
    ];
    let port = hub.http.port();
    let mut attempts = cross_site_attempts();
    for (what, host) in [
        ("attacker Host (DNS rebinding)", format!("attacker.example:{port}")),
        ("loopback Host on another port", format!("127.0.0.1:{}", port.wrapping_add(1))),
        ("a LAN address as Host", format!("192.168.1.5:{port}")),
    ] {
        attempts.push((what, headers(&[JSON, ("host", &host)]), 403));
    }
    for (path, body) in &routes {
        for (what, with, status) in &attempts {
            let with: Vec<(&str, &str)> = with.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            let sent = hub.send(On::Loopback, "POST", path, &with, body.to_string().as_bytes());
            assert_eq!(sent.status, *status, "{path}, {what}: {}", sent.body);
            let code = if *status == 415 { "invalid_input" } else { "forbidden" };
            assert_eq!(sent.body["code"], code, "{path}, {what}: {}", sent.body);
            assert!(sent.says("Nothing was changed"), "{path}, {what}: {}", sent.body);
        }
    }
    // A rebound name cannot read either: not even the list of names.
    let names = hub.send(
        On::Loopback,
        "GET",
        "/office/v1/names",
        &[("host", &format!("attacker.example:{port}"))],
        b"",
    );
    assert_eq!(names.status, 403, "{}", names.body);
    assert!(!names.body.to_string().contains("Sam"));
    assert_eq!(hub.state(), before, "no PIN window, no offer, no group, no event");

    // The hub's own page, by any of its loopback names, still works.
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("LOCALHOST:{port}")] {
        let origin = format!("http://{host}");
        let headers =
            [JSON, ("host", host.as_str()), ("origin", origin.as_str()), ("sec-fetch-site", "same-origin")];
        let sent = hub.send(On::Loopback, "POST", "/hub/api/list_groups", &headers, b"{}");
        assert_eq!(sent.status, 200, "{host}: {}", sent.body);
    }
    let sent = hub.send(
        On::Loopback,
        "POST",
        "/hub/api/start_pairing",
        &[JSON, ("sec-fetch-site", "none")],
        json!({"member_id": members[0]}).to_string().as_bytes(),
    );
    assert_eq!(sent.status, 200, "typed into the address bar or a script: {}", sent.body);
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_pairing_offers"), 1);
}

#[test]
fn cross_site_writes_to_the_lan_listener_are_refused_and_change_nothing() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let offer = hub.facilitator("start_pairing", json!({"member_id": members[0]}));
    let code = offer["code"].as_str().unwrap().to_string();
    let before = hub.state();
    let own = hub.https.to_string();
    let pair = json!({"secret": code, "participant_id": "p1", "device_id": "d1"});
    let routes: [(&str, Value); 5] = [
        ("/office/v1/sign-in", json!({"member_id": members[0], "pin": "2580"})),
        ("/office/v1/sign-out", json!({})),
        ("/api/status", json!({})),
        ("/device/v1/pair", pair.clone()),
        ("/device/v1/sync", json!({"protocol": 1, "request": {"type": "hello", "protocol": 1}})),
    ];
    let mut attempts = cross_site_attempts();
    let h = |pairs: &[(&str, &str)]| {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect::<Vec<_>>()
    };
    let real_origin = format!("https://{own}");
    attempts.push(("plain-HTTP Origin", h(&[JSON, ("origin", &format!("http://{own}"))]), 403));
    attempts.push((
        "attacker Host, the hub's Origin",
        h(&[JSON, ("host", "attacker.example"), ("origin", &real_origin)]),
        403,
    ));
    for (path, body) in &routes {
        for (what, with, status) in &attempts {
            let with: Vec<(&str, &str)> = with.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            let sent = hub.send(On::Lan, "POST", path, &with, body.to_string().as_bytes());
            assert_eq!(sent.status, *status, "{path}, {what}: {}", sent.body);
            assert!(sent.says("Nothing was changed"), "{path}, {what}: {}", sent.body);
        }
    }
    assert_eq!(hub.state(), before, "the offer is not redeemed, nothing is stored");

    // A phone (neither header) and the hub's own page (its origin) get through.
    let sent = hub.send(
        On::Lan,
        "POST",
        "/api/status",
        &[JSON, ("origin", &real_origin), ("sec-fetch-site", "same-origin")],
        b"{}",
    );
    assert_eq!(sent.status, 200, "{}", sent.body);
    let sent = hub.send(On::Lan, "POST", "/device/v1/pair", &[JSON], pair.to_string().as_bytes());
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_devices"), 1);
}

// ---- 3. Choosing an office PIN needs the person ----------------------------------------------

impl Hub {
    /// The names list as a browser that has not signed in gets it, over the LAN.
    fn names(&self) -> Value {
        let sent = self.send(On::Lan, "GET", "/office/v1/names", &[], b"");
        assert_eq!(sent.status, 200, "{}", sent.body);
        sent.body
    }

    /// The handle the names list gives `name` now.
    fn handle(&self, name: &str) -> String {
        let names = self.names();
        let members =
            names["groups"].as_array().unwrap().iter().flat_map(|g| g["members"].as_array().unwrap().clone());
        let member = members.into_iter().find(|m| m["display_name"] == name).unwrap();
        member["handle"].as_str().unwrap().to_string()
    }

    /// The facilitator presses Office PIN for `member`: the code their screen shows.
    fn pin_code(&self, member: &str) -> String {
        self.facilitator("allow_office_pin", json!({"member_id": member}))["code"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// `name` chooses `pin` from `from` with the facilitator's code, as the office screen does.
    fn choose(&self, from: Ipv4Addr, name: &str, code: &str, pin: &str) -> Sent {
        let body = json!({"handle": self.handle(name), "code": code, "pin": pin, "pin_again": pin});
        self.post_from(from, "/office/v1/choose-pin", &body)
    }

    fn sign_in(&self, from: Ipv4Addr, name: &str, pin: &str) -> Sent {
        self.post_from(from, "/office/v1/sign-in", &json!({"handle": self.handle(name), "pin": pin}))
    }

    fn pin_hashes(&self) -> i64 {
        self.count("SELECT COUNT(*) FROM office_pins WHERE pin_hash IS NOT NULL")
    }
}

/// Office computers and phones on the LAN, as loopback addresses (see [`Hub::connect`]).
const FACILITATOR_ROOM: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
const ATTACKER: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 66);
const SAMS_SCREEN: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 20);

fn other_than(code: &str) -> &'static str {
    if code == "000000" { "999999" } else { "000000" }
}

#[test]
fn the_names_list_shows_no_member_id_and_no_pin_state_to_a_browser_not_signed_in() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam", "Ali", "Jo"]);
    let code = hub.pin_code(&members[0]);
    assert_eq!(hub.choose(FACILITATOR_ROOM, "Sam", &code, "2580").status, 200);
    hub.pin_code(&members[1]); // Ali: a window is open. Jo: nothing.
    let group = hub.facilitator("list_groups", json!({}))["groups"][0]["id"].as_str().unwrap().to_string();
    for on in [On::Lan, On::Loopback] {
        let names = hub.send(on, "GET", "/office/v1/names", &[], b"").body;
        let text = names.to_string();
        for id in members.iter().chain([&group]) {
            assert!(!text.contains(id.as_str()), "{on:?}: an id is shown: {text}");
        }
        for word in ["pin", "set", "choose", "locked", "none", "member_id", "group_id"] {
            assert!(!text.contains(&format!("\"{word}\"")), "{on:?}: {word} is shown: {text}");
        }
        let people = names["groups"][0]["members"].as_array().unwrap();
        assert_eq!(people.len(), 3);
        for person in people {
            let keys: Vec<&String> = person.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["display_name", "handle"], "{person}");
        }
    }
    // Two listings cannot be matched by handle, and both work.
    let (first, second) = (hub.handle("Sam"), hub.handle("Sam"));
    assert_ne!(first, second);
    // Who has a PIN cannot be told from the answers either: no PIN and a wrong PIN read the same.
    let (sam, jo) = (hub.sign_in(ATTACKER, "Sam", "7777"), hub.sign_in(ATTACKER, "Jo", "7777"));
    assert_eq!((sam.status, &sam.body), (jo.status, &jo.body));
    assert!(sam.says("That PIN is not right. You can try 4 more times."), "{}", sam.body);
    // A made-up handle is refused as out of date.
    let forged = hub.post_from(
        ATTACKER,
        "/office/v1/sign-in",
        &json!({"handle": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "pin": "2580"}),
    );
    assert_eq!((forged.status, forged.body["code"].as_str()), (404, Some("not_found")), "{}", forged.body);
}

#[test]
fn choosing_an_office_pin_needs_the_code_from_the_facilitators_screen() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let sam = &members[0];

    // Before any window, and during one without the code, a PIN cannot be chosen.
    let refused = hub.choose(ATTACKER, "Sam", "123456", "2580");
    assert_eq!(refused.status, 401, "{}", refused.body);
    let code = hub.pin_code(sam);
    let wrong = other_than(&code);
    let in_window = hub.choose(ATTACKER, "Sam", wrong, "2580");
    assert_eq!(
        (in_window.status, &in_window.body),
        (refused.status, &refused.body),
        "an open window does not show"
    );
    assert_eq!(hub.pin_hashes(), 0);

    // Three wrong codes and the code is used up: even the right one no longer works.
    for _ in 0..2 {
        assert_eq!(hub.choose(ATTACKER, "Sam", wrong, "2580").status, 401);
    }
    let too_late = hub.choose(SAMS_SCREEN, "Sam", &code, "2580");
    assert_eq!(too_late.status, 401, "{}", too_late.body);
    assert_eq!(hub.pin_hashes(), 0, "nothing stored");
    let no_session = hub.send(On::Lan, "POST", "/api/list_sessions", &[JSON], br#"{"locale":"en-GB"}"#);
    assert_eq!(no_session.status, 401);

    // The facilitator presses Office PIN again and tells Sam, in the room, the new code.
    let code = hub.pin_code(sam);
    let chosen = hub.choose(SAMS_SCREEN, "Sam", &format!("{} {}", &code[..3], &code[3..]), "2580");
    assert_eq!(chosen.status, 200, "{}", chosen.body);
    assert!(chosen.header("set-cookie").unwrap().starts_with("waymark_office="));
    assert_eq!(hub.pin_hashes(), 1);
    // The code works once.
    assert_eq!(hub.choose(ATTACKER, "Sam", &code, "9517").status, 401);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Sam", "2580").status, 200, "Sam's own PIN stands");
    // And it expires with the window.
    let code = hub.pin_code(sam);
    hub.clock.fetch_add(waymark_api::office::PIN_WINDOW_MS, Ordering::SeqCst);
    assert_eq!(hub.choose(SAMS_SCREEN, "Sam", &code, "9517").status, 401);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Sam", "2580").status, 200);
}

#[test]
fn twenty_codes_at_once_get_three_checks_and_the_window_closes() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let code = hub.pin_code(&members[0]);
    let handle = hub.handle("Sam");
    // Twenty guesses from twenty computers, all different, none the code.
    let guesses: Vec<(Ipv4Addr, Value)> = (0..20u8)
        .map(|i| {
            let guess = format!("{:06}", (code.parse::<u32>().unwrap() + 1 + u32::from(i)) % 1_000_000);
            (
                Ipv4Addr::new(127, 0, 1, i + 1),
                json!({"handle": handle, "code": guess, "pin": "2580", "pin_again": "2580"}),
            )
        })
        .collect();
    let answers = hub.at_once("/office/v1/choose-pin", &guesses);
    assert!(answers.iter().all(|a| a.status == 401), "{answers:?}");
    assert_eq!(hub.count("SELECT choose_code_tries FROM office_pins"), 3, "three were checked, no more");
    assert_eq!(hub.pin_hashes(), 0);
    assert_eq!(hub.choose(SAMS_SCREEN, "Sam", &code, "2580").status, 401, "the code is used up");
}

// ---- 5. Limits under concurrency --------------------------------------------------------------

/// Status and message of each answer, counted: (signed in, "not right", refused as too many).
fn tally(answers: &[Sent]) -> (usize, usize, usize) {
    let mut counts = (0, 0, 0);
    for a in answers {
        match a.status {
            200 => counts.0 += 1,
            401 if a.says("not right") => counts.1 += 1,
            429 if a.body["code"] == "too_many_tries" => counts.2 += 1,
            _ => panic!("unexpected answer: {a:?}"),
        }
    }
    counts
}

#[test]
fn twenty_wrong_pins_at_once_are_checked_five_times_and_lock_the_name() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let code = hub.pin_code(&members[0]);
    assert_eq!(hub.choose(SAMS_SCREEN, "Sam", &code, "2580").status, 200);
    let handle = hub.handle("Sam");
    let wrong: Vec<(Ipv4Addr, Value)> = (0..20u8)
        .map(|i| {
            (
                Ipv4Addr::new(127, 0, 2, i + 1),
                json!({"handle": handle, "pin": format!("{:04}", 1000 + u16::from(i))}),
            )
        })
        .collect();
    let answers = hub.at_once("/office/v1/sign-in", &wrong);
    assert_eq!(tally(&answers), (0, 5, 15), "{answers:?}");
    assert_eq!(hub.count("SELECT tries FROM office_pins"), 5);
    // Locked for everyone, even with the right PIN; the facilitator's Office PIN lifts it.
    let locked = hub.sign_in(SAMS_SCREEN, "Sam", "2580");
    assert_eq!(locked.status, 429, "{}", locked.body);
    assert!(locked.says("too many wrong PINs") && locked.says("Wait 15 minutes"), "{}", locked.body);
    hub.pin_code(&members[0]);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Sam", "2580").status, 200);
}

#[test]
fn nineteen_wrong_and_one_right_pin_at_once_never_sign_in_past_the_limit() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let code = hub.pin_code(&members[0]);
    assert_eq!(hub.choose(SAMS_SCREEN, "Sam", &code, "2580").status, 200);
    let handle = hub.handle("Sam");
    let mut burst: Vec<(Ipv4Addr, Value)> = (0..19u8)
        .map(|i| {
            (
                Ipv4Addr::new(127, 0, 3, i + 1),
                json!({"handle": handle, "pin": format!("{:04}", 1000 + u16::from(i))}),
            )
        })
        .collect();
    burst.insert(9, (Ipv4Addr::new(127, 0, 3, 100), json!({"handle": handle, "pin": "2580"})));
    let answers = hub.at_once("/office/v1/sign-in", &burst);
    let (signed_in, wrong, refused) = tally(&answers);
    // Whatever the order: at most 5 tries were checked, counted before each check. The right
    // one got in only if it was one of those 5 (it then gives its own try back, which is why a
    // sixth may be checked after it); otherwise the name is locked and it was refused unchecked.
    assert!(signed_in <= 1 && wrong <= 5, "{answers:?}");
    assert_eq!(signed_in + wrong + refused, 20);
    assert_eq!(
        hub.count("SELECT tries FROM office_pins"),
        wrong as i64,
        "every wrong try, and only those, counts"
    );
    if signed_in == 0 {
        assert_eq!(wrong, 5, "{answers:?}");
    }

    // With the limit already met, a right PIN among wrong ones at once is never checked.
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let code = hub.pin_code(&members[0]);
    assert_eq!(hub.choose(SAMS_SCREEN, "Sam", &code, "2580").status, 200);
    for i in 0..5u8 {
        assert_eq!(hub.sign_in(Ipv4Addr::new(127, 0, 4, i + 1), "Sam", "0000").status, 401);
    }
    let handle = hub.handle("Sam");
    let mut burst: Vec<(Ipv4Addr, Value)> = (0..19u8)
        .map(|i| (Ipv4Addr::new(127, 0, 4, i + 10), json!({"handle": handle, "pin": "1357"})))
        .collect();
    burst.push((Ipv4Addr::new(127, 0, 4, 100), json!({"handle": handle, "pin": "2580"})));
    assert_eq!(tally(&hub.at_once("/office/v1/sign-in", &burst)), (0, 0, 20));
}

#[test]
fn one_address_cannot_lock_everyone_out() {
    let hub = Hub::start();
    let names = ["Al", "Bo", "Cy", "Di"];
    let members = hub.group_with(&names);
    for (member, name) in members.iter().zip(names) {
        let code = hub.pin_code(member);
        assert_eq!(hub.choose(FACILITATOR_ROOM, name, &code, "2580").status, 200);
    }
    // One computer guesses: Al and Bo get locked (5 each), then the computer itself is stopped
    // (10 wrong tries an hour), before it can lock Cy or Di.
    for name in ["Al", "Bo"] {
        for _ in 0..5 {
            assert_eq!(hub.sign_in(ATTACKER, name, "1111").status, 401);
        }
    }
    let stopped = hub.sign_in(ATTACKER, "Cy", "1111");
    assert_eq!(stopped.status, 429, "{}", stopped.body);
    assert!(stopped.says("on this computer"), "{}", stopped.body);
    assert_eq!(
        hub.count("SELECT COUNT(*) FROM office_pins WHERE tries > 0"),
        2,
        "Cy's tries were not counted"
    );
    // Everyone else signs in from their own screen: Cy and Di at once, Al once the facilitator
    // lifts the lock.
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Cy", "2580").status, 200);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Di", "2580").status, 200);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Al", "2580").status, 429);
    hub.pin_code(&members[0]);
    assert_eq!(hub.sign_in(SAMS_SCREEN, "Al", "2580").status, 200);
    // An hour later the guessing computer may try again (and its tries count again).
    hub.clock.fetch_add(waymark_api::limits::PIN_ADDRESS_WINDOW_MS, Ordering::SeqCst);
    assert_eq!(hub.sign_in(ATTACKER, "Cy", "1111").status, 401);
}

impl Hub {
    fn pair_from(&self, from: Ipv4Addr, secret: &str, device: &str) -> Sent {
        self.post_from(
            from,
            "/device/v1/pair",
            &json!({"secret": secret, "participant_id": format!("p-{device}"), "device_id": device}),
        )
    }
}

#[test]
fn wrong_pairing_codes_burn_no_offer_and_stop_only_the_address_that_sent_them() {
    let hub = Hub::start();
    let members = hub.group_with(&["Al", "Bo"]);
    let (al, bo) = (
        hub.facilitator("start_pairing", json!({"member_id": members[0]})),
        hub.facilitator("start_pairing", json!({"member_id": members[1]})),
    );
    let (al_code, bo_code) = (al["code"].as_str().unwrap(), bo["code"].as_str().unwrap());
    let wrong = (0..)
        .map(|n: u32| format!("{n:06}"))
        .filter(|c| c != al_code && c != bo_code)
        .take(5)
        .collect::<Vec<_>>();
    for code in &wrong {
        let refused = hub.pair_from(ATTACKER, code, "evil");
        assert_eq!(refused.status, 403, "{}", refused.body);
        assert!(refused.says("not right"), "{}", refused.body);
    }
    // That address is stopped, even with a right code...
    let stopped = hub.pair_from(ATTACKER, al_code, "evil");
    assert_eq!(
        (stopped.status, stopped.body["code"].as_str()),
        (429, Some("too_many_tries")),
        "{}",
        stopped.body
    );
    assert_eq!(stopped.header("cache-control"), Some("no-store"));
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_devices"), 0);
    // ...and every member's offer still pairs from their own phone.
    assert_eq!(hub.pair_from(Ipv4Addr::new(127, 0, 0, 31), al_code, "al-phone").status, 200);
    assert_eq!(hub.pair_from(Ipv4Addr::new(127, 0, 0, 32), bo_code, "bo-phone").status, 200);
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_devices"), 2);
}

#[test]
fn twenty_wrong_pairing_codes_at_once_from_one_phone_are_checked_five_times() {
    let hub = Hub::start();
    let members = hub.group_with(&["Al"]);
    let offer = hub.facilitator("start_pairing", json!({"member_id": members[0]}));
    let code = offer["code"].as_str().unwrap().to_string();
    let guesses: Vec<(Ipv4Addr, Value)> = (1..=20u32)
        .map(|i| format!("{:06}", (code.parse::<u32>().unwrap() + i) % 1_000_000))
        .map(|guess| (ATTACKER, json!({"secret": guess, "participant_id": "p-evil", "device_id": "evil"})))
        .collect();
    let answers = hub.at_once("/device/v1/pair", &guesses);
    let wrong = answers.iter().filter(|a| a.status == 403 && a.says("not right")).count();
    let stopped = answers.iter().filter(|a| a.status == 429).count();
    assert_eq!((wrong, stopped), (5, 15), "{answers:?}");
    assert_eq!(hub.pair_from(Ipv4Addr::new(127, 0, 0, 31), &code, "al-phone").status, 200, "the offer lives");
}

#[test]
fn many_addresses_meet_one_ceiling_on_wrong_pairing_codes_and_the_qr_code_still_pairs() {
    let hub = Hub::start();
    let members = hub.group_with(&["Al"]);
    let offer = hub.facilitator("start_pairing", json!({"member_id": members[0]}));
    let code = offer["code"].as_str().unwrap().to_string();
    let token = waymark_hub_client::Invite::parse(offer["uri"].as_str().unwrap()).unwrap().token;
    // Five computers, four wrong codes each: 20, the hub-wide ceiling in 10 minutes.
    let mut guess = (1..).map(|i: u32| format!("{:06}", (code.parse::<u32>().unwrap() + i) % 1_000_000));
    for computer in 1..=5u8 {
        for _ in 0..4 {
            let from = Ipv4Addr::new(127, 0, 5, computer);
            assert_eq!(hub.pair_from(from, &guess.next().unwrap(), "evil").status, 403);
        }
    }
    assert_eq!(waymark_api::limits::CODE_TRIES_ALL, 20);
    // Now typed codes wait, from anyone: a guess from a sixth computer is not checked...
    let stopped = hub.pair_from(Ipv4Addr::new(127, 0, 5, 6), &code, "al-phone");
    assert_eq!(stopped.status, 429, "{}", stopped.body);
    assert!(stopped.says("typed at this office") && stopped.says("scan the QR code"), "{}", stopped.body);
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_devices"), 0);
    // ...the QR code's token pairs at once, and typed codes work again after the window.
    assert_eq!(hub.pair_from(Ipv4Addr::new(127, 0, 5, 7), &token, "al-phone").status, 200);
    let offer = hub.facilitator("start_pairing", json!({"member_id": members[0]}));
    hub.clock.fetch_add(waymark_api::limits::CODE_WINDOW_MS, Ordering::SeqCst);
    let late = hub.pair_from(Ipv4Addr::new(127, 0, 5, 8), offer["code"].as_str().unwrap(), "al-2");
    assert_eq!(
        late.status, 403,
        "the offer ran out meanwhile (10 minutes), but the code was checked: {}",
        late.body
    );
    assert!(late.says("run out"), "{}", late.body);
}

// ---- 6. Slow clients --------------------------------------------------------------------------

/// Send `bytes` one at a time, `every` apart, then nothing, until the hub closes the connection.
/// Returns how long the hub kept it open (`None`: still open after `give_up`) and what it sent.
fn dribble(
    stream: &mut dyn ReadWrite,
    bytes: &[u8],
    every: Duration,
    give_up: Duration,
) -> (Option<Duration>, Vec<u8>) {
    let started = Instant::now();
    let mut answer = Vec::new();
    let mut next = 0;
    let mut buf = [0u8; 4096];
    while started.elapsed() < give_up {
        if next < bytes.len() {
            if stream.write_all(&bytes[next..=next]).and_then(|()| stream.flush()).is_err() {
                return (Some(started.elapsed()), answer);
            }
            next += 1;
        }
        // The socket's read timeout (set by `slow`) paces the loop.
        let wait = Instant::now();
        loop {
            match stream.read(&mut buf) {
                Ok(0) => return (Some(started.elapsed()), answer),
                Ok(n) => answer.extend_from_slice(&buf[..n]),
                Err(e)
                    if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
                Err(_) => return (Some(started.elapsed()), answer),
            }
            if wait.elapsed() >= every {
                break;
            }
        }
    }
    (None, answer)
}

/// A connection whose reads give up after a short while, so [`dribble`] can interleave.
fn slow(hub: &Hub, on: On, handshake: bool) -> Box<dyn ReadWrite> {
    let pace = Some(Duration::from_millis(200));
    match (on, handshake) {
        (On::Lan, true) => {
            let stream = tls(hub.https, &hub.endpoint.fingerprint);
            stream.sock.set_read_timeout(pace).unwrap();
            Box::new(stream)
        }
        (On::Lan, false) => {
            let socket = TcpStream::connect(hub.https).unwrap();
            socket.set_read_timeout(pace).unwrap();
            Box::new(socket)
        }
        (On::Loopback, _) => {
            let socket = TcpStream::connect(hub.http).unwrap();
            socket.set_read_timeout(pace).unwrap();
            Box::new(socket)
        }
    }
}

#[test]
fn silent_and_dribbling_clients_are_dropped_within_the_bounds_on_both_listeners() {
    let hub = Arc::new(Hub::start());
    let header_bound = waymark_hub::HEADER_READ_TIMEOUT;
    let body_bound = waymark_hub::BODY_READ_TIMEOUT;
    let head = |on: On| {
        let host = if on == On::Lan { hub.https } else { hub.http };
        format!(
            "POST /api/status HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
        )
    };
    // (what, listener, TLS handshake first, bytes to dribble, time between bytes, bound)
    type Case = (&'static str, On, bool, Vec<u8>, Duration, Duration);
    let cases: Vec<Case> = vec![
        ("loopback, silent", On::Loopback, false, vec![], Duration::ZERO, header_bound),
        (
            "loopback, headers a byte a second",
            On::Loopback,
            false,
            head(On::Loopback).into_bytes(),
            Duration::from_secs(1),
            header_bound,
        ),
        ("LAN, silent before the TLS handshake", On::Lan, false, vec![], Duration::ZERO, header_bound),
        ("LAN, silent after the TLS handshake", On::Lan, true, vec![], Duration::ZERO, header_bound),
        (
            "LAN, headers a byte a second",
            On::Lan,
            true,
            head(On::Lan).into_bytes(),
            Duration::from_secs(1),
            header_bound,
        ),
    ];
    let mut runs = Vec::new();
    for (what, on, handshake, bytes, every, bound) in cases {
        let hub = hub.clone();
        runs.push(std::thread::spawn(move || {
            let mut stream = slow(&hub, on, handshake);
            let (closed, _) = dribble(&mut *stream, &bytes, every.max(Duration::from_millis(200)), bound * 2);
            (what, closed, bound)
        }));
    }
    // Bodies: the headers at once, then the body a byte every 2 seconds (a 200-byte body would take
    // 400 s): answered 408 as JSON and closed.
    for on in [On::Loopback, On::Lan] {
        let hub = hub.clone();
        let head = head(on);
        runs.push(std::thread::spawn(move || {
            let mut stream = slow(&hub, on, true);
            stream.write_all(head.as_bytes()).unwrap();
            stream.flush().unwrap();
            let (closed, answer) =
                dribble(&mut *stream, &[b' '; 200], Duration::from_secs(2), body_bound * 2);
            let sent = Sent::parse(&answer);
            assert_eq!(sent.status, 408, "{on:?}: {}", String::from_utf8_lossy(&answer));
            assert_eq!(sent.body["code"], "invalid_input", "{on:?}: {}", sent.body);
            assert!(sent.says("Nothing was stored"), "{on:?}: {}", sent.body);
            (if on == On::Lan { "LAN, body too slow" } else { "loopback, body too slow" }, closed, body_bound)
        }));
    }
    // A kept-alive connection that goes quiet after an answer is closed too.
    for on in [On::Loopback, On::Lan] {
        let hub = hub.clone();
        runs.push(std::thread::spawn(move || {
            let mut stream = slow(&hub, on, true);
            let host = if on == On::Lan { hub.https } else { hub.http };
            let request = format!("GET /office/v1/status HTTP/1.1\r\nHost: {host}\r\n\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            stream.flush().unwrap();
            let (closed, answer) = dribble(&mut *stream, &[], Duration::from_millis(200), header_bound * 2);
            assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"), "{on:?}");
            (
                if on == On::Lan { "LAN, quiet after an answer" } else { "loopback, quiet after an answer" },
                closed,
                header_bound,
            )
        }));
    }
    for run in runs {
        let (what, closed, bound) = run.join().unwrap();
        let closed = closed.unwrap_or_else(|| panic!("{what}: still open after {:?}", bound * 2));
        assert!(closed < bound * 2, "{what}: closed after {closed:?}");
    }
    // The hub still answers everyone else.
    let sent = hub.send(On::Lan, "GET", "/office/v1/status", &[], b"");
    assert_eq!(sent.status, 200);
}

// ---- 7. Small ones ----------------------------------------------------------------------------

#[test]
fn too_large_bodies_are_refused_as_json_on_every_route_and_store_nothing() {
    let hub = Hub::start();
    hub.group_with(&["Sam"]);
    let before = hub.state();
    let big = format!(r#"{{"name":"{}"}}"#, "a".repeat(70 * 1024));
    let cases = [
        (On::Loopback, "/hub/api/create_group"),
        (On::Loopback, "/api/complete_step"),
        (On::Loopback, "/office/v1/sign-in"),
        (On::Lan, "/office/v1/sign-in"),
        (On::Lan, "/office/v1/choose-pin"),
        (On::Lan, "/api/status"),
        (On::Lan, "/device/v1/pair"),
    ];
    for (on, path) in cases {
        let sent = hub.send(on, "POST", path, &[JSON], big.as_bytes());
        assert_eq!(sent.status, 413, "{on:?} {path}: {:?}", sent);
        assert_eq!(sent.body["code"], "invalid_input", "{on:?} {path}: {}", sent.body);
        assert!(sent.says("too large") && sent.says("Nothing was stored"), "{on:?} {path}: {}", sent.body);
    }
    // Other refusals from below the routes have the same shape.
    let sent = hub.send(On::Lan, "GET", "/device/v1/sync", &[], b"");
    assert_eq!((sent.status, sent.body["code"].as_str()), (405, Some("invalid_input")), "{}", sent.body);
    assert_eq!(hub.state(), before);
}

#[test]
fn pair_and_sync_answers_are_never_cached_and_bad_ones_name_the_field() {
    let hub = Hub::start();
    let members = hub.group_with(&["Sam"]);
    let offer = hub.facilitator("start_pairing", json!({"member_id": members[0]}));
    let pair = json!({"secret": offer["code"], "participant_id": "p1", "device_id": "d1"});
    let paired = hub.send(On::Lan, "POST", "/device/v1/pair", &[JSON], pair.to_string().as_bytes());
    assert_eq!(paired.status, 200, "{}", paired.body);
    assert_eq!(paired.header("cache-control"), Some("no-store"));
    let credential = paired.body["credential"].as_str().unwrap().to_string();
    let bearer = format!("Bearer {credential}");
    let hello = json!({"protocol": 1, "request": {"type": "hello", "protocol": 1}});
    let synced = hub.send(
        On::Lan,
        "POST",
        "/device/v1/sync",
        &[JSON, ("authorization", &bearer)],
        hello.to_string().as_bytes(),
    );
    assert_eq!(synced.status, 200, "{}", synced.body);
    assert_eq!(synced.header("cache-control"), Some("no-store"));

    let odd = json!({"protocol": 1, "request": {"type": "hello", "protocol": 1}, "x": 1});
    let refused = hub.send(
        On::Lan,
        "POST",
        "/device/v1/sync",
        &[JSON, ("authorization", &bearer)],
        odd.to_string().as_bytes(),
    );
    assert_eq!(refused.status, 400);
    assert_eq!(refused.header("cache-control"), Some("no-store"));
    assert!(refused.says("not valid at \"x\""), "{}", refused.body);
    // An address the hub does not know answers 405 (the UI's GET-only fallback): so does a hub
    // older than protocol 2 at `/device/v2/sync`, and the phone falls back to protocol 1.
    let unknown = hub.send(On::Lan, "POST", "/device/v9/sync", &[JSON, ("authorization", &bearer)], b"{}");
    assert!(matches!(unknown.status, 404 | 405), "{}", unknown.status);
    // A sync body is never quoted back (it carries diary words; the phone keeps the message):
    // only where it is wrong.
    for (path, body) in [
        (
            "/device/v1/sync",
            json!({"protocol": 1, "request": {"type": "push", "events": [{"id": "SECRET-WORDS"}]}}),
        ),
        (
            "/device/v2/sync",
            json!({"have": [], "max": 10, "push": [{"device": "d", "epoch": 1, "from": 1,
            "schema": 2, "events": [{"id": "e", "t": "SECRET-WORDS", "k": "step_completed", "p": {}}]}]}),
        ),
        ("/device/v2/sync", json!({"have": "SECRET-WORDS", "max": 1})),
    ] {
        let refused =
            hub.send(On::Lan, "POST", path, &[JSON, ("authorization", &bearer)], body.to_string().as_bytes());
        assert_eq!(refused.status, 400, "{}", refused.body);
        assert!(!refused.body.to_string().contains("SECRET"), "{}", refused.body);
        assert!(refused.says("not valid at"), "{}", refused.body);
    }
    let odd = json!({"secret": 123456, "participant_id": "p2", "device_id": "d2"});
    let refused = hub.send(On::Lan, "POST", "/device/v1/pair", &[JSON], odd.to_string().as_bytes());
    assert_eq!(refused.header("cache-control"), Some("no-store"));
    assert!(refused.says("\"secret\" should be text, not the number 123456"), "{}", refused.body);
    let message = refused.body["message"].as_str().unwrap();
    assert!(!message.contains('`') && !message.contains("line 1"), "{message}");
    assert_eq!(hub.count("SELECT COUNT(*) FROM hub_devices"), 1);
}

#[test]
fn the_lan_listener_tells_browsers_to_use_https_only() {
    let hub = Hub::start();
    for (method, path, body) in
        [("GET", "/", ""), ("GET", "/office/v1/names", ""), ("POST", "/api/status", "not json")]
    {
        let sent = hub.send(On::Lan, method, path, &[JSON], body.as_bytes());
        assert_eq!(sent.header("strict-transport-security"), Some("max-age=31536000"), "{path}");
        let sent = hub.send(On::Loopback, method, path, &[JSON], body.as_bytes());
        assert_eq!(sent.header("strict-transport-security"), None, "plain HTTP on loopback: {path}");
    }
}

#[cfg(unix)]
#[test]
fn the_data_dir_database_and_tls_files_are_the_owners_only_whatever_the_umask() {
    use std::io::BufRead;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub-data");
    let mode = |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let run = || {
        // umask 000: anything the hub left to the umask would come out world-writable.
        let mut child = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask 000; exec \"{}\" --port 0 --tls-port 0 --data-dir \"{}\"",
                env!("CARGO_BIN_EXE_waymark-hub"),
                data.display()
            ))
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        assert!(lines.next().unwrap().unwrap().contains("listening"));
        assert!(lines.next().unwrap().unwrap().contains("fingerprint"));
        let modes: Vec<(String, u32)> =
            ["", "hub.db", "hub.db-wal", "hub.db-shm", "tls", "tls/cert.der", "tls/key.der"]
                .iter()
                .map(|name| (name.to_string(), mode(&data.join(name))))
                .collect();
        let _ = child.kill();
        let _ = child.wait();
        modes
    };
    let want = |modes: Vec<(String, u32)>| {
        for (name, mode) in modes {
            let dir = name.is_empty() || name == "tls";
            assert_eq!(mode, if dir { 0o700 } else { 0o600 }, "{name:?} is {mode:o}");
        }
    };
    want(run());
    // A hub made by an older build (0755 and 0644) is made private at the next start.
    for (name, old) in
        [("", 0o755), ("hub.db", 0o644), ("tls", 0o755), ("tls/cert.der", 0o644), ("tls/key.der", 0o644)]
    {
        std::fs::set_permissions(data.join(name), std::fs::Permissions::from_mode(old)).unwrap();
    }
    want(run());
}
