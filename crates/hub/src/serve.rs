//! Starting and stopping the hub's two listeners (used by the binary, the tests and the
//! benchmark alike, so all three run the same server).

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use waymark_api::{Api, HubEndpoint};

use crate::tls::TlsIdentity;

#[derive(Clone, Debug)]
pub struct HubOptions {
    /// Holds `tls/` (the certificate); the database path is the caller's choice.
    pub data_dir: PathBuf,
    /// Address of the HTTPS listener for devices (`0.0.0.0` for the office LAN).
    pub bind: IpAddr,
    /// Port of the loopback HTTP listener (0: any free one).
    pub port: u16,
    /// Port of the HTTPS listener (0: any free one).
    pub tls_port: u16,
    /// Host devices should use, put into pairing QR codes. Default: `bind`, or this machine's LAN
    /// address when `bind` is unspecified.
    pub advertise: Option<String>,
}

/// A started hub. Dropping it stops both listeners.
pub struct RunningHub {
    /// Loopback plain-HTTP address (UI, facilitator and device routes).
    pub http: SocketAddr,
    /// HTTPS address (UI and device routes).
    pub https: SocketAddr,
    /// What devices are told: `host:port` and certificate fingerprint.
    pub endpoint: HubEndpoint,
    tls_handle: axum_server::Handle<SocketAddr>,
    http_stop: Option<tokio::sync::oneshot::Sender<()>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl RunningHub {
    /// Stop accepting, let requests in flight finish, and wait for both listeners to close.
    pub async fn shutdown(mut self) {
        self.stop();
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
    }

    fn stop(&mut self) {
        self.tls_handle.graceful_shutdown(Some(std::time::Duration::from_secs(5)));
        if let Some(stop) = self.http_stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for RunningHub {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Start both listeners on the current Tokio runtime. `api` learns the devices' endpoint.
pub async fn start(api: Arc<Api>, options: &HubOptions) -> anyhow::Result<RunningHub> {
    let identity = TlsIdentity::load_or_create(&options.data_dir.join("tls"))?;
    let tls_config = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(identity.server_config()?));

    let http_addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), options.port);
    let http_listener = tokio::net::TcpListener::bind(http_addr)
        .await
        .with_context(|| format!("cannot listen on {http_addr}"))?;
    let http = http_listener.local_addr()?;

    let tls_addr = SocketAddr::new(options.bind, options.tls_port);
    let tls_listener =
        std::net::TcpListener::bind(tls_addr).with_context(|| format!("cannot listen on {tls_addr}"))?;
    let https = tls_listener.local_addr()?;

    let host = match &options.advertise {
        Some(host) => host.clone(),
        None if options.bind.is_unspecified() => {
            lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)).to_string()
        }
        None => options.bind.to_string(),
    };
    let host = if host.contains(':') && !host.starts_with('[') { format!("[{host}]") } else { host };
    let endpoint = HubEndpoint {
        address: format!("{host}:{}", https.port()),
        fingerprint: identity.fingerprint.clone(),
    };
    api.set_hub_endpoint(endpoint.clone());

    let tls_handle = axum_server::Handle::new();
    let tls_server =
        axum_server::tls_rustls::from_tcp_rustls(tls_listener, tls_config)?.handle(tls_handle.clone());
    let device_app = crate::device_router(api.clone());
    let tls_task = tokio::spawn(async move {
        if let Err(e) = tls_server.serve(device_app.into_make_service()).await {
            eprintln!("error: the HTTPS listener stopped: {e}");
        }
    });

    let (http_stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = crate::router(api);
    let http_task = tokio::spawn(async move {
        let serve = axum::serve(http_listener, app).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = serve.await {
            eprintln!("error: the HTTP listener stopped: {e}");
        }
    });

    Ok(RunningHub {
        http,
        https,
        endpoint,
        tls_handle,
        http_stop: Some(http_stop),
        tasks: vec![tls_task, http_task],
    })
}

/// This machine's address on the LAN: the source address the OS would use to reach a private
/// network address. A UDP `connect` sends no packet; it only asks the routing table.
fn lan_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(10, 254, 254, 254), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}
