//! Where each of ASO's facts lands in our configuration: placed (on a definition, a property, a
//! kind's own property, a kind), not applicable (with the reason), or unplaced (an error naming
//! the fact: no such type or property at that version, or a kind of fact we do not support).

use serde_json::Value;

use super::names;
use super::source::{AsoFact, Fact, Transformer};
use super::universe::{PropertyTarget, TypeEntry, Universe};
use crate::config::{AzureNameConfig, ConfigMapMode, PayloadConfig, Side, TypeOverride};
use crate::load::{Loader, Node};

/// What became of one fact.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Placed(Vec<Placement>),
    NotApplicable(&'static str),
    Unplaced(String),
}

/// One of our facts, where it goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    Property {
        target: PropertyTarget,
        side: Side,
        fact: PropertyFact,
    },
    Type {
        definition: String,
        side: Side,
        fact: TypeFact,
    },
    Kind {
        kind: String,
        fact: KindFact,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFact {
    Reference(bool),
    Secret(bool),
    ConfigMap(ConfigMapMode),
    /// Removed from the spec type.
    ReadOnly,
    /// Removed from the status type.
    OmitFromStatus,
    EnumValues(Vec<String>),
    Type(TypeOverride),
    Rename(String),
    OwnedByParent,
    Payload(PayloadConfig),
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeFact {
    IsResource(bool),
    EmbeddedInParent(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum KindFact {
    /// The kind exists under this name (`$export`, `$exportAs`).
    Name,
    AzureName(AzureNameConfig),
    Secret(String),
    ConfigMap {
        key: String,
        source: String,
    },
}

pub const NOT_IN_TARGETS: &str =
    "an api-version ASO generates no kind from (not in targets.yaml): its handcrafted kinds";
pub const SUPPORTED_FROM: &str = "ASO's release history, not a fact about the API";
pub const NAME_IN_NEXT_VERSION: &str =
    "links Go types across ASO's versions for its conversion code; not part of any schema";
pub const TYPE_RENAME: &str = "renames a Go type; CRD schemas and ARM bodies carry no type names";
pub const NOT_EXPORTED: &str = "a resource ASO does not generate";
pub const UNREACHED: &str =
    "a definition of the version's spec folders that no kind of that version reaches";
pub const OTHER_NAME: &str = "a name the transformer also lists that no api-version ASO generates has; \
     the transformer applies through its other names";
pub const TAGS_RULE: &str = "a general rule `build.rs` applies to every `tags` map";

/// Places a fact of `objectModelConfiguration` at one version.
pub fn fact(fact: &AsoFact, universe: &Universe, loader: &Loader, kinds: &[&str]) -> Outcome {
    let type_name = fact.type_name.as_deref().unwrap_or_default();
    if let Some(property) = &fact.property {
        return property_fact(fact, type_name, property, universe);
    }
    let kind = || universe.kind(type_name).map(str::to_string);
    let on_kind = |facts: Vec<KindFact>| match kind() {
        Some(kind) => Outcome::Placed(
            facts
                .into_iter()
                .map(|fact| Placement::Kind {
                    kind: kind.clone(),
                    fact,
                })
                .collect(),
        ),
        None => Outcome::Unplaced(format!(
            "{}: {type_name} is not a kind of this version",
            fact.origin()
        )),
    };
    match &fact.fact {
        Fact::Export(true) | Fact::ExportAs(_) => {
            let name = match &fact.fact {
                Fact::ExportAs(name) => name.as_str(),
                _ => type_name,
            };
            // `$export` beside `$exportAs` exports the kind `$exportAs` names.
            let found = kinds
                .iter()
                .find(|k| k.eq_ignore_ascii_case(name))
                .map(|k| k.to_string())
                .or_else(&kind);
            match found {
                Some(kind) => Outcome::Placed(vec![Placement::Kind {
                    kind,
                    fact: KindFact::Name,
                }]),
                None => Outcome::Unplaced(format!(
                    "{}: ASO exports {name}, which targets.yaml does not list at this version",
                    fact.origin()
                )),
            }
        }
        Fact::Export(false) => Outcome::NotApplicable(NOT_EXPORTED),
        Fact::SupportedFrom(_) => Outcome::NotApplicable(SUPPORTED_FROM),
        Fact::NameInNextVersion(_) => Outcome::NotApplicable(NAME_IN_NEXT_VERSION),
        Fact::RenameTo(_) => Outcome::NotApplicable(TYPE_RENAME),
        Fact::DefaultAzureName(default) => on_kind(vec![KindFact::AzureName(match default {
            // ASO's hand-written defaulters give these kinds UUIDs.
            false => AzureNameConfig::Uuid,
            true => AzureNameConfig::MetadataName,
        })]),
        Fact::AzureGeneratedSecrets(keys) => on_kind(
            keys.iter()
                .map(|k| KindFact::Secret(names::json_name(k)))
                .collect(),
        ),
        Fact::ManualConfigs(keys) => on_kind(
            keys.iter()
                .map(|k| KindFact::ConfigMap {
                    key: names::json_name(k),
                    source: "azure".into(),
                })
                .collect(),
        ),
        Fact::GeneratedConfigs(paths) => {
            let Some(kind) = kind() else {
                return on_kind(Vec::new());
            };
            let mut facts = Vec::new();
            for (key, path) in paths {
                let Some(go_path) = path.strip_prefix("$.Status.") else {
                    return Outcome::Unplaced(format!(
                        "{}: {key}: only `$.Status.<path>` sources are supported, found {path}",
                        fact.origin()
                    ));
                };
                let segments: Vec<&str> = go_path.split('.').collect();
                match universe.status_path(loader, &kind, &segments) {
                    Ok(source) => facts.push(KindFact::ConfigMap {
                        key: names::json_name(key),
                        source,
                    }),
                    Err(e) => return Outcome::Unplaced(format!("{}: {key}: {e}", fact.origin())),
                }
            }
            on_kind(facts)
        }
        Fact::IsResource(value) => {
            type_fact(fact, type_name, universe, TypeFact::IsResource(*value))
        }
        Fact::ResourceEmbeddedInParent(parent) => match universe.kind(parent) {
            Some(kind) => type_fact(
                fact,
                type_name,
                universe,
                TypeFact::EmbeddedInParent(kind.to_string()),
            ),
            None => Outcome::Unplaced(format!(
                "{}: no kind {parent} at this version",
                fact.origin()
            )),
        },
        Fact::Importable(_) => Outcome::Unplaced(format!(
            "{}: `$importable` is a kind of fact this import does not support",
            fact.origin()
        )),
        Fact::PayloadType(_)
        | Fact::ArmReference(_)
        | Fact::IsSecret(_)
        | Fact::ImportConfigMapMode(_)
        | Fact::ResourceLifecycleOwnedByParent(_) => {
            Outcome::Unplaced(format!("{}: a property modifier on a type", fact.origin()))
        }
    }
}

fn type_fact(fact: &AsoFact, type_name: &str, universe: &Universe, value: TypeFact) -> Outcome {
    let entries = universe.types(type_name);
    if entries.is_empty() {
        return missing_type(&fact.origin(), type_name, universe);
    }
    let placed: Vec<Placement> = entries
        .iter()
        .filter_map(|e| {
            e.definition.as_ref().map(|definition| Placement::Type {
                definition: definition.clone(),
                side: e.side,
                fact: value.clone(),
            })
        })
        .collect();
    match placed.is_empty() {
        false => Outcome::Placed(placed),
        true => Outcome::Unplaced(format!(
            "{}: {type_name} is not a definition of the specs",
            fact.origin()
        )),
    }
}

fn property_fact(fact: &AsoFact, type_name: &str, property: &str, universe: &Universe) -> Outcome {
    let value = match &fact.fact {
        Fact::ArmReference(value) => PropertyFact::Reference(*value),
        Fact::IsSecret(value) => PropertyFact::Secret(*value),
        Fact::ImportConfigMapMode(mode) => PropertyFact::ConfigMap(*mode),
        Fact::RenameTo(name) => PropertyFact::Rename(names::renamed_json_name(name)),
        Fact::PayloadType(payload) => PropertyFact::Payload(*payload),
        Fact::ResourceLifecycleOwnedByParent(parent) => match universe.kind(parent) {
            Some(_) => PropertyFact::OwnedByParent,
            None => {
                return Outcome::Unplaced(format!(
                    "{}: no kind {parent} at this version",
                    fact.origin()
                ));
            }
        },
        Fact::NameInNextVersion(_) => return Outcome::NotApplicable(NAME_IN_NEXT_VERSION),
        _ => {
            return Outcome::Unplaced(format!("{}: a type modifier on a property", fact.origin()));
        }
    };
    let entries = universe.types(type_name);
    if entries.is_empty() {
        return missing_type(&fact.origin(), type_name, universe);
    }
    properties(
        &fact.origin(),
        entries,
        type_name,
        property,
        &|_| true,
        &value,
    )
}

/// Places `value` on `property` of every entry; unplaced when no entry has it.
fn properties(
    origin: &str,
    entries: &[TypeEntry],
    type_name: &str,
    property: &str,
    condition: &dyn Fn(&Node) -> bool,
    value: &PropertyFact,
) -> Outcome {
    let mut placed = Vec::new();
    for entry in entries {
        for prop in entry
            .properties
            .get(&names::key(property))
            .into_iter()
            .flatten()
        {
            if !condition(&prop.node) {
                continue;
            }
            let value = match (value, entry.side) {
                (PropertyFact::ReadOnly, Side::Status) => PropertyFact::OmitFromStatus,
                (value, _) => value.clone(),
            };
            placed.push(Placement::Property {
                target: prop.target.clone(),
                side: entry.side,
                fact: value,
            });
        }
    }
    if placed.is_empty() {
        let known: std::collections::BTreeSet<&str> = entries
            .iter()
            .flat_map(|e| e.properties.keys().map(String::as_str))
            .collect();
        let known: Vec<&str> = known.into_iter().collect();
        return Outcome::Unplaced(format!(
            "{origin}: {type_name} has no property {property} (it has: {})",
            known.join(", ")
        ));
    }
    Outcome::Placed(placed)
}

fn missing_type(origin: &str, type_name: &str, universe: &Universe) -> Outcome {
    match universe.defined_but_unreached(type_name) {
        true => Outcome::NotApplicable(UNREACHED),
        false => Outcome::Unplaced(format!("{origin}: no type {type_name} at this version")),
    }
}

/// The change a transformer makes, read from its fields.
pub enum Change {
    Remove,
    Fact(PropertyFact),
    RenameType,
}

/// What a transformer does, or why it is not supported.
pub fn change(transformer: &Transformer) -> Result<Change, String> {
    let origin = transformer.origin();
    match (
        &transformer.target,
        transformer.remove,
        &transformer.rename_to,
    ) {
        (None, true, None) => Ok(Change::Remove),
        (None, false, Some(_)) => Ok(Change::RenameType),
        (Some(target), false, None) => Ok(Change::Fact(PropertyFact::Type(
            match target_type(target) {
                Some(Target::String) => TypeOverride::String,
                Some(Target::StringMap) => TypeOverride::StringMap,
                Some(Target::Enum(values)) => {
                    return Ok(Change::Fact(PropertyFact::EnumValues(values)));
                }
                None => {
                    return Err(format!(
                        "{origin}: a target type this import does not support: {target}"
                    ));
                }
            },
        ))),
        _ => Err(format!(
            "{origin}: exactly one of target, remove and renameTo is expected"
        )),
    }
}

enum Target {
    String,
    StringMap,
    Enum(Vec<String>),
}

fn target_type(target: &Value) -> Option<Target> {
    let is_string = |v: &Value| v.get("name").and_then(Value::as_str) == Some("string");
    if let Some(values) = target.pointer("/enum/values") {
        if target.pointer("/enum/base").and_then(Value::as_str) != Some("string") {
            return None;
        }
        return serde_json::from_value(values.clone())
            .ok()
            .map(Target::Enum);
    }
    if let Some(map) = target.get("map") {
        return (map.get("key").is_some_and(is_string) && map.get("value").is_some_and(is_string))
            .then_some(Target::StringMap);
    }
    is_string(target).then_some(Target::String)
}

/// The condition of a transformer's `ifType`.
pub enum IfType {
    /// `object: true`: an object with properties.
    Object,
    /// `map` of `string` to `any`: a free-form object.
    FreeFormMap,
}

pub fn if_type(transformer: &Transformer) -> Result<Option<IfType>, String> {
    let Some(if_type) = &transformer.if_type else {
        return Ok(None);
    };
    if if_type.get("object").and_then(Value::as_bool) == Some(true) {
        return Ok(Some(IfType::Object));
    }
    let any_value = if_type.pointer("/map/value/name").and_then(Value::as_str) == Some("any");
    let string_key = if_type.pointer("/map/key/name").and_then(Value::as_str) == Some("string");
    match any_value && string_key {
        true => Ok(Some(IfType::FreeFormMap)),
        false => Err(format!(
            "{}: an ifType this import does not support: {if_type}",
            transformer.origin()
        )),
    }
}

/// Whether a property's schema is what an `ifType` asks for.
fn holds(loader: &Loader, if_type: &IfType, node: &Node) -> bool {
    let Ok(resolved) = loader.resolve(node) else {
        return false;
    };
    let has_properties = resolved.get("properties").is_some() || resolved.get("allOf").is_some();
    match if_type {
        IfType::Object => has_properties,
        IfType::FreeFormMap => {
            let free_form = match resolved.value().get("additionalProperties") {
                None | Some(Value::Bool(true)) => true,
                Some(Value::Object(schema)) => schema.get("type").is_none(),
                Some(_) => false,
            };
            matches!(resolved.str("type"), Some("object") | None) && !has_properties && free_form
        }
    }
}

/// Places one (type, property) of a transformer at one version. `None` when the type does not
/// exist there.
pub fn transformer(
    transformer: &Transformer,
    change: &Change,
    type_name: &str,
    property: Option<&str>,
    universe: &Universe,
    loader: &Loader,
) -> Option<Outcome> {
    let origin = transformer.origin();
    let entries = universe.types(type_name);
    if entries.is_empty() {
        return None;
    }
    let if_type = match if_type(transformer) {
        Ok(if_type) => if_type,
        Err(e) => return Some(Outcome::Unplaced(e)),
    };
    let condition = |node: &Node| if_type.as_ref().is_none_or(|t| holds(loader, t, node));
    Some(match (change, property) {
        (Change::RenameType, None) => Outcome::NotApplicable(TYPE_RENAME),
        (Change::Remove, Some(property)) => properties(
            &origin,
            entries,
            type_name,
            property,
            &condition,
            &PropertyFact::ReadOnly,
        ),
        (Change::Fact(value), Some(property)) => {
            properties(&origin, entries, type_name, property, &condition, value)
        }
        (Change::Fact(value), None) => {
            // A type replaced: an inline type (an enum) stands for the properties holding it.
            let placed: Vec<Placement> = entries
                .iter()
                .flat_map(|e| {
                    e.holders.iter().map(|holder| Placement::Property {
                        target: holder.clone(),
                        side: e.side,
                        fact: value.clone(),
                    })
                })
                .collect();
            match placed.is_empty() {
                false => Outcome::Placed(placed),
                true => Outcome::Unplaced(format!("{origin}: {type_name} is held by no property")),
            }
        }
        (Change::Remove, None) | (Change::RenameType, Some(_)) => {
            Outcome::Unplaced(format!("{origin}: a change this import does not support"))
        }
    })
}

/// Whether a global transformer (no group) is the one rule `build.rs` implements for all:
/// `tags` maps of any become maps of strings.
pub fn is_tags_rule(transformer: &Transformer) -> bool {
    transformer.group.is_none()
        && transformer.name.as_deref() == Some("*")
        && transformer
            .property
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case("tags"))
        && transformer
            .target
            .as_ref()
            .is_some_and(|t| matches!(target_type(t), Some(Target::StringMap)))
}
