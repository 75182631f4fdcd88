//! CustomResourceDefinitions: validation as apiextensions.k8s.io/v1 does it (including the
//! structural schema rules), defaulting, status (`Established`), and compilation of each served
//! version into a [`ResourceType`] with its schema and CEL rules compiled once.

use crate::field::{FieldError, Path};
use crate::jsonpath::JsonPath;
use crate::registry::{CrdVersion, PrinterColumn, ResourceType};
use crate::schema::{CelEnv, Schema, check_structural};
use crate::store::res_key;
use serde_json::{Value, json};
use std::sync::Arc;

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

/// Validates a CRD; returns field errors worded as the server words them.
pub fn validate_crd(crd: &Value, env: &CelEnv) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let spec = &crd["spec"];
    let group = spec["group"].as_str().unwrap_or_default();
    let plural = spec["names"]["plural"].as_str().unwrap_or_default();
    if group.is_empty() {
        errors.push(FieldError::required("spec.group", ""));
    } else if !group.contains('.') {
        errors.push(FieldError::invalid(
            "spec.group",
            json!(group),
            "should be a domain with at least one dot",
        ));
    }
    if plural.is_empty() {
        errors.push(FieldError::required("spec.names.plural", ""));
    }
    if spec["names"]["kind"].as_str().is_none_or(str::is_empty) {
        errors.push(FieldError::required("spec.names.kind", ""));
    }
    let name = crd["metadata"]["name"].as_str().unwrap_or_default();
    if !group.is_empty() && !plural.is_empty() && name != format!("{plural}.{group}") {
        errors.push(FieldError::invalid(
            "metadata.name",
            json!(name),
            "must be spec.names.plural+\".\"+spec.group",
        ));
    }
    match spec["scope"].as_str() {
        Some("Namespaced" | "Cluster") => {}
        Some(other) => errors.push(FieldError::not_supported(
            "spec.scope",
            json!(other),
            &[json!("Cluster"), json!("Namespaced")],
        )),
        None => errors.push(FieldError::required("spec.scope", "")),
    }
    if spec["preserveUnknownFields"].as_bool() == Some(true) {
        errors.push(FieldError::invalid(
            "spec.preserveUnknownFields",
            json!(true),
            "must be false in order to use defaults in the schema",
        ));
    }
    let versions = spec["versions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    if versions.is_empty() {
        errors.push(FieldError::invalid(
            "spec.versions",
            json!([]),
            "must have exactly one version marked as storage version",
        ));
    }
    let storage = versions
        .iter()
        .filter(|v| v["storage"].as_bool() == Some(true))
        .count();
    if !versions.is_empty() && storage != 1 {
        errors.push(FieldError::invalid(
            "spec.versions",
            Value::Array(versions.to_vec()),
            "must have exactly one version marked as storage version",
        ));
    }
    for (i, v) in versions.iter().enumerate() {
        let vpath = Path::new("spec.versions").index(i);
        if v["name"].as_str().is_none_or(str::is_empty) {
            errors.push(FieldError::required(vpath.child("name").as_str(), ""));
        }
        let spath = vpath.child("schema").child("openAPIV3Schema");
        match v.get("schema").and_then(|s| s.get("openAPIV3Schema")) {
            None => errors.push(FieldError::required(spath.as_str(), "schemas are required")),
            Some(raw) => {
                let structural = check_structural(raw, &spath);
                if structural.is_empty() {
                    if let Err(e) = Schema::parse(raw, &spath, env) {
                        errors.extend(e);
                    }
                } else {
                    errors.extend(structural);
                }
            }
        }
        if let Some(cols) = v["additionalPrinterColumns"].as_array() {
            for (j, c) in cols.iter().enumerate() {
                let cpath = vpath.child("additionalPrinterColumns").index(j);
                if let Err(e) = JsonPath::parse(c["jsonPath"].as_str().unwrap_or_default()) {
                    errors.push(FieldError::invalid(
                        cpath.child("jsonPath").as_str(),
                        c["jsonPath"].clone(),
                        e,
                    ));
                }
                let t = c["type"].as_str().unwrap_or_default();
                if !matches!(t, "integer" | "number" | "string" | "boolean" | "date") {
                    errors.push(FieldError::not_supported(
                        cpath.child("type").as_str(),
                        json!(t),
                        &[
                            json!("boolean"),
                            json!("date"),
                            json!("integer"),
                            json!("number"),
                            json!("string"),
                        ],
                    ));
                }
            }
        }
    }
    errors
}

/// Sets `status` as the CRD controllers would once names are accepted and the CRD is served.
pub fn set_established(crd: &mut Value, now: &str, previous_stored: Option<&Value>) {
    let names = crd["spec"]["names"].clone();
    let storage = crd["spec"]["versions"]
        .as_array()
        .and_then(|vs| vs.iter().find(|v| v["storage"].as_bool() == Some(true)))
        .and_then(|v| v["name"].as_str())
        .unwrap_or_default()
        .to_string();
    let mut stored: Vec<Value> = previous_stored
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if !stored.iter().any(|s| s == storage.as_str()) {
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

/// Compiles every served version of a (validated) CRD into a resource type.
pub fn compile(crd: &Value, env: &CelEnv) -> Vec<Arc<ResourceType>> {
    let spec = &crd["spec"];
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let group = s(&spec["group"]);
    let names = &spec["names"];
    let plural = s(&names["plural"]);
    let kind = s(&names["kind"]);
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let versions = spec["versions"].as_array().cloned().unwrap_or_default();
    let storage_version = versions
        .iter()
        .find(|v| v["storage"].as_bool() == Some(true))
        .map(|v| s(&v["name"]))
        .unwrap_or_default();
    versions
        .iter()
        .filter(|v| v["served"].as_bool() != Some(false))
        .map(|v| {
            let raw_schema = v.get("schema").and_then(|x| x.get("openAPIV3Schema")).cloned();
            let schema = raw_schema.as_ref().and_then(|r| Schema::parse(r, &Path::root(), env).ok());
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
                version: s(&v["name"]),
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
                    raw_schema,
                    columns,
                    scale: v["subresources"].get("scale").cloned(),
                }),
                key: res_key(&group, &plural),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crd() -> Value {
        json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
            "metadata":{"name":"widgets.example.com"},
            "spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","kind":"Widget","categories":["all"]},
                "versions":[
                    {"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
                     "schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object","properties":{"size":{"type":"integer"}}}}}}},
                    {"name":"v1beta1","served":true,"storage":false,
                     "schema":{"openAPIV3Schema":{"type":"object"}}}]}})
    }

    #[test]
    fn valid_crd_compiles_per_version() {
        let env = CelEnv::new();
        let mut c = crd();
        default_crd(&mut c);
        assert!(validate_crd(&c, &env).is_empty());
        let types = compile(&c, &env);
        assert_eq!(types.len(), 2);
        assert_eq!(types[0].singular, "widget");
        assert!(types[0].status && !types[1].status);
        assert_eq!(types[1].storage_version, "v1");
        assert_eq!(types[1].crd.as_ref().unwrap().columns[0].name, "Age");
    }

    #[test]
    fn invalid_crds_are_rejected_with_server_messages() {
        let env = CelEnv::new();
        let mut c = crd();
        c["spec"]["versions"][1]["storage"] = json!(true);
        c["metadata"]["name"] = json!("wrong");
        c["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
            .as_object_mut()
            .unwrap()
            .remove("type");
        let msgs: Vec<String> = validate_crd(&c, &env)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(msgs.contains(&r#"metadata.name: Invalid value: "wrong": must be spec.names.plural+"."+spec.group"#.to_string()), "{msgs:?}");
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("spec.versions: Invalid value:")
                    && m.ends_with("must have exactly one version marked as storage version"))
        );
        assert!(msgs.contains(&"spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields".to_string()));
    }
}
