//! The versions of one CRD as conversion sees them, read from the CRD itself: the hub (the
//! storage version), the served API versions with the `spec` and `status` schemas of each, and
//! ASO's storage variants (unserved `<v>storage`).

use serde_json::{Map, Value};

use crate::model::Schema;

/// One served API version: its name and the schemas of `spec` and `status`.
#[derive(Debug)]
pub(super) struct Version {
    pub name: String,
    pub spec: Schema,
    pub status: Schema,
}

#[derive(Debug)]
pub(super) struct Versions {
    pub group: String,
    pub kind: String,
    pub hub: String,
    /// In the CRD's order (ours: oldest first).
    pub served: Vec<Version>,
    pub aso_storage: Vec<String>,
}

/// The suffix ASO gives the storage variant of each of its API versions.
pub(super) const ASO_STORAGE_SUFFIX: &str = "storage";

pub(super) fn read(crd: &Value) -> Result<Versions, String> {
    let text = |ptr: &str| {
        crd.pointer(ptr)
            .and_then(Value::as_str)
            .map(String::from)
            .ok_or_else(|| format!("{}: must be a string", &ptr[1..].replace('/', ".")))
    };
    let group = text("/spec/group")?;
    let kind = text("/spec/names/kind")?;
    let versions = crd
        .pointer("/spec/versions")
        .and_then(Value::as_array)
        .ok_or("spec.versions: must be a list")?;
    let mut hub = None;
    let mut served = Vec::new();
    let mut aso_storage = Vec::new();
    for (i, v) in versions.iter().enumerate() {
        let at = format!("spec.versions[{i}]");
        let name = v
            .get("name")
            .and_then(Value::as_str)
            .ok_or(format!("{at}.name: must be a string"))?
            .to_string();
        let flag = |key: &str| v.get(key).and_then(Value::as_bool).unwrap_or(false);
        if flag("storage") {
            if let Some(other) = hub.replace(name.clone()) {
                return Err(format!(
                    "{at}.storage: only one version may be the storage version, and {other} is too"
                ));
            }
        } else if flag("served") {
            let schema = v
                .pointer("/schema/openAPIV3Schema")
                .ok_or(format!("{at}.schema.openAPIV3Schema: Required value"))?;
            let section = |key: &str| -> Result<Schema, String> {
                let Some(node) = schema.pointer(&format!("/properties/{key}")) else {
                    return Ok(Schema::default());
                };
                Schema::from_json(&without_docs_and_rules(node)).map_err(|errors| {
                    let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                    format!(
                        "{at}.schema.openAPIV3Schema.properties[{key}]: {}",
                        errors.join("; ")
                    )
                })
            };
            served.push(Version {
                spec: section("spec")?,
                status: section("status")?,
                name,
            });
        } else if name.ends_with(ASO_STORAGE_SUFFIX) {
            aso_storage.push(name);
        }
    }
    Ok(Versions {
        hub: hub.ok_or("spec.versions: no version is the storage version")?,
        group,
        kind,
        served,
        aso_storage,
    })
}

/// A schema node without descriptions and CEL rules: conversion needs neither, and leaving them
/// out keeps the compiled schemas small and their compilation quick.
fn without_docs_and_rules(node: &Value) -> Value {
    let Value::Object(map) = node else {
        return node.clone();
    };
    let mut out = Map::new();
    for (k, v) in map {
        let v = match k.as_str() {
            "description" | "x-kubernetes-validations" => continue,
            "properties" => Value::Object(
                v.as_object()
                    .map(|props| {
                        props
                            .iter()
                            .map(|(name, s)| (name.clone(), without_docs_and_rules(s)))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
            "items" | "additionalProperties" | "not" => without_docs_and_rules(v),
            "allOf" | "anyOf" | "oneOf" => Value::Array(
                v.as_array()
                    .map(|list| list.iter().map(without_docs_and_rules).collect())
                    .unwrap_or_default(),
            ),
            _ => v.clone(),
        };
        out.insert(k.clone(), v);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_versions_of_a_crd() {
        let crd = json!({"spec": {"group": "g.azure.com", "names": {"kind": "K"}, "versions": [
            {"name": "v1api20200101", "served": true, "storage": false, "schema": {"openAPIV3Schema": {
                "type": "object", "properties": {"spec": {"type": "object", "description": "d",
                "properties": {"description": {"type": "string", "description": "x"}},
                "x-kubernetes-validations": [{"rule": "self.x"}]}}}}},
            {"name": "v1api20200101storage", "served": false, "storage": false},
            {"name": "v1apistorage", "served": true, "storage": true}]}});
        let v = read(&crd).unwrap();
        assert_eq!(
            (v.group.as_str(), v.kind.as_str(), v.hub.as_str()),
            ("g.azure.com", "K", "v1apistorage")
        );
        assert_eq!(v.served.len(), 1);
        assert!(v.served[0].spec.properties.contains_key("description"));
        assert!(v.served[0].spec.rules.is_empty() && v.served[0].spec.description.is_none());
        assert_eq!(v.aso_storage, ["v1api20200101storage"]);
    }

    #[test]
    fn bad_crds_are_named() {
        assert_eq!(
            read(&json!({})).unwrap_err(),
            "spec.group: must be a string"
        );
        let crd = json!({"spec": {"group": "g", "names": {"kind": "K"}, "versions": [
            {"name": "a", "served": true}]}});
        assert_eq!(
            read(&crd).unwrap_err(),
            "spec.versions[0].schema.openAPIV3Schema: Required value"
        );
        let crd = json!({"spec": {"group": "g", "names": {"kind": "K"}, "versions": []}});
        assert!(
            read(&crd)
                .unwrap_err()
                .contains("no version is the storage version")
        );
    }
}
