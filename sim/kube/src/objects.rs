//! Object metadata rules and the per-kind behaviour of built-ins that the simulator keeps
//! (name formats, label syntax, Secret `stringData`, Namespace phase, Service cluster IPs).

use crate::field::FieldError;
use crate::registry::ResourceType;
use base64::Engine;
use serde_json::{Value, json};

pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// RFC 3339 with seconds, as `metav1.Time` serializes.
pub fn now_rfc3339() -> String {
    rfc3339(now_unix())
}

pub fn rfc3339(unix: i64) -> String {
    let t =
        time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.format(&time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
    ))
    .unwrap_or_default()
}

const DNS1123_SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1123_LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

fn is_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

fn is_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_label)
}

/// Checks `metadata.name` with the rule the kind uses.
pub fn validate_name(rt: &ResourceType, name: &str) -> Option<FieldError> {
    let label_kinds = matches!(
        (rt.group.as_str(), rt.plural.as_str()),
        ("", "namespaces" | "services")
    );
    let path_segment = rt.group == "rbac.authorization.k8s.io";
    if path_segment {
        if name.is_empty()
            || name == "."
            || name == ".."
            || name.contains('/')
            || name.contains('%')
        {
            return Some(FieldError::invalid(
                "metadata.name",
                json!(name),
                "may not contain '/' or '%'",
            ));
        }
        return None;
    }
    if label_kinds {
        if !is_label(name) {
            let msg = if name.len() > 63 {
                "must be no more than 63 characters".to_string()
            } else {
                DNS1123_LABEL_MSG.to_string()
            };
            return Some(FieldError::invalid("metadata.name", json!(name), msg));
        }
    } else if !is_subdomain(name) {
        let msg = if name.len() > 253 {
            "must be no more than 253 characters".to_string()
        } else {
            DNS1123_SUBDOMAIN_MSG.to_string()
        };
        return Some(FieldError::invalid("metadata.name", json!(name), msg));
    }
    None
}

/// Label keys and values must be qualified names / label values.
pub fn validate_labels(obj: &Value) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let Some(labels) = obj["metadata"]["labels"].as_object() else {
        return errors;
    };
    for (k, v) in labels {
        let Some(v) = v.as_str() else {
            errors.push(FieldError::invalid(
                format!("metadata.labels[{k}]"),
                v.clone(),
                "label values must be strings",
            ));
            continue;
        };
        errors.extend(qualified_name_errors(k, "metadata.labels"));
        if !v.is_empty() && !qualified_part(v) {
            errors.push(FieldError::invalid("metadata.labels", json!(v), "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
        }
    }
    errors
}

/// `IsQualifiedName`: an optional DNS subdomain prefix and a name part, as label and annotation
/// keys must be.
fn qualified_name_errors(key: &str, path: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let name = key.rsplit_once('/').map(|(p, n)| {
        if !is_subdomain(p) {
            errors.push(FieldError::invalid(
                path,
                json!(key),
                format!("prefix part {DNS1123_SUBDOMAIN_MSG}"),
            ));
        }
        n
    });
    if !qualified_part(name.unwrap_or(key)) {
        errors.push(FieldError::invalid(path, json!(key), "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
    }
    errors
}

/// `ValidateAnnotations`: qualified keys (checked in lower case) and at most 256 KiB in all.
pub fn validate_annotations(
    annotations: &serde_json::Map<String, Value>,
    path: &str,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut total = 0;
    for (k, v) in annotations {
        errors.extend(qualified_name_errors(&k.to_lowercase(), path));
        total += k.len() + v.as_str().map_or(0, str::len);
    }
    if total > 256 * 1024 {
        errors.push(FieldError::too_long(path, 256 * 1024));
    }
    errors
}

fn qualified_part(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// The strings of a JSON list (others skipped; absent is empty).
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The random suffix `generateName` gets (5 characters from the apiserver's alphabet).
pub fn generate_suffix() -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let bytes = uuid::Uuid::new_v4();
    bytes
        .as_bytes()
        .iter()
        .take(5)
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Per-kind behaviour on create and update of built-ins. `Err` carries field errors, or a
/// decode error message (400) for malformed Secret data.
pub fn builtin_admit(
    rt: &ResourceType,
    obj: &mut Value,
    creating: bool,
    next_ip: impl FnOnce() -> String,
) -> Result<Vec<FieldError>, String> {
    let mut errors = Vec::new();
    match (rt.group.as_str(), rt.plural.as_str()) {
        ("", "secrets") => {
            if let Some(Value::Object(sd)) =
                obj.as_object_mut().and_then(|o| o.remove("stringData"))
            {
                for (k, v) in sd {
                    let enc = base64::engine::general_purpose::STANDARD
                        .encode(v.as_str().unwrap_or_default());
                    obj["data"][k] = json!(enc);
                }
            }
            if let Some(data) = obj["data"].as_object() {
                for (k, v) in data {
                    let s = v.as_str().unwrap_or_default();
                    if let Err(e) = base64::engine::general_purpose::STANDARD.decode(s) {
                        return Err(format!(
                            "Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data at input byte {}",
                            base64_error_offset(&e)
                        ));
                    }
                    if !is_config_key(k) {
                        errors.push(FieldError::invalid(format!("data[{k}]"), json!(k), "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
                    }
                }
            }
            if obj["type"].as_str().is_none_or(str::is_empty) {
                obj["type"] = json!("Opaque");
            }
        }
        ("", "configmaps") => {
            for field in ["data", "binaryData"] {
                if let Some(data) = obj[field].as_object() {
                    for k in data.keys() {
                        if !is_config_key(k) {
                            errors.push(FieldError::invalid(format!("{field}[{k}]"), json!(k), "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
                        }
                    }
                }
            }
        }
        ("", "namespaces") => {
            let name = obj["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            obj["metadata"]["labels"]["kubernetes.io/metadata.name"] = json!(name);
            if creating {
                obj["spec"] = json!({"finalizers": ["kubernetes"]});
                obj["status"] = json!({"phase": "Active"});
            }
        }
        ("", "services") => {
            let spec = &mut obj["spec"];
            if spec["type"].as_str().is_none_or(str::is_empty) {
                spec["type"] = json!("ClusterIP");
            }
            if spec["type"] != "ExternalName"
                && spec["clusterIP"].as_str().is_none_or(str::is_empty)
            {
                let ip = next_ip();
                spec["clusterIP"] = json!(ip);
                spec["clusterIPs"] = json!([ip]);
                spec["ipFamilies"] = json!(["IPv4"]);
                spec["ipFamilyPolicy"] = json!("SingleStack");
            }
            if spec["sessionAffinity"].is_null() {
                spec["sessionAffinity"] = json!("None");
            }
            if spec["internalTrafficPolicy"].is_null() && spec["type"] != "ExternalName" {
                spec["internalTrafficPolicy"] = json!("Cluster");
            }
            if let Some(ports) = spec["ports"].as_array_mut() {
                for p in ports {
                    if p["protocol"].is_null() {
                        p["protocol"] = json!("TCP");
                    }
                    if p["targetPort"].is_null() {
                        p["targetPort"] = p["port"].clone();
                    }
                }
            }
        }
        ("apps", "deployments") => {
            let spec = &mut obj["spec"];
            if spec["replicas"].is_null() {
                spec["replicas"] = json!(1);
            }
            if spec["revisionHistoryLimit"].is_null() {
                spec["revisionHistoryLimit"] = json!(10);
            }
            if spec["progressDeadlineSeconds"].is_null() {
                spec["progressDeadlineSeconds"] = json!(600);
            }
            if spec["strategy"].is_null() {
                spec["strategy"] = json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}});
            }
            if spec["selector"].is_null() {
                errors.push(FieldError::required("spec.selector", ""));
            }
            if spec["template"]["spec"]["containers"]
                .as_array()
                .is_none_or(Vec::is_empty)
            {
                errors.push(FieldError::required("spec.template.spec.containers", ""));
            }
        }
        ("", "pods") if creating && obj["status"]["phase"].is_null() => {
            obj["status"] = json!({"phase": "Pending", "qosClass": "BestEffort"});
        }
        _ => {}
    }
    Ok(errors)
}

fn is_config_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 253
        && k != "."
        && k != ".."
        && k.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

fn base64_error_offset(e: &base64::DecodeError) -> usize {
    match e {
        base64::DecodeError::InvalidByte(i, _) | base64::DecodeError::InvalidLastSymbol(i, _) => *i,
        base64::DecodeError::InvalidLength(i) => *i,
        base64::DecodeError::InvalidPadding => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    #[test]
    fn names_and_secrets() {
        let reg = Registry::new();
        let snap = reg.snapshot();
        let cm = snap.find("", "v1", "configmaps").unwrap();
        assert!(validate_name(&cm, "ok.name-1").is_none());
        let e = validate_name(&cm, "Bad_Name").unwrap();
        assert!(e.to_string().starts_with(
            "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain"
        ));
        let ns = snap.find("", "v1", "namespaces").unwrap();
        assert!(validate_name(&ns, "a.b").is_some());
        let secret = snap.find("", "v1", "secrets").unwrap();
        let mut s = json!({"metadata":{"name":"s"},"stringData":{"k":"v"}});
        builtin_admit(&secret, &mut s, true, String::new).unwrap();
        assert_eq!(s["data"]["k"], "dg==");
        assert_eq!(s["type"], "Opaque");
        let mut bad = json!({"metadata":{"name":"s"},"data":{"k":"!!!"}});
        assert!(
            builtin_admit(&secret, &mut bad, true, String::new)
                .unwrap_err()
                .contains("illegal base64 data at input byte 0")
        );
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
