//! From placed facts to the imported part of one api-version's configuration.
//!
//! Facts ASO states per side (`X` and `X_STATUS`) become one entry: facts that only make sense on
//! one side are written plainly (a reference concerns the spec, an omission the status), facts
//! that exist on both sides (`rename`, `enumValues`, `type`, the type facts) are written once when
//! both sides agree, else in the entry's `spec:` or `status:` block. Two facts that disagree on
//! one place of one side are an error naming both; nothing is dropped.

use std::collections::BTreeMap;

use super::place::{KindFact, Placement, PropertyFact, TypeFact};
use super::source::TargetKind;
use super::universe::PropertyTarget;
use crate::config::{
    AzureNameConfig, ExportsConfig, KindConfig, PropertyFacts, Side, SideFacts, SideTypeFacts,
    TypeFacts, VersionConfig,
};

/// Facts gathered for one place, per side.
#[derive(Default)]
struct Sided<T> {
    spec: T,
    status: T,
}

impl<T> Sided<T> {
    fn side(&mut self, side: Side) -> &mut T {
        match side {
            Side::Spec => &mut self.spec,
            Side::Status => &mut self.status,
        }
    }
}

/// Collects placements of one api-version.
#[derive(Default)]
pub struct Assembly {
    properties: BTreeMap<PropertyTarget, Sided<PropertyFacts>>,
    types: BTreeMap<String, Sided<TypeFacts>>,
    kinds: BTreeMap<String, (AzureNameConfig, ExportsConfig)>,
    errors: Vec<String>,
}

impl Assembly {
    pub fn add(&mut self, placement: &Placement, origin: &str) {
        match placement {
            Placement::Property { target, side, fact } => {
                let facts = self
                    .properties
                    .entry(target.clone())
                    .or_default()
                    .side(*side);
                let at = format!("{target} ({side:?})");
                let errors = &mut self.errors;
                match fact {
                    PropertyFact::Reference(v) => {
                        set(errors, &at, origin, &mut facts.reference, *v)
                    }
                    PropertyFact::Secret(v) => set(errors, &at, origin, &mut facts.secret, *v),
                    PropertyFact::ConfigMap(v) => {
                        set(errors, &at, origin, &mut facts.config_map, *v)
                    }
                    PropertyFact::ReadOnly => set(errors, &at, origin, &mut facts.read_only, true),
                    PropertyFact::OmitFromStatus => {
                        set(errors, &at, origin, &mut facts.omit_from_status, true)
                    }
                    PropertyFact::EnumValues(v) => {
                        set(errors, &at, origin, &mut facts.enum_values, v.clone())
                    }
                    PropertyFact::Type(v) => set(errors, &at, origin, &mut facts.type_override, *v),
                    PropertyFact::Rename(v) => {
                        set(errors, &at, origin, &mut facts.rename, v.clone())
                    }
                    PropertyFact::OwnedByParent => {
                        set(errors, &at, origin, &mut facts.owned_by_parent, true)
                    }
                    PropertyFact::Payload(v) => set(errors, &at, origin, &mut facts.payload, *v),
                }
            }
            Placement::Type {
                definition,
                side,
                fact,
            } => {
                let facts = self
                    .types
                    .entry(definition.clone())
                    .or_default()
                    .side(*side);
                let at = format!("types.{definition} ({side:?})");
                match fact {
                    TypeFact::IsResource(v) => {
                        set(&mut self.errors, &at, origin, &mut facts.is_resource, *v)
                    }
                    TypeFact::EmbeddedInParent(v) => set(
                        &mut self.errors,
                        &at,
                        origin,
                        &mut facts.embedded_in_parent,
                        v.clone(),
                    ),
                }
            }
            Placement::Kind { kind, fact } => {
                let (azure_name, exports) = self.kinds.entry(kind.clone()).or_default();
                match fact {
                    KindFact::Name => {}
                    KindFact::AzureName(name) => *azure_name = *name,
                    KindFact::Secret(key) => {
                        exports.secrets.insert(key.clone(), "azure".into());
                    }
                    KindFact::ConfigMap { key, source } => {
                        let previous = exports.config_maps.insert(key.clone(), source.clone());
                        if previous.is_some_and(|p| p != *source) {
                            self.errors.push(format!(
                                "{origin}: kinds.{kind}.exports.configMaps.{key}: two sources"
                            ));
                        }
                    }
                }
            }
        }
    }

    /// The imported configuration of the version whose kinds are `kinds`.
    pub fn finish(self, kinds: &[TargetKind]) -> Result<VersionConfig, Vec<String>> {
        let mut errors = self.errors;
        let mut version = VersionConfig::default();
        for target in kinds {
            let (azure_name, exports) = self.kinds.get(&target.kind).cloned().unwrap_or_default();
            version.kinds.insert(
                target.kind.clone(),
                KindConfig {
                    arm_type: target.arm_type.clone(),
                    spec_file: target.spec_file_in_specification().to_string(),
                    azure_name,
                    exports,
                    properties: BTreeMap::new(),
                },
            );
        }
        for (target, sided) in self.properties {
            let facts = match property_entry(sided) {
                Ok(facts) => facts,
                Err(e) => {
                    errors.push(format!("{target}: {e}"));
                    continue;
                }
            };
            match target {
                PropertyTarget::Definition {
                    definition,
                    property,
                } => {
                    version
                        .definitions
                        .entry(definition)
                        .or_default()
                        .insert(property, facts);
                }
                PropertyTarget::Body { kind, path } => match version.kinds.get_mut(&kind) {
                    Some(k) => {
                        k.properties.insert(path, facts);
                    }
                    None => errors.push(format!("kinds.{kind}: not a kind of this version")),
                },
            }
        }
        for (definition, sided) in self.types {
            let Sided { spec, status } = sided;
            let (is_resource, spec_resource, status_resource) =
                split(spec.is_resource, status.is_resource);
            let (embedded, spec_embedded, status_embedded) =
                split(spec.embedded_in_parent, status.embedded_in_parent);
            let block = |is_resource, embedded_in_parent| {
                let block = SideTypeFacts {
                    is_resource,
                    embedded_in_parent,
                };
                (block != SideTypeFacts::default()).then_some(block)
            };
            version.types.insert(
                definition,
                TypeFacts {
                    is_resource,
                    embedded_in_parent: embedded,
                    spec: block(spec_resource, spec_embedded),
                    status: block(status_resource, status_embedded),
                    because: None,
                },
            );
        }
        match errors.is_empty() {
            true => Ok(version),
            false => Err(errors),
        }
    }
}

fn set<T: PartialEq + std::fmt::Debug>(
    errors: &mut Vec<String>,
    at: &str,
    origin: &str,
    slot: &mut Option<T>,
    value: T,
) {
    match slot {
        Some(existing) if *existing != value => errors.push(format!(
            "{origin}: {at}: {value:?} disagrees with {existing:?} stated elsewhere"
        )),
        _ => *slot = Some(value),
    }
}

/// One entry from the facts of both sides of a property.
fn property_entry(sided: Sided<PropertyFacts>) -> Result<PropertyFacts, String> {
    let Sided { spec, status } = sided;
    let spec_only = [
        ("$armReference", status.reference.is_some()),
        ("$isSecret", status.secret.is_some()),
        ("$importConfigMapMode", status.config_map.is_some()),
        (
            "$resourceLifecycleOwnedByParent",
            status.owned_by_parent.is_some(),
        ),
        ("$payloadType", status.payload.is_some()),
    ];
    if let Some((modifier, _)) = spec_only.iter().find(|(_, on_status)| *on_status) {
        return Err(format!("{modifier} on a status type concerns nothing"));
    }
    let (rename, spec_rename, status_rename) = split(spec.rename, status.rename);
    let (enum_values, spec_enum, status_enum) = split(spec.enum_values, status.enum_values);
    let (type_override, spec_type, status_type) = split(spec.type_override, status.type_override);
    let block = |enum_values, type_override, rename| {
        let block = SideFacts {
            enum_values,
            type_override,
            rename,
        };
        (block != SideFacts::default()).then_some(block)
    };
    Ok(PropertyFacts {
        reference: spec.reference,
        secret: spec.secret,
        config_map: spec.config_map,
        read_only: spec.read_only,
        omit_from_status: status.omit_from_status,
        owned_by_parent: spec.owned_by_parent,
        payload: spec.payload,
        enum_values,
        type_override,
        rename,
        spec: block(spec_enum, spec_type, spec_rename),
        status: block(status_enum, status_type, status_rename),
        because: None,
    })
}

/// A fact stated per side: the value for both when the sides agree, else each side's own.
fn split<T: PartialEq>(spec: Option<T>, status: Option<T>) -> (Option<T>, Option<T>, Option<T>) {
    match (spec, status) {
        (Some(a), Some(b)) if a == b => (Some(a), None, None),
        (spec, status) => (None, spec, status),
    }
}
