//! CustomResourceDefinition validation as apiextensions.k8s.io/v1 does it
//! (`pkg/apis/apiextensions/validation/validation.go`): names, scope, versions and their
//! structural schemas, exactly one storage version, the conversion strategy and its webhook,
//! `status.storedVersions` against `spec.versions`, and what an update may not change.

use crate::admission::config::{validate_client_config, validate_review_versions};
use crate::field::{FieldError, Path};
use crate::jsonpath::JsonPath;
use crate::schema::{CelEnv, Schema, check_structural};
use serde_json::{Value, json};

/// Validates a CRD (`ValidateCustomResourceDefinition`, or `...Update` with `old`); returns
/// field errors worded as the server words them. `status.storedVersions` is checked as the
/// strategy left it (the storage version added).
pub fn validate_crd(crd: &Value, old: Option<&Value>, env: &CelEnv) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let spec = &crd["spec"];
    let group = spec["group"].as_str().unwrap_or_default();
    let plural = spec["names"]["plural"].as_str().unwrap_or_default();
    if group.is_empty() {
        errors.push(FieldError::required("spec.group", ""));
    } else if !group.contains('.') {
        errors.push(FieldError::invalid(
            "spec.group",
            json!(group),
            "should be a domain with at least one dot",
        ));
    }
    if plural.is_empty() {
        errors.push(FieldError::required("spec.names.plural", ""));
    }
    if spec["names"]["kind"].as_str().is_none_or(str::is_empty) {
        errors.push(FieldError::required("spec.names.kind", ""));
    }
    let name = crd["metadata"]["name"].as_str().unwrap_or_default();
    if !group.is_empty() && !plural.is_empty() && name != format!("{plural}.{group}") {
        errors.push(FieldError::invalid(
            "metadata.name",
            json!(name),
            "must be spec.names.plural+\".\"+spec.group",
        ));
    }
    match spec["scope"].as_str() {
        Some("Namespaced" | "Cluster") => {}
        Some(other) => errors.push(FieldError::not_supported(
            "spec.scope",
            json!(other),
            &[json!("Cluster"), json!("Namespaced")],
        )),
        None => errors.push(FieldError::required("spec.scope", "")),
    }
    if spec["preserveUnknownFields"].as_bool() == Some(true) {
        errors.push(FieldError::invalid(
            "spec.preserveUnknownFields",
            json!(true),
            "must be false in order to use defaults in the schema",
        ));
    }
    let versions = spec["versions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    if versions.is_empty() {
        errors.push(FieldError::invalid(
            "spec.versions",
            json!([]),
            "must have exactly one version marked as storage version",
        ));
    }
    let storage = versions
        .iter()
        .filter(|v| v["storage"].as_bool() == Some(true))
        .count();
    if !versions.is_empty() && storage != 1 {
        errors.push(FieldError::invalid(
            "spec.versions",
            Value::Array(versions.to_vec()),
            "must have exactly one version marked as storage version",
        ));
    }
    for (i, v) in versions.iter().enumerate() {
        let vpath = Path::new("spec.versions").index(i);
        if v["name"].as_str().is_none_or(str::is_empty) {
            errors.push(FieldError::required(vpath.child("name").as_str(), ""));
        }
        let spath = vpath.child("schema").child("openAPIV3Schema");
        match v.get("schema").and_then(|s| s.get("openAPIV3Schema")) {
            None => errors.push(FieldError::required(spath.as_str(), "schemas are required")),
            Some(raw) => {
                let structural = check_structural(raw, &spath);
                if structural.is_empty() {
                    if let Err(e) = Schema::parse(raw, &spath, env) {
                        errors.extend(e);
                    }
                } else {
                    errors.extend(structural);
                }
            }
        }
        if let Some(cols) = v["additionalPrinterColumns"].as_array() {
            for (j, c) in cols.iter().enumerate() {
                let cpath = vpath.child("additionalPrinterColumns").index(j);
                if let Err(e) = JsonPath::parse(c["jsonPath"].as_str().unwrap_or_default()) {
                    errors.push(FieldError::invalid(
                        cpath.child("jsonPath").as_str(),
                        c["jsonPath"].clone(),
                        e,
                    ));
                }
                let t = c["type"].as_str().unwrap_or_default();
                if !matches!(t, "integer" | "number" | "string" | "boolean" | "date") {
                    errors.push(FieldError::not_supported(
                        cpath.child("type").as_str(),
                        json!(t),
                        &[
                            json!("boolean"),
                            json!("date"),
                            json!("integer"),
                            json!("number"),
                            json!("string"),
                        ],
                    ));
                }
            }
        }
    }
    errors.extend(validate_conversion(crd, old));
    if let Some(old) = old {
        errors.extend(immutable_fields(crd, old));
    }
    errors.extend(validate_stored_versions(crd));
    errors
}

/// Internal field names leak into the messages: the server validates the internal type, whose
/// webhook settings are `spec.conversion.webhookClientConfig` and
/// `spec.conversion.conversionReviewVersions`.
fn validate_conversion(crd: &Value, old: Option<&Value>) -> Vec<FieldError> {
    let conv = &crd["spec"]["conversion"];
    if conv.is_null() {
        return Vec::new();
    }
    let p = Path::new("spec.conversion");
    let mut errors = Vec::new();
    let strategy = conv["strategy"].as_str().unwrap_or_default();
    match strategy {
        "" => errors.push(FieldError::required(p.child("strategy").as_str(), "")),
        "None" | "Webhook" => {}
        other => errors.push(FieldError::not_supported(
            p.child("strategy").as_str(),
            json!(other),
            &[json!("None"), json!("Webhook")],
        )),
    }
    let webhook = &conv["webhook"];
    let client = &webhook["clientConfig"];
    if strategy == "Webhook" {
        if client.is_null() {
            errors.push(FieldError::required(
                p.child("webhookClientConfig").as_str(),
                "required when strategy is set to Webhook",
            ));
        } else {
            // An invalid caBundle is tolerated until the CRD is established, and afterwards
            // only while the stored one is invalid too (`allowInvalidCABundle`).
            let mut client = client.clone();
            let established = old.is_some_and(|o| {
                o["status"]["conditions"].as_array().is_some_and(|cs| {
                    cs.iter()
                        .any(|c| c["type"] == "Established" && c["status"] == "True")
                })
            });
            let old_ca_valid = old.is_some_and(|o| {
                let cc = &o["spec"]["conversion"]["webhook"]["clientConfig"];
                cc["caBundle"].as_str().is_some_and(|ca| {
                    !ca.is_empty()
                        && validate_client_config(
                            &json!({"url": "https://x", "caBundle": ca}),
                            &Path::root(),
                        )
                        .is_empty()
                })
            });
            if !(established && old_ca_valid)
                && let Some(m) = client.as_object_mut()
            {
                m.remove("caBundle");
            }
            errors.extend(validate_client_config(
                &client,
                &p.child("webhookClientConfig"),
            ));
        }
        errors.extend(validate_review_versions(
            &webhook["conversionReviewVersions"],
            &p.child("conversionReviewVersions"),
            &["v1", "v1beta1"],
        ));
    } else {
        if !client.is_null() {
            errors.push(FieldError::forbidden(
                p.child("webhookClientConfig").as_str(),
                "should not be set when strategy is not set to Webhook",
            ));
        }
        if webhook["conversionReviewVersions"]
            .as_array()
            .is_some_and(|v| !v.is_empty())
        {
            errors.push(FieldError::forbidden(
                p.child("conversionReviewVersions").as_str(),
                "should not be set when strategy is not set to Webhook",
            ));
        }
    }
    errors
}

/// `validateCustomResourceDefinitionSpecUpdate`: group and plural never change; scope and kind
/// not once established.
fn immutable_fields(crd: &Value, old: &Value) -> Vec<FieldError> {
    let established = old["status"]["conditions"].as_array().is_some_and(|cs| {
        cs.iter()
            .any(|c| c["type"] == "Established" && c["status"] == "True")
    });
    let mut fields = vec![
        ("spec.group", &["group"][..]),
        ("spec.names.plural", &["names", "plural"][..]),
    ];
    if established {
        fields.insert(0, ("spec.scope", &["scope"][..]));
        fields.insert(1, ("spec.names.kind", &["names", "kind"][..]));
    }
    let at = |v: &Value, path: &[&str]| path.iter().fold(&v["spec"], |v, k| &v[*k]).clone();
    fields
        .into_iter()
        .filter_map(|(name, path)| {
            let new = at(crd, path);
            (new != at(old, path)).then(|| FieldError::invalid(name, new, "field is immutable"))
        })
        .collect()
}

/// `ValidateCustomResourceDefinitionStoredVersions`.
pub fn validate_stored_versions(crd: &Value) -> Vec<FieldError> {
    let p = Path::new("status.storedVersions");
    let raw = &crd["status"]["storedVersions"];
    let stored: Vec<&str> = raw
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if stored.is_empty() {
        let value = if raw.is_array() {
            json!([])
        } else {
            Value::Null
        };
        return vec![FieldError::invalid(
            p.as_str(),
            value,
            "must have at least one stored version",
        )];
    }
    let versions = crd["spec"]["versions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut errors = Vec::new();
    for v in versions {
        let name = v["name"].as_str().unwrap_or_default();
        if v["storage"].as_bool() == Some(true) && !stored.contains(&name) {
            errors.push(FieldError::invalid(
                p.as_str(),
                json!(stored),
                format!("must have the storage version {name}"),
            ));
        }
    }
    for (i, s) in stored.iter().enumerate() {
        if !versions.iter().any(|v| v["name"] == *s) {
            errors.push(FieldError::invalid(
                p.index(i).as_str(),
                json!(s),
                format!(
                    "missing from spec.versions; {s} was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in {s} and removes {s} from status.storedVersions"
                ),
            ));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crd::tests::crd;
    use crate::field::messages;

    #[test]
    fn invalid_crds_are_rejected_with_server_messages() {
        let env = CelEnv::new();
        let mut c = crd();
        c["spec"]["versions"][1]["storage"] = json!(true);
        c["metadata"]["name"] = json!("wrong");
        c["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
            .as_object_mut()
            .unwrap()
            .remove("type");
        let msgs = messages(&validate_crd(&c, None, &env));
        assert!(msgs.contains(&r#"metadata.name: Invalid value: "wrong": must be spec.names.plural+"."+spec.group"#.to_string()), "{msgs:?}");
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("spec.versions: Invalid value:")
                    && m.ends_with("must have exactly one version marked as storage version"))
        );
        assert!(msgs.contains(&"spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields".to_string()));
        assert!(msgs.contains(
            &r#"status.storedVersions: Invalid value: ["v1"]: must have the storage version v1beta1"#
                .to_string()
        ));
    }

    #[test]
    fn stored_versions_must_stay_in_spec_versions() {
        let mut c = crd();
        c["status"]["storedVersions"] = json!(["v0", "v1"]);
        assert_eq!(
            messages(&validate_stored_versions(&c)),
            vec![
                "status.storedVersions[0]: Invalid value: \"v0\": missing from spec.versions; v0 was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in v0 and removes v0 from status.storedVersions"
            ]
        );
        c["status"] = json!({});
        assert_eq!(
            validate_stored_versions(&c)[0].to_string(),
            "status.storedVersions: Invalid value: null: must have at least one stored version"
        );
    }

    #[test]
    fn conversion_webhooks_need_a_client_config() {
        let env = CelEnv::new();
        let mut c = crd();
        c["spec"]["conversion"] =
            json!({"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"]}});
        assert_eq!(
            messages(&validate_crd(&c, None, &env)),
            vec![
                "spec.conversion.webhookClientConfig: Required value: required when strategy is set to Webhook"
            ]
        );
        c["spec"]["conversion"] =
            json!({"strategy": "None", "webhook": {"clientConfig": {"url": "https://x"}}});
        assert_eq!(
            validate_crd(&c, None, &env)[0].to_string(),
            "spec.conversion.webhookClientConfig: Forbidden: should not be set when strategy is not set to Webhook"
        );
        let old = crd();
        let mut renamed = crd();
        renamed["spec"]["group"] = json!("other.com");
        renamed["metadata"]["name"] = json!("widgets.other.com");
        assert!(validate_crd(&renamed, Some(&old), &env).iter().any(
            |e| e.to_string() == "spec.group: Invalid value: \"other.com\": field is immutable"
        ));
    }
}
