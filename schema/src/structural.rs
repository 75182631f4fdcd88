//! Kubernetes' structural schema rules (apiextensions.k8s.io/v1 rejects CRDs whose schemas break
//! them): every node specifies a type unless it is int-or-string or preserves unknown fields,
//! `properties` and `additionalProperties` do not mix, arrays have `items`, value validations
//! under `allOf`/`anyOf`/`oneOf`/`not` do not declare types, defaults or descriptions, and
//! `metadata` at the root restricts only `name` and `generateName`.

use crate::field::{FieldError, Path};
use serde_json::Value;

/// Checks `schema` (the raw `openAPIV3Schema`), reporting errors below `path`
/// (for example `spec.versions[0].schema.openAPIV3Schema`).
pub fn check_structural(schema: &Value, path: &Path) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if schema
        .get("type")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        errors.push(FieldError::required(
            path.child("type").as_str(),
            "must not be empty at the root",
        ));
    } else if schema.get("type").and_then(Value::as_str) != Some("object") {
        errors.push(FieldError::invalid(
            path.child("type").as_str(),
            schema["type"].clone(),
            "must be object at the root",
        ));
    }
    if let Some(meta) = schema.get("properties").and_then(|p| p.get("metadata")) {
        check_metadata(meta, &path.child("properties").key("metadata"), &mut errors);
    }
    check_node(
        schema,
        path,
        Ctx {
            value_validation: false,
            root: true,
            int_or_string: false,
        },
        &mut errors,
    );
    errors
}

fn check_metadata(meta: &Value, path: &Path, errors: &mut Vec<FieldError>) {
    let Some(obj) = meta.as_object() else { return };
    for key in obj.keys() {
        let allowed = matches!(
            key.as_str(),
            "type" | "description" | "properties" | "default"
        );
        if !allowed {
            errors.push(FieldError::forbidden(
                path.child(key).as_str(),
                "must not be specified for metadata at the root",
            ));
        }
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for key in props.keys() {
            if key != "name" && key != "generateName" {
                errors.push(FieldError::forbidden(
                    path.child("properties").key(key).as_str(),
                    "must not specify anything other than name and generateName, but metadata is implicitly specified",
                ));
            }
        }
    }
}

#[derive(Clone, Copy)]
struct Ctx {
    value_validation: bool,
    root: bool,
    /// Below an int-or-string node, `anyOf: [{type: integer}, {type: string}]` is allowed.
    int_or_string: bool,
}

fn check_node(node: &Value, path: &Path, ctx: Ctx, errors: &mut Vec<FieldError>) {
    let in_value_validation = ctx.value_validation;
    let Some(obj) = node.as_object() else {
        errors.push(FieldError::invalid(
            path.as_str(),
            node.clone(),
            "must be a schema object",
        ));
        return;
    };
    let ty = obj.get("type").and_then(Value::as_str).unwrap_or("");
    let preserve = obj.get("x-kubernetes-preserve-unknown-fields");
    let int_or_string = obj
        .get("x-kubernetes-int-or-string")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let embedded = obj
        .get("x-kubernetes-embedded-resource")
        .and_then(Value::as_bool)
        .unwrap_or(false);

    if in_value_validation {
        for key in [
            "type",
            "default",
            "description",
            "nullable",
            "additionalProperties",
            "x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-embedded-resource",
            "x-kubernetes-int-or-string",
        ] {
            let int_or_string_type = key == "type"
                && ctx.int_or_string
                && matches!(
                    obj.get(key).and_then(Value::as_str),
                    Some("integer" | "string")
                );
            if obj.contains_key(key) && !int_or_string_type {
                errors.push(FieldError::forbidden(
                    path.child(key).as_str(),
                    "must be empty to be structural",
                ));
            }
        }
    } else {
        if let Some(p) = preserve
            && p != &Value::Bool(true)
        {
            errors.push(FieldError::invalid(
                path.child("x-kubernetes-preserve-unknown-fields").as_str(),
                p.clone(),
                "must be true or undefined",
            ));
        }
        let preserves = preserve == Some(&Value::Bool(true));
        if int_or_string {
            if !ty.is_empty() {
                errors.push(FieldError::invalid(
                    path.child("type").as_str(),
                    Value::String(ty.into()),
                    "must be empty if x-kubernetes-int-or-string is true",
                ));
            }
        } else if ty.is_empty() && !preserves && !ctx.root {
            let what = if obj.contains_key("properties") {
                "must not be empty for specified object fields"
            } else {
                "must not be empty for specified array items"
            };
            let what = if path.as_str().ends_with("items") || obj.contains_key("properties") {
                what
            } else {
                "must not be empty"
            };
            errors.push(FieldError::required(path.child("type").as_str(), what));
        }
        if obj.contains_key("properties") && obj.contains_key("additionalProperties") {
            errors.push(FieldError::forbidden(
                path.child("additionalProperties").as_str(),
                "additionalProperties and properties are mutual exclusive",
            ));
        }
        if obj.get("additionalProperties") == Some(&Value::Bool(false)) {
            errors.push(FieldError::forbidden(
                path.child("additionalProperties").as_str(),
                "must not be false, use x-kubernetes-preserve-unknown-fields instead or nothing",
            ));
        }
        if ty == "array" && !obj.contains_key("items") {
            errors.push(FieldError::required(
                path.child("items").as_str(),
                "must be specified",
            ));
        }
        if embedded && ty != "object" {
            errors.push(FieldError::invalid(
                path.child("type").as_str(),
                Value::String(ty.into()),
                "must be object if x-kubernetes-embedded-resource is true",
            ));
        }
        match obj.get("x-kubernetes-list-type").and_then(Value::as_str) {
            Some("map") => {
                let keys = obj
                    .get("x-kubernetes-list-map-keys")
                    .and_then(Value::as_array);
                if keys.is_none_or(|k| k.is_empty()) {
                    errors.push(FieldError::required(
                        path.child("x-kubernetes-list-map-keys").as_str(),
                        "must not be empty if x-kubernetes-list-type is map",
                    ));
                }
                if ty != "array" {
                    errors.push(FieldError::invalid(
                        path.child("type").as_str(),
                        Value::String(ty.into()),
                        "must be array if x-kubernetes-list-type is specified",
                    ));
                }
            }
            Some("set" | "atomic") | None => {}
            Some(other) => errors.push(FieldError::not_supported(
                path.child("x-kubernetes-list-type").as_str(),
                Value::String(other.into()),
                &[
                    Value::from("atomic"),
                    Value::from("set"),
                    Value::from("map"),
                ],
            )),
        }
    }

    let nested = Ctx {
        value_validation: in_value_validation,
        root: false,
        int_or_string: false,
    };
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            check_node(v, &path.child("properties").key(k), nested, errors);
        }
    }
    if let Some(items) = obj.get("items") {
        check_node(items, &path.child("items"), nested, errors);
    }
    if let Some(ap @ Value::Object(_)) = obj.get("additionalProperties") {
        check_node(ap, &path.child("additionalProperties"), nested, errors);
    }
    let validation = Ctx {
        value_validation: true,
        root: false,
        int_or_string: int_or_string || ctx.int_or_string,
    };
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(list) = obj.get(key).and_then(Value::as_array) {
            for (i, v) in list.iter().enumerate() {
                check_node(v, &path.child(key).index(i), validation, errors);
            }
        }
    }
    if let Some(n) = obj.get("not") {
        check_node(n, &path.child("not"), validation, errors);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn msgs(v: Value) -> Vec<String> {
        check_structural(&v, &Path::new("spec.versions[0].schema.openAPIV3Schema"))
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn accepts_structural_schemas() {
        assert!(msgs(json!({"type":"object","properties":{
            "spec":{"type":"object","properties":{"port":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]},
            "free":{"x-kubernetes-preserve-unknown-fields":true},
            "tags":{"type":"object","additionalProperties":{"type":"string"}},
            "l":{"type":"array","items":{"type":"string"}}}}}})).is_empty());
    }

    #[test]
    fn rejects_non_structural_schemas() {
        let m = msgs(
            json!({"type":"object","properties":{"spec":{"properties":{"a":{"type":"string"}}},
            "l":{"type":"array"},"both":{"type":"object","properties":{},"additionalProperties":{"type":"string"}},
            "any":{"type":"string","anyOf":[{"type":"string"}]}}}),
        );
        assert_eq!(
            m,
            vec![
                "spec.versions[0].schema.openAPIV3Schema.properties[any].anyOf[0].type: Forbidden: must be empty to be structural",
                "spec.versions[0].schema.openAPIV3Schema.properties[both].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive",
                "spec.versions[0].schema.openAPIV3Schema.properties[l].items: Required value: must be specified",
                "spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields",
            ]
        );
        assert_eq!(
            msgs(json!({"properties":{}})),
            vec![
                "spec.versions[0].schema.openAPIV3Schema.type: Required value: must not be empty at the root",
            ]
        );
    }
}
