//! OpenAPI value validation as the apiextensions server does it (kube-openapi's validator plus
//! the Kubernetes list/map extensions), with its messages.

use super::model::{AdditionalProperties, Schema};
use crate::field::{FieldError, Path};
use serde_json::Value;
use std::collections::HashSet;

/// Validates `value` against `schema`; an empty result means valid. CEL rules are not evaluated
/// here (see [`super::cel::validate_rules`]).
pub fn validate(schema: &Schema, value: &Value) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check(schema, value, &mut Path::root(), &mut errors);
    errors
}

/// Validates below a given path (used for `spec`/`status` of objects rooted elsewhere).
pub fn validate_at(schema: &Schema, value: &Value, path: &Path, errors: &mut Vec<FieldError>) {
    check(schema, value, &mut path.clone(), errors);
}

fn check(schema: &Schema, value: &Value, path: &mut Path, errors: &mut Vec<FieldError>) {
    if value.is_null() {
        if schema.nullable || schema.type_.is_none() {
            return;
        }
        errors.push(type_error(
            path,
            "null",
            schema.type_.as_deref().unwrap_or_default(),
        ));
        return;
    }
    if schema.int_or_string {
        if !(value.is_string() || is_integer(value)) {
            errors.push(type_error(path, json_type(value), "integer,string"));
            return;
        }
    } else if let Some(t) = schema.type_.as_deref()
        && !type_matches(t, value)
    {
        errors.push(type_error(path, json_type(value), t));
        return;
    }

    if let Some(allowed) = &schema.enum_
        && !allowed.iter().any(|a| json_equal(a, value))
    {
        errors.push(FieldError::not_supported(
            path.as_str(),
            value.clone(),
            allowed,
        ));
    }

    match value {
        Value::String(s) => validate_string(schema, s, path, errors),
        Value::Number(_) => validate_number(schema, value, path, errors),
        Value::Array(items) => validate_array(schema, items, path, errors),
        Value::Object(map) => {
            for req in &schema.required {
                if !map.contains_key(req) {
                    errors.push(FieldError::required(path.child(req).as_str(), ""));
                }
            }
            if let Some(max) = schema.max_properties
                && map.len() as u64 > max
            {
                errors.push(FieldError::too_many(path.as_str(), map.len(), max));
            }
            if let Some(min) = schema.min_properties
                && (map.len() as u64) < min
            {
                errors.push(openapi_invalid(
                    path,
                    value,
                    format!("should have at least {min} properties"),
                ));
            }
            for (k, v) in map {
                if let Some(child) = schema.properties.get(k) {
                    let len = path.push_field(k);
                    check(child, v, path, errors);
                    path.truncate(len);
                } else if let Some(AdditionalProperties::Schema(child)) =
                    &schema.additional_properties
                {
                    let len = path.push_key(k);
                    check(child, v, path, errors);
                    path.truncate(len);
                }
            }
        }
        _ => {}
    }

    for sub in &schema.all_of {
        check(sub, value, path, errors);
    }
    if !schema.any_of.is_empty() && !schema.any_of.iter().any(|s| passes(s, value, path)) {
        errors.push(openapi_invalid(
            path,
            value,
            "must validate at least one schema (anyOf)".into(),
        ));
    }
    if !schema.one_of.is_empty() {
        let n = schema
            .one_of
            .iter()
            .filter(|s| passes(s, value, path))
            .count();
        if n != 1 {
            errors.push(openapi_invalid(
                path,
                value,
                "must validate one and only one schema (oneOf)".into(),
            ));
        }
    }
    if let Some(not) = &schema.not
        && passes(not, value, path)
    {
        errors.push(openapi_invalid(
            path,
            value,
            "must not validate the schema (not)".into(),
        ));
    }
}

fn passes(schema: &Schema, value: &Value, path: &Path) -> bool {
    let mut e = Vec::new();
    validate_at(schema, value, path, &mut e);
    e.is_empty()
}

fn validate_string(schema: &Schema, s: &str, path: &Path, errors: &mut Vec<FieldError>) {
    // Lengths count characters (runes) in kube-openapi, not bytes.
    let len = s.chars().count() as u64;
    if let Some(max) = schema.max_length
        && len > max
    {
        errors.push(FieldError::too_long(path.as_str(), max));
    }
    if let Some(min) = schema.min_length
        && len < min
    {
        errors.push(openapi_invalid(
            path,
            &Value::String(s.into()),
            format!("should be at least {min} chars long"),
        ));
    }
    if let Some(p) = &schema.pattern
        && !p.regex.is_match(s)
    {
        errors.push(openapi_invalid(
            path,
            &Value::String(s.into()),
            format!("should match '{}'", p.source),
        ));
    }
    if let Some(fmt) = schema.format.as_deref()
        && !format_ok(fmt, s)
    {
        errors.push(openapi_invalid(
            path,
            &Value::String(s.into()),
            format!("must be of type {fmt}"),
        ));
    }
}

fn format_ok(format: &str, s: &str) -> bool {
    match format {
        "date-time" => {
            time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).is_ok()
        }
        "uuid" => uuid::Uuid::parse_str(s).is_ok(),
        "byte" => {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.decode(s).is_ok()
        }
        // Other formats (email, uri, hostname, ...) are not enforced strictly by the server either
        // for most CRDs; accept them.
        _ => true,
    }
}

fn validate_number(schema: &Schema, value: &Value, path: &Path, errors: &mut Vec<FieldError>) {
    let Some(n) = value.as_f64() else { return };
    if let Some(max) = schema.maximum {
        if schema.exclusive_maximum && n >= max {
            errors.push(openapi_invalid(
                path,
                value,
                format!("should be less than {}", fmt_num(max)),
            ));
        } else if n > max {
            errors.push(openapi_invalid(
                path,
                value,
                format!("should be less than or equal to {}", fmt_num(max)),
            ));
        }
    }
    if let Some(min) = schema.minimum {
        if schema.exclusive_minimum && n <= min {
            errors.push(openapi_invalid(
                path,
                value,
                format!("should be greater than {}", fmt_num(min)),
            ));
        } else if n < min {
            errors.push(openapi_invalid(
                path,
                value,
                format!("should be greater than or equal to {}", fmt_num(min)),
            ));
        }
    }
    if let Some(m) = schema.multiple_of
        && m != 0.0
        && ((n / m) - (n / m).round()).abs() > 1e-9
    {
        errors.push(openapi_invalid(
            path,
            value,
            format!("should be a multiple of {}", fmt_num(m)),
        ));
    }
}

fn validate_array(schema: &Schema, items: &[Value], path: &mut Path, errors: &mut Vec<FieldError>) {
    if let Some(max) = schema.max_items
        && items.len() as u64 > max
    {
        errors.push(FieldError::too_many(path.as_str(), items.len(), max));
    }
    if let Some(min) = schema.min_items
        && (items.len() as u64) < min
    {
        errors.push(openapi_invalid(
            path,
            &Value::Array(items.to_vec()),
            format!("should have at least {min} items"),
        ));
    }
    if schema.unique_items || schema.list_type.as_deref() == Some("set") {
        for (i, v) in items.iter().enumerate() {
            if items[..i].iter().any(|w| json_equal(v, w)) {
                errors.push(FieldError::duplicate(path.index(i).as_str(), v.clone()));
            }
        }
    }
    if let Some(keys) = schema.map_list_keys() {
        let mut seen = HashSet::new();
        for (i, v) in items.iter().enumerate() {
            let key: Vec<String> = keys
                .iter()
                .map(|k| v.get(k).map(|x| x.to_string()).unwrap_or_default())
                .collect();
            if !seen.insert(key) {
                let shown: serde_json::Map<String, Value> = keys
                    .iter()
                    .filter_map(|k| v.get(k).map(|x| (k.clone(), x.clone())))
                    .collect();
                errors.push(FieldError::duplicate(
                    path.index(i).as_str(),
                    Value::Object(shown),
                ));
            }
        }
    }
    if let Some(item_schema) = &schema.items {
        for (i, v) in items.iter().enumerate() {
            let len = path.push_index(i);
            check(item_schema, v, path, errors);
            path.truncate(len);
        }
    }
}

/// kube-openapi's wording: `spec.x: Invalid value: <v>: spec.x in body <message>`.
fn openapi_invalid(path: &Path, value: &Value, message: String) -> FieldError {
    FieldError::invalid(
        path.as_str(),
        value.clone(),
        format!("{} in body {message}", path.display_name()),
    )
}

fn type_error(path: &Path, actual: &str, expected: &str) -> FieldError {
    FieldError::new(
        crate::field::ErrorType::TypeInvalid,
        path.as_str(),
        Some(Value::String(actual.into())),
        format!(
            "{} in body must be of type {expected}: \"{actual}\"",
            path.display_name()
        ),
    )
}

pub(crate) fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => is_integer(v),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        _ => true,
    }
}

/// JSON equality where `1` and `1.0` are the same number, as after Go's decoding.
pub(crate) fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w)))
        }
        _ => a == b,
    }
}

fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Schema;
    use serde_json::json;

    fn msgs(schema: Value, value: Value) -> Vec<String> {
        let s = Schema::from_json(&schema).unwrap();
        validate(&s, &value).iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn required_enum_type() {
        let schema = json!({"type":"object","properties":{"spec":{"type":"object","required":["location"],
            "properties":{"location":{"type":"string"},"sku":{"type":"string","enum":["a","b"]},"n":{"type":"integer"}}}}});
        assert_eq!(
            msgs(schema.clone(), json!({"spec":{}})),
            vec!["spec.location: Required value"]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"spec":{"location":"x","sku":"c"}})),
            vec![r#"spec.sku: Unsupported value: "c": supported values: "a", "b""#]
        );
        assert_eq!(
            msgs(schema, json!({"spec":{"location":"x","n":"five"}})),
            vec![
                r#"spec.n: Invalid value: "string": spec.n in body must be of type integer: "string""#
            ]
        );
    }

    #[test]
    fn lengths_ranges_patterns() {
        let schema = json!({"type":"object","properties":{
            "s":{"type":"string","maxLength":3,"minLength":2,"pattern":"^[a-z]+$"},
            "n":{"type":"integer","minimum":1,"maximum":10},
            "l":{"type":"array","maxItems":2,"items":{"type":"string"}},
            "m":{"type":"object","additionalProperties":{"type":"integer"}}}});
        assert_eq!(
            msgs(schema.clone(), json!({"s":"abcd"})),
            vec!["s: Too long: may not be more than 3 bytes"]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"s":"a"})),
            vec![r#"s: Invalid value: "a": s in body should be at least 2 chars long"#]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"s":"A1"})),
            vec![r#"s: Invalid value: "A1": s in body should match '^[a-z]+$'"#]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"n":11})),
            vec!["n: Invalid value: 11: n in body should be less than or equal to 10"]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"n":0})),
            vec!["n: Invalid value: 0: n in body should be greater than or equal to 1"]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"l":["a","b","c"]})),
            vec!["l: Too many: 3: must have at most 2 items"]
        );
        assert_eq!(
            msgs(schema.clone(), json!({"l":[1]})),
            vec![
                r#"l[0]: Invalid value: "integer": l[0] in body must be of type string: "integer""#
            ]
        );
        assert_eq!(
            msgs(schema, json!({"m":{"k":"v"}})),
            vec![
                r#"m[k]: Invalid value: "string": m[k] in body must be of type integer: "string""#
            ]
        );
    }

    #[test]
    fn nullable_and_int_or_string() {
        let schema = json!({"type":"object","properties":{
            "a":{"type":"string","nullable":true},"b":{"type":"string"},
            "p":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]}}});
        assert!(msgs(schema.clone(), json!({"a":null,"p":80})).is_empty());
        assert!(msgs(schema.clone(), json!({"p":"http"})).is_empty());
        assert_eq!(
            msgs(schema.clone(), json!({"b":null})),
            vec![r#"b: Invalid value: "null": b in body must be of type string: "null""#]
        );
        assert_eq!(
            msgs(schema, json!({"p":true})),
            vec![
                r#"p: Invalid value: "boolean": p in body must be of type integer,string: "boolean""#
            ]
        );
    }

    #[test]
    fn map_lists_reject_duplicate_keys() {
        let schema = json!({"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["name"],
            "items":{"type":"object","properties":{"name":{"type":"string"}}}});
        let m = msgs(schema, json!([{"name":"a"},{"name":"a"}]));
        assert_eq!(m, vec![r#"[1]: Duplicate value: {"name":"a"}"#]);
    }
}
