//! The CRDs of the `User` kinds, rendered from the Rust types (kube's `CustomResource` derive and
//! schemars) into the same conventions as the generated CRDs in `crds/`: the `part-of` label,
//! categories `azure` and `azure-<group>`, ASO's printer columns, no `nullable` (ASO's CRDs have
//! none; a null is not a value here), the spec's CEL rules (what ASO's webhooks check), and
//! `azureName`/`owner` immutable. `cargo xtask generate` writes them; `--check` compares them.

use kube_core::CustomResourceExt;
use serde_json::{Map, Value, json};

/// `(file name, YAML)` of every `User` CRD, as `crds/` holds them.
pub fn render() -> Result<Vec<(String, String)>, String> {
    let kinds = [
        (super::sql::User::crd(), super::sql::RULES),
        (super::mysql::User::crd(), super::mysql::RULES),
        (super::postgresql::User::crd(), super::postgresql::RULES),
    ];
    kinds
        .into_iter()
        .map(|(crd, rules)| {
            let value = serde_json::to_value(&crd).map_err(|e| e.to_string())?;
            let value = conventions(value, rules)?;
            let name = value["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let yaml = serde_saphyr::to_string(&value).map_err(|e| format!("{name}: {e}"))?;
            Ok((format!("{name}.yaml"), yaml))
        })
        .collect()
}

/// The CRD as JSON, for tests and tools that work on values.
pub fn value(yaml: &str) -> Result<Value, String> {
    serde_saphyr::from_str(yaml).map_err(|e| e.to_string())
}

const IMMUTABLE: &[(&str, &str)] = &[
    (
        "!has(oldSelf.azureName) || (has(self.azureName) && self.azureName == oldSelf.azureName)",
        "azureName is immutable once set",
    ),
    (
        "!has(oldSelf.owner) || (has(self.owner) && self.owner == oldSelf.owner)",
        "owner is immutable",
    ),
];

fn conventions(mut crd: Value, rules: &[(&str, &str, &str)]) -> Result<Value, String> {
    let group = crd["spec"]["group"].as_str().unwrap_or_default();
    let group = group
        .strip_suffix(".azure.com")
        .unwrap_or(group)
        .to_string();
    crd["metadata"]["labels"] = json!({"app.kubernetes.io/part-of": "aso-rs"});
    crd["spec"]["names"]["categories"] = json!(["azure", format!("azure-{group}")]);
    let version = &mut crd["spec"]["versions"][0];
    version["additionalPrinterColumns"] = Value::Array(
        ["status", "severity", "reason", "message"]
            .iter()
            .map(|field| {
                let mut name = field.to_string();
                name[..1].make_ascii_uppercase();
                let name = if name == "Status" {
                    "Ready".to_string()
                } else {
                    name
                };
                json!({
                    "jsonPath": format!(".status.conditions[?(@.type=='Ready')].{field}"),
                    "name": name,
                    "type": "string",
                })
            })
            .collect(),
    );
    let schema = &mut version["schema"]["openAPIV3Schema"];
    strip_nulls(schema);
    let root = schema
        .as_object_mut()
        .ok_or("the CRD has no openAPIV3Schema")?;
    root.remove("title");
    let existing = root.remove("properties");
    root.insert("properties".into(), properties(existing)?);
    let spec = &mut schema["properties"]["spec"];
    spec["description"] = json!("The desired state of the user.");
    spec["properties"]["azureName"]["minLength"] = json!(1);
    for (rule, message) in IMMUTABLE {
        add_rule(spec, rule, message);
    }
    for (path, rule, message) in super::USER_RULES.iter().chain(rules) {
        let mut at = &mut schema["properties"];
        for (i, segment) in path.split('.').enumerate() {
            at = if i == 0 {
                &mut at[segment]
            } else {
                &mut at["properties"][segment]
            };
        }
        if !at.is_object() {
            return Err(format!("CEL rule {rule:?}: no schema at {path}"));
        }
        add_rule(at, rule, message);
    }
    schema["properties"]["status"]["description"] = json!("The observed state of the user.");
    Ok(crd)
}

/// `apiVersion`, `kind` and `metadata` as the generated CRDs declare them.
fn properties(existing: Option<Value>) -> Result<Value, String> {
    let mut props = match existing {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    };
    props.insert(
        "apiVersion".into(),
        json!({"description": "APIVersion defines the versioned schema of this representation of an object.", "type": "string"}),
    );
    props.insert(
        "kind".into(),
        json!({"description": "Kind is a string value representing the REST resource this object represents.", "type": "string"}),
    );
    props.insert("metadata".into(), json!({"type": "object"}));
    Ok(Value::Object(props))
}

fn add_rule(schema: &mut Value, rule: &str, message: &str) {
    let list = schema
        .as_object_mut()
        .expect("rules attach to objects")
        .entry("x-kubernetes-validations")
        .or_insert_with(|| json!([]));
    list.as_array_mut()
        .expect("a list of rules")
        .push(json!({"message": message, "rule": rule}));
}

/// Drops `nullable`, `default: null` and `null` among enum values (schemars' rendering of
/// `Option`): an absent field is how these kinds say "not set", as in ASO's CRDs.
fn strip_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("nullable");
            if map.get("default").is_some_and(Value::is_null) {
                map.remove("default");
            }
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                values.retain(|v| !v.is_null());
            }
            map.values_mut().for_each(strip_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}
