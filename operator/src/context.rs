//! What every reconcile shares: clients, caches, credentials, settings, metrics, and the
//! per-object memory that makes repeated reconciles cheap.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aso_runtime::KindInfo;

use crate::arm::ArmClient;
use crate::controller::cache::ObjectCache;
use crate::controller::index::DependencyIndex;
use crate::controller::queue::WorkQueue;
use crate::identity::Identities;
use crate::kinds::Kinds;
use crate::metrics::Metrics;
use crate::reconcile::memory::ObjectMemory;
use crate::reconcile::trust::Signer;
use crate::settings::Settings;

/// Identifies an object of a served kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectKey {
    /// Index into [`Kinds`].
    pub kind: usize,
    pub namespace: String,
    pub name: String,
}

pub struct Context {
    pub kube: kube::Client,
    pub kinds: Kinds,
    /// Every kind this build knows (owners by ARM ID are checked against their ARM types).
    pub catalog: Vec<&'static KindInfo>,
    /// One cache per served kind, by kind index.
    pub caches: Vec<ObjectCache>,
    pub arm: ArmClient,
    pub identities: Identities,
    pub settings: Arc<Settings>,
    pub metrics: Arc<Metrics>,
    pub index: DependencyIndex<ObjectKey>,
    pub queue: WorkQueue<ObjectKey>,
    pub memory: Mutex<HashMap<ObjectKey, ObjectMemory>>,
    pub events: kube::runtime::events::Recorder,
    /// Signs and verifies what the operator keeps on objects for itself.
    pub signer: Signer,
}

impl Context {
    pub fn memory(&self, key: &ObjectKey) -> ObjectMemory {
        self.memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
            .unwrap_or_default()
    }

    pub fn update_memory(&self, key: &ObjectKey, f: impl FnOnce(&mut ObjectMemory)) {
        let mut memory = self.memory.lock().unwrap_or_else(|e| e.into_inner());
        f(memory.entry(key.clone()).or_default());
    }

    pub fn forget(&self, key: &ObjectKey) {
        self.memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
        self.index.remove(key);
        self.queue.forget(key);
    }
}
