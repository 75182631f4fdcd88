//! Calling webhooks (conversion and admission) as kube-apiserver's webhook client does:
//! `clientConfig` is a `url` or a `service` reference, the server certificate is verified against
//! `caBundle` and, for services, against the name `<name>.<namespace>.svc`, requests carry
//! `?timeout=`, and failures are worded as Go's HTTP client words them (the server puts that text
//! into its own errors, e.g. `Post "https://x.ns.svc:443/convert?timeout=30s": dial tcp ...`).
//!
//! A cluster reaches a service through its cluster IP; here nothing runs behind Services, so a
//! service is reached only through a route the simulator is given (`namespace/name:port ->
//! address`, at start or through `/_sim/services`). Without a route the call fails as it would in
//! a cluster without that Service (`service "name" not found`) or without anything behind it
//! (`connection refused` on its cluster IP). References: `k8s.io/apiserver/pkg/util/webhook`
//! (`client.go`: `HookClient`, service URLs `https://name.namespace.svc:port/path`).

use base64::Engine;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde_json::Value;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Mutex, RwLock};
use std::time::Duration;

/// Where a webhook lives, from a `clientConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    pub target: Target,
    /// PEM bytes (decoded from the base64 JSON field); empty when absent.
    pub ca_bundle: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Url(String),
    Service {
        namespace: String,
        name: String,
        path: String,
        port: u16,
    },
}

impl ClientConfig {
    /// Reads a `clientConfig` (CRD conversion and admission webhooks share the shape).
    pub fn from_json(cc: &Value) -> Option<ClientConfig> {
        let ca_bundle = cc["caBundle"]
            .as_str()
            .and_then(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
            .unwrap_or_default();
        let target = if let Some(url) = cc["url"].as_str() {
            Target::Url(url.to_string())
        } else {
            let s = cc.get("service")?;
            Target::Service {
                namespace: s["namespace"].as_str().unwrap_or_default().to_string(),
                name: s["name"].as_str().unwrap_or_default().to_string(),
                path: s["path"].as_str().unwrap_or_default().to_string(),
                port: s["port"]
                    .as_u64()
                    .and_then(|p| u16::try_from(p).ok())
                    .unwrap_or(443),
            }
        };
        Some(ClientConfig { target, ca_bundle })
    }

    /// The URL the server posts to, as it appears in its error messages.
    pub fn url(&self, timeout: Duration) -> String {
        let base = match &self.target {
            Target::Url(u) => u.clone(),
            Target::Service {
                namespace,
                name,
                path,
                port,
            } => format!("https://{name}.{namespace}.svc:{port}{path}"),
        };
        format!("{base}?timeout={}s", timeout.as_secs())
    }
}

/// A failed call, worded as the API server reports it (without the webhook's name, which each
/// caller adds in its own way).
#[derive(Debug, Clone, PartialEq)]
pub struct CallError {
    pub message: String,
    /// The webhook answered with this HTTP status (not 2xx).
    pub status: Option<u16>,
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// What the cluster knows of a Service that has no route.
pub enum ServiceLookup {
    /// The Service exists with this cluster IP, but nothing answers there.
    Unrouted(String),
    Missing,
}

/// A host name resolved to a routed address, for TLS to verify the name while connecting there.
type Resolved = Option<(String, SocketAddr)>;

/// The simulator's webhook client: service routes and one HTTP client (with its connection
/// pool) per trust configuration and route, as the server caches clients per webhook config.
#[derive(Default)]
pub struct Webhooks {
    routes: RwLock<HashMap<String, SocketAddr>>,
    clients: Mutex<HashMap<(Vec<u8>, Resolved), reqwest::Client>>,
}

impl Webhooks {
    /// Routes `namespace/name:port` to `addr` (replacing any earlier route).
    pub fn route_service(&self, service: &str, addr: SocketAddr) {
        self.routes
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(service.to_string(), addr);
    }

    pub fn unroute_all(&self) {
        self.routes
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    pub fn routes(&self) -> HashMap<String, SocketAddr> {
        self.routes
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn route(&self, namespace: &str, name: &str, port: u16) -> Option<SocketAddr> {
        self.routes
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&format!("{namespace}/{name}:{port}"))
            .copied()
    }

    /// POSTs `body` (JSON) and returns the JSON answer. `service` tells what the cluster knows of
    /// a Service without a route.
    pub async fn post(
        &self,
        config: &ClientConfig,
        body: &Value,
        timeout: Duration,
        service: impl FnOnce(&str, &str) -> ServiceLookup,
    ) -> Result<Value, CallError> {
        let shown = config.url(timeout);
        let fail = |message: String| CallError {
            message: format!("Post \"{shown}\": {message}"),
            status: None,
        };
        let (url, host, dial, resolved) = match &config.target {
            Target::Url(u) => {
                let parsed = url::Url::parse(u).map_err(|e| fail(e.to_string()))?;
                let host = parsed.host_str().unwrap_or_default().to_string();
                let dial = format!("{host}:{}", parsed.port_or_known_default().unwrap_or(443));
                (shown.clone(), host, dial, None)
            }
            Target::Service {
                namespace,
                name,
                path,
                port,
            } => {
                let host = format!("{name}.{namespace}.svc");
                let addr = match self.route(namespace, name, *port) {
                    Some(a) => a,
                    None => {
                        return Err(match service(namespace, name) {
                            ServiceLookup::Missing => CallError {
                                message: format!("service \"{name}\" not found"),
                                status: None,
                            },
                            ServiceLookup::Unrouted(ip) => {
                                fail(format!("dial tcp {ip}:{port}: connect: connection refused"))
                            }
                        });
                    }
                };
                // The name in the URL is what TLS verifies; the route decides where to connect.
                let url = format!(
                    "https://{host}:{}{path}?timeout={}s",
                    addr.port(),
                    timeout.as_secs()
                );
                let resolved = Some((host.clone(), addr));
                (url, host, addr.to_string(), resolved)
            }
        };
        let client = self
            .client(&config.ca_bundle, resolved.clone())
            .map_err(|e| CallError {
                message: e,
                status: None,
            })?;
        let response = client
            .post(&url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, */*")
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| fail(describe(&e, &dial, &host)))?;
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| fail(describe(&e, &dial, &host)))?;
        if !(200..300).contains(&status) {
            return Err(CallError {
                message: unexpected_status(status, &bytes),
                status: Some(status),
            });
        }
        serde_json::from_slice(&bytes).map_err(|e| CallError {
            message: format!("couldn't get version/kind; json parse error: {e}"),
            status: None,
        })
    }

    fn client(&self, ca_bundle: &[u8], resolved: Resolved) -> Result<reqwest::Client, String> {
        let key = (ca_bundle.to_vec(), resolved.clone());
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = clients.get(&key) {
            return Ok(c.clone());
        }
        let mut roots = rustls::RootCertStore::empty();
        if !ca_bundle.is_empty() {
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(ca_bundle)
                .collect::<Result<_, _>>()
                .map_err(
                    |_| "unable to load root certificates: unable to parse bytes as PEM block",
                )?;
            if certs.is_empty() {
                return Err(
                    "unable to load root certificates: unable to parse bytes as PEM block".into(),
                );
            }
            for cert in certs {
                roots
                    .add(cert)
                    .map_err(|e| format!("unable to load root certificates: {e}"))?;
            }
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let mut tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_root_certificates(roots)
            .with_no_client_auth();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let mut builder = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .no_proxy()
            .http1_only();
        if let Some((host, addr)) = &resolved {
            builder = builder.resolve(host, *addr);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        clients.insert(key, client.clone());
        Ok(client)
    }
}

/// Go's wording for transport failures, from what reqwest, hyper, std and rustls report.
fn describe(e: &reqwest::Error, dial: &str, host: &str) -> String {
    if e.is_timeout() {
        return "context deadline exceeded".into();
    }
    let mut last_io = None;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(tls) = s.downcast_ref::<rustls::Error>() {
            return tls_error(tls, host);
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    return format!("dial tcp {dial}: connect: connection refused");
                }
                std::io::ErrorKind::TimedOut => return "context deadline exceeded".into(),
                _ => last_io = Some(io.to_string()),
            }
            // An io::Error may carry the real cause (tokio-rustls wraps rustls errors so).
            if let Some(inner) = io.get_ref() {
                source = Some(inner);
                continue;
            }
        }
        source = s.source();
    }
    match last_io {
        Some(io) => format!("dial tcp {dial}: {io}"),
        None if e.is_connect() => format!("dial tcp {dial}: connect: connection refused"),
        None => "EOF".into(),
    }
}

fn tls_error(e: &rustls::Error, host: &str) -> String {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => {
            "tls: failed to verify certificate: x509: certificate signed by unknown authority"
                .into()
        }
        rustls::Error::InvalidCertificate(C::NotValidForName) => {
            format!("tls: failed to verify certificate: x509: certificate is not valid for {host}")
        }
        rustls::Error::InvalidCertificate(C::NotValidForNameContext { presented, .. }) => {
            format!(
                "tls: failed to verify certificate: x509: certificate is valid for {}, not {host}",
                presented
                    .iter()
                    .map(|p| p.trim_matches('"').to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
            "tls: failed to verify certificate: x509: certificate has expired or is not yet valid"
                .into()
        }
        other => format!("remote error: tls: {other}"),
    }
}

/// client-go's error for a non-2xx answer without a Status body
/// (`apierrors.NewGenericServerResponse`).
fn unexpected_status(code: u16, body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<Value>(body)
        && v["kind"] == "Status"
        && let Some(m) = v["message"].as_str()
    {
        return m.to_string();
    }
    match code {
        400 => "the server rejected our request for an unknown reason".into(),
        401 => "Unauthorized".into(),
        403 => "the server does not allow access to the requested resource".into(),
        404 => "the server could not find the requested resource".into(),
        405 => "the server does not allow this method on the requested resource".into(),
        409 => "the server reported a conflict".into(),
        415 => "the server was unable to respond with a content type that the client supports"
            .into(),
        429 => "the server has received too many requests and has asked us to try again later"
            .into(),
        503 => "the server is currently unable to handle the request".into(),
        504 => "the server was unable to return a response in the time allotted, but may still be processing the request".into(),
        c if c >= 500 => format!(
            "an error on the server ({:?}) has prevented the request from succeeding",
            String::from_utf8_lossy(body).trim()
        ),
        c => format!("unknown (get) {c}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn service_urls_name_the_service_and_timeout() {
        let cc = ClientConfig::from_json(&json!({"service": {
            "namespace": "ns", "name": "svc", "path": "/convert", "port": 443}}))
        .unwrap();
        assert_eq!(
            cc.url(Duration::from_secs(30)),
            "https://svc.ns.svc:443/convert?timeout=30s"
        );
        let cc = ClientConfig::from_json(&json!({"service": {"namespace": "ns", "name": "svc"}}))
            .unwrap();
        assert_eq!(
            cc.url(Duration::from_secs(10)),
            "https://svc.ns.svc:443?timeout=10s"
        );
        let cc = ClientConfig::from_json(&json!({"url": "https://127.0.0.1:9443/x"})).unwrap();
        assert_eq!(
            cc.url(Duration::from_secs(10)),
            "https://127.0.0.1:9443/x?timeout=10s"
        );
    }

    #[test]
    fn non_2xx_answers_are_worded_as_client_go() {
        assert_eq!(
            unexpected_status(404, b"404 page not found"),
            "the server could not find the requested resource"
        );
        assert_eq!(
            unexpected_status(500, b"boom\n"),
            "an error on the server (\"boom\") has prevented the request from succeeding"
        );
        assert_eq!(
            unexpected_status(400, br#"{"kind":"Status","message":"bad"}"#),
            "bad"
        );
    }

    #[tokio::test]
    async fn unrouted_services_fail_as_in_a_cluster() {
        let hooks = Webhooks::default();
        let cc = ClientConfig::from_json(&json!({"service": {
            "namespace": "ns", "name": "svc", "path": "/convert", "port": 443}}))
        .unwrap();
        let e = hooks
            .post(&cc, &json!({}), Duration::from_secs(30), |_, _| {
                ServiceLookup::Missing
            })
            .await
            .unwrap_err();
        assert_eq!(e.message, "service \"svc\" not found");
        let e = hooks
            .post(&cc, &json!({}), Duration::from_secs(30), |_, _| {
                ServiceLookup::Unrouted("10.96.0.7".into())
            })
            .await
            .unwrap_err();
        assert_eq!(
            e.message,
            "Post \"https://svc.ns.svc:443/convert?timeout=30s\": dial tcp 10.96.0.7:443: connect: connection refused"
        );
        // A route to a closed port is refused at the routed address.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = closed.local_addr().unwrap();
        drop(closed);
        hooks.route_service("ns/svc:443", addr);
        let e = hooks
            .post(&cc, &json!({}), Duration::from_secs(30), |_, _| {
                ServiceLookup::Missing
            })
            .await
            .unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "Post \"https://svc.ns.svc:443/convert?timeout=30s\": dial tcp {addr}: connect: connection refused"
            )
        );
    }
}
