//! The conversion rules on a small CRD of our own: three versions that differ the ways ARM
//! api-versions do (a field added, an enum widened, a nested field added, a required field).

use serde_json::{Value, json};

use super::*;

fn crd() -> Crd {
    let v1 = json!({"type": "object", "properties": {
        "location": {"type": "string"},
        "tier": {"type": "string", "enum": ["Hot", "Cool"]},
        "rules": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "integer"}}}},
        "sku": {"type": "object", "properties": {"name": {"type": "string"}}}}});
    let v2 = json!({"type": "object", "properties": {
        "location": {"type": "string"},
        "tier": {"type": "string", "enum": ["Hot", "Cool", "Premium"]},
        "dns": {"type": "string"},
        "rules": {"type": "array", "items": {"type": "object", "properties": {
            "x": {"type": "integer"}, "y": {"type": "string"}}}},
        "sku": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "family": {"type": "string"}}},
        "tags": {"type": "object", "additionalProperties": {"type": "string"}}}});
    let status = json!({"type": "object", "properties": {
        "conditions": {"type": "array", "items": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
        "id": {"type": "string"}}});
    let version = |name: &str, spec: &Value| {
        json!({"name": name, "served": true, "storage": false, "schema": {"openAPIV3Schema": {
            "type": "object", "properties": {"spec": spec, "status": status}}}})
    };
    let kept = json!({"openAPIV3Schema": {"type": "object", "properties": {
        "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}});
    Crd::from_json(
        &json!({"spec": {"group": "g.azure.com", "names": {"kind": "Thing"}, "versions": [
        version("v1api1", &v1),
        {"name": "v1api1storage", "served": false, "storage": false, "schema": kept},
        version("v1api2", &v2),
        {"name": "v1apistorage", "served": true, "storage": true, "schema": kept}]}}),
    )
    .unwrap()
}

fn object(version: &str, spec: Value) -> Value {
    json!({"apiVersion": format!("g.azure.com/{version}"), "kind": "Thing",
           "metadata": {"name": "a", "namespace": "ns", "uid": "u", "labels": {"l": "1"}},
           "spec": spec})
}

fn stash_of(object: &Value) -> Vec<(String, String, Value)> {
    stash::read(object)
        .unwrap()
        .into_iter()
        .map(|e| (e.version, e.path.to_string(), e.value))
        .collect()
}

#[test]
fn a_field_only_the_newer_version_has_survives_a_write_at_the_older() {
    let crd = crd();
    let written = object(
        "v1api2",
        json!({"location": "west", "dns": "Standard", "tier": "Premium",
               "rules": [{"x": 1, "y": "a"}], "tags": {"k": "v"}}),
    );
    let hub = crd.convert(&written, "v1apistorage").unwrap();
    assert_eq!(hub["spec"]["originalVersion"], "v1api2");
    assert_eq!(hub["metadata"]["annotations"], Value::Null);

    let old = crd.convert(&hub, "v1api1").unwrap();
    assert_eq!(old["apiVersion"], "g.azure.com/v1api1");
    assert_eq!(
        old["spec"],
        json!({"location": "west", "rules": [{"x": 1}]})
    );
    assert_eq!(
        stash_of(&old),
        vec![
            ("v1api2".into(), "/spec/dns".into(), json!("Standard")),
            ("v1api2".into(), "/spec/rules/0/y".into(), json!("a")),
            ("v1api2".into(), "/spec/tags".into(), json!({"k": "v"})),
            ("v1api2".into(), "/spec/tier".into(), json!("Premium")),
        ]
    );
    assert_eq!(old["metadata"]["labels"], json!({"l": "1"}));

    // A write at the older version that changes what it shows.
    let mut edited = old.clone();
    edited["spec"]["location"] = json!("east");
    let hub = crd.convert(&edited, "v1apistorage").unwrap();
    assert_eq!(hub["spec"]["originalVersion"], "v1api1");
    assert_eq!(hub["spec"]["location"], "east");
    assert_eq!(stash_of(&hub), stash_of(&old));

    let back = crd.convert(&hub, "v1api2").unwrap();
    assert_eq!(
        back["spec"],
        json!({"location": "east", "dns": "Standard", "tier": "Premium",
               "rules": [{"x": 1, "y": "a"}], "tags": {"k": "v"}})
    );
    assert_eq!(back["metadata"]["annotations"], json!({}));
}

#[test]
fn what_the_writer_sets_or_deletes_wins_over_the_stash() {
    let crd = crd();
    let hub = crd
        .convert(
            &object(
                "v1api2",
                json!({"tier": "Premium", "rules": [{"x": 1, "y": "a"}], "dns": "d"}),
            ),
            "v1apistorage",
        )
        .unwrap();
    let mut old = crd.convert(&hub, "v1api1").unwrap();
    // The older version cannot show Premium; its writer chooses Cool and deletes the rules.
    old["spec"]["tier"] = json!("Cool");
    old["spec"].as_object_mut().unwrap().remove("rules");
    let hub = crd.convert(&old, "v1apistorage").unwrap();
    assert_eq!(
        hub["spec"],
        json!({"tier": "Cool", "originalVersion": "v1api1"})
    );
    assert_eq!(
        stash_of(&hub),
        vec![("v1api2".into(), "/spec/dns".into(), json!("d"))]
    );
}

#[test]
fn a_stashed_value_the_written_version_can_show_moves_into_the_hub_spec() {
    let crd = crd();
    // Read at v1api1 (sku.family stashed), then re-labelled v1api2 and written back: the
    // stash is read where the spec leaves room.
    let hub = crd
        .convert(
            &object("v1api2", json!({"sku": {"name": "S", "family": "F"}})),
            "v1apistorage",
        )
        .unwrap();
    let mut old = crd.convert(&hub, "v1api1").unwrap();
    assert_eq!(old["spec"], json!({"sku": {"name": "S"}}));
    old["apiVersion"] = json!("g.azure.com/v1api2");
    let hub = crd.convert(&old, "v1apistorage").unwrap();
    assert_eq!(
        hub["spec"],
        json!({"sku": {"name": "S", "family": "F"}, "originalVersion": "v1api2"})
    );
    assert!(stash_of(&hub).is_empty());
}

#[test]
fn an_object_missing_a_required_field_of_the_target_is_stashed_whole() {
    let crd = crd();
    let hub = crd
        .convert(&object("v1api1", json!({"sku": {}})), "v1apistorage")
        .unwrap();
    let new = crd.convert(&hub, "v1api2").unwrap();
    assert_eq!(new["spec"], json!({}));
    assert_eq!(
        stash_of(&new),
        vec![("v1api1".into(), "/spec/sku".into(), json!({}))]
    );
    let back = crd
        .convert(&crd.convert(&new, "v1apistorage").unwrap(), "v1api1")
        .unwrap();
    assert_eq!(back["spec"], json!({"sku": {}}));
}

#[test]
fn the_written_spec_is_checked_only_structurally_against_its_own_version() {
    let crd = crd();
    // kube-apiserver admitted it; our checks must not move it out of the spec the operator reads.
    let written = object("v1api1", json!({"tier": "Premium", "location": 5}));
    let hub = crd.convert(&written, "v1apistorage").unwrap();
    assert_eq!(
        hub["spec"],
        json!({"tier": "Premium", "originalVersion": "v1api1"})
    );
    assert_eq!(
        stash_of(&hub),
        vec![("v1api1".into(), "/spec/location".into(), json!(5))]
    );
}

#[test]
fn status_is_projected_and_what_does_not_fit_is_dropped() {
    let crd = crd();
    let mut hub = object("v1apistorage", json!({"originalVersion": "v1api2"}));
    hub["status"] =
        json!({"id": "x", "extra": 1, "conditions": [{"type": "Ready", "status": "True"}]});
    let v1 = crd.convert(&hub, "v1api1").unwrap();
    assert_eq!(
        v1["status"],
        json!({"id": "x", "conditions": [{"type": "Ready", "status": "True"}]})
    );
    assert!(stash_of(&v1).is_empty());
}

#[test]
fn only_apiversion_spec_status_and_the_stash_change() {
    let crd = crd();
    let mut written = object("v1api2", json!({"dns": "d"}));
    written["metadata"]["annotations"] = json!({"keep": "me"});
    written["metadata"]["finalizers"] = json!(["f"]);
    let v1 = crd.convert(&written, "v1api1").unwrap();
    let mut meta = v1["metadata"].clone();
    meta["annotations"]
        .as_object_mut()
        .unwrap()
        .remove(STASH_ANNOTATION);
    assert_eq!(meta, written["metadata"]);
    assert_eq!(v1["kind"], "Thing");
}

#[test]
fn aso_storage_objects_become_hub_objects_at_their_original_version() {
    let crd = crd();
    let stored = json!({"apiVersion": "g.azure.com/v1api1storage", "kind": "Thing",
        "metadata": {"name": "a", "annotations": {"serviceoperator.azure.com/resource-id": "/x"}},
        "spec": {"originalVersion": "v1api2", "location": "west",
                 "$propertyBag": {"Dns": "Standard", "Tier": "Premium", "Tags": "{\"k\":\"v\"}", "Gone": "1"},
                 "rules": [{"x": 1, "$propertyBag": {"Y": "a"}}]},
        "status": {"id": "i", "$propertyBag": {"Other": "1"}}});
    let hub = crd.convert(&stored, "v1apistorage").unwrap();
    assert_eq!(hub["apiVersion"], "g.azure.com/v1apistorage");
    assert_eq!(
        hub["spec"],
        json!({"originalVersion": "v1api2", "location": "west", "dns": "Standard", "tier": "Premium",
               "tags": {"k": "v"}, "rules": [{"x": 1, "y": "a"}]})
    );
    assert_eq!(hub["status"], json!({"id": "i"}));
    assert_eq!(
        stash_of(&hub),
        vec![("v1api1storage".into(), "/spec/gone".into(), json!(1))]
    );
    assert_eq!(
        hub["metadata"]["annotations"]["serviceoperator.azure.com/resource-id"],
        "/x"
    );
    // Read at either version straight from ASO's storage.
    let v1 = crd.convert(&stored, "v1api1").unwrap();
    assert_eq!(v1["spec"], json!({"location": "west", "rules": [{"x": 1}]}));
}

#[test]
fn errors_name_the_field() {
    let crd = crd();
    let err = |object: Value, to: &str| crd.convert(&object, to).unwrap_err().to_string();
    assert_eq!(
        err(json!({"kind": "Thing"}), "v1api1"),
        "apiVersion: Required value"
    );
    assert!(
        err(object("v9", json!({})), "v1api1")
            .starts_with("apiVersion: g.azure.com/v9 is not a version")
    );
    assert!(err(object("v1api1", json!({})), "v1api1storage").contains("not a served version"));
    assert_eq!(
        err(object("v1api1", json!([])), "v1api2"),
        "spec: must be an object"
    );
    let mut bad = object("v1apistorage", json!({"originalVersion": 1}));
    assert_eq!(
        err(bad.clone(), "v1api1"),
        "spec.originalVersion: must be a string"
    );
    bad["spec"] = json!({});
    bad["metadata"]["annotations"] = json!({STASH_ANNOTATION: "[{}]"});
    assert!(err(bad, "v1api1").starts_with(&format!("metadata.annotations[{STASH_ANNOTATION}]")));
    let mut other = object("v1api1", json!({}));
    other["kind"] = json!("Other");
    assert_eq!(err(other, "v1api2"), "kind: \"Other\" is not Thing");
}
