//! Certificate credentials: a client assertion JWT signed with the certificate's private key
//! (RS256 for RSA keys, ES256 for P-256 keys), as Entra ID's certificate credential flow wants it.
//! Written with ring because the Azure SDK's certificate support pulls OpenSSL.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, RsaKeyPair};
use rustls::pki_types::pem::{PemObject, SectionKind};
use serde_json::json;

/// A certificate and its private key, read from `AZURE_CLIENT_CERTIFICATE` (PEM).
pub struct CertificateKey {
    /// DER of the leaf certificate (the first CERTIFICATE block).
    certificate: Vec<u8>,
    key: SigningKey,
}

enum SigningKey {
    Rsa(RsaKeyPair),
    Ecdsa(EcdsaKeyPair),
}

impl std::fmt::Debug for CertificateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("CertificateKey")
            .field("x5t#S256", &self.thumbprint_sha256())
            .finish_non_exhaustive()
    }
}

impl CertificateKey {
    /// Reads a PEM text holding a certificate and an unencrypted private key (PKCS#8, or PKCS#1
    /// for RSA). `password` is for encrypted keys, which are refused with a message saying so.
    /// Errors never contain key material.
    pub fn from_pem(pem: &str, password: Option<&str>) -> Result<CertificateKey, String> {
        let mut certificate = None;
        let mut key = None;
        let mut encrypted = false;
        for item in <(SectionKind, Vec<u8>)>::pem_slice_iter(pem.as_bytes()) {
            let (kind, der) = item.map_err(|e| format!("not valid PEM: {e}"))?;
            match kind {
                SectionKind::Certificate if certificate.is_none() => certificate = Some(der),
                SectionKind::PrivateKey if key.is_none() => key = Some(parse_pkcs8(&der)?),
                SectionKind::RsaPrivateKey if key.is_none() => {
                    key = Some(SigningKey::Rsa(RsaKeyPair::from_der(&der).map_err(
                        |e| format!("the RSA PRIVATE KEY block is not a usable RSA key: {e}"),
                    )?))
                }
                SectionKind::EcPrivateKey if key.is_none() => {
                    return Err("EC PRIVATE KEY (SEC1) blocks are not supported; convert the key to PKCS#8 (PRIVATE KEY)".into());
                }
                _ => {}
            }
        }
        if key.is_none() && pem.contains("BEGIN ENCRYPTED PRIVATE KEY") {
            encrypted = true;
        }
        if encrypted {
            return Err(match password {
                Some(_) => "the private key is encrypted; encrypted keys are not supported, give the key unencrypted (AZURE_CLIENT_CERTIFICATE_PASSWORD cannot be used)".into(),
                None => "the private key is encrypted and AZURE_CLIENT_CERTIFICATE_PASSWORD is not set; give the key unencrypted".into(),
            });
        }
        Ok(CertificateKey {
            certificate: certificate.ok_or("holds no CERTIFICATE block")?,
            key: key.ok_or("holds no PRIVATE KEY block")?,
        })
    }

    /// `x5t`: base64url of the SHA-1 of the certificate (what Entra ID matches registered
    /// certificates by, alongside `x5t#S256`).
    pub fn thumbprint_sha1(&self) -> String {
        URL_SAFE_NO_PAD.encode(ring::digest::digest(
            &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
            &self.certificate,
        ))
    }

    pub fn thumbprint_sha256(&self) -> String {
        URL_SAFE_NO_PAD.encode(ring::digest::digest(
            &ring::digest::SHA256,
            &self.certificate,
        ))
    }

    /// A client assertion for `client_id` at the token endpoint `audience`, valid ten minutes
    /// from `now` (Unix seconds).
    pub fn assertion(&self, client_id: &str, audience: &str, now: i64) -> Result<String, String> {
        let alg = match self.key {
            SigningKey::Rsa(_) => "RS256",
            SigningKey::Ecdsa(_) => "ES256",
        };
        let header = json!({
            "alg": alg,
            "typ": "JWT",
            "x5t": self.thumbprint_sha1(),
            "x5t#S256": self.thumbprint_sha256(),
        });
        let claims = json!({
            "aud": audience,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + 600,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let rng = SystemRandom::new();
        let signature = match &self.key {
            SigningKey::Rsa(key) => {
                let mut out = vec![0; key.public().modulus_len()];
                key.sign(
                    &signature::RSA_PKCS1_SHA256,
                    &rng,
                    signing_input.as_bytes(),
                    &mut out,
                )
                .map_err(|_| "signing the client assertion failed".to_string())?;
                out
            }
            SigningKey::Ecdsa(key) => key
                .sign(&rng, signing_input.as_bytes())
                .map_err(|_| "signing the client assertion failed".to_string())?
                .as_ref()
                .to_vec(),
        };
        Ok(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature)
        ))
    }
}

fn parse_pkcs8(der: &[u8]) -> Result<SigningKey, String> {
    if let Ok(rsa) = RsaKeyPair::from_pkcs8(der) {
        return Ok(SigningKey::Rsa(rsa));
    }
    let rng = SystemRandom::new();
    EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, der, &rng)
        .map(SigningKey::Ecdsa)
        .map_err(|_| "the PRIVATE KEY block is neither an RSA nor a P-256 key".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed P-256 certificate and its PKCS#8 key, made with ring and a hand-built DER
    /// would be long; ring can generate the key, and any DER bytes serve as the "certificate"
    /// for thumbprints, since Entra only matches thumbprints and checks signatures.
    fn pem_with_generated_key() -> (String, Vec<u8>) {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .unwrap();
        let key = EcdsaKeyPair::from_pkcs8(
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            pkcs8.as_ref(),
            &rng,
        )
        .unwrap();
        let public = ring::signature::KeyPair::public_key(&key).as_ref().to_vec();
        let b64 = base64::engine::general_purpose::STANDARD;
        let pem = format!(
            "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            b64.encode(b"not really a certificate"),
            b64.encode(pkcs8.as_ref())
        );
        (pem, public)
    }

    #[test]
    fn signs_a_verifiable_assertion() {
        let (pem, public) = pem_with_generated_key();
        let key = CertificateKey::from_pem(&pem, None).unwrap();
        let jwt = key
            .assertion("client", "https://login/t/oauth2/v2.0/token", 1000)
            .unwrap();
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "ES256");
        assert_eq!(header["x5t#S256"], key.thumbprint_sha256());
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(claims["iss"], "client");
        assert_eq!(claims["exp"], 1600);
        let signature = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
        ring::signature::UnparsedPublicKey::new(&ring::signature::ECDSA_P256_SHA256_FIXED, &public)
            .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
            .unwrap();
    }

    #[test]
    fn errors_say_what_is_missing_without_key_material() {
        assert!(
            CertificateKey::from_pem("", None)
                .unwrap_err()
                .contains("CERTIFICATE")
        );
        let encrypted = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        let err = CertificateKey::from_pem(encrypted, None).unwrap_err();
        assert!(err.contains("encrypted"), "{err}");
        assert!(!err.contains("AAAA"));
    }
}
