//! The operator's own HTTP endpoints: `/metrics` (Prometheus) on `--metrics-addr`, `/healthz`
//! and `/readyz` on `--health-addr`. Both health endpoints answer 503 when a reconcile worker
//! or a watch is gone ([`Health`]); `/readyz` also until CRDs are installed and caches synced.
//! With `--secure-metrics`, `/metrics` is served over HTTPS to callers Kubernetes authenticates
//! and authorizes ([`serve_secure_metrics`], `metrics_auth`).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::controller::workers::Health;
use crate::metrics::Metrics;
use crate::metrics_auth::{Decision, MetricsAuth};

/// What the endpoints answer from.
#[derive(Clone)]
pub struct Endpoints {
    pub metrics: Arc<Metrics>,
    /// Set once CRDs are installed and the watches have listed everything.
    pub ready: Arc<AtomicBool>,
    /// The controller's tasks (none expected on a standby replica).
    pub health: Arc<Health>,
}

fn respond(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Bytes>,
) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("Content-Type", content_type)
        .body(Full::new(body.into()))
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

fn route(endpoints: &Endpoints, path: &str, metrics: bool) -> Response<Full<Bytes>> {
    match path {
        "/metrics" if metrics => respond(
            StatusCode::OK,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
            endpoints.metrics.encode(),
        ),
        "/healthz" | "/readyz" if !metrics => {
            if let Err(missing) = endpoints.health.check() {
                return respond(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "text/plain",
                    format!("unhealthy: {missing}"),
                );
            }
            if path == "/healthz" || endpoints.ready.load(Ordering::Relaxed) {
                respond(StatusCode::OK, "text/plain", "ok")
            } else {
                respond(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "text/plain",
                    "not ready: installing CRDs or listing objects",
                )
            }
        }
        _ => respond(StatusCode::NOT_FOUND, "text/plain", "not found"),
    }
}

/// Binds `addr` and serves the metrics (`metrics`) or the health endpoints until `shutdown`;
/// returns the bound address (for port 0).
pub async fn serve(
    addr: SocketAddr,
    endpoints: Endpoints,
    metrics: bool,
    shutdown: watch::Receiver<bool>,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), String> {
    let what = if metrics {
        "--metrics-addr"
    } else {
        "--health-addr"
    };
    let (listener, bound) = listen(addr, what).await?;
    let task = accept_each(listener, shutdown, move |stream| {
        let endpoints = endpoints.clone();
        async move {
            let service = service_fn(move |req: Request<hyper::body::Incoming>| {
                let response = route(&endpoints, req.uri().path(), metrics);
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        }
    });
    Ok((bound, task))
}

pub(crate) async fn listen(
    addr: SocketAddr,
    what: &str,
) -> Result<(TcpListener, SocketAddr), String> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("{what} {addr}: cannot listen: {e}"))?;
    let bound = listener
        .local_addr()
        .map_err(|e| format!("{what} {addr}: {e}"))?;
    Ok((listener, bound))
}

/// Hands each accepted connection to `handle` in its own task, until `shutdown`.
pub(crate) fn accept_each<F, Fut>(
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
    handle: F,
) -> tokio::task::JoinHandle<()>
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                a = listener.accept() => a,
                _ = shutdown.changed() => return,
            };
            if let Ok((stream, _)) = accepted {
                tokio::spawn(handle(stream));
            }
        }
    })
}

/// Serves `/metrics` on `addr` as the settings say: plain HTTP, or with `--secure-metrics`
/// HTTPS (the `--metrics-cert-dir` certificate, or a self-signed one) authorized through `kube`.
pub async fn serve_metrics(
    addr: SocketAddr,
    settings: &crate::settings::Settings,
    kube: &kube::Client,
    endpoints: Endpoints,
    shutdown: watch::Receiver<bool>,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), String> {
    if !settings.secure_metrics {
        return serve(addr, endpoints, true, shutdown).await;
    }
    let names = vec![
        "localhost".to_string(),
        format!(
            "azureserviceoperator-controller-manager-metrics-service.{}.svc",
            settings.pod_namespace
        ),
    ];
    let tls = crate::metrics_auth::server_config(settings.metrics_cert_dir.as_deref(), names)?;
    let auth = Arc::new(MetricsAuth::new(kube.clone()));
    serve_secure_metrics(addr, endpoints, tls, auth, shutdown).await
}

/// Binds `addr` and serves `/metrics` over TLS with `tls`, each request authenticated and
/// authorized by `auth` first, until `shutdown`; returns the bound address.
pub async fn serve_secure_metrics(
    addr: SocketAddr,
    endpoints: Endpoints,
    tls: Arc<rustls::ServerConfig>,
    auth: Arc<MetricsAuth>,
    shutdown: watch::Receiver<bool>,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), String> {
    let (listener, bound) = listen(addr, "--metrics-addr").await?;
    let acceptor = tokio_rustls::TlsAcceptor::from(tls);
    let task = accept_each(listener, shutdown, move |stream| {
        let (endpoints, auth, acceptor) = (endpoints.clone(), auth.clone(), acceptor.clone());
        async move {
            // A client that never finishes its handshake holds only its own task.
            let Ok(Ok(stream)) =
                tokio::time::timeout(std::time::Duration::from_secs(10), acceptor.accept(stream))
                    .await
            else {
                return;
            };
            let service = service_fn(move |req: Request<hyper::body::Incoming>| {
                let (endpoints, auth) = (endpoints.clone(), auth.clone());
                async move {
                    let path = req.uri().path().to_string();
                    let authorization = req
                        .headers()
                        .get(hyper::header::AUTHORIZATION)
                        .and_then(|v| v.to_str().ok());
                    let response = match auth
                        .check(authorization, req.method().as_str(), &path)
                        .await
                    {
                        Decision::Allowed => route(&endpoints, &path, true),
                        Decision::Unauthenticated(why) => {
                            tracing::debug!(%why, %path, "metrics request not authenticated");
                            respond(StatusCode::UNAUTHORIZED, "text/plain", "Unauthorized")
                        }
                        Decision::Forbidden(why) => {
                            tracing::debug!(%why, %path, "metrics request not authorized");
                            respond(
                                StatusCode::FORBIDDEN,
                                "text/plain",
                                format!("Forbidden: {why}"),
                            )
                        }
                        Decision::Failed(why) => {
                            tracing::warn!(%why, "cannot authenticate or authorize a metrics request");
                            respond(
                                StatusCode::INTERNAL_SERVER_ERROR,
                                "text/plain",
                                "authentication or authorization failed",
                            )
                        }
                    };
                    Ok::<_, Infallible>(response)
                }
            });
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        }
    });
    Ok((bound, task))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoints(ready: bool) -> Endpoints {
        Endpoints {
            metrics: Arc::new(Metrics::new()),
            ready: Arc::new(AtomicBool::new(ready)),
            health: Arc::new(Health::default()),
        }
    }

    #[test]
    fn health_follows_the_workers() {
        let e = endpoints(true);
        assert_eq!(route(&e, "/healthz", false).status(), StatusCode::OK);
        assert_eq!(route(&e, "/readyz", false).status(), StatusCode::OK);
        // Workers expected, none running (all gone): neither healthy nor ready.
        e.health.expect(4, 0);
        assert_eq!(
            route(&e, "/healthz", false).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(
            route(&e, "/readyz", false).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        let starting = endpoints(false);
        assert_eq!(route(&starting, "/healthz", false).status(), StatusCode::OK);
        assert_eq!(
            route(&starting, "/readyz", false).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(route(&e, "/metrics", false).status(), StatusCode::NOT_FOUND);
    }
}
