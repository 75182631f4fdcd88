//! HTTP(S) serving: HTTP/1.1 and HTTP/2 (ALPN over TLS, prior knowledge in clear text), bodies
//! limited like the real server's 3 MiB, streaming responses for watches.

use crate::api::{self, Body as ReplyBody, Req};
use crate::error::ApiError;
use crate::request::Query;
use crate::sim::Sim;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited, StreamBody, combinators::UnsyncBoxBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::convert::Infallible;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::watch;

const MAX_BODY: usize = 3 * 1024 * 1024;

type ResBody = UnsyncBoxBody<Bytes, Infallible>;

/// Accepts connections until `shutdown` turns true.
pub async fn serve(
    sim: Arc<Sim>,
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    mut shutdown: watch::Receiver<bool>,
) {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    loop {
        let (stream, _) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    continue;
                }
            },
            _ = shutdown.changed() => return,
        };
        let _ = stream.set_nodelay(true);
        let sim = sim.clone();
        let acceptor = acceptor.clone();
        let mut conn_shutdown = shutdown.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| handle(sim.clone(), req));
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            let result = match acceptor {
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(tls_stream) => {
                        let conn = builder.serve_connection(TokioIo::new(tls_stream), svc);
                        tokio::select! { r = conn => r, _ = conn_shutdown.changed() => Ok(()) }
                    }
                    Err(e) => {
                        tracing::debug!("TLS handshake failed: {e}");
                        return;
                    }
                },
                None => {
                    let conn = builder.serve_connection(TokioIo::new(stream), svc);
                    tokio::select! { r = conn => r, _ = conn_shutdown.changed() => Ok(()) }
                }
            };
            if let Err(e) = result {
                tracing::debug!("connection ended: {e}");
            }
        });
    }
}

async fn handle(
    sim: Arc<Sim>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<ResBody>, Infallible> {
    let (parts, body) = req.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => {
            let e = ApiError::new(
                413,
                "RequestEntityTooLarge",
                format!("Request entity too large: limit is {MAX_BODY}"),
            );
            return Ok(to_response(api::Reply::error(&e)));
        }
    };
    let req = Req {
        method: parts.method.clone(),
        path: parts.uri.path().to_string(),
        query: Query::parse(parts.uri.query()),
        headers: parts.headers,
        body,
    };
    tracing::debug!(method = %req.method, uri = %parts.uri, "request");
    let reply = api::handle(sim, req).await;
    Ok(to_response(reply))
}

/// A unique id per response, cheaper than a random UUID per request.
fn audit_id() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("00000000-0000-4000-8000-{n:012x}")
}

fn to_response(reply: api::Reply) -> hyper::Response<ResBody> {
    let body: ResBody = match reply.body {
        ReplyBody::Full(b) => Full::new(b).boxed_unsync(),
        ReplyBody::Stream(rx) => {
            let stream = futures::stream::unfold(rx, |mut rx| async move {
                rx.recv()
                    .await
                    .map(|b| (Ok::<_, Infallible>(Frame::data(b)), rx))
            });
            StreamBody::new(stream).boxed_unsync()
        }
    };
    let mut builder = hyper::Response::builder()
        .status(reply.status)
        .header("Content-Type", reply.content_type)
        .header("Cache-Control", "no-cache, private")
        .header("Audit-Id", audit_id());
    for (k, v) in reply.headers {
        builder = builder.header(k, v);
    }
    builder
        .body(body)
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new()).boxed_unsync()))
}
