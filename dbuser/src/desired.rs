//! The user a server should hold, resolved: names, the password or Entra principal, and every
//! role, role option and privilege. This is what the engine takes; the `api` kinds build it
//! from a spec and its Secrets.

use std::collections::{BTreeMap, BTreeSet};

use crate::api::{ConfigMapReference, PrincipalType};
use crate::inputs::Inputs;
use crate::{Error, Secret};

/// One user on one kind of server.
#[derive(Debug, Clone, PartialEq)]
pub enum DesiredUser {
    Postgres(PostgresUser),
    MySql(MySqlUser),
    Sql(SqlUser),
}

impl DesiredUser {
    /// What identifies the user on its server (all [`crate::delete`] needs).
    pub fn key(&self) -> UserKey {
        match self {
            DesiredUser::Postgres(u) => UserKey::Postgres {
                name: u.name.clone(),
            },
            DesiredUser::MySql(u) => UserKey::MySql {
                name: u.name.clone(),
                host: u.host.clone(),
            },
            DesiredUser::Sql(u) => UserKey::Sql {
                name: u.name.clone(),
            },
        }
    }
}

/// A user's identity on its server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserKey {
    Postgres { name: String },
    MySql { name: String, host: String },
    Sql { name: String },
}

/// How the user logs in.
#[derive(Debug, Clone, PartialEq)]
pub enum Login {
    /// A local user with this password.
    Password(Secret),
    /// An Entra principal.
    Entra(Entra),
}

/// An Entra principal: its Entra name (a user principal name, a group's or a managed
/// identity's display name) and, where known, its object ID and type (PostgreSQL, Azure SQL),
/// or the client ID MySQL binds a managed identity by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entra {
    pub principal: String,
    pub object_id: Option<String>,
    pub principal_type: Option<PrincipalType>,
    pub client_id: Option<String>,
}

/// A PostgreSQL role.
#[derive(Debug, Clone, PartialEq)]
pub struct PostgresUser {
    pub name: String,
    pub login: Login,
    /// Roles granted to the user, and no others.
    pub roles: BTreeSet<String>,
    pub options: RoleOptions,
}

/// PostgreSQL role attributes the admin of a flexible server may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleOptions {
    pub login: bool,
    pub create_role: bool,
    pub create_db: bool,
    pub replication: bool,
}

/// A MySQL account `name@host`.
#[derive(Debug, Clone, PartialEq)]
pub struct MySqlUser {
    /// The MySQL-side name (an Entra user's alias, else its Azure name).
    pub name: String,
    pub host: String,
    pub login: Login,
    /// Server-level privileges (`ON *.*`), and no others.
    pub privileges: BTreeSet<String>,
    /// Database-level privileges (`ON db.*`), and no others on any database.
    pub database_privileges: BTreeMap<String, BTreeSet<String>>,
}

/// A contained user of an Azure SQL database.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlUser {
    pub name: String,
    pub login: Login,
    /// Database roles of the user, and no others.
    pub roles: BTreeSet<String>,
}

pub(crate) fn one_of_local_or_aad() -> Error {
    Error::invalid("exactly one of spec.localUser or spec.aadUser must be set")
}

/// The Entra object ID from the spec or its ConfigMap, checked to be a GUID.
pub(crate) fn object_id(
    inputs: &dyn Inputs,
    literal: Option<&str>,
    from_config: Option<&ConfigMapReference>,
    field: &str,
) -> Result<Option<String>, Error> {
    guid(inputs, field, "objectId", literal, from_config)
}

/// An Entra GUID given as `{field}.{name}` or read from the ConfigMap `{field}.{name}FromConfig`
/// names (at most one of them), lower-cased; anything but a GUID is refused, so the value can
/// never carry more than a GUID into a statement.
pub(crate) fn guid(
    inputs: &dyn Inputs,
    field: &str,
    name: &str,
    literal: Option<&str>,
    from_config: Option<&ConfigMapReference>,
) -> Result<Option<String>, Error> {
    let value = match (literal, from_config) {
        (Some(id), None) => id.to_string(),
        (None, Some(r)) => inputs.config(&format!("{field}.{name}FromConfig"), r)?,
        (None, None) => return Ok(None),
        (Some(_), Some(_)) => {
            return Err(Error::invalid(format!(
                "{field}: set at most one of {name} and {name}FromConfig"
            )));
        }
    };
    let value = value.trim();
    if !is_guid(value) {
        return Err(Error::invalid(format!(
            "{field}.{name}: {value:?} is not a GUID"
        )));
    }
    Ok(Some(value.to_ascii_lowercase()))
}

fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids() {
        assert!(is_guid("0b1f3c2e-1234-4abc-9def-0123456789ab"));
        assert!(!is_guid("0b1f3c2e-1234-4abc-9def-0123456789a"));
        assert!(!is_guid("0b1f3c2e'1234-4abc-9def-0123456789ab"));
        assert!(!is_guid("x"));
    }
}
