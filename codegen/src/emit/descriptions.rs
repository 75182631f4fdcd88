//! How much of the specs' descriptions a CRD carries. Every version of a kind is served with its
//! own schema, so a kind with many api-versions repeats the same long descriptions once per
//! version: AKS's ManagedCluster, seven versions, was 600 KiB of compact JSON with the first
//! sentence of each description kept in all but one version (descriptions are about half of
//! each version's schema, and most of AKS's are one long sentence), over the 512 KiB budget;
//! etcd holds at most 1.5 MiB per object, and ASO's 1.57 MB CRD has failed to install. And the
//! bundle of all 38 groups was 6.2 MB of YAML, over its 6 MB budget, with status descriptions
//! 650 KB of it. So:
//! - the version the operator reconciles with (the newest stable one, as
//!   `aso_runtime::versions::newest` chooses) keeps the descriptions of its spec; the other
//!   versions' spec carries none: `kubectl explain` at the newest version documents the fields,
//!   which mostly mean the same at every version;
//! - status carries none below its own: it is what Azure returned, mostly the spec's properties
//!   again, described in spec.

use serde_json::Value;

use aso_runtime::versions::is_preview;

use crate::model::Kind;

/// The version of a CRD whose descriptions stay: the newest stable api-version, or the newest
/// preview where there is no stable one. `versions` are in kube-apiserver's priority order,
/// which for `v1api<date>` names is oldest first.
pub fn full_version<'a>(versions: &[&'a Kind]) -> Option<&'a Kind> {
    versions
        .iter()
        .rev()
        .find(|k| !is_preview(&k.api_version))
        .or_else(|| versions.last())
        .copied()
}

/// Trims the descriptions of one served version's schema (`openAPIV3Schema`): below `status`
/// always, below `spec` unless `full`. `spec` and `status` keep their own.
pub fn trim(schema: &mut Value, full: bool) {
    for (side, trimmed) in [("spec", !full), ("status", true)] {
        let Some(side) = schema.pointer_mut(&format!("/properties/{side}")) else {
            continue;
        };
        if !trimmed {
            continue;
        }
        let own = side.get("description").cloned();
        remove(side);
        if let Some(own) = own {
            side["description"] = own;
        }
    }
}

/// Removes every `description` in `schema`, at any depth. Property schemas named `description`
/// are objects, not strings, and are walked like any other.
pub fn remove(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            map.retain(|key, value| !(key == "description" && value.is_string()));
            map.values_mut().for_each(remove);
        }
        Value::Array(items) => items.iter_mut().for_each(remove),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn spec_keeps_its_descriptions_in_the_full_version_only_and_status_never() {
        let version = || {
            json!({"properties": {
                "spec": {"description": "Spec.", "properties": {"a": {"description": "A."}}},
                "status": {"description": "Status.", "properties": {"a": {"description": "A."}}},
            }})
        };
        let (mut full, mut other) = (version(), version());
        trim(&mut full, true);
        trim(&mut other, false);
        assert_eq!(
            full["properties"]["spec"]["properties"]["a"]["description"],
            "A."
        );
        assert_eq!(full["properties"]["status"]["description"], "Status.");
        assert!(
            full["properties"]["status"]["properties"]["a"]
                .get("description")
                .is_none()
        );
        assert_eq!(other["properties"]["spec"]["description"], "Spec.");
        assert!(
            other["properties"]["spec"]["properties"]["a"]
                .get("description")
                .is_none()
        );
    }

    #[test]
    fn every_description_goes_and_properties_named_description_stay() {
        let mut schema = json!({
            "description": "Top.",
            "properties": {
                "description": {"type": "string", "description": "The text."},
                "list": {"type": "array", "items": {"type": "object", "description": "Item."}},
            },
        });
        remove(&mut schema);
        assert_eq!(
            schema,
            json!({
                "properties": {
                    "description": {"type": "string"},
                    "list": {"type": "array", "items": {"type": "object"}},
                },
            })
        );
    }
}
