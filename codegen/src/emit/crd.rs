//! CustomResourceDefinitions (apiextensions.k8s.io/v1): structural schemas with ASO's field
//! names, validations from the specs in spec, none in status (Azure decides what it returns), and
//! CEL rules for what ASO checks in its webhooks.

use serde_json::{Map, Value, json};

use aso_runtime::{AzureName, OwnerRule};

use super::descriptions;
use crate::model::{Kind, NumberType, Object, StringType, Type};
use crate::versions::{Crd, Entry};

/// Rules nested under unbounded lists are multiplied by Kubernetes' estimate of how many
/// elements a request could hold; past this budget a rule is left out (the operator checks the
/// same thing when it resolves references) rather than making the CRD uninstallable.
const RULE_COST_BUDGET: f64 = 5_000_000.0;
/// Kubernetes' estimate of the elements of an unbounded list or map, per level of nesting.
const UNBOUNDED_CARDINALITY: f64 = 1_000_000.0;

const ARM_ID_PATTERN: &str = "(?i)(^(/subscriptions/([^/]+)(/resourcegroups/([^/]+))?)?/providers/([^/]+)/([^/]+/[^/]+)(/([^/]+/[^/]+))*$|^/subscriptions/([^/]+)(/resourcegroups/([^/]+))?$)";
const UUID_PATTERN: &str = "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$";

/// How kube-apiserver converts objects between the versions of a CRD (`spec.conversion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// kube-apiserver only relabels `apiVersion` (and prunes to the target version's schema).
    None,
    /// Our conversion webhook: [`WEBHOOK_SERVICE`] at [`WEBHOOK_PATH`]. The service's namespace
    /// ([`WEBHOOK_NAMESPACE`] here) and the `caBundle` are set at install time.
    Webhook,
}

/// The Service of the conversion webhook (ASO's name).
pub const WEBHOOK_SERVICE: &str = aso_runtime::versions::WEBHOOK_SERVICE;
pub const WEBHOOK_PATH: &str = aso_runtime::versions::WEBHOOK_PATH;
/// A placeholder (ASO's default namespace): installation sets the namespace the webhook runs in.
pub const WEBHOOK_NAMESPACE: &str = "azureserviceoperator-system";

/// The CRD of one kind with all its versions, as a JSON value (written as YAML by the caller).
/// Fails, naming the conflict, when the versions disagree on what a CRD holds once (names,
/// scope) or should show alike (printer columns).
pub fn crd(crd: &Crd, conversion: Conversion) -> Result<Value, String> {
    let first = crd.first();
    let shared = Shared::of(first);
    for kind in &crd.versions[1..] {
        if let Some(difference) = difference(&shared.json(), &Shared::of(kind).json(), "") {
            return Err(format!(
                "CRD {}: versions {} and {} disagree on {difference}",
                crd.name(),
                first.version,
                kind.version
            ));
        }
    }
    let full = descriptions::full_version(&crd.versions);
    let versions: Vec<Value> = crd
        .entries()?
        .into_iter()
        .map(|(name, entry)| match entry {
            Entry::Served(kind) => {
                let mut schema = version_schema(kind);
                descriptions::trim(&mut schema, full.is_some_and(|f| std::ptr::eq(f, kind)));
                json!({
                    "name": name,
                    "served": true,
                    "storage": false,
                    "subresources": {"status": {}},
                    "additionalPrinterColumns": shared.columns,
                    "schema": {"openAPIV3Schema": schema},
                })
            }
            Entry::Hub => json!({
                "name": name,
                "served": true,
                "storage": true,
                "subresources": {"status": {}},
                "additionalPrinterColumns": shared.columns,
                "schema": {"openAPIV3Schema": kept_as_written(format!(
                    "The storage version of {}: objects are kept as written at any served version.",
                    first.kind
                ))},
            }),
            Entry::AsoStorage => json!({
                "name": name,
                "served": false,
                "storage": false,
                "schema": {"openAPIV3Schema": kept_as_written(format!(
                    "Azure Service Operator's storage version of {}: not served; kept so that objects ASO stored at it stay readable.",
                    first.kind
                ))},
            }),
        })
        .collect();
    Ok(json!({
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {
            "name": crd.name(),
            "labels": {"app.kubernetes.io/part-of": "aso-rs"},
        },
        "spec": {
            "group": format!("{}.azure.com", first.group),
            "names": shared.names,
            "scope": shared.scope,
            "conversion": conversion_json(conversion),
            "versions": versions,
        },
    }))
}

/// What every version of a CRD must agree on.
struct Shared {
    names: Value,
    scope: &'static str,
    columns: Value,
}

impl Shared {
    fn of(kind: &Kind) -> Shared {
        let column = |name: &str, field: &str| json!({"name": name, "type": "string", "jsonPath": format!(".status.conditions[?(@.type=='Ready')].{field}")});
        Shared {
            names: json!({
                "kind": kind.kind,
                "listKind": format!("{}List", kind.kind),
                "plural": kind.plural,
                "singular": kind.kind.to_ascii_lowercase(),
                "categories": ["azure", format!("azure-{}", kind.group)],
            }),
            // Every Azure resource lives in a namespace, as in ASO.
            scope: "Namespaced",
            columns: json!([
                column("Ready", "status"),
                column("Severity", "severity"),
                column("Reason", "reason"),
                column("Message", "message"),
            ]),
        }
    }

    fn json(&self) -> Value {
        json!({"names": self.names, "scope": self.scope, "additionalPrinterColumns": self.columns})
    }
}

/// The first path at which `a` and `b` differ, with both values.
fn difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                let at = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                difference(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &at,
                )
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| difference(x, y, &format!("{path}[{i}]"))),
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}

fn conversion_json(conversion: Conversion) -> Value {
    match conversion {
        Conversion::None => json!({"strategy": "None"}),
        Conversion::Webhook => json!({
            "strategy": "Webhook",
            "webhook": {
                "conversionReviewVersions": ["v1"],
                "clientConfig": {
                    "service": {
                        "namespace": WEBHOOK_NAMESPACE,
                        "name": WEBHOOK_SERVICE,
                        "path": WEBHOOK_PATH,
                        "port": 443,
                    },
                },
            },
        }),
    }
}

/// The schema of the hub and of ASO's storage variants: spec and status kept whatever they hold.
fn kept_as_written(description: String) -> Value {
    let kept = json!({"type": "object", "x-kubernetes-preserve-unknown-fields": true});
    json!({
        "type": "object",
        "description": description,
        "properties": {"spec": kept, "status": kept},
    })
}

/// The schema (`openAPIV3Schema`) of one generated API version.
pub fn version_schema(kind: &Kind) -> Value {
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert(
        "description".into(),
        json!(format!(
            "{}\n\nGenerated from {} (ARM type {}, api-version {}).",
            kind.description.as_deref().unwrap_or(&kind.kind),
            kind.source,
            kind.arm_type,
            kind.api_version
        )),
    );
    schema.insert(
        "properties".into(),
        json!({
            "apiVersion": {"type": "string", "description": "APIVersion defines the versioned schema of this representation of an object."},
            "kind": {"type": "string", "description": "Kind is a string value representing the REST resource this object represents."},
            "metadata": {"type": "object"},
            "spec": spec_schema(kind),
            "status": status_schema(kind),
        }),
    );
    Value::Object(schema)
}

fn spec_schema(kind: &Kind) -> Value {
    let emitter = Emitter { side: Side::Spec };
    let mut spec = emitter.object(&kind.spec, 1.0);
    let mut required: Vec<String> = spec["required"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let mut rules = spec["x-kubernetes-validations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let props = spec["properties"]
        .as_object_mut()
        .expect("object schemas have properties");

    match kind.azure_name {
        AzureName::Fixed(_) => {}
        AzureName::FromSpec(rule) | AzureName::UuidFromSpec(rule) => {
            let mut name = json!({
                "type": "string",
                "description": "The name of the resource in Azure. Defaults to metadata.name; cannot change once set.",
            });
            if let Some(pattern) = rule.pattern.filter(|p| kubernetes_accepts(p)) {
                name["pattern"] = json!(pattern);
            }
            if let Some(min) = rule.min_length {
                name["minLength"] = json!(min);
            }
            if let Some(max) = rule.max_length {
                name["maxLength"] = json!(max);
            }
            if matches!(kind.azure_name, AzureName::UuidFromSpec(_)) {
                name["description"] = json!(
                    "The name of the resource in Azure, a UUID. Defaults to a UUID derived from the owner, namespace and metadata.name; cannot change once set."
                );
            }
            props.insert("azureName".into(), name);
            rules.push(json!({
                "rule": "!has(oldSelf.azureName) || (has(self.azureName) && self.azureName == oldSelf.azureName)",
                "message": "azureName is immutable once set",
            }));
        }
    }
    match kind.owner {
        OwnerRule::None => {}
        OwnerRule::Kind(owner) => {
            props.insert(
                "owner".into(),
                json!({
                    "type": "object",
                    "description": format!("The owner of the resource: a {}/{} in the same namespace (by name), or an Azure resource (by armId).", owner.group, owner.kind),
                    "properties": {
                        "name": {"type": "string", "maxLength": 253, "description": "The name of the owner in this namespace."},
                        "armId": {"type": "string", "maxLength": 4096, "pattern": ARM_ID_PATTERN, "description": "The ARM ID of the owner."},
                    },
                    "x-kubernetes-validations": [{
                        "rule": "has(self.name) != has(self.armId)",
                        "message": "set exactly one of name and armId",
                    }],
                }),
            );
            required.push("owner".into());
        }
        OwnerRule::Arbitrary => {
            props.insert(
                "owner".into(),
                json!({
                    "type": "object",
                    "description": "The owner of the resource: any Kubernetes resource in the same namespace (group, kind, name), or any Azure resource (armId).",
                    "properties": {
                        "group": {"type": "string", "maxLength": 253},
                        "kind": {"type": "string", "maxLength": 63},
                        "name": {"type": "string", "maxLength": 253},
                        "armId": {"type": "string", "maxLength": 4096, "pattern": ARM_ID_PATTERN},
                    },
                    "x-kubernetes-validations": [{
                        "rule": "has(self.armId) ? !(has(self.group) || has(self.kind) || has(self.name)) : (has(self.group) && has(self.kind) && has(self.name))",
                        "message": "set either armId, or group, kind and name",
                    }],
                }),
            );
            required.push("owner".into());
        }
    }
    if kind.owner != OwnerRule::None {
        rules.push(json!({
            "rule": "!has(oldSelf.owner) || (has(self.owner) && self.owner == oldSelf.owner)",
            "message": "owner is immutable",
        }));
    }
    if let Some(operator_spec) = operator_spec(kind) {
        props.insert("operatorSpec".into(), operator_spec);
    }
    required.sort();
    required.dedup();
    spec["required"] = json!(required);
    spec["x-kubernetes-validations"] = json!(rules);
    spec["description"] = json!("The desired state of the resource.");
    tidy(&mut spec);
    spec
}

fn status_schema(kind: &Kind) -> Value {
    let emitter = Emitter { side: Side::Status };
    let mut status = emitter.object(&kind.status, 1.0);
    status["properties"]["conditions"] = json!({
        "type": "array",
        "description": "The observed state of the resource; the Ready condition says whether Azure matches the spec.",
        "items": {
            "type": "object",
            "required": ["lastTransitionTime", "reason", "status", "type"],
            "properties": {
                "type": {"type": "string"},
                "status": {"type": "string"},
                "severity": {"type": "string"},
                "reason": {"type": "string"},
                "message": {"type": "string"},
                "observedGeneration": {"type": "integer", "format": "int64"},
                "lastTransitionTime": {"type": "string", "format": "date-time"},
            },
        },
    });
    status["description"] = json!("The state of the resource in Azure, as last read.");
    tidy(&mut status);
    status
}

fn operator_spec(kind: &Kind) -> Option<Value> {
    if kind.exports.is_empty() {
        return None;
    }
    let mut sections = Map::new();
    for (target, key) in [
        (aso_runtime::ExportTarget::Secret, "secrets"),
        (aso_runtime::ExportTarget::ConfigMap, "configMaps"),
    ] {
        let entries: Map<String, Value> = kind
            .exports
            .iter()
            .filter(|e| e.target == target)
            .map(|e| {
                let what = if key == "secrets" { "Secret" } else { "ConfigMap" };
                (e.key.clone(), json!({
                    "type": "object",
                    "description": format!("Where to write {}: a key of a {what} in the resource's namespace.", e.key),
                    "required": ["key", "name"],
                    "properties": {"name": {"type": "string"}, "key": {"type": "string"}},
                }))
            })
            .collect();
        if !entries.is_empty() {
            sections.insert(key.into(), json!({"type": "object", "properties": entries}));
        }
    }
    Some(json!({
        "type": "object",
        "description": "How the operator handles this resource beyond Azure: values it exports to Secrets and ConfigMaps.",
        "properties": sections,
    }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Spec,
    Status,
}

struct Emitter {
    side: Side,
}

impl Emitter {
    /// `cardinality` estimates how many times a rule at this point could run in one request.
    fn object(&self, object: &Object, cardinality: f64) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut rules = Vec::new();
        for prop in &object.props {
            let mut schema = self.type_schema(&prop.ty, cardinality);
            if let Some(description) = &prop.description {
                schema["description"] = json!(description);
            }
            properties.insert(prop.name.clone(), schema);
            if prop.required && self.side == Side::Spec {
                required.push(prop.name.clone());
            }
        }
        if self.side == Side::Spec {
            // A value and its ConfigMap twin are alternatives.
            for prop in &object.props {
                let twin = format!("{}FromConfig", prop.name);
                if matches!(prop.ty, Type::ConfigMapReference) || object.prop(&twin).is_none() {
                    continue;
                }
                push_rule(
                    &mut rules,
                    cardinality,
                    format!("!(has(self.{}) && has(self.{twin}))", cel_field(&prop.name)),
                    format!("set at most one of {} and {twin}", prop.name),
                );
            }
        }
        let mut schema = json!({"type": "object", "properties": properties});
        if let Some(description) = &object.description {
            schema["description"] = json!(description);
        }
        if !required.is_empty() {
            schema["required"] = json!(required);
        }
        if !rules.is_empty() {
            schema["x-kubernetes-validations"] = json!(rules);
        }
        schema
    }

    fn type_schema(&self, ty: &Type, cardinality: f64) -> Value {
        let spec = self.side == Side::Spec;
        match ty {
            Type::String(s) => string_schema(s, spec),
            Type::Integer(n) => number_schema("integer", n, spec),
            Type::Number(n) => number_schema("number", n, spec),
            Type::Boolean => json!({"type": "boolean"}),
            Type::Any => json!({"x-kubernetes-preserve-unknown-fields": true}),
            Type::Object(object) => self.object(object, cardinality),
            Type::Array(item, rules) => {
                let inner = rules.max_items.map_or(UNBOUNDED_CARDINALITY, |m| m as f64);
                let mut schema =
                    json!({"type": "array", "items": self.type_schema(item, cardinality * inner)});
                if spec {
                    if let Some(min) = rules.min_items {
                        schema["minItems"] = json!(min);
                    }
                    if let Some(max) = rules.max_items {
                        schema["maxItems"] = json!(max);
                    }
                }
                schema
            }
            Type::Map(value) => json!({
                "type": "object",
                "additionalProperties": self.type_schema(value, cardinality * UNBOUNDED_CARDINALITY),
            }),
            Type::OneOf(union) => {
                let mut properties = Map::new();
                for option in &union.options {
                    let mut schema = self.object(&option.object, cardinality);
                    schema["description"] = json!(
                        format!(
                            "{} Mutually exclusive with all other properties.",
                            option.object.description.as_deref().unwrap_or("")
                        )
                        .trim()
                        .to_string()
                    );
                    properties.insert(option.name.clone(), schema);
                }
                let mut schema = json!({"type": "object", "properties": properties});
                if let Some(description) = &union.description {
                    schema["description"] = json!(description);
                }
                if spec {
                    let count = union
                        .options
                        .iter()
                        .map(|o| format!("(has(self.{}) ? 1 : 0)", cel_field(&o.name)))
                        .collect::<Vec<_>>()
                        .join(" + ");
                    let mut rules = Vec::new();
                    let names = union
                        .options
                        .iter()
                        .map(|o| o.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    push_rule(
                        &mut rules,
                        cardinality,
                        format!("{count} == 1"),
                        format!("set exactly one of {names}"),
                    );
                    if !rules.is_empty() {
                        schema["x-kubernetes-validations"] = json!(rules);
                    }
                }
                schema
            }
            Type::ResourceReference => resource_reference(cardinality),
            Type::SecretReference => key_reference("Secret"),
            Type::SecretMapReference => secret_map_reference(),
            Type::ConfigMapReference => key_reference("ConfigMap"),
            Type::ReferenceKeyedMap(details) => {
                let inner = cardinality * UNBOUNDED_CARDINALITY;
                let mut item = self.object(details, inner);
                item["properties"]["reference"] = resource_reference(inner);
                item["required"] = json!(["reference"]);
                json!({"type": "array", "items": item})
            }
        }
    }
}

fn resource_reference(cardinality: f64) -> Value {
    let mut schema = json!({
        "type": "object",
        "description": "A reference to another resource: a Kubernetes resource (group, kind, name) or an Azure resource (armId).",
        "properties": {
            "armId": {"type": "string", "maxLength": 4096, "pattern": ARM_ID_PATTERN, "description": "The ARM ID of the resource."},
            "group": {"type": "string", "maxLength": 253, "description": "The API group of the Kubernetes resource."},
            "kind": {"type": "string", "maxLength": 63, "description": "The kind of the Kubernetes resource."},
            "name": {"type": "string", "maxLength": 253, "description": "The name of the Kubernetes resource, in the same namespace."},
        },
    });
    let mut rules = Vec::new();
    push_rule(
        &mut rules,
        cardinality,
        "has(self.armId) ? !(has(self.group) || has(self.kind) || has(self.name)) : (has(self.group) && has(self.kind) && has(self.name))".into(),
        "set either armId, or group, kind and name".into(),
    );
    if !rules.is_empty() {
        schema["x-kubernetes-validations"] = json!(rules);
    }
    schema
}

fn key_reference(what: &str) -> Value {
    json!({
        "type": "object",
        "description": format!("A key of a {what} in the resource's namespace."),
        "required": ["key", "name"],
        "properties": {
            "name": {"type": "string", "description": format!("The name of the {what}.")},
            "key": {"type": "string", "description": format!("The key in the {what}.")},
        },
    })
}

/// ASO's `SecretMapReference`, with its field's description.
fn secret_map_reference() -> Value {
    json!({
        "type": "object",
        "description": "A Secret in the resource's namespace; each of its keys becomes one entry of the map.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "Name is the name of the Kubernetes secret being referenced.\nThe secret must be in the same namespace as the resource"},
        },
    })
}

fn string_schema(s: &StringType, spec: bool) -> Value {
    let mut schema = json!({"type": "string"});
    if !spec {
        return schema;
    }
    let pattern = s
        .pattern
        .clone()
        .or_else(|| (s.format.as_deref() == Some("uuid")).then(|| UUID_PATTERN.to_string()));
    if let Some(pattern) = pattern.filter(|p| kubernetes_accepts(p)) {
        schema["pattern"] = json!(pattern);
    }
    if let Some(min) = s.min_length {
        schema["minLength"] = json!(min);
    }
    if let Some(max) = s.max_length {
        schema["maxLength"] = json!(max);
    }
    if let Some(e) = &s.enumeration {
        let mut values = e.values.clone();
        values.sort();
        values.dedup();
        schema["enum"] = json!(values);
    }
    schema
}

/// Kubernetes compiles patterns with Go's RE2, which has no look-around or back-references; a
/// CRD with such a pattern is rejected, so those patterns are left out (ARM still checks them).
/// Rust's `regex` accepts the same language.
pub fn kubernetes_accepts(pattern: &str) -> bool {
    regex::Regex::new(pattern).is_ok()
}

fn number_schema(type_: &str, n: &NumberType, spec: bool) -> Value {
    let mut schema = json!({"type": type_});
    if !spec {
        return schema;
    }
    // The full range of an unsigned 32-bit integer says nothing a user could violate.
    let uint32 =
        n.minimum == Some(0.0) && n.maximum == Some(4_294_967_295.0) && n.multiple_of.is_none();
    if !uint32 {
        if let Some(min) = n.minimum {
            schema["minimum"] = number(min);
            if n.exclusive_minimum {
                schema["exclusiveMinimum"] = json!(true);
            }
        }
        if let Some(max) = n.maximum {
            schema["maximum"] = number(max);
            if n.exclusive_maximum {
                schema["exclusiveMaximum"] = json!(true);
            }
        }
        if let Some(multiple) = n.multiple_of {
            schema["multipleOf"] = number(multiple);
        }
    }
    if let Some(values) = &n.enumeration {
        schema["enum"] = json!(values);
    }
    schema
}

fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn push_rule(rules: &mut Vec<Value>, cardinality: f64, rule: String, message: String) {
    // A handful of has() calls: the rule's own cost is tiny, its multiplier is what matters.
    const RULE_COST: f64 = 10.0;
    if RULE_COST * cardinality <= RULE_COST_BUDGET {
        rules.push(json!({"rule": rule, "message": message}));
    }
}

/// Kubernetes' CEL escaping of property names: reserved words as `__word__`, and `__`, `.`, `-`,
/// `/` spelled out.
fn cel_field(name: &str) -> String {
    const RESERVED: [&str; 21] = [
        "true",
        "false",
        "null",
        "in",
        "as",
        "break",
        "const",
        "continue",
        "else",
        "for",
        "function",
        "if",
        "import",
        "let",
        "loop",
        "package",
        "namespace",
        "return",
        "var",
        "void",
        "while",
    ];
    if RESERVED.contains(&name) {
        return format!("__{name}__");
    }
    name.replace("__", "__underscores__")
        .replace('.', "__dot__")
        .replace('-', "__dash__")
        .replace('/', "__slash__")
}

/// Drops empty `required` and rule lists so the YAML stays lean.
fn tidy(schema: &mut Value) {
    if let Some(map) = schema.as_object_mut() {
        for key in ["required", "x-kubernetes-validations"] {
            if map
                .get(key)
                .and_then(Value::as_array)
                .is_some_and(|a| a.is_empty())
            {
                map.remove(key);
            }
        }
    }
}
