//! The hub's self-signed TLS identity.
//!
//! On first start a key pair and certificate are made with `rcgen` and kept in
//! `<data-dir>/tls/` (`cert.der`, `key.der`; the folder 0700 and both files 0600, see
//! `files.rs`); later starts
//! reuse them, so paired phones keep trusting the hub. Phones do not check a CA chain or a host
//! name (the hub's LAN address can change): they pin the **SHA-256 of the certificate's DER**,
//! learnt from the pairing QR code, and accept that certificate and nothing else.
//!
//! rustls with the `ring` provider: no OpenSSL, and no cmake/NASM build as `aws-lc-rs` needs.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

pub struct TlsIdentity {
    pub cert_der: Vec<u8>,
    key_der: Vec<u8>,
    /// Lower-case hex SHA-256 of `cert_der`.
    pub fingerprint: String,
}

/// Lower-case hex SHA-256 of a certificate's DER: what devices pin.
#[must_use]
pub fn fingerprint(cert_der: &[u8]) -> String {
    Sha256::digest(cert_der).iter().map(|b| format!("{b:02x}")).collect()
}

impl TlsIdentity {
    /// Load the identity from `dir`, or make and save a new one if there is none.
    pub fn load_or_create(dir: &Path) -> anyhow::Result<TlsIdentity> {
        let (cert_path, key_path) = (dir.join("cert.der"), dir.join("key.der"));
        crate::files::private_dir(dir)?;
        crate::files::private_files(&[&cert_path, &key_path])?;
        if cert_path.exists() && key_path.exists() {
            let cert_der =
                std::fs::read(&cert_path).with_context(|| format!("cannot read {}", cert_path.display()))?;
            let key_der =
                std::fs::read(&key_path).with_context(|| format!("cannot read {}", key_path.display()))?;
            let identity = TlsIdentity { fingerprint: fingerprint(&cert_der), cert_der, key_der };
            identity.server_config().with_context(|| {
                format!("the hub certificate in {} is damaged; move that folder away to make a new one (phones must then pair again)", dir.display())
            })?;
            return Ok(identity);
        }
        let certified =
            rcgen::generate_simple_self_signed(vec!["waymark-hub".to_string(), "localhost".to_string()])
                .context("cannot make the hub's certificate")?;
        let cert_der = certified.cert.der().to_vec();
        let key_der = certified.signing_key.serialize_der();
        write_private(&key_path, &key_der)?;
        write_private(&cert_path, &cert_der)?;
        Ok(TlsIdentity { fingerprint: fingerprint(&cert_der), cert_der, key_der })
    }

    /// A rustls server configuration presenting this certificate (HTTP/1.1 over TLS 1.2/1.3).
    pub fn server_config(&self) -> anyhow::Result<rustls::ServerConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_single_cert(
                vec![CertificateDer::from(self.cert_der.clone())],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone())),
            )?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }
}

/// Write via a temporary file (0600 from the start) and rename, so a crash never leaves half a
/// file.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    // The mode given to `open` is reduced by the umask; this is not.
    crate::files::private_files(&[&tmp])?;
    std::io::Write::write_all(&mut file, bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_certificate_is_made_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = TlsIdentity::load_or_create(&dir.path().join("tls")).unwrap();
        let again = TlsIdentity::load_or_create(&dir.path().join("tls")).unwrap();
        assert_eq!(first.fingerprint, again.fingerprint);
        assert_eq!(first.fingerprint.len(), 64);
        assert_eq!(first.fingerprint, fingerprint(&std::fs::read(dir.path().join("tls/cert.der")).unwrap()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("tls/key.der")).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "the key must be readable by the owner only");
        }
        let other = TlsIdentity::load_or_create(&dir.path().join("other")).unwrap();
        assert_ne!(first.fingerprint, other.fingerprint);
    }

    #[test]
    fn a_damaged_key_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        TlsIdentity::load_or_create(dir.path()).unwrap();
        std::fs::write(dir.path().join("key.der"), b"garbage").unwrap();
        let err = TlsIdentity::load_or_create(dir.path()).err().unwrap();
        assert!(format!("{err:#}").contains("damaged"), "{err:#}");
        assert_eq!(std::fs::read(dir.path().join("key.der")).unwrap(), b"garbage");
    }
}
