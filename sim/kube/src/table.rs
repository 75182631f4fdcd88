//! `Table` responses (`application/json;as=Table;v=v1;g=meta.k8s.io`) that `kubectl get` prints:
//! the CRD's printer columns for custom resources, familiar columns for common built-ins.

use crate::registry::ResourceType;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Include {
    None,
    Metadata,
    Object,
}

impl Include {
    pub fn parse(s: Option<&str>) -> Include {
        match s {
            Some("None") => Include::None,
            Some("Object") => Include::Object,
            _ => Include::Metadata,
        }
    }
}

struct Col {
    name: &'static str,
    ty: &'static str,
    format: &'static str,
    priority: i64,
}

const fn col(name: &'static str, ty: &'static str) -> Col {
    Col {
        name,
        ty,
        format: "",
        priority: 0,
    }
}

fn builtin_columns(rt: &ResourceType) -> Vec<Col> {
    let mut cols = vec![Col {
        name: "Name",
        ty: "string",
        format: "name",
        priority: 0,
    }];
    match (rt.group.as_str(), rt.plural.as_str()) {
        ("", "configmaps") => cols.push(col("Data", "integer")),
        ("", "secrets") => cols.extend([col("Type", "string"), col("Data", "integer")]),
        ("", "namespaces") => cols.push(col("Status", "string")),
        ("", "services") => cols.extend([
            col("Type", "string"),
            col("Cluster-IP", "string"),
            col("External-IP", "string"),
            col("Port(s)", "string"),
        ]),
        ("", "pods") => cols.extend([
            col("Ready", "string"),
            col("Status", "string"),
            col("Restarts", "string"),
        ]),
        ("apps", "deployments") => cols.extend([
            col("Ready", "string"),
            col("Up-to-date", "integer"),
            col("Available", "integer"),
        ]),
        ("coordination.k8s.io", "leases") => cols.push(col("Holder", "string")),
        ("", "events") => {
            return vec![
                col("Last Seen", "string"),
                col("Type", "string"),
                col("Reason", "string"),
                col("Object", "string"),
                col("Message", "string"),
            ];
        }
        ("apiextensions.k8s.io", "customresourcedefinitions") => {
            cols.push(Col {
                name: "Created At",
                ty: "date",
                format: "",
                priority: 0,
            });
            return cols;
        }
        _ => {}
    }
    cols.push(col("Age", "string"));
    cols
}

fn builtin_cells(rt: &ResourceType, obj: &Value, now: i64) -> Vec<Value> {
    let name = obj["metadata"]["name"].clone();
    let age = json!(age_of(&obj["metadata"]["creationTimestamp"], now));
    let count = |v: &Value| v.as_object().map(|m| m.len()).unwrap_or(0);
    let mut cells = vec![name];
    match (rt.group.as_str(), rt.plural.as_str()) {
        ("", "configmaps") => cells.push(json!(count(&obj["data"]) + count(&obj["binaryData"]))),
        ("", "secrets") => cells.extend([obj["type"].clone(), json!(count(&obj["data"]))]),
        ("", "namespaces") => {
            cells.push(json!(obj["status"]["phase"].as_str().unwrap_or("Active")))
        }
        ("", "services") => {
            let ports: Vec<String> = obj["spec"]["ports"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            format!("{}/{}", p["port"], p["protocol"].as_str().unwrap_or("TCP"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            cells.extend([
                obj["spec"]["type"].clone(),
                obj["spec"]["clusterIP"].clone(),
                json!("<none>"),
                json!(if ports.is_empty() {
                    "<none>".to_string()
                } else {
                    ports.join(",")
                }),
            ]);
        }
        ("", "pods") => {
            let total = obj["spec"]["containers"]
                .as_array()
                .map(Vec::len)
                .unwrap_or(0);
            cells.extend([
                json!(format!("0/{total}")),
                json!(obj["status"]["phase"].as_str().unwrap_or("Pending")),
                json!("0"),
            ]);
        }
        ("apps", "deployments") => {
            let s = &obj["status"];
            cells.extend([
                json!(format!(
                    "{}/{}",
                    s["readyReplicas"].as_i64().unwrap_or(0),
                    obj["spec"]["replicas"].as_i64().unwrap_or(1)
                )),
                json!(s["updatedReplicas"].as_i64().unwrap_or(0)),
                json!(s["availableReplicas"].as_i64().unwrap_or(0)),
            ]);
        }
        ("coordination.k8s.io", "leases") => cells.push(obj["spec"]["holderIdentity"].clone()),
        ("", "events") => {
            let when = obj
                .get("lastTimestamp")
                .filter(|v| !v.is_null())
                .or_else(|| obj.get("eventTime"))
                .unwrap_or(&Value::Null);
            let io = &obj["involvedObject"];
            return vec![
                json!(age_of(when, now)),
                obj["type"].clone(),
                obj["reason"].clone(),
                json!(format!(
                    "{}/{}",
                    io["kind"].as_str().unwrap_or_default().to_lowercase(),
                    io["name"].as_str().unwrap_or_default()
                )),
                obj["message"].clone(),
            ];
        }
        ("apiextensions.k8s.io", "customresourcedefinitions") => {
            cells.push(obj["metadata"]["creationTimestamp"].clone());
            return cells;
        }
        _ => {}
    }
    cells.push(age);
    cells
}

/// Builds a Table of `objects` (already in the requested version).
pub fn table(
    rt: &ResourceType,
    objects: &[Value],
    include: Include,
    list_meta: Value,
    now: i64,
) -> Value {
    let (defs, rows): (Vec<Value>, Vec<Vec<Value>>) = match &rt.crd {
        Some(crd) => {
            let mut defs = vec![
                json!({"name":"Name","type":"string","format":"name","description":"Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names","priority":0}),
            ];
            defs.extend(crd.columns.iter().map(|c| {
                json!({"name": c.name, "type": c.type_, "format": c.format, "description": c.description, "priority": c.priority})
            }));
            let rows = objects
                .iter()
                .map(|o| {
                    let mut cells = vec![o["metadata"]["name"].clone()];
                    for c in &crd.columns {
                        let found = c.path.find(o);
                        cells.push(match found.first() {
                            None => Value::Null,
                            Some(v) => cell(&c.type_, v, now),
                        });
                    }
                    cells
                })
                .collect();
            (defs, rows)
        }
        None => {
            let cols = builtin_columns(rt);
            let defs = cols
                .iter()
                .map(|c| json!({"name": c.name, "type": c.ty, "format": c.format, "description": "", "priority": c.priority}))
                .collect();
            let rows = objects.iter().map(|o| builtin_cells(rt, o, now)).collect();
            (defs, rows)
        }
    };
    let rows: Vec<Value> = rows
        .into_iter()
        .zip(objects)
        .map(|(cells, o)| {
            let mut row = json!({"cells": cells});
            match include {
                Include::None => {}
                Include::Metadata => row["object"] = partial_metadata(o),
                Include::Object => row["object"] = o.clone(),
            }
            row
        })
        .collect();
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": list_meta,
        "columnDefinitions": defs,
        "rows": rows,
    })
}

/// `PartialObjectMetadata` for an object.
pub fn partial_metadata(o: &Value) -> Value {
    json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": o["metadata"]})
}

fn cell(ty: &str, v: &Value, now: i64) -> Value {
    match ty {
        "string" => match v {
            Value::String(s) => json!(s),
            Value::Null => Value::Null,
            other => json!(go_print(other)),
        },
        "date" => json!(age_of(v, now)),
        "integer" => v.as_i64().map(Value::from).unwrap_or(Value::Null),
        "number" => v.as_f64().map(Value::from).unwrap_or(Value::Null),
        "boolean" => v.as_bool().map(Value::from).unwrap_or(Value::Null),
        _ => v.clone(),
    }
}

/// How kubectl's JSONPath printer renders non-string values (`map[a:b]`, `[x y]`).
fn go_print(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_print).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => format!(
            "map[{}]",
            m.iter()
                .map(|(k, v)| format!("{k}:{}", go_print(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        other => other.to_string(),
    }
}

fn age_of(ts: &Value, now: i64) -> String {
    let Some(s) = ts.as_str() else {
        return "<unknown>".into();
    };
    match time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339) {
        Ok(t) => human_duration(now - t.unix_timestamp()),
        Err(_) => "<invalid>".into(),
    }
}

/// `k8s.io/apimachinery/pkg/util/duration.HumanDuration`.
pub fn human_duration(secs: i64) -> String {
    if secs < -1 {
        return "<invalid>".into();
    }
    let secs = secs.max(0);
    if secs < 60 * 2 {
        return format!("{secs}s");
    }
    let minutes = secs / 60;
    if minutes < 10 {
        let s = secs % 60;
        return if s == 0 {
            format!("{minutes}m")
        } else {
            format!("{minutes}m{s}s")
        };
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = minutes / 60;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 {
            format!("{hours}h")
        } else {
            format!("{hours}h{m}m")
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 {
            format!("{}d", hours / 24)
        } else {
            format!("{}d{h}h", hours / 24)
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let d = (hours / 24) % 365;
        return if d == 0 {
            format!("{}y", hours / 24 / 365)
        } else {
            format!("{}y{d}d", hours / 24 / 365)
        };
    }
    format!("{}y", hours / 24 / 365)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations() {
        assert_eq!(human_duration(5), "5s");
        assert_eq!(human_duration(150), "2m30s");
        assert_eq!(human_duration(3600), "60m");
        assert_eq!(human_duration(5 * 3600 + 60), "5h1m");
        assert_eq!(human_duration(30 * 3600), "30h");
        assert_eq!(human_duration(3 * 86400), "3d");
        assert_eq!(go_print(&json!({"a":[1,"b"]})), "map[a:[1 b]]");
    }
}
