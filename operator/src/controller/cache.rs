//! The objects of one kind as the watch last delivered them, shared by reconciles (owner and
//! reference lookups) without asking the API server.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use kube::api::DynamicObject;

#[derive(Default)]
pub struct ObjectCache {
    objects: RwLock<HashMap<(String, String), Arc<DynamicObject>>>,
}

impl ObjectCache {
    pub fn get(&self, namespace: &str, name: &str) -> Option<Arc<DynamicObject>> {
        self.objects
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(namespace.to_string(), name.to_string()))
            .cloned()
    }

    /// Stores `object`; returns the version it replaced.
    pub fn put(&self, object: Arc<DynamicObject>) -> Option<Arc<DynamicObject>> {
        let key = (
            object.metadata.namespace.clone().unwrap_or_default(),
            object.metadata.name.clone().unwrap_or_default(),
        );
        self.objects
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, object)
    }

    pub fn remove(&self, namespace: &str, name: &str) -> Option<Arc<DynamicObject>> {
        self.objects
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(namespace.to_string(), name.to_string()))
    }

    /// The keys in `namespace` (all namespaces when `None`).
    pub fn keys_in(&self, namespace: Option<&str>) -> Vec<(String, String)> {
        self.objects
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .keys()
            .filter(|(ns, _)| namespace.is_none_or(|n| n == ns))
            .cloned()
            .collect()
    }

    pub fn len(&self) -> usize {
        self.objects.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
