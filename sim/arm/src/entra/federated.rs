//! Keys of the issuers whose tokens federated credentials accept (a Kubernetes API server's
//! service-account issuer, for workload identity): inline in the configuration, fetched from a
//! configured `jwksUri`, or found through the issuer's OIDC discovery document, as Entra does.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::jwt::{self, Jwt};
use crate::config::{IssuerConfig, pem_text};

/// How long fetched keys are used before fetching again (a key rotation is seen after this).
const TTL: Duration = Duration::from_secs(300);

#[derive(Debug, Default)]
pub struct JwksCache {
    fetched: Mutex<HashMap<String, (Value, Instant)>>,
}

impl JwksCache {
    /// The JWKS of `iss`.
    pub async fn keys(&self, iss: &str, config: Option<&IssuerConfig>) -> Result<Value, String> {
        if let Some(jwks) = config.and_then(|c| c.jwks.clone()) {
            return Ok(jwks);
        }
        if let Some((jwks, at)) = self
            .fetched
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(iss)
            && at.elapsed() < TTL
        {
            return Ok(jwks.clone());
        }
        let jwks = fetch(iss, config).await?;
        self.fetched
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(iss.to_string(), (jwks.clone(), Instant::now()));
        Ok(jwks)
    }

    /// Forgets fetched keys (after the issuer rotated them).
    pub fn forget(&self, iss: &str) {
        self.fetched
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(iss);
    }
}

async fn fetch(iss: &str, config: Option<&IssuerConfig>) -> Result<Value, String> {
    let ca = match config.and_then(|c| c.ca.as_deref()) {
        Some(ca) => vec![pem_text(ca)?],
        None => Vec::new(),
    };
    let ca_refs: Vec<&str> = ca.iter().map(String::as_str).collect();
    let client = crate::client::reqwest_client_trusting(&ca_refs).map_err(|e| e.to_string())?;
    let get = |url: String| {
        let client = client.clone();
        async move {
            let resp = client
                .get(&url)
                .send()
                .await
                .map_err(|e| format!("GET {url}: {e}"))?;
            if !resp.status().is_success() {
                return Err(format!("GET {url}: status {}", resp.status()));
            }
            resp.json::<Value>()
                .await
                .map_err(|e| format!("GET {url}: body is not JSON: {e}"))
        }
    };
    let jwks_uri = match config.and_then(|c| c.jwks_uri.clone()) {
        Some(uri) => uri,
        None => {
            let discovery = get(format!(
                "{}/.well-known/openid-configuration",
                iss.trim_end_matches('/')
            ))
            .await?;
            discovery
                .get("jwks_uri")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("the discovery document of issuer {iss} has no jwks_uri"))?
                .to_string()
        }
    };
    get(jwks_uri).await
}

/// Verifies a token with a JWKS: the key named by `kid`, or any key when the token names none.
pub fn verify_with_jwks(token: &Jwt, jwks: &Value) -> Result<(), String> {
    let keys = jwks
        .get("keys")
        .and_then(Value::as_array)
        .ok_or("the JWKS has no 'keys' array")?;
    let kid = token.header.get("kid").and_then(Value::as_str);
    let candidates: Vec<&Value> = keys
        .iter()
        .filter(|k| kid.is_none() || k.get("kid").and_then(Value::as_str) == kid)
        .collect();
    if candidates.is_empty() {
        return Err(format!("no key with kid {kid:?} in the issuer's JWKS"));
    }
    let mut last = String::new();
    for key in candidates {
        match jwt::verify_with_jwk(token, key) {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
    }
    Err(last)
}
