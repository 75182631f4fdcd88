//! The TLS configuration every HTTPS client of the operator uses (ARM, Entra ID, managed identity):
//! rustls with the ring provider, trusting the system's root certificates plus those in the file
//! named by `SSL_CERT_FILE` (how tests point the operator at a simulator's CA).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

/// Where distributions keep their CA bundle; the first that exists is read.
const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("SSL_CERT_FILE {path}: {message}")]
    ExtraCerts { path: PathBuf, message: String },
    #[error("TLS configuration: {0}")]
    Rustls(#[from] rustls::Error),
}

/// The ring crypto provider: never aws-lc (it costs minutes per cold build).
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// A rustls client configuration trusting the system roots and the PEM certificates in `extra`.
/// A missing or unreadable `extra` file is an error (the operator was told to trust it); a missing
/// system bundle is not (minimal images have none, and the extra file may be all that is needed).
pub fn client_config(extra: Option<&Path>) -> Result<rustls::ClientConfig, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    if let Some(bundle) = SYSTEM_BUNDLES.iter().map(Path::new).find(|p| p.exists())
        && let Ok(pem) = std::fs::read(bundle)
    {
        // Distribution bundles hold a few certificates rustls rejects; skip those, keep the rest.
        let certs = CertificateDer::pem_slice_iter(&pem).filter_map(Result::ok);
        roots.add_parsable_certificates(certs);
    }
    if let Some(path) = extra {
        let pem = std::fs::read(path).map_err(|e| TlsError::ExtraCerts {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
            .collect::<Result<_, _>>()
            .map_err(|e| TlsError::ExtraCerts {
                path: path.to_path_buf(),
                message: format!("not PEM certificates: {e}"),
            })?;
        if certs.is_empty() {
            return Err(TlsError::ExtraCerts {
                path: path.to_path_buf(),
                message: "holds no CERTIFICATE block".into(),
            });
        }
        for cert in certs {
            roots.add(cert).map_err(|e| TlsError::ExtraCerts {
                path: path.to_path_buf(),
                message: format!("certificate rejected as a trust anchor: {e}"),
            })?;
        }
    }
    let mut config = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// An HTTP client for Azure endpoints with the configuration above.
pub fn http_client(extra: Option<&Path>) -> Result<reqwest::Client, TlsError> {
    let config = client_config(extra)?;
    reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .connect_timeout(std::time::Duration::from_secs(10))
        .timeout(std::time::Duration::from_secs(120))
        .pool_idle_timeout(std::time::Duration::from_secs(60))
        .build()
        .map_err(|e| TlsError::ExtraCerts {
            path: extra.map(Path::to_path_buf).unwrap_or_default(),
            message: format!("HTTP client: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_extra_file_is_named() {
        let err = client_config(Some(Path::new("/nonexistent/ca.pem"))).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/ca.pem"), "{err}");
    }

    #[test]
    fn extra_file_without_certificates_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pem");
        std::fs::write(&path, "nothing here").unwrap();
        let err = client_config(Some(&path)).unwrap_err();
        assert!(err.to_string().contains("no CERTIFICATE"), "{err}");
    }
}
