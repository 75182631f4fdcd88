//! Checking a PUT body against the kind's [`ArmSchema`], as ARM and the resource providers do.
//!
//! What clients see, by problem (resource providers differ; these follow the common .NET ones, whose
//! JSON deserializer words the content errors):
//! - wrong JSON type, closed-enum value not allowed, required property missing, unknown
//!   discriminator value: 400 `InvalidRequestContent`;
//! - string pattern or length, number range, array size: 400 `InvalidParameter`;
//! - a malformed ARM ID in an ID property: 400 `LinkedInvalidPropertyId` (ARM's own check).
//!
//! `null` is treated as absent, as ARM does (clients send explicit nulls to clear collections).
//! Read-only properties are ignored wherever they appear; unknown properties are accepted.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use aso_runtime::arm_schema::ArmSchema;
use regex::Regex;
use serde_json::{Map, Value};

use crate::error::ArmError;

/// One thing wrong with a body.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub code: &'static str,
    /// JSON path in ARM's notation (`properties.networkAcls.ipRules[0].value`).
    pub path: String,
    pub message: String,
}

impl Problem {
    fn new(code: &'static str, path: &str, message: String) -> Self {
        Problem {
            code,
            path: path.to_string(),
            message,
        }
    }
}

/// Every problem with `body`, in document order.
pub fn validate(schema: &ArmSchema, body: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    check(schema, body, &Path::ROOT, &mut problems);
    problems
}

/// The ARM error for a list of problems: the first one's code and message, all in `details`.
pub fn to_error(problems: &[Problem]) -> Option<ArmError> {
    let first = problems.first()?;
    let error_for = |p: &Problem| -> ArmError {
        match p.code {
            "InvalidRequestContent" => ArmError::invalid_content(&p.message).with_target(&p.path),
            "LinkedInvalidPropertyId" => {
                ArmError::new(400, p.code, &p.message).with_target(&p.path)
            }
            code => ArmError::new(400, code, &p.message).with_target(&p.path),
        }
    };
    let mut top = error_for(first);
    if problems.len() > 1 {
        top.details = problems.iter().map(error_for).collect();
    }
    Some(top)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A JSON path built on the stack while walking (rendered only when a problem is reported, so a
/// valid body costs no path allocations).
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> Path<'a> {
    const ROOT: Path<'static> = Path {
        parent: None,
        seg: Seg::Root,
    };

    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Key(key),
        }
    }

    fn index(&'a self, i: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Index(i),
        }
    }

    /// ARM's notation: `properties.rules[0].name`.
    fn render(&self) -> String {
        let mut out = match self.parent {
            Some(p) => p.render(),
            None => String::new(),
        };
        match self.seg {
            Seg::Root => {}
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
        out
    }
}

fn short(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.len() > 80 {
        format!(
            "{}...",
            &s[..s.char_indices().nth(77).map(|(i, _)| i).unwrap_or(s.len())]
        )
    } else {
        s
    }
}

/// The JSON type a schema asks for. Specs often leave `type: object` (or `array`) implicit on a
/// definition that lists properties (or items); such a body is deserialized as that type all
/// the same, so a string where an object belongs is refused.
fn effective_type(schema: &ArmSchema) -> Option<&str> {
    schema.type_.as_deref().or_else(|| {
        if !schema.properties.is_empty()
            || schema.additional_properties.is_some()
            || schema.discriminator.is_some()
        {
            Some("object")
        } else if schema.items.is_some() {
            Some("array")
        } else {
            None
        }
    })
}

fn check(schema: &ArmSchema, value: &Value, at: &Path, out: &mut Vec<Problem>) {
    if value.is_null() || schema.read_only {
        return;
    }
    // Polymorphic types: validate against the variant the discriminator names; an unknown value
    // falls back to the base type, whose discriminator enum (when closed) reports it.
    if let (Some(disc), Value::Object(map)) = (&schema.discriminator, value)
        && let Some(variant) = map
            .get(disc)
            .and_then(Value::as_str)
            .and_then(|d| schema.variants.get(d))
    {
        return check_object(variant, map, at, out);
    }
    let type_ok = match effective_type(schema) {
        None => true,
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("boolean") => value.is_boolean(),
        Some("integer") => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        Some("number") => value.is_number(),
        Some(_) => true,
    };
    if !type_ok {
        let ty = effective_type(schema).unwrap_or("any");
        let path = at.render();
        let message = format!(
            "Error converting value {} to type '{ty}'. Path '{path}'",
            describe(value)
        );
        out.push(Problem::new("InvalidRequestContent", &path, message));
        return;
    }
    if !schema.enum_.is_empty() && !schema.enum_open && !enum_allows(&schema.enum_, value) {
        let allowed: Vec<String> = schema.enum_.iter().map(short).collect();
        let path = at.render();
        let message = format!(
            "Error converting value {} to an allowed value; allowed values are {}. Path '{path}'",
            describe(value),
            allowed.join(", ")
        );
        out.push(Problem::new("InvalidRequestContent", &path, message));
        return;
    }
    match value {
        Value::Object(map) => check_object(schema, map, at, out),
        Value::Array(items) => {
            if let Some(min) = schema.min_items.filter(|m| (items.len() as u64) < *m) {
                let path = at.render();
                let message = format!(
                    "The property '{path}' must have at least {min} item(s); it has {}.",
                    items.len()
                );
                out.push(Problem::new("InvalidParameter", &path, message));
            }
            if let Some(max) = schema.max_items.filter(|m| (items.len() as u64) > *m) {
                let path = at.render();
                let message = format!(
                    "The property '{path}' must have at most {max} item(s); it has {}.",
                    items.len()
                );
                out.push(Problem::new("InvalidParameter", &path, message));
            }
            if let Some(item_schema) = &schema.items {
                for (i, item) in items.iter().enumerate() {
                    check(item_schema, item, &at.index(i), out);
                }
            }
        }
        Value::String(s) => check_string(schema, s, at, out),
        Value::Number(n) => {
            if let Some(f) = n.as_f64() {
                if let Some(min) = schema.minimum.filter(|m| f < *m) {
                    let path = at.render();
                    let message = format!(
                        "The value {n} of property '{path}' is less than the minimum {min}."
                    );
                    out.push(Problem::new("InvalidParameter", &path, message));
                }
                if let Some(max) = schema.maximum.filter(|m| f > *m) {
                    let path = at.render();
                    let message = format!(
                        "The value {n} of property '{path}' is greater than the maximum {max}."
                    );
                    out.push(Problem::new("InvalidParameter", &path, message));
                }
            }
        }
        _ => {}
    }
}

fn check_object(schema: &ArmSchema, map: &Map<String, Value>, at: &Path, out: &mut Vec<Problem>) {
    for req in &schema.required {
        let read_only = schema.properties.get(req).is_some_and(|p| p.read_only);
        if !read_only && map.get(req).is_none_or(Value::is_null) {
            let path = at.render();
            let shown = if path.is_empty() {
                "''".to_string()
            } else {
                format!("'{path}'")
            };
            let message = format!("Required property '{req}' not found in JSON. Path {shown}");
            out.push(Problem::new(
                "InvalidRequestContent",
                &at.key(req).render(),
                message,
            ));
        }
    }
    for (key, v) in map {
        let child = at.key(key);
        let prop = schema.properties.get(key);
        match prop {
            Some(prop) => check(prop, v, &child, out),
            None => {
                if let Some(ap) = &schema.additional_properties {
                    check(ap, v, &child, out);
                }
            }
        }
        if let Value::String(s) = v {
            let format_arm_id = prop.and_then(|p| p.format.as_deref()) == Some("arm-id");
            let looks_like_id = (key == "id" || key.ends_with("Id")) && s.starts_with('/');
            if (format_arm_id && !s.is_empty() || looks_like_id)
                && aso_runtime::arm_id::parse(s).is_err()
            {
                let path = child.render();
                let message = format!(
                    "Property id '{s}' at path '{path}' is invalid. Expect fully qualified resource Id that start with '/subscriptions/{{subscriptionId}}' or '/providers/{{resourceProviderNamespace}}/'."
                );
                out.push(Problem::new("LinkedInvalidPropertyId", &path, message));
            }
        }
    }
}

fn check_string(schema: &ArmSchema, s: &str, at: &Path, out: &mut Vec<Problem>) {
    if schema.min_length.is_some() || schema.max_length.is_some() {
        let len = s.chars().count() as u64;
        if let Some(min) = schema.min_length.filter(|m| len < *m) {
            let path = at.render();
            let message = format!(
                "The value '{}' of property '{path}' is shorter than the minimum length {min}.",
                short(&Value::from(s))
            );
            out.push(Problem::new("InvalidParameter", &path, message));
        }
        if let Some(max) = schema.max_length.filter(|m| len > *m) {
            let path = at.render();
            let message = format!(
                "The value '{}' of property '{path}' is longer than the maximum length {max}.",
                short(&Value::from(s))
            );
            out.push(Problem::new("InvalidParameter", &path, message));
        }
    }
    if let Some(pattern) = &schema.pattern
        && let Some(re) = compiled(pattern)
        && !re.is_match(s)
    {
        let path = at.render();
        let message = format!(
            "The value '{}' of property '{path}' does not match the pattern '{pattern}'.",
            short(&Value::from(s))
        );
        out.push(Problem::new("InvalidParameter", &path, message));
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", short(&Value::from(s.as_str()))),
        Value::Object(_) => "{object}".into(),
        Value::Array(_) => "[array]".into(),
        other => other.to_string(),
    }
}

fn enum_allows(allowed: &[Value], v: &Value) -> bool {
    allowed.iter().any(|a| match (a, v) {
        // JSON.NET's enum converter ignores case.
        (Value::String(a), Value::String(b)) => a.eq_ignore_ascii_case(b),
        (a, b) => a == b,
    })
}

/// A compiled pattern. Spec patterns are .NET regexes; the few the `regex` crate cannot compile
/// (look-around) are not checked, rather than rejecting valid input.
pub fn compiled(pattern: &str) -> Option<Regex> {
    static CACHE: OnceLock<RwLock<HashMap<String, Option<Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(pattern) {
        return found.clone();
    }
    let re = Regex::new(pattern).ok();
    if re.is_none() {
        tracing::debug!(
            pattern,
            "pattern not supported by the regex crate; not checked"
        );
    }
    cache
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(pattern.to_string(), re.clone());
    re
}

/// Removes what ARM ignores or never returns: read-only properties (ignored on input) and
/// secrets (accepted, never returned).
pub fn strip_for_storage(schema: &ArmSchema, value: &mut Value) {
    match value {
        Value::Object(map) => {
            let schema = match (
                &schema.discriminator,
                map.get(schema.discriminator.as_deref().unwrap_or("")),
            ) {
                (Some(_), Some(Value::String(d))) => {
                    schema.variants.get(d.as_str()).unwrap_or(schema)
                }
                _ => schema,
            };
            map.retain(|k, _| {
                schema
                    .properties
                    .get(k)
                    .is_none_or(|p| !p.read_only && !p.secret)
            });
            for (k, v) in map.iter_mut() {
                if let Some(p) = schema.properties.get(k) {
                    strip_for_storage(p, v);
                } else if let Some(ap) = &schema.additional_properties {
                    strip_for_storage(ap, v);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = &schema.items {
                for item in items {
                    strip_for_storage(item_schema, item);
                }
            }
        }
        _ => {}
    }
}

/// The first create-only property whose value `new` changes from `old`, as a path.
pub fn create_only_change(
    schema: &ArmSchema,
    old: &Value,
    new: &Value,
    path: &str,
) -> Option<String> {
    let (Value::Object(old), Value::Object(new)) = (old, new) else {
        return None;
    };
    for (key, prop) in &schema.properties {
        let (Some(o), Some(n)) = (old.get(key), new.get(key)) else {
            continue;
        };
        if n.is_null() || o.is_null() {
            continue;
        }
        let p = join(path, key);
        if prop.create_only && !same_value(o, n) {
            return Some(p);
        }
        if (prop.type_.as_deref() == Some("object") || !prop.properties.is_empty())
            && let Some(found) = create_only_change(prop, o, n, &p)
        {
            return Some(found);
        }
    }
    None
}

/// Equality as ARM compares identifiers: strings ignore case and spaces (`West US 2` is `westus2`).
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => normalize(a) == normalize(b),
        (a, b) => a == b,
    }
}

pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: Value) -> ArmSchema {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn definitions_with_properties_or_items_are_objects_and_arrays() {
        // As specs often write them: no `type`, only properties or items.
        let s = schema(json!({"properties": {
            "sku": {"properties": {"name": {"type": "string"}}},
            "tags": {"additionalProperties": {"type": "string"}},
            "rules": {"items": {"type": "string"}},
            "anything": {}
        }}));
        assert!(
            validate(
                &s,
                &json!({"sku": {"name": "a"}, "tags": {}, "rules": [], "anything": 3})
            )
            .is_empty()
        );
        let problems = validate(&s, &json!({"sku": "a", "tags": "t", "rules": {}}));
        let mut paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        paths.sort();
        assert_eq!(paths, ["rules", "sku", "tags"]);
        assert!(
            problems[0].message.contains("to type '"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn reports_type_enum_required_and_pattern_problems() {
        let s = schema(json!({
            "type": "object",
            "required": ["sku"],
            "properties": {
                "sku": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "enum": ["Basic", "Standard"]}}},
                "kind": {"type": "string", "enum": ["A"], "enumOpen": true},
                "properties": {"type": "object", "properties": {
                    "count": {"type": "integer", "minimum": 1, "maximum": 5},
                    "prefix": {"type": "string", "pattern": "^[a-z]+$"},
                    "computed": {"type": "string", "readOnly": true}
                }}
            }
        }));
        assert!(validate(&s, &json!({"sku": {"name": "basic"}, "kind": "Other"})).is_empty());
        let problems = validate(
            &s,
            &json!({"sku": {"name": "Gold"}, "properties": {"count": 9, "prefix": "ABC", "computed": 3}}),
        );
        let mut codes: Vec<(&str, &str)> =
            problems.iter().map(|p| (p.code, p.path.as_str())).collect();
        // serde_json may or may not preserve key order, depending on features unified in the build.
        codes.sort();
        assert_eq!(
            codes,
            vec![
                ("InvalidParameter", "properties.count"),
                ("InvalidParameter", "properties.prefix"),
                ("InvalidRequestContent", "sku.name"),
            ]
        );
        let missing = validate(&s, &json!({"sku": {}}));
        assert_eq!(
            missing[0].message,
            "Required property 'name' not found in JSON. Path 'sku'"
        );
        let wrong_type = validate(&s, &json!({"sku": "Basic"}));
        assert_eq!(
            wrong_type[0].message,
            "Error converting value \"Basic\" to type 'object'. Path 'sku'"
        );
        let error = to_error(&problems).unwrap();
        assert_eq!(error.code, "InvalidParameter");
        assert_eq!(error.details.len(), 3);
    }

    #[test]
    fn validates_variants_and_ids() {
        let s = schema(json!({
            "type": "object",
            "properties": {
                "policy": {"type": "object", "discriminator": "type",
                    "properties": {"type": {"type": "string", "enum": ["Periodic", "Continuous"]}},
                    "variants": {
                        "Periodic": {"type": "object", "properties": {"type": {"type": "string"}, "hours": {"type": "integer"}}},
                        "Continuous": {"type": "object", "properties": {"type": {"type": "string"}}}
                    }},
                "subnetId": {"type": "string"}
            }
        }));
        assert!(validate(&s, &json!({"policy": {"type": "Periodic", "hours": 4}})).is_empty());
        assert_eq!(
            validate(&s, &json!({"policy": {"type": "Periodic", "hours": "x"}}))[0].path,
            "policy.hours"
        );
        assert_eq!(
            validate(&s, &json!({"policy": {"type": "Weekly"}}))[0].path,
            "policy.type"
        );
        let bad_id = validate(&s, &json!({"subnetId": "/subscriptions/s/resourceGroups"}));
        assert_eq!(bad_id[0].code, "LinkedInvalidPropertyId");
    }

    #[test]
    fn strips_read_only_and_secret_properties() {
        let s = schema(json!({"type": "object", "properties": {
            "id": {"type": "string", "readOnly": true},
            "properties": {"type": "object", "properties": {
                "password": {"type": "string", "secret": true},
                "name": {"type": "string"}
            }},
            "identities": {"type": "object", "additionalProperties": {"type": "object", "properties": {"principalId": {"type": "string", "readOnly": true}}}}
        }}));
        let mut body = json!({"id": "x", "properties": {"password": "p", "name": "n"}, "identities": {"/a": {"principalId": "z"}}});
        strip_for_storage(&s, &mut body);
        assert_eq!(
            body,
            json!({"properties": {"name": "n"}, "identities": {"/a": {}}})
        );
    }

    #[test]
    fn finds_create_only_changes() {
        let s = schema(json!({"type": "object", "properties": {
            "properties": {"type": "object", "properties": {"zone": {"type": "string", "createOnly": true}, "tier": {"type": "string"}}}
        }}));
        let old = json!({"properties": {"zone": "1", "tier": "Hot"}});
        assert_eq!(
            create_only_change(
                &s,
                &old,
                &json!({"properties": {"zone": "1", "tier": "Cool"}}),
                ""
            ),
            None
        );
        assert_eq!(
            create_only_change(&s, &old, &json!({"properties": {"zone": "2"}}), "").as_deref(),
            Some("properties.zone")
        );
        assert!(same_value(&json!("West US 2"), &json!("westus2")));
    }
}
