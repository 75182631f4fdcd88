//! The HTTPS server: `POST /convert` (ConversionReview v1, JSON), the serving certificate
//! swapped in place when it is renewed, so connections never stop being accepted.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use tokio::sync::watch;

use super::certs::Certificates;
use super::review::{self, Converters};

/// The path kube-apiserver posts reviews to (the CRDs' `clientConfig.service.path`).
pub const PATH: &str = "/convert";

/// The largest review accepted: kube-apiserver sends one object per review on reads, a page of
/// them on lists; anyone in the cluster can reach the Service, so the size is bounded.
pub const MAX_BODY: usize = 64 << 20;

/// The certificate presented, replaceable while serving.
#[derive(Debug)]
pub struct Served {
    current: RwLock<Arc<CertifiedKey>>,
}

impl Served {
    pub fn new(certificates: &Certificates) -> Result<Arc<Served>, String> {
        Ok(Arc::new(Served {
            current: RwLock::new(certified(certificates)?),
        }))
    }

    pub fn replace(&self, certificates: &Certificates) -> Result<(), String> {
        let key = certified(certificates)?;
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = key;
        Ok(())
    }
}

impl ResolvesServerCert for Served {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(
            self.current
                .read()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
        )
    }
}

fn certified(certificates: &Certificates) -> Result<Arc<CertifiedKey>, String> {
    let (chain, key) = certificates.serving()?;
    let key = crate::arm::tls::provider()
        .key_provider
        .load_private_key(key)
        .map_err(|e| format!("the webhook certificate's key: {e}"))?;
    Ok(Arc::new(CertifiedKey::new(chain, key)))
}

/// The TLS configuration presenting `served`'s certificate.
pub fn tls_config(served: Arc<Served>) -> Result<Arc<rustls::ServerConfig>, String> {
    let mut config = rustls::ServerConfig::builder_with_provider(crate::arm::tls::provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("the webhook's TLS configuration: {e}"))?
        .with_no_client_auth()
        .with_cert_resolver(served);
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

fn respond(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("Content-Type", content_type)
        .body(Full::new(Bytes::from(body)))
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

async fn handle(
    req: Request<hyper::body::Incoming>,
    converters: Arc<Converters>,
) -> Response<Full<Bytes>> {
    if req.uri().path() != PATH {
        return respond(StatusCode::NOT_FOUND, "text/plain", b"not found".to_vec());
    }
    if req.method() != Method::POST {
        return respond(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            b"POST a ConversionReview".to_vec(),
        );
    }
    let body = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(body) => body.to_bytes(),
        Err(e) => {
            return respond(
                StatusCode::PAYLOAD_TOO_LARGE,
                "text/plain",
                format!("reading the review: {e}").into_bytes(),
            );
        }
    };
    // Conversion is CPU work: off the threads that serve connections.
    let answered = tokio::task::spawn_blocking(move || review::answer(&body, &converters)).await;
    match answered {
        Ok(Ok(answer)) => respond(
            StatusCode::OK,
            "application/json",
            serde_json::to_vec(&answer).unwrap_or_default(),
        ),
        Ok(Err(bad)) => respond(StatusCode::BAD_REQUEST, "text/plain", bad.0.into_bytes()),
        Err(e) => respond(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            format!("converting: {e}").into_bytes(),
        ),
    }
}

/// Binds `addr` and serves reviews over TLS until `shutdown`; returns the bound address.
pub async fn serve(
    addr: SocketAddr,
    served: Arc<Served>,
    converters: Arc<Converters>,
    shutdown: watch::Receiver<bool>,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), String> {
    let (listener, bound) = crate::http::listen(addr, "--webhook-port").await?;
    let acceptor = tokio_rustls::TlsAcceptor::from(tls_config(served)?);
    let stopping = shutdown.clone();
    let task = crate::http::accept_each(listener, shutdown, move |stream| {
        let (acceptor, converters) = (acceptor.clone(), converters.clone());
        let mut stopping = stopping.clone();
        async move {
            // A client that never finishes its handshake holds only its own task.
            let Ok(Ok(stream)) =
                tokio::time::timeout(std::time::Duration::from_secs(10), acceptor.accept(stream))
                    .await
            else {
                return;
            };
            let service = service_fn(move |req| {
                let converters = converters.clone();
                async move { Ok::<_, Infallible>(handle(req, converters).await) }
            });
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            // A stopped webhook closes its connections too, as a terminated pod's are: the API
            // server's kept-alive connections must not outlive it.
            tokio::select! {
                _ = connection => {}
                _ = stopping.changed() => {}
            }
        }
    });
    Ok((bound, task))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhook::certs::service_names;

    const SERVICE: &str = "azureserviceoperator-webhook-service.aso.svc";

    /// A client trusting `bundle` that reaches `SERVICE` at `addr`, as kube-apiserver would.
    fn client(bundle: &str, addr: SocketAddr) -> reqwest::Client {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, bundle.as_bytes()).unwrap();
        let config = crate::arm::tls::client_config(Some(file.path())).unwrap();
        reqwest::Client::builder()
            .use_preconfigured_tls(config)
            .resolve(SERVICE, addr)
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn reviews_are_answered_over_tls_and_renewals_are_served_at_once() {
        let now = time::OffsetDateTime::now_utc();
        let names = service_names("azureserviceoperator-webhook-service", "aso");
        let first = Certificates::generate(&names, now).unwrap();
        let served = Served::new(&first).unwrap();
        let (_tx, shutdown) = watch::channel(false);
        let (addr, _task) = serve(
            "127.0.0.1:0".parse().unwrap(),
            served.clone(),
            Arc::default(),
            shutdown,
        )
        .await
        .unwrap();
        let url = format!("https://{SERVICE}:{}{PATH}", addr.port());
        let review = serde_json::json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "ConversionReview",
            "request": {"uid": "1", "desiredAPIVersion": "resources.azure.com/v1apistorage",
                "objects": []}});
        let answer: serde_json::Value = client(&first.bundle(now), addr)
            .post(&url)
            .json(&review)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(answer["response"]["uid"], "1");
        assert_eq!(answer["response"]["result"]["status"], "Success");
        let get = client(&first.bundle(now), addr)
            .get(&url)
            .send()
            .await
            .unwrap();
        assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);

        // Another CA's certificate, swapped in: the old bundle no longer verifies it.
        let second = Certificates::generate(&names, now).unwrap();
        served.replace(&second).unwrap();
        assert!(
            client(&first.bundle(now), addr)
                .post(&url)
                .json(&review)
                .send()
                .await
                .is_err()
        );
        let ok = client(&second.bundle(now), addr)
            .post(&url)
            .json(&review)
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), StatusCode::OK);
    }
}
