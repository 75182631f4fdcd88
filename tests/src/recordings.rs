//! ASO's test cassettes (go-vcr, versions 1 and 2) and how their requests compare with ours.
//!
//! Names in cassettes are randomised by ASO's harness, so requests are matched by the shape of
//! their URL (the resource types and the api-version), and ARM IDs inside bodies by their shape.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

/// One recorded request.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path and query, without the host.
    pub url: String,
    pub body: Option<Value>,
}

#[derive(Deserialize)]
struct Cassette {
    interactions: Vec<Interaction>,
}

#[derive(Deserialize)]
struct Interaction {
    request: Request,
}

#[derive(Deserialize)]
struct Request {
    method: String,
    url: String,
    #[serde(default)]
    body: String,
}

/// The requests of a cassette, in order.
pub fn read(path: &Path) -> Vec<Recorded> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cassette: Cassette =
        serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    cassette
        .interactions
        .into_iter()
        .map(|i| Recorded {
            method: i.request.method,
            url: strip_host(&i.request.url),
            body: (!i.request.body.is_empty())
                .then(|| serde_json::from_str(&i.request.body).unwrap_or(Value::Null)),
        })
        .collect()
}

fn strip_host(url: &str) -> String {
    match url.find("://") {
        Some(scheme) => url[scheme + 3..]
            .find('/')
            .map(|p| url[scheme + 3 + p..].to_string())
            .unwrap_or_default(),
        None => url.to_string(),
    }
}

/// The shape of a resource URL: its literal segments (lower-cased) with names left out, and the
/// api-version. Two URLs of the same resource in differently named resource groups share it.
pub fn url_shape(url: &str) -> String {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let api_version = query
        .split('&')
        .find_map(|p| p.strip_prefix("api-version="))
        .unwrap_or("");
    format!("{}?{api_version}", id_shape(path))
}

/// The shape of an ARM ID: `subscriptions/*/resourcegroups/*/providers/microsoft.x/type/*/...`.
pub fn id_shape(id: &str) -> String {
    let segments: Vec<&str> = id.trim_matches('/').split('/').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let segment = segments[i].to_ascii_lowercase();
        if segment == "providers" && i + 1 < segments.len() {
            out.push(segment);
            out.push(segments[i + 1].to_ascii_lowercase());
            i += 2;
            continue;
        }
        out.push(segment);
        if i + 1 < segments.len() {
            out.push("*".into());
        }
        i += 2;
    }
    out.join("/")
}

/// Differences between a body we would send and a recorded one: JSON values compared with null
/// members ignored, the top-level `name` (randomised) ignored, ARM IDs compared by shape, and our
/// offline placeholders (`$(secret:...)`, `$(configmap:...)`, `$(ref:...)`) matching anything.
pub fn body_differences(ours: &Value, recorded: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut ours = strip_nulls(ours);
    let mut recorded = strip_nulls(recorded);
    if let (Some(a), Some(b)) = (ours.as_object_mut(), recorded.as_object_mut()) {
        a.remove("name");
        b.remove("name");
    }
    compare(&ours, &recorded, "", &mut out);
    out
}

fn strip_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), strip_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strip_nulls).collect()),
        other => other.clone(),
    }
}

fn compare(ours: &Value, recorded: &Value, path: &str, out: &mut Vec<String>) {
    match (ours, recorded) {
        (Value::String(a), _) if a.starts_with("$(") && a.ends_with(')') => {}
        (Value::String(a), Value::String(b))
            if a.starts_with("/subscriptions/") && b.starts_with("/subscriptions/") =>
        {
            if id_shape(a) != id_shape(b) {
                out.push(format!("{path}: ARM ID {a} does not match recorded {b}"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            for key in a
                .keys()
                .chain(b.keys())
                .collect::<std::collections::BTreeSet<_>>()
            {
                let here = format!("{path}/{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => compare(x, y, &here, out),
                    (Some(x), None) => out.push(format!("{here}: we send {x}, ASO did not")),
                    (None, Some(y)) => out.push(format!("{here}: ASO sent {y}, we do not")),
                    (None, None) => {}
                }
            }
        }
        (Value::Object(a), Value::Null) | (Value::Null, Value::Object(a)) if a.is_empty() => {}
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{path}/{i}"), out);
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{path}: we send {a}, ASO sent {b}")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn shapes_ignore_names() {
        assert_eq!(
            url_shape(
                "/subscriptions/0/resourceGroups/rg-a/providers/Microsoft.Storage/storageAccounts/x/blobServices/default?api-version=2023-01-01"
            ),
            url_shape(
                "/subscriptions/1/resourcegroups/rg-b/providers/Microsoft.Storage/storageAccounts/y/blobServices/other?api-version=2023-01-01"
            )
        );
        assert_ne!(
            url_shape("/subscriptions/0/resourceGroups/a?api-version=1"),
            url_shape("/subscriptions/0/resourceGroups/a?api-version=2")
        );
    }

    #[test]
    fn bodies_compare_as_aso_recorded_them() {
        let ours = json!({"name": "a", "properties": {"x": 1, "id": "/subscriptions/0/resourceGroups/r1/providers/M.S/t/n1", "s": "$(secret:s/k)"}});
        let recorded = json!({"name": "b", "tags": null, "properties": {"x": 1, "id": "/subscriptions/0/resourceGroups/r2/providers/M.S/t/n2", "s": "pw"}});
        assert!(body_differences(&ours, &recorded).is_empty());
        let recorded = json!({"properties": {"x": 2}});
        let differences = body_differences(&ours, &recorded);
        assert!(
            differences.iter().any(|d| d.starts_with("/properties/x")),
            "{differences:?}"
        );
    }
}
