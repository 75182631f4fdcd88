//! Writing `status`: the fields from Azure's GET and the Ready condition, as a merge patch that
//! also removes fields Azure no longer returns. Nothing is written when nothing changed, so a
//! steady-state sync costs the API server nothing.

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use serde_json::{Map, Value};

use aso_runtime::condition::{Condition, READY};

use super::condition::{now_rfc3339, stamp};
use super::failure::Failure;
use super::object;

/// The JSON merge patch (RFC 7386) that turns `old` into `new`; `None` when they are equal.
pub fn merge_diff(old: &Value, new: &Value) -> Option<Value> {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut patch = Map::new();
            for (k, v) in b {
                match a.get(k) {
                    Some(old_v) => {
                        if let Some(d) = merge_diff(old_v, v) {
                            patch.insert(k.clone(), d);
                        }
                    }
                    None => {
                        patch.insert(k.clone(), v.clone());
                    }
                }
            }
            for k in a.keys() {
                if !b.contains_key(k) {
                    patch.insert(k.clone(), Value::Null);
                }
            }
            (!patch.is_empty()).then_some(Value::Object(patch))
        }
        // Merge patches cannot express a change inside an array or from null; replace wholesale.
        (a, b) if a == b => None,
        (_, b) => Some(b.clone()),
    }
}

/// The new `status`: `fields` from Azure (or the current fields when `None`) with `ready` set
/// among the object's conditions.
pub fn new_status(obj: &DynamicObject, fields: Option<Value>, ready: Condition) -> Value {
    let old_ready = object::ready(obj);
    let ready = stamp(ready, old_ready.as_ref(), &now_rfc3339());
    let mut status = match fields {
        Some(Value::Object(m)) => m,
        Some(_) => Map::new(),
        None => object::status(obj)
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
    };
    let mut conditions: Vec<Value> = object::conditions(obj)
        .into_iter()
        .filter(|c| c.get("type").and_then(Value::as_str) != Some(READY))
        .collect();
    conditions.push(serde_json::to_value(&ready).unwrap_or_default());
    status.insert("conditions".into(), Value::Array(conditions));
    Value::Object(status)
}

/// Writes `status` when it differs from the object's; returns the object as written.
pub async fn write(
    api: &Api<DynamicObject>,
    obj: &DynamicObject,
    status: Value,
) -> Result<Option<DynamicObject>, Failure> {
    let old = object::status(obj)
        .cloned()
        .unwrap_or(Value::Object(Map::new()));
    let Some(diff) = merge_diff(&old, &status) else {
        return Ok(None);
    };
    let patch = serde_json::json!({ "status": diff });
    api.patch_status(
        object::name(obj),
        &PatchParams::default(),
        &Patch::Merge(&patch),
    )
    .await
    .map(Some)
    .map_err(|e| Failure::kube("writing status", e))
}

/// Writes only the Ready condition, keeping the other status fields.
pub async fn write_condition(
    api: &Api<DynamicObject>,
    obj: &DynamicObject,
    ready: Condition,
) -> Result<Option<DynamicObject>, Failure> {
    write(api, obj, new_status(obj, None, ready)).await
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    /// RFC 7386's application, to check diffs by applying them.
    fn apply(target: &Value, patch: &Value) -> Value {
        match patch {
            Value::Object(p) => {
                let mut out = target.as_object().cloned().unwrap_or_default();
                for (k, v) in p {
                    if v.is_null() {
                        out.remove(k);
                    } else {
                        let merged = apply(out.get(k).unwrap_or(&Value::Null), v);
                        out.insert(k.clone(), merged);
                    }
                }
                Value::Object(out)
            }
            other => other.clone(),
        }
    }

    #[test]
    fn removed_fields_become_nulls() {
        let old = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [1]});
        let new = json!({"a": 1, "b": {"c": 2}, "e": [1, 2]});
        assert_eq!(
            merge_diff(&old, &new),
            Some(json!({"b": {"d": null}, "e": [1, 2]}))
        );
        assert_eq!(merge_diff(&new, &new), None);
    }

    fn arb() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            (0i64..5).prop_map(|n| json!(n)),
            "[ab]{0,2}".prop_map(Value::String)
        ];
        leaf.prop_recursive(3, 16, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map("[a-c]", inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn diffs_apply_back(
            old in prop::collection::btree_map("[a-c]", arb(), 0..4),
            new in prop::collection::btree_map("[a-c]", arb(), 0..4),
        ) {
            // Nulls are not representable as values in a merge patch; statuses have none.
            let strip = |m: std::collections::BTreeMap<String, Value>| Value::Object(m.into_iter().filter(|(_, v)| !v.is_null()).collect());
            let (old, new) = (strip(old), strip(new));
            match merge_diff(&old, &new) {
                None => prop_assert_eq!(&old, &new),
                Some(patch) => prop_assert_eq!(apply(&old, &patch), new),
            }
        }
    }
}
