//! Read a hub's certificate fingerprint before pairing by typed code (no QR code to carry it).
//!
//! The phone connects once, accepts whatever certificate the hub presents (the handshake
//! signature is still checked against it), and reports its SHA-256. Nothing is sent over the
//! connection. The participant compares the first characters with the facilitator's screen
//! before pairing; from then on only that certificate is accepted ([`crate::HubClient`]).

use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::ServerName;
use rustls::{ClientConfig, ClientConnection};

use crate::{HubError, PinnedCertVerifier, fingerprint};

/// The lower-case hex SHA-256 of the certificate the hub at `address` (`host:port`) presents.
pub fn probe_fingerprint(address: &str) -> Result<String, HubError> {
    let unreachable = |why: String| HubError::Unreachable(why);
    let addr = address
        .to_socket_addrs()
        .map_err(|e| unreachable(format!("{address} is not a hub address ({e})")))?
        .next()
        .ok_or_else(|| unreachable(format!("{address} is not a hub address")))?;
    let mut sock =
        TcpStream::connect_timeout(&addr, Duration::from_secs(10)).map_err(|e| unreachable(e.to_string()))?;
    sock.set_read_timeout(Some(Duration::from_secs(10))).map_err(|e| unreachable(e.to_string()))?;
    sock.set_write_timeout(Some(Duration::from_secs(10))).map_err(|e| unreachable(e.to_string()))?;
    let verifier = PinnedCertVerifier::any_to_read();
    let config = ClientConfig::builder_with_provider(verifier.provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| unreachable(format!("TLS is not available on this device ({e})")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    let name = ServerName::try_from("waymark-hub").map_err(|e| unreachable(e.to_string()))?;
    let mut conn = ClientConnection::new(Arc::new(config), name).map_err(|e| unreachable(e.to_string()))?;
    while conn.is_handshaking() {
        conn.complete_io(&mut sock).map_err(|e| unreachable(e.to_string()))?;
    }
    let cert = conn
        .peer_certificates()
        .and_then(|certs| certs.first())
        .ok_or_else(|| unreachable("the hub presented no certificate".into()))?;
    let fp = fingerprint(cert.as_ref());
    conn.send_close_notify();
    let _ = conn.complete_io(&mut sock);
    Ok(fp)
}
