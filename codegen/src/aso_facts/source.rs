//! ASO's generator configuration and kind list, read into explicit facts: `azure-arm.yaml`'s
//! `objectModelConfiguration` (a fact per group, api-version, type and property modifier) and
//! `typeTransformers`, and `targets.yaml` (every kind ASO generates, with ARM type and spec file).
//!
//! Anything not understood is an error naming where it is, so no fact can be skipped unseen.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::config::{ConfigMapMode, PayloadConfig};

/// Every kind ASO generates, per group and api-version.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetVersion {
    pub group: String,
    pub api_version: String,
    pub kinds: Vec<TargetKind>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetKind {
    pub kind: String,
    pub arm_type: String,
    /// Relative to the specs repository root (`specification/...`).
    pub spec_file: String,
}

impl TargetKind {
    /// The spec file relative to `specification/`, as our configuration names it.
    pub fn spec_file_in_specification(&self) -> &str {
        self.spec_file
            .strip_prefix("specification/")
            .unwrap_or(&self.spec_file)
    }
}

pub fn read_targets(file: &Path) -> Result<Vec<TargetVersion>, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// One fact of `objectModelConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AsoFact {
    pub group: String,
    /// `None` for group modifiers.
    pub version: Option<String>,
    /// `None` for group modifiers.
    pub type_name: Option<String>,
    pub property: Option<String>,
    pub fact: Fact,
}

impl AsoFact {
    /// Where the fact is written, for messages:
    /// `objectModelConfiguration.network.2020-11-01.Delegation.$isResource`.
    pub fn origin(&self) -> String {
        let parts = [
            Some(self.group.as_str()),
            self.version.as_deref(),
            self.type_name.as_deref(),
            self.property.as_deref(),
            Some(self.fact.modifier()),
        ];
        let path: Vec<&str> = parts.into_iter().flatten().collect();
        format!("objectModelConfiguration.{}", path.join("."))
    }
}

/// A modifier of `objectModelConfiguration` with its value.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    PayloadType(PayloadConfig),
    ArmReference(bool),
    IsSecret(bool),
    ImportConfigMapMode(ConfigMapMode),
    RenameTo(String),
    ResourceLifecycleOwnedByParent(String),
    NameInNextVersion(String),
    IsResource(bool),
    ResourceEmbeddedInParent(String),
    Export(bool),
    ExportAs(String),
    SupportedFrom(String),
    Importable(bool),
    AzureGeneratedSecrets(Vec<String>),
    GeneratedConfigs(BTreeMap<String, String>),
    ManualConfigs(Vec<String>),
    DefaultAzureName(bool),
}

impl Fact {
    pub fn modifier(&self) -> &'static str {
        match self {
            Fact::PayloadType(_) => "$payloadType",
            Fact::ArmReference(_) => "$armReference",
            Fact::IsSecret(_) => "$isSecret",
            Fact::ImportConfigMapMode(_) => "$importConfigMapMode",
            Fact::RenameTo(_) => "$renameTo",
            Fact::ResourceLifecycleOwnedByParent(_) => "$resourceLifecycleOwnedByParent",
            Fact::NameInNextVersion(_) => "$nameInNextVersion",
            Fact::IsResource(_) => "$isResource",
            Fact::ResourceEmbeddedInParent(_) => "$resourceEmbeddedInParent",
            Fact::Export(_) => "$export",
            Fact::ExportAs(_) => "$exportAs",
            Fact::SupportedFrom(_) => "$supportedFrom",
            Fact::Importable(_) => "$importable",
            Fact::AzureGeneratedSecrets(_) => "$azureGeneratedSecrets",
            Fact::GeneratedConfigs(_) => "$generatedConfigs",
            Fact::ManualConfigs(_) => "$manualConfigs",
            Fact::DefaultAzureName(_) => "$defaultAzureName",
        }
    }

    fn parse(modifier: &str, value: &Value) -> Result<Fact, String> {
        let text = || {
            value
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{modifier}: expected a string, found {value}"))
        };
        let flag = || {
            value
                .as_bool()
                .ok_or_else(|| format!("{modifier}: expected true or false, found {value}"))
        };
        let list = || -> Result<Vec<String>, String> {
            serde_json::from_value(value.clone())
                .map_err(|_| format!("{modifier}: expected a list of names, found {value}"))
        };
        // ASO matches modifiers case-insensitively, like everything else in this section.
        Ok(match modifier.to_ascii_lowercase().as_str() {
            "$payloadtype" => Fact::PayloadType(
                serde_json::from_value(value.clone())
                    .map_err(|_| format!("{modifier}: unknown payload type {value}"))?,
            ),
            "$armreference" => Fact::ArmReference(flag()?),
            "$issecret" => Fact::IsSecret(flag()?),
            "$importconfigmapmode" => {
                Fact::ImportConfigMapMode(serde_json::from_value(value.clone()).map_err(|_| {
                    format!("{modifier}: expected optional or required, found {value}")
                })?)
            }
            "$renameto" => Fact::RenameTo(text()?),
            "$resourcelifecycleownedbyparent" => Fact::ResourceLifecycleOwnedByParent(text()?),
            "$nameinnextversion" => Fact::NameInNextVersion(text()?),
            "$isresource" => Fact::IsResource(flag()?),
            "$resourceembeddedinparent" => Fact::ResourceEmbeddedInParent(text()?),
            "$export" => Fact::Export(flag()?),
            "$exportas" => Fact::ExportAs(text()?),
            "$supportedfrom" => Fact::SupportedFrom(text()?),
            "$importable" => Fact::Importable(flag()?),
            "$azuregeneratedsecrets" => Fact::AzureGeneratedSecrets(list()?),
            "$generatedconfigs" => Fact::GeneratedConfigs(
                serde_json::from_value(value.clone())
                    .map_err(|_| format!("{modifier}: expected a map of names to paths"))?,
            ),
            "$manualconfigs" => Fact::ManualConfigs(list()?),
            "$defaultazurename" => Fact::DefaultAzureName(flag()?),
            _ => return Err(format!("{modifier}: a modifier this import does not know")),
        })
    }
}

/// One entry of `typeTransformers`. Selectors are `;`-separated lists of globs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Transformer {
    pub group: Option<String>,
    pub version: Option<String>,
    pub name: Option<String>,
    pub property: Option<String>,
    pub if_type: Option<Value>,
    pub target: Option<Value>,
    #[serde(default)]
    pub remove: bool,
    pub rename_to: Option<String>,
    pub because: Option<String>,
    /// Position in `typeTransformers`, for messages (set after reading).
    #[serde(skip)]
    pub index: usize,
}

impl Transformer {
    pub fn origin(&self) -> String {
        format!(
            "typeTransformers[{}] (group {}, name {}{})",
            self.index,
            self.group.as_deref().unwrap_or("*"),
            self.name.as_deref().unwrap_or("*"),
            self.property
                .as_deref()
                .map(|p| format!(", property {p}"))
                .unwrap_or_default()
        )
    }
}

/// A `;`-separated selector, trimmed.
pub fn selector_items(selector: &str) -> Vec<String> {
    selector
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `azure-arm.yaml`: its facts and transformers.
pub struct AsoConfig {
    pub facts: Vec<AsoFact>,
    pub transformers: Vec<Transformer>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AzureArm {
    object_model_configuration: BTreeMap<String, BTreeMap<String, Value>>,
    #[serde(default)]
    type_transformers: Vec<Transformer>,
}

pub fn read_aso_config(file: &Path) -> Result<AsoConfig, Vec<String>> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| vec![format!("{}: cannot read: {e}", file.display())])?;
    parse_aso_config(&text).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| format!("{}: {e}", file.display()))
            .collect()
    })
}

pub fn parse_aso_config(text: &str) -> Result<AsoConfig, Vec<String>> {
    let raw: AzureArm = serde_saphyr::from_str(text).map_err(|e| vec![e.to_string()])?;
    let mut errors = Vec::new();
    let mut facts = Vec::new();
    for (group, versions) in raw.object_model_configuration {
        for (version, types) in versions {
            let at = format!("objectModelConfiguration.{group}.{version}");
            if version.starts_with('$') {
                match Fact::parse(&version, &types) {
                    Ok(fact) => facts.push(AsoFact {
                        group: group.clone(),
                        version: None,
                        type_name: None,
                        property: None,
                        fact,
                    }),
                    Err(e) => errors.push(format!("objectModelConfiguration.{group}.{e}")),
                }
                continue;
            }
            let Some(types) = mapping(&types, &at, &mut errors) else {
                continue;
            };
            for (type_name, entries) in types {
                let at = format!("{at}.{type_name}");
                let Some(entries) = mapping(entries, &at, &mut errors) else {
                    continue;
                };
                for (key, value) in entries {
                    let fact = |property: Option<&str>, modifier: &str, value: &Value| {
                        Fact::parse(modifier, value).map(|fact| AsoFact {
                            group: group.clone(),
                            version: Some(version.clone()),
                            type_name: Some(type_name.clone()),
                            property: property.map(str::to_string),
                            fact,
                        })
                    };
                    if key.starts_with('$') {
                        match fact(None, key, value) {
                            Ok(f) => facts.push(f),
                            Err(e) => errors.push(format!("{at}.{e}")),
                        }
                        continue;
                    }
                    let at = format!("{at}.{key}");
                    let Some(modifiers) = mapping(value, &at, &mut errors) else {
                        continue;
                    };
                    for (modifier, value) in modifiers {
                        match modifier.starts_with('$') {
                            true => match fact(Some(key), modifier, value) {
                                Ok(f) => facts.push(f),
                                Err(e) => errors.push(format!("{at}.{e}")),
                            },
                            false => errors.push(format!(
                                "{at}.{modifier}: properties have no nested properties"
                            )),
                        }
                    }
                }
            }
        }
    }
    let mut transformers = raw.type_transformers;
    for (index, transformer) in transformers.iter_mut().enumerate() {
        transformer.index = index;
    }
    match errors.is_empty() {
        true => Ok(AsoConfig {
            facts,
            transformers,
        }),
        false => Err(errors),
    }
}

fn mapping<'v>(
    value: &'v Value,
    at: &str,
    errors: &mut Vec<String>,
) -> Option<&'v serde_json::Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        // An entry with every modifier commented out.
        Value::Null => None,
        other => {
            errors.push(format!("{at}: expected a mapping, found {other}"));
            None
        }
    }
}
