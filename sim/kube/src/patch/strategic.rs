//! Strategic merge patch, as the server applies what `kubectl apply`/`patch` send for built-in
//! kinds: keyed lists merge by their merge key, `$patch: delete|replace`, `$retainKeys`,
//! `$setElementOrder/...` and `$deleteFromPrimitiveList/...` directives.

use crate::error::{ApiError, ApiResult};
use crate::managed::{ListShape, Shape, item_key};
use serde_json::{Map, Value};

pub fn strategic_merge(original: &mut Value, patch: &[u8], shape: Shape<'_>) -> ApiResult<()> {
    let p: Value = serde_json::from_slice(patch)
        .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?;
    let Value::Object(pm) = &p else {
        return Err(ApiError::bad_request(
            "json: cannot unmarshal into Go value of type map[string]interface {}",
        ));
    };
    if !original.is_object() {
        *original = Value::Object(Map::new());
    }
    if merge_map(original.as_object_mut().expect("object"), pm, shape)? == Outcome::Delete {
        return Err(ApiError::bad_request(
            "cannot delete the whole object with a patch",
        ));
    }
    Ok(())
}

#[derive(PartialEq)]
enum Outcome {
    Keep,
    Delete,
}

fn merge_map(
    orig: &mut Map<String, Value>,
    patch: &Map<String, Value>,
    shape: Shape<'_>,
) -> ApiResult<Outcome> {
    match patch.get("$patch").and_then(Value::as_str) {
        Some("delete") => return Ok(Outcome::Delete),
        Some("replace") => {
            *orig = strip(patch);
            return Ok(Outcome::Keep);
        }
        Some("merge") | None => {}
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "Unknown patch type: {other}"
            )));
        }
    }
    let mut orders: Vec<(String, Vec<Value>)> = Vec::new();
    for (k, pv) in patch {
        if k == "$patch" || k == "$retainKeys" {
            continue;
        }
        if let Some(field) = k.strip_prefix("$setElementOrder/") {
            orders.push((
                field.to_string(),
                pv.as_array().cloned().unwrap_or_default(),
            ));
            continue;
        }
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
            if let (Some(Value::Array(list)), Some(del)) = (orig.get_mut(field), pv.as_array()) {
                list.retain(|x| !del.contains(x));
            }
            continue;
        }
        let child = shape.child(k);
        if pv.is_null() {
            orig.remove(k);
            continue;
        }
        match (orig.get_mut(k), pv) {
            (Some(Value::Object(o)), Value::Object(p)) => {
                if merge_map(o, p, child)? == Outcome::Delete {
                    orig.remove(k);
                }
            }
            (Some(Value::Array(o)), Value::Array(p)) => merge_list(o, p, child)?,
            (_, Value::Object(p)) => {
                if p.get("$patch").and_then(Value::as_str) != Some("delete") {
                    let mut fresh = Map::new();
                    merge_map(&mut fresh, p, child)?;
                    orig.insert(k.clone(), Value::Object(fresh));
                }
            }
            (_, Value::Array(p)) => {
                let mut fresh = Vec::new();
                merge_list(&mut fresh, p, child)?;
                orig.insert(k.clone(), Value::Array(fresh));
            }
            (_, v) => {
                orig.insert(k.clone(), v.clone());
            }
        }
    }
    if let Some(keep) = patch.get("$retainKeys").and_then(Value::as_array) {
        orig.retain(|k, _| keep.iter().any(|x| x.as_str() == Some(k)));
    }
    for (field, order) in orders {
        let shape = shape.child(&field);
        if let Some(Value::Array(list)) = orig.get_mut(&field) {
            reorder(list, &order, shape);
        }
    }
    Ok(Outcome::Keep)
}

fn merge_list(orig: &mut Vec<Value>, patch: &[Value], shape: Shape<'_>) -> ApiResult<()> {
    if patch
        .iter()
        .any(|p| p.get("$patch").and_then(Value::as_str) == Some("replace"))
    {
        *orig = patch
            .iter()
            .filter(|p| p.get("$patch").is_none())
            .map(|p| {
                if let Value::Object(m) = p {
                    Value::Object(strip(m))
                } else {
                    p.clone()
                }
            })
            .collect();
        return Ok(());
    }
    match shape.list_shape() {
        ListShape::Atomic => {
            *orig = patch
                .iter()
                .map(|p| {
                    if let Value::Object(m) = p {
                        Value::Object(strip(m))
                    } else {
                        p.clone()
                    }
                })
                .collect();
        }
        ListShape::Set => {
            for p in patch {
                if !orig.contains(p) {
                    orig.push(p.clone());
                }
            }
        }
        ListShape::Map(keys) => {
            for p in patch {
                let Value::Object(pm) = p else {
                    return Err(ApiError::bad_request(format!(
                        "expected a map in the list with merge key {}",
                        keys.join(",")
                    )));
                };
                let key = item_key(p, &keys);
                if key.is_none() {
                    return Err(ApiError::bad_request(format!(
                        "map: {p} does not contain declared merge key: {}",
                        keys.join(",")
                    )));
                }
                let pos = orig.iter().position(|o| item_key(o, &keys) == key);
                if pm.get("$patch").and_then(Value::as_str) == Some("delete") {
                    orig.retain(|o| item_key(o, &keys) != key);
                    continue;
                }
                match pos {
                    Some(i) => {
                        if let Value::Object(om) = &mut orig[i]
                            && merge_map(om, pm, shape.item())? == Outcome::Delete
                        {
                            orig.remove(i);
                        }
                    }
                    None => {
                        let mut fresh = Map::new();
                        merge_map(&mut fresh, pm, shape.item())?;
                        orig.push(Value::Object(fresh));
                    }
                }
            }
        }
    }
    Ok(())
}

fn reorder(list: &mut Vec<Value>, order: &[Value], shape: Shape<'_>) {
    let rank = |v: &Value| -> usize {
        let hit = match shape.list_shape() {
            ListShape::Map(keys) => order.iter().position(|o| {
                item_key(o, &keys).is_some() && item_key(o, &keys) == item_key(v, &keys)
            }),
            _ => order.iter().position(|o| o == v),
        };
        hit.unwrap_or(usize::MAX)
    };
    let mut indexed: Vec<(usize, usize, Value)> = list
        .drain(..)
        .enumerate()
        .map(|(i, v)| (rank(&v), i, v))
        .collect();
    indexed.sort_by_key(|(r, i, _)| (*r, *i));
    list.extend(indexed.into_iter().map(|(_, _, v)| v));
}

/// Removes patch directives from a subtree being inserted as a whole.
fn strip(m: &Map<String, Value>) -> Map<String, Value> {
    m.iter()
        .filter(|(k, _)| !k.starts_with('$'))
        .map(|(k, v)| {
            let v = match v {
                Value::Object(inner) => Value::Object(strip(inner)),
                other => other.clone(),
            };
            (k.clone(), v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn smp(mut orig: Value, patch: Value) -> Value {
        strategic_merge(&mut orig, patch.to_string().as_bytes(), Shape::root(None)).unwrap();
        orig
    }

    #[test]
    fn containers_merge_by_name() {
        let orig = json!({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"1"},{"name":"b","image":"2"}]}}}});
        let out = smp(
            orig.clone(),
            json!({"spec":{"template":{"spec":{"containers":[{"name":"b","image":"3"}]}}}}),
        );
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"],
            json!([{"name":"a","image":"1"},{"name":"b","image":"3"}])
        );
        let out = smp(
            orig,
            json!({"spec":{"template":{"spec":{
            "$setElementOrder/containers":[{"name":"b"}],
            "containers":[{"name":"a","$patch":"delete"}]}}}}),
        );
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"],
            json!([{"name":"b","image":"2"}])
        );
    }

    #[test]
    fn maps_nulls_and_atomic_lists() {
        let orig = json!({"metadata":{"labels":{"a":"1","b":"2"},"finalizers":["x"]},"data":{"k":"v"},"spec":{"args":["1","2"]}});
        let out = smp(
            orig,
            json!({"metadata":{"labels":{"a":null,"c":"3"},"finalizers":["y"]},"spec":{"args":["9"]}}),
        );
        assert_eq!(
            out,
            json!({"metadata":{"labels":{"b":"2","c":"3"},"finalizers":["x","y"]},"data":{"k":"v"},"spec":{"args":["9"]}})
        );
    }

    #[test]
    fn service_ports_merge_by_port_and_retain_keys() {
        let orig = json!({"spec":{"ports":[{"port":80,"name":"http"}],"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}});
        let out = smp(
            orig,
            json!({"spec":{"ports":[{"port":443,"name":"https"}],"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}),
        );
        assert_eq!(
            out,
            json!({"spec":{"ports":[{"port":80,"name":"http"},{"port":443,"name":"https"}],"strategy":{"type":"Recreate"}}})
        );
    }
}
