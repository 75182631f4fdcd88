//! One multiplexed controller for every served kind: a watch per kind (and target namespace)
//! feeding a shared cache and work queue, metadata-only watches of Secrets and ConfigMaps that
//! re-trigger the objects depending on them, and a pool of workers running the generic
//! reconciler. One queue and one pool for all kinds keeps the idle operator small (200 kinds
//! cost 200 watches, not 200 controllers) and makes `MAX_CONCURRENT_RECONCILES` a global bound.

pub mod cache;
pub mod index;
pub mod queue;
pub mod sync_gate;
pub mod workers;

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DynamicObject};
use kube::core::PartialObjectMeta;
use kube::runtime::{WatchStreamExt, watcher};
use tokio::task::JoinHandle;

use aso_runtime::annotations::RESOURCE_ID;

use crate::context::{Context, ObjectKey};
use crate::reconcile::object;
use crate::reconcile::operation::OPERATION_ANNOTATION;
use index::Dependency;
use workers::Health;

/// What of an object decides whether it is reconciled again, and whether its dependants are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    /// Generation, deletion, annotations, finalizers: changes the object's own reconcile sees.
    own: u64,
    /// Existence, uid, Ready, ARM ID, `status.state`: what owners and references are read for.
    for_dependants: u64,
}

fn fingerprint(obj: &DynamicObject) -> Fingerprint {
    let mut own = std::collections::hash_map::DefaultHasher::new();
    obj.metadata.generation.hash(&mut own);
    obj.metadata
        .deletion_timestamp
        .as_ref()
        .map(|t| t.0.to_string())
        .hash(&mut own);
    if let Some(a) = &obj.metadata.annotations {
        // The stored operation is the operator's own bookkeeping; it schedules its polls itself.
        for (k, v) in a.iter().filter(|(k, _)| k.as_str() != OPERATION_ANNOTATION) {
            k.hash(&mut own);
            v.hash(&mut own);
        }
    }
    obj.metadata.finalizers.hash(&mut own);
    let mut deps = std::collections::hash_map::DefaultHasher::new();
    obj.metadata.uid.hash(&mut deps);
    object::is_ready(obj).hash(&mut deps);
    object::annotation(obj, RESOURCE_ID).hash(&mut deps);
    object::status(obj)
        .and_then(|s| s.get("state"))
        .map(|s| s.to_string())
        .hash(&mut deps);
    Fingerprint {
        own: own.finish(),
        for_dependants: deps.finish(),
    }
}

/// Routes watch events into the cache and the queue.
struct Dispatcher {
    ctx: Arc<Context>,
    fingerprints: Mutex<HashMap<ObjectKey, Fingerprint>>,
}

impl Dispatcher {
    fn applied(&self, kind: usize, mut obj: DynamicObject) {
        // Field management history is read only for the version a spec was written at, when
        // the spec does not name it; the rest is dropped to keep the cache small.
        crate::kinds::keep_spec_writes(&mut obj);
        let key = ObjectKey {
            kind,
            namespace: obj.metadata.namespace.clone().unwrap_or_default(),
            name: obj.metadata.name.clone().unwrap_or_default(),
        };
        let new = fingerprint(&obj);
        self.ctx.caches[kind].put(&obj);
        let old = self
            .fingerprints
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.clone(), new);
        if old.map(|f| f.own) != Some(new.own) {
            self.ctx.metrics.queued(self.ctx.kinds.get(kind).info.kind);
            self.ctx.queue.add(key.clone());
        }
        if old.map(|f| f.for_dependants) != Some(new.for_dependants) {
            self.trigger_dependants(&self.object_dependency(&key));
        }
    }

    fn deleted(&self, key: ObjectKey) {
        self.ctx.caches[key.kind].remove(&key.namespace, &key.name);
        self.fingerprints
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&key);
        let dependency = self.object_dependency(&key);
        self.ctx.forget(&key);
        self.trigger_dependants(&dependency);
    }

    fn object_dependency(&self, key: &ObjectKey) -> Dependency {
        let info = self.ctx.kinds.get(key.kind).info;
        Dependency::Object {
            group: info.api_group.to_string(),
            kind: info.kind.to_string(),
            namespace: key.namespace.clone(),
            name: key.name.clone(),
        }
    }

    /// Queues the objects depending on `dependency`, lifting fatal marks: their inputs changed.
    fn trigger_dependants(&self, dependency: &Dependency) {
        for dependant in self.ctx.index.dependants(dependency) {
            self.ctx.update_memory(&dependant, |m| {
                m.fatal = None;
                m.synced = None;
            });
            self.ctx
                .metrics
                .queued(self.ctx.kinds.get(dependant.kind).info.kind);
            self.ctx.queue.add(dependant);
        }
    }

    /// A Secret or ConfigMap changed: its dependants, and (when it was deleted) the resource that
    /// exported it, run again.
    fn config_changed<K>(
        &self,
        dependency: Dependency,
        meta: &PartialObjectMeta<K>,
        deleted: bool,
    ) {
        self.trigger_dependants(&dependency);
        if !deleted {
            return;
        }
        let namespace = meta.metadata.namespace.clone().unwrap_or_default();
        for owner in meta.metadata.owner_references.iter().flatten() {
            let group = owner.api_version.split('/').next().unwrap_or("");
            if let Some(kind) = self.ctx.kinds.find(group, &owner.kind) {
                let key = ObjectKey {
                    kind: kind.index,
                    namespace: namespace.clone(),
                    name: owner.name.clone(),
                };
                self.ctx.update_memory(&key, |m| m.synced = None);
                self.ctx.metrics.queued(kind.info.kind);
                self.ctx.queue.add(key);
            }
        }
    }
}

/// The running controller's tasks and how far its watches got.
pub struct Running {
    pub tasks: Vec<JoinHandle<()>>,
    /// Watches that finished their initial list.
    pub synced: Arc<AtomicUsize>,
    /// All watches.
    pub watches: usize,
}

impl Running {
    pub fn is_synced(&self) -> bool {
        self.synced.load(Ordering::Relaxed) >= self.watches
    }
}

/// Starts watches and workers, counted in `health`.
pub fn start(ctx: Arc<Context>, health: Arc<Health>) -> Running {
    let dispatcher = Arc::new(Dispatcher {
        ctx: ctx.clone(),
        fingerprints: Mutex::default(),
    });
    let namespaces: Vec<Option<String>> = if ctx.settings.target_namespaces.is_empty() {
        vec![None]
    } else {
        ctx.settings
            .target_namespaces
            .iter()
            .cloned()
            .map(Some)
            .collect()
    };
    let synced = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    let mut watches = 0;
    for kind in ctx.kinds.iter() {
        for namespace in &namespaces {
            let api: Api<DynamicObject> = match namespace {
                Some(ns) => Api::namespaced_with(ctx.kube.clone(), ns, &kind.resource),
                None => Api::all_with(ctx.kube.clone(), &kind.resource),
            };
            watches += 1;
            tasks.push(tokio::spawn(health.clone().watch(watch_kind(
                dispatcher.clone(),
                kind.index,
                api,
                namespace.clone(),
                synced.clone(),
            ))));
        }
    }
    for namespace in &namespaces {
        let secrets: Api<PartialObjectMeta<Secret>> = match namespace {
            Some(ns) => Api::namespaced(ctx.kube.clone(), ns),
            None => Api::all(ctx.kube.clone()),
        };
        let maps: Api<PartialObjectMeta<ConfigMap>> = match namespace {
            Some(ns) => Api::namespaced(ctx.kube.clone(), ns),
            None => Api::all(ctx.kube.clone()),
        };
        watches += 2;
        tasks.push(tokio::spawn(health.clone().watch(watch_config(
            dispatcher.clone(),
            secrets,
            true,
            synced.clone(),
        ))));
        tasks.push(tokio::spawn(health.clone().watch(watch_config(
            dispatcher.clone(),
            maps,
            false,
            synced.clone(),
        ))));
    }
    let count = ctx.settings.max_concurrent_reconciles;
    health.expect(count, watches);
    let gate = Arc::new(sync_gate::SyncGate::new(
        synced.clone(),
        watches,
        sync_gate::CACHE_SYNC_LIMIT,
    ));
    tasks.push(tokio::spawn(workers::supervise(
        ctx.clone(),
        health,
        count,
        gate,
    )));
    Running {
        tasks,
        synced,
        watches,
    }
}

async fn watch_kind(
    dispatcher: Arc<Dispatcher>,
    kind: usize,
    api: Api<DynamicObject>,
    namespace: Option<String>,
    synced: Arc<AtomicUsize>,
) {
    let mut stream = watcher(api, watcher::Config::default())
        .default_backoff()
        .boxed();
    let mut listing: Option<HashSet<(String, String)>> = None;
    let mut counted = false;
    let kind_name = dispatcher.ctx.kinds.get(kind).info.kind;
    while let Some(event) = stream.next().await {
        match event {
            Ok(watcher::Event::Init) => listing = Some(HashSet::new()),
            Ok(watcher::Event::InitApply(obj)) => {
                if let Some(seen) = listing.as_mut() {
                    seen.insert((
                        obj.metadata.namespace.clone().unwrap_or_default(),
                        obj.metadata.name.clone().unwrap_or_default(),
                    ));
                }
                dispatcher.applied(kind, obj);
            }
            Ok(watcher::Event::InitDone) => {
                // Objects deleted while the watch was down are not in the new list.
                if let Some(seen) = listing.take() {
                    for (ns, name) in dispatcher.ctx.caches[kind].keys_in(namespace.as_deref()) {
                        if !seen.contains(&(ns.clone(), name.clone())) {
                            dispatcher.deleted(ObjectKey {
                                kind,
                                namespace: ns,
                                name,
                            });
                        }
                    }
                }
                if !counted {
                    counted = true;
                    synced.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(watcher::Event::Apply(obj)) => dispatcher.applied(kind, obj),
            Ok(watcher::Event::Delete(obj)) => dispatcher.deleted(ObjectKey {
                kind,
                namespace: obj.metadata.namespace.clone().unwrap_or_default(),
                name: obj.metadata.name.clone().unwrap_or_default(),
            }),
            Err(e) => tracing::warn!(kind = kind_name, error = %e, "watch failed; retrying"),
        }
    }
}

async fn watch_config<K>(
    dispatcher: Arc<Dispatcher>,
    api: Api<PartialObjectMeta<K>>,
    secrets: bool,
    synced: Arc<AtomicUsize>,
) where
    K: kube::Resource
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
    K::DynamicType: Default,
{
    let mut stream = watcher(api, watcher::Config::default())
        .default_backoff()
        .boxed();
    let mut counted = false;
    let what = if secrets { "Secret" } else { "ConfigMap" };
    let dependency = |meta: &PartialObjectMeta<K>| {
        let namespace = meta.metadata.namespace.clone().unwrap_or_default();
        let name = meta.metadata.name.clone().unwrap_or_default();
        if secrets {
            Dependency::Secret { namespace, name }
        } else {
            Dependency::ConfigMap { namespace, name }
        }
    };
    while let Some(event) = stream.next().await {
        match event {
            Ok(watcher::Event::InitDone) if !counted => {
                counted = true;
                synced.fetch_add(1, Ordering::Relaxed);
            }
            // The initial list changes nothing: every object is reconciled at start anyway.
            Ok(watcher::Event::Init | watcher::Event::InitApply(_) | watcher::Event::InitDone) => {}
            Ok(watcher::Event::Apply(meta)) => {
                dispatcher.config_changed(dependency(&meta), &meta, false);
            }
            Ok(watcher::Event::Delete(meta)) => {
                dispatcher.config_changed(dependency(&meta), &meta, true);
            }
            Err(e) => tracing::warn!(watch = what, error = %e, "watch failed; retrying"),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn object(generation: i64, annotations: serde_json::Value, ready: bool) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": "resources.azure.com/v1api20200601",
            "kind": "ResourceGroup",
            "metadata": {"name": "rg", "namespace": "ns", "uid": "u1", "generation": generation,
                "annotations": annotations},
            "status": {"conditions": [{"type": "Ready", "status": if ready {"True"} else {"False"},
                "observedGeneration": generation, "reason": "Succeeded",
                "lastTransitionTime": "2024-01-01T00:00:00Z"}]},
        }))
        .unwrap()
    }

    #[test]
    fn the_operators_own_bookkeeping_triggers_no_reconcile() {
        let base = fingerprint(&object(1, json!({}), true));
        let with_operation = fingerprint(&object(1, json!({OPERATION_ANNOTATION: "{}"}), true));
        assert_eq!(base, with_operation);
        // A user's annotation or a new generation does.
        let policy = fingerprint(&object(
            1,
            json!({"serviceoperator.azure.com/reconcile-policy": "skip"}),
            true,
        ));
        assert_ne!(base.own, policy.own);
        assert_ne!(base.own, fingerprint(&object(2, json!({}), true)).own);
    }

    #[test]
    fn dependants_see_readiness_and_arm_id() {
        let base = fingerprint(&object(1, json!({}), true));
        assert_ne!(
            base.for_dependants,
            fingerprint(&object(1, json!({}), false)).for_dependants
        );
        let with_id = fingerprint(&object(1, json!({RESOURCE_ID: "/subscriptions/s"}), true));
        assert_ne!(base.for_dependants, with_id.for_dependants);
    }
}
