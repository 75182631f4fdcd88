//! ServiceAccount tokens: ES256 JWTs with the claims the real TokenRequest API issues, the OIDC
//! discovery document and JWKS another service needs to verify them, and verification for
//! TokenReview.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::rand::SystemRandom;
use ring::signature::{
    self, ECDSA_P256_SHA256_FIXED, ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair,
};
use serde_json::{Value, json};

pub struct TokenSigner {
    key: EcdsaKeyPair,
    rng: SystemRandom,
    kid: String,
}

/// What a token request asks for.
pub struct TokenClaims<'a> {
    pub issuer: &'a str,
    pub audiences: Vec<String>,
    pub namespace: &'a str,
    pub service_account: &'a str,
    pub service_account_uid: &'a str,
    pub expiration_seconds: i64,
    /// `(kind, name, uid)` of a bound Pod or Secret.
    pub bound: Option<(String, String, String)>,
    pub now: i64,
}

impl TokenSigner {
    pub fn generate() -> TokenSigner {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .expect("P-256 key generation");
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .expect("fresh PKCS#8 key");
        // Like the apiserver, the key id is derived from the public key.
        let digest = ring::digest::digest(&ring::digest::SHA256, key.public_key().as_ref());
        let kid = B64.encode(digest.as_ref());
        TokenSigner { key, rng, kid }
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// Signs a ServiceAccount token; returns the JWT and its expiry (unix seconds).
    pub fn issue(&self, c: &TokenClaims<'_>) -> (String, i64) {
        let exp = c.now + c.expiration_seconds;
        let mut k8s = json!({
            "namespace": c.namespace,
            "serviceaccount": {"name": c.service_account, "uid": c.service_account_uid},
        });
        if let Some((kind, name, uid)) = &c.bound {
            k8s[kind.to_lowercase()] = json!({"name": name, "uid": uid});
        }
        let claims = json!({
            "aud": c.audiences,
            "exp": exp,
            "iat": c.now,
            "iss": c.issuer,
            "jti": uuid::Uuid::new_v4().to_string(),
            "kubernetes.io": k8s,
            "nbf": c.now,
            "sub": format!("system:serviceaccount:{}:{}", c.namespace, c.service_account),
        });
        (self.sign(&claims), exp)
    }

    pub fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": "ES256", "kid": self.kid});
        let signing_input = format!(
            "{}.{}",
            B64.encode(header.to_string()),
            B64.encode(claims.to_string())
        );
        let sig = self
            .key
            .sign(&self.rng, signing_input.as_bytes())
            .expect("ECDSA signing");
        format!("{signing_input}.{}", B64.encode(sig.as_ref()))
    }

    /// Verifies signature and expiry; returns the claims.
    pub fn verify(&self, token: &str, now: i64) -> Result<Value, String> {
        let mut parts = token.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err("token is not a JWT".into());
        };
        let sig = B64.decode(s).map_err(|e| e.to_string())?;
        let public = signature::UnparsedPublicKey::new(
            &ECDSA_P256_SHA256_FIXED,
            self.key.public_key().as_ref(),
        );
        public
            .verify(format!("{h}.{p}").as_bytes(), &sig)
            .map_err(|_| "invalid signature".to_string())?;
        let claims: Value = serde_json::from_slice(&B64.decode(p).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
        if claims["exp"].as_i64().is_some_and(|exp| exp < now) {
            return Err("token has expired".into());
        }
        Ok(claims)
    }

    /// The JSON Web Key Set served at `/openid/v1/jwks`.
    pub fn jwks(&self) -> Value {
        // Uncompressed SEC1 point: 0x04 || X (32 bytes) || Y (32 bytes).
        let point = self.key.public_key().as_ref();
        json!({"keys": [{
            "use": "sig",
            "kty": "EC",
            "kid": self.kid,
            "crv": "P-256",
            "alg": "ES256",
            "x": B64.encode(&point[1..33]),
            "y": B64.encode(&point[33..65]),
        }]})
    }
}

/// The OIDC discovery document served at `/.well-known/openid-configuration`.
pub fn openid_configuration(issuer: &str, jwks_base: &str) -> Value {
    json!({
        "issuer": issuer,
        "jwks_uri": format!("{}/openid/v1/jwks", jwks_base.trim_end_matches('/')),
        "response_types_supported": ["id_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256"],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_verify_and_carry_claims() {
        let s = TokenSigner::generate();
        let (tok, exp) = s.issue(&TokenClaims {
            issuer: "https://issuer",
            audiences: vec!["api://AzureADTokenExchange".into()],
            namespace: "ns",
            service_account: "sa",
            service_account_uid: "u1",
            expiration_seconds: 3600,
            bound: None,
            now: 1000,
        });
        assert_eq!(exp, 4600);
        let claims = s.verify(&tok, 2000).unwrap();
        assert_eq!(claims["sub"], "system:serviceaccount:ns:sa");
        assert_eq!(claims["aud"][0], "api://AzureADTokenExchange");
        assert_eq!(claims["kubernetes.io"]["serviceaccount"]["uid"], "u1");
        assert!(s.verify(&tok, 5000).is_err());
        let mut forged = tok.clone();
        forged.replace_range(tok.len() - 4.., "AAAA");
        assert!(s.verify(&forged, 2000).is_err());
        let jwks = s.jwks();
        assert_eq!(jwks["keys"][0]["kid"], s.kid());
        assert_eq!(
            B64.decode(jwks["keys"][0]["x"].as_str().unwrap())
                .unwrap()
                .len(),
            32
        );
    }
}
