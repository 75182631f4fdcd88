//! Our generation configuration (`specs/<group>.yaml`): which kinds to generate from which spec
//! files, and the facts about properties the specs do not state (ARM references, secrets, values
//! from config maps, exports).
//!
//! Every entry must match something in the specs; the generator fails on entries that match
//! nothing, so stale configuration cannot pile up.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One group's configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GroupConfig {
    /// Short group name (`storage`, `network.frontdoor`); the API group is `<group>.azure.com`.
    pub group: String,
    /// How the resource provider treats absent values; see `aso_runtime::Payload`.
    #[serde(default)]
    pub payload: PayloadConfig,
    /// Configuration per ARM api-version.
    pub versions: BTreeMap<String, VersionConfig>,
    /// Every Kubernetes version ASO has for each kind (`v1api20210401`), generated here or not:
    /// the kind's CRD keeps ASO's storage variant of each. A kind not listed has the versions
    /// configured above.
    #[serde(default)]
    pub aso_versions: BTreeMap<String, Vec<String>>,
    /// The file this was read from (set after loading).
    #[serde(skip)]
    pub file: PathBuf,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PayloadConfig {
    #[default]
    OmitEmpty,
    ExplicitCollections,
    ExplicitEmptyCollections,
    ExplicitProperties,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VersionConfig {
    /// Kinds generated at this api-version, by kind name.
    pub kinds: BTreeMap<String, KindConfig>,
    /// Facts about properties, by definition name, then property JSON name.
    #[serde(default)]
    pub definitions: BTreeMap<String, BTreeMap<String, PropertyFacts>>,
    /// Facts about definitions as a whole, by definition name.
    #[serde(default)]
    pub types: BTreeMap<String, TypeFacts>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct KindConfig {
    /// ARM resource type, e.g. `Microsoft.Storage/storageAccounts`.
    pub arm_type: String,
    /// The spec file holding the PUT operation, relative to `specification/`.
    pub spec_file: String,
    /// How the Azure name is chosen when `azureName` is empty.
    #[serde(default)]
    pub azure_name: AzureNameConfig,
    #[serde(default)]
    pub exports: ExportsConfig,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AzureNameConfig {
    /// `metadata.name`.
    #[default]
    MetadataName,
    /// A stable UUID derived from the object's identity (names that must be GUIDs).
    Uuid,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ExportsConfig {
    /// Key under `operatorSpec.secrets` -> source.
    #[serde(default)]
    pub secrets: BTreeMap<String, String>,
    /// Key under `operatorSpec.configMaps` -> source.
    #[serde(default)]
    pub config_maps: BTreeMap<String, String>,
}

/// Facts about one property of a definition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PropertyFacts {
    /// Holds an ARM ID (`true`), or looks like it but does not (`false`).
    pub reference: Option<bool>,
    /// Holds a secret the specs do not mark `x-ms-secret`.
    #[serde(default)]
    pub secret: bool,
    /// May (`optional`) or must (`required`) be read from a ConfigMap.
    pub config_map: Option<ConfigMapMode>,
    /// Should be read-only but the specs forgot: not in spec, still in status.
    #[serde(default)]
    pub read_only: bool,
    /// Not in status (for example secrets returned only on create).
    #[serde(default)]
    pub omit_from_status: bool,
    /// Replaces the enum values the specs give.
    pub enum_values: Option<Vec<String>>,
    /// The name on the Kubernetes side, where the specs' name would clash (the ARM name stays).
    pub rename: Option<String>,
    /// A resource embedded in this property has its lifecycle owned by the parent: dropped from
    /// spec and status, it is managed as its own kind.
    #[serde(default)]
    pub owned_by_parent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConfigMapMode {
    Optional,
    Required,
}

/// Facts about a definition as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TypeFacts {
    /// Overrides whether the definition counts as a resource when embedded in another.
    pub is_resource: Option<bool>,
    /// The definition is a resource but is created inline as part of this parent kind, so it is
    /// kept whole there rather than reduced to a reference.
    pub embedded_in_parent: Option<String>,
}

/// Every group configuration under `dir`, sorted by group.
pub fn load_dir(dir: &Path) -> Result<Vec<GroupConfig>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot list: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut groups = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        let mut group: GroupConfig =
            serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let expected = format!("{}.yaml", group.group);
        if file.file_name().and_then(|n| n.to_str()) != Some(expected.as_str()) {
            return Err(format!(
                "{}: group {:?} belongs in a file named {expected}",
                file.display(),
                group.group
            ));
        }
        group.file = file;
        groups.push(group);
    }
    Ok(groups)
}
