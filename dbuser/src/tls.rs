//! The trust every driver uses: Mozilla's root certificates (webpki-roots, compiled in; Azure's
//! database servers chain to them) plus the PEM certificates of `ConnectOptions::extra_ca_file`,
//! with rustls' ring provider.

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::{Error, ErrorClass};

/// The certificates of the extra CA file, each checked to be usable as a trust anchor.
pub(crate) fn extra_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let fail = |m: String| Error::new(ErrorClass::Tls, format!("CA file {}: {m}", path.display()));
    let pem = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<_, _>>()
        .map_err(|e| fail(format!("not PEM certificates: {e}")))?;
    if certs.is_empty() {
        return Err(fail("holds no CERTIFICATE block".into()));
    }
    Ok(certs)
}

/// A rustls client configuration trusting Mozilla's roots and `extra`.
pub(crate) fn client_config(extra: Option<&Path>) -> Result<rustls::ClientConfig, Error> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = extra {
        for cert in extra_certificates(path)? {
            roots.add(cert).map_err(|e| {
                Error::new(
                    ErrorClass::Tls,
                    format!(
                        "CA file {}: certificate rejected as a trust anchor: {e}",
                        path.display()
                    ),
                )
            })?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::new(ErrorClass::Tls, format!("TLS configuration: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}
