//! The kinds this operator instance serves (those whose CRDs are installed), each with its
//! `KindInfo` and the `ApiResource` the Kubernetes client needs.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{FieldsV1, ManagedFieldsEntry};
use kube::core::{ApiResource, GroupVersionKind};

use aso_runtime::KindInfo;
use aso_runtime::versions::CrdVersions;

/// One served kind.
#[derive(Debug, Clone)]
pub struct Kind {
    /// Position in [`Kinds`]; object keys carry it.
    pub index: usize,
    /// The newest (stable) version's: what an object that names no version is reconciled with,
    /// and the kind's names.
    pub info: &'static KindInfo,
    /// Every generated version of the CRD.
    pub versions: CrdVersions,
    pub resource: ApiResource,
}

impl Kind {
    /// The `KindInfo` an object of this kind is reconciled with (its ARM api-version, shapes,
    /// status shape): that of the version the object was written at, which the conversion
    /// webhook records in the hub's `spec.originalVersion`. Without one (written before the CRD
    /// converted by webhook, or at the hub), the served version the spec was last written at
    /// as the API server recorded it ([`Kind::last_written`]), else the newest. A version we
    /// do not serve is the user's error, named.
    pub fn info_for(&self, obj: &kube::api::DynamicObject) -> Result<&'static KindInfo, String> {
        let field = aso_schema::convert::ORIGINAL_VERSION;
        match obj.data.pointer(&format!("/spec/{field}")) {
            None | Some(serde_json::Value::Null) => Ok(self.last_written(obj).unwrap_or(self.info)),
            Some(serde_json::Value::String(version)) => {
                self.versions.version(version).ok_or_else(|| {
                    format!(
                        "spec.{field}: Unsupported value: {version:?}: supported values: {}",
                        self.versions
                            .served()
                            .map(|v| format!("{v:?}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })
            }
            Some(other) => Err(format!(
                "spec.{field}: Invalid value: {other}: must be a string"
            )),
        }
    }
}

impl Kind {
    /// The served version of the newest write that set spec fields, by `metadata.managedFields`:
    /// kube-apiserver records each manager's last write with the API version of its request
    /// (`apiVersion` of a `ManagedFieldsEntry`), also under `conversion: None`, where it stores
    /// the object relabelled at the storage version. Status writes (a subresource) and writes
    /// at the hub or a version we do not serve tell nothing and are passed over. Written by the
    /// user (as `spec.originalVersion` is), it only ever selects one of the served versions.
    fn last_written(&self, obj: &kube::api::DynamicObject) -> Option<&'static KindInfo> {
        let group = self.info.api_group;
        obj.metadata
            .managed_fields
            .iter()
            .flatten()
            .filter(|e| is_spec_write(e))
            .filter_map(|e| {
                let (g, version) = e.api_version.as_deref()?.split_once('/')?;
                let info = (g == group).then(|| self.versions.version(version))??;
                Some((e.time.clone(), info))
            })
            // The latest by time; of equal times (a second's resolution), the later entry.
            .reduce(|a, b| if b.0 >= a.0 { b } else { a })
            .map(|(_, info)| info)
    }
}

/// A write that set spec fields (status is a subresource of its own).
fn is_spec_write(e: &ManagedFieldsEntry) -> bool {
    e.subresource.as_deref().unwrap_or("").is_empty()
        && e.fields_v1
            .as_ref()
            .is_some_and(|f| f.0.get("f:spec").is_some())
}

/// What the cache keeps of an object's `managedFields` (its largest metadata): nothing when the
/// spec names its version; otherwise the spec writes [`Kind::last_written`] reads, each without
/// its field set.
pub fn keep_spec_writes(obj: &mut kube::api::DynamicObject) {
    let named = obj
        .data
        .pointer(&format!("/spec/{}", aso_schema::convert::ORIGINAL_VERSION))
        .is_some_and(|v| !v.is_null());
    let kept: Vec<ManagedFieldsEntry> = match obj.metadata.managed_fields.take() {
        Some(entries) if !named => entries
            .into_iter()
            .filter(is_spec_write)
            .map(|e| ManagedFieldsEntry {
                api_version: e.api_version,
                time: e.time,
                fields_v1: Some(FieldsV1(serde_json::json!({"f:spec": {}}))),
                ..ManagedFieldsEntry::default()
            })
            .collect(),
        _ => Vec::new(),
    };
    obj.metadata.managed_fields = (!kept.is_empty()).then_some(kept);
}

/// The served kinds.
#[derive(Debug, Clone, Default)]
pub struct Kinds {
    kinds: Vec<Kind>,
}

impl Kinds {
    pub fn new(crds: impl IntoIterator<Item = CrdVersions>) -> Kinds {
        let kinds = crds
            .into_iter()
            .enumerate()
            .map(|(index, versions)| {
                let info = versions.newest();
                Kind {
                    index,
                    info,
                    resource: api_resource(info),
                    versions,
                }
            })
            .collect();
        Kinds { kinds }
    }

    /// Adds kinds served at their own resource (the database `User` kinds, at `v1`).
    pub fn extend(&mut self, more: impl IntoIterator<Item = (&'static KindInfo, ApiResource)>) {
        for (info, resource) in more {
            let index = self.kinds.len();
            self.kinds.push(Kind {
                index,
                info,
                resource,
                versions: CrdVersions::single(info),
            });
        }
    }

    pub fn get(&self, index: usize) -> &Kind {
        &self.kinds[index]
    }

    /// The kind of API group `group` (`storage.azure.com`) named `kind`.
    pub fn find(&self, group: &str, kind: &str) -> Option<&Kind> {
        self.kinds
            .iter()
            .find(|k| k.info.api_group == group && k.info.kind == kind)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Kind> {
        self.kinds.iter()
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// The kind's resource at the hub version: objects are read and written as stored, whatever
/// version they were written in (`aso_runtime::versions`).
pub fn api_resource(info: &KindInfo) -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk(info.api_group, aso_runtime::versions::HUB, info.kind),
        info.plural,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use kube::api::DynamicObject;

    fn object(spec: serde_json::Value) -> DynamicObject {
        serde_json::from_value(serde_json::json!({
            "apiVersion": "storage.azure.com/v1apistorage", "kind": "StorageAccount",
            "metadata": {"name": "a"}, "spec": spec}))
        .unwrap()
    }

    #[test]
    fn the_version_written_at_chooses_the_kind_info() {
        let catalog = aso_catalog::catalog();
        let crd =
            aso_runtime::versions::crd(&catalog, "storage.azure.com", "StorageAccount").unwrap();
        let kinds = Kinds::new([crd]);
        let kind = kinds.get(0);
        let old = kind
            .info_for(&object(
                serde_json::json!({"originalVersion": "v1api20210401"}),
            ))
            .unwrap();
        assert_eq!(old.api_version, "2021-04-01");
        let newest = kind.info_for(&object(serde_json::json!({}))).unwrap();
        assert_eq!(newest.version, kind.info.version);
        let err = kind
            .info_for(&object(
                serde_json::json!({"originalVersion": "v1api19990101"}),
            ))
            .unwrap_err();
        assert!(
            err.starts_with("spec.originalVersion: Unsupported value: \"v1api19990101\"")
                && err.contains("\"v1api20210401\""),
            "{err}"
        );
        assert!(
            kind.info_for(&object(serde_json::json!({"originalVersion": 1})))
                .is_err()
        );
    }

    fn entry(
        manager: &str,
        version: &str,
        time: &str,
        fields: serde_json::Value,
    ) -> serde_json::Value {
        serde_json::json!({"manager": manager, "operation": "Update", "apiVersion": version,
            "time": time, "fieldsType": "FieldsV1", "fieldsV1": fields})
    }

    fn written(entries: Vec<serde_json::Value>, spec: serde_json::Value) -> DynamicObject {
        let mut obj = object(spec);
        obj.metadata.managed_fields = Some(serde_json::from_value(entries.into()).unwrap());
        obj
    }

    #[test]
    fn without_original_version_the_last_version_the_spec_was_written_at_chooses() {
        let catalog = aso_catalog::catalog();
        let crd =
            aso_runtime::versions::crd(&catalog, "storage.azure.com", "StorageAccount").unwrap();
        let kinds = Kinds::new([crd]);
        let kind = kinds.get(0);
        let spec = serde_json::json!({"f:spec": {"f:location": {}}});
        let t1 = "2024-01-01T00:00:00Z";
        let t2 = "2024-06-01T00:00:00Z";
        let version_of = |entries: Vec<serde_json::Value>| {
            kind.info_for(&written(entries, serde_json::json!({"location": "westus"})))
                .unwrap()
                .version
        };
        let written_at = |manager: &str, version: &str, time: &str| {
            entry(
                manager,
                &format!("storage.azure.com/{version}"),
                time,
                spec.clone(),
            )
        };
        // Applied at an old version before the webhook existed.
        assert_eq!(
            version_of(vec![written_at("kubectl", "v1api20210401", t1)]),
            "v1api20210401"
        );
        // Edited later at another version: the later write counts.
        assert_eq!(
            version_of(vec![
                written_at("kubectl", "v1api20210401", t1),
                written_at("kubectl-edit", "v1api20220901", t2),
            ]),
            "v1api20220901"
        );
        // The operator's writes (metadata at the hub, status) and unknown versions tell nothing.
        let mut status = entry(
            "aso-operator",
            "storage.azure.com/v1api20230101",
            t2,
            serde_json::json!({"f:status": {}}),
        );
        status["subresource"] = serde_json::json!("status");
        let metadata_only = entry(
            "z",
            "storage.azure.com/v1api20230101",
            t2,
            serde_json::json!({"f:metadata": {}}),
        );
        assert_eq!(
            version_of(vec![
                written_at("kubectl", "v1api20210401", t1),
                written_at("aso-operator", "v1apistorage", t2),
                written_at("x", "v1api19990101", t2),
                entry("y", "other.azure.com/v1api20230101", t2, spec.clone()),
                metadata_only.clone(),
                status,
            ]),
            "v1api20210401"
        );
        // What the cache keeps chooses the same.
        let mut cached = written(
            vec![written_at("kubectl", "v1api20210401", t1), metadata_only],
            serde_json::json!({"location": "westus"}),
        );
        keep_spec_writes(&mut cached);
        assert_eq!(
            cached.metadata.managed_fields.as_ref().map(Vec::len),
            Some(1)
        );
        assert_eq!(kind.info_for(&cached).unwrap().version, "v1api20210401");
        // Nothing recorded: the newest, as before; spec.originalVersion wins over the record.
        assert_eq!(version_of(vec![]), kind.info.version);
        let obj = written(
            vec![entry(
                "kubectl",
                "storage.azure.com/v1api20210401",
                t1,
                spec,
            )],
            serde_json::json!({"originalVersion": "v1api20230101"}),
        );
        assert_eq!(kind.info_for(&obj).unwrap().version, "v1api20230101");
        let mut obj = obj;
        keep_spec_writes(&mut obj);
        assert!(
            obj.metadata.managed_fields.is_none(),
            "not kept when the spec names its version"
        );
    }
}
