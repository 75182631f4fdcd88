//! CustomResourceDefinitions: defaulting, status (`Established`, `status.storedVersions`), and
//! compilation of a CRD into what serving it needs: a [`CrdInfo`] shared by all its versions
//! (every version's schema, the storage version, the conversion strategy) and a
//! [`ResourceType`] per served version. Validation is in [`validation`].

pub mod validation;

use crate::jsonpath::JsonPath;
use crate::objects::strings;
use crate::registry::{CrdVersion, PrinterColumn, ResourceType};
use crate::schema::{CelEnv, Schema};
use crate::store::res_key;
use crate::webhook::ClientConfig;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use validation::validate_crd;

/// How objects move between the versions of a CRD.
#[derive(Debug, Clone, PartialEq)]
pub enum Conversion {
    /// Only `apiVersion` changes.
    None,
    Webhook {
        client: ClientConfig,
        review_versions: Vec<String>,
    },
}

/// What all versions of a CRD share.
#[derive(Debug)]
pub struct CrdInfo {
    pub name: String,
    pub group: String,
    pub kind: String,
    pub storage_version: String,
    pub conversion: Conversion,
    /// The schema of every version in `spec.versions`, served or not: objects may be stored at
    /// any of them.
    pub schemas: BTreeMap<String, Option<Arc<Schema>>>,
    /// Objects written after this resourceVersion were pruned and defaulted under these schemas.
    pub schemas_rv: u64,
    versions: Value,
}

pub const CLEANUP_FINALIZER: &str = "customresourcecleanup.apiextensions.k8s.io";

/// Fills the defaults the server sets on CRDs (singular, listKind, conversion strategy, ...).
pub fn default_crd(crd: &mut Value) {
    let spec = &mut crd["spec"];
    if let Some(kind) = spec["names"]["kind"].as_str().map(str::to_string) {
        if spec["names"]["singular"].as_str().is_none_or(str::is_empty) {
            spec["names"]["singular"] = json!(kind.to_lowercase());
        }
        if spec["names"]["listKind"].as_str().is_none_or(str::is_empty) {
            spec["names"]["listKind"] = json!(format!("{kind}List"));
        }
    }
    if spec.get("conversion").is_none_or(Value::is_null) {
        spec["conversion"] = json!({"strategy": "None"});
    }
}

/// Sets `status` as the CRD controllers would once names are accepted and the CRD is served.
/// `stored` is the `status.storedVersions` to keep; `add_storage` adds the storage version, as
/// every create and update does (`PrepareForCreate`/`PrepareForUpdate`) but a write of the status
/// subresource does not.
pub fn set_established(crd: &mut Value, now: &str, stored: Option<&Value>, add_storage: bool) {
    let names = crd["spec"]["names"].clone();
    let storage = crd["spec"]["versions"]
        .as_array()
        .and_then(|vs| vs.iter().find(|v| v["storage"].as_bool() == Some(true)))
        .and_then(|v| v["name"].as_str())
        .unwrap_or_default()
        .to_string();
    let mut stored: Vec<Value> = stored
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if add_storage && !storage.is_empty() && !stored.iter().any(|s| s == storage.as_str()) {
        stored.push(json!(storage));
    }
    let keep_time = |t: &str| -> String {
        crd["status"]["conditions"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["type"] == t && c["status"] == "True"))
            .and_then(|c| c["lastTransitionTime"].as_str())
            .unwrap_or(now)
            .to_string()
    };
    let conditions = json!([
        {"type": "NamesAccepted", "status": "True", "lastTransitionTime": keep_time("NamesAccepted"),
         "reason": "NoConflicts", "message": "no conflicts found"},
        {"type": "Established", "status": "True", "lastTransitionTime": keep_time("Established"),
         "reason": "InitialNamesAccepted", "message": "the initial names have been accepted"},
    ]);
    crd["status"] =
        json!({"conditions": conditions, "acceptedNames": names, "storedVersions": stored});
}

/// Compiles a (validated) CRD: its [`CrdInfo`] and a resource type per served version.
/// `previous` is what the CRD compiled to before this write (committed at `rv`).
pub fn compile(
    crd: &Value,
    env: &CelEnv,
    previous: Option<&CrdInfo>,
    rv: u64,
) -> Vec<Arc<ResourceType>> {
    let spec = &crd["spec"];
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let group = s(&spec["group"]);
    let names = &spec["names"];
    let plural = s(&names["plural"]);
    let kind = s(&names["kind"]);
    let versions = spec["versions"].as_array().cloned().unwrap_or_default();
    let storage_version = versions
        .iter()
        .find(|v| v["storage"].as_bool() == Some(true))
        .map(|v| s(&v["name"]))
        .unwrap_or_default();
    let raw_schema = |v: &Value| {
        v.get("schema")
            .and_then(|x| x.get("openAPIV3Schema"))
            .cloned()
    };
    let schemas = versions
        .iter()
        .map(|v| {
            let schema = raw_schema(v)
                .and_then(|r| Schema::parse(&r, &crate::field::Path::root(), env).ok())
                .map(Arc::new);
            (s(&v["name"]), schema)
        })
        .collect();
    let conversion = match spec["conversion"]["strategy"].as_str() {
        Some("Webhook") => ClientConfig::from_json(&spec["conversion"]["webhook"]["clientConfig"])
            .map(|client| Conversion::Webhook {
                client,
                review_versions: strings(
                    &spec["conversion"]["webhook"]["conversionReviewVersions"],
                ),
            })
            .unwrap_or(Conversion::None),
        _ => Conversion::None,
    };
    let schemas_rv = match previous {
        Some(p) if p.versions == spec["versions"] => p.schemas_rv,
        _ => rv,
    };
    let info = Arc::new(CrdInfo {
        name: s(&crd["metadata"]["name"]),
        group: group.clone(),
        kind: kind.clone(),
        storage_version: storage_version.clone(),
        conversion,
        schemas,
        schemas_rv,
        versions: spec["versions"].clone(),
    });
    versions
        .iter()
        .filter(|v| v["served"].as_bool() != Some(false))
        .map(|v| {
            let name = s(&v["name"]);
            let schema = info.schemas.get(&name).cloned().flatten();
            let mut columns: Vec<PrinterColumn> = v["additionalPrinterColumns"]
                .as_array()
                .map(|cols| {
                    cols.iter()
                        .filter_map(|c| {
                            Some(PrinterColumn {
                                name: s(&c["name"]),
                                type_: s(&c["type"]),
                                format: s(&c["format"]),
                                description: s(&c["description"]),
                                priority: c["priority"].as_i64().unwrap_or(0),
                                json_path: s(&c["jsonPath"]),
                                path: JsonPath::parse(c["jsonPath"].as_str()?).ok()?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            if columns.is_empty() {
                columns.push(PrinterColumn {
                    name: "Age".into(),
                    type_: "date".into(),
                    format: String::new(),
                    description: "CreationTimestamp is a timestamp representing the server time when this object was created.".into(),
                    priority: 0,
                    json_path: ".metadata.creationTimestamp".into(),
                    path: JsonPath::parse(".metadata.creationTimestamp").expect("static path"),
                });
            }
            let status = v["subresources"].get("status").is_some();
            Arc::new(ResourceType {
                group: group.clone(),
                version: name,
                kind: kind.clone(),
                list_kind: names["listKind"].as_str().map(String::from).unwrap_or_else(|| format!("{kind}List")),
                plural: plural.clone(),
                singular: names["singular"].as_str().map(String::from).unwrap_or_else(|| kind.to_lowercase()),
                namespaced: spec["scope"] == "Namespaced",
                short_names: strings(&names["shortNames"]),
                categories: strings(&names["categories"]),
                status,
                generation: true,
                create_only: false,
                storage_version: storage_version.clone(),
                crd: Some(CrdVersion {
                    crd_name: s(&crd["metadata"]["name"]),
                    schema,
                    raw_schema: raw_schema(v),
                    columns,
                    scale: v["subresources"].get("scale").cloned(),
                    info: info.clone(),
                }),
                key: res_key(&group, &plural),
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Widgets: v1 (storage, with status), v1beta1, v1alpha1 (not served); stored at v1.
    pub(crate) fn crd() -> Value {
        json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
            "metadata":{"name":"widgets.example.com"},
            "spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","kind":"Widget","categories":["all"]},
                "versions":[
                    {"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
                     "schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object","properties":{"size":{"type":"integer"}}}}}}},
                    {"name":"v1beta1","served":true,"storage":false,
                     "schema":{"openAPIV3Schema":{"type":"object"}}},
                    {"name":"v1alpha1","served":false,"storage":false,
                     "schema":{"openAPIV3Schema":{"type":"object"}}}]},
            "status":{"storedVersions":["v1"]}})
    }

    #[test]
    fn valid_crd_compiles_per_served_version_with_every_schema() {
        let env = CelEnv::new();
        let mut c = crd();
        default_crd(&mut c);
        assert!(validate_crd(&c, None, &env).is_empty());
        let types = compile(&c, &env, None, 7);
        assert_eq!(types.len(), 2);
        assert_eq!(types[0].singular, "widget");
        assert!(types[0].status && !types[1].status);
        assert_eq!(types[1].storage_version, "v1");
        let v = types[1].crd.as_ref().unwrap();
        assert_eq!(v.columns[0].name, "Age");
        assert_eq!(
            v.info.schemas.len(),
            3,
            "unserved versions keep their schema"
        );
        assert_eq!(
            (v.info.schemas_rv, &v.info.conversion),
            (7, &Conversion::None)
        );
        // Unchanged versions keep the epoch; changed ones start a new one.
        let again = compile(&c, &env, Some(&v.info), 9);
        assert_eq!(again[0].crd.as_ref().unwrap().info.schemas_rv, 7);
        c["spec"]["versions"][1]["served"] = json!(false);
        let changed = compile(&c, &env, Some(&v.info), 9);
        assert_eq!(changed[0].crd.as_ref().unwrap().info.schemas_rv, 9);
    }

    #[test]
    fn status_keeps_stored_versions_and_adds_the_storage_version() {
        let mut c = crd();
        set_established(&mut c, "t", Some(&json!(["v1beta1"])), true);
        assert_eq!(c["status"]["storedVersions"], json!(["v1beta1", "v1"]));
        set_established(&mut c, "t", Some(&json!(["v1beta1"])), false);
        assert_eq!(c["status"]["storedVersions"], json!(["v1beta1"]));
    }
}
