//! Who depends on what: each object's last reconcile records the Secrets, ConfigMaps and other
//! objects (owner, references) it read, so a change to any of them re-triggers it.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Mutex;

/// Something an object's reconcile read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dependency {
    Secret {
        namespace: String,
        name: String,
    },
    ConfigMap {
        namespace: String,
        name: String,
    },
    /// An object of one of our kinds, by API group and kind.
    Object {
        group: String,
        kind: String,
        namespace: String,
        name: String,
    },
}

/// A two-way index between objects (`K`) and their dependencies.
pub struct DependencyIndex<K> {
    inner: Mutex<Inner<K>>,
}

struct Inner<K> {
    dependants: HashMap<Dependency, HashSet<K>>,
    recorded: HashMap<K, Vec<Dependency>>,
}

impl<K: Clone + Eq + Hash> Default for DependencyIndex<K> {
    fn default() -> Self {
        DependencyIndex {
            inner: Mutex::new(Inner {
                dependants: HashMap::new(),
                recorded: HashMap::new(),
            }),
        }
    }
}

impl<K: Clone + Eq + Hash> DependencyIndex<K> {
    /// Replaces what `key` depends on.
    pub fn record(&self, key: &K, mut dependencies: Vec<Dependency>) {
        dependencies.sort();
        dependencies.dedup();
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.recorded.get(key) == Some(&dependencies) {
            return;
        }
        if let Some(old) = inner.recorded.remove(key) {
            for dependency in old {
                if let Some(set) = inner.dependants.get_mut(&dependency) {
                    set.remove(key);
                    if set.is_empty() {
                        inner.dependants.remove(&dependency);
                    }
                }
            }
        }
        for dependency in &dependencies {
            inner
                .dependants
                .entry(dependency.clone())
                .or_default()
                .insert(key.clone());
        }
        if !dependencies.is_empty() {
            inner.recorded.insert(key.clone(), dependencies);
        }
    }

    /// Forgets `key` (it was deleted).
    pub fn remove(&self, key: &K) {
        self.record(key, Vec::new());
    }

    /// The objects that depend on `dependency`.
    pub fn dependants(&self, dependency: &Dependency) -> Vec<K> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner
            .dependants
            .get(dependency)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .recorded
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(name: &str) -> Dependency {
        Dependency::Secret {
            namespace: "ns".into(),
            name: name.into(),
        }
    }

    #[test]
    fn records_replace_and_forget() {
        let index = DependencyIndex::default();
        index.record(&1, vec![secret("a"), secret("b")]);
        index.record(&2, vec![secret("a")]);
        let mut a = index.dependants(&secret("a"));
        a.sort();
        assert_eq!(a, vec![1, 2]);
        index.record(&1, vec![secret("b")]);
        assert_eq!(index.dependants(&secret("a")), vec![2]);
        index.remove(&2);
        assert!(index.dependants(&secret("a")).is_empty());
        assert_eq!(index.dependants(&secret("b")), vec![1]);
        assert_eq!(index.len(), 1);
    }
}
