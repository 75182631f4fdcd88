//! The conversion webhook's promise, by property over every kind and every pair of served
//! versions of our CRDs: a spec written at `X`, read at `Y`, written back at `Y` unchanged and
//! read at `X` again is the spec written (`X -> hub -> Y -> hub -> X`). Specs are drawn from
//! `X`'s own schema: any subset of its properties, enum values where it has enums, any
//! structure it allows, so fields `Y` lacks or restricts travel through the stash.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value, json};

use super::review::Converters;

/// Deep enough for every nesting our specs have where it matters (owner, sku, network rules),
/// shallow enough to stay quick.
const DEPTH: usize = 4;
/// Cases per (kind, X, Y).
const CASES: u32 = 12;

fn scalar_string(schema: &Value) -> BoxedStrategy<Value> {
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.is_empty()
    {
        // Mostly the schema's own values; sometimes one it does not know.
        let values = values.clone();
        return prop_oneof![
            4 => proptest::sample::select(values),
            1 => "[A-Za-z]{1,6}".prop_map(Value::String),
        ]
        .boxed();
    }
    let fits = |s: &str| {
        let length = s.chars().count() as u64;
        schema
            .get("pattern")
            .and_then(Value::as_str)
            .is_none_or(|p| regex::Regex::new(p).is_ok_and(|r| r.is_match(s)))
            && schema
                .get("minLength")
                .and_then(Value::as_u64)
                .is_none_or(|n| length >= n)
            && schema
                .get("maxLength")
                .and_then(Value::as_u64)
                .is_none_or(|n| length <= n)
    };
    if schema.get("pattern").is_some() {
        // Values that fit the pattern, from a pool covering the patterns our specs have (ARM
        // IDs, GUIDs, names); none fitting leaves a value the validity filter rejects.
        let fitting: Vec<Value> = STRINGS
            .iter()
            .filter(|s| fits(s))
            .map(|s| json!(s))
            .collect();
        if !fitting.is_empty() {
            return proptest::sample::select(fitting).boxed();
        }
    }
    "[a-zA-Z0-9-]{1,8}".prop_map(Value::String).boxed()
}

const STRINGS: &[&str] = &[
    "a",
    "abc-1",
    "Name1",
    "00000000-0000-0000-0000-000000000000",
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
    "10.0.0.0/16",
    "10.0.0.1",
    "https://example.com/",
    "2024-01-01T00:00:00Z",
    "P1D",
    "*",
];

/// A value with the structure `schema` allows.
fn value(schema: &Value, depth: usize) -> BoxedStrategy<Value> {
    if schema.get("x-kubernetes-int-or-string") == Some(&json!(true)) {
        return prop_oneof![
            (0i64..100).prop_map(Value::from),
            "[a-z0-9%]{1,4}".prop_map(Value::String),
        ]
        .boxed();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => scalar_string(schema),
        Some("boolean") => any::<bool>().prop_map(Value::Bool).boxed(),
        Some("integer") => (-5i64..1000).prop_map(Value::from).boxed(),
        Some("number") => (0u32..1000).prop_map(|n| json!(f64::from(n) / 4.0)).boxed(),
        Some("array") if depth > 0 => {
            let items = schema.get("items").cloned().unwrap_or_else(|| json!({}));
            proptest::collection::vec(value(&items, depth - 1), 0..3)
                .prop_map(Value::Array)
                .boxed()
        }
        Some("array") => Just(json!([])).boxed(),
        Some("object") => object(schema, depth),
        _ => Just(json!("x")).boxed(),
    }
}

fn object(schema: &Value, depth: usize) -> BoxedStrategy<Value> {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        if depth == 0 {
            return Just(json!({})).boxed();
        }
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = properties
            .iter()
            .map(|(name, property)| {
                let is_required = required.contains(&name.as_str());
                let name = name.clone();
                let field = value(property, depth - 1).prop_map(move |v| (name.clone(), v));
                if is_required {
                    field.prop_map(Some).boxed()
                } else {
                    proptest::option::weighted(0.4, field).boxed()
                }
            })
            .collect();
        return fields
            .prop_map(|fields| Value::Object(fields.into_iter().flatten().collect()))
            .boxed();
    }
    match schema.get("additionalProperties") {
        Some(items) if items.is_object() && depth > 0 => {
            proptest::collection::btree_map("[a-z]{1,5}", value(items, depth - 1), 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()))
                .boxed()
        }
        _ => Just(json!({})).boxed(),
    }
}

fn at(group: &str, kind: &str, version: &str, spec: Value) -> Value {
    json!({
        "apiVersion": format!("{group}/{version}"),
        "kind": kind,
        "metadata": {"name": "x", "namespace": "ns", "uid": "u"},
        "spec": spec,
    })
}

#[test]
fn every_spec_survives_a_trip_through_every_other_version() {
    let converters = Converters::default();
    let mut pairs = 0;
    for (name, yaml) in crate::crds::embedded() {
        let crd: Value = serde_saphyr::from_str(yaml).unwrap();
        let group = crd["spec"]["group"].as_str().unwrap().to_string();
        let kind = crd["spec"]["names"]["kind"].as_str().unwrap().to_string();
        let Ok(converter) = converters.get(&group, &kind) else {
            continue; // not a generated kind (the database users)
        };
        let hub = converter.hub().to_string();
        let served: Vec<(String, Value)> = crd["spec"]["versions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v["served"] == true && v["name"] != hub.as_str())
            .map(|v| {
                (
                    v["name"].as_str().unwrap().to_string(),
                    v["schema"]["openAPIV3Schema"]["properties"]["spec"].clone(),
                )
            })
            .collect();
        for (x, schema) in &served {
            let strategy = object(schema, DEPTH);
            // Valid at X, as kube-apiserver admits it (CEL rules aside: they never decide
            // where a value goes).
            let valid = aso_schema::Schema::from_json(&json!({"type": "object",
                "properties": {"spec": schema}}))
            .unwrap();
            for (y, _) in served.iter().filter(|(y, _)| y != x) {
                pairs += 1;
                let mut runner = TestRunner::new(Config {
                    cases: CASES,
                    failure_persistence: None,
                    ..Config::default()
                });
                runner
                    .run(&strategy, |spec| {
                        prop_assume!(
                            aso_schema::validate(&valid, &json!({"spec": spec})).is_empty()
                        );
                        let written = at(&group, &kind, x, spec);
                        let trip = |object: &Value, to: &str| {
                            converter
                                .convert(object, to)
                                .map_err(|e| TestCaseError::fail(format!("to {to}: {e}")))
                        };
                        let stored = trip(&written, &hub)?;
                        let read = trip(&stored, y)?;
                        let rewritten = trip(&read, &hub)?;
                        let back = trip(&rewritten, x)?;
                        prop_assert_eq!(
                            &back["spec"],
                            &written["spec"],
                            "{} {} -> {} -> {}: read at {} {}",
                            name,
                            x,
                            hub,
                            y,
                            y,
                            read
                        );
                        prop_assert!(
                            back.pointer("/metadata/annotations").is_none_or(|a| a
                                .get(aso_schema::convert::STASH_ANNOTATION)
                                .is_none()),
                            "nothing left in the stash: {}",
                            back
                        );
                        Ok(())
                    })
                    .unwrap_or_else(|e| panic!("{name} {x} -> {y}: {e}"));
            }
        }
    }
    assert!(pairs > 50, "only {pairs} version pairs");
}
