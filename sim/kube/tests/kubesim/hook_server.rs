//! An HTTPS webhook server for the tests: answers each review with a handler, records every
//! review it receives, and can be stopped to see how the API server copes.

use aso_kubesim::tls;
use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

type Handler = dyn Fn(&str, &Value) -> Value + Send + Sync;

pub struct HookServer {
    pub addr: SocketAddr,
    pub ca_pem: String,
    seen: Arc<Mutex<Vec<(String, Value)>>>,
    task: JoinHandle<()>,
    connections: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl HookServer {
    /// Serves HTTPS with a certificate for loopback and `names`; `handler(path, review)`
    /// returns the review to answer.
    pub async fn start(
        names: &[&str],
        handler: impl Fn(&str, &Value) -> Value + Send + Sync + 'static,
    ) -> HookServer {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let material = tls::generate(&names).expect("test certificate");
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(material.server_config);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = seen.clone();
        let connections = Arc::new(Mutex::new(Vec::new()));
        let open = connections.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let acceptor = acceptor.clone();
                let handler = handler.clone();
                let recorded = recorded.clone();
                let conn = tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(stream).await else {
                        return;
                    };
                    let svc = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                        let handler = handler.clone();
                        let recorded = recorded.clone();
                        async move {
                            let path = req.uri().path().to_string();
                            let body = req.into_body().collect().await.unwrap().to_bytes();
                            let review: Value = serde_json::from_slice(&body).unwrap_or_default();
                            recorded
                                .lock()
                                .unwrap()
                                .push((path.clone(), review.clone()));
                            let answer = handler(&path, &review);
                            Ok::<_, std::convert::Infallible>(
                                hyper::Response::builder()
                                    .header("content-type", "application/json")
                                    .body(Full::new(Bytes::from(answer.to_string())))
                                    .unwrap(),
                            )
                        }
                    });
                    let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(tls), svc)
                        .await;
                });
                open.lock().unwrap().push(conn.abort_handle());
            }
        });
        HookServer {
            addr,
            ca_pem: material.ca_pem,
            seen,
            task,
            connections,
        }
    }

    /// `caBundle` as it goes in a clientConfig.
    pub fn ca_bundle(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(&self.ca_pem)
    }

    /// The reviews received on `path`, oldest first.
    pub fn reviews(&self, path: &str) -> Vec<Value> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, r)| r.clone())
            .collect()
    }

    /// Stops listening and closes every open connection.
    pub fn stop(&self) {
        self.task.abort();
        for c in self.connections.lock().unwrap().drain(..) {
            c.abort();
        }
    }
}

impl Drop for HookServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// An admission answer: allowed, with an optional JSONPatch and warnings.
pub fn admit(review: &Value, patch: Option<Value>, warnings: &[&str]) -> Value {
    let mut response = json!({"uid": review["request"]["uid"], "allowed": true});
    if let Some(p) = patch {
        response["patchType"] = json!("JSONPatch");
        response["patch"] =
            json!(base64::engine::general_purpose::STANDARD.encode(p.to_string().as_bytes()));
    }
    if !warnings.is_empty() {
        response["warnings"] = json!(warnings);
    }
    json!({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "response": response})
}

/// An admission answer that denies the request with `status`.
pub fn deny(review: &Value, status: Value) -> Value {
    json!({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
        "response": {"uid": review["request"]["uid"], "allowed": false, "result": status}})
}

/// A conversion answer: each object relabelled to the desired version after `f` reshaped it.
pub fn convert(review: &Value, f: impl Fn(&mut Value, &str)) -> Value {
    let desired = review["request"]["desiredAPIVersion"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let converted: Vec<Value> = review["request"]["objects"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut o| {
            f(&mut o, &desired);
            o["apiVersion"] = json!(desired);
            o
        })
        .collect();
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "ConversionReview",
        "response": {"uid": review["request"]["uid"], "result": {"status": "Success"}, "convertedObjects": converted}})
}
