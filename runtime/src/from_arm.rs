//! The pass from an ARM GET body to a resource's `status`: the inverse of flattening, along the
//! kind's status [`ObjectShape`]. ARM fields the shape does not know are dropped, as the API server
//! would prune them.

use serde_json::{Map, Value};

use crate::kind::KindInfo;
use crate::shape::{ObjectShape, OneOf, Shape};

/// `status` (without `conditions`) from the body of an ARM GET.
pub fn status_from_arm(info: &KindInfo, arm: &Value) -> Value {
    match arm.as_object() {
        Some(arm) => Value::Object(object(info.status, arm)),
        None => Value::Object(Map::new()),
    }
}

fn object(shape: &ObjectShape, arm: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for prop in shape.props {
        let Some(value) = lookup(arm, prop.arm).filter(|v| !v.is_null()) else {
            continue;
        };
        if let Some(converted) = convert(&prop.shape, value) {
            out.insert(prop.name.to_string(), converted);
        }
    }
    out
}

fn convert(shape: &Shape, value: &Value) -> Option<Value> {
    Some(match shape {
        Shape::Object(inner) => Value::Object(object(inner, value.as_object()?)),
        Shape::Array(item) => Value::Array(
            value
                .as_array()?
                .iter()
                .filter_map(|v| convert(item, v))
                .collect(),
        ),
        Shape::Map(item) => Value::Object(
            value
                .as_object()?
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), convert(item, v)?)))
                .collect(),
        ),
        Shape::OneOf(one_of) => one_of_option(one_of, value.as_object()?)?,
        // Status keeps ARM's own form for everything else.
        Shape::Value
        | Shape::Reference
        | Shape::Secret
        | Shape::ConfigValue
        | Shape::ReferenceKeyedMap(_) => value.clone(),
    })
}

fn one_of_option(one_of: &OneOf, arm: &Map<String, Value>) -> Option<Value> {
    let discriminator = arm.get(one_of.discriminator)?.as_str()?;
    let option = one_of
        .options
        .iter()
        .find(|o| o.value.eq_ignore_ascii_case(discriminator))?;
    let mut out = Map::new();
    out.insert(
        option.name.to_string(),
        Value::Object(object(option.shape, arm)),
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
