//! The operator's own HTTP endpoints: `/metrics` (Prometheus) on `--metrics-addr`, `/healthz`
//! and `/readyz` on `--health-addr`. Both health endpoints answer 503 when a reconcile worker
//! or a watch is gone ([`Health`]); `/readyz` also until CRDs are installed and caches synced.

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
    mut shutdown: watch::Receiver<bool>,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), String> {
    let what = if metrics {
        "--metrics-addr"
    } else {
        "--health-addr"
    };
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("{what} {addr}: cannot listen: {e}"))?;
    let bound = listener
        .local_addr()
        .map_err(|e| format!("{what} {addr}: {e}"))?;
    let task = tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                a = listener.accept() => a,
                _ = shutdown.changed() => return,
            };
            let Ok((stream, _)) = accepted else {
                continue;
            };
            let endpoints = endpoints.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req: Request<hyper::body::Incoming>| {
                    let response = route(&endpoints, req.uri().path(), metrics);
                    async move { Ok::<_, Infallible>(response) }
                });
                let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
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
