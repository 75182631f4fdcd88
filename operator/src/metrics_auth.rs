//! `--secure-metrics`, as ASO serves its metrics (controller-runtime's
//! `filters.WithAuthenticationAndAuthorization`): HTTPS, and only to callers the Kubernetes API
//! server vouches for. The bearer token is checked with a TokenReview; the user it names must
//! then be allowed the request's verb on the non-resource URL it asks for (`get` on `/metrics`)
//! by a SubjectAccessReview. Anything else is refused: no token or a rejected one is 401, a
//! refusal 403, an API server that cannot answer 500 (never an open door).
//!
//! The certificate is `tls.crt`/`tls.key` from `--metrics-cert-dir`, or one made at start-up and
//! signed by itself (scrapers then skip verification, as with ASO's default).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use k8s_openapi::api::authentication::v1::{TokenReview, TokenReviewSpec};
use k8s_openapi::api::authorization::v1::{
    NonResourceAttributes, SubjectAccessReview, SubjectAccessReviewSpec,
};
use kube::api::{Api, PostParams};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// How long a decision is reused for the same token, path and verb: allowed ones longer than
/// refusals, so a newly granted scraper gets in soon.
const ALLOWED_TTL: Duration = Duration::from_secs(60);
const DENIED_TTL: Duration = Duration::from_secs(10);
/// Remembered decisions at most; the cache starts over beyond it.
const CACHE_LIMIT: usize = 1024;

/// What the filter decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    /// 401: no bearer token, or the API server did not authenticate it.
    Unauthenticated(String),
    /// 403: authenticated, not authorized.
    Forbidden(String),
    /// 500: the API server could not be asked.
    Failed(String),
}

/// A decision's key: the token's digest, the path and the verb.
type CacheKey = (Vec<u8>, String, String);

/// Authenticates and authorizes metrics requests against the API server.
pub struct MetricsAuth {
    kube: kube::Client,
    cache: Mutex<HashMap<CacheKey, (Instant, Decision)>>,
}

impl MetricsAuth {
    pub fn new(kube: kube::Client) -> MetricsAuth {
        MetricsAuth {
            kube,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The decision for a request with this `Authorization` header, `method` and `path`.
    pub async fn check(&self, authorization: Option<&str>, method: &str, path: &str) -> Decision {
        let Some(token) = authorization
            .and_then(|h| {
                h.strip_prefix("Bearer ")
                    .or_else(|| h.strip_prefix("bearer "))
            })
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            return Decision::Unauthenticated("a bearer token is required".into());
        };
        let verb = method.to_ascii_lowercase();
        // The token itself is never kept, only its digest.
        let digest = ring::digest::digest(&ring::digest::SHA256, token.as_bytes());
        let key = (digest.as_ref().to_vec(), path.to_string(), verb.clone());
        if let Some(decision) = self.cached(&key) {
            return decision;
        }
        let decision = self.review(token, &verb, path).await;
        let ttl = match decision {
            Decision::Allowed => Some(ALLOWED_TTL),
            Decision::Unauthenticated(_) | Decision::Forbidden(_) => Some(DENIED_TTL),
            Decision::Failed(_) => None,
        };
        if let Some(ttl) = ttl {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(key, (Instant::now() + ttl, decision.clone()));
        }
        decision
    }

    fn cached(&self, key: &CacheKey) -> Option<Decision> {
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .get(key)
            .filter(|(until, _)| *until > Instant::now())
            .map(|(_, d)| d.clone())
    }

    async fn review(&self, token: &str, verb: &str, path: &str) -> Decision {
        let reviews: Api<TokenReview> = Api::all(self.kube.clone());
        let review = TokenReview {
            spec: TokenReviewSpec {
                token: token.to_string(),
                audiences: None,
            },
            ..Default::default()
        };
        let reviewed = match reviews.create(&PostParams::default(), &review).await {
            Ok(r) => r,
            Err(e) => return Decision::Failed(format!("TokenReview: {e}")),
        };
        let status = reviewed.status.unwrap_or_default();
        let user = match (status.authenticated, status.user) {
            (Some(true), Some(user)) => user,
            _ => {
                return Decision::Unauthenticated(
                    status
                        .error
                        .unwrap_or_else(|| "the token was not authenticated".into()),
                );
            }
        };
        let access: Api<SubjectAccessReview> = Api::all(self.kube.clone());
        let review = SubjectAccessReview {
            spec: SubjectAccessReviewSpec {
                user: user.username.clone(),
                uid: user.uid,
                groups: user.groups,
                extra: user.extra,
                non_resource_attributes: Some(NonResourceAttributes {
                    path: Some(path.to_string()),
                    verb: Some(verb.to_string()),
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        match access.create(&PostParams::default(), &review).await {
            Ok(r) => match r.status {
                Some(s) if s.allowed && !s.denied.unwrap_or(false) => Decision::Allowed,
                s => Decision::Forbidden(format!(
                    "{} may not {verb} {path}{}",
                    user.username.unwrap_or_default(),
                    s.and_then(|s| s.reason)
                        .map(|r| format!(": {r}"))
                        .unwrap_or_default()
                )),
            },
            Err(e) => Decision::Failed(format!("SubjectAccessReview: {e}")),
        }
    }
}

/// The TLS configuration of the secure metrics endpoint: the certificate and key in `cert_dir`
/// (`tls.crt`, `tls.key`, as a `kubernetes.io/tls` Secret mounts them), or a self-signed one
/// for `names`.
pub fn server_config(
    cert_dir: Option<&Path>,
    names: Vec<String>,
) -> Result<Arc<rustls::ServerConfig>, String> {
    let (chain, key) = match cert_dir {
        Some(dir) => {
            let cert_file = dir.join("tls.crt");
            let key_file = dir.join("tls.key");
            let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&cert_file)
                .and_then(|certs| certs.collect::<Result<_, _>>())
                .map_err(|e| format!("--metrics-cert-dir: {}: {e}", cert_file.display()))?;
            if chain.is_empty() {
                return Err(format!(
                    "--metrics-cert-dir: {} holds no CERTIFICATE block",
                    cert_file.display()
                ));
            }
            let key = PrivateKeyDer::from_pem_file(&key_file)
                .map_err(|e| format!("--metrics-cert-dir: {}: {e}", key_file.display()))?;
            (chain, key)
        }
        None => {
            let generated = rcgen::generate_simple_self_signed(names)
                .map_err(|e| format!("--secure-metrics: making a certificate: {e}"))?;
            (
                vec![CertificateDer::from(generated.cert.der().to_vec())],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
                    generated.signing_key.serialize_der(),
                )),
            )
        }
    };
    let mut config = rustls::ServerConfig::builder_with_provider(crate::arm::tls::provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("--secure-metrics: {e}"))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| format!("--secure-metrics: the certificate and key: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_self_signed_certificate_is_made_when_none_is_given() {
        let _ = rustls::crypto::ring::default_provider().install_default();
        assert!(server_config(None, vec!["localhost".into()]).is_ok());
    }

    #[test]
    fn a_missing_certificate_directory_is_named() {
        let err = server_config(Some(Path::new("/nonexistent/certs")), vec![]).unwrap_err();
        assert!(err.contains("--metrics-cert-dir"), "{err}");
        assert!(err.contains("/nonexistent/certs/tls.crt"), "{err}");
    }
}
