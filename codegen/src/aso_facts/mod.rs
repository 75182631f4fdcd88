//! The checked import of ASO's generator facts into our configuration (`cargo xtask
//! import-aso-facts`).
//!
//! ASO's generator is configured per group, api-version, type and property (`azure-arm.yaml`'s
//! `objectModelConfiguration` and `typeTransformers`); `targets.yaml` lists every kind it generates.
//! The import reads both (`source`), builds for every api-version of `targets.yaml` the types ASO
//! sees under ASO's names (`universe`, with `names` for ASO's naming), places every fact there
//! (`place`: on a definition, a property, a kind's own property or a kind; or not applicable, with
//! the reason; or unplaced, an error naming it), and assembles the placed facts into the imported
//! part of each api-version's configuration (`assemble`). [`update`] writes them into the groups
//! we generate, keeping `ours`. Every fact of every version is placed, whether we generate it yet
//! or not, so that turning a group on is adding its api-versions and running the import.

mod assemble;
pub mod names;
mod place;
mod report;
mod source;
mod universe;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::config::{GroupConfig, PayloadConfig, VersionConfig};
use crate::load::Loader;

pub use report::Report;
pub use source::{
    AsoConfig, AsoFact, Fact, TargetKind, TargetVersion, Transformer, parse_aso_config,
    read_aso_config, read_targets,
};

use assemble::Assembly;
use place::{Outcome, Placement};
use source::selector_items;
use universe::{Universe, UniverseKind};

/// The files the import reads, relative to the ASO reference folder.
pub const AZURE_ARM: &str = "azure-arm.yaml";
pub const TARGETS: &str = "targets.yaml";

/// Everything the import found: the imported configuration of every api-version ASO generates,
/// and what became of every fact.
pub struct Imported {
    pub versions: BTreeMap<(String, String), VersionConfig>,
    pub payloads: BTreeMap<String, PayloadConfig>,
    pub report: Report,
}

/// Reads ASO's facts from `aso_reference` and places them against the specs under `specs_root`.
pub fn import(aso_reference: &Path, specs_root: &Path) -> Result<Imported, Vec<String>> {
    let targets = read_targets(&aso_reference.join(TARGETS)).map_err(|e| vec![e])?;
    let config = read_aso_config(&aso_reference.join(AZURE_ARM))?;
    import_from(&config, &targets, specs_root)
}

/// [`import`] from facts already read.
pub fn import_from(
    config: &AsoConfig,
    targets: &[TargetVersion],
    specs_root: &Path,
) -> Result<Imported, Vec<String>> {
    let loader = Loader::new(specs_root);
    let mut report = Report::default();
    let mut errors = Vec::new();

    let mut universes = BTreeMap::new();
    for target in targets {
        let kinds: Vec<UniverseKind> = target
            .kinds
            .iter()
            .map(|k| UniverseKind {
                kind: &k.kind,
                resource: resource_name(config, target, &k.kind, &k.arm_type),
                arm_type: &k.arm_type,
                spec_file: k.spec_file.clone().into(),
            })
            .collect();
        match Universe::build(&loader, &kinds) {
            Ok(universe) => {
                universes.insert((target.group.clone(), target.api_version.clone()), universe);
            }
            Err(e) => errors.push(format!("{} {}: {e}", target.group, target.api_version)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    apply_type_renames(config, &mut universes);
    let groups: BTreeSet<&str> = targets.iter().map(|t| t.group.as_str()).collect();
    let mut assemblies: BTreeMap<(String, String), Assembly> = BTreeMap::new();
    let mut payloads = BTreeMap::new();

    for fact in &config.facts {
        let origin = fact.origin();
        let modifier = fact.fact.modifier();
        if !groups.contains(fact.group.as_str()) {
            report.unplaced(format!("{origin}: no group {} in targets.yaml", fact.group));
            continue;
        }
        let Some(version) = &fact.version else {
            match &fact.fact {
                Fact::PayloadType(payload) => {
                    payloads.insert(fact.group.clone(), *payload);
                    report.placed(modifier);
                }
                _ => report.unplaced(format!("{origin}: not a group modifier")),
            }
            continue;
        };
        let key = (fact.group.clone(), version.clone());
        let (Some(universe), Some(target)) = (
            universes.get(&key),
            targets
                .iter()
                .find(|t| t.group == fact.group && t.api_version == *version),
        ) else {
            report.not_applicable(modifier, place::NOT_IN_TARGETS);
            continue;
        };
        let kinds: Vec<&str> = target.kinds.iter().map(|k| k.kind.as_str()).collect();
        match place::fact(fact, universe, &loader, &kinds) {
            Outcome::Placed(placements) => {
                let assembly = assemblies.entry(key).or_default();
                placements.iter().for_each(|p| assembly.add(p, &origin));
                report.placed(modifier);
            }
            Outcome::NotApplicable(reason) => report.not_applicable(modifier, reason),
            Outcome::Unplaced(e) => report.unplaced(e),
        }
    }

    for transformer in &config.transformers {
        transform(
            transformer,
            targets,
            &universes,
            &loader,
            &mut assemblies,
            &mut report,
        );
    }

    let mut versions = BTreeMap::new();
    for target in targets {
        let key = (target.group.clone(), target.api_version.clone());
        match assemblies
            .remove(&key)
            .unwrap_or_default()
            .finish(&target.kinds)
        {
            Ok(version) => {
                versions.insert(key, version);
            }
            Err(e) => {
                for error in e {
                    report.unplaced(format!("{} {}: {error}", key.0, key.1));
                }
            }
        }
    }
    Ok(Imported {
        versions,
        payloads,
        report,
    })
}

/// ASO renames types before its other facts name them (`typeTransformers` with `renameTo`,
/// `$renameTo` on a type): the new names are made names of the same types.
fn apply_type_renames(config: &AsoConfig, universes: &mut BTreeMap<(String, String), Universe>) {
    for ((group, version), universe) in universes.iter_mut() {
        for transformer in &config.transformers {
            let (Some(to), Some(from)) = (&transformer.rename_to, &transformer.name) else {
                continue;
            };
            if transformer.group.as_ref() != Some(group) || transformer.property.is_some() {
                continue;
            }
            let objects_only =
                matches!(place::if_type(transformer), Ok(Some(place::IfType::Object)));
            for from in selector_items(from) {
                universe.alias(&from, to, objects_only);
            }
        }
        for fact in &config.facts {
            if let (Fact::RenameTo(to), Some(from), None) =
                (&fact.fact, &fact.type_name, &fact.property)
                && &fact.group == group
                && fact.version.as_ref() == Some(version)
            {
                universe.alias(from, to, false);
            }
        }
    }
}

/// ASO's resource name for a kind: the type its configuration exports under the kind's name, or
/// the name ASO derives from the ARM type.
fn resource_name(config: &AsoConfig, target: &TargetVersion, kind: &str, arm_type: &str) -> String {
    config
        .facts
        .iter()
        .filter(|f| f.group == target.group && f.version.as_deref() == Some(&target.api_version))
        .find_map(|f| match (&f.fact, &f.type_name) {
            (Fact::ExportAs(name), Some(type_name)) if name == kind => Some(type_name.clone()),
            (Fact::Export(true), Some(type_name)) if type_name.eq_ignore_ascii_case(kind) => {
                Some(type_name.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| names::resource_name(arm_type))
}

/// Places one transformer: every (type, property) it names, at every api-version of its group.
fn transform(
    transformer: &source::Transformer,
    targets: &[TargetVersion],
    universes: &BTreeMap<(String, String), Universe>,
    loader: &Loader,
    assemblies: &mut BTreeMap<(String, String), Assembly>,
    report: &mut Report,
) {
    const MODIFIER: &str = "typeTransformers";
    let origin = transformer.origin();
    let Some(group) = &transformer.group else {
        match place::is_tags_rule(transformer) {
            true => report.not_applicable(MODIFIER, place::TAGS_RULE),
            false => report.unplaced(format!("{origin}: a transformer for every group")),
        }
        return;
    };
    if transformer.version.as_deref().is_some_and(|v| v != "*") {
        report.unplaced(format!(
            "{origin}: a version selector this import does not support"
        ));
        return;
    }
    let change = match place::change(transformer) {
        Ok(change) => change,
        Err(e) => return report.unplaced(e),
    };
    let type_names = selector_items(transformer.name.as_deref().unwrap_or("*"));
    let properties: Vec<Option<String>> = match &transformer.property {
        Some(p) => selector_items(p).into_iter().map(Some).collect(),
        None => vec![None],
    };
    let versions: Vec<&TargetVersion> = targets.iter().filter(|t| &t.group == group).collect();
    if versions.is_empty() {
        return report.unplaced(format!("{origin}: no group {group} in targets.yaml"));
    }
    let mut outcomes = Vec::new();
    for type_name in &type_names {
        for property in &properties {
            let mut placed = false;
            let mut not_applicable = None;
            let mut unplaced = None;
            let mut unreached = false;
            for target in &versions {
                let key = (group.clone(), target.api_version.clone());
                let universe = &universes[&key];
                unreached |= universe.defined_but_unreached(type_name);
                let outcome = place::transformer(
                    transformer,
                    &change,
                    type_name,
                    property.as_deref(),
                    universe,
                    loader,
                );
                match outcome {
                    Some(Outcome::Placed(placements)) => {
                        let assembly = assemblies.entry(key).or_default();
                        placements
                            .iter()
                            .for_each(|p: &Placement| assembly.add(p, &origin));
                        placed = true;
                    }
                    Some(Outcome::NotApplicable(reason)) => not_applicable = Some(reason),
                    Some(Outcome::Unplaced(e)) => unplaced = unplaced.or(Some(e)),
                    None => {}
                }
            }
            // Transformers hold for every version of a group; a version without the type or
            // property is no error while another has it.
            outcomes.push(match (placed, not_applicable, unplaced) {
                (true, ..) => Ok(None),
                (false, Some(reason), _) => Ok(Some(reason)),
                (false, None, Some(e)) => Err(e),
                (false, None, None) if unreached => Ok(Some(place::UNREACHED)),
                (false, None, None) => Err(format!(
                    "{origin}: no type {type_name} at any api-version of {group}"
                )),
            });
        }
    }
    // Like ASO, a transformer must match something; one of the names it lists may be gone from
    // the specs of the versions ASO generates.
    let any_placed = outcomes.iter().any(|o| matches!(o, Ok(None)));
    for outcome in outcomes {
        match outcome {
            Ok(None) => report.placed(MODIFIER),
            Ok(Some(reason)) => report.not_applicable(MODIFIER, reason),
            Err(_) if any_placed => report.not_applicable(MODIFIER, place::OTHER_NAME),
            Err(e) => report.unplaced(e),
        }
    }
}

/// `groups` (as read) with the imported facts of each api-version they generate, `ours` kept.
pub fn update(
    groups: &[GroupConfig],
    imported: &Imported,
) -> Result<Vec<GroupConfig>, Vec<String>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for group in groups {
        let mut updated = group.clone();
        updated.payload = imported
            .payloads
            .get(&group.group)
            .copied()
            .unwrap_or_default();
        for (api_version, version) in &mut updated.versions {
            let key = (group.group.clone(), api_version.clone());
            let Some(facts) = imported.versions.get(&key) else {
                errors.push(format!(
                    "{}: versions.{api_version}: ASO generates no kind of {} at {api_version} (targets.yaml)",
                    group.file.display(),
                    group.group
                ));
                continue;
            };
            let ours = std::mem::take(&mut version.ours);
            *version = facts.clone();
            version.ours = ours;
            for e in crate::config::check(version) {
                errors.push(format!(
                    "{}: versions.{api_version}.{e}",
                    group.file.display()
                ));
            }
        }
        out.push(updated);
    }
    match errors.is_empty() {
        true => Ok(out),
        false => Err(errors),
    }
}
