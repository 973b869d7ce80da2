//! Starting and stopping the hub's two listeners (used by the binary, the tests and the
//! benchmark alike, so all three run the same server).
//!
//! **Decision (slow clients):** both listeners speak HTTP/1.1 only and bound how long a client
//! may take: the TLS handshake and a request's headers [`HEADER_READ_TIMEOUT`] each (counted from
//! the connection's start for its first request, and from the end of the previous response for
//! the next one on a kept-alive connection), its body [`crate::BODY_READ_TIMEOUT`]. A client
//! that opens a connection and sends nothing, or dribbles, is dropped then, so a few dozen of them
//! cannot hold the hub's connections open. Every connection carries its peer address
//! (`ConnectInfo<SocketAddr>`), which the per-address limits on PINs and pairing codes count by.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use waymark_api::{Api, Hub, HubEndpoint};

use crate::tls::TlsIdentity;

#[derive(Clone, Debug)]
pub struct HubOptions {
    /// Holds `tls/` (the certificate); the database path is the caller's choice.
    pub data_dir: PathBuf,
    /// Address of the HTTPS listener for devices. Default `0.0.0.0`: every network this machine
    /// is on, since the office hub exists to be reached from the office network.
    pub bind: IpAddr,
    /// Port of the loopback HTTP listener (0: any free one).
    pub port: u16,
    /// Port of the HTTPS listener (0: any free one).
    pub tls_port: u16,
    /// Host devices should use, put into pairing QR codes. Default: `bind`, or this machine's LAN
    /// address when `bind` is unspecified.
    pub advertise: Option<String>,
}

/// Longest a client may take over the TLS handshake, and over a request's headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The hub's options, as `waymark-hub` and `waymark-app --hub` take them.
pub const USAGE: &str =
    "usage: waymark-hub [--bind ADDR] [--port N] [--tls-port N] [--advertise HOST] [--data-dir DIR]
       waymark-app --hub [the same options]

  --bind ADDR       address of the HTTPS listener for phones and office computers
                    (default 0.0.0.0: every network of this computer; 127.0.0.1 for this
                    computer only)
  --port N          port of the plain-HTTP listener, always on 127.0.0.1, for this machine's
                    screen (default 8470; 0 picks a free one)
  --tls-port N      port of the HTTPS listener (default 8471; 0 picks a free one)
  --advertise HOST  host name or address phones should use (default: --bind, or this computer's
                    office network address; the pairing screen lets the facilitator pick another)
  --data-dir DIR    where the hub keeps hub.db and tls/ (default: ./waymark-hub-data for waymark-hub,
                    the app's data folder + /hub for waymark-app)";

/// Read the hub's options. `Ok(None)`: help was asked for (print [`USAGE`]).
pub fn parse_options(args: &[String], default_data_dir: PathBuf) -> anyhow::Result<Option<HubOptions>> {
    let mut options = HubOptions {
        bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        port: 8470,
        tls_port: 8471,
        advertise: None,
        data_dir: default_data_dir,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--bind" => options.bind = value()?.parse().context("--bind must be an IP address")?,
            "--port" => options.port = value()?.parse().context("--port must be a number from 0 to 65535")?,
            "--tls-port" => {
                options.tls_port = value()?.parse().context("--tls-port must be a number from 0 to 65535")?;
            }
            "--advertise" => options.advertise = Some(value()?.clone()),
            "--data-dir" => options.data_dir = PathBuf::from(value()?),
            "-h" | "--help" => return Ok(None),
            other => bail!("unknown option {other:?}\n\n{USAGE}"),
        }
    }
    Ok(Some(options))
}

/// Open the hub's database (`<data dir>/hub.db`) and start both listeners. A database that
/// cannot be opened is reported on stderr and left untouched; the UI explains.
pub async fn open_and_start(options: &HubOptions) -> anyhow::Result<RunningHub> {
    let content =
        waymark_content::Content::embedded().context("the built-in programme content is not valid")?;
    let db_path = options.data_dir.join("hub.db");
    crate::files::private_dir(&options.data_dir)?;
    let hub = Arc::new(Hub::new(Api::open(Arc::new(content), &db_path)));
    let db_files = crate::files::database_files(&db_path);
    crate::files::private_files(&db_files.iter().map(PathBuf::as_path).collect::<Vec<_>>())?;
    if let Ok(waymark_api::StatusView {
        database: waymark_api::DatabaseStatus::Unavailable { reason, .. },
        ..
    }) = hub.own().status(Default::default())
    {
        eprintln!("warning: {}: {reason}. The file was not changed; the UI will explain.", db_path.display());
    }
    start(hub, options).await
}

/// Say where the hub listens (tests and people read these lines).
pub fn print_addresses(hub: &RunningHub) {
    println!("Waymark hub listening on http://{}", hub.http);
    println!("Waymark hub devices: https://{} fingerprint {}", hub.https, hub.endpoint.fingerprint);
    println!("Phones are told to use https://{}", hub.endpoint.address);
    let others: Vec<&str> =
        hub.endpoint.choices.iter().map(String::as_str).filter(|a| *a != hub.endpoint.address).collect();
    if !others.is_empty() {
        println!("Other addresses of this computer (pick one on the pairing screen): {}", others.join(", "));
    }
    if waymark_api::is_loopback_address(&hub.endpoint.address) {
        println!(
            "warning: phones cannot reach this hub: it has no office network address (only this computer's own). \
             Connect it to the office Wi-Fi and start the hub again, or use --bind / --advertise."
        );
    }
}

/// A started hub. Dropping it stops both listeners.
pub struct RunningHub {
    /// Loopback plain-HTTP address (UI, facilitator and device routes).
    pub http: SocketAddr,
    /// HTTPS address (UI and device routes).
    pub https: SocketAddr,
    /// What devices are told: `host:port` and certificate fingerprint.
    pub endpoint: HubEndpoint,
    handles: [axum_server::Handle<SocketAddr>; 2],
    tasks: Vec<tokio::task::JoinHandle<()>>,
    hub: Arc<Hub>,
}

impl RunningHub {
    /// The hub's use-cases this server runs (for the facilitator's app to give it the room's
    /// speakers, [`Hub::set_room_voice`]).
    #[must_use]
    pub fn hub(&self) -> &Arc<Hub> {
        &self.hub
    }

    /// Stop accepting, let requests in flight finish, and wait for both listeners to close.
    pub async fn shutdown(mut self) {
        self.stop();
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
    }

    fn stop(&mut self) {
        // Live-session push streams never finish by themselves: end them first.
        self.hub.close_live();
        for handle in &self.handles {
            handle.graceful_shutdown(Some(Duration::from_secs(5)));
        }
    }
}

impl Drop for RunningHub {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Start both listeners on the current Tokio runtime. `api` learns the devices' endpoint.
pub async fn start(api: Arc<Hub>, options: &HubOptions) -> anyhow::Result<RunningHub> {
    crate::files::private_dir(&options.data_dir)?;
    let identity = TlsIdentity::load_or_create(&options.data_dir.join("tls"))?;
    let tls_config = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(identity.server_config()?));

    let http_addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), options.port);
    let http_listener =
        std::net::TcpListener::bind(http_addr).with_context(|| format!("cannot listen on {http_addr}"))?;
    let http = http_listener.local_addr()?;

    let tls_addr = SocketAddr::new(options.bind, options.tls_port);
    let tls_listener =
        std::net::TcpListener::bind(tls_addr).with_context(|| format!("cannot listen on {tls_addr}"))?;
    let https = tls_listener.local_addr()?;

    let port = https.port();
    let hosts = match &options.advertise {
        Some(host) => vec![host.clone()],
        None if options.bind.is_unspecified() => {
            let found = lan_candidates(lan_address(), interface_addresses());
            if found.is_empty() {
                vec![Ipv4Addr::LOCALHOST.to_string()]
            } else {
                found.iter().map(IpAddr::to_string).collect()
            }
        }
        None => vec![options.bind.to_string()],
    };
    let choices: Vec<String> = hosts
        .into_iter()
        .map(|host| {
            let host = if host.contains(':') && !host.starts_with('[') { format!("[{host}]") } else { host };
            format!("{host}:{port}")
        })
        .collect();
    let endpoint =
        HubEndpoint { address: choices[0].clone(), choices, fingerprint: identity.fingerprint.clone() };
    api.set_hub_endpoint(endpoint.clone());

    let handles = [axum_server::Handle::new(), axum_server::Handle::new()];
    // TCP_NODELAY on both listeners: a small answer (a no-change sync) goes out at once instead
    // of waiting ~40 ms for Nagle and the phone's delayed ACK (issue 12).
    let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(tls_config)
        .handshake_timeout(HEADER_READ_TIMEOUT)
        .acceptor(axum_server::accept::NoDelayAcceptor::new());
    let tls_server =
        bounded(axum_server::from_tcp(tls_listener)?.acceptor(acceptor).handle(handles[0].clone()));
    let device_app = crate::device_router(api.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let tls_task = tokio::spawn(async move {
        if let Err(e) = tls_server.serve(device_app).await {
            eprintln!("error: the HTTPS listener stopped: {e}");
        }
    });

    let http_server = bounded(
        axum_server::from_tcp(http_listener)?
            .acceptor(axum_server::accept::NoDelayAcceptor::new())
            .handle(handles[1].clone()),
    );
    let app = crate::router(api.clone(), http.port()).into_make_service_with_connect_info::<SocketAddr>();
    let http_task = tokio::spawn(async move {
        if let Err(e) = http_server.serve(app).await {
            eprintln!("error: the HTTP listener stopped: {e}");
        }
    });

    Ok(RunningHub { http, https, endpoint, handles, tasks: vec![tls_task, http_task], hub: api })
}

/// HTTP/1.1 only (no h2c upgrade or prior knowledge on loopback: one protocol to bound), with the
/// header timeouts of the module's decision.
fn bounded<A>(server: axum_server::Server<SocketAddr, A>) -> axum_server::Server<SocketAddr, A> {
    let mut server = server.http1_only().first_request_timeout(HEADER_READ_TIMEOUT);
    server.http_builder().http1().header_read_timeout(HEADER_READ_TIMEOUT);
    server
}

/// Every address of this machine's network interfaces, with the interface's name.
fn interface_addresses() -> Vec<(String, IpAddr)> {
    let all = if_addrs::get_if_addrs().unwrap_or_default();
    all.into_iter()
        .map(|i| {
            let ip = i.ip();
            (i.name, ip)
        })
        .collect()
}

/// The addresses a phone on the office network might use to reach this machine, best first:
/// the one the routing table would use for a private network (`routed`), then other private
/// IPv4 addresses, then other IPv4, then IPv6 unique-local and global ones. Never loopback or
/// link-local (a phone cannot be told a link-local address without its interface), nor the
/// bridges of containers and virtual machines (`docker0`, `br-…`, `veth…`, `virbr…`), which no
/// phone is on.
fn lan_candidates(routed: Option<IpAddr>, interfaces: Vec<(String, IpAddr)>) -> Vec<IpAddr> {
    let virtual_bridge = |name: &str| {
        ["docker", "br-", "veth", "virbr", "lxc", "cni", "flannel"].iter().any(|p| name.starts_with(p))
    };
    let usable = |ip: &IpAddr| match ip {
        IpAddr::V4(v4) => {
            !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified() && !v4.is_multicast()
        }
        IpAddr::V6(v6) => !v6.is_loopback() && !v6.is_unspecified() && (v6.segments()[0] & 0xffc0) != 0xfe80,
    };
    let rank = |ip: &IpAddr| match ip {
        _ if Some(*ip) == routed => 0,
        IpAddr::V4(v4) if v4.is_private() => 1,
        IpAddr::V4(_) => 2,
        IpAddr::V6(_) => 3,
    };
    let mut found: Vec<IpAddr> = interfaces
        .into_iter()
        .filter(|(name, ip)| !virtual_bridge(name) && usable(ip))
        .map(|(_, ip)| ip)
        .collect();
    if let Some(ip) = routed.filter(|ip| usable(ip) && !found.contains(ip)) {
        found.push(ip);
    }
    found.sort_by_key(|ip| (rank(ip), *ip));
    found.dedup();
    found
}

/// This machine's address on the LAN: the source address the OS would use to reach a private
/// network address. A UDP `connect` sends no packet; it only asks the routing table.
fn lan_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(10, 254, 254, 254), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("the test's own address")
    }

    #[test]
    fn phones_are_offered_the_routed_private_address_first_and_never_loopback_link_local_or_bridges() {
        let interfaces = vec![
            ("lo".to_string(), ip("127.0.0.1")),
            ("lo".to_string(), ip("::1")),
            ("docker0".to_string(), ip("172.17.0.1")),
            ("wlan0".to_string(), ip("fe80::1")),
            ("wlan0".to_string(), ip("169.254.3.4")),
            ("eth1".to_string(), ip("10.20.0.5")),
            ("wlan0".to_string(), ip("192.168.1.20")),
            ("wlan0".to_string(), ip("fd12::20")),
        ];
        assert_eq!(
            lan_candidates(Some(ip("192.168.1.20")), interfaces.clone()),
            vec![ip("192.168.1.20"), ip("10.20.0.5"), ip("fd12::20")]
        );
        assert_eq!(
            lan_candidates(None, interfaces)[0],
            ip("10.20.0.5"),
            "without a route: private IPv4 first"
        );
        let only_loopback = vec![("lo".to_string(), ip("127.0.0.1"))];
        assert!(lan_candidates(Some(ip("127.0.0.1")), only_loopback).is_empty());
    }

    #[test]
    fn the_hub_listens_on_every_network_by_default() {
        let options = parse_options(&[], PathBuf::from("x")).unwrap().unwrap();
        assert!(options.bind.is_unspecified());
    }
}
