//! A cluster and a subscription as ASO v2.8 leaves them, for the takeover test: objects stored
//! the way ASO's controller stores them, and Azure holding what ASO sent.
//!
//! ASO stores every object at its CRD's storage version (`<v>storage`): the spec in `<v>`'s
//! shape, `spec.originalVersion` naming the version the user wrote, `spec.azureName` defaulted
//! from `metadata.name` by its mutating webhook, and every field `<v>` lacks in a
//! `$propertyBag` of the object it belongs to (Go property name -> the value, a string as is and
//! anything else as JSON: `genruntime.PropertyBag.Add` in ASO's v2/pkg/genruntime). Once it
//! succeeded it has added its finalizer, the `resource-id`, `operator-namespace` and
//! `latest-reconciled-generation` annotations, and a Ready=True condition for the generation.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value, json};

use aso_ctl::manifest::{Manifest, Source};
use aso_runtime::annotations::{FINALIZER, RESOURCE_ID};

use crate::crds::{storage_version, version_schema};
use crate::harness::Env;
use crate::recordings::{Recorded, url_shape};

/// ASO's property bag member.
pub const PROPERTY_BAG: &str = "$propertyBag";
/// ASO's namespace, as its `operator-namespace` annotation names it.
pub const ASO_NAMESPACE: &str = "azureserviceoperator-system";
const OPERATOR_NAMESPACE_ANNOTATION: &str = "serviceoperator.azure.com/operator-namespace";
const LATEST_GENERATION_ANNOTATION: &str = "serviceoperator.azure.com/latest-reconciled-generation";

/// `doc` (a manifest at one of the CRD's API versions) as ASO stores it at `aso_crd`'s storage
/// version once reconciled to `resource_id`: the object to create, and the status to write.
pub fn stored(doc: &Value, aso_crd: &Value, resource_id: &str) -> (Value, Value) {
    let group = aso_crd["spec"]["group"]
        .as_str()
        .expect("a CRD has a group");
    let storage = storage_version(aso_crd);
    let schema = version_schema(aso_crd, storage);
    let written = doc["apiVersion"]
        .as_str()
        .and_then(|v| v.split_once('/'))
        .map(|(_, v)| v)
        .expect("a manifest has apiVersion group/version");
    let name = doc["metadata"]["name"]
        .as_str()
        .expect("a manifest has a name");
    let mut spec = doc["spec"].clone();
    if schema
        .pointer("/properties/spec/properties/azureName")
        .is_some()
        && spec.get("azureName").is_none()
    {
        spec["azureName"] = json!(name);
    }
    spec["originalVersion"] = json!(written);
    bag_unknown(&mut spec, &schema["properties"]["spec"]);

    let mut metadata = doc["metadata"].clone();
    metadata["finalizers"] = json!([FINALIZER]);
    let annotations = metadata["annotations"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let mut annotations = Value::Object(annotations);
    annotations[RESOURCE_ID] = json!(resource_id);
    annotations[OPERATOR_NAMESPACE_ANNOTATION] = json!(ASO_NAMESPACE);
    annotations[LATEST_GENERATION_ANNOTATION] = json!("1");
    metadata["annotations"] = annotations;
    let object = json!({
        "apiVersion": format!("{group}/{storage}"),
        "kind": doc["kind"],
        "metadata": metadata,
        "spec": spec,
    });
    let mut status = json!({"conditions": [{
        "type": "Ready",
        "status": "True",
        "severity": "",
        "reason": "Succeeded",
        "observedGeneration": 1,
        "lastTransitionTime": "2024-07-19T10:00:00Z",
    }]});
    if schema.pointer("/properties/status/properties/id").is_some() {
        status["id"] = json!(resource_id);
    }
    (object, status)
}

/// Moves every member `schema` does not have into the `$propertyBag` of its object, as ASO's
/// conversion to a storage version that lacks the property does.
pub fn bag_unknown(value: &mut Value, schema: &Value) {
    match value {
        Value::Object(map) => {
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                let mut bag = Map::new();
                let keys: Vec<String> = map.keys().cloned().collect();
                for key in keys {
                    match props.get(&key) {
                        Some(child) => {
                            if let Some(v) = map.get_mut(&key) {
                                bag_unknown(v, child);
                            }
                        }
                        None => {
                            let text = match map.remove(&key) {
                                Some(Value::String(s)) => s,
                                Some(other) => other.to_string(),
                                None => continue,
                            };
                            bag.insert(go_name(&key), Value::String(text));
                        }
                    }
                }
                if !bag.is_empty() {
                    map.insert(PROPERTY_BAG.into(), Value::Object(bag));
                }
            } else if let Some(values) = schema.get("additionalProperties") {
                for v in map.values_mut() {
                    bag_unknown(v, values);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for v in items {
                    bag_unknown(v, item);
                }
            }
        }
        _ => {}
    }
}

/// ASO's Go property name of a JSON property: `dnsEndpointType` -> `DnsEndpointType`.
fn go_name(json_name: &str) -> String {
    let mut chars = json_name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Where ASO put one object's resource: its ARM ID and the api-version it was written at.
#[derive(Debug, Clone)]
pub struct Seeded {
    pub id: String,
    pub api_version: String,
}

/// Puts into the ARM simulator what ASO sent for `docs` (the manifests of one namespace), in
/// dependency order: ASO's recorded PUT body of the same type and api-version when `recorded`
/// has one (its ARM IDs, made of the recording's random names, re-pointed at these objects'),
/// else the body the spec derives (`asoctl plan --offline`). Returns, by (kind, name), the ID
/// and api-version of each resource.
pub async fn seed_arm(
    env: &Env,
    docs: &[Value],
    recorded: &[Recorded],
) -> BTreeMap<(String, String), Seeded> {
    let manifests: Vec<Manifest> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| Manifest {
            source: Source {
                file: PathBuf::from("aso-state"),
                document: i + 1,
            },
            value: d.clone(),
        })
        .collect();
    let catalog = aso_catalog::catalog();
    let plan = aso_ctl::plan::offline::plan(&manifests, &catalog, env.arm.subscription());
    assert!(plan.errors.is_empty(), "planning: {:?}", plan.errors);
    let mut seeded = BTreeMap::new();
    for request in plan.requests.iter().filter(|r| r.method == "PUT") {
        let (id, query) = request
            .url
            .split_once('?')
            .expect("a planned URL has a query");
        let api_version = query
            .split('&')
            .find_map(|p| p.strip_prefix("api-version="))
            .expect("a planned URL has an api-version");
        let shape = url_shape(&request.url);
        let body = match recorded.iter().find(|r| url_shape(&r.url) == shape) {
            Some(r) => repoint(r.body.clone().unwrap_or_default(), &request.body),
            None => request.body.clone(),
        };
        assert!(
            !body.to_string().contains("$("),
            "{}: the body needs values only a cluster has: {body}",
            request.url
        );
        let (status, answer) = env
            .arm_request(reqwest::Method::PUT, id, api_version, Some(&body))
            .await;
        assert!(
            status == 200 || status == 201 || status == 202,
            "seeding {id}: {status} {answer}"
        );
        // ASO waited for its operations; so does the seed.
        crate::harness::eventually(30, || async {
            let (status, now) = env
                .arm_request(reqwest::Method::GET, id, api_version, None)
                .await;
            let state = now
                .pointer("/properties/provisioningState")
                .and_then(Value::as_str);
            (status == 200 && state.is_none_or(|s| s.eq_ignore_ascii_case("Succeeded")))
                .then_some(())
        })
        .await;
        seeded.insert(
            (request.kind.clone(), request.name.clone()),
            Seeded {
                id: id.to_string(),
                api_version: api_version.to_string(),
            },
        );
    }
    seeded
}

/// A recorded body with its top-level `name` and its ARM IDs (the recording's random names)
/// taken from `planned`, at the same places.
fn repoint(mut recorded: Value, planned: &Value) -> Value {
    fn walk(recorded: &mut Value, planned: &Value) {
        match (recorded, planned) {
            (Value::String(r), Value::String(p)) if r.starts_with("/subscriptions/") => {
                *r = p.clone();
            }
            (Value::Object(r), Value::Object(p)) => {
                for (k, v) in r.iter_mut() {
                    if let Some(pv) = p.get(k) {
                        walk(v, pv);
                    }
                }
            }
            (Value::Array(r), Value::Array(p)) => {
                for (v, pv) in r.iter_mut().zip(p) {
                    walk(v, pv);
                }
            }
            _ => {}
        }
    }
    walk(&mut recorded, planned);
    if let (Some(r), Some(name)) = (recorded.as_object_mut(), planned.get("name")) {
        r.insert("name".into(), name.clone());
    }
    recorded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_the_storage_version_lacks_go_to_the_bag_of_their_object() {
        let schema = json!({"properties": {
            "location": {"type": "string"},
            "sku": {"properties": {"name": {"type": "string"}}},
            "rules": {"items": {"properties": {"kind": {"type": "string"}}}},
        }});
        let mut spec = json!({
            "location": "westus",
            "dnsEndpointType": "Standard",
            "sku": {"name": "S", "tier": {"a": 1}},
            "rules": [{"kind": "x", "extra": true}],
        });
        bag_unknown(&mut spec, &schema);
        assert_eq!(
            spec,
            json!({
                "location": "westus",
                "$propertyBag": {"DnsEndpointType": "Standard"},
                "sku": {"name": "S", "$propertyBag": {"Tier": "{\"a\":1}"}},
                "rules": [{"kind": "x", "$propertyBag": {"Extra": "true"}}],
            })
        );
    }

    #[test]
    fn recorded_ids_point_at_the_planned_resources() {
        let recorded = json!({"name": "asotestabc", "properties": {
            "id": "/subscriptions/0/resourceGroups/asotest-rg-x/providers/M.S/t/asotestabc",
            "n": 1}});
        let planned = json!({"name": "mine", "properties": {
            "id": "/subscriptions/1/resourceGroups/rg/providers/M.S/t/mine", "n": 2}});
        assert_eq!(
            repoint(recorded, &planned),
            json!({"name": "mine", "properties": {
                "id": "/subscriptions/1/resourceGroups/rg/providers/M.S/t/mine", "n": 1}})
        );
    }
}
