//! What the simulator knows per ARM type: built from the generated kinds ([`KindInfo`]), plus the
//! built-in types ARM itself serves (resource groups).
//!
//! Several kinds may share an ARM type at different API versions (storage accounts at 2021-04-01
//! and 2023-01-01): the type accepts the union of their versions, and each request is validated
//! against the schema of the version it names.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value;

use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::kind::{AzureName, KindInfo, NameRule, Scope};

use crate::error::ArmError;

/// The API versions ARM serves for `Microsoft.Resources` (resource groups, subscriptions,
/// providers). Clients pick one of these; resource groups work whatever the catalog holds.
pub const RESOURCES_API_VERSIONS: &[&str] = &[
    "2014-04-01",
    "2015-01-01",
    "2015-11-01",
    "2016-02-01",
    "2016-06-01",
    "2016-07-01",
    "2016-09-01",
    "2017-05-10",
    "2018-02-01",
    "2018-05-01",
    "2019-03-01",
    "2019-05-01",
    "2019-05-10",
    "2019-07-01",
    "2019-08-01",
    "2019-10-01",
    "2020-01-01",
    "2020-06-01",
    "2020-08-01",
    "2020-10-01",
    "2021-01-01",
    "2021-04-01",
    "2022-01-01",
    "2022-09-01",
    "2022-12-01",
    "2023-07-01",
    "2024-03-01",
    "2024-07-01",
    "2024-11-01",
    "2025-03-01",
];

/// The resource group PUT body, as `resources.json` (2020-06-01) defines it.
const RESOURCE_GROUP_SCHEMA: &str = r#"{
  "type": "object",
  "required": ["location"],
  "properties": {
    "id": {"type": "string", "readOnly": true},
    "name": {"type": "string", "readOnly": true},
    "type": {"type": "string", "readOnly": true},
    "location": {"type": "string"},
    "managedBy": {"type": "string"},
    "tags": {"type": "object", "additionalProperties": {"type": "string"}},
    "properties": {"type": "object", "properties": {"provisioningState": {"type": "string", "readOnly": true}}}
  }
}"#;

pub const RESOURCE_GROUP_TYPE: &str = "Microsoft.Resources/resourceGroups";

/// Checks the api-version of a request ARM answers itself (resource groups, subscriptions,
/// providers, generic resources): missing is `MissingApiVersionParameter`, unknown is
/// `InvalidApiVersionParameter` listing the supported versions, newest first, as ARM words it.
pub fn resources_api_version(api_version: Option<&str>) -> Result<&str, ArmError> {
    let v = api_version.ok_or_else(ArmError::missing_api_version)?;
    if RESOURCES_API_VERSIONS
        .iter()
        .any(|known| known.eq_ignore_ascii_case(v))
    {
        return Ok(v);
    }
    let newest_first: Vec<&str> = RESOURCES_API_VERSIONS.iter().rev().copied().collect();
    Err(ArmError::invalid_api_version(v, &newest_first))
}

/// One API version of an ARM type.
#[derive(Debug, Clone)]
pub struct VersionEntry {
    /// The generated kind for this version; `None` for built-ins.
    pub kind: Option<&'static KindInfo>,
    pub schema: Option<Arc<ArmSchema>>,
    pub name_rule: Option<NameRule>,
    /// A singleton child's only allowed name (`default`).
    pub fixed_name: Option<&'static str>,
}

/// Everything known about one ARM type.
#[derive(Debug, Clone)]
pub struct TypeEntry {
    /// The type in the casing of the first kind that declared it.
    pub arm_type: String,
    pub namespace: String,
    pub scope: Scope,
    pub versions: BTreeMap<String, VersionEntry>,
}

impl TypeEntry {
    pub fn version(&self, api_version: &str) -> Option<&VersionEntry> {
        self.versions.get(api_version).or_else(|| {
            self.versions
                .iter()
                .find(|(v, _)| v.eq_ignore_ascii_case(api_version))
                .map(|(_, e)| e)
        })
    }

    pub fn version_list(&self) -> Vec<String> {
        self.versions.keys().rev().cloned().collect()
    }

    /// Whether a resource last written at `written` may show differently at `api_version`.
    pub fn shows_differently(&self, written: &str, api_version: &str) -> bool {
        self.versions.len() > 1 && !written.eq_ignore_ascii_case(api_version)
    }

    /// A resource's body as a client of `api_version` sees it: without the properties only other
    /// versions of the type define (ARM never shows a client a property its api-version lacks).
    /// Properties no version's schema names (computed, read-only) stay.
    pub fn project(&self, body: &mut Value, api_version: &str) {
        let Some(target) = self.version(api_version).and_then(|v| v.schema.as_deref()) else {
            return;
        };
        let others: Vec<&ArmSchema> = self
            .versions
            .iter()
            .filter(|(v, _)| !v.eq_ignore_ascii_case(api_version))
            .filter_map(|(_, e)| e.schema.as_deref())
            .collect();
        project(body, target, &others);
    }

    /// Whether the type carries a location (a "tracked" resource in ARM's terms).
    pub fn is_tracked(&self, api_version: &str) -> bool {
        self.version(api_version)
            .and_then(|v| v.schema.as_ref())
            .is_some_and(|s| s.properties.contains_key("location"))
    }
}

/// A polymorphic schema's variant for the value's discriminator, or the schema itself.
fn variant<'a>(schema: &'a ArmSchema, value: &Value) -> &'a ArmSchema {
    schema
        .discriminator
        .as_deref()
        .and_then(|d| value.get(d))
        .and_then(Value::as_str)
        .and_then(|v| schema.variants.get(v))
        .unwrap_or(schema)
}

/// Drops from `value` what `others` define and `target` does not, recursively.
fn project(value: &mut Value, target: &ArmSchema, others: &[&ArmSchema]) {
    match value {
        Value::Object(_) => {
            let target = variant(target, value);
            let others: Vec<&ArmSchema> = others.iter().map(|o| variant(o, value)).collect();
            let Value::Object(map) = value else {
                return;
            };
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let theirs: Vec<&ArmSchema> = others
                    .iter()
                    .filter_map(|o| {
                        o.properties
                            .get(&key)
                            .or(o.additional_properties.as_deref())
                    })
                    .collect();
                match target
                    .properties
                    .get(&key)
                    .or(target.additional_properties.as_deref())
                {
                    Some(mine) => {
                        if let Some(v) = map.get_mut(&key) {
                            project(v, mine, &theirs);
                        }
                    }
                    None if others.iter().any(|o| o.properties.contains_key(&key)) => {
                        map.remove(&key);
                    }
                    None => {}
                }
            }
        }
        Value::Array(items) => {
            if let Some(mine) = target.items.as_deref() {
                let theirs: Vec<&ArmSchema> =
                    others.iter().filter_map(|o| o.items.as_deref()).collect();
                for item in items {
                    project(item, mine, &theirs);
                }
            }
        }
        _ => {}
    }
}

/// A catalog that could not be built, naming the kind at fault.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("kind {group}/{version} {kind}: arm_schema is not a valid ArmSchema: {source}")]
    Schema {
        group: &'static str,
        version: &'static str,
        kind: &'static str,
        source: serde_json::Error,
    },
    #[error(
        "kind {group}/{version} {kind}: arm_type {arm_type:?} must be '<Namespace>/<type>[/<child>...]'"
    )]
    ArmType {
        group: &'static str,
        version: &'static str,
        kind: &'static str,
        arm_type: &'static str,
    },
}

/// The ARM types the simulator serves.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    types: HashMap<String, TypeEntry>,
    namespaces: BTreeMap<String, String>,
}

impl Catalog {
    /// Builds the catalog from generated kinds; resource groups are always present.
    pub fn new(kinds: &[&'static KindInfo]) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::default();
        let rg_schema: Arc<ArmSchema> = Arc::new(
            ArmSchema::from_json(RESOURCE_GROUP_SCHEMA)
                .expect("built-in resource group schema parses"),
        );
        let rg_rule = NameRule {
            pattern: Some(r"^[-\w\._\(\)]+$"),
            min_length: Some(1),
            max_length: Some(90),
        };
        let rg = catalog.entry(RESOURCE_GROUP_TYPE, Scope::Location);
        for v in RESOURCES_API_VERSIONS {
            rg.versions.insert(
                v.to_string(),
                VersionEntry {
                    kind: None,
                    schema: Some(rg_schema.clone()),
                    name_rule: Some(rg_rule),
                    fixed_name: None,
                },
            );
        }
        for kind in kinds {
            if !kind.arm_type.contains('/')
                || kind.arm_type.starts_with('/')
                || kind.arm_type.ends_with('/')
            {
                return Err(CatalogError::ArmType {
                    group: kind.group,
                    version: kind.version,
                    kind: kind.kind,
                    arm_type: kind.arm_type,
                });
            }
            let schema = if kind.arm_schema.trim().is_empty() {
                None
            } else {
                Some(Arc::new(ArmSchema::from_json(kind.arm_schema).map_err(
                    |source| CatalogError::Schema {
                        group: kind.group,
                        version: kind.version,
                        kind: kind.kind,
                        source,
                    },
                )?))
            };
            let (name_rule, fixed_name) = match kind.azure_name {
                AzureName::Fixed(name) => (None, Some(name)),
                AzureName::FromSpec(rule) | AzureName::UuidFromSpec(rule) => (Some(rule), None),
            };
            let entry = catalog.entry(kind.arm_type, kind.scope);
            entry
                .versions
                .entry(kind.api_version.to_string())
                .or_insert(VersionEntry {
                    kind: Some(kind),
                    schema,
                    name_rule,
                    fixed_name,
                });
        }
        Ok(catalog)
    }

    fn entry(&mut self, arm_type: &str, scope: Scope) -> &mut TypeEntry {
        let namespace = arm_type.split('/').next().unwrap_or_default().to_string();
        self.namespaces
            .entry(namespace.to_ascii_lowercase())
            .or_insert_with(|| namespace.clone());
        self.types
            .entry(arm_type.to_ascii_lowercase())
            .or_insert_with(|| TypeEntry {
                arm_type: arm_type.to_string(),
                namespace,
                scope,
                versions: BTreeMap::new(),
            })
    }

    /// The entry for an ARM type, whatever its casing.
    pub fn get(&self, arm_type: &str) -> Option<&TypeEntry> {
        self.types.get(&arm_type.to_ascii_lowercase())
    }

    /// The namespace in its canonical casing, if any type of it is known.
    pub fn namespace(&self, namespace: &str) -> Option<&str> {
        self.namespaces
            .get(&namespace.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Every namespace, in canonical casing.
    pub fn namespaces(&self) -> impl Iterator<Item = &str> {
        self.namespaces.values().map(String::as_str)
    }

    /// Every type of a namespace.
    pub fn types_of<'a>(&'a self, namespace: &'a str) -> impl Iterator<Item = &'a TypeEntry> + 'a {
        self.types
            .values()
            .filter(move |t| t.namespace.eq_ignore_ascii_case(namespace))
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(v: serde_json::Value) -> ArmSchema {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn reads_hide_what_only_other_versions_define() {
        let old = schema(serde_json::json!({"properties": {
            "properties": {"properties": {
                "rules": {"items": {"properties": {"name": {"type": "string"}}}},
                "source": {"discriminator": "kind", "properties": {"kind": {"type": "string"}},
                           "variants": {"Blob": {"properties": {"kind": {"type": "string"}, "container": {"type": "string"}}}}}
            }}
        }}));
        let new = schema(serde_json::json!({"properties": {
            "properties": {"properties": {
                "rules": {"items": {"properties": {"name": {"type": "string"}, "priority": {"type": "integer"}}}},
                "source": {"discriminator": "kind", "properties": {"kind": {"type": "string"}},
                           "variants": {"Blob": {"properties": {"kind": {"type": "string"}, "container": {"type": "string"}, "prefix": {"type": "string"}}}}},
                "added": {"type": "string"}
            }}
        }}));
        let mut body = serde_json::json!({"id": "/x", "properties": {
            "rules": [{"name": "a", "priority": 1}],
            "source": {"kind": "Blob", "container": "c", "prefix": "p"},
            "added": "v", "provisioningState": "Succeeded"
        }});
        project(&mut body, &old, &[&new]);
        assert_eq!(
            body,
            serde_json::json!({"id": "/x", "properties": {
                "rules": [{"name": "a"}],
                "source": {"kind": "Blob", "container": "c"},
                "provisioningState": "Succeeded"
            }})
        );
    }

    #[test]
    fn resource_groups_are_built_in() {
        let catalog = Catalog::new(&[]).unwrap();
        let rg = catalog.get("microsoft.resources/RESOURCEGROUPS").unwrap();
        assert_eq!(rg.arm_type, RESOURCE_GROUP_TYPE);
        assert!(rg.version("2020-06-01").is_some());
        assert!(rg.is_tracked("2020-06-01"));
        assert_eq!(
            catalog.namespace("microsoft.resources"),
            Some("Microsoft.Resources")
        );
    }
}
