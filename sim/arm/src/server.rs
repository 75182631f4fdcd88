//! The HTTP(S) server: accepts connections (HTTP/1.1 and HTTP/2), journals each request, applies
//! injected faults, and routes to Entra ID, the managed identity endpoint, ARM (or the replayed
//! cassette) and the simulator's own `/_armsim/` endpoints.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::arm::{self, Injected, Outcome};
use crate::error::ArmError;
use crate::faults::Fault;
use crate::replay::rewrite_headers;
use crate::reply::Reply;
use crate::state::State;

/// Largest request body accepted.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// Returned by the service to close a connection without answering (the reset fault).
#[derive(Debug)]
struct Reset;

impl std::fmt::Display for Reset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection reset (simulated fault)")
    }
}

impl std::error::Error for Reset {}

/// Serves connections from `listener` until `shutdown` turns true.
pub async fn serve(
    state: Arc<State>,
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    ca_pem: Option<Arc<str>>,
    mut shutdown: watch::Receiver<bool>,
) {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let scheme: &'static str = if acceptor.is_some() { "https" } else { "http" };
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => return,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let acceptor = acceptor.clone();
        let ca_pem = ca_pem.clone();
        let mut conn_shutdown = shutdown.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req: Request<Incoming>| {
                let state = state.clone();
                let ca_pem = ca_pem.clone();
                async move { handle(state, req, scheme, ca_pem).await }
            });
            let builder = auto::Builder::new(TokioExecutor::new());
            let result = match acceptor {
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(tls) => {
                        let conn = builder.serve_connection(TokioIo::new(tls), service);
                        tokio::select! { r = conn => r, _ = conn_shutdown.changed() => Ok(()) }
                    }
                    Err(e) => {
                        tracing::debug!(%peer, error = %e, "TLS handshake failed");
                        return;
                    }
                },
                None => {
                    let conn = builder.serve_connection(TokioIo::new(stream), service);
                    tokio::select! { r = conn => r, _ = conn_shutdown.changed() => Ok(()) }
                }
            };
            if let Err(e) = result {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        });
    }
}

/// A request ID in UUID form: a random per-process prefix and a counter (a random UUID per answer
/// cost a getrandom call each).
fn request_id() -> String {
    static PREFIX: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let prefix = *PREFIX.get_or_init(|| uuid::Uuid::new_v4().as_u128() & !u128::from(u64::MAX));
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    uuid::Uuid::from_u128(prefix | u128::from(n)).to_string()
}

fn to_response(reply: Reply) -> Response<Full<Bytes>> {
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
    let request_id = request_id();
    let mut defaults = vec![
        ("x-ms-request-id", request_id.as_str()),
        ("x-ms-correlation-request-id", request_id.as_str()),
        ("Cache-Control", "no-cache"),
        ("Pragma", "no-cache"),
        ("Expires", "-1"),
    ];
    if reply.json {
        defaults.push(("Content-Type", "application/json; charset=utf-8"));
    }
    // Headers the answer sets itself (a replayed recording's) win over the defaults.
    for (name, value) in defaults {
        if reply.get_header(name).is_none() {
            builder = builder.header(name, value);
        }
    }
    for (name, value) in &reply.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Full::new(reply.body)).unwrap_or_else(|e| {
        let mut r = Response::new(Full::new(Bytes::from(format!("bad response header: {e}"))));
        *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}

async fn handle(
    state: Arc<State>,
    req: Request<Incoming>,
    scheme: &'static str,
    ca_pem: Option<Arc<str>>,
) -> Result<Response<Full<Bytes>>, Reset> {
    let (parts, body) = req.into_parts();
    let method = parts.method.as_str().to_string();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();
    let url = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| parts.uri.authority().map(|a| a.to_string()))
        .unwrap_or_else(|| "127.0.0.1".into());
    let base_url = format!("{scheme}://{host}");
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => {
            return Ok(to_response(Reply::error(&ArmError::bad_request(
                "InvalidRequestContent",
                format!("The request body could not be read: {e}"),
            ))));
        }
    };

    if path.starts_with("/_armsim/") {
        return Ok(to_response(crate::admin::handle(
            &state,
            &method,
            &path,
            &body,
            ca_pem.as_deref(),
        )));
    }

    let is_arm = path.starts_with("/subscriptions") || path.starts_with("/providers");
    // The journal keeps its own copy: the body may be a slice of the connection's read buffer,
    // which a kept reference would keep alive whole. Only ARM bodies are kept: token requests
    // carry client secrets and assertions.
    let journaled = if is_arm {
        Bytes::copy_from_slice(&body)
    } else {
        Bytes::new()
    };
    let seq = state.journal.begin(&parts.method, &url, journaled);
    // Read the path once: fault rules and counters want the ARM type, the handlers the route.
    let route_parsed = is_arm.then(|| crate::path::parse(&method, &path));
    let arm_type = route_parsed
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .and_then(arm::arm_type_of);
    let faults = state.faults.decide(&method, &path, arm_type.as_deref());
    let mut injected = Injected::default();
    let mut early: Option<Reply> = None;
    let mut late: Option<Reply> = None;
    for fault in &faults {
        match fault {
            Fault::Delay { ms } => tokio::time::sleep(Duration::from_millis(*ms)).await,
            Fault::Reset => {
                state
                    .journal
                    .finish(seq, &method, 0, arm_type.as_deref(), false, true);
                return Err(Reset);
            }
            Fault::Throttle { retry_after } => {
                early.get_or_insert_with(|| {
                    Reply::error(&Fault::status_error(429, None, None))
                        .header("Retry-After", retry_after.to_string())
                });
            }
            Fault::Status {
                status,
                code,
                message,
                retry_after,
                after_handling,
            } => {
                let mut reply = Reply::error(&Fault::status_error(
                    *status,
                    code.as_deref(),
                    message.as_deref(),
                ));
                if let Some(r) = retry_after {
                    reply = reply.header("Retry-After", r.to_string());
                }
                if *after_handling {
                    late.get_or_insert(reply)
                } else {
                    early.get_or_insert(reply)
                };
            }
            Fault::FailOperation { failure } => injected.fail_operation = Some(failure.clone()),
            Fault::RelativeLocation => injected.relative_location = true,
        }
    }

    let mut outcome = Outcome {
        arm_type: arm_type.clone(),
        ..Default::default()
    };
    let reply = match early {
        Some(r) => r,
        None => {
            let r = route(
                &state,
                &method,
                &path,
                route_parsed,
                &query,
                &url,
                &parts.headers,
                &body,
                &base_url,
                injected,
                &mut outcome,
            )
            .await;
            late.unwrap_or(r)
        }
    };
    state.journal.finish(
        seq,
        &method,
        reply.status,
        outcome.arm_type.as_deref(),
        outcome.throttled,
        !faults.is_empty(),
    );
    if reply.status >= 500 {
        tracing::debug!(%method, %path, status = reply.status, "answered with a server error");
    }
    Ok(to_response(reply))
}

#[allow(clippy::too_many_arguments)]
async fn route(
    state: &State,
    method: &str,
    path: &str,
    parsed: Option<Result<crate::path::Route, crate::path::PathError>>,
    query: &str,
    url: &str,
    headers: &http::HeaderMap,
    body: &[u8],
    base_url: &str,
    injected: Injected,
    outcome: &mut Outcome,
) -> Reply {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (method, segments.as_slice()) {
        ("POST", [tenant, "oauth2", "v2.0", "token"]) => {
            crate::entra::endpoint::token(state, tenant, body, base_url).await
        }
        (
            "GET",
            [tenant, "v2.0", ".well-known", "openid-configuration"]
            | [tenant, ".well-known", "openid-configuration"],
        ) => crate::entra::metadata::openid_configuration(state, base_url, tenant),
        ("GET", [_, "discovery", "instance"]) => {
            let host = base_url.split_once("://").map_or(base_url, |(_, h)| h);
            crate::entra::metadata::instance_discovery(state, query, host)
        }
        ("GET", [_, "discovery", "v2.0", "keys"] | [_, "discovery", "keys"]) => {
            Reply::json(200, &state.issuer.jwks())
        }
        ("GET", ["metadata", "identity", "oauth2", "token"]) => {
            crate::entra::managed::token(state, query, headers, false)
        }
        ("GET", ["msi", "token"]) => crate::entra::managed::token(state, query, headers, true),
        _ if path.starts_with("/subscriptions") || path.starts_with("/providers") => {
            let replayed = {
                let mut replay = state.replay.lock().unwrap_or_else(|e| e.into_inner());
                replay.as_mut().map(|r| {
                    r.answer(method, url).map(|i| Reply {
                        status: i.status,
                        headers: rewrite_headers(&i.headers, base_url),
                        body: Bytes::from(i.body.clone()),
                        json: false,
                    })
                })
            };
            match replayed {
                Some(Some(reply)) => reply,
                Some(None) => Reply::error(&ArmError::new(
                    404,
                    "ReplayInteractionNotFound",
                    format!("The cassette has no unused interaction for {method} {url}."),
                )),
                None => arm::handle(
                    state,
                    method,
                    path,
                    parsed.unwrap_or_else(|| crate::path::parse(method, path)),
                    query,
                    headers,
                    body,
                    base_url,
                    injected,
                    outcome,
                ),
            }
        }
        _ => Reply::error(&ArmError::new(
            404,
            "NotFound",
            format!("No endpoint serves {method} {path}."),
        )),
    }
}
