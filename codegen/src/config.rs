//! Our generation configuration (`specs/<group>.yaml`): which kinds to generate from which spec
//! files, and the facts about definitions and properties the specs do not state (ARM references,
//! secrets, values from config maps, renames, exports, ...).
//!
//! Each api-version holds two parts, kept apart:
//! - the imported facts (`kinds`, `definitions`, `types`), written by `cargo xtask
//!   import-aso-facts` from ASO's generator configuration (see `aso_facts`) and never edited by hand;
//! - `ours`: where we deliberately differ from ASO, in the same layout, every entry saying
//!   `because:`. An entry of `ours` overrides the imported facts field by field.
//!
//! [`read_dir`] gives the files as written (what the import rewrites); [`load_dir`] gives the
//! effective configuration generation uses: `ours` applied to the kinds, and checked. Entries of
//! `ours` that match nothing fail generation (`build.rs`, `Facts::unused`), so stale deviations
//! cannot pile up; imported facts are checked against the specs by the import instead.

mod render;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use render::render;

/// One group's configuration file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GroupConfig {
    /// Short group name (`storage`, `network.frontdoor`); the API group is `<group>.azure.com`.
    pub group: String,
    /// How the resource provider treats absent values; see `aso_runtime::Payload`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub payload: PayloadConfig,
    /// Configuration per ARM api-version: the versions generated.
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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PayloadConfig {
    #[default]
    OmitEmpty,
    ExplicitCollections,
    ExplicitEmptyCollections,
    ExplicitProperties,
}

impl PayloadConfig {
    /// The runtime's rule.
    pub fn rule(self) -> aso_runtime::Payload {
        use aso_runtime::Payload;
        match self {
            PayloadConfig::OmitEmpty => Payload::OmitEmpty,
            PayloadConfig::ExplicitCollections => Payload::ExplicitCollections,
            PayloadConfig::ExplicitEmptyCollections => Payload::ExplicitEmptyCollections,
            PayloadConfig::ExplicitProperties => Payload::ExplicitProperties,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VersionConfig {
    /// Our deliberate deviations from the imported facts.
    #[serde(default, skip_serializing_if = "Overrides::is_empty")]
    pub ours: Overrides,
    /// Kinds generated at this api-version, by kind name.
    #[serde(default)]
    pub kinds: BTreeMap<String, KindConfig>,
    /// Facts about properties, by definition name, then property JSON name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub definitions: BTreeMap<String, BTreeMap<String, PropertyFacts>>,
    /// Facts about definitions as a whole, by definition name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<String, TypeFacts>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct KindConfig {
    /// ARM resource type, e.g. `Microsoft.Storage/storageAccounts`.
    pub arm_type: String,
    /// The spec file holding the PUT operation, relative to `specification/`.
    pub spec_file: String,
    /// How the Azure name is chosen when `azureName` is empty.
    #[serde(default, skip_serializing_if = "is_default")]
    pub azure_name: AzureNameConfig,
    #[serde(default, skip_serializing_if = "ExportsConfig::is_empty")]
    pub exports: ExportsConfig,
    /// Facts about the properties of this kind's own body (not of the definitions it uses), by
    /// ARM path from the body (`properties.conditions`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, PropertyFacts>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AzureNameConfig {
    /// `metadata.name`.
    #[default]
    MetadataName,
    /// A stable UUID derived from the object's identity (names that must be GUIDs).
    Uuid,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ExportsConfig {
    /// Key under `operatorSpec.secrets` -> source (`azure`: an operator extension asks Azure;
    /// `status.<path>`: read from the status).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub secrets: BTreeMap<String, String>,
    /// Key under `operatorSpec.configMaps` -> source.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub config_maps: BTreeMap<String, String>,
}

impl ExportsConfig {
    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty() && self.config_maps.is_empty()
    }
}

/// Which side of a resource a fact concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Side {
    /// What the user writes: the PUT body without read-only properties.
    Spec,
    /// What Azure returns: the GET body.
    Status,
}

/// Facts about one property. Every field is optional so that an entry of `ours` can override
/// single facts of the imported entry. Facts that only make sense on one side (a reference, a
/// read-only override) say so by what they are; `rename`, `enumValues` and `type` hold for both
/// sides, or for one in its `spec:` or `status:` block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PropertyFacts {
    /// Holds an ARM ID (`true`), or looks like it but does not (`false`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<bool>,
    /// Holds a secret the specs do not mark `x-ms-secret`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<bool>,
    /// May (`optional`) or must (`required`) be read from a ConfigMap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map: Option<ConfigMapMode>,
    /// Should be read-only but the specs forgot: not in spec, still in status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Not in status (for example secrets returned only on create).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omit_from_status: Option<bool>,
    /// A resource embedded in this property has its lifecycle owned by the parent: dropped from
    /// spec, it is managed as its own kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owned_by_parent: Option<bool>,
    /// How this property is sent when absent, where it differs from the group's rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<PayloadConfig>,
    /// Replaces the enum values the specs give.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<String>>,
    /// Replaces the type the specs give.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_override: Option<TypeOverride>,
    /// The JSON name on the Kubernetes side (the ARM name stays).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rename: Option<String>,
    /// Two-sided facts for the spec side only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<SideFacts>,
    /// Two-sided facts for the status side only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SideFacts>,
    /// Why we differ from ASO: required in `ours`, absent elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<String>,
}

/// The facts about a property that exist on both sides, for one side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SideFacts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<String>>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_override: Option<TypeOverride>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rename: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ConfigMapMode {
    Optional,
    Required,
}

/// A type that replaces the one the specs give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TypeOverride {
    /// A plain string: the specs' enum is incomplete.
    String,
    /// A map of strings: the specs say free-form.
    StringMap,
}

/// Facts about a definition as a whole, for both sides, or for one in its `spec:` or `status:`
/// block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TypeFacts {
    /// Overrides whether the definition counts as a resource when embedded in another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_resource: Option<bool>,
    /// The definition is a resource but is created inline as part of this parent kind, so it is
    /// kept whole there rather than reduced to a reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embedded_in_parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<SideTypeFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SideTypeFacts>,
    /// Why we differ from ASO: required in `ours`, absent elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<String>,
}

/// Facts about a definition as a whole, for one side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SideTypeFacts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_resource: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embedded_in_parent: Option<String>,
}

/// Our deviations from the imported facts of one api-version.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Overrides {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub kinds: BTreeMap<String, KindOverride>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub definitions: BTreeMap<String, BTreeMap<String, PropertyFacts>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<String, TypeFacts>,
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.definitions.is_empty() && self.types.is_empty()
    }
}

/// A deviation about one imported kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct KindOverride {
    /// Not generated at this api-version.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub omit: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_name: Option<AzureNameConfig>,
    /// Export sources replacing (or adding to) the imported ones, key by key.
    #[serde(default, skip_serializing_if = "ExportsConfig::is_empty")]
    pub exports: ExportsConfig,
    /// Facts about the kind's own body, merged over the imported ones.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, PropertyFacts>,
    /// Why, for `omit`, `azureName` and `exports` (property entries carry their own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<String>,
}

impl PropertyFacts {
    /// The facts that hold on `side`: the side's block over the facts for both.
    pub fn on(&self, side: Side) -> PropertyFacts {
        let block = match side {
            Side::Spec => &self.spec,
            Side::Status => &self.status,
        };
        let block = block.clone().unwrap_or_default();
        PropertyFacts {
            enum_values: block.enum_values.or_else(|| self.enum_values.clone()),
            type_override: block.type_override.or(self.type_override),
            rename: block.rename.or_else(|| self.rename.clone()),
            spec: None,
            status: None,
            ..self.clone()
        }
    }

    /// `self` with every fact `over` states replacing the one here (both taken on one side).
    pub fn overridden_by(&self, over: &PropertyFacts) -> PropertyFacts {
        PropertyFacts {
            reference: over.reference.or(self.reference),
            secret: over.secret.or(self.secret),
            config_map: over.config_map.or(self.config_map),
            read_only: over.read_only.or(self.read_only),
            omit_from_status: over.omit_from_status.or(self.omit_from_status),
            owned_by_parent: over.owned_by_parent.or(self.owned_by_parent),
            payload: over.payload.or(self.payload),
            enum_values: over
                .enum_values
                .clone()
                .or_else(|| self.enum_values.clone()),
            type_override: over.type_override.or(self.type_override),
            rename: over.rename.clone().or_else(|| self.rename.clone()),
            spec: None,
            status: None,
            because: over.because.clone(),
        }
    }
}

impl TypeFacts {
    /// The facts that hold on `side`: the side's block over the facts for both.
    pub fn on(&self, side: Side) -> TypeFacts {
        let block = match side {
            Side::Spec => &self.spec,
            Side::Status => &self.status,
        };
        let block = block.clone().unwrap_or_default();
        TypeFacts {
            is_resource: block.is_resource.or(self.is_resource),
            embedded_in_parent: block
                .embedded_in_parent
                .or_else(|| self.embedded_in_parent.clone()),
            spec: None,
            status: None,
            because: self.because.clone(),
        }
    }

    /// `self` with every fact `over` states replacing the one here (both taken on one side).
    pub fn overridden_by(&self, over: &TypeFacts) -> TypeFacts {
        TypeFacts {
            is_resource: over.is_resource.or(self.is_resource),
            embedded_in_parent: over
                .embedded_in_parent
                .clone()
                .or_else(|| self.embedded_in_parent.clone()),
            spec: None,
            status: None,
            because: over.because.clone(),
        }
    }
}

/// Every group configuration under `dir` as written, sorted by group.
pub fn read_dir(dir: &Path) -> Result<Vec<GroupConfig>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot list: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files.iter().map(|file| read_file(file)).collect()
}

/// One group configuration file as written.
pub fn read_file(file: &Path) -> Result<GroupConfig, String> {
    let text = std::fs::read_to_string(file)
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
    group.file = file.to_path_buf();
    Ok(group)
}

/// Every group configuration under `dir`, checked, with `ours` applied to the kinds: what
/// generation uses.
pub fn load_dir(dir: &Path) -> Result<Vec<GroupConfig>, String> {
    let mut groups = read_dir(dir)?;
    let mut errors = Vec::new();
    for group in &mut groups {
        for (api_version, version) in &mut group.versions {
            let at = format!("{}: versions.{api_version}", group.file.display());
            errors.extend(check(version).into_iter().map(|e| format!("{at}.{e}")));
            apply_kind_overrides(version);
        }
    }
    match errors.is_empty() {
        true => Ok(groups),
        false => Err(errors.join("\n")),
    }
}

/// What is wrong with a version's configuration: deviations without a reason, reasons outside
/// deviations, overrides of kinds that are not there.
pub fn check(version: &VersionConfig) -> Vec<String> {
    let mut errors = Vec::new();
    for (name, kind) in &version.kinds {
        for (path, facts) in &kind.properties {
            check_property(
                &mut errors,
                format!("kinds.{name}.properties.{path}"),
                facts,
                false,
            );
        }
    }
    for (ours, definitions) in [
        (false, &version.definitions),
        (true, &version.ours.definitions),
    ] {
        let prefix = if ours {
            "ours.definitions"
        } else {
            "definitions"
        };
        for (definition, props) in definitions {
            for (name, facts) in props {
                check_property(
                    &mut errors,
                    format!("{prefix}.{definition}.{name}"),
                    facts,
                    ours,
                );
            }
        }
    }
    for (name, over) in &version.ours.kinds {
        let at = format!("ours.kinds.{name}");
        for (path, facts) in &over.properties {
            check_property(&mut errors, format!("{at}.properties.{path}"), facts, true);
        }
        if !version.kinds.contains_key(name) {
            errors.push(format!("{at}: no imported kind {name} at this version"));
        }
        let changes_kind = over.omit || over.azure_name.is_some() || !over.exports.is_empty();
        if changes_kind {
            check_because(&mut errors, &at, over.because.as_deref(), true);
        }
        let changes_more =
            over.azure_name.is_some() || !over.exports.is_empty() || !over.properties.is_empty();
        if over.omit && changes_more {
            errors.push(format!("{at}: an omitted kind has nothing else to change"));
        }
    }
    for (ours, types) in [(false, &version.types), (true, &version.ours.types)] {
        let prefix = if ours { "ours.types" } else { "types" };
        for (name, facts) in types {
            check_because(
                &mut errors,
                &format!("{prefix}.{name}"),
                facts.because.as_deref(),
                ours,
            );
        }
    }
    errors
}

fn check_property(errors: &mut Vec<String>, at: String, facts: &PropertyFacts, ours: bool) {
    check_because(errors, &at, facts.because.as_deref(), ours);
}

fn check_because(errors: &mut Vec<String>, at: &str, because: Option<&str>, ours: bool) {
    match (ours, because.map(str::trim)) {
        (true, None | Some("")) => {
            errors.push(format!("{at}: a deviation from ASO needs `because:`"))
        }
        (false, Some(_)) => errors.push(format!("{at}: `because:` belongs in `ours` only")),
        _ => {}
    }
}

/// Applies `ours` to the kinds: omitted kinds leave, Azure names and export sources are replaced.
/// Property overrides stay in `ours`, where `build` finds them (and reports them when unused).
fn apply_kind_overrides(version: &mut VersionConfig) {
    for (name, over) in &version.ours.kinds {
        if over.omit {
            version.kinds.remove(name);
            continue;
        }
        let Some(kind) = version.kinds.get_mut(name) else {
            continue;
        };
        if let Some(azure_name) = over.azure_name {
            kind.azure_name = azure_name;
        }
        kind.exports.secrets.extend(over.exports.secrets.clone());
        kind.exports
            .config_maps
            .extend(over.exports.config_maps.clone());
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
