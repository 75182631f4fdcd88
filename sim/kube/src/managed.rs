//! Field ownership (`metadata.managedFields`, FieldsV1) for server-side apply and for ordinary
//! updates: which manager set which field, computed from the object's shape (keyed lists
//! become `k:{...}` entries, sets `v:...`, everything else atomic).

use crate::builtins::merge_key;
use crate::schema::Schema;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// How a list at some position merges.
#[derive(Debug, Clone, PartialEq)]
pub enum ListShape {
    Atomic,
    Map(Vec<String>),
    Set,
}

/// A position in an object's type: a CRD schema node, or a built-in field (whose lists merge
/// by the Go struct tags, see [`merge_key`]).
#[derive(Debug, Clone, Copy)]
pub enum Shape<'a> {
    Schema(&'a Schema),
    Builtin {
        parent: Option<&'a str>,
        field: Option<&'a str>,
    },
    Unknown,
}

impl<'a> Shape<'a> {
    pub fn root(schema: Option<&'a Schema>) -> Shape<'a> {
        match schema {
            Some(s) => Shape::Schema(s),
            None => Shape::Builtin {
                parent: None,
                field: None,
            },
        }
    }

    pub fn child(self, key: &'a str) -> Shape<'a> {
        match self {
            Shape::Schema(s) => {
                // Object metadata inside custom resources has the built-in shape.
                if key == "metadata"
                    && s.properties
                        .get("metadata")
                        .is_none_or(|m| m.properties.is_empty())
                {
                    return Shape::Builtin {
                        parent: None,
                        field: Some("metadata"),
                    };
                }
                s.child(key).map(Shape::Schema).unwrap_or(Shape::Unknown)
            }
            Shape::Builtin { field, .. } => Shape::Builtin {
                parent: field,
                field: Some(key),
            },
            Shape::Unknown => Shape::Unknown,
        }
    }

    pub fn item(self) -> Shape<'a> {
        match self {
            Shape::Schema(s) => s
                .items
                .as_deref()
                .map(Shape::Schema)
                .unwrap_or(Shape::Unknown),
            other => other,
        }
    }

    pub fn list_shape(self) -> ListShape {
        match self {
            Shape::Schema(s) => match s.list_type.as_deref() {
                Some("map") if !s.list_map_keys.is_empty() => {
                    ListShape::Map(s.list_map_keys.clone())
                }
                Some("set") => ListShape::Set,
                _ => ListShape::Atomic,
            },
            Shape::Builtin {
                parent,
                field: Some(f),
            } => match merge_key(parent, f) {
                Some("") => ListShape::Set,
                Some(k) => ListShape::Map(vec![k.to_string()]),
                None => ListShape::Atomic,
            },
            _ => ListShape::Atomic,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathElement {
    Field(String),
    /// Canonical JSON of the key fields of a keyed-list item.
    Key(String),
    /// Canonical JSON of a set item.
    Value(String),
    Index(usize),
}

pub type FieldPath = Vec<PathElement>;
pub type FieldSet = BTreeSet<FieldPath>;

/// The key element of a keyed-list item, or `None` if the item lacks the key fields.
pub fn item_key(item: &Value, keys: &[String]) -> Option<PathElement> {
    let mut m = Map::new();
    for k in keys {
        m.insert(k.clone(), item.get(k)?.clone());
    }
    Some(PathElement::Key(Value::Object(m).to_string()))
}

/// Every field path set in `value` (leaves, plus keyed-list items themselves).
pub fn leaves(value: &Value, shape: Shape<'_>) -> FieldSet {
    let mut out = FieldSet::new();
    let mut prefix = Vec::new();
    walk(value, shape, &mut prefix, &mut out);
    out
}

fn walk(value: &Value, shape: Shape<'_>, prefix: &mut FieldPath, out: &mut FieldSet) {
    match value {
        Value::Object(m) if !m.is_empty() => {
            for (k, v) in m {
                prefix.push(PathElement::Field(k.clone()));
                walk(v, shape.child(k), prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) if !items.is_empty() => match shape.list_shape() {
            ListShape::Atomic => {
                out.insert(prefix.clone());
            }
            ListShape::Set => {
                for it in items {
                    let mut p = prefix.clone();
                    p.push(PathElement::Value(it.to_string()));
                    out.insert(p);
                }
            }
            ListShape::Map(keys) => {
                for (i, it) in items.iter().enumerate() {
                    let el = item_key(it, &keys).unwrap_or(PathElement::Index(i));
                    prefix.push(el);
                    out.insert(prefix.clone());
                    walk(it, shape.item(), prefix, out);
                    prefix.pop();
                }
            }
        },
        _ => {
            out.insert(prefix.clone());
        }
    }
}

/// `to_fields_v1(&tracked(leaves(value, shape), scope))` built in one pass, for creates (the hot
/// path: no sets, no path copies).
pub fn fields_v1_direct(value: &Value, shape: Shape<'_>, scope: Scope) -> Value {
    let mut out = Map::new();
    let Some(obj) = value.as_object() else {
        return Value::Object(out);
    };
    for (k, v) in obj {
        let keep = match k.as_str() {
            "apiVersion" | "kind" => false,
            "metadata" => scope != Scope::Status,
            "status" => {
                scope == Scope::Status
                    || scope
                        == Scope::Main {
                            exclude_status: false,
                        }
            }
            _ => scope != Scope::Status,
        };
        if !keep {
            continue;
        }
        if k == "metadata" {
            let mut meta = Map::new();
            if let Some(m) = v.as_object() {
                for (mk, mv) in m {
                    if matches!(
                        mk.as_str(),
                        "labels" | "annotations" | "finalizers" | "ownerReferences"
                    ) {
                        meta.insert(
                            format!("f:{mk}"),
                            node_v1(mv, shape.child("metadata").child(mk)),
                        );
                    }
                }
            }
            if !meta.is_empty() {
                out.insert("f:metadata".into(), Value::Object(meta));
            }
            continue;
        }
        out.insert(format!("f:{k}"), node_v1(v, shape.child(k)));
    }
    Value::Object(out)
}

fn node_v1(value: &Value, shape: Shape<'_>) -> Value {
    match value {
        Value::Object(m) if !m.is_empty() => Value::Object(
            m.iter()
                .map(|(k, v)| (format!("f:{k}"), node_v1(v, shape.child(k))))
                .collect(),
        ),
        Value::Array(items) if !items.is_empty() => match shape.list_shape() {
            ListShape::Atomic => json!({}),
            ListShape::Set => Value::Object(
                items
                    .iter()
                    .map(|it| (format!("v:{it}"), json!({})))
                    .collect(),
            ),
            ListShape::Map(keys) => {
                let mut out = Map::new();
                for (i, it) in items.iter().enumerate() {
                    let name = match item_key(it, &keys) {
                        Some(PathElement::Key(k)) => format!("k:{k}"),
                        _ => format!("i:{i}"),
                    };
                    let mut inner = match node_v1(it, shape.item()) {
                        Value::Object(m) => m,
                        _ => Map::new(),
                    };
                    if !inner.is_empty() {
                        inner.insert(".".into(), json!({}));
                    }
                    out.insert(name, Value::Object(inner));
                }
                Value::Object(out)
            }
        },
        _ => json!({}),
    }
}

/// Which part of an object a manager's entry covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The main resource; `status` excluded when a status subresource exists.
    Main {
        exclude_status: bool,
    },
    Status,
}

/// Drops paths the server never tracks (identity and system metadata) and those outside `scope`.
pub fn tracked(set: FieldSet, scope: Scope) -> FieldSet {
    set.into_iter()
        .filter(|p| {
            let first = match p.first() {
                Some(PathElement::Field(f)) => f.as_str(),
                _ => return false,
            };
            if first == "apiVersion" || first == "kind" {
                return false;
            }
            if first == "metadata" {
                if scope == Scope::Status {
                    return false;
                }
                return matches!(p.get(1), Some(PathElement::Field(f)) if matches!(f.as_str(), "labels" | "annotations" | "finalizers" | "ownerReferences"));
            }
            match scope {
                Scope::Status => first == "status",
                Scope::Main { exclude_status } => !(exclude_status && first == "status"),
            }
        })
        .collect()
}

/// Looks up the value at a field path.
pub fn get_path<'v>(value: &'v Value, path: &[PathElement], shape: Shape<'_>) -> Option<&'v Value> {
    let mut cur = value;
    let mut shape = shape;
    for el in path {
        match el {
            PathElement::Field(f) => {
                cur = cur.get(f.as_str())?;
                shape = shape.child(f);
            }
            PathElement::Key(k) => {
                let ListShape::Map(keys) = shape.list_shape() else {
                    return None;
                };
                cur = cur.as_array()?.iter().find(|it| {
                    item_key(it, &keys)
                        .as_ref()
                        .is_some_and(|x| x == el || matches!(x, PathElement::Key(y) if y == k))
                })?;
                shape = shape.item();
            }
            PathElement::Value(v) => {
                cur = cur.as_array()?.iter().find(|it| &it.to_string() == v)?;
            }
            PathElement::Index(i) => {
                cur = cur.as_array()?.get(*i)?;
                shape = shape.item();
            }
        }
    }
    Some(cur)
}

/// Removes the field (or list item) at `path`, if present.
pub fn remove_path(value: &mut Value, path: &[PathElement], shape: Shape<'_>) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = value;
    let mut shape = shape;
    for el in parents {
        let next = match el {
            PathElement::Field(f) => {
                shape = shape.child(f);
                cur.get_mut(f.as_str())
            }
            PathElement::Key(_) => {
                let ListShape::Map(keys) = shape.list_shape() else {
                    return;
                };
                shape = shape.item();
                cur.as_array_mut().and_then(|a| {
                    a.iter_mut()
                        .find(|it| item_key(it, &keys).as_ref() == Some(el))
                })
            }
            PathElement::Value(_) => return,
            PathElement::Index(i) => {
                shape = shape.item();
                cur.as_array_mut().and_then(|a| a.get_mut(*i))
            }
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    match last {
        PathElement::Field(f) => {
            if let Some(m) = cur.as_object_mut() {
                m.remove(f);
            }
        }
        PathElement::Key(_) => {
            let ListShape::Map(keys) = shape.list_shape() else {
                return;
            };
            if let Some(a) = cur.as_array_mut() {
                a.retain(|it| item_key(it, &keys).as_ref() != Some(last));
            }
        }
        PathElement::Value(v) => {
            if let Some(a) = cur.as_array_mut() {
                a.retain(|it| &it.to_string() != v);
            }
        }
        PathElement::Index(i) => {
            if let Some(a) = cur.as_array_mut()
                && *i < a.len()
            {
                a.remove(*i);
            }
        }
    }
}

/// FieldsV1 encoding: `{"f:spec":{"f:replicas":{}},"f:list":{"k:{\"name\":\"a\"}":{".":{},"f:x":{}}}}`.
pub fn to_fields_v1(set: &FieldSet) -> Value {
    let mut root = Map::new();
    for path in set {
        let mut node = &mut root;
        for el in path {
            let key = match el {
                PathElement::Field(f) => format!("f:{f}"),
                PathElement::Key(k) => format!("k:{k}"),
                PathElement::Value(v) => format!("v:{v}"),
                PathElement::Index(i) => format!("i:{i}"),
            };
            node = node
                .entry(key)
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("object nodes");
        }
        node.insert(".".into(), json!({}));
    }
    // A member without children is written as `{}`, not `{".":{}}`.
    fn tidy(v: &mut Value) {
        if let Value::Object(m) = v {
            if m.len() == 1 && m.contains_key(".") {
                m.clear();
                return;
            }
            for (k, c) in m.iter_mut() {
                if k != "." {
                    tidy(c);
                }
            }
        }
    }
    let mut v = Value::Object(root);
    tidy(&mut v);
    v
}

pub fn from_fields_v1(v: &Value) -> FieldSet {
    let mut out = FieldSet::new();
    fn rec(v: &Value, prefix: &mut FieldPath, out: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        if (m.is_empty() || m.contains_key(".")) && !prefix.is_empty() {
            out.insert(prefix.clone());
        }
        for (k, c) in m {
            let el = if let Some(f) = k.strip_prefix("f:") {
                PathElement::Field(f.to_string())
            } else if let Some(x) = k.strip_prefix("k:") {
                PathElement::Key(
                    serde_json::from_str::<Value>(x)
                        .map(|v| v.to_string())
                        .unwrap_or_else(|_| x.to_string()),
                )
            } else if let Some(x) = k.strip_prefix("v:") {
                PathElement::Value(
                    serde_json::from_str::<Value>(x)
                        .map(|v| v.to_string())
                        .unwrap_or_else(|_| x.to_string()),
                )
            } else if let Some(x) = k.strip_prefix("i:") {
                match x.parse() {
                    Ok(i) => PathElement::Index(i),
                    Err(_) => continue,
                }
            } else {
                continue;
            };
            prefix.push(el);
            rec(c, prefix, out);
            prefix.pop();
        }
    }
    rec(v, &mut Vec::new(), &mut out);
    out
}

/// One `managedFields` entry, decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: String,
    pub fields: FieldSet,
}

impl Entry {
    pub fn is_apply(&self) -> bool {
        self.operation == "Apply"
    }
}

pub fn read_entries(obj: &Value) -> Vec<Entry> {
    obj["metadata"]["managedFields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| Entry {
                    manager: e["manager"].as_str().unwrap_or_default().to_string(),
                    operation: e["operation"].as_str().unwrap_or_default().to_string(),
                    api_version: e["apiVersion"].as_str().unwrap_or_default().to_string(),
                    time: e["time"].as_str().unwrap_or_default().to_string(),
                    subresource: e["subresource"].as_str().unwrap_or_default().to_string(),
                    fields: from_fields_v1(&e["fieldsV1"]),
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn write_entries(obj: &mut Value, entries: &[Entry]) {
    let list: Vec<Value> = entries
        .iter()
        .filter(|e| !e.fields.is_empty())
        .map(|e| {
            let mut v = json!({
                "manager": e.manager,
                "operation": e.operation,
                "apiVersion": e.api_version,
                "time": e.time,
                "fieldsType": "FieldsV1",
                "fieldsV1": to_fields_v1(&e.fields),
            });
            if !e.subresource.is_empty() {
                v["subresource"] = json!(e.subresource);
            }
            v
        })
        .collect();
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        if list.is_empty() {
            meta.remove("managedFields");
        } else {
            meta.insert("managedFields".into(), Value::Array(list));
        }
    }
}

/// Records an ordinary write (create, update, non-apply patch) by `manager`: it takes ownership
/// of every field it changed, other managers lose those, and fields that disappeared are
/// forgotten by everyone.
#[allow(clippy::too_many_arguments)]
pub fn record_update(
    old: Option<&Value>,
    new: &mut Value,
    shape: Shape<'_>,
    scope: Scope,
    manager: &str,
    subresource: &str,
    api_version: &str,
    now: &str,
) {
    if old.is_none() {
        let fields = fields_v1_direct(new, shape, scope);
        if fields.as_object().is_some_and(|m| !m.is_empty()) {
            let mut entry = json!({
                "manager": manager,
                "operation": "Update",
                "apiVersion": api_version,
                "time": now,
                "fieldsType": "FieldsV1",
                "fieldsV1": fields,
            });
            if !subresource.is_empty() {
                entry["subresource"] = json!(subresource);
            }
            new["metadata"]["managedFields"] = json!([entry]);
        }
        return;
    }
    let mut entries = old.map(read_entries).unwrap_or_default();
    let new_leaves = tracked(leaves(new, shape), scope);
    let changed: FieldSet = match old {
        None => new_leaves.clone(),
        Some(old) => new_leaves
            .iter()
            .filter(|p| get_path(old, p, shape) != get_path(new, p, shape))
            .cloned()
            .collect(),
    };
    // Paths that no longer exist in the object are dropped from every manager in this scope.
    let all_new = leaves(new, shape);
    for e in entries.iter_mut() {
        e.fields
            .retain(|p| all_new.contains(p) || !in_scope(p, scope));
        if e.manager != manager || e.is_apply() || e.subresource != subresource {
            e.fields.retain(|p| !changed.contains(p));
        }
    }
    if !changed.is_empty() {
        match entries
            .iter_mut()
            .find(|e| e.manager == manager && !e.is_apply() && e.subresource == subresource)
        {
            Some(e) => {
                e.fields.extend(changed);
                e.time = now.to_string();
                e.api_version = api_version.to_string();
            }
            None => entries.push(Entry {
                manager: manager.to_string(),
                operation: "Update".into(),
                api_version: api_version.to_string(),
                time: now.to_string(),
                subresource: subresource.to_string(),
                fields: changed,
            }),
        }
    }
    write_entries(new, &entries);
}

fn in_scope(p: &FieldPath, scope: Scope) -> bool {
    let is_status = matches!(p.first(), Some(PathElement::Field(f)) if f == "status");
    match scope {
        Scope::Status => is_status,
        Scope::Main { exclude_status } => !(exclude_status && is_status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_v1_round_trip_and_shapes() {
        let obj = json!({"metadata":{"name":"x","labels":{"a":"1"},"finalizers":["f1"]},
            "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"c","image":"i"}]}}}});
        let set = tracked(
            leaves(&obj, Shape::root(None)),
            Scope::Main {
                exclude_status: true,
            },
        );
        let v1 = to_fields_v1(&set);
        assert_eq!(
            v1,
            json!({
                "f:metadata":{"f:labels":{"f:a":{}},"f:finalizers":{"v:\"f1\"":{}}},
                "f:spec":{"f:replicas":{},"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{}}}}}}
            })
        );
        assert_eq!(from_fields_v1(&v1), set);
    }

    #[test]
    fn direct_encoding_matches_the_set_based_one() {
        let obj = json!({"apiVersion":"apps/v1","kind":"Deployment",
            "metadata":{"name":"x","labels":{"a":"1"},"annotations":{},"finalizers":["f1","f2"],"ownerReferences":[{"uid":"u","name":"o"}]},
            "spec":{"replicas":2,"empty":{},"list":[],"template":{"spec":{"containers":[{"name":"c","image":"i","ports":[{"containerPort":80}]},{"name":"d"}],
                "volumes":[{"image":"no-key"}]}}},
            "status":{"ready":1}});
        for scope in [
            Scope::Main {
                exclude_status: true,
            },
            Scope::Main {
                exclude_status: false,
            },
            Scope::Status,
        ] {
            let via_set = to_fields_v1(&tracked(leaves(&obj, Shape::root(None)), scope));
            assert_eq!(
                fields_v1_direct(&obj, Shape::root(None), scope),
                via_set,
                "{scope:?}"
            );
        }
    }

    #[test]
    fn updates_transfer_ownership_of_changed_fields() {
        let shape = Shape::root(None);
        let scope = Scope::Main {
            exclude_status: true,
        };
        let mut a = json!({"metadata":{"name":"x"},"data":{"k1":"v1","k2":"v2"}});
        record_update(None, &mut a, shape, scope, "alice", "", "v1", "t0");
        let mut b = a.clone();
        b["data"]["k2"] = json!("changed");
        record_update(Some(&a), &mut b, shape, scope, "bob", "", "v1", "t1");
        let entries = read_entries(&b);
        assert_eq!(entries.len(), 2);
        assert_eq!(
            to_fields_v1(&entries[0].fields),
            json!({"f:data":{"f:k1":{}}})
        );
        assert_eq!(
            to_fields_v1(&entries[1].fields),
            json!({"f:data":{"f:k2":{}}})
        );
    }
}
