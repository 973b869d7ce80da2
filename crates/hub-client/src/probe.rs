//! Read a hub's certificate fingerprint before pairing by typed code (no QR code to carry it).
//!
//! The phone connects once, accepts whatever certificate the hub presents (the handshake
//! signature is still checked against it), and reports its SHA-256. Nothing is sent over the
//! connection. The participant compares the first characters with the facilitator's screen
//! before pairing; from then on only that certificate is accepted ([`crate::HubClient`]).

use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme};

use crate::{HubError, fingerprint};

/// Accepts any certificate; used only to read it, never to send data.
#[derive(Debug)]
struct AnyCert(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

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
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| unreachable(format!("TLS is not available on this device ({e})")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCert(provider)))
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
