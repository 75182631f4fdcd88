//! Conversion between the versions of a CRD, lossless, generic and driven by the versions'
//! schemas (no code per kind). What the conversion webhook runs for kube-apiserver.
//!
//! # The hub
//!
//! Objects are stored at the hub (the CRD's storage version, `v1apistorage`, whose schema keeps
//! `spec` and `status` as written). A hub object holds:
//! - `spec`: the spec in the shape of the version `X` it was last written at, plus
//!   `spec.originalVersion: X` (which tells the operator the ARM api-version to use);
//! - `status`: as the operator wrote it;
//! - the stash, `metadata.annotations["serviceoperator.azure.com/conversion-stash"]`: every field
//!   written at some version that `X` cannot show, as `{version, path, value}` (see [`stash`]).
//!
//! # The one rule
//!
//! Converting an object to a version `V` (the hub's `X` on the way in, any served `V` on the way
//! out) is one step, *reshape*: the object's spec is **filled** with its stash (each stashed value
//! goes where the spec has nothing; see [`merge`]), then **projected** at `V`'s schema (see
//! [`project`]): what `V` can show is the new spec, everything else is the new stash, each value
//! labelled with the version it was written at. So:
//!
//! - **to the hub** from `X`: the hub spec is what `X` shows of the object and its stash, and
//!   `originalVersion = X`. A stashed value `X` can show, at a place the written spec leaves
//!   empty, moves into the hub spec; a stashed value where the written spec has one is dropped
//!   (the writer saw the version's view and wrote over it); a stashed value whose parent the
//!   writer deleted is dropped with it; the stash keeps exactly what `X` cannot show. The hub
//!   spec therefore always has `X`'s shape, and is what the operator checks against `X`'s schema.
//! - **from the hub** to `Y`: the same with `Y`'s schema, `originalVersion` dropped; the stash of
//!   the result holds what `Y` cannot show.
//! - between two served versions: to the hub, then from it.
//!
//! Because the stash is filled back *before* projecting, a field survives any sequence of
//! versions: `X -> hub -> Y -> hub -> Z -> ... -> X` gives back `X`'s spec (proven by property
//! over every kind and version pair of our CRDs in the webhook crate's tests).
//!
//! Values are checked *strictly* (enum, pattern, lengths, `required`...) when they move to a
//! version other than the one they were written at, or come out of the stash; the spec a
//! version was written at is checked only *structurally* against that same version (its path
//! exists and its JSON type matches), because kube-apiserver validated it already and a
//! disagreement must never move a user's field out of the spec the operator reads.
//!
//! `status` is projected the same way, but what does not fit is dropped, not stashed: the operator
//! rewrites status in the shape of the version the spec was last written at, so a stashed status
//! field would only bring back a stale value.
//!
//! # ASO's storage versions
//!
//! An object ASO stored at `<v>storage` has `<v>`'s shape, `spec.originalVersion` (the version
//! the user wrote) and `$propertyBag`s (see [`bag`]). It is read as written at `<v>` with the bag
//! entries as its stash, and reshaped at the original version (or at `<v>`, or at the newest
//! served version, when we do not serve the original one) to give the hub object.
//!
//! # Metadata
//!
//! kube-apiserver keeps every metadata field of the original but labels and annotations
//! (`restoreObjectMeta` in apiextensions-apiserver's `webhook_converter.go`): conversion changes
//! `apiVersion`, `spec`, `status` and the stash annotation only, and fails (naming the
//! annotation) rather than exceed the server's 256 KiB limit on annotations.

mod bag;
mod crd;
mod merge;
pub mod pointer;
mod project;
pub mod stash;

use std::fmt;

use serde_json::{Map, Value};

use crd::{ASO_STORAGE_SUFFIX, Version, Versions};
use merge::version_of;
use pointer::Pointer;
use project::Projector;
pub use stash::{Entry, STASH_ANNOTATION};

/// The hub spec's record of the version it was written at.
pub const ORIGINAL_VERSION: &str = "originalVersion";

/// Why an object cannot be converted: the field (server notation) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError {
    pub field: String,
    pub message: String,
}

impl ConvertError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ConvertError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ConvertError {}

/// The versions of one CRD, ready to convert its objects.
#[derive(Debug)]
pub struct Crd {
    versions: Versions,
}

impl Crd {
    /// Reads a `CustomResourceDefinition` (as JSON); errors name the CRD field at fault.
    pub fn from_json(crd: &Value) -> Result<Crd, String> {
        crd::read(crd).map(|versions| Crd { versions })
    }

    pub fn group(&self) -> &str {
        &self.versions.group
    }

    pub fn kind(&self) -> &str {
        &self.versions.kind
    }

    /// The storage version.
    pub fn hub(&self) -> &str {
        &self.versions.hub
    }

    /// The served API versions (the hub excluded), in the CRD's order.
    pub fn served(&self) -> impl Iterator<Item = &str> {
        self.versions.served.iter().map(|v| v.name.as_str())
    }

    /// ASO's storage variants the CRD lists (unserved).
    pub fn aso_storage(&self) -> impl Iterator<Item = &str> {
        self.versions.aso_storage.iter().map(String::as_str)
    }

    /// `object` at version `to` (the hub or a served version). `object` may be at any version
    /// the CRD lists, ASO's storage variants included.
    pub fn convert(&self, object: &Value, to: &str) -> Result<Value, ConvertError> {
        let from = self.version_of(object)?;
        if from == to {
            return Ok(object.clone());
        }
        let hub = self.to_hub(object)?;
        if to == self.hub() {
            Ok(hub)
        } else if self.served_version(to).is_some() {
            self.from_hub(&hub, to)
        } else {
            Err(ConvertError::new(
                "apiVersion",
                format!(
                    "cannot convert to {}/{to}: not a served version of {}",
                    self.group(),
                    self.kind()
                ),
            ))
        }
    }

    /// `object` at the hub, from whatever version it is at.
    pub fn to_hub(&self, object: &Value) -> Result<Value, ConvertError> {
        let from = self.version_of(object)?;
        if from == self.hub() {
            return Ok(object.clone());
        }
        if let Some(version) = self.served_version(from) {
            return self.served_to_hub(object, version);
        }
        if self.versions.aso_storage.iter().any(|v| v == from) {
            return self.aso_storage_to_hub(object, from);
        }
        Err(ConvertError::new(
            "apiVersion",
            format!(
                "{}/{from} is not a version of {}",
                self.group(),
                self.kind()
            ),
        ))
    }

    /// The hub object `hub` at the served version `to`.
    pub fn from_hub(&self, hub: &Value, to: &str) -> Result<Value, ConvertError> {
        let version = self.served_version(to).ok_or_else(|| {
            ConvertError::new(
                "apiVersion",
                format!("{to} is not a served version of {}", self.kind()),
            )
        })?;
        let mut spec = section(hub, "spec")?;
        let written_at = match spec.remove(ORIGINAL_VERSION) {
            None => self.hub().to_string(),
            Some(Value::String(v)) => v,
            Some(_) => {
                return Err(ConvertError::new(
                    format!("spec.{ORIGINAL_VERSION}"),
                    "must be a string",
                ));
            }
        };
        let strict = written_at != to;
        let (spec, stash) = reshape(spec, stash::read(hub)?, &version.spec, &written_at, strict)?;
        let status = status_at(hub.get("status").cloned(), &version.status, Vec::new())?;
        self.assemble(hub, to, spec, status, &stash)
    }

    fn served_to_hub(&self, object: &Value, version: &Version) -> Result<Value, ConvertError> {
        let spec = section(object, "spec")?;
        let (mut spec, stash) = reshape(
            spec,
            stash::read(object)?,
            &version.spec,
            &version.name,
            false,
        )?;
        spec.insert(ORIGINAL_VERSION.into(), Value::String(version.name.clone()));
        let status = object.get("status").cloned();
        self.assemble(object, &self.versions.hub, spec, status, &stash)
    }

    fn aso_storage_to_hub(&self, object: &Value, from: &str) -> Result<Value, ConvertError> {
        let shape = from.strip_suffix(ASO_STORAGE_SUFFIX).unwrap_or(from);
        let mut spec = section(object, "spec")?;
        let original = match spec.remove(ORIGINAL_VERSION) {
            None => None,
            Some(Value::String(v)) => Some(v),
            Some(_) => {
                return Err(ConvertError::new(
                    format!("spec.{ORIGINAL_VERSION}"),
                    "must be a string",
                ));
            }
        };
        let target = original
            .as_deref()
            .and_then(|o| self.served_version(o))
            .or_else(|| self.served_version(shape))
            .or_else(|| {
                self.versions
                    .served
                    .iter()
                    .max_by(|a, b| a.name.cmp(&b.name))
            })
            .ok_or_else(|| {
                ConvertError::new("apiVersion", format!("{} serves no version", self.kind()))
            })?;
        let schemas = |pick: fn(&Version) -> &crate::Schema| {
            std::iter::once(target)
                .chain(
                    self.versions
                        .served
                        .iter()
                        .filter(|v| v.name != target.name),
                )
                .map(pick)
                .collect::<Vec<_>>()
        };
        let mut spec = Value::Object(spec);
        let mut entries = Vec::new();
        bag::unbag(
            &mut spec,
            &mut Pointer::root().child("spec"),
            &schemas(|v| &v.spec),
            from,
            &mut entries,
        )?;
        entries.extend(stash::read(object)?);
        stash::sort(&mut entries);
        let spec = match spec {
            Value::Object(spec) => spec,
            _ => Map::new(),
        };
        let strict = target.name != shape;
        let (mut spec, stash) = reshape(spec, entries, &target.spec, from, strict)?;
        spec.insert(ORIGINAL_VERSION.into(), Value::String(target.name.clone()));
        let mut status_entries = Vec::new();
        let mut status = object.get("status").cloned();
        if let Some(status) = status.as_mut() {
            bag::unbag(
                status,
                &mut Pointer::root().child("status"),
                &schemas(|v| &v.status),
                from,
                &mut status_entries,
            )?;
        }
        stash::sort(&mut status_entries);
        let status = status_at(status, &target.status, status_entries)?;
        self.assemble(object, &self.versions.hub, spec, status, &stash)
    }

    /// The converted object: `source`'s metadata with the stash written, at `version`.
    fn assemble(
        &self,
        source: &Value,
        version: &str,
        spec: Map<String, Value>,
        status: Option<Value>,
        stash: &[Entry],
    ) -> Result<Value, ConvertError> {
        let mut out = source.clone();
        let Some(map) = out.as_object_mut() else {
            return Err(ConvertError::new("", "must be an object"));
        };
        map.insert(
            "apiVersion".into(),
            Value::String(format!("{}/{version}", self.group())),
        );
        map.insert("spec".into(), Value::Object(spec));
        match status {
            Some(status) => map.insert("status".into(), status),
            None => map.remove("status"),
        };
        stash::write(&mut out, stash)?;
        Ok(out)
    }

    fn served_version(&self, name: &str) -> Option<&Version> {
        self.versions.served.iter().find(|v| v.name == name)
    }

    /// The version `object` is at, from its `apiVersion` (which must be of this CRD's group and
    /// kind).
    fn version_of<'a>(&self, object: &'a Value) -> Result<&'a str, ConvertError> {
        let api_version = object
            .get("apiVersion")
            .and_then(Value::as_str)
            .ok_or_else(|| ConvertError::new("apiVersion", "Required value"))?;
        let version = api_version
            .strip_prefix(self.group())
            .and_then(|v| v.strip_prefix('/'))
            .ok_or_else(|| {
                ConvertError::new(
                    "apiVersion",
                    format!("{api_version:?} is not of group {}", self.group()),
                )
            })?;
        match object.get("kind").and_then(Value::as_str) {
            Some(kind) if kind == self.kind() => Ok(version),
            Some(kind) => Err(ConvertError::new(
                "kind",
                format!("{kind:?} is not {}", self.kind()),
            )),
            None => Err(ConvertError::new("kind", "Required value")),
        }
    }
}

/// `spec` (or `status`) of `object` as a map; absent or null is empty.
fn section(object: &Value, key: &str) -> Result<Map<String, Value>, ConvertError> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(map)) => Ok(map.clone()),
        Some(_) => Err(ConvertError::new(key, "must be an object")),
    }
}

/// Fills `spec` from `entries`, projects it at `schema`: what the version shows, and the stash.
fn reshape(
    spec: Map<String, Value>,
    entries: Vec<Entry>,
    schema: &crate::Schema,
    written_at: &str,
    strict: bool,
) -> Result<(Map<String, Value>, Vec<Entry>), ConvertError> {
    let mut holder = Value::Object(Map::from_iter([("spec".into(), Value::Object(spec))]));
    let filled = merge::fill(&mut holder, entries);
    let strict_below: Vec<Pointer> = filled.iter().map(|f| f.path.clone()).collect();
    let mut projector = Projector {
        strict,
        strict_below: &strict_below,
        leftovers: Vec::new(),
    };
    let kept = projector.root(&holder["spec"], schema, &mut Pointer::root().child("spec"));
    let Some(Value::Object(kept)) = kept else {
        return Err(ConvertError::new("spec", "must be an object"));
    };
    let mut stash: Vec<Entry> = projector
        .leftovers
        .into_iter()
        .map(|(path, value)| Entry {
            version: version_of(&filled, &path, written_at).to_string(),
            path,
            value,
        })
        .collect();
    stash::sort(&mut stash);
    Ok((kept, stash))
}

/// A status filled from `entries` and projected (strictly) at `schema`; what does not
/// fit is dropped. `None` when there is no status.
fn status_at(
    status: Option<Value>,
    schema: &crate::Schema,
    entries: Vec<Entry>,
) -> Result<Option<Value>, ConvertError> {
    let Some(status) = status.filter(|s| !s.is_null()) else {
        return Ok(None);
    };
    let mut holder = Value::Object(Map::from_iter([("status".into(), status)]));
    merge::fill(&mut holder, entries);
    let mut projector = Projector {
        strict: true,
        strict_below: &[],
        leftovers: Vec::new(),
    };
    projector
        .root(
            &holder["status"],
            schema,
            &mut Pointer::root().child("status"),
        )
        .map(Some)
        .ok_or_else(|| ConvertError::new("status", "must be an object"))
}

#[cfg(test)]
mod tests;
