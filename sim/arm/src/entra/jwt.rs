//! JSON Web Tokens, hand-rolled on `ring` and `base64` (a JWT library would pull another crypto
//! backend into the build): decoding, ES256 signing, and signature checks against JWKs (EC P-256
//! and P-384, RSA PKCS#1 and PSS) and X.509 certificates.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{self, EcdsaKeyPair, KeyPair};
use rustls::pki_types::CertificateDer;
use serde_json::{Value, json};

/// A decoded (not yet verified) token.
#[derive(Debug, Clone)]
pub struct Jwt {
    pub header: Value,
    pub claims: Value,
    /// `base64url(header) . base64url(claims)`, the signed bytes.
    pub signing_input: String,
    pub signature: Vec<u8>,
}

impl Jwt {
    pub fn alg(&self) -> &str {
        self.header.get("alg").and_then(Value::as_str).unwrap_or("")
    }

    pub fn claim_str(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }

    /// `aud` as a list (it may be a string or an array).
    pub fn audiences(&self) -> Vec<String> {
        match self.claims.get("aud") {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn claim_i64(&self, name: &str) -> Option<i64> {
        self.claims
            .get(name)
            .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
    }
}

/// Reads a compact JWS. Errors say which part is malformed.
pub fn decode(token: &str) -> Result<Jwt, String> {
    let mut parts = token.split('.');
    let (Some(h), Some(c), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("a JWT must have three dot-separated parts".into());
    };
    let part = |name: &str, p: &str| -> Result<Vec<u8>, String> {
        URL_SAFE_NO_PAD
            .decode(p.trim_end_matches('='))
            .map_err(|e| format!("JWT {name} is not base64url: {e}"))
    };
    let header: Value = serde_json::from_slice(&part("header", h)?)
        .map_err(|e| format!("JWT header is not JSON: {e}"))?;
    let claims: Value = serde_json::from_slice(&part("payload", c)?)
        .map_err(|e| format!("JWT payload is not JSON: {e}"))?;
    if !header.is_object() || !claims.is_object() {
        return Err("JWT header and payload must be JSON objects".into());
    }
    Ok(Jwt {
        header,
        claims,
        signing_input: format!("{h}.{c}"),
        signature: part("signature", s)?,
    })
}

/// Signs `claims` with an ES256 key.
pub fn sign_es256(
    key: &EcdsaKeyPair,
    rng: &ring::rand::SystemRandom,
    header: &Value,
    claims: &Value,
) -> String {
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(header).expect("JSON serializes")),
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).expect("JSON serializes"))
    );
    let sig = key
        .sign(rng, input.as_bytes())
        .expect("ECDSA signing with a valid key succeeds");
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
}

/// The public JWK of an ES256 key.
pub fn es256_jwk(key: &EcdsaKeyPair, kid: &str) -> Value {
    let point = key.public_key().as_ref();
    json!({
        "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": kid,
        "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
        "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
    })
}

/// Verifies a token's signature with a JWK (`kty` EC or RSA). Errors say why it failed.
pub fn verify_with_jwk(jwt: &Jwt, jwk: &Value) -> Result<(), String> {
    let field = |name: &str| -> Result<Vec<u8>, String> {
        let s = jwk
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("JWK has no '{name}'"))?;
        URL_SAFE_NO_PAD
            .decode(s.trim_end_matches('='))
            .map_err(|e| format!("JWK '{name}' is not base64url: {e}"))
    };
    let msg = jwt.signing_input.as_bytes();
    let ok = match (jwk.get("kty").and_then(Value::as_str), jwt.alg()) {
        (Some("EC"), alg @ ("ES256" | "ES384")) => {
            let (x, y) = (field("x")?, field("y")?);
            let mut point = vec![4u8];
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            let algorithm: &dyn signature::VerificationAlgorithm = if alg == "ES256" {
                &signature::ECDSA_P256_SHA256_FIXED
            } else {
                &signature::ECDSA_P384_SHA384_FIXED
            };
            signature::UnparsedPublicKey::new(algorithm, point)
                .verify(msg, &jwt.signature)
                .is_ok()
        }
        (Some("RSA"), alg @ ("RS256" | "PS256")) => {
            let components = signature::RsaPublicKeyComponents {
                n: field("n")?,
                e: field("e")?,
            };
            let params: &signature::RsaParameters = if alg == "RS256" {
                &signature::RSA_PKCS1_2048_8192_SHA256
            } else {
                &signature::RSA_PSS_2048_8192_SHA256
            };
            components.verify(params, msg, &jwt.signature).is_ok()
        }
        (kty, alg) => {
            return Err(format!(
                "unsupported key type {kty:?} for algorithm '{alg}'"
            ));
        }
    };
    if ok {
        Ok(())
    } else {
        Err("signature does not verify".into())
    }
}

/// Verifies a token's signature with an X.509 certificate's public key (RS256, PS256, ES256).
pub fn verify_with_certificate(jwt: &Jwt, cert_der: &[u8]) -> Result<(), String> {
    let der = CertificateDer::from(cert_der);
    let cert = webpki::EndEntityCert::try_from(&der)
        .map_err(|e| format!("certificate does not parse: {e:?}"))?;
    let msg = jwt.signing_input.as_bytes();
    let result = match jwt.alg() {
        "RS256" => cert.verify_signature(
            webpki::ring::RSA_PKCS1_2048_8192_SHA256,
            msg,
            &jwt.signature,
        ),
        "PS256" => cert.verify_signature(
            webpki::ring::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
            msg,
            &jwt.signature,
        ),
        // JWS carries ECDSA signatures as r||s; X.509 verification wants them DER-encoded.
        "ES256" => {
            let sig = ecdsa_raw_to_der(&jwt.signature).ok_or("ES256 signature must be 64 bytes")?;
            cert.verify_signature(webpki::ring::ECDSA_P256_SHA256, msg, &sig)
        }
        other => return Err(format!("unsupported client assertion algorithm '{other}'")),
    };
    result.map_err(|e| format!("signature does not verify with the certificate: {e:?}"))
}

/// `r||s` (32 bytes each) as an ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }`.
pub fn ecdsa_raw_to_der(raw: &[u8]) -> Option<Vec<u8>> {
    if raw.len() != 64 {
        return None;
    }
    let integer = |bytes: &[u8]| {
        let mut v: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
        if v.is_empty() {
            v.push(0);
        }
        if v[0] & 0x80 != 0 {
            v.insert(0, 0);
        }
        let mut out = vec![0x02, v.len() as u8];
        out.extend(v);
        out
    };
    let (r, s) = (integer(&raw[..32]), integer(&raw[32..]));
    let mut out = vec![0x30, (r.len() + s.len()) as u8];
    out.extend(r);
    out.extend(s);
    Some(out)
}

/// `x5t` (SHA-1) and `x5t#S256` (SHA-256) thumbprints of a certificate, base64url.
pub fn thumbprints(cert_der: &[u8]) -> (String, String) {
    let sha1 = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, cert_der);
    let sha256 = ring::digest::digest(&ring::digest::SHA256, cert_der);
    (
        URL_SAFE_NO_PAD.encode(sha1.as_ref()),
        URL_SAFE_NO_PAD.encode(sha256.as_ref()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;

    #[test]
    fn es256_round_trip_and_tamper() {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .unwrap();
        let key = EcdsaKeyPair::from_pkcs8(
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            pkcs8.as_ref(),
            &rng,
        )
        .unwrap();
        let token = sign_es256(
            &key,
            &rng,
            &json!({"alg": "ES256", "typ": "JWT"}),
            &json!({"sub": "x", "aud": ["a", "b"]}),
        );
        let jwt = decode(&token).unwrap();
        assert_eq!(jwt.audiences(), vec!["a", "b"]);
        verify_with_jwk(&jwt, &es256_jwk(&key, "k")).unwrap();
        let mut tampered = jwt.clone();
        tampered.signing_input.push('x');
        assert!(verify_with_jwk(&tampered, &es256_jwk(&key, "k")).is_err());
    }

    #[test]
    fn es256_verifies_with_certificate() {
        let rng = SystemRandom::new();
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = rcgen::CertificateParams::new(vec!["client".to_string()])
            .unwrap()
            .self_signed(&key)
            .unwrap();
        let ring_key = EcdsaKeyPair::from_pkcs8(
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            &key.serialize_der(),
            &rng,
        )
        .unwrap();
        let token = sign_es256(
            &ring_key,
            &rng,
            &json!({"alg": "ES256"}),
            &json!({"sub": "c"}),
        );
        let jwt = decode(&token).unwrap();
        verify_with_certificate(&jwt, cert.der()).unwrap();
        let other = rcgen::KeyPair::generate().unwrap();
        let other_cert = rcgen::CertificateParams::new(vec!["o".to_string()])
            .unwrap()
            .self_signed(&other)
            .unwrap();
        assert!(verify_with_certificate(&jwt, other_cert.der()).is_err());
    }

    #[test]
    fn rejects_malformed_tokens() {
        assert!(decode("a.b").is_err());
        assert!(decode("!!.e30.").is_err());
        assert!(decode("e30.e30.").is_ok());
    }

    #[test]
    fn der_encoding_pads_high_bits() {
        let mut raw = [0u8; 64];
        raw[0] = 0x80;
        raw[63] = 1;
        let der = ecdsa_raw_to_der(&raw).unwrap();
        assert_eq!(&der[..4], &[0x30, 38, 0x02, 33]);
        assert_eq!(&der[der.len() - 3..], &[0x02, 1, 1]);
    }
}
