//! The three database `User` kinds, as ASO v2.8 serves them (same group, version, kind and
//! fields, so ASO's manifests apply unchanged), plus Entra users where ASO has none. The CRDs in
//! `crds/` are rendered from these types by [`crd::render`] during `cargo xtask generate`.

pub mod crd;
pub mod mysql;
pub mod postgresql;
pub mod sql;

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::inputs::Inputs;
use crate::{AdminLogin, Error, TokenProvider};

/// A key of a Secret in the object's namespace (ASO's `genruntime.SecretReference`).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct SecretReference {
    /// The name of the Secret.
    pub name: String,
    /// The key in the Secret.
    pub key: String,
}

/// A key of a ConfigMap in the object's namespace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct ConfigMapReference {
    /// The name of the ConfigMap.
    pub name: String,
    /// The key in the ConfigMap.
    pub key: String,
}

/// An owner in the same namespace, by name (ASO's `KnownResourceReference` where ARM IDs are not
/// accepted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OwnerByName {
    /// The name of the owner in this namespace.
    pub name: String,
}

/// A `Ready`-style condition, as on every kind the operator serves.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    #[serde(rename = "type")]
    pub type_: String,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    #[schemars(extend("format" = "date-time"))]
    pub last_transition_time: String,
}

/// The status of every `User` kind: conditions only, as in ASO.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UserStatus {
    /// The observed state of the user; the Ready condition says whether the database server
    /// matches the spec.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
}

/// The Entra principal type `pgaadauth_create_principal_with_oid` takes (`user`, `group`,
/// `service`), spelled as Entra spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum PrincipalType {
    User,
    Group,
    ServicePrincipal,
}

/// CEL rules of every User kind, on `spec`: what ASO's admission webhooks check of the user's
/// type (the MySQL kind's, and ours for the kinds we gave Entra users).
pub const USER_RULES: &[(&str, &str, &str)] = &[
    (
        "spec",
        "has(self.localUser) != has(self.aadUser)",
        "exactly one of spec.localUser or spec.aadUser must be set",
    ),
    (
        "spec",
        "!has(oldSelf.aadUser) || has(self.aadUser)",
        "cannot change from AAD User to local user",
    ),
    (
        "spec",
        "!has(oldSelf.localUser) || has(self.localUser)",
        "cannot change from local user to AAD user",
    ),
];

/// How the operator logs in: a local user's admin with its password (or, where the spec gives
/// no password, with an Entra token as the password), or an Entra user's Entra admin.
pub(crate) fn admin_login(
    local: Option<(&str, Option<&SecretReference>)>,
    aad_admin: Option<&str>,
    inputs: &dyn Inputs,
    tokens: Arc<dyn TokenProvider>,
) -> Result<AdminLogin, Error> {
    match (local, aad_admin) {
        (Some((user, Some(password))), None) => Ok(AdminLogin::Password {
            user: user.to_string(),
            password: inputs.secret("spec.localUser.serverAdminPassword", password)?,
        }),
        (Some((user, None)), None) | (None, Some(user)) => Ok(AdminLogin::Entra {
            user: user.to_string(),
            tokens,
        }),
        _ => Err(crate::desired::one_of_local_or_aad()),
    }
}

/// The user name in the database: `spec.azureName`, else `metadata.name` (ASO's defaulting).
pub(crate) fn azure_name<'a>(
    azure_name: Option<&'a str>,
    metadata_name: Option<&'a str>,
) -> &'a str {
    azure_name
        .filter(|n| !n.is_empty())
        .or(metadata_name)
        .unwrap_or_default()
}
