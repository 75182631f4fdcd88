//! Structural defaulting: a `default` fills an absent field (or a `null` one that is not
//! nullable), at every depth, the way the apiextensions server defaults on read and write.

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
}
