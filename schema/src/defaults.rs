//! Structural defaulting: a `default` fills an absent field (or a `null` one that is not
//! nullable), at every depth, the way the apiextensions server defaults on read and write; a
//! `null` in a field that is neither nullable nor defaulted is dropped first, as the server's
//! `PruneNonNullableNullsWithoutDefaults` does (so `tier: null` is accepted as no tier, not
//! refused as "must be of type string").

use super::model::Schema;
use serde_json::Value;

/// Applies the schema's defaults to `value` in place.
pub fn apply_defaults(schema: &Schema, value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, child) in &schema.properties {
                if let Some(d) = &child.default {
                    let missing = match map.get(k) {
                        None => true,
                        Some(Value::Null) => !child.nullable,
                        Some(_) => false,
                    };
                    if missing {
                        map.insert(k.clone(), d.clone());
                    }
                }
            }
            for (k, v) in map.iter_mut() {
                if let Some(child) = schema.properties.get(k) {
                    apply_defaults(child, v);
                } else if let Some(child) = schema.additional() {
                    apply_defaults(child, v);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = &schema.items {
                for v in items.iter_mut() {
                    apply_defaults(item_schema, v);
                }
            }
        }
        _ => {}
    }
}

/// Removes `null`s the schema neither allows (`nullable`) nor defaults, at every depth. Fields
/// without a schema (preserved unknown fields) keep their nulls.
pub fn prune_non_nullable_nulls(schema: &Schema, value: &mut Value) {
    match value {
        Value::Object(map) => map.retain(|k, v| {
            let Some(child) = schema.properties.get(k).or_else(|| schema.additional()) else {
                return true;
            };
            if v.is_null() && !child.nullable && child.default.is_none() {
                return false;
            }
            prune_non_nullable_nulls(child, v);
            true
        }),
        Value::Array(items) => {
            if let Some(item_schema) = &schema.items {
                for v in items.iter_mut() {
                    prune_non_nullable_nulls(item_schema, v);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_fill_absent_and_nested_fields() {
        let schema = Schema::from_json(&json!({"type":"object","properties":{
            "spec":{"type":"object","default":{},"properties":{
                "replicas":{"type":"integer","default":1},
                "mode":{"type":"string","default":"auto"},
                "items":{"type":"array","items":{"type":"object","properties":{"w":{"type":"integer","default":5}}}}}}}}))
        .unwrap();
        let mut v = json!({});
        apply_defaults(&schema, &mut v);
        assert_eq!(v, json!({"spec":{"replicas":1,"mode":"auto"}}));
        let mut v = json!({"spec":{"replicas":3,"mode":null,"items":[{},{"w":2}]}});
        apply_defaults(&schema, &mut v);
        assert_eq!(
            v,
            json!({"spec":{"replicas":3,"mode":"auto","items":[{"w":5},{"w":2}]}})
        );
    }

    #[test]
    fn nulls_the_schema_does_not_allow_are_dropped_before_defaulting() {
        let schema = Schema::from_json(&json!({"type":"object","properties":{
            "sku":{"type":"object","properties":{
                "name":{"type":"string"},
                "tier":{"type":"string"},
                "note":{"type":"string","nullable":true},
                "mode":{"type":"string","default":"auto"}}},
            "tags":{"type":"object","additionalProperties":{"type":"string"}},
            "list":{"type":"array","items":{"type":"object","properties":{"x":{"type":"string"}}}},
            "free":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}))
        .unwrap();
        let mut v = json!({
            "sku":{"name":"Standard_LRS","tier":null,"note":null,"mode":null},
            "tags":{"a":null,"b":"c"},
            "list":[{"x":null}],
            "free":{"kept":null}});
        prune_non_nullable_nulls(&schema, &mut v);
        assert_eq!(
            v,
            json!({
            "sku":{"name":"Standard_LRS","note":null,"mode":null},
            "tags":{"b":"c"},
            "list":[{}],
            "free":{"kept":null}})
        );
        let (pruned, errors) = crate::admit(&schema, &mut json!({"sku":{"tier":null}}), None);
        assert!(
            pruned.is_empty() && errors.is_empty(),
            "{pruned:?} {errors:?}"
        );
    }
}
