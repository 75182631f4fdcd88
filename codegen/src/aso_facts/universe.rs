//! Every type ASO sees at one api-version of a group, under ASO's names, and where facts about
//! each type and property land in our configuration.
//!
//! ASO names types after the specs' definitions (`RoleAssignmentProperties`; `_STATUS` added on
//! the status side; `<FileStem><Name>` where two files of a folder define one name differently),
//! after resources (`<Resource>_Spec`, `<Resource>_STATUS`: a kind's PUT and GET bodies, with
//! `x-ms-client-flatten` properties lifted), and after where inline schemas appear
//! (`<Parent>_<Property>`, the side's suffix kept last: `Namespace_Properties_Spec`,
//! `EndpointProperties_WebApplicationFirewallPolicyLink_STATUS`). The universe is built by walking
//! every kind's bodies, so a type is in it when some kind of this version reaches it.
//!
//! Facts about a resource's own types (`X_Spec`, `X_STATUS`) land on that kind (by ARM path from
//! the body); facts about definitions land on the definition (our key: the declaring definition's
//! name, or for inline schemas the name `build` gives them, `<Definition>_<Property>`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;

use super::names;
use crate::build::{DerivedIndex, definition_key, merge};
use crate::config::Side;
use crate::discover::discover;
use crate::load::{Loader, Node, SpecError};

/// Where a fact about a property lands in our configuration.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum PropertyTarget {
    /// `definitions.<definition>.<property>`.
    Definition {
        definition: String,
        property: String,
    },
    /// `kinds.<kind>.properties.<path>`.
    Body { kind: String, path: String },
}

impl std::fmt::Display for PropertyTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PropertyTarget::Definition {
                definition,
                property,
            } => write!(f, "definitions.{definition}.{property}"),
            PropertyTarget::Body { kind, path } => write!(f, "kinds.{kind}.properties.{path}"),
        }
    }
}

/// A property as ASO sees it on a type.
#[derive(Debug, Clone)]
pub struct PropertyEntry {
    pub target: PropertyTarget,
    /// The property's schema (unresolved).
    pub node: Node,
}

/// A type ASO has at this version.
#[derive(Debug, Clone)]
pub struct TypeEntry {
    pub side: Side,
    /// Its properties by key (`names::key`), flattened as ASO flattens them.
    pub properties: BTreeMap<String, Vec<PropertyEntry>>,
    /// The definition, for named definitions: facts about the type land there.
    pub definition: Option<String>,
    /// The properties holding it (inline schemas and named enums): facts that replace the type
    /// land there.
    pub holders: Vec<PropertyTarget>,
    /// The kind, for a resource's own body.
    pub kind: Option<String>,
    /// The schema it comes from (`file#/definitions/Name` or an inline schema's pointer), so
    /// that two schemas ASO names alike stay two entries.
    pub source: String,
}

/// One api-version of a group as ASO sees it.
pub struct Universe {
    /// By `names::type_key`.
    types: BTreeMap<String, Vec<TypeEntry>>,
    /// Definition names (type keys) anywhere in the spec folders of this version.
    folder_definitions: BTreeSet<String>,
    /// Kinds by the type key of their ASO resource name, and by their own name.
    kinds_by_resource: BTreeMap<String, String>,
    /// Each kind's status body, to resolve export paths.
    status_bodies: BTreeMap<String, Node>,
}

/// A kind of this version: its name, ASO's resource name, ARM type and spec file (relative to
/// the specs root).
pub struct UniverseKind<'a> {
    pub kind: &'a str,
    pub resource: String,
    pub arm_type: &'a str,
    pub spec_file: PathBuf,
}

/// Where a walk is: what names the next type gets, and which property holds it.
#[derive(Clone)]
struct Context {
    side: Side,
    /// Our name for an inline schema here (`build`'s hint).
    hint: String,
    /// ASO's names for an inline schema here: bases and the suffix kept last.
    aso_names: Vec<(String, &'static str)>,
    /// Extra names of the type here (a kind's `X_Spec`), with the kind.
    body: Option<(String, Vec<String>)>,
    /// The property holding the type here.
    holder: Option<PropertyTarget>,
}

impl Universe {
    pub fn build(loader: &Loader, kinds: &[UniverseKind]) -> Result<Universe, SpecError> {
        let mut universe = Universe {
            types: BTreeMap::new(),
            folder_definitions: BTreeSet::new(),
            kinds_by_resource: BTreeMap::new(),
            status_bodies: BTreeMap::new(),
        };
        let mut folders = BTreeSet::new();
        let mut defined_in: BTreeMap<String, BTreeSet<PathBuf>> = BTreeMap::new();
        for kind in kinds {
            let folder = kind
                .spec_file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            if folders.insert(folder.clone()) {
                for file in json_files(loader, &folder) {
                    let document = loader.document(&file)?;
                    for (name, _) in document
                        .get("definitions")
                        .map(|d| d.entries())
                        .unwrap_or_default()
                    {
                        defined_in
                            .entry(names::type_key(&name))
                            .or_default()
                            .insert(file.clone());
                    }
                }
            }
        }
        universe.folder_definitions = defined_in.keys().cloned().collect();
        let mut walker = Walker {
            loader,
            colliding: defined_in
                .iter()
                .filter(|(_, files)| files.len() > 1)
                .map(|(name, _)| name.clone())
                .collect(),
            derived: BTreeMap::new(),
            visited: BTreeSet::new(),
            types: BTreeMap::new(),
        };
        for kind in kinds {
            universe
                .kinds_by_resource
                .insert(names::type_key(&kind.resource), kind.kind.to_string());
            universe
                .kinds_by_resource
                .insert(names::type_key(kind.kind), kind.kind.to_string());
            let folder = kind
                .spec_file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let discovered = discover(loader, &kind.spec_file, kind.arm_type)?;
            universe
                .status_bodies
                .insert(kind.kind.to_string(), discovered.get_response.clone());
            for (side, body, suffix) in [
                (Side::Spec, discovered.put_body.as_ref(), "_Spec"),
                (Side::Status, Some(&discovered.get_response), "_STATUS"),
            ] {
                let Some(body) = body else { continue };
                let context = Context {
                    side,
                    hint: kind.kind.to_string(),
                    aso_names: vec![(kind.resource.clone(), suffix)],
                    body: Some((
                        kind.kind.to_string(),
                        vec![format!("{}{suffix}", kind.resource)],
                    )),
                    holder: None,
                };
                walker.visit(&folder, body, context)?;
            }
        }
        universe.types = walker.types;
        Ok(universe)
    }

    /// The types ASO names `name` at this version.
    pub fn types(&self, name: &str) -> &[TypeEntry] {
        self.types
            .get(&names::type_key(name))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Makes `to` another name of the types named `from` (and of their status side): ASO renames
    /// types before its other facts name them. `objects_only` limits it to types with properties.
    pub fn alias(&mut self, from: &str, to: &str, objects_only: bool) {
        for (from, to) in [
            (names::type_key(from), names::type_key(to)),
            (
                names::type_key(&format!("{from}_STATUS")),
                names::type_key(&format!("{to}_STATUS")),
            ),
        ] {
            let entries: Vec<TypeEntry> = self
                .types
                .get(&from)
                .into_iter()
                .flatten()
                .filter(|e| !objects_only || !e.properties.is_empty())
                .cloned()
                .collect();
            self.types.entry(to).or_default().extend(entries);
        }
    }

    /// Whether `name` is a definition of this version's spec folders that no kind reaches (ASO
    /// keeps configuration for types of kinds it does not generate at a version).
    pub fn defined_but_unreached(&self, name: &str) -> bool {
        let key = names::type_key(name);
        let base = key.strip_suffix("_status").unwrap_or(&key);
        self.folder_definitions.contains(base)
    }

    /// The kind ASO calls `name` (its resource name or its kind name).
    pub fn kind(&self, name: &str) -> Option<&str> {
        self.kinds_by_resource
            .get(&names::type_key(name))
            .map(String::as_str)
    }

    /// Our status path (`status.primaryEndpoints.blob`) for a path of Go names under a kind's
    /// status (`PrimaryEndpoints.Blob`).
    pub fn status_path(
        &self,
        loader: &Loader,
        kind: &str,
        go_path: &[&str],
    ) -> Result<String, String> {
        let mut node = self
            .status_bodies
            .get(kind)
            .cloned()
            .ok_or_else(|| format!("no kind {kind}"))?;
        let mut out = vec!["status".to_string()];
        for segment in go_path {
            let props = flattened(loader, &node).map_err(|e| e.to_string())?;
            let found: Vec<_> = props
                .into_iter()
                .filter(|(name, _)| names::key(name) == names::key(segment))
                .collect();
            match found.as_slice() {
                [(name, prop)] => {
                    out.push(name.clone());
                    node = prop.clone();
                }
                [] => {
                    return Err(format!(
                        "{kind}'s status has no {segment} at {}",
                        out.join(".")
                    ));
                }
                _ => {
                    return Err(format!(
                        "{kind}'s status has several {segment} at {}",
                        out.join(".")
                    ));
                }
            }
        }
        Ok(out.join("."))
    }
}

/// The properties of an object schema as ASO flattens them: `(name, schema)`, with the properties
/// of `x-ms-client-flatten` objects in place of those objects.
pub fn flattened(loader: &Loader, schema: &Node) -> Result<Vec<(String, Node)>, SpecError> {
    let resolved = loader.resolve(schema)?;
    let mut out = Vec::new();
    for prop in merge(loader, &resolved)?.properties {
        let inner = loader.resolve(&prop.node)?;
        let is_object = !merge(loader, &inner)?.properties.is_empty();
        if prop.node.bool("x-ms-client-flatten") && is_object {
            out.extend(flattened(loader, &inner)?);
        } else {
            out.push((prop.name, prop.node));
        }
    }
    Ok(out)
}

struct Walker<'a> {
    loader: &'a Loader,
    /// Definition names (type keys) defined in more than one file of a folder: ASO prefixes
    /// those with the file's name.
    colliding: BTreeSet<String>,
    derived: BTreeMap<PathBuf, DerivedIndex>,
    /// Named definitions already walked, per side.
    visited: BTreeSet<(String, String, Side)>,
    types: BTreeMap<String, Vec<TypeEntry>>,
}

impl Walker<'_> {
    fn visit(&mut self, folder: &Path, schema: &Node, context: Context) -> Result<(), SpecError> {
        let resolved = self.loader.resolve(schema)?;
        let definition = resolved.definition_name().map(str::to_string);
        let suffix = match context.side {
            Side::Spec => "",
            Side::Status => "_STATUS",
        };
        if let Some(name) = &definition {
            for name in self.definition_names(&resolved, name, suffix) {
                self.add_holder(&name, context.side, &context.holder, &resolved);
            }
            // A named definition is walked once per side; a kind's body always, for its own names.
            let key = definition_key(&resolved).expect("named");
            if !self.visited.insert((key.0, key.1, context.side)) && context.body.is_none() {
                return Ok(());
            }
        }
        if resolved.str("discriminator").is_some() {
            let index = self.derived_index(folder)?;
            let options = index.options(&resolved);
            for (_, name, node) in options {
                let option = Context {
                    hint: name.clone(),
                    aso_names: vec![(name, suffix)],
                    body: None,
                    holder: None,
                    ..context.clone()
                };
                self.visit(folder, &node, option)?;
            }
        }
        let merged = merge(self.loader, &resolved)?;
        let nested = |hint: String| Context {
            hint,
            body: None,
            ..context.clone()
        };
        match merged.type_.as_deref() {
            Some("array") => {
                if let Some(items) = resolved.get("items") {
                    self.visit(folder, &items, nested(format!("{}Item", context.hint)))?;
                }
                return Ok(());
            }
            _ if merged.properties.is_empty() => {
                if let Some(additional) = &merged.additional {
                    self.visit(folder, additional, nested(format!("{}Value", context.hint)))?;
                } else if definition.is_none() {
                    // An inline scalar (an enum): its type name stands for the property.
                    for (base, suffix) in &context.aso_names {
                        let name = format!("{base}{suffix}");
                        self.add_holder(&name, context.side, &context.holder, &resolved);
                    }
                }
                return Ok(());
            }
            _ => {}
        }

        let base = definition.clone().unwrap_or_else(|| context.hint.clone());
        // ASO's names of this type, with the targets facts about its properties get.
        let mut named: Vec<(String, Option<String>)> = Vec::new();
        match &definition {
            Some(name) => {
                for name in self.definition_names(&resolved, name, suffix) {
                    named.push((name, None));
                }
            }
            None => {
                for (aso_base, suffix) in &context.aso_names {
                    named.push((format!("{aso_base}{suffix}"), None));
                }
            }
        }
        if let Some((kind, extra)) = &context.body {
            // A resource named like its body's definition (`Widget_STATUS` for both): ASO has one
            // type, the resource's.
            let extra_keys: Vec<String> = extra.iter().map(|n| names::type_key(n)).collect();
            named.retain(|(n, _)| !extra_keys.contains(&names::type_key(n)));
            named.extend(extra.iter().map(|n| (n.clone(), Some(kind.clone()))));
        }
        for (name, kind) in named {
            let properties = self.properties(&resolved, &base, kind.as_deref(), "")?;
            let entry = self.entry(&name, context.side, kind.as_deref(), &resolved);
            entry.properties = properties;
            if kind.is_none() {
                entry.definition = definition.clone();
            }
            if let Some(holder) = &context.holder
                && !entry.holders.contains(holder)
            {
                entry.holders.push(holder.clone());
            }
        }

        // ASO's bases for inline schemas below: after the definition, or after where this is.
        let child_bases: Vec<(String, &'static str)> = match &definition {
            Some(name) => {
                let mut bases = vec![(name.clone(), suffix)];
                if context.body.is_some() {
                    bases.extend(context.aso_names.iter().cloned());
                }
                bases
            }
            None => context.aso_names.clone(),
        };
        for prop in merged.properties {
            let property = names::upper_first(&prop.name);
            let child = Context {
                side: context.side,
                hint: format!("{base}_{}", heck::AsUpperCamelCase(&prop.name)),
                aso_names: child_bases
                    .iter()
                    .map(|(b, s)| (format!("{b}_{property}"), *s))
                    .collect(),
                body: None,
                holder: Some(PropertyTarget::Definition {
                    definition: base.clone(),
                    property: prop.name.clone(),
                }),
            };
            self.visit(folder, &prop.node, child)?;
        }
        Ok(())
    }

    /// The properties of `schema` by key, flattened; targets are the declaring definitions, or
    /// for a kind's own body, ARM paths under `prefix`.
    fn properties(
        &self,
        schema: &Node,
        base: &str,
        kind: Option<&str>,
        prefix: &str,
    ) -> Result<BTreeMap<String, Vec<PropertyEntry>>, SpecError> {
        let mut out: BTreeMap<String, Vec<PropertyEntry>> = BTreeMap::new();
        for prop in merge(self.loader, schema)?.properties {
            let path = match prefix.is_empty() {
                true => prop.name.clone(),
                false => format!("{prefix}.{}", prop.name),
            };
            let target = match kind {
                Some(kind) => PropertyTarget::Body {
                    kind: kind.to_string(),
                    path: path.clone(),
                },
                None => PropertyTarget::Definition {
                    definition: base.to_string(),
                    property: prop.name.clone(),
                },
            };
            out.entry(names::key(&prop.name))
                .or_default()
                .push(PropertyEntry {
                    target,
                    node: prop.node.clone(),
                });
            let inner = self.loader.resolve(&prop.node)?;
            if prop.node.bool("x-ms-client-flatten")
                && !merge(self.loader, &inner)?.properties.is_empty()
            {
                let inner_base = inner
                    .definition_name()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("{base}_{}", heck::AsUpperCamelCase(&prop.name)));
                for (key, entries) in self.properties(&inner, &inner_base, kind, &path)? {
                    out.entry(key).or_default().extend(entries);
                }
            }
        }
        Ok(out)
    }

    fn add_holder(
        &mut self,
        name: &str,
        side: Side,
        holder: &Option<PropertyTarget>,
        schema: &Node,
    ) {
        let Some(holder) = holder else { return };
        let entry = self.entry(name, side, None, schema);
        if !entry.holders.contains(holder) {
            entry.holders.push(holder.clone());
        }
    }

    /// ASO's names for a named definition: its name, and where another file of the folder
    /// defines the same name, the name prefixed with the file's.
    fn definition_names(&self, schema: &Node, name: &str, suffix: &str) -> Vec<String> {
        let mut out = vec![format!("{name}{suffix}")];
        if self.colliding.contains(&names::type_key(name))
            && let Some(stem) = schema.file().file_stem().and_then(|s| s.to_str())
        {
            out.push(format!("{}{name}{suffix}", stem.to_upper_camel_case()));
        }
        out
    }

    /// The entry for ASO's type `name` on `side` from `schema` (a kind's own body when `kind` is
    /// given).
    fn entry(
        &mut self,
        name: &str,
        side: Side,
        kind: Option<&str>,
        schema: &Node,
    ) -> &mut TypeEntry {
        let source = format!("{}#{}", schema.file().display(), schema.pointer());
        let entries = self.types.entry(names::type_key(name)).or_default();
        let at = entries
            .iter()
            .position(|e| e.side == side && e.kind.as_deref() == kind && e.source == source);
        let at = at.unwrap_or_else(|| {
            entries.push(TypeEntry {
                side,
                properties: BTreeMap::new(),
                definition: None,
                holders: Vec::new(),
                kind: kind.map(str::to_string),
                source,
            });
            entries.len() - 1
        });
        &mut entries[at]
    }

    fn derived_index(&mut self, folder: &Path) -> Result<&DerivedIndex, SpecError> {
        if !self.derived.contains_key(folder) {
            let index = DerivedIndex::build(self.loader, folder)?;
            self.derived.insert(folder.to_path_buf(), index);
        }
        Ok(&self.derived[folder])
    }
}

fn json_files(loader: &Loader, folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(loader.root().join(folder))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .filter_map(|p| p.file_name().map(|n| folder.join(n)))
        .collect();
    files.sort();
    files
}
