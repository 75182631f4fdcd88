//! Exports: `spec.operatorSpec.secrets` and `.configMaps` name Secrets and ConfigMaps (and keys in
//! them) to receive values from `status` or from Azure. They are written with an ownerReference
//! to the resource, so they go when it goes. Writing into an object the resource does not own,
//! or two exports into the same key, is an error the user must fix. Values are never logged.

use std::collections::{BTreeMap, BTreeSet};

use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{ObjectMeta, OwnerReference};
use kube::api::{Api, DynamicObject, PostParams};
use serde_json::Value;

use aso_runtime::{ExportSource, ExportTarget, KindInfo};

use super::failure::{Failure, reason};
use super::object;

/// One requested export: the value named `export` goes to key `key` of object `name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub target: ExportTarget,
    pub export: String,
    pub name: String,
    pub key: String,
}

/// The exports `spec.operatorSpec` asks for.
pub fn requested(spec: &Value) -> Vec<Request> {
    let mut out = Vec::new();
    for (field, target) in [
        ("secrets", ExportTarget::Secret),
        ("configMaps", ExportTarget::ConfigMap),
    ] {
        let Some(map) = spec
            .pointer(&format!("/operatorSpec/{field}"))
            .and_then(Value::as_object)
        else {
            continue;
        };
        for (export, destination) in map {
            let (Some(name), Some(key)) = (
                destination.get("name").and_then(Value::as_str),
                destination.get("key").and_then(Value::as_str),
            ) else {
                continue;
            };
            out.push(Request {
                target,
                export: export.clone(),
                name: name.to_string(),
                key: key.to_string(),
            });
        }
    }
    out
}

/// The requested exports that come from Azure (and so need ARM calls), by export name.
pub fn wanted_from_azure(info: &KindInfo, requests: &[Request]) -> BTreeSet<String> {
    requests
        .iter()
        .filter(|r| {
            info.exports.iter().any(|e| {
                e.key == r.export && e.target == r.target && e.source == ExportSource::Azure
            })
        })
        .map(|r| r.export.clone())
        .collect()
}

/// The contents to write, per (target, object name): values from `status` or `azure`.
pub fn contents(
    info: &KindInfo,
    requests: &[Request],
    status: &Value,
    azure: &BTreeMap<String, String>,
) -> Result<Contents, Failure> {
    let mut out: Contents = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for r in requests {
        let target = TargetKey::from(r.target);
        if !seen.insert((target, r.name.clone(), r.key.clone())) {
            return Err(Failure::fatal(
                reason::DESTINATION_COLLISION,
                format!(
                    "two exports write key {:?} of {} {:?}; give each export its own key",
                    r.key,
                    target.kind(),
                    r.name
                ),
            ));
        }
        let Some(export) = info
            .exports
            .iter()
            .find(|e| e.key == r.export && e.target == r.target)
        else {
            return Err(Failure::fatal(
                reason::INVALID_SPEC,
                format!(
                    "{} cannot export {:?} to a {}",
                    info.kind,
                    r.export,
                    target.kind()
                ),
            ));
        };
        let value = match export.source {
            ExportSource::Status(path) => path
                .iter()
                .try_fold(status, |v, segment| v.get(*segment))
                .and_then(|v| match v {
                    Value::String(s) => Some(s.clone()),
                    Value::Null => None,
                    other => Some(other.to_string()),
                }),
            ExportSource::Azure => azure.get(&r.export).cloned(),
        };
        // A value Azure has not produced (yet) is left out rather than written empty.
        if let Some(value) = value {
            out.entry((target, r.name.clone()))
                .or_default()
                .insert(r.key.clone(), value);
        }
    }
    Ok(out)
}

/// What to write: per (target, object name), the keys and values.
pub type Contents = BTreeMap<(TargetKey, String), BTreeMap<String, String>>;

/// `ExportTarget` with an order, for map keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TargetKey {
    Secret,
    ConfigMap,
}

impl From<ExportTarget> for TargetKey {
    fn from(t: ExportTarget) -> Self {
        match t {
            ExportTarget::Secret => TargetKey::Secret,
            ExportTarget::ConfigMap => TargetKey::ConfigMap,
        }
    }
}

impl TargetKey {
    fn kind(self) -> &'static str {
        match self {
            TargetKey::Secret => "Secret",
            TargetKey::ConfigMap => "ConfigMap",
        }
    }
}

/// The ownerReference exported objects carry.
pub fn owner_reference(info: &KindInfo, obj: &DynamicObject) -> OwnerReference {
    OwnerReference {
        api_version: info.api_version_string(),
        kind: info.kind.to_string(),
        name: object::name(obj).to_string(),
        uid: obj.metadata.uid.clone().unwrap_or_default(),
        controller: Some(true),
        block_owner_deletion: None,
    }
}

fn owned_by(meta: &ObjectMeta, owner: &OwnerReference) -> bool {
    meta.owner_references
        .as_ref()
        .is_some_and(|refs| refs.iter().any(|r| r.uid == owner.uid))
}

fn not_owned(kind: &str, namespace: &str, name: &str, owner: &OwnerReference) -> Failure {
    Failure::fatal(
        reason::DESTINATION_NOT_OWNED,
        format!(
            "{kind} {namespace}/{name} already exists and is not owned by {} {name_}; delete it or export to another name",
            owner.kind,
            name_ = owner.name
        ),
    )
}

/// Writes the contents; objects already holding exactly these values are left alone.
pub async fn write(
    kube: &kube::Client,
    namespace: &str,
    owner: &OwnerReference,
    contents: &Contents,
) -> Result<(), Failure> {
    for ((target, name), values) in contents {
        let meta = ObjectMeta {
            name: Some(name.clone()),
            namespace: Some(namespace.to_string()),
            owner_references: Some(vec![owner.clone()]),
            ..ObjectMeta::default()
        };
        match target {
            TargetKey::Secret => {
                let api: Api<Secret> = Api::namespaced(kube.clone(), namespace);
                let data: BTreeMap<String, ByteString> = values
                    .iter()
                    .map(|(k, v)| (k.clone(), ByteString(v.as_bytes().to_vec())))
                    .collect();
                match api
                    .get_opt(name)
                    .await
                    .map_err(|e| Failure::kube(&format!("reading Secret {namespace}/{name}"), e))?
                {
                    None => {
                        let secret = Secret {
                            metadata: meta,
                            data: Some(data),
                            ..Secret::default()
                        };
                        api.create(&PostParams::default(), &secret)
                            .await
                            .map_err(|e| {
                                Failure::kube(&format!("creating Secret {namespace}/{name}"), e)
                            })?;
                    }
                    Some(existing) if !owned_by(&existing.metadata, owner) => {
                        return Err(not_owned("Secret", namespace, name, owner));
                    }
                    Some(existing)
                        if existing.data.as_ref() == Some(&data)
                            && existing.string_data.is_none() => {}
                    Some(mut existing) => {
                        existing.data = Some(data);
                        existing.string_data = None;
                        api.replace(name, &PostParams::default(), &existing)
                            .await
                            .map_err(|e| {
                                Failure::kube(&format!("updating Secret {namespace}/{name}"), e)
                            })?;
                    }
                }
            }
            TargetKey::ConfigMap => {
                let api: Api<ConfigMap> = Api::namespaced(kube.clone(), namespace);
                match api.get_opt(name).await.map_err(|e| {
                    Failure::kube(&format!("reading ConfigMap {namespace}/{name}"), e)
                })? {
                    None => {
                        let map = ConfigMap {
                            metadata: meta,
                            data: Some(values.clone()),
                            ..ConfigMap::default()
                        };
                        api.create(&PostParams::default(), &map)
                            .await
                            .map_err(|e| {
                                Failure::kube(&format!("creating ConfigMap {namespace}/{name}"), e)
                            })?;
                    }
                    Some(existing) if !owned_by(&existing.metadata, owner) => {
                        return Err(not_owned("ConfigMap", namespace, name, owner));
                    }
                    Some(existing) if existing.data.as_ref() == Some(values) => {}
                    Some(mut existing) => {
                        existing.data = Some(values.clone());
                        api.replace(name, &PostParams::default(), &existing)
                            .await
                            .map_err(|e| {
                                Failure::kube(&format!("updating ConfigMap {namespace}/{name}"), e)
                            })?;
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn storage() -> &'static KindInfo {
        aso_catalog::catalog()
            .into_iter()
            .find(|i| i.api_group == "storage.azure.com" && i.kind == "StorageAccount")
            .unwrap()
    }

    #[test]
    fn values_come_from_status_and_azure() {
        let spec = json!({"operatorSpec": {
            "secrets": {"key1": {"name": "s", "key": "k1"}, "blobEndpoint": {"name": "s", "key": "blob"}},
            "configMaps": {"blobEndpoint": {"name": "c", "key": "blob"}}
        }});
        let requests = requested(&spec);
        assert_eq!(
            wanted_from_azure(storage(), &requests),
            BTreeSet::from(["key1".to_string()])
        );
        let status = json!({"primaryEndpoints": {"blob": "https://x.blob/"}});
        let azure = BTreeMap::from([("key1".to_string(), "K1".to_string())]);
        let out = contents(storage(), &requests, &status, &azure).unwrap();
        assert_eq!(out[&(TargetKey::Secret, "s".to_string())]["k1"], "K1");
        assert_eq!(
            out[&(TargetKey::Secret, "s".to_string())]["blob"],
            "https://x.blob/"
        );
        assert_eq!(
            out[&(TargetKey::ConfigMap, "c".to_string())]["blob"],
            "https://x.blob/"
        );
    }

    #[test]
    fn two_exports_into_one_key_collide() {
        let spec = json!({"operatorSpec": {"secrets": {
            "key1": {"name": "s", "key": "same"},
            "key2": {"name": "s", "key": "same"}
        }}});
        let err = contents(storage(), &requested(&spec), &json!({}), &BTreeMap::new()).unwrap_err();
        assert!(
            matches!(&err, Failure::Fatal { reason, .. } if reason == reason::DESTINATION_COLLISION),
            "{err}"
        );
    }
}
