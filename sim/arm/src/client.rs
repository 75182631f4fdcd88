//! HTTP clients that trust extra CAs (the simulators' generated ones): for fetching issuers' keys
//! here, and for tests and the operator to talk to the simulators with reqwest (and, through
//! `test_support::azure`, with azure_core).
//!
//! The workspace builds reqwest with `rustls-no-provider`, so the TLS configuration is built here
//! with rustls' ring provider and handed to reqwest whole.

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

/// A client configuration that could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("CA certificate {index}: not a PEM certificate: {message}")]
    Pem { index: usize, message: String },
    #[error("CA certificate {index}: rejected as a trust anchor: {source}")]
    Anchor { index: usize, source: rustls::Error },
    #[error("TLS configuration: {0}")]
    Rustls(#[from] rustls::Error),
    #[error("HTTP client: {0}")]
    Reqwest(#[from] reqwest::Error),
}

/// A rustls client configuration (ring provider, ALPN h2 and http/1.1) trusting exactly the given
/// PEM CA certificates (each text may hold several).
pub fn rustls_config_trusting(ca_pems: &[&str]) -> Result<rustls::ClientConfig, ClientError> {
    let mut roots = rustls::RootCertStore::empty();
    for (index, pem) in ca_pems.iter().enumerate() {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem.as_bytes())
            .collect::<Result<_, _>>()
            .map_err(|e| ClientError::Pem {
                index,
                message: e.to_string(),
            })?;
        if certs.is_empty() {
            return Err(ClientError::Pem {
                index,
                message: "no CERTIFICATE block".into(),
            });
        }
        for cert in certs {
            roots
                .add(cert)
                .map_err(|source| ClientError::Anchor { index, source })?;
        }
    }
    let mut config = rustls::ClientConfig::builder_with_provider(aso_simpki::provider())
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// A reqwest client trusting the given PEM CA certificates (plain HTTP works too).
pub fn reqwest_client_trusting(ca_pems: &[&str]) -> Result<reqwest::Client, ClientError> {
    let config = rustls_config_trusting(ca_pems)?;
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .build()?)
}
