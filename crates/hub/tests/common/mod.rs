//! What the hub's integration tests share (the benches include it too, by `#[path]`): a hub in
//! this process on random loopback ports with a clock the test can move, a real `waymark-hub`
//! process, and a facilitator call over plain loopback HTTP. Each test crate uses only some of it.

#![allow(dead_code, clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use serde_json::Value;
use waymark_api::{Api, HubEndpoint};
use waymark_content::Content;
use waymark_hub::{HubOptions, RunningHub};
use waymark_hub_client::HubClient;

/// The built-in content, loaded once per test binary.
pub fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::embedded().expect("built-in content is valid"))).clone()
}

/// A hub's options for a test: both listeners on loopback, on any free ports, data in `dir`.
pub fn loopback_options(dir: &Path) -> HubOptions {
    HubOptions {
        data_dir: dir.to_path_buf(),
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        tls_port: 0,
        advertise: None,
    }
}

/// A hub on its own runtime thread in this process, on random loopback ports, with a clock the
/// test can move. Dropping it stops the hub.
pub struct TestHub {
    pub http: SocketAddr,
    pub https: SocketAddr,
    pub endpoint: HubEndpoint,
    pub clock: Arc<AtomicI64>,
    /// The hub's database (SQLCipher; its key is in `hub.key` beside it).
    pub db: PathBuf,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    dir: Option<tempfile::TempDir>,
}

impl TestHub {
    pub fn start() -> TestHub {
        Self::start_in(tempfile::tempdir().unwrap())
    }

    /// Stop this hub and start another on the same data (database and certificate), as a
    /// restart of the office machine would; ports are new.
    pub fn restart(mut self) -> TestHub {
        self.stop();
        Self::start_in(self.dir.take().unwrap())
    }

    fn stop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    fn start_in(dir: tempfile::TempDir) -> TestHub {
        let clock = Arc::new(AtomicI64::new(chrono::Utc::now().timestamp_millis()));
        let c = clock.clone();
        let db = dir.path().join("hub.db");
        let store = waymark_api::vault::open_store(&db).unwrap();
        let api = Arc::new(waymark_api::Hub::new(Api::with_store(
            content(),
            store,
            Arc::new(move || c.load(Ordering::SeqCst)),
        )));
        let options = loopback_options(dir.path());
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
        TestHub {
            http,
            https,
            endpoint,
            clock,
            db,
            stop: Some(stop_tx),
            thread: Some(thread),
            dir: Some(dir),
        }
    }

    /// A phone's client for this hub, its certificate pinned.
    pub fn client(&self) -> HubClient {
        HubClient::new(&self.endpoint.address, &self.endpoint.fingerprint).unwrap()
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The real `waymark-hub` binary, started on `dir`; it is killed, never asked to stop.
pub struct HubProcess {
    child: Child,
    pub http: String,
    pub https: String,
    pub fingerprint: String,
}

impl HubProcess {
    /// Start `waymark-hub` on 127.0.0.1 (port 0: any free port) and wait until it says where
    /// it listens.
    pub fn start(dir: &Path, port: u16, tls_port: u16) -> HubProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_waymark-hub"))
            .args(["--bind", "127.0.0.1", "--port", &port.to_string(), "--tls-port", &tls_port.to_string()])
            .arg("--data-dir")
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let (mut http, mut https, mut fingerprint) = (String::new(), String::new(), String::new());
        while http.is_empty() || https.is_empty() {
            let line = lines.next().expect("the hub printed where it listens").unwrap();
            if let Some(rest) = line.strip_prefix("Waymark hub listening on http://") {
                http = rest.trim().to_string();
            }
            if let Some(rest) = line.strip_prefix("Waymark hub devices: https://") {
                let (addr, fp) = rest.split_once(" fingerprint ").unwrap();
                (https, fingerprint) = (addr.to_string(), fp.trim().to_string());
            }
        }
        // Keep reading so the hub never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        HubProcess { child, http, https, fingerprint }
    }

    pub fn client(&self) -> HubClient {
        HubClient::new(&self.https, &self.fingerprint).unwrap()
    }

    /// A facilitator call over loopback HTTP; it must succeed.
    pub fn call(&self, name: &str, body: &Value) -> Value {
        let (status, reply) = post_plain(&self.http, &format!("/hub/api/{name}"), &body.to_string());
        assert_eq!(status, 200, "{name}: {reply}");
        reply
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Wait for the process to end (after a kill from elsewhere).
    pub fn wait(&mut self) {
        let _ = self.child.wait();
    }

    /// SIGKILL, and wait for it to be gone.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

/// POST a JSON body over plain HTTP (the facilitator's loopback listener): (status, JSON body,
/// or null when the body is not JSON).
pub fn post_plain(addr: impl std::fmt::Display, path: &str, body: &str) -> (u16, Value) {
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
