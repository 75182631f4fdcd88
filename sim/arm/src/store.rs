//! The resources that exist, keyed by case-folded ARM ID.
//!
//! A resource is held as the JSON ARM answers a GET with, already serialized: GETs (the bulk of
//! any client's traffic) copy a reference-counted buffer, and 100,000 resources fit in a few
//! hundred megabytes. The body is re-rendered only when the resource changes.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::Arc;

use bytes::Bytes;
use serde_json::Value;

/// One resource as ARM holds it.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The ID in the casing of the PUT that created it.
    pub id: String,
    /// The canonical ARM type (the catalog's casing).
    pub arm_type: Arc<str>,
    /// The API version of the last write.
    pub api_version: String,
    /// The GET body.
    pub body: Bytes,
    /// The long-running operation in flight on this resource, if any.
    pub operation: Option<String>,
    /// Counts creations of resources (store-wide); values derived from it (principal IDs, keys)
    /// change when a resource is deleted and created again, as in Azure.
    pub incarnation: u64,
    /// How many times each key was regenerated (`regenerateKey`), by key name.
    pub key_generations: Option<Box<HashMap<String, u32>>>,
}

impl Resource {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub fn set_json(&mut self, value: &Value) {
        let mut bytes = serde_json::to_vec(value).expect("JSON values serialize");
        // Growth by doubling leaves up to half the buffer unused; 100,000 resources notice.
        bytes.shrink_to_fit();
        self.body = Bytes::from(bytes);
    }

    /// `properties.provisioningState`, if the body has one.
    pub fn provisioning_state(&self) -> Option<String> {
        self.json()
            .pointer("/properties/provisioningState")
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    pub fn key_generation(&self, key: &str) -> u32 {
        self.key_generations
            .as_ref()
            .and_then(|m| m.get(key).copied())
            .unwrap_or(0)
    }

    pub fn bump_key_generation(&mut self, key: &str) {
        *self
            .key_generations
            .get_or_insert_with(Default::default)
            .entry(key.to_string())
            .or_insert(0) += 1;
    }
}

/// All resources.
#[derive(Debug, Default)]
pub struct Store {
    resources: BTreeMap<String, Resource>,
    incarnations: u64,
    /// Names that must be unique across the cloud (storage accounts, key vaults), by
    /// `type|name` (case-folded) to the key of the resource holding them.
    unique_names: HashMap<String, String>,
}

impl Store {
    pub fn get(&self, key: &str) -> Option<&Resource> {
        self.resources.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Resource> {
        self.resources.get_mut(key)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.resources.contains_key(key)
    }

    /// The next incarnation number, for a resource about to be created.
    pub fn next_incarnation(&mut self) -> u64 {
        self.incarnations += 1;
        self.incarnations
    }

    pub fn insert(&mut self, mut resource: Resource) {
        resource.id.shrink_to_fit();
        self.resources
            .insert(resource.id.to_ascii_lowercase(), resource);
    }

    /// Removes a resource and everything below it (children and extension resources), returning
    /// what was removed, the resource itself first.
    pub fn remove_tree(&mut self, key: &str) -> Vec<Resource> {
        let mut removed = Vec::new();
        if let Some(r) = self.resources.remove(key) {
            removed.push(r);
        }
        let below: Vec<String> = self.keys_below(key).collect();
        for k in below {
            if let Some(r) = self.resources.remove(&k) {
                removed.push(r);
            }
        }
        self.unique_names
            .retain(|_, holder| self.resources.contains_key(holder));
        removed
    }

    /// Keys of everything strictly below `key` (`key/...`).
    pub fn keys_below<'a>(&'a self, key: &str) -> impl Iterator<Item = String> + 'a {
        let prefix = format!("{key}/");
        self.resources
            .range::<str, _>((Bound::Included(prefix.as_str()), Bound::Unbounded))
            .take_while(move |(k, _)| k.starts_with(&prefix))
            .map(|(k, _)| k.clone())
            .collect::<Vec<_>>()
            .into_iter()
    }

    /// Resources whose key starts with `prefix`, in key order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a Resource> + 'a {
        self.resources
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(_, r)| r)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Resource> {
        self.resources.values()
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    /// Who holds a cloud-unique name, if anyone.
    pub fn unique_holder(&self, arm_type: &str, name: &str) -> Option<&str> {
        self.unique_names
            .get(&unique_key(arm_type, name))
            .map(String::as_str)
    }

    pub fn claim_unique(&mut self, arm_type: &str, name: &str, key: &str) {
        self.unique_names
            .insert(unique_key(arm_type, name), key.to_string());
    }

    pub fn clear(&mut self) {
        self.resources.clear();
        self.unique_names.clear();
    }
}

fn unique_key(arm_type: &str, name: &str) -> String {
    format!(
        "{}|{}",
        arm_type.to_ascii_lowercase(),
        name.to_ascii_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(id: &str) -> Resource {
        Resource {
            id: id.into(),
            arm_type: Arc::from("T/x"),
            api_version: "v".into(),
            body: Bytes::from_static(b"{}"),
            operation: None,
            incarnation: 1,
            key_generations: None,
        }
    }

    #[test]
    fn removes_whole_trees_only() {
        let mut store = Store::default();
        for id in [
            "/s/rg/a",
            "/s/rg/a/child",
            "/s/rg/a/child/grand",
            "/s/rg/ab",
            "/s/rg/a0",
        ] {
            store.insert(res(id));
        }
        store.claim_unique("T/x", "A", "/s/rg/a");
        let removed: Vec<String> = store
            .remove_tree("/s/rg/a")
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(
            removed,
            vec!["/s/rg/a", "/s/rg/a/child", "/s/rg/a/child/grand"]
        );
        assert!(store.contains("/s/rg/ab") && store.contains("/s/rg/a0"));
        assert_eq!(store.unique_holder("t/X", "a"), None);
    }
}
