//! Drift detection: does the resource Azure has still match the body we would PUT?
//!
//! Only what the body sets is compared; ARM adds defaults and read-only values we never asked
//! for. Read-only and secret (`x-ms-secret`, never returned) properties are skipped, as are
//! properties Azure's GET does not return at all (write-only values such as Key Vault's
//! `createMode`). Enum values and ARM IDs compare case-insensitively, locations in any spelling
//! (`West US 2` is `westus2`), numbers by value, arrays as multisets (ARM reorders them). Maps
//! (tags) must have exactly the keys we set: a tag added or removed behind our back is drift.

use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::location;
use serde_json::{Map, Value};

/// One difference between the desired body and the actual resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    /// JSON pointer into the body (`/properties/accessTier`).
    pub path: String,
    /// What the difference is (values are shown only for non-secret scalars).
    pub what: String,
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.what)
    }
}

/// The differences between `desired` (a PUT body) and `actual` (the GET body), per `schema`.
pub fn differences(desired: &Value, actual: &Value, schema: &ArmSchema) -> Vec<Drift> {
    let mut out = Vec::new();
    let (Some(desired), Some(actual)) = (desired.as_object(), actual.as_object()) else {
        out.push(Drift {
            path: String::new(),
            what: "the resource is not a JSON object".into(),
        });
        return out;
    };
    let mut desired = desired.clone();
    // The name is in the URL; the GET echoes it in Azure's own casing.
    desired.remove("name");
    object(&desired, actual, schema, "", false, &mut out);
    out
}

fn variant<'s>(schema: &'s ArmSchema, desired: &Map<String, Value>) -> &'s ArmSchema {
    if let Some(discriminator) = &schema.discriminator
        && let Some(value) = desired.get(discriminator).and_then(Value::as_str)
        && let Some(v) = schema
            .variants
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(value))
            .map(|(_, v)| v)
    {
        return v;
    }
    schema
}

fn is_map(schema: &ArmSchema) -> bool {
    schema.properties.is_empty() && schema.additional_properties.is_some()
}

/// `strict`: a property missing in Azure is a difference (inside array items, where a lenient
/// comparison would let any item match a sparser one).
fn object(
    desired: &Map<String, Value>,
    actual: &Map<String, Value>,
    schema: &ArmSchema,
    path: &str,
    strict: bool,
    out: &mut Vec<Drift>,
) {
    let schema = variant(schema, desired);
    let fallback = ArmSchema::default();
    for (key, want) in desired {
        if want.is_null() {
            continue;
        }
        let prop = schema
            .properties
            .get(key)
            .or(schema.additional_properties.as_deref())
            .unwrap_or(&fallback);
        if prop.read_only || prop.secret {
            continue;
        }
        let here = format!("{path}/{}", escape(key));
        match actual.get(key).filter(|v| !v.is_null()) {
            Some(have) => value(key, want, have, prop, &here, strict, out),
            None if is_map(schema) || (strict && !is_empty(want)) => out.push(Drift {
                path: here,
                what: "is missing in Azure".into(),
            }),
            // Not returned by GET at all: a write-only value we cannot compare.
            None => {}
        }
    }
    if is_map(schema) {
        for key in actual.keys() {
            if !desired.contains_key(key) {
                out.push(Drift {
                    path: format!("{path}/{}", escape(key)),
                    what: "was added in Azure".into(),
                });
            }
        }
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.values().all(is_empty),
        _ => false,
    }
}

fn value(
    key: &str,
    want: &Value,
    have: &Value,
    schema: &ArmSchema,
    path: &str,
    strict: bool,
    out: &mut Vec<Drift>,
) {
    match (want, have) {
        (Value::Object(w), Value::Object(h)) => object(w, h, schema, path, strict, out),
        (Value::Object(w), Value::Null) if w.values().all(Value::is_null) => {}
        (Value::Array(w), Value::Array(h)) => array(w, h, schema, path, out),
        (Value::Array(w), Value::Null) if w.is_empty() => {}
        (Value::String(w), Value::String(h)) => {
            if !strings_match(key, w, h, schema) {
                out.push(Drift {
                    path: path.to_string(),
                    what: if schema.secret {
                        "differs".into()
                    } else {
                        format!("is {h:?} in Azure, {w:?} in the spec")
                    },
                });
            }
        }
        (Value::Number(w), Value::Number(h)) => {
            if w.as_f64() != h.as_f64() {
                out.push(Drift {
                    path: path.to_string(),
                    what: format!("is {h} in Azure, {w} in the spec"),
                });
            }
        }
        (w, h) if w == h => {}
        // ARM sometimes answers numbers and booleans as strings, and the reverse.
        (w, h) if scalar_text(w).is_some() && scalar_text(w) == scalar_text(h) => {}
        (w, h) => out.push(Drift {
            path: path.to_string(),
            what: format!("is {} in Azure, {} in the spec", kind_of(h), kind_of(w)),
        }),
    }
}

fn array(want: &[Value], have: &[Value], schema: &ArmSchema, path: &str, out: &mut Vec<Drift>) {
    if want.len() != have.len() {
        out.push(Drift {
            path: path.to_string(),
            what: format!(
                "has {} items in Azure, {} in the spec",
                have.len(),
                want.len()
            ),
        });
        return;
    }
    let fallback = ArmSchema::default();
    let items = schema.items.as_deref().unwrap_or(&fallback);
    // Which actual items each desired item matches; then a maximum matching (items are few).
    let fits: Vec<Vec<bool>> = want
        .iter()
        .map(|w| {
            have.iter()
                .map(|h| {
                    let mut scratch = Vec::new();
                    value("", w, h, items, "", true, &mut scratch);
                    scratch.is_empty()
                })
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; have.len()];
    for i in 0..want.len() {
        let mut seen = vec![false; have.len()];
        if !augment(i, &fits, &mut seen, &mut owner) {
            out.push(Drift {
                path: format!("{path}/{i}"),
                what: "has no matching item in Azure".into(),
            });
        }
    }
}

/// Kuhn's augmenting path step: finds an actual item for desired item `i`, moving earlier
/// assignments where needed.
fn augment(i: usize, fits: &[Vec<bool>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
    for j in 0..owner.len() {
        if fits[i][j] && !seen[j] {
            seen[j] = true;
            if owner[j].is_none_or(|k| augment(k, fits, seen, owner)) {
                owner[j] = Some(i);
                return true;
            }
        }
    }
    false
}

fn strings_match(key: &str, want: &str, have: &str, schema: &ArmSchema) -> bool {
    if want == have {
        return true;
    }
    if key.eq_ignore_ascii_case("location") || key.eq_ignore_ascii_case("locationName") {
        return location::normalise(want) == location::normalise(have);
    }
    let looks_like_id = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.starts_with("/subscriptions/") || s.starts_with("/providers/")
    };
    if !schema.enum_.is_empty() || (looks_like_id(want) && looks_like_id(have)) {
        return want.eq_ignore_ascii_case(have);
    }
    false
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.to_ascii_lowercase()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn schema() -> ArmSchema {
        serde_json::from_value(json!({
            "type": "object",
            "properties": {
                "location": {"type": "string"},
                "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                "sku": {"type": "object", "properties": {"name": {"type": "string", "enum": ["Standard_LRS", "Premium_LRS"]}}},
                "properties": {"type": "object", "properties": {
                    "accessTier": {"type": "string", "enum": ["Hot", "Cool"]},
                    "password": {"type": "string", "secret": true},
                    "provisioningState": {"type": "string", "readOnly": true},
                    "count": {"type": "integer"},
                    "rules": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "subnetId": {"type": "string"}
                }}
            }
        }))
        .unwrap()
    }

    #[test]
    fn azure_defaults_and_normal_forms_are_not_drift() {
        let desired = json!({
            "name": "acct",
            "location": "West US 2",
            "tags": null,
            "sku": {"name": "standard_lrs"},
            "properties": {
                "accessTier": "hot",
                "password": "secret",
                "count": 3,
                "rules": [{"value": "a"}, {"value": "b"}],
                "subnetId": "/subscriptions/S/resourceGroups/RG/providers/X/y/z",
                "createMode": "default"
            }
        });
        let actual = json!({
            "id": "/subscriptions/s/...",
            "name": "ACCT",
            "location": "westus2",
            "sku": {"name": "Standard_LRS", "tier": "Standard"},
            "properties": {
                "accessTier": "Hot",
                "provisioningState": "Succeeded",
                "count": 3.0,
                "rules": [{"value": "b"}, {"value": "a"}],
                "subnetId": "/subscriptions/s/resourcegroups/rg/providers/X/y/z",
                "primaryEndpoints": {"blob": "https://x"}
            }
        });
        assert_eq!(differences(&desired, &actual, &schema()), vec![]);
    }

    #[test]
    fn changed_values_are_drift() {
        let desired = json!({"location": "westus2", "tags": {"a": "1"}, "properties": {"accessTier": "Hot", "count": 3}});
        let actual = json!({"location": "eastus", "tags": {"a": "1", "b": "2"}, "properties": {"accessTier": "Cool", "count": 4}});
        let paths: Vec<String> = differences(&desired, &actual, &schema())
            .into_iter()
            .map(|d| d.path)
            .collect();
        assert_eq!(
            paths,
            vec![
                "/location",
                "/properties/accessTier",
                "/properties/count",
                "/tags/b"
            ]
        );
    }

    #[test]
    fn removed_tags_and_array_items_are_drift() {
        let desired = json!({"tags": {"a": "1"}, "properties": {"rules": [{"value": "a"}]}});
        let actual = json!({"tags": {}, "properties": {"rules": [{"value": "c"}]}});
        assert_eq!(differences(&desired, &actual, &schema()).len(), 2);
    }

    #[test]
    fn secret_differences_never_show_values() {
        let schema: ArmSchema = serde_json::from_value(
            json!({"properties": {"k": {"type": "string", "secret": false}}}),
        )
        .unwrap();
        let d = differences(&json!({"k": "x"}), &json!({"k": "y"}), &schema);
        assert_eq!(d.len(), 1);
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            (-1000i64..1000).prop_map(|n| json!(n)),
            "[a-zA-Z0-9 ]{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z]{1,5}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Changes one scalar leaf of `v` (the `pick`-th, cyclically), if it has any.
    fn mutate(v: &mut Value, pick: &mut usize) -> bool {
        match v {
            Value::Object(m) => m.values_mut().any(|x| mutate(x, pick)),
            Value::Array(a) => a.iter_mut().any(|x| mutate(x, pick)),
            leaf => {
                if *pick > 0 {
                    *pick -= 1;
                    return false;
                }
                *leaf = match leaf {
                    Value::Bool(b) => Value::Bool(!*b),
                    Value::Number(n) => json!(n.as_i64().unwrap_or(0) + 7),
                    Value::String(s) => Value::String(format!("{s}#changed")),
                    _ => return false,
                };
                true
            }
        }
    }

    fn reverse_arrays(v: &mut Value) {
        match v {
            Value::Object(m) => m.values_mut().for_each(reverse_arrays),
            Value::Array(a) => {
                a.reverse();
                a.iter_mut().for_each(reverse_arrays);
            }
            _ => {}
        }
    }

    /// Top-level keys: any but `name`, which is compared through the URL.
    fn top_key() -> impl Strategy<Value = String> {
        "[a-z]{1,5}".prop_filter("name is not compared", |k| k != "name")
    }

    proptest! {
        #[test]
        fn a_resource_never_drifts_from_itself(body in prop::collection::btree_map("[a-z]{1,5}", arb_json(), 0..5)) {
            let body = Value::Object(body.into_iter().collect());
            prop_assert!(differences(&body, &body, &ArmSchema::default()).is_empty());
        }

        #[test]
        fn reordered_arrays_are_not_drift(body in prop::collection::btree_map("[a-z]{1,5}", arb_json(), 0..5)) {
            let body = Value::Object(body.into_iter().collect());
            let mut actual = body.clone();
            reverse_arrays(&mut actual);
            prop_assert!(differences(&body, &actual, &ArmSchema::default()).is_empty());
        }

        #[test]
        fn extra_azure_properties_are_not_drift(
            body in prop::collection::btree_map("[a-z]{1,5}", arb_json(), 0..5),
            extra in arb_json(),
        ) {
            let body = Value::Object(body.into_iter().collect());
            let mut actual = body.clone();
            actual.as_object_mut().unwrap().insert("zzzExtraFromAzure".into(), extra);
            prop_assert!(differences(&body, &actual, &ArmSchema::default()).is_empty());
        }

        #[test]
        fn a_changed_leaf_is_drift(
            body in prop::collection::btree_map(top_key(), arb_json(), 1..5),
            pick in 0usize..16,
        ) {
            let body = Value::Object(body.into_iter().collect());
            let mut actual = body.clone();
            let mut n = pick;
            let mut changed = mutate(&mut actual, &mut n);
            if !changed {
                let mut zero = 0;
                changed = mutate(&mut actual, &mut zero);
            }
            prop_assume!(changed);
            prop_assert!(!differences(&body, &actual, &ArmSchema::default()).is_empty());
        }
    }
}
