//! CRDs as a cluster taken over from ASO holds them: ASO's real ones (`../shared`), ours (embedded
//! in the operator), and installing one over the other as `kubectl replace` would.

use std::collections::BTreeMap;

use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::Value;

use aso_kubesim::KubeSim;
use aso_kubesim::store::res_key;

use crate::reference;

/// ASO's CRD in `../shared/aso-reference/crds/<file>`.
pub fn aso_crd(file: &str) -> Value {
    let path = reference::aso_crds().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every CRD of ASO's in `../shared/aso-reference/crds/`, by file name order.
pub fn aso_crds() -> Vec<Value> {
    let mut files: Vec<String> = std::fs::read_dir(reference::aso_crds())
        .expect("ASO's CRDs in ../shared")
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    files.sort();
    files.iter().map(|f| aso_crd(f)).collect()
}

/// Our CRD `name` (`storageaccounts.storage.azure.com`), as the operator embeds it.
pub fn our_crd(name: &str) -> Value {
    let (_, yaml) = aso_operator::crds::embedded()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no CRD {name}"));
    serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("CRD {name}: {e}"))
}

/// The resource of CustomResourceDefinitions.
pub fn crd_resource() -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
        "customresourcedefinitions",
    )
}

/// Creates or replaces a CRD (a replacement carries the current resourceVersion, as kubectl's).
pub async fn put_crd(client: &kube::Client, mut crd: Value) -> Result<(), kube::Error> {
    let api: Api<DynamicObject> = Api::all_with(client.clone(), &crd_resource());
    let name = crd["metadata"]["name"]
        .as_str()
        .expect("a CRD has a name")
        .to_string();
    if let Some(crd) = crd.as_object_mut() {
        crd.remove("status");
    }
    let object: DynamicObject = serde_json::from_value(crd).expect("a CRD is an object");
    match api.get_opt(&name).await? {
        None => api
            .create(&PostParams::default(), &object)
            .await
            .map(|_| ()),
        Some(current) => {
            let mut object = object;
            object.metadata.resource_version = current.metadata.resource_version;
            api.replace(&name, &PostParams::default(), &object)
                .await
                .map(|_| ())
        }
    }
}

/// The version a CRD stores objects at.
pub fn storage_version(crd: &Value) -> &str {
    crd["spec"]["versions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|v| v["storage"] == true)
        .and_then(|v| v["name"].as_str())
        .expect("a CRD has a storage version")
}

/// The versions a CRD serves.
pub fn served_versions(crd: &Value) -> Vec<String> {
    crd["spec"]["versions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|v| v["served"] == true)
        .filter_map(|v| v["name"].as_str().map(str::to_string))
        .collect()
}

/// The OpenAPI schema of `version` in a CRD.
pub fn version_schema<'c>(crd: &'c Value, version: &str) -> &'c Value {
    crd["spec"]["versions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|v| v["name"] == version)
        .map(|v| &v["schema"]["openAPIV3Schema"])
        .unwrap_or_else(|| panic!("the CRD has no version {version}"))
}

/// The version each object of resource `plural` in `group` is stored at (read from the
/// simulator's store, beneath the API), by (namespace, name).
pub fn stored_at(kube: &KubeSim, group: &str, plural: &str) -> BTreeMap<(String, String), String> {
    let text = |v: &Value, p: &str| {
        v.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    kube.sim
        .store
        .all()
        .into_iter()
        .filter(|s| s.res == res_key(group, plural))
        .map(|s| {
            let v = s.value();
            (
                (text(&v, "/metadata/namespace"), text(&v, "/metadata/name")),
                text(&v, "/apiVersion"),
            )
        })
        .collect()
}
