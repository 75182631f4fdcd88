//! The passes from an ARM GET body back to the Kubernetes side: to `status` (what Azure reports),
//! and to `spec` (what would reproduce the resource, for import). Both undo flattening along the
//! kind's shapes; ARM fields the shape does not know are dropped, as the API server would prune
//! them.

use serde_json::{Map, Value};

use crate::kind::KindInfo;
use crate::shape::{ObjectShape, OneOf, Shape};

/// `status` (without `conditions`) from the body of an ARM GET.
pub fn status_from_arm(info: &KindInfo, arm: &Value) -> Value {
    match arm.as_object() {
        Some(arm) => Value::Object(object(info.status, arm, Side::Status)),
        None => Value::Object(Map::new()),
    }
}

/// The `spec` properties (without `azureName` and `owner`) that reproduce the resource of an ARM
/// GET body: references as `{armId}`. Secrets are never returned by Azure, so they are absent,
/// and values that may come from a ConfigMap are given inline.
pub fn spec_from_arm(info: &KindInfo, arm: &Value) -> Value {
    match arm.as_object() {
        Some(arm) => Value::Object(object(info.spec, arm, Side::Spec)),
        None => Value::Object(Map::new()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Spec,
    Status,
}

fn object(shape: &ObjectShape, arm: &Map<String, Value>, side: Side) -> Map<String, Value> {
    let mut out = Map::new();
    for prop in shape.props {
        let Some(value) = lookup(arm, prop.arm).filter(|v| !v.is_null()) else {
            continue;
        };
        if let Some(converted) = convert(&prop.shape, value, side) {
            out.insert(prop.name.to_string(), converted);
        }
    }
    out
}

fn convert(shape: &Shape, value: &Value, side: Side) -> Option<Value> {
    if let Shape::SecretMap = shape {
        // A map of secret values is never shown, on either side (ARM does not return it anyway).
        return None;
    }
    if side == Side::Spec {
        match shape {
            Shape::Reference => return Some(reference(value.as_str()?)),
            Shape::Secret | Shape::ConfigValue => return None,
            Shape::ReferenceKeyedMap(inner) => {
                let items = value.as_object()?.iter().map(|(id, details)| {
                    let mut item = details
                        .as_object()
                        .map(|d| object(inner, d, side))
                        .unwrap_or_default();
                    item.insert("reference".into(), reference(id));
                    Value::Object(item)
                });
                return Some(Value::Array(items.collect()));
            }
            _ => {}
        }
    }
    Some(match shape {
        Shape::Object(inner) => Value::Object(object(inner, value.as_object()?, side)),
        Shape::Array(item) => Value::Array(
            value
                .as_array()?
                .iter()
                .filter_map(|v| convert(item, v, side))
                .collect(),
        ),
        Shape::Map(item) => Value::Object(
            value
                .as_object()?
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), convert(item, v, side)?)))
                .collect(),
        ),
        Shape::OneOf(one_of) => one_of_option(one_of, value.as_object()?, side)?,
        // ARM's own form for everything else (status keeps IDs as strings).
        Shape::Value
        | Shape::Reference
        | Shape::Secret
        | Shape::SecretMap
        | Shape::ConfigValue
        | Shape::ReferenceKeyedMap(_) => value.clone(),
    })
}

fn reference(arm_id: &str) -> Value {
    let mut out = Map::new();
    out.insert("armId".into(), Value::String(arm_id.to_string()));
    Value::Object(out)
}

fn one_of_option(one_of: &OneOf, arm: &Map<String, Value>, side: Side) -> Option<Value> {
    let discriminator = arm.get(one_of.discriminator)?.as_str()?;
    let option = one_of
        .options
        .iter()
        .find(|o| o.value.eq_ignore_ascii_case(discriminator))?;
    let mut out = Map::new();
    out.insert(
        option.name.to_string(),
        Value::Object(object(option.shape, arm, side)),
    );
    Some(Value::Object(out))
}

/// The value at an ARM path, if every step exists.
pub fn lookup<'v>(arm: &'v Map<String, Value>, path: &[&str]) -> Option<&'v Value> {
    let (first, rest) = path.split_first()?;
    let mut value = arm.get(*first)?;
    for segment in rest {
        value = value.as_object()?.get(*segment)?;
    }
    Some(value)
}
