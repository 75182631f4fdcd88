//! The served resources: built-ins plus every version of every established CRD. Readers take
//! an immutable snapshot (an `Arc`), so discovery, OpenAPI and request routing never block writers.

use crate::builtins::{BUILTINS, GROUP_ORDER};
use crate::crd::CrdInfo;
use crate::jsonpath::JsonPath;
use crate::schema::Schema;
use crate::store::{ResKey, res_key};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

#[derive(Debug, Clone)]
pub struct PrinterColumn {
    pub name: String,
    pub type_: String,
    pub format: String,
    pub description: String,
    pub priority: i64,
    pub json_path: String,
    pub path: JsonPath,
}

/// What a CRD adds to one served version.
#[derive(Debug)]
pub struct CrdVersion {
    pub crd_name: String,
    pub schema: Option<Arc<Schema>>,
    pub raw_schema: Option<Value>,
    pub columns: Vec<PrinterColumn>,
    /// Whether the version's `scale` subresource is enabled (replicas paths).
    pub scale: Option<Value>,
    /// What all versions of the CRD share (schemas, storage version, conversion).
    pub info: Arc<CrdInfo>,
}

#[derive(Debug)]
pub struct ResourceType {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub list_kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    /// A `status` subresource exists: main writes keep status, status writes keep the rest.
    pub status: bool,
    pub generation: bool,
    pub create_only: bool,
    pub storage_version: String,
    pub crd: Option<CrdVersion>,
    pub key: ResKey,
}

impl ResourceType {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
    pub fn is_crd(&self) -> bool {
        self.crd.is_some()
    }
    pub fn verbs(&self) -> Vec<&'static str> {
        if self.create_only {
            vec!["create"]
        } else {
            vec![
                "create",
                "delete",
                "deletecollection",
                "get",
                "list",
                "patch",
                "update",
                "watch",
            ]
        }
    }
    pub fn subresources(&self) -> Vec<&'static str> {
        let mut s = Vec::new();
        if self.status {
            s.push("status");
        }
        if self.crd.as_ref().is_some_and(|c| c.scale.is_some()) {
            s.push("scale");
        }
        if self.group.is_empty() && self.plural == "serviceaccounts" {
            s.push("token");
        }
        if self.group.is_empty() && self.plural == "namespaces" {
            s.push("finalize");
        }
        s
    }
}

#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    /// Preferred version first.
    pub versions: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Snapshot {
    pub resources: Vec<Arc<ResourceType>>,
    pub groups: Vec<Group>,
    by_gvr: HashMap<(String, String, String), Arc<ResourceType>>,
}

impl Snapshot {
    pub fn find(&self, group: &str, version: &str, plural: &str) -> Option<Arc<ResourceType>> {
        self.by_gvr
            .get(&(group.to_string(), version.to_string(), plural.to_string()))
            .cloned()
    }

    pub fn group_versions(&self, group: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == group)
    }

    pub fn in_group_version<'a>(
        &'a self,
        group: &'a str,
        version: &'a str,
    ) -> impl Iterator<Item = &'a Arc<ResourceType>> + 'a {
        self.resources
            .iter()
            .filter(move |r| r.group == group && r.version == version)
    }

    /// The served version of a collection to use when one must be picked: the storage version,
    /// or any served one when the storage version is not served.
    pub fn storage_type(&self, key: &ResKey) -> Option<Arc<ResourceType>> {
        let mut of_key = self.resources.iter().filter(|r| &r.key == key);
        of_key
            .clone()
            .find(|r| r.version == r.storage_version)
            .or_else(|| of_key.next())
            .cloned()
    }

    /// What a CRD compiled to, if any of its versions is served.
    pub fn crd_info(&self, crd_name: &str) -> Option<Arc<CrdInfo>> {
        self.resources.iter().find_map(|r| {
            r.crd
                .as_ref()
                .filter(|c| c.crd_name == crd_name)
                .map(|c| c.info.clone())
        })
    }

    pub fn by_kind(&self, group: &str, kind: &str) -> Option<Arc<ResourceType>> {
        self.resources
            .iter()
            .find(|r| r.group == group && r.kind == kind)
            .cloned()
    }
}

/// A CRD's served types and the resourceVersion of the write they were compiled from. A deleted
/// CRD stays as an entry without types, so a write committed before the delete cannot revive it.
struct ServedCrd {
    rv: u64,
    types: Vec<Arc<ResourceType>>,
}

pub struct Registry {
    snapshot: RwLock<Arc<Snapshot>>,
    crds: RwLock<BTreeMap<String, ServedCrd>>,
    builtins: Vec<Arc<ResourceType>>,
}

impl Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}

impl Registry {
    pub fn new() -> Registry {
        let builtins = BUILTINS
            .iter()
            .map(|b| {
                Arc::new(ResourceType {
                    group: b.group.into(),
                    version: b.version.into(),
                    kind: b.kind.into(),
                    list_kind: format!("{}List", b.kind),
                    plural: b.plural.into(),
                    singular: b.kind.to_lowercase(),
                    namespaced: b.namespaced,
                    short_names: b.short_names.iter().map(|s| s.to_string()).collect(),
                    categories: b.categories.iter().map(|s| s.to_string()).collect(),
                    status: b.status,
                    generation: b.generation,
                    create_only: b.create_only,
                    storage_version: b.version.into(),
                    crd: None,
                    key: res_key(b.group, b.plural),
                })
            })
            .collect();
        let r = Registry {
            snapshot: RwLock::default(),
            crds: RwLock::default(),
            builtins,
        };
        r.rebuild();
        r
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Serves (or re-serves) the versions of a CRD, as compiled from its write committed at
    /// `rv`. Writes commit in resourceVersion order but reach here in any order (each request
    /// compiles after its commit, outside the store's lock), so one older than what is served is
    /// dropped and the served CRD only moves forward, as kube-apiserver's CRD handler
    /// (`apiextensions-apiserver/pkg/apiserver/customresource_handler.go`) serves the CRD its
    /// informer saw last, and informers see writes in resourceVersion order. Returns whether it
    /// was taken.
    pub fn set_crd(&self, name: &str, rv: u64, types: Vec<Arc<ResourceType>>) -> bool {
        self.replace_crd(name, rv, types)
    }

    /// Stops serving a CRD deleted at `rv`.
    pub fn remove_crd(&self, name: &str, rv: u64) -> bool {
        self.replace_crd(name, rv, Vec::new())
    }

    fn replace_crd(&self, name: &str, rv: u64, types: Vec<Arc<ResourceType>>) -> bool {
        let mut crds = self.crds.write().unwrap_or_else(|p| p.into_inner());
        if crds.get(name).is_some_and(|served| served.rv > rv) {
            return false;
        }
        crds.insert(name.to_string(), ServedCrd { rv, types });
        // Published under the same lock: a snapshot built from an older map never replaces one
        // built from a newer.
        self.publish(&crds);
        true
    }

    fn rebuild(&self) {
        let crds = self.crds.read().unwrap_or_else(|p| p.into_inner());
        self.publish(&crds);
    }

    fn publish(&self, crds: &BTreeMap<String, ServedCrd>) {
        let mut resources: Vec<Arc<ResourceType>> = self.builtins.clone();
        resources.extend(crds.values().flat_map(|served| &served.types).cloned());
        let mut group_versions: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for r in &resources {
            let vs = group_versions.entry(r.group.clone()).or_default();
            if !vs.contains(&r.version) {
                vs.push(r.version.clone());
            }
        }
        let mut groups: Vec<Group> = group_versions
            .into_iter()
            .map(|(name, mut versions)| {
                versions.sort_by(|a, b| compare_versions(a, b));
                Group { name, versions }
            })
            .collect();
        groups.sort_by_key(|g| {
            let pos = GROUP_ORDER
                .iter()
                .position(|x| *x == g.name)
                .unwrap_or(GROUP_ORDER.len());
            (pos, g.name.clone())
        });
        let by_gvr = resources
            .iter()
            .map(|r| {
                (
                    (r.group.clone(), r.version.clone(), r.plural.clone()),
                    r.clone(),
                )
            })
            .collect();
        let snap = Snapshot {
            resources,
            groups,
            by_gvr,
        };
        *self.snapshot.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(snap);
    }
}

/// Kubernetes' version priority: GA before beta before alpha, higher numbers first, and versions
/// that do not look like Kubernetes versions last, alphabetically.
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    fn parse(v: &str) -> Option<(u32, u8, u32)> {
        let rest = v.strip_prefix('v')?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let major: u32 = digits.parse().ok()?;
        let tail = &rest[digits.len()..];
        if tail.is_empty() {
            return Some((major, 2, 0));
        }
        let (level, num) = if let Some(n) = tail.strip_prefix("beta") {
            (1, n)
        } else if let Some(n) = tail.strip_prefix("alpha") {
            (0, n)
        } else {
            return None;
        };
        if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((major, level, num.parse().ok()?))
    }
    match (parse(a), parse(b)) {
        (Some((ma, la, na)), Some((mb, lb, nb))) => lb.cmp(&la).then(mb.cmp(&ma)).then(nb.cmp(&na)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_priority() {
        let mut v = vec![
            "v1beta1",
            "v1api20200601",
            "v2",
            "v1",
            "v1alpha1",
            "v1beta2",
            "v1api20200601storage",
        ];
        v.sort_by(|a, b| compare_versions(a, b));
        assert_eq!(
            v,
            vec![
                "v2",
                "v1",
                "v1beta2",
                "v1beta1",
                "v1alpha1",
                "v1api20200601",
                "v1api20200601storage"
            ]
        );
    }

    #[test]
    fn builtins_are_served() {
        let r = Registry::new();
        let s = r.snapshot();
        assert!(s.find("", "v1", "configmaps").is_some());
        assert!(s.find("apps", "v1", "deployments").is_some());
        assert_eq!(s.groups[0].name, "");
    }

    /// A stand-in for a compiled CRD: one served `version` of `widgets.example.com`.
    fn widgets(version: &str) -> Vec<Arc<ResourceType>> {
        vec![Arc::new(ResourceType {
            group: "example.com".into(),
            version: version.into(),
            kind: "Widget".into(),
            list_kind: "WidgetList".into(),
            plural: "widgets".into(),
            singular: "widget".into(),
            namespaced: true,
            short_names: Vec::new(),
            categories: Vec::new(),
            status: false,
            generation: true,
            create_only: false,
            storage_version: version.into(),
            crd: None,
            key: res_key("example.com", "widgets"),
        })]
    }

    #[test]
    fn a_crd_compiled_from_an_older_write_never_replaces_a_newer() {
        // Two writes to one CRD commit at rv 4 then 5, but the request of rv 4 compiles last
        // (as when the operator's create and the webhook's caBundle patch race): rv 5 stays.
        let r = Registry::new();
        assert!(r.set_crd("widgets.example.com", 5, widgets("v2")));
        assert!(!r.set_crd("widgets.example.com", 4, widgets("v1")));
        let s = r.snapshot();
        assert!(s.find("example.com", "v2", "widgets").is_some());
        assert!(s.find("example.com", "v1", "widgets").is_none());
        // Nor does a write from before a delete bring the CRD back; a new create does.
        assert!(r.remove_crd("widgets.example.com", 7));
        assert!(!r.set_crd("widgets.example.com", 6, widgets("v2")));
        assert!(r.snapshot().find("example.com", "v2", "widgets").is_none());
        assert!(r.set_crd("widgets.example.com", 8, widgets("v3")));
        assert!(r.snapshot().find("example.com", "v3", "widgets").is_some());
    }
}
