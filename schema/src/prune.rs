//! Pruning of fields the schema does not declare, as the apiextensions server does before
//! storing a custom resource (unless `x-kubernetes-preserve-unknown-fields` says otherwise).

use super::model::{AdditionalProperties, Schema};
use crate::field::Path;
use serde_json::Value;

/// Removes undeclared fields from a resource and returns their paths (`spec.foo`, `spec.list[0].bar`).
/// At the root and in embedded resources `apiVersion`, `kind` and `metadata` are kept, as the server
/// treats them as object metadata rather than schema fields.
pub fn prune(schema: &Schema, value: &mut Value) -> Vec<String> {
    let mut pruned = Vec::new();
    prune_at(schema, value, &mut Path::root(), true, &mut pruned);
    pruned
}

fn prune_at(
    schema: &Schema,
    value: &mut Value,
    path: &mut Path,
    resource_root: bool,
    pruned: &mut Vec<String>,
) {
    match value {
        Value::Object(map) => {
            let keep_unknown = schema.preserve_unknown_fields
                || matches!(
                    schema.additional_properties,
                    Some(AdditionalProperties::Allowed(true))
                );
            let additional = schema.additional();
            map.retain(|k, v| {
                if resource_root && matches!(k.as_str(), "apiVersion" | "kind" | "metadata") {
                    return true;
                }
                if let Some(child) = schema.properties.get(k) {
                    let len = path.push_field(k);
                    prune_at(child, v, path, child.embedded_resource, pruned);
                    path.truncate(len);
                    true
                } else if let Some(child) = additional {
                    let len = path.push_key(k);
                    prune_at(child, v, path, child.embedded_resource, pruned);
                    path.truncate(len);
                    true
                } else if keep_unknown {
                    true
                } else {
                    pruned.push(path.child(k).to_string());
                    false
                }
            });
        }
        Value::Array(items) => {
            if let Some(item_schema) = &schema.items {
                for (i, v) in items.iter_mut().enumerate() {
                    let len = path.push_index(i);
                    prune_at(item_schema, v, path, item_schema.embedded_resource, pruned);
                    path.truncate(len);
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
    fn prunes_unknown_fields_but_keeps_preserved_ones() {
        let schema = Schema::from_json(&json!({"type":"object","properties":{
            "spec":{"type":"object","properties":{
                "a":{"type":"string"},
                "free":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
                "tags":{"type":"object","additionalProperties":{"type":"string"}},
                "list":{"type":"array","items":{"type":"object","properties":{"x":{"type":"string"}}}}}}}}))
        .unwrap();
        let mut v = json!({"apiVersion":"g/v1","kind":"K","metadata":{"name":"n"},
            "spec":{"a":"1","b":2,"free":{"anything":1},"tags":{"k":"v"},"list":[{"x":"1","y":2}]},"other":1});
        let pruned = prune(&schema, &mut v);
        assert_eq!(pruned, vec!["other", "spec.b", "spec.list[0].y"]);
        assert_eq!(
            v,
            json!({"apiVersion":"g/v1","kind":"K","metadata":{"name":"n"},
            "spec":{"a":"1","free":{"anything":1},"tags":{"k":"v"},"list":[{"x":"1"}]}})
        );
    }
}
