//! The reference types manifests use: to other resources, to owners, to secrets and config maps.
//! Field names follow ASO's so its manifests apply unchanged.

use serde::{Deserialize, Serialize};

/// A reference to another resource: either a Kubernetes object (`group`, `kind`, `name`) or an
/// Azure resource by ARM ID. Exactly one of the two forms is set (a CEL rule in every CRD says so).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arm_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `spec.owner` of a resource whose owner kind is known: `{name}` or `{armId}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KnownResourceReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arm_id: Option<String>,
}

/// `spec.owner` of an extension resource, which can hang off any kind: `{group, kind, name}` or `{armId}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArbitraryOwnerReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arm_id: Option<String>,
}

/// A key of a Secret in the resource's namespace, read as an input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SecretReference {
    pub name: String,
    pub key: String,
}

/// A whole Secret in the resource's namespace, read as an input: each of its keys becomes one
/// entry of a string map in ARM (ASO's `genruntime.SecretMapReference`: `protectedSettings`,
/// OAuth2 grant parameters).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SecretMapReference {
    pub name: String,
}

/// A key of a ConfigMap in the resource's namespace, read as an input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConfigMapReference {
    pub name: String,
    pub key: String,
}

/// Where the operator writes an exported secret value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SecretDestination {
    pub name: String,
    pub key: String,
}

/// Where the operator writes an exported config value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConfigMapDestination {
    pub name: String,
    pub key: String,
}

/// The owner of a resource in either form, as the runtime sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A Kubernetes object in the same namespace.
    Object {
        group: String,
        kind: String,
        name: String,
    },
    /// An Azure resource by ARM ID.
    ArmId(String),
}
