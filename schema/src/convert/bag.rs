//! ASO's property bags. An object ASO stored at one of its storage versions (`<v>storage`) has
//! the shape of API version `<v>`; fields of other versions that `<v>` lacks sit in
//! `$propertyBag` maps, at any object level: Go property name -> value, a string stored as is and
//! anything else as JSON (`genruntime.PropertyBag.Add` in ASO's v2/pkg/genruntime).
//!
//! Each bag entry becomes a stash entry at the path its property has: the JSON name is the
//! property of any served version at that path whose name equals the Go name ignoring case and
//! separators (`DnsEndpointType` -> `dnsEndpointType`), else the Go name with its leading
//! capitals lowered (`SSLPort` -> `sslPort`). Where that property is a string the text is the
//! value; otherwise it is parsed as JSON (the raw text when it is not JSON). Values taken from a
//! bag may hold bags of their own (ASO marshals its storage types), which are taken out too.

use serde_json::Value;

use super::ConvertError;
use super::pointer::Pointer;
use super::project::{Slot, slot};
use super::stash::Entry;
use crate::model::Schema;

pub const PROPERTY_BAG: &str = "$propertyBag";

/// Takes every bag out of `value` (found at `path`), adding its entries (labelled `version`) to
/// `out`. `schemas` are the nodes at `path` in the served versions, the target version first.
pub(super) fn unbag(
    value: &mut Value,
    path: &mut Pointer,
    schemas: &[&Schema],
    version: &str,
    out: &mut Vec<Entry>,
) -> Result<(), ConvertError> {
    match value {
        Value::Object(map) => {
            if let Some(bag) = map.remove(PROPERTY_BAG) {
                take_bag(bag, path, schemas, version, out)?;
            }
            for (k, v) in map.iter_mut() {
                let children = children(schemas, k, false);
                path.push(k.as_str());
                unbag(v, path, &children, version, out)?;
                path.pop();
            }
        }
        Value::Array(items) => {
            let children = children(schemas, "0", true);
            for (i, v) in items.iter_mut().enumerate() {
                path.push(i.to_string());
                unbag(v, path, &children, version, out)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}

fn take_bag(
    bag: Value,
    path: &mut Pointer,
    schemas: &[&Schema],
    version: &str,
    out: &mut Vec<Entry>,
) -> Result<(), ConvertError> {
    let where_ = format!("{}.{PROPERTY_BAG}", dotted(path));
    let bag = match bag {
        Value::Null => return Ok(()),
        Value::Object(bag) => bag,
        _ => return Err(ConvertError::new(where_, "must be a map of strings")),
    };
    for (go_name, text) in bag {
        let Value::String(text) = text else {
            return Err(ConvertError::new(
                format!("{where_}[{go_name}]"),
                "must be a string",
            ));
        };
        let (name, schema) = resolve(schemas, &go_name);
        let mut value = match schema {
            Some(s) if s.is_type("string") => Value::String(text),
            _ => serde_json::from_str(&text).unwrap_or(Value::String(text)),
        };
        path.push(name.as_str());
        let children: Vec<&Schema> = schema.into_iter().collect();
        unbag(&mut value, path, &children, version, out)?;
        out.push(Entry {
            version: version.to_string(),
            path: path.clone(),
            value,
        });
        path.pop();
    }
    Ok(())
}

/// The JSON name of a Go property name at a node, and its schema in the first version that has it.
fn resolve<'a>(schemas: &[&'a Schema], go_name: &str) -> (String, Option<&'a Schema>) {
    let wanted = comparable(go_name);
    schemas
        .iter()
        .find_map(|s| {
            s.properties
                .iter()
                .find(|(name, _)| comparable(name) == wanted)
                .map(|(name, child)| (name.clone(), Some(child)))
        })
        .unwrap_or_else(|| (json_name(go_name), None))
}

fn comparable(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Go's exported name to the JSON name ASO's generator gives it: leading capitals lowered, but
/// the last of several when a lower-case letter follows (`SSLPort` -> `sslPort`, `ID` -> `id`).
fn json_name(go_name: &str) -> String {
    let chars: Vec<char> = go_name.chars().collect();
    let run = chars.iter().take_while(|c| c.is_uppercase()).count();
    let lower = match chars.get(run) {
        Some(c) if c.is_lowercase() && run > 1 => run - 1,
        _ => run,
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < lower {
                c.to_ascii_lowercase()
            } else {
                *c
            }
        })
        .collect()
}

fn children<'a>(schemas: &[&'a Schema], token: &str, list: bool) -> Vec<&'a Schema> {
    schemas
        .iter()
        .filter_map(|s| match slot(s, token, list) {
            Slot::Schema(child) => Some(child),
            _ => None,
        })
        .collect()
}

fn dotted(path: &Pointer) -> String {
    path.tokens().join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn go_names_become_json_names() {
        assert_eq!(json_name("DnsEndpointType"), "dnsEndpointType");
        assert_eq!(json_name("SSLPort"), "sslPort");
        assert_eq!(json_name("ID"), "id");
        assert_eq!(json_name("Name"), "name");
        assert_eq!(json_name("already"), "already");
    }

    #[test]
    fn bags_become_entries_typed_by_the_schemas_that_have_them() {
        let newer = Schema::from_json(&json!({"type": "object", "properties": {
            "dnsEndpointType": {"type": "string"},
            "sasPolicy": {"type": "object", "properties": {"expirationAction": {"type": "string"}}},
            "list": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}))
        .unwrap();
        let mut spec = json!({
            "location": "west",
            "$propertyBag": {
                "DnsEndpointType": "Standard",
                "SasPolicy": "{\"expirationAction\":\"Log\",\"$propertyBag\":{\"Period\":\"\\\"1.00:00:00\\\"\"}}",
                "AllowedCopyScope": "AAD",
                "Count": "3"
            },
            "list": [{"$propertyBag": {"N": "7"}}]
        });
        let mut out = Vec::new();
        unbag(
            &mut spec,
            &mut Pointer::root().child("spec"),
            &[&newer],
            "v1api20210401storage",
            &mut out,
        )
        .unwrap();
        assert_eq!(spec, json!({"location": "west", "list": [{}]}));
        let got: Vec<(String, Value)> = out
            .into_iter()
            .map(|e| (e.path.to_string(), e.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("/spec/allowedCopyScope".to_string(), json!("AAD")),
                ("/spec/count".into(), json!(3)),
                ("/spec/dnsEndpointType".into(), json!("Standard")),
                ("/spec/sasPolicy/period".into(), json!("1.00:00:00")),
                ("/spec/sasPolicy".into(), json!({"expirationAction": "Log"})),
                ("/spec/list/0/n".into(), json!(7)),
            ]
        );
    }

    #[test]
    fn malformed_bags_are_named() {
        let mut out = Vec::new();
        let mut spec = json!({"a": {"$propertyBag": ["x"]}});
        let e = unbag(
            &mut spec,
            &mut Pointer::root().child("spec"),
            &[],
            "v",
            &mut out,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "spec.a.$propertyBag: must be a map of strings"
        );
        let mut spec = json!({"$propertyBag": {"K": 1}});
        let e = unbag(
            &mut spec,
            &mut Pointer::root().child("spec"),
            &[],
            "v",
            &mut out,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "spec.$propertyBag[K]: must be a string");
    }
}
