//! The journal of requests (`GET /_armsim/requests`) and counters per method, type and status
//! (`GET /_armsim/counters`).
//!
//! Entries are recorded in arrival order: an entry is added when a request arrives and completed
//! with its status when it is answered (status 0: the connection was reset without an answer, or
//! the answer is still being prepared). The journal keeps the newest `limit` entries.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

use serde::Serialize;
use serde_json::Value;

/// One request, as served by `GET /_armsim/requests`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub method: String,
    /// Path and query.
    pub url: String,
    pub status: u16,
    /// The request body as JSON; `null` when empty or not JSON (token requests are form-encoded
    /// and so never journaled).
    pub body: Value,
}

/// Request counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counters {
    pub total: u64,
    pub by_method: BTreeMap<String, u64>,
    /// ARM type -> method -> count (resource, collection and action requests).
    pub by_type: BTreeMap<String, BTreeMap<String, u64>>,
    pub by_status: BTreeMap<u16, u64>,
    /// Requests answered 429 by the limiter (not by injected faults).
    pub throttled: u64,
    /// The same, per method: benchmarks tell throttled writes from throttled reads.
    pub throttled_by_method: BTreeMap<String, u64>,
    /// Requests that got an injected fault.
    pub faults: u64,
}

/// A request as kept: the body stays raw until someone reads the journal (parsing every body on
/// arrival cost a tenth of a request's time and most of the journal's memory).
#[derive(Debug)]
struct Raw {
    method: http::Method,
    url: Box<str>,
    status: u16,
    body: bytes::Bytes,
}

impl Raw {
    fn entry(&self) -> Entry {
        Entry {
            method: self.method.to_string(),
            url: self.url.to_string(),
            status: self.status,
            body: body_json(&self.body),
        }
    }
}

#[derive(Debug)]
struct Inner {
    entries: VecDeque<Raw>,
    /// Sequence number of `entries[0]`.
    first: u64,
    limit: usize,
    counters: Counters,
}

#[derive(Debug)]
pub struct Journal {
    inner: Mutex<Inner>,
}

impl Journal {
    pub fn new(limit: usize) -> Journal {
        Journal {
            inner: Mutex::new(Inner {
                entries: VecDeque::new(),
                first: 0,
                limit,
                counters: Counters::default(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records an arriving request; returns its sequence number.
    pub fn begin(&self, method: &http::Method, url: &str, body: bytes::Bytes) -> u64 {
        let mut inner = self.lock();
        let seq = inner.first + inner.entries.len() as u64;
        inner.entries.push_back(Raw {
            method: method.clone(),
            url: url.into(),
            status: 0,
            body,
        });
        while inner.entries.len() > inner.limit {
            inner.entries.pop_front();
            inner.first += 1;
        }
        seq
    }

    /// Records the answer to request `seq`.
    pub fn finish(
        &self,
        seq: u64,
        method: &str,
        status: u16,
        arm_type: Option<&str>,
        throttled: bool,
        faulted: bool,
    ) {
        let mut inner = self.lock();
        if seq >= inner.first {
            let i = (seq - inner.first) as usize;
            if let Some(e) = inner.entries.get_mut(i) {
                e.status = status;
            }
        }
        let c = &mut inner.counters;
        c.total += 1;
        bump(&mut c.by_method, method);
        *c.by_status.entry(status).or_default() += 1;
        if let Some(t) = arm_type {
            match c.by_type.get_mut(t) {
                Some(per_method) => bump(per_method, method),
                None => {
                    let mut per_method = BTreeMap::new();
                    bump(&mut per_method, method);
                    c.by_type.insert(t.to_string(), per_method);
                }
            }
        }
        c.throttled += u64::from(throttled);
        if throttled {
            bump(&mut c.throttled_by_method, method);
        }
        c.faults += u64::from(faulted);
    }

    pub fn entries(&self) -> Vec<Entry> {
        self.lock().entries.iter().map(Raw::entry).collect()
    }

    pub fn clear(&self) {
        let mut inner = self.lock();
        let n = inner.entries.len() as u64;
        inner.first += n;
        inner.entries.clear();
    }

    pub fn counters(&self) -> Counters {
        self.lock().counters.clone()
    }

    pub fn clear_counters(&self) {
        self.lock().counters = Counters::default();
    }
}

/// Counts one more under `key`, allocating the key only the first time.
fn bump(map: &mut BTreeMap<String, u64>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

/// The request body as JSON for the journal.
pub fn body_json(body: &[u8]) -> Value {
    if body.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_arrival_order_and_limit() {
        let j = Journal::new(2);
        let a = j.begin(&http::Method::PUT, "/a", bytes::Bytes::new());
        let b = j.begin(
            &http::Method::GET,
            "/b",
            bytes::Bytes::from_static(b"{\"x\":1}"),
        );
        j.finish(b, "GET", 200, Some("T/x"), false, false);
        j.finish(a, "PUT", 201, Some("T/x"), false, false);
        let c = j.begin(
            &http::Method::DELETE,
            "/c",
            bytes::Bytes::from_static(b"not json"),
        );
        j.finish(c, "DELETE", 202, None, false, false);
        let urls: Vec<(String, u16, Value)> = j
            .entries()
            .into_iter()
            .map(|e| (e.url, e.status, e.body))
            .collect();
        assert_eq!(
            urls,
            vec![
                ("/b".to_string(), 200, serde_json::json!({"x": 1})),
                ("/c".to_string(), 202, Value::Null)
            ]
        );
        let counters = j.counters();
        assert_eq!(counters.total, 3);
        assert_eq!(counters.by_type["T/x"]["PUT"], 1);
        j.clear();
        assert!(j.entries().is_empty());
        let d = j.begin(&http::Method::GET, "/d", bytes::Bytes::new());
        j.finish(d, "GET", 404, None, false, false);
        assert_eq!(j.entries()[0].status, 404);
    }

    #[test]
    fn counts_throttled_requests_per_method() {
        let j = Journal::new(10);
        for (method, throttled) in [("PUT", true), ("PUT", true), ("GET", true), ("PUT", false)] {
            let seq = j.begin(&method.parse().unwrap(), "/x", bytes::Bytes::new());
            j.finish(
                seq,
                method,
                if throttled { 429 } else { 200 },
                None,
                throttled,
                false,
            );
        }
        let c = j.counters();
        assert_eq!(c.throttled, 3);
        assert_eq!(c.throttled_by_method["PUT"], 2);
        assert_eq!(c.throttled_by_method["GET"], 1);
        assert_eq!(c.by_method["PUT"], 3);
    }
}
