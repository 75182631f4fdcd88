//! Projection: the part of a value a version's schema can hold, and the rest (the leftovers,
//! each at its path). The one walk every conversion makes.
//!
//! A field is held when its path exists in the schema (a property, a map value, a list item, or
//! anything below `x-kubernetes-preserve-unknown-fields`) and its value fits there:
//! - *structurally*: the JSON type matches (`null` only where nullable; integer or string where
//!   int-or-string);
//! - *strictly*: also the node's own OpenAPI validations (enum, pattern, format, lengths, ranges;
//!   for objects `required` and property counts, for lists item counts and uniqueness).
//!
//! Objects and maps are walked key by key, so one field that does not fit leaves the rest in
//! place. A list item that does not fit cannot be left out (the items after it would move), so
//! the whole list is left over; an object of which nothing fits, or that strictly does not fit
//! once its misfits are out (a required field missing), is left over whole. The root (`spec`,
//! `status`) is always kept, even when empty.
//!
//! CEL rules (`x-kubernetes-validations`) are not evaluated: kube-apiserver does not validate
//! what it reads, and a write at a version still passes that version's rules.

use serde_json::{Map, Value};

use super::pointer::Pointer;
use crate::model::{AdditionalProperties, Schema};
use crate::validate::validate;

/// What a schema says about the value under one key or list index.
pub(super) enum Slot<'a> {
    /// A declared property, map value or list item.
    Schema(&'a Schema),
    /// Below `x-kubernetes-preserve-unknown-fields`: any value is kept as it is.
    Free,
    /// Not a place the schema has.
    Absent,
}

/// The slot for `token` under a node of `schema` holding `value`-like data (`list` when the
/// node is a list).
pub(super) fn slot<'a>(schema: &'a Schema, token: &str, list: bool) -> Slot<'a> {
    if list {
        return match (&schema.items, super::pointer::index(token)) {
            (Some(items), Some(_)) => Slot::Schema(items),
            (None, Some(_)) if free_list(schema) => Slot::Free,
            _ => Slot::Absent,
        };
    }
    if let Some(child) = schema.properties.get(token) {
        return Slot::Schema(child);
    }
    match &schema.additional_properties {
        Some(AdditionalProperties::Schema(child)) => Slot::Schema(child),
        Some(AdditionalProperties::Allowed(true)) => Slot::Free,
        _ if schema.preserve_unknown_fields => Slot::Free,
        _ => Slot::Absent,
    }
}

fn free_list(schema: &Schema) -> bool {
    schema.preserve_unknown_fields || schema.type_.is_none()
}

/// One projection: where to check strictly, and what was left over.
pub(super) struct Projector<'a> {
    /// Check every value strictly (values written at another version than the target's).
    pub strict: bool,
    /// Check these subtrees strictly even when `strict` is off (values filled in from the stash),
    /// sorted.
    pub strict_below: &'a [Pointer],
    pub leftovers: Vec<(Pointer, Value)>,
}

impl Projector<'_> {
    /// Projects a section (`spec`, `status`) at `path`; `None` only when it is not an object
    /// the schema allows.
    pub fn root(&mut self, value: &Value, schema: &Schema, path: &mut Pointer) -> Option<Value> {
        let strict = self.strict || self.strict_at(path);
        self.node(value, schema, path, strict, true)
    }

    fn strict_at(&self, path: &Pointer) -> bool {
        !self.strict_below.is_empty() && self.strict_below.binary_search(path).is_ok()
    }

    fn node(
        &mut self,
        value: &Value,
        schema: &Schema,
        path: &mut Pointer,
        strict: bool,
        root: bool,
    ) -> Option<Value> {
        if !fits_type(schema, value) || (strict && !value_fits(schema, value)) {
            return None;
        }
        let mark = self.leftovers.len();
        let kept = match value {
            Value::Object(map) => {
                let mut kept = Map::new();
                for (k, v) in map {
                    path.push(k.as_str());
                    match slot(schema, k, false) {
                        Slot::Schema(child) => {
                            let strict = strict || self.strict_at(path);
                            match self.node(v, child, path, strict, false) {
                                Some(x) => {
                                    kept.insert(k.clone(), x);
                                }
                                None => self.leftovers.push((path.clone(), v.clone())),
                            }
                        }
                        Slot::Free => {
                            kept.insert(k.clone(), v.clone());
                        }
                        Slot::Absent => self.leftovers.push((path.clone(), v.clone())),
                    }
                    path.pop();
                }
                if !root && kept.is_empty() && !map.is_empty() {
                    self.leftovers.truncate(mark);
                    return None;
                }
                Value::Object(kept)
            }
            Value::Array(items) => {
                let Some(item_schema) = schema.items.as_deref() else {
                    return Some(value.clone());
                };
                let mut kept = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    let strict = strict || self.strict_at(path);
                    let x = self.node(item, item_schema, path, strict, false);
                    path.pop();
                    match x {
                        Some(x) => kept.push(x),
                        None => {
                            self.leftovers.truncate(mark);
                            return None;
                        }
                    }
                }
                Value::Array(kept)
            }
            scalar => scalar.clone(),
        };
        if strict && !root && !composite_fits(schema, &kept) {
            self.leftovers.truncate(mark);
            return None;
        }
        Some(kept)
    }
}

/// The JSON type check of kube-openapi's validator.
fn fits_type(schema: &Schema, value: &Value) -> bool {
    match value {
        Value::Null => schema.nullable || schema.type_.is_none(),
        _ if schema.int_or_string => value.is_string() || is_integer(value),
        _ => match schema.type_.as_deref() {
            Some("object") => value.is_object(),
            Some("array") => value.is_array(),
            Some("string") => value.is_string(),
            Some("integer") => is_integer(value),
            Some("number") => value.is_number(),
            Some("boolean") => value.is_boolean(),
            _ => true,
        },
    }
}

fn is_integer(value: &Value) -> bool {
    value.as_f64().is_some_and(|f| f.fract() == 0.0) || value.is_i64() || value.is_u64()
}

/// A scalar's own validations (enum, pattern, format, lengths, ranges): the schema validator on
/// a leaf, which does not recurse. Composites are checked once their children are projected.
fn value_fits(schema: &Schema, value: &Value) -> bool {
    match value {
        Value::Object(_) | Value::Array(_) => true,
        scalar => validate(schema, scalar).is_empty(),
    }
}

/// An object's or list's own validations, children excluded (they are projected already).
fn composite_fits(schema: &Schema, value: &Value) -> bool {
    let enum_ok = schema
        .enum_
        .as_ref()
        .is_none_or(|allowed| allowed.contains(value));
    enum_ok
        && match value {
            Value::Object(map) => {
                let n = map.len() as u64;
                schema.required.iter().all(|r| map.contains_key(r))
                    && schema.max_properties.is_none_or(|m| n <= m)
                    && schema.min_properties.is_none_or(|m| n >= m)
            }
            Value::Array(items) => {
                let n = items.len() as u64;
                let unique = schema.unique_items || schema.list_type.as_deref() == Some("set");
                schema.max_items.is_none_or(|m| n <= m)
                    && schema.min_items.is_none_or(|m| n >= m)
                    && (!unique
                        || items
                            .iter()
                            .enumerate()
                            .all(|(i, v)| !items[..i].contains(v)))
                    && schema
                        .map_list_keys()
                        .is_none_or(|keys| unique_by_keys(items, keys))
            }
            _ => true,
        }
}

fn unique_by_keys(items: &[Value], keys: &[String]) -> bool {
    let key = |v: &Value| keys.iter().map(|k| v.get(k).cloned()).collect::<Vec<_>>();
    items
        .iter()
        .enumerate()
        .all(|(i, v)| !items[..i].iter().any(|w| key(w) == key(v)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: Value) -> Schema {
        Schema::from_json(&v).unwrap()
    }

    fn project(value: Value, s: &Schema, strict: bool) -> (Option<Value>, Vec<(String, Value)>) {
        let mut p = Projector {
            strict,
            strict_below: &[],
            leftovers: Vec::new(),
        };
        let kept = p.root(&value, s, &mut Pointer::root().child("spec"));
        let left = p
            .leftovers
            .into_iter()
            .map(|(p, v)| (p.to_string(), v))
            .collect();
        (kept, left)
    }

    fn target() -> Schema {
        schema(json!({"type": "object", "properties": {
            "name": {"type": "string", "maxLength": 5},
            "tier": {"type": "string", "enum": ["Hot", "Cool"]},
            "sku": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "tier": {"type": "string"}}},
            "tags": {"type": "object", "additionalProperties": {"type": "integer"}},
            "rules": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "integer"}}}},
            "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
            "empty": {"type": "object", "properties": {"a": {"type": "string"}}}}}))
    }

    #[test]
    fn keeps_what_fits_and_leaves_the_rest_at_its_path() {
        let (kept, left) = project(
            json!({"name": "abc", "extra": 1, "tags": {"a": 1, "b": "two"},
                   "rules": [{"x": 1, "y": 2}], "free": {"any": {"thing": [1]}},
                   "empty": {"b": 1}}),
            &target(),
            true,
        );
        assert_eq!(
            kept,
            Some(
                json!({"name": "abc", "tags": {"a": 1}, "rules": [{"x": 1}], "free": {"any": {"thing": [1]}}})
            )
        );
        assert_eq!(
            left,
            vec![
                ("/spec/empty".to_string(), json!({"b": 1})),
                ("/spec/extra".into(), json!(1)),
                ("/spec/rules/0/y".into(), json!(2)),
                ("/spec/tags/b".into(), json!("two")),
            ]
        );
    }

    #[test]
    fn strictness_decides_enums_lengths_and_required_fields() {
        let value = json!({"name": "toolong", "tier": "Premium", "sku": {"tier": "x"}});
        let (kept, left) = project(value.clone(), &target(), true);
        assert_eq!(kept, Some(json!({})));
        assert_eq!(left.len(), 3, "{left:?}");
        let (kept, left) = project(value.clone(), &target(), false);
        assert_eq!(kept, Some(value));
        assert!(left.is_empty());
    }

    #[test]
    fn a_list_with_an_item_that_does_not_fit_is_left_whole() {
        let (kept, left) = project(
            json!({"rules": [{"x": 1, "y": 1}, {"x": "no"}]}),
            &target(),
            true,
        );
        assert_eq!(kept, Some(json!({})));
        assert_eq!(
            left,
            vec![(
                "/spec/rules".to_string(),
                json!([{"x": 1, "y": 1}, {"x": "no"}])
            )]
        );
    }

    #[test]
    fn strict_subtrees_apply_below_their_paths_only() {
        let s = target();
        let below = [Pointer::parse("/spec/tier").unwrap()];
        let mut p = Projector {
            strict: false,
            strict_below: &below,
            leftovers: Vec::new(),
        };
        let kept = p.root(
            &json!({"name": "toolong", "tier": "Premium"}),
            &s,
            &mut Pointer::root().child("spec"),
        );
        assert_eq!(kept, Some(json!({"name": "toolong"})));
        assert_eq!(p.leftovers.len(), 1);
    }

    #[test]
    fn types_follow_the_validator() {
        let s = schema(json!({"type": "object", "properties": {
            "n": {"type": "integer"}, "f": {"type": "number"},
            "ios": {"x-kubernetes-int-or-string": true},
            "nul": {"type": "string", "nullable": true}}}));
        let (kept, left) = project(json!({"n": 2.0, "f": 1, "ios": "x", "nul": null}), &s, true);
        assert_eq!(
            kept,
            Some(json!({"n": 2.0, "f": 1, "ios": "x", "nul": null}))
        );
        assert!(left.is_empty());
        let (_, left) = project(json!({"n": 2.5, "ios": true, "f": null}), &s, false);
        assert_eq!(left.len(), 3);
    }
}
