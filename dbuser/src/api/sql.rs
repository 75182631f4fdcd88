//! `sql.azure.com/v1` `User`: a contained user of an Azure SQL database. ASO v2.8's fields, with
//! `aadUser` added (ours: ASO v2.8 has no Entra users for Azure SQL; the shape is the one later
//! ASO releases gave it, plus an optional object ID).

use std::sync::Arc;

use kube_derive::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ConfigMapReference, SecretReference, UserStatus};
use crate::desired::{self, DesiredUser, Entra, Login, SqlUser, UserKey};
use crate::inputs::Inputs;
use crate::{AdminLogin, Error, TokenProvider};

#[derive(CustomResource, Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[kube(
    group = "sql.azure.com",
    version = "v1",
    kind = "User",
    namespaced,
    status = "UserStatus",
    crates(
        kube_core = "::kube_core",
        k8s_openapi = "::k8s_openapi",
        schemars = "::schemars",
        serde = "::serde",
        serde_json = "::serde_json"
    ),
    doc = "An Azure SQL user: a contained user of a sql.azure.com/ServersDatabase, created by logging into the database."
)]
#[serde(rename_all = "camelCase")]
pub struct UserSpec {
    /// The name of the user in the database. Defaults to metadata.name; cannot change once
    /// set. For an Entra user without alias, the Entra name: a managed identity's name
    /// ("my-managed-identity"), a user's principal name ("myuser@mydomain.onmicrosoft.com") or
    /// a group's name ("my-group").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_name: Option<String>,
    /// The owner: a sql.azure.com/ServersDatabase in the same namespace (by name), or an Azure
    /// resource (by armId).
    pub owner: OwnerReference,
    /// The database roles of the user, and no others: db_owner, db_securityadmin,
    /// db_accessadmin, db_backupoperator, db_ddladmin, db_datawriter, db_datareader,
    /// db_denydatawriter, db_denydatareader, or roles of the database's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// A contained user with a password, created by the server administrator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_user: Option<LocalUserSpec>,
    /// An Entra user (CREATE USER ... FROM EXTERNAL PROVIDER), created by the server's Entra
    /// administrator. An extension of this operator: ASO v2.8 has no Entra users for Azure SQL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aad_user: Option<AadUserSpec>,
}

/// `{name}` or `{armId}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OwnerReference {
    /// The name of the owner in this namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253))]
    pub name: Option<String>,
    /// The ARM ID of the owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 4096))]
    pub arm_id: Option<String>,
}

/// A contained user with a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalUserSpec {
    /// The user name of the server administrator.
    pub server_admin_username: String,
    /// The Secret key holding the server administrator's password.
    pub server_admin_password: SecretReference,
    /// The Secret key holding the user's password.
    pub password: SecretReference,
}

/// An Entra user (this operator's extension).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AadUserSpec {
    /// The database-side name of the user, when it differs from azureName (the Entra name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 128))]
    pub alias: Option<String>,
    /// The server's Entra administrator, or its group's name (the operator logs in with an
    /// Entra token, which names the identity itself).
    pub server_admin_username: String,
    /// The principal's object ID (CREATE USER ... WITH OBJECT_ID), for names Entra cannot
    /// resolve uniquely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(
        pattern = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ))]
    pub object_id: Option<String>,
    /// The object ID, read from a ConfigMap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_id_from_config: Option<ConfigMapReference>,
}

/// CEL rules of this kind besides [`super::USER_RULES`], by schema path.
pub const RULES: &[(&str, &str, &str)] = &[
    (
        "spec.owner",
        "has(self.name) != has(self.armId)",
        "set exactly one of name and armId",
    ),
    (
        "spec.aadUser",
        "!(has(self.objectId) && has(self.objectIdFromConfig))",
        "set at most one of objectId and objectIdFromConfig",
    ),
];

impl User {
    /// `spec.azureName` or `metadata.name`.
    pub fn azure_name(&self) -> &str {
        super::azure_name(
            self.spec.azure_name.as_deref(),
            self.metadata.name.as_deref(),
        )
    }

    /// The user's name in the database: the Entra user's alias if it has one, else the Azure name.
    pub fn database_user_name(&self) -> &str {
        let alias = self.spec.aad_user.as_ref().and_then(|a| a.alias.as_deref());
        alias.filter(|a| !a.is_empty()).unwrap_or(self.azure_name())
    }

    /// What identifies the user on its server: all [`crate::delete`] needs (no Secret).
    pub fn key(&self) -> UserKey {
        UserKey::Sql {
            name: self.database_user_name().to_string(),
        }
    }

    /// The Secrets this user reads.
    pub fn secret_references(&self) -> Vec<&SecretReference> {
        match &self.spec.local_user {
            Some(local) => vec![&local.server_admin_password, &local.password],
            None => Vec::new(),
        }
    }

    /// The ConfigMaps this user reads.
    pub fn config_map_references(&self) -> Vec<&ConfigMapReference> {
        let aad = self.spec.aad_user.as_ref();
        aad.and_then(|a| a.object_id_from_config.as_ref())
            .into_iter()
            .collect()
    }

    /// The user the database should hold, with Secrets and ConfigMap values read from `inputs`.
    pub fn desired(&self, inputs: &dyn Inputs) -> Result<DesiredUser, Error> {
        let login = match (&self.spec.local_user, &self.spec.aad_user) {
            (Some(local), None) => {
                Login::Password(inputs.secret("spec.localUser.password", &local.password)?)
            }
            (None, Some(aad)) => Login::Entra(Entra {
                principal: self.azure_name().to_string(),
                object_id: desired::object_id(
                    inputs,
                    aad.object_id.as_deref(),
                    aad.object_id_from_config.as_ref(),
                    "spec.aadUser",
                )?,
                principal_type: None,
                client_id: None,
            }),
            _ => return Err(desired::one_of_local_or_aad()),
        };
        Ok(DesiredUser::Sql(SqlUser {
            name: self.database_user_name().to_string(),
            login,
            roles: self.spec.roles.iter().cloned().collect(),
        }))
    }

    /// How the operator logs in: the admin's password, or an Entra access token.
    pub fn admin(
        &self,
        inputs: &dyn Inputs,
        tokens: Arc<dyn TokenProvider>,
    ) -> Result<AdminLogin, Error> {
        let local = self.spec.local_user.as_ref();
        super::admin_login(
            local.map(|l| {
                (
                    l.server_admin_username.as_str(),
                    Some(&l.server_admin_password),
                )
            }),
            self.spec
                .aad_user
                .as_ref()
                .map(|a| a.server_admin_username.as_str()),
            inputs,
            tokens,
        )
    }
}
