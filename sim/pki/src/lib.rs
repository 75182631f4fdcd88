//! The simulators' certificate authority: a CA generated per process and the TLS server
//! certificates it signs, so clients verify a simulator by name against a CA they were handed,
//! as they would a private CA. rcgen and rustls with ring (never aws-lc: minutes per cold build).

use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A certificate or TLS configuration that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PkiError {
    #[error("generating certificates: {0}")]
    Certificate(#[from] rcgen::Error),
    #[error("building the TLS server configuration: {0}")]
    Rustls(#[from] rustls::Error),
}

/// The ring crypto provider, for servers and clients alike.
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// `localhost`, `127.0.0.1`, `::1`, then `extra` (DNS names or IP addresses), without duplicates.
pub fn loopback_names(extra: &[String]) -> Vec<String> {
    let mut names: Vec<String> = vec!["localhost".into(), "127.0.0.1".into(), "::1".into()];
    for name in extra {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    names
}

/// A certificate signed by an [`Authority`], with its key.
pub struct Leaf {
    /// The certificate, then the CA's: what a server presents.
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
}

/// A certificate authority living as long as the process that made it.
pub struct Authority {
    issuer: Issuer<'static, KeyPair>,
    cert: rcgen::Certificate,
}

impl std::fmt::Debug for Authority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authority")
            .field("pem", &self.pem())
            .finish_non_exhaustive()
    }
}

impl Authority {
    /// A new CA named `common_name`.
    pub fn generate(common_name: &str) -> Result<Authority, PkiError> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, common_name);
        dn.push(DnType::OrganizationName, "aso-rs simulators");
        params.distinguished_name = dn;
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let cert = params.self_signed(&key)?;
        Ok(Authority {
            issuer: Issuer::new(params, key),
            cert,
        })
    }

    /// The CA certificate, PEM: what clients trust.
    pub fn pem(&self) -> String {
        self.cert.pem()
    }

    /// The CA certificate, DER.
    pub fn der(&self) -> CertificateDer<'static> {
        self.cert.der().clone()
    }

    /// A server certificate for `names` (DNS names or IP addresses, the first few usually
    /// [`loopback_names`]).
    pub fn issue(&self, common_name: &str, names: &[String]) -> Result<Leaf, PkiError> {
        let (cert, key) = self.sign(common_name, names)?;
        Ok(Leaf {
            chain: vec![cert.der().clone(), self.der()],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        })
    }

    fn sign(
        &self,
        common_name: &str,
        names: &[String],
    ) -> Result<(rcgen::Certificate, KeyPair), PkiError> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(names.to_vec())?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, common_name);
        params.distinguished_name = dn;
        let cert = params.signed_by(&key, &self.issuer)?;
        Ok((cert, key))
    }

    /// A server certificate for `names` as PEM files are written (certificate then CA, and
    /// the PKCS#8 key): for servers that read `tls.crt` and `tls.key`, such as webhooks.
    pub fn issue_pem(
        &self,
        common_name: &str,
        names: &[String],
    ) -> Result<(String, String), PkiError> {
        let (cert, key) = self.sign(common_name, names)?;
        Ok((format!("{}{}", cert.pem(), self.pem()), key.serialize_pem()))
    }

    /// A rustls server configuration presenting a certificate for `names`, offering HTTP/2 and
    /// HTTP/1.1.
    pub fn server_config(
        &self,
        common_name: &str,
        names: &[String],
    ) -> Result<Arc<rustls::ServerConfig>, PkiError> {
        let leaf = self.issue(common_name, names)?;
        let mut config = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_single_cert(leaf.chain, leaf.key)?;
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::pki_types::{ServerName, UnixTime};

    fn verify(ca: &Authority, leaf: &Leaf, name: &str) -> Result<(), webpki::Error> {
        let anchor = webpki::anchor_from_trusted_cert(&ca.der())
            .unwrap()
            .to_owned();
        let cert = webpki::EndEntityCert::try_from(&leaf.chain[0]).unwrap();
        let algs = rustls::crypto::ring::default_provider().signature_verification_algorithms;
        cert.verify_for_usage(
            algs.all,
            &[anchor],
            &leaf.chain[1..],
            UnixTime::now(),
            webpki::KeyUsage::server_auth(),
            None,
            None,
        )?;
        cert.verify_is_valid_for_subject_name(&ServerName::try_from(name.to_string()).unwrap())
    }

    #[test]
    fn server_certificates_chain_to_the_ca_for_exactly_their_names() {
        let ca = Authority::generate("test CA").unwrap();
        let names = loopback_names(&["login.microsoftonline.com".into(), "localhost".into()]);
        assert_eq!(
            names,
            ["localhost", "127.0.0.1", "::1", "login.microsoftonline.com"]
        );
        let leaf = ca.issue("test", &names).unwrap();
        for name in ["localhost", "127.0.0.1", "::1", "login.microsoftonline.com"] {
            verify(&ca, &leaf, name).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert!(verify(&ca, &leaf, "management.azure.com").is_err());
        let other = Authority::generate("other CA").unwrap();
        assert!(
            verify(&other, &leaf, "localhost").is_err(),
            "another CA does not vouch for it"
        );
        assert!(ca.pem().starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(ca.server_config("test", &names).is_ok());
        let (chain, key) = ca.issue_pem("test", &names).unwrap();
        assert_eq!(chain.matches("-----BEGIN CERTIFICATE-----").count(), 2);
        assert!(chain.ends_with(&ca.pem()), "the CA follows the certificate");
        assert!(key.starts_with("-----BEGIN PRIVATE KEY-----"));
    }
}
