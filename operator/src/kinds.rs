//! The kinds this operator instance serves (those whose CRDs are installed), each with its
//! `KindInfo` and the `ApiResource` the Kubernetes client needs.

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
    /// webhook records in the hub's `spec.originalVersion`; the newest when the object was
    /// written at the hub without one. A version we do not serve is the user's error, named.
    pub fn info_for(&self, obj: &kube::api::DynamicObject) -> Result<&'static KindInfo, String> {
        let field = aso_schema::convert::ORIGINAL_VERSION;
        match obj.data.pointer(&format!("/spec/{field}")) {
            None | Some(serde_json::Value::Null) => Ok(self.info),
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
}
