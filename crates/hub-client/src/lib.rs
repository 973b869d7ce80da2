//! The device side of talking to an office hub: pairing and sync over HTTPS, with the hub's
//! self-signed certificate **pinned** by its SHA-256 fingerprint.
//!
//! No Tauri here, so the app shell (`src-tauri`), tests and the benchmark share it. The HTTP
//! client is `ureq` 3 (blocking, small); TLS is rustls with the `ring` provider and a
//! [`PinnedCertVerifier`] that accepts exactly one certificate: no CA store, no host-name check
//! (the hub's LAN address may change), but the handshake signature is still verified against the
//! pinned certificate's key, so presenting the certificate without its key fails.
//!
//! `ureq` 3 takes no custom `ServerCertVerifier` in its stable config, so the TLS layer is our own
//! [`Connector`] chained after its TCP connector (the `unversioned` transport API, pinned to the
//! `3.5` line in the workspace).

mod probe;

use std::fmt;
use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme, StreamOwned};
use sha2::{Digest, Sha256};
use ureq::unversioned::resolver::DefaultResolver;
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, TcpConnector, Transport,
    TransportAdapter,
};
use waymark_core::live::{LiveAnswerRequest, LiveAnswered, LiveJoinRequest, LiveSummary};
use waymark_core::sync::{
    DeviceSyncRequest, Exchange, Exchanged, PROTOCOL_V1, PairRequest, PairResponse, SyncError, SyncRequest,
    SyncResponse, SyncTransport,
};

pub use crate::probe::probe_fingerprint;

/// Largest response read (a pull chunk of 500 events is far below this).
const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a call to the hub did not succeed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HubError {
    /// No answer: hub not reachable, connection cut, or TLS refused (e.g. the certificate does
    /// not match the pinned fingerprint). Nothing was sent after the handshake.
    Unreachable(String),
    /// The TLS handshake found a certificate other than the one this phone was paired with: not
    /// the office hub (or the hub was set up again). Nothing was sent.
    WrongHub,
    /// The hub answered with an error: HTTP status and its `{code, message}`.
    Refused { status: u16, code: String, message: String },
}

impl fmt::Display for HubError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HubError::Unreachable(why) => write!(f, "Could not reach the hub: {why}"),
            HubError::WrongHub => {
                f.write_str("the hub's certificate is not the one this phone was paired with")
            }
            HubError::Refused { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for HubError {}

/// What a pairing QR code carries (`waymark://pair?v=1&addr=…&fp=…&t=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    pub address: String,
    pub fingerprint: String,
    pub token: String,
}

impl Invite {
    /// Read a scanned pairing URI. `None` if it is not a Waymark pairing code.
    #[must_use]
    pub fn parse(uri: &str) -> Option<Invite> {
        let query = uri.strip_prefix("waymark://pair?")?;
        let (mut address, mut fingerprint, mut token, mut version) = (None, None, None, None);
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=')?;
            let value = percent_decode(value)?;
            match key {
                "v" => version = Some(value),
                "addr" => address = Some(value),
                "fp" => fingerprint = Some(value),
                "t" => token = Some(value),
                _ => {}
            }
        }
        if version.as_deref() != Some("1") {
            return None;
        }
        let fingerprint = fingerprint?.to_ascii_lowercase();
        if fingerprint.len() != 64 || !fingerprint.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        Some(Invite { address: address?, fingerprint, token: token? })
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Lower-case hex SHA-256 of a certificate's DER.
#[must_use]
pub fn fingerprint(cert_der: &[u8]) -> String {
    Sha256::digest(cert_der).iter().map(|b| format!("{b:02x}")).collect()
}

/// Accepts exactly the certificate whose SHA-256 is `pinned`, and nothing else. The one other
/// use, [`probe_fingerprint`] reading a hub's certificate before pairing, is the same
/// verifier with no pin (crate-private), so both check the handshake signature the same way.
#[derive(Debug)]
pub struct PinnedCertVerifier {
    /// `None` only for the probe, which sends nothing over the connection.
    pinned: Option<String>,
    provider: Arc<CryptoProvider>,
    /// Set when a handshake met another certificate, so the client can say `WrongHub` as a type
    /// rather than by reading the TLS error's text.
    mismatched: Arc<AtomicBool>,
}

impl PinnedCertVerifier {
    #[must_use]
    pub fn new(pinned_hex: &str) -> PinnedCertVerifier {
        PinnedCertVerifier::with_pin(Some(pinned_hex.to_ascii_lowercase()))
    }

    /// Accepts any certificate whose handshake signature is good: only for reading it.
    pub(crate) fn any_to_read() -> PinnedCertVerifier {
        PinnedCertVerifier::with_pin(None)
    }

    fn with_pin(pinned: Option<String>) -> PinnedCertVerifier {
        PinnedCertVerifier {
            pinned,
            provider: Arc::new(rustls::crypto::ring::default_provider()),
            mismatched: Arc::new(AtomicBool::new(false)),
        }
    }

    pub(crate) fn provider(&self) -> Arc<CryptoProvider> {
        self.provider.clone()
    }
}

impl ServerCertVerifier for PinnedCertVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // Constant-time comparison is not needed: the fingerprint is public, not a secret.
        let Some(pinned) = &self.pinned else {
            return Ok(ServerCertVerified::assertion());
        };
        if &fingerprint(end_entity.as_ref()) == pinned {
            Ok(ServerCertVerified::assertion())
        } else {
            self.mismatched.store(true, Ordering::SeqCst);
            Err(rustls::Error::General(
                "the hub's certificate is not the one this phone was paired with".into(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// A `ureq` connector that wraps the TCP stream in rustls with a pinned certificate.
#[derive(Debug)]
struct PinnedTls {
    config: Arc<ClientConfig>,
}

impl<In: Transport> Connector<In> for PinnedTls {
    type Out = Either<In, PinnedTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        // The name is only sent as SNI; the verifier pins the certificate and ignores names.
        let name =
            ServerName::try_from("waymark-hub").map_err(|e| ureq::Error::Io(std::io::Error::other(e)))?;
        let mut conn = ClientConnection::new(self.config.clone(), name)
            .map_err(|e| ureq::Error::Io(std::io::Error::other(e)))?;
        let mut sock = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        sock.set_timeout(details.timeout);
        conn.complete_io(&mut sock)?;
        let buffers =
            LazyBuffers::new(details.config.input_buffer_size(), details.config.output_buffer_size());
        Ok(Some(Either::B(PinnedTransport { buffers, stream: StreamOwned { conn, sock } })))
    }
}

struct PinnedTransport {
    buffers: LazyBuffers,
    stream: StreamOwned<ClientConnection, TransportAdapter>,
}

impl fmt::Debug for PinnedTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PinnedTransport")
    }
}

impl Transport for PinnedTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        self.stream.write_all(output)?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = self.stream.read(input)?;
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// A connection to one hub, pinned to its certificate. Cheap to clone; reuses connections.
#[derive(Clone)]
pub struct HubClient {
    agent: ureq::Agent,
    base: String,
    mismatched: Arc<AtomicBool>,
}

impl HubClient {
    /// `address`: the hub's `host:port` (from the QR code). `fingerprint`: hex SHA-256 of its
    /// certificate; every connection whose certificate differs is refused during the handshake.
    pub fn new(address: &str, fingerprint: &str) -> Result<HubClient, HubError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier = Arc::new(PinnedCertVerifier::new(fingerprint));
        let mismatched = verifier.mismatched.clone();
        let mut config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| HubError::Unreachable(format!("TLS is not available on this device ({e})")))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        let connector = TcpConnector::default().chain(PinnedTls { config: Arc::new(config) });
        // Only the headers a request needs: a sync with nothing new is a few hundred bytes.
        let agent_config = ureq::Agent::config_builder()
            .user_agent(ureq::config::AutoHeaderValue::None)
            .accept(ureq::config::AutoHeaderValue::None)
            .accept_encoding(ureq::config::AutoHeaderValue::None)
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .timeout_connect(Some(Duration::from_secs(10)))
            .build();
        Ok(HubClient {
            agent: ureq::Agent::with_parts(agent_config, connector, DefaultResolver::default()),
            base: format!("https://{address}"),
            mismatched,
        })
    }

    /// A request that got no answer: `WrongHub` if the handshake met another certificate.
    fn no_answer(&self, e: &ureq::Error) -> HubError {
        if self.mismatched.swap(false, Ordering::SeqCst) {
            HubError::WrongHub
        } else {
            HubError::Unreachable(e.to_string())
        }
    }

    /// POST raw bytes; the status and body of whatever the hub answered.
    pub fn post_raw(
        &self,
        path: &str,
        bearer: Option<&str>,
        body: &[u8],
    ) -> Result<(u16, Vec<u8>), HubError> {
        let mut request = self.agent.post(format!("{}{path}", self.base)).content_type("application/json");
        if let Some(credential) = bearer {
            request = request.header("authorization", format!("Bearer {credential}"));
        }
        let mut response = request.send(body).map_err(|e| self.no_answer(&e))?;
        let status = response.status().as_u16();
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_RESPONSE_BYTES)
            .read_to_vec()
            .map_err(|e| HubError::Unreachable(e.to_string()))?;
        Ok((status, bytes))
    }

    fn post_json<Req: serde::Serialize, Res: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        bearer: Option<&str>,
        request: &Req,
    ) -> Result<Res, HubError> {
        let body = serde_json::to_vec(request).map_err(|e| HubError::Unreachable(e.to_string()))?;
        let (status, bytes) = self.post_raw(path, bearer, &body)?;
        if status == 200 {
            return serde_json::from_slice(&bytes)
                .map_err(|e| HubError::Unreachable(format!("the hub's answer was not understood ({e})")));
        }
        Err(Self::refused(status, &bytes))
    }

    /// Pair with a typed 6-digit code or a scanned QR token.
    pub fn pair(
        &self,
        secret: &str,
        participant_id: &str,
        device_id: &str,
    ) -> Result<PairResponse, HubError> {
        let request = PairRequest {
            secret: secret.to_string(),
            participant_id: participant_id.to_string(),
            device_id: device_id.to_string(),
        };
        self.post_json("/device/v1/pair", None, &request)
    }

    /// Tell the hub this phone is erasing itself: its pairing is revoked there.
    pub fn forget(&self, credential: &str) -> Result<(), HubError> {
        let _: serde_json::Value =
            self.post_json("/device/v1/forget", Some(credential), &serde_json::json!({}))?;
        Ok(())
    }

    /// The live group session, authenticated with the pairing credential.
    #[must_use]
    pub fn live(&self, credential: &str) -> HubLive {
        HubLive { client: self.clone(), credential: credential.to_string() }
    }

    fn refused(status: u16, bytes: &[u8]) -> HubError {
        let error: serde_json::Value = serde_json::from_slice(bytes).unwrap_or_default();
        HubError::Refused {
            status,
            code: error["code"].as_str().unwrap_or("unknown").to_string(),
            message: error["message"]
                .as_str()
                .map_or_else(|| format!("The hub refused the request (HTTP {status})."), str::to_string),
        }
    }

    /// A [`SyncTransport`] for `Api::sync_with`, authenticated with the pairing credential.
    #[must_use]
    pub fn sync_transport(&self, credential: &str) -> HubSync {
        HubSync { client: self.clone(), credential: credential.to_string() }
    }
}

/// Sync requests to the hub over the pinned HTTPS connection.
pub struct HubSync {
    client: HubClient,
    credential: String,
}

/// Requests smaller than this go uncompressed (gzip's header would outweigh what it saves).
const COMPRESS_FROM_BYTES: usize = 512;

impl HubSync {
    /// One protocol-1 request, with the hub's error kept whole.
    ///
    /// A request that got no answer is sent once more: a kept-alive connection may have been
    /// closed by the hub in the meantime, and every sync request is safe to repeat (a repeated
    /// push is a no-op, hello and pull only read). Pairing is one-time and is never repeated.
    pub fn send(&self, request: &SyncRequest) -> Result<SyncResponse, HubError> {
        let body = DeviceSyncRequest { protocol: PROTOCOL_V1, request: request.clone() };
        match self.client.post_json("/device/v1/sync", Some(&self.credential), &body) {
            Err(HubError::Unreachable(_)) => {
                self.client.post_json("/device/v1/sync", Some(&self.credential), &body)
            }
            other => other,
        }
    }

    /// One protocol-2 round trip: the body gzipped when worth it, the answer unzipped. A hub
    /// without the protocol-2 address answers 404 or 405: [`SyncError::OldHub`]. Repeated once when it
    /// got no answer, like [`HubSync::send`] (an exchange is safe to repeat).
    pub fn exchange_once(&self, request: &Exchange) -> Result<Exchanged, SyncError> {
        use std::io::Write;
        let json = serde_json::to_vec(request)
            .map_err(|_| SyncError::Protocol { what: "the request did not encode" })?;
        let (body, gzipped) = if json.len() >= COMPRESS_FROM_BYTES {
            let mut encoder = flate2::write::GzEncoder::new(
                Vec::with_capacity(json.len() / 4),
                flate2::Compression::default(),
            );
            encoder
                .write_all(&json)
                .map_err(|_| SyncError::Protocol { what: "the request did not compress" })?;
            (
                encoder.finish().map_err(|_| SyncError::Protocol { what: "the request did not compress" })?,
                true,
            )
        } else {
            (json, false)
        };
        let post = || {
            let mut request = self
                .client
                .agent
                .post(format!("{}/device/v2/sync", self.client.base))
                .content_type("application/json")
                .header("accept-encoding", "gzip")
                .header("authorization", format!("Bearer {}", self.credential));
            if gzipped {
                request = request.header("content-encoding", "gzip");
            }
            let mut response = request.send(&body[..]).map_err(|e| self.client.no_answer(&e))?;
            let status = response.status().as_u16();
            let zipped = response
                .headers()
                .get("content-encoding")
                .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"gzip"));
            let bytes = response
                .body_mut()
                .with_config()
                .limit(MAX_RESPONSE_BYTES)
                .read_to_vec()
                .map_err(|e| HubError::Unreachable(e.to_string()))?;
            Ok::<_, HubError>((status, zipped, bytes))
        };
        let (status, zipped, bytes) = match post() {
            Err(HubError::Unreachable(_)) => post(),
            other => other,
        }
        .map_err(SyncError::from)?;
        // A hub from before protocol 2 has no such route: its UI fallback answers a POST there
        // with 405 (a GET-only route), or 404.
        if status == 404 || status == 405 {
            return Err(SyncError::OldHub);
        }
        let bytes = if zipped {
            use std::io::Read;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .take(MAX_RESPONSE_BYTES)
                .read_to_end(&mut out)
                .map_err(|_| SyncError::Protocol { what: "the answer was not valid gzip" })?;
            out
        } else {
            bytes
        };
        if status != 200 {
            return Err(HubClient::refused(status, &bytes).into());
        }
        serde_json::from_slice(&bytes)
            .map_err(|_| SyncError::Protocol { what: "the answer was not understood" })
    }
}

impl From<HubError> for SyncError {
    fn from(error: HubError) -> SyncError {
        match error {
            HubError::Unreachable(detail) => SyncError::Unreachable { detail },
            HubError::WrongHub => SyncError::WrongHub,
            HubError::Refused { status, code, message } => SyncError::Refused { status, code, message },
        }
    }
}

/// Longest a follower holds one push stream before it connects again. ureq bounds a response
/// body's whole time, not each read, so this is also the longest a lost network (no FIN) goes
/// unnoticed. Reconnecting loses nothing: the first event of a stream is the state now.
pub const LIVE_STREAM_MAX: Duration = Duration::from_secs(25);

/// The live group session over the pinned HTTPS connection: what is on now, join, answer, and
/// the hub's push stream (Server-Sent Events).
pub struct HubLive {
    client: HubClient,
    credential: String,
}

impl HubLive {
    fn get(&self, path: &str) -> ureq::RequestBuilder<ureq::typestate::WithoutBody> {
        self.client
            .agent
            .get(format!("{}{path}", self.client.base))
            .header("authorization", format!("Bearer {}", self.credential))
    }

    /// The session on now for this phone's group (`None`: none).
    pub fn now(&self) -> Result<Option<LiveSummary>, HubError> {
        let mut response = self.get("/live/v1/now").call().map_err(|e| self.client.no_answer(&e))?;
        let status = response.status().as_u16();
        let bytes = response.body_mut().read_to_vec().map_err(|e| HubError::Unreachable(e.to_string()))?;
        if status != 200 {
            return Err(HubClient::refused(status, &bytes));
        }
        serde_json::from_slice(&bytes)
            .map_err(|e| HubError::Unreachable(format!("the hub's answer was not understood ({e})")))
    }

    pub fn join(&self, live_id: &str) -> Result<LiveSummary, HubError> {
        let request = LiveJoinRequest { live_id: live_id.to_string() };
        self.client.post_json("/live/v1/join", Some(&self.credential), &request)
    }

    /// One more for this answer on the hub's tally (no name); the phone keeps its own record.
    pub fn answer(&self, request: &LiveAnswerRequest) -> Result<LiveAnswered, HubError> {
        self.client.post_json("/live/v1/answer", Some(&self.credential), request)
    }

    /// Follow the push stream: `on` gets the state now, then every change, until it returns
    /// `false` (`Ok`), or the stream ends, at the latest after [`LIVE_STREAM_MAX`] (`Err`:
    /// follow again).
    pub fn follow(&self, mut on: impl FnMut(Option<LiveSummary>) -> bool) -> Result<(), HubError> {
        use std::io::BufRead;
        let request = self
            .get("/live/v1/events")
            .config()
            .timeout_global(None)
            .timeout_recv_body(Some(LIVE_STREAM_MAX))
            .build();
        let mut response = request.call().map_err(|e| self.client.no_answer(&e))?;
        let status = response.status().as_u16();
        if status != 200 {
            let bytes = response.body_mut().read_to_vec().unwrap_or_default();
            return Err(HubClient::refused(status, &bytes));
        }
        let reader = std::io::BufReader::new(response.into_body().into_reader());
        let mut data = String::new();
        for line in reader.lines() {
            let line = line.map_err(|e| HubError::Unreachable(e.to_string()))?;
            if let Some(rest) = line.strip_prefix("data:") {
                data.push_str(rest.trim_start());
            } else if line.is_empty() && !data.is_empty() {
                let state: Option<LiveSummary> = serde_json::from_str(&data)
                    .map_err(|e| HubError::Unreachable(format!("the hub's push was not understood ({e})")))?;
                data.clear();
                if !on(state) {
                    return Ok(());
                }
            }
        }
        Err(HubError::Unreachable("the hub closed the live session's stream".into()))
    }
}

impl SyncTransport for HubSync {
    fn exchange(&mut self, request: &Exchange) -> Result<Exchanged, SyncError> {
        self.exchange_once(request)
    }

    fn request_v1(&mut self, request: &SyncRequest) -> Result<SyncResponse, SyncError> {
        self.send(request).map_err(SyncError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pairing_uri_round_trips() {
        let fp = "ab".repeat(32);
        // As the hub writes it (`waymark_api::pairing_uri`).
        let uri = format!("waymark://pair?v=1&addr=192.168.1.5%3A8471&fp={fp}&t=tok_-x");
        let invite = Invite::parse(&uri).unwrap();
        assert_eq!(
            invite,
            Invite { address: "192.168.1.5:8471".into(), fingerprint: fp, token: "tok_-x".into() }
        );
    }

    /// Issue 15: the device side needs the wire types (in core), never the use-cases.
    #[test]
    fn the_client_depends_on_core_not_on_the_api() {
        let manifest = include_str!("../Cargo.toml");
        let deps = manifest.split("[dependencies]").nth(1).unwrap_or_default();
        let deps = deps.split("\n[").next().unwrap_or_default();
        assert!(deps.contains("waymark-core"), "{deps}");
        assert!(!deps.contains("waymark-api"), "{deps}");
    }

    #[test]
    fn other_codes_are_not_invites() {
        assert_eq!(Invite::parse("https://example.invalid/?t=1"), None);
        assert_eq!(Invite::parse("waymark://pair?v=2&addr=a&fp=00&t=x"), None);
        assert_eq!(Invite::parse("waymark://pair?v=1&addr=a&fp=short&t=x"), None);
        assert_eq!(Invite::parse("waymark://pair?v=1&addr=%zz&fp=00&t=x"), None);
    }
}
