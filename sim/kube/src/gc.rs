//! The controllers a real control plane runs that clients depend on: the garbage collector
//! (background, foreground and orphan propagation through ownerReferences), namespace
//! termination, and CRD cleanup (instances removed before the CRD goes). They write through the
//! same path as API requests (admission included), except CRD cleanup, which deletes through
//! storage as the apiextensions finalizer does.

use crate::crd::CLEANUP_FINALIZER;
use crate::sim::{CRDS, DeleteOpts, NAMESPACES, Sim};
use crate::store::{Stored, res_key};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

const MANAGER: &str = "generic-garbage-collector";

/// Runs until the simulator is dropped elsewhere and this task is aborted.
pub async fn run(sim: Arc<Sim>) {
    loop {
        tokio::select! {
            _ = sim.gc_wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
        // Several passes: deleting one level of dependants can make the next level collectible.
        for _ in 0..8 {
            if !sweep(&sim).await {
                break;
            }
        }
    }
}

/// One pass over the store; returns whether it changed anything.
pub async fn sweep(sim: &Sim) -> bool {
    let all = sim.store.all();
    let uids: HashSet<&str> = all.iter().map(|s| s.meta.uid.as_str()).collect();
    let mut changed = false;
    let background = DeleteOpts {
        propagation: Some("Background".into()),
        ..Default::default()
    };

    for s in &all {
        if s.meta.owners.is_empty() || s.meta.deleting {
            continue;
        }
        if s.meta.owners.iter().all(|o| !uids.contains(o.uid.as_str())) {
            changed |= delete(sim, s, &background).await;
        }
    }

    for owner in all.iter().filter(|s| s.meta.deleting) {
        let dependants: Vec<&Arc<Stored>> = all
            .iter()
            .filter(|d| d.meta.owners.iter().any(|o| o.uid == owner.meta.uid))
            .collect();
        if owner
            .meta
            .finalizers
            .iter()
            .any(|f| f == "foregroundDeletion")
        {
            if dependants.is_empty() {
                changed |= remove_finalizer(sim, owner, "foregroundDeletion").await;
            } else {
                let fg = DeleteOpts {
                    propagation: Some("Foreground".into()),
                    ..Default::default()
                };
                for d in dependants.iter().filter(|d| !d.meta.deleting) {
                    changed |= delete(sim, d, &fg).await;
                }
            }
        }
        if owner.meta.finalizers.iter().any(|f| f == "orphan") {
            for d in &dependants {
                if let Some(rt) = sim.resource_for(&d.res) {
                    let uid = owner.meta.uid.clone();
                    let _ = sim
                        .edit(
                            &rt,
                            &d.meta.namespace,
                            &d.meta.name,
                            None,
                            MANAGER,
                            move |v| {
                                if let Some(refs) = v["metadata"]["ownerReferences"].as_array_mut()
                                {
                                    refs.retain(|r| r["uid"] != uid.as_str());
                                }
                            },
                        )
                        .await;
                    changed = true;
                }
            }
            changed |= remove_finalizer(sim, owner, "orphan").await;
        }
    }

    let ns_key = res_key(NAMESPACES.0, NAMESPACES.1);
    for ns in all.iter().filter(|s| s.res == ns_key && s.meta.deleting) {
        let content: Vec<&Arc<Stored>> = all
            .iter()
            .filter(|s| s.res != ns_key && s.meta.namespace == ns.meta.name)
            .collect();
        if content.is_empty() {
            if let Some(rt) = sim.resource_for(&ns_key) {
                let _ = sim
                    .edit(
                        &rt,
                        "",
                        &ns.meta.name,
                        Some("finalize"),
                        "namespace-controller",
                        |v| {
                            v["spec"]["finalizers"] = serde_json::json!([]);
                        },
                    )
                    .await;
                changed = true;
            }
        } else {
            for s in content.iter().filter(|s| !s.meta.deleting) {
                changed |= delete(sim, s, &background).await;
            }
        }
    }

    let crd_key = res_key(CRDS.0, CRDS.1);
    for crd in all.iter().filter(|s| s.res == crd_key && s.meta.deleting) {
        let v = crd.value();
        let group = v["spec"]["group"].as_str().unwrap_or_default();
        let plural = v["spec"]["names"]["plural"].as_str().unwrap_or_default();
        let key = res_key(group, plural);
        let instances: Vec<&Arc<Stored>> = all.iter().filter(|s| s.res == key).collect();
        if instances.is_empty() {
            changed |= remove_finalizer(sim, crd, CLEANUP_FINALIZER).await;
        } else {
            let cleanup = DeleteOpts {
                skip_admission: true,
                ..background.clone()
            };
            for s in instances.iter().filter(|s| !s.meta.deleting) {
                changed |= delete(sim, s, &cleanup).await;
            }
        }
    }
    changed
}

async fn delete(sim: &Sim, s: &Stored, opts: &DeleteOpts) -> bool {
    let Some(rt) = sim.resource_for(&s.res) else {
        return false;
    };
    let ns = rt.namespaced.then_some(s.meta.namespace.as_str());
    sim.delete(&rt, ns, &s.meta.name, opts).await.is_ok()
}

async fn remove_finalizer(sim: &Sim, s: &Stored, finalizer: &str) -> bool {
    let Some(rt) = sim.resource_for(&s.res) else {
        return false;
    };
    sim.remove_finalizer(&rt, &s.meta.namespace, &s.meta.name, finalizer, MANAGER)
        .await;
    true
}
