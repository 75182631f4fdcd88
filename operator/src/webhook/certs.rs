//! The conversion webhook's serving certificate, issued by the process itself (no cert-manager):
//! a CA of its own and a leaf for the webhook Service, both kept in one Secret of the operator's
//! namespace so every replica serves the same certificate and the CRDs trust one CA bundle.
//!
//! Rotation never leaves kube-apiserver without a trusted path to the serving certificate:
//! - the leaf is renewed [`LEAF_RENEW_BEFORE`] its expiry, by the current CA (same bundle);
//! - the CA is renewed [`CA_RENEW_BEFORE`] its expiry; the old CA stays in the bundle until it
//!   expires, and the leaf is reissued by the new CA only once the new CA has been in the
//!   bundle for [`CA_PROPAGATION`] (every replica republishes the bundle into the CRDs within a
//!   refresh period, far shorter).
//!
//! Expiries are kept as annotations of the Secret (RFC 3339), so nothing here parses X.509.

use std::collections::BTreeMap;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use time::{Duration, OffsetDateTime};

/// The Secret (in the operator's namespace) holding the CA and the serving certificate.
pub const SECRET_NAME: &str = "azureserviceoperator-webhook-server-cert";

pub const CA_LIFETIME: Duration = Duration::days(5 * 365);
pub const CA_RENEW_BEFORE: Duration = Duration::days(365);
pub const CA_PROPAGATION: Duration = Duration::minutes(10);
pub const LEAF_LIFETIME: Duration = Duration::days(365);
pub const LEAF_RENEW_BEFORE: Duration = Duration::days(90);
/// Certificates start a little in the past: clocks of the API server and ours differ.
const BACKDATE: Duration = Duration::minutes(5);

const ANNOTATION_PREFIX: &str = "serviceoperator.azure.com/webhook-";

/// A CA: its certificate, key and validity.
#[derive(Clone, PartialEq, Eq)]
pub struct Ca {
    pub cert_pem: String,
    key_pem: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

/// The serving certificate, with the fingerprint of the CA that signed it.
#[derive(Clone, PartialEq, Eq)]
pub struct Leaf {
    pub cert_pem: String,
    key_pem: String,
    pub not_after: OffsetDateTime,
    pub issued_by: String,
}

/// What the Secret holds.
#[derive(Clone, PartialEq, Eq)]
pub struct Certificates {
    pub ca: Ca,
    /// The CA before the last rotation, trusted until it expires.
    pub previous_ca: Option<Ca>,
    pub leaf: Leaf,
}

impl std::fmt::Debug for Ca {
    // Never the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca")
            .field("fingerprint", &self.fingerprint())
            .field("not_after", &self.not_after)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Leaf {
    // Never the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Leaf")
            .field("issued_by", &self.issued_by)
            .field("not_after", &self.not_after)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Certificates {
    // Never the keys.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Certificates")
            .field("ca_not_after", &self.ca.not_after)
            .field("leaf_not_after", &self.leaf.not_after)
            .field("previous_ca", &self.previous_ca.is_some())
            .finish()
    }
}

/// The DNS names kube-apiserver (and pods) may reach the webhook Service by.
pub fn service_names(service: &str, namespace: &str) -> Vec<String> {
    vec![
        format!("{service}.{namespace}.svc"),
        format!("{service}.{namespace}.svc.cluster.local"),
        format!("{service}.{namespace}"),
        service.to_string(),
    ]
}

fn error(e: rcgen::Error) -> String {
    format!("issuing the webhook certificate: {e}")
}

/// The CA's parameters, rebuilt the same way from its start time whenever it signs: its
/// subject names that time, so two CAs in the bundle never share a subject.
fn ca_params(not_before: OffsetDateTime, not_after: OffsetDateTime) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    let mut dn = DistinguishedName::new();
    dn.push(
        DnType::CommonName,
        format!(
            "azureserviceoperator-webhook-ca-{}",
            not_before.unix_timestamp()
        ),
    );
    params.distinguished_name = dn;
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = not_before;
    params.not_after = not_after;
    params
}

/// Whole seconds: what certificates and annotations keep.
fn seconds(t: OffsetDateTime) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t.unix_timestamp()).unwrap_or(t)
}

impl Ca {
    pub fn generate(now: OffsetDateTime) -> Result<Ca, String> {
        let key = KeyPair::generate().map_err(error)?;
        let not_before = seconds(now - BACKDATE);
        let not_after = seconds(now + CA_LIFETIME);
        let cert = ca_params(not_before, not_after)
            .self_signed(&key)
            .map_err(error)?;
        Ok(Ca {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
            not_before,
            not_after,
        })
    }

    /// SHA-256 of the certificate, hex: which CA signed a leaf.
    pub fn fingerprint(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, self.cert_pem.as_bytes());
        digest.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// A serving certificate for `names`, expiring before this CA does.
    pub fn issue(&self, names: &[String], now: OffsetDateTime) -> Result<Leaf, String> {
        let ca_key = KeyPair::from_pem(&self.key_pem).map_err(error)?;
        let issuer = Issuer::new(ca_params(self.not_before, self.not_after), ca_key);
        let key = KeyPair::generate().map_err(error)?;
        let mut params = CertificateParams::new(names.to_vec()).map_err(error)?;
        let mut dn = DistinguishedName::new();
        dn.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        params.distinguished_name = dn;
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.not_before = seconds(now - BACKDATE);
        params.not_after = seconds((now + LEAF_LIFETIME).min(self.not_after));
        let cert = params.signed_by(&key, &issuer).map_err(error)?;
        Ok(Leaf {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
            not_after: params.not_after,
            issued_by: self.fingerprint(),
        })
    }
}

impl Certificates {
    pub fn generate(names: &[String], now: OffsetDateTime) -> Result<Certificates, String> {
        let ca = Ca::generate(now)?;
        let leaf = ca.issue(names, now)?;
        Ok(Certificates {
            ca,
            previous_ca: None,
            leaf,
        })
    }

    /// What should replace these certificates at `now`, or `None` while they serve well.
    pub fn renewed(
        &self,
        names: &[String],
        now: OffsetDateTime,
    ) -> Result<Option<Certificates>, String> {
        if self.ca.not_after - now <= CA_RENEW_BEFORE {
            let mut next = self.clone();
            next.previous_ca = Some(self.ca.clone());
            next.ca = Ca::generate(now)?;
            if next.leaf.not_after <= now {
                // Nothing serves anyway: no reason to wait for the new CA to spread.
                next.leaf = next.ca.issue(names, now)?;
            }
            return Ok(Some(next));
        }
        let previous_expired = self
            .previous_ca
            .as_ref()
            .is_some_and(|p| p.not_after <= now);
        let leaf_due = self.leaf.not_after - now <= LEAF_RENEW_BEFORE;
        let leaf_of_old_ca = self.leaf.issued_by != self.ca.fingerprint();
        let ca_spread = now - self.ca.not_before - BACKDATE >= CA_PROPAGATION;
        let reissue = (leaf_of_old_ca && (ca_spread || self.leaf.not_after <= now))
            || (leaf_due && !leaf_of_old_ca);
        if !reissue && !previous_expired {
            return Ok(None);
        }
        let mut next = self.clone();
        if reissue {
            next.leaf = self.ca.issue(names, now)?;
        }
        if previous_expired {
            next.previous_ca = None;
        }
        Ok(Some(next))
    }

    /// The CA bundle the CRDs carry: the current CA, and the previous one while it is valid.
    pub fn bundle(&self, now: OffsetDateTime) -> String {
        let mut bundle = self.ca.cert_pem.clone();
        if let Some(previous) = self.previous_ca.as_ref().filter(|p| p.not_after > now) {
            bundle.push_str(&previous.cert_pem);
        }
        bundle
    }

    /// The chain and key the server presents.
    pub fn serving(
        &self,
    ) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), String> {
        let chain = CertificateDer::pem_slice_iter(self.leaf.cert_pem.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("the webhook certificate: {e}"))?;
        let key = PrivateKeyDer::from_pem_slice(self.leaf.key_pem.as_bytes())
            .map_err(|e| format!("the webhook certificate's key: {e}"))?;
        Ok((chain, key))
    }

    /// The Secret's `data` and the annotations that go with it.
    pub fn to_secret(&self) -> (BTreeMap<String, Vec<u8>>, BTreeMap<String, String>) {
        let mut data = BTreeMap::new();
        let mut annotations = BTreeMap::new();
        let time = |t: OffsetDateTime| {
            t.format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default()
        };
        data.insert("ca.crt".into(), self.ca.cert_pem.clone().into_bytes());
        data.insert("ca.key".into(), self.ca.key_pem.clone().into_bytes());
        annotations.insert(
            format!("{ANNOTATION_PREFIX}ca-not-before"),
            time(self.ca.not_before),
        );
        annotations.insert(
            format!("{ANNOTATION_PREFIX}ca-not-after"),
            time(self.ca.not_after),
        );
        if let Some(previous) = &self.previous_ca {
            data.insert(
                "previous-ca.crt".into(),
                previous.cert_pem.clone().into_bytes(),
            );
            annotations.insert(
                format!("{ANNOTATION_PREFIX}previous-ca-not-after"),
                time(previous.not_after),
            );
        }
        // The leaf as TLS Secrets hold it: the certificate, then its CA.
        data.insert(
            "tls.crt".into(),
            format!("{}{}", self.leaf.cert_pem, self.ca_of_leaf().cert_pem).into_bytes(),
        );
        data.insert("tls.key".into(), self.leaf.key_pem.clone().into_bytes());
        annotations.insert(
            format!("{ANNOTATION_PREFIX}tls-not-after"),
            time(self.leaf.not_after),
        );
        annotations.insert(
            format!("{ANNOTATION_PREFIX}tls-issued-by"),
            self.leaf.issued_by.clone(),
        );
        (data, annotations)
    }

    fn ca_of_leaf(&self) -> &Ca {
        match &self.previous_ca {
            Some(previous) if previous.fingerprint() == self.leaf.issued_by => previous,
            _ => &self.ca,
        }
    }

    /// Reads what [`Certificates::to_secret`] wrote; an error names what is missing or wrong
    /// (the caller then issues new certificates).
    pub fn from_secret(
        data: &BTreeMap<String, Vec<u8>>,
        annotations: &BTreeMap<String, String>,
    ) -> Result<Certificates, String> {
        let text = |key: &str| -> Result<String, String> {
            let bytes = data.get(key).ok_or_else(|| format!("no {key:?}"))?;
            String::from_utf8(bytes.clone()).map_err(|_| format!("{key:?} is not text"))
        };
        let time = |key: &str| -> Result<OffsetDateTime, String> {
            let name = format!("{ANNOTATION_PREFIX}{key}");
            let value = annotations
                .get(&name)
                .ok_or_else(|| format!("no annotation {name}"))?;
            OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339)
                .map_err(|e| format!("annotation {name}: {e}"))
        };
        let ca = Ca {
            cert_pem: text("ca.crt")?,
            key_pem: text("ca.key")?,
            not_before: time("ca-not-before")?,
            not_after: time("ca-not-after")?,
        };
        KeyPair::from_pem(&ca.key_pem).map_err(|e| format!("\"ca.key\": {e}"))?;
        let previous_ca = match data.get("previous-ca.crt") {
            None => None,
            Some(_) => Some(Ca {
                cert_pem: text("previous-ca.crt")?,
                key_pem: String::new(),
                not_before: OffsetDateTime::UNIX_EPOCH,
                not_after: time("previous-ca-not-after")?,
            }),
        };
        let chain = text("tls.crt")?;
        let first_end = chain
            .find("-----END CERTIFICATE-----")
            .map(|i| i + "-----END CERTIFICATE-----".len())
            .ok_or("\"tls.crt\" holds no certificate")?;
        let leaf = Leaf {
            cert_pem: format!("{}\n", &chain[..first_end]),
            key_pem: text("tls.key")?,
            not_after: time("tls-not-after")?,
            issued_by: annotations
                .get(&format!("{ANNOTATION_PREFIX}tls-issued-by"))
                .cloned()
                .unwrap_or_default(),
        };
        let certificates = Certificates {
            ca,
            previous_ca,
            leaf,
        };
        certificates.serving()?;
        Ok(certificates)
    }
}

#[cfg(test)]
#[path = "certs_tests.rs"]
mod tests;
