//! Watch streams: synthetic ADDED events for the current state (or `sendInitialEvents` with the
//! closing bookmark), then changes from the store's history; bookmarks, `timeoutSeconds`, and a
//! 410 `Expired` ERROR event when the requested resourceVersion is older than the history.
//! Objects are converted to the watched version as they are sent; a conversion that fails ends
//! the watch with an `InternalError` ERROR event, as the etcd watcher does
//! (`transformErrorToEvent`).

use crate::api::{Body, Filters, Format, Reply};
use crate::error::{ApiError, ApiResult};
use crate::objects::now_unix;
use crate::registry::ResourceType;
use crate::request::Query;
use crate::sim::Sim;
use crate::store::{EventType, Stored};
use crate::table;
use bytes::{BufMut, Bytes, BytesMut};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

struct Watch {
    sim: Arc<Sim>,
    rt: Arc<ResourceType>,
    ns: Option<String>,
    filters: Filters,
    format: Format,
    tx: mpsc::Sender<Bytes>,
    first_table: bool,
}

pub fn start(
    sim: Arc<Sim>,
    rt: Arc<ResourceType>,
    ns: Option<String>,
    q: &Query,
    format: Format,
) -> ApiResult<Reply> {
    let filters = Filters::parse(&rt, q)?;
    let ns = if rt.namespaced { ns } else { None };
    let send_initial = q.get("sendInitialEvents") == Some("true");
    let bookmarks = q.flag("allowWatchBookmarks");
    let timeout = q.u64("timeoutSeconds")?.map(Duration::from_secs);
    let rv = q.get("resourceVersion");
    let (initial, start) = if send_initial || rv.is_none() || rv == Some("0") {
        let (items, rv) = sim.store.list(&rt.key, ns.as_deref(), None);
        (Some(items), rv)
    } else {
        let rv = rv.unwrap_or_default();
        let n = rv
            .parse::<u64>()
            .map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv}")))?;
        (None, n)
    };
    let (tx, rx) = mpsc::channel(256);
    let w = Watch {
        sim,
        rt,
        ns,
        filters,
        format,
        tx,
        first_table: true,
    };
    tokio::spawn(w.run(initial, start, send_initial, bookmarks, timeout));
    Ok(Reply {
        status: 200,
        content_type: "application/json".into(),
        body: Body::Stream(rx),
        headers: vec![],
    })
}

impl Watch {
    async fn run(
        mut self,
        initial: Option<Vec<Arc<Stored>>>,
        start: u64,
        send_initial: bool,
        bookmarks: bool,
        timeout: Option<Duration>,
    ) {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut changes = self.sim.store.subscribe();
        let mut drops = self.sim.faults.watch_drops();
        drops.borrow_and_update();
        if let Some(items) = initial {
            let matching: Vec<&Arc<Stored>> =
                items.iter().filter(|s| self.filters.matches(s)).collect();
            for s in matching {
                if !self.send_object(EventType::Added.as_str(), s).await {
                    return;
                }
            }
            if send_initial && !self.send_bookmark(start, true).await {
                return;
            }
        }
        let mut cursor = start;
        let interval = self.sim.config.bookmark_interval;
        let mut next_bookmark = Instant::now() + interval;
        loop {
            changes.borrow_and_update();
            let key = self.rt.key.clone();
            let ns = self.ns.clone();
            let found = self.sim.store.events_since(cursor, 512, |e| {
                e.obj.res == key && ns.as_deref().is_none_or(|n| n == e.obj.meta.namespace)
            });
            match found {
                Err(expired) => {
                    self.send_error(ApiError::gone(format!(
                        "too old resource version: {} ({})",
                        expired.requested, expired.oldest
                    )))
                    .await;
                    return;
                }
                Ok((events, last)) => {
                    let progressed = last > cursor;
                    for e in &events {
                        let now_match = self.filters.matches(&e.obj);
                        let prev_match = e.prev.as_ref().map(|p| self.filters.matches(p));
                        let kind = match (e.kind, prev_match, now_match) {
                            (EventType::Added, _, true) => "ADDED",
                            (EventType::Modified, Some(false), true) => "ADDED",
                            (EventType::Modified, Some(true), false) => "DELETED",
                            (EventType::Modified, _, true) => "MODIFIED",
                            (EventType::Deleted, _, true) => "DELETED",
                            _ => continue,
                        };
                        if !self.send_object(kind, &e.obj).await {
                            return;
                        }
                    }
                    cursor = last;
                    if progressed {
                        continue;
                    }
                }
            }
            let sleep_until = match deadline {
                Some(d) => d.min(if bookmarks { next_bookmark } else { d }),
                None if bookmarks => next_bookmark,
                None => Instant::now() + Duration::from_secs(3600),
            };
            tokio::select! {
                _ = changes.changed() => {}
                _ = drops.changed() => return,
                _ = self.tx.closed() => return,
                _ = tokio::time::sleep_until(sleep_until) => {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return;
                    }
                    if bookmarks && Instant::now() >= next_bookmark {
                        next_bookmark = Instant::now() + interval;
                        if !self.send_bookmark(cursor, false).await {
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Sends one event; false when the watch is over (client gone or conversion failed).
    async fn send_object(&mut self, kind: &str, s: &Stored) -> bool {
        match self.event_line(kind, s).await {
            Ok(line) => self.tx.send(line).await.is_ok(),
            Err(e) => {
                self.send_error(ApiError::internal_error(e.message)).await;
                false
            }
        }
    }

    /// The ERROR event a watch ends with.
    async fn send_error(&self, e: ApiError) {
        let line = json!({"type": "ERROR", "object": e.status()});
        let _ = self.tx.send(Bytes::from(format!("{line}\n"))).await;
    }

    async fn event_line(&mut self, kind: &str, s: &Stored) -> Result<Bytes, ApiError> {
        Ok(match self.format {
            Format::Json => {
                let obj = self.sim.read(&self.rt, s).await?;
                let mut buf = BytesMut::with_capacity(obj.len() + 32);
                buf.put_slice(br#"{"type":""#);
                buf.put_slice(kind.as_bytes());
                buf.put_slice(br#"","object":"#);
                buf.put_slice(&obj);
                buf.put_slice(b"}\n");
                buf.freeze()
            }
            Format::Partial => Bytes::from(format!(
                "{}\n",
                json!({"type": kind, "object": table::partial_metadata(&self.sim.read_value(&self.rt, s).await?)})
            )),
            Format::Table(include) => {
                let v = self.sim.read_value(&self.rt, s).await?;
                let mut t = table::table(
                    &self.rt,
                    &[v],
                    include,
                    json!({"resourceVersion": s.rv.to_string()}),
                    now_unix(),
                );
                if !self.first_table {
                    t["columnDefinitions"] = json!([]);
                }
                self.first_table = false;
                Bytes::from(format!("{}\n", json!({"type": kind, "object": t})))
            }
        })
    }

    async fn send_bookmark(&self, rv: u64, initial_end: bool) -> bool {
        let mut meta = json!({"resourceVersion": rv.to_string(), "creationTimestamp": Value::Null});
        if initial_end {
            meta["annotations"] = json!({"k8s.io/initial-events-end": "true"});
        }
        let obj =
            json!({"kind": self.rt.kind, "apiVersion": self.rt.api_version(), "metadata": meta});
        self.tx
            .send(Bytes::from(format!(
                "{}\n",
                json!({"type": "BOOKMARK", "object": obj})
            )))
            .await
            .is_ok()
    }
}
