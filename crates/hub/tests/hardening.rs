//! The hub as an attacker on the office network (or a web page in the facilitator's browser)
//! meets it, over real sockets on both listeners: cross-site writes, slow clients, guessing, and
//! the small things (413 as JSON, no-store, HSTS, private files). Each refusal is checked, and
//! that nothing was stored or changed (by reading the hub's database beside it).

#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use waymark_api::*;
use waymark_content::Content;
use waymark_hub::{HubOptions, RunningHub};
use waymark_store::Store;

fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("built-in content is valid"))).clone()
}

/// A hub on its own runtime thread, on random loopback ports.
struct Hub {
    http: SocketAddr,
    https: SocketAddr,
    endpoint: HubEndpoint,
    db: PathBuf,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Hub {
    fn start() -> Hub {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("hub.db");
        let store = Store::open(&db).unwrap();
        let api = Arc::new(Api::with_store(content(), store, system_clock()));
        let options = HubOptions {
            data_dir: dir.path().to_path_buf(),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            tls_port: 0,
            advertise: None,
        };
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<(SocketAddr, SocketAddr, HubEndpoint)>();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
            runtime.block_on(async move {
                let hub: RunningHub = waymark_hub::start(api, &options).await.unwrap();
                ready_tx.send((hub.http, hub.https, hub.endpoint.clone())).unwrap();
                let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                hub.shutdown().await;
            });
        });
        let (http, https, endpoint) = ready_rx.recv().unwrap();
        Hub { http, https, endpoint, db, stop: Some(stop_tx), thread: Some(thread), _dir: dir }
    }

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
        let mut stream = self.connect(on);
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

    fn connect(&self, on: On) -> Box<dyn ReadWrite> {
        match on {
            On::Loopback => Box::new(TcpStream::connect(self.http).unwrap()),
            On::Lan => Box::new(tls(self.https, &self.endpoint.fingerprint)),
        }
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

trait ReadWrite: Read + Write + Send {}
impl<T: Read + Write + Send> ReadWrite for T {}

/// A TLS connection to the hub's LAN listener, pinned like a phone's, handshake done.
fn tls(addr: SocketAddr, fingerprint: &str) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
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
    let mut socket = TcpStream::connect(addr).unwrap();
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
    assert!(refused.says("a field the hub does not know, \"x\""), "{}", refused.body);
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
