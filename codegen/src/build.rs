//! Builds a kind's spec and status type trees from its Swagger schemas.
//!
//! `$ref`s are resolved, `allOf` merged and discriminated unions expanded. Three of ASO's rules are
//! applied here rather than in later passes because they decide how far the walk goes: read-only
//! properties leave the spec, resources embedded in another resource shrink to their `id` (or
//! vanish when they are a child kind of their own), and self-referencing types are unrolled once.
//! The configured facts are looked up here too, where the type holding each property, and its ARM
//! path from the body, are still known.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::rc::Rc;

use heck::ToLowerCamelCase;
use serde_json::Value;

use crate::config::{PayloadConfig, TypeOverride};
use crate::load::{Loader, Node, SpecError};
use crate::model::{
    ArrayRules, Enumeration, NumberType, Object, Origin, Property, StringType, Type, Union,
    UnionOption,
};

pub use crate::config::Side;
pub use crate::facts::Facts;

/// A definition's identity: its file and name.
pub type DefKey = (String, String);

/// What the builder needs to know about the kind whose trees it builds.
pub struct KindContext<'a> {
    /// The kind's name, to recognise types configured as embedded in it.
    pub kind: &'a str,
    /// Body definitions of the kinds owned by this one: embedded copies of them are dropped.
    pub child_bodies: &'a BTreeSet<DefKey>,
}

/// Builds type trees.
pub struct Builder<'a> {
    loader: &'a Loader,
    derived: &'a DerivedIndex,
    facts: &'a Facts<'a>,
    kind: &'a KindContext<'a>,
    side: Side,
    /// Definitions on the way from the root to the current node.
    stack: Vec<DefKey>,
    /// Self-referencing definitions being built a second time, without their self-reference.
    unrolling: Vec<DefKey>,
    /// The ARM path from the body to the object about to be built, while that object's properties
    /// are the kind's own (the body, and objects flattened into it): facts about the kind's own
    /// properties are looked up by that path.
    body_path: Option<String>,
}

/// Which definitions derive from which discriminated bases.
#[derive(Debug, Default)]
pub struct DerivedIndex {
    by_root: BTreeMap<DefKey, Vec<Derived>>,
}

#[derive(Debug, Clone)]
struct Derived {
    node: Node,
    name: String,
    /// `x-ms-discriminator-value`, if given.
    value: Option<String>,
    /// Whether another indexed definition derives from this one.
    has_children: bool,
}

impl DerivedIndex {
    /// Indexes every definition in every JSON file of `folder` (relative to the loader's root)
    /// under the discriminated roots it derives from. Like ASO, a spec folder (one RP's
    /// api-version) is the universe in which derived types are looked for.
    pub fn build(loader: &Loader, folder: &Path) -> Result<Self, SpecError> {
        let mut files: BTreeSet<Rc<Path>> = BTreeSet::new();
        if let Ok(entries) = std::fs::read_dir(loader.root().join(folder)) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "json") && path.is_file() {
                    files.insert(folder.join(entry.file_name()).into());
                }
            }
        }
        let mut index = DerivedIndex::default();
        let mut parents_with_children: BTreeSet<DefKey> = BTreeSet::new();
        for file in files {
            let document = loader.document(&file)?;
            let Some(definitions) = document.get("definitions") else {
                continue;
            };
            for (name, definition) in definitions.entries() {
                let mut roots = BTreeSet::new();
                let mut direct_parents = Vec::new();
                collect_roots(loader, &definition, &mut roots, &mut direct_parents, 0)?;
                for parent in direct_parents {
                    parents_with_children.insert(parent);
                }
                for root in roots {
                    let list = index.by_root.entry(root).or_default();
                    if !list.iter().any(|d| d.node == definition) {
                        list.push(Derived {
                            node: definition.clone(),
                            name: name.clone(),
                            value: definition
                                .str("x-ms-discriminator-value")
                                .map(str::to_string),
                            has_children: false,
                        });
                    }
                }
            }
        }
        for list in index.by_root.values_mut() {
            for derived in list.iter_mut() {
                if let Some(key) = definition_key(&derived.node) {
                    derived.has_children = parents_with_children.contains(&key);
                }
            }
        }
        Ok(index)
    }
}

impl DerivedIndex {
    /// The options of a discriminated root: `(discriminator value, definition name, definition)`
    /// for every derived definition that has a discriminator value or is a leaf.
    pub fn options(&self, root: &Node) -> Vec<(String, String, Node)> {
        let Some(derived) = definition_key(root).and_then(|key| self.by_root.get(&key)) else {
            return Vec::new();
        };
        derived
            .iter()
            .filter(|d| d.value.is_some() || !d.has_children)
            .map(|d| {
                (
                    d.value.clone().unwrap_or_else(|| d.name.clone()),
                    d.name.clone(),
                    d.node.clone(),
                )
            })
            .collect()
    }
}

/// The discriminated roots a definition derives from, through any number of `allOf` levels.
fn collect_roots(
    loader: &Loader,
    definition: &Node,
    roots: &mut BTreeSet<DefKey>,
    direct_parents: &mut Vec<DefKey>,
    depth: usize,
) -> Result<(), SpecError> {
    if depth > 16 {
        return Ok(());
    }
    for parent in definition.child("allOf").items() {
        if parent.value().get("$ref").is_none() {
            continue;
        }
        let parent = loader.resolve(&parent)?;
        if let Some(key) = definition_key(&parent) {
            if depth == 0 {
                direct_parents.push(key.clone());
            }
            if parent.str("discriminator").is_some() {
                roots.insert(key);
            }
        }
        collect_roots(loader, &parent, roots, &mut Vec::new(), depth + 1)?;
    }
    Ok(())
}

/// A property as the merge of a schema with its `allOf` parents found it.
pub(crate) struct MergedProperty {
    pub name: String,
    pub node: Node,
}

/// The merged view of a schema with its `allOf` parents.
pub(crate) struct Merged {
    pub properties: Vec<MergedProperty>,
    pub required: BTreeSet<String>,
    pub additional: Option<Node>,
    pub additional_true: bool,
    pub type_: Option<String>,
    /// `x-ms-azure-resource` anywhere in the `allOf` chain.
    pub azure_resource: bool,
}

impl<'a> Builder<'a> {
    pub fn new(
        loader: &'a Loader,
        derived: &'a DerivedIndex,
        facts: &'a Facts<'a>,
        kind: &'a KindContext<'a>,
        side: Side,
    ) -> Self {
        Builder {
            loader,
            derived,
            facts,
            kind,
            side,
            stack: Vec::new(),
            unrolling: Vec::new(),
            body_path: None,
        }
    }

    /// The object tree of a resource body (the PUT body for spec, the GET response for status).
    pub fn resource(&mut self, schema: Option<&Node>, hint: &str) -> Result<Object, SpecError> {
        let empty = || Object {
            origin: None,
            name_hint: hint.to_string(),
            description: None,
            props: Vec::new(),
            is_resource: true,
        };
        let Some(schema) = schema else {
            return Ok(empty());
        };
        self.body_path = Some(String::new());
        match self.type_of(schema, hint, 1)? {
            Some(Type::Object(object)) => Ok(*object),
            Some(Type::Any | Type::Map(_)) | None => Ok(empty()),
            Some(other) => Err(SpecError::at(
                schema.location(),
                format!("a resource body must be an object, found {other:?}"),
            )),
        }
    }

    /// The type of `schema` at object depth `depth` (1 = the resource body); `None` when the
    /// property holding it must be dropped.
    fn type_of(
        &mut self,
        schema: &Node,
        hint: &str,
        depth: usize,
    ) -> Result<Option<Type>, SpecError> {
        let resolved = self.loader.resolve(schema)?;
        let key = definition_key(&resolved);
        if let Some(key) = &key {
            if self.unrolling.contains(key) {
                // The unrolled copy of a self-referencing type stops at its own reference.
                return Ok(None);
            }
            if self.stack.contains(key) {
                if self.stack.last() != Some(key) {
                    // An indirect cycle that no embedded resource broke: free-form from here.
                    return Ok(Some(Type::Any));
                }
                self.unrolling.push(key.clone());
                let result = self.type_of_resolved(&resolved, hint, depth);
                self.unrolling.pop();
                return result;
            }
            self.stack.push(key.clone());
        }
        let result = self.type_of_resolved(&resolved, hint, depth);
        if key.is_some() {
            self.stack.pop();
        }
        result
    }

    fn type_of_resolved(
        &mut self,
        schema: &Node,
        hint: &str,
        depth: usize,
    ) -> Result<Option<Type>, SpecError> {
        if schema.str("discriminator").is_some()
            && let Some(union) = self.union_of(schema, hint, depth)?
        {
            return Ok(Some(Type::OneOf(Box::new(union))));
        }
        let merged = self.merge(schema)?;
        let value = schema.value();
        if let Some(values) = value.get("enum").and_then(Value::as_array) {
            let enum_name = value
                .pointer("/x-ms-enum/name")
                .and_then(Value::as_str)
                .unwrap_or(hint)
                .to_string();
            let open = value
                .pointer("/x-ms-enum/modelAsString")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            return Ok(Some(match merged.type_.as_deref() {
                Some("integer") => Type::Integer(NumberType {
                    enumeration: Some(values.clone()),
                    ..number(value)
                }),
                Some("number") => Type::Number(NumberType {
                    enumeration: Some(values.clone()),
                    ..number(value)
                }),
                Some("boolean") => Type::Boolean,
                _ => Type::String(StringType {
                    enumeration: Some(Enumeration {
                        name: enum_name,
                        values: values
                            .iter()
                            .map(|v| {
                                v.as_str()
                                    .map(str::to_string)
                                    .unwrap_or_else(|| v.to_string())
                            })
                            .collect(),
                        open,
                    }),
                    ..string(value)
                }),
            }));
        }
        match merged.type_.as_deref() {
            Some("string") => return Ok(Some(Type::String(string(value)))),
            Some("integer") => return Ok(Some(Type::Integer(number(value)))),
            Some("number") => return Ok(Some(Type::Number(number(value)))),
            Some("boolean") => return Ok(Some(Type::Boolean)),
            Some("file") => {
                return Ok(Some(Type::String(StringType {
                    format: Some("binary".into()),
                    ..Default::default()
                })));
            }
            Some("array") => {
                self.body_path = None;
                let rules = ArrayRules {
                    min_items: value.get("minItems").and_then(Value::as_u64),
                    max_items: value.get("maxItems").and_then(Value::as_u64),
                };
                let item = match schema.get("items") {
                    Some(items) => self.type_of(&items, &item_hint(hint), depth)?,
                    None => Some(Type::Any),
                };
                return Ok(item.map(|item| Type::Array(Box::new(item), rules)));
            }
            _ => {}
        }
        if !merged.properties.is_empty() {
            return self.object(schema, merged, hint, depth);
        }
        if let Some(additional) = &merged.additional {
            self.body_path = None;
            return Ok(self
                .type_of(additional, &format!("{hint}Value"), depth)?
                .map(|t| Type::Map(Box::new(t))));
        }
        if merged.additional_true || merged.type_.as_deref() == Some("object") {
            return Ok(Some(Type::Map(Box::new(Type::Any))));
        }
        Ok(Some(Type::Any))
    }

    fn object(
        &mut self,
        schema: &Node,
        merged: Merged,
        hint: &str,
        depth: usize,
    ) -> Result<Option<Type>, SpecError> {
        let body_path = self.body_path.take();
        let origin = origin_of(schema);
        let definition = schema.definition_name().map(str::to_string);
        let type_facts = definition
            .as_deref()
            .map(|d| self.facts.type_facts(self.side, d))
            .unwrap_or_default();
        let is_resource = type_facts.is_resource.unwrap_or(merged.azure_resource);
        let embedded_here = type_facts
            .embedded_in_parent
            .as_deref()
            .is_some_and(|parent| parent == self.kind.kind);

        // A resource inside another resource: a child kind of this one is managed on its own and
        // vanishes here; any other is only referred to, by ID.
        let mut only_id = false;
        if depth >= 2 && is_resource && !embedded_here {
            if let Some(key) = definition_key(schema)
                && self.kind.child_bodies.contains(&key)
            {
                return Ok(None);
            }
            only_id = true;
        }

        let name_base = definition.clone().unwrap_or_else(|| hint.to_string());
        let mut props = Vec::new();
        for merged_prop in merged.properties {
            let MergedProperty {
                name,
                node: prop_node,
            } = merged_prop;
            if only_id && !name.eq_ignore_ascii_case("id") {
                continue;
            }
            // Created through their parent, embedded resources have no ID of their own in spec.
            if embedded_here && self.side == Side::Spec && name.eq_ignore_ascii_case("id") {
                continue;
            }
            let resolved = self.loader.resolve(&prop_node)?;
            let flag = |key: &str| prop_node.bool(key) || resolved.bool(key);
            // Like ASO's, facts name the type holding the property (the definition, or for inline
            // schemas `<Definition>_<Property>`), inherited properties included, and concern that
            // type only (not the types deriving from it); facts about the kind's own properties
            // (its body and what is flattened into it) are named by ARM path, and win.
            let mut facts = self.facts.property(self.side, &name_base, &name);
            let path = body_path.as_ref().map(|p| match p.is_empty() {
                true => name.clone(),
                false => format!("{p}.{name}"),
            });
            if let Some(path) = &path {
                facts =
                    facts.overridden_by(&self.facts.kind_property(self.side, self.kind.kind, path));
            }
            // Like ASO, only the property's own readOnly counts, not one on the definition it refers to.
            let read_only = prop_node.bool("readOnly") || facts.read_only == Some(true);
            let secret = flag("x-ms-secret")
                || resolved.str("format") == Some("password")
                || facts.secret == Some(true);
            let keep = match self.side {
                Side::Spec => !read_only && facts.owned_by_parent != Some(true),
                Side::Status => !secret && facts.omit_from_status != Some(true),
            };
            if !keep {
                continue;
            }
            let prop_hint = format!("{name_base}_{}", heck::AsUpperCamelCase(&name));
            let flatten = prop_node.bool("x-ms-client-flatten");
            self.body_path = path.filter(|_| flatten);
            let ty = self.type_of(&prop_node, &prop_hint, depth + 1);
            self.body_path = None;
            let Some(mut ty) = ty? else {
                continue;
            };
            if name == "tags"
                && let Type::Map(value) = &mut ty
                && **value == Type::Any
            {
                // Tags are strings; some specs leave their values untyped.
                **value = Type::String(StringType::default());
            }
            match facts.type_override {
                Some(TypeOverride::String) => ty = Type::String(StringType::default()),
                Some(TypeOverride::StringMap) => {
                    ty = Type::Map(Box::new(Type::String(StringType::default())))
                }
                None => {}
            }
            if let Some(values) = &facts.enum_values {
                ty = Type::String(StringType {
                    enumeration: Some(Enumeration {
                        name: prop_hint.clone(),
                        values: values.clone(),
                        open: false,
                    }),
                    ..Default::default()
                });
            }
            let mutability = prop_node.mutability().or_else(|| resolved.mutability());
            props.push(Property {
                name: facts.rename.clone().unwrap_or_else(|| name.clone()),
                arm: vec![name.clone()],
                required: merged.required.contains(&name),
                description: prop_node
                    .str("description")
                    .or_else(|| resolved.str("description"))
                    .map(str::to_string),
                read_only,
                create_only: mutability
                    .as_ref()
                    .is_some_and(|m| m.contains("create") && !m.contains("update")),
                secret,
                flatten,
                reference: facts.reference,
                config_map: facts.config_map,
                format_arm_id: self.holds_arm_ids(&resolved)?,
                payload: facts.payload.map(PayloadConfig::rule),
                ty,
            });
        }
        props.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Some(Type::Object(Box::new(Object {
            origin,
            name_hint: hint.to_string(),
            description: schema.str("description").map(str::to_string),
            props,
            is_resource: is_resource && !embedded_here,
        }))))
    }

    /// `format: arm-id` on the value, or on the items of an array or the values of a map of them
    /// (ASO turns all three into references).
    fn holds_arm_ids(&self, resolved: &Node) -> Result<bool, SpecError> {
        if resolved.str("format") == Some("arm-id") {
            return Ok(true);
        }
        let inner = match resolved.str("type") {
            Some("array") => resolved.get("items"),
            Some("object") if resolved.get("properties").is_none() => {
                resolved.get("additionalProperties")
            }
            _ => None,
        };
        match inner {
            Some(inner) if inner.value().is_object() => {
                Ok(self.loader.resolve(&inner)?.str("format") == Some("arm-id"))
            }
            _ => Ok(false),
        }
    }

    fn merge(&self, schema: &Node) -> Result<Merged, SpecError> {
        merge(self.loader, schema)
    }

    /// A discriminated root used as a type: one option per concrete derived definition.
    fn union_of(
        &mut self,
        root: &Node,
        hint: &str,
        depth: usize,
    ) -> Result<Option<Union>, SpecError> {
        let discriminator = root.str("discriminator").unwrap_or_default().to_string();
        // Each option is an object in the place of the root: the kind's own properties if it was.
        let body_path = self.body_path.take();
        let mut options = Vec::new();
        for (value, name, node) in self.derived.options(root) {
            self.body_path = body_path.clone();
            let Some(Type::Object(mut object)) = self.type_of(&node, &name, depth)? else {
                continue;
            };
            // Each option fixes the discriminator to its own value, and must carry it.
            if let Some(prop) = object.prop_mut(&discriminator) {
                prop.required = true;
                prop.ty = Type::String(StringType {
                    enumeration: Some(Enumeration {
                        name: format!("{name}_{}", heck::AsUpperCamelCase(&discriminator)),
                        values: vec![value.clone()],
                        open: false,
                    }),
                    ..Default::default()
                });
            }
            options.push(UnionOption {
                name: value.to_lower_camel_case(),
                value,
                object: *object,
            });
        }
        if options.is_empty() {
            self.body_path = body_path;
            return Ok(None);
        }
        options.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Some(Union {
            origin: origin_of(root),
            name_hint: hint.to_string(),
            description: root.str("description").map(str::to_string),
            discriminator,
            options,
        }))
    }
}

/// Merges a schema with its `allOf` parents: properties of parents first, then its own.
pub(crate) fn merge(loader: &Loader, schema: &Node) -> Result<Merged, SpecError> {
    let mut merged = Merged {
        properties: Vec::new(),
        required: BTreeSet::new(),
        additional: None,
        additional_true: false,
        type_: None,
        azure_resource: false,
    };
    merge_into(loader, schema, &mut merged, 0)?;
    Ok(merged)
}

fn merge_into(
    loader: &Loader,
    schema: &Node,
    merged: &mut Merged,
    depth: usize,
) -> Result<(), SpecError> {
    if depth > 16 {
        return Err(SpecError::at(
            schema.location(),
            "allOf nested more than 16 deep (a cycle?)",
        ));
    }
    for parent in schema.child("allOf").items() {
        let parent = loader.resolve(&parent)?;
        merge_into(loader, &parent, merged, depth + 1)?;
    }
    if let Some(properties) = schema.get("properties") {
        for (name, node) in properties.entries() {
            merged.properties.retain(|p| p.name != name);
            merged.properties.push(MergedProperty { name, node });
        }
    }
    for required in schema.child("required").items() {
        if let Some(name) = required.value().as_str() {
            merged.required.insert(name.to_string());
        }
    }
    match schema.value().get("additionalProperties") {
        Some(Value::Bool(true)) => merged.additional_true = true,
        Some(Value::Object(_)) => merged.additional = schema.get("additionalProperties"),
        _ => {}
    }
    if let Some(type_) = schema.str("type") {
        merged.type_ = Some(type_.to_string());
    }
    merged.azure_resource |= schema.bool("x-ms-azure-resource");
    Ok(())
}

pub fn definition_key(node: &Node) -> Option<DefKey> {
    node.definition_name()
        .map(|name| (node.file().display().to_string(), name.to_string()))
}

fn origin_of(node: &Node) -> Option<Origin> {
    let definition = node.definition_name()?;
    Some(Origin {
        file: node.file().display().to_string(),
        definition: Some(definition.to_string()),
    })
}

fn string(value: &Value) -> StringType {
    StringType {
        format: value
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string),
        pattern: value
            .get("pattern")
            .and_then(Value::as_str)
            .map(str::to_string),
        min_length: value.get("minLength").and_then(Value::as_u64),
        max_length: value.get("maxLength").and_then(Value::as_u64),
        enumeration: None,
    }
}

fn number(value: &Value) -> NumberType {
    NumberType {
        format: value
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string),
        minimum: value.get("minimum").and_then(Value::as_f64),
        maximum: value.get("maximum").and_then(Value::as_f64),
        exclusive_minimum: value
            .get("exclusiveMinimum")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        exclusive_maximum: value
            .get("exclusiveMaximum")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        multiple_of: value.get("multipleOf").and_then(Value::as_f64),
        enumeration: None,
    }
}

fn item_hint(hint: &str) -> String {
    format!("{hint}Item")
}
