//! A compiled `JSONSchemaProps` node: parsed once per CRD version so that every write is checked
//! without re-reading the schema JSON, regexes and CEL programs compiled up front.

use super::cel::{Env, Rule};
use crate::field::{FieldError, Path};
use regex::Regex;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub type_: Option<String>,
    pub format: Option<String>,
    pub description: Option<String>,
    pub properties: BTreeMap<String, Schema>,
    pub required: Vec<String>,
    pub items: Option<Box<Schema>>,
    pub additional_properties: Option<AdditionalProperties>,
    pub enum_: Option<Vec<Value>>,
    pub pattern: Option<Pattern>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    pub nullable: bool,
    pub default: Option<Value>,
    pub preserve_unknown_fields: bool,
    pub int_or_string: bool,
    pub embedded_resource: bool,
    pub list_type: Option<String>,
    pub list_map_keys: Vec<String>,
    pub map_type: Option<String>,
    pub all_of: Vec<Schema>,
    pub any_of: Vec<Schema>,
    pub one_of: Vec<Schema>,
    pub not: Option<Box<Schema>>,
    pub rules: Vec<Rule>,
    /// This node or a node below it has CEL rules (so rule evaluation can skip whole subtrees).
    pub subtree_rules: bool,
}

#[derive(Debug, Clone)]
pub enum AdditionalProperties {
    Allowed(bool),
    Schema(Box<Schema>),
}

/// A `pattern` compiled as an ECMA-ish regex; the source is kept for error messages.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    pub regex: Regex,
}

impl Schema {
    /// Parses a `JSONSchemaProps` value. CEL rules are compiled with `env`; problems (bad regex,
    /// rules that fail to compile, wrong JSON types) are reported with paths below `path`.
    pub fn parse(value: &Value, path: &Path, env: &Env) -> Result<Schema, Vec<FieldError>> {
        let mut errors = Vec::new();
        let schema = parse_node(value, path, env, &mut errors);
        if errors.is_empty() {
            Ok(schema)
        } else {
            Err(errors)
        }
    }

    /// Parses without CEL rules compiled against a caller's env (a fresh default env is used).
    pub fn from_json(value: &Value) -> Result<Schema, Vec<FieldError>> {
        Self::parse(value, &Path::root(), &Env::new())
    }

    pub fn is_type(&self, t: &str) -> bool {
        self.type_.as_deref() == Some(t)
    }

    /// The schema of values under an object key that is not a declared property.
    pub fn additional(&self) -> Option<&Schema> {
        match &self.additional_properties {
            Some(AdditionalProperties::Schema(s)) => Some(s),
            _ => None,
        }
    }

    /// The schema of the value at `key` of an object validated by this schema.
    pub fn child(&self, key: &str) -> Option<&Schema> {
        self.properties.get(key).or_else(|| self.additional())
    }

    /// Whether lists under this node merge by key (`x-kubernetes-list-type: map`).
    pub fn map_list_keys(&self) -> Option<&[String]> {
        if self.list_type.as_deref() == Some("map") && !self.list_map_keys.is_empty() {
            Some(&self.list_map_keys)
        } else {
            None
        }
    }
}

fn parse_node(value: &Value, path: &Path, env: &Env, errors: &mut Vec<FieldError>) -> Schema {
    let Some(obj) = value.as_object() else {
        errors.push(FieldError::invalid(
            path.as_str(),
            value.clone(),
            "must be an object",
        ));
        return Schema::default();
    };
    let mut s = Schema {
        type_: str_field(obj, "type"),
        format: str_field(obj, "format"),
        description: str_field(obj, "description"),
        required: obj
            .get("required")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default(),
        enum_: obj.get("enum").and_then(Value::as_array).cloned(),
        min_length: u64_field(obj, "minLength"),
        max_length: u64_field(obj, "maxLength"),
        minimum: obj.get("minimum").and_then(Value::as_f64),
        maximum: obj.get("maximum").and_then(Value::as_f64),
        exclusive_minimum: bool_field(obj, "exclusiveMinimum"),
        exclusive_maximum: bool_field(obj, "exclusiveMaximum"),
        multiple_of: obj.get("multipleOf").and_then(Value::as_f64),
        min_items: u64_field(obj, "minItems"),
        max_items: u64_field(obj, "maxItems"),
        unique_items: bool_field(obj, "uniqueItems"),
        min_properties: u64_field(obj, "minProperties"),
        max_properties: u64_field(obj, "maxProperties"),
        nullable: bool_field(obj, "nullable"),
        default: obj.get("default").cloned(),
        preserve_unknown_fields: bool_field(obj, "x-kubernetes-preserve-unknown-fields"),
        int_or_string: bool_field(obj, "x-kubernetes-int-or-string"),
        embedded_resource: bool_field(obj, "x-kubernetes-embedded-resource"),
        list_type: str_field(obj, "x-kubernetes-list-type"),
        list_map_keys: obj
            .get("x-kubernetes-list-map-keys")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default(),
        map_type: str_field(obj, "x-kubernetes-map-type"),
        ..Schema::default()
    };
    if let Some(p) = obj.get("pattern").and_then(Value::as_str) {
        match Regex::new(p) {
            Ok(regex) => {
                s.pattern = Some(Pattern {
                    source: p.to_string(),
                    regex,
                })
            }
            Err(e) => errors.push(FieldError::invalid(
                path.child("pattern").as_str(),
                Value::String(p.into()),
                format!("must be a valid regular expression, but isn't: {e}"),
            )),
        }
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        let ppath = path.child("properties");
        for (k, v) in props {
            s.properties
                .insert(k.clone(), parse_node(v, &ppath.key(k), env, errors));
        }
    }
    if let Some(items) = obj.get("items") {
        if items.is_array() {
            errors.push(FieldError::forbidden(
                path.child("items").as_str(),
                "items must be a schema object and not an array",
            ));
        } else {
            s.items = Some(Box::new(parse_node(
                items,
                &path.child("items"),
                env,
                errors,
            )));
        }
    }
    match obj.get("additionalProperties") {
        Some(Value::Bool(b)) => s.additional_properties = Some(AdditionalProperties::Allowed(*b)),
        Some(v @ Value::Object(_)) => {
            s.additional_properties = Some(AdditionalProperties::Schema(Box::new(parse_node(
                v,
                &path.child("additionalProperties"),
                env,
                errors,
            ))))
        }
        _ => {}
    }
    for (key, target) in [
        ("allOf", &mut s.all_of),
        ("anyOf", &mut s.any_of),
        ("oneOf", &mut s.one_of),
    ] {
        if let Some(list) = obj.get(key).and_then(Value::as_array) {
            for (i, v) in list.iter().enumerate() {
                target.push(parse_node(v, &path.child(key).index(i), env, errors));
            }
        }
    }
    if let Some(n) = obj.get("not") {
        s.not = Some(Box::new(parse_node(n, &path.child("not"), env, errors)));
    }
    if let Some(rules) = obj
        .get("x-kubernetes-validations")
        .and_then(Value::as_array)
    {
        let rpath = path.child("x-kubernetes-validations");
        for (i, r) in rules.iter().enumerate() {
            match Rule::compile(r, &rpath.index(i), env) {
                Ok(rule) => s.rules.push(rule),
                Err(e) => errors.extend(e),
            }
        }
    }
    s.subtree_rules = !s.rules.is_empty()
        || s.properties.values().any(|c| c.subtree_rules)
        || s.items.as_deref().is_some_and(|c| c.subtree_rules)
        || s.additional().is_some_and(|c| c.subtree_rules);
    s
}

fn str_field(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key).and_then(Value::as_str).map(String::from)
}

fn u64_field(obj: &Map<String, Value>, key: &str) -> Option<u64> {
    obj.get(key)
        .and_then(|v| v.as_u64().or_else(|| v.as_f64().map(|f| f as u64)))
}

fn bool_field(obj: &Map<String, Value>, key: &str) -> bool {
    obj.get(key).and_then(Value::as_bool).unwrap_or(false)
}
