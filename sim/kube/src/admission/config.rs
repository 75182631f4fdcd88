//! `MutatingWebhookConfiguration` and `ValidatingWebhookConfiguration` (admissionregistration.k8s.io/v1):
//! the defaults the server fills in, its validation (`pkg/apis/admissionregistration/validation`,
//! messages as there), and the compiled [`Hook`]s the dispatcher matches requests against.

use crate::field::{FieldError, Path};
use crate::objects::strings;
use crate::selector::LabelSelector;
use crate::webhook::ClientConfig;
use serde_json::{Value, json};
use std::time::Duration;

/// One webhook of a configuration, ready to be matched and called.
#[derive(Debug)]
pub struct Hook {
    pub configuration: String,
    pub name: String,
    /// Distinguishes webhooks of the same name in different configurations (reinvocation).
    pub uid: String,
    pub client: ClientConfig,
    pub rules: Vec<Rule>,
    pub fail_open: bool,
    pub equivalent: bool,
    pub namespace_selector: LabelSelector,
    pub object_selector: LabelSelector,
    /// `None` or `NoneOnDryRun`: may be called for dry-run requests.
    pub dry_run_safe: bool,
    pub timeout: Duration,
    pub review_versions: Vec<String>,
    pub reinvoke_if_needed: bool,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub operations: Vec<String>,
    pub groups: Vec<String>,
    pub versions: Vec<String>,
    pub resources: Vec<String>,
    pub scope: String,
}

/// `SetDefaults_ValidatingWebhook`/`MutatingWebhook`, `SetDefaults_Rule`, `SetDefaults_ServiceReference`.
pub fn default_configuration(obj: &mut Value, mutating: bool) {
    let Some(hooks) = obj["webhooks"].as_array_mut() else {
        return;
    };
    for h in hooks {
        let defaults = [
            ("failurePolicy", json!("Fail")),
            ("matchPolicy", json!("Equivalent")),
            ("namespaceSelector", json!({})),
            ("objectSelector", json!({})),
            ("timeoutSeconds", json!(10)),
        ];
        for (k, v) in defaults {
            if h.get(k).is_none_or(Value::is_null) {
                h[k] = v;
            }
        }
        if mutating && h.get("reinvocationPolicy").is_none_or(Value::is_null) {
            h["reinvocationPolicy"] = json!("Never");
        }
        if let Some(rules) = h["rules"].as_array_mut() {
            for r in rules {
                if r.get("scope").is_none_or(Value::is_null) {
                    r["scope"] = json!("*");
                }
            }
        }
        if h["clientConfig"]["service"].is_object()
            && h["clientConfig"]["service"]
                .get("port")
                .is_none_or(Value::is_null)
        {
            h["clientConfig"]["service"]["port"] = json!(443);
        }
    }
}

fn not_supported(path: &Path, value: &Value, supported: &[&str]) -> FieldError {
    let list: Vec<Value> = supported.iter().map(|s| json!(s)).collect();
    FieldError::not_supported(path.as_str(), value.clone(), &list)
}

/// Validation of a whole configuration (create and update alike; the update relaxations for
/// configurations stored by older servers do not arise here).
pub fn validate_configuration(obj: &Value, mutating: bool) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, h) in obj["webhooks"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let p = Path::new("webhooks").index(i);
        let name = h["name"].as_str().unwrap_or_default();
        errors.extend(fully_qualified_name(&p.child("name"), name));
        if !name.is_empty() && !names.insert(name.to_string()) {
            errors.push(FieldError::duplicate(p.child("name").as_str(), json!(name)));
        }
        for (j, r) in h["rules"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            errors.extend(validate_rule(r, &p.child("rules").index(j)));
        }
        let enums: &[(&str, &[&str])] = &[
            ("failurePolicy", &["Fail", "Ignore"]),
            ("matchPolicy", &["Equivalent", "Exact"]),
        ];
        for (field, allowed) in enums {
            if let Some(v) = h.get(*field).filter(|v| !v.is_null())
                && !allowed.iter().any(|a| v == a)
            {
                errors.push(not_supported(&p.child(field), v, allowed));
            }
        }
        match h.get("sideEffects").filter(|v| !v.is_null()) {
            None => errors.push(FieldError::required(
                p.child("sideEffects").as_str(),
                "must specify one of None, NoneOnDryRun",
            )),
            Some(v) if v != "None" && v != "NoneOnDryRun" => {
                errors.push(not_supported(
                    &p.child("sideEffects"),
                    v,
                    &["None", "NoneOnDryRun"],
                ));
            }
            Some(_) => {}
        }
        if let Some(t) = h["timeoutSeconds"].as_i64()
            && !(1..=30).contains(&t)
        {
            errors.push(FieldError::invalid(
                p.child("timeoutSeconds").as_str(),
                json!(t),
                "the timeout value must be between 1 and 30 seconds",
            ));
        }
        for sel in ["namespaceSelector", "objectSelector"] {
            if let Err(e) = LabelSelector::from_structured(&h[sel]) {
                errors.push(FieldError::invalid(
                    p.child(sel).as_str(),
                    h[sel].clone(),
                    e,
                ));
            }
        }
        if mutating
            && let Some(v) = h.get("reinvocationPolicy").filter(|v| !v.is_null())
            && v != "IfNeeded"
            && v != "Never"
        {
            errors.push(not_supported(
                &p.child("reinvocationPolicy"),
                v,
                &["IfNeeded", "Never"],
            ));
        }
        errors.extend(validate_client_config(
            &h["clientConfig"],
            &p.child("clientConfig"),
        ));
        errors.extend(validate_review_versions(
            &h["admissionReviewVersions"],
            &p.child("admissionReviewVersions"),
            &["v1", "v1beta1"],
        ));
    }
    errors
}

/// `utilvalidation.IsFullyQualifiedName`.
fn fully_qualified_name(path: &Path, name: &str) -> Vec<FieldError> {
    if name.is_empty() {
        return vec![FieldError::required(path.as_str(), "")];
    }
    if name.split('.').count() < 3 {
        return vec![FieldError::invalid(
            path.as_str(),
            json!(name),
            "should be a domain with at least three segments separated by dots",
        )];
    }
    Vec::new()
}

fn validate_rule(r: &Value, p: &Path) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let ops = strings(&r["operations"]);
    if ops.is_empty() {
        errors.push(FieldError::required(p.child("operations").as_str(), ""));
    }
    if ops.len() > 1 && ops.iter().any(|o| o == "*") {
        errors.push(FieldError::invalid(
            p.child("operations").as_str(),
            r["operations"].clone(),
            "if '*' is present, must not specify other operations",
        ));
    }
    for (i, o) in ops.iter().enumerate() {
        if !matches!(o.as_str(), "*" | "CONNECT" | "CREATE" | "DELETE" | "UPDATE") {
            errors.push(not_supported(
                &p.child("operations").index(i),
                &json!(o),
                &["*", "CONNECT", "CREATE", "DELETE", "UPDATE"],
            ));
        }
    }
    for (field, what) in [("apiGroups", "API groups"), ("apiVersions", "API versions")] {
        let list = strings(&r[field]);
        if list.is_empty() {
            errors.push(FieldError::required(p.child(field).as_str(), ""));
        }
        if list.len() > 1 && list.iter().any(|x| x == "*") {
            errors.push(FieldError::invalid(
                p.child(field).as_str(),
                r[field].clone(),
                format!("if '*' is present, must not specify other {what}"),
            ));
        }
    }
    let resources = strings(&r["resources"]);
    if resources.is_empty() {
        errors.push(FieldError::required(p.child("resources").as_str(), ""));
    }
    if resources.len() > 1 && resources.iter().any(|x| x == "*/*") {
        errors.push(FieldError::invalid(
            p.child("resources").as_str(),
            r["resources"].clone(),
            "if '*/*' is present, must not specify other resources",
        ));
    }
    if let Some(s) = r.get("scope").filter(|v| !v.is_null())
        && s != "*"
        && s != "Cluster"
        && s != "Namespaced"
    {
        errors.push(not_supported(
            &p.child("scope"),
            s,
            &["*", "Cluster", "Namespaced"],
        ));
    }
    errors
}

/// `webhook.ValidateWebhookURL` and `ValidateWebhookService` (`k8s.io/apiserver/pkg/util/webhook`).
/// The server passes the service's name and namespace to the latter in swapped order, so a
/// missing namespace is reported on `service.name` and the other way round
/// (kubernetes/kubernetes#141353); that is reproduced.
pub fn validate_client_config(cc: &Value, p: &Path) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let url = cc.get("url").filter(|v| !v.is_null());
    let service = cc.get("service").filter(|v| !v.is_null());
    match (url, service) {
        (Some(_), Some(_)) | (None, None) => errors.push(FieldError::required(
            p.as_str(),
            "exactly one of url or service is required",
        )),
        (Some(u), None) => {
            const FORM: &str = "; desired format: https://host[/path]";
            let p = p.child("url");
            match url::Url::parse(u.as_str().unwrap_or_default()) {
                Err(e) => errors.push(FieldError::required(
                    p.as_str(),
                    format!("url must be a valid URL: {e}{FORM}"),
                )),
                Ok(parsed) => {
                    if parsed.scheme() != "https" {
                        errors.push(FieldError::invalid(
                            p.as_str(),
                            json!(parsed.scheme()),
                            format!("'https' is the only allowed URL scheme{FORM}"),
                        ));
                    }
                    if parsed.host_str().is_none_or(str::is_empty) {
                        errors.push(FieldError::invalid(
                            p.as_str(),
                            json!(""),
                            format!("host must be specified{FORM}"),
                        ));
                    }
                    if let Some(q) = parsed.query() {
                        errors.push(FieldError::invalid(
                            p.as_str(),
                            json!(q),
                            "query parameters are not permitted in the URL",
                        ));
                    }
                    if let Some(f) = parsed.fragment() {
                        errors.push(FieldError::invalid(
                            p.as_str(),
                            json!(f),
                            "fragments are not permitted in the URL",
                        ));
                    }
                }
            }
        }
        (None, Some(s)) => {
            let p = p.child("service");
            // Swapped as in the server (see above).
            if s["namespace"].as_str().is_none_or(str::is_empty) {
                errors.push(FieldError::required(p.child("name").as_str(), ""));
            }
            if s["name"].as_str().is_none_or(str::is_empty) {
                errors.push(FieldError::required(p.child("namespace").as_str(), ""));
            }
            let port = s["port"].as_i64().unwrap_or(443);
            if !(1..=65535).contains(&port) {
                errors.push(FieldError::invalid(
                    p.child("port").as_str(),
                    json!(port),
                    "port is not valid: must be between 1 and 65535, inclusive",
                ));
            }
            if let Some(path) = s["path"].as_str()
                && !path.is_empty()
                && path != "/"
                && !path.starts_with('/')
            {
                errors.push(FieldError::invalid(
                    p.child("path").as_str(),
                    json!(path),
                    "must start with a '/'",
                ));
            }
        }
    }
    if let Some(ca) = cc["caBundle"].as_str() {
        use base64::Engine;
        let ok = base64::engine::general_purpose::STANDARD
            .decode(ca)
            .ok()
            .is_some_and(|pem| {
                rustls::pki_types::pem::PemObject::pem_slice_iter(&pem)
                    .collect::<Result<Vec<rustls::pki_types::CertificateDer>, _>>()
                    .is_ok_and(|c| !c.is_empty())
            });
        if !ok {
            errors.push(FieldError::invalid(
                p.child("caBundle").as_str(),
                json!(ca),
                "unable to load root certificates: unable to parse bytes as PEM block",
            ));
        }
    }
    errors
}

/// `validateAdmissionReviewVersions` and its conversion twin (same rules and wording).
pub fn validate_review_versions(v: &Value, p: &Path, accepted: &[&str]) -> Vec<FieldError> {
    let versions = strings(v);
    if versions.is_empty() {
        return vec![FieldError::required(
            p.as_str(),
            format!("must specify one of {}", accepted.join(", ")),
        )];
    }
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, ver) in versions.iter().enumerate() {
        if !seen.insert(ver) {
            errors.push(FieldError::invalid(
                p.index(i).as_str(),
                json!(ver),
                "duplicate version",
            ));
        }
    }
    if !versions.iter().any(|x| accepted.contains(&x.as_str())) {
        errors.push(FieldError::invalid(
            p.as_str(),
            v.clone(),
            format!("must include at least one of {}", accepted.join(", ")),
        ));
    }
    errors
}

/// The webhooks of a stored (defaulted, validated) configuration.
pub fn compile(obj: &Value, mutating: bool) -> Vec<Hook> {
    let configuration = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    obj["webhooks"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            Some(Hook {
                configuration: configuration.clone(),
                name: h["name"].as_str()?.to_string(),
                uid: format!("{configuration}/{i}"),
                client: ClientConfig::from_json(&h["clientConfig"])?,
                rules: h["rules"]
                    .as_array()
                    .map(|rs| {
                        rs.iter()
                            .map(|r| Rule {
                                operations: strings(&r["operations"]),
                                groups: strings(&r["apiGroups"]),
                                versions: strings(&r["apiVersions"]),
                                resources: strings(&r["resources"]),
                                scope: r["scope"].as_str().unwrap_or("*").to_string(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                fail_open: h["failurePolicy"] == "Ignore",
                equivalent: h["matchPolicy"] != "Exact",
                namespace_selector: LabelSelector::from_structured(&h["namespaceSelector"]).ok()?,
                object_selector: LabelSelector::from_structured(&h["objectSelector"]).ok()?,
                dry_run_safe: matches!(h["sideEffects"].as_str(), Some("None" | "NoneOnDryRun")),
                timeout: Duration::from_secs(h["timeoutSeconds"].as_u64().unwrap_or(10)),
                review_versions: strings(&h["admissionReviewVersions"]),
                reinvoke_if_needed: mutating && h["reinvocationPolicy"] == "IfNeeded",
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Value {
        json!({"metadata": {"name": "c"}, "webhooks": [{
            "name": "default.v1.widgets.example.com",
            "clientConfig": {"service": {"namespace": "ns", "name": "svc", "path": "/mutate"}},
            "rules": [{"operations": ["CREATE", "UPDATE"], "apiGroups": ["example.com"],
                       "apiVersions": ["v1"], "resources": ["widgets"]}],
            "sideEffects": "None", "admissionReviewVersions": ["v1"]}]})
    }

    #[test]
    fn defaults_are_filled_and_valid_configurations_compile() {
        let mut c = config();
        default_configuration(&mut c, true);
        let h = &c["webhooks"][0];
        assert_eq!(
            (
                &h["failurePolicy"],
                &h["matchPolicy"],
                &h["timeoutSeconds"],
                &h["reinvocationPolicy"],
                &h["rules"][0]["scope"],
                &h["clientConfig"]["service"]["port"]
            ),
            (
                &json!("Fail"),
                &json!("Equivalent"),
                &json!(10),
                &json!("Never"),
                &json!("*"),
                &json!(443)
            )
        );
        assert!(validate_configuration(&c, true).is_empty());
        let hooks = compile(&c, true);
        assert_eq!(hooks.len(), 1);
        assert!(!hooks[0].fail_open && hooks[0].equivalent && hooks[0].dry_run_safe);
    }

    #[test]
    fn invalid_configurations_are_refused_with_the_server_messages() {
        let mut c = config();
        c["webhooks"][0]["name"] = json!("short.name");
        c["webhooks"][0]["timeoutSeconds"] = json!(31);
        c["webhooks"][0]["sideEffects"] = json!("Some");
        c["webhooks"][0]["admissionReviewVersions"] = json!([]);
        c["webhooks"][0]["clientConfig"]["service"]
            .as_object_mut()
            .unwrap()
            .remove("namespace");
        assert_eq!(
            crate::field::messages(&validate_configuration(&c, false)),
            vec![
                "webhooks[0].name: Invalid value: \"short.name\": should be a domain with at least three segments separated by dots",
                "webhooks[0].sideEffects: Unsupported value: \"Some\": supported values: \"None\", \"NoneOnDryRun\"",
                "webhooks[0].timeoutSeconds: Invalid value: 31: the timeout value must be between 1 and 30 seconds",
                "webhooks[0].clientConfig.service.name: Required value",
                "webhooks[0].admissionReviewVersions: Required value: must specify one of v1, v1beta1",
            ]
        );
    }
}
