//! From configuration and specs to the model: every configured kind discovered, its owner found,
//! its spec and status trees built and shaped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use aso_runtime::{AzureName, KindRef, NameRule, OwnerRule, Scope};

use crate::build::{Builder, DefKey, DerivedIndex, Facts, KindContext, Side, definition_key};
use crate::config::{AzureNameConfig, GroupConfig, KindConfig};
use crate::discover::{Discovered, ResourceName, discover};
use crate::load::{Loader, SpecError};
use crate::model::{ExportSourceOwned, Kind, KindExport};
use crate::{arm_schema, naming, shape};

/// Every configured kind, in group, version and kind order. All errors are collected, so one run
/// reports everything that is wrong.
pub fn model(specs_root: &Path, groups: &[GroupConfig]) -> Result<Vec<Kind>, Vec<String>> {
    let loader = Loader::new(specs_root);
    let mut errors = Vec::new();
    let mut kinds = Vec::new();
    for group in groups {
        match group_kinds(&loader, group) {
            Ok(mut k) => kinds.append(&mut k),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(kinds)
    } else {
        Err(errors)
    }
}

struct Found<'a> {
    api_version: &'a str,
    name: &'a str,
    config: &'a KindConfig,
    discovered: Discovered,
}

fn group_kinds(loader: &Loader, group: &GroupConfig) -> Result<Vec<Kind>, Vec<String>> {
    let file = group.file.display().to_string();
    let mut errors = Vec::new();
    let mut found = Vec::new();
    for (api_version, version) in &group.versions {
        for (name, config) in &version.kinds {
            match discover(loader, &specification(&config.spec_file), &config.arm_type) {
                Ok(discovered) => found.push(Found {
                    api_version,
                    name,
                    config,
                    discovered,
                }),
                Err(e) => errors.push(format!("{file}: {}: kind {name}: {e}", api_version)),
            }
        }
    }
    let aso_versions = aso_versions(group).unwrap_or_else(|mut e| {
        errors.append(&mut e);
        BTreeMap::new()
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    let context = GroupContext {
        loader,
        group,
        api_group: format!("{}.azure.com", group.group),
        owners: found
            .iter()
            .map(|f| (f.discovered.arm_type.to_ascii_lowercase(), f.name))
            .collect(),
        found: &found,
        aso_versions: &aso_versions,
    };

    let mut kinds = Vec::new();
    let mut derived_by_folder: BTreeMap<PathBuf, DerivedIndex> = BTreeMap::new();
    for (api_version, version) in &group.versions {
        let facts = Facts::new(version);
        for f in found.iter().filter(|f| f.api_version == api_version) {
            let folder = Path::new(&f.config.spec_file)
                .parent()
                .map(specification)
                .unwrap_or_default();
            if !derived_by_folder.contains_key(&folder) {
                match DerivedIndex::build(loader, &folder) {
                    Ok(index) => derived_by_folder.insert(folder.clone(), index),
                    Err(e) => {
                        errors.push(format!("{file}: {api_version}: kind {}: {e}", f.name));
                        continue;
                    }
                };
            }
            let derived = &derived_by_folder[&folder];
            match kind(&context, f, &facts, derived) {
                Ok(kind) => kinds.push(kind),
                Err(e) => errors.push(format!("{file}: {api_version}: kind {}: {e}", f.name)),
            }
        }
        for stale in facts.unused() {
            errors.push(format!("{file}: versions.{api_version}.{stale}: matches nothing in the specs of this version's kinds"));
        }
    }
    if errors.is_empty() {
        Ok(kinds)
    } else {
        Err(errors)
    }
}

/// ASO's versions of each configured kind, oldest first: as listed under `asoVersions`, which
/// must name configured kinds and include every version configured for them; otherwise the
/// configured versions.
fn aso_versions(group: &GroupConfig) -> Result<BTreeMap<&str, Vec<String>>, Vec<String>> {
    let file = group.file.display();
    let mut configured: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (api_version, version) in &group.versions {
        for name in version.kinds.keys() {
            configured
                .entry(name)
                .or_default()
                .push(naming::kube_version(api_version));
        }
    }
    let mut errors = Vec::new();
    for (name, listed) in &group.aso_versions {
        let Some(ours) = configured.get_mut(name.as_str()) else {
            errors.push(format!(
                "{file}: asoVersions.{name}: no kind {name} is configured in any version"
            ));
            continue;
        };
        for version in ours.iter() {
            if !listed.contains(version) {
                errors.push(format!("{file}: asoVersions.{name}: lacks {version}, which is configured (ASO has every version we generate)"));
            }
        }
        for version in listed {
            if !naming::is_version_name(version) {
                errors.push(format!("{file}: asoVersions.{name}: {version:?} is not a Kubernetes version name (lower-case letters and digits, starting with v)"));
            }
        }
        *ours = listed.clone();
    }
    for versions in configured.values_mut() {
        versions.sort_by(|a, b| naming::version_priority(a, b));
        versions.dedup();
    }
    if errors.is_empty() {
        Ok(configured)
    } else {
        Err(errors)
    }
}

/// What every kind of a group is built with.
struct GroupContext<'a> {
    loader: &'a Loader,
    group: &'a GroupConfig,
    api_group: String,
    /// Configured kinds by lower-case ARM type, to find owners.
    owners: BTreeMap<String, &'a str>,
    found: &'a [Found<'a>],
    /// ASO's versions of each kind, by kind name.
    aso_versions: &'a BTreeMap<&'a str, Vec<String>>,
}

fn kind(
    context: &GroupContext,
    f: &Found,
    facts: &Facts,
    derived: &DerivedIndex,
) -> Result<Kind, SpecError> {
    let GroupContext {
        loader,
        group,
        api_group,
        owners,
        found: all,
        aso_versions,
    } = context;
    let d = &f.discovered;
    let owner = owner_rule(d, api_group, owners)
        .map_err(|message| SpecError::at(d.operation.location(), message))?;
    // Bodies of the kinds this one owns: copies of them embedded here are managed as those kinds.
    let child_bodies: BTreeSet<DefKey> = all
        .iter()
        .filter(|c| {
            parent_type(&c.discovered.arm_type).is_some_and(|p| p.eq_ignore_ascii_case(&d.arm_type))
        })
        .filter_map(|c| c.discovered.put_body.as_ref())
        .filter_map(|body| loader.resolve(body).ok().as_ref().and_then(definition_key))
        .collect();
    let context = KindContext {
        kind: f.name,
        child_bodies: &child_bodies,
    };

    let mut spec = Builder::new(loader, derived, facts, &context, Side::Spec)
        .resource(d.put_body.as_ref(), f.name)?;
    let mut status = Builder::new(loader, derived, facts, &context, Side::Status)
        .resource(Some(&d.get_response), f.name)?;
    shape::spec(&mut spec, f.name)?;
    shape::status(&mut status);

    let azure_name = match (&d.name, f.config.azure_name) {
        (ResourceName::Fixed(name), _) => AzureName::Fixed(leak(name)),
        (
            ResourceName::Free {
                pattern,
                min_length,
                max_length,
            },
            config,
        ) => {
            let rule = NameRule {
                pattern: pattern.as_deref().map(leak),
                min_length: *min_length,
                max_length: *max_length,
            };
            match config {
                AzureNameConfig::MetadataName => AzureName::FromSpec(rule),
                AzureNameConfig::Uuid => AzureName::UuidFromSpec(rule),
            }
        }
    };
    let exports =
        exports(f.config).map_err(|message| SpecError::at(group.file.display(), message))?;
    let mut arm_schema = match &d.put_body {
        Some(body) => arm_schema::of(loader, derived, body)?,
        None => Default::default(),
    };
    arm_schema::mark_configured_secrets(&spec, &mut arm_schema);
    Ok(Kind {
        group: group.group.clone(),
        api_version: f.api_version.to_string(),
        version: naming::kube_version(f.api_version),
        kind: f.name.to_string(),
        plural: naming::plural(&f.name.to_ascii_lowercase()),
        arm_type: d.arm_type.clone(),
        arm_uri: d.arm_uri.clone(),
        scope: d.scope,
        owner,
        azure_name,
        payload: group.payload.rule(),
        description: spec.description.clone(),
        spec,
        status,
        exports,
        arm_schema,
        source: format!(
            "{}#{}",
            specification(&f.config.spec_file).display(),
            d.operation.pointer()
        ),
        aso_versions: aso_versions[f.name].clone(),
    })
}

/// Spec files are named relative to `specification/` in the specs repository.
fn specification(file: impl AsRef<Path>) -> PathBuf {
    Path::new("specification").join(file)
}

fn parent_type(arm_type: &str) -> Option<&str> {
    let (parent, _) = arm_type.rsplit_once('/')?;
    parent.contains('/').then_some(parent)
}

fn owner_rule(
    d: &Discovered,
    api_group: &str,
    owners: &BTreeMap<String, &str>,
) -> Result<OwnerRule, String> {
    Ok(match d.scope {
        Scope::Extension => OwnerRule::Arbitrary,
        Scope::Location | Scope::Tenant | Scope::Subscription => OwnerRule::None,
        Scope::ResourceGroup => match parent_type(&d.arm_type) {
            None => OwnerRule::Kind(KindRef {
                group: "resources.azure.com",
                kind: "ResourceGroup",
            }),
            Some(parent) => {
                let owner = owners.get(&parent.to_ascii_lowercase()).ok_or_else(|| {
                    format!("its parent type {parent} is not configured as a kind of this group, so it has no owner")
                })?;
                OwnerRule::Kind(KindRef {
                    group: leak(api_group),
                    kind: leak(owner),
                })
            }
        },
    })
}

fn exports(config: &KindConfig) -> Result<Vec<KindExport>, String> {
    let mut out = Vec::new();
    for (target, entries) in [
        (aso_runtime::ExportTarget::Secret, &config.exports.secrets),
        (
            aso_runtime::ExportTarget::ConfigMap,
            &config.exports.config_maps,
        ),
    ] {
        for (key, source) in entries {
            let source = match source.as_str() {
                "azure" => ExportSourceOwned::Azure,
                path => match path.strip_prefix("status.") {
                    Some(rest) => {
                        ExportSourceOwned::Status(rest.split('.').map(str::to_string).collect())
                    }
                    None => {
                        return Err(format!(
                            "export {key}: source {path:?} must be `azure` or `status.<path>`"
                        ));
                    }
                },
            };
            out.push(KindExport {
                key: key.clone(),
                target,
                source,
            });
        }
    }
    Ok(out)
}

/// Model values become `&'static str` in the runtime types the emitters share with generated code;
/// the generator is a short-lived process, so leaking them is the simple way.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}
