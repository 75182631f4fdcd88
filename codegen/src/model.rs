//! The explicit model every pass works on: kinds, and for each kind a tree of types for its spec
//! and its status.
//!
//! Trees are built per kind from the specs (see `build`), then rewritten by small passes in
//! `shape/` (flattening, references, secrets, ...). Emitters read the final trees. A tree per kind
//! (rather than one shared graph) lets each pass rewrite freely; emitters share identical types.

use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::{AzureName, ExportTarget, OwnerRule, Payload, Scope};

use crate::config::ConfigMapMode;

/// One kind in one version, with everything needed to emit it.
#[derive(Debug, Clone)]
pub struct Kind {
    /// Short group name: `storage`, `network.frontdoor`.
    pub group: String,
    /// ARM api-version: `2023-01-01`.
    pub api_version: String,
    /// Kubernetes version: `v1api20230101`.
    pub version: String,
    pub kind: String,
    /// Lower-case plural: `storageaccounts`.
    pub plural: String,
    pub arm_type: String,
    pub arm_uri: String,
    pub scope: Scope,
    pub owner: OwnerRule,
    pub azure_name: AzureName,
    pub payload: Payload,
    pub description: Option<String>,
    /// Spec properties, as ARM knows them (without azureName, owner, operatorSpec).
    pub spec: Object,
    /// Status properties (without conditions).
    pub status: Object,
    pub exports: Vec<KindExport>,
    pub arm_schema: ArmSchema,
    /// Where the kind comes from, for error messages.
    pub source: String,
    /// Every Kubernetes version ASO has for this kind, generated here or not, oldest first.
    pub aso_versions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindExport {
    pub key: String,
    pub target: ExportTarget,
    pub source: ExportSourceOwned,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportSourceOwned {
    Status(Vec<String>),
    Azure,
}

impl ExportSourceOwned {
    pub fn is_azure(&self) -> bool {
        matches!(self, ExportSourceOwned::Azure)
    }
}

/// Where a type came from in the specs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// Spec file, relative to the specs root.
    pub file: String,
    /// Definition name, if the type is a named definition.
    pub definition: Option<String>,
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    /// The definition this object comes from, if any; gives Rust type names and matches config.
    pub origin: Option<Origin>,
    /// A name for types without a definition (inline schemas), from where they appear.
    pub name_hint: String,
    pub description: Option<String>,
    pub props: Vec<Property>,
    /// Whether this object is a resource in its own right (has its own PUT path), which matters
    /// when it appears embedded in another resource.
    pub is_resource: bool,
}

/// One property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// Name on the Kubernetes side.
    pub name: String,
    /// Path in ARM JSON relative to the owning object (more than one segment once flattened).
    pub arm: Vec<String>,
    pub ty: Type,
    pub required: bool,
    pub description: Option<String>,
    pub read_only: bool,
    /// May be set on create only (`x-ms-mutability` without `update`).
    pub create_only: bool,
    /// `x-ms-secret`, or configured as a secret.
    pub secret: bool,
    /// `x-ms-client-flatten`: the flatten pass lifts this object's properties into the parent.
    pub flatten: bool,
    /// Configured: holds an ARM ID (`Some(true)`), or must stay a plain string (`Some(false)`).
    pub reference: Option<bool>,
    /// Configured: may or must be read from a ConfigMap.
    pub config_map: Option<ConfigMapMode>,
    /// `format: arm-id` in the specs.
    pub format_arm_id: bool,
    /// Configured: how the property is sent when absent, where it differs from the kind's rule.
    pub payload: Option<aso_runtime::Payload>,
}

/// The type of a property or collection element.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    String(StringType),
    Integer(NumberType),
    Number(NumberType),
    Boolean,
    /// Arbitrary JSON (`x-kubernetes-preserve-unknown-fields`).
    Any,
    Object(Box<Object>),
    Array(Box<Type>, ArrayRules),
    Map(Box<Type>),
    OneOf(Box<Union>),
    /// A reference to another resource (`{armId}` or `{group, kind, name}`): an ARM ID in ARM.
    ResourceReference,
    /// `{name, key}` of a Secret: the value in ARM.
    SecretReference,
    /// `{name}` of a Secret: a string map of all its keys and values in ARM (a secret map of
    /// strings, ASO's `SecretMapReference`).
    SecretMapReference,
    /// `{name, key}` of a ConfigMap: the value in ARM.
    ConfigMapReference,
    /// A list of objects with a `reference`: a map keyed by ARM ID in ARM.
    ReferenceKeyedMap(Box<Object>),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringType {
    pub format: Option<String>,
    pub pattern: Option<String>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    /// Allowed values, if an enum.
    pub enumeration: Option<Enumeration>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enumeration {
    /// `x-ms-enum.name`, or a name from where the enum appears.
    pub name: String,
    pub values: Vec<String>,
    /// `x-ms-enum.modelAsString`: ARM accepts other values too.
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberType {
    pub format: Option<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
    pub enumeration: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArrayRules {
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
}

/// A polymorphic type: one property per option, exactly one set.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    pub origin: Option<Origin>,
    pub name_hint: String,
    pub description: Option<String>,
    /// ARM discriminator property.
    pub discriminator: String,
    pub options: Vec<UnionOption>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionOption {
    /// Property name on the Kubernetes side.
    pub name: String,
    /// Discriminator value in ARM.
    pub value: String,
    pub object: Object,
}

impl Object {
    pub fn prop(&self, name: &str) -> Option<&Property> {
        self.props.iter().find(|p| p.name == name)
    }

    pub fn prop_mut(&mut self, name: &str) -> Option<&mut Property> {
        self.props.iter_mut().find(|p| p.name == name)
    }

    pub fn definition(&self) -> Option<&str> {
        self.origin.as_ref().and_then(|o| o.definition.as_deref())
    }
}

impl Type {
    /// Arrays and maps (what explicit payload rules send as null when absent).
    pub fn is_collection(&self) -> bool {
        matches!(
            self,
            Type::Array(..) | Type::Map(_) | Type::SecretMapReference | Type::ReferenceKeyedMap(_)
        )
    }

    /// Calls `f` on every object in this type, depth first, children before parents.
    pub fn visit_objects_mut(&mut self, f: &mut dyn FnMut(&mut Object)) {
        match self {
            Type::Object(object) | Type::ReferenceKeyedMap(object) => object.visit_mut(f),
            Type::Array(item, _) | Type::Map(item) => item.visit_objects_mut(f),
            Type::OneOf(union) => {
                for option in &mut union.options {
                    option.object.visit_mut(f);
                }
            }
            _ => {}
        }
    }
}

impl Object {
    /// Calls `f` on this object and every object below it, children before parents.
    pub fn visit_mut(&mut self, f: &mut dyn FnMut(&mut Object)) {
        for prop in &mut self.props {
            prop.ty.visit_objects_mut(f);
        }
        f(self);
    }
}

/// Small trees for unit tests: plain objects and properties, without the specs.
#[cfg(test)]
pub mod test_builders {
    use super::{Object, Property, StringType, Type};

    /// An object of inline origin named `name`.
    pub fn object(name: &str, props: Vec<Property>) -> Object {
        Object {
            origin: None,
            name_hint: name.into(),
            description: None,
            props,
            is_resource: false,
        }
    }

    /// An optional property at the same path in ARM, with no facts.
    pub fn prop(name: &str, ty: Type) -> Property {
        Property {
            name: name.into(),
            arm: vec![name.into()],
            ty,
            required: false,
            description: None,
            read_only: false,
            create_only: false,
            secret: false,
            flatten: false,
            reference: None,
            config_map: None,
            format_arm_id: false,
            payload: None,
        }
    }

    pub fn string() -> Type {
        Type::String(StringType::default())
    }
}
