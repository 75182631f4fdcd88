//! The object store: every object as its serialized JSON (compact, shared by reads, lists and
//! watch events without copying), one global resourceVersion counter, and a bounded history of
//! changes that watches read from (older positions answer 410 Gone, as after etcd compaction).

use bytes::Bytes;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::watch;

/// Identifies a stored collection: `group/plural` (all served versions share it).
pub type ResKey = Arc<str>;

pub fn res_key(group: &str, plural: &str) -> ResKey {
    Arc::from(format!("{group}/{plural}").as_str())
}

/// What selectors, garbage collection and finalizer handling need without parsing the object.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub api_version: String,
    pub namespace: String,
    pub name: String,
    pub uid: String,
    pub labels: BTreeMap<String, String>,
    pub owners: Vec<OwnerRef>,
    pub finalizers: Vec<String>,
    pub deleting: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OwnerRef {
    pub uid: String,
    pub api_version: String,
    pub kind: String,
    pub name: String,
    pub block_owner_deletion: bool,
}

impl Meta {
    pub fn from_value(v: &Value) -> Meta {
        let m = &v["metadata"];
        let s = |k: &str| {
            m.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        Meta {
            api_version: v["apiVersion"].as_str().unwrap_or_default().to_string(),
            namespace: s("namespace"),
            name: s("name"),
            uid: s("uid"),
            labels: m
                .get("labels")
                .and_then(Value::as_object)
                .map(|l| {
                    l.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            owners: m
                .get("ownerReferences")
                .and_then(Value::as_array)
                .map(|refs| {
                    refs.iter()
                        .map(|r| OwnerRef {
                            uid: r["uid"].as_str().unwrap_or_default().to_string(),
                            api_version: r["apiVersion"].as_str().unwrap_or_default().to_string(),
                            kind: r["kind"].as_str().unwrap_or_default().to_string(),
                            name: r["name"].as_str().unwrap_or_default().to_string(),
                            block_owner_deletion: r["blockOwnerDeletion"]
                                .as_bool()
                                .unwrap_or(false),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            finalizers: m
                .get("finalizers")
                .and_then(Value::as_array)
                .map(|f| {
                    f.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            deleting: m.get("deletionTimestamp").is_some_and(|d| !d.is_null()),
        }
    }
}

/// One stored version of an object.
#[derive(Debug)]
pub struct Stored {
    pub res: ResKey,
    pub rv: u64,
    pub bytes: Bytes,
    pub meta: Meta,
}

impl Stored {
    pub fn value(&self) -> Value {
        serde_json::from_slice(&self.bytes).expect("stored objects are valid JSON")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventType,
    pub obj: Arc<Stored>,
    /// The object's previous state (for MODIFIED and DELETED), so filtered watches can tell
    /// objects that stopped matching their selector.
    pub prev: Option<Arc<Stored>>,
}

#[derive(Debug, PartialEq)]
pub enum CommitError {
    AlreadyExists,
    NotFound,
    /// The object's resourceVersion is not the one the write was based on.
    Conflict,
}

/// The history starts after this resourceVersion; watches from older versions get 410.
#[derive(Debug, PartialEq)]
pub struct Expired {
    pub requested: u64,
    pub oldest: u64,
}

type ObjKey = (String, String);

struct Inner {
    rv: u64,
    collections: HashMap<ResKey, BTreeMap<ObjKey, Arc<Stored>>>,
    uids: HashMap<String, (ResKey, ObjKey)>,
    history: VecDeque<Event>,
    history_limit: usize,
    /// The resourceVersion of the newest event that fell out of the history.
    compacted: u64,
}

pub struct Store {
    inner: Mutex<Inner>,
    latest: watch::Sender<u64>,
}

impl Store {
    pub fn new(history_limit: usize) -> Store {
        Store {
            inner: Mutex::new(Inner {
                rv: 0,
                collections: HashMap::new(),
                uids: HashMap::new(),
                history: VecDeque::new(),
                history_limit: history_limit.max(1),
                compacted: 0,
            }),
            latest: watch::channel(0).0,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn current_rv(&self) -> u64 {
        self.lock().rv
    }

    /// Resolves when a write commits after the version the receiver last saw.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.latest.subscribe()
    }

    pub fn get(&self, res: &ResKey, ns: &str, name: &str) -> Option<Arc<Stored>> {
        let inner = self.lock();
        inner
            .collections
            .get(res)?
            .get(&(ns.to_string(), name.to_string()))
            .cloned()
    }

    pub fn get_by_uid(&self, uid: &str) -> Option<Arc<Stored>> {
        let inner = self.lock();
        let (res, key) = inner.uids.get(uid)?;
        inner.collections.get(res)?.get(key).cloned()
    }

    /// Objects of a collection in (namespace, name) order, optionally in one namespace, starting
    /// after `after` (a continue position), with the store's current resourceVersion.
    pub fn list(
        &self,
        res: &ResKey,
        ns: Option<&str>,
        after: Option<&(String, String)>,
    ) -> (Vec<Arc<Stored>>, u64) {
        let inner = self.lock();
        let Some(coll) = inner.collections.get(res) else {
            return (Vec::new(), inner.rv);
        };
        let items = match (ns, after) {
            (_, Some(after)) => coll
                .range::<ObjKey, _>((std::ops::Bound::Excluded(after), std::ops::Bound::Unbounded))
                .filter(|(k, _)| ns.is_none_or(|n| k.0 == n))
                .map(|(_, v)| v.clone())
                .collect(),
            (Some(n), None) => coll
                .range::<ObjKey, _>((n.to_string(), String::new())..)
                .take_while(|(k, _)| k.0 == n)
                .map(|(_, v)| v.clone())
                .collect(),
            (None, None) => coll.values().cloned().collect(),
        };
        (items, inner.rv)
    }

    /// Every object in the store (for garbage collection sweeps).
    pub fn all(&self) -> Vec<Arc<Stored>> {
        let inner = self.lock();
        inner
            .collections
            .values()
            .flat_map(|c| c.values().cloned())
            .collect()
    }

    /// Writes `value` as a new object. `value.metadata.resourceVersion` is set here, under the lock,
    /// so versions are strictly increasing in commit order.
    pub fn create(&self, res: &ResKey, value: Value) -> Result<Arc<Stored>, CommitError> {
        self.commit(res, value, None, EventType::Added)
    }

    /// Replaces an object if its current resourceVersion is `expected_rv`.
    pub fn update(
        &self,
        res: &ResKey,
        value: Value,
        expected_rv: u64,
    ) -> Result<Arc<Stored>, CommitError> {
        self.commit(res, value, Some(expected_rv), EventType::Modified)
    }

    /// Removes an object if its current resourceVersion is `expected_rv`; `last` is its final state
    /// (sent in the DELETED event, with the deletion's resourceVersion).
    pub fn delete(
        &self,
        res: &ResKey,
        last: Value,
        expected_rv: u64,
    ) -> Result<Arc<Stored>, CommitError> {
        self.commit(res, last, Some(expected_rv), EventType::Deleted)
    }

    fn commit(
        &self,
        res: &ResKey,
        mut value: Value,
        expected: Option<u64>,
        kind: EventType,
    ) -> Result<Arc<Stored>, CommitError> {
        let meta = Meta::from_value(&value);
        let key = (meta.namespace.clone(), meta.name.clone());
        let stored = {
            let mut inner = self.lock();
            let prev = inner
                .collections
                .get(res)
                .and_then(|c| c.get(&key))
                .cloned();
            let current = prev.as_ref().map(|s| s.rv);
            match (expected, current) {
                (None, Some(_)) => return Err(CommitError::AlreadyExists),
                (Some(_), None) => return Err(CommitError::NotFound),
                (Some(e), Some(c)) if e != c => return Err(CommitError::Conflict),
                _ => {}
            }
            inner.rv += 1;
            let rv = inner.rv;
            value["metadata"]["resourceVersion"] = Value::String(rv.to_string());
            let bytes = Bytes::from(serde_json::to_vec(&value).expect("JSON values serialize"));
            let stored = Arc::new(Stored {
                res: res.clone(),
                rv,
                bytes,
                meta,
            });
            let uid = stored.meta.uid.clone();
            if kind == EventType::Deleted {
                if let Some(c) = inner.collections.get_mut(res) {
                    c.remove(&key);
                }
                inner.uids.remove(&uid);
            } else {
                inner
                    .collections
                    .entry(res.clone())
                    .or_default()
                    .insert(key.clone(), stored.clone());
                inner.uids.insert(uid, (res.clone(), key));
            }
            inner.history.push_back(Event {
                kind,
                obj: stored.clone(),
                prev,
            });
            while inner.history.len() > inner.history_limit {
                if let Some(old) = inner.history.pop_front() {
                    inner.compacted = old.obj.rv;
                }
            }
            stored
        };
        self.latest.send_replace(stored.rv);
        Ok(stored)
    }

    /// Events after resourceVersion `after` that pass `filter` (at most `max`), with the newest
    /// resourceVersion examined (so a caller can move past events the filter skipped), or
    /// `Expired` if the history no longer reaches back that far.
    pub fn events_since(
        &self,
        after: u64,
        max: usize,
        mut filter: impl FnMut(&Event) -> bool,
    ) -> Result<(Vec<Event>, u64), Expired> {
        let inner = self.lock();
        if after < inner.compacted {
            return Err(Expired {
                requested: after,
                oldest: inner.compacted + 1,
            });
        }
        let start = inner.history.partition_point(|e| e.obj.rv <= after);
        let mut out = Vec::new();
        let mut last = after;
        for e in inner.history.range(start..) {
            if out.len() >= max {
                break;
            }
            last = e.obj.rv;
            if filter(e) {
                out.push(e.clone());
            }
        }
        Ok((out, last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(name: &str) -> Value {
        json!({"metadata":{"name":name,"namespace":"default","uid":format!("uid-{name}")}})
    }

    #[test]
    fn versions_conflicts_and_history() {
        let store = Store::new(3);
        let res = res_key("", "configmaps");
        let a = store.create(&res, obj("a")).unwrap();
        assert_eq!(a.rv, 1);
        assert_eq!(
            store.create(&res, obj("a")).unwrap_err(),
            CommitError::AlreadyExists
        );
        assert_eq!(
            store.update(&res, obj("a"), 7).unwrap_err(),
            CommitError::Conflict
        );
        let a2 = store.update(&res, obj("a"), 1).unwrap();
        assert_eq!(a2.value()["metadata"]["resourceVersion"], "2");
        store.create(&res, obj("b")).unwrap();
        store.delete(&res, obj("b"), 3).unwrap();
        assert!(store.get(&res, "default", "b").is_none());
        // history holds the last 3 events (rv 2..=4); rv 0 is compacted away
        assert_eq!(
            store.events_since(0, 10, |_| true).unwrap_err(),
            Expired {
                requested: 0,
                oldest: 2
            }
        );
        let (ev, last) = store.events_since(2, 10, |_| true).unwrap();
        assert_eq!(last, 4);
        assert_eq!(
            ev.iter().map(|e| e.kind).collect::<Vec<_>>(),
            vec![EventType::Added, EventType::Deleted]
        );
        let (items, rv) = store.list(&res, Some("default"), None);
        assert_eq!((items.len(), rv), (1, 4));
    }
}
