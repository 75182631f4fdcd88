//! The objects of one kind as the watch last delivered them, shared by reconciles (owner and
//! reference lookups) without asking the API server.
//!
//! Objects are kept as compact JSON and parsed when read: a parsed `DynamicObject` of a storage
//! account takes several times the memory of its JSON, and reads (a few per reconcile) are cheap
//! next to the memory of tens of thousands of cached objects.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use kube::api::DynamicObject;

/// An object's JSON by (namespace, name).
type Objects = HashMap<(String, String), Arc<[u8]>>;

#[derive(Default)]
pub struct ObjectCache {
    objects: RwLock<Objects>,
}

impl ObjectCache {
    pub fn get(&self, namespace: &str, name: &str) -> Option<Arc<DynamicObject>> {
        let bytes = self
            .objects
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(namespace.to_string(), name.to_string()))
            .cloned()?;
        serde_json::from_slice(&bytes).ok().map(Arc::new)
    }

    /// Stores `object` (as it was delivered, without managed fields).
    pub fn put(&self, object: &DynamicObject) {
        let key = (
            object.metadata.namespace.clone().unwrap_or_default(),
            object.metadata.name.clone().unwrap_or_default(),
        );
        let Ok(bytes) = serde_json::to_vec(object) else {
            return;
        };
        self.objects
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, Arc::from(bytes));
    }

    pub fn remove(&self, namespace: &str, name: &str) {
        self.objects
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(namespace.to_string(), name.to_string()));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_come_back_as_stored() {
        let cache = ObjectCache::default();
        let obj: DynamicObject = serde_json::from_value(serde_json::json!({
            "apiVersion": "resources.azure.com/v1api20200601",
            "kind": "ResourceGroup",
            "metadata": {"name": "rg", "namespace": "ns", "generation": 3},
            "spec": {"location": "westus2"},
            "status": {"conditions": [{"type": "Ready", "status": "True"}]}
        }))
        .unwrap();
        cache.put(&obj);
        let back = cache.get("ns", "rg").unwrap();
        assert_eq!(back.metadata.generation, Some(3));
        assert_eq!(back.data, obj.data);
        assert!(cache.get("ns", "other").is_none());
        assert_eq!(
            cache.keys_in(Some("ns")),
            vec![("ns".to_string(), "rg".to_string())]
        );
        cache.remove("ns", "rg");
        assert!(cache.is_empty());
    }
}
