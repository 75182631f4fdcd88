//! The access tokens the simulator issues (ES256, key generated per process, published as JWKS)
//! and their verification by the ARM side. Verified tokens are remembered, so a client's
//! thousands of requests with one token cost one signature check.

use std::collections::HashMap;
use std::sync::Mutex;

use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair};
use serde_json::{Value, json};

use super::jwt;

/// Who a token is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub client_id: String,
    pub object_id: String,
    pub tenant: String,
    pub kind: SubjectKind,
    /// A principal accepted in zero-configuration mode: Owner on every subscription.
    pub any_client: bool,
    /// For managed identities: the identity's ARM ID.
    pub resource_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    Application,
    ManagedIdentity,
}

/// What ARM learns from a valid token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub subject: Subject,
    pub audience: String,
    pub expires: i64,
}

/// Why a token was refused (ARM's 401 codes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    Invalid(String),
    Expired { expired: i64, now: i64 },
}

/// Issues and verifies tokens.
pub struct Issuer {
    key: EcdsaKeyPair,
    rng: SystemRandom,
    kid: String,
    verified: Mutex<HashMap<String, Caller>>,
}

impl std::fmt::Debug for Issuer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issuer")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// Remembered verifications before the memo is cleared.
const MEMO: usize = 10_000;

impl Issuer {
    pub fn new() -> Issuer {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .expect("key generation");
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .expect("own key parses");
        let kid = uuid::Uuid::new_v4().simple().to_string();
        Issuer {
            key,
            rng,
            kid,
            verified: Mutex::new(HashMap::new()),
        }
    }

    /// The public keys, as `/{tenant}/discovery/v2.0/keys` serves them.
    pub fn jwks(&self) -> Value {
        json!({"keys": [jwt::es256_jwk(&self.key, &self.kid)]})
    }

    /// A token for `subject` with audience `audience`, valid `lifetime` seconds from `now`.
    pub fn issue(&self, subject: &Subject, audience: &str, now: i64, lifetime: u64) -> String {
        let exp = now + lifetime as i64;
        let mut claims = json!({
            "aud": audience,
            "iss": format!("https://sts.windows.net/{}/", subject.tenant),
            "iat": now, "nbf": now - 5, "exp": exp,
            "appid": subject.client_id,
            "azp": subject.client_id,
            "oid": subject.object_id,
            "sub": subject.object_id,
            "tid": subject.tenant,
            "idtyp": "app",
            "ver": "1.0",
            "uti": uuid::Uuid::new_v4().simple().to_string(),
        });
        if subject.any_client {
            claims["armsim_any_client"] = json!(true);
        }
        if subject.kind == SubjectKind::ManagedIdentity {
            claims["xms_mirid"] = json!(subject.resource_id.clone().unwrap_or_default());
            claims["armsim_mi"] = json!(true);
        }
        jwt::sign_es256(
            &self.key,
            &self.rng,
            &json!({"typ": "JWT", "alg": "ES256", "kid": self.kid}),
            &claims,
        )
    }

    /// Checks a bearer token: signed by this issuer, not expired.
    pub fn verify(&self, token: &str, now: i64) -> Result<Caller, TokenError> {
        let cached = self
            .verified
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(token)
            .cloned();
        let caller = match cached {
            Some(c) => c,
            None => {
                let parsed = jwt::decode(token).map_err(TokenError::Invalid)?;
                if parsed.alg() != "ES256"
                    || parsed.header.get("kid").and_then(Value::as_str) != Some(&self.kid)
                {
                    return Err(TokenError::Invalid(
                        "The token was not issued by this authority.".into(),
                    ));
                }
                jwt::verify_with_jwk(&parsed, &jwt::es256_jwk(&self.key, &self.kid))
                    .map_err(|_| TokenError::Invalid("The signature is invalid.".into()))?;
                let s = |n: &str| parsed.claim_str(n).unwrap_or_default().to_string();
                let caller = Caller {
                    subject: Subject {
                        client_id: s("appid"),
                        object_id: s("oid"),
                        tenant: s("tid"),
                        kind: if parsed.claims.get("armsim_mi").is_some() {
                            SubjectKind::ManagedIdentity
                        } else {
                            SubjectKind::Application
                        },
                        any_client: parsed
                            .claims
                            .get("armsim_any_client")
                            .and_then(Value::as_bool)
                            == Some(true),
                        resource_id: parsed.claim_str("xms_mirid").map(str::to_string),
                    },
                    audience: s("aud"),
                    expires: parsed.claim_i64("exp").unwrap_or(0),
                };
                let mut memo = self.verified.lock().unwrap_or_else(|e| e.into_inner());
                if memo.len() >= MEMO {
                    memo.clear();
                }
                memo.insert(token.to_string(), caller.clone());
                caller
            }
        };
        if caller.expires <= now {
            return Err(TokenError::Expired {
                expired: caller.expires,
                now,
            });
        }
        Ok(caller)
    }
}

impl Default for Issuer {
    fn default() -> Self {
        Issuer::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject() -> Subject {
        Subject {
            client_id: "c".into(),
            object_id: "o".into(),
            tenant: "t".into(),
            kind: SubjectKind::Application,
            any_client: true,
            resource_id: None,
        }
    }

    #[test]
    fn issues_and_verifies() {
        let issuer = Issuer::new();
        let token = issuer.issue(&subject(), "https://management.azure.com/", 1000, 3600);
        let caller = issuer.verify(&token, 1001).unwrap();
        assert_eq!(caller.subject, subject());
        assert_eq!(caller.audience, "https://management.azure.com/");
        assert_eq!(
            issuer.verify(&token, 4600),
            Err(TokenError::Expired {
                expired: 4600,
                now: 4600
            })
        );
        // Another process's tokens (another key) are refused.
        let other = Issuer::new().issue(&subject(), "a", 1000, 3600);
        assert!(matches!(
            issuer.verify(&other, 1001),
            Err(TokenError::Invalid(_))
        ));
        assert!(matches!(
            issuer.verify("garbage", 1001),
            Err(TokenError::Invalid(_))
        ));
    }
}
