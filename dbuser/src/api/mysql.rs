//! `dbformysql.azure.com/v1` `User`: an account on a MySQL flexible server, local or Entra (both
//! as in ASO v2.8; an Entra user's client ID is this operator's extension).

use std::collections::BTreeMap;
use std::sync::Arc;

use kube_derive::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ConfigMapReference, OwnerByName, SecretReference, UserStatus};
use crate::desired::{self, DesiredUser, Entra, Login, MySqlUser, UserKey};
use crate::inputs::Inputs;
use crate::{AdminLogin, Error, TokenProvider};

#[derive(CustomResource, Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[kube(
    group = "dbformysql.azure.com",
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
    doc = "A MySQL user on a dbformysql.azure.com/FlexibleServer, created by logging into the server."
)]
#[serde(rename_all = "camelCase")]
pub struct UserSpec {
    /// The name of the user. Defaults to metadata.name; cannot change once set. For a local
    /// user, the MySQL user name. For an Entra user, the Entra name: a managed identity's name
    /// ("my-managed-identity"), a user's principal name ("myuser@mydomain.onmicrosoft.com") or
    /// a group's name ("my-group").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_name: Option<String>,
    /// The owner: a dbformysql.azure.com/FlexibleServer in the same namespace.
    pub owner: OwnerByName,
    /// The host the user connects from; empty means any host (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The server-level privileges of the user, and no others: RELOAD, PROCESS, SHOW DATABASES,
    /// REPLICATION SLAVE, REPLICATION CLIENT, CREATE USER, ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<String>,
    /// The database-level privileges of the user, keyed by database name, and no others: SELECT,
    /// INSERT, UPDATE, DELETE, CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE TEMPORARY TABLES,
    /// LOCK TABLES, EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, EVENT, TRIGGER.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub database_privileges: BTreeMap<String, Vec<String>>,
    /// A local user with a password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_user: Option<LocalUserSpec>,
    /// An Entra user, created by the server's Entra administrator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aad_user: Option<AadUserSpec>,
}

/// A local user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalUserSpec {
    /// The user name of the server administrator.
    pub server_admin_username: String,
    /// The Secret key holding the server administrator's password. When absent, the operator
    /// logs in as serverAdminUsername with an Entra token from the resource's credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_admin_password: Option<SecretReference>,
    /// The Secret key holding the user's password.
    pub password: SecretReference,
}

/// An Entra user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AadUserSpec {
    /// The MySQL-side name of the user; required when azureName is longer than 32 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 32))]
    pub alias: Option<String>,
    /// The server's Entra administrator (the FlexibleServersAdministrator's login), or its
    /// group's name: the user the operator logs in as.
    pub server_admin_username: String,
    /// A managed identity's client ID (this operator's extension; ASO has none). With it the
    /// user is created by CREATE AADUSER 'name' IDENTIFIED BY 'client ID', Azure's form for
    /// managed identities, and named alias (or azureName); without it by the Entra name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(
        pattern = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ))]
    pub client_id: Option<String>,
    /// The client ID, read from a ConfigMap (for example one a UserAssignedIdentity exports
    /// its clientId to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id_from_config: Option<ConfigMapReference>,
}

/// CEL rules of this kind besides [`super::USER_RULES`], by schema path: what ASO's
/// admission webhook checks.
pub const RULES: &[(&str, &str, &str)] = &[
    (
        "spec",
        "!has(oldSelf.aadUser) || !has(self.aadUser) || (has(self.aadUser.alias) ? self.aadUser.alias : '') == (has(oldSelf.aadUser.alias) ? oldSelf.aadUser.alias : '')",
        "cannot change AAD user 'alias'",
    ),
    (
        "spec.aadUser",
        "!(has(self.clientId) && has(self.clientIdFromConfig))",
        "set at most one of clientId and clientIdFromConfig",
    ),
];

impl User {
    /// `spec.azureName` or `metadata.name`: the local user's name, or the Entra user's Entra name.
    pub fn azure_name(&self) -> &str {
        super::azure_name(
            self.spec.azure_name.as_deref(),
            self.metadata.name.as_deref(),
        )
    }

    /// The user's name in MySQL: the Entra user's alias if it has one, else the Azure name.
    pub fn mysql_name(&self) -> &str {
        let alias = self.spec.aad_user.as_ref().and_then(|a| a.alias.as_deref());
        alias.filter(|a| !a.is_empty()).unwrap_or(self.azure_name())
    }

    /// The host part of the account: `hostname`, else `%`.
    pub fn host(&self) -> &str {
        self.spec
            .hostname
            .as_deref()
            .filter(|h| !h.is_empty())
            .unwrap_or("%")
    }

    /// What identifies the user on its server: all [`crate::delete`] needs (no Secret).
    pub fn key(&self) -> UserKey {
        UserKey::MySql {
            name: self.mysql_name().to_string(),
            host: self.host().to_string(),
        }
    }

    /// The Secrets this user reads.
    pub fn secret_references(&self) -> Vec<&SecretReference> {
        match &self.spec.local_user {
            Some(local) => local
                .server_admin_password
                .iter()
                .chain([&local.password])
                .collect(),
            None => Vec::new(),
        }
    }

    /// The ConfigMaps this user reads.
    pub fn config_map_references(&self) -> Vec<&ConfigMapReference> {
        let aad = self.spec.aad_user.as_ref();
        aad.and_then(|a| a.client_id_from_config.as_ref())
            .into_iter()
            .collect()
    }

    /// The user the server should hold, with Secrets and ConfigMap values read from `inputs`.
    pub fn desired(&self, inputs: &dyn Inputs) -> Result<DesiredUser, Error> {
        let login = match (&self.spec.local_user, &self.spec.aad_user) {
            (Some(local), None) => {
                Login::Password(inputs.secret("spec.localUser.password", &local.password)?)
            }
            (None, Some(aad)) => Login::Entra(Entra {
                principal: self.azure_name().to_string(),
                object_id: None,
                principal_type: None,
                client_id: desired::guid(
                    inputs,
                    "spec.aadUser",
                    "clientId",
                    aad.client_id.as_deref(),
                    aad.client_id_from_config.as_ref(),
                )?,
            }),
            _ => return Err(desired::one_of_local_or_aad()),
        };
        let set = |list: &Vec<String>| list.iter().cloned().collect();
        Ok(DesiredUser::MySql(MySqlUser {
            name: self.mysql_name().to_string(),
            host: self.host().to_string(),
            login,
            privileges: set(&self.spec.privileges),
            database_privileges: self
                .spec
                .database_privileges
                .iter()
                .map(|(db, privileges)| (db.clone(), set(privileges)))
                .collect(),
        }))
    }

    /// How the operator logs in: the admin's password, or (an Entra user, or a local user
    /// without an admin password) an Entra token as the admin's password.
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
                    l.server_admin_password.as_ref(),
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
