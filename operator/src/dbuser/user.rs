//! A `User` object read as its typed kind, with what the reconciler needs of any of the three:
//! the owner, the Secrets and ConfigMaps it reads, the desired user, the admin login, the key
//! to drop it by, and whether logging in takes an Entra token.

use std::sync::Arc;

use kube::api::DynamicObject;

use aso_dbuser::api::{ConfigMapReference, SecretReference, mysql, postgresql, sql};
use aso_dbuser::{AdminLogin, DesiredUser, Error, Inputs, ServerKind, TokenProvider, UserKey};

use crate::reconcile::failure::{Failure, reason};

/// The owner a `User` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// A `FlexibleServer` (PostgreSQL, MySQL) or `ServersDatabase` (Azure SQL) in the namespace.
    Name(String),
    /// An Azure SQL database by ARM ID.
    ArmId(String),
}

pub enum User {
    Postgres(postgresql::User),
    MySql(mysql::User),
    Sql(sql::User),
}

impl User {
    /// The object as its kind; a spec that does not read is `InvalidSpec` (the CRD's schema
    /// makes that rare: only what the schema cannot say).
    pub fn parse(server: ServerKind, obj: &DynamicObject) -> Result<User, Failure> {
        let value = serde_json::to_value(obj)
            .map_err(|e| Failure::fatal(reason::INVALID_SPEC, e.to_string()))?;
        let invalid =
            |e: serde_json::Error| Failure::fatal(reason::INVALID_SPEC, format!("spec: {e}"));
        Ok(match server {
            ServerKind::Postgres => User::Postgres(serde_json::from_value(value).map_err(invalid)?),
            ServerKind::MySql => User::MySql(serde_json::from_value(value).map_err(invalid)?),
            ServerKind::Sql => User::Sql(serde_json::from_value(value).map_err(invalid)?),
        })
    }

    pub fn owner(&self) -> Result<Owner, Failure> {
        match self {
            User::Postgres(u) => Ok(Owner::Name(u.spec.owner.name.clone())),
            User::MySql(u) => Ok(Owner::Name(u.spec.owner.name.clone())),
            User::Sql(u) => match (&u.spec.owner.name, &u.spec.owner.arm_id) {
                (Some(name), None) => Ok(Owner::Name(name.clone())),
                (None, Some(id)) => Ok(Owner::ArmId(id.clone())),
                _ => Err(Failure::fatal(
                    reason::INVALID_OWNER,
                    "spec.owner: set exactly one of name and armId",
                )),
            },
        }
    }

    pub fn secret_references(&self) -> Vec<&SecretReference> {
        match self {
            User::Postgres(u) => u.secret_references(),
            User::MySql(u) => u.secret_references(),
            User::Sql(u) => u.secret_references(),
        }
    }

    pub fn config_map_references(&self) -> Vec<&ConfigMapReference> {
        match self {
            User::Postgres(u) => u.config_map_references(),
            User::MySql(u) => u.config_map_references(),
            User::Sql(u) => u.config_map_references(),
        }
    }

    pub fn desired(&self, inputs: &dyn Inputs) -> Result<DesiredUser, Error> {
        match self {
            User::Postgres(u) => u.desired(inputs),
            User::MySql(u) => u.desired(inputs),
            User::Sql(u) => u.desired(inputs),
        }
    }

    pub fn admin(
        &self,
        inputs: &dyn Inputs,
        tokens: Arc<dyn TokenProvider>,
    ) -> Result<AdminLogin, Error> {
        match self {
            User::Postgres(u) => u.admin(inputs, tokens),
            User::MySql(u) => u.admin(inputs, tokens),
            User::Sql(u) => u.admin(inputs, tokens),
        }
    }

    pub fn key(&self) -> UserKey {
        match self {
            User::Postgres(u) => u.key(),
            User::MySql(u) => u.key(),
            User::Sql(u) => u.key(),
        }
    }

    /// Whether the operator logs in with an Entra token (an Entra user's Entra admin, or a
    /// MySQL local user without an admin password): then it needs the resource's credential.
    pub fn logs_in_with_entra(&self) -> bool {
        match self {
            User::Postgres(u) => u.spec.local_user.is_none(),
            User::MySql(u) => u
                .spec
                .local_user
                .as_ref()
                .is_none_or(|l| l.server_admin_password.is_none()),
            User::Sql(u) => u.spec.local_user.is_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn object(api_version: &str, spec: serde_json::Value) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": api_version, "kind": "User",
            "metadata": {"name": "u", "namespace": "ns"},
            "spec": spec,
        }))
        .unwrap()
    }

    #[test]
    fn owners_and_logins_per_kind() {
        let local = json!({"serverAdminUsername": "admin",
            "serverAdminPassword": {"name": "s", "key": "admin"}, "password": {"name": "s", "key": "pw"}});
        let pg = object(
            "dbforpostgresql.azure.com/v1",
            json!({"owner": {"name": "server"}, "localUser": local}),
        );
        let pg = User::parse(ServerKind::Postgres, &pg).unwrap();
        assert_eq!(pg.owner().unwrap(), Owner::Name("server".into()));
        assert!(!pg.logs_in_with_entra());
        assert_eq!(pg.secret_references().len(), 2);

        let my = object(
            "dbformysql.azure.com/v1",
            json!({"owner": {"name": "server"}, "localUser": {"serverAdminUsername": "aad-admin",
                "password": {"name": "s", "key": "pw"}}}),
        );
        assert!(
            User::parse(ServerKind::MySql, &my)
                .unwrap()
                .logs_in_with_entra()
        );

        let by_id = object(
            "sql.azure.com/v1",
            json!({"owner": {"armId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/a/databases/d"},
                "aadUser": {"serverAdminUsername": "admin"}}),
        );
        let by_id = User::parse(ServerKind::Sql, &by_id).unwrap();
        assert!(matches!(by_id.owner().unwrap(), Owner::ArmId(_)));
        assert!(by_id.logs_in_with_entra());
        let both = object(
            "sql.azure.com/v1",
            json!({"owner": {"armId": "/x", "name": "d"}, "aadUser": {"serverAdminUsername": "admin"}}),
        );
        let err = User::parse(ServerKind::Sql, &both)
            .unwrap()
            .owner()
            .unwrap_err();
        assert!(
            matches!(err, Failure::Fatal { ref reason, .. } if reason == reason::INVALID_OWNER)
        );
    }

    #[test]
    fn a_spec_of_the_wrong_shape_is_invalid_spec() {
        let bad = object("dbforpostgresql.azure.com/v1", json!({"owner": "server"}));
        let err = User::parse(ServerKind::Postgres, &bad).err().unwrap();
        assert!(
            matches!(err, Failure::Fatal { ref reason, .. } if reason == reason::INVALID_SPEC),
            "{err}"
        );
    }
}
