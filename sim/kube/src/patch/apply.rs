//! Server-side apply: merge the applied configuration into the live object, take ownership of
//! the fields it sets, drop the fields this manager applied before but no longer does (unless
//! another manager owns them), and refuse to change fields others own without `force`.

use crate::managed::{
    Entry, FieldPath, ListShape, PathElement, Scope, Shape, get_path, item_key, leaves,
    read_entries, remove_path, tracked, write_entries,
};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub manager: String,
    pub api_version: String,
    pub path: FieldPath,
}

impl Conflict {
    /// `.spec.replicas`, `.spec.containers[name="c"].image`, as the server prints field paths.
    pub fn path_string(&self) -> String {
        let mut s = String::new();
        for el in &self.path {
            match el {
                PathElement::Field(f) => {
                    s.push('.');
                    s.push_str(f);
                }
                PathElement::Key(k) => {
                    let v: Value = serde_json::from_str(k).unwrap_or(Value::Null);
                    let parts: Vec<String> = v
                        .as_object()
                        .map(|m| m.iter().map(|(k, v)| format!("{k}={v}")).collect())
                        .unwrap_or_default();
                    s.push_str(&format!("[{}]", parts.join(",")));
                }
                PathElement::Value(v) => s.push_str(&format!("[={v}]")),
                PathElement::Index(i) => s.push_str(&format!("[{i}]")),
            }
        }
        s
    }
}

pub struct ApplyRequest<'a> {
    pub shape: Shape<'a>,
    pub scope: Scope,
    pub manager: &'a str,
    pub subresource: &'a str,
    pub force: bool,
    pub api_version: &'a str,
    pub now: &'a str,
}

/// Returns the new object (with managedFields) or the conflicts that stop the apply.
pub fn apply(
    live: Option<&Value>,
    config: &Value,
    req: &ApplyRequest<'_>,
) -> Result<Value, Vec<Conflict>> {
    let shape = req.shape;
    let mut config = config.clone();
    if let Some(m) = config.get_mut("metadata").and_then(Value::as_object_mut) {
        m.remove("managedFields");
        m.remove("resourceVersion");
    }
    match req.scope {
        Scope::Main {
            exclude_status: true,
        } => {
            if let Some(m) = config.as_object_mut() {
                m.remove("status");
            }
        }
        Scope::Status => {
            let status = config.get("status").cloned();
            let mut only = Map::new();
            for k in ["apiVersion", "kind", "metadata"] {
                if let Some(v) = config.get(k) {
                    only.insert(k.into(), v.clone());
                }
            }
            if let Some(s) = status {
                only.insert("status".into(), s);
            }
            config = Value::Object(only);
        }
        _ => {}
    }
    let mut entries = live.map(read_entries).unwrap_or_default();
    let new_set = tracked(leaves(&config, shape), req.scope);
    let is_mine =
        |e: &Entry| e.manager == req.manager && e.is_apply() && e.subresource == req.subresource;
    let prev = entries
        .iter()
        .find(|e| is_mine(e))
        .map(|e| e.fields.clone())
        .unwrap_or_default();

    let mut conflicts = Vec::new();
    if let Some(live) = live {
        for p in &new_set {
            if matches!(p.last(), Some(PathElement::Key(_))) {
                continue;
            }
            let (lv, cv) = (get_path(live, p, shape), get_path(&config, p, shape));
            if lv.is_none() || lv == cv {
                continue;
            }
            for e in entries
                .iter()
                .filter(|e| !is_mine(e) && e.manager != req.manager && e.fields.contains(p))
            {
                conflicts.push(Conflict {
                    manager: e.manager.clone(),
                    api_version: e.api_version.clone(),
                    path: p.clone(),
                });
            }
        }
    }
    if !conflicts.is_empty() && !req.force {
        return Err(conflicts);
    }

    let mut obj = live.cloned().unwrap_or_else(|| Value::Object(Map::new()));
    let mut dropped: Vec<&FieldPath> = prev
        .iter()
        .filter(|p| {
            !new_set.contains(*p) && !entries.iter().any(|e| !is_mine(e) && e.fields.contains(*p))
        })
        .collect();
    dropped.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for p in dropped {
        remove_path(&mut obj, p, shape);
    }
    merge(&mut obj, &config, shape);

    let present = leaves(&obj, shape);
    for e in entries.iter_mut() {
        e.fields.retain(|p| present.contains(p));
        if req.force && !is_mine(e) {
            e.fields.retain(|p| !conflicts.iter().any(|c| &c.path == p));
        }
    }
    match entries.iter_mut().find(|e| is_mine(e)) {
        Some(e) => {
            e.fields = new_set;
            e.time = req.now.to_string();
            e.api_version = req.api_version.to_string();
        }
        None => entries.push(Entry {
            manager: req.manager.to_string(),
            operation: "Apply".into(),
            api_version: req.api_version.to_string(),
            time: req.now.to_string(),
            subresource: req.subresource.to_string(),
            fields: new_set,
        }),
    }
    write_entries(&mut obj, &entries);
    Ok(obj)
}

fn merge(base: &mut Value, config: &Value, shape: Shape<'_>) {
    match (base, config) {
        (Value::Object(b), Value::Object(c)) => {
            for (k, cv) in c {
                if cv.is_null() {
                    b.remove(k);
                    continue;
                }
                match b.get_mut(k) {
                    Some(bv) => merge(bv, cv, shape.child(k)),
                    None => {
                        b.insert(k.clone(), cv.clone());
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(c)) => match shape.list_shape() {
            ListShape::Atomic => *b = c.clone(),
            ListShape::Set => {
                for v in c {
                    if !b.contains(v) {
                        b.push(v.clone());
                    }
                }
            }
            ListShape::Map(keys) => {
                for item in c {
                    let key = item_key(item, &keys);
                    match b
                        .iter_mut()
                        .find(|x| key.is_some() && item_key(x, &keys) == key)
                    {
                        Some(existing) => merge(existing, item, shape.item()),
                        None => b.push(item.clone()),
                    }
                }
            }
        },
        (b, c) => *b = c.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::managed::record_update;
    use serde_json::json;

    fn req<'a>(manager: &'a str, force: bool) -> ApplyRequest<'a> {
        ApplyRequest {
            shape: Shape::root(None),
            scope: Scope::Main {
                exclude_status: true,
            },
            manager,
            subresource: "",
            force,
            api_version: "apps/v1",
            now: "t",
        }
    }

    #[test]
    fn apply_creates_then_removes_fields_no_longer_applied() {
        let cfg = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","labels":{"a":"1"}},"data":{"k1":"v1","k2":"v2"}});
        let obj = apply(None, &cfg, &req("mgr", false)).unwrap();
        assert_eq!(obj["data"], json!({"k1":"v1","k2":"v2"}));
        let cfg2 = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"k1":"v1"}});
        let obj2 = apply(Some(&obj), &cfg2, &req("mgr", false)).unwrap();
        assert_eq!(obj2["data"], json!({"k1":"v1"}));
        assert!(
            obj2["metadata"]
                .get("labels")
                .is_none_or(|l| l.as_object().unwrap().is_empty())
        );
        assert_eq!(
            obj2["metadata"]["managedFields"][0]["fieldsV1"],
            json!({"f:data":{"f:k1":{}}})
        );
    }

    #[test]
    fn conflicts_with_other_managers_unless_forced() {
        let mut obj = json!({"metadata":{"name":"x"},"spec":{"replicas":1}});
        record_update(
            None,
            &mut obj,
            Shape::root(None),
            Scope::Main {
                exclude_status: true,
            },
            "kubectl-edit",
            "",
            "apps/v1",
            "t",
        );
        let cfg = json!({"metadata":{"name":"x"},"spec":{"replicas":3}});
        let err = apply(Some(&obj), &cfg, &req("ssa", false)).unwrap_err();
        assert_eq!(err[0].manager, "kubectl-edit");
        assert_eq!(err[0].path_string(), ".spec.replicas");
        let forced = apply(Some(&obj), &cfg, &req("ssa", true)).unwrap();
        assert_eq!(forced["spec"]["replicas"], 3);
        let managers: Vec<&str> = forced["metadata"]["managedFields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["manager"].as_str().unwrap())
            .collect();
        assert_eq!(managers, vec!["ssa"]);
        // same value: shared ownership, no conflict
        let same = json!({"metadata":{"name":"x"},"spec":{"replicas":1}});
        assert!(apply(Some(&obj), &same, &req("ssa", false)).is_ok());
    }
}
