//! `dbforpostgresql.azure.com/v1` `User`: a role on a PostgreSQL flexible server. ASO v2.8's
//! fields, with `aadUser` added (ours: ASO has no Entra users for PostgreSQL).

use std::sync::Arc;

use kube_derive::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ConfigMapReference, OwnerByName, PrincipalType, SecretReference, UserStatus};
use crate::desired::{self, DesiredUser, Entra, Login, PostgresUser, UserKey};
use crate::inputs::Inputs;
use crate::{AdminLogin, Error, TokenProvider};

#[derive(CustomResource, Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[kube(
    group = "dbforpostgresql.azure.com",
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
    doc = "A PostgreSQL user (role) on a dbforpostgresql.azure.com/FlexibleServer, created by logging into the server."
)]
#[serde(rename_all = "camelCase")]
pub struct UserSpec {
    /// The name of the role in PostgreSQL. Defaults to metadata.name; cannot change once set.
    /// For an Entra user without objectId, the Entra name: a user's principal name, a group's
    /// or a managed identity's display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_name: Option<String>,
    /// The owner: a dbforpostgresql.azure.com/FlexibleServer in the same namespace.
    pub owner: OwnerByName,
    /// The roles granted to the user, and no others. The server starts with azure_pg_admin,
    /// azure_superuser and the admin user.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The role attributes of the user (https://www.postgresql.org/docs/current/role-attributes.html).
    #[serde(default = "default_role_options")]
    #[schemars(default = "default_role_options")]
    pub role_options: RoleOptionsSpec,
    /// A user with a password, created by the server administrator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_user: Option<LocalUserSpec>,
    /// An Entra user (managed identity, user or group), created by the server's Entra
    /// administrator with Azure's pgaadauth functions. An extension of this operator: ASO v2.8
    /// has no Entra users for PostgreSQL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aad_user: Option<AadUserSpec>,
}

/// `WITH [NO]LOGIN [NO]CREATEROLE [NO]CREATEDB [NO]REPLICATION`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RoleOptionsSpec {
    /// WITH LOGIN or NOLOGIN.
    #[serde(default = "yes")]
    #[schemars(default = "yes")]
    pub login: bool,
    /// WITH CREATEROLE or NOCREATEROLE.
    #[serde(default)]
    #[schemars(default = "no")]
    pub create_role: bool,
    /// WITH CREATEDB or NOCREATEDB.
    #[serde(default)]
    #[schemars(default = "no")]
    pub create_db: bool,
    /// WITH REPLICATION or NOREPLICATION.
    #[serde(default)]
    #[schemars(default = "no")]
    pub replication: bool,
}

fn yes() -> bool {
    true
}

fn no() -> bool {
    false
}

fn default_role_options() -> RoleOptionsSpec {
    RoleOptionsSpec {
        login: true,
        create_role: false,
        create_db: false,
        replication: false,
    }
}

/// A local user: the admin's login and the new user's password.
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

/// An Entra user (this operator's extension). The operator logs in as the server's Entra
/// administrator with an Entra token from the resource's credential.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AadUserSpec {
    /// The server's Entra administrator (the FlexibleServersAdministrator's principalName), or
    /// its group's name: the role the operator logs in as.
    pub server_admin_username: String,
    /// The principal's object ID. With it the role is created by
    /// pgaadauth_create_principal_with_oid and may have any name; without it by
    /// pgaadauth_create_principal, and the role name must be the principal's Entra name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(
        pattern = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ))]
    pub object_id: Option<String>,
    /// The object ID, read from a ConfigMap (for example one a UserAssignedIdentity exports its
    /// principalId to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_id_from_config: Option<ConfigMapReference>,
    /// What the object ID names; required with an object ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_type: Option<PrincipalType>,
}

/// CEL rules of this kind besides [`super::USER_RULES`], by schema path (see [`super::crd`]).
pub const RULES: &[(&str, &str, &str)] = &[
    (
        "spec.aadUser",
        "!(has(self.objectId) && has(self.objectIdFromConfig))",
        "set at most one of objectId and objectIdFromConfig",
    ),
    (
        "spec.aadUser",
        "(has(self.objectId) || has(self.objectIdFromConfig)) == has(self.principalType)",
        "principalType goes with objectId or objectIdFromConfig, and only with them",
    ),
];

impl User {
    /// The role name in PostgreSQL.
    pub fn role_name(&self) -> &str {
        super::azure_name(
            self.spec.azure_name.as_deref(),
            self.metadata.name.as_deref(),
        )
    }

    /// What identifies the user on its server: all [`crate::delete`] needs (no Secret).
    pub fn key(&self) -> UserKey {
        UserKey::Postgres {
            name: self.role_name().to_string(),
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

    /// The user the server should hold, with Secrets and ConfigMap values read from `inputs`.
    pub fn desired(&self, inputs: &dyn Inputs) -> Result<DesiredUser, Error> {
        let o = self.spec.role_options;
        let login = match (&self.spec.local_user, &self.spec.aad_user) {
            (Some(local), None) => {
                Login::Password(inputs.secret("spec.localUser.password", &local.password)?)
            }
            (None, Some(aad)) => Login::Entra(Entra {
                principal: self.role_name().to_string(),
                object_id: desired::object_id(
                    inputs,
                    aad.object_id.as_deref(),
                    aad.object_id_from_config.as_ref(),
                    "spec.aadUser",
                )?,
                principal_type: aad.principal_type,
                client_id: None,
            }),
            _ => return Err(desired::one_of_local_or_aad()),
        };
        Ok(DesiredUser::Postgres(PostgresUser {
            name: self.role_name().to_string(),
            login,
            roles: self.spec.roles.iter().cloned().collect(),
            options: desired::RoleOptions {
                login: o.login,
                create_role: o.create_role,
                create_db: o.create_db,
                replication: o.replication,
            },
        }))
    }

    /// How the operator logs in: the admin's password, or an Entra token for the Entra admin.
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
